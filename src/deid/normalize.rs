//! Folding text so that identifiers match however they are written.
//!
//! "Nguyễn Thị Hương", "nguyen thi huong", "NGUYEN-THI-HUONG" and full-width "Ｎｇｕｙｅｎ" all
//! fold to the same tokens: compatibility-normalised (NFKC: full-width to half-width),
//! decomposed with combining marks removed (diacritics), `đ` read as `d`, lower-cased, and every
//! run of punctuation or spaces read as one space. A `Folded` view can tell, for each of its
//! bytes, which bytes of the original it came from, so a match can be replaced in the original.
//!
//! This is the hottest code of an export (every free-text string is folded for redaction, every
//! byte of every output file for the leak scan), so: the folded text is built without the map
//! back to the original, which is only made when a match asks for it (most texts have none);
//! ASCII is folded byte by byte; and the fold of every other character below U+3000 is looked up
//! in a table made once instead of running the Unicode normaliser per character.

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// For each byte of a view, where the original character it came from starts (4 bytes per byte
/// rather than a range's 16: texts are far below 4 GiB, bundles are limited to 512 MiB).
type Origin = Vec<u32>;

fn to_u32(i: usize) -> u32 {
    u32::try_from(i).expect("texts folded for matching are smaller than 4 GiB")
}

/// The original byte range covered by view bytes `start..end`, given their origins.
fn range_in(original: &str, origin: &[u32], start: usize, end: usize) -> (usize, usize) {
    let a = origin[start] as usize;
    let last = origin[end - 1] as usize;
    let len = original[last..].chars().next().map_or(0, char::len_utf8);
    (a, last + len)
}

/// A place where folding can be taken up again: the original byte `at` (a character's start)
/// folds from view byte `out` on, and `after_sep` tells whether the view so far ends with a
/// separator's space (or is empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    at: u32,
    out: u32,
    after_sep: bool,
}

/// Original bytes between two [`Mark`]s, about: a match in a long text is mapped back by
/// folding again from the mark before it, at most this far plus the match (a province's name
/// in the leak scan's texts asks this for each: 256 cost four times as much refolding).
const MARK_EVERY: usize = 64;

/// Texts up to this long are mapped back through the whole map, made once (redaction's
/// strings, with their several matches); longer ones (the leak scan's 256 KiB texts, whose
/// whole map cost ~280 ms an export for a few capitalised names in each) from their marks.
const WHOLE_MAP_MAX: usize = 1024;

/// A folded view of a text, with a map back to the original made when a match asks for it.
pub(crate) struct Folded<'a> {
    /// The folded text.
    pub text: String,
    original: &'a str,
    origin: OnceLock<Origin>,
    /// Marks after the first (original 0, view 0, after a separator), every [`MARK_EVERY`]
    /// original bytes or so; empty for short texts.
    marks: Vec<Mark>,
}

impl Folded<'_> {
    /// The original byte range covered by `text[start..end]`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.original.len() > WHOLE_MAP_MAX {
            return self.range_from_marks(start, end);
        }
        let origin = self.origin.get_or_init(|| {
            let mut text = String::new();
            let mut origin = Vec::with_capacity(self.text.len());
            fold_into(self.original, &mut text, Some(&mut origin));
            debug_assert_eq!(text, self.text);
            origin
        });
        range_in(self.original, origin, start, end)
    }

    /// [`Folded::original_range`] by folding again, with origins, from the last mark at or
    /// before `start` until `end`, as [`fold_fast`] folded it.
    fn range_from_marks(&self, start: usize, end: usize) -> (usize, usize) {
        let first = Mark { at: 0, out: 0, after_sep: true };
        let k = self.marks.partition_point(|m| m.out as usize <= start);
        let mark = if k == 0 { first } else { self.marks[k - 1] };
        let (mut o, mut after_sep) = (mark.out as usize, mark.after_sep);
        let (mut a, mut last) = (0u32, 0u32);
        let bytes = self.original.as_bytes();
        let mut i = mark.at as usize;
        while i < bytes.len() {
            let at = to_u32(i);
            let b = bytes[i];
            if b < 0x80 {
                // An ASCII byte as `fold_fast` reads it: one byte out, unless it is a separator
                // after a separator (what `fold_char` and the branches below do, by a table).
                let sep = ASCII_FOLD[usize::from(b)] == 0;
                if !(sep && after_sep) {
                    if o == start {
                        a = at;
                    }
                    if o == end - 1 {
                        last = at;
                    }
                    o += 1;
                }
                after_sep = sep;
                i += 1;
                if o >= end {
                    break;
                }
                continue;
            }
            let c = self.original[i..].chars().next().expect("a character starts here");
            i += c.len_utf8();
            fold_char(c, &mut |f| {
                let n = if f.is_alphanumeric() {
                    after_sep = false;
                    f.len_utf8()
                } else if !after_sep {
                    after_sep = true;
                    1
                } else {
                    0
                };
                if n > 0 {
                    if (o..o + n).contains(&start) {
                        a = at;
                    }
                    if (o..o + n).contains(&(end - 1)) {
                        last = at;
                    }
                    o += n;
                }
            });
            if o >= end {
                break;
            }
        }
        debug_assert!(o >= end, "the view ends before {end}");
        let len = self.original[last as usize..].chars().next().map_or(0, char::len_utf8);
        (a as usize, last as usize + len)
    }
}

