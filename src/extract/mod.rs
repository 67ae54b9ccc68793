//! Claim extraction: from a parsed article to the `incident-card/1` dataset.
//!
//! The pipeline, in order: sentences → tokens and gazetteer mentions → people
//! introduced with a title (`Armenia's Prime Minister Nikol Pashinyan`, later
//! `Pashinyan`) → attributions and their parties (with `It said` / `the
//! ministry said` resolved to earlier speakers) → the two belligerents, the
//! mediator and the third parties → casualty figures → dates, timeline and
//! background context → the incident's date and places.
//!
//! Every rule is about news language in general (reporting verbs, the
//! gazetteer of states and organisations), never about one article.

pub mod attribution;
pub mod dates;
pub mod figures;
pub mod lexicon;
pub mod numbers;
pub mod sentences;
pub mod tokens;

use crate::date::Date;
use crate::knowledge::{gazetteer, EntityId, EntityKind, Gazetteer};
use crate::model::{
    Article, CasualtyFigure, Claim, ContextItem, Dataset, Incident, Party, Role, Span,
    TimelineEvent, Topic, SCHEMA,
};
use crate::text::{char_offset, slug};
use dates::{DayRef, PeriodRef};
use figures::Whose;
use tokens::{Kind, Token};

/// Most claims one article may produce.
pub const MAX_CLAIMS: usize = 5_000;

/// One sentence with everything the rules need.
struct Sent<'a> {
    /// Paragraph index; `None` for the headline and the standfirst.
    para: Option<usize>,
    /// Byte range in the paragraph.
    start: usize,
    end: usize,
    text: &'a str,
    tokens: Vec<Token<'a>>,
    /// Entity of each token (from a gazetteer mention covering it).
    entity: Vec<Option<EntityId>>,
    /// The token is part of a person's name from the gazetteer.
    person: Vec<bool>,
    days: Vec<DayRef>,
    periods: Vec<PeriodRef>,
    /// Background: about an earlier period, not the incident.
    context: bool,
    /// Which [`PREFIX_LISTS`] occur, computed on first use.
    prefix_classes: std::cell::Cell<Option<u32>>,
}

