//! Folding text so that identifiers match however they are written.
//!
//! "Nguyễn Thị Hương", "nguyen thi huong", "NGUYEN-THI-HUONG" and full-width "Ｎｇｕｙｅｎ" all
//! fold to the same tokens: compatibility-normalised (NFKC: full-width to half-width),
//! decomposed with combining marks removed (diacritics), `đ` read as `d`, lower-cased, and every
//! run of punctuation or spaces read as one space. A `Folded` view remembers, for each of its
//! bytes, which bytes of the original it came from, so a match can be replaced in the original.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// A folded view of a text with a map back to the original.
pub(crate) struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the original byte range of the character it came from.
    pub origin: Vec<(usize, usize)>,
}

impl Folded {
    /// The original byte range covered by `text[start..end]`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.origin[start].0, self.origin[end - 1].1)
    }
}

/// Folds one character: compatibility form, no diacritics, `đ` as `d`, lower case.
fn fold_char(c: char, out: &mut impl FnMut(char)) {
    // ASCII is its own NFKC and NFD form, with no combining marks: skip the normaliser (most of
    // an export's text is ASCII, and this is its hottest loop).
    if c.is_ascii() {
        out(c.to_ascii_lowercase());
        return;
    }
    for k in std::iter::once(c).nfkc() {
        for d in std::iter::once(k).nfd() {
            if is_combining_mark(d) {
                continue;
            }
            let d = match d {
                'đ' | 'Đ' | 'ð' | 'Ð' => 'd',
                other => other,
            };
            for l in d.to_lowercase() {
                out(l);
            }
        }
    }
}

/// The token view: folded, with every run of non-alphanumeric characters as one space.
pub(crate) fn fold(s: &str) -> Folded {
    let mut text = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    let mut pending_space: Option<(usize, usize)> = None;
    for (i, c) in s.char_indices() {
        let range = (i, i + c.len_utf8());
        fold_char(c, &mut |f| {
            if f.is_alphanumeric() {
                if let Some(r) = pending_space.take() {
                    if !text.is_empty() {
                        text.push(' ');
                        origin.push(r);
                    }
                }
                let mut buf = [0u8; 4];
                let n = f.encode_utf8(&mut buf).len();
                text.push(f);
                origin.extend(std::iter::repeat_n(range, n));
            } else if pending_space.is_none() {
                pending_space = Some(range);
            }
        });
    }
    Folded { text, origin }
}

/// The folded form of a value, for comparing and hashing (`"Nguyễn  Thị-Hương"` → `"nguyen thi huong"`).
pub fn fold_key(s: &str) -> String {
    fold(s).text
}

/// The width view: compatibility-normalised only (full-width digits and letters become ASCII),
/// punctuation kept, for the pattern detectors.
pub(crate) fn width_fold(s: &str) -> Folded {
    let mut text = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        let range = (i, i + c.len_utf8());
        if c.is_ascii() {
            text.push(c);
            origin.push(range);
            continue;
        }
        for k in std::iter::once(c).nfkc() {
            let mut buf = [0u8; 4];
            let n = k.encode_utf8(&mut buf).len();
            text.push(k);
            origin.extend(std::iter::repeat_n(range, n));
        }
    }
    Folded { text, origin }
}

/// Whether a character belongs to a script written without spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_case_width_and_punctuation_fold_away() {
        assert_eq!(fold_key("Nguyễn Thị Hương"), "nguyen thi huong");
        assert_eq!(fold_key("NGUYEN-THI  HUONG"), "nguyen thi huong");
        assert_eq!(fold_key("Ｎｇｕｙｅｎ　Ｔｈｉ"), "nguyen thi");
        assert_eq!(fold_key("Đặng Thị Thu"), "dang thi thu");
        assert_eq!(fold_key("０９３６－２１４－５８７"), "0936 214 587");
        assert_eq!(fold_key("王志明 (Mr. Wang)"), "王志明 mr wang");
    }

    #[test]
    fn folded_ranges_map_back_to_the_original() {
        let s = "Chị Hương đi";
        let f = fold(s);
        let at = f.text.find("huong").unwrap();
        let (a, b) = f.original_range(at, at + "huong".len());
        assert_eq!(&s[a..b], "Hương");
    }
}
