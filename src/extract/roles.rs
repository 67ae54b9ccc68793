//! Roles: the two belligerents (whose forces clashed), the mediators (who
//! brokered or mediated) and, by elimination, the third parties.

use super::*;

/// Roles of the entities: two belligerents, mediators and third parties.
pub(super) fn decide_roles(
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
            // "offered to host talks"
            let hosting = t.is_any(&["host", "hosting", "hosts"])
                && s.tokens[k + 1..(k + 3).min(s.tokens.len())]
                    .iter()
                    .any(|n| n.is_any(&["talks", "negotiations", "meeting"]));
            let cue = t.kind == Kind::Word
                && (hosting
                    || starts_with_ci(t.text, "mediat")
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
            // "X said it was in contact with both governments and offered to
            // host talks": the host is named further back.
            let from = k.saturating_sub(if hosting { 20 } else { 14 });
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

pub(super) fn push_unique(v: &mut Vec<EntityId>, e: EntityId) {
    if !v.contains(&e) {
        v.push(e);
    }
}
