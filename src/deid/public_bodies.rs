//! Public bodies of labour migration between Vietnam, Japan and Taiwan (ministries, agencies,
//! UN bodies, hotlines, unions): public organisations the item 5 says stay. The list
//! ([`public_bodies.tsv`](gazetteer/public_bodies.tsv)) is kept beside the gazetteer; its header
//! names the bodies' own sites it was written from. A person's or company's name found by
//! [`super::entities`] never starts with one (`gọi Cục Quản lý lao động ngoài nước`, `called
//! IOM`).

use std::sync::OnceLock;

use super::normalize::fold_key;

const PUBLIC_BODIES_TSV: &str = include_str!("gazetteer/public_bodies.tsv");

/// The list, folded for comparison; acronyms as written (they count only in capitals).
struct Bodies {
    folded: Vec<String>,
    acronyms: Vec<&'static str>,
    /// The longest name, in characters: how much of a text is folded to compare.
    longest: usize,
    /// Each folded name's leading run of ASCII letters and digits (its first word, or less):
    /// a text whose first word is ASCII starts with no name whose run differs.
    first_words: std::collections::HashSet<&'static str, rustc_hash::FxBuildHasher>,
    /// Each folded name's first character: a text that starts with a Chinese character
    /// (its own fold) starts with no name whose first character differs.
    first_chars: std::collections::HashSet<char, rustc_hash::FxBuildHasher>,
    /// How many ASCII capitals every acronym starts with: a text with fewer starts with none.
    acronym_capitals: usize,
}

fn bodies() -> &'static Bodies {
    static B: OnceLock<Bodies> = OnceLock::new();
    B.get_or_init(|| {
        let (mut folded, mut acronyms, mut longest) = (Vec::<String>::new(), Vec::new(), 0);
        for line in PUBLIC_BODIES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let Some((kind, name)) = line.split_once('\t') else { continue };
            if kind == "acronym" {
                acronyms.push(name);
            } else {
                longest = longest.max(name.chars().count());
                folded.push(fold_key(name));
            }
        }
        let first_words = folded
            .iter()
            .map(|name| {
                let run = name.bytes().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(name.len());
                &*String::leak(name[..run].to_owned())
            })
            .collect();
        let first_chars = folded.iter().filter_map(|name| name.chars().next()).collect();
        let acronym_capitals = acronyms.iter().map(|a| capitals(a)).min().unwrap_or(0);
        Bodies { folded, acronyms, longest, first_words, first_chars, acronym_capitals }
    })
}

/// Whether `text` starts with a listed public body's name, as a whole word: its name in any
/// case and with or without diacritics (`Bộ Lao động - Thương binh và Xã hội`, `bo lao dong
/// thuong binh va xa hoi`, `移民署`), or its acronym in capitals (`IOM`, `OTIT`).
pub(crate) fn starts_with_public_body(text: &str) -> bool {
    let b = bodies();
    let ends_word = |rest: &str| rest.chars().next().is_none_or(|c| !c.is_alphanumeric() || !c.is_ascii());
    if capitals(text) >= b.acronym_capitals && b.acronyms.iter().any(|a| text.strip_prefix(a).is_some_and(ends_word)) {
        return true;
    }
    // A text that starts with a word of ASCII letters and digits, ended by other ASCII or by
    // its end, folds to that word in lower case and a space: only a name whose leading run is
    // that word can match (most texts are ruled out here without folding them).
    // (A word shorter than the folded head, so that the head holds it whole.)
    let run = text.bytes().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(text.len());
    let mut buf = [0u8; 32];
    if run > 0 && run < buf.len().min(b.longest) && text.as_bytes().get(run).is_none_or(u8::is_ascii) {
        let lower = &mut buf[..run];
        lower.copy_from_slice(&text.as_bytes()[..run]);
        lower.make_ascii_lowercase();
        if !b.first_words.contains(std::str::from_utf8(lower).expect("ASCII")) {
            return false;
        }
    } else if !first_word_may_match(b, text) {
        return false;
    }
    folded_match(b, text)
}

