//! HTML escaping for the self-contained reports the core writes (the review report, the
//! analysis codebook): one escaper, so that no report escapes differently from another.

/// `s` escaped for HTML text and attribute values (`&`, `<`, `>`, `"` and `'`).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_special_character_is_escaped() {
        assert_eq!(super::escape(r#"<a href="x">Tom & 'Jerry'</a>"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
        assert_eq!(super::escape("Nguyễn Thị Lan, 日本"), "Nguyễn Thị Lan, 日本");
    }
}
