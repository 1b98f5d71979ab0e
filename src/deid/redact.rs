//! Redaction of free text: identifiers known to the vault, and pattern detectors.
//!
//! [`KnownIdentifier`]s are gathered from every readable interview in the vault (identity
//! fields, actor names and contacts, districts and localities, interviewer, field pseudonym),
//! exported or not. Each is expanded into variants (parenthesised aliases, URL paths, names
//! without honorifics, address parts without administrative prefixes, a person's given name)
//! and matched on the folded token view ([`super::normalize`]): case-, diacritic- and
//! width-insensitive, on word boundaries. Numbers (phones, ID numbers) are also matched by their
//! digits whatever the spacing or country prefix. Detectors find what the vault does not know:
//! phone numbers, e-mail addresses, URLs, social-media links and handles, Vietnamese ID numbers,
//! Japanese residence cards, Taiwanese resident certificates and passport numbers; and places
//! below province level from the gazetteer ([`gazetteer::find_places`]).
//!
//! The same [`Redactor`] runs the final leak scan, so whatever redaction would hide, the scan
//! would find. Hand-written rather than a crate: no maintained crate covers these formats and
//! the offset mapping across folding; `phonenumber` validates numbers but does not find them in
//! prose.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::hash::BuildHasher;
use std::sync::{Mutex, PoisonError};

use regex::Regex;
use rustc_hash::{FxBuildHasher, FxHashMap};
use serde::Serialize;

use super::entities::handles::{DOMAIN_ENDS, PLATFORMS};
use super::entities::{self, entities, Confidence, Found};
#[cfg(test)]
use super::names_model;
use super::normalize::{fold, fold_key, is_cjk, non_ascii, width_fold, Folded, Width};
use super::words::{index, NonAscii, WordIndex};
use super::{gazetteer, marker};
use crate::schema::{ActorKind, Choice, Interview, Place};

/// What a known identifier is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierKind {
    /// A participant's name or nickname.
    Name,
    /// A participant's phone number.
    Phone,
    /// A participant's social-media handle or link.
    Social,
    /// A participant's e-mail address.
    Email,
    /// A home address.
    Address,
    /// An identity-document number.
    IdNumber,
    /// The name of an actor (person or organisation).
    Actor,
    /// An actor's phone, address or account.
    Contact,
    /// A district, commune, village or locality.
    Place,
    /// The interviewer's name or code.
    Interviewer,
    /// The participant's field pseudonym (`HD-01`).
    Pseudonym,
    /// The vault's own id of a record (a UUID, never exported).
    RecordId,
    /// A word on the project's deny-list (`Profile::deny_list`).
    DenyList,
}

impl IdentifierKind {
    /// The label used in its redaction marker (`[REDACTED:label]`, [`super::marker`]).
    pub fn label(self) -> &'static str {
        match self {
            IdentifierKind::Name => "name",
            IdentifierKind::Phone => "phone",
            IdentifierKind::Social => "social",
            IdentifierKind::Email => "email",
            IdentifierKind::Address => "address",
            IdentifierKind::IdNumber => "id_number",
            IdentifierKind::Actor => "actor",
            IdentifierKind::Contact => "contact",
            IdentifierKind::Place => "place",
            IdentifierKind::Interviewer => "interviewer",
            IdentifierKind::Pseudonym => "pseudonym",
            IdentifierKind::RecordId => "record_id",
            IdentifierKind::DenyList => "deny_list",
        }
    }

    /// The name of the rule that finds it when the vault knows it (`known:` and its label),
    /// as [`Span::rule`] and the redaction report's counts name it.
    pub fn rule(self) -> &'static str {
        match self {
            IdentifierKind::Name => "known:name",
            IdentifierKind::Phone => "known:phone",
            IdentifierKind::Social => "known:social",
            IdentifierKind::Email => "known:email",
            IdentifierKind::Address => "known:address",
            IdentifierKind::IdNumber => "known:id_number",
            IdentifierKind::Actor => "known:actor",
            IdentifierKind::Contact => "known:contact",
            IdentifierKind::Place => "known:place",
            IdentifierKind::Interviewer => "known:interviewer",
            IdentifierKind::Pseudonym => "known:pseudonym",
            IdentifierKind::RecordId => "known:record_id",
            IdentifierKind::DenyList => "known:deny_list",
        }
    }
}

/// An identifying value the vault holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KnownIdentifier {
    /// The value as recorded.
    pub value: String,
    /// What it is.
    pub kind: IdentifierKind,
    /// Whether it names a person (so its given name alone is also looked for).
    pub person: bool,
}

fn person_actor(kind: &Choice<ActorKind>) -> bool {
    matches!(
        kind,
        Choice::Known(
            ActorKind::Broker
                | ActorKind::InformalJobAgent
                | ActorKind::Friend
                | ActorKind::Relative
                | ActorKind::CoVillager
                | ActorKind::Volunteer
                | ActorKind::Moneylender
        )
    )
}

/// Every identifying value in these interviews (read on every core; sorted, without repeats).
pub fn known_identifiers<'a>(interviews: impl IntoIterator<Item = &'a Interview>) -> Vec<KnownIdentifier> {
    let interviews: Vec<&Interview> = interviews.into_iter().collect();
    let mut out: Vec<KnownIdentifier> = crate::parallel::map(interviews, 64, identifiers_of).into_iter().flatten().collect();
    // Equal identifiers are identical, so an unstable sort leaves the same list.
    out.sort_unstable();
    out.dedup();
    out
}

/// The identifying values of one interview, in the order its fields are read.
fn identifiers_of(i: &Interview) -> Vec<KnownIdentifier> {
    let mut out = Vec::new();
    let mut push = |value: &str, kind: IdentifierKind, person: bool| {
        if !value.trim().is_empty() {
            out.push(KnownIdentifier { value: value.trim().to_owned(), kind, person });
        }
    };
    let place = |p: &Option<Place>, push: &mut dyn FnMut(&str, IdentifierKind, bool)| {
        if let Some(p) = p {
            for v in [&p.district, &p.locality].into_iter().flatten() {
                push(v, IdentifierKind::Place, false);
            }
        }
    };
    let id = &i.identity;
    if let Some(n) = &id.full_name {
        push(n, IdentifierKind::Name, true);
    }
    for n in &id.other_names {
        push(n, IdentifierKind::Name, false);
    }
    for p in &id.phones {
        push(p, IdentifierKind::Phone, false);
    }
    for e in &id.emails {
        push(e, IdentifierKind::Email, false);
    }
    for h in &id.social_handles {
        push(&h.handle, IdentifierKind::Social, false);
    }
    if let Some(a) = &id.address {
        push(a, IdentifierKind::Address, false);
    }
    for n in &id.id_numbers {
        push(&n.number, IdentifierKind::IdNumber, false);
    }
    if let Some(v) = &i.interview.interviewer {
        push(v, IdentifierKind::Interviewer, false);
    }
    if let Some(v) = &i.participant.pseudonym {
        push(v, IdentifierKind::Pseudonym, false);
    }
    place(&i.interview.place, &mut push);
    place(&i.participant.origin, &mut push);
    for a in &i.actors {
        if let Some(n) = &a.name {
            push(n, IdentifierKind::Actor, person_actor(&a.kind));
        }
        if let Some(c) = &a.contact {
            push(c, IdentifierKind::Contact, false);
        }
        place(&a.location, &mut push);
    }
    out
}

const HONORIFICS: &[&str] =
    &["anh", "chi", "em", "co", "ong", "ba", "bac", "chu", "di", "mr", "mrs", "ms", "miss", "dr", "president", "nguoi moi gioi"];

/// Locality words below a district (folded): a known place's prefix, and before a known place
/// named like a province.
const VILLAGE_WORDS: &[&str] = &["thon", "xa", "xom", "phuong", "ap", "ban", "lang", "to", "khu", "village", "commune", "hamlet", "ward"];

/// Administrative words from a district up (folded): a known place's prefix only.
const TOWN_WORDS: &[&str] = &["huyen", "tinh", "quan", "thi tran", "thi xa", "thanh pho", "district"];

const ORG_PREFIXES: &[&str] = &["cong ty tnhh", "cong ty co phan", "cong ty", "trung tam", "the"];

const ORG_SUFFIXES: &[&str] =
    &["co ltd", "co", "ltd", "kk", "inc", "corp", "corporation", "company", "household", "family", "株式会社", "有限公司"];

/// An organisation's name without its legal-form prefix or suffix (`Kobayashi Sewing Co., Ltd.`
/// → `kobayashi sewing`), when it had one.
fn strip_affixes(folded: &str, prefixes: &[&str], suffixes: &[&str]) -> Option<String> {
    let mut s = folded.to_owned();
    let mut changed = false;
    for p in prefixes {
        if let Some(rest) = s.strip_prefix(p).and_then(|r| r.strip_prefix(' ')) {
            s = rest.to_owned();
            changed = true;
            break;
        }
    }
    for suf in suffixes {
        if let Some(rest) = s.strip_suffix(suf).and_then(|r| r.strip_suffix(' ').or(Some(r).filter(|_| suf.chars().any(is_cjk)))) {
            s = rest.trim().to_owned();
            changed = true;
            break;
        }
    }
    (changed && !s.is_empty()).then_some(s)
}

fn url_re() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)(?:https?://)?(?:www\.|m\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/([^\s)（）]+)").expect("valid regex"))
}

/// One pattern to look for: a folded variant of a known identifier.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Variant {
    folded: String,
    /// Only when written with a capital letter (a given name alone, which is also a word).
    capitalised: bool,
}

fn long_enough(folded: &str) -> bool {
    let n = folded.chars().count();
    let cjk = folded.chars().any(is_cjk);
    (cjk && n >= 2) || n >= 3
}

fn strip_prefix_words<'a>(folded: &'a str, words: &[&str]) -> Option<&'a str> {
    for w in words {
        if let Some(rest) = folded.strip_prefix(w).and_then(|r| r.strip_prefix(' ')) {
            return Some(rest);
        }
    }
    None
}

/// The variants under which `id` may appear in text.
fn variants(id: &KnownIdentifier) -> Vec<Variant> {
    let mut out: Vec<Variant> = Vec::new();
    let value = id.value.as_str();
    let whole = fold_key(value);
    let mut add = |s: &str, capitalised: bool| {
        let f = fold_key(s);
        // A part of the value that is also a common word (`Zalo` of `Zalo (+84) …`, `Ltd` of
        // `X Co., Ltd.`, `Nguyễn` of `Hương Nguyễn`) does not stand for it; the whole value does.
        if f != whole && entities().common_part(&f) {
            return;
        }
        // A person's whole name stands though a province bears it too (`山口`, `Chiba`).
        let place_named = gazetteer::is_province_or_larger(&f) && !(id.person && f == whole);
        if long_enough(&f) && !place_named && !f.chars().all(|c| c.is_ascii_digit() || c == ' ') {
            out.push(Variant { folded: f, capitalised });
        } else if id.person && f == whole && f.chars().count() == 2 && f.chars().all(char::is_alphabetic) {
            // A person the vault knows by a two-letter name (`An`, `Ly`, `Hu`) is still that
            // person where the name is written capitalised; lower case it is a word (`an`).
            out.push(Variant { folded: f, capitalised: true });
        } else if f.chars().filter(|c| c.is_ascii_digit()).count() >= 7 {
            // Long numbers are also matched by digits; keep the spaced form too.
            out.push(Variant { folded: f, capitalised: false });
        }
    };
    add(value, false);
    // URLs: without scheme, and the profile path alone.
    let mut rest = value.to_owned();
    for m in url_re().captures_iter(value) {
        add(&format!("{}/{}", &m[1], &m[2]), false);
        add(&m[2], false);
        rest = rest.replace(&m[0], " , ");
    }
    // Aliases in parentheses and lists.
    let parts: Vec<String> = rest
        .split(['(', ')', ',', ';', '|', '（', '）', '、', '，', '"', '“', '”'])
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    for part in &parts {
        add(part, false);
        let f = fold_key(part);
        if let Some(stripped) = strip_prefix_words(&f, HONORIFICS) {
            add(stripped, true);
        }
        if let Some(stripped) = strip_affixes(&f, ORG_PREFIXES, ORG_SUFFIXES) {
            // A single word left (`Chen` of `Chen household`) is also an ordinary word: only
            // capitalised occurrences count.
            add(&stripped, !stripped.contains(' ') && !stripped.chars().any(is_cjk));
        }
        if matches!(id.kind, IdentifierKind::Address | IdentifierKind::Place | IdentifierKind::Contact) {
            if let Some(stripped) = strip_prefix_words(&f, VILLAGE_WORDS).or_else(|| strip_prefix_words(&f, TOWN_WORDS)) {
                add(stripped, false);
            }
        }
    }
    // A known place named like a province (a hamlet `Bạc Liêu`) is that province where it stands
    // alone; after a locality word below the province (`ấp Bạc Liêu`) it is the known place.
    if matches!(id.kind, IdentifierKind::Place | IdentifierKind::Address) && gazetteer::is_province_or_larger(&whole) {
        for locality in VILLAGE_WORDS {
            add(&format!("{locality} {whole}"), false);
        }
    }
    // A one-character family name the vault holds as a person's name stands before a title or
    // a kinship term (`梁姐`, `向老闆`); alone it is also a word (`向`: towards).
    if id.person && whole.chars().count() == 1 && whole.chars().all(is_cjk) {
        for title in entities::CJK_TITLES.iter().chain(entities::CJK_KIN) {
            add(&format!("{}{title}", value.trim()), false);
        }
        // "Surnamed X" (`姓许`), and X with the Vietnamese reading of 先生 (`许 tiên sinh`).
        add(&format!("姓{}", value.trim()), false);
        add(&format!("{} tiên sinh", value.trim()), false);
    }
    // A person's given name (and middle + given name), Vietnamese order.
    if id.person {
        if let Some(first) = parts.first() {
            let tokens: Vec<&str> = first.split_whitespace().collect();
            // Only what looks like a personal name: two to four capitalised words.
            let name_like = (2..=4).contains(&tokens.len()) && tokens.iter().all(|t| t.chars().next().is_some_and(char::is_uppercase));
            if name_like && !first.chars().any(is_cjk) {
                add(tokens[tokens.len() - 1], true);
                if tokens.len() >= 3 {
                    add(&tokens[tokens.len() - 2..].join(" "), false);
                }
            }
        }
    }
    out.sort_by(|a, b| a.folded.cmp(&b.folded).then(a.capitalised.cmp(&b.capitalised)));
    out.dedup_by(|b, a| a.folded == b.folded);
    out
}

/// A person's known value that is a one-character Chinese family name alone (`杨`), as
/// [`Redactor::lone_family_spans`] looks for it.
fn lone_family_name(id: &KnownIdentifier) -> Option<(char, IdentifierKind)> {
    let mut chars = id.value.trim().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if id.person && is_cjk(c) => Some((c, id.kind)),
        _ => None,
    }
}

/// What a person does right after being named as a clause's subject (`詹说`, `杨帮她`): fewer
/// than the entity rules' clause words, since a one-character family name is also a word and
/// `向她`, `高兴` must stay.
const SUBJECT_VERBS: &[&str] = &[
    "说",
    "說",
    "讲",
    "講",
    "告诉",
    "告訴",
    "问",
    "問",
    "帮",
    "幫",
    "叫",
    "介绍",
    "介紹",
    "带",
    "帶",
    "陪",
    "打电话",
    "打電話",
    "骂",
    "罵",
    "打了",
];

/// Adverbs a subject named after its role goes on with (`老板羅不让她`, `房东陈也…`); not at a
/// clause's start, where `高不高` is no name.
const SUBJECT_ADVERBS: &[char] = &['不', '没', '沒', '也', '都', '还', '還', '就', '每', '常', '已', '再'];

/// Country calling codes stripped when comparing phone numbers by their digits.
const COUNTRY_CODES: &[&str] = &["886", "84", "81", "82", "86", "66", "63", "62", "60", "49", "1"];

/// The kind of the known number whose digit core `digits` is, trying the digits as written,
/// without a trunk zero, and without a country code (and its trunk zero), in that order.
fn core_kind(cores: &Cores, digits: &str, international: bool) -> Option<IdentifierKind> {
    if let Some(k) = cores.get(digits) {
        return Some(*k);
    }
    if let Some(k) = digits.strip_prefix('0').and_then(|d| cores.get(d)) {
        return Some(*k);
    }
    if international || digits.len() >= 11 {
        let d = digits.strip_prefix("00").unwrap_or(digits);
        for cc in COUNTRY_CODES {
            if let Some(rest) = d.strip_prefix(cc) {
                if let Some(k) = cores.get(rest).or_else(|| cores.get(rest.strip_prefix('0').unwrap_or(rest))) {
                    return Some(*k);
                }
            }
        }
    }
    None
}

/// The canonical digit core of a known number.
fn known_core(value: &str) -> Option<String> {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let alnum = value.chars().filter(|c| c.is_alphanumeric()).count();
    if digits.len() < 7 || digits.len() * 10 < alnum * 6 {
        return None;
    }
    let international = value.trim_start().starts_with('+') || digits.starts_with("00");
    if international {
        let d = digits.strip_prefix("00").unwrap_or(&digits);
        for cc in COUNTRY_CODES {
            if let Some(rest) = d.strip_prefix(cc) {
                if rest.len() >= 7 {
                    return Some(rest.strip_prefix('0').unwrap_or(rest).to_owned());
                }
            }
        }
    }
    Some(digits.strip_prefix('0').unwrap_or(&digits).to_owned())
}

/// The digit cores of the known numbers ([`known_core`]) and their kinds, looked up for every
/// run of digits of every text and file: by a fast hash (the keys are the vault's own values),
/// and only at a length some core has.
#[derive(Default)]
struct Cores {
    map: FxHashMap<String, IdentifierKind>,
    /// Bit `n`: a core of `n` digits (63: of 63 digits or more).
    lens: u64,
}

impl Cores {
    fn insert(&mut self, core: String, kind: IdentifierKind) {
        self.lens |= 1 << core.len().min(63);
        self.map.entry(core).or_insert(kind);
    }

    fn get(&self, digits: &str) -> Option<&IdentifierKind> {
        if self.lens & (1 << digits.len().min(63)) == 0 {
            return None;
        }
        self.map.get(digits)
    }

    fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// A detector: a pattern for one kind of identifier the vault may not know.
struct Detector {
    /// The rule's name, `detector:` and the detector's (`detector:email`).
    rule: &'static str,
    label: &'static str,
    /// The pattern, compiled the first time a text needs it ([`Detector::re`]).
    pattern: String,
    re: std::sync::OnceLock<Regex>,
    /// Which capture group is the identifier (0: the whole match).
    group: usize,
    /// An extra check on the matched text.
    check: fn(&str) -> bool,
    /// What a text must hold for the pattern to match at all (checked before searching).
    needs: fn(&Clues) -> bool,
}

/// Cheap facts about a text that rule detectors out before their search.
#[cfg_attr(test, derive(Debug, PartialEq, Eq))]
struct Clues {
    at: bool,
    slash: bool,
    /// A full stop before a letter, a digit or `_` (`example.vn`, `hoa.tw`): what every
    /// address, link and dotted handle holds, and a sentence's full stop does not.
    dot_word: bool,
    /// `://` or `www.` (any case): what a URL of [`detectors`]' first URL pattern starts with.
    scheme_or_www: bool,
    /// A platform's name ([`PLATFORMS`], any case) at the start of an ASCII word, or a character
    /// that folds to an ASCII letter without case (`K`, `ſ`): what the patterns of a handle after
    /// a platform's name start with.
    platform: bool,
    /// What a cue of [`HANDLE_AFTER_A_CUE`] starts with: `私`, or an ASCII word that is `ib`
    /// (no letter, digit or `_` after it), starts `inbox` or `add` and a space or tab, or starts
    /// with `k` and `e` (`ket`, `kết`), any case; or a character that folds to an ASCII letter,
    /// like [`Clues::platform`]. (`in` and `ad` alone let most English texts through.)
    cue: bool,
    /// `帳`, `账`, `帐` or `賬`: what [`HANDLE_BEFORE_ACCOUNT_ZH`]'s account words start with.
    zh_account: bool,
    /// An ASCII word starting `nick` or `user`, or `ten` or `tên` and a space or a tab, any
    /// case; or a character that folds to an ASCII letter, like [`Clues::platform`]: what the
    /// Latin names of an account in [`HANDLE_AFTER_ITS_NAME`] and [`HANDLE_AFTER_ACCOUNT_NAMED`]
    /// start with.
    named: bool,
    /// `ユ` or `ア`: what [`HANDLE_AFTER_ITS_NAME`]'s Japanese names of an account start with.
    ja_account: bool,
    /// A colon, or `id` after a space or a platform's name: what a handle after `LINE ID:`,
    /// `Zalo:` needs ([`PLATFORMS`]).
    id_or_colon: bool,
    /// A `_` anywhere: what marks a handle as much as a digit or a dot does ([`marked_handle`]).
    underscore: bool,
    /// Longest run of ASCII digits; `usize::MAX` when the text has a digit of another script
    /// (`\d` is Unicode), whose runs are not counted here.
    digits: usize,
    /// Most ASCII digits in one number whose digits are apart by one space, `-` or `.` at most
    /// (`1020 1972 73379`); `usize::MAX` like `digits`.
    grouped: usize,
}

impl Clues {
    /// [`Clues::platform`] and [`Clues::cue`] for an ASCII word that may start at `b[j]` (a
    /// byte that is no letter, digit nor `_` comes before it, or nothing): its first two letters
    /// are compared first, the whole platform's name only when they are a platform's.
    #[inline]
    fn word_start(&mut self, b: &[u8], j: usize) {
        let Some(&first) = b.get(j) else { return };
        // `| 0x20` lower-cases an ASCII letter; it takes no other byte to a letter.
        let second = b.get(j + 1).map_or(0, |n| n | 0x20);
        let (platform, cue) = match first | 0x20 {
            b'a' => (false, second == b'd' && cue_word(b, j, b"add")),
            b'i' => (second == b'n' || second == b'g', ib_or_inbox(b, j, second)),
            // `ket`, `kết` (`ế` and `Ế` start with 0xE1, which `| 0x20` keeps).
            b'k' => (second == b'a', second == b'e' || second == 0xE1),
            b'f' => (second == b'a' || second == b'b', false),
            b'l' => (second == b'i', false),
            b'm' => (second == b'e', false),
            b't' => (second == b'e' || second == b'i', false),
            b'v' => (second == b'i', false),
            b'w' => (second == b'h' || second == b'e', false),
            b'z' => (second == b'a', false),
            _ => (false, false),
        };
        self.cue |= cue;
        if !self.named && matches!(first | 0x20, b'n' | b'u' | b't') {
            self.named = named_at(b, j, first | 0x20);
        }
        if platform && !self.platform {
            let rest = &b[j..];
            // Only the platforms with these two letters are compared whole (`| 0x20` takes a
            // byte to a lower-case letter only from that letter or its capital).
            let two = [first | 0x20, second];
            self.platform = PLATFORMS
                .iter()
                .any(|p| p.as_bytes()[..2] == two && rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes()));
        }
    }

    fn of(text: &str) -> Clues {
        let mut c = Clues {
            at: false,
            slash: false,
            dot_word: false,
            scheme_or_www: false,
            platform: false,
            cue: false,
            zh_account: false,
            named: false,
            ja_account: false,
            id_or_colon: false,
            underscore: text.as_bytes().contains(&b'_'),
            digits: 0,
            grouped: 0,
        };
        let (mut run, mut group) = (0, 0);
        let mut other_digit = false;
        let b = text.as_bytes();
        c.word_start(b, 0);
        let mut i = 0;
        while i < b.len() {
            // Most bytes are letters, which change nothing but end a run of digits: a run of
            // them is skipped at once.
            if QUIET[usize::from(b[i])] {
                i += 1;
                while i < b.len() && QUIET[usize::from(b[i])] {
                    i += 1;
                }
                run = 0;
                continue;
            }
            match b[i] {
                b'0'..=b'9' => {
                    run += 1;
                    c.digits = c.digits.max(run);
                    // The number goes on after a digit, or after one separator after a digit.
                    let goes_on = run > 1 || (i >= 2 && matches!(b[i - 1], b' ' | b'-' | b'.') && b[i - 2].is_ascii_digit());
                    group = if goes_on { group + 1 } else { 1 };
                    c.grouped = c.grouped.max(group);
                    i += 1;
                    continue;
                }
                b'@' => {
                    c.at = true;
                    c.word_start(b, i + 1);
                }
                b'/' => {
                    c.slash = true;
                    c.word_start(b, i + 1);
                }
                b'.' => {
                    c.dot_word |= b.get(i + 1).is_some_and(|&n| n.is_ascii_alphanumeric() || n == b'_');
                    c.scheme_or_www |= i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www");
                    c.word_start(b, i + 1);
                }
                b':' => {
                    c.id_or_colon = true;
                    c.scheme_or_www |= b[i + 1..].starts_with(b"//");
                    c.word_start(b, i + 1);
                }
                // `id` (any case) after a space (`\s` is Unicode: any), a character outside
                // ASCII, or a platform's name (`lineid`).
                b'i' | b'I' if !c.id_or_colon && i > 0 && matches!(b.get(i + 1), Some(b'd' | b'D')) => {
                    let before = text[..i].chars().next_back().expect("a character before");
                    c.id_or_colon = before.is_whitespace()
                        || !before.is_ascii()
                        || PLATFORMS.iter().any(|p| b[..i].len() >= p.len() && b[i - p.len()..i].eq_ignore_ascii_case(p.as_bytes()));
                }
                // Any other ASCII byte but a letter, a digit or `_` ends a word: an ASCII word
                // may start after it.
                0..=b'-' | b';'..=b'?' | b'['..=b'^' | b'`' | b'{'..=0x7f => c.word_start(b, i + 1),
                0x80.. => {
                    let ch = text[i..].chars().next().expect("a character starts here");
                    c.id_or_colon |= ch == '：';
                    // Without case, `K` (Kelvin) is `k` and `ſ` is `s` to the patterns (and,
                    // in some foldings, `ı` and `İ` are `i`).
                    let folds_to_ascii = matches!(ch, '\u{212a}' | 'ſ' | 'ı' | 'İ');
                    c.platform |= folds_to_ascii;
                    c.cue |= folds_to_ascii || ch == '私';
                    c.zh_account |= matches!(ch, '帳' | '账' | '帐' | '賬');
                    c.named |= folds_to_ascii;
                    c.ja_account |= matches!(ch, 'ユ' | 'ア');
                    other_digit |= ch.is_numeric();
                    i += ch.len_utf8();
                    c.word_start(b, i);
                    run = 0;
                    continue;
                }
                _ => {}
            }
            run = 0;
            i += 1;
        }
        if other_digit {
            c.digits = usize::MAX;
            c.grouped = usize::MAX;
        }
        c
    }
}

/// The bytes [`Clues::of`] notes nothing at: ASCII letters but `i` and `I` (which may start
/// `id`), and `_` (neither a digit nor a byte after which a word starts).
static QUIET: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = (c.is_ascii_alphabetic() && c != b'i' && c != b'I') || c == b'_';
        b += 1;
    }
    t
};

/// Whether `b[j..]` starts with `word` (ASCII, lower case; compared without case) and a space
/// or a tab, as [`HANDLE_AFTER_A_CUE`] needs after `inbox` and `add`.
#[inline]
fn cue_word(b: &[u8], j: usize, word: &[u8]) -> bool {
    b.get(j..j + word.len()).is_some_and(|w| w.eq_ignore_ascii_case(word)) && matches!(b.get(j + word.len()), Some(b' ' | b'\t'))
}

/// [`Clues::cue`] at an ASCII word starting `i` at `b[j]`, its second byte lower-cased:
/// `ib` with no letter, digit or `_` after it (`(?-u:\b)`, or a space before a platform), or
/// `inbox` and a space or tab.
#[inline]
fn ib_or_inbox(b: &[u8], j: usize, second: u8) -> bool {
    (second == b'b' && !b.get(j + 2).is_some_and(|&n| n.is_ascii_alphanumeric() || n == b'_'))
        || (second == b'n' && cue_word(b, j, b"inbox"))
}

/// [`Clues::named`] at an ASCII word starting at `b[j]`, its first byte lower-cased: `nick`,
/// `user`, or `ten` or `tên` (`ê`, `Ê`: 0xC3 and 0xAA, 0x8A) and a space or a tab, any case.
#[inline]
fn named_at(b: &[u8], j: usize, first: u8) -> bool {
    let starts = |w: &[u8]| b.get(j..j + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w));
    match first {
        b'n' => starts(b"nick"),
        b'u' => starts(b"user"),
        b't' => {
            let e = match b.get(j + 1) {
                Some(b'e' | b'E') => 1,
                Some(0xC3) if matches!(b.get(j + 2), Some(0xAA | 0x8A)) => 2,
                _ => return false,
            };
            matches!(b.get(j + 1 + e), Some(b'n' | b'N')) && matches!(b.get(j + 2 + e), Some(b' ' | b'\t'))
        }
        _ => false,
    }
}

/// What [`Redactor::number_spans`] needs to know of a text's digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Digits {
    /// No digit of any script: no number to look at.
    None,
    /// ASCII digits only: the byte loop [`digit_runs`] finds the runs.
    Ascii,
    /// A digit of another script (`\d` is Unicode): the regex finds the runs.
    OtherScript,
}

impl Digits {
    /// The same answer as [`Clues::of`] gives, without its per-byte loop: ASCII digits are
    /// looked for 64 bytes at a time, and only characters outside ASCII are decoded. For the
    /// leak scan, which reads every byte of the bundle and needs no other clue.
    fn of(text: &str) -> Digits {
        let b = text.as_bytes();
        let mut i = 0;
        while let Some(n) = non_ascii(&b[i..]) {
            let c = text[i + n..].chars().next().expect("a character starts here");
            if c.is_numeric() {
                return Digits::OtherScript;
            }
            i += n + c.len_utf8();
        }
        // No branch per byte: each block's bytes are folded into one flag.
        if b.chunks(64).any(|block| block.iter().fold(false, |seen, c| seen | c.is_ascii_digit())) {
            Digits::Ascii
        } else {
            Digits::None
        }
    }
}

impl Clues {
    /// The digits clue in the form [`Redactor::number_spans`] reads.
    fn digit_kind(&self) -> Digits {
        match self.digits {
            0 => Digits::None,
            usize::MAX => Digits::OtherScript,
            _ => Digits::Ascii,
        }
    }
}

fn any(_: &str) -> bool {
    true
}

fn handle_like(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit() || c == '_' || c == '.') && s.chars().any(|c| c.is_ascii_alphanumeric())
}

impl Detector {
    /// The compiled pattern. Compiling is most of a redactor's making (26 patterns, their
    /// Unicode classes): each is compiled once per process, when a text first needs it.
    fn re(&self) -> &Regex {
        self.re.get_or_init(|| Regex::new(&self.pattern).expect("valid detector regex"))
    }
}

/// Compiles every detector's pattern now (each once per process, [`Detector::re`]), so that
/// the threads that redact do not wait for one another's compiling: [`crate::deid::deidentify`]
/// calls it on a thread of its own while the records are prepared.
pub(crate) fn compile_detectors() {
    for d in detectors() {
        d.re();
    }
}

/// The detectors, made once per process and shared by every redactor.
fn detectors() -> &'static [Detector] {
    static DETECTORS: std::sync::OnceLock<Vec<Detector>> = std::sync::OnceLock::new();
    DETECTORS.get_or_init(make_detectors)
}

fn make_detectors() -> Vec<Detector> {
    let d = |rule, label, re: &str, group, check, needs| Detector {
        rule,
        label,
        pattern: re.to_owned(),
        re: std::sync::OnceLock::new(),
        group,
        check,
        needs,
    };
    let end = r#"[^\s<>"'）)\]，、。]+"#;
    let platforms = PLATFORMS.join("|");
    vec![
        d("detector:email", "email", r"(?i)[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}", 0, any, |c| c.at && c.dot_word),
        d(
            "detector:social_link",
            "social",
            &format!(
                r"(?i)(?:https?://)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|fb\.me|zalo\.me|chat\.zalo\.me|line\.me|instagram\.com|tiktok\.com|twitter\.com|x\.com|t\.me)/{end}"
            ),
            0,
            any,
            |c| c.slash && c.dot_word,
        ),
        d(
            "detector:social_handle",
            "social",
            &format!(r"(?i)(?-u:\b)(?:{platforms})(?:\s+id(?:\s*,)?)?\s*[:：]?\s*(@?[a-z0-9][a-z0-9_.\-]{{2,40}}[a-z0-9])"),
            1,
            handle_like,
            |c| c.platform,
        ),
        // After `LINE ID:`, `Zalo:`, `Telegram:` (an explicit `ID` or colon), any handle counts.
        d(
            "detector:social_handle",
            "social",
            &format!(r"(?i)(?-u:\b)(?:{platforms})(?:\s*id\s*[:：]?|\s*[:：])\s*(@?[a-z0-9][a-z0-9_.\-]{{1,40}}[a-z0-9])"),
            1,
            |s| s.len() >= 3 && !entities::a_quantity(s),
            |c| c.platform && c.id_or_colon,
        ),
        // `@` and a handle, `-` allowed inside (`@hoa-tw`, `@rin.osk_2`); thirteenth round: or
        // after any letter but a Latin one, as CJK text writes it without a space
        // (`看到@phamkhanhlam_official貼的`, `微信@antonina_jp`).
        d(
            "detector:social_handle",
            "social",
            r"(?:^|[\s(（]|[^\x00-\x7F])(@[A-Za-z0-9_.][A-Za-z0-9_.\-]{1,28}[A-Za-z0-9_.])",
            1,
            any,
            |c| c.at,
        ),
        d("detector:url", "url", &format!(r"(?i)(?-u:\b)(?:https?://|www\.){end}"), 0, any, |c| c.scheme_or_www),
        d(
            "detector:url",
            "url",
            &format!(r"(?i)(?-u:\b)(?:[a-z0-9\-]+\.)+(?:com|net|org|info|biz|vn|jp|tw|me|io|ly|co)(?-u:\b)(?:/{end})?"),
            0,
            |s| s.contains('/') || s.matches('.').count() >= 2 || s.len() >= 8,
            |c| c.dot_word,
        ),
        d("detector:jp_residence_card", "id_number", r"(?i)(?-u:\b)[a-z]{2}\d{8}[a-z]{2}(?-u:\b)", 0, any, |c| c.digits >= 8),
        d("detector:tw_resident_certificate", "id_number", r"(?i)(?-u:\b)[a-z][a-d0-9]\d{8}(?-u:\b)", 0, any, |c| c.digits >= 8),
        d("detector:passport", "id_number", r"(?i)(?-u:\b)[a-z]{1,2}\d{7,8}(?-u:\b)", 0, any, |c| c.digits >= 7),
        // Eleventh round: a mainland Chinese resident's number, eighteen characters with the
        // birth date inside and a check character that may be `X` (`11010519491231002X`).
        d(
            "detector:cn_resident_id",
            "id_number",
            r"(?-u:\b)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?-u:\b)",
            0,
            any,
            |c| c.digits >= 17,
        ),
        // The same numbers written in groups, their letters in capitals (`TK 20481173 QB`,
        // `C 1234567`, `A9 1234 5678`), as cards print them and notes copy them. The clue is the
        // longest run of digits: four for an ARC in two groups.
        d("detector:jp_residence_card", "id_number", r"(?-u:\b)[A-Z]{2}[ \-]\d{8}[ \-][A-Z]{2}(?-u:\b)", 0, any, |c| c.digits >= 8),
        // Eleventh round: its digits in two groups of four (`UH 1234 5678 EF`, `AB-1234-5678-CD`).
        d("detector:jp_residence_card", "id_number", r"(?-u:\b)[A-Z]{2}[ \-]?\d{4}[ \-]\d{4}[ \-]?[A-Z]{2}(?-u:\b)", 0, any, |c| {
            c.grouped >= 8
        }),
        d("detector:tw_resident_certificate", "id_number", r"(?-u:\b)[A-Z][A-D0-9][ \-]?\d{4}[ \-]\d{4}(?-u:\b)", 0, any, |c| {
            c.grouped >= 8
        }),
        d("detector:passport", "id_number", r"(?-u:\b)[A-Z]{1,2}[ \-]\d{7,8}(?-u:\b)", 0, any, |c| c.digits >= 7),
        // A Japanese My Number or a card's number in groups of four (`3374 0625 5265`), and an
        // account's or card's number after its name ([`NUMBER_CUES`]).
        d("detector:number_in_fours", "id_number", r"(?-u:\b)\d{4}(?:[ \-]\d{4}){2,3}(?-u:\b)", 0, not_years, |c| c.grouped >= 12),
        d("detector:account_number", "id_number", &account_number_re(), 1, eight_digits_or_more, |c| c.grouped >= 8),
        // Seven digits after an account's name, as Japanese banks number every account (`普通
        // 1887145`) and smaller banks elsewhere (`from account 3770876,`): no amount after them.
        d("detector:account_number", "id_number", SEVEN_DIGIT_ACCOUNT_JA, 1, any, |c| c.digits >= 7),
        d("detector:account_number", "id_number", SEVEN_DIGIT_ACCOUNT, 1, any, |c| c.digits >= 7),
        // A document's number in brackets after `số` (`căn cước của X (số 988382949)`).
        d("detector:account_number", "id_number", NUMBER_IN_BRACKETS, 1, eight_digits_or_more, |c| c.digits >= 8),
        // A long number a bank follows (`to 1903416308528 at the bank`, `045110846814 ở ngân hàng`).
        d("detector:account_number", "id_number", BANK_AFTER_NUMBER, 1, any, |c| c.digits >= 9),
        // Tuned in session 13: a number after an account's name, words and `là`, `la` or a colon
        // (`tk cua e o ngan hang la 8949265507870`, `so tai khoan cua me e: 7012007175644`); seven
        // digits before a bank in brackets (`9198429 (JP Post Bank)`); a Japan Post account's
        // mark and number (`19605-99568859`).
        d("detector:account_number", "id_number", ACCOUNT_AFTER_WORDS_AND_LA, 1, any, |c| c.digits >= 8),
        d("detector:account_number", "id_number", SEVEN_DIGITS_BEFORE_A_BANK, 1, any, |c| c.digits >= 7),
        d("detector:account_number", "id_number", r"(?-u:\b)[0-9]{5}-[0-9]{8}(?-u:\b)", 0, any, |c| c.grouped >= 13),
        // A handle with a dot opening a sentence, before a lower-case word (`vy.557 posts …`).
        d("detector:social_handle", "social", HANDLE_OPENING_A_SENTENCE, 1, opening_handle, |c| c.dot_word),
        // The same after a colon or an arrow (`group: hamabe.ryouta (…)`, `→ saito.takehiko`).
        d("detector:social_handle", "social", HANDLE_AFTER_A_COLON, 1, opening_handle, |c| c.dot_word),
        // With `_` and no dot (`アカウント：binh_jp。`).
        d("detector:social_handle", "social", UNDERSCORED_HANDLE_AFTER_A_COLON, 1, any, |c| c.id_or_colon),
        // After a word of writing to or befriending someone (`ib cho humorous.moth985`, `私訊
        // jubilantdingo`, `add fb pitifulgatorade`).
        d("detector:social_handle", "social", HANDLE_AFTER_A_CUE, 1, handle_after_a_cue, |c| c.cue),
        // After the name of an account (`nick là trangpham.99`, `账号是 xiaoyu.2000`).
        d("detector:social_handle", "social", HANDLE_AFTER_ITS_NAME, 1, marked_handle, |c| {
            (c.named || c.zh_account || c.ja_account) && (c.dot_word || c.digits > 0 || c.id_or_colon || c.underscore)
        }),
        // Thirteenth round: after `fb` in chat, eight letters or more (`hoặc fb thanhwarrior để`,
        // `nick fb la thanhmaster`); a group's admin's handle (`Admin nhóm '…' là betan80,`); a
        // handle ending in a digit after a platform's name and a colon further on (`line cua ong
        // chu moi: matsuno921 ,`).
        d("detector:social_handle", "social", HANDLE_AFTER_FB, 1, handle_after_a_cue, |c| c.platform),
        d("detector:social_handle", "social", HANDLE_OF_AN_ADMIN, 1, marked_handle, |c| c.digits > 0 || c.dot_word || c.underscore),
        d("detector:social_handle", "social", HANDLE_AFTER_A_PLATFORM_AND_COLON, 1, any, |c| c.platform && c.id_or_colon),
        // Tuned in session 13: before `這個帳號` (this account) in Chinese (`用huu_van7這個帳號張貼`),
        // and after `tài khoản tên` (an account named: `một tài khoản tên van.dung3 rao`).
        d("detector:social_handle", "social", HANDLE_BEFORE_ACCOUNT_ZH, 1, marked_handle, |c| {
            c.zh_account && (c.digits > 0 || c.dot_word || c.underscore)
        }),
        d("detector:social_handle", "social", HANDLE_AFTER_ACCOUNT_NAMED, 1, handle_after_a_cue, |c| {
            c.named && (c.dot_word || c.digits > 0 || c.underscore)
        }),
        // Fourteenth round, tuned on the twenty-seventh: right after `tài khoản` with a digit,
        // `_` or a dot (`nhắn riêng từ tài khoản bequyet451,`), and after a platform's `nick`,
        // its owner and `là` (`Nick Facebook của chị ấy là loanduongx`).
        d("detector:social_handle", "social", HANDLE_AFTER_AN_ACCOUNT, 1, marked_handle, |c| c.dot_word || c.digits > 0 || c.underscore),
        d("detector:social_handle", "social", HANDLE_AFTER_A_PLATFORMS_NICK, 1, handle_after_a_cue, |c| c.named && c.platform),
    ]
}

