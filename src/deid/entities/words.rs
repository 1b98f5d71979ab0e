//! The word view the rules read: a text's words with their folded forms, original ranges,
//! shapes ([`LETTERS`], [`CAPITAL`], …) and flags from the one lexicon ([`Entities::flags`],
//! built once by `Entities::new` from the name lexicon and every rule's word lists, one flag
//! per list), the CJK anchors, and the helpers every concept's rules share ([`Words`], [`Hit`],
//! [`align`]).

use super::*;

/// The generated name lexicon (see `scripts/lexicons.py` for sources, versions and licences).
const NAMES_TSV: &str = include_str!("../lexicon/names.tsv");

// Flags of a folded Latin word.
pub(super) const VI_FAMILY: u32 = 1;

pub(super) const VI_MIDDLE: u32 = 1 << 1;

pub(super) const VI_GIVEN: u32 = 1 << 2;

pub(super) const JA_FAMILY: u32 = 1 << 3;

pub(super) const JA_GIVEN: u32 = 1 << 4;

pub(super) const EN_GIVEN: u32 = 1 << 5;

pub(super) const EN_FAMILY: u32 = 1 << 6;

/// An honorific or kinship term before a name (`anh`, `Mr`).
pub(super) const CUE_BEFORE: u32 = 1 << 7;

/// A Japanese honorific after a name (`san`).
pub(super) const CUE_AFTER: u32 = 1 << 8;

/// A verb of contact before a name (`called`, `gọi`).
pub(super) const VERB: u32 = 1 << 9;

/// A legal form after the name (`ltd`, `inc`).
pub(super) const LEGAL_AFTER: u32 = 1 << 10;

/// The first word of a legal form before the name (`công ty`, `cty`).
pub(super) const LEGAL_BEFORE: u32 = 1 << 11;

/// A locality word before a name or number (`thôn`).
pub(super) const LOCALITY: u32 = 1 << 12;

/// A street word (`đường`, `road`).
pub(super) const STREET: u32 = 1 << 13;

/// Never part of a name: platforms, legal forms, pronouns and sentence words.
pub(super) const STOP: u32 = 1 << 14;

/// A place word after a name (`village`, `hamlet`).
pub(super) const PLACE_AFTER: u32 = 1 << 15;

/// A Vietnamese family name that is only a reading of a Chinese surname (`vi-family-reading`:
/// Thạch, Lưu, Hương): a family name to the rules, but not too common to stand for a known
/// value alone, as the commonest ones (`vi-family`: Nguyễn, Trần) are.
const VI_READING: u32 = 1 << 16;

/// `ID` before a colon and a handle (`ID: rin-osk`).
pub(super) const ID_CUE: u32 = 1 << 17;

/// A messaging platform's name before a handle (`Zalo`).
pub(super) const PLATFORM: u32 = 1 << 18;

/// An English word of a company's trade after its name ([`EN_TRADES`]).
pub(super) const EN_TRADE: u32 = 1 << 19;

/// `xưởng` (workshop) and `nhà` of `nhà máy` (factory), before a workshop's name.
pub(super) const WORKSHOP: u32 = 1 << 20;

/// The words that start a rule needing no capital letter: a Vietnamese family name (`nguyen
/// van an`), a legal form before a number, a locality or street word before one (`xóm 3`), a
/// platform's name before a handle (`line của em: thu_hang`).
pub(super) const WITHOUT_CAPITALS: u32 = VI_FAMILY | LEGAL_BEFORE | LOCALITY | STREET | ID_CUE | PLATFORM;

pub(super) const NAME_FLAGS: u32 = VI_FAMILY | VI_MIDDLE | VI_GIVEN | JA_FAMILY | JA_GIVEN | EN_GIVEN | EN_FAMILY;

/// A Vietnamese family name that is no other word written plainly ([`VI_FAMILIES_PLAIN`]).
const VI_PLAIN: u32 = 1 << 21;

/// A word naming a public place after its name (`airport`, `station`): the capitalised words
/// before it name the place, no person ([`facility_name`]).
pub(super) const FACILITY: u32 = 1 << 30;

/// A noun naming a handle or an account before a comma or colon and the handle itself (`the
/// same page, hoa.tran91`; [`handle_after_noun`]), or a word before a handle with no platform
/// named (`from dibrino_khoa`; [`bare_handle_after_cue`]).
pub(super) const HANDLE_NOUN: u32 = 1 << 31;

// The words the sixth round's name rules ask about, in the one lexicon so that the flags the
// word pass looked up once answer them (bits 22 to 27).
/// What a person does after their name in English ([`EN_PREDICATES`]: `said`, `shared`).
pub(super) const PREDICATE: u32 = 1 << 22;

/// A word of an organisation's or a place's name, never of a person's ([`BODY_WORDS`]).
pub(super) const BODY: u32 = 1 << 23;

/// An English word that opens a sentence, capitalised there but no name ([`EN_OPENERS`]).
pub(super) const OPENER: u32 = 1 << 24;

/// An English role before a name that the earlier rules do not read ([`MORE_ROLE_CUES`]).
pub(super) const ROLE: u32 = 1 << 25;

/// A Chinese surname in Latin letters ([`ZH_SURNAMES_LATN`], and the compound ones).
pub(super) const ZH_SURNAME: u32 = 1 << 26;

/// A compound Chinese surname written as one word ([`ZH_COMPOUND_SURNAMES`]: `ouyang`).
pub(super) const ZH_COMPOUND: u32 = 1 << 27;

/// The flags above, which make no word a listed one to the word pass's first gate (`any`):
/// they only say what a word is to a rule already running.
pub(super) const RULE_WORDS: u32 = PREDICATE | BODY | OPENER | ROLE | ZH_SURNAME | ZH_COMPOUND;

/// The cues: words that may start a detection in lower case ([`may_start`]). A title, kinship
/// or role word, a verb of contact, an honorific after a name, a legal form, a locality or
/// street word, a platform, `ID`, a plain Vietnamese family name (`nguyen van an`). A new rule
/// that starts at a lower-case word gives that word one of these flags (its list in
/// [`Entities::new`]), or a new flag added here.
pub(super) const CUES: u32 = CUE_BEFORE
    | CUE_AFTER
    | VERB
    | LEGAL_AFTER
    | LEGAL_BEFORE
    | LOCALITY
    | STREET
    | PLACE_AFTER
    | ID_CUE
    | PLATFORM
    | VI_PLAIN
    | WORKSHOP
    | HANDLE_NOUN;

/// Whether a word of [`Entities::latin`] (its flags and shape) may start a detection: only a
/// capitalised word, a number or a cue ([`CUES`]) does. A lower-case word that is only listed as
/// a name (`to`, `an`, `my`: Tô, An, Mỹ) starts nothing: a name in lower case needs a cue or a
/// capitalised word first. Every rule of the word pass starts at such a word (the one rule
/// before this gate, a Chinese name standing alone in Latin text, starts at CJK characters).
pub(super) fn may_start(flags: u32, shape: Shape) -> bool {
    flags & CUES != 0 || shape & (CAPITAL | DIGITS) != 0
}

/// A word's shape in [`Entities::latin`], a bit each: its folded form is letters only, digits
/// only; its original starts with a capital, has a letter outside ASCII (diacritics); what is
/// between it and the next word.
pub(super) type Shape = u16;

pub(super) const LETTERS: Shape = 1;

pub(super) const DIGITS: Shape = 1 << 1;

pub(super) const CAPITAL: Shape = 1 << 2;

pub(super) const MARKED: Shape = 1 << 3;

/// Only spaces, `-`, `&` or `'` between the word and the next one in the original (found with
/// the words when they are read whole: see `joined` in [`Entities::latin`]).
pub(super) const JOINED: Shape = 1 << 4;

