//! Social handles beside [`super::super::redact`]'s patterns: a handle after or before a
//! platform's name, after `ID:`, in a phrase about the platform, after a noun naming it.

use super::*;

/// Messaging platforms whose name, in CJK text, may come before a handle (ASCII, matched
/// without case).
pub(crate) const PLATFORMS: &[&str] =
    &["zalo", "line", "facebook", "fb", "viber", "whatsapp", "telegram", "tiktok", "instagram", "ig", "wechat", "kakaotalk", "messenger"];

/// Short names of platforms in chat (`tele`, `insta`, `face`), as [`PLATFORMS`].
pub(super) const PLATFORMS_SHORT: &[&str] = &["tele", "insta", "face"];

/// Platforms as Chinese and Japanese texts name them, before a handle (`微信號：maiu_vn1986`).
pub(super) const CJK_PLATFORMS: &[&str] = &["微信號", "微信号", "微信", "臉書", "脸书", "ライン", "フェイスブック", "インスタ", "抖音"];

/// The handle after a platform's name (or `ID`) at `t[s..e]`, by its grammar: the name a whole
/// word, then a space, `ID` or a colon, then a handle of letters, digits and `-`, `_`, `.`
/// (`Zalo rin-osk上`, `LINE ID：hoa.tw`, `Facebook @minh-osk`, `ID: rin-osk`). Without `ID`, a
/// colon or `@`, the handle must hold a digit or one of `-`, `_`, `.` and end the Latin words
/// (`在LINE group上` names no one); `colon`: only after a colon (after `ID` alone).
pub(super) fn handle_after(t: &str, s: usize, e: usize, colon: bool, latin: Option<&Entities>) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    if s > 0 && b[s - 1].is_ascii_alphanumeric() {
        return None;
    }
    let spaces = |mut i: usize| {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    let mut i = spaces(e);
    let mut cue = false;
    if b.len() >= i + 2 && b[i..i + 2].eq_ignore_ascii_case(b"id") && b.get(i + 2).is_none_or(|c| !c.is_ascii_alphanumeric()) {
        (cue, i) = (true, spaces(i + 2));
    }
    let mut colon_seen = false;
    for c in [":", "："] {
        if t[i..].starts_with(c) {
            (cue, colon_seen, i) = (true, true, spaces(i + c.len()));
        }
    }
    if colon && !colon_seen {
        return None;
    }
    // `Lines`, `Facebook.com`: no handle follows a Latin name with nothing between. After a
    // name in characters a handle may touch it (`微信号tai_trinh`) when it starts with a letter
    // (`微信100元` is an amount).
    let touching = i == e;
    if touching && (b[e - 1].is_ascii() || !b.get(i).is_some_and(u8::is_ascii_alphabetic)) {
        return None;
    }
    let at = b.get(i) == Some(&b'@');
    let start = i + usize::from(at);
    let mut end = start;
    while end < b.len() && (b[end].is_ascii_alphanumeric() || matches!(b[end], b'-' | b'_' | b'.')) {
        end += 1;
    }
    while end > start && matches!(b[end - 1], b'-' | b'_' | b'.') {
        end -= 1;
    }
    let handle = &t[start..end];
    let shaped = handle.bytes().any(|c| c.is_ascii_digit() || matches!(c, b'-' | b'_' | b'.'));
    let fits = match latin {
        // In Latin prose a word with `-` after a platform's name is mostly a compound
        // (`Facebook self-help group`): a handle when a part is a listed name (`hoa-tw`).
        Some(lexicon) => handle.contains('-') && handle.split('-').any(|part| lexicon.is_name_word(part)),
        // In CJK text a Latin word after it makes it a phrase (`Facebook self-help group上`).
        None => shaped && !(spaces(end) > end && b.get(spaces(end)).is_some_and(u8::is_ascii_alphabetic)),
    };
    let ok = handle.len() >= 3 && b[start].is_ascii_alphanumeric() && (cue || at || fits) && !a_quantity(handle);
    ok.then_some((i, end))
}