/// Seven digits after a Japanese account's kind or name (`普通 1887145`, `当座預金：0942271`,
/// `口座番号は1234567`), no amount (`口座に1500000円`) nor a longer number after them.
const SEVEN_DIGIT_ACCOUNT_JA: &str = r"(?:普通預金|当座預金|普通|当座|口座番号|口座)[ \t]*(?:は|：|:)?[ \t]*(\d{7})(?:$|[^\d円万,，.．])";

/// Seven digits after an account's name in Latin letters, then punctuation, the text's end or
/// (twelfth round) a word that names its holder or bank (`from account 3770876, 120,000 yen`,
/// `STK: 1234567.`, `stk 8816252 ten Ta Huu Khanh`, `account 3526747 at a bank`): an amount has
/// its unit after it (`tài khoản 1500000 đồng` stays).
const SEVEN_DIGIT_ACCOUNT: &str = r"(?i)(?-u:\b)(?:account|acct|a/c|stk|tk|tài khoản|tai khoan)(?:[ \t]+(?:no\.?|number|số|so))?[ \t]*[:：#]?[ \t]*(\d{7})[ \t]*(?:[,;)）]|\.(?:\s|$)|$|(?:tên|ten|đứng|dung|chủ|chu|at|in|of|with|under|ngân|ngan|bank|của|cua|ở|tại|tai|nhưng|nhung|but)(?:\s|$))";

/// A number of eight to fourteen digits in brackets after a word for "number" (`(số
/// 988382949)`, `(No. 12345678)`, `（番号 12345678）`): a document's number, as notes cite one.
const NUMBER_IN_BRACKETS: &str = r"[(（][ \t]*(?:số|So|so|No\.?|no\.?|番号|號碼|号码)[ \t]*[:：]?[ \t]*(\d{8,14})[ \t]*[)）]";

/// A number of nine to nineteen digits with nothing in it, then a bank's word within a few
/// words (`at the bank`, `ở ngân hàng`, `at Vietcombank`, `の銀行`): an account's number
/// however the sentence names it.
const BANK_AFTER_NUMBER: &str = r"(?i)(?-u:\b)(\d{9,19})(?-u:\b)[ \t]*\(?(?:(?:at|in|with|of|on|ở|o|tại|tai|の|在)[ \t]*)?(?:the[ \t]+)?(?:\p{L}+[ \t]+)?(?:bank|ngân hàng|ngan hang|銀行|银行|[a-z]+bank(?-u:\b))";

/// A handle before `這個帳號`, `这个账号` (this account) or `帳號` in Chinese (`用huu_van7這個帳號`);
/// [`marked_handle`] checks its shape.
const HANDLE_BEFORE_ACCOUNT_ZH: &str = r"(?:^|[^A-Za-z0-9._@])([a-z][a-z0-9._]{2,30}[a-z0-9])(?:這個|这个|此)?(?:帳號|账号|帐号|賬號)";

/// A handle after `tài khoản tên` or `nick tên` (an account named), eight letters or more or a
/// digit, `_` or a dot ([`handle_after_a_cue`]).
const HANDLE_AFTER_ACCOUNT_NAMED: &str =
    r"(?i)(?-u:\b)(?:tài khoản|tai khoan|nick)[ \t]+(?:tên|ten)[ \t]+((?-i:[a-z][a-z0-9._]{2,30}[a-z0-9]))(?:$|[\s,;)）]|\.(?:\s|$))";

/// A handle right after `tài khoản` (an account) with a digit, `_` or a dot ([`marked_handle`]).
const HANDLE_AFTER_AN_ACCOUNT: &str =
    r"(?i)(?-u:\b)(?:tài khoản|tai khoan)[ \t]+((?-i:[a-z][a-z0-9._]{2,30}[a-z0-9]))(?:$|[\s,;)）]|\.(?:\s|$))";

/// A handle after a platform's `nick`, its owner and `là` (`Nick Facebook của chị ấy là
/// loanduongx`, `nick zalo: "hoa.91"`), in quotes or not ([`handle_after_a_cue`]).
const HANDLE_AFTER_A_PLATFORMS_NICK: &str = r#"(?i)(?-u:\b)nick[ \t]+(?:facebook|fb|zalo|tiktok|instagram|ig|telegram|tele|line)(?:[ \t]+(?:của|cua)(?:[ \t]+\p{L}+){1,3})?[ \t]*(?:là|la|:)[ \t]*["“']?((?-i:[a-z][a-z0-9._]{2,30}[a-z0-9]))["”']?(?:$|[\s,;)）]|\.(?:\s|$))"#;

/// A number of eight to nineteen digits after an account's name, a few words and `là`, `la` or a
/// colon (`tk cua e o ngan hang la 8949265507870`, `so tai khoan cua me e: 7012007175644`).
const ACCOUNT_AFTER_WORDS_AND_LA: &str =
    r"(?i)(?-u:\b)(?:stk|tk|tài khoản|tai khoan)(?-u:\b)[^0-9\n.;]{0,30}?(?:là|la|:)[ \t]*([0-9]{8,19})(?-u:\b)";

/// Seven digits before a bank's name in brackets (`9198429 (JP Post Bank)`, `1234567（ゆうちょ銀行）`).
const SEVEN_DIGITS_BEFORE_A_BANK: &str = r"(?-u:\b)([0-9]{7})(?-u:\b)[ \t]*[(（][^)）\n]{0,20}?(?i:bank|銀行|ゆうちょ|ngân hàng|ngan hang)";

/// A word with dots between its parts at a text's or sentence's start, a lower-case word after
/// it (`loi.164 posts daily offers`, `hole.jp posts …`): a handle opening the sentence, as a
/// post quotes its author. The first part two letters or more (`e.g.`, `a.m.` are none).
const HANDLE_OPENING_A_SENTENCE: &str = r"(?m)(?:^|[.!?。][ \t]+)([a-z][a-z0-9_]{1,24}(?:\.[a-z0-9_]{2,24})+)[ \t]+[a-z]";

/// A word with dots between its parts after a colon or an arrow, ending there (`Contact for the
/// group: hamabe.ryouta (…)`, `LINE交換した→ saito.takehiko`): a handle given as a contact.
const HANDLE_AFTER_A_COLON: &str = r"[:：→][ \t]*([a-z][a-z0-9_]{1,24}(?:\.[a-z0-9_]{2,24})+)(?:$|[\s()（）,;，、。])";

/// A lower-case word with `_` between its parts after a colon, ending there (`アカウント：binh_jp。`,
/// `nick: hoa_tran`): a handle given as a contact.
const UNDERSCORED_HANDLE_AFTER_A_COLON: &str = r"[:：][ \t]*([a-z][a-z0-9]*(?:_[a-z0-9]+)+_?)(?:$|[\s()（）,;，、。])";

/// A handle after a word of writing privately to or befriending someone, a platform's name
/// between (`ib cho humorous.moth985`, `inbox zalo: kien88`, `私訊 jubilantdingo`, `add fb
/// pitifulgatorade nha`, `kết bạn zalo hoa_tran`); [`handle_after_a_cue`] checks its shape.
const HANDLE_AFTER_A_CUE: &str = r"(?:私訊|私信|私讯|私聊|(?i:(?-u:\b)(?:ib(?:[ \t]+(?:riêng|rieng|cho|với|voi|fb|facebook|zalo|zl|line|ig|insta|instagram|tele|telegram)){0,2}|(?:inbox|add|kết bạn|ket ban)(?:[ \t]+(?:riêng|rieng|cho|với|voi|fb|facebook|zalo|zl|line|ig|insta|instagram|tele|telegram)){1,2})(?-u:\b)))[ \t]*[:：]?[ \t]*([a-z][a-z0-9._]{3,30})(?:$|[^\p{L}\p{N}_@])";

/// A handle after the name of an account, a copula or colon between (`nick là trangpham.99`,
/// `username: ducminh2001`, `账号是 xiaoyu.2000`, `ユーザー名は yumi.0808`); [`marked_handle`]
/// checks its shape.
const HANDLE_AFTER_ITS_NAME: &str = r"(?i)(?:(?-u:\b)(?:nick(?:name)?|username|user name|user id|tên tài khoản|ten tai khoan|tên nick|ten nick)|账号|帳號|帐号|賬號|ユーザー名|アカウント名)[ \t]*(?:là|la|is|:|：|是|は)?[ \t]*[:：]?[ \t]*([a-z][a-z0-9._]{2,30}[a-z0-9])(?:$|[^\p{L}\p{N}_@.]|\.(?:\s|$))";

/// A word in lower case after `fb` (and `la`, is) in Vietnamese chat, after `hoặc` (or), `nick`,
/// `của` (of) or `qua` (via): a handle when [`handle_after_a_cue`] says so (eight letters or more,
/// or a digit, `_` or a dot). Not after an English word (`on fb yesterday`).
const HANDLE_AFTER_FB: &str =
    r"(?-u:\b)(?:hoặc|hoac|nick|của|cua|qua)[ \t]+fb[ \t]+(?:la[ \t]+|là[ \t]+)?([a-z][a-z0-9._]{3,30})(?:$|[\s,;:!?)）]|\.(?:\s|$))";

/// A handle after a group's admin and `là`/`la`/`is` in the same clause (`Admin nhóm 'Hội người
/// Việt ở Đài' là betan80,`); [`marked_handle`] checks its shape.
const HANDLE_OF_AN_ADMIN: &str =
    r"(?i)(?-u:\b)admin(?-u:\b)[^.。\n]{0,60}?[ \t](?:là|la|is)[ \t]+([a-z][a-z0-9._]{2,30}[a-z0-9])(?:$|[\s,;:!?)）]|\.(?:\s|$))";

/// A handle of letters ending in a digit after a platform's name, a few words and a colon (`line
/// cua ong chu moi: matsuno921 ,`).
const HANDLE_AFTER_A_PLATFORM_AND_COLON: &str = r"(?i)(?-u:\b)(?:line|zalo|fb|facebook|telegram|tele|wechat|ig|instagram)(?-u:\b)[^:：\n]{0,30}[:：][ \t]*([a-z][a-z_.]{2,30}[0-9]{1,6})(?:$|[\s,;)）]|\.(?:\s|$))";

/// Whether a word after an account's name is a handle: a digit, `_` or a dot in it, no file's
/// name nor a site (`nick là Hoa`, `username is admin` stay).
fn marked_handle(h: &str) -> bool {
    handle_shaped(h, false)
}

/// Whether a word is shaped like a handle: a digit, `_` or a dot in it, or (when `long` allows)
/// eight letters or more; no site (a site ends in one of [`DOMAIN_ENDS`]), file or version
/// ([`opening_handle`]). The one check of [`marked_handle`] and [`handle_after_a_cue`].
fn handle_shaped(h: &str, long: bool) -> bool {
    let marked = h.bytes().any(|b| b.is_ascii_digit() || b == b'_' || b == b'.');
    let site = h.rsplit_once('.').is_some_and(|(_, tld)| DOMAIN_ENDS.contains(&tld));
    !site && opening_handle(h) && (marked || (long && h.len() >= 8))
}

/// Whether a word after a cue of [`HANDLE_AFTER_A_CUE`] is a handle: a digit, `_` or a dot
/// in it (no file, version or site: a site ends in one of [`DOMAIN_ENDS`]), or eight letters or more (no Vietnamese syllable nor
/// short word: `ib cho admin`, `add fb minh` stay); no platform's name; `add` and `inbox` only
/// with a platform or `cho` between (`add salt`, `inbox messages` stay).
fn handle_after_a_cue(h: &str) -> bool {
    let h = h.trim_end_matches(['.', '_']);
    let platform = PLATFORMS.iter().any(|p| p.eq_ignore_ascii_case(h)) || h == "fanpage";
    !platform && handle_shaped(h, true)
}

/// Whether a dotted word opening a sentence is a handle ([`HANDLE_OPENING_A_SENTENCE`]): no
/// file's name (`report.pdf`, `notes.txt`) nor a version (`v2.10`).
fn opening_handle(s: &str) -> bool {
    const FILES: &[&str] = &["pdf", "doc", "docx", "txt", "jpg", "jpeg", "png", "xls", "xlsx", "csv", "zip", "mp3", "mp4", "html", "exe"];
    let last = s.rsplit('.').next().unwrap_or("");
    !FILES.contains(&last) && !s.split('.').all(|p| p.bytes().skip(1).all(|b| b.is_ascii_digit()))
}

/// Names of an account's or a card's number (Vietnamese, English, Japanese, Chinese), before
/// which a number of eight digits or more is an identifier (`số tài khoản 1020197273379`,
/// `Account 1502173296367`, `口座番号 1234567`, `マイナンバー 974631413640`, `帳號 …`).
const NUMBER_CUES: &[&str] = &[
    "tài khoản",
    "tai khoan",
    "stk",
    "tk",
    "account no.",
    "account no",
    "account number",
    "account",
    "acct",
    "a/c",
    "bank card",
    "口座番号",
    "口座",
    "マイナンバー",
    "個人番号",
    "帳號",
    "帐号",
    "账号",
    "帳戶",
    "账户",
    "銀行卡",
    "银行卡",
    "my number",
    "id no.",
    "id number",
    "id",
    "mã số",
    "ma so",
    "bhxh",
    "bảo hiểm xã hội",
    "bao hiem xa hoi",
    "社員番号",
    "保険証番号",
    "健保卡號",
    "工號",
    "工号",
    // Identity documents (`Số CMND cũ: 140707818`, `passport number 12345678`).
    "cmnd",
    "cccd",
    "cmt",
    "căn cước",
    "can cuoc",
    "hộ chiếu",
    "ho chieu",
    "passport",
    "護照",
    "护照",
    "パスポート",
    "旅券",
    "在留カード",
    "居留證",
    "居留证",
    // Eleventh round: more documents and the words for a document's number (`visa số
    // 12345678`, `pension number 1234-567890`, `番号12345671`, `證號`, `MTCN 1234567890`).
    "visa",
    "thị thực",
    "thi thuc",
    "số thẻ",
    "so the",
    "card number",
    "card no.",
    "card no",
    "insurance number",
    "insurance no.",
    "insurance no",
    "pension number",
    "employee number",
    "employee no.",
    "member number",
    "case number",
    "mtcn",
    "chuyển khoản",
    "chuyen khoan",
    "番号",
    "年金番号",
    "保険証",
    "號碼",
    "号码",
    "證號",
    "证号",
    "卡號",
    "卡号",
    "編號",
    "编号",
    "身份证",
    "身份證",
    "身分證",
    "免許証",
    "driver's license",
    "driving licence",
    "license number",
    "licence number",
    "bằng lái",
    "bang lai",
];

