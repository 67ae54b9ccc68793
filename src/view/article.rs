//! The article view: the article's own text, where provenance is shown. The
//! source sentence of a claim, event or background item is a `<mark>`, with
//! the speaker and the reporting verb marked inside it; a banner says whose
//! sentence it is and offers the way back.

use super::claims::{split_spans, vh};
use super::Ctx;
use crate::app::Source;
use crate::markup::El;
use crate::model::{Dataset, Span};
use crate::text::char_offset;

/// Where a source sentence is: paragraph and character offsets, with the
/// speaker and cue spans when it is a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRange {
    /// Index into `article.paragraphs`.
    pub paragraph: usize,
    /// The sentence, paragraph character offsets.
    pub sentence: Span,
    /// Who speaks, if known.
    pub speaker: Option<Span>,
    /// The reporting verb, if known.
    pub cue: Option<Span>,
}

/// The sentence a source points at, if the dataset has it.
pub fn source_range(data: &Dataset, src: &Source) -> Option<SourceRange> {
    match src {
        Source::Claim(id) => {
            let c = data.claim(id)?;
            data.article.paragraphs.get(c.paragraph)?;
            Some(SourceRange {
                paragraph: c.paragraph,
                sentence: Span {
                    start: c.start,
                    end: c.end,
                },
                speaker: c.speaker_span,
                cue: c.cue,
            })
        }
        Source::Event(i) => {
            let ev = data.timeline.get(*i)?;
            if let Some(r) = ev
                .claim
                .as_deref()
                .and_then(|c| source_range(data, &Source::Claim(c.to_string())))
            {
                return Some(r);
            }
            let para = data.article.paragraphs.get(ev.paragraph)?;
            let sentence = match para.find(ev.text.as_str()) {
                Some(b) => {
                    let start = char_offset(para, b);
                    Span {
                        start,
                        end: start + ev.text.chars().count(),
                    }
                }
                None => Span {
                    start: 0,
                    end: para.chars().count(),
                },
            };
            Some(SourceRange {
                paragraph: ev.paragraph,
                sentence,
                speaker: None,
                cue: None,
            })
        }
        Source::Context(i) => {
            let c = data.context.get(*i)?;
            data.article.paragraphs.get(c.paragraph)?;
            Some(SourceRange {
                paragraph: c.paragraph,
                sentence: Span {
                    start: c.start,
                    end: c.end,
                },
                speaker: None,
                cue: None,
            })
        }
    }
}

/// The article panel's body.
pub(super) fn article(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let d = ctx.data;
    let source = ctx.state.source.as_ref();
    let range = source.and_then(|src| source_range(d, src));
    let mut body = El::new("div");
    if !ctx.static_html {
        body = body.child(banner(ctx, source, range.is_some()));
    }
    let mut text = El::new("div").class("ic-art");
    if let Some(dl) = d.article.dateline.as_deref().filter(|x| !x.is_empty()) {
        text = text.child(
            El::new("p")
                .class("ic-art-dateline")
                .attr("dir", "auto")
                .text(dl.to_string()),
        );
    }
    if !d.article.standfirst.is_empty() {
        text = text.child(
            El::new("p")
                .class("ic-art-lead")
                .attr("dir", "auto")
                .text(d.article.standfirst.clone()),
        );
    }
    for (i, p) in d.article.paragraphs.iter().enumerate() {
        let mut id = String::from("p-");
        crate::text::push_usize(&mut id, i);
        let mut el = El::new("p").attr("id", ctx.id(&id)).attr("dir", "auto");
        match range.as_ref().filter(|r| r.paragraph == i) {
            Some(r) => {
                for (piece, hit) in split_spans(p, 0, &[r.sentence]) {
                    el = match hit {
                        Some(_) => el.child(marked(ctx, piece, r)),
                        None => el.text(piece.to_string()),
                    };
                }
            }
            None => el = el.text(p.clone()),
        }
        text = text.child(el);
    }
    let src = d.article.source.as_deref().filter(|x| !x.is_empty());
    // The only place data becomes an `href`: an http(s) URL (checked here and
    // again by the browser's URL parser in `dom::safe_link`), with a constant `rel`.
    let link = d.article.url.as_deref().and_then(crate::text::http_url);
    if src.is_some() || link.is_some() {
        let mut foot = El::new("p").class("ic-art-source");
        if let Some(src) = src {
            let mut t = String::from(s.source);
            t.push_str(src);
            foot = foot.text(t);
        }
        if let Some(url) = link {
            if src.is_some() {
                foot = foot.text(" ");
            }
            foot = foot.child(
                El::new("a")
                    .attr("href", url)
                    .attr("rel", "noopener noreferrer")
                    .text(s.original_article),
            );
        }
        text = text.child(foot);
    }
    if ctx.static_html {
        return body.child(
            El::new("details")
                .class("ic-art-details")
                .child(El::new("summary").text(s.article_text))
                .child(text),
        );
    }
    body.child(text)
}