/// Words between a platform's name and its handle that name the handle (`nick`, `ID`, `tên`,
/// `帳號`), in any case for ASCII.
const HANDLE_NOUNS: &[&str] = &[
    "id", "nick", "nickname", "name", "handle", "account", "acc", "page", "user", "username", "ten", "tên", "tai", "tài", "khoan", "khoản",
    "帳號", "账号", "帐号", "帳戶", "账户", "號", "号", "名前", "名字", "名稱", "名称", "碼", "码", "暱稱", "昵称", "profile", "kênh",
    "kenh", "channel",
];

/// Longer nouns naming a handle (`アカウント`, `用戶名`), as [`HANDLE_NOUNS`].
const HANDLE_NOUNS_CJK: &[&str] = &["アカウント", "ニックネーム", "ユーザー名", "用戶名", "用户名"];

/// Words that say whose the handle is (`của em`, `my`, `の`, `的`), and others that go with
/// them (`mới`, `nhé`, `上`).
const HANDLE_OWNERS: &[&str] = &[
    "cua", "của", "em", "chi", "chị", "anh", "toi", "tôi", "minh", "mình", "ban", "bạn", "ấy", "ay", "họ", "nhé", "nhe", "nha", "ơi", "oi",
    "mới", "moi", "cũ", "old", "other", "上", "my", "her", "his", "their", "の", "的",
];

/// Copulas before a handle (`là`, `was`, `是`, `は`, `叫`); a colon counts as one.
const HANDLE_COPULAS: &[&str] = &["la", "là", "is", "was", "是", "は", "為", "为", "叫", "as", "called", "named", ":", "："];

/// Words before a platform's name after a handle (`thang96 on Telegram`, `@rin trên TikTok`).
const HANDLE_ON: &[&str] = &["on", "trên", "tren", "qua", "via"];

/// Lower-case words that follow `ID is` or `tên là` without being a handle (`her LINE ID is
/// private`).
const NOT_HANDLES: &[&str] = &[
    "still", "the", "same", "not", "private", "hidden", "blocked", "deleted", "gone", "unknown", "changed", "new", "only", "also", "just",
    "here", "there", "written", "below", "above", "khong", "chua", "gi", "nay", "kia", "nua",
];

/// A handle in a phrase about the platform whose name is at `t[s..e]` (a whole word), where
/// [`handle_after`] finds none: after up to five connective words, nouns, owners and copulas
/// (`nick fb của em là minh.thai.35`, `Zalo handle was duy_tw`, `臉書帳號是 xuan.9708`,
/// `LINEのIDはquang_97`), or before the name in parentheses or after `on` (`tamtrang_na (LINE)`,
/// `thang96 on Telegram`). A handle's shape (a digit, `_`, or dots between parts) after a noun,
/// an owner or a colon is sure; after a copula alone, or with no connective and a digit or
/// `_`, possible; a plain lower-case word only after a noun and a copula, and only when it is
/// two listed names of three letters or more run together, no English past tense
/// (`nick là hoathuong`, not `account was banned`): possible.
pub(super) fn handle_in_phrase(t: &str, s: usize, e: usize, lexicon: Option<&Entities>) -> Option<(usize, usize, Confidence)> {
    let b = t.as_bytes();
    if (s > 0 && b[s - 1].is_ascii_alphanumeric()) || b.get(e).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    // A name in quotes is a key or a term (`"id": "rule_7"` in JSON), and one inside a longer
    // identifier (`record_id`, `.line`, `/zalo`) is none: no phrase about a handle.
    if b.get(e).is_some_and(|c| matches!(c, b'"' | b'_' | b'-')) || (s > 0 && matches!(b[s - 1], b'_' | b'.' | b'-' | b'/' | b'@')) {
        return None;
    }
    // `line`, `messenger`, `face` in lower case are English words too (`the line is 2km long`): a
    // noun, an owner or a colon must say that a handle follows, and `on` is no cue.
    let english = matches!(&t[s..e], "line" | "messenger" | "face");
    // A noun or an owner before the name counts as one after it (`nick fb của em là …`, `Her
    // Facebook is …`).
    let before = t[..s].trim_end_matches(' ');
    let prev = &before[before.char_indices().rev().take_while(|&(_, c)| latin_letter(c)).last().map_or(before.len(), |(k, _)| k)..];
    let listed = |list: &[&str]| !prev.is_empty() && list.iter().any(|x| prev.eq_ignore_ascii_case(x));
    // `ID` is a noun itself (`IDはtanaka_99`, `ID của em là hoa_99`), with a connective after it
    // (`ID interview_07` is left to `handle_after`); an ID number is no handle (`ID là
    // AB1234567`): a lower-case letter in it.
    if t[s..e].eq_ignore_ascii_case("id") {
        return handle_after_words(t, e, lexicon, false, (true, listed(HANDLE_OWNERS)), false)
            .filter(|&(hs, he, _)| t[e..hs].contains(|c: char| c != ' ') && t[hs..he].bytes().any(|c| c.is_ascii_lowercase()));
    }
    // `on Facebook as binhphan`: `on` before the platform and `as` after it name the handle
    // as a noun would.
    let on_as = listed(&["on", "trên", "tren"]) && t[e..].trim_start_matches(' ').starts_with("as ");
    let cues = (listed(HANDLE_NOUNS), listed(HANDLE_OWNERS));
    handle_before_platform(t, s, e, english).or_else(|| handle_after_words(t, e, lexicon, english, cues, on_as))
}

