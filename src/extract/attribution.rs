//! Attribution: which words of a sentence report speech (`said`, `accused`,
//! `according to` …) and which noun phrases are the speakers. Resolving a
//! speaker to a party happens in the caller, which knows the whole article.
//!
//! Shapes handled:
//! - `SPEAKER [has] CUE [that] …` (`Armenia's defence ministry said …`)
//! - `"…," SPEAKER CUE …` and inverted `"…," CUE SPEAKER.`
//! - `…, SPEAKER CUE.` at the end of a sentence
//! - `SPEAKER, APPOSITION, CUE …` (`Shoygu, Russia's defence minister, said`)
//! - lists of speakers (`The EU, France, the UN and the US called on …`)
//! - `according to SPEAKER`
//!
//! Cues inside quotations, negated cues (`did not say`) and cues inside the
//! reported content of an earlier cue are not attributions.

use super::tokens::{Kind, Token};

/// Reporting verbs.
pub const CUES: &[&str] = &[
    "said",
    "says",
    "say",
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
    "voiced",
    "quoted",
];

/// Verbs that continue the same speaker's statement (`…, adding that …`).
const CONTINUATIONS: &[&str] = &[
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
const BETWEEN: &[&str] = &[
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
const STOPS: &[&str] = &[
    "that", "and", "but", "while", "as", "when", "after", "before", "because", "which", "who",
    "where", "whereas", "although", "though", "if", "since", "until", "so", "than", "whom",
    "whose", "said", "says", "told", "also", "even", "amid",
];

/// Negations that void a cue right after them (`did not say`).
const NEGATIONS: &[&str] = &[
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
    if t.kind != Kind::Word || t.quoted || !t.is_any(CUES) || t.is_capitalised() {
        return false;
    }
    // Cue words that are also ordinary verbs need their reporting shape.
    let next = tokens.get(i + 1);
    if t.is("called") || t.is("calls") {
        return next.is_some_and(|n| n.is("on") || n.is("for") || n.is("upon"));
    }
    if t.is("quoted") {
        return next.is_some_and(|n| n.is("as"));
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
        .any(|t| t.is_any(NEGATIONS) || t.text.ends_with("n't"))
}

/// Is token `i` a hard left boundary of a speaker phrase?
fn is_stop(t: &Token<'_>) -> bool {
    match t.kind {
        Kind::Quote => true,
        Kind::Punct => matches!(t.text, "," | ";" | ":" | "(" | ")" | "—" | "–"),
        Kind::Word => t.is_any(STOPS),
        _ => false,
    }
}

/// The speaker phrase ending just before token `end` (exclusive): walks left
/// to the nearest boundary.
fn phrase_before(tokens: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    let mut start = end;
    while start > 0 {
        let t = &tokens[start - 1];
        if t.quoted || is_stop(t) {
            break;
        }
        start -= 1;
    }
    // Drop leading time phrases ("On Tuesday the ministry") — handled by commas
    // in well-formed prose; drop a leading preposition chain if any.
    (start < end).then_some((start, end))
}

/// All attributions in a sentence, left to right.
pub fn find(tokens: &[Token<'_>]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // "according to SPEAKER"
        if t.is("according") && tokens.get(i + 1).is_some_and(|n| n.is("to")) && !t.quoted {
            let start = i + 2;
            let mut end = start;
            while end < tokens.len() {
                let e = &tokens[end];
                if e.kind == Kind::Quote
                    || (e.kind == Kind::Punct && matches!(e.text, "," | "." | ";" | ":" | "—"))
                {
                    break;
                }
                end += 1;
            }
            if end > start {
                out.push(Attribution {
                    cue: i,
                    cue_end: i + 2,
                    speakers: vec![(start, end)],
                    list: false,
                });
            }
            i = end;
            continue;
        }
        if !is_cue(tokens, i) || negated(tokens, i) {
            i += 1;
            continue;
        }
        // A cue inside the reported content of an earlier cue belongs to that
        // content, unless a new clause starts (", while …", "; …").
        if let Some(prev) = out.last() {
            let new_clause = tokens[prev.cue_end..i]
                .iter()
                .any(|t| t.is_punct(";") || t.is("while") || t.is("whereas") || t.is("but"));
            if !new_clause {
                i += 1;
                continue;
            }
        }
        let cue_end = if tokens[i].is("called") || tokens[i].is("calls") || tokens[i].is("quoted") {
            i + 2
        } else {
            i + 1
        };
        // Skip auxiliaries and adverbs between the speaker and the cue.
        let mut end = i;
        while end > 0 && tokens[end - 1].is_any(BETWEEN) && !tokens[end - 1].quoted {
            end -= 1;
        }
        // "was quoted as saying": the speaker is before "was".
        let mut speakers = Vec::new();
        let mut list = false;
        if end > 0 && tokens[end - 1].is_punct(",") {
            // SPEAKER, APPOSITION, CUE
            let comma2 = end - 1;
            if let Some((a_start, _)) = phrase_before(tokens, comma2) {
                if a_start > 0 && tokens[a_start - 1].is_punct(",") {
                    if let Some((h_start, _)) = phrase_before(tokens, a_start - 1) {
                        speakers.push((h_start, comma2));
                    }
                } else if a_start == 0 {
                    // "Officials, in a statement, said" has no first comma:
                    // the phrase before the comma is the speaker.
                    speakers.push((a_start, comma2));
                }
            }
        } else if let Some((s, e)) = phrase_before(tokens, end) {
            speakers.push((s, e));
            // A list needs an "and" before its last element: "A, B, and C
            // called …" / "A and B said …"; then earlier elements may be
            // joined by commas.
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
                    Some((ps, pe)) if pe - ps <= 6 => {
                        speakers.insert(0, (ps, pe));
                        list = true;
                        seen_and = true;
                        k = ps;
                    }
                    _ => break,
                }
            }
        }
        // Inverted: `"…," said the ministry.` / `…, said Gen. X, the spokesman.`
        if speakers.is_empty() || inverted(tokens, i) {
            let start = cue_end;
            let mut stop = start;
            while stop < tokens.len() {
                let e = &tokens[stop];
                if e.kind == Kind::Quote
                    || (e.kind == Kind::Punct && matches!(e.text, "." | ";" | ":" | "!" | "?"))
                    || e.is_any(CONTINUATIONS)
                    || e.is("in") && tokens.get(stop + 1).is_some_and(|n| n.is("a"))
                    || e.is("on")
                    || e.is("that")
                {
                    break;
                }
                stop += 1;
            }
            // Trailing comma before a continuation: "said the ministry, adding".
            while stop > start && tokens[stop - 1].kind == Kind::Punct {
                stop -= 1;
            }
            if stop > start && inverted(tokens, i) {
                speakers = vec![(start, stop)];
                list = false;
            }
        }
        if !speakers.is_empty() {
            out.push(Attribution {
                cue: i,
                cue_end,
                speakers,
                list,
            });
        }
        i = cue_end;
    }
    out
}

/// `"…," said X` or `…, said X.`: the cue directly follows a comma or a
/// closing quote and a noun phrase follows it.
fn inverted(tokens: &[Token<'_>], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let before = &tokens[i - 1];
    let after_quote_or_comma = before.kind == Kind::Quote || before.is_punct(",");
    let next_is_np = tokens.get(i + 1).is_some_and(|n| {
        n.is_capitalised() || n.is_any(&["the", "a", "an", "its", "his", "her", "their"])
    });
    after_quote_or_comma && next_is_np
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
}
