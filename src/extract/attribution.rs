//! Attribution: which words of a sentence report speech (`said`, `accused`,
//! `according to` …) and which noun phrases are the speakers. Resolving a
//! speaker to a party happens in the caller, which knows the whole article.
//!
//! Shapes handled:
//! - `SPEAKER [has] CUE [that] …` (`Armenia's defence ministry said …`)
//! - `"…," SPEAKER CUE …` and inverted `"…," CUE SPEAKER.`
//! - `…, SPEAKER CUE.` at the end of a sentence
//! - `SPEAKER, APPOSITION, CUE …` (`Lavrov, Russia's foreign minister, said`)
//! - lists of speakers (`The EU, France, the UN and the US called on …`)
//! - `according to SPEAKER`
//!
//! Cues inside quotations, negated cues (`did not say`) and cues inside the
//! reported content of an earlier cue are not attributions.

use super::lexicon;
use super::tokens::{Kind, Token};

/// Reporting verbs.
pub const CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "traded",
    "exchanged",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "announced",
    "announces",
    "reported",
    "reports",
    "claimed",
    "claims",
    "accused",
    "accuses",
    "denied",
    "denies",
    "blamed",
    "blames",
    "urged",
    "urges",
    "called",
    "calls",
    "warned",
    "warns",
    "insisted",
    "insists",
    "alleged",
    "alleges",
    "confirmed",
    "confirms",
    "condemned",
    "condemns",
    "demanded",
    "demands",
    "vowed",
    "vows",
    "stressed",
    "stresses",
    "noted",
    "notes",
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "declared",
    "declares",
    "expressed",
    "expresses",
    "welcomed",
    "welcomes",
    "appealed",
    "appeals",
    "asked",
    "asks",
    "reiterated",
    "reiterates",
    "charged",
    "maintained",
    "maintains",
    "tweeted",
    "wrote",
    "posted",
    "acknowledged",
    "admitted",
    "argued",
    "described",
    "pledged",
    "promised",
    "threatened",
    "put",
    "puts",
    "revised",
    "read",
    "voiced",
    "quoted",
];

/// Verbs that continue the same speaker's statement (`…, adding that …`).
pub const CONTINUATIONS: &[&str] = &[
    "adding",
    "saying",
    "noting",
    "stressing",
    "warning",
    "claiming",
    "accusing",
    "calling",
    "urging",
];

/// Words skipped between a speaker and its cue (`has also said`).
pub const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "earlier",
    "further",
    "previously",
    "separately",
    "again",
    "then",
    "reportedly",
    "repeatedly",
    "publicly",
    "subsequently",
    "meanwhile",
    "however",
    "already",
    "swiftly",
    "quickly",
    "immediately",
    "officially",
    "formally",
    "strongly",
    "jointly",
    "both",
    "all",
    "too",
    "would",
    "will",
    "could",
    "had",
    "is",
    "was",
];

/// Words that end a speaker noun phrase on its left.
pub const STOPS: &[&str] = &[
    "that", "and", "but", "while", "as", "when", "after", "before", "because", "which", "who",
    "where", "whereas", "although", "though", "if", "since", "until", "so", "than", "whom",
    "whose", "said", "says", "told", "also", "even", "amid",
];

/// Negations that void a cue right after them (`did not say`).
pub const NEGATIONS: &[&str] = &[
    "not", "never", "n't", "neither", "nor", "declined", "refused", "without",
];

/// One reporting cue with its speakers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Token index of the cue (the first word of `according to`).
    pub cue: usize,
    /// One past the cue's last token.
    pub cue_end: usize,
    /// Speaker noun phrases as token ranges; several for a list of speakers.
    pub speakers: Vec<(usize, usize)>,
    /// The speakers were found as a list (`A, B and C`), one party each.
    pub list: bool,
}