/// A handle's shape: whether `h` (ASCII letters, digits and `._-`) has at least two letters
/// and a digit or `_` (`thang96`, `thu_hang`), or dots between parts of two characters or
/// more with a lower-case letter (`hong.quy`; not `U.S`, `e.g`). `None`: no handle (nor a
/// number and a unit, `10am`).
fn handle_shape(h: &str) -> Option<bool> {
    let b = h.as_bytes();
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    if h.len() < 3 || letters < 2 || !b[0].is_ascii_alphanumeric() {
        return None;
    }
    // A number and a unit is no handle (`10am`, `4G`, `2km`): one starts with a letter, or
    // has `_` or `.` in it.
    if b[0].is_ascii_digit() && !b.iter().any(|c| matches!(c, b'_' | b'.')) {
        return None;
    }
    let marked = b.iter().any(|c| c.is_ascii_digit() || *c == b'_');
    let dotted = h.contains('.') && h.split('.').all(|p| p.len() >= 2) && b.iter().any(u8::is_ascii_lowercase);
    Some(marked || dotted)
}

/// The handle before a platform's name at `t[s..e]`: `tamtrang_na (LINE)`, `thang96 on
/// Telegram`, `@rin.9 trên TikTok`. Only a handle's shape counts (`chatting on Telegram`).
fn handle_before_platform(t: &str, s: usize, e: usize, english: bool) -> Option<(usize, usize, Confidence)> {
    let before = t[..s].trim_end_matches(' ');
    let stem = if let Some(x) = before.strip_suffix('(').or_else(|| before.strip_suffix('（')) {
        let after = t[e..].trim_start_matches(' ');
        if !(after.starts_with(')') || after.starts_with('）')) {
            return None;
        }
        x
    } else if english {
        return None;
    } else {
        let w = HANDLE_ON.iter().find(|w| {
            let k = before.len().wrapping_sub(w.len());
            before.len() > w.len() && before.is_char_boundary(k) && before[k..].eq_ignore_ascii_case(w) && before[..k].ends_with(' ')
        })?;
        &before[..before.len() - w.len()]
    };
    let end = stem.trim_end_matches(' ').len();
    let bytes = t.as_bytes();
    let mut start = end;
    while start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || matches!(bytes[start - 1], b'.' | b'_' | b'-')) {
        start -= 1;
    }
    // Not the end of a longer word (`Nguyễn_9`): a Latin letter before is no boundary.
    if t[..start].chars().next_back().is_some_and(latin_letter) {
        return None;
    }
    let h = t[start..end].trim_start_matches(['.', '_', '-']);
    let start = end - h.len();
    let at = usize::from(start > 0 && bytes[start - 1] == b'@');
    handle_shape(h).filter(|&shaped| shaped).map(|_| (start - at, end, Confidence::High))
}