/// How many ASCII capitals `text` starts with.
fn capitals(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_uppercase).count()
}

/// Whether a text that does not start with an ASCII word may start with a listed name, by its
/// first word alone (false rules out only what [`folded_match`] would): a Latin word with
/// diacritics ended by ASCII or by the text's end (`Nguyễn Văn`, `Bộ Nội vụ`) folds to the
/// folded text's leading run when it folds to ASCII letters and digits, and a Chinese character
/// is its own fold. Any other start is left to the fold.
fn first_word_may_match(b: &Bodies, text: &str) -> bool {
    let Some(first) = text.chars().next() else { return true };
    if matches!(first, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}') {
        return b.first_chars.contains(&first);
    }
    // Latin letters with diacritics, ASCII letters and digits, combining marks: one word.
    let latin = |c: char| {
        c.is_ascii_alphanumeric()
            || (matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷')
            || matches!(c, '\u{300}'..='\u{36F}')
    };
    let end = text.find(|c: char| !latin(c)).unwrap_or(text.len());
    if end >= b.longest || !text[end..].chars().next().is_none_or(|c| c.is_ascii()) {
        return true;
    }
    let word = fold_key(&text[..end]);
    if word.is_empty() || !word.bytes().all(|c| c.is_ascii_alphanumeric()) {
        return true;
    }
    b.first_words.contains(word.as_str())
}

/// Whether `text`, folded, starts with a listed name (the slow path of
/// [`starts_with_public_body`]).
fn folded_match(b: &Bodies, text: &str) -> bool {
    let head_end = text.char_indices().nth(b.longest + 4).map_or(text.len(), |(i, _)| i);
    let head = fold_key(&text[..head_end]);
    b.folded
        .iter()
        .any(|name| head.strip_prefix(name.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ') || !name.is_ascii()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_bodies_are_matched_whole_and_acronyms_in_capitals() {
        assert!(starts_with_public_body("Cục Quản lý lao động ngoài nước hôm qua"));
        assert!(starts_with_public_body("Bộ Lao động - Thương binh và Xã hội rồi"));
        assert!(starts_with_public_body("bo lao dong thuong binh va xa hoi"));
        assert!(starts_with_public_body("IOM in Hanoi."));
        assert!(starts_with_public_body("出入国在留管理庁に相談した"));
        assert!(starts_with_public_body("勞動部的人說"));
        // A name that only starts like one, an acronym's letters in a name, a longer word.
        assert!(!starts_with_public_body("Bộ Lao Quân"));
        assert!(!starts_with_public_body("Nia Thompson said"));
        assert!(!starts_with_public_body("IOMA Trading"));
        assert!(!starts_with_public_body("Cục trưởng Quản"));
        assert!(starts_with_public_body("Bo Lao dong - Thuong binh va Xa hoi, 2024"));
        assert!(!starts_with_public_body("Ministryy of Labour"));
    }

    #[test]
    fn the_first_word_rules_out_only_what_the_fold_would() {
        let mut texts = crate::deid::test_texts::corpus_texts();
        for line in PUBLIC_BODIES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let name = line.split_once('\t').map_or(line, |(_, n)| n);
            texts.extend([name.to_owned(), name.to_lowercase(), name.to_uppercase(), format!("{name}, then"), format!("{name}x")]);
        }
        let b = bodies();
        let mut starts = 0;
        for t in &texts {
            for (i, _) in t.char_indices().filter(|&(i, _)| i == 0 || t[..i].ends_with([' ', '(', '"'])) {
                let ends_word = |rest: &str| rest.chars().next().is_none_or(|c| !c.is_alphanumeric() || !c.is_ascii());
                let by_fold = b.acronyms.iter().any(|a| t[i..].strip_prefix(a).is_some_and(ends_word)) || folded_match(b, &t[i..]);
                assert_eq!(starts_with_public_body(&t[i..]), by_fold, "{:?}", &t[i..]);
                starts += usize::from(by_fold);
            }
        }
        assert!(starts > 100, "{starts}");
    }
}
