//! Claim extraction: from a parsed article to the `incident-card/1` dataset.
//!
//! The pipeline, in order: sentences → tokens and gazetteer mentions → people
//! introduced with a title (`Kyrgyz President Sadyr Japarov`, later
//! `Japarov`) → attributions and their parties (with `It said` / `the
//! ministry said` resolved to earlier speakers) → the two belligerents, the
//! mediator and the third parties → casualty figures → dates, timeline and
//! background context → the incident's date and places.
//!
//! Every rule is about news language in general (reporting verbs, the
//! gazetteer of states and organisations), never about one article.

pub mod attribution;
pub mod dates;
pub mod figures;
mod incident;
pub mod lexicon;
pub mod numbers;
mod roles;
pub mod segment;
mod sentence;
mod speakers;
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
use incident::*;
use roles::*;
use sentence::*;
use speakers::*;
use tokens::{Kind, Token};

/// Most claims one article may produce.
pub const MAX_CLAIMS: usize = 5_000;

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
        for sp in segment::split(para) {
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
        // A dataset holds at most MAX_CLAIMS claims (the dataset reader's limit).
        if claims.len() >= MAX_CLAIMS {
            break;
        }
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
                // "one person on each side": the figure once for each belligerent.
                let subjects: Vec<EntityId> = if raw.whose == Whose::Each {
                    belligerents.clone()
                } else {
                    resolve_whose(raw.whose, f.entity, &belligerents)
                        .into_iter()
                        .collect()
                };
                for subject in subjects {
                    if !roles.iter().any(|(e, _)| *e == subject) {
                        continue;
                    }
                    let fig = CasualtyFigure {
                        subject: party_id(subject),
                        kind: raw.kind.to_string(),
                        value: raw.value,
                        qualifier: raw.qualifier.map(str::to_string),
                        group: raw.group.clone(),
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
        Whose::Both | Whose::Each => None,
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