/// The handle after a platform's name ending at `e`, past connective words; `cues`: a noun, an
/// owner came before the name (`nick fb`, `her Facebook`); `on_as`: `on` before the name and
/// `as` after it (`writes on Facebook as binhphan`), which let a plain word be a handle as a noun
/// and a copula do.
fn handle_after_words(
    t: &str,
    e: usize,
    lexicon: Option<&Entities>,
    english: bool,
    cues: (bool, bool),
    on_as: bool,
) -> Option<(usize, usize, Confidence)> {
    let ((mut named, mut owned), mut copula, mut colon, mut words) = (cues, false, false, 0);
    let mut i = e;
    loop {
        let rest = &t[i..];
        // Spaces, and quotes or brackets around the handle (`IDは「tanaka_99」`, `Facebook (hoa.9)`).
        let spaces = rest.len() - rest.trim_start_matches([' ', '\u{3000}', '"', '\'', '“', '‘', '「', '『', '(', '（']).len();
        i += spaces;
        let rest = &t[i..];
        let run = rest.find(|c: char| !(latin_letter(c) || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))).unwrap_or(rest.len());
        let word = rest[..run].trim_end_matches(['.', '_', '-']);
        let is = |list: &[&str]| {
            let w = if word.is_empty() { rest } else { word };
            list.iter().find(|x| if word.is_empty() { w.starts_with(**x) } else { w.eq_ignore_ascii_case(x) }).map(|x| x.len())
        };
        if words < 5 {
            if let Some(k) = is(HANDLE_NOUNS).or_else(|| is(HANDLE_NOUNS_CJK)) {
                (named, words, i) = (true, words + 1, i + k);
                continue;
            }
            if let Some(k) = is(HANDLE_OWNERS) {
                (owned, words, i) = (true, words + 1, i + k);
                continue;
            }
            if let Some(k) = is(HANDLE_COPULAS) {
                colon |= rest.starts_with([':', '：']);
                (copula, words, i) = (true, words + 1, i + k);
                continue;
            }
        }
        if word.is_empty() || !word.is_ascii() || rest[word.len()..].starts_with(latin_letter) {
            return None;
        }
        let shaped = handle_shape(word)?;
        let sure = named || owned || colon;
        let plain_ok = !shaped
            && (named || on_as)
            && copula
            && word.len() >= 6
            && word.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && !NOT_HANDLES.contains(&word)
            && !word.ends_with("ed")
            && lexicon.is_some_and(|l| {
                l.flags(word) & STOP == 0 && (3..word.len() - 2).any(|k| l.is_name_word(&word[..k]) && l.is_name_word(&word[k..]))
            });
        let confidence = match (shaped, sure) {
            (true, true) => Confidence::High,
            (true, false) if !english && (words > 0 || word.bytes().any(|c| c.is_ascii_digit() || c == b'_')) => Confidence::Possible,
            _ if plain_ok => Confidence::Possible,
            _ => return None,
        };
        return Some((i, i + word.len(), confidence));
    }
}

/// Nouns before a comma and a handle ([`HANDLE_NOUN`]).
pub(super) const HANDLE_NOUNS_BEFORE_COMMA: &[&str] = &["page", "profile", "account", "channel", "nick"];

/// A handle after a noun naming it and a comma or colon (`the same page, hoa.tran91`, `nick:
/// minh_88`): a handle's shape with a digit or `_`. Possible.
pub(super) fn handle_after_noun(v: &Words, i: usize) -> Option<Found> {
    if v.fl(i) & HANDLE_NOUN == 0 || !matches!(v.between(i), ", " | ": " | ":") || !v.is(i, HANDLE_NOUNS_BEFORE_COMMA) {
        return None;
    }
    let (start, _) = v.range(i + 1);
    let rest = &v.text[start..];
    let run = rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))).unwrap_or(rest.len());
    let h = rest[..run].trim_end_matches(['.', '_', '-']);
    let digit = h.bytes().any(|c| c.is_ascii_digit() || c == b'_');
    (handle_shape(h) == Some(true) && digit && !rest[run..].starts_with(latin_letter)).then(|| Found {
        start,
        end: start + h.len(),
        rule: "detector:social_handle",
        label: "social",
        confidence: Confidence::Possible,
    })
}

