//! Casualty figures: a number of people, a kind of loss (killed, wounded,
//! captured, missing), an optional qualifier (`at least`) and whose people
//! they are. Whose they are comes from the words around the number — a
//! demonym (`one Armenian soldier`), a possessive pronoun of the speaker
//! (`its soldiers`), `enemy`, the agent of a passive (`captured by X forces`:
//! the captured are the other side), the subject of an active verb (`X forces
//! killed three soldiers`), or the figure before it in a coordination
//! (`Three soldiers died and five more were wounded`).

use super::numbers::number_at;
use super::tokens::{Kind, Token};

/// Who a figure is about, before it is resolved to a party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose<E> {
    /// Named: this entity's people.
    Of(E),
    /// The people of the side other than this entity (enemy of the speaker,
    /// or the victims of this agent).
    OtherThan(E),
    /// The speaker's own people (`its soldiers`, `our servicemen`).
    Speaker,
    /// The speaker's enemy (`enemy fighters`).
    Enemy,
    /// Both sides together: not attributable to one party.
    Both,
    /// The same number on each side (`one person on each side`).
    Each,
    /// Nothing said.
    Unknown,
}

/// A figure found in a sentence, its owner not yet resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawFigure<E> {
    /// `killed`, `wounded`, `captured` or `missing`.
    pub kind: &'static str,
    /// How many.
    pub value: u64,
    /// `at least`, `more than`, `about`, `up to`, `nearly`.
    pub qualifier: Option<&'static str>,
    /// The people noun as written.
    pub group: Option<String>,
    /// Whose people.
    pub whose: Whose<E>,
    /// Token index of the number.
    pub at: usize,
}

/// Nouns for people a casualty figure may count.
pub const PEOPLE: &[&str] = &[
    "soldier",
    "soldiers",
    "serviceman",
    "servicemen",
    "servicemember",
    "servicemembers",
    "troops",
    "troop",
    "people",
    "person",
    "persons",
    "civilian",
    "civilians",
    "militant",
    "militants",
    "fighter",
    "fighters",
    "guard",
    "guards",
    "guardsmen",
    "personnel",
    "officer",
    "officers",
    "policeman",
    "policemen",
    "police",
    "member",
    "members",
    "resident",
    "residents",
    "villager",
    "villagers",
    "child",
    "children",
    "woman",
    "women",
    "men",
    "man",
    "others",
    "rebel",
    "rebels",
    "insurgent",
    "insurgents",
    "combatant",
    "combatants",
    "sailor",
    "sailors",
    "pilot",
    "pilots",
    "worker",
    "workers",
    "farmer",
    "farmers",
    "citizen",
    "citizens",
    "national",
    "nationals",
    "terrorist",
    "terrorists",
    "attacker",
    "attackers",
    "gunman",
    "gunmen",
    "assailant",
    "assailants",
    "infantrymen",
    "paratroopers",
    "commandos",
    "conscripts",
    "conscript",
    "reservists",
    "volunteers",
    "herders",
    "shepherds",
    "fishermen",
    "peacekeepers",
    "peacekeeper",
    "troopers",
    "marines",
    "individuals",
    "servicepeople",
    "forces",
    "girls",
    "boys",
    "girl",
    "boy",
    "infants",
    "babies",
    "teenagers",
    "students",
    "pupils",
    "worshippers",
    "passengers",
    "miners",
    "traders",
    "smugglers",
    "labourers",
    "laborers",
    "guardsman",
    "crew",
    "tourists",
    "migrants",
    "refugees",
    "journalists",
    "staff",
    "employees",
    "militiamen",
    "policemen",
    "officials",
    "inhabitants",
    "locals",
    "relatives",
    "family",
    "sentries",
];

/// Kinds of loss and the words that say them.
const KIND_WORDS: &[(&str, &str)] = &[
    ("killed", "killed"),
    ("died", "killed"),
    ("succumbed", "killed"),
    ("dead", "killed"),
    ("dies", "killed"),
    ("die", "killed"),
    ("slain", "killed"),
    ("martyred", "killed"),
    ("deaths", "killed"),
    ("fatalities", "killed"),
    ("wounded", "wounded"),
    ("injured", "wounded"),
    ("hurt", "wounded"),
    ("injuries", "wounded"),
    ("captured", "captured"),
    ("detained", "captured"),
    ("abducted", "captured"),
    ("kidnapped", "captured"),
    ("arrested", "captured"),
    ("seized", "captured"),
    ("missing", "missing"),
];