// What a word may be the cue of for the capitalised word after it: the rules of [`RULES_AT`]
// that look back one word for a cue are asked only at a word after one of theirs
// (`Words::start_classes`). Looked up with the flags, from the lexicon: the same byte as the
// shape, whose three high bits they are.
/// A title's or kinship word's last word, `của` ([`VI_TITLE_ENDS`]), an English verb of reaching
/// a person or of a quote ([`EN_REACH_VERBS`], [`EN_SAID`]): before a name.
pub(super) const PRECEDES_NAME: Shape = 1 << 5;

/// A verb, preposition or noun before an organisation's or a place's name (`paid`, `at`, `from`,
/// `near`, `ở`, `tại`, `qua`, `của`: [`organisation_after_a_verb_of_work`],
/// [`Entities::place_before_its_province`], [`Entities::romaji_place_after_near`]).
pub(super) const PRECEDES_ORG: Shape = 1 << 6;

/// A shop's word or its trade (`tiệm`, `hàng`, [`VI_SHOP_TRADES`]), or `chợ`: before a shop's or
/// a village's name ([`shop_after_its_word`], [`village_after_a_market`]).
pub(super) const PRECEDES_SHOP: Shape = 1 << 7;

/// Exactly one space between the word and the next one in the original (`Words::spaced`: the
/// commonest question the rules ask of what is between two words).
pub(super) const SPACED: Shape = 1 << 8;

/// Exactly `-` between the word and the next one in the original (`Words::hyphened`).
pub(super) const HYPHENED: Shape = 1 << 9;

/// A word whose fold is a word of [`VI_NOT_NAMES`], [`EN_PRONOUNS`], [`VI_BODY_HEADS`] or
/// [`VI_UNITS`] (from the lexicon, with the cue bits): only such a word may be one of them as
/// written, which `Entities::name_word_after` asks of each candidate.
pub(super) const NOT_NAME_WORD: Shape = 1 << 10;

/// The word's original is letters only (`Words::letters`; a folded word may be letters only
/// though its original is not: combining marks written apart). Set when the words are read
/// whole ([`Entities::ascii_words`], [`Entities::latin_words`]).
pub(super) const WRITTEN_LETTERS: Shape = 1 << 11;

/// A word [`Entities::cue_name`] starts at besides a role ([`CUE_NAME_WORDS`],
/// [`EN_NAME_CUES`]; from the lexicon, with the cue bits): with the flags of its other cues it
/// lets `Entities::names_at_cue` pass over a lower-case word none of its rules starts at.
pub(super) const NAME_CUE_WORD: Shape = 1 << 12;

/// A word after a capitalised word that lets `Entities::names_in_clause` ask for a subject
/// ([`CLAUSE_CUE_WORDS`]; from the lexicon, with the cue bits).
pub(super) const CLAUSE_CUE_WORD: Shape = 1 << 13;

/// A Vietnamese word of a company's trade ([`VI_TRADES`]; from the lexicon, with the cue bits):
/// the pass's `industry` asks it instead of the list.
pub(super) const VI_TRADE_WORD: Shape = 1 << 14;

/// Whether `c` is a Latin letter below U+0250 or of Latin Extended Additional (Vietnamese):
/// the Latin-1 letters, Latin Extended-A and -B, U+1E00 to U+1EFF; no `×`, `÷`. Every one is
/// alphabetic.
#[inline]
pub(super) fn latin_letter_below_u250(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷'
}

/// The lists of [`NOT_NAME_WORD`].
pub(super) const NOT_NAME_LISTS: [&[&str]; 4] = [VI_NOT_NAMES, EN_PRONOUNS, VI_BODY_HEADS, VI_UNITS];

/// [`VI_NOT_NAMES`]'s bit for [`Entities::in_not_name_lists`] (its place in [`NOT_NAME_LISTS`]).
pub(super) const NOT_NAMES_LIST: u8 = 1;
/// [`EN_PRONOUNS`]'s bit for [`Entities::in_not_name_lists`].
pub(super) const PRONOUNS_LIST: u8 = 1 << 1;
/// [`VI_BODY_HEADS`]'s bit for [`Entities::in_not_name_lists`].
pub(super) const BODY_HEADS_LIST: u8 = 1 << 2;
/// [`VI_UNITS`]'s bit for [`Entities::in_not_name_lists`].
pub(super) const UNITS_LIST: u8 = 1 << 3;

/// [`SPACED`] or [`HYPHENED`], from the bytes `gap` between two words.
#[inline]
pub(super) fn gap_shape(gap: &[u8]) -> Shape {
    match gap {
        b" " => SPACED,
        b"-" => HYPHENED,
        _ => 0,
    }
}

/// The cues and verbs that count when written in ASCII (`chi` for `chị`); the others are also
/// ordinary words without their diacritics (`di` is `đi`, go; `hoi` is `hội`, association).
pub(super) const CUES_ASCII: &[&str] = &[
    "anh",
    "chi",
    "em",
    "chu",
    "bac",
    "ong",
    "goi",
    "gap",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "madam",
    "uncle",
    "aunt",
    "auntie",
    "sister",
    "brother",
    "grandma",
    "grandpa",
    "father",
    "fr",
    "sr",
    "cha",
    "volunteer",
    "friend",
    "neighbour",
    "neighbor",
    "cousin",
    "colleague",
    "supervisor",
    "interpreter",
    "called",
    "call",
    "phoned",
    "texted",
    "messaged",
    "met",
    "asked",
    "told",
    "contacted",
    "visited",
];

/// The Vietnamese cues and verbs as written with their diacritics (lower case).
pub(super) const CUES_WRITTEN: &[&str] =
    &["chị", "cô", "chú", "bác", "ông", "bà", "dì", "cậu", "mợ", "thím", "gọi", "nhờ", "gặp", "hỏi", "báo"];

/// Words never part of a name (folded).
const STOPS: &[&str] = &[
    "zalo",
    "facebook",
    "fb",
    "line",
    "telegram",
    "viber",
    "messenger",
    "tiktok",
    "instagram",
    "wechat",
    "kakaotalk",
    "whatsapp",
    "co",
    "ltd",
    "inc",
    "corp",
    "llc",
    "jsc",
    "company",
    "the",
    "a",
    "an",
    "she",
    "he",
    "i",
    "we",
    "they",
    "her",
    "his",
    "it",
    "in",
    "on",
    "at",
    "and",
    "but",
    "then",
    "when",
    "after",
    "before",
    "from",
    "to",
    "for",
    "with",
    "of",
    "my",
    "our",
    "their",
    "tnhh",
    "cong",
    "ty",
    "id",
    "sms",
    "tel",
    "phone",
    "email",
    "mail",
    "whatsapp",
    "toi",
    "chung",
    "no",
    "nay",
    "kia",
    "va",
    "o",
    "se",
    "cua",
    "voi",
    "khi",
    "sau",
    "truoc",
    "thang",
    "ngay",
    "gio",
    "yen",
    "vnd",
    "ntd",
    "usd",
    "so",
    "tinh",
    "huyen",
    "xa",
    "pho",
    "quan",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "madam",
    "ok",
    "yes",
    "province",
    "prefecture",
    "city",
    "district",
    "county",
    "region",
    "country",
    "commune",
    "ward",
    "village",
    "hamlet",
    "town",
    "township",
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "drive",
    "boulevard",
    "place",
    "plaza",
    "not",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "september",
    "october",
    "november",
    "december",
    "god",
    "church",
    "union",
    "ngo",
];

/// A lexicon key: a word of fewer than [`KEY_LEN`] bytes as one integer, its bytes
/// zero-padded (no word holds a zero byte), so that a lookup hashes and compares two machine
/// words and follows no pointer. Longer words are in no lexicon the rules read.
pub(super) type Key = u128;

pub(super) const KEY_LEN: usize = 16;

pub(super) fn key(word: &str) -> Option<Key> {
    let b = word.as_bytes();
    // Byte by byte, not copied into a buffer: a copy of a variable length is a call to memcpy.
    let le = |part: &[u8]| part.iter().rev().fold(0u64, |k, &c| k << 8 | u64::from(c));
    (b.len() < KEY_LEN).then(|| Key::from(le(&b[..b.len().min(8)])) | Key::from(le(&b[b.len().min(8)..])) << 64)
}