/// The pattern of a number after one of [`NUMBER_CUES`]: a copula or colon between (`là`,
/// `is`, `:`, `は`, `是`), the number's digits in groups of any size.
fn account_number_re() -> String {
    // A cue in Latin letters starts a word (`paid 12345678` holds no `id`).
    let cues =
        NUMBER_CUES
            .iter()
            .map(|c| {
                if c.starts_with(|c: char| c.is_ascii_alphanumeric()) {
                    format!(r"(?-u:\b){}", regex::escape(c))
                } else {
                    regex::escape(c)
                }
            })
            .collect::<Vec<_>>()
            .join("|");
    // Up to two words of letters between the name and its number (`số tài khoản nhận`,
    // `account at Agribank`), and an opening bracket (`個人番号（439138172945）`); a comma after
    // the name (fourteenth round, tuned on the twenty-seventh: `the old CMND, number 514432044`).
    format!(
        r"(?i)(?:{cues}),?(?:[ \t]+\p{{L}}{{1,12}}){{0,2}}?\s*(?:số|so|là|la|is|no\.?|は|是|為|为|:|：|#)?\s*[:：]?\s*[(（]?\s*(\d(?:[ \-.]?\d){{7,23}})(?-u:\b)"
    )
}

/// Whether groups of four digits are not all years (`2018 2019 2020`).
fn not_years(s: &str) -> bool {
    !s.split([' ', '-']).all(|g| g.starts_with("19") || g.starts_with("20"))
}

/// Whether a number holds eight digits or more and is no amount in thousands (`tài khoản
/// 15.000.000 đồng`).
fn eight_digits_or_more(s: &str) -> bool {
    let mut groups = s.split('.');
    let first = groups.next().unwrap_or("");
    let thousands = s.contains('.') && first.len() <= 3 && groups.all(|g| g.len() == 3);
    s.bytes().filter(u8::is_ascii_digit).count() >= 8 && !thousands && !a_date(s)
}

/// Whether a number is a date in three groups, its year first or last (`2025-12-31`,
/// `15.03.2027`, `2019 10 21`): after a document's name it is when it was issued or expires.
fn a_date(s: &str) -> bool {
    let g: Vec<&str> = s.split(['-', '.', '/', ' ']).collect();
    let year = |x: &str| x.len() == 4 && (x.starts_with("19") || x.starts_with("20"));
    let upto = |x: &str, max: u32| x.len() <= 2 && x.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    g.len() == 3
        && ((year(g[0]) && upto(g[1], 12) && upto(g[2], 31))
            || (year(g[2]) && ((upto(g[0], 31) && upto(g[1], 12)) || (upto(g[0], 12) && upto(g[1], 31)))))
}

/// Whether a detection is a street address with its house number (`16 đường Điện Biên Phủ`,
/// `大岡山397番地`), which stands though a province's name is inside it.
fn street_address(d: &entities::Found) -> bool {
    d.rule == "detector:address"
}

/// Where the first byte that can start a run of [`digit_runs`] is in `b` (an ASCII digit, `+`
/// or `(`), eight bytes at a time: the leak scan reads every byte of the bundle, and most are
/// letters. In each chunk, a byte's flag is set where it equals the byte looked for (or, for
/// the digits, is below 10 once `0` is taken away); flags can be wrong only above a right one,
/// so the lowest is the first such byte.
#[inline]
fn number_byte(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte of `x` below `n` (at most 128), flagged in its high bit.
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().expect("eight bytes"));
        let hits =
            below(v ^ (ONES * u64::from(b'0')), 10) | below(v ^ (ONES * u64::from(b'+')), 1) | below(v ^ (ONES * u64::from(b'(')), 1);
        if hits != 0 {
            return Some(at + (hits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&c| c.is_ascii_digit() || c == b'+' || c == b'(').map(|n| at + n)
}

fn digit_run_re() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[+(]?\d(?:[ \-.()/]{0,3}\d)*").expect("valid regex"))
}

/// What [`digit_run_re`] finds, by byte range, in a text whose only digits are ASCII (`clues`
/// say so): the same leftmost-first, greedy runs, found by a byte loop instead of the regex
/// engine (the leak scan reads every byte of the bundle's files this way).
fn digit_runs(text: &str, digits: Digits) -> Vec<(usize, usize)> {
    if digits == Digits::OtherScript {
        return digit_run_re().find_iter(text).map(|m| (m.start(), m.end())).collect();
    }
    let b = text.as_bytes();
    let sep = |c: u8| matches!(c, b' ' | b'-' | b'.' | b'(' | b')' | b'/');
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match number_byte(&b[i..]) {
            Some(n) => i += n,
            None => break,
        }
        let start = if b[i].is_ascii_digit() {
            i
        } else if matches!(b[i], b'+' | b'(') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            i - 1
        } else {
            i += 1;
            continue;
        };
        // `i` is at a digit; each further group is at most three separators, then a digit.
        let mut end = i + 1;
        loop {
            let run = b[end..].iter().take(4).take_while(|&&c| sep(c)).count();
            if run <= 3 && b.get(end + run).is_some_and(u8::is_ascii_digit) {
                end += run + 1;
            } else {
                break;
            }
        }
        out.push((start, end));
        i = end;
    }
    out
}

/// The pipeline's own pseudonyms (`p_` and 16 hex digits). They are HMAC output, so their digit
/// runs are no one's number, but over thousands of interviews some of them spell a known
/// number's digits by chance (in the 10,000-interview benchmark dozens did, and the leak scan
/// stopped the export): digits inside a pseudonym are never matched.
fn pseudonym_re() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\bp_[0-9a-f]{16}\b").expect("valid regex"))
}

/// Whether the digits `text[a..e]` are inside one of the pipeline's pseudonyms
/// ([`pseudonym_re`]). A pseudonym's 16 hex digits are a whole run of `[0-9a-f]` (`_` before
/// it, no word character after it), so the digits are in one when the run around them is 16
/// long after a `p_` that starts a word and no word character follows. The characters around it
/// are read here when they are ASCII; for one outside ASCII (a word character or not, by
/// Unicode's classes) the regex's own matches are asked, found once per text into `all`.
fn in_pseudonym(text: &str, a: usize, e: usize, all: &mut Option<Vec<(usize, usize)>>) -> bool {
    let b = text.as_bytes();
    let hex = |c: u8| matches!(c, b'0'..=b'9' | b'a'..=b'f');
    let (mut s, mut t) = (a, e);
    while s > 0 && hex(b[s - 1]) {
        s -= 1;
    }
    while t < b.len() && hex(b[t]) {
        t += 1;
    }
    if t - s != 16 || s < 2 || &b[s - 2..s] != b"p_" {
        return false;
    }
    let before = s.checked_sub(3).map(|i| b[i]);
    let after = b.get(t).copied();
    if before.is_some_and(|c| !c.is_ascii()) || after.is_some_and(|c| !c.is_ascii()) {
        // Pseudonyms are sorted and apart: only the last one starting before `e` can overlap.
        let all = all.get_or_insert_with(|| pseudonym_re().find_iter(text).map(|m| (m.start(), m.end())).collect());
        let i = all.partition_point(|&(ps, _)| ps < e);
        return i > 0 && all[i - 1].1 > a;
    }
    let word = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_');
    !word(before) && !word(after)
}

/// What a run of digits written as one number is, when it is a phone or an ID number: its rule
/// and its label.
fn classify_number(digits: &str, international: bool, thousands: bool) -> Option<(&'static str, &'static str)> {
    let n = digits.len();
    if international && (8..=15).contains(&n) {
        return Some(("detector:phone", "phone"));
    }
    // A country code without its `+` (`84912734026`), where the length fits that country's
    // numbers: Vietnam 84 + 9 digits, Japan 81 + 9–10, Taiwan 886 + 8–9 (a trunk 0 kept after
    // the code is one more). Not an amount written in thousands (`84.000.000.000`).
    if !thousands {
        let after = |cc: &str| digits.strip_prefix(cc).map(|r| r.strip_prefix('0').unwrap_or(r).len());
        let fits = matches!(after("84"), Some(9)) || matches!(after("81"), Some(9..=10)) || matches!(after("886"), Some(8..=9));
        // A mainland Chinese mobile (`13843058067`, `86 131 6183 8762`): eleven digits from `13`
        // to `19`, after `86` or alone.
        let cn_mobile = |d: &str| d.len() == 11 && d.starts_with('1') && matches!(d.as_bytes()[1], b'3'..=b'9');
        if fits || cn_mobile(digits) || digits.strip_prefix("86").is_some_and(cn_mobile) {
            return Some(("detector:phone", "phone"));
        }
    }
    if n == 12 && digits.starts_with('0') {
        return Some(("detector:vn_id", "id_number"));
    }
    if digits.starts_with("00") && (10..=17).contains(&n) {
        return Some(("detector:phone", "phone"));
    }
    if digits.starts_with('0') && (9..=11).contains(&n) {
        return Some(("detector:phone", "phone"));
    }
    None
}

/// A found identifier: original byte range, the rule that found it and its label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// Start byte in the original text.
    pub start: usize,
    /// End byte in the original text.
    pub end: usize,
    /// The rule that found it (`known:name`, `detector:phone`).
    pub rule: String,
    /// The label of its replacement (`name`, `phone`).
    pub label: &'static str,
    /// How sure the rule is: possible detections are shown for review, to restore.
    pub confidence: Confidence,
}

impl Span {
    /// The public form of a span found inside the redactor, whose rule names are static.
    fn of(f: Found) -> Span {
        Span { start: f.start, end: f.end, rule: f.rule.to_owned(), label: f.label, confidence: f.confidence }
    }
}

/// Per pattern: `None` for an allowed name (gazetteer), else the identifier's kind and whether
/// only a capitalised occurrence counts.
type PatternInfo = Option<(IdentifierKind, bool)>;

/// Finds and replaces identifiers in text. Build once per export.
pub struct Redactor {
    /// The ASCII patterns (nearly all), matched word by word.
    words: WordIndex,
    /// The others (with CJK or other letters that do not fold to ASCII); ids: index in `patterns`.
    other: Option<NonAscii>,
    patterns: Vec<PatternInfo>,
    /// Every pattern's folded text, to check the matchers against one automaton of them all.
    #[cfg(test)]
    texts: Vec<String>,
    cores: Cores,
    /// Shortest and longest digit core in `cores` (0, 0 when there is none).
    core_lens: (usize, usize),
    detectors: &'static [Detector],
    /// Persons the vault knows by a one-character Chinese family name alone (`杨`), with the
    /// kind of their field: see [`Redactor::lone_family_spans`].
    lone_family: Vec<(char, IdentifierKind)>,
    known_count: usize,
    /// The keep-list's patterns: the first this many of `patterns`.
    keep_count: usize,
    /// What [`Redactor::find`] found in short texts, by text: codes, bands, dates and short
    /// values recur in record after record, and `find` is a pure function of the text.
    memo: Memo<Found>,
    /// The experimental tagger of the names the rules miss ([`names_model`]): none unless a
    /// test sets one (it is not shipped: docs/deidentification.md, "A statistical model for
    /// names").
    #[cfg(test)]
    names: names_model::Tagging,
}

/// Texts up to this many bytes are remembered by [`Memo`]; longer ones are rarely repeated.
const MEMO_MAX_LEN: usize = 32;
/// Entries per shard of [`Memo`], at most (then new texts are no longer remembered).
const MEMO_SHARD_CAP: usize = 1 << 14;

/// A sharded map from texts to what was found in them, shared by the threads of one export and
/// dropped with its redactor.
struct Memo<T> {
    shards: [Mutex<FxHashMap<Box<str>, Vec<T>>>; 16],
    cap: usize,
}

impl<T: Clone> Memo<T> {
    fn new(cap: usize) -> Memo<T> {
        Memo { shards: std::array::from_fn(|_| Mutex::new(FxHashMap::default())), cap }
    }

    fn shard(&self, text: &str) -> &Mutex<FxHashMap<Box<str>, Vec<T>>> {
        // The shard by the hash's top bits: the map's own buckets take its low ones.
        &self.shards[(FxBuildHasher.hash_one(text) >> 60) as usize]
    }

    fn get(&self, text: &str) -> Option<Vec<T>> {
        self.shard(text).lock().unwrap_or_else(PoisonError::into_inner).get(text).cloned()
    }

    fn put(&self, text: &str, found: &[T]) {
        let mut shard = self.shard(text).lock().unwrap_or_else(PoisonError::into_inner);
        if shard.len() < self.cap {
            shard.insert(text.into(), found.to_vec());
        }
    }
}

impl Redactor {
    /// A redactor for these known identifiers.
    pub fn new(known: &[KnownIdentifier]) -> Redactor {
        Redactor::with_keep_list(known, &[])
    }

    /// A redactor for these known identifiers that never redacts the names of `keep` (the
    /// project's keep-list: unions, NGOs, churches, ministries), not even inside a known value's
    /// variants or where a detector would find them.
    pub fn with_keep_list(known: &[KnownIdentifier], keep: &[String]) -> Redactor {
        let mut seen: HashSet<String> = HashSet::new();
        let mut texts: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        let mut cores = Cores::default();
        // First, so that a keep-list name equal to a variant of a known value is left alone.
        for k in keep {
            let f = fold_key(k);
            if !f.is_empty() && seen.insert(f.clone()) {
                texts.push(f);
                patterns.push(None);
            }
        }
        let keep_count = patterns.len();
        // Each identifier's variants and digit core on every core, taken in order below.
        let expanded = crate::parallel::map(known.iter().collect(), 256, |id: &KnownIdentifier| (variants(id), known_core(&id.value)));
        for (id, (variants, core)) in known.iter().zip(expanded) {
            for v in variants {
                if seen.insert(v.folded.clone()) {
                    texts.push(v.folded);
                    patterns.push(Some((id.kind, v.capitalised)));
                }
            }
            if let Some(core) = core {
                cores.insert(core, id.kind);
            }
        }
        for name in gazetteer::names() {
            if seen.insert(name.clone()) {
                texts.push(name.clone());
                patterns.push(None);
            }
        }
        let (words, other) = index(texts.iter().map(String::as_str));
        let core_lens = (cores.map.keys().map(String::len).min().unwrap_or(0), cores.map.keys().map(String::len).max().unwrap_or(0));
        Redactor {
            words,
            other,
            patterns,
            #[cfg(test)]
            texts,
            cores,
            core_lens,
            detectors: detectors(),
            lone_family: known.iter().filter_map(lone_family_name).collect(),
            known_count: known.len(),
            keep_count,
            memo: Memo::new(MEMO_SHARD_CAP),
            #[cfg(test)]
            names: names_model::Tagging::Off,
        }
    }

    /// This redactor with another name tagger, or none (the rules alone).
    #[cfg(test)]
    pub(crate) fn with_name_model(mut self, names: names_model::Tagging) -> Redactor {
        self.names = names;
        self
    }

    /// How many known identifiers this redactor looks for.
    pub fn known_count(&self) -> usize {
        self.known_count
    }

    /// Occurrences of known identifiers in `text` (the leak scan's question).
    pub fn find_known(&self, text: &str) -> Vec<Span> {
        self.found_known(text).into_iter().map(Span::of).collect()
    }

    /// [`Redactor::find_known`] with static rule names.
    fn found_known(&self, text: &str) -> Vec<Found> {
        let mut spans = self.known_token_spans(text, &fold(text));
        spans.extend(self.lone_family_spans(text));
        let width = width_fold(text);
        spans.extend(self.number_spans(&width, Digits::of(&width.text), true));
        resolve(spans)
    }

    /// Every identifier in `text`, known or detected, without overlaps.
    pub fn find(&self, text: &str) -> Vec<Span> {
        self.found(text).into_iter().map(Span::of).collect()
    }

    /// [`Redactor::find`] with static rule names: what redaction reads, with no string made
    /// per span.
    fn found(&self, text: &str) -> Vec<Found> {
        if text.len() > MEMO_MAX_LEN {
            return self.search(text);
        }
        if let Some(spans) = self.memo.get(text) {
            return spans;
        }
        let spans = self.search(text);
        self.memo.put(text, &spans);
        spans
    }