/// Active verb forms before a number: "killing 24", "wounded three".
const ACTIVE: &[(&str, &str)] = &[
    ("lost", "killed"),
    ("loses", "killed"),
    ("losing", "killed"),
    ("killed", "killed"),
    ("killing", "killed"),
    ("kill", "killed"),
    ("wounded", "wounded"),
    ("wounding", "wounded"),
    ("injured", "wounded"),
    ("injuring", "wounded"),
    ("captured", "captured"),
    ("capturing", "captured"),
    ("detained", "captured"),
    ("detaining", "captured"),
    ("abducted", "captured"),
    ("seized", "captured"),
];

const UNITS_NOT_PEOPLE: &[&str] = &[
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "percent",
    "per",
    "hours",
    "hour",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "minutes",
    "minute",
    "times",
    "villages",
    "settlements",
    "cities",
    "towns",
    "homes",
    "houses",
    "tanks",
    "drones",
    "rockets",
    "shells",
    "missiles",
    "mortar",
    "dollars",
    "million",
    "billion",
    "square",
    "hectares",
    "positions",
    "posts",
    "points",
    "sq",
    "am",
    "pm",
    "o'clock",
    "gmt",
    "vehicles",
    "buildings",
    "aircraft",
];

fn kind_word(t: &Token<'_>) -> Option<&'static str> {
    if t.kind != Kind::Word {
        return None;
    }
    KIND_WORDS
        .iter()
        .find(|(w, _)| t.text.eq_ignore_ascii_case(w))
        .map(|&(_, k)| k)
}

fn qualifier_before(tokens: &[Token<'_>], i: usize) -> Option<&'static str> {
    let w = |k: usize| tokens.get(k).filter(|_| k < i);
    let one = i.checked_sub(1).and_then(w);
    let two = i.checked_sub(2).and_then(w);
    let three = i.checked_sub(3).and_then(w);
    if let (Some(a), Some(b)) = (two, one) {
        if a.is("at") && b.is("least") {
            return Some("at least");
        }
        if a.is("more") && b.is("than") {
            return Some("more than");
        }
        if a.is("up") && b.is("to") {
            return Some("up to");
        }
        if a.is("close") && b.is("to") {
            return Some("nearly");
        }
    }
    if let (Some(a), Some(b), Some(c)) = (three, two, one) {
        if a.is("as") && b.is("many") && c.is("as") {
            return Some("up to");
        }
    }
    let b = one?;
    if b.is("about")
        || b.is("around")
        || b.is("approximately")
        || b.is("roughly")
        || b.is("some")
        || b.is("an") && false
    {
        return Some("about");
    }
    if b.is("over") {
        return Some("more than");
    }
    if b.is("nearly") || b.is("almost") {
        return Some("nearly");
    }
    None
}

/// Words allowed between a people noun and its loss (`were lightly injured`).
const BETWEEN_NP_AND_KIND: &[&str] = &[
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "being",
    "are",
    "is",
    "reportedly",
    "also",
    "later",
    "all",
    "more",
    "got",
    "remain",
    "remained",
    "still",
    "now",
    "feared",
    "believed",
    "confirmed",
    "reported",
    "left",
    "lightly",
    "slightly",
    "seriously",
    "critically",
    "severely",
    "badly",
    "fatally",
    "mortally",
    "gravely",
    "allegedly",
    "subsequently",
    "since",
    "then",
    "initially",
    "apparently",
];

/// People nouns that are the other side by definition (`two of the attackers`).
const HOSTILE: &[&str] = &[
    "attackers",
    "attacker",
    "assailants",
    "assailant",
    "intruders",
    "intruder",
    "infiltrators",
    "infiltrator",
    "raiders",
    "raider",
    "aggressors",
];

/// Finds casualty figures in a sentence. `entity_at(i)` names the entity a
/// token belongs to (a demonym or country name), if any; `speaker` is the
/// token range of the speaker phrase, which is never a figure's subject;
/// `within` limits the search to the part of the sentence a claim states.
pub fn find<E: Copy + PartialEq>(
    tokens: &[Token<'_>],
    entity_at: &dyn Fn(usize) -> Option<E>,
    speaker: Option<(usize, usize)>,
) -> Vec<RawFigure<E>> {
    find_within(tokens, entity_at, speaker, (0, tokens.len()))
}

/// [`find`] limited to the token range `within`.
pub fn find_within<E: Copy + PartialEq>(
    tokens: &[Token<'_>],
    entity_at: &dyn Fn(usize) -> Option<E>,
    speaker: Option<(usize, usize)>,
    within: (usize, usize),
) -> Vec<RawFigure<E>> {
    let mut out: Vec<RawFigure<E>> = Vec::new();
    // Where the previous figure's phrase ended, and whether its kind came from
    // an active verb ("killing three soldiers and wounding five").
    let mut prev_end = usize::MAX;
    let mut pending: Option<RawFigure<E>> = None;
    let in_speaker = |k: usize| speaker.is_some_and(|(a, b)| k >= a && k < b);
    let mut i = within.0;
    let limit = within.1.min(tokens.len());
    while i < limit {
        if in_speaker(i) {
            i += 1;
            continue;
        }
        let Some((value, after)) = number_at(tokens, i) else {
            i += 1;
            continue;
        };
        // Not a count of people: compound adjectives (`six-week`), dates,
        // years, units.
        let prev = i.checked_sub(1).map(|k| &tokens[k]);
        let next = tokens.get(after);
        let is_hyphenated = next.is_some_and(|n| n.kind == Kind::Hyphen)
            || prev.is_some_and(|p| p.kind == Kind::Hyphen);
        let after_month = prev
            .is_some_and(|p| crate::date::month_from_name(p.text).is_some() && p.is_capitalised());
        let is_unit = next.is_some_and(|n| n.is_any(UNITS_NOT_PEOPLE) || n.text == "%");
        let is_year = tokens[i].kind == Kind::Number
            && tokens[i].text.len() == 4
            && (1800..=2200).contains(&value);
        let before_month = next
            .is_some_and(|n| crate::date::month_from_name(n.text).is_some() && n.is_capitalised());
        // "one of the reasons" is not a count; "one of its soldiers" is.
        let one_of = tokens[i].is("one")
            && next.is_some_and(|n| n.is("of"))
            && !tokens.get(after + 1).is_some_and(|t| {
                t.is_any(&["its", "their", "our", "his", "her"])
                    || (t.is("the")
                        && tokens
                            .get(after + 2)
                            .is_some_and(|p| p.has(super::lexicon::PEOPLE)))
            });
        if is_hyphenated || after_month || is_unit || is_year || before_month || one_of {
            i = after;
            continue;
        }
        let qualifier = qualifier_before(tokens, i);
        let coordinated = prev_end != usize::MAX
            && i >= 1
            && (tokens[i - 1].is("and")
                || tokens[i - 1].is_punct(",")
                || tokens[i - 1].is("while"))
            && prev_end + 2 >= i;

        // Noun phrase after the number: [of its|of the] [more|other] [adjectives/demonyms] PEOPLE
        let mut group = None;
        let mut whose = Whose::Unknown;
        let mut np_start = after;
        if tokens.get(after).is_some_and(|t| t.is("of")) {
            match tokens.get(after + 1) {
                Some(t) if t.is_any(&["its", "our", "their", "his", "her"]) => {
                    whose = Whose::Speaker;
                    np_start = after + 2;
                }
                Some(t) if t.is("them") => {
                    whose = Whose::Enemy;
                    np_start = after + 2;
                }
                Some(t) if t.is("the") || t.is("those") => np_start = after + 2,
                _ => {}
            }
        }
        // A quotation closed right after the number: killed "more than 40"
        // Indian soldiers.
        if tokens.get(np_start).is_some_and(|t| t.kind == Kind::Quote) && tokens[i].quoted {
            np_start += 1;
        }
        let mut np_end = np_start;
        let mut k = np_start;
        while k < tokens.len() && k < np_start + 5 {
            let t = &tokens[k];
            if t.kind != Kind::Word && t.kind != Kind::Hyphen {
                break;
            }
            let stop_word = t.is_any(&[
                "were", "was", "have", "has", "had", "are", "is", "and", "in", "on", "by", "from",
                "during", "at", "when", "after", "of", "who", "that", "with",
            ]);
            if (kind_word(t).is_some() && !t.is("dead")) || stop_word {
                break;
            }
            if let Some(e) = entity_at(k) {
                whose = Whose::Of(e);
                // A people noun that is itself a name: "13 Armenians",
                // "200 Taliban".
                let next_is_word = tokens.get(k + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && (n.has(super::lexicon::PEOPLE) || entity_at(k + 1).is_some())
                });
                if !next_is_word && t.text.ends_with(['s', 'n']) {
                    np_end = k + 1;
                }
            } else if t.is("enemy") || t.is("opposing") || t.is_any(HOSTILE) {
                whose = Whose::Enemy;
            }
            if t.has(super::lexicon::PEOPLE) || t.is_any(HOSTILE) {
                group = Some(t.text.to_string());
                np_end = k + 1;
            }
            if t.is("dead") {
                break;
            }
            k += 1;
        }
        let mut j = if group.is_some() || np_end > np_start {
            np_end
        } else {
            after
        };
        // "200 Taliban and \"affiliated terrorists\" were killed": a second
        // noun phrase joined by "and" shares the verb.
        if tokens.get(j).is_some_and(|t| t.is("and")) {
            let end = (j + 7).min(tokens.len());
            if let Some(v) = (j + 1..end)
                .take_while(|&q| number_at(tokens, q).is_none() && !tokens[q].is_punct(","))
                .find(|&q| tokens[q].is_any(&["were", "was", "have", "has", "had"]))
            {
                j = v;
            }
        }
        if group.is_none()
            && tokens
                .get(after)
                .is_some_and(|t| t.is("more") || t.is("others") || t.is("other"))
        {
            j = after + 1;
        }
        if let Some(p) = prev {
            if p.is_any(&["its", "our", "their"]) {
                whose = Whose::Speaker;
            }
        }

        // An apposition between the phrase and its verb: "three soldiers,
        // including a commanding officer, were killed", "one civilian,
        // 76-year-old Aziz Azizov, was also killed".
        if tokens.get(j).is_some_and(|t| t.is_punct(",")) {
            // The comma that closes the apposition is the one before a verb.
            let end = (j + 20).min(tokens.len());
            let close = (j + 1..end)
                .take_while(|&q| !tokens[q].is_punct(";") && tokens[q].kind != Kind::Quote)
                .find(|&q| {
                    tokens[q].is_punct(",")
                        && tokens.get(q + 1).is_some_and(|n| {
                            n.is_any(&["were", "was", "have", "has", "had", "are", "is"])
                        })
                });
            if let Some(c) = close {
                j = c + 1;
            }
        }
        // Whose losses, said before the number: "the Taliban's own losses at
        // nine dead", "put its losses at …".
        if whose == Whose::Unknown {
            let from = i.saturating_sub(8);
            for q in (from..i).rev() {
                let t = &tokens[q];
                if t.is_punct(",") || t.is_punct(";") {
                    break;
                }
                if t.is_any(&["losses", "casualties", "toll", "dead"]) {
                    let back = q.saturating_sub(4);
                    if tokens[back..q]
                        .iter()
                        .any(|b| b.is_any(&["own", "its", "our", "their"]))
                    {
                        whose = Whose::Speaker;
                    }
                    if let Some(e) = (back..q).rev().find_map(|r| entity_at(r)) {
                        whose = Whose::Of(e);
                    }
                    break;
                }
            }
        }
        // The kind: after the phrase (passive, adjective, "suffered injuries") …
        let mut kind = None;
        let mut m = j;
        let mut hops = 0;
        while m < tokens.len() && hops < 6 {
            let t = &tokens[m];
            if let Some(k) = kind_word(t) {
                kind = Some(k);
                break;
            }
            let next_is = |list: &[&str]| tokens.get(m + 1).is_some_and(|n| n.is_any(list));
            // "Three civilians were among the dead"
            if t.is("among") && next_is(&["the"]) {
                if let Some(k) = tokens.get(m + 2).and_then(kind_word) {
                    kind = Some(k);
                    m += 2;
                    break;
                }
            }
            if t.is("taken")
                && next_is(&["prisoner", "prisoners", "captive", "hostage", "hostages"])
            {
                kind = Some("captured");
                break;
            }
            if t.is("lost") && next_is(&["their", "his", "her"]) {
                kind = Some("killed");
                break;
            }
            if t.is_any(&["suffered", "sustained", "received"]) {
                let window = &tokens[m + 1..(m + 4).min(tokens.len())];
                if window
                    .iter()
                    .any(|w| w.is_any(&["injuries", "wounds", "injury", "wound"]))
                {
                    kind = Some("wounded");
                    break;
                }
            }
            if !t.is_any(BETWEEN_NP_AND_KIND) {
                break;
            }
            m += 1;
            hops += 1;
        }
        // "17 troops who were critically injured … have succumbed to their
        // injuries": past the relative clause, the last loss named is the
        // main verb's.
        if kind.is_none() && tokens.get(j).is_some_and(|t| t.is_any(&["who", "that"])) {
            let end = (j + 32).min(tokens.len());
            let mut q = j + 1;
            while q < end {
                let t = &tokens[q];
                if t.is_punct(",") || t.is_punct(";") || t.is_punct(".") || t.kind == Kind::Quote {
                    break;
                }
                if let Some(k) =
                    kind_word(t).filter(|_| !t.is_any(&["injuries", "deaths", "fatalities"]))
                {
                    kind = Some(k);
                    m = q;
                }
                q += 1;
            }
        }
        let mut kind_at = m;
        // … or an active verb before the number: "killing 24", "X forces killed three".
        let mut active_subject: Option<Whose<E>> = None;
        let mut active = false;
        if kind.is_none() {
            let mut b = i;
            if let Some(q) = qualifier {
                b = b.saturating_sub(
                    if q == "at least"
                        || q == "more than"
                        || q == "up to"
                        || q == "nearly" && tokens[i - 1].is("to")
                    {
                        2
                    } else {
                        1
                    },
                );
            }
            while b > 0 && tokens[b - 1].kind == Kind::Quote {
                b -= 1;
            }
            if b > 0 {
                let v = &tokens[b - 1];
                // "seized seven rifles": a count of things, not people.
                let things = group.is_none()
                    && tokens.get(after).is_some_and(|t| {
                        t.kind == Kind::Word
                            && !t.is_capitalised()
                            && !t.has(super::lexicon::PEOPLE)
                            && kind_word(t).is_none()
                            && entity_at(after).is_none()
                            && !t.is_any(&[
                                "of",
                                "more",
                                "others",
                                "other",
                                "and",
                                "in",
                                "on",
                                "at",
                                "during",
                                "as",
                                "while",
                                "when",
                                "near",
                                "after",
                                "before",
                                "including",
                                "across",
                                "along",
                                "from",
                                "by",
                                "since",
                                "over",
                                "throughout",
                                "within",
                                "inside",
                                "into",
                                "under",
                                "among",
                                "amid",
                                "following",
                                "with",
                                "without",
                                "last",
                                "this",
                                "the",
                                "a",
                                "an",
                                "according",
                                "so",
                                "but",
                                "or",
                                "there",
                                "overnight",
                                "yesterday",
                                "today",
                            ])
                    });
                if let Some(&(_, k)) = ACTIVE.iter().find(|(w, _)| v.is(w)).filter(|_| !things) {
                    kind = Some(k);
                    kind_at = b - 1;
                    active = true;
                    let verb = b - 1;
                    let joined = verb > 0
                        && (tokens[verb - 1].is("and") || tokens[verb - 1].is_punct(","))
                        && prev_end != usize::MAX
                        && prev_end + 2 >= verb;
                    // "killing three soldiers and wounding five": one agent.
                    active_subject = match (joined, out.last()) {
                        (true, Some(p)) => Some(p.whose),
                        _ => clause_subject(tokens, verb, entity_at),
                    };
                    // "India lost 20 soldiers": the subject's own people.
                    if v.is("lost") || v.is("loses") || v.is("losing") {
                        active_subject = active_subject.map(|w| match w {
                            Whose::OtherThan(e) => Whose::Of(e),
                            Whose::Enemy => Whose::Speaker,
                            other => other,
                        });
                    }
                }
            }
            // "the death toll rose to 24", "the death toll among its
            // servicemen had risen to 50": "death toll" earlier in the clause.
            if kind.is_none() {
                let mut q = b;
                while q > 0 {
                    let t = &tokens[q - 1];
                    if t.is_punct(",") || t.is_punct(";") || t.kind == Kind::Quote {
                        break;
                    }
                    // "revised its toll to two": a toll counts the dead.
                    let own_toll = t.is("toll")
                        && q >= 2
                        && tokens[q - 2].is_any(&["its", "the", "their", "our"]);
                    let total_killed = own_toll
                        || t.is("total")
                            && tokens[q..b]
                                .iter()
                                .any(|c| c.is_any(&["killed", "dead", "died"]));
                    if (t.is("toll") && q >= 2 && tokens[q - 2].is("death")) || total_killed {
                        kind = Some("killed");
                        let clause = &tokens[q..b];
                        if clause.iter().any(|c| c.is_any(&["its", "our", "their"])) {
                            whose = Whose::Speaker;
                        }
                        if let Some(e) = (q..b).find_map(|r| entity_at(r)) {
                            whose = Whose::Of(e);
                        }
                        break;
                    }
                    q -= 1;
                }
            }
        }
        // "killing three soldiers and wounding five" / "24 killed and 87 wounded"
        // are caught above; "nine soldiers and three civilians" after an active
        // verb share its kind.
        if kind.is_none() && coordinated {
            if let Some(p) = out.last() {
                kind = Some(p.kind);
            }
        }
        let Some(kind) = kind else {
            // "one Afghan border guard and one Iranian soldier had been
            // killed": the first phrase waits for the shared predicate.
            let and_number =
                tokens.get(j).is_some_and(|t| t.is("and")) && number_at(tokens, j + 1).is_some();
            pending = and_number.then(|| RawFigure {
                kind: "",
                value,
                qualifier,
                group: group.clone(),
                whose,
                at: i,
            });
            i = after;
            continue;
        };
        if let Some(mut p) = pending.take() {
            if !active && i > p.at {
                p.kind = kind;
                out.push(p);
            }
        }

        if whose == Whose::Unknown {
            if let Some(a) = active_subject {
                whose = a;
            }
        }
        // Passive agent "captured by X forces" → the other side.
        if whose == Whose::Unknown && !active && kind_at >= j {
            let q = kind_at + 1;
            if tokens.get(q).is_some_and(|t| t.is("by")) {
                let end = (q + 5).min(tokens.len());
                for r in q + 1..end {
                    if let Some(e) = entity_at(r) {
                        whose = Whose::OtherThan(e);
                        break;
                    }
                }
            }
        }
        // "on both sides", "on the Armenian side"
        if let Some(w) = side_phrase(tokens, kind_at + 1, entity_at) {
            whose = w;
        }
        // Coordination: "… and 10 more were wounded" inherits the previous
        // figure's owner and people noun.
        if let Some(p) = out.last() {
            if whose == Whose::Unknown && (coordinated || !active) {
                whose = p.whose;
            }
            // The noun carries over when it agrees in number: "Seven
            // soldiers died and five more" (soldiers), but not "one soldier
            // was killed, 13 were captured" (not "13 soldier").
            if group.is_none() && (p.value == 1) == (value == 1) {
                group = p.group.clone();
            }
        }
        out.push(RawFigure {
            kind,
            value,
            qualifier,
            group,
            whose,
            at: i,
        });
        prev_end = j.max(after).max(if kind_at < tokens.len() && kind_at > i {
            kind_at + 1
        } else {
            after
        });
        i = after;
    }
    out
}

/// The subject of the clause an active casualty verb belongs to: the first
/// entity or pronoun after the clause's start (a comma, `that`, a cue).
fn clause_subject<E: Copy>(
    tokens: &[Token<'_>],
    verb: usize,
    entity_at: &dyn Fn(usize) -> Option<E>,
) -> Option<Whose<E>> {
    if verb == 0 || tokens[verb - 1].is_punct(",") {
        return None;
    }
    let mut start = verb;
    while start > 0 {
        let t = &tokens[start - 1];
        if t.is_punct(",")
            || t.is_punct(";")
            || t.kind == Kind::Quote
            || t.is("that")
            || t.has(super::lexicon::CUE) && !t.is_capitalised()
        {
            break;
        }
        start -= 1;
    }
    for q in start..verb {
        if let Some(e) = entity_at(q) {
            return Some(Whose::OtherThan(e));
        }
        if tokens[q].is_any(&["it", "we", "its", "our", "they", "their"]) {
            return Some(Whose::Enemy);
        }
    }
    None
}

fn side_phrase<E: Copy>(
    tokens: &[Token<'_>],
    from: usize,
    entity_at: &dyn Fn(usize) -> Option<E>,
) -> Option<Whose<E>> {
    let end = (from + 6).min(tokens.len());
    for k in from..end {
        let t = &tokens[k];
        if t.kind == Kind::Punct {
            return None;
        }
        if (t.is("both") || t.is("either")) && tokens.get(k + 1).is_some_and(|n| n.is("sides")) {
            return Some(Whose::Both);
        }
        if t.is("each") && tokens.get(k + 1).is_some_and(|n| n.is("side")) {
            return Some(Whose::Each);
        }
        if t.is("side") && k > 0 {
            if let Some(e) = entity_at(k - 1) {
                return Some(Whose::Of(e));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Entities by demonym for the tests: 1 = Armenia, 2 = Azerbaijan.
    fn ent<'a>(tokens: &'a [Token<'a>]) -> impl Fn(usize) -> Option<u8> + 'a {
        move |k| match tokens[k].text {
            "Armenian" | "Armenia" => Some(1),
            "Azerbaijani" | "Azerbaijan" => Some(2),
            _ => None,
        }
    }

    fn figs(
        s: &str,
    ) -> Vec<(
        &'static str,
        u64,
        Option<&'static str>,
        Whose<u8>,
        Option<String>,
    )> {
        let t = tokenize(s);
        let e = ent(&t);
        find(&t, &e, None)
            .into_iter()
            .map(|f| (f.kind, f.value, f.qualifier, f.whose, f.group))
            .collect()
    }

    #[test]
    fn coordinated_clauses_share_their_owner() {
        assert_eq!(
            figs("Nine guardsmen died and 12 more were wounded in the clashes."),
            [
                ("killed", 9, None, Whose::Unknown, Some("guardsmen".into())),
                (
                    "wounded",
                    12,
                    None,
                    Whose::Unknown,
                    Some("guardsmen".into())
                ),
            ]
        );
        assert_eq!(
            figs("one Armenian soldier was killed, 13 were captured by Azerbaijani forces and 24 more servicemen were missing."),
            [
                ("killed", 1, None, Whose::Of(1), Some("soldier".into())),
                ("captured", 13, None, Whose::OtherThan(2), None),
                ("missing", 24, None, Whose::OtherThan(2), Some("servicemen".into())),
            ]
        );
    }

    #[test]
    fn qualifiers_active_verbs_and_adjectives() {
        assert_eq!(
            figs("At least seven Azerbaijani soldiers were killed."),
            [(
                "killed",
                7,
                Some("at least"),
                Whose::Of(2),
                Some("soldiers".into())
            )]
        );
        assert_eq!(
            figs("Armenian forces killed three Azerbaijani troops."),
            [("killed", 3, None, Whose::Of(2), Some("troops".into()))]
        );
        assert_eq!(
            figs("The army said it had killed about 30 enemy fighters."),
            [(
                "killed",
                30,
                Some("about"),
                Whose::Enemy,
                Some("fighters".into())
            )]
        );
        assert_eq!(
            figs("24 people were killed and 87 wounded."),
            [
                ("killed", 24, None, Whose::Unknown, Some("people".into())),
                ("wounded", 87, None, Whose::Unknown, Some("people".into())),
            ]
        );
        assert_eq!(
            figs("The fighting left more than 12,500 dead on both sides."),
            [("killed", 12500, Some("more than"), Whose::Both, None)]
        );
    }

    #[test]
    fn numbers_that_are_not_people() {
        assert!(figs(
            "The 817-kilometre border saw a six-week war in 2020 that destroyed 300 villages."
        )
        .is_empty());
        assert!(figs("On November 17 talks began.").is_empty());
    }

    #[test]
    fn wire_phrasings_of_losses() {
        assert_eq!(
            figs("Three civilians were among the dead."),
            [("killed", 3, None, Whose::Unknown, Some("civilians".into()))]
        );
        assert_eq!(
            figs("Armenia lost 20 soldiers in the clash."),
            [("killed", 20, None, Whose::Of(1), Some("soldiers".into()))]
        );
        assert_eq!(
            figs("It said it had killed \"more than 40\" Azerbaijani soldiers."),
            [(
                "killed",
                40,
                Some("more than"),
                Whose::Of(2),
                Some("soldiers".into())
            )]
        );
    }
}