/// What a CJK anchor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Anchor {
    Title,
    Legal {
        before_too: bool,
    },
    PlaceNamed,
    Unit,
    JaFamily,
    /// A Chinese verb of contact before a name (`聯絡`).
    VerbBefore,
    /// A Chinese verb after a name (`介紹`).
    VerbAfter,
    /// A messaging platform's name in CJK text (`在Zalo rin-osk上`), before a handle.
    Platform,
    /// `ID` and a colon in CJK text (`ID：rin-osk`), before a handle.
    IdCue,
    /// A trade word after a company's name with no legal form (`福源機械`, `鑫隆五金`).
    Trade,
    /// A Japanese ward or city before a town's name and block numbers (`北区赤羽2-3-4`).
    Ward,
}

pub(super) fn is_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3041..=0x309F)
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F | 0x3005)
}

pub(super) fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A0..=0x30FF) && c != '・'
}

/// A Chinese or Japanese character: Han, hiragana or katakana ([`is_han`], [`is_hiragana`],
/// [`is_katakana`]).
pub(super) fn is_cjk(c: char) -> bool {
    is_han(c) || is_hiragana(c) || is_katakana(c)
}

pub(super) fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || "一二三四五六七八九十〇零百-".contains(c)
}

impl Entities {
    pub(super) fn new() -> Entities {
        let mut words: FxHashMap<Key, (u32, Shape)> = FxHashMap::default();
        let mut shapes = Box::new([[false; KEY_LEN]; 128]);
        let mut add = |w: &str, (flag, precedes): (u32, Shape)| {
            let k = fold_key(w);
            if let (Some(key), false) = (key(&k), k.is_empty() || k.contains(' ')) {
                let entry = words.entry(key).or_default();
                entry.0 |= flag;
                entry.1 |= precedes;
                if k.as_bytes()[0] < 128 {
                    shapes[usize::from(k.as_bytes()[0])][k.len()] = true;
                }
            }
        };
        let mut cjk_patterns: Vec<String> = Vec::new();
        let mut anchors = Vec::new();
        let (mut ja_given, mut family_han) = (std::collections::HashSet::new(), std::collections::HashSet::new());
        let mut zh_given_chars = std::collections::HashSet::new();
        for line in NAMES_TSV.lines() {
            let Some((kind, name)) = line.split_once('\t') else { continue };
            let flag = match kind {
                "vi-family" => VI_FAMILY,
                "vi-family-reading" => VI_FAMILY | VI_READING,
                "vi-middle" => VI_MIDDLE,
                "vi-given" => VI_GIVEN,
                "ja-family-Latn" => JA_FAMILY,
                "ja-given-Latn" => JA_GIVEN,
                "en-given" => EN_GIVEN,
                "en-family" => EN_FAMILY,
                "ja-family" => {
                    family_han.insert(name);
                    if name.chars().count() >= 2 {
                        cjk_patterns.push(name.to_owned());
                        anchors.push(Anchor::JaFamily);
                    }
                    continue;
                }
                "ja-given" => {
                    ja_given.insert(name);
                    continue;
                }
                "zh-family" => {
                    family_han.insert(name);
                    continue;
                }
                "zh-given" => {
                    zh_given_chars.extend(name.chars());
                    continue;
                }
                _ => continue,
            };
            // Multi-word given names ("Mai Bảo") count word by word.
            for w in name.split_whitespace() {
                add(w, (flag, 0));
            }
        }
        for (list, flag) in [
            (CUES_BEFORE, CUE_BEFORE),
            (ROLE_CUES, CUE_BEFORE),
            (CUES_AFTER, CUE_AFTER),
            (VERBS, VERB),
            (LEGAL_AFTERS, LEGAL_AFTER),
            (&["cong", "cty", "doanh", "xi", "ctcp"][..], LEGAL_BEFORE),
            (LOCALITIES_ASCII, LOCALITY),
            (&["ban", "ap", "lang", "to", "xa", "khu", "kiet"][..], LOCALITY),
            (STREETS_BEFORE, STREET),
            (STREETS_AFTER, STREET),
            (PLACES_AFTER, PLACE_AFTER),
            (STOPS, STOP),
            (&["id"][..], ID_CUE),
            (PLATFORMS, PLATFORM),
            (EN_TRADES, EN_TRADE),
            (&["xuong", "nha"][..], WORKSHOP),
            (PLATFORMS_SHORT, PLATFORM),
            (VI_FAMILIES_PLAIN, VI_PLAIN),
            (NAME_INTROS, NAME_INTRO),
            (VI_PERSON_VERBS, PERSON_VERB),
            (EN_PERSON_VERBS, PERSON_VERB),
            (EN_TRADES_MORE, EN_TRADE),
            (FACILITIES, FACILITY),
            (HANDLE_NOUNS_BEFORE_COMMA, HANDLE_NOUN),
            (HANDLE_CUES_BARE, HANDLE_NOUN),
            (EN_PREDICATES, PREDICATE),
            (BODY_WORDS, BODY),
            (EN_OPENERS, OPENER),
            (MORE_ROLE_CUES, ROLE),
            (ZH_SURNAMES_LATN, ZH_SURNAME),
            (ZH_COMPOUND_SURNAMES, ZH_SURNAME | ZH_COMPOUND),
        ] {
            for w in list {
                add(w, (flag, 0));
            }
        }
        // The cues of the rules that look back one word (the written forms folded by `add`).
        let before_orgs = EN_CUES_BEFORE_ORG.iter().chain(VI_CUES_BEFORE_ORG).map(|&(w, _)| w);
        for w in VI_TITLE_ENDS.iter().chain(EN_REACH_VERBS).chain(EN_SAID) {
            add(w, (0, PRECEDES_NAME));
        }
        for w in EN_CUES_ALONE
            .iter()
            .copied()
            .chain(before_orgs)
            .chain(PROVINCE_PLACE_CUES.iter().copied())
            .chain(ROMAJI_PLACE_CUES.iter().copied())
        {
            add(w, (0, PRECEDES_ORG));
        }
        for w in VI_SHOP_TRADES.iter().chain(VI_SHOP_WORDS).chain(MARKET).chain(VI_CLINIC_KINDS).chain(&["khám"]) {
            add(w, (0, PRECEDES_SHOP));
        }
        for w in NOT_NAME_LISTS.iter().flat_map(|list| list.iter()) {
            add(w, (0, NOT_NAME_WORD));
        }
        for w in CUE_NAME_WORDS.iter().chain(EN_NAME_CUES) {
            add(w, (0, NAME_CUE_WORD));
        }
        for w in CLAUSE_CUE_WORDS {
            add(w, (0, CLAUSE_CUE_WORD));
        }
        for w in VI_TRADES {
            add(w, (0, VI_TRADE_WORD));
        }
        family_han.extend(ZH_COMPOUND_SURNAMES_HAN);
        // Vietnamese function words that are names too (`đang`/`Đặng`, `thì`/`Thị`) stay names.
        for w in ["dang", "thi", "ho", "do", "day", "la", "da", "nam", "thanh", "cho", "dong", "nhung"] {
            let (flags, _) = words.entry(key(w).expect("a short word")).or_default();
            if *flags & (VI_FAMILY | VI_MIDDLE | VI_GIVEN) == 0 {
                *flags |= STOP;
            }
            shapes[usize::from(w.as_bytes()[0])][w.len()] = true;
        }
        for (list, anchor) in [(CJK_TITLES, Anchor::Title), (CJK_PLACE_NAMED, Anchor::PlaceNamed), (CJK_UNITS, Anchor::Unit)] {
            for p in list {
                cjk_patterns.push((*p).to_owned());
                anchors.push(anchor);
            }
        }
        for (list, anchor) in [(ZH_VERBS_BEFORE, Anchor::VerbBefore), (ZH_VERBS_AFTER, Anchor::VerbAfter)] {
            for p in list {
                cjk_patterns.push((*p).to_owned());
                anchors.push(anchor);
            }
        }
        for p in CJK_LEGAL {
            cjk_patterns.push((*p).to_owned());
            anchors.push(Anchor::Legal { before_too: CJK_LEGAL_BEFORE.contains(p) });
        }
        for p in PLATFORMS.iter().chain(CJK_PLATFORMS).chain(PLATFORMS_SHORT) {
            cjk_patterns.push((*p).to_owned());
            anchors.push(Anchor::Platform);
        }
        cjk_patterns.push("id".to_owned());
        anchors.push(Anchor::IdCue);
        for p in CJK_TRADES {
            cjk_patterns.push((*p).to_owned());
            anchors.push(Anchor::Trade);
        }
        for p in ["区", "市"] {
            cjk_patterns.push(p.to_owned());
            anchors.push(Anchor::Ward);
        }
        let cjk = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&cjk_patterns)
            .expect("valid CJK anchors");
        let mut not_name_forms: FxHashMap<Key, Vec<(&'static str, u8)>> = FxHashMap::default();
        for (n, list) in NOT_NAME_LISTS.iter().enumerate() {
            // An entry with a space is never one word's form.
            for &w in list.iter().filter(|w| !w.contains(' ')) {
                if let Some(k) = key(&fold_key(w)) {
                    let forms = not_name_forms.entry(k).or_default();
                    match forms.iter_mut().find(|(form, _)| *form == w) {
                        Some((_, lists)) => *lists |= 1 << n,
                        None => forms.push((w, 1 << n)),
                    }
                }
            }
        }
        Entities { words, shapes, cjk, anchors, ja_given, family_han, zh_given_chars, not_name_forms }
    }

