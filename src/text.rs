//! Small text helpers shared by the parser, the extractor and the renderers.
//! They exist so that hot paths need neither `format!` nor the integer
//! formatting machinery, which are large in WebAssembly.

/// Appends the decimal digits of `n` to `out`.
pub fn push_usize(out: &mut String, n: usize) {
    push_u64(out, n as u64);
}

/// Appends the decimal digits of `n` to `out`.
pub fn push_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(b as char);
    }
}

/// Decimal string of `n`.
pub fn u64_string(n: u64) -> String {
    let mut s = String::new();
    push_u64(&mut s, n);
    s
}

/// Appends `n` with thousands separators (`12,500`).
pub fn push_grouped(out: &mut String, n: u64) {
    let digits = u64_string(n);
    let len = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
}

/// Byte offset of the `char_idx`-th character of `s` (or `s.len()` past the end).
pub fn byte_offset(s: &str, char_idx: usize) -> usize {
    s.char_indices()
        .nth(char_idx)
        .map(|(b, _)| b)
        .unwrap_or(s.len())
}

/// Number of characters (Unicode scalar values) in `s[..byte]`.
pub fn char_offset(s: &str, byte: usize) -> usize {
    s.get(..byte).map(|p| p.chars().count()).unwrap_or(0)
}

/// The substring between two character offsets, if they are in range and ordered.
pub fn char_slice(s: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let count = s.chars().count();
    if end > count {
        return None;
    }
    let b0 = byte_offset(s, start);
    let b1 = byte_offset(s, end);
    s.get(b0..b1)
}

/// Appends `s` to `out` with the five HTML-significant characters escaped.
/// Safe in text content and in double-quoted attribute values.
pub fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// A letter or an ASCII digit: a character inside a word. (Unlike
/// `char::is_alphanumeric` this needs no Unicode digit table in the wasm.)
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphabetic())
}

/// True for straight and typographic double quotes.
pub fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

/// Turns a name into an id: lowercase ASCII letters and digits joined by `-`.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        // Apostrophes and dots join ("Côte d'Ivoire" -> "cote-divoire", "U.S." -> "us").
        if matches!(c, '\'' | '\u{2019}' | '.') {
            continue;
        }
        let c = if c.is_ascii() { c } else { fold_diacritic(c) };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

fn fold_diacritic(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        _ => '\0',
    }
}

/// The URL with WHATWG preprocessing applied (leading and trailing C0 controls
/// and spaces stripped, tabs and newlines removed) if its scheme is `http` or
/// `https`; `None` for every other scheme (`javascript:`, `data:` …) and for
/// relative URLs. The DOM layer additionally parses it with the browser's URL
/// parser before it becomes an `href`.
pub fn http_url(url: &str) -> Option<String> {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    let cleaned: String = trimmed
        .chars()
        .filter(|&c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !valid {
        return None;
    }
    if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
        let rest = &cleaned[colon + 1..];
        if rest.trim_start_matches(['/', '\\']).is_empty() {
            return None;
        }
        Some(cleaned)
    } else {
        None
    }
}

/// A stable sort that is compiled once for every element type: a merge
/// sort of indices with a `dyn` comparison, then one permutation. Each
/// `slice::sort_by` call site would otherwise add its own copy of the
/// standard library's sort to the wasm.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> std::cmp::Ordering) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let order = sorted_indices(n, &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    for i in order {
        if let Some(x) = slots.get_mut(i).and_then(Option::take) {
            v.push(x);
        }
    }
}

/// Indices `0..n` in the order `cmp` says, stable (bottom-up merge sort).
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b: Vec<usize> = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if cmp(a[j], a[i]) == std::cmp::Ordering::Less {
                    b[k] = a[j];
                    j += 1;
                } else {
                    b[k] = a[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                b[k] = a[i];
                i += 1;
                k += 1;
            }
            while j < end {
                b[k] = a[j];
                j += 1;
                k += 1;
            }
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_without_format() {
        let mut s = String::new();
        push_u64(&mut s, 0);
        s.push(' ');
        push_u64(&mut s, 18_446_744_073_709_551_615);
        assert_eq!(s, "0 18446744073709551615");
        let mut g = String::new();
        push_grouped(&mut g, 12500);
        assert_eq!(g, "12,500");
        let mut g = String::new();
        push_grouped(&mut g, 1_234_567);
        assert_eq!(g, "1,234,567");
    }

    #[test]
    fn char_offsets_count_unicode_scalars() {
        let s = "a “quoted” word";
        assert_eq!(char_slice(s, 2, 10), Some("“quoted”"));
        assert_eq!(char_offset(s, s.find("word").unwrap()), 11);
        assert_eq!(char_slice(s, 3, 100), None);
    }

    #[test]
    fn escaping_covers_markup_and_quotes() {
        let mut s = String::new();
        push_escaped(&mut s, "<img src=x onerror=\"a('1')\">&");
        assert_eq!(
            s,
            "&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;"
        );
    }

    #[test]
    fn slugs_are_ascii_ids() {
        assert_eq!(slug("United States"), "united-states");
        assert_eq!(slug("Côte d'Ivoire"), "cote-divoire");
        assert_eq!(slug("Türkiye"), "turkiye");
        assert_eq!(slug("U.S."), "us");
    }

    #[test]
    fn only_http_and_https_urls_pass() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{0}javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "blob:https://example.com/1",
            "file:///etc/passwd",
            "/relative",
            "//host/path",
            "https://",
            "",
        ] {
            assert_eq!(http_url(bad), None, "{bad:?}");
        }
        assert_eq!(
            http_url(" https://www.trtworld.com/a\tb "),
            Some("https://www.trtworld.com/ab".into())
        );
        assert!(http_url("HTTP://example.com").is_some());
    }

    #[test]
    fn sort_by_is_stable() {
        let mut v: Vec<(u8, char)> = vec![
            (3, 'a'),
            (1, 'b'),
            (3, 'c'),
            (2, 'd'),
            (1, 'e'),
            (0, 'f'),
            (3, 'g'),
        ];
        sort_by(&mut v, &|x, y| x.0.cmp(&y.0));
        assert_eq!(
            v,
            [
                (0, 'f'),
                (1, 'b'),
                (1, 'e'),
                (2, 'd'),
                (3, 'a'),
                (3, 'c'),
                (3, 'g')
            ]
        );
        let mut big: Vec<u32> = (0..1000).map(|i| (i * 7919) % 1000).collect();
        sort_by(&mut big, &|x, y| x.cmp(y));
        assert!(big.windows(2).all(|w| w[0] <= w[1]));
    }
}
