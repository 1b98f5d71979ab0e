//! Whole-word matching of ASCII patterns in folded text, by hashing.
//!
//! Folded text ([`super::normalize::fold`]) is words of alphanumerics separated by single
//! spaces. A known identifier counts only as whole words: it starts at the start of the text,
//! after a space or after a CJK character, and ends likewise. For the ASCII patterns (nearly
//! all of them: Vietnamese names fold to ASCII) that means a match is a run of whole words, so
//! instead of running an automaton over every byte and throwing away the matches inside words
//! (given names like "an" or "ha" occur inside most words), [`WordIndex`] hashes the text word
//! by word from each word start and looks the prefix up: one probe per word, and a run of words
//! is followed only while it is the start of some pattern.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::AhoCorasick;

use super::normalize::{is_cjk, non_ascii, ASCII_FOLD};

/// Passes a precomputed 64-bit hash through MurmurHash3's finaliser.
#[derive(Default)]
struct Mix(u64);

impl Hasher for Mix {
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys are hashed")
    }

    fn write_u64(&mut self, h: u64) {
        let mut h = h ^ (h >> 33);
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        self.0 = h ^ (h >> 33);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The hash of one word, `t[s..e]`: eight bytes at a time, the last chunk zero-padded. Bytes
/// past `e` are read when the text has them (and masked off), so no chunk is copied.
#[inline]
fn word_hash(t: &[u8], s: usize, e: usize) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = ((e - s) as u64).wrapping_mul(K);
    // Most words are one chunk with eight bytes of the text from their start: one load and
    // one mask, the loop's first round without its bounds and length tests.
    if let (1..=8, Some(c)) = (e - s, t.get(s..s + 8)) {
        let chunk = u64::from_le_bytes(c.try_into().expect("eight bytes")) & (u64::MAX >> (64 - 8 * (e - s)));
        return (h ^ chunk).wrapping_mul(K).rotate_left(29);
    }
    let mut p = s;
    while p < e {
        let chunk = match t.get(p..p + 8) {
            Some(c) => u64::from_le_bytes(c.try_into().expect("eight bytes")),
            None => {
                let mut b = [0u8; 8];
                b[..t.len() - p].copy_from_slice(&t[p..]);
                u64::from_le_bytes(b)
            }
        };
        let left = e - p;
        let chunk = if left >= 8 { chunk } else { chunk & ((1u64 << (8 * left)) - 1) };
        h = (h ^ chunk).wrapping_mul(K).rotate_left(29);
        p += 8;
    }
    h
}

/// The hash of a run of words, extended by the next word's [`word_hash`].
#[inline]
fn extend(run: u64, word: u64) -> u64 {
    (run.rotate_left(23) ^ word).wrapping_mul(0xff51_afd7_ed55_8ccd)
}

/// The hash of a run of words before its first word.
const RUN_START: u64 = 0x243f_6a88_85a3_08d3;

#[derive(Default)]
struct Slot {
    /// Patterns with this hash (indices into `WordIndex::patterns`); nearly always 0 or 1.
    patterns: Vec<u32>,
    /// Some pattern goes on past this run of words (with a space and another word).
    prefix: bool,
}

/// ASCII patterns of folded text, found only as whole words.
pub(crate) struct WordIndex {
    slots: HashMap<u64, Slot, BuildHasherDefault<Mix>>,
    /// A Bloom filter of the slot hashes, two bits in one 64-bit word per hash, about eight bits
    /// per slot: most words of a text begin no pattern, and this answers so from a table small
    /// enough to stay in the cache, without touching the slots.
    seen: Vec<u64>,
    /// `64 - log2(seen.len())`: the shift that takes a hash to its word of `seen`.
    shift: u32,
    /// Each pattern's text and the caller's id for it.
    patterns: Vec<(Box<[u8]>, u32)>,
}

/// The word of [`WordIndex::seen`] and the two bits in it for hash `h`.
#[inline]
fn bits(h: u64, shift: u32) -> (usize, u64) {
    let m = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    ((m >> shift) as usize, (1 << (m & 63)) | (1 << ((m >> 6) & 63)))
}

