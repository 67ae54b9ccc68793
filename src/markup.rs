//! A tiny element tree: what the view produces and both renderers consume.
//! The DOM layer turns it into nodes with `create_element` + text nodes; the
//! static renderer serialises it to escaped HTML. Tag and attribute names are
//! `&'static str` constants written in this crate; only attribute *values* and
//! text nodes carry data, and text is never parsed as markup.

use crate::text::push_escaped;

/// A node of the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// An element.
    El(El),
    /// A text node.
    Text(String),
}

/// An element with constant tag and attribute names.
///
/// The builder methods are `#[inline(never)]`: the view calls them hundreds
/// of times, and one out-of-line copy each is smaller in the wasm (-6 KB) than
/// inlining their `Vec` pushes at every call site.
#[derive(Debug, Clone, PartialEq)]
pub struct El {
    /// Tag name, lowercase.
    pub tag: &'static str,
    /// Attributes in order.
    pub attrs: Vec<(&'static str, String)>,
    /// Children in order.
    pub children: Vec<Node>,
}

impl El {
    /// A new element.
    #[inline(never)]
    pub fn new(tag: &'static str) -> El {
        El {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Adds an attribute.
    #[inline(never)]
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> El {
        self.attrs.push((name, value.into()));
        self
    }

    /// Adds an attribute if `value` is `Some`.
    pub fn attr_opt(self, name: &'static str, value: Option<impl Into<String>>) -> El {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// Adds a class attribute.
    #[inline(never)]
    pub fn class(self, value: &'static str) -> El {
        self.attr("class", value)
    }

    /// Adds a child element.
    #[inline(never)]
    pub fn child(mut self, el: El) -> El {
        self.children.push(Node::El(el));
        self
    }

    /// Adds a child element if `Some`.
    #[inline(never)]
    pub fn child_opt(mut self, el: Option<El>) -> El {
        if let Some(el) = el {
            self.children.push(Node::El(el));
        }
        self
    }

    /// Adds children.
    pub fn children(mut self, els: impl IntoIterator<Item = El>) -> El {
        self.children.extend(els.into_iter().map(Node::El));
        self
    }

    /// Adds a text node.
    #[inline(never)]
    pub fn text(mut self, text: impl Into<String>) -> El {
        let t = text.into();
        if !t.is_empty() {
            self.children.push(Node::Text(t));
        }
        self
    }

    /// Moves every child of `other` to the end of this element's children.
    pub fn adopt(mut self, other: El) -> El {
        self.children.extend(other.children);
        self
    }

    /// Adds any node.
    pub fn node(mut self, node: Node) -> El {
        self.children.push(node);
        self
    }

    /// The value of an attribute.
    pub fn get_attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// All text below this element, concatenated.
    pub fn text_content(&self) -> String {
        let mut s = String::new();
        collect_text(&self.children, &mut s);
        s
    }

    /// The first element (depth first, self included) whose attribute `name` equals `value`.
    pub fn find(&self, name: &str, value: &str) -> Option<&El> {
        if self.get_attr(name) == Some(value) {
            return Some(self);
        }
        self.children.iter().find_map(|c| match c {
            Node::El(e) => e.find(name, value),
            Node::Text(_) => None,
        })
    }

    /// Every element (depth first, self included) with tag `tag`.
    pub fn find_all_tags<'a>(&'a self, tag: &str, out: &mut Vec<&'a El>) {
        if self.tag == tag {
            out.push(self);
        }
        for c in &self.children {
            if let Node::El(e) = c {
                e.find_all_tags(tag, out);
            }
        }
    }
}

fn collect_text(nodes: &[Node], out: &mut String) {
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::El(e) => collect_text(&e.children, out),
        }
    }
}

/// Is this a tag of the SVG namespace (only the ones this crate writes)?
pub fn is_svg_tag(tag: &str) -> bool {
    matches!(
        tag,
        "svg" | "g" | "rect" | "line" | "text" | "tspan" | "path" | "circle" | "title"
    )
}

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "br" | "hr" | "img" | "meta" | "link" | "input" | "col" | "wbr"
    )
}

/// Serialises the tree to HTML, escaping every text node and attribute value.
pub fn to_html(el: &El, out: &mut String) {
    out.push('<');
    out.push_str(el.tag);
    for (name, value) in &el.attrs {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        push_escaped(out, value);
        out.push('"');
    }
    if is_svg_tag(el.tag) && el.children.is_empty() && el.tag != "svg" {
        out.push_str("/>");
        return;
    }
    out.push('>');
    if is_void(el.tag) {
        return;
    }
    for c in &el.children {
        match c {
            Node::Text(t) => push_escaped(out, t),
            Node::El(e) => to_html(e, out),
        }
    }
    out.push_str("</");
    out.push_str(el.tag);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_text_and_values() {
        let el = El::new("p")
            .attr("title", "\"><script>")
            .text("<b>bold</b> & co");
        let mut s = String::new();
        to_html(&el, &mut s);
        assert_eq!(
            s,
            "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;bold&lt;/b&gt; &amp; co</p>"
        );
    }

    #[test]
    fn finds_by_attribute_and_collects_text() {
        let el = El::new("div")
            .child(El::new("span").attr("id", "a").text("one"))
            .child(El::new("span").attr("id", "b").text("two"));
        assert_eq!(el.find("id", "b").unwrap().text_content(), "two");
        assert_eq!(el.text_content(), "onetwo");
    }
}