impl<'a> Sent<'a> {
    fn new(
        g: &Gazetteer,
        text: &'a str,
        para: Option<usize>,
        start: usize,
        published: Date,
    ) -> Sent<'a> {
        let tokens = tokens::tokenize(text);
        let mut entity = vec![None; tokens.len()];
        let mut person = vec![false; tokens.len()];
        let mut ti = 0;
        for m in g.mentions(text) {
            while ti < tokens.len() && tokens[ti].end <= m.start {
                ti += 1;
            }
            let mut k = ti;
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
    fn entities_in(&self, from: usize, to: usize) -> Vec<EntityId> {
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

    fn words(&self, from: usize, to: usize) -> &'a str {
        if from >= to || to > self.tokens.len() {
            return "";
        }
        &self.text[self.tokens[from].start..self.tokens[to - 1].end]
    }

    fn has_word(&self, list: &[&str]) -> bool {
        self.tokens.iter().any(|t| t.is_any(list))
    }

    fn has_prefix(&self, prefixes: &'static [&'static str]) -> bool {
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
    fn classify_prefixes(&self) -> u32 {
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

    fn scan_prefix(&self, prefixes: &[&str]) -> bool {
        self.tokens
            .iter()
            .any(|t| t.kind == Kind::Word && prefixes.iter().any(|p| starts_with_ci(t.text, p)))
    }
}

/// `word` starts with the lowercase ASCII `prefix`, ignoring ASCII case.
fn starts_with_ci(word: &str, prefix: &str) -> bool {
    word.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// A sentence is background when it is about an earlier period (a past year,
/// an earlier month, `last year`) and names no day close to publication.
fn is_context(
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
                return tokens
                    .get(q + 1)
                    .is_some_and(|n| n.is_any(&["which", "who", "whose", "when"]));
            }
            if t.is_punct(";") || t.kind == Kind::Quote {
                return false;
            }
        }
        false
    };
    let has_cue = tokens
        .iter()
        .any(|t| t.has(lexicon::CUE) && !t.quoted && !t.is_capitalised());
    let past = periods.iter().any(|p| {
        !p.since
            && !in_relative(p.first)
            && !(p.attributive && has_cue)
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

/// A person introduced with a title, later named by surname.
struct Person {
    surname: String,
    entity: EntityId,
    /// The phrase that introduced them (`Armenia's Prime Minister Nikol Pashinyan`).
    intro: String,
}

/// Words that may stand between a country and a person's name.
pub(crate) const TITLE_WORDS: &[&str] = &[
    "president",
    "prime",
    "minister",
    "foreign",
    "defence",
    "defense",
    "interior",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "secretary",
    "general",
    "secretary-general",
    "chief",
    "commander",
    "army",
    "head",
    "ambassador",
    "envoy",
    "king",
    "emir",
    "chancellor",
    "deputy",
    "vice",
    "state",
    "of",
    "staff",
    "leader",
    "representative",
    "special",
    "premier",
    "crown",
    "prince",
    "sheikh",
    "military",
    "border",
    "service",
    "top",
    "diplomat",
    "official",
    "senior",
    "lt",
    "gen",
    "gen.",
    "col",
    "col.",
    "maj",
    "colonel",
    "major",
    "lieutenant",
    "brigadier",
    "admiral",
    "marshal",
    "supreme",
    "security",
    "council",
    "national",
    "adviser",
    "advisor",
    "governor",
    "mayor",
    "speaker",
    "parliament",
    "parliamentary",
    "ministry",
    "spokesperson",
    "high",
    "commissioner",
    "first",
    "acting",
    "president's",
    "press",
    "the",
    "and",
];

fn is_title_word(t: &Token<'_>) -> bool {
    t.has(lexicon::TITLE) || t.kind == Kind::Punct && t.text == "." || t.kind == Kind::Hyphen
}

/// Finds `Country's Title Firstname Lastname` and `Demonym Title Name` and
/// `Name, Country's title` patterns.
fn find_people(s: &Sent<'_>, people: &mut Vec<Person>) {
    let t = &s.tokens;
    let n = t.len();
    let mut i = 0;
    while i < n {
        let Some(e) = s.entity[i] else {
            i += 1;
            continue;
        };
        // Skip the rest of this mention and a possessive.
        let mut j = i + 1;
        while j < n && s.entity[j] == Some(e) {
            j += 1;
        }
        if j < n && t[j].kind == Kind::Possessive {
            j += 1;
        }
        // Title words, then one to three capitalised name words.
        let mut k = j;
        let mut titled = false;
        while k < n && is_title_word(&t[k]) && !(t[k].is("and") || t[k].is("the")) {
            titled = true;
            k += 1;
        }
        let name_start = k;
        while k < n
            && k < name_start + 3
            && t[k].is_capitalised()
            && s.entity[k].is_none()
            && !is_title_word(&t[k])
            && dates::is_not_date_word(t[k].text)
        {
            k += 1;
        }
        if titled && k > name_start {
            let intro = s.words(i, k);
            push_person(people, t[k - 1].text, e, intro);
            if k - name_start >= 2 {
                push_person(people, s.words(name_start, k), e, intro);
            }
        }
        i = j.max(i + 1);
    }
    // "Sadyr Japarov, Kyrgyzstan's president," / "Japarov, the Kyrgyz president"
    for c in 0..n {
        if !t[c].is_punct(",") || c < 1 {
            continue;
        }
        let mut a = c;
        while a > 0 && t[a - 1].is_capitalised() && s.entity[a - 1].is_none() && c - a < 3 {
            a -= 1;
        }
        // A place is not a person: "the town of Figuig, Algeria's ministry said".
        let after_preposition = a > 0
            && t[a - 1].is_any(&[
                "of", "in", "near", "at", "from", "to", "town", "village", "city", "region",
                "province", "district", "area", "by", "on",
            ]);
        if a == c || (a > 0 && t[a - 1].is_capitalised()) || after_preposition {
            continue;
        }
        let mut k = c + 1;
        if k < n && (t[k].is("the") || t[k].is("a")) {
            k += 1;
        }
        if let Some(e) = s.entity.get(k).copied().flatten() {
            let mut m = k + 1;
            while m < n && s.entity[m] == Some(e) {
                m += 1;
            }
            if m < n && t[m].kind == Kind::Possessive {
                m += 1;
            }
            if m < n && is_title_word(&t[m]) && !t[m].is("the") {
                push_person(people, t[c - 1].text, e, s.words(a, m + 1));
            }
        }
    }
}

fn push_person(people: &mut Vec<Person>, surname: &str, entity: EntityId, intro: &str) {
    if surname.len() < 3 || people.iter().any(|p| p.surname == surname) {
        return;
    }
    people.push(Person {
        surname: surname.to_string(),
        entity,
        intro: intro.to_string(),
    });
}

/// Head nouns that refer back to an earlier speaker (`the ministry said`).
const ANAPHORIC_HEADS: &[&str] = &[
    "ministry",
    "army",
    "military",
    "statement",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "government",
    "president",
    "minister",
    "office",
    "service",
    "agency",
    "command",
    "side",
    "leader",
    "authorities",
    "embassy",
    "mission",
    "premier",
    "department",
    "forces",
    "official",
    "chief",
    "guards",
    "guard",
    "committee",
    "council",
    "secretary-general",
];

const PRONOUNS: &[&str] = &["it", "he", "she", "they"];

/// A claim before ids and figures.
#[derive(Clone)]
struct Found {
    sent: usize,
    entity: EntityId,
    speaker: String,
    speaker_span: Option<(usize, usize)>,
    cue: (usize, usize),
    /// The phrase is anaphoric (`It`, `the ministry`).
    anaphoric: bool,
    /// Tokens of the sentence this claim states (other claims in the same
    /// sentence state the rest).
    content: (usize, usize),
}

impl Found {
    fn clone_with(&self, entity: EntityId) -> Found {
        Found {
            entity,
            ..self.clone()
        }
    }
}

/// A sentence that is one quotation and nothing else (`"We will respond."`).
fn is_whole_quotation(s: &Sent<'_>) -> bool {
    let t = &s.tokens;
    let first_quote = t.first().is_some_and(|x| x.kind == Kind::Quote);
    let last = t.iter().rev().find(|x| x.kind != Kind::Punct);
    first_quote
        && last.is_some_and(|x| x.kind == Kind::Quote)
        && t.iter().filter(|x| x.kind == Kind::Quote).count() == 2
}

/// Extracts the dataset from a parsed article.
pub fn extract(article: Article) -> Dataset {
    let g = gazetteer();
    let published = Date::parse_iso(&article.published).unwrap_or(Date {
        year: 2000,
        month: 1,
        day: 1,
    });

    // 1. Sentences of the headline, the standfirst and every paragraph.
    let mut sents: Vec<Sent<'_>> = Vec::new();
    sents.push(Sent::new(g, &article.title, None, 0, published));
    if !article.standfirst.is_empty() {
        sents.push(Sent::new(g, &article.standfirst, None, 0, published));
    }
    let first_body = sents.len();
    for (pi, para) in article.paragraphs.iter().enumerate() {
        for sp in sentences::split(para) {
            sents.push(Sent::new(
                g,
                &para[sp.start..sp.end],
                Some(pi),
                sp.start,
                published,
            ));
        }
    }

    // 2. People introduced with a title (more are registered as they speak).
    let mut people = Vec::new();
    for s in &sents {
        find_people(s, &mut people);
    }

    // 3. Attributions, with speakers resolved to entities. Background
    //    sentences hold no claims of the incident.
    let mut found: Vec<Found> = Vec::new();
    let mut both_sides: Vec<Found> = Vec::new();
    for (si, s) in sents.iter().enumerate().skip(first_body) {
        if s.context {
            continue;
        }
        let mut in_sentence: Vec<EntityId> = Vec::new();
        let attributions = attribution::find(&s.tokens);
        for (ai, a) in attributions.iter().enumerate() {
            let content_start = if ai == 0 { 0 } else { a.speakers[0].0 };
            let content_end = attributions
                .get(ai + 1)
                .map_or(s.tokens.len(), |n| n.speakers[0].0.min(n.cue));
            for &(from, to) in &a.speakers {
                let make = |entity, speaker, anaphoric| Found {
                    sent: si,
                    entity,
                    speaker,
                    speaker_span: Some((from, to)),
                    cue: (a.cue, a.cue_end),
                    anaphoric,
                    content: (content_start, content_end),
                };
                let resolved =
                    match resolve_speaker(si, from, to, a.cue_end, &mut people, &found, &sents) {
                        Resolved::Parties(p) => p,
                        Resolved::BothSides(display) => {
                            // A joint statement's figures are not one side's claim.
                            let mut f = make(0, display, false);
                            f.content = (0, 0);
                            both_sides.push(f);
                            Vec::new()
                        }
                    };
                for (entity, anaphoric, speaker) in resolved {
                    if in_sentence.contains(&entity) {
                        // The same party speaks again: its claim covers this part too.
                        if let Some(f) = found
                            .iter_mut()
                            .rev()
                            .find(|f| f.sent == si && f.entity == entity)
                        {
                            f.content.1 = f.content.1.max(content_end);
                        }
                        continue;
                    }
                    if found.len() >= MAX_CLAIMS {
                        continue;
                    }
                    in_sentence.push(entity);
                    found.push(make(entity, speaker, anaphoric));
                }
            }
        }
        // The second half of a split quotation (`"A," he said. "B."`) is
        // the same speaker's.
        if attributions.is_empty() && is_whole_quotation(s) {
            if let Some(prev) = found.last() {
                let prev_sent = &sents[prev.sent];
                if prev_sent.para == s.para && prev.sent + 1 == si && found.len() < MAX_CLAIMS {
                    let f = Found {
                        sent: si,
                        entity: prev.entity,
                        speaker: prev.speaker.clone(),
                        speaker_span: None,
                        cue: (0, 0),
                        anaphoric: true,
                        content: (0, s.tokens.len()),
                    };
                    found.push(f);
                }
            }
        }
    }

    // 4. Roles.
    let roles = decide_roles(g, &sents, &found, first_body);
    let belligerents: Vec<EntityId> = roles
        .iter()
        .filter(|(_, r)| *r == Role::Belligerent)
        .map(|(e, _)| *e)
        .collect();
    let party_id = |e: EntityId| slug(g.entity(e).name);
    // "officials from both sides said": one claim per belligerent.
    if !both_sides.is_empty() {
        for b in both_sides {
            for &e in &belligerents {
                if !found.iter().any(|f| f.sent == b.sent && f.entity == e) {
                    let mut f = b.clone_with(e);
                    f.anaphoric = false;
                    found.push(f);
                }
            }
        }
        crate::text::sort_by(&mut found, &|a, b| a.sent.cmp(&b.sent));
    }

    // 5. Claims with topics, dates and figures.
    let mut claims: Vec<Claim> = Vec::new();
    let mut claim_of_found: Vec<Option<usize>> = vec![None; found.len()];
    for (fi, f) in found.iter().enumerate() {
        let s = &sents[f.sent];
        let Some(pi) = s.para else { continue };
        if !roles.iter().any(|(e, _)| *e == f.entity) {
            continue;
        }
        let para = &article.paragraphs[pi];
        let mut figures_out = Vec::new();
        // Claims of the same sentence are neighbours in `found` (sorted by sentence).
        let lo = found.partition_point(|o| o.sent < f.sent);
        let hi = found.partition_point(|o| o.sent <= f.sent);
        let joint = found[lo..hi].iter().any(|o| {
            o.sent == f.sent
                && o.cue == f.cue
                && o.entity != f.entity
                && belligerents.contains(&o.entity)
                && belligerents.contains(&f.entity)
        });
        if !s.context && !joint {
            let entity_at = |k: usize| -> Option<EntityId> {
                s.entity
                    .get(k)
                    .copied()
                    .flatten()
                    .filter(|e| g.entity(*e).kind == EntityKind::Country)
            };
            for raw in figures::find_within(&s.tokens, &entity_at, f.speaker_span, f.content) {
                if let Some(subject) = resolve_whose(raw.whose, f.entity, &belligerents) {
                    if !roles.iter().any(|(e, _)| *e == subject) {
                        continue;
                    }
                    let fig = CasualtyFigure {
                        subject: party_id(subject),
                        kind: raw.kind.to_string(),
                        value: raw.value,
                        qualifier: raw.qualifier.map(str::to_string),
                        group: raw.group,
                    };
                    if !figures_out.contains(&fig) {
                        figures_out.push(fig);
                    }
                }
            }
        }
        let (date, phrase) = claim_date(s, f.cue);
        let topic = topic_of(s, !figures_out.is_empty());
        let span = |a: usize, b: usize| Span {
            start: char_offset(para, s.start + s.tokens[a].start),
            end: char_offset(para, s.start + s.tokens[b - 1].end),
        };
        let quotes = quote_spans(s, para);
        claim_of_found[fi] = Some(claims.len());
        let mut id = String::from("c");
        crate::text::push_usize(&mut id, claims.len() + 1);
        claims.push(Claim {
            id,
            party: party_id(f.entity),
            speaker: display_speaker(&f.speaker),
            text: s.text.to_string(),
            paragraph: pi,
            start: char_offset(para, s.start),
            end: char_offset(para, s.end),
            topic,
            date: date.map(|d| d.date.to_iso()),
            date_phrase: phrase,
            figures: figures_out,
            cue: (f.cue.1 > f.cue.0).then(|| span(f.cue.0, f.cue.1)),
            speaker_span: f.speaker_span.map(|(a, b)| span(a, b)),
            quotes,
        });
        let _ = f.anaphoric;
    }

    // 6. Parties: belligerents first, then mediators, then third parties.
    let parties: Vec<Party> = roles
        .iter()
        .map(|&(e, role)| Party {
            id: party_id(e),
            name: g.entity(e).name.to_string(),
            role,
            kind: match g.entity(e).kind {
                EntityKind::Country => "country".into(),
                EntityKind::Organisation => "organisation".into(),
            },
        })
        .collect();

    // 7. Timeline and context.
    let mut timeline = Vec::new();
    let mut context = Vec::new();
    let mut found_of_sent: Vec<Option<usize>> = vec![None; sents.len()];
    for (fi, f) in found.iter().enumerate().rev() {
        found_of_sent[f.sent] = Some(fi);
    }
    for (si, s) in sents.iter().enumerate().skip(first_body) {
        let Some(pi) = s.para else { continue };
        let para = &article.paragraphs[pi];
        if s.context {
            context.push(ContextItem {
                text: s.text.to_string(),
                paragraph: pi,
                start: char_offset(para, s.start),
                end: char_offset(para, s.end),
                period: s
                    .periods
                    .iter()
                    .find(|p| !p.since)
                    .map(|p| s.words(p.first, p.last).to_string()),
                figures: context_figures(g, s, &party_id),
            });
            continue;
        }
        let first_found = found_of_sent.get(si).copied().flatten();
        let claim = first_found
            .and_then(|fi| claim_of_found.get(fi).copied().flatten())
            .map(|ci| &claims[ci]);
        let day = match (claim, first_found) {
            (Some(_), Some(fi)) => claim_date(s, found[fi].cue).0,
            _ => s.days.first(),
        };
        let Some(day) = day else { continue };
        timeline.push(TimelineEvent {
            date: day.date.to_iso(),
            time_of_day: day.time_of_day.map(str::to_string),
            date_phrase: day_phrase(s, day),
            text: s.text.to_string(),
            paragraph: pi,
            kind: event_kind(s, claim.is_some()).to_string(),
            claim: claim.map(|c| c.id.clone()),
        });
    }
    crate::text::sort_by(&mut timeline, &|a, b| {
        a.date
            .cmp(&b.date)
            .then(tod_rank(&a.time_of_day).cmp(&tod_rank(&b.time_of_day)))
    });

    // 8. The incident: its day and places.
    let (incident_day, incident_phrase) = incident_date(&sents, &found, published);
    let places = find_places(&sents);
    let kind = incident_kind(&sents);

    Dataset {
        schema: SCHEMA.to_string(),
        incident: Incident {
            title: article.title.clone(),
            kind: kind.to_string(),
            date: incident_day.map(|d| d.to_iso()),
            date_phrase: incident_phrase,
            places,
        },
        parties,
        claims,
        timeline,
        context,
        article,
    }
}

fn tod_rank(t: &Option<String>) -> u8 {
    match t.as_deref() {
        Some("morning") => 1,
        Some("afternoon") => 2,
        Some("evening") => 3,
        Some("night") => 4,
        _ => 0,
    }
}

/// Words that make an unnamed speaker a person or an institution of a
/// party (`army spokesman General X`, `a military spokesman`).
pub(crate) const PERSON_HEADS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "minister",
    "premier",
    "chief",
    "general",
    "commander",
    "army",
    "military",
    "ministry",
    "official",
    "government",
    "office",
    "command",
    "staff",
    "chiefs",
    "agency",
    "service",
    "police",
    "force",
    "forces",
    "secretary",
    "ambassador",
    "envoy",
    "head",
    "leader",
    "king",
    "emir",
    "chancellor",
    "colonel",
    "major",
    "lieutenant",
    "brigadier",
    "admiral",
    "marshal",
    "governor",
    "department",
    "council",
    "presidency",
    "guard",
    "guards",
];

/// Capitalised name words of a speaker phrase (not titles, not entity names),
/// registered so that a later `Ekenge said` or `The JCS said` resolves.
fn name_words<'a>(s: &Sent<'a>, from: usize, to: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    for k in from..to {
        let t = &s.tokens[k];
        let acronym = t.kind == Kind::Word
            && t.text.len() >= 2
            && t.text.chars().all(|c| c.is_ascii_uppercase());
        if (t.is_capitalised() || acronym)
            && (s.entity[k].is_none() || s.person[k])
            && !is_title_word(t)
            && !t.has(lexicon::PEOPLE)
            && !t.is_any(SIDELESS)
            && !(k > 0 && s.tokens[k - 1].is_any(&["of", "in", "near", "at", "from", "for", "to"]))
            && !t.is_any(&["The", "A", "An", "His", "Her", "Its", "Their"])
            && !t.has(lexicon::PERSON_HEAD)
            && t.text.len() >= 3
        {
            out.push(t.text);
        }
    }
    out
}

/// What a speaker phrase resolved to.
enum Resolved {
    /// One or more parties; (entity, anaphoric, display).
    Parties(Vec<(EntityId, bool, String)>),
    /// "officials from both sides": each belligerent, known only later.
    BothSides(String),
}

/// Definite nouns for an organisation (`the mission said`, `the alliance`).
const ORGANISATION_HEADS: &[&str] = &[
    "mission",
    "alliance",
    "bloc",
    "organisation",
    "organization",
    "body",
    "force",
    "agency",
    "court",
    "union",
    "council",
    "commission",
    "observers",
];

/// Words that mark a speaker without a side (`a local official`, `residents`).
const SIDELESS: &[&str] = &[
    "local",
    "anonymity",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "villager",
    "villagers",
    "analyst",
    "analysts",
    "observers",
    "experts",
    "expert",
    "relative",
    "relatives",
    "doctors",
    "doctor",
    "medics",
    "activists",
    "activist",
    "monitor",
    "monitors",
];

/// The owner in a range: the entity before a possessive, else the first.
fn owner_in(s: &Sent<'_>, from: usize, to: usize) -> Option<EntityId> {
    let first = s.entities_in(from, to).first().copied()?;
    Some(
        (from..to)
            .find(|&k| {
                s.entity[k].is_some()
                    && s.tokens
                        .get(k + 1)
                        .is_some_and(|n| n.kind == Kind::Possessive)
            })
            .and_then(|k| s.entity[k])
            .unwrap_or(first),
    )
}

/// Resolves a speaker phrase to entities. In order: a named entity in the
/// head (before an apposition's comma), a person or acronym registered
/// earlier, `whose` (`Mexico, whose foreign minister … said`), an entity in a
/// noun-phrase apposition, `both sides`, a possessive pronoun (`his
/// spokesman`) standing for the sentence's subject, a pronoun or definite
/// institution (`It`, `the ministry`, `the mission`) referring to an earlier
/// speaker, and an unnamed person or institution (`army spokesman General
/// X`) taken as the side of the reported content's subject or of the
/// previous speaker.
fn resolve_speaker(
    si: usize,
    from: usize,
    to: usize,
    cue_end: usize,
    people: &mut Vec<Person>,
    found: &[Found],
    sents: &[Sent<'_>],
) -> Resolved {
    let s = &sents[si];
    let g = gazetteer();
    let comma = (from..to).find(|&k| s.tokens[k].is_punct(","));
    let head_end = comma.unwrap_or(to);
    let head_display = strip_article(s.words(from, head_end)).to_string();
    let full_display = strip_article(s.words(from, to)).to_string();
    let one = |e: EntityId, anaphoric: bool, d: String| Resolved::Parties(vec![(e, anaphoric, d)]);
    let register = |people: &mut Vec<Person>, e: EntityId| {
        let intro = strip_article(s.words(from, head_end));
        for w in name_words(s, from, to) {
            push_person(people, w, e, intro);
        }
        // "the Joint Chiefs of Staff (JCS)": the acronym names the same body.
        if s.tokens.get(to).is_some_and(|t| t.is_punct("(")) {
            if let Some(acr) = s.tokens.get(to + 1).filter(|t| t.kind == Kind::Word) {
                push_person(people, acr.text, e, intro);
            }
        }
        // "President X …, his spokesman said": X is of the same side.
        if s.tokens
            .get(from)
            .is_some_and(|t| t.is_any(&["his", "her"]))
        {
            let mut k = 0;
            while k < from
                && (s.tokens[k].is_capitalised()
                    || is_title_word(&s.tokens[k])
                    || s.tokens[k].kind == Kind::Hyphen)
            {
                k += 1;
            }
            for w in name_words(s, 0, k) {
                push_person(people, w, e, s.words(0, k));
            }
        }
    };
    // 1. An entity in the head: the owner before a possessive, else the first.
    if let Some(owner) = owner_in(s, from, head_end) {
        register(people, owner);
        return one(owner, false, head_display);
    }
    // 2. A person or acronym named earlier: "Pashinyan said", "The JCS said".
    for k in from..head_end {
        let w = s.tokens[k].text;
        if s.tokens[k].kind != Kind::Word || s.tokens.get(k + 1).is_some_and(|n| n.is_punct(".")) {
            continue;
        }
        if let Some(p) = people.iter().find(|p| p.surname == w) {
            let mut d = head_display.clone();
            if !d.contains(' ') && p.intro.contains(w) {
                // Show who a bare surname stands for, as introduced.
                d = p.intro.clone();
            }
            return one(p.entity, false, d);
        }
    }
    // 3. "Mexico, whose foreign minister, X, said": the antecedent of whose.
    if from >= 1 && s.tokens[from - 1].is("whose") {
        let mut k = from - 1;
        if k >= 1 && s.tokens[k - 1].is_punct(",") {
            k -= 1;
        }
        let back = k.saturating_sub(8);
        if let Some(e) = (back..k).rev().find_map(|q| s.entity[q]) {
            register(people, e);
            return one(e, false, full_display);
        }
    }
    // 4. An entity in a noun-phrase apposition: "Sergei Shoigu, Russia's
    //    defence minister" (not a relative clause: "Jaish al-Adl, which has
    //    claimed attacks on Iranian forces").
    if let Some(c) = comma {
        let relative = s
            .tokens
            .get(c + 1)
            .is_some_and(|t| t.is_any(&["which", "who", "whose", "speaking", "citing", "quoted"]));
        if !relative {
            if let Some(owner) = owner_in(s, c + 1, to) {
                register(people, owner);
                return one(owner, false, full_display);
            }
        }
    }
    let toks = &s.tokens[from..head_end];
    let lower_words: Vec<String> = toks
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text.to_ascii_lowercase())
        .collect();
    let has = |w: &str| lower_words.iter().any(|x| x == w);
    // Speakers without a side (`residents on both sides`).
    if lower_words.iter().any(|w| SIDELESS.contains(&w.as_str())) {
        return Resolved::Parties(Vec::new());
    }
    // 5. "officials from both sides", "both countries".
    if (has("both") || has("two"))
        && (has("sides") || has("countries") || has("governments") || has("armies"))
    {
        return Resolved::BothSides(head_display);
    }
    let pronoun = lower_words.len() == 1 && PRONOUNS.contains(&lower_words[0].as_str());
    let possessive_pronoun = toks
        .first()
        .is_some_and(|t| t.is_any(&["its", "his", "her", "their"]));
    let definite = toks.first().is_some_and(|t| t.is("the")) || possessive_pronoun;
    let here = s.para.unwrap_or(0);
    let recent = |f: &Found| here.saturating_sub(sents[f.sent].para.unwrap_or(0)) <= 3;
    // 6. "his spokesman", "its head": the subject at the start of the sentence.
    if possessive_pronoun && from > 0 {
        let mut subject_end = 0;
        while subject_end < from
            && (s.tokens[subject_end].is_capitalised()
                || is_title_word(&s.tokens[subject_end])
                || s.tokens[subject_end].kind == Kind::Possessive
                || s.tokens[subject_end].kind == Kind::Hyphen)
        {
            subject_end += 1;
        }
        if let Some(e) = owner_in(s, 0, subject_end) {
            register(people, e);
            return one(e, true, full_display);
        }
        if let Some(p) =
            (0..subject_end).find_map(|k| people.iter().find(|p| p.surname == s.tokens[k].text))
        {
            let e = p.entity;
            register(people, e);
            return one(e, true, full_display);
        }
    }
    if pronoun {
        if let Some(prev) = found.last() {
            let several = found
                .iter()
                .rev()
                .take_while(|f| f.sent == prev.sent)
                .count()
                > 1;
            if !several || lower_words[0] == "they" {
                return one(prev.entity, true, prev.speaker.clone());
            }
        }
        return Resolved::Parties(Vec::new());
    }
    // 7. "the mission said": the organisation named most recently.
    if definite
        && lower_words
            .iter()
            .any(|w| ORGANISATION_HEADS.contains(&w.as_str()))
        && lower_words.len() <= 6
    {
        let back = si.saturating_sub(6);
        for q in (back..=si).rev() {
            let sq = &sents[q];
            let limit = if q == si { from } else { sq.tokens.len() };
            if let Some(e) = (0..limit).rev().find_map(|k| {
                sq.entity[k].filter(|e| g.entity(*e).kind == EntityKind::Organisation)
            }) {
                return one(e, true, full_display);
            }
        }
    }
    // 8. "the ministry said", "the foreign ministry said": the most recent
    //    speaker whose words contain these, else the previous speaker.
    let head = lower_words
        .iter()
        .rev()
        .find(|w| ANAPHORIC_HEADS.contains(&w.as_str()));
    if definite && lower_words.len() <= 5 {
        if let Some(h) = head {
            let content: Vec<&String> = lower_words
                .iter()
                .filter(|w| !matches!(w.as_str(), "the" | "its" | "his" | "her" | "their"))
                .collect();
            if let Some(prev) = found.iter().rev().take(8).find(|f| {
                let sp = f.speaker.to_ascii_lowercase();
                content.iter().all(|w| sp.contains(w.as_str()))
            }) {
                register(people, prev.entity);
                return one(prev.entity, true, prev.speaker.clone());
            }
            if let Some(prev) = found
                .iter()
                .rev()
                .take(6)
                .find(|f| f.speaker.to_ascii_lowercase().contains(h.as_str()))
            {
                register(people, prev.entity);
                return one(prev.entity, true, prev.speaker.clone());
            }
            if let Some(e) = sentence_subject(s, from) {
                return one(e, true, head_display);
            }
            if let Some(prev) = found.last().filter(|f| recent(f)) {
                register(people, prev.entity);
                return one(prev.entity, true, prev.speaker.clone());
            }
            if let Some(e) = last_owner_of(sents, si, h) {
                return one(e, true, head_display);
            }
        }
    }
    // 9. An unnamed person or institution: the side whose capital or name is
    //    the subject of the reported content (`… said Dhaka had lodged a
    //    protest`) when the previous speaker is in another paragraph; else
    //    the previous speaker's side.
    let apposition_is_noun_phrase = comma.is_some_and(|c| {
        !s.tokens
            .get(c + 1)
            .is_some_and(|t| t.is_any(&["which", "who", "whose", "speaking", "citing", "quoted"]))
    });
    let words_to = if apposition_is_noun_phrase {
        to
    } else {
        head_end
    };
    let all_words: Vec<String> = s.tokens[from..words_to]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text.to_ascii_lowercase())
        .collect();
    let personish = all_words.iter().any(|w| PERSON_HEADS.contains(&w.as_str()))
        || (possessive_pronoun && lower_words.len() >= 2)
        || lower_words.iter().any(|w| {
            matches!(
                w.as_str(),
                "source"
                    | "sources"
                    | "officials"
                    | "statement"
                    | "media"
                    | "television"
                    | "broadcaster"
                    | "tv"
                    | "col"
                    | "gen"
                    | "lt"
                    | "maj"
                    | "brig"
                    | "capt"
                    | "adm"
                    | "cmdr"
            )
        });
    if personish {
        let prev = found.last().filter(|f| recent(f));
        let same_paragraph = prev.is_some_and(|f| sents[f.sent].para == s.para);
        if !same_paragraph {
            if let Some(e) = content_subject(s, cue_end) {
                register(people, e);
                return one(e, true, full_display);
            }
        }
        if let Some(prev) = prev {
            let several = found
                .iter()
                .rev()
                .take_while(|f| f.sent == prev.sent)
                .count()
                > 1;
            if !several {
                register(people, prev.entity);
                return one(prev.entity, true, full_display);
            }
        }
        if let Some(e) = sentence_subject(s, from) {
            register(people, e);
            return one(e, true, full_display);
        }
    }
    Resolved::Parties(Vec::new())
}