/// The source sentence: `<mark>` with the speaker and the cue marked inside.
fn marked(ctx: &Ctx<'_>, sentence: &str, r: &SourceRange) -> El {
    let mut spans: Vec<Span> = Vec::new();
    let mut classes: Vec<&'static str> = Vec::new();
    if let Some(sp) = r.speaker {
        spans.push(sp);
        classes.push("ic-hl-speaker");
    }
    if let Some(c) = r.cue {
        spans.push(c);
        classes.push("ic-hl-cue");
    }
    let mut mark = El::new("mark")
        .class("ic-hl")
        .attr("id", ctx.id("mark"))
        .attr("tabindex", "-1");
    for (piece, hit) in split_spans(sentence, r.sentence.start, &spans) {
        mark = match hit {
            Some(k) => mark.child(El::new("span").class(classes[k]).text(piece.to_string())),
            None => mark.text(piece.to_string()),
        };
    }
    mark
}

/// What the highlighted sentence is, the legend of the marks, and the way back.
fn banner(ctx: &Ctx<'_>, source: Option<&Source>, found: bool) -> El {
    let s = ctx.s();
    let Some(src) = source.filter(|_| found) else {
        return El::new("div")
            .class("ic-prov ic-prov-idle")
            .child(El::new("p").class("ic-note").text(s.article_hint));
    };
    let mut what = El::new("p").class("ic-prov-what");
    match src {
        Source::Claim(id) => {
            let speaker = ctx
                .data
                .claim(id)
                .map(|c| c.speaker.clone())
                .unwrap_or_default();
            what = what
                .text(s.prov_claim)
                .child(El::new("strong").attr("dir", "auto").text(speaker));
        }
        Source::Event(_) => what = what.text(s.prov_event),
        Source::Context(_) => what = what.text(s.prov_context),
    }
    let mut legend = El::new("p")
        .class("ic-prov-legend")
        .child(vh(String::from(s.legend_label)))
        .child(
            El::new("span")
                .class("ic-key ic-key-hl")
                .text(s.legend_sentence),
        );
    if matches!(src, Source::Claim(_)) {
        legend = legend
            .child(
                El::new("span")
                    .class("ic-key ic-hl-speaker")
                    .text(s.legend_speaker),
            )
            .child(El::new("span").class("ic-key ic-hl-cue").text(s.legend_cue));
    }
    let back_to = if ctx.state.return_tab == crate::app::Tab::Article {
        crate::app::Tab::Claims
    } else {
        ctx.state.return_tab
    };
    let mut label = String::from(s.back_before);
    label.push_str(back_to.label(s));
    El::new("div")
        .class("ic-prov")
        .child(what)
        .child(legend)
        .child(
            El::new("button")
                .attr("type", "button")
                .class("ic-btn ic-back")
                .attr("id", ctx.id("back"))
                .attr("data-act", "back")
                .text(label),
        )
}