/// Words after which a handle may stand with no platform named (`a screenshot from
/// dibrino_khoa`, `dùng nick matsuyama.kensuke`, `Shopee shop betung80`).
pub(super) const HANDLE_CUES_BARE: &[&str] = &["from", "nick", "shop"];

/// Top-level domains: a dotted word ending in one is a site, no handle (`from facebook.com`).
pub(crate) const DOMAIN_ENDS: &[&str] = &["com", "net", "org", "vn", "jp", "tw", "cn", "io", "co", "gov", "edu", "info"];

/// A handle after `from`, `nick` or `shop` and a space, with no platform named
/// ([`HANDLE_CUES_BARE`]), where only its shape can tell it: lower case, starting with a
/// letter, and `_`, a hyphen and a digit, or a dot between two lower-case parts that is no site
/// (`be_duyen_38`, `kien-chan56`, `saito.takehiko`). Possible.
pub(super) fn bare_handle_after_cue(v: &Words, i: usize) -> Option<Found> {
    if !v.is(i, HANDLE_CUES_BARE) || !v.spaced(i) || i + 1 >= v.n {
        return None;
    }
    let (start, _) = v.range(i + 1);
    let rest = &v.text[start..];
    let run = rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))).unwrap_or(rest.len());
    let h = rest[..run].trim_end_matches(['.', '_', '-']);
    let b = h.as_bytes();
    if h.len() < 5 || !b[0].is_ascii_lowercase() || b.iter().any(u8::is_ascii_uppercase) || rest[run..].starts_with(latin_letter) {
        return None;
    }
    let underscore = h.contains('_');
    let hyphen = h.contains('-') && h.bytes().any(|c| c.is_ascii_digit());
    let parts: Vec<&str> = h.split('.').collect();
    let dotted = parts.len() > 1
        && parts.iter().all(|p| p.len() >= 2 && p.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
        && !DOMAIN_ENDS.contains(parts.last().unwrap_or(&""));
    (underscore || hyphen || dotted).then(|| Found {
        start,
        end: start + h.len(),
        rule: "detector:social_handle",
        label: "social",
        confidence: Confidence::Possible,
    })
}

/// The handles the word pass's phrase rules take after the platform named at word `i`
/// ([`handle_after`]; where it finds none, [`handle_in_phrase`]), looked for once: the pass
/// takes them, and the two rules below look for one only where both find none (asked once
/// for both).
pub(super) fn platform_handles(e: &Entities, v: &Words, i: usize) -> PlatformHandles {
    let (s, pe) = v.range(i);
    let after = handle_after(v.text, s, pe, false, Some(e));
    let phrase = if after.is_none() { handle_in_phrase(v.text, s, pe, Some(e)) } else { None };
    (after, phrase)
}

/// What [`platform_handles`] finds: [`handle_after`]'s handle, else [`handle_in_phrase`]'s.
pub(super) type PlatformHandles = (Option<(usize, usize)>, Option<(usize, usize, Confidence)>);

/// A handle later in the sentence that names its platform at word `i` (a platform's name whose
/// handle no phrase rule takes: [`platform_handles`]), after an owner and a
/// copula (`em xin số LINE của chị nha, của em là hanh97`, `…Zalo, mine is duy_tw`), where the
/// phrase rules find none: a handle's shape, sure after `của em là`.
pub(super) fn handle_later_in_the_sentence(_: &Entities, v: &Words, i: usize) -> Option<Found> {
    // Up to twelve words on, in the same sentence.
    let mut k = i + 1;
    while k + 2 < v.n && k < i + 12 && !v.between(k - 1).contains(['.', '!', '?', '\n', ';']) {
        // An owner: a pronoun, or a person's name (`Insta của Mận là bong.sakura`).
        let owner = v.is(k, &["của", "cua"])
            && (v.is(k + 1, &["em", "tôi", "toi", "mình", "minh", "chị", "chi", "anh"]) || (v.cap(k + 1) && v.letters(k + 1)));
        let mine = v.is(k, &["mine"]);
        let copula = if owner { k + 2 } else { k + 1 };
        if (owner || mine) && copula < v.n && v.is(copula, &["là", "la", "is"]) && v.joined(copula - 1) && v.spaced(copula) {
            let (hs, _) = v.range(copula + 1);
            let rest = &v.text[hs..];
            let run = rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))).unwrap_or(rest.len());
            let h = rest[..run].trim_end_matches(['.', '_', '-']);
            if handle_shape(h) == Some(true) && !rest[run..].starts_with(latin_letter) {
                return Some(Found {
                    start: hs,
                    end: hs + h.len(),
                    rule: "detector:social_handle",
                    label: "social",
                    confidence: Confidence::High,
                });
            }
            return None;
        }
        k += 1;
    }
    None
}

