//! The card's state machine: every interaction is a [`Msg`]; [`update`] is
//! pure and reports which regions of the card changed, so the DOM layer
//! re-renders only those.

use crate::model::Dataset;

/// What the reader has chosen so far.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    /// Columns shown in reverse dataset order.
    pub swapped: bool,
    /// The article text disclosure is open.
    pub article_open: bool,
    /// What the live region should announce after this change.
    pub announcement: String,
}

/// An interaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// Swap the two columns.
    SwapSides,
    /// Open or close the article text.
    ToggleArticle,
}

impl Msg {
    /// The message a control's `data-act` value stands for.
    pub fn parse(act: &str) -> Option<Msg> {
        match act {
            "swap" => Some(Msg::SwapSides),
            "toggle-article" => Some(Msg::ToggleArticle),
            _ => None,
        }
    }
}

/// Regions of the card that an update touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changes(pub u32);

impl Changes {
    /// Nothing changed.
    pub const NONE: Changes = Changes(0);
    /// The two-column comparison.
    pub const SIDES: Changes = Changes(1);
    /// The article disclosure.
    pub const ARTICLE: Changes = Changes(2);
    /// The live region.
    pub const ANNOUNCE: Changes = Changes(4);

    /// Does this set contain `other`?
    pub fn has(self, other: Changes) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Changes {
    type Output = Changes;
    fn bitor(self, o: Changes) -> Changes {
        Changes(self.0 | o.0)
    }
}

/// Applies a message to the state.
pub fn update(state: &mut State, msg: Msg, data: &Dataset) -> Changes {
    match msg {
        Msg::SwapSides => {
            state.swapped = !state.swapped;
            let b = data.belligerents();
            state.announcement.clear();
            if b.len() == 2 {
                let first = if state.swapped { b[1] } else { b[0] };
                state.announcement.push_str("Columns swapped: ");
                state.announcement.push_str(&first.name);
                state.announcement.push_str(" first.");
            }
            Changes::SIDES | Changes::ANNOUNCE
        }
        Msg::ToggleArticle => {
            state.article_open = !state.article_open;
            state.announcement.clear();
            Changes::ARTICLE
        }
    }
}