fn is_cue(tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    if t.kind != Kind::Word || t.quoted || !t.has(lexicon::CUE) || t.is_capitalised() {
        return false;
    }
    // Cue words that are also ordinary verbs need their reporting shape.
    let next = tokens.get(i + 1);
    if next.is_some_and(|n| n.is("by")) {
        // A passive participle: "land claimed by Sudan".
        return false;
    }
    if t.is("revised") {
        // "revised its toll to two"
        let window = &tokens[i + 1..(i + 4).min(tokens.len())];
        return window
            .iter()
            .any(|w| w.is_any(&["toll", "figure", "tally", "count", "estimate"]));
    }
    if t.is("read") {
        // "\"…,\" a statement by the army read."
        let before = &tokens[i.saturating_sub(6)..i];
        return before
            .iter()
            .any(|w| w.is_any(&["statement", "communique", "letter", "post", "notice"]))
            && tokens
                .get(i + 1)
                .is_none_or(|n| n.kind == Kind::Punct || n.kind == Kind::Quote);
    }
    if t.is("put") || t.is("puts") {
        // "Armenia put its death toll at 49", "put the number of dead at".
        let window = &tokens[i + 1..(i + 8).min(tokens.len())];
        return window
            .iter()
            .any(|w| w.is_any(&["toll", "losses", "number", "figure", "casualties"]))
            && window.iter().any(|w| w.is("at"));
    }
    if t.is("traded") || t.is("exchanged") {
        // "traded accusations", not "exchanged fire".
        return next.is_some_and(|n| {
            n.is_any(&[
                "accusations",
                "blame",
                "charges",
                "allegations",
                "barbs",
                "insults",
                "threats",
            ])
        });
    }
    if t.is("declared") || t.is("declares") {
        return next.is_some_and(|n| n.is("that") || n.kind == Kind::Quote || n.is_punct(","));
    }
    if t.is("called") || t.is("calls") {
        // "called on/for", "what New Delhi called …", "called the strikes
        // \"regrettable\"".
        let on_for = next.is_some_and(|n| n.is("on") || n.is("for") || n.is("upon"));
        let what = tokens[i.saturating_sub(5)..i].iter().any(|p| p.is("what"));
        let quote_follows = tokens[i + 1..(i + 7).min(tokens.len())]
            .iter()
            .any(|q| q.kind == Kind::Quote);
        return on_for || what || quote_follows;
    }
    if t.is("quoted") {
        // "quoted X, the deputy governor, as saying …"
        return tokens[i + 1..(i + 20).min(tokens.len())]
            .windows(2)
            .any(|w| w[0].is("as") && w[1].is("saying"));
    }
    if t.is("described") || t.is("expressed") || t.is("voiced") {
        return true;
    }
    if t.is("claimed") || t.is("claims") {
        // "claimed the lives of": not speech.
        if next.is_some_and(|n| n.is("the") || n.is("lives") || n.is("responsibility")) {
            return tokens
                .get(i + 2)
                .is_some_and(|n| !n.is("lives") && !n.is("life"));
        }
    }
    if t.is("reported") || t.is("reports") {
        // "reported casualties", "the reported attack": adjectives.
        if i > 0 && tokens[i - 1].is_any(&["the", "a", "an", "of", "no", "any"]) {
            return false;
        }
    }
    if t.is("say") {
        // "say" reports only after a plural subject: "officials say".
        return i > 0
            && !tokens[i - 1].is_any(&[
                "to", "not", "would", "will", "could", "can", "did", "does", "do", "may", "might",
                "must", "should",
            ]);
    }
    true
}

fn negated(tokens: &[Token<'_>], i: usize) -> bool {
    let from = i.saturating_sub(3);
    tokens[from..i]
        .iter()
        .any(|t| t.has(lexicon::NEGATION) || t.text.ends_with("n't"))
}

/// Is token `i` a hard left boundary of a speaker phrase?
fn is_stop(t: &Token<'_>) -> bool {
    match t.kind {
        Kind::Quote => true,
        Kind::Punct => matches!(t.text, "," | ";" | ":" | "(" | ")" | "—" | "–"),
        Kind::Word => t.has(lexicon::STOP),
        _ => false,
    }
}

/// Title abbreviations that keep their period inside a name (`Brig. Gen. X`).
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Gen", "Brig", "Maj", "Col", "Lt", "Capt", "Sgt", "Adm", "Cmdr", "Dr", "Mr", "Mrs", "Ms", "St",
    "Gov", "Sen", "Rep", "Prof", "Rev", "Cpl", "Pvt", "Lieut",
];