/// Folds one character: compatibility form, no diacritics, `đ` as `d`, lower case.
fn fold_char_slow(c: char, out: &mut impl FnMut(char)) {
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

/// Characters below this have their fold and width form in [`table`]: every script of the
/// vault's languages written with letters, and the CJK symbols, kana and full-width forms'
/// first block (the kana fold: `が` loses its voicing mark).
const TABLE_END: u32 = 0x3100;

/// Whether a character is a CJK ideograph of the Unified block or its Extension A: its own
/// NFKC and NFD form, with no case and no combining mark, so it folds to itself and is its own
/// width form, which the normaliser is not asked (`the_table_folds_like_the_normaliser` checks
/// every one of them). Chinese and Japanese text is mostly these.
#[inline]
fn plain_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// What one character folds to, when that is at most three characters.
#[derive(Clone, Copy)]
struct Entry {
    fold: [char; 3],
    /// How many of `fold` are used; `u8::MAX`: more than three, use the slow path.
    fold_len: u8,
    /// Whether the character is its own NFKC form (the width view keeps it as it is).
    width_same: bool,
}

fn table() -> &'static [Entry] {
    static TABLE: OnceLock<Vec<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0..TABLE_END)
            .map(|u| {
                let Some(c) = char::from_u32(u) else {
                    return Entry { fold: ['\0'; 3], fold_len: u8::MAX, width_same: false };
                };
                let mut fold = ['\0'; 3];
                let mut n = 0usize;
                fold_char_slow(c, &mut |f| {
                    if n < 3 {
                        fold[n] = f;
                    }
                    n += 1;
                });
                let width_same = {
                    let mut it = std::iter::once(c).nfkc();
                    it.next() == Some(c) && it.next().is_none()
                };
                Entry { fold, fold_len: if n <= 3 { n as u8 } else { u8::MAX }, width_same }
            })
            .collect()
    })
}

/// Folds one character: compatibility form, no diacritics, `đ` as `d`, lower case.
#[inline]
fn fold_char(c: char, out: &mut impl FnMut(char)) {
    // ASCII is its own NFKC and NFD form, with no combining marks.
    if c.is_ascii() {
        out(c.to_ascii_lowercase());
        return;
    }
    if (c as u32) < TABLE_END {
        let e = &table()[c as usize];
        if e.fold_len != u8::MAX {
            for &f in &e.fold[..usize::from(e.fold_len)] {
                out(f);
            }
            return;
        }
    }
    if plain_ideograph(c) {
        out(c);
        return;
    }
    fold_char_slow(c, out);
}

/// Each ASCII byte's fold: letters and digits lower-cased, anything else 0 (a separator).
/// Bytes from 0x80 (never looked up) are 0 too: 256 entries spare the lookup a bounds check.
pub(crate) static ASCII_FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { 0 };
        b += 1;
    }
    t
};

/// [`ASCII_FOLD`] with a space for every separator: what the fold writes for each ASCII byte,
/// read with no branch and no select (a separator is the byte that comes out as a space).
static ASCII_FOLD_SPACE: [u8; 256] = {
    let mut t = [b' '; 256];
    let mut b = 0;
    while b < 128 {
        if ASCII_FOLD[b] != 0 {
            t[b] = ASCII_FOLD[b];
        }
        b += 1;
    }
    t
};