/// The country named (not by a demonym) as the first words of the sentence,
/// when the speaker comes later: `Bangladesh summoned …, the foreign
/// ministry said`.
fn sentence_subject(s: &Sent<'_>, before: usize) -> Option<EntityId> {
    let e = s.entity.first().copied().flatten()?;
    if before == 0 {
        return None;
    }
    let demonym = gazetteer()
        .mentions(s.words(0, 1))
        .first()
        .is_some_and(|m| m.form == crate::knowledge::FormKind::Demonym);
    (!demonym).then_some(e)
}

/// The country named (not by a demonym) as the subject right after a cue:
/// `… said Dhaka had lodged a protest`.
fn content_subject(s: &Sent<'_>, cue_end: usize) -> Option<EntityId> {
    let mut k = cue_end;
    if s.tokens.get(k).is_some_and(|t| t.is("that")) {
        k += 1;
    }
    let e = s.entity.get(k).copied().flatten()?;
    let mut end = k;
    while end < s.tokens.len() && s.entity[end] == Some(e) {
        end += 1;
    }
    let mention = gazetteer().mentions(s.words(k, end));
    let by_name = mention
        .first()
        .is_some_and(|m| m.form != crate::knowledge::FormKind::Demonym);
    let verb_follows = s.tokens.get(end).is_some_and(|t| {
        t.is_any(&[
            "had", "has", "have", "would", "will", "was", "is", "held", "lodged", "remained",
            "wanted", "wants", "did",
        ])
    });
    (by_name && verb_follows).then_some(e)
}