    /// [`Redactor::find`] without the memo.
    fn search(&self, text: &str) -> Vec<Found> {
        // Each view is made once and shared by the matchers that read it.
        let folded = fold(text);
        let width = width_fold(text);
        // One pass over the folded words for the known values and the gazetteer's places.
        let mut place_words = Vec::new();
        let (mut spans, kept) = self.known_and_kept(text, &folded, Some(&mut place_words));
        // The keep-list's names, by byte range of the original: no number, pattern or gazetteer
        // place overlapping one is redacted (the entity rules below have their own veto).
        let listed: Vec<(usize, usize)> = kept.iter().filter(|k| k.2).map(|&(s, e, _)| folded.original_range(s, e)).collect();
        let not_kept = |sp: &Found| !listed.iter().any(|&(s, e)| sp.start < e && sp.end > s);
        spans.extend(self.lone_family_spans(text).into_iter().filter(not_kept));
        let clues = Clues::of(&width.text);
        spans.extend(self.number_spans(&width, clues.digit_kind(), false).into_iter().filter(not_kept));
        spans.extend(self.detector_spans(&width, &clues).into_iter().filter(not_kept));
        let places = gazetteer::find_places_among(text, &folded, place_words).into_iter().map(|(start, end)| Found {
            start,
            end,
            rule: "gazetteer:place",
            label: IdentifierKind::Place.label(),
            confidence: Confidence::High,
        });
        // Tuned in session 13: no place inside a longer province's or city's name (`Chi Minh` of
        // `Ho Chi Minh City`).
        let larger: Vec<(usize, usize)> = kept.iter().filter(|k| !k.2).map(|&(s, e, _)| folded.original_range(s, e)).collect();
        let not_inside_larger = |sp: &Found| !larger.iter().any(|&(s, e)| sp.start < e && sp.end > s && e - s > sp.end - sp.start);
        spans.extend(places.filter(not_kept).filter(not_inside_larger));
        // Names, organisations and places no one told the vault about; never inside a name left
        // alone (a province, a country, the keep-list).
        // A person's name whose family and given names are both listed stands, though its family
        // name is also a province's (`Ishikawa Kenji`, `Chiba Yuko`), unless the keep-list names it.
        // Not remembered: field notes and quotes rarely repeat (docs/benchmarks.md).
        #[cfg_attr(not(test), allow(unused_mut))]
        let mut found = entities().find(text, &folded, &width);
        #[cfg(test)]
        if let Some(model) = self.names.model() {
            let by_rules: Vec<(usize, usize, &'static str)> =
                spans.iter().map(|s| (s.start, s.end, s.label)).chain(found.iter().map(|d| (d.start, d.end, d.label))).collect();
            model.extend(text, &by_rules, &mut found);
        }
        if !found.is_empty() {
            // A name that only folds like a province (`Huệ`, the city `Huế`) vetoes nothing.
            let kept: Vec<(usize, usize, bool)> = kept
                .iter()
                .map(|&(s, e, listed)| {
                    let (s, e) = folded.original_range(s, e);
                    (s, e, listed)
                })
                .filter(|&(s, e, listed)| listed || gazetteer::written_as_province_or_larger(&text[s..e]))
                .collect();
            // Twelfth round: a province's name before a Japanese honorific is a family name
            // (`管理人の山口さんの電話`, `Chiba-san`); thirteenth: after an English title too (`Dr
            // Toyama saw her`), or `ông`, `bà` (`ông 石川 tới`).
            let honoured = |d: &entities::Found| {
                let title = text[..d.start].trim_end_matches(' ').trim_end_matches('.');
                let title = title.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
                d.label == "name"
                    && (entities::JA_HONORIFICS.iter().chain(&["-san", "-sama"]).any(|h| text[d.end..].starts_with(h))
                        || entities::EN_TITLES.iter().any(|t| title.eq_ignore_ascii_case(t))
                        || (["ông ", "bà ", "Ông ", "Bà "].iter().any(|t| text[..d.start].ends_with(t))
                            && text[d.start..d.end].chars().all(entities::is_han)))
            };
            // Tuned in session 13: a company named after a province right after its Vietnamese
            // legal form is the company (`trụ sở Công ty cổ phần Vĩnh Phúc`).
            let named_after_a_province = |d: &entities::Found| {
                let before = text[..d.start].trim_end_matches(' ');
                d.label == "organisation"
                    && ["TNHH", "cổ phần", "Cổ phần", "Cổ Phần", "CP", "tnhh", "co phan"].iter().any(|l| before.ends_with(l))
            };
            let vetoed = |d: &entities::Found| {
                kept.iter().any(|&(s, e, listed)| {
                    let part = d.start <= s && e <= d.end && e - s < d.end - d.start;
                    // A sure person's or company's name holding a province's (`山口物流` before
                    // `有限会社`) stands.
                    // So does a place after its locality word (`thôn Hòa Bình Thượng`).
                    let sure = d.rule == entities::SURE_FAMILY_GIVEN
                        || d.label == "organisation"
                        || d.rule == entities::PLACE_AFTER_LOCALITY
                        || street_address(d);
                    let inside = part && sure && d.confidence == Confidence::High;
                    d.start < e && d.end > s && (listed || !(inside || honoured(d) || named_after_a_province(d)))
                })
            };
            spans.extend(found.into_iter().filter(|d| !vetoed(d)));
        }
        let mut spans = resolve(spans);
        swallow_brackets(text, &mut spans);
        spans
    }

    /// `text` with every identifier replaced by its marker ([`marker::write`]); counts per rule are added
    /// to `counts`. Returns the new text (borrowed when nothing was found) and how many spans
    /// were replaced.
    pub fn redact<'t>(&self, text: &'t str, counts: &mut BTreeMap<String, usize>) -> (Cow<'t, str>, usize) {
        self.redact_keeping(text, &[], counts, &mut BTreeMap::new())
    }

    /// [`Redactor::redact`], leaving alone the possible detections that start at the byte
    /// offsets of `restored` (the fieldworker restored them in review), and counting spans per
    /// confidence too.
    pub fn redact_keeping<'t>(
        &self,
        text: &'t str,
        restored: &[usize],
        per_rule: &mut BTreeMap<String, usize>,
        per_confidence: &mut BTreeMap<String, usize>,
    ) -> (Cow<'t, str>, usize) {
        let mut spans = self.found(text);
        spans.retain(|s| !(s.confidence == Confidence::Possible && restored.contains(&s.start)));
        if spans.is_empty() {
            return (Cow::Borrowed(text), 0);
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for s in &spans {
            out.push_str(&text[at..s.start]);
            marker::write(&mut out, s.label);
            at = s.end;
            count(per_rule, s.rule);
            count(per_confidence, s.confidence.label());
        }
        out.push_str(&text[at..]);
        (Cow::Owned(out), spans.len())
    }

    /// Every occurrence in `f` (the folded `text`) of a pattern as whole words: (start, end,
    /// pattern), by byte range in `f`; a pattern that counts only capitalised must start with a
    /// capital in `text`. With `places`, the same pass over the words also gives what
    /// [`gazetteer::place_words`] finds (unchecked: see [`gazetteer::find_places_among`]).
    fn pattern_matches(&self, text: &str, f: &Folded, places: Option<&mut Vec<(usize, usize, u32)>>) -> Vec<(usize, usize, u32)> {
        let mut found = Vec::new();
        let mut take = |s: usize, e: usize, p: u32| {
            if let Some((_, true)) = self.patterns[p as usize] {
                let (os, _) = f.original_range(s, e);
                if !text[os..].chars().next().is_some_and(char::is_uppercase) {
                    return;
                }
            }
            found.push((s, e, p));
        };
        // ASCII patterns, as whole words.
        match places {
            Some(places) => WordIndex::find_in([&self.words, gazetteer::place_words()], &f.text, |k, s, e, p| {
                if k == 0 {
                    take(s, e, p);
                } else {
                    places.push((s, e, p));
                }
            }),
            None => self.words.find(&f.text, &mut take),
        }
        // The others hold a byte outside ASCII, so they are looked for only near such a byte.
        if let Some(other) = &self.other {
            other.find(&f.text, |s, e, p| {
                if Self::whole_words(&f.text, s, e) {
                    take(s, e, p);
                }
            });
        }
        found
    }

    /// Where a person the vault knows by a one-character family name alone is named by it with
    /// no title after it: after a role (`邻居杨帮她`) or at a clause's start (`詹说…`), and
    /// followed by a verb of a subject or the clause's end. The character alone is also a word
    /// (`向`: towards, `高`: tall), so anywhere else it stays; before a title the variants find
    /// it (`杨姐`).
    fn lone_family_spans(&self, text: &str) -> Vec<Found> {
        let mut out = Vec::new();
        if self.lone_family.is_empty() {
            return out;
        }
        for (i, c) in text.char_indices() {
            let Some(&(_, kind)) = self.lone_family.iter().find(|(f, _)| *f == c) else { continue };
            let (before, after) = (&text[..i], &text[i + c.len_utf8()..]);
            let after_role = entities::ends_with_cjk_role(before);
            let starts = after_role || before.chars().next_back().is_none_or(|b| !b.is_alphanumeric());
            let ends = after.chars().next().is_none_or(|a| !a.is_alphanumeric())
                || SUBJECT_VERBS.iter().any(|v| after.starts_with(v))
                || (after_role && after.starts_with(SUBJECT_ADVERBS));
            // `周姓社工` (a social worker surnamed 周): the character before `姓` is a family name
            // wherever it stands (`百姓`, the people, is no name); in Japanese a family name
            // between `の` and a particle (`支援団体の原が`).
            let surnamed = after.starts_with('姓') && c != '百';
            let japanese = before.ends_with('の') && after.starts_with(['が', 'は', 'も', 'と', 'に', 'を']);
            if (starts && ends) || surnamed || japanese {
                out.push(Found { start: i, end: i + c.len_utf8(), rule: kind.rule(), label: kind.label(), confidence: Confidence::High });
            }
        }
        out
    }

    fn known_token_spans(&self, text: &str, f: &Folded) -> Vec<Found> {
        self.known_and_kept(text, f, None).0
    }

    /// Known identifiers in `text`, and the ranges in the folded view of the names left alone
    /// (provinces, countries, the project's keep-list) that no detection may touch: mapped to
    /// the original only when a detection needs the comparison, as most texts have none.
    /// Each name left alone comes with whether it is on the keep-list. With `places`, also what
    /// the gazetteer's word index finds ([`Redactor::pattern_matches`]).
    fn known_and_kept(
        &self,
        text: &str,
        f: &Folded,
        places: Option<&mut Vec<(usize, usize, u32)>>,
    ) -> (Vec<Found>, Vec<(usize, usize, bool)>) {
        let mut kept = Vec::new();
        let mut found: Vec<(usize, usize, PatternInfo, bool)> = self
            .pattern_matches(text, f, places)
            .into_iter()
            .map(|(s, e, p)| (s, e, self.patterns[p as usize], (p as usize) < self.keep_count))
            .collect();
        // Longest first at each position; an allowed name shadows the identifiers inside it.
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::new();
        let mut covered = 0;
        for (s, e, pat, listed) in found {
            if s < covered {
                continue;
            }
            // Tuned in session 12: a province written with a word in lower case is no province
            // and shadows no known value (`so cua anh Son la 09…`: the known `Son`, not `Sơn La`).
            if pat.is_none() && !listed {
                let (os, oe) = f.original_range(s, e);
                if text[os..oe].split_whitespace().any(|w| w.starts_with(char::is_lowercase)) {
                    continue;
                }
            }
            covered = e;
            match pat {
                Some((kind, _)) => {
                    let (mut os, mut oe) = f.original_range(s, e);
                    // The full stop of an abbreviation ending the value (`Fude St.`, `Aly.`)
                    // belongs to it: no stray "." after the marker.
                    if text[oe..].starts_with('.') && ends_with_abbreviation(&text[os..oe]) {
                        oe += 1;
                    }
                    // So does a handle's `@` (`微信@antonina_jp`), which folding leaves out.
                    if kind == IdentifierKind::Social && text[..os].ends_with('@') {
                        os -= 1;
                    }
                    out.push(Found { start: os, end: oe, rule: kind.rule(), label: kind.label(), confidence: Confidence::High });
                }
                None => kept.push((s, e, listed)),
            }
        }
        (out, kept)
    }

    /// Whether `folded[s..e]` is whole words: it starts at the start, after a space or at or
    /// after a CJK character, and ends likewise.
    fn whole_words(folded: &str, s: usize, e: usize) -> bool {
        let bytes = folded.as_bytes();
        let first = folded[s..].chars().next().unwrap_or(' ');
        let last = folded[..e].chars().next_back().unwrap_or(' ');
        let before = folded[..s].chars().next_back();
        let after = folded[e..].chars().next();
        let ok_before = s == 0 || bytes[s - 1] == b' ' || is_cjk(first) || before.is_some_and(is_cjk);
        let ok_after = e == bytes.len() || bytes[e] == b' ' || is_cjk(last) || after.is_some_and(is_cjk);
        ok_before && ok_after
    }

    /// Numbers: known ones by their digits, and (unless `known_only`) phones and Vietnamese ID
    /// numbers by their shape.
    ///
    /// In each run of digit groups written as one number, from the first group on: the longest
    /// run of groups that is a known number (or, failing that, a phone or ID number) is taken
    /// and the search goes on after it. Only lengths that can match are tried: a digit core is
    /// between the shortest known core and the longest plus a country prefix, a phone or ID
    /// number between 8 and 17 digits.
    fn number_spans(&self, w: &Width, digits: Digits, known_only: bool) -> Vec<Found> {
        // Every number starts with a digit (`\d`, any script).
        if digits == Digits::None {
            return Vec::new();
        }
        // The shortest and longest digit strings anything can match.
        let (core_min, core_max) = self.core_lens;
        let core_lo = if self.cores.is_empty() { usize::MAX } else { core_min };
        // `core_kind` strips at most "00", a three-digit country code and a trunk zero.
        let core_hi = if self.cores.is_empty() { 0 } else { core_max + 6 };
        let (shape_lo, shape_hi) = if known_only { (usize::MAX, 0) } else { (8, 17) };
        let lo = core_lo.min(shape_lo);
        let text = w.text.as_ref();
        let mut out = Vec::new();
        let mut pseudonyms: Option<Vec<(usize, usize)>> = None;
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut all = String::new();
        // Digits before each group in `all`.
        let mut offsets: Vec<usize> = Vec::new();
        for (m_start, m_end) in digit_runs(text, digits) {
            let s = &text[m_start..m_end];
            let b = s.as_bytes();
            if b.iter().filter(|c| c.is_ascii_digit()).count() < lo {
                continue;
            }
            // Groups of digits and where each starts and ends in the width view.
            groups.clear();
            let base = m_start;
            let mut i = 0;
            while i < b.len() {
                if b[i].is_ascii_digit() {
                    let st = i;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    groups.push((base + st, base + i));
                } else {
                    i += 1;
                }
            }
            groups.retain(|&(a, e)| !in_pseudonym(text, a, e, &mut pseudonyms));
            all.clear();
            offsets.clear();
            for &(a, e) in &groups {
                offsets.push(all.len());
                all.push_str(&text[a..e]);
            }
            offsets.push(all.len());
            // An amount in thousands (`84.000.000.000`, `1.500.000`): no part of it is a phone.
            let amount = groups.len() >= 2
                && groups[0].1 - groups[0].0 <= 3
                && (1..groups.len()).all(|k| groups[k].1 - groups[k].0 == 3 && &text[groups[k - 1].1..groups[k].0] == ".");
            let plus = s.starts_with('+');
            let lead = usize::from(s.starts_with('+') || s.starts_with('('));
            let mut g = 0;
            while g < groups.len() {
                let mut best: Option<(usize, Found)> = None;
                for h in (g..groups.len()).rev() {
                    let digits = &all[offsets[g]..offsets[h + 1]];
                    if digits.len() < lo {
                        break;
                    }
                    let international = plus && g == 0;
                    let span = |rule: &'static str, label: &'static str| {
                        let start = if g == 0 && lead == 1 { base } else { groups[g].0 };
                        let (os, oe) = w.original_range(start, groups[h].1);
                        Found { start: os, end: oe, rule, label, confidence: Confidence::High }
                    };
                    if (core_lo..=core_hi).contains(&digits.len()) {
                        if let Some(kind) = core_kind(&self.cores, digits, international) {
                            best = Some((h, span(kind.rule(), kind.label())));
                            break;
                        }
                    }
                    if (shape_lo..=shape_hi).contains(&digits.len()) && !amount {
                        // Groups after the first all of three digits: an amount in thousands.
                        let thousands = amount
                            || h > g && (g + 1..=h).all(|k| groups[k].1 - groups[k].0 == 3 && &text[groups[k - 1].1..groups[k].0] == ".");
                        if let Some((rule, label)) = classify_number(digits, international, thousands) {
                            best = Some((h, span(rule, label)));
                            break;
                        }
                    }
                }
                match best {
                    Some((h, span)) => {
                        out.push(span);
                        g = h + 1;
                    }
                    None => g += 1,
                }
            }
        }
        out
    }

    fn detector_spans(&self, w: &Width, clues: &Clues) -> Vec<Found> {
        let mut out = Vec::new();
        for d in self.detectors.iter().filter(|d| (d.needs)(clues)) {
            // Most texts hold no match: asked first without making the captures.
            let re = d.re();
            if !re.is_match(&w.text) {
                continue;
            }
            for c in re.captures_iter(&w.text) {
                let Some(m) = c.get(d.group) else { continue };
                let mut end = m.end();
                while end > m.start() && matches!(w.text.as_bytes()[end - 1], b'.' | b',' | b';' | b':' | b'!' | b'?') {
                    end -= 1;
                }
                if end == m.start() || !(d.check)(&w.text[m.start()..end]) {
                    continue;
                }
                let (os, oe) = w.original_range(m.start(), end);
                out.push(Found { start: os, end: oe, rule: d.rule, label: d.label, confidence: Confidence::High });
            }
        }
        out
    }
}

/// One more of `key` in `counts`; the key is copied only the first time.
fn count(counts: &mut BTreeMap<String, usize>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key.to_owned(), 1);
        }
    }
}

/// Sorts spans and merges overlapping ones; the earlier-listed rule names a merged span.
fn resolve(mut spans: Vec<Found>) -> Vec<Found> {
    // Stable: known identifiers come first in the input, so they win ties.
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    // Merged in place: a span overlapping the last one kept widens it and is dropped.
    spans.dedup_by(|s, last| {
        let overlaps = s.start < last.end;
        if overlaps {
            last.end = last.end.max(s.end);
            last.confidence = last.confidence.max(s.confidence);
        }
        overlaps
    });
    spans
}

/// Whether `value`'s last word is a street or legal-form abbreviation (`St`, `Rd`, `Ln`, `Aly`,
/// `Sec`, `Co`, `Ltd`, `Inc`, `Corp`), whose full stop follows it.
fn ends_with_abbreviation(value: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &["St", "Rd", "Ln", "Aly", "Sec", "Ave", "Blvd", "Dist", "Co", "Ltd", "Inc", "Corp", "Bldg", "Fl"];
    let last = value.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(last))
}

/// Bracket pairs an identifier can stand in, ASCII and full-width.
const BRACKETS: &[(char, char)] = &[('(', ')'), ('[', ']'), ('{', '}'), ('（', '）'), ('［', '］'), ('「', '」'), ('【', '】')];