/// [`fold_into`] without origins: the fold of every text an export matches. Runs of ASCII
/// (nearly all of a bundle) are folded a byte at a time without a branch on the byte (a branch
/// at every word's end is mispredicted at every word's end): each is written through
/// [`ASCII_FOLD_SPACE`], a separator as a space, and the output moves on unless the byte is a
/// separator after a separator, so a run of them leaves one space. Other characters
/// go through [`fold_char`]. A space left at the end is removed.
///
/// Texts longer than [`WHOLE_MAP_MAX`] get a [`Mark`] about every [`MARK_EVERY`] bytes in
/// `marks` (an ASCII run is folded in pieces of that size, carrying `after_sep` over).
fn fold_fast(s: &str, text: &mut String, marks: &mut Vec<Mark>) {
    fold_runs::<false>(s, text, marks, &mut Vec::new());
}

/// [`fold_fast`], and with `ORIGIN` the origin of each byte of the view in `origin` (replacing
/// what it held), written beside each byte in the same loop: a separator's space comes from
/// the first separator of its run, as the byte that moves the output on is the one kept.
/// Without `ORIGIN`, `origin` is not touched and the loop is [`fold_fast`]'s alone.
fn fold_runs<const ORIGIN: bool>(s: &str, text: &mut String, marks: &mut Vec<Mark>, origin: &mut Origin) {
    let mut out = std::mem::take(text).into_bytes();
    out.clear();
    out.reserve(s.len());
    marks.clear();
    if ORIGIN {
        // Every offset below fits in a `u32` once the length does.
        to_u32(s.len());
        origin.clear();
        origin.reserve(s.len());
    }
    let bytes = s.as_bytes();
    let marking = bytes.len() > WHOLE_MAP_MAX;
    let mut next_mark = MARK_EVERY;
    // The output so far ends with a separator's space, or is empty: a separator adds nothing.
    let mut after_sep = true;
    // Where the run of ASCII being folded ends (the next byte outside ASCII, or the end).
    let mut ascii_end = 0;
    let mut i = 0;
    while i < bytes.len() {
        if marking && i >= next_mark {
            marks.push(Mark { at: to_u32(i), out: to_u32(out.len()), after_sep });
            next_mark = i + MARK_EVERY;
        }
        if ascii_end <= i {
            ascii_end = non_ascii(&bytes[i..]).map_or(bytes.len(), |n| i + n);
        }
        let mut run = ascii_end - i;
        if marking {
            run = run.min(MARK_EVERY);
        }
        if run > 0 {
            let start = out.len();
            out.resize(start + run, 0);
            if ORIGIN {
                origin.resize(start + run, 0);
            }
            let dst = &mut out[start..];
            let org = if ORIGIN { &mut origin[start..] } else { &mut [][..] };
            let mut o = 0;
            for (k, &b) in bytes[i..i + run].iter().enumerate() {
                let c = ASCII_FOLD_SPACE[usize::from(b)];
                let sep = c == b' ';
                dst[o] = c;
                if ORIGIN {
                    org[o] = (i + k) as u32;
                }
                o += usize::from(sep & after_sep) ^ 1;
                after_sep = sep;
            }
            out.truncate(start + o);
            if ORIGIN {
                origin.truncate(start + o);
            }
            i += run;
            continue;
        }
        let c = s[i..].chars().next().expect("a character starts here");
        let at = i as u32;
        fold_char(c, &mut |f| {
            if f.is_alphanumeric() {
                let mut utf8 = [0u8; 4];
                out.extend_from_slice(f.encode_utf8(&mut utf8).as_bytes());
                if ORIGIN {
                    origin.extend(std::iter::repeat_n(at, f.len_utf8()));
                }
                after_sep = false;
            } else if !after_sep {
                out.push(b' ');
                if ORIGIN {
                    origin.push(at);
                }
                after_sep = true;
            }
        });
        i += c.len_utf8();
    }
    if after_sep && out.last() == Some(&b' ') {
        out.pop();
        if ORIGIN {
            origin.pop();
        }
    }
    *text = String::from_utf8(out).expect("folding writes whole characters");
}

/// Folds `s` into `text` (replacing what it held), and the origin of each byte into `origin`
/// when asked for.
fn fold_into(s: &str, text: &mut String, origin: Option<&mut Origin>) {
    match origin {
        Some(origin) => fold_runs::<true>(s, text, &mut Vec::new(), origin),
        None => fold_fast(s, text, &mut Vec::new()),
    }
}