impl WordIndex {
    /// Indexes `patterns` (text, id), each folded and ASCII: words of `[a-z0-9]` and single
    /// spaces.
    pub fn new<'a>(patterns: impl IntoIterator<Item = (&'a str, u32)>) -> WordIndex {
        let mut slots: HashMap<u64, Slot, BuildHasherDefault<Mix>> = HashMap::default();
        let mut texts = Vec::new();
        for (text, id) in patterns {
            debug_assert!(text.is_ascii() && !text.is_empty() && !text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  "));
            let b = text.as_bytes();
            let mut h = RUN_START;
            let mut w = 0;
            for i in (0..=b.len()).filter(|&i| i == b.len() || b[i] == b' ') {
                h = extend(h, word_hash(b, w, i));
                if i < b.len() {
                    slots.entry(h).or_default().prefix = true;
                }
                w = i + 1;
            }
            slots.entry(h).or_default().patterns.push(texts.len() as u32);
            texts.push((b.into(), id));
        }
        // About eight bits per slot, between 512 bytes and 512 KiB.
        let words = (slots.len() / 8).next_power_of_two().clamp(64, 1 << 16);
        let shift = 64 - words.trailing_zeros();
        let mut seen = vec![0; words];
        for &h in slots.keys() {
            let (w, m) = bits(h, shift);
            seen[w] |= m;
        }
        WordIndex { slots, seen, shift, patterns: texts }
    }

    /// Calls `found(start, end, id)` for every whole-word occurrence of a pattern in `text`
    /// (folded), by byte range.
    pub fn find(&self, text: &str, mut found: impl FnMut(usize, usize, u32)) {
        WordIndex::find_in([self], text, |_, s, e, id| found(s, e, id));
    }

    /// [`WordIndex::find`] for several indexes in one pass over the words of `text`: each word
    /// is read and hashed once, then looked up in every index. Calls `found(index, start, end,
    /// id)`, `index` being the position in `indexes`; for each word start, the first index's
    /// matches come first.
    pub fn find_in<const N: usize>(indexes: [&WordIndex; N], text: &str, mut found: impl FnMut(usize, usize, usize, u32)) {
        const { assert!(N <= 8, "one bit per index in a byte") };
        if indexes.iter().all(|ix| ix.patterns.is_empty()) {
            return;
        }
        let t = text.as_bytes();
        let n = t.len();
        // `is_ascii_alphanumeric` by the fold's table: one load, no range tests.
        let alnum = |i: usize| i < n && ASCII_FOLD[usize::from(t[i])] != 0;
        // A CJK character starts at `i` / ends just before `i`.
        let cjk_at = |i: usize| text[i..].chars().next().is_some_and(is_cjk);
        let cjk_before = |i: usize| text[..i].chars().next_back().is_some_and(is_cjk);
        // Words are taken a block at a time: first each word that may start a pattern is hashed
        // and looked up in the Bloom filters, with no branch on the lookups, so the processor
        // overlaps the lookups' cache misses instead of waiting for each; then the few words
        // a filter lets through are followed into runs of words.
        const BLOCK: usize = 64;
        let mut block: [(usize, usize, u64, u8); BLOCK] = [(0, 0, 0, 0); BLOCK];
        let mut s = 0;
        while s < n {
            let mut len = 0;
            while s < n && len < BLOCK {
                if ASCII_FOLD[usize::from(t[s])] == 0 {
                    s += 1;
                    continue;
                }
                // The word at `s`; a pattern starts there only after a space, the start or a
                // CJK character.
                let mut e = s + 1;
                while alnum(e) {
                    e += 1;
                }
                if s == 0 || t[s - 1] == b' ' || (t[s - 1] >= 0x80 && cjk_before(s)) {
                    let h = extend(RUN_START, word_hash(t, s, e));
                    let mut maybe = 0u8;
                    for (k, ix) in indexes.iter().enumerate() {
                        let (w, m) = bits(h, ix.shift);
                        maybe |= u8::from(ix.seen[w] & m == m) << k;
                    }
                    // Kept only if a filter lets it through: stored anyway, no branch.
                    block[len] = (s, e, h, maybe);
                    len += usize::from(maybe != 0);
                }
                // The next word start is after this word.
                s = e;
            }
            for &(s, first_end, first_hash, maybe) in &block[..len] {
                for (k, ix) in indexes.iter().enumerate() {
                    if maybe & (1 << k) == 0 {
                        continue;
                    }
                    let (mut e, mut h) = (first_end, first_hash);
                    loop {
                        // The run ends a word only before a space, the end or a CJK character.
                        if !(e == n || t[e] == b' ' || (t[e] >= 0x80 && cjk_at(e))) {
                            break;
                        }
                        // The first word passed the filter above; a longer run is checked here.
                        if e != first_end {
                            let (w, m) = bits(h, ix.shift);
                            if ix.seen[w] & m != m {
                                break;
                            }
                        }
                        let Some(slot) = ix.slots.get(&h) else { break };
                        for &p in &slot.patterns {
                            let (bytes, id) = &ix.patterns[p as usize];
                            if bytes[..] == t[s..e] {
                                found(k, s, e, *id);
                            }
                        }
                        if !(slot.prefix && e < n && t[e] == b' ' && alnum(e + 1)) {
                            break;
                        }
                        let w = e + 1;
                        e = w + 1;
                        while alnum(e) {
                            e += 1;
                        }
                        h = extend(h, word_hash(t, w, e));
                    }
                }
            }
        }
    }
}

