//! A statistical tagger for the persons' names the cue rules miss (issue 18, session 8): a
//! linear-chain CRF ([`crfs`], a pure-Rust port of CRFsuite) over the words of a text, labelled
//! `B-name`, `I-name` or `O`.
//!
//! Its features are made here and only here, for training and for tagging alike: each word
//! folded and its shape (capitals, digits, diacritics, script), its position (text or sentence
//! start, the punctuation before it), the flags the one lexicon of [`super::entities`] gives it
//! (family, given or middle name, cue, role, stop word, platform, locality…, by bit), whether a
//! rule already found it and as what, the same for the words at −2…+2, and character pairs for
//! Han and kana. Chinese and Japanese text is read character by character.
//!
//! The committed model, `data/names_model.crfsuite`, is trained by the `#[ignore]`d test
//! `train_the_committed_model` (run by hand: see `data/README.md`) from every corpus in
//! `tests/redaction_corpus/`; `leave_one_corpus_out` prints how much it adds on a corpus it was
//! not trained on. It must be trained again whenever the features or the lexicon's flags change.
//!
//! Its spans are a rule of their own, [`RULE`], always "possible": redacted, and shown in review.

use std::io;
use std::sync::OnceLock;

use crfs::{Attribute, Model};

use super::entities::{entities, Confidence, Found};
use super::normalize::fold_key;

/// The rule of the model's spans, counted per rule in the manifest like the others.
pub(crate) const RULE: &str = "name_model";

/// The committed model (see the module's documentation for how it is made).
static COMMITTED: &[u8] = include_bytes!("data/names_model.crfsuite");

/// A trained tagger.
pub(crate) struct NameModel {
    model: Model<'static>,
}

/// Which tagger a redactor runs after its rules.
#[derive(Clone, Copy)]
pub(crate) enum Tagging {
    /// The committed model, loaded on first use.
    Committed,
    /// Another model (the leave-one-corpus-out measurement's).
    Given(&'static NameModel),
    /// None: the rules alone.
    Off,
}

impl Tagging {
    /// The model to run, if any.
    pub(crate) fn model(self) -> Option<&'static NameModel> {
        match self {
            Tagging::Committed => Some(committed()),
            Tagging::Given(m) => Some(m),
            Tagging::Off => None,
        }
    }
}

/// The committed model, loaded on first use.
pub(crate) fn committed() -> &'static NameModel {
    static M: OnceLock<NameModel> = OnceLock::new();
    M.get_or_init(|| NameModel::new(COMMITTED).expect("src/deid/data/names_model.crfsuite is a CRFsuite model: train it again"))
}

/// The words of a text: each run of letters and digits, and each Chinese or Japanese character
/// on its own (byte ranges).
pub(crate) fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if one_char_word(c) {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
            out.push((i, i + c.len_utf8()));
        } else if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Han, kana and the iteration mark: written without spaces, read one character at a time.
fn one_char_word(c: char) -> bool {
    matches!(c as u32, 0x3005 | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
        && c != '・'
        && c != 'ー'
}

/// The shape of a word: its script and its capitals.
fn shape(w: &str) -> &'static str {
    let c = w.chars().next().unwrap_or(' ');
    match c as u32 {
        0x3040..=0x309F => return "hira",
        0x30A0..=0x30FF => return "kata",
        0x3005 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => return "han",
        _ => {}
    }
    let digits = w.chars().filter(char::is_ascii_digit).count();
    if digits == w.chars().count() {
        return "num";
    }
    if digits > 0 {
        return "mixnum";
    }
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    match (c.is_uppercase(), upper) {
        (true, 1) => "Cap",
        (true, n) if n == w.chars().count() => "UP",
        (_, 0) => "low",
        _ => "mix",
    }
}

/// What one word is, before its neighbours are looked at.
struct Word {
    folded: String,
    shape: &'static str,
    marked: bool,
    lexicon: u32,
    rule: Option<&'static str>,
}

