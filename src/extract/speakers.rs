//! Who speaks: people introduced with a title, and the resolution of a
//! speaker phrase to a party (named, remembered, appositions, `whose`,
//! pronouns and institutions referring back, `both sides`).

use super::*;

/// A person introduced with a title, later named by surname.
pub(super) struct Person {
    pub(super) surname: String,
    pub(super) entity: EntityId,
    /// The phrase that introduced them (`Kyrgyz President Sadyr Japarov`).
    pub(super) intro: String,
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

pub(super) fn is_title_word(t: &Token<'_>) -> bool {
    t.has(lexicon::TITLE) || t.kind == Kind::Punct && t.text == "." || t.kind == Kind::Hyphen
}

/// Finds `Country's Title Firstname Lastname` and `Demonym Title Name` and
/// `Name, Country's title` patterns.
pub(super) fn find_people(s: &Sent<'_>, people: &mut Vec<Person>) {
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

pub(super) fn push_person(people: &mut Vec<Person>, surname: &str, entity: EntityId, intro: &str) {
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
pub(super) const ANAPHORIC_HEADS: &[&str] = &[
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

pub(super) const PRONOUNS: &[&str] = &["it", "he", "she", "they"];

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
pub(super) fn name_words<'a>(s: &Sent<'a>, from: usize, to: usize) -> Vec<&'a str> {
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
pub(super) enum Resolved {
    /// One or more parties; (entity, anaphoric, display).
    Parties(Vec<(EntityId, bool, String)>),
    /// "officials from both sides": each belligerent, known only later.
    BothSides(String),
}

/// Definite nouns for an organisation (`the mission said`, `the alliance`).
pub(super) const ORGANISATION_HEADS: &[&str] = &[
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
pub(super) const SIDELESS: &[&str] = &[
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
pub(super) fn owner_in(s: &Sent<'_>, from: usize, to: usize) -> Option<EntityId> {
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
pub(super) fn resolve_speaker(
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
        // "Gen. Romeo Brawner Jr., chief of the Armed Forces of the
        // Philippines, …": the name before the apposition is the same person.
        if from >= 2 && s.tokens[from - 1].is_punct(",") {
            let mut a = from - 1;
            while a > 0
                && from - 1 - a < 6
                && (s.tokens[a - 1].is_capitalised() || s.tokens[a - 1].is_punct("."))
            {
                a -= 1;
            }
            for w in name_words(s, a, from - 1) {
                push_person(people, w, e, intro);
            }
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
    // 2. A person or acronym named earlier: "Japarov said", "The JCS said".
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
pub(super) fn sentence_subject(s: &Sent<'_>, before: usize) -> Option<EntityId> {
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
pub(super) fn content_subject(s: &Sent<'_>, cue_end: usize) -> Option<EntityId> {
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
pub(super) fn last_owner_of(sents: &[Sent<'_>], upto: usize, head: &str) -> Option<EntityId> {
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

pub(super) fn strip_article(s: &str) -> &str {
    for a in ["The ", "the "] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest;
        }
    }
    s
}

/// A speaker as shown on the card: a capital first letter ("acting
/// President X" → "Acting President X").
pub(super) fn display_speaker(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.push(c.to_ascii_uppercase());
    }
    out.push_str(chars.as_str());
    out
}