    /// Whether word `k` of `v` is written (in lower case) as a word of one of the lists of
    /// [`NOT_NAME_LISTS`] whose bits are in `lists` (`1 << n` for list `n`): [`Words::is`] of
    /// those lists, asked only of the entries that fold as the word does.
    pub(super) fn in_not_name_lists(&self, v: &Words, k: usize, lists: u8) -> bool {
        let found = k < v.n
            && key(v.word(k)).and_then(|key| self.not_name_forms.get(&key)).is_some_and(|forms| {
                let written = v.written(k);
                forms.iter().any(|&(w, l)| l & lists != 0 && w.len() == written.len() && lower_is(written, w))
            });
        debug_assert_eq!(found, NOT_NAME_LISTS.iter().enumerate().any(|(n, list)| lists & 1 << n != 0 && v.is(k, list)), "{:?}", k);
        found
    }

    /// Whether a folded part of a known value is too common to stand for it alone: a platform
    /// name, a legal form, an honorific, a lone family name (`zalo`, `co ltd`, `nguyen`).
    pub(crate) fn common_part(&self, folded: &str) -> bool {
        let mut words = folded.split(' ');
        let first = words.next().unwrap_or("");
        let single = !folded.contains(' ');
        let flags = self.flags(first);
        let family = flags & VI_FAMILY != 0 && (flags & VI_READING == 0 || flags & (VI_GIVEN | VI_MIDDLE) == 0);
        (single && (family || flags & (STOP | EN_FAMILY | CUE_BEFORE | LEGAL_AFTER) != 0 || self.family_han.contains(folded)))
            || folded
                .split(' ')
                .all(|w| self.flags(w) & LEGAL_AFTER != 0 || matches!(w, "co" | "cong" | "ty" | "cty" | "tnhh" | "phan" | "company"))
    }