/// The entity owning the most recent `X's … head` phrase in the few
/// sentences up to `upto` (an index into `sents`).
fn last_owner_of(sents: &[Sent<'_>], upto: usize, head: &str) -> Option<EntityId> {
    let from = upto.saturating_sub(12);
    for s in sents[from..=upto.min(sents.len() - 1)].iter().rev() {
        for (k, t) in s.tokens.iter().enumerate().rev() {
            if t.text.eq_ignore_ascii_case(head) {
                let w = k.saturating_sub(4);
                if let Some(e) = (w..k).rev().find_map(|q| s.entity[q]) {
                    return Some(e);
                }
            }
        }
    }
    None
}

fn strip_article(s: &str) -> &str {
    for a in ["The ", "the "] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest;
        }
    }
    s
}

/// A speaker as shown on the card: a capital first letter ("acting
/// President X" → "Acting President X").
fn display_speaker(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.push(c.to_ascii_uppercase());
    }
    out.push_str(chars.as_str());
    out
}

fn resolve_whose(
    w: Whose<EntityId>,
    claimant: EntityId,
    belligerents: &[EntityId],
) -> Option<EntityId> {
    let other = |e: EntityId| -> Option<EntityId> {
        if belligerents.len() == 2 && belligerents.contains(&e) {
            belligerents.iter().copied().find(|&b| b != e)
        } else {
            None
        }
    };
    match w {
        Whose::Of(e) => Some(e),
        Whose::OtherThan(e) => other(e),
        Whose::Speaker => Some(claimant),
        Whose::Enemy => other(claimant),
        Whose::Both => None,
        Whose::Unknown => belligerents.contains(&claimant).then_some(claimant),
    }
}

