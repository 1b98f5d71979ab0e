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

use super::normalize::is_cjk;

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

/// FNV-1a, one byte at a time, so that a run of words is hashed as it is extended.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
#[inline]
fn fnv(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[derive(Default)]
struct Slot {
    /// Patterns with this hash (indices into `WordIndex::patterns`); nearly always 0 or 1.
    patterns: Vec<u32>,
    /// Some pattern goes on past this run of words (with a space and another word).
    prefix: bool,
}

/// Bits of [`WordIndex::seen`]: 2^22 bits, 512 KiB, so that it stays in the cache while the
/// table of slots does not.
const SEEN_BITS: u32 = 22;

/// ASCII patterns of folded text, found only as whole words.
pub(crate) struct WordIndex {
    slots: HashMap<u64, Slot, BuildHasherDefault<Mix>>,
    /// One bit per slot hash (a one-hash Bloom filter): most words of a text begin no pattern,
    /// and this answers so without touching the table.
    seen: Vec<u64>,
    /// Each pattern's text and the caller's id for it.
    patterns: Vec<(Box<[u8]>, u32)>,
}

impl Default for WordIndex {
    fn default() -> Self {
        WordIndex { slots: HashMap::default(), seen: vec![0; 1 << (SEEN_BITS - 6)], patterns: Vec::new() }
    }
}

/// The bit of hash `h` in [`WordIndex::seen`]: (word, mask).
#[inline]
fn bit(h: u64) -> (usize, u64) {
    let b = (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SEEN_BITS)) as usize;
    (b >> 6, 1 << (b & 63))
}

impl WordIndex {
    fn slot(&mut self, h: u64) -> &mut Slot {
        let (w, m) = bit(h);
        self.seen[w] |= m;
        self.slots.entry(h).or_default()
    }

    /// Adds `text`, which must be folded and ASCII (words of `[a-z0-9]` and single spaces).
    pub fn insert(&mut self, text: &str, id: u32) {
        debug_assert!(text.is_ascii() && !text.is_empty() && !text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  "));
        let b = text.as_bytes();
        for (i, _) in b.iter().enumerate().filter(|(_, &c)| c == b' ') {
            self.slot(fnv(FNV_OFFSET, &b[..i])).prefix = true;
        }
        let n = self.patterns.len() as u32;
        self.patterns.push((b.into(), id));
        self.slot(fnv(FNV_OFFSET, b)).patterns.push(n);
    }

    /// Calls `found(start, end, id)` for every whole-word occurrence of a pattern in `text`
    /// (folded), by byte range.
    pub fn find(&self, text: &str, mut found: impl FnMut(usize, usize, u32)) {
        if self.patterns.is_empty() {
            return;
        }
        let t = text.as_bytes();
        let n = t.len();
        let alnum = |i: usize| i < n && t[i].is_ascii_alphanumeric();
        // A CJK character starts at `i` / ends just before `i`.
        let cjk_at = |i: usize| text[i..].chars().next().is_some_and(is_cjk);
        let cjk_before = |i: usize| text[..i].chars().next_back().is_some_and(is_cjk);
        let mut s = 0;
        while s < n {
            if !alnum(s) || !(s == 0 || t[s - 1] == b' ' || (t[s - 1] >= 0x80 && cjk_before(s))) {
                s += 1;
                continue;
            }
            let (mut e, mut h) = (s, FNV_OFFSET);
            loop {
                let w = e;
                while alnum(e) {
                    e += 1;
                }
                h = fnv(h, &t[w..e]);
                // The run ends a word only before a space, the end or a CJK character.
                if !(e == n || t[e] == b' ' || (t[e] >= 0x80 && cjk_at(e))) {
                    break;
                }
                let (w, m) = bit(h);
                if self.seen[w] & m == 0 {
                    break;
                }
                let Some(slot) = self.slots.get(&h) else { break };
                for &p in &slot.patterns {
                    let (bytes, id) = &self.patterns[p as usize];
                    if bytes[..] == t[s..e] {
                        found(s, e, *id);
                    }
                }
                if !(slot.prefix && e < n && t[e] == b' ' && alnum(e + 1)) {
                    break;
                }
                h = fnv(h, b" ");
                e += 1;
            }
            // The next word start is after this word.
            while alnum(s) {
                s += 1;
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
        while let Some(q) = t[at..].iter().position(|&b| b >= 0x80).map(|q| at + q) {
            let start = q.saturating_sub(self.longest);
            // Extend the window while another non-ASCII byte is within reach.
            let mut end = q;
            while let Some(next) = t[end + 1..(end + 1 + self.longest).min(t.len())].iter().position(|&b| b >= 0x80) {
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
    let mut words = WordIndex::default();
    let (mut other, mut ids) = (Vec::new(), Vec::new());
    for (i, p) in patterns.into_iter().enumerate() {
        if p.is_ascii() {
            words.insert(p, i as u32);
        } else {
            other.push(p);
            ids.push(i as u32);
        }
    }
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
        let mut ix = WordIndex::default();
        for (i, p) in ["an", "nguyen van an", "van an", "van", "an 2"].iter().enumerate() {
            ix.insert(p, i as u32);
        }
        // "an" inside "than" or "anh" is no match; the three overlapping names all are.
        assert_eq!(all(&ix, "than anh nguyen van an"), vec![(9, 22, 1), (16, 19, 3), (16, 22, 2), (20, 22, 0)]);
        // After and before a CJK character a word starts and ends; after another letter not.
        assert_eq!(all(&ix, "東van京 ø an an 2"), vec![(3, 6, 3), (13, 15, 0), (16, 18, 0), (16, 20, 4)]);
        assert_eq!(all(&ix, "vanø"), vec![]);
    }
}