    /// Whether an ASCII word (any case) is a listed given or family name (`hoa`, `Rin`).
    pub(super) fn is_name_word(&self, word: &str) -> bool {
        let mut buf = [0u8; 15];
        let Some(lower) = buf.get_mut(..word.len()) else { return false };
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|w| self.flags(w) & NAME_FLAGS != 0)
    }

    /// [`Entities::flags_and_cues`] of a word given by its first byte, its length and its [`key`].
    fn flags_of_key(&self, first: u8, len: usize, key: Key) -> (u32, Shape) {
        if first < 128 && len < KEY_LEN && self.shapes[usize::from(first)][len] {
            self.words.get(&key).copied().unwrap_or_default()
        } else {
            (0, 0)
        }
    }

    /// The lexicon's flags of a folded word ([`VI_FAMILY`], …; 0 for a word in no list).
    pub(super) fn flags(&self, word: &str) -> u32 {
        self.flags_and_cues(word).0
    }

    /// The lexicon's flags of a folded word and what it may be the cue of for the next word
    /// ([`PRECEDES_NAME`], [`PRECEDES_ORG`], [`PRECEDES_SHOP`]; kept in the word's shape).
    pub(super) fn flags_and_cues(&self, word: &str) -> (u32, Shape) {
        match word.as_bytes().first() {
            Some(&b) if b < 128 && word.len() < KEY_LEN && self.shapes[usize::from(b)][word.len()] => {
                key(word).and_then(|k| self.words.get(&k)).copied().unwrap_or_default()
            }
            _ => (0, 0),
        }
    }

    /// The words of an ASCII `text` with their flags and shapes (capitals included) into `toks`
    /// and `shape` and their original ranges into `ranges`, in one pass over its bytes (the
    /// three empty when called); returns whether any word is listed (not as a stop word only)
    /// and any is [`WITHOUT_CAPITALS`]. The folded view
    /// of an ASCII text is its runs of letters and digits in lower case, one space between: the
    /// words are split here by the fold's own table ([`ASCII_FOLD`]), so they are the folded
    /// words one for one and need no [`align`]ment. `None` (and nothing pushed) should `ft` not
    /// be that view.
    pub(super) fn ascii_words(
        &self,
        text: &str,
        ft: &str,
        toks: &mut Vec<(usize, usize, u32)>,
        shape: &mut Vec<Shape>,
        ranges: &mut Vec<(usize, usize)>,
    ) -> Option<(bool, bool)> {
        let b = text.as_bytes();
        let (mut any, mut uncapitalised) = (false, false);
        // Where the next folded word starts; whether the bytes since the last word join it to
        // the next ([`JOINED`]).
        let (mut i, mut at, mut glue) = (0, 0, true);
        while i < b.len() {
            if ASCII_FOLD[usize::from(b[i])] == 0 {
                glue &= matches!(b[i], b' ' | b'-' | b'&' | b'\'');
                i += 1;
                continue;
            }
            if let (Some(last), Some(&(_, e))) = (shape.last_mut(), ranges.last()) {
                *last |= if glue { JOINED } else { 0 } | gap_shape(&b[e..i]);
            }
            glue = true;
            let s = i;
            // The folded word's lexicon key ([`key`]), made on the way.
            let (mut letters, mut numerals, mut lo, mut hi) = (true, true, 0u64, 0u64);
            while i < b.len() {
                let c = ASCII_FOLD[usize::from(b[i])];
                if c == 0 {
                    break;
                }
                letters &= c > b'9';
                numerals &= c <= b'9';
                match i - s {
                    j @ 0..8 => lo |= u64::from(c) << (8 * j),
                    j @ 8..KEY_LEN => hi |= u64::from(c) << (8 * (j - 8)),
                    _ => {}
                }
                i += 1;
            }
            let (fs, fe) = (at, at + i - s);
            at = fe + 1;
            debug_assert!(ft.get(fs..fe).is_some_and(|w| w.eq_ignore_ascii_case(&text[s..i])), "{text:?} folds to {ft:?}");
            let (flags, precedes) = self.flags_of_key(b[s].to_ascii_lowercase(), i - s, Key::from(lo) | Key::from(hi) << 64);
            any |= flags & !(STOP | RULE_WORDS) != 0;
            uncapitalised |= flags & WITHOUT_CAPITALS != 0;
            toks.push((fs, fe, flags));
            ranges.push((s, i));
            // An ASCII word's original is its folded word but for case: letters alike.
            shape.push(
                if letters { LETTERS | WRITTEN_LETTERS } else { 0 }
                    | if numerals { DIGITS } else { 0 }
                    | if b[s].is_ascii_uppercase() { CAPITAL } else { 0 }
                    | precedes,
            );
        }
        if at.saturating_sub(1) != ft.len() {
            toks.clear();
            shape.clear();
            ranges.clear();
            return None;
        }
        Some((any, uncapitalised))
    }

    /// The words of a `text` outside ASCII but below U+3000 (Latin with diacritics: Vietnamese)
    /// with their flags and whole shapes into `toks` and `shape` and their original ranges into
    /// `ranges` (the three empty when called), in one pass over the original
    /// beside its folded view `ft`: each original word (a run of letters, digits and combining
    /// marks, as [`align`] reads them) is paired with the next folded word, which gives its
    /// folded range, flags and shape, and the original gives its range, capital and diacritics.
    /// Returns what [`Entities::ascii_words`] returns. `None` (and nothing pushed) when the
    /// pairing is not one for one, exactly when [`align`] would fail: as many words, and each
    /// ASCII one its folded word but for case; or when a folded word mixes ASCII with other
    /// letters (split in parts by the folded view's tokenising), or at a character from U+3000
    /// (CJK text, most of which stops at the word pass's first gate before any alignment).
    pub(super) fn latin_words(
        &self,
        text: &str,
        ft: &str,
        toks: &mut Vec<(usize, usize, u32)>,
        shape: &mut Vec<Shape>,
        ranges: &mut Vec<(usize, usize)>,
    ) -> Option<(bool, bool)> {
        let (b, fb) = (text.as_bytes(), ft.as_bytes());
        // Whether the character at `i` is inside a word (as [`align`] decides), and its length;
        // `None` from U+3000 (lead byte 0xE3 and above). ASCII is classed a byte at a time
        // before this is called.
        // Whether it is a letter too ([`WRITTEN_LETTERS`]; every Latin letter is alphabetic).
        let class = |i: usize| -> Option<(bool, usize, bool)> {
            if b[i] >= 0xE3 {
                return None;
            }
            let c = text[i..].chars().next().expect("a character starts here");
            let latin = latin_letter_below_u250(c);
            let inside = latin || c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
            Some((inside, c.len_utf8(), latin || (inside && c.is_alphabetic())))
        };
        let (mut any, mut uncapitalised) = (false, false);
        // Where the next folded word starts; whether the characters since the last word join it
        // to the next ([`JOINED`]).
        let (mut i, mut at, mut glue) = (0, 0usize, true);
        let whole = 'pass: loop {
            // The next original word.
            let s = loop {
                if i >= b.len() {
                    break 'pass at.saturating_sub(1) == ft.len();
                }
                if b[i] < 0x80 {
                    if ASCII_FOLD[usize::from(b[i])] != 0 {
                        break i;
                    }
                    glue &= matches!(b[i], b' ' | b'-' | b'&' | b'\'');
                    i += 1;
                    continue;
                }
                let Some((inside, len, _)) = class(i) else { break 'pass false };
                if inside {
                    break i;
                }
                glue = false;
                i += len;
            };
            if let (Some(last), Some(&(_, e))) = (shape.last_mut(), ranges.last()) {
                *last |= if glue { JOINED } else { 0 } | gap_shape(&b[e..s]);
            }
            glue = true;
            // Whether the original word is letters only ([`WRITTEN_LETTERS`]).
            let mut written_letters = true;
            while i < b.len() {
                if b[i] < 0x80 {
                    if ASCII_FOLD[usize::from(b[i])] == 0 {
                        break;
                    }
                    written_letters &= b[i].is_ascii_alphabetic();
                    i += 1;
                    continue;
                }
                let Some((inside, len, letter)) = class(i) else { break 'pass false };
                if !inside {
                    break;
                }
                written_letters &= letter;
                i += len;
            }
            // Its folded word, up to the next space, read once: its shape and its lexicon key
            // ([`key`]) made on the way.
            let fs = at;
            let Some(rest) = fb.get(fs..) else {
                break 'pass false;
            };
            let (mut high, mut letters, mut numerals, mut lo, mut hi, mut len) = (0u8, true, true, 0u64, 0u64, 0usize);
            for &c in rest {
                if c == b' ' {
                    break;
                }
                high |= c;
                letters &= c.is_ascii_alphabetic();
                numerals &= c.is_ascii_digit();
                match len {
                    j @ 0..8 => lo |= u64::from(c) << (8 * j),
                    j @ 8..KEY_LEN => hi |= u64::from(c) << (8 * (j - 8)),
                    _ => {}
                }
                len += 1;
            }
            let fe = fs + len;
            at = fe + 1;
            let ascii = b[s..i].is_ascii();
            let mixed = !high.is_ascii() && fb[fs..fe].iter().any(u8::is_ascii_alphanumeric);
            let unlike = ascii && (i - s != fe - fs || b[s..i].iter().zip(&fb[fs..fe]).any(|(&o, &f)| ASCII_FOLD[usize::from(o)] != f));
            if fe == fs || mixed || unlike {
                break 'pass false;
            }
            let (flags, precedes) =
                if high.is_ascii() { self.flags_of_key(fb[fs], len, Key::from(lo) | Key::from(hi) << 64) } else { (STOP, 0) };
            debug_assert!(!high.is_ascii() || (flags, precedes) == self.flags_and_cues(&ft[fs..fe]), "{:?}", &ft[fs..fe]);
            any |= flags & !(STOP | RULE_WORDS) != 0;
            uncapitalised |= flags & WITHOUT_CAPITALS != 0;
            toks.push((fs, fe, flags));
            ranges.push((s, i));
            let capital = if ascii { b[s].is_ascii_uppercase() } else { text[s..].chars().next().is_some_and(char::is_uppercase) };
            shape.push(
                if letters { LETTERS } else { 0 }
                    | if numerals { DIGITS } else { 0 }
                    | if capital { CAPITAL } else { 0 }
                    | if ascii { 0 } else { MARKED }
                    | if written_letters { WRITTEN_LETTERS } else { 0 }
                    | precedes,
            );
        };
        if !whole {
            toks.clear();
            shape.clear();
            ranges.clear();
            return None;
        }
        Some((any, uncapitalised))
    }

    pub(super) fn written(&self, text: &str, (s, e): (usize, usize), word: &str) -> bool {
        lower_is(&text[s..e], word)
    }
}

/// The vectors of the word view ([`Words`]) of [`Entities::latin`]: each word's folded range
/// and flags, its shape, and its original range when the words are read whole. Kept by each
/// thread from text to text, cleared, not freed: most texts of an export are short, and three
/// allocations were a part of each one's cost.
#[derive(Default)]
pub(super) struct WordBuffers {
    pub(super) toks: Vec<(usize, usize, u32)>,
    pub(super) shape: Vec<Shape>,
    pub(super) ranges: Vec<(usize, usize)>,
}

impl WordBuffers {
    /// Above this many words' room the vectors are given back after a text: a long document
    /// leaves no large buffer behind.
    const KEPT_WORDS: usize = 1 << 14;

    /// Empties the vectors, keeping their room.
    pub(super) fn clear(&mut self) {
        self.toks.clear();
        self.shape.clear();
        self.ranges.clear();
    }

    /// Frees the vectors if a long text made them larger than [`WordBuffers::KEPT_WORDS`].
    pub(super) fn release_if_large(&mut self) {
        if self.toks.capacity().max(self.shape.capacity()).max(self.ranges.capacity()) > Self::KEPT_WORDS {
            *self = WordBuffers::default();
        }
    }
}