/// Is `tokens[k]` the period of a title abbreviation (`Gen.`)?
fn abbreviation_period(tokens: &[Token<'_>], k: usize) -> bool {
    tokens[k].is_punct(".") && k > 0 && TITLE_ABBREVIATIONS.contains(&tokens[k - 1].text)
}

/// Verbs that may come before their speaker (`"…," said the ministry`).
const INVERTIBLE: &[&str] = &[
    "said",
    "says",
    "added",
    "asked",
    "wrote",
    "continued",
    "stated",
    "told",
];

/// The speaker phrase ending just before token `end` (exclusive): walks left
/// to the nearest boundary. A parenthesis (`Border Guard Bangladesh (BGB)
/// commander`) stays inside the phrase, and so does a relative clause that
/// only hides a name (`A senior official who asked not to be named`).
fn phrase_before(tokens: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    let mut start = end;
    while start > 0 {
        let t = &tokens[start - 1];
        if t.is_punct(")") {
            let open = tokens[..start - 1].iter().rposition(|t| t.is_punct("("));
            if let Some(open) = open.filter(|&o| start - 1 - o <= 6 && o > 0) {
                start = open;
                continue;
            }
        }
        if t.is("who") && start < end {
            let clause = &tokens[start..end];
            let hides_name = clause.iter().any(|c| {
                c.is_any(&[
                    "named",
                    "anonymity",
                    "identified",
                    "authorised",
                    "authorized",
                    "identify",
                ])
            });
            if hides_name && start >= 2 && !tokens[start - 2].is_punct(",") {
                start -= 1;
                continue;
            }
        }
        if t.quoted || is_stop(t) {
            break;
        }
        start -= 1;
    }
    // Drop a hidden-name clause from the phrase itself.
    (start < end).then_some((start, end))
}

/// The phrase after `start` up to punctuation, a quote, or a word that starts
/// new content; title abbreviations (`Gen.`) do not end it.
fn phrase_after(tokens: &[Token<'_>], start: usize) -> Option<(usize, usize)> {
    let mut stop = start;
    while stop < tokens.len() {
        let e = &tokens[stop];
        let ends = e.kind == Kind::Quote
            || (e.kind == Kind::Punct
                && matches!(e.text, "," | "." | ";" | ":" | "!" | "?" | "—" | "(")
                && !abbreviation_period(tokens, stop))
            || e.has(lexicon::CONTINUATION)
            || e.is_any(&[
                "on", "that", "in", "at", "late", "early", "during", "after", "before", "while",
                "when", "to",
            ]) && stop > start;
        if ends {
            break;
        }
        stop += 1;
    }
    (stop > start).then_some((start, stop))
}

/// Where the speaker phrase of a cue at `i` ends: auxiliaries and adverbs
/// (`has also`) and a parenthesis (`(JCS)`) are skipped.
fn speaker_end(tokens: &[Token<'_>], i: usize) -> usize {
    let mut end = i;
    loop {
        if end > 0 && tokens[end - 1].has(lexicon::BETWEEN) && !tokens[end - 1].quoted {
            end -= 1;
            continue;
        }
        if end > 0 && tokens[end - 1].is_punct(")") {
            if let Some(open) = tokens[..end - 1].iter().rposition(|t| t.is_punct("(")) {
                if end - 1 - open <= 6 {
                    end = open;
                    continue;
                }
            }
        }
        return end;
    }
}

/// Nouns that restate reported content (`…, a claim Tehran denied`).
const CONTENT_NOUNS: &[&str] = &[
    "claim",
    "charge",
    "accusation",
    "allegation",
    "figure",
    "report",
    "statement",
    "assertion",
    "account",
    "version",
    "claims",
    "charges",
    "accusations",
    "allegations",
    "move",
];

/// `…, a claim denied by Tehran`, `Armenia was accused by Baku of …`: the
/// passive cue's agent is the speaker.
fn passive_after_content_noun(tokens: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    if !tokens.get(i + 1).is_some_and(|n| n.is("by")) || i < 1 {
        return None;
    }
    let content_noun = i >= 3
        && tokens[i - 1].is_any(CONTENT_NOUNS)
        && tokens[i - 2].is_any(&["a", "an", "the"])
        && tokens[i - 3].is_punct(",");
    // "Armenia was accused by Azerbaijan of …": an accusation in the passive.
    let passive_accusation = tokens[i].is_any(&[
        "accused",
        "blamed",
        "condemned",
        "criticised",
        "criticized",
        "denied",
        "rejected",
    ]) && tokens[i - 1].is_any(&["was", "were", "been", "is", "are"]);
    if !(content_noun || passive_accusation) {
        return None;
    }
    // The agent ends where the accusation's content starts ("of shelling").
    let (a, b) = phrase_after(tokens, i + 2)?;
    let b = (a..b)
        .find(|&k| k > a && tokens[k].is_any(&["of", "for", "over", "with"]))
        .unwrap_or(b);
    Some((a, b))
}

/// The subject at the start of a clause ending at `end`: for a coordinated
/// cue (`Pakistan recalled its ambassador … and said …`).
fn clause_subject(tokens: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    let mut start = end;
    while start > 0 && !is_clause_boundary(tokens, start - 1) {
        start -= 1;
    }
    let mut stop = start;
    while stop < end
        && (tokens[stop].is_capitalised()
            || tokens[stop].kind == Kind::Possessive
            || tokens[stop].kind == Kind::Hyphen
            || tokens[stop].is_any(&["the"])
            || tokens[stop].has(lexicon::TITLE))
    {
        stop += 1;
    }
    (stop > start && tokens[start..stop].iter().any(|t| t.is_capitalised()))
        .then_some((start, stop))
}

fn is_clause_boundary(tokens: &[Token<'_>], k: usize) -> bool {
    let t = &tokens[k];
    t.is_punct(";") || t.kind == Kind::Quote || t.is_any(&["but", "while", "whereas"])
}

/// All attributions in a sentence, left to right.
pub fn find(tokens: &[Token<'_>]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // "according to SPEAKER"
        if t.is("according") && tokens.get(i + 1).is_some_and(|n| n.is("to")) && !t.quoted {
            if let Some((start, end)) = phrase_after(tokens, i + 2) {
                out.push(Attribution {
                    cue: i,
                    cue_end: i + 2,
                    speakers: vec![(start, end)],
                    list: false,
                });
                i = end;
                continue;
            }
            i += 2;
            continue;
        }
        // "…, a claim denied by Tehran"
        if t.kind == Kind::Word && t.has(lexicon::CUE) && !t.quoted {
            if let Some(range) = passive_after_content_noun(tokens, i) {
                out.push(Attribution {
                    cue: i,
                    cue_end: i + 2,
                    speakers: vec![range],
                    list: false,
                });
                i = range.1;
                continue;
            }
        }
        if !is_cue(tokens, i) || negated(tokens, i) {
            i += 1;
            continue;
        }
        let cue_end = if tokens[i].is_any(&["called", "calls", "quoted", "traded", "exchanged"]) {
            i + 2
        } else {
            i + 1
        };
        let end = speaker_end(tokens, i);
        let mut speakers = Vec::new();
        let mut list = false;
        if end > 0 && tokens[end - 1].is_punct(",") {
            // SPEAKER, APPOSITION, CUE — the apposition may hold anything but
            // a quote ("a Moscow-led alliance that includes both countries").
            let comma2 = end - 1;
            let from = comma2.saturating_sub(24);
            let comma1 = (from..comma2)
                .rev()
                .take_while(|&k| tokens[k].kind != Kind::Quote)
                .find(|&k| tokens[k].is_punct(","));
            match comma1 {
                Some(c1) => {
                    if let Some((h_start, _)) = phrase_before(tokens, c1) {
                        // Head and apposition as one range; the caller
                        // resolves the head before the apposition.
                        speakers.push((h_start, comma2));
                    } else if c1 > 0 && tokens[c1 - 1].kind == Kind::Quote {
                        // `"…," an official, who spoke on condition of anonymity, said`
                        speakers.push((c1 + 1, comma2));
                    }
                }
                None => {
                    // "Officials, in a statement, said" has one comma only
                    // when the phrase starts the sentence.
                    if let Some((a_start, a_end)) = phrase_before(tokens, comma2) {
                        if a_start == 0 || tokens[a_start - 1].kind == Kind::Quote {
                            speakers.push((a_start, a_end));
                        }
                    }
                }
            }
        } else if let Some((s, e)) = phrase_before(tokens, end) {
            speakers.push((s, e));
            // A list needs an "and" before its last element: "A, B, and C
            // called …" / "A and B said …"; earlier elements are joined by commas.
            let mut k = s;
            let mut seen_and = false;
            loop {
                let joined_by_and = k > 0 && tokens[k - 1].is("and") && !seen_and;
                let joined_by_comma = k > 0 && tokens[k - 1].is_punct(",") && seen_and;
                if !(joined_by_and || joined_by_comma) {
                    break;
                }
                let mut sep = k - 1;
                if joined_by_and && sep > 0 && tokens[sep - 1].is_punct(",") {
                    sep -= 1;
                }
                match phrase_before(tokens, sep) {
                    Some((ps, pe))
                        if pe - ps <= 5
                            && is_noun_phrase(&tokens[ps..pe])
                            && tokens[ps..pe].iter().any(|t| t.is_capitalised()) =>
                    {
                        speakers.insert(0, (ps, pe));
                        list = true;
                        seen_and = true;
                        k = ps;
                    }
                    _ => break,
                }
            }
        } else if end > 0 && tokens[end - 1].is_any(&["and", "but"]) {
            // "Pakistan recalled its ambassador … and said …", "… but later
            // revised its toll"
            if let Some(range) = clause_subject(tokens, end - 1) {
                speakers.push(range);
            }
        }
        // Inverted: `"…," said the ministry.` / `…, said Gen. X, the spokesman.`
        if tokens[i].is_any(INVERTIBLE) {
            if let Some(range) = inverted_speaker(tokens, i, cue_end) {
                speakers = vec![range];
                list = false;
            }
        }
        // "The court, where Guyana has asked judges to …": a relative clause
        // about a place, not a statement.
        if speakers
            .first()
            .is_some_and(|&(a, _)| a > 0 && tokens[a - 1].is("where"))
        {
            speakers.clear();
        }
        if speakers.is_empty() {
            i = cue_end;
            continue;
        }
        // A cue inside the reported content of an earlier cue belongs to that
        // content, unless its speaker opens a new clause: after "but",
        // "while", ";" or ", and", or as ", a claim X denied".
        if let Some(prev) = out.last() {
            let first = speakers[0].0;
            let before = |k: usize| first.checked_sub(k).map(|q| &tokens[q]);
            let strong = before(1)
                .is_some_and(|t| t.is_punct(";") || t.is_any(&["but", "while", "whereas"]))
                || (before(1).is_some_and(|t| t.is("and"))
                    && before(2).is_some_and(|t| t.is_punct(",")));
            let content_noun = before(1).is_some_and(|t| t.is_punct(","))
                && tokens.get(first).is_some_and(|t| t.is_any(&["a", "an"]))
                && tokens
                    .get(first + 1)
                    .is_some_and(|t| t.is_any(CONTENT_NOUNS));
            let weak = before(1).is_some_and(|t| t.is_punct(","))
                && tokens
                    .get(prev.cue_end..first)
                    .is_some_and(|between| !between.iter().any(|t| t.is("that")));
            let opens_clause = first > prev.cue_end && (strong || content_noun || weak);
            if !opens_clause {
                i = cue_end;
                continue;
            }
        }
        out.push(Attribution {
            cue: i,
            cue_end,
            speakers,
            list,
        });
        i = cue_end;
    }
    out
}

/// The speaker after an inverted cue: `"…," said the ministry.`, `"…," said
/// Brig. Gen. X, the army's spokesman, in remarks to …`, `…, said X, a
/// government administrator.` After a comma (not a quote) the speaker must
/// end the sentence, so that `X, speaking in Ankara, said Armenia should …`
/// is not read backwards.
fn inverted_speaker(tokens: &[Token<'_>], i: usize, cue_end: usize) -> Option<(usize, usize)> {
    if i == 0 || tokens[i].is("told") {
        return None;
    }
    let before = &tokens[i - 1];
    let after_quote = before.kind == Kind::Quote
        || (before.is_punct(",") && i >= 2 && tokens[i - 2].kind == Kind::Quote);
    let after_comma = before.is_punct(",");
    if !(after_quote || after_comma) {
        return None;
    }
    let next = tokens.get(cue_end)?;
    let np_start = (next.is_capitalised() && !next.is_any(&["On", "In"]))
        || next.is_any(&["the", "a", "an", "its", "his", "her", "their"]);
    if !np_start {
        return None;
    }
    let (a, mut b) = phrase_after(tokens, cue_end)?;
    if !is_noun_phrase(&tokens[a..b]) {
        return None;
    }
    // An apposition after the name: ", the Sudanese army's spokesman,"
    if tokens.get(b).is_some_and(|t| t.is_punct(",")) {
        if let Some(n) = tokens.get(b + 1) {
            if n.is_any(&["the", "a", "an"]) || n.is_capitalised() {
                if let Some((_, c)) = phrase_after(tokens, b + 1) {
                    if is_noun_phrase(&tokens[b + 1..c]) {
                        b = c;
                    }
                }
            }
        }
    }
    let stop = tokens.get(b);
    let ends_sentence = stop.is_none_or(|t| {
        t.is_punct(".")
            || t.is_punct("!")
            || t.is_punct("?")
            || t.is_any(&[
                "on", "in", "at", "late", "early", "during", "after", "before", "when",
            ])
            || (t.is_punct(",")
                && tokens.get(b + 1).is_some_and(|n| {
                    n.has(lexicon::CONTINUATION) || n.is_any(&["in", "on", "who", "which"])
                }))
    });
    let ok = if after_quote {
        ends_sentence || stop.is_some_and(|t| t.is_punct(",") || t.kind == Kind::Quote)
    } else {
        ends_sentence
    };
    ok.then_some((a, b))
}

/// A list element or inverted speaker must be a noun phrase: no verbs.
fn is_noun_phrase(tokens: &[Token<'_>]) -> bool {
    !tokens.iter().any(|t| {
        (t.has(lexicon::CUE) && !t.is_capitalised())
            || t.is_any(&[
                "is", "was", "were", "are", "has", "have", "had", "would", "will", "could", "did",
                "does", "been", "should", "must", "can", "may", "might", "shall", "to",
            ])
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn speakers(s: &str) -> Vec<Vec<String>> {
        let t = tokenize(s);
        find(&t)
            .iter()
            .map(|a| {
                a.speakers
                    .iter()
                    .map(|&(x, y)| s[t[x].start..t[y - 1].end].to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn subject_before_cue() {
        assert_eq!(
            speakers("Armenia's defence ministry said one soldier was killed."),
            [["Armenia's defence ministry"]]
        );
        assert_eq!(
            speakers("On Tuesday, the ministry said that forces attacked."),
            [["the ministry"]]
        );
        assert_eq!(
            speakers("Baku said on Tuesday Armenia was responsible."),
            [["Baku"]]
        );
    }

    #[test]
    fn quotes_and_inversion() {
        assert_eq!(
            speakers("\"Seven died,\" Azerbaijan's defence ministry said on Wednesday, adding that it \"stabilised.\""),
            [["Azerbaijan's defence ministry"]]
        );
        assert_eq!(
            speakers("\u{201C}We are ready,\u{201D} said the army spokesman."),
            [["the army spokesman"]]
        );
        assert_eq!(speakers("Calm returned, the army said."), [["the army"]]);
    }

    #[test]
    fn lists_and_appositions() {
        assert_eq!(
            speakers("The European Union, France, the United Nations, and the United States have called on both sides to de-escalate."),
            [["The European Union", "France", "the United Nations", "the United States"]]
        );
        assert_eq!(
            speakers("Sergei Shoigu, Russia's defence minister, said talks would start."),
            [["Sergei Shoigu, Russia's defence minister"]]
        );
    }

    #[test]
    fn negated_quoted_and_embedded_cues_are_not_attributions() {
        assert!(speakers("The army did not say how many soldiers died.").is_empty());
        assert!(speakers("\"He said nothing,\" was the reply.").is_empty());
        assert_eq!(
            speakers("Kigali said Kinshasa had accused it of lying."),
            [["Kigali"]]
        );
        assert_eq!(
            speakers("According to the Tajik border service, three guards died."),
            [["the Tajik border service"]]
        );
    }

    #[test]
    fn passive_accusations_name_their_agent() {
        assert_eq!(
            speakers("Armenia was accused by Azerbaijan of shelling its positions."),
            [["Azerbaijan"]]
        );
        assert_eq!(
            speakers("Forces seized a post, a claim denied by Tehran."),
            [["Tehran"]]
        );
    }
}