/// Folded patterns with a byte outside ASCII (CJK, letters that do not fold to ASCII): an
/// automaton run only within the longest pattern's length of such a byte of a text.
pub(crate) struct NonAscii {
    ac: AhoCorasick,
    /// The caller's id of each pattern of `ac`.
    ids: Vec<u32>,
    longest: usize,
}

impl NonAscii {
    /// Calls `found(start, end, id)` for every overlapping occurrence in `text` (folded). The
    /// windows are of the whole text, so offsets are the text's.
    pub fn find(&self, text: &str, mut found: impl FnMut(usize, usize, u32)) {
        let t = text.as_bytes();
        let mut at = 0;
        while let Some(q) = non_ascii(&t[at..]).map(|q| at + q) {
            let start = q.saturating_sub(self.longest);
            // Extend the window while another non-ASCII byte is within reach.
            let mut end = q;
            while let Some(next) = non_ascii(&t[end + 1..(end + 1 + self.longest).min(t.len())]) {
                end += 1 + next;
            }
            let end = (end + self.longest).min(t.len());
            for m in self.ac.find_overlapping_iter(aho_corasick::Input::new(text).span(start..end)) {
                found(m.start(), m.end(), self.ids[m.pattern().as_usize()]);
            }
            at = end;
        }
    }
}

/// Indexes folded patterns, each by its position: the ASCII ones word by word, the others in a
/// [`NonAscii`] (`None` when there are none).
pub(crate) fn index<'a>(patterns: impl IntoIterator<Item = &'a str>) -> (WordIndex, Option<NonAscii>) {
    let (mut ascii, mut other, mut ids) = (Vec::new(), Vec::new(), Vec::new());
    for (i, p) in patterns.into_iter().enumerate() {
        if p.is_ascii() {
            ascii.push((p, i as u32));
        } else {
            other.push(p);
            ids.push(i as u32);
        }
    }
    let words = WordIndex::new(ascii);
    let longest = other.iter().map(|p| p.len()).max().unwrap_or(0);
    let other = (!other.is_empty()).then(|| NonAscii {
        ac: aho_corasick::AhoCorasickBuilder::new()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&other)
            .expect("folded patterns build"),
        ids,
        longest,
    });
    (words, other)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(index: &WordIndex, text: &str) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        index.find(text, |s, e, id| out.push((s, e, id)));
        out
    }

    #[test]
    fn finds_whole_words_only_and_every_overlap() {
        let ix = WordIndex::new(["an", "nguyen van an", "van an", "van", "an 2"].into_iter().zip(0..));
        // "an" inside "than" or "anh" is no match; the three overlapping names all are.
        assert_eq!(all(&ix, "than anh nguyen van an"), vec![(9, 22, 1), (16, 19, 3), (16, 22, 2), (20, 22, 0)]);
        // After and before a CJK character a word starts and ends; after another letter not.
        assert_eq!(all(&ix, "東van京 ø an an 2"), vec![(3, 6, 3), (13, 15, 0), (16, 18, 0), (16, 20, 4)]);
        assert_eq!(all(&ix, "vanø"), vec![]);
    }

    /// A word's hash read in place (one chunk, the text's bytes after it masked off) is its
    /// hash with nothing after it (the chunks zero-padded), for words of 1 to 20 bytes at
    /// every offset, and with any bytes after them.
    #[test]
    fn a_word_hashes_alike_wherever_it_stands() {
        let text: Vec<u8> = (0..64u8).map(|i| b'a' + i % 26).chain(*b"0123456789 \xff\x80 z").collect();
        for s in 0..text.len() {
            for e in s + 1..=(s + 20).min(text.len()) {
                assert_eq!(word_hash(&text, s, e), word_hash(&text[s..e], 0, e - s), "{s}..{e}");
            }
        }
    }

    /// One pass over two indexes finds what each finds alone.
    #[test]
    fn one_pass_over_two_indexes_finds_what_each_finds() {
        let a = WordIndex::new(["an", "nguyen van an", "van an"].into_iter().zip(0..));
        let b = WordIndex::new(["van", "an 2", "than", "hoa binh"].into_iter().zip(10..));
        let empty = WordIndex::new(std::iter::empty());
        for text in ["than anh nguyen van an", "東van京 ø an an 2", "vanø", "hoa binh van an 2", ""] {
            let mut both = (Vec::new(), Vec::new(), Vec::new());
            WordIndex::find_in([&a, &empty, &b], text, |k, s, e, id| match k {
                0 => both.0.push((s, e, id)),
                1 => both.1.push((s, e, id)),
                _ => both.2.push((s, e, id)),
            });
            assert_eq!(both, (all(&a, text), vec![], all(&b, text)), "{text:?}");
        }
    }
}