/// The words of a text as [`Entities::latin`] reads them, for the rules written as functions
/// of their own: plain slices and methods (no closures), so that the compiler can inline each
/// question a rule asks of a word.
pub(super) struct Words<'a> {
    pub(super) text: &'a str,
    /// The folded text and its words' ranges in it.
    pub(super) ft: &'a str,
    pub(super) toks: &'a [(usize, usize, u32)],
    pub(super) n: usize,
    /// Whether a word may be Chinese or Japanese characters: not when the words were read
    /// whole from the original ([`Entities::ascii_words`], [`Entities::latin_words`]), which
    /// holds no character from U+3000 then.
    pub(super) cjk: bool,
    /// Each word's shape ([`LETTERS`], [`DIGITS`], [`CAPITAL`], [`MARKED`], [`JOINED`]) and the
    /// rules it may be the cue of for the next word ([`PRECEDES_NAME`], [`PRECEDES_ORG`],
    /// [`PRECEDES_SHOP`]).
    pub(super) shape: &'a [Shape],
    /// Each word's range in the original.
    pub(super) ranges: Ranges<'a>,
}

/// Where [`Words`] finds each word's range in the original.
pub(super) enum Ranges<'a> {
    /// Read with the words, or the original's words lined up with the folded ones ([`align`]).
    Aligned(&'a [(usize, usize)]),
    /// Through the folded view's map, word by word, each mapped once when first asked.
    Mapped { folded: &'a Folded<'a>, cells: &'a [std::cell::OnceCell<(usize, usize)>] },
}

impl Ranges<'_> {
    /// The original range of word `i` of `toks` (the folded words' ranges).
    #[inline]
    pub(super) fn get(&self, toks: &[(usize, usize, u32)], i: usize) -> (usize, usize) {
        match self {
            Ranges::Aligned(a) => a[i],
            Ranges::Mapped { folded, cells } => *cells[i].get_or_init(|| folded.original_range(toks[i].0, toks[i].1)),
        }
    }
}

impl Words<'_> {
    /// The folded text of word `i`.
    #[inline]
    pub(super) fn word(&self, i: usize) -> &str {
        let (s, e, _) = self.toks[i];
        &self.ft[s..e]
    }

    /// The lexicon's flags of word `i` (0 past the last word).
    #[inline]
    pub(super) fn fl(&self, i: usize) -> u32 {
        if i < self.n {
            self.toks[i].2
        } else {
            0
        }
    }

    /// Whether word `i` starts with a capital letter (false past the last word).
    #[inline]
    pub(super) fn cap(&self, i: usize) -> bool {
        i < self.n && self.shape[i] & CAPITAL != 0
    }

    /// Whether word `i` is ASCII digits only, as the word pass reads it (false past the last word).
    #[inline]
    pub(super) fn digits(&self, i: usize) -> bool {
        i < self.n && self.shape[i] & DIGITS != 0
    }

    /// Whether word `i` is written with diacritics: a Vietnamese word, whatever its plain
    /// spelling also is.
    #[inline]
    pub(super) fn marked(&self, i: usize) -> bool {
        i < self.n && self.shape[i] & MARKED != 0
    }

    /// Not a stop word, or a Vietnamese name word written with its diacritics (`Công`, `Yến`,
    /// not `cong`, `yen`).
    #[inline]
    pub(super) fn open(&self, i: usize) -> bool {
        let fl = self.fl(i);
        fl & STOP == 0 || (fl & (VI_FAMILY | VI_MIDDLE | VI_GIVEN) != 0 && self.marked(i))
    }

    /// A word that may be part of a name: capitalised, letters only, no stop word.
    #[inline]
    pub(super) fn namey(&self, i: usize) -> bool {
        i < self.n && self.shape[i] & (CAPITAL | LETTERS) == CAPITAL | LETTERS && self.open(i)
    }

    /// Only spaces (or `-`, `&`, `'`) between words `i` and `i + 1` in the original.
    #[inline]
    pub(super) fn joined(&self, i: usize) -> bool {
        i + 1 < self.n && if self.cjk { self.joined_in_cjk(i) } else { self.shape[i] & JOINED != 0 }
    }

    /// [`Words::joined`] of words not read whole (CJK text), from the original.
    #[cold]
    fn joined_in_cjk(&self, i: usize) -> bool {
        self.text[self.range(i).1..self.range(i + 1).0].chars().all(|c| c == ' ' || c == '-' || c == '&' || c == '\'')
    }

    /// Whether exactly one space is between words `i` and `i + 1` in the original (`between(i)
    /// == " "`, without slicing).
    #[inline]
    pub(super) fn spaced(&self, i: usize) -> bool {
        i < self.n && self.shape[i] & SPACED != 0
    }

    /// Whether exactly `-` is between words `i` and `i + 1` in the original (`between(i) == "-"`).
    #[inline]
    pub(super) fn hyphened(&self, i: usize) -> bool {
        i < self.n && self.shape[i] & HYPHENED != 0
    }

    /// The byte range of word `i` in the original.
    #[inline]
    pub(super) fn range(&self, i: usize) -> (usize, usize) {
        match self.ranges {
            Ranges::Aligned(a) => a[i],
            Ranges::Mapped { folded, cells } => *cells[i].get_or_init(|| folded.original_range(self.toks[i].0, self.toks[i].1)),
        }
    }

    /// The original text of word `k`.
    #[inline]
    pub(super) fn written(&self, k: usize) -> &str {
        let (s, e) = self.range(k);
        &self.text[s..e]
    }

    /// The original text between words `k` and `k + 1` (nothing after the last word).
    #[inline]
    pub(super) fn between(&self, k: usize) -> &str {
        if k + 1 >= self.n {
            return "";
        }
        &self.text[self.range(k).1..self.range(k + 1).0]
    }

    /// Whether word `k` is Chinese or Japanese characters.
    #[inline(always)]
    pub(super) fn han(&self, k: usize) -> bool {
        // A text read whole holds none: asked of every word, answered here without a call.
        self.cjk && self.han_in_cjk(k)
    }

    /// [`Words::han`] of words not read whole (CJK text).
    #[inline(never)]
    fn han_in_cjk(&self, k: usize) -> bool {
        // A word of other characters than ASCII in the folded view has the flags `STOP` only:
        // most words are ruled out without their original.
        k < self.n && self.fl(k) == STOP && self.written(k).starts_with(is_han)
    }

    /// The characters of the original right before and right after word `k` (none at the
    /// text's start or end), and whether each is Chinese or Japanese ([`is_cjk`]): the word
    /// touches CJK text there.
    pub(super) fn touching(&self, k: usize) -> ((Option<char>, bool), (Option<char>, bool)) {
        let (s, e) = self.range(k);
        let (before, after) = (self.text[..s].chars().next_back(), self.text[e..].chars().next());
        ((before, before.is_some_and(is_cjk)), (after, after.is_some_and(is_cjk)))
    }

    /// Whether word `k` is written in capitals throughout and short: an acronym (`IOM`, `ILO`,
    /// `OTIT`), the name of a body rather than of a person.
    #[inline]
    pub(super) fn acronym(&self, k: usize) -> bool {
        let w = self.written(k);
        w.len() <= 4 && !w.bytes().any(|b| b.is_ascii_lowercase()) && (w.is_ascii() || w.chars().all(|c| !c.is_lowercase()))
    }

    /// Whether word `k` may be a word of a person's name after a cue: capitalised letters (a
    /// Vietnamese syllable with its diacritics though it is also a stop word), no acronym.
    pub(super) fn name_word(&self, k: usize) -> bool {
        k < self.n && (self.namey(k) || (self.cap(k) && self.marked(k) && self.letters(k))) && !self.acronym(k)
    }

    /// Whether the original of word `k` is letters only (a Vietnamese syllable with its
    /// diacritics is; digits, combining marks written apart are not): [`WRITTEN_LETTERS`] when
    /// the words were read whole, else from the original.
    #[inline]
    pub(super) fn letters(&self, k: usize) -> bool {
        if !self.cjk {
            return self.shape[k] & WRITTEN_LETTERS != 0;
        }
        self.letters_in_cjk(k)
    }

    /// [`Words::letters`] of words not read whole (CJK text), from the original.
    #[cold]
    fn letters_in_cjk(&self, k: usize) -> bool {
        let w = self.written(k);
        if w.is_ascii() {
            w.bytes().all(|b| b.is_ascii_alphabetic())
        } else {
            w.chars().all(char::is_alphabetic)
        }
    }

    /// The last word of a person's name from word `k`: up to four capitalised words, joined,
    /// a hyphenated syllable in lower case taken with the one before it (`Chien-hung`).
    pub(super) fn name_run(&self, k: usize) -> Option<usize> {
        if !self.name_word(k) {
            return None;
        }
        let mut end = k;
        let mut words = 1;
        loop {
            if end + 1 < self.n && self.hyphened(end) && !self.cap(end + 1) && pinyin_shaped(self.word(end + 1)) {
                end += 1;
                continue;
            }
            let family = |k: usize| k < self.n && self.cap(k) && VI_FAMILIES_PLAIN.contains(&self.word(k));
            if words < 4 && self.joined(end) && !self.hyphened(end) && (self.name_word(end + 1) || family(end + 1)) {
                end += 1;
                words += 1;
                continue;
            }
            return Some(end);
        }
    }

    /// The last word of a short name from the name word `i` ([`Words::name_word`]): up to three
    /// name words, one space between each; `None` when they name a place
    /// ([`Entities::place_like`]: a province or larger). The name after a shop's word or a
    /// market's (`tiệm Ba Miền`, `chợ Bãi Sậy`).
    pub(super) fn short_name_not_a_place(&self, e: &Entities, i: usize) -> Option<usize> {
        let mut k = i;
        while k < i + 2 && self.joined(k) && self.spaced(k) && self.name_word(k + 1) {
            k += 1;
        }
        let (s, end) = (self.range(i).0, self.range(k).1);
        (!e.place_like(self.ft, self.toks[i].0, self.toks[k].1, &self.text[s..end])).then_some(k)
    }

    /// Whether any word from `a` to `b` is a listed name.
    pub(super) fn listed(&self, a: usize, b: usize) -> bool {
        (a..=b).any(|k| self.fl(k) & NAME_FLAGS != 0)
    }

    /// Whether word `k` is written (in lower case) as one of `words`.
    pub(super) fn is(&self, k: usize, words: &[&str]) -> bool {
        // Lower case keeps a Latin letter's length in UTF-8: most words are ruled out by it.
        k < self.n && {
            let written = self.written(k);
            words.iter().any(|w| w.len() == written.len() && lower_is(written, w))
        }
    }
}