/// A handle in the clause that names its platform at word `i` (as above), up to eight words on, where no
/// other rule finds one (`Zalo của chị Hoa tên hoa_tran99`, `add Zalo rồi nhắn minh.tu88`): a
/// handle's shape with a lower-case letter and a digit or `_`, starting with a letter (not `9pm`,
/// `v23.1`, `AB1234567`). Possible.
pub(super) fn handle_in_the_clause(_: &Entities, v: &Words, i: usize) -> Option<Found> {
    // `line`, `messenger`, `face` in lower case are English words too.
    if matches!(v.written(i), "line" | "messenger" | "face") {
        return None;
    }
    let part = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    let mut k = i + 1;
    while k < v.n && k <= i + 8 {
        let gap = v.between(k - 1);
        if gap.contains([',', '!', '?', ';', '\n', '(', '"']) || gap.starts_with(". ") {
            return None;
        }
        let hs = v.range(k).0;
        if !v.text[..hs].ends_with(part) {
            let rest = &v.text[hs..];
            let h = rest[..rest.find(|c: char| !part(c)).unwrap_or(rest.len())].trim_end_matches(['.', '_', '-']);
            let marked = h.bytes().any(|c| c.is_ascii_digit() || c == b'_') && h.bytes().any(|c| c.is_ascii_lowercase());
            if marked && h.starts_with(|c: char| c.is_ascii_alphabetic()) && handle_shape(h) == Some(true) && h.len() >= 5 {
                return Some(Found {
                    start: hs,
                    end: hs + h.len(),
                    rule: "detector:social_handle",
                    label: "social",
                    confidence: Confidence::Possible,
                });
            }
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deid::entities::tests::{handles, names};

    #[test]
    fn handles_later_in_the_sentence_and_after_page() {
        assert_eq!(handles("anh cho em xin Zalo của anh nhé, của em là minh_tu88"), [("minh_tu88".to_owned(), Confidence::High)]);
        assert_eq!(handles("they all message the same page, tuyen.dung.24"), [("tuyen.dung.24".to_owned(), Confidence::Possible)]);
        // Another sentence, no owner, a plain word or a number: no handle.
        assert!(handles("Em có Zalo. Số của em là 0912345678").is_empty());
        assert!(handles("em xin Zalo của chị, của em là Lan").is_empty());
        assert!(handles("Look at the page, then call").is_empty());
        // A number and a unit after a platform's colon is a time, not a handle.
        assert!(handles("Facebook: 3pm, then LINE").is_empty());
        // In the clause after the platform, a handle's shape with a digit or `_`; not a time, a
        // version, a code in capitals, nor past a comma.
        assert_eq!(handles("em nhắn Zalo cho chị Hoa tên hoa_tran99 nha"), [("hoa_tran99".to_owned(), Confidence::Possible)]);
        assert!(handles("em gọi Zalo cho chị lúc 9pm").is_empty());
        assert!(handles("Zalo bản v23.1 bị lỗi").is_empty());
        assert!(handles("Zalo hỏng rồi, số em là AB1234567 nhé").is_empty());
    }

    #[test]
    fn bare_handles_after_from_nick_and_shop() {
        let possible = |h: &str| [(h.to_owned(), Confidence::Possible)];
        assert_eq!(handles("She forwarded a screenshot from dibrino_khoa showing the demand."), possible("dibrino_khoa"));
        assert_eq!(handles("her last message was from be_tai_13."), possible("be_tai_13"));
        assert_eq!(handles("She forwarded a screenshot from kien-chan56 showing it."), possible("kien-chan56"));
        assert_eq!(handles("Số Zalo cũ bị khóa, giờ chị dùng nick matsuyama.kensuke."), possible("matsuyama.kensuke"));
        assert_eq!(handles("Shopee shop jamie_reed sells phone cards"), possible("jamie_reed"));
        // Ordinary words, times, years, sites, names and codes after the cues: no handle.
        assert!(handles("She came from Hanoi in 2019 and from there to Osaka.").is_empty());
        assert!(handles("A letter from facebook.com and one from vnexpress.net").is_empty());
        assert!(handles("From 10am to 5pm, from covid to now, from mp3 players").is_empty());
        assert!(handles("The shop downstairs, a nick in the wall, from the e-mail").is_empty());
        assert!(handles("Paid from B7491734 and from Ngọc Sương").is_empty());
    }

    #[test]
    fn handles_after_wechat_in_chinese() {
        assert_eq!(names("nhắn 微信號：maiu_vn1986."), ["maiu_vn1986"]);
        assert_eq!(names("或 微信号: nhatban.xinh"), ["nhatban.xinh"]);
        assert!(names("我們用微信聯絡").is_empty());
        // A handle touching the platform's name in characters, when it starts with a letter.
        assert_eq!(names("微信号tai_trinh，她说别打电话。"), ["tai_trinh"]);
        assert!(names("她用微信100元买的。").is_empty());
    }

    #[test]
    fn handles_after_a_platform_in_cjk_text() {
        assert_eq!(names("我跟她是在Zalo rin-osk上認識的。"), ["rin-osk"]);
        assert_eq!(names("LINE ID：hoa.tw です"), ["hoa.tw"]);
        assert_eq!(names("她在Facebook @minh-osk上"), ["@minh-osk"]);
        // No handle's shape and no cue; a longer word; a link.
        assert_eq!(names("我們在LINE group上聊天"), Vec::<String>::new());
        assert_eq!(names("在Facebook self-help group上看到的"), Vec::<String>::new());
        assert_eq!(names("工作在online-shop上"), Vec::<String>::new());
        assert_eq!(names("看facebook.com上的"), Vec::<String>::new());
    }

    #[test]
    fn hyphenated_handles_after_a_platform_in_latin_text() {
        assert_eq!(names("Mỗi tối cô nhắn tin qua Zalo hoa-tw để hỏi thăm."), ["hoa-tw"]);
        assert_eq!(names("she wrote to him on LINE rin-osk every night"), ["rin-osk"]);
        // No part is a name: a compound.
        assert_eq!(names("She joined a Facebook self-help group."), Vec::<String>::new());
        assert_eq!(names("a LINE follow-up message"), Vec::<String>::new());
    }

    #[test]
    fn handles_after_an_id_and_a_colon() {
        assert_eq!(names("Her ID: rin-osk, she said"), ["rin-osk"]);
        assert_eq!(names("cho em id: hoa.tw nhé"), ["hoa.tw"]);
        assert_eq!(names("她的ID：minh-osk，"), ["minh-osk"]);
        // No colon; a word with `id` inside.
        assert_eq!(names("her ID card was kept"), Vec::<String>::new());
        assert_eq!(names("she paid: 300 dollars"), Vec::<String>::new());
        assert_eq!(names("她的ID卡被扣了"), Vec::<String>::new());
    }

    #[test]
    fn handles_after_connective_words() {
        let high = |h: &str| vec![(h.to_owned(), Confidence::High)];
        // Owners, nouns and copulas between the platform's name and the handle, in lower case.
        assert_eq!(handles("zalo của chị: lan_anh88"), high("lan_anh88"));
        assert_eq!(handles("nick zalo cua chi la thu.ha.1990 nha"), high("thu.ha.1990"));
        assert_eq!(handles("Her Viber name is kim_oanh7."), high("kim_oanh7"));
        assert_eq!(handles("The broker's Telegram account was dat.nguyen; he deleted it."), high("dat.nguyen"));
        // Chinese and Japanese connectives.
        assert_eq!(handles("他的微信帳號是 mai_lan2001。"), high("mai_lan2001"));
        assert_eq!(handles("TelegramのIDはhuong_99です"), high("huong_99"));
        // Short and local spellings of the platforms.
        assert_eq!(handles("tele của anh ấy là hung_88"), high("hung_88"));
        assert_eq!(handles("ラインのIDはkim_77です"), high("kim_77"));
        assert_eq!(handles("她的抖音帳號是 dance.vy99"), high("dance.vy99"));
        assert_eq!(handles("face mới của em là bich.ngoc99 nha"), high("bich.ngoc99"));
        // `ID` is a noun of its own; quotes around the handle; an owner before the name.
        assert_eq!(handles("LINEで話した。IDは「sato_k12」。"), high("sato_k12"));
        assert_eq!(handles("ID của em là thao_vy nha"), high("thao_vy"));
        assert_eq!(handles("インスタのアカウントはmai_nail7です"), high("mai_nail7"));
        assert_eq!(handles("LINE暱稱是 xiaomei_88"), high("xiaomei_88"));
        // A copula alone, with no noun or owner: possible.
        assert_eq!(handles("look her up on TikTok as dance.queen99"), [("dance.queen99".to_owned(), Confidence::Possible)]);
        // No connective, a Latin word after: possible.
        assert_eq!(handles("有事用微信 wxid_88kim nhé"), [("wxid_88kim".to_owned(), Confidence::Possible)]);
        // A plain word after a noun and a copula: possible.
        assert_eq!(handles("nick fb của em là hoathuong nha"), [("hoathuong".to_owned(), Confidence::Possible)]);
    }

    #[test]
    fn handles_before_a_platform() {
        let high = |h: &str| vec![(h.to_owned(), Confidence::High)];
        assert_eq!(handles("A voice note from dat.nguyen94 (Zalo) came at dawn."), high("dat.nguyen94"));
        assert_eq!(handles("the recruiter, anh_tuan_88 on Facebook, promised visas"), high("anh_tuan_88"));
        assert_eq!(handles("chị ấy là kimchi_99 trên TikTok"), high("kimchi_99"));
    }

    #[test]
    fn platform_words_alone_stay() {
        for text in [
            "LINE là app mà ai cũng dùng.",
            "Zalo của em bị khóa rồi.",
            "zalo cua em bi khoa roi",
            "We talked on Facebook every night.",
            "Her LINE ID is private.",
            "Her LINE account was hacked, then her Zalo account was banned.",
            "Zalo tên là gì em cũng quên rồi.",
            "She posted at 10.30 on Facebook and again at 11.45 on Zalo.",
            "the line is 2km long and the wait 3h",
            "she stood in line_2 on line",
            "他們在微信上說好了。",
            "LINEのグループで話した。",
            "She moved to the U.S. on Facebook's advice.",
            "工作在online-shop上",
            "Her face was red, 2 days later, and swollen.",
            "She uses Zalo, Facebook, LINE and Viber.",
            "LINE is the no.1 app in Japan; Facebook (the app) is blocked in China.",
            "She was called on LINE at 3am. We met on Facebook (2019).",
            "Zalo em, 10am mai gọi lại nhé",
            r#"{"id": "interview_07", "line": "note_3", "zalo": true}"#,
            "record_id,interview_date,zalo_handle",
            "ID interview_07 was moved",
            "Her ID is AB1234567 and her ID card is kept by the company.",
        ] {
            assert_eq!(handles(text), Vec::new(), "{text}");
        }
    }

    /// Ninth round (issue 18): a handle after `on Facebook as` and touching `臉書`.
    #[test]
    fn handles_after_on_a_platform_as_and_touching_its_name() {
        assert_eq!(handles("He writes on Facebook as binhphan; the group posts jobs."), [("binhphan".to_owned(), Confidence::Possible)]);
        assert_eq!(handles("她的臉書nhutrinh95，在教會認識了她。")[0].0, "nhutrinh95");
        assert_eq!(handles("她的臉書hoa.mai14，在教會認識了她。")[0].0, "hoa.mai14");
        // An adverb after `as`.
        assert!(handles("She posts on Facebook as well as on Zalo.").is_empty());
        assert!(handles("He writes on Facebook as someone else.").is_empty());
        assert_eq!(handles("Insta của Mận là bong.sakura, hay đăng ảnh.")[0].0, "bong.sakura");
    }
}