/// The token view: folded, with every run of non-alphanumeric characters as one space.
pub(crate) fn fold(s: &str) -> Folded<'_> {
    let (mut text, mut marks) = (String::new(), Vec::new());
    fold_fast(s, &mut text, &mut marks);
    Folded { text, original: s, origin: OnceLock::new(), marks }
}

/// The folded form of a value, for comparing and hashing (`"Nguyễn  Thị-Hương"` → `"nguyen thi huong"`).
pub fn fold_key(s: &str) -> String {
    fold(s).text
}

/// The width view of a text: compatibility-normalised only.
pub(crate) struct Width<'a> {
    /// The text, borrowed when every character is its own NFKC form (nearly always).
    pub text: Cow<'a, str>,
    original: &'a str,
    /// For each byte of `text`, where the original character it came from starts; `None` when
    /// `text` is the original.
    origin: Option<Origin>,
}

impl Width<'_> {
    /// The original byte range covered by `text[start..end]`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.origin {
            Some(origin) => range_in(self.original, origin, start, end),
            None => (start, end),
        }
    }
}

/// Whether a character is its own NFKC form.
#[inline]
fn width_same(c: char) -> bool {
    if c.is_ascii() {
        return true;
    }
    if (c as u32) < TABLE_END {
        return table()[c as usize].width_same;
    }
    if plain_ideograph(c) {
        return true;
    }
    let mut it = std::iter::once(c).nfkc();
    it.next() == Some(c) && it.next().is_none()
}

/// Where the first byte outside ASCII is in `b`, eight bytes at a time.
#[inline]
pub(crate) fn non_ascii(b: &[u8]) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        let high = u64::from_le_bytes(c.try_into().expect("eight bytes")) & HIGH;
        if high != 0 {
            return Some(at + (high.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&c| c >= 0x80).map(|n| at + n)
}

/// Whether every character of `s` is its own NFKC form; only characters outside ASCII are read.
fn all_width_same(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(n) = non_ascii(&b[i..]) {
        let c = s[i + n..].chars().next().expect("a character starts here");
        if !width_same(c) {
            return false;
        }
        i += n + c.len_utf8();
    }
    true
}

/// The width view: compatibility-normalised only (full-width digits and letters become ASCII),
/// punctuation kept, for the pattern detectors.
pub(crate) fn width_fold(s: &str) -> Width<'_> {
    if all_width_same(s) {
        return Width { text: Cow::Borrowed(s), original: s, origin: None };
    }
    let mut text = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        let at = to_u32(i);
        if width_same(c) {
            text.push(c);
            origin.extend(std::iter::repeat_n(at, c.len_utf8()));
            continue;
        }
        for k in std::iter::once(c).nfkc() {
            text.push(k);
            origin.extend(std::iter::repeat_n(at, k.len_utf8()));
        }
    }
    Width { text: Cow::Owned(text), original: s, origin: Some(origin) }
}