fn context_figures(
    g: &Gazetteer,
    s: &Sent<'_>,
    party_id: &dyn Fn(EntityId) -> String,
) -> Vec<CasualtyFigure> {
    let entity_at = |k: usize| -> Option<EntityId> {
        s.entity
            .get(k)
            .copied()
            .flatten()
            .filter(|e| g.entity(*e).kind == EntityKind::Country)
    };
    figures::find(&s.tokens, &entity_at, None)
        .into_iter()
        .map(|f| CasualtyFigure {
            subject: match f.whose {
                Whose::Of(e) => party_id(e),
                _ => String::new(),
            },
            kind: f.kind.to_string(),
            value: f.value,
            qualifier: f.qualifier.map(str::to_string),
            group: f.group,
        })
        .collect()
}

/// Quoted passages of a sentence as paragraph character spans.
fn quote_spans(s: &Sent<'_>, para: &str) -> Vec<Span> {
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

/// Is this day the day a statement was made: right after the cue (`said on
/// Wednesday`, `said in a statement on Wednesday`) or a sentence-opening
/// `On Tuesday,` directly before the speaker (`On Tuesday, the ministry
/// said`, but not `On Tuesday, the Guards struck what Tehran said were …`)?
fn is_statement_date(s: &Sent<'_>, d: &DayRef, cue: (usize, usize)) -> bool {
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
fn claim_date<'s>(s: &'s Sent<'_>, cue: (usize, usize)) -> (Option<&'s DayRef>, Option<String>) {
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

fn day_phrase(s: &Sent<'_>, d: &DayRef) -> String {
    let mut text = s.words(d.first, d.last);
    if let Some(stripped) = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("\u{2019}s"))
    {
        text = stripped;
    }
    text.to_string()
}

fn topic_of(s: &Sent<'_>, has_figures: bool) -> Topic {
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

fn event_kind(s: &Sent<'_>, is_claim: bool) -> &'static str {
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

/// Roles of the entities: two belligerents, mediators and third parties.
fn decide_roles(
    g: &Gazetteer,
    sents: &[Sent<'_>],
    found: &[Found],
    first_body: usize,
) -> Vec<(EntityId, Role)> {
    // Mediators: entities named with mediation words in incident sentences.
    let mut mediators: Vec<EntityId> = Vec::new();
    for s in sents.iter().filter(|s| !s.context) {
        for (k, t) in s.tokens.iter().enumerate() {
            let hosted_talks = t.is("hosted")
                && k >= 1
                && s.tokens[k.saturating_sub(2)..k]
                    .iter()
                    .any(|p| p.is_any(&["talks", "meeting", "negotiations", "meetings"]));
            // "a ceasefire proposal put forward by X", "X's truce plan".
            let ceasefire_proposal = t.is_any(&["proposal", "proposed", "initiative", "plan"])
                && s.tokens[k.saturating_sub(3)..k]
                    .iter()
                    .any(|p| p.is_any(&["ceasefire", "truce", "peace", "cease-fire"]));
            let cue = t.kind == Kind::Word
                && (starts_with_ci(t.text, "mediat")
                    || starts_with_ci(t.text, "broker")
                    || t.is("facilitated")
                    || hosted_talks
                    || ceasefire_proposal);
            if !cue {
                continue;
            }
            // "X-brokered" / "X-mediated": the entity right before the hyphen.
            if k >= 2 && s.tokens[k - 1].kind == Kind::Hyphen {
                if let Some(e) = s.entity[k - 2] {
                    push_unique(&mut mediators, e);
                    continue;
                }
            }
            // "mediation by X", "brokered by X and Y", "mediation efforts of X".
            let by = (k + 1..(k + 4).min(s.tokens.len()))
                .take_while(|&q| s.tokens[q].kind == Kind::Word)
                .find(|&q| s.tokens[q].is_any(&["by", "of", "from"]));
            if let Some(q) = by {
                let end = (q + 12).min(s.tokens.len());
                let mut r = q + 1;
                let mut any = false;
                let mut possessive_pronoun = false;
                while r < end {
                    let tk = &s.tokens[r];
                    if tk.kind == Kind::Punct && tk.text != "," && tk.text != "."
                        || tk.is_any(&["to", "that", "which", "after", "on", "in", "between"])
                    {
                        break;
                    }
                    possessive_pronoun |= tk.is_any(&["its", "their"]);
                    if let Some(e) = s.entity[r] {
                        push_unique(&mut mediators, e);
                        any = true;
                        while r < end && s.entity[r] == Some(e) {
                            r += 1;
                        }
                        continue;
                    }
                    r += 1;
                }
                // "following mediation by its head of mission": the subject's.
                if !any && possessive_pronoun {
                    if let Some(e) = s.entity[..k].iter().flatten().next() {
                        push_unique(&mut mediators, *e);
                    }
                }
                continue;
            }
            // "X mediated", "X, which has acted as a mediator", "Russian
            // mediation": the nearest entity before, within the clause.
            let from = k.saturating_sub(14);
            let mut q = k;
            while q > from {
                q -= 1;
                let tk = &s.tokens[q];
                if tk.is_punct(";") || tk.kind == Kind::Quote {
                    break;
                }
                if let Some(e) = s.entity[q] {
                    let noun =
                        starts_with_ci(t.text, "mediation") || starts_with_ci(t.text, "mediator");
                    if !noun
                        || k - q <= 3
                        || s.tokens[q + 1..k]
                            .iter()
                            .any(|t| t.is_any(&["who", "which", "as"]))
                    {
                        push_unique(&mut mediators, e);
                    }
                    break;
                }
            }
        }
    }

    // Belligerent scores.
    let mut score: Vec<(EntityId, i32, usize)> = Vec::new(); // entity, score, first position
    let mut pos = 0usize;
    for (si, s) in sents.iter().enumerate() {
        if s.context {
            continue;
        }
        let weight = if si == 0 {
            3
        } else if si < first_body {
            2
        } else {
            1
        };
        let military = [
            "forces",
            "troops",
            "soldiers",
            "soldier",
            "army",
            "military",
            "servicemen",
            "serviceman",
            "guards",
            "border",
            "positions",
            "posts",
            "side",
            "defence",
            "defense",
            "armed",
            "troop",
            "fighters",
            "territory",
            "villages",
            "shelling",
            "drones",
            "artillery",
            "gunfire",
            "outpost",
            "outposts",
        ];
        let mut k = 0;
        while k < s.tokens.len() {
            let Some(e) = s.entity[k] else {
                k += 1;
                continue;
            };
            if g.entity(e).kind != EntityKind::Country {
                k += 1;
                continue;
            }
            let mut end = k + 1;
            while end < s.tokens.len() && s.entity[end] == Some(e) {
                end += 1;
            }
            let mut w = weight;
            let near = s.tokens[end..(end + 3).min(s.tokens.len())]
                .iter()
                .any(|t| t.is_any(&military));
            if near {
                w += 3;
            }
            let before = &s.tokens[k.saturating_sub(3)..k];
            if before
                .iter()
                .any(|t| t.is("with") || t.is("between") || t.is("against") || t.is("on") && false)
            {
                w += 2;
            }
            pos += 1;
            match score.iter_mut().find(|(x, _, _)| *x == e) {
                Some(entry) => entry.1 += w,
                None => score.push((e, w, pos)),
            }
            k = end;
        }
    }
    for f in found {
        let s = &sents[f.sent];
        let calls_both = s.has_word(&["both", "restraint", "de-escalate", "sides", "parties"]);
        if let Some(entry) = score.iter_mut().find(|(x, _, _)| *x == f.entity) {
            if calls_both {
                entry.1 -= 4;
            } else {
                entry.1 += 2;
            }
        }
    }
    for m in &mediators {
        if let Some(entry) = score.iter_mut().find(|(x, _, _)| x == m) {
            entry.1 -= 12;
        }
    }
    let mut ranked: Vec<(EntityId, i32, usize)> =
        score.into_iter().filter(|(_, sc, _)| *sc > 0).collect();
    crate::text::sort_by(&mut ranked, &|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let mut belligerents: Vec<(EntityId, usize)> =
        ranked.iter().take(2).map(|&(e, _, p)| (e, p)).collect();
    crate::text::sort_by(&mut belligerents, &|a, b| a.1.cmp(&b.1));

    let mut roles: Vec<(EntityId, Role)> = belligerents
        .iter()
        .map(|&(e, _)| (e, Role::Belligerent))
        .collect();
    for m in mediators {
        if !roles.iter().any(|(e, _)| *e == m) {
            roles.push((m, Role::Mediator));
        }
    }
    for f in found {
        if !roles.iter().any(|(e, _)| *e == f.entity) {
            roles.push((f.entity, Role::ThirdParty));
        }
    }
    roles
}

fn push_unique(v: &mut Vec<EntityId>, e: EntityId) {
    if !v.contains(&e) {
        v.push(e);
    }
}

/// Word beginnings of accusations (topic `responsibility`).
const RESPONSIBILITY_WORDS: &[&str] = &[
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
const SITUATION_WORDS: &[&str] = &[
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
const CEASEFIRE_WORDS: &[&str] = &["ceasefire", "cease-fire", "truce"];
/// A mediation event.
const MEDIATION_WORDS: &[&str] = &["mediat", "broker"];
/// A clash event on the timeline.
const EVENT_CLASH_WORDS: &[&str] = &[
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
const KIND_CLASH_WORDS: &[&str] = &["clash", "skirmish", "firefight", "fighting", "exchange"];
const KIND_SHELLING_WORDS: &[&str] = &["shelling", "shell"];
const KIND_STRIKE_WORDS: &[&str] = &["airstrike", "air strike", "drone"];
const KIND_ATTACK_WORDS: &[&str] = &["attack"];

/// The prefixes of [`PREFIX_LISTS`] by first letter, with their list's bit.
fn prefix_index() -> &'static [Vec<(&'static str, u32)>; 26] {
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
const PREFIX_LISTS: [&[&str]; 10] = [
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

const CLASH_WORDS: &[&str] = &[
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

/// The day of the clash: the earliest day named for an event (not the day a
/// statement was made) in incident sentences about fighting, headline and
/// standfirst included, within two weeks before publication; else the
/// earliest day named anywhere in the incident; else the publication date.
fn incident_date(
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

const PLACE_NOUNS: &[&str] = &[
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

/// Places named as where it happened: `in the Kalbajar and Lachin border
/// regions`, `in Batken province`, `the village of X`.
fn find_places(sents: &[Sent<'_>]) -> Vec<String> {
    let mut strong: Vec<String> = Vec::new();
    let mut weak: Vec<String> = Vec::new();
    for s in sents.iter().filter(|s| !s.context) {
        let t = &s.tokens;
        for k in 0..t.len() {
            if !t[k].is_any(PLACE_NOUNS) {
                continue;
            }
            // Capitalised names before the noun: "Kalbajar and Lachin border regions".
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
                } else {
                    break;
                }
            }
            let mut cur = String::new();
            for q in b..a {
                if t[q].is("and") || t[q].is_punct(",") {
                    if !cur.is_empty() {
                        names.push(s.words(q - cur.split(' ').count(), q));
                    }
                    cur.clear();
                    continue;
                }
                if !cur.is_empty() {
                    cur.push(' ');
                }
                cur.push_str(t[q].text);
            }
            if !cur.is_empty() {
                names.push(s.words(a - cur.split(' ').count(), a));
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

fn incident_kind(sents: &[Sent<'_>]) -> &'static str {
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
