//! A sentence as the rules see it: tokens, gazetteer entities per token,
//! dates, whether it is background, and which word classes (clash,
//! accusation, ceasefire …) it contains.

use super::*;

/// One sentence with everything the rules need.
pub(super) struct Sent<'a> {
    /// Paragraph index; `None` for the headline and the standfirst.
    pub(super) para: Option<usize>,
    /// Byte range in the paragraph.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'a str,
    pub(super) tokens: Vec<Token<'a>>,
    /// Entity of each token (from a gazetteer mention covering it).
    pub(super) entity: Vec<Option<EntityId>>,
    /// The token is part of a person's name from the gazetteer.
    pub(super) person: Vec<bool>,
    pub(super) days: Vec<DayRef>,
    pub(super) periods: Vec<PeriodRef>,
    /// Background: about an earlier period, not the incident.
    pub(super) context: bool,
    /// Which [`PREFIX_LISTS`] occur, computed on first use.
    pub(super) prefix_classes: std::cell::Cell<Option<u32>>,
}

impl<'a> Sent<'a> {
    pub(super) fn new(
        g: &Gazetteer,
        text: &'a str,
        para: Option<usize>,
        start: usize,
        published: Date,
    ) -> Sent<'a> {
        let tokens = tokens::tokenize(text);
        let mut entity = vec![None; tokens.len()];
        let mut person = vec![false; tokens.len()];
        // Mentions start at capitalised words: try the gazetteer there only.
        let mut k = 0;
        while k < tokens.len() {
            let t = &tokens[k];
            let starts_word = t.kind == Kind::Word
                && t.text.starts_with(|c: char| c.is_uppercase())
                && (k == 0 || tokens[k - 1].end < t.start || tokens[k - 1].kind != Kind::Word);
            let Some(m) = starts_word.then(|| g.match_at(text, t.start)).flatten() else {
                k += 1;
                continue;
            };
            while k < tokens.len() && tokens[k].start < m.end {
                entity[k] = Some(m.entity);
                person[k] = m.form == crate::knowledge::FormKind::Person;
                k += 1;
            }
        }
        let (days, periods) = dates::find(&tokens, published);
        let context = is_context(&tokens, &days, &periods, published);
        Sent {
            para,
            start,
            end: start + text.len(),
            text,
            tokens,
            entity,
            person,
            days,
            periods,
            context,
            prefix_classes: std::cell::Cell::new(None),
        }
    }

    /// Distinct entities mentioned in a token range, in order.
    pub(super) fn entities_in(&self, from: usize, to: usize) -> Vec<EntityId> {
        let mut out = Vec::new();
        for e in self.entity[from.min(self.entity.len())..to.min(self.entity.len())]
            .iter()
            .flatten()
        {
            if !out.contains(e) {
                out.push(*e);
            }
        }
        out
    }

    pub(super) fn words(&self, from: usize, to: usize) -> &'a str {
        if from >= to || to > self.tokens.len() {
            return "";
        }
        &self.text[self.tokens[from].start..self.tokens[to - 1].end]
    }

    pub(super) fn has_word(&self, list: &[&str]) -> bool {
        self.tokens.iter().any(|t| t.is_any(list))
    }

    pub(super) fn has_prefix(&self, prefixes: &'static [&'static str]) -> bool {
        if let Some(k) = PREFIX_LISTS.iter().position(|l| std::ptr::eq(*l, prefixes)) {
            let classes = match self.prefix_classes.get() {
                Some(c) => c,
                None => {
                    let c = self.classify_prefixes();
                    self.prefix_classes.set(Some(c));
                    c
                }
            };
            return classes & (1 << k) != 0;
        }
        self.scan_prefix(prefixes)
    }

    /// Which of [`PREFIX_LISTS`] have a word in this sentence, in one pass.
    pub(super) fn classify_prefixes(&self) -> u32 {
        let index = prefix_index();
        let mut classes = 0u32;
        for t in &self.tokens {
            if t.kind != Kind::Word || t.text.len() < 4 || t.has(lexicon::STOP | lexicon::BETWEEN) {
                continue;
            }
            let Some(first) = t.text.as_bytes().first().map(u8::to_ascii_lowercase) else {
                continue;
            };
            if !first.is_ascii_lowercase() {
                continue;
            }
            for (p, bit) in &index[usize::from(first - b'a')] {
                if classes & bit == 0 && starts_with_ci(t.text, p) {
                    classes |= bit;
                }
            }
        }
        classes
    }

    pub(super) fn scan_prefix(&self, prefixes: &[&str]) -> bool {
        self.tokens
            .iter()
            .any(|t| t.kind == Kind::Word && prefixes.iter().any(|p| starts_with_ci(t.text, p)))
    }
}