/// Whether a character belongs to a script written without spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chunked search finds the first byte outside ASCII at every position and length.
    #[test]
    fn non_ascii_is_the_first_high_byte() {
        for len in 0..40 {
            for at in 0..=len {
                let mut b = vec![b'a'; len];
                if at < len {
                    b[at] = 0xc3;
                    b.iter_mut().skip(at + 1).step_by(3).for_each(|c| *c = 0x80);
                }
                assert_eq!(non_ascii(&b), b.iter().position(|&c| c >= 0x80), "{len} {at}");
            }
        }
    }

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
    fn the_table_folds_like_the_normaliser() {
        for u in (0x80..TABLE_END).chain(0x3400..=0x4DBF).chain(0x4E00..=0x9FFF) {
            let Some(c) = char::from_u32(u) else { continue };
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_char(c, &mut |f| fast.push(f));
            fold_char_slow(c, &mut |f| slow.push(f));
            assert_eq!(fast, slow, "U+{u:04X}");
            assert_eq!(width_same(c), std::iter::once(c).nfkc().collect::<String>() == c.to_string(), "U+{u:04X}");
        }
    }

    /// Folding character by character, as the definition reads: the reference for `fold_into`.
    fn fold_reference(s: &str) -> (String, Vec<u32>) {
        let (mut text, mut origin, mut pending) = (String::new(), Vec::new(), None);
        for (i, c) in s.char_indices() {
            fold_char(c, &mut |f| {
                if f.is_alphanumeric() {
                    if let Some(r) = pending.take() {
                        if !text.is_empty() {
                            text.push(' ');
                            origin.push(r);
                        }
                    }
                    text.push(f);
                    origin.extend(std::iter::repeat_n(i as u32, f.len_utf8()));
                } else if pending.is_none() {
                    pending = Some(i as u32);
                }
            });
        }
        (text, origin)
    }

    #[test]
    fn folding_by_runs_folds_like_the_reference() {
        use crate::deid::test_texts;
        let mut texts: Vec<String> = vec!["".into(), " -- ".into(), "A".into(), "Ｎｇｕｙｅｎ　Ｔｈｉ--HƯƠNG  x1".into()];
        // The fixtures' whole JSON texts (punctuation runs, escapes) and the corpus's texts.
        texts.extend(test_texts::fixtures());
        texts.extend(test_texts::corpus_texts());
        // Random mixes of letters, digits, separators and characters outside ASCII that fold to
        // letters, to nothing (a combining mark), to a separator or to several characters.
        let alphabet = ["a", "Z", "7", " ", "-", "..", "ễ", "\u{301}", "—", "、", "Ｎ", "ﬁ", "東", "ß", "\n", "Đ", "½", "𝐀"];
        let mut rng = test_texts::XorShift(0x2545_f491_4f6c_dd1d);
        for len in 0..400 {
            texts.push((0..len % 40).map(|_| *rng.pick(&alphabet)).collect());
        }
        for t in &texts {
            let (mut text, mut origin) = (String::new(), Vec::new());
            fold_into(t, &mut text, Some(&mut origin));
            assert_eq!((text.clone(), origin), fold_reference(t), "{t:?}");
            assert_eq!(fold_key(t), text);
            assert_eq!(all_width_same(t), t.chars().all(width_same), "{t:?}");
        }
    }

    #[test]
    fn width_view_maps_back_to_the_original() {
        let s = "tel ０９１２ 345 (Hương)";
        let w = width_fold(s);
        assert_eq!(w.text, "tel 0912 345 (Hương)");
        let at = w.text.find("0912").unwrap();
        let (a, b) = w.original_range(at, at + 4);
        assert_eq!(&s[a..b], "０９１２");
        let at = w.text.find("Hương").unwrap();
        let (a, b) = w.original_range(at, at + "Hương".len());
        assert_eq!(&s[a..b], "Hương");
        assert!(matches!(width_fold("Hương 0912").text, Cow::Borrowed(_)));
    }

    #[test]
    fn long_texts_map_back_from_their_marks_like_the_whole_map() {
        use crate::deid::test_texts;
        let alphabet =
            ["a", "Z", "7", " ", "-", "..", "ễ", "\u{301}", "—", "、", "Ｎ", "ﬁ", "東", "ß", "\n", "Đ", "½", "𝐀", "word ", "  \"x\",\r\n"];
        let mut rng = test_texts::XorShift(0x9e37_79b9_7f4a_7c15);
        let mut texts: Vec<String> = test_texts::fixtures();
        texts.push("Nguyen Thi Huong, ".repeat(200));
        texts.push(format!("{}{}", "x".repeat(3000), "。、 ".repeat(300)));
        for len in [WHOLE_MAP_MAX + 1, 2000, 5000, 12_000] {
            texts.push((0..len).map(|_| *rng.pick(&alphabet)).collect());
        }
        for t in texts.iter().filter(|t| t.len() > WHOLE_MAP_MAX) {
            let f = fold(t);
            assert!(!f.marks.is_empty());
            let (mut whole, mut origin) = (String::new(), Vec::new());
            fold_into(t, &mut whole, Some(&mut origin));
            assert_eq!(f.text, whole);
            // Every range of one to three view bytes starting at each character of the view.
            for (s, _) in f.text.char_indices() {
                let ends = f.text[s..].char_indices().skip(1).map(|(n, _)| s + n).chain([f.text.len()]);
                // And one of up to 40 bytes, as a name's or a place's.
                let long = ends.clone().take_while(|&e| e - s <= 40).last();
                for e in ends.take(3).chain(long) {
                    assert_eq!(f.range_from_marks(s, e), range_in(t, &origin, s, e), "{s}..{e} of {} bytes", t.len());
                }
            }
        }
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
