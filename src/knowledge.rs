//! The gazetteer: every UN member state (plus observers and disputed
//! entities) and the main international organisations, with the names,
//! demonyms and capitals an article may use for them. The knowledge lives in
//! `data/knowledge/*.tsv`; this module only loads it and finds mentions.

use std::sync::OnceLock;

// `data/knowledge/*.tsv` compiled by `build.rs`: the entities in table order,
// and every form already sorted for the matcher.
const ENTITIES: &str = include_str!(concat!(env!("OUT_DIR"), "/entities.txt"));
const FORMS: &str = include_str!(concat!(env!("OUT_DIR"), "/forms.txt"));

/// Whether an entity is a state or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    /// A country (or disputed state).
    Country,
    /// An international organisation.
    Organisation,
}

/// A country or organisation from the tables.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Common English short name.
    pub name: &'static str,
    /// Country or organisation.
    pub kind: EntityKind,
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// The name or an alias (`Armenia`, `Republic of Armenia`, `UN`).
    Name,
    /// An adjective or people noun (`Armenian`, `Armenians`).
    Demonym,
    /// The capital standing for the government (`Yerevan`).
    Capital,
    /// A person who speaks for it (`Sadyr Japarov`, later `Japarov`).
    Person,
}

/// Index of an entity in the gazetteer.
pub type EntityId = u16;

/// A mention of an entity in a text, byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// The entity.
    pub entity: EntityId,
    /// How it was named.
    pub form: FormKind,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
}

struct Form {
    text: &'static str,
    /// The form's first word: the lookup key.
    key: &'static str,
    entity: EntityId,
    kind: FormKind,
}

/// The loaded tables.
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// Forms sorted by their first word, longest first within a word.
    forms: Vec<Form>,
}

/// The gazetteer, loaded once.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::load)
}

fn first_word(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let entities = ENTITIES
            .lines()
            .map(|l| {
                let (kind, name) = l.split_once('\t').unwrap_or(("C", l));
                Entity {
                    name,
                    kind: if kind == "O" {
                        EntityKind::Organisation
                    } else {
                        EntityKind::Country
                    },
                }
            })
            .collect();
        let forms = FORMS
            .lines()
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let text = cols.next()?;
                let entity = cols.next()?.parse().ok()?;
                let kind = match cols.next()? {
                    "D" => FormKind::Demonym,
                    "C" => FormKind::Capital,
                    "P" => FormKind::Person,
                    _ => FormKind::Name,
                };
                Some(Form {
                    text,
                    key: first_word(text),
                    entity,
                    kind,
                })
            })
            .collect();
        Gazetteer { entities, forms }
    }

    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[usize::from(id)]
    }

    /// Number of entities of a kind.
    pub fn count(&self, kind: EntityKind) -> usize {
        self.entities.iter().filter(|e| e.kind == kind).count()
    }

    /// The entity whose name or alias is exactly `name`.
    pub fn lookup(&self, name: &str) -> Option<EntityId> {
        let key = first_word(name);
        self.candidates(key)
            .iter()
            .find(|f| f.text == name && f.kind == FormKind::Name)
            .map(|f| f.entity)
    }

    /// The entity with this common name.
    pub fn by_name(&self, name: &str) -> Option<EntityId> {
        self.entities
            .iter()
            .position(|e| e.name == name)
            .map(|i| i as EntityId)
    }

    fn candidates(&self, key: &str) -> &[Form] {
        let lo = self.forms.partition_point(|f| f.key < key);
        let hi = lo + self.forms[lo..].partition_point(|f| f.key <= key);
        &self.forms[lo..hi]
    }

    /// Every mention in `text`, left to right, longest match first, no overlaps.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut prev_alnum = false;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII fast path: only an uppercase letter after a non-word
            // character can start a mention.
            if b.is_ascii() {
                if b.is_ascii_uppercase() && !prev_alnum {
                    if let Some(m) = self.match_at(text, i) {
                        out.push(m);
                        i = m.end;
                        prev_alnum = true;
                        continue;
                    }
                }
                prev_alnum = b.is_ascii_alphanumeric();
                i += 1;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_uppercase() && !prev_alnum {
                if let Some(m) = self.match_at(text, i) {
                    out.push(m);
                    i = m.end;
                    prev_alnum = true;
                    continue;
                }
            }
            prev_alnum = crate::text::is_word_char(c);
            i += c.len_utf8();
        }
        out
    }

    /// The longest form that starts at byte `i` and ends at a word boundary.
    pub fn match_at(&self, text: &str, i: usize) -> Option<Mention> {
        let rest = &text[i..];
        let key = first_word(rest);
        for f in self.candidates(key) {
            if rest.starts_with(f.text) {
                let end = i + f.text.len();
                let boundary = text[end..]
                    .chars()
                    .next()
                    .is_none_or(|n| !crate::text::is_word_char(n));
                if boundary {
                    return Some(Mention {
                        entity: f.entity,
                        form: f.kind,
                        start: i,
                        end,
                    });
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_every_un_member_and_the_main_organisations() {
        let g = gazetteer();
        assert!(g.count(EntityKind::Country) >= 195);
        for org in [
            "United Nations",
            "European Union",
            "NATO",
            "OSCE",
            "CSTO",
            "ASEAN",
        ] {
            assert!(g.by_name(org).is_some(), "{org} missing");
        }
        assert!(g.by_name("African Union").is_some());
    }

    #[test]
    fn finds_names_demonyms_capitals_and_possessives() {
        let g = gazetteer();
        let text = "Armenia's forces and Azerbaijani troops; Baku said the U.S. and the EU agree.";
        let names: Vec<(&str, FormKind)> = g
            .mentions(text)
            .iter()
            .map(|m| (g.entity(m.entity).name, m.form))
            .collect();
        assert_eq!(
            names,
            [
                ("Armenia", FormKind::Name),
                ("Azerbaijan", FormKind::Demonym),
                ("Azerbaijan", FormKind::Capital),
                ("United States", FormKind::Name),
                ("European Union", FormKind::Name),
            ]
        );
    }

    #[test]
    fn officials_stand_for_their_country() {
        let g = gazetteer();
        let ms = g.mentions("Prime Minister Narendra Modi said, and Lavrov agreed.");
        let names: Vec<(&str, FormKind)> = ms
            .iter()
            .map(|m| (g.entity(m.entity).name, m.form))
            .collect();
        assert_eq!(
            names,
            [("India", FormKind::Person), ("Russia", FormKind::Person)]
        );
    }

    #[test]
    fn prefers_the_longest_form_and_word_boundaries() {
        let g = gazetteer();
        let ms = g.mentions("South Sudanese and Sudanese forces; Indiana is not India.");
        let names: Vec<&str> = ms.iter().map(|m| g.entity(m.entity).name).collect();
        assert_eq!(names, ["South Sudan", "Sudan", "India"]);
    }
}