/// `word` starts with the lowercase ASCII `prefix`, ignoring ASCII case.
pub(super) fn starts_with_ci(word: &str, prefix: &str) -> bool {
    word.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// A sentence is background when it is about an earlier period (a past year,
/// an earlier month, `last year`) and names no day close to publication.
pub(super) fn is_context(
    tokens: &[Token<'_>],
    days: &[DayRef],
    periods: &[PeriodRef],
    published: Date,
) -> bool {
    let recent_day = days.iter().any(|d| {
        let delta = published.to_days() - d.date.to_days();
        (-1..=31).contains(&delta)
    });
    if recent_day {
        return false;
    }
    // A period inside a relative clause (`Algiers, which severed ties in
    // 2021, said …`) does not make the sentence background.
    let in_relative = |k: usize| {
        let mut q = k;
        while q > 0 {
            q -= 1;
            let t = &tokens[q];
            if t.is_punct(",") {
                // Also ", as they did during … 2021": a comparison.
                return tokens
                    .get(q + 1)
                    .is_some_and(|n| n.is_any(&["which", "who", "whose", "when", "as", "like"]));
            }
            if t.is_punct(";") || t.kind == Kind::Quote {
                return false;
            }
        }
        false
    };
    // A year used as a modifier after the reporting verb (`condemned …, in
    // line with the 2011 agreement`) does not date the sentence; before it
    // (`Under a 2008 compromise, Ethiopia acknowledged …`) it does.
    let first_cue = tokens
        .iter()
        .position(|t| t.has(lexicon::CUE) && !t.quoted && !t.is_capitalised());
    let past = periods.iter().any(|p| {
        !p.since
            && !in_relative(p.first)
            && !(p.attributive && first_cue.is_some_and(|c| c < p.first))
            && (p.year < published.year
                || (p.year == published.year && p.month.is_some_and(|m| m + 1 < published.month)))
    });
    let old_day = days
        .iter()
        .any(|d| published.to_days() - d.date.to_days() > 60);
    // "Earlier this month, …", "Last month, …" open a background sentence.
    let opens_with_earlier = tokens.len() > 3
        && ((tokens[0].is("earlier")
            && tokens[1].is("this")
            && tokens[2].is_any(&["month", "year"]))
            || (tokens[0].is("last") && tokens[1].is_any(&["month", "year"])));
    past || old_day || opens_with_earlier
}

/// Quoted passages of a sentence as paragraph character spans.
pub(super) fn quote_spans(s: &Sent<'_>, para: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for t in &s.tokens {
        if t.kind != Kind::Quote {
            continue;
        }
        match open {
            None => open = Some(t.start),
            Some(a) => {
                out.push(Span {
                    start: char_offset(para, s.start + a),
                    end: char_offset(para, s.start + t.end),
                });
                open = None;
            }
        }
    }
    out
}

pub(super) fn day_phrase(s: &Sent<'_>, d: &DayRef) -> String {
    let mut text = s.words(d.first, d.last);
    if let Some(stripped) = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("\u{2019}s"))
    {
        text = stripped;
    }
    text.to_string()
}

/// Word beginnings of accusations (topic `responsibility`).
pub(super) const RESPONSIBILITY_WORDS: &[&str] = &[
    "accus",
    "blam",
    "provok",
    "provocat",
    "responsib",
    "aggress",
    "violat",
    "attack",
    "started",
    "deni",
    "fired",
    "shell",
    "incursion",
    "invad",
    "invasion",
    "opened fire",
    "trespass",
    "infiltrat",
    "ambush",
];

/// Word beginnings of the situation on the ground (topic `situation`).
pub(super) const SITUATION_WORDS: &[&str] = &[
    "ceasefire",
    "cease-fire",
    "truce",
    "calm",
    "stabil",
    "situation",
    "talks",
    "agreement",
    "de-escalat",
    "deescalat",
    "restraint",
    "withdr",
    "negotiat",
    "mediat",
    "dialogue",
    "peace",
    "quiet",
    "tension",
    "control",
    "respected",
    "hostilities",
];

/// A ceasefire event.
pub(super) const CEASEFIRE_WORDS: &[&str] = &["ceasefire", "cease-fire", "truce"];

/// A mediation event.
pub(super) const MEDIATION_WORDS: &[&str] = &["mediat", "broker"];

/// A clash event on the timeline.
pub(super) const EVENT_CLASH_WORDS: &[&str] = &[
    "clash",
    "attack",
    "fight",
    "fire",
    "fired",
    "shell",
    "skirmish",
    "provocat",
    "killed",
    "battle",
    "strike",
    "incursion",
    "ambush",
];

pub(super) const KIND_CLASH_WORDS: &[&str] =
    &["clash", "skirmish", "firefight", "fighting", "exchange"];

pub(super) const KIND_SHELLING_WORDS: &[&str] = &["shelling", "shell"];

pub(super) const KIND_STRIKE_WORDS: &[&str] = &["airstrike", "air strike", "drone"];

pub(super) const KIND_ATTACK_WORDS: &[&str] = &["attack"];

/// The prefixes of [`PREFIX_LISTS`] by first letter, with their list's bit.
pub(super) fn prefix_index() -> &'static [Vec<(&'static str, u32)>; 26] {
    static INDEX: std::sync::OnceLock<[Vec<(&'static str, u32)>; 26]> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: [Vec<(&'static str, u32)>; 26] = Default::default();
        for (k, list) in PREFIX_LISTS.iter().enumerate() {
            for &p in *list {
                if let Some(f) = p.as_bytes().first().filter(|f| f.is_ascii_lowercase()) {
                    index[usize::from(f - b'a')].push((p, 1 << k));
                }
            }
        }
        index
    })
}

/// Every prefix list a sentence is asked about, classified in one pass.
pub(super) const PREFIX_LISTS: [&[&str]; 10] = [
    CLASH_WORDS,
    RESPONSIBILITY_WORDS,
    SITUATION_WORDS,
    CEASEFIRE_WORDS,
    MEDIATION_WORDS,
    EVENT_CLASH_WORDS,
    KIND_CLASH_WORDS,
    KIND_SHELLING_WORDS,
    KIND_STRIKE_WORDS,
    KIND_ATTACK_WORDS,
];

pub(super) const CLASH_WORDS: &[&str] = &[
    "struck",
    "bomb",
    "raid",
    "missile",
    "rocket",
    "mortar",
    "artillery",
    "gunfire",
    "clash",
    "attack",
    "fight",
    "fired",
    "fire",
    "shell",
    "skirmish",
    "provocat",
    "killed",
    "battle",
    "incursion",
    "ambush",
    "exchange",
    "offensive",
    "assault",
    "strike",
    "hostilities",
    "violence",
    "flare",
];