/// A name found by a rule of this round: original byte range, rule, confidence, and the word
/// after which the word pass goes on.
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) rule: &'static str,
    pub(super) confidence: Confidence,
    pub(super) last: usize,
}

/// Whether folded word `k` of `v` has any of the lexicon's `flags` (0 past the last word).
pub(super) fn has(v: &Words, k: usize, flags: u32) -> bool {
    v.fl(k) & flags != 0
}

impl Hit {
    pub(super) fn found(self) -> Found {
        Found { start: self.start, end: self.end, rule: self.rule, label: "name", confidence: self.confidence }
    }
}

/// The original ranges of the folded words `toks` of `ft`, when the original's words (runs of
/// letters, digits and combining marks) line up with them one for one: as many, and each ASCII
/// one equal to its folded word but for case. `None` otherwise (NFKC split or joined a word).
pub(super) fn align(text: &str, ft: &str, toks: &[(usize, usize, u32)]) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::with_capacity(toks.len());
    let mut start: Option<usize> = None;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // ASCII a byte at a time; no ASCII character is a combining mark: only the others are
        // decoded and looked up.
        let (inside, len) = if b[i] < 0x80 {
            (b[i].is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().expect("a character starts here");
            // Latin letters with diacritics (`ễ`, `ư`) are letters without a table lookup.
            let latin = matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷';
            (latin || c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c), c.len_utf8())
        };
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    if out.len() != toks.len() {
        return None;
    }
    let same = out.iter().zip(toks).all(|(&(s, e), &(fs, fe, _))| {
        let o = &text[s..e];
        // The folded word is the original's in lower case: compared through the fold's table.
        !o.is_ascii() || (o.len() == fe - fs && o.bytes().zip(ft[fs..fe].bytes()).all(|(a, f)| ASCII_FOLD[usize::from(a)] == f))
    });
    same.then_some(out)
}

/// The byte ranges of a folded word's runs of ASCII and of other characters (`同鄉khuc` →
/// `同鄉`, `khuc`), in order.
pub(super) fn script_parts(word: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = word.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= b.len() {
            return None;
        }
        let ascii = b[at] < 0x80;
        let start = at;
        while at < b.len() && (b[at] < 0x80) == ascii {
            at += 1;
        }
        Some((start, at))
    })
}

/// Whether `text` holds a capital letter (in any script).
pub(super) fn has_capital(text: &str) -> bool {
    if text.is_ascii() {
        text.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        text.chars().any(char::is_uppercase)
    }
}

/// Whether `written` in lower case is `lower`, without allocating.
pub(super) fn lower_is(written: &str, lower: &str) -> bool {
    if written.is_ascii() {
        written.eq_ignore_ascii_case(lower)
    } else {
        written.chars().flat_map(char::to_lowercase).eq(lower.chars())
    }
}

pub(super) fn word_is(ft: &str, toks: &[(usize, usize, u32)], i: usize, w: &str) -> bool {
    toks.get(i).is_some_and(|&(s, e, _)| &ft[s..e] == w)
}

/// Where a run of at most `max` characters satisfying `ok` ending at byte `end` starts.
pub(super) fn run_back(t: &str, end: usize, max: usize, ok: impl Fn(char) -> bool) -> usize {
    let mut start = end;
    for (k, c) in t[..end].char_indices().rev().take(max) {
        if !ok(c) {
            break;
        }
        start = k;
    }
    start
}

/// Where a run of at most `max` characters satisfying `ok` starting at byte `start` ends.
pub(super) fn run_forward(t: &str, start: usize, max: usize, ok: impl Fn(char) -> bool) -> usize {
    let mut end = start;
    for c in t[start..].chars().take(max) {
        if !ok(c) {
            break;
        }
        end += c.len_utf8();
    }
    end
}

// Seventh round (issue 18, session 7): names by the clause they stand in (a Vietnamese or
// English subject and its verb, a vocative, an introduction, an apposition), by more roles in
// Chinese and Japanese, in katakana, in brackets and in lists. Each rule is a function of its
// own, called with one line from [`Entities::latin`], [`Entities::cjk`] or [`Entities::find`].

impl Words<'_> {
    /// Whether word `k` is ASCII digits only.
    #[inline]
    pub(super) fn number(&self, k: usize) -> bool {
        // Its folded word's digits only: [`DIGITS`], found with the words (`Words::digits`).
        self.digits(k)
    }

    /// A detection from word `a` to word `b`.
    pub(super) fn found(&self, a: usize, b: usize, rule: &'static str, label: &'static str, confidence: Confidence) -> Found {
        Found { start: self.range(a).0, end: self.range(b).1, rule, label, confidence }
    }

    /// The last word that starts before byte `end`, from word `k`.
    pub(super) fn last_before(&self, mut k: usize, end: usize) -> usize {
        while k + 1 < self.n && self.range(k + 1).0 < end {
            k += 1;
        }
        k
    }
}

// The name model's view of the one lexicon (`crate::deid::names_model`): its features read the
// flags here, and its spans are checked against them; no list is copied. Test-only, like the
// model (an experiment, not shipped).
#[cfg(test)]
impl Entities {
    /// The lexicon's flags of one folded Latin word (the bits of the flag constants above).
    pub(crate) fn lexicon_flags(&self, folded: &str) -> u32 {
        self.flags(folded)
    }

