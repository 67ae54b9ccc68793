//! The incident as a whole and per sentence: topics, event kinds, the day a
//! claim refers to, the day of the clash, its places and its kind.

use super::*;

pub(super) fn tod_rank(t: &Option<String>) -> u8 {
    match t.as_deref() {
        Some("morning") => 1,
        Some("afternoon") => 2,
        Some("evening") => 3,
        Some("night") => 4,
        _ => 0,
    }
}

/// Is this day the day a statement was made: right after the cue (`said on
/// Wednesday`, `said in a statement on Wednesday`) or a sentence-opening
/// `On Tuesday,` directly before the speaker (`On Tuesday, the ministry
/// said`, but not `On Tuesday, the Guards struck what Tehran said were …`)?
pub(super) fn is_statement_date(s: &Sent<'_>, d: &DayRef, cue: (usize, usize)) -> bool {
    let gap = &s.tokens[cue.1.min(d.first)..d.first];
    let after_cue = d.first >= cue.1
        && (d.first <= cue.1 + 2
            || (gap.len() <= 8
                && gap.iter().any(|t| {
                    t.is_any(&["statement", "address", "reporters", "briefing", "interview"])
                })
                && !gap.iter().any(|t| t.is("that") || t.kind == Kind::Quote)));
    let opening = s.tokens[..d.first]
        .iter()
        .all(|t| t.is_any(&["on", "earlier", "later", "late", "early", "by"]))
        && s.tokens.get(d.last).is_some_and(|t| t.is_punct(","))
        && d.last < cue.0
        && s.tokens[d.last + 1..cue.0].len() <= 8
        && !s.tokens[d.last + 1..cue.0]
            .iter()
            .any(|t| t.is_any(&["what", "which", "that", "who", "when", "as"]));
    after_cue || opening
}

/// The day a claim's reported event happened: a date in the reported content
/// first, else the date the statement was made (`said on Wednesday`).
pub(super) fn claim_date<'s>(
    s: &'s Sent<'_>,
    cue: (usize, usize),
) -> (Option<&'s DayRef>, Option<String>) {
    let events: Vec<&DayRef> = s
        .days
        .iter()
        .filter(|d| !is_statement_date(s, d, cue))
        .collect();
    // Several event days: prefer the one told of fighting or losses
    // (`summoned the envoy on Sunday over shelling … on Friday night`).
    let near_clash = |d: &DayRef| {
        let from = d.first.saturating_sub(8);
        s.tokens[from..d.first].iter().any(|t| {
            t.is_any(&[
                "killed", "killing", "wounded", "injured", "died", "dead", "captured", "missing",
            ])
        })
    };
    let content = if events.len() > 1 {
        events
            .iter()
            .copied()
            .find(|d| near_clash(d))
            .or(events.first().copied())
    } else {
        events.first().copied()
    };
    let chosen = content.or_else(|| s.days.first());
    (chosen, chosen.map(|d| day_phrase(s, d)))
}

pub(super) fn topic_of(s: &Sent<'_>, has_figures: bool) -> Topic {
    if has_figures
        || s.has_word(&[
            "killed",
            "wounded",
            "injured",
            "died",
            "dead",
            "casualties",
            "captured",
            "missing",
            "deaths",
            "toll",
            "losses",
            "detained",
        ])
    {
        return Topic::Casualties;
    }
    if s.has_prefix(RESPONSIBILITY_WORDS) {
        return Topic::Responsibility;
    }
    if s.has_prefix(SITUATION_WORDS) {
        return Topic::Situation;
    }
    Topic::Statement
}