/// Whether a text may hold a name the rules did not find: a capitalised word, or a Chinese or
/// Japanese character, that no span covers. Most short values of a record do not, and are not
/// tagged.
fn worth_tagging(text: &str, toks: &[(usize, usize)], found: &[(usize, usize, &'static str)]) -> bool {
    toks.len() >= 2
        && toks.iter().any(|&(s, e)| {
            let c = text[s..].chars().next().unwrap_or(' ');
            (c.is_uppercase() || one_char_word(c)) && !found.iter().any(|&(fs, fe, _)| fs < e && fe > s)
        })
}

/// The features of each word of `text` (its [`tokens`]), given what the rules found there
/// (byte ranges and labels).
pub(crate) fn features(text: &str, toks: &[(usize, usize)], found: &[(usize, usize, &'static str)]) -> Vec<Vec<Attribute>> {
    let lex = entities();
    let words: Vec<Word> = toks
        .iter()
        .enumerate()
        .map(|(k, &(s, e))| {
            let w = &text[s..e];
            let han = one_char_word(w.chars().next().unwrap_or(' '));
            let folded = if han { w.to_owned() } else { fold_key(w) };
            let lexicon = if han {
                let next = toks.get(k + 1).filter(|t| t.0 == e).map_or("", |&(ns, ne)| &text[ns..ne]);
                lex.han_lexicon_flags(w, next)
            } else {
                lex.lexicon_flags(&folded)
            };
            Word {
                marked: !han && folded != w.to_lowercase(),
                shape: shape(w),
                lexicon,
                rule: found.iter().find(|&&(fs, fe, _)| fs < e && fe > s).map(|f| f.2),
                folded,
            }
        })
        .collect();
    let mut out = Vec::with_capacity(toks.len());
    for (k, &(s, _)) in toks.iter().enumerate() {
        let w = &words[k];
        let mut f = vec![Attribute::new("b", 1.0)];
        let mut add = |name: String| f.push(Attribute::new(name, 1.0));
        let before = if k == 0 { "" } else { &text[toks[k - 1].1..s] };
        if k == 0 {
            add("bos".into());
        }
        if k == 0 || before.contains(['.', '!', '?', '。', '！', '？', '\n', ':', '：', '"', '“', '「']) {
            add("ss".into());
        }
        if let Some(p) = before.trim().chars().last() {
            add(format!("p={p}"));
        }
        if w.marked {
            add("mk".into());
        }
        if w.shape != "han" && w.shape != "hira" && w.shape != "kata" {
            let chars: Vec<char> = w.folded.chars().collect();
            if chars.len() > 3 {
                add(format!("x3={}", chars[chars.len() - 3..].iter().collect::<String>()));
            }
            add(format!("n={}", chars.len().min(6)));
        } else {
            if k > 0 && toks[k - 1].1 == s {
                add(format!("c-={}{}", words[k - 1].folded, w.folded));
            }
            if k + 1 < toks.len() && toks[k + 1].0 == toks[k].1 {
                add(format!("c+={}{}", w.folded, words[k + 1].folded));
            }
        }
        for d in -2i32..=2 {
            let Some(v) = k.checked_add_signed(d as isize).and_then(|j| words.get(j)) else {
                add(format!("{d}:none"));
                continue;
            };
            add(format!("{d}w={}", v.folded));
            add(format!("{d}s={}", v.shape));
            add(format!("{d}r={}", v.rule.unwrap_or("-")));
            for bit in 0..32 {
                if v.lexicon & (1 << bit) != 0 {
                    add(format!("{d}L{bit}"));
                }
            }
        }
        out.push(f);
    }
    out
}

impl NameModel {
    /// A model from the bytes of a CRFsuite model file.
    pub(crate) fn new(bytes: &'static [u8]) -> io::Result<NameModel> {
        let model = Model::new(bytes)?;
        if model.to_label_id("B-name").is_none() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "the model has no label B-name"));
        }
        Ok(NameModel { model })
    }

    /// The names the model finds in `text` where the rules found nothing (`found`: the rules'
    /// spans, byte ranges and labels), as byte ranges.
    pub(crate) fn names(&self, text: &str, found: &[(usize, usize, &'static str)]) -> Vec<(usize, usize)> {
        let toks = tokens(text);
        if !worth_tagging(text, &toks, found) {
            return Vec::new();
        }
        let xseq = features(text, &toks, found);
        let Ok(tagger) = self.model.tagger() else { return Vec::new() };
        let Ok(labels) = tagger.tag(&xseq) else { return Vec::new() };
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut open = false;
        for (k, l) in labels.iter().enumerate() {
            let (s, e) = toks[k];
            match *l {
                "B-name" => {
                    spans.push((s, e));
                    open = true;
                }
                "I-name" if open => spans.last_mut().expect("an open span").1 = e,
                "I-name" => {
                    spans.push((s, e));
                    open = true;
                }
                _ => open = false,
            }
        }
        spans.retain(|&(s, e)| !found.iter().any(|&(fs, fe, _)| fs < e && fe > s) && plausible(text, s, e));
        spans
    }

    /// [`NameModel::names`] as detections of rule [`RULE`], added to the entity rules' `out`.
    pub(crate) fn extend(&self, text: &str, found: &[(usize, usize, &'static str)], out: &mut Vec<Found>) {
        for (start, end) in self.names(text, found) {
            out.push(Found { start, end, rule: RULE, label: "name", confidence: Confidence::Possible });
        }
    }
}

/// Whether a span the model took may be a name: not a public body, not an acronym, not one
/// word the lexicon knows as a platform, a legal form, a body, a locality or street word or an
/// ordinary word (and as no name).
fn plausible(text: &str, s: usize, e: usize) -> bool {
    let span = &text[s..e];
    let acronym = span.len() <= 5 && span.chars().all(|c| !c.is_lowercase()) && span.is_ascii();
    let lexicon = entities();
    let common = span.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).all(|w| lexicon.not_a_name(&fold_key(w)));
    !acronym && !common && !super::public_bodies::starts_with_public_body(span)
}

mod training;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_latin_runs_and_single_han_or_kana_characters() {
        let t = "Chị Hương gọi 陳小明さん, ok";
        let got: Vec<&str> = tokens(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(got, ["Chị", "Hương", "gọi", "陳", "小", "明", "さ", "ん", "ok"]);
    }

    #[test]
    fn features_hold_the_word_its_shape_its_neighbours_and_the_rules() {
        let t = "Insta của Hiền là hien.99";
        let toks = tokens(t);
        let found = [(0, 5, "social")];
        let f = features(t, &toks, &found);
        let names = |k: usize| f[k].iter().map(|a| a.name.clone()).collect::<Vec<_>>();
        let hien = names(2);
        for want in ["0w=hien", "0s=Cap", "mk", "-2w=insta", "-2r=social", "-1w=cua", "1w=la", "0r=-", "2w=hien", "x3=ien"] {
            assert!(hien.iter().any(|n| n == want), "{want} in {hien:?}");
        }
        assert!(!hien.iter().any(|n| n == "ss" || n == "bos"), "{hien:?}");
        assert!(names(0).contains(&"bos".to_owned()) && names(0).contains(&"ss".to_owned()));
        assert!(names(0).contains(&"-1:none".to_owned()));
        // The lexicon's flags: `hien` is a listed Vietnamese given name.
        assert!(hien.iter().any(|n| n.starts_with("0L")), "{hien:?}");
        let han = features("我找陳小明", &tokens("我找陳小明"), &[]);
        let chen = han[2].iter().map(|a| a.name.clone()).collect::<Vec<_>>();
        assert!(chen.contains(&"c-=找陳".to_owned()) && chen.contains(&"c+=陳小".to_owned()) && chen.contains(&"0s=han".to_owned()));
        assert!(chen.iter().any(|n| n.starts_with("0L")), "陳 is a listed surname: {chen:?}");
    }

    #[test]
    fn short_values_and_texts_the_rules_covered_are_not_tagged() {
        let t = "Nguyễn Thị Hoa";
        assert!(!worth_tagging(t, &tokens(t), &[(0, t.len(), "name")]));
        assert!(!worth_tagging("ok", &tokens("ok"), &[]));
        assert!(!worth_tagging("two words", &tokens("two words"), &[]));
        assert!(worth_tagging("Xoan sends money", &tokens("Xoan sends money"), &[]));
    }

    #[test]
    fn the_committed_model_loads_and_tags() {
        let m = committed();
        let t = "Nụ, Loan và em đi làm ở xưởng.";
        let toks = tokens(t);
        let tagger = m.model.tagger().unwrap();
        let labels = tagger.tag(&features(t, &toks, &[])).unwrap();
        assert_eq!(labels.len(), toks.len());
        assert!(labels.iter().all(|l| ["O", "B-name", "I-name"].contains(l)), "{labels:?}");
        assert!(labels.contains(&"B-name"), "{labels:?}");
        assert!(NameModel::new(b"not a model").is_err());
        let cut: &'static [u8] = Box::leak(COMMITTED[..COMMITTED.len() / 2].to_vec().into_boxed_slice());
        assert!(std::panic::catch_unwind(|| NameModel::new(cut).is_err()).unwrap_or(true));
    }

    /// The redactor runs the model after its rules: what they missed is a possible name of
    /// rule [`RULE`]; what they found, the keep-list, platforms and provinces stay as they were.
    #[test]
    fn the_redactor_adds_the_names_the_rules_miss_as_possible() {
        use crate::deid::redact::Redactor;
        let found = |r: &Redactor, t: &str| -> Vec<(String, String, Confidence)> {
            r.find(t).iter().map(|s| (t[s.start..s.end].to_owned(), s.rule.clone(), s.confidence)).collect()
        };
        let r = Redactor::new(&[]).with_name_model(Tagging::Committed);
        let rules = Redactor::new(&[]);
        for (t, name) in
            [("Xoan sends money to her mother every month.", "Xoan"), ("người nhận là Thom", "Thom"), ("邻居杨帮她找到了工作。", "杨")]
        {
            assert!(
                found(&rules, t).iter().all(|f| f.0 != name),
                "the rules alone find {name} in {t}: the example no longer tests the model"
            );
            assert!(found(&r, t).contains(&(name.to_owned(), RULE.to_owned(), Confidence::Possible)), "{t}: {:?}", found(&r, t));
        }
        // What a rule found keeps its rule and confidence.
        let t = "Em nhắn Zalo cho chị Hằng ở Nghệ An.";
        assert_eq!(found(&r, t), found(&rules, t));
        assert!(found(&r, t).iter().all(|f| f.0 != "Zalo" && f.0 != "Nghệ An"), "{:?}", found(&r, t));
        // The keep-list vetoes the model's spans too.
        let t = "Nụ, Loan và em đi làm ở xưởng.";
        assert!(found(&r, t).iter().any(|f| f.0 == "Loan" && f.1 == RULE));
        let kept = Redactor::with_keep_list(&[], &["Loan".to_owned()]).with_name_model(Tagging::Committed);
        assert!(found(&kept, t).iter().all(|f| f.0 != "Loan"), "{:?}", found(&kept, t));
        for t in ["I called the IOM office in Hanoi on Zalo.", "The Red Cross volunteer drove us to Osaka."] {
            assert!(found(&r, t).iter().all(|f| f.1 != RULE), "{t}: {:?}", found(&r, t));
        }
    }

    #[test]
    fn platforms_provinces_and_bodies_are_no_names() {
        assert!(!plausible("Zalo", 0, 4));
        assert!(!plausible("IOM", 0, 3));
        assert!(plausible("Xoan", 0, 4));
    }
}