    /// What the lexicon knows of the Han or kana character `c` followed by `next`: 1 a listed
    /// family name alone, 2 the first character of a two-character family name, 4 a character
    /// of a listed Chinese given name, 8 the first of a listed two-character Japanese given name.
    pub(crate) fn han_lexicon_flags(&self, c: &str, next: &str) -> u32 {
        let two = format!("{c}{next}");
        let mut flags = u32::from(self.family_han.contains(c));
        flags |= u32::from(!next.is_empty() && self.family_han.contains(two.as_str())) << 1;
        flags |= u32::from(c.chars().next().is_some_and(|ch| self.zh_given_chars.contains(&ch))) << 2;
        flags |= u32::from(!next.is_empty() && self.ja_given.contains(two.as_str())) << 3;
        flags
    }

    /// Whether a folded word is listed as something other than a name (a platform, a legal
    /// form, a body's word, a locality or street word, a cue or role, a stop word) and as no name.
    pub(crate) fn not_a_name(&self, folded: &str) -> bool {
        let f = self.flags(folded);
        let other = PLATFORM | LEGAL_AFTER | LEGAL_BEFORE | BODY | LOCALITY | STREET | STOP | ID_CUE | CUES | ROLE | EN_TRADE | FACILITY;
        f & NAME_FLAGS == 0 && f & other != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deid::normalize::fold;

    #[test]
    fn the_words_not_of_a_name_are_in_the_lexicon() {
        // `name_word_after` asks the lists only of a word with the bit: each entry a word can be
        // (no space) must fold to one the lexicon holds.
        let lex = entities();
        for w in NOT_NAME_LISTS.iter().flat_map(|list| list.iter()).filter(|w| !w.contains(' ')) {
            let folded = fold(w).text;
            assert!(folded.is_ascii(), "{w:?}");
            assert!(lex.flags_and_cues(&folded).1 & NOT_NAME_WORD != 0, "{w:?}");
        }
    }

    #[test]
    fn the_cue_words_of_the_name_rules_are_in_the_lexicon() {
        // `names_at_cue`, `cue_name` and `names_in_clause` ask the bits for the lists: each word
        // must have its bit.
        let lex = entities();
        for w in CUE_NAME_WORDS.iter().chain(EN_NAME_CUES) {
            assert!(lex.flags_and_cues(w).1 & NAME_CUE_WORD != 0, "{w:?}");
        }
        for w in CLAUSE_CUE_WORDS {
            assert!(lex.flags_and_cues(w).1 & CLAUSE_CUE_WORD != 0, "{w:?}");
        }
        // The trade words are folded already: the bit is on these words and no others.
        for w in VI_TRADES {
            assert_eq!(fold_key(w), *w);
            assert!(lex.flags_and_cues(w).1 & VI_TRADE_WORD != 0, "{w:?}");
        }
    }

    #[test]
    fn aligned_words_are_the_mapped_words() {
        let mut texts = crate::deid::test_texts::corpus_texts();
        for json in crate::deid::test_texts::fixtures() {
            texts.extend(crate::deid::test_texts::strings(&json));
        }
        texts.extend(["ＮＧＵＹＥＮ　ＴＨＩ", "㈱キムラ", "Nguye\u{0302}\u{0303}n Văn", "Huy's 0388.604.219"].map(String::from));
        let mut aligned = 0;
        for t in &texts {
            let f = fold(t);
            let mut at = 0;
            let mut toks = Vec::new();
            for w in f.text.split(' ') {
                if !w.is_empty() {
                    toks.push((at, at + w.len(), 0));
                }
                at += w.len() + 1;
            }
            if let Some(a) = align(t, &f.text, &toks) {
                aligned += 1;
                for (k, &(s, e, _)) in toks.iter().enumerate() {
                    assert_eq!(a[k], f.original_range(s, e), "{t:?}");
                }
            }
        }
        assert!(aligned * 10 > texts.len() * 9, "most texts line up ({aligned} of {})", texts.len());
    }

    #[test]
    fn latin_words_read_in_one_pass_are_the_aligned_words() {
        let mut texts = crate::deid::test_texts::corpus_texts();
        for json in crate::deid::test_texts::fixtures() {
            texts.extend(crate::deid::test_texts::strings(&json));
        }
        texts.extend(["Nguye\u{0302}\u{0303}n Văn", "Bà Ｌan ở xã", "½ Phường ™ 3", "Ø Lê-Văn ﬁn", "chị Hoà 同鄉Khúc"].map(String::from));
        let lex = entities();
        let mut read = 0;
        for t in texts.iter().filter(|t| !t.is_ascii()) {
            let f = fold(t);
            let (mut toks, mut shape, mut ranges) = (Vec::new(), Vec::new(), Vec::new());
            if lex.latin_words(t, &f.text, &mut toks, &mut shape, &mut ranges).is_none() {
                assert!(toks.is_empty() && shape.is_empty() && ranges.is_empty(), "{t:?}");
                // Only CJK text, a word of two scripts, or words that do not pair are left.
                let mut words = Vec::new();
                let mut at = 0;
                for w in f.text.split(' ') {
                    words.push((at, at + w.len(), 0));
                    at += w.len() + 1;
                }
                let mixed = f.text.split(' ').any(|w| !w.is_ascii() && w.bytes().any(|b| b.is_ascii_alphanumeric()));
                assert!(t.chars().any(|c| c >= '\u{3000}') || mixed || align(t, &f.text, &words).is_none(), "{t:?}");
                continue;
            }
            read += 1;
            assert!(!t.chars().any(is_han), "{t:?}: no Han word when read whole (Words::cjk)");
            let folded: Vec<&str> = toks.iter().map(|&(s, e, _)| &f.text[s..e]).collect();
            assert_eq!(folded, f.text.split(' ').collect::<Vec<_>>(), "{t:?}");
            assert_eq!(align(t, &f.text, &toks).as_ref(), Some(&ranges), "{t:?}");
            for (k, &(s, e)) in ranges.iter().enumerate() {
                assert_eq!((s, e), f.original_range(toks[k].0, toks[k].1), "{t:?}");
                let capital = t[s..].starts_with(char::is_uppercase);
                assert_eq!(shape[k] & CAPITAL != 0, capital, "{t:?}");
                assert_eq!(shape[k] & MARKED != 0, !t[s..e].is_ascii(), "{t:?}");
                assert_eq!(shape[k] & WRITTEN_LETTERS != 0, t[s..e].chars().all(char::is_alphabetic), "{t:?}");
                let joined = k + 1 < ranges.len() && t[e..ranges[k + 1].0].chars().all(|c| matches!(c, ' ' | '-' | '&' | '\''));
                assert_eq!(shape[k] & JOINED != 0, joined, "{t:?}");
                assert_eq!(toks[k].2, if folded[k].is_ascii() { lex.flags(folded[k]) } else { STOP }, "{t:?}");
            }
        }
        assert!(read > 20, "Latin texts with diacritics are read in one pass ({read})");
        // ASCII texts' words are joined alike.
        for t in texts.iter().filter(|t| t.is_ascii()) {
            let f = fold(t);
            let (mut toks, mut shape, mut ranges) = (Vec::new(), Vec::new(), Vec::new());
            lex.ascii_words(t, &f.text, &mut toks, &mut shape, &mut ranges).expect("an ASCII text is read whole");
            for (k, &(s, e)) in ranges.iter().enumerate() {
                let joined = k + 1 < ranges.len() && t[e..ranges[k + 1].0].chars().all(|c| matches!(c, ' ' | '-' | '&' | '\''));
                assert_eq!(shape[k] & JOINED != 0, joined, "{t:?}");
                assert_eq!(shape[k] & WRITTEN_LETTERS != 0, t[s..e].chars().all(char::is_alphabetic), "{t:?}");
            }
        }
        // Every Latin letter the reading takes for one without a table is alphabetic.
        for c in ('\u{80}'..'\u{3000}').filter(|&c| latin_letter_below_u250(c)) {
            assert!(c.is_alphabetic(), "{c:?}");
        }
    }
}