/// Widens spans (sorted, apart) over the brackets that belong to their identifier, so that no
/// stray bracket is left next to a marker: the closing bracket after a span that opens with its
/// pair ("(+84 912 551 036" then ")"), a pair that a span fills ("(", "+84 912 551 036", ")"),
/// and the opening bracket before a span that closes it ("(", "+84) 912 551 036").
fn swallow_brackets(text: &str, spans: &mut [Found]) {
    for i in 0..spans.len() {
        let (start, end) = (spans[i].start, spans[i].end);
        let prev_end = if i == 0 { 0 } else { spans[i - 1].end };
        let next_start = spans.get(i + 1).map_or(text.len(), |s| s.start);
        let inner = &text[start..end];
        let (before, after) = (text[prev_end..start].chars().next_back(), text[end..next_start].chars().next());
        // `(+84) 331437589`: a bracket the span closes inside it, with none opened before, was
        // opened just before it (a country code in brackets).
        let closes_inside = |&&(open, close): &&(char, char)| {
            before == Some(open) && inner.find(close).is_some_and(|c| inner.find(open).is_none_or(|o| o > c))
        };
        if let Some(&(open, _)) = BRACKETS.iter().find(closes_inside) {
            spans[i].start -= open.len_utf8();
            continue;
        }
        let Some(&(open, close)) = BRACKETS.iter().find(|(_, close)| after == Some(*close)) else { continue };
        if inner.contains(close) {
            continue;
        }
        // A span that opens a bracket and does not close it (`アジア食材「フォー山田`) ends at
        // the closing one.
        if inner.contains(open) {
            spans[i].end += close.len_utf8();
        } else if before == Some(open) && !inner.contains(open) {
            spans[i].start -= open.len_utf8();
            spans[i].end += close.len_utf8();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    fn redactor(known: &[(&str, IdentifierKind, bool)]) -> Redactor {
        Redactor::new(&known.iter().map(|(v, k, p)| KnownIdentifier { value: v.to_string(), kind: *k, person: *p }).collect::<Vec<_>>())
    }

    fn redact(r: &Redactor, s: &str) -> String {
        r.redact(s, &mut BTreeMap::new()).0.into_owned()
    }

    /// Known values the fifth corpus showed unmatched: an address written in English whose last
    /// word is an abbreviation keeps its full stop inside the marker; a known one-character
    /// family name is matched after 姓 ("surnamed") and before the Vietnamese "tiên sinh".
    #[test]
    fn fourteenth_round_handles_after_an_account_and_a_platforms_nick() {
        let r = redactor(&[]);
        assert_eq!(
            redact(&r, "admin nhắn riêng từ tài khoản bequyet451, đòi cọc."),
            "admin nhắn riêng từ tài khoản [REDACTED:social], đòi cọc."
        );
        assert_eq!(
            redact(&r, "Nick Facebook của chị ấy là loanduongx, nhưng chị ấy ít khi online."),
            "Nick Facebook của chị ấy là [REDACTED:social], nhưng chị ấy ít khi online."
        );
        // A bank's account and a word after `nick` with no platform stay.
        assert_eq!(redact(&r, "Chị mở tài khoản ngân hàng ở đây."), "Chị mở tài khoản ngân hàng ở đây.");
        assert_eq!(redact(&r, "Nick của chị ấy là hoa."), "Nick của chị ấy là hoa.");
    }

    #[test]
    fn known_values_take_their_abbreviation_dot_and_a_surname_after_its_cue() {
        let r =
            redactor(&[("No. 64, Aly. 28, Ln. 91, Sec. 5, Ziqiang St.", IdentifierKind::Place, false), ("许", IdentifierKind::Name, true)]);
        assert_eq!(
            redact(&r, "The shelter at No. 64, Aly. 28, Ln. 91, Sec. 5, Ziqiang St. is run by"),
            "The shelter at [REDACTED:place] is run by"
        );
        assert_eq!(redact(&r, "負責人姓许，電話"), "負責人[REDACTED:name]，電話");
        assert_eq!(redact(&r, "nhà 许 tiên sinh, ở"), "nhà [REDACTED:name], ở");
        assert_eq!(redact(&r, "许多人"), "许多人", "alone, 许 is also a word (许多: many)");
        let word = redactor(&[("Nguyen An", IdentifierKind::Name, true)]);
        assert_eq!(redact(&word, "I met Nguyen An. Then"), "I met [REDACTED:name]. Then", "a sentence's full stop after a name stays");
    }

    /// A given name that only folds like a province (`Huệ`; the city is `Huế`) is a name; the
    /// province written as itself, or without diacritics, stays.
    #[test]
    fn a_name_that_folds_like_a_province_is_still_a_name() {
        let r = redactor(&[]);
        assert_eq!(redact(&r, "Em ở nhờ nhà chú Huệ hai tháng."), "Em ở nhờ nhà chú [REDACTED:name] hai tháng.");
        assert_eq!(redact(&r, "Em ở nhờ nhà chú Huế hai tháng."), "Em ở nhờ nhà chú Huế hai tháng.");
        assert_eq!(redact(&r, "Em học ở Huế hai năm, rồi ra Hue."), "Em học ở Huế hai năm, rồi ra Hue.");
        assert_eq!(redact(&r, "Em học ở Thừa Thiên Huế."), "Em học ở Thừa Thiên Huế.");
        assert!(gazetteer::written_as_province_or_larger("Huế") && gazetteer::written_as_province_or_larger("Hue"));
        assert!(!gazetteer::written_as_province_or_larger("Huệ"));
    }

    /// A person the vault knows by a two-letter name is matched where it is written capitalised;
    /// the same letters in lower case, or inside a word, are words.
    #[test]
    fn a_known_two_letter_name_is_matched_capitalised() {
        let r = redactor(&[("An", IdentifierKind::Name, true), ("Ly", IdentifierKind::Actor, true), ("Hu", IdentifierKind::Place, false)]);
        assert_eq!(redact(&r, "Call An tonight; Ly knows."), "Call [REDACTED:name] tonight; [REDACTED:actor] knows.");
        assert_eq!(redact(&r, "an hour, a ly of tea, Anh, Lyon"), "an hour, a ly of tea, Anh, Lyon");
        assert_eq!(redact(&r, "Hu is a place"), "Hu is a place", "only people are matched by two letters");
    }

    #[test]
    fn known_names_match_without_case_diacritics_or_width() {
        let r = redactor(&[("Nguyễn Thị Hương", IdentifierKind::Name, true)]);
        assert_eq!(redact(&r, "Met nguyen thi huong today"), "Met [REDACTED:name] today");
        assert_eq!(redact(&r, "ＮＧＵＹＥＮ　ＴＨＩ　ＨＵＯＮＧ."), "[REDACTED:name].");
        assert_eq!(redact(&r, "Huong phoned"), "[REDACTED:name] phoned");
        assert_eq!(redact(&r, "the huong river"), "the huong river", "a given name alone counts only capitalised");
        assert_eq!(redact(&r, "Huongxyz"), "Huongxyz", "word boundaries");
    }

    #[test]
    fn known_numbers_match_by_digits_and_aliases_by_parts() {
        let r = redactor(&[
            ("+84 388 604 219", IdentifierKind::Phone, false),
            ("Lê Văn Tuấn (anh Tuấn)", IdentifierKind::Actor, true),
            ("https://www.facebook.com/huong.nguyen.1966", IdentifierKind::Social, false),
            ("Xóm 3, thôn Đông Lạc, xã An Thanh, huyện Tứ Kỳ, tỉnh Hải Dương", IdentifierKind::Address, false),
        ]);
        assert_eq!(redact(&r, "call 0388.604.219 now"), "call [REDACTED:phone] now");
        assert_eq!(redact(&r, "broker anh tuấn helped"), "broker [REDACTED:actor] helped");
        assert_eq!(redact(&r, "fb: huong.nguyen.1966"), "fb: [REDACTED:social]");
        assert_eq!(redact(&r, "home in thôn Đông Lạc (Tứ Kỳ), Hải Dương"), "home in [REDACTED:address] [REDACTED:address], Hải Dương");
    }

    /// A marker takes the brackets its identifier filled, and leaves the ones around more text.
    #[test]
    fn spans_swallow_the_brackets_their_identifier_fills() {
        let r = redactor(&[("+84 912 551 036", IdentifierKind::Contact, false), ("Quang", IdentifierKind::Actor, true)]);
        let cases = [
            // The phone's digit run starts at "(": the span did too, and left the ")" behind.
            (
                "messaged Quang in Vietnam (+84 912 551 036), who linked",
                "messaged [REDACTED:actor] in Vietnam [REDACTED:contact], who linked",
            ),
            ("(+84 912 551 036) in Japan", "[REDACTED:contact] in Japan"),
            ("a friend (Quang) helped", "a friend [REDACTED:actor] helped"),
            ("「Quang」さん", "[REDACTED:actor]さん"),
            ("［+84 912 551 036］", "[REDACTED:contact]"),
            // Brackets around more than the identifier stay, as do unmatched ones.
            ("(call +84 912 551 036) later", "(call [REDACTED:contact]) later"),
            ("(Quang and his wife)", "([REDACTED:actor] and his wife)"),
            ("(Quang] x", "([REDACTED:actor]] x"),
            ("Quang)", "[REDACTED:actor])"),
            ("((Quang))", "([REDACTED:actor])"),
            // A country code in brackets, the number after them.
            ("gọi (+84) 912 551 036 nhé", "gọi [REDACTED:contact] nhé"),
            ("(note: +84) 912 551 036", "(note: [REDACTED:contact]"),
        ];
        for (input, want) in cases {
            assert_eq!(redact(&r, input), want, "{input}");
        }
        // The spans the review shows are the same: "(" and ")" are part of the identifier.
        let spans = r.find("Vietnam (+84 912 551 036), who");
        assert_eq!((spans[0].start, spans[0].end), (8, 25));
    }

    /// Known values are matched whole; their common parts (a legal form, a platform, a lone
    /// family name) are not identifiers elsewhere.
    #[test]
    fn common_parts_of_known_values_stay() {
        let r = redactor(&[
            ("Minh Phat Co., Ltd.", IdentifierKind::Actor, false),
            ("Zalo (+84) 77-240-2783", IdentifierKind::Social, false),
            ("Nguyễn Văn A", IdentifierKind::Name, true),
            ("Hương Nguyễn", IdentifierKind::Actor, true),
        ]);
        assert_eq!(redact(&r, "She found a Co., Ltd. in Hanoi"), "She found a Co., Ltd. in Hanoi");
        assert_eq!(redact(&r, "message me on Zalo tonight"), "message me on Zalo tonight");
        assert_eq!(redact(&r, "Nguyễn là họ phổ biến"), "Nguyễn là họ phổ biến");
        assert_eq!(redact(&r, "Nguyen said"), "Nguyen said");
        assert_eq!(redact(&r, "worked at Minh Phat Co., Ltd. two years"), "worked at [REDACTED:actor] two years");
        assert_eq!(redact(&r, "Zalo (+84) 77-240-2783"), "[REDACTED:social]");
        assert_eq!(redact(&r, "call 77 240 2783"), "call [REDACTED:social]");
        assert_eq!(redact(&r, "anh Nguyễn Văn A gọi"), "anh [REDACTED:name] gọi");
        assert_eq!(redact(&r, "Hương Nguyễn gọi"), "[REDACTED:actor] gọi");
    }

    /// Names on the keep-list are never redacted, by a known value's variant or a detector.
    #[test]
    fn the_keep_list_is_never_redacted() {
        let known = [KnownIdentifier { value: "Caritas Osaka (chị Lan)".into(), kind: IdentifierKind::Actor, person: false }];
        let r = Redactor::with_keep_list(&known, &["Caritas Osaka".into(), "Công ty TNHH Hòa Bình".into()]);
        assert_eq!(redact(&r, "Caritas Osaka helped, chị Lan too"), "Caritas Osaka helped, [REDACTED:actor] too");
        assert_eq!(redact(&r, "Công ty TNHH Hòa Bình trả lương"), "Công ty TNHH Hòa Bình trả lương");
        assert_eq!(redact(&Redactor::new(&known), "Caritas Osaka helped"), "[REDACTED:actor] helped");
    }

    /// A province's name left alone stops a detection over it, unless it is the family name of
    /// a listed family and given name; a keep-listed one stops even that.
    #[test]
    fn a_province_named_family_with_a_listed_given_name_is_a_name() {
        let r = Redactor::new(&[]);
        assert_eq!(redact(&r, "Ishikawa Kenji called"), "[REDACTED:name] called");
        assert_eq!(redact(&r, "stayed with Noriko Miyazaki"), "stayed with [REDACTED:name]", "given name first");
        assert_eq!(redact(&r, "moved to Ishikawa in May"), "moved to Ishikawa in May");
        assert_eq!(redact(&r, "moved to Nagano-Ken, then Chiba Shi"), "moved to Nagano-Ken, then Chiba Shi");
        assert_eq!(redact(&r, "anh Hà Nội gọi"), "anh Hà Nội gọi");
        let kept = Redactor::with_keep_list(&[], &["Ishikawa".into()]);
        assert_eq!(redact(&kept, "Ishikawa Kenji called"), "Ishikawa Kenji called");
        // Before a Japanese honorific a province's name is a family name (twelfth round).
        assert_eq!(redact(&r, "寮の管理人の山口さんの電話"), "寮の管理人の[REDACTED:name]さんの電話");
        assert_eq!(redact(&r, "山口県に住んでいる"), "山口県に住んでいる");
        // A known given name before `la` is no province `Sơn La` written in lower case.
        let known = redactor(&[("Son", IdentifierKind::Name, true)]);
        assert_eq!(redact(&known, "so cua anh Son la 0912 nhe"), "so cua anh [REDACTED:name] la 0912 nhe");
        assert_eq!(redact(&known, "Em quê ở Son La"), "Em quê ở Son La");
        let kept = Redactor::with_keep_list(&[], &["山口".into()]);
        assert_eq!(redact(&kept, "山口さんの電話"), "山口さんの電話");
    }

    #[test]
    fn a_known_place_named_like_a_province_stands_after_a_locality_word() {
        let r = redactor(&[("Bạc Liêu", IdentifierKind::Place, false)]);
        assert_eq!(redact(&r, "Hai đứa ở trọ chung tại ấp Bạc Liêu, gần chợ."), "Hai đứa ở trọ chung tại [REDACTED:place], gần chợ.");
        // Alone or after `tỉnh` it is the province, which stays.
        assert_eq!(redact(&r, "Em quê ở tỉnh Bạc Liêu, Bạc Liêu xa lắm."), "Em quê ở tỉnh Bạc Liêu, Bạc Liêu xa lắm.");
    }

    #[test]
    fn a_known_one_character_family_name_stands_before_a_title() {
        let r = redactor(&[("梁", IdentifierKind::Name, true), ("向", IdentifierKind::Actor, true)]);
        assert_eq!(redact(&r, "梁姐的電話是"), "[REDACTED:name]的電話是");
        assert_eq!(redact(&r, "老闆娘向老闆每天監視她"), "老闆娘[REDACTED:actor]每天監視她");
        // Alone, the character is a word (`向`: towards; `梁`: a beam).
        assert_eq!(redact(&r, "她向我說，橋梁斷了"), "她向我說，橋梁斷了");
        let not_person = redactor(&[("向", IdentifierKind::Actor, false)]);
        assert_eq!(redact(&not_person, "向老闆"), "向老闆");
    }

    /// Without a title, a known one-character family name stands for its person after a role or
    /// at a clause's start when the clause goes on with what the person did; elsewhere it is a
    /// word.
    #[test]
    fn a_known_one_character_family_name_stands_after_a_role_or_as_a_subject() {
        let r = redactor(&[("杨", IdentifierKind::Name, true), ("詹", IdentifierKind::Name, true), ("高", IdentifierKind::Name, true)]);
        assert_eq!(redact(&r, "邻居杨帮她找了一份工作"), "邻居[REDACTED:name]帮她找了一份工作");
        assert_eq!(redact(&r, "詹说她以前在工廠打工"), "[REDACTED:name]说她以前在工廠打工");
        assert_eq!(redact(&r, "她很累。高說老闆不好"), "她很累。[REDACTED:name]說老闆不好");
        // The same characters as words stay: inside a word, or at a clause's start before
        // anything but a verb of a subject.
        assert_eq!(redact(&r, "她很高兴，高兴地说"), "她很高兴，高兴地说");
        assert_eq!(redact(&r, "提高说服力"), "提高说服力");
        assert_eq!(redact(&r, "同事高兴地笑了"), "同事高兴地笑了");
        // After a role, an adverb goes on too (`老板羅不让她`); the function word after a role stays.
        let r2 = redactor(&[("羅", IdentifierKind::Name, true), ("向", IdentifierKind::Name, true)]);
        assert_eq!(redact(&r2, "老板羅不让她去医院。"), "老板[REDACTED:name]不让她去医院。");
        assert_eq!(redact(&r2, "老闆向她說對不起"), "老闆向她說對不起");
        assert_eq!(redact(&r2, "羅不让她去"), "羅不让她去");
        let not_person = redactor(&[("高", IdentifierKind::Actor, false)]);
        assert_eq!(redact(&not_person, "高说她不来"), "高说她不来");
        let leak = r.find_known("邻居杨帮她");
        assert_eq!(leak.len(), 1, "the leak scan asks the same question");
    }

    #[test]
    fn a_company_named_after_a_province_is_a_company() {
        let r = Redactor::new(&[]);
        assert_eq!(redact(&r, "有限会社山口物流では"), "有限会社[REDACTED:organisation]では");
        assert_eq!(redact(&r, "宮崎製菓株式会社の寮"), "[REDACTED:organisation]株式会社の寮");
        // The province alone before a legal form, or keep-listed, stays.
        assert_eq!(redact(&r, "山口株式会社の寮"), "山口株式会社の寮");
        let kept = Redactor::with_keep_list(&[], &["宮崎".into()]);
        assert_eq!(redact(&kept, "宮崎製菓株式会社の寮"), "宮崎製菓株式会社の寮");
    }

    /// A place after its locality word stands though its name holds a province's; the
    /// province's name alone stays, and so does a country's written in Vietnamese.
    #[test]
    fn a_locality_named_after_a_province_is_a_locality() {
        let r = Redactor::new(&[]);
        assert_eq!(redact(&r, "nhà ở thôn Hòa Bình Thượng."), "nhà ở thôn [REDACTED:place].");
        assert_eq!(redact(&r, "nhà ở xã Hòa Bình."), "nhà ở xã Hòa Bình.");
        assert_eq!(redact(&r, "Chi phí đi Hàn Quốc Minh lo"), "Chi phí đi Hàn Quốc Minh lo");
    }

    /// The participant's e-mail addresses are identifiers known to the vault.
    #[test]
    fn identity_emails_are_known_identifiers() {
        let json = crate::deid::test_texts::fixtures().remove(0);
        let mut interview = crate::schema::parse_interview(&json).unwrap();
        interview.identity.emails = vec!["Huong.N@Example.vn".into()];
        let known = known_identifiers([&interview]);
        assert!(known.iter().any(|k| k.kind == IdentifierKind::Email));
        let r = Redactor::new(&known);
        assert_eq!(r.find("write to huong.n@example.vn")[0].rule, "known:email");
    }

    #[test]
    fn digits_inside_a_pseudonym_are_no_known_number() {
        let r = redactor(&[("B2977419", IdentifierKind::IdNumber, false), ("0912 000 111", IdentifierKind::Phone, false)]);
        assert!(r.find_known("lender p_3d72c0a5d2977419, passport B2977419").len() == 1);
        assert_eq!(redact(&r, "p_3d72c0a5d2977419 0912 000 111"), "p_3d72c0a5d2977419 [REDACTED:phone]");
    }

    /// The word index and the small automaton together find exactly what one automaton of
    /// every pattern, filtered to whole words, finds: on the fixtures' strings and the
    /// redaction corpus, with the fixtures' identifiers, the corpus's and the gazetteer.
    #[test]
    fn word_index_finds_what_one_automaton_of_every_pattern_finds() {
        use crate::deid::test_texts;
        let mut texts: Vec<String> = vec!["Hương ở 東京 Nguyễn Thị Hương東京 anh Hà".into(), "ＮＧＵＹＥＮ ＴＨＩ ＨＵＯＮＧ".into()];
        let mut interviews = Vec::new();
        for json in test_texts::fixtures() {
            texts.extend(test_texts::strings(&json));
            interviews.push(crate::schema::parse_interview(&json).unwrap());
        }
        let mut known = known_identifiers(interviews.iter());
        for v in test_texts::corpus() {
            texts.push(v["text"].as_str().unwrap().to_owned());
            for k in v["known"].as_array().unwrap() {
                known.push(KnownIdentifier { value: k[0].as_str().unwrap().into(), kind: IdentifierKind::Name, person: true });
            }
        }
        let r = Redactor::new(&known);
        let ascii = r.texts.iter().filter(|t| t.is_ascii()).count();
        assert!(r.other.is_some() && ascii > 500, "{ascii} ASCII patterns of {}", r.texts.len());
        let all = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&r.texts).unwrap();
        let mut total = 0;
        for t in &texts {
            let f = fold(t);
            let mut want: Vec<(usize, usize, u32)> = all
                .find_overlapping_iter(&f.text)
                .filter(|m| Redactor::whole_words(&f.text, m.start(), m.end()))
                .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
                .filter(|&(s, e, p)| match r.patterns[p as usize] {
                    Some((_, true)) => t[f.original_range(s, e).0..].chars().next().is_some_and(char::is_uppercase),
                    _ => true,
                })
                .collect();
            let mut got = r.pattern_matches(t, &f, None);
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, want, "{t:?}");
            total += got.len();
        }
        assert!(total > 1000, "the texts exercise the matchers ({total} matches)");
    }

    /// [`Clues::of`] as it read before letters were skipped in runs: the reference for it.
    impl Clues {
        /// [`Clues::word_start`] as it read before the platforms were picked by their two letters.
        fn word_start_reference(&mut self, b: &[u8], j: usize) {
            let Some(&first) = b.get(j) else { return };
            // `| 0x20` lower-cases an ASCII letter; it takes no other byte to a letter.
            let second = b.get(j + 1).map_or(0, |n| n | 0x20);
            let (platform, cue) = match first | 0x20 {
                b'a' => (false, second == b'd' && cue_word(b, j, b"add")),
                b'i' => (second == b'n' || second == b'g', ib_or_inbox(b, j, second)),
                // `ket`, `kết` (`ế` and `Ế` start with 0xE1, which `| 0x20` keeps).
                b'k' => (second == b'a', second == b'e' || second == 0xE1),
                b'f' => (second == b'a' || second == b'b', false),
                b'l' => (second == b'i', false),
                b'm' => (second == b'e', false),
                b't' => (second == b'e' || second == b'i', false),
                b'v' => (second == b'i', false),
                b'w' => (second == b'h' || second == b'e', false),
                b'z' => (second == b'a', false),
                _ => (false, false),
            };
            self.cue |= cue;
            self.named |= named_at(b, j, first | 0x20);
            if platform && !self.platform {
                let rest = &b[j..];
                self.platform = PLATFORMS.iter().any(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes()));
            }
        }

        fn of_reference(text: &str) -> Clues {
            let mut c = Clues {
                at: false,
                slash: false,
                dot_word: false,
                scheme_or_www: false,
                platform: false,
                cue: false,
                zh_account: false,
                named: false,
                ja_account: false,
                id_or_colon: false,
                underscore: text.as_bytes().contains(&b'_'),
                digits: 0,
                grouped: 0,
            };
            let (mut run, mut group) = (0, 0);
            let mut other_digit = false;
            let b = text.as_bytes();
            c.word_start_reference(b, 0);
            let mut i = 0;
            while i < b.len() {
                match b[i] {
                    b'0'..=b'9' => {
                        run += 1;
                        c.digits = c.digits.max(run);
                        // The number goes on after a digit, or after one separator after a digit.
                        let goes_on = run > 1 || (i >= 2 && matches!(b[i - 1], b' ' | b'-' | b'.') && b[i - 2].is_ascii_digit());
                        group = if goes_on { group + 1 } else { 1 };
                        c.grouped = c.grouped.max(group);
                        i += 1;
                        continue;
                    }
                    b'@' => {
                        c.at = true;
                        c.word_start_reference(b, i + 1);
                    }
                    b'/' => {
                        c.slash = true;
                        c.word_start_reference(b, i + 1);
                    }
                    b'.' => {
                        c.dot_word |= b.get(i + 1).is_some_and(|&n| n.is_ascii_alphanumeric() || n == b'_');
                        c.scheme_or_www |= i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www");
                        c.word_start_reference(b, i + 1);
                    }
                    b':' => {
                        c.id_or_colon = true;
                        c.scheme_or_www |= b[i + 1..].starts_with(b"//");
                        c.word_start_reference(b, i + 1);
                    }
                    // `id` (any case) after a space (`\s` is Unicode: any), a character outside
                    // ASCII, or a platform's name (`lineid`).
                    b'i' | b'I' if !c.id_or_colon && i > 0 && matches!(b.get(i + 1), Some(b'd' | b'D')) => {
                        let before = text[..i].chars().next_back().expect("a character before");
                        c.id_or_colon = before.is_whitespace()
                            || !before.is_ascii()
                            || PLATFORMS.iter().any(|p| b[..i].len() >= p.len() && b[i - p.len()..i].eq_ignore_ascii_case(p.as_bytes()));
                    }
                    // Any other ASCII byte but a letter, a digit or `_` ends a word: an ASCII word
                    // may start after it.
                    0..=b'-' | b';'..=b'?' | b'['..=b'^' | b'`' | b'{'..=0x7f => c.word_start_reference(b, i + 1),
                    0x80.. => {
                        let ch = text[i..].chars().next().expect("a character starts here");
                        c.id_or_colon |= ch == '：';
                        // Without case, `K` (Kelvin) is `k` and `ſ` is `s` to the patterns (and,
                        // in some foldings, `ı` and `İ` are `i`).
                        let folds_to_ascii = matches!(ch, '\u{212a}' | 'ſ' | 'ı' | 'İ');
                        c.platform |= folds_to_ascii;
                        c.cue |= folds_to_ascii || ch == '私';
                        c.zh_account |= matches!(ch, '帳' | '账' | '帐' | '賬');
                        c.named |= folds_to_ascii;
                        c.ja_account |= matches!(ch, 'ユ' | 'ア');
                        other_digit |= ch.is_numeric();
                        i += ch.len_utf8();
                        c.word_start_reference(b, i);
                        run = 0;
                        continue;
                    }
                    _ => {}
                }
                run = 0;
                i += 1;
            }
            if other_digit {
                c.digits = usize::MAX;
                c.grouped = usize::MAX;
            }
            c
        }
    }

    /// [`Clues::of`] gives what the byte-by-byte reference gives, on the redaction corpus, the
    /// fixtures and random mixes of the bytes it notes.
    #[test]
    fn clues_skipping_letters_are_the_clues_read_byte_by_byte() {
        let mut texts: Vec<String> = crate::deid::test_texts::corpus_texts();
        texts.extend(crate::deid::test_texts::fixtures());
        let parts = [
            "a", "I", "i", "d", "D", "_", "z", "K", "8", "0", " ", ".", "-", "/", "@", ":", "：", "www", "id", "ID", "line", "Zalo",
            "tele", "fb", "ig", "Ig", "in", "kết", "ke", "ib", "ad", "私", "\u{212a}", "ſ", "ı", "İ", "٣", "é", "//", "\n", "\t", "inbox",
            "InBox", "add", "ADD", "帳", "账", "號", "nick", "NICK", "user", "ten", "tên", "TÊN", "ユ", "ア",
        ];
        let mut rng = crate::deid::test_texts::XorShift(0x9e37_79b9_7f4a_7c15);
        for len in 0..3000 {
            texts.push((0..len % 50).map(|_| *rng.pick(&parts)).collect());
        }
        for t in &texts {
            assert_eq!(Clues::of(t), Clues::of_reference(t), "{t:?}");
        }
    }

    /// The clues only ever skip a detector that would find nothing: on the redaction corpus,
    /// the fixtures and digits of other scripts, every detector that matches was let through.
    #[test]
    fn clues_skip_only_detectors_that_cannot_match() {
        let mut texts: Vec<String> = [
            "ＡＢ１２３４５６７８ＣＤ",
            "AB١٢٣٤٥٦٧٨CD",
            "hộ chiếu C１２３４５６７",
            "x@y.vn",
            "www.a.vn/x",
            "zalo: abc_12",
            "LINE ID rin",
            "her lineid hoa",
            "Telegram：hoa",
            "Zalo\u{3000}Id\u{a0}minh",
            "HTTPS://X",
            "WWW.example",
            "a.b@c.de",
            "stk 1 0 2 0-1 9 7.2",
            "số tài khoản 1.020.197.273",
            "My Number 3374 0625 5265",
            "AB 1234-5678",
            "ｗｗｗ．ａ．ｖｎ",
            "group: hamabe.ryouta",
            "vy.557 posts",
            // Platforms and cues in any case, and with letters that fold to ASCII ones.
            "FACEBOOK minh_88",
            "x\u{212a}akaotalk hoa_88",
            "in\u{17f}tagram: hoa_88",
            "ti\u{212a}tok hoa_88",
            "ib cho humorous.moth985",
            "IB RIÊNG humorous.moth985",
            "inbox zalo: kien88",
            "ADD FB pitifulgatorade",
            "kết bạn zalo hoa_tran",
            "KẾT BẠN ZALO hoa_tran",
            "Ket Ban zalo hoa_tran",
            "x\u{212a}et ban zalo hoa_tran",
            "私訊 jubilantdingo",
            "東add fb pitifulgatorade",
            // The cue's words as whole words only (`ib`), or before a space or a tab.
            "ib\tzalo hoa_88",
            "xin ib: hoa_tran88",
            "Ib,hoa_tran88",
            "inbox\tzalo: kien88",
            "INBOX  fb kien88",
            "add\tfb pitifulgatorade",
            "éadd zalo pitifulgatorade",
            // Chinese account words, the handle before them.
            "用huu_van7這個帳號張貼",
            "用huu_van7这个账号",
            "a.bc帐号",
            "xiaoyu.2000賬號",
            // Latin and Japanese names of an account.
            "NICK LÀ trangpham.99",
            "nic\u{212a} là trangpham.99",
            "username: ducminh2001",
            "User ID: duc.minh",
            "tên tài khoản: duc.minh",
            "TÊN NICK duc_minh1",
            // A handle marked by `_` alone (the clue once skipped it).
            "TÊN NICK duc_minh",
            "Admin nhóm 'Việc làm' là be_tan,",
            "ten\tnick: duc.minh1",
            "một tài khoản tên van.dung3 rao",
            "TAI KHOAN TEN van.dung3 rao",
            "nick\tten van.dung3",
            "ユーザー名は yumi.0808",
            "アカウント名：yumi.0808",
            "账号是 xiaoyu.2000",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(crate::deid::test_texts::corpus_texts());
        let r = redactor(&[]);
        let mut matched = 0;
        for t in &texts {
            let w = width_fold(t);
            let clues = Clues::of(&w.text);
            assert!(!digit_run_re().is_match(&w.text) || clues.digits > 0, "numbers skipped on {t:?}");
            for d in r.detectors {
                if d.re().is_match(&w.text) {
                    matched += 1;
                    assert!((d.needs)(&clues), "{} skipped on {t:?}", d.rule);
                }
            }
        }
        assert!(matched > 100, "the corpus exercises the detectors ({matched} matches)");
    }

    /// [`Clues::platform`] and [`Clues::cue`] compare ASCII letters without case, and count
    /// every character outside ASCII that a pattern without case takes for an ASCII letter.
    #[test]
    fn only_the_listed_characters_fold_to_ascii_letters() {
        let letter = Regex::new(r"(?i)^[a-z]$").expect("valid");
        let folding: Vec<char> = (0x80..=0x10_FFFF).filter_map(char::from_u32).filter(|c| letter.is_match(&c.to_string())).collect();
        for c in folding {
            assert!(matches!(c, '\u{212a}' | 'ſ' | 'ı' | 'İ'), "{c:?} folds to an ASCII letter");
        }
    }

    /// The corpus's texts, and random strings of digits, separators, signs, letters and
    /// characters of other scripts (a fixed-seed generator, so a failure repeats).
    fn number_texts() -> Vec<String> {
        let mut texts = crate::deid::test_texts::corpus_texts();
        let alphabet: Vec<char> = "0123456789012345  --..()//++ax_é東٣".chars().collect();
        let mut rng = crate::deid::test_texts::XorShift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let len = (rng.next() >> 59) as usize + 1;
            texts.push((0..len).map(|_| *rng.pick(&alphabet)).collect());
        }
        texts
    }

    /// The byte loop finds exactly the runs the regex finds.
    #[test]
    fn digit_runs_are_the_regex_runs() {
        let mut runs = 0;
        for t in number_texts() {
            let clues = Clues::of(&t);
            // The leak scan's quick digits clue is the one the full clues give.
            assert_eq!(Digits::of(&t), clues.digit_kind(), "{t:?}");
            let want: Vec<(usize, usize)> = digit_run_re().find_iter(&t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(digit_runs(&t, clues.digit_kind()), want, "{t:?}");
            runs += want.len();
        }
        assert!(runs > 20_000, "the texts exercise the loop ({runs} runs)");
    }

    /// The memo answers what a search would, for texts seen before and not.
    /// The digits a pseudonym holds are those inside one of the regex's matches, whatever
    /// stands around it (ASCII or not, a word character or not).
    #[test]
    fn digits_in_pseudonyms_are_the_regex_matches() {
        let parts = [
            "p_",
            "0",
            "7",
            "a",
            "f",
            "g",
            "A",
            "_",
            " ",
            "-",
            "é",
            "。",
            "東",
            "\u{301}",
            "p_0123456789abcdef",
            "p_9f86d081884c7d65",
            "x",
        ];
        let mut rng = crate::deid::test_texts::XorShift(0x5851_f42d_4c95_7f2d);
        let mut texts: Vec<String> = vec!["p_0123456789abcdef".into(), "xp_0123456789abcdef".into(), "p_0123456789abcdef9".into()];
        for len in 0..3000 {
            texts.push((0..len % 24).map(|_| *rng.pick(&parts)).collect());
        }
        let mut inside = 0;
        for t in &texts {
            let all: Vec<(usize, usize)> = pseudonym_re().find_iter(t).map(|m| (m.start(), m.end())).collect();
            let b = t.as_bytes();
            let mut a = 0;
            while a < b.len() {
                if !b[a].is_ascii_digit() {
                    a += 1;
                    continue;
                }
                let e = a + b[a..].iter().take_while(|c| c.is_ascii_digit()).count();
                let by_regex = all.iter().any(|&(ps, pe)| ps < e && pe > a);
                assert_eq!(in_pseudonym(t, a, e, &mut None), by_regex, "{t:?} {a}..{e}");
                inside += usize::from(by_regex);
                a = e;
            }
        }
        assert!(inside > 100, "the texts hold pseudonyms ({inside})");
    }

    /// The first byte that can start a number, at every position and length.
    #[test]
    fn number_bytes_are_found_like_a_byte_loop() {
        let bytes = [b'a', b'0', b'9', b'+', b'(', b'/', b':', b' ', 0x80, 0xff, 0x2a, 0x29, 0x3a, 0x2f, 0x08, 0xb0];
        let mut rng = crate::deid::test_texts::XorShift(0x9e37_79b9_7f4a_7c15);
        for len in 0..2000 {
            let b: Vec<u8> = (0..len % 40).map(|_| if rng.next().is_multiple_of(4) { *rng.pick(&bytes) } else { b'x' }).collect();
            assert_eq!(number_byte(&b), b.iter().position(|&c| c.is_ascii_digit() || c == b'+' || c == b'('), "{b:?}");
        }
    }

    #[test]
    fn remembered_spans_are_the_searched_spans() {
        let r = redactor(&[("Nguyễn Thị Hương", IdentifierKind::Name, true), ("0912 345 678", IdentifierKind::Phone, false)]);
        let mut texts = number_texts();
        texts.extend(["Hương", "huong", "0912345678", "Nghệ An", "in_person", "call 0912 345 678"].map(String::from));
        let mut spans = 0;
        for round in 0..2 {
            for t in &texts {
                let got = r.found(t);
                assert_eq!(got, r.search(t), "{t:?}, round {round}");
                spans += got.len();
            }
        }
        assert!(spans > 1000, "the texts have identifiers ({spans} spans)");
    }

    /// ID numbers written in groups, as cards print them (sixth round, issue 18); letters in
    /// lower case or words around a number are no card.
    #[test]
    fn account_and_my_numbers_after_their_name_and_in_fours() {
        let r = redactor(&[]);
        for (text, want) in [
            ("số tài khoản 0451000123456 ở Vietcombank", "số tài khoản [REDACTED:id_number] ở Vietcombank"),
            ("so tai khoan la 0451 0001 23456", "so tai khoan la [REDACTED:id_number]"),
            ("Account no. 88120045 at the post bank", "Account no. [REDACTED:id_number] at the post bank"),
            ("口座番号は12345678です", "口座番号は[REDACTED:id_number]です"),
            ("マイナンバー：1234 5678 9012", "マイナンバー：[REDACTED:id_number]"),
            ("card 4321 8765 2109 and more", "card [REDACTED:id_number] and more"),
            // An amount in thousands, a short number, years: no identifier.
            ("nạp vào tài khoản 15.000.000 đồng", "nạp vào tài khoản 15.000.000 đồng"),
            ("account 1234 only", "account 1234 only"),
            ("from 2019 2020 to 2021", "from 2019 2020 to 2021"),
            ("in 2018 2019 2020 she moved", "in 2018 2019 2020 she moved"),
            ("she paid 12345678 yen", "she paid 12345678 yen"),
            ("ID 987654321012 on the card", "ID [REDACTED:id_number] on the card"),
            // Ninth round: a word between the name and the number, a bracket, a bank after.
            ("Gửi qua số tài khoản nhận 0451447533631.", "Gửi qua số tài khoản nhận [REDACTED:id_number]."),
            ("彼女の個人番号（439138172945）で契約", "彼女の個人番号[REDACTED:id_number]で契約"),
            ("sends money to 1903416308528 at the bank", "sends money to [REDACTED:id_number] at the bank"),
            ("chuyển vào 045110846814 ở ngân hàng Agribank", "chuyển vào [REDACTED:id_number] ở ngân hàng Agribank"),
            ("paid 045110846814 at Vietcombank", "paid [REDACTED:id_number] at Vietcombank"),
            ("mã số hồ sơ 146597226 (CMND cũ)", "mã số hồ sơ [REDACTED:id_number] (CMND cũ)"),
            ("Sổ bảo hiểm xã hội số 2428784652 vẫn", "Sổ bảo hiểm xã hội số [REDACTED:id_number] vẫn"),
            ("căn cước của chị (số 988382949) vẫn", "căn cước của chị (số [REDACTED:id_number]) vẫn"),
            // An amount, a year, a short number before a bank; words between with no number.
            ("rút 15000000 ở ngân hàng", "rút 15000000 ở ngân hàng"),
            ("in 2019 the bank closed", "in 2019 the bank closed"),
            ("tài khoản của chị có 15.000.000 đồng", "tài khoản của chị có 15.000.000 đồng"),
        ] {
            assert_eq!(redact(&r, text), want, "{text}");
        }
    }

    /// Session 10: seven-digit accounts after an account's name or kind, `TK`, and identity
    /// documents named before their number; amounts and longer numbers stay as they were.
    #[test]
    fn seven_digit_accounts_and_documents_named_before_their_number() {
        let r = redactor(&[]);
        for (text, want) in [
            ("給与振込口座：地方銀行 普通 1887145。通帳は預けた", "給与振込口座：地方銀行 普通 [REDACTED:id_number]。通帳は預けた"),
            ("通帳（ゆうちょ 当座 0942271）", "通帳（ゆうちょ 当座 [REDACTED:id_number]）"),
            ("remittance slip, from account 3770876, 120,000 yen", "remittance slip, from account [REDACTED:id_number], 120,000 yen"),
            ("trả vào TK 19879221730835 (131.500.000đ)", "trả vào TK [REDACTED:id_number] (131.500.000đ)"),
            ("Số CMND cũ: 140707818. Chị không nhớ", "Số CMND cũ: [REDACTED:id_number]. Chị không nhớ"),
            ("hộ chiếu số 12345678 bị giữ", "hộ chiếu số [REDACTED:id_number] bị giữ"),
            // Amounts after an account's name; seven digits with no account named.
            ("口座に1500000円が入った", "口座に1500000円が入った"),
            ("普通 1500000円", "普通 1500000円"),
            ("nạp vào tài khoản 1500000 đồng", "nạp vào tài khoản 1500000 đồng"),
            ("account 1234567 yen short", "account 1234567 yen short"),
            ("she paid 1234567, then left", "she paid 1234567, then left"),
            // Twelfth round: a word of its holder or bank after it.
            ("chuyen khoan vao stk 1234567 ten chi nha", "chuyen khoan vao stk [REDACTED:id_number] ten chi nha"),
            ("tài khoản 1234567 đứng tên chị", "tài khoản [REDACTED:id_number] đứng tên chị"),
            ("account 1234567 at a bank", "account [REDACTED:id_number] at a bank"),
            ("普通は7時間働いた", "普通は7時間働いた"),
        ] {
            assert_eq!(redact(&r, text), want, "{text}");
        }
    }

    /// Session 10: handles after a word of writing to or befriending someone, and with `_`
    /// after a colon; ordinary words after the same cues stay.
    #[test]
    fn handles_after_writing_and_befriending_words() {
        let r = redactor(&[]);
        for (text, want) in [
            ("con ib cho humorous.moth985 hoi viec", "con ib cho [REDACTED:social] hoi viec"),
            ("「合法可以轉，私訊 jubilantdingo」。", "「合法可以轉，私訊 [REDACTED:social]」。"),
            ("add fb pitifulgatorade nha, ban do", "add fb [REDACTED:social] nha, ban do"),
            ("kết bạn zalo hoa_tran91 nhé", "kết bạn zalo [REDACTED:social] nhé"),
            ("求人を出していたアカウント：binh_jp（現在は削除）。", "求人を出していたアカウント：[REDACTED:social]（現在は削除）。"),
            ("アカウント：mai.79。", "アカウント：[REDACTED:social]。"),
            // Short or ordinary words, platforms, sites, `add` and `inbox` with no platform.
            ("ib cho admin nha", "ib cho admin nha"),
            ("add fb minh nha", "add fb minh nha"),
            ("ib cho chi nha", "ib cho chi nha"),
            ("inbox cho facebook page", "inbox cho facebook page"),
            ("add together the fees", "add together the fees"),
            ("check your inbox tomorrow", "check your inbox tomorrow"),
            ("私訊 粉專", "私訊 粉專"),
            ("ib cho report.pdf nha", "ib cho report.pdf nha"),
            ("the time: 10_30 maybe", "the time: 10_30 maybe"),
        ] {
            assert_eq!(redact(&r, text), want, "{text}");
        }
    }

    /// A street address with its house number stands though a province's name is inside it;
    /// a city is a place below province, redacted unless the project's keep-list names it.
    #[test]
    fn addresses_hold_provinces_and_cities_are_places() {
        let r = redactor(&[]);
        assert_eq!(redact(&r, "nhà ở 16 đường Thái Bình, gần chợ"), "nhà ở [REDACTED:address], gần chợ");
        assert_eq!(redact(&r, "寮は岡山台397番地にある"), "寮は[REDACTED:address]にある");
        assert_eq!(redact(&r, "横浜市の駅で会った"), "[REDACTED:place]の駅で会った");
        assert_eq!(redact(&r, "横浜市の美浜町に住む"), "[REDACTED:place]の[REDACTED:place]に住む");
        let kept = Redactor::with_keep_list(&[], &["横浜市".to_owned()]);
        assert_eq!(redact(&kept, "横浜市の駅で会った"), "横浜市の駅で会った");
    }

    #[test]
    fn id_numbers_written_in_groups() {
        let r = redactor(&[]);
        let cases = [
            ("card TK 20481173 QB kept", "card [REDACTED:id_number] kept"),
            ("在留カードはAB-12345678-CDです", "在留カードは[REDACTED:id_number]です"),
            ("ARC F2 3344 5566 lost", "ARC [REDACTED:id_number] lost"),
            ("passport C 7788123 held", "passport [REDACTED:id_number] held"),
            ("hộ chiếu B-8812345 bị giữ", "hộ chiếu [REDACTED:id_number] bị giữ"),
            ("CCCD 001 203 004 005", "CCCD [REDACTED:id_number]"),
            ("CCCD 001-203-004-005", "CCCD [REDACTED:id_number]"),
            ("CMND: 123 456 789, cấp", "CMND: [REDACTED:id_number], cấp"),
            ("we are 12345678 on", "we are 12345678 on"),
        ];
        for (input, want) in cases {
            assert_eq!(redact(&r, input), want, "{input}");
        }
    }

    #[test]
    fn detectors_find_unknown_identifiers() {
        let r = redactor(&[]);
        let cases = [
            ("call 0912 345 678", "call [REDACTED:phone]"),
            ("tel +81 80-1234-5678.", "tel [REDACTED:phone]."),
            ("TW 0955-123-456", "TW [REDACTED:phone]"),
            ("mail a.b@example.com", "mail [REDACTED:email]"),
            ("see https://example.org/x?y=1", "see [REDACTED:url]"),
            ("fb facebook.com/some.one", "fb [REDACTED:social]"),
            ("LINE id: abc_123", "LINE id: [REDACTED:social]"),
            ("CCCD 001203004005", "CCCD [REDACTED:id_number]"),
            ("card AB12345678CD", "card [REDACTED:id_number]"),
            ("ARC A912345678", "ARC [REDACTED:id_number]"),
            ("passport C1234567", "passport [REDACTED:id_number]"),
            ("paid 100000000 VND in 2016-04", "paid 100000000 VND in 2016-04"),
            ("gọi 84912734026 nhé", "gọi [REDACTED:phone] nhé"),
            ("TW 886 912 345 678", "TW [REDACTED:phone]"),
            ("老家的电话是13843058067，但", "老家的电话是[REDACTED:phone]，但"),
            ("CN 86 131 6183 8762", "CN [REDACTED:phone]"),
            ("paid 12000000000 dong", "paid 12000000000 dong"),
            ("JP 819012345678", "JP [REDACTED:phone]"),
            ("nợ 84.000.000.000 đồng", "nợ 84.000.000.000 đồng"),
            ("LINE ID: xuanle", "LINE ID: [REDACTED:social]"),
            ("Telegram: hoa_tran", "Telegram: [REDACTED:social]"),
            ("a LINE group for the dorm", "a LINE group for the dorm"),
            ("(Facebook @hoa-tw) warned", "(Facebook [REDACTED:social]) warned"),
            ("a Facebook self-help group", "a Facebook self-help group"),
            // A handle with dots opening a sentence (ninth round); an abbreviation, a file's name,
            // a version, a dotted word inside a sentence: none.
            ("loi.164 posts daily offers.", "[REDACTED:social] posts daily offers."),
            ("Lương thấp. vy.557 posts jobs", "Lương thấp. [REDACTED:social] posts jobs"),
            ("e.g. she left early", "e.g. she left early"),
            ("gave her WeChat ID, gau.lan, and asked", "gave her WeChat ID, [REDACTED:social], and asked"),
            ("gave her WeChat ID, and asked", "gave her WeChat ID, and asked"),
            ("Contact for the group: hamabe.ryouta (not her name)", "Contact for the group: [REDACTED:social] (not her name)"),
            ("LINE交換した→ saito.takehiko", "LINE交換した→ [REDACTED:social]"),
            ("Version: v1.22 and file: notes.txt, time: 10.30", "Version: v1.22 and file: notes.txt, time: 10.30"),
            ("notes.txt holds the dates", "notes.txt holds the dates"),
            ("v2.10 was installed", "v2.10 was installed"),
        ];
        for (input, want) in cases {
            assert_eq!(redact(&r, input), want, "{input}");
        }
    }

    /// Session 9: sentences of no identifier the fifteenth and sixteenth corpora showed touched,
    /// and a known shop's name in brackets: `Co.` of `Co., Ltd.` after a word of a trade, a Chinese
    /// particle after a Japanese legal form, `Sài Gòn`, short names of public bodies, a priest.
    #[test]
    fn session_nine_sentences_of_no_identifier_stay() {
        let r = Redactor::new(&[]);
        for text in [
            "Em trai bảo đừng tin mấy Co., Ltd. quảng cáo trên Viber.",
            "这家合同会社的老板说越南人不能请假，中国人可以。",
            "Từ Hải Dương vào Sài Gòn học tiếng Nhật 7 tháng.",
            "Ông chủ nói nếu trốn thì sẽ báo Bộ Lao động, bố mẹ sẽ phải đền tiền.",
            "Tổ trưởng nói nếu trốn thì sẽ báo Hội Liên hiệp Phụ nữ.",
            "教会の神父さんが一時的に泊めてくれた。",
        ] {
            assert_eq!(redact(&r, text), text);
        }
        assert_eq!(redact(&r, "株式会社大和農園に月に一度来る"), "株式会社[REDACTED:organisation]に月に一度来る");
        // A handle found later in the sentence leaves the words before it to the other rules.
        assert_eq!(
            redact(&r, "Insta của Mận là bong.sakura, hay đăng ảnh."),
            "Insta của [REDACTED:name] là [REDACTED:social], hay đăng ảnh."
        );
        let shop = [("アジア食材「フォー山田」", IdentifierKind::Actor, false)];
        assert_eq!(redact(&redactor(&shop), "仕事はアジア食材「フォー山田」の皿洗い。"), "仕事は[REDACTED:actor]の皿洗い。");
    }

    /// Session 10: a known one-character family name before `姓` (surnamed) and between `の` and
    /// a particle; a known handle with its `@` in Chinese text.
    #[test]
    fn session_ten_known_lone_family_names_and_handles() {
        let known =
            [("周", IdentifierKind::Name, true), ("原", IdentifierKind::Name, true), ("@antonina_jp", IdentifierKind::Social, false)];
        let r = redactor(&known);
        assert_eq!(redact(&r, "後來由周姓社工陪同去移民署。"), "後來由[REDACTED:name]姓社工陪同去移民署。");
        assert_eq!(redact(&r, "支援団体の原が同行した。"), "支援団体の[REDACTED:name]が同行した。");
        assert_eq!(redact(&r, "但平时用微信@antonina_jp。"), "但平时用微信[REDACTED:social]。");
        assert_eq!(redact(&r, "老百姓都知道，原因不明。"), "老百姓都知道，原因不明。");
    }

    /// Session 10: a phrase ending in a particle before a title is its owner (`会社の社長`), a
    /// storeroom is no village (`仓库里一个晚上`); `số` before a house number and a village
    /// near which something stands (`港坪里附近`) are the address's and the place's.
    #[test]
    fn session_ten_owners_before_titles_and_places_near_and_numbered() {
        let r = Redactor::new(&[]);
        for text in [
            "監理団体の職員は、会社の社長と同じ人だった。",
            "通帳は社長が預かっている。",
            "移民署的人来查，她躲在仓库里一个晚上。",
            "有限公司的名字她記不得了，只記得工廠很大、很熱。",
        ] {
            assert_eq!(redact(&r, text), text);
        }
        assert_eq!(redact(&r, "社長の田中さんが来た"), "社長の[REDACTED:name]さんが来た");
        assert_eq!(redact(&r, "Mẹ bán hàng ở số 126 đường Nghĩa Thái, gần chợ."), "Mẹ bán hàng ở [REDACTED:address], gần chợ.");
        assert_eq!(redact(&r, "她現在在港坪里附近的小吃店幫忙"), "她現在在[REDACTED:place]附近的小吃店幫忙");
        assert_eq!(redact(&r, "她在工厂里附近"), "她在工厂里附近");
    }

    /// Eleventh round: a residence card's digits in two groups, a mainland resident's number
    /// with its `X`, more documents' names before a number; a date after a document stays.
    #[test]
    fn grouped_residence_cards_chinese_resident_numbers_more_documents_and_dates_that_stay() {
        let r = redactor(&[]);
        assert_eq!(redact(&r, "在留カード番号：UH 1234 5678 EF"), "在留カード番号：[REDACTED:id_number]");
        assert_eq!(redact(&r, "Thẻ số AB-1234-5678-CD, hết hạn"), "Thẻ số [REDACTED:id_number], hết hạn");
        assert_eq!(redact(&r, "身份证号码 11010519491231002X，她说"), "身份证号码 [REDACTED:id_number]，她说");
        assert_eq!(redact(&r, "Visa số 12345678, diện kỹ năng"), "Visa số [REDACTED:id_number], diện kỹ năng");
        assert_eq!(redact(&r, "pension number 1234-567890."), "pension number [REDACTED:id_number].");
        assert_eq!(redact(&r, "ゆうちょ銀行 番号12345671"), "ゆうちょ銀行 番号[REDACTED:id_number]");
        assert_eq!(redact(&r, "Western Union MTCN 1234567890 was"), "Western Union MTCN [REDACTED:id_number] was");
        for date in ["Her visa expires 2025-12-31.", "Hộ chiếu hết hạn 15.03.2027.", "Passport issued 2019 10 21 in Hanoi."] {
            assert_eq!(redact(&r, date), date);
        }
        assert_eq!(redact(&r, "He earned 12345678 yen; room number 12345678."), "He earned 12345678 yen; room number 12345678.");
    }

    /// Eleventh round: a handle after the name of an account (`nick là`, `username:`, `账号是`);
    /// a plain street address in chat; staffing agencies by their trade word.
    #[test]
    fn handles_after_an_accounts_name_plain_addresses_and_staffing_agencies() {
        let r = redactor(&[]);
        assert_eq!(redact(&r, "Nick Zalo là trangpham.99 nhé."), "Nick Zalo là [REDACTED:social] nhé.");
        assert_eq!(redact(&r, "账号是 xiaoyu.2000，加我。"), "账号是 [REDACTED:social]，加我。");
        assert_eq!(redact(&r, "Tên tài khoản: lan_anh.92"), "Tên tài khoản: [REDACTED:social]");
        for kept in ["nick là Hoa.", "username is admin.", "tài khoản Vietcombank ở Hà Nội", "nickname is Bo."] {
            assert_eq!(redact(&r, kept), kept);
        }
        assert_eq!(redact(&r, "nha em o 23 Nguyen Trai, phuong 5"), "nha em o [REDACTED:address], [REDACTED:place]");
        assert_eq!(redact(&r, "She lives at 12 Tran Hung Dao, district 1."), "She lives at [REDACTED:address], district 1.");
        assert_eq!(redact(&r, "We met at 5 Nguyen's place."), "We met at 5 Nguyen's place.");
        assert_eq!(redact(&r, "派遣会社のサクラスタッフに登録した。"), "派遣会社の[REDACTED:organisation]に登録した。");
        let kept = "工場のスタッフが来た。人材が足りない。劳务费很高。";
        assert_eq!(redact(&r, kept), kept);
    }

    #[test]
    fn handles_in_cjk_after_fb_an_admin_and_a_platform_and_a_colon() {
        let r = redactor(&[]);
        assert_eq!(redact(&r, "她在臉書社團看到@phamkhanhlam_official貼的工作"), "她在臉書社團看到[REDACTED:social]貼的工作");
        assert_eq!(redact(&r, "平時用微信@antonina_jp。"), "平時用微信[REDACTED:social]。");
        assert_eq!(redact(&r, "hoặc fb thanhwarrior để e gửi ảnh"), "hoặc fb [REDACTED:social] để e gửi ảnh");
        assert_eq!(redact(&r, "con nick fb la thanhmaster"), "con nick fb la [REDACTED:social]");
        assert_eq!(
            redact(&r, "Admin nhóm 'Hội người Việt ở Đài' là betan80, hay đăng tin."),
            "Admin nhóm 'Hội người Việt ở Đài' là [REDACTED:social], hay đăng tin."
        );
        assert_eq!(
            redact(&r, "line cua ong chu moi: matsuno921 , ai muon lam thi add"),
            "line cua ong chu moi: [REDACTED:social] , ai muon lam thi add"
        );
        for kept in ["We met on fb yesterday and on facebook marketplace.", "Admin là người quản lý nhóm.", "LINE group at 10:30: meeting"]
        {
            assert_eq!(redact(&r, kept), kept);
        }
    }

    #[test]
    fn tuned_in_session_13_accounts_handles_and_what_stays() {
        let r = redactor(&[]);
        assert_eq!(redact(&r, "tk cua e o ngan hang la 8949265507870 nhe"), "tk cua e o ngan hang la [REDACTED:id_number] nhe");
        assert_eq!(redact(&r, "ck vao 8795341010176 (techcombank) nhe chi"), "ck vao [REDACTED:id_number] (techcombank) nhe chi");
        assert_eq!(redact(&r, "Account: 9198429 (JP Post Bank)."), "Account: [REDACTED:id_number] (JP Post Bank).");
        assert_eq!(redact(&r, "口座（ゆうちょ 19605-99568859）"), "口座（ゆうちょ [REDACTED:id_number]）");
        assert_eq!(redact(&r, "仲介在臉書社團用huu_van7這個帳號張貼"), "仲介在臉書社團用[REDACTED:social]這個帳號張貼");
        assert_eq!(redact(&r, "một tài khoản tên van.dung3 rao việc"), "một tài khoản tên [REDACTED:social] rao việc");
        // A company named after a province after its legal form; a province after `Bà` stays.
        assert_eq!(redact(&r, "ở trụ sở Công ty cổ phần Vĩnh Phúc."), "ở trụ sở Công ty cổ phần [REDACTED:organisation].");
        for kept in [
            "Người lao động ở Bà Rịa - Vũng Tàu và Đà Nẵng.",
            "Ho Chi Minh City and Hanoi are where the agencies are.",
            "Ông chủ gọi em là \"Betonamu-san\".",
            "那家人力仲介有限公司後來被勞動部罰款。",
            "工廠門口沒有招牌，只寫著企業社三個字。",
            "她在教會認識了一些越南姊妹。",
            "Đi làm ở nhà máy cá hộp, tay lúc nào cũng lạnh.",
            "người ta đi Nhật về xây nhà",
            "vì không biết chữ Hán.",
        ] {
            assert_eq!(redact(&r, kept), kept);
        }
        assert_eq!(redact(&r, "đi cùng ông 石川 tới nói chuyện"), "đi cùng ông [REDACTED:name] tới nói chuyện");
    }
}