pub(super) fn event_kind(s: &Sent<'_>, is_claim: bool) -> &'static str {
    if s.has_prefix(CEASEFIRE_WORDS) {
        return "ceasefire";
    }
    if s.has_prefix(MEDIATION_WORDS) {
        return "mediation";
    }
    if s.has_prefix(EVENT_CLASH_WORDS) {
        return "clash";
    }
    if is_claim {
        return "statement";
    }
    "other"
}

/// The day of the clash: the earliest day named for an event (not the day a
/// statement was made) in incident sentences about fighting, headline and
/// standfirst included, within two weeks before publication; else the
/// earliest day named anywhere in the incident; else the publication date.
pub(super) fn incident_date(
    sents: &[Sent<'_>],
    found: &[Found],
    published: Date,
) -> (Option<Date>, Option<String>) {
    let mut best: Option<(Date, String)> = None;
    for (si, s) in sents.iter().enumerate().filter(|(_, s)| !s.context) {
        if !s.has_prefix(CLASH_WORDS) {
            continue;
        }
        let lo = found.partition_point(|f| f.sent < si);
        let hi = found.partition_point(|f| f.sent <= si);
        let cues: Vec<(usize, usize)> = found[lo..hi].iter().map(|f| f.cue).collect();
        for d in &s.days {
            let age = published.to_days() - d.date.to_days();
            if !(0..=14).contains(&age) {
                continue;
            }
            if cues.iter().any(|&c| is_statement_date(s, d, c)) {
                continue;
            }
            if best.as_ref().is_none_or(|(b, _)| d.date < *b) {
                best = Some((d.date, day_phrase(s, d)));
            }
        }
    }
    if let Some((d, p)) = best {
        return (Some(d), Some(p));
    }
    let first = sents
        .iter()
        .filter(|s| !s.context)
        .flat_map(|s| s.days.iter().map(move |d| (d.date, day_phrase(s, d))))
        .filter(|(d, _)| d.to_days() <= published.to_days())
        .min_by_key(|(d, _)| *d);
    match first {
        Some((d, p)) => (Some(d), Some(p)),
        None => (Some(published), None),
    }
}

pub(super) const PLACE_NOUNS: &[&str] = &[
    "region",
    "regions",
    "province",
    "provinces",
    "district",
    "districts",
    "area",
    "areas",
    "village",
    "villages",
    "town",
    "towns",
    "valley",
    "sector",
    "state",
    "county",
    "oblast",
    "governorate",
    "city",
    "enclave",
    "pass",
    "plateau",
    "corridor",
    "border",
];

/// Places named as where it happened: `in the Batken and Osh border
/// regions`, `in Batken province`, `the village of X`.
pub(super) fn find_places(sents: &[Sent<'_>]) -> Vec<String> {
    let mut strong: Vec<String> = Vec::new();
    let mut weak: Vec<String> = Vec::new();
    for s in sents.iter().filter(|s| !s.context) {
        let t = &s.tokens;
        for k in 0..t.len() {
            if !t[k].is_any(PLACE_NOUNS) {
                continue;
            }
            // Capitalised names before the noun: "Batken and Osh border regions".
            let mut names: Vec<&str> = Vec::new();
            let mut a = k;
            while a > 0
                && t[a - 1].is_any(&[
                    "border",
                    "frontier",
                    "mountain",
                    "mountainous",
                    "disputed",
                    "eastern",
                    "western",
                    "northern",
                    "southern",
                    "remote",
                ])
            {
                a -= 1;
            }
            let mut b = a;
            while b > 0 {
                let p = &t[b - 1];
                if p.is_capitalised()
                    && s.entity[b - 1].is_none()
                    && !p.is_any(&["The", "On", "In", "A"])
                    && dates::is_not_date_word(p.text)
                {
                    b -= 1;
                } else if p.is("and")
                    && b >= 2
                    && t[b - 2].is_capitalised()
                    && s.entity[b - 2].is_none()
                {
                    b -= 1;
                } else if p.is_punct(",")
                    && b >= 2
                    && t[b - 2].is_capitalised()
                    && s.entity[b - 2].is_none()
                    && a - b < 6
                {
                    b -= 1;
                } else if p.kind == Kind::Hyphen && b >= 2 && t[b - 2].is_capitalised() {
                    // "Sistan-Baluchestan", "Ovchi-Kalacha"
                    b -= 1;
                } else {
                    break;
                }
            }
            // Runs of name words between "and" and commas are the places.
            let mut run_start = b;
            for q in b..=a {
                let boundary = q == a || t[q].is("and") || t[q].is_punct(",");
                if boundary {
                    if q > run_start {
                        names.push(s.words(run_start, q));
                    }
                    run_start = q + 1;
                }
            }
            // "the village of X"
            if names.is_empty() && t.get(k + 1).is_some_and(|n| n.is("of")) {
                let mut e = k + 2;
                while e < t.len() && t[e].is_capitalised() && s.entity[e].is_none() {
                    e += 1;
                }
                if e > k + 2 {
                    names.push(s.words(k + 2, e));
                }
            }
            if names.is_empty() {
                continue;
            }
            let prep = t[..b].iter().rev().take(3).find(|p| {
                p.is_any(&[
                    "in", "at", "on", "along", "near", "over", "for", "across", "into", "around",
                    "from",
                ])
            });
            let is_strong =
                prep.is_some_and(|p| p.is_any(&["in", "at", "on", "along", "across", "into"]));
            for n in names {
                let n = n.to_string();
                let list = if is_strong { &mut strong } else { &mut weak };
                if !list.contains(&n) {
                    list.push(n);
                }
            }
        }
    }
    if strong.is_empty() {
        weak
    } else {
        strong
    }
}

pub(super) fn incident_kind(sents: &[Sent<'_>]) -> &'static str {
    let head: Vec<&Sent<'_>> = sents.iter().take(4).collect();
    let any = |p: &'static [&'static str]| head.iter().any(|s| s.has_prefix(p));
    if any(KIND_CLASH_WORDS) {
        return "Border clash";
    }
    if any(KIND_SHELLING_WORDS) {
        return "Cross-border shelling";
    }
    if any(KIND_STRIKE_WORDS) {
        return "Cross-border strike";
    }
    if any(KIND_ATTACK_WORDS) {
        return "Border attack";
    }
    "Border incident"
}
