//! Places below a province: names and numbers after or before a locality word, street
//! addresses (Vietnamese, English, romaji, Taiwanese and Japanese grammar), villages, towns
//! and facilities.

use super::*;

/// Romanised Japanese words for an administrative unit after its name (`Nagano-ken`).
pub(super) const JA_UNITS: &[&str] = &["ken", "fu", "to", "do", "shi", "cho", "machi", "mura", "son", "gun", "ku"];

/// The rule of a place's name after a locality word (`thôn Đông Lạc`); with
/// [`Confidence::High`] it stands though it holds a province's name (`thôn Hòa Bình Thượng`).
pub(crate) const PLACE_AFTER_LOCALITY: &str = "detector:place_locality";

/// Locality words whose ASCII spelling is no ordinary word (the others count only with their
/// diacritics: `bản`, `ấp`, `làng`, `tổ`, `xã` are `ban`, `ap`, `lang`, `to`, `xa`).
pub(super) const LOCALITIES_ASCII: &[&str] = &["thon", "xom", "phuong", "khom", "hem", "ngo", "ngach"];

/// Locality words as written, with their diacritics (lower case).
const LOCALITIES_WRITTEN: &[&str] =
    &["thôn", "xóm", "ấp", "bản", "làng", "xã", "phường", "khóm", "tổ", "hẻm", "ngõ", "ngách", "khu", "kiệt"];

/// The one entry of [`LOCALITIES_WRITTEN`] in ASCII.
const LOCALITY_WRITTEN_ASCII: &str = "khu";

/// Street words after a house number and before a name (folded).
pub(super) const STREETS_BEFORE: &[&str] = &["duong", "pho"];

/// Street words after a name (folded).
pub(super) const STREETS_AFTER: &[&str] =
    &["street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "boulevard", "blvd", "place", "plaza"];

pub(super) const PLACES_AFTER: &[&str] = &["village", "hamlet", "commune"];

/// Locality suffixes after a name of at least two characters.
pub(super) const CJK_PLACE_NAMED: &[&str] = &["村", "町", "里", "镇", "鎮"];

/// The last characters of things one is inside before `里` (inside), never of a village's name:
/// a chat group, a home, a shop, a room, a factory, a shed, a car (`在微信群里找工作`).
const CONTAINERS: &[char] =
    &['群', '家', '店', '房', '室', '厂', '廠', '屋', '棚', '车', '車', '船', '库', '庫', '仓', '倉', '舍', '箱', '包'];

/// Characters that open no town's name before `镇` (`一个小镇`, `这个镇`, `乡镇`, `每个镇`).
const NOT_TOWN_STARTS: &[char] =
    &['个', '個', '小', '这', '這', '那', '一', '乡', '鄉', '城', '每', '各', '全', '本', '该', '該', '此', '哪'];

/// Units of an address after a number.
pub(super) const CJK_UNITS: &[&str] = &["丁目", "番地", "番", "号", "號", "鄰", "巷", "弄", "段"];

/// Roads before a number.
pub(super) const CJK_ROADS: &[char] = &['路', '街', '道'];

impl Entities {
    /// Whether the folded words `ft[s..e]` (or with the next word) name a province or larger;
    /// `written` is the original of `ft[s..e]`.
    pub(super) fn place_like(&self, ft: &str, s: usize, e: usize, written: &str) -> bool {
        // Folded alike is not enough when the diacritics say otherwise (`Huệ`, not `Huế`).
        if gazetteer::is_province_or_larger_folded(&ft[s..e]) && gazetteer::written_as_province_or_larger(written) {
            return true;
        }
        let next_end = ft[e..].trim_start().find(' ').map_or(ft.len(), |k| e + 1 + k);
        next_end > e && gazetteer::is_province_or_larger_folded(&ft[s..next_end])
    }

    /// Whether a locality word is written as one: with its diacritics, or in ASCII when that
    /// spelling is no ordinary word.
    pub(super) fn locality_written(&self, text: &str, (s, e): (usize, usize), folded: &str) -> bool {
        let written = &text[s..e];
        if written.is_ascii() {
            // Written in ASCII, it is one of the written forms only as the one without marks
            // (`khu`: an ASCII word is no other in any case), asked without the list; most
            // locality words met are ASCII (`to`, `ban`, `lang` in English text). Tuned in
            // session 12: `ap` (`ấp`, a hamlet of the south) written plainly in lower case (`o ap
            // My Quang`); capitalised it is an acronym as often (`AP`).
            return written.eq_ignore_ascii_case(LOCALITY_WRITTEN_ASCII) || LOCALITIES_ASCII.contains(&folded) || written == "ap";
        }
        LOCALITIES_WRITTEN.iter().any(|w| lower_is(written, w))
    }

    /// Whether a word is a street word, or a locality word written as one (`Xã`); capitalised,
    /// also a name's syllable and before no capitalised word it is no locality (`Tô`, a family
    /// name, is no `tổ`; `Kiệt` of `Lý Thường Kiệt` no `kiệt`).
    pub(super) fn street_or_locality(&self, text: &str, range: (usize, usize), flags: u32, folded: &str, next_capitalised: bool) -> bool {
        // Capitalised, a word that is also a name's syllable is the name's (`Kiệt`, `Tô`), unless
        // a capitalised name follows it (`Xã Hòa Thành`).
        let name = text[range.0..].starts_with(char::is_uppercase) && flags & (VI_FAMILY | VI_GIVEN | VI_MIDDLE) != 0 && !next_capitalised;
        flags & STREET != 0 || (flags & LOCALITY != 0 && !name && self.locality_written(text, range, folded))
    }
}

/// Where the name of a village or town before its suffix at `t[s..e]` (`村`, `町`, `里`)
/// starts: two to four characters, kanji or the kana that join a place name's parts (`緑ケ丘`,
/// `霞ヶ関`); not a word known to be no name (`農村`), not a distance (`公里`, `千余里`: `里` is
/// also a unit of length).
pub(super) fn place_before(t: &str, s: usize, e: usize) -> Option<usize> {
    let start = name_run_back(t, s, 4, false, |c| PLACE_JOINERS.contains(&c));
    // The name starts with kanji (`ケ` of `…のケ丘` is no start).
    let start = start + t[start..s].chars().take_while(|c| PLACE_JOINERS.contains(c)).map(char::len_utf8).sum::<usize>();
    // Never across a legal form (twelfth round: `医療法人藤村会` names no village `療法人藤村`).
    let start = t[start..s]
        .char_indices()
        .map(|(k, c)| start + k + c.len_utf8())
        .rfind(|&k| CJK_LEGAL.iter().any(|l| t[..k].ends_with(l)))
        .unwrap_or(start);
    // A character that is a particle elsewhere opens the name after a bracket (`（和知町`).
    let start = match t[..start].chars().next_back().filter(|c| INNER_PARTICLES.contains(c)) {
        Some(p) if t[..start - p.len_utf8()].ends_with(['（', '(', '「', '【']) => start - p.len_utf8(),
        _ => start,
    };
    let name = &t[start..s];
    let distance = &t[s..e] == "里" && name.ends_with(|c: char| is_number_char(c) || QUANTITIES.contains(&c));
    // `里` is also "inside" in simplified Chinese (`在工厂里工作`, `宿舍里3号床`): a village's
    // name ends a phrase (`光明里，`, `光明里的`) or comes before its `鄰` (`光明里13鄰`).
    let after = t[e..].trim_start_matches(|c: char| is_number_char(c));
    // Near a village (`港坪里附近`) is no inside, unless a common place noun is before `里`.
    let near = after.starts_with("附近") && !name.ends_with(NOT_VILLAGE_CHARS);
    let inside = &t[s..e] == "里"
        && !near
        && if after.len() < t.len() - e {
            !after.starts_with(['鄰', '邻'])
        } else {
            after.chars().next().is_some_and(|c| is_han(c) && !CJK_STOPS.contains(&c))
        };
    let town = matches!(&t[s..e], "镇" | "鎮");
    // Tuned in session 12: `里` after a container is "inside" it (`在微信群里找工作`).
    let container = &t[s..e] == "里" && name.ends_with(CONTAINERS);
    // No town after a count or a demonstrative (`一个小镇`, `这个镇`).
    let no_town = town && name.starts_with(NOT_TOWN_STARTS);
    (name.chars().count() >= 2
        && !distance
        && !inside
        && !no_town
        && !container
        && !CJK_NOT_NAMES.contains(&name)
        && !CJK_NOT_NAMES.contains(&&t[start..e])
        && !unit_word(name))
    .then_some(start)
}

/// Kana that join the parts of a place's name (`緑ケ丘`, `霞ヶ関`, `御茶ノ水`).
pub(super) const PLACE_JOINERS: &[char] = &['ケ', 'ヶ', 'ノ'];

/// Characters that end a quantity (`千余里`, `多公里`: a thousand-odd li, kilometres).
const QUANTITIES: &[char] = &['公', '余', '餘', '多', '数', '數', '幾', '几', '千', '百', '万', '萬', '十', '两', '兩'];

/// Where a road's name before `路`, `街` or `道` at byte `road` starts: up to four characters
/// that are no particle nor an administrative unit (`台北市信義路`), and at least two (three with a direction: `和平東路`), since a road's
/// name may hold one (`和平路`, `自由路`).
pub(super) fn road_name(t: &str, road: usize) -> usize {
    let start = run_back(t, road, 4, |c| is_han(c) && !CJK_STOPS.contains(&c) && !CJK_UNIT_ENDS.contains(&c));
    let least = if t[..road].ends_with(['東', '西', '南', '北', '东']) { 3 } else { 2 };
    if t[start..road].chars().count() >= least {
        return start;
    }
    let forced = run_back(t, road, least, is_han);
    if t[forced..road].chars().count() == least {
        forced
    } else {
        start
    }
}

/// Administrative units that may stand before an address's road or numbers.
const CJK_ADMIN: &[char] = &['里', '村', '區', '区', '鄉', '乡', '鎮', '镇', '市', '町'];

/// The units a unit's or road's name never runs into: those above, and the larger ones.
pub(super) const CJK_UNIT_ENDS: &[char] =
    &['里', '村', '區', '区', '鄉', '乡', '鎮', '镇', '市', '町', '県', '縣', '县', '都', '府', '郡', '省'];

/// Where an address starting at byte `start` starts once the administrative units before it
/// are added, walking back (Taiwan: `中正區光明里13鄰`, `竹東鎮和平路…`; Japan: `美浜町3丁目`):
/// each a name of two or three characters and its unit, never a province or larger (`台北市`
/// is left alone). `里` counts only before its `鄰` (in Chinese it is also "inside").
pub(super) fn admin_before(t: &str, mut start: usize) -> usize {
    while let Some(unit) = t[..start].chars().next_back().filter(|c| CJK_ADMIN.contains(c)) {
        let u = start - unit.len_utf8();
        if unit == '里' && !t[start..].trim_start_matches(|c: char| is_number_char(c)).starts_with(['鄰', '邻']) {
            break;
        }
        // A Japanese town's or village's name may have four characters (`児島味野町`).
        let longest = if matches!(unit, '町' | '村') { 4 } else { 3 };
        let from = run_back(t, u, longest, |c| {
            (is_han(c) && !CJK_STOPS.contains(&c) && !CJK_UNIT_ENDS.contains(&c)) || PLACE_JOINERS.contains(&c)
        });
        if t[from..u].chars().count() < least_town_name(t, from, unit)
            || !t[from..].starts_with(is_han)
            || gazetteer::is_province_or_larger(&t[from..start])
            || gazetteer::is_province_or_larger(&t[from..u])
        {
            break;
        }
        start = from;
    }
    start
}

/// Where the block and house numbers of a Japanese address starting at byte `e` end (`1-2-3`,
/// `12-5`: digits joined by `-`); `e` when there are none.
pub(super) fn block_numbers(t: &str, e: usize) -> usize {
    let b = t.as_bytes();
    let digits = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let (mut end, mut parts) = (digits(e), 1);
    if end == e {
        return e;
    }
    while parts < 3 && b.get(end) == Some(&b'-') && digits(end + 1) > end + 1 {
        (end, parts) = (digits(end + 1), parts + 1);
    }
    if parts > 1 {
        end
    } else {
        e
    }
}

/// Where an address whose last unit ends at byte `e` ends, with what may follow a house number:
/// `之1` (a sub-number), `-2`, a floor (`5樓`, `5F`).
pub(super) fn address_after(t: &str, mut e: usize) -> usize {
    loop {
        let rest = &t[e..];
        let joined = rest.strip_prefix('之').or_else(|| rest.strip_prefix('-'));
        let digits = |r: &str| r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if let Some(r) = joined.filter(|r| digits(r) > 0) {
            e += rest.len() - r.len() + digits(r);
            continue;
        }
        let n = digits(rest);
        match rest[n..].chars().next() {
            Some(c @ ('樓' | '楼' | 'F' | 'f')) if n > 0 => e += n + c.len_utf8(),
            // Block and house numbers after `丁目` (`2丁目4-17`).
            Some('-') if n > 0 && t[..e].ends_with("丁目") && digits(&rest[n + 1..]) > 0 => e += n,
            // The house number after `番地` (`若葉町3番地2`).
            _ if n > 0 && t[..e].ends_with("番地") => e += n,
            _ => return e,
        }
    }
}

/// Folded words before a date written with `/` (`ngày 12/5`, `on 3/4`).
pub(super) const DATE_WORDS: &[&str] = &["ngay", "thang", "hom", "luc", "tu", "den", "on", "since", "until", "by", "from", "date", "dated"];

/// The last word of a lane's number written with `/` (`ngõ 42/7`, `hẻm 12/3/45`), from its
/// first, word `j`.
pub(super) fn lane_number_end(
    text: &str,
    j: usize,
    n: usize,
    range: &impl Fn(usize) -> (usize, usize),
    digits: &impl Fn(usize) -> bool,
) -> usize {
    lane_number_end_by(text, j, n, range, digits, "/")
}

/// The last word of a number in parts joined by `sep` (`1-14-7`), from its first, word `j`.
pub(super) fn lane_number_end_by(
    text: &str,
    mut j: usize,
    n: usize,
    range: &impl Fn(usize) -> (usize, usize),
    digits: &impl Fn(usize) -> bool,
    sep: &str,
) -> usize {
    while j + 1 < n && digits(j) && &text[range(j).1..range(j + 1).0] == sep && digits(j + 1) {
        j += 1;
    }
    j
}

/// The last word of a Vietnamese ID card's number written in groups after its name (`CMND: 123
/// 456 789`, `CCCD số 0012-0300-4005`): groups of digits joined by a space, `-` or `.`, nine or
/// twelve digits in all, after `CMND` or `CCCD` at word `i` and an optional colon or `số`.
pub(super) fn grouped_id_end(
    text: &str,
    ft: &str,
    toks: &[(usize, usize, u32)],
    i: usize,
    range: &impl Fn(usize) -> (usize, usize),
) -> Option<usize> {
    let w = &ft[toks[i].0..toks[i].1];
    if !matches!(w, "cmnd" | "cccd") {
        return None;
    }
    let mut j = i + 1;
    if j < toks.len() && &ft[toks[j].0..toks[j].1] == "so" {
        j += 1;
    }
    let is_digits = |k: usize| k < toks.len() && ft[toks[k].0..toks[k].1].bytes().all(|b| b.is_ascii_digit());
    if !is_digits(j) || !text[range(j - 1).1..range(j).0].trim().trim_end_matches(':').is_empty() {
        return None;
    }
    let (first, mut k, mut count) = (j, j, toks[j].1 - toks[j].0);
    while is_digits(k + 1) && matches!(&text[range(k).1..range(k + 1).0], " " | "-" | ".") && count < 12 {
        k += 1;
        count += toks[k].1 - toks[k].0;
    }
    (k > first && matches!(count, 9 | 12)).then_some(k)
}

/// The fewest characters of a town's name before its `unit` starting at byte `from`: one for a
/// town or village after no Han character: among Latin words (`ở 本町4丁目`), after a mark or
/// kana (fourteenth round: `、緑町1丁目21番地`, `住所は栄町2丁目`), else two.
fn least_town_name(t: &str, from: usize, unit: char) -> usize {
    let alone = t[..from].chars().next_back().is_none_or(|c| !is_han(c));
    if alone && matches!(unit, '町' | '村') && from > 0 {
        1
    } else {
        2
    }
}

/// Where a Japanese town's name with no suffix and its block numbers, after a ward or city ending
/// at byte `e`, end (`北区赤羽2-3-4`, `西成区花園北1-2-3`): one to four kanji, then numbers in two or
/// three parts joined by `-`.
pub(super) fn town_and_block_numbers(t: &str, e: usize) -> Option<usize> {
    let town = run_forward(t, e, 4, |c| (is_han(c) && !CJK_STOPS.contains(&c) && !is_number_char(c)) || PLACE_JOINERS.contains(&c));
    let end = block_numbers(t, town);
    (town > e && end > town).then_some(end)
}

/// Whether a place's name is made of administrative units only (`市町` of `市町村`: a word, no
/// name; `本町町`, `島村町` are names).
fn unit_word(name: &str) -> bool {
    name.chars().all(|c| CJK_UNIT_ENDS.contains(&c))
}

/// Words after the name of a public place ([`FACILITY`]).
pub(super) const FACILITIES: &[&str] = &["airport", "station", "terminal", "hospital", "university", "pagoda", "temple"];

/// Lane words of a Vietnamese street address, as written (`ngõ`, alley; `ngách`, `hẻm`,
/// `kiệt`), and their plain spellings that are no English word.
const VI_LANES: &[&str] = &["ngõ", "ngách", "hẻm", "kiệt", "ngo", "ngach", "hem"];

/// Words before a house number and its street (`ở 27 Tân Thuận`, `at 180 Bà Rịa`, `in 150 Hai Bà
/// Trưng`).
const AT_ADDRESS: &[&str] = &["ở", "tại", "at", "from", "in"];

/// Romanised Japanese units after a town's name (`Nakano-machi`).
const JA_TOWN_UNITS: &[&str] = &["cho", "machi", "mura", "son"];

impl Words<'_> {
    /// Whether word `k` is a capitalised syllable that may name a street or a commune (letters,
    /// seven at most, in any script).
    fn street_syllable(&self, k: usize) -> bool {
        k < self.n && self.cap(k) && self.word(k).len() <= 7 && self.letters(k)
    }

    /// The last word of the capitalised syllables of a street's or place's name from word `k`
    /// (at most `max`), none of them a street or locality word.
    fn street_end(&self, e: &Entities, k: usize, max: usize) -> Option<usize> {
        // A locality word capitalised that is also a name's syllable is the street's, unless a
        // number follows it (`Võ Văn Kiệt Xã Đông Hòa`: `Kiệt` is no `kiệt`).
        // Nor when a capitalised name follows (`Xã Tân Phú`), which it stands before.
        let locality_next =
            |j: usize| j >= self.n || !self.cap(j) || e.street_or_locality(self.text, self.range(j), self.fl(j), self.word(j), true);
        let name = |j: usize| self.fl(j) & (VI_FAMILY | VI_GIVEN | VI_MIDDLE) != 0 && !self.number(j + 1) && locality_next(j + 1);
        let ok = |j: usize| {
            self.street_syllable(j)
                && (name(j) || !e.street_or_locality(self.text, self.range(j), self.fl(j), self.word(j), j + 1 < self.n && self.cap(j + 1)))
                && self.fl(j) & STREET == 0
        };
        if !ok(k) {
            return None;
        }
        let mut end = k;
        while end < k + max - 1 && self.joined(end) && ok(end + 1) {
            end += 1;
        }
        Some(end)
    }
}

/// The last word of a public place's name at word `i`: one to three capitalised words before
/// `airport`, `station` (`Noi Bai airport`, `Tan Son Nhat Airport`), which name no person.
pub(super) fn facility_name(v: &Words, i: usize) -> Option<usize> {
    if !v.cap(i) || !v.letters(i) || (i > 0 && v.joined(i - 1) && v.cap(i - 1)) {
        return None;
    }
    // The place's word is one of the four words after `i` (the run below stops at `i + 3`
    // at the latest): most capitalised words have none, and are ruled out by four flags.
    if (v.fl(i + 1) | v.fl(i + 2) | v.fl(i + 3) | v.fl(i + 4)) & FACILITY == 0 {
        return None;
    }
    let mut k = i;
    while k < i + 3 && v.joined(k) && v.fl(k + 1) & FACILITY == 0 && v.cap(k + 1) && v.letters(k + 1) {
        k += 1;
    }
    (v.joined(k) && v.fl(k + 1) & FACILITY != 0).then_some(k + 1)
}

/// A Vietnamese street address with a house number and no `số` before its lane (`60 ngõ 53 Tô
/// Hiệu`, `54 ngo 85 Lach Tray`, `12 ngõ 5 ngách 3 Kim Mã`): the number, each lane with its
/// number, and the street's capitalised syllables.
pub(super) fn vi_house_number_and_lane(e: &Entities, v: &Words, i: usize) -> Option<Found> {
    // The lexicon's flag first: most words are no lane's.
    let lane = |k: usize| k + 1 < v.n && v.fl(k) & LOCALITY != 0 && v.joined(k - 1) && v.is(k, VI_LANES) && v.joined(k) && v.number(k + 1);
    // After `số` or `số nhà` (house number) the lane's rule takes the address from there.
    let so = || i > 0 && (v.is(i - 1, &["số"]) || v.is(i - 1, &["nhà"]) && v.is(i.wrapping_sub(2), &["số"]));
    if !v.number(i) || !lane(i + 1) || so() || (i > 0 && matches!(v.between(i - 1), "/" | "-" | ".")) {
        return None;
    }
    let mut k = lane_number_end(v.text, i + 2, v.n, &|j| v.range(j), &|j| v.number(j));
    while lane(k + 1) {
        k = lane_number_end(v.text, k + 2, v.n, &|j| v.range(j), &|j| v.number(j));
    }
    let end = if v.joined(k) { v.street_end(e, k + 1, 4).unwrap_or(k) } else { k };
    Some(v.found(i, end, "detector:address", "address", Confidence::High))
}

/// A house number and its street with no street word, after `ở`, `tại`, `at`, `from`, `địa
/// chỉ:` (`ở 27 Tân Thuận`, `at 180 Bà Rịa`), or after `số`, `số nhà`, which it takes (`số 12
/// Lê Lợi`): two to four capitalised syllables, one written with its marks (a Vietnamese
/// street); no year (`from 2019`).
pub(super) fn house_number_and_street(e: &Entities, v: &Words, i: usize) -> Option<Found> {
    let w = v.word(i);
    let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    if i == 0 || !v.number(i) || w.len() > 4 || year || !v.joined(i) {
        return None;
    }
    // Both ways below need a street of two capitalised syllables or more after the number
    // ([`Words::street_end`] from `i + 1` past `i + 1`: a capitalised syllable at `i + 1`, one
    // joined to it at `i + 2`). Most numbers have none: ruled out before the words before the
    // number are read.
    if !(v.cap(i + 1) && v.joined(i + 1) && v.cap(i + 2)) {
        return None;
    }
    // `địa chỉ` (address) before it, a colon between or not (`địa chỉ 132 Phạm Ngũ Lão`).
    let colon = || {
        (v.between(i - 1).trim() == ":" && v.is(i - 1, &["chỉ", "address"]))
            || (i >= 2 && v.is(i - 1, &["chỉ"]) && v.is(i - 2, &["địa"]) && v.joined(i - 1))
    };
    let from = if v.is(i - 1, &["số"]) && v.joined(i - 1) {
        i - 1
    } else if i >= 2 && v.is(i - 1, &["nhà"]) && v.is(i - 2, &["số"]) && v.joined(i - 1) && v.joined(i - 2) {
        i - 2
    } else if (v.is(i - 1, AT_ADDRESS) && v.joined(i - 1)) || colon() || (v.is(i - 1, &["o", "tai"]) && v.joined(i - 1)) {
        i
    } else if i >= 2
        && v.written(i - 1) == "so"
        && v.joined(i - 1)
        && (v.is(i - 2, &["o", "tai", "ở", "tại"]) || v.between(i - 2).trim() == "-")
    {
        // Thirteenth round: `so` (`số`) written plainly after `o` or `tai` (at) or a dash, then
        // two or more capitalised words (`em dang o so 192 Lach Tray`, `- so 15 Tran Phu`).
        let end = v.street_end(e, i + 1, 4)?;
        return (end > i + 1).then(|| v.found(i - 1, end, "detector:address", "address", Confidence::High));
    } else if v.joined(i - 1) || matches!(v.between(i - 1).trim(), ":" | ",") {
        // Twelfth round: any word before it when a locality word or a province follows the
        // street after a comma (`… in Vietnam 267 Xuân Lam, Hải Dương`, `200 Sơn Nguyên, phường
        // Khe Tre`), checked below.
        return house_number_before_a_locality(e, v, i);
    } else {
        return None;
    };
    let end = v.street_end(e, i + 1, 4)?;
    // Eleventh round: written plainly in chat (`o 23 Nguyen Trai, phuong 5`), the street named
    // after a person (a family name first) before a comma or the text's end.
    let closes = end + 1 >= v.n || v.between(end).starts_with([',', ';']);
    let plain = || v.fl(i + 1) & VI_FAMILY != 0 && closes;
    (end > i + 1 && ((i + 1..=end).any(|k| v.marked(k)) || plain()))
        .then(|| v.found(from, end, "detector:address", "address", Confidence::High))
}

/// A house number and its street, two to four capitalised syllables (one written with its marks,
/// or a family name first), before a comma and a locality word or a province (`267 Xuân Lam, Hải
/// Dương`, `84 Cao Thinh, xa Phuoc Son`): an address wherever it stands.
fn house_number_before_a_locality(e: &Entities, v: &Words, i: usize) -> Option<Found> {
    let end = v.street_end(e, i + 1, 4)?;
    if end <= i + 1 || end + 1 >= v.n || !v.between(end).trim_start().starts_with(',') {
        return None;
    }
    let next = end + 1;
    // Thirteenth round: or a city's or town's abbreviation (`TP Vinh`, `TX Sơn Tây`).
    let locality = (v.fl(next) & LOCALITY != 0 && e.locality_written(v.text, v.range(next), v.word(next)))
        || (v.joined(next) && v.cap(next + 1) && matches!(v.written(next), "TP" | "Tp" | "tp" | "TX" | "TT"));
    let province = || {
        let two = if next + 1 < v.n && v.joined(next) { v.range(next + 1).1 } else { v.range(next).1 };
        v.cap(next) && gazetteer::is_province_or_larger(&v.text[v.range(next).0..two])
    };
    let street = (i + 1..=end).any(|k| v.marked(k)) || v.fl(i + 1) & VI_FAMILY != 0;
    (street && (locality || province())).then(|| v.found(i, end, "detector:address", "address", Confidence::High))
}

/// A Vietnamese street address whose house number has a slash, before `đường` or `phố` (`83/6
/// đường Trần Phú`, `201/27 duong Phan Boi Chau`): the two numbers, the street word and the
/// street's capitalised syllables. A slashed number alone is a date or a ratio; the street
/// word after it is what makes it a house.
pub(super) fn slashed_house_number_and_street(e: &Entities, v: &Words, i: usize) -> Option<Found> {
    // The shape bits first, the slices between the words after.
    let ok = v.number(i)
        && v.number(i + 1)
        && v.between(i) == "/"
        && !(i > 0 && matches!(v.between(i - 1), "/" | "-" | "."))
        && v.joined(i + 1)
        && v.is(i + 2, &["đường", "duong", "phố"])
        && v.joined(i + 2);
    if !ok {
        return None;
    }
    let end = v.street_end(e, i + 3, 4)?;
    Some(v.found(i, end, "detector:address", "address", Confidence::High))
}

/// A Vietnamese locality word and its number that the locality rule leaves: `khu` (quarter)
/// without `phố` (`khu 14`), and `tổ` written plainly after `o` or `tai` (`o to 3`; `to` alone
/// is English; thirteenth round: after `que` or a dash).
pub(super) fn locality_number(v: &Words, i: usize) -> Option<Found> {
    if !v.joined(i) || !v.number(i + 1) {
        return None;
    }
    let khu = v.is(i, &["khu"]);
    // Thirteenth round: also after `que` (home town) or a dash (`e que to 6,`, `ap Ben Loi - to 10`).
    let to = v.word(i) == "to"
        && v.written(i).is_ascii()
        && i > 0
        && ((matches!(v.word(i - 1), "o" | "tai" | "que") && v.joined(i - 1)) || v.between(i - 1).trim() == "-");
    (khu || to).then(|| v.found(i, i + 1, PLACE_AFTER_LOCALITY, "place", Confidence::High))
}

/// Tuned in session 13: `đội` (a production team, a part of a village) written with its marks
/// and its number (`tại đội 6, Thái Bình`), asked at the number.
pub(super) fn team_number(v: &Words, i: usize) -> Option<Found> {
    (i > 0 && v.joined(i - 1) && v.is(i - 1, &["đội"])).then(|| v.found(i - 1, i, PLACE_AFTER_LOCALITY, "place", Confidence::High))
}

/// Thirteenth round: `tổ dân phố` (a residents' group) written plainly with its number (`o to dan
/// pho 12`): the three words and the number.
pub(super) fn residents_group_number(v: &Words, i: usize) -> Option<Found> {
    let ok = i + 3 < v.n
        && v.word(i) == "to"
        && v.written(i).is_ascii()
        && v.spaced(i)
        && v.written(i + 1) == "dan"
        && v.spaced(i + 1)
        && v.written(i + 2) == "pho"
        && v.spaced(i + 2)
        && v.number(i + 3);
    ok.then(|| v.found(i, i + 3, PLACE_AFTER_LOCALITY, "place", Confidence::High))
}

/// A romanised Japanese address of two numbers before a town with its unit (`2-25
/// Nakano-machi`, `3-14 Seki-cho`).
pub(super) fn romaji_block_and_town(v: &Words, i: usize) -> Option<Found> {
    let ok = v.number(i)
        && !(i > 0 && v.hyphened(i - 1))
        && v.hyphened(i)
        && v.number(i + 1)
        && v.spaced(i + 1)
        && v.cap(i + 2)
        && !v.marked(i + 2)
        && romaji_shaped(v.word(i + 2))
        && v.hyphened(i + 2)
        && i + 3 < v.n
        && JA_TOWN_UNITS.contains(&v.word(i + 3));
    ok.then(|| v.found(i, i + 3, "detector:address", "address", Confidence::High))
}

/// Whether a word after a platform's name and a colon is a number and a unit, no handle
/// (`Facebook: 3pm`, `LINE: 10h`): digits, then at most three letters.
pub(crate) fn a_quantity(s: &str) -> bool {
    let letters = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ':');
    letters.len() < s.len() && letters.len() <= 3 && letters.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Characters of common place nouns, which name no village before `里` (`在工厂里一间`).
const NOT_VILLAGE_CHARS: &[char] = &[
    '厂', '廠', '工', '家', '店', '房', '室', '校', '院', '城', '村', '鎮', '镇', '市', '區', '区', '舍', '館', '馆', '子', '裡', '里',
    '库', '庫', '仓', '倉', '屋', '棚', '车', '車', '船', '楼', '樓',
];

/// Where a Japanese town's name before `丁目` or `番地`, found from byte `start`, begins when it
/// holds kanji numerals (`三島江209番地`, `五畳敷2丁目`): past a numeral before it, and a name's
/// kanji before that, two characters more at most.
pub(super) fn town_name_through_numerals(t: &str, start: usize) -> usize {
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let name = |c: char| is_han(c) && !CJK_STOPS.contains(&c) && !CJK_UNIT_ENDS.contains(&c);
    if !t[..start].chars().next_back().is_some_and(numeral) || t[start..].chars().next().is_none_or(|c| !name(c) || numeral(c)) {
        return start;
    }
    run_back(t, start, 2, name)
}

/// Where a Taiwanese village's (`里`) name at `t[s..e]` starts when a count of places follows it
/// (`在品安里一間小吃店`), which [`place_before`] reads as "inside": two characters after
/// `在`, `住` or a unit, no common place noun (`在工厂里一间`); thirteenth round: a county's
/// unit before it and a person counted after it (`彰化縣崙背里一個`, `住在新庄里一位同鄉`).
pub(super) fn village_before_a_count(t: &str, s: usize, e: usize) -> Option<usize> {
    let mut after = t[e..].chars();
    let count =
        matches!(after.next(), Some('一' | '兩' | '两' | '幾' | '几')) && after.next().is_some_and(|c| "間间家個个棟栋處处位".contains(c));
    if &t[s..e] != "里" || !count {
        return None;
    }
    let start = t[..s].char_indices().rev().nth(1).map(|(k, _)| k)?;
    let name = &t[start..s];
    let cue =
        t[..start].chars().next_back().is_some_and(|c| matches!(c, '在' | '住' | '到' | '區' | '区' | '鄉' | '鎮' | '市' | '縣' | '县'));
    (cue && name.chars().all(|c| is_han(c) && !CJK_STOPS.contains(&c) && !NOT_VILLAGE_CHARS.contains(&c))).then_some(start)
}

/// Where a Taiwanese village's (`里`) name at `t[s..e]` starts, with its district before it,
/// when its neighbourhood (`鄰`) follows (`三重區福德里24鄰`): the name's characters stop at a
/// unit, so the district's name is never cut (`重區福德`).
pub(super) fn village_after_its_district(t: &str, s: usize, e: usize) -> Option<usize> {
    if &t[s..e] != "里" || !t[e..].trim_start_matches(|c: char| is_number_char(c)).starts_with(['鄰', '邻']) {
        return None;
    }
    let start = run_back(t, s, 3, |c| is_han(c) && !CJK_STOPS.contains(&c) && !CJK_UNIT_ENDS.contains(&c) && !is_number_char(c));
    let name = &t[start..s];
    if name.chars().count() < 2 || unit_word(name) || CJK_NOT_NAMES.contains(&name) {
        return None;
    }
    // The district before it (`三重區`), though a province's name is in it (`三重`, Mie).
    let district = t[..start].chars().next_back().filter(|c| matches!(c, '區' | '区' | '鄉' | '乡' | '鎮' | '镇'));
    let Some(unit) = district else { return Some(admin_before(t, start)) };
    let u = start - unit.len_utf8();
    let from = run_back(t, u, 3, |c| is_han(c) && !CJK_STOPS.contains(&c) && !CJK_UNIT_ENDS.contains(&c));
    Some(if t[from..u].chars().count() >= 2 { from } else { start })
}

/// Places and addresses that touch with nothing between (`西村町` and `2丁目16番地`, a town whose
/// name holds a unit's character) as one detection: an address is read whole.
pub(super) fn join_touching_places(found: &mut Vec<Found>) {
    let place = |d: &Found| matches!(d.label, "place" | "address");
    found.dedup_by(|next, last| {
        let touch = last.end == next.start && place(last) && place(next);
        if touch {
            last.end = next.end;
            last.confidence = last.confidence.max(next.confidence);
        }
        touch
    });
}

impl Entities {
    /// A Vietnamese commune's or district's name before its province, after `ở`, `tại`,
    /// `from` (`Quê em ở Chiềng Hặc, Nam Định`, `from Cát Tiên 3, Hải Dương`): one to three
    /// capitalised syllables, one written with its marks, and a number, then a comma and a
    /// province (no country: `ở Đào Viên, Đài Loan` is a city of Taiwan). Possible.
    pub(super) fn place_before_its_province(&self, v: &Words, i: usize) -> Option<Found> {
        if i == 0 || !v.is(i - 1, PROVINCE_PLACE_CUES) || !v.joined(i - 1) || !v.street_syllable(i) {
            return None;
        }
        let mut k = i;
        while k < i + 2 && v.joined(k) && v.street_syllable(k + 1) {
            k += 1;
        }
        if v.joined(k) && v.number(k + 1) {
            k += 1;
        }
        if !(i..=k).any(|j| v.marked(j)) || v.between(k) != ", " {
            return None;
        }
        let name = &v.text[v.range(i).0..v.range(k).1];
        if gazetteer::is_province_or_larger(name) {
            return None;
        }
        // The province: one to three capitalised words after the comma.
        let province = (k + 1..k + 4).any(|p| {
            p < v.n && (k + 1..p).all(|j| v.joined(j)) && (k + 1..=p).all(|j| v.cap(j)) && {
                let prov = &v.text[v.range(k + 1).0..v.range(p).1];
                gazetteer::is_province_or_larger(prov) && gazetteer::country_of(prov).is_some()
            }
        });
        province.then(|| v.found(i, k, PLACE_AFTER_LOCALITY, "place", Confidence::Possible))
    }

    /// A romanised Japanese place's name alone after `near` (`the shelter near Nakanose`): one
    /// capitalised word of romaji shape, six letters or more, no province, no possessive and no
    /// capitalised word after it. Possible.
    pub(super) fn romaji_place_after_near(&self, v: &Words, i: usize) -> Option<Found> {
        let w = v.word(i);
        let alone = i + 1 >= v.n || !v.cap(i + 1) && !v.number(i + 1) && !v.between(i).starts_with('\'');
        let ok = i > 0
            && v.is(i - 1, ROMAJI_PLACE_CUES)
            && v.joined(i - 1)
            && v.cap(i)
            && !v.marked(i)
            && w.len() >= 6
            && romaji_shaped(w)
            && alone
            && !gazetteer::is_province_or_larger_folded(w);
        ok.then(|| v.found(i, i, PLACE_AFTER_LOCALITY, "place", Confidence::Possible))
    }
}

/// A commune after `xa` (`xã` written plainly) after `o` or `tai` (`ở`, `tại`) in Vietnamese
/// written without diacritics (`o xa Trai Moi`): one to three capitalised syllables.
pub(super) fn plain_commune(v: &Words, i: usize) -> Option<Found> {
    let ok = i > 0
        && matches!(v.word(i), "xa" | "thon" | "xom")
        && v.written(i).is_ascii()
        && matches!(v.word(i - 1), "o" | "tai")
        && v.written(i - 1).is_ascii()
        && v.joined(i - 1)
        && v.joined(i)
        && v.street_syllable(i + 1)
        && v.written(i + 1).is_ascii();
    if !ok {
        return None;
    }
    let mut k = i + 1;
    while k < i + 3 && v.joined(k) && v.street_syllable(k + 1) && v.written(k + 1).is_ascii() {
        k += 1;
    }
    Some(v.found(i + 1, k, PLACE_AFTER_LOCALITY, "place", Confidence::High))
}

/// A hamlet's or village's name that opens with a locality word's spelling (`Phuong An hamlet`,
/// `Xom Moi village`): the capitalised words before `hamlet`, `village`. Possible.
pub(super) fn locality_word_named_before_hamlet(v: &Words, i: usize) -> Option<Found> {
    if v.fl(i) & LOCALITY == 0 || !v.cap(i) || !v.letters(i) {
        return None;
    }
    let mut k = i;
    while k < i + 2 && v.joined(k) && v.cap(k + 1) && v.letters(k + 1) && v.fl(k + 1) & PLACE_AFTER == 0 {
        k += 1;
    }
    (k > i && v.joined(k) && v.fl(k + 1) & PLACE_AFTER != 0).then(|| v.found(i, k, PLACE_AFTER_LOCALITY, "place", Confidence::Possible))
}

/// Where a town's name found from byte `start` to its suffix at `s` starts once a larger unit
/// inside it is left out (`市五野井` of `四日市市五野井町` is `五野井`): after the last unit's
/// character that leaves two characters or more.
pub(super) fn after_a_unit(t: &str, start: usize, s: usize) -> usize {
    t[start..s]
        .char_indices()
        .filter(|&(k, c)| CJK_UNIT_ENDS.contains(&c) && t[start + k + c.len_utf8()..s].chars().count() >= 2)
        .map(|(k, c)| start + k + c.len_utf8())
        .next_back()
        .unwrap_or(start)
}

/// The words before a place that [`Entities::place_before_its_province`] looks back to
/// ([`PRECEDES_ORG`] in the lexicon).
pub(super) const PROVINCE_PLACE_CUES: &[&str] = &["ở", "tại", "from"];

/// The word before a place that [`Entities::romaji_place_after_near`] looks back to
/// ([`PRECEDES_ORG`] in the lexicon).
pub(super) const ROMAJI_PLACE_CUES: &[&str] = &["near"];

/// A romanised Japanese address written with `chome` (`Oyamada 3-chome 18-4`, `2-chome 5-1
/// Kitano`): the town before or after it, the block and house numbers.
pub(super) fn romaji_chome_address(v: &Words, i: usize) -> Option<Found> {
    let town = |k: usize| k < v.n && v.cap(k) && !v.marked(k) && romaji_shaped(v.word(k));
    let chome = |k: usize| v.number(k) && v.hyphened(k) && k + 1 < v.n && v.word(k + 1) == "chome";
    let first = if chome(i) {
        i
    } else if v.spaced(i) && chome(i + 1) && town(i) {
        i + 1
    } else {
        return None;
    };
    let mut end = first + 1;
    if v.joined(end) && v.number(end + 1) {
        end = lane_number_end_by(v.text, end + 1, v.n, &|j| v.range(j), &|j| v.number(j), "-");
    }
    if first == i && v.spaced(end) && town(end + 1) {
        end += 1;
    }
    Some(v.found(i, end, "detector:address", "address", Confidence::High))
}

/// `chợ` (market), before a village's name ([`village_after_a_market`]; [`PRECEDES_SHOP`] in
/// the lexicon).
pub(super) const MARKET: &[&str] = &["chợ"];

/// First words after `chợ` that name no place: `chợ Tết` (the New Year market), `chợ Đêm` (a
/// night market), the days of the week (`chợ Chủ Nhật`, `chợ Thứ Bảy`), folded.
const MARKET_NOT_PLACES: &[&str] = &["tet", "dem", "chu", "thu", "phien", "moi", "lon"];

/// A village's or ward's name after `chợ` (market), as markets are named after the place they
/// serve (`gần chợ Bãi Sậy`, `chợ Cồn`): one to three capitalised syllables after the word
/// written with its marks (`cho` is "for"); no province (`chợ Hà Nội`), no market's kind or
/// day (`chợ Tết`, `chợ Chủ Nhật`). Possible.
pub(super) fn village_after_a_market(e: &Entities, v: &Words, i: usize) -> Option<Found> {
    if i == 0 || v.word(i - 1) != "cho" || !v.spaced(i - 1) || !v.is(i - 1, MARKET) || !v.name_word(i) {
        return None;
    }
    if MARKET_NOT_PLACES.contains(&v.word(i)) {
        return None;
    }
    let k = v.short_name_not_a_place(e, i)?;
    Some(v.found(i, k, PLACE_AFTER_LOCALITY, "place", Confidence::Possible))
}

/// Characters before `町` that make a word, no town's name: `下町` (downtown), `港町` (a port
/// town), `同町`, `当町`, `隣町`, `他町`, `各町`, `全町`, `両町`, `旧町`, `某町`, `城下町`'s `下`.
const ONE_CHARACTER_NOT_TOWNS: &[char] =
    &['下', '港', '同', '当', '隣', '他', '各', '全', '両', '旧', '某', '該', '此', '其', '別', '前', '後', '次', '元', '城', '町', '毎'];

/// A Japanese town of one character before `町` at `t[s..e]` with no number after it (`通町の`,
/// `浜町のアパート`), as notes name the town below a city: opening a clause (the text's start,
/// punctuation, a space or kana before it), a particle after it, no word of one character and
/// `町` ([`ONE_CHARACTER_NOT_TOWNS`]). The start of the town's name. Possible: only the shape
/// tells.
pub(super) fn town_of_one_character(t: &str, s: usize, e: usize) -> Option<usize> {
    if &t[s..e] != "町" {
        return None;
    }
    let c = t[..s].chars().next_back().filter(|&c| is_han(c) && !is_number_char(c) && !ONE_CHARACTER_NOT_TOWNS.contains(&c))?;
    let start = s - c.len_utf8();
    let opens = t[..start].chars().next_back().is_none_or(|b| !(is_han(b) || is_katakana(b)));
    let particle = ["の", "に", "で", "から", "へ", "まで", "は", "、"].iter().any(|p| t[e..].starts_with(p));
    (opens && particle).then_some(start)
}

/// Lot and house numbers with hyphens after a Japanese town's name with no `町` or `丁目`
/// (`買田48-11のアパート`, `河内郡上三川町上三川52-29に`, `いの町神谷52-21;`), in Japanese text
/// (kana): two to four kanji after a particle, punctuation or an administrative unit, then one
/// to three digits (no leading zero: a phone's), and one or two more groups. Possible.
pub(super) fn lot_numbers_after_a_town(w: &Width, out: &mut Vec<Found>) {
    let t = w.text.as_ref();
    let b = t.as_bytes();
    if !b.contains(&b'-') {
        return;
    }
    // Twelfth round: outside Japanese text, a town's name standing alone among Latin words
    // before three groups (`at 堀込3-24-8,`, `tại 国納1-38-17;`).
    let jp = t.chars().any(|c| is_hiragana(c) || is_katakana(c));
    let mut k = 0;
    while k < b.len() {
        // A run of digits right after a kanji.
        if !(b[k].is_ascii_digit() && t[..k].chars().next_back().is_some_and(is_han)) {
            k += 1;
            continue;
        }
        let digits = |mut e: usize| {
            let s = e;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            (e - s, e)
        };
        let (first, mut end) = digits(k);
        let mut groups = 1;
        while groups < 3 && b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            let (n, e) = digits(end + 1);
            if n > 4 {
                break;
            }
            (end, groups) = (e, groups + 1);
        }
        let next_digit = b.get(end).is_some_and(|c| c.is_ascii_digit() || *c == b'-');
        if groups < 2 || first > 3 || b[k] == b'0' || next_digit {
            k = end.max(k + 1);
            continue;
        }
        let inner = |c: char| is_han(c) && !CJK_UNIT_ENDS.contains(&c);
        let mut start = run_back(t, k, 4, inner);
        // A town with its `町` or `村` before the numbers (`東的場町6-11-5`), its name taken whole.
        if start == k && t[..k].ends_with(['町', '村']) {
            start = run_back(t, k - '町'.len_utf8(), 4, inner);
        }
        let name = &t[start..k];
        // Tuned in session 13: a town's part after its town and unit is read with them
        // (`志免町志免3-2-9`, `広瀬町梶福留6-9-1`, `内灘町室6-11-6`); a ward before it stays out.
        let mut whole = start;
        for _ in 0..2 {
            let Some(u) = ['町', '村'].into_iter().find(|u| t[..whole].ends_with(*u)) else { break };
            let before = run_back(t, whole - u.len_utf8(), 4, inner);
            if before == whole - u.len_utf8() {
                break;
            }
            whole = before;
        }
        let alone = || {
            groups == 3 && t[..whole].chars().next_back().is_some_and(|c| c == ' ') && t[end..].chars().next().is_none_or(|c| !is_cjk(c))
        };
        let named = name.chars().count() >= 2 || (whole < start && !name.is_empty());
        if named && !CJK_NOT_NAMES.contains(&name) && !gazetteer::is_province_or_larger(name) && (jp || alone()) {
            let start = whole;
            let (os, oe) = w.original_range(start, end);
            out.push(Found { start: os, end: oe, rule: "detector:address", label: "address", confidence: Confidence::Possible });
        }
        k = end;
    }
}

#[cfg(test)]
mod tests {
    use crate::deid::entities::tests::{found, names};

    #[test]
    fn plain_residents_groups_house_numbers_after_so_and_streets_before_a_city() {
        assert_eq!(names("chi Trinh o to dan pho 10 nho em gui giay to"), ["Trinh", "to dan pho 10"]);
        assert_eq!(names("e que to 6, khu pho 7, ai biet khong?"), ["to 6", "khu pho 7"]);
        assert_eq!(names("em dang o so 192 Lach Tray, mai moi ve duoc"), ["so 192 Lach Tray"]);
        assert!(names("so 44 cau hoi").is_empty());
        assert_eq!(names("Địa chỉ gửi tiền về: 105 Bùi Trường Việt, TP Vinh."), ["105 Bùi Trường Việt"]);
        assert_eq!(names("Vui躲在彰化縣崙背里一個朋友的鐵皮屋。"), ["崙背里"]);
        assert_eq!(names("她住在新庄里一位同鄉的家裡。"), ["新庄里"]);
        // To and a number in English: no place.
        assert!(names("from 9 to 5, six days a week").is_empty());
        assert_eq!(names("em chuyển về ở cùng chị họ tại đội 6, Thái Bình."), ["đội 6"]);
        assert_eq!(names("lives at 9041 Leeward Place; the remittance came from there."), ["9041 Leeward Place"]);
        assert_eq!(names("gửi tiền qua một chị quen ở 志免町志免3-2-9, phí 3.000円."), ["志免町志免3-2-9"]);
    }

    #[test]
    fn one_written_locality_word_is_ascii() {
        // `locality_written` compares an ASCII word with this one entry only.
        let ascii: Vec<&str> = super::LOCALITIES_WRITTEN.iter().copied().filter(|w| w.is_ascii()).collect();
        assert_eq!(ascii, [super::LOCALITY_WRITTEN_ASCII]);
    }

    /// Where the original's words line up with the folded ones, their ranges are the ones the
    /// folded view's map gives: on the redaction corpus and the fixtures' strings.
    #[test]
    fn slashed_house_numbers_before_a_street_word() {
        assert_eq!(names("she has not told her family in 83/6 đường Trần Phú (Nghệ An)."), ["83/6 đường Trần Phú"]);
        assert_eq!(names("she is now at 201/27 đường Phan Bội Châu with her parents."), ["201/27 đường Phan Bội Châu"]);
        // A date, a ratio or a slashed number before an ordinary word: no address.
        assert!(names("Ngày 12/5 đường về quê bị ngập.").is_empty());
        assert!(names("tỷ lệ 3/4 đường dây bị hỏng").is_empty());
        assert!(names("on 12/5 she left").is_empty());
        // A house number and a street written with its marks after `in`; no year, no count.
        assert_eq!(names("she has not told her family in 150 Hai Bà Trưng (Nghệ An)."), ["150 Hai Bà Trưng"]);
        assert!(names("She arrived in 2019 Tết and in 3 weeks left.").is_empty());
    }

    #[test]
    fn vietnamese_house_numbers_khu_and_plain_communes() {
        // A house number before its lane, no `số`; lanes after lanes; no diacritics.
        assert_eq!(names("Chị ấy ở 12 ngõ 45 Kim Liên, gần chợ."), ["12 ngõ 45 Kim Liên"]);
        assert_eq!(names("gửi về 8 ngõ 3 ngách 17 Văn Cao nhé"), ["8 ngõ 3 ngách 17 Văn Cao"]);
        assert_eq!(names("dia chi: 31 hem 9 Le Loi, gan cho"), ["31 hem 9 Le Loi"]);
        // After `số` the lane's own rule takes `số` too.
        assert_eq!(names("nhà ở số 12 ngõ 45 Kim Liên"), ["số 12 ngõ 45 Kim Liên"]);
        // A house number and a street with marks after `ở`, `at`; not a year, not plain words.
        assert_eq!(names("Hồi đó em ở 42 Lạc Long, Huế."), ["42 Lạc Long"]);
        assert_eq!(names("She rents a room at 9 Đồng Khởi with two friends."), ["9 Đồng Khởi"]);
        assert!(names("from 2019 Hà Nội changed the rules").is_empty());
        assert!(names("Em ở 3 năm rồi").is_empty());
        assert_eq!(names("Nhà chị ấy ở số nhà 7 Hùng Vương nhé"), ["số nhà 7 Hùng Vương"]);
        assert_eq!(names("Địa chỉ: 15 Trần Hưng Đạo, Quận 5"), ["15 Trần Hưng Đạo"]);
        assert_eq!(names("nhà ở số 9 Võ Văn Kiệt Xã Tân Phú")[0], "số 9 Võ Văn Kiệt");
        assert_eq!(names("Her family lives in Phu Xuan commune."), ["Phu Xuan"]);
        assert!(names("Phòng số 3 ở tầng hai").is_empty());
        // `khu` with its number; `to` only after `o`/`tai`.
        assert_eq!(names("Bác ấy ở khu 7 là người quen."), ["khu 7"]);
        assert_eq!(names("chi o to 5 cho em muon tien"), ["to 5"]);
        assert!(names("from 1 to 5 people a room").is_empty());
        // A commune after plain `xa`, `thon` after `o`.
        assert_eq!(names("con gui ve o xa Dong Son nhe"), ["Dong Son"]);
        // A commune before its province, after `ở`; not a province, not before a country.
        assert_eq!(names("Quê em ở Mường Khoa 2, Lai Châu, xa lắm."), [("Mường Khoa 2")]);
        assert!(found("Anh ấy làm ở Mường Khoa, Nhật Bản, hai năm.").iter().all(|x| x.1 != "place"));
        assert!(names("Em ở Hà Nội, Việt Nam.").is_empty());
        // A hamlet named with a locality word's spelling.
        assert_eq!(names("She grew up in Xom Moi hamlet by the river."), ["Xom Moi"]);
    }

    #[test]
    fn romaji_addresses_of_two_numbers_and_places_after_near() {
        assert_eq!(names("Her room: 4-12 Kamiya-cho, Aichi."), ["4-12 Kamiya-cho"]);
        assert_eq!(names("The shelter near Higashiyama took her in."), ["Higashiyama"]);
        // Three numbers keep their older rule; a possessive, a province, a short word stay.
        assert_eq!(names("Her room: 1-4-12 Kamiya-cho."), ["1-4-12 Kamiya-cho"]);
        assert!(names("We met near Tanaka's shop.").is_empty());
        assert!(names("It is near Fukuoka.").is_empty());
        assert!(names("She lives near Sora.").is_empty());
        assert!(names("Meet 4-12 people later").is_empty());
    }

    #[test]
    fn japanese_towns_with_numerals_and_villages_before_a_count_or_their_district() {
        // Kanji numerals inside a town's name before 番地 or 丁目.
        assert_eq!(names("本人は二本松209番地に住んでいる。"), ["二本松209番地"]);
        assert_eq!(names("今治市八幡台2丁目5-1で働いた"), ["今治市八幡台2丁目5-1"]);
        // A town whose name holds a unit's character, and its block numbers: one address.
        assert_eq!(names("宿舎は北村町3丁目8番地にある"), ["北村町3丁目8番地"]);
        // A city before a town is no part of the town's name (`市` of `四日市市`).
        assert_eq!(names("四日市市五反田町の工場"), ["五反田町"]);
        // A Taiwanese village before a count of places, with its district before 鄰.
        assert_eq!(names("她在福安里一間工廠做事"), ["福安里"]);
        assert!(names("她在工厂里一间宿舍住").is_empty());
        assert_eq!(names("住在彰化縣田中鎮復興里5鄰"), ["田中鎮復興里5鄰"]);
    }

    #[test]
    fn places_and_addresses() {
        assert_eq!(names("nhà ở thôn Đông Lạc"), ["Đông Lạc"]);
        assert_eq!(names("xóm 3, xã hội"), ["xóm 3"]);
        assert_eq!(names("住所は美浜町3丁目5番地"), ["美浜町3丁目5番地"]);
        assert_eq!(names("住在中山路123巷4弄5號"), ["中山路123巷4弄5號"]);
        assert_eq!(names("lives at 45 Kings Road"), ["45 Kings Road"]);
        assert!(names("農村で育った").is_empty());
    }

    #[test]
    fn taiwanese_and_japanese_address_grammar() {
        assert_eq!(names("她住在光明里13鄰，離工廠不遠"), ["光明里13鄰"]);
        // Its parts touch: one address ([`join_touching_places`]).
        assert_eq!(names("住在中正區光明里3鄰和平東路二段5號之1的3樓"), ["中正區光明里3鄰和平東路二段5號之1"]);
        assert_eq!(names("住在和平路281弄10號5樓"), ["和平路281弄10號5樓"]);
        assert_eq!(names("她搬到自由路170巷11號以後"), ["自由路170巷11號"]);
        assert_eq!(names("搬到台北市信義路5號"), ["信義路5號"], "a province stays");
        assert_eq!(names("千葉県足立区松浦町19丁目1番3号"), ["足立区松浦町19丁目1番3号"]);
        assert_eq!(names("秋山さんは美山村に住んでいる"), ["秋山", "美山村"]);
        assert_eq!(names("困ったときは緑ケ丘町の人に相談した"), ["緑ケ丘町"]);
        assert_eq!(names("寮は美浜町1-2-3にある"), ["美浜町1-2-3"]);
        assert_eq!(names("美浜町で12人が働く"), ["美浜町"], "no block numbers");
        // `里` as "inside" and as a length; a mountain or farming village.
        assert_eq!(names("宿舍里3号床"), ["3号"], "no `鄰` after `里`: the address is the number");
        assert_eq!(names("她在工厂里工作了三年"), Vec::<String>::new(), "`里`: inside");
        assert_eq!(names("雇主家住在光明里，每天來"), ["光明里"]);
        assert_eq!(names("延续修筑了2000多年，总计长度达50000多公里"), Vec::<String>::new());
        assert_eq!(names("东胡却地千余里"), Vec::<String>::new());
        assert!(names("山村で育った").is_empty());
        assert!(names("農村で育った").is_empty());
    }

    #[test]
    fn japanese_towns_before_chome_and_banchi() {
        assert_eq!(names("寮は清田2丁目15番1号にあり"), ["清田2丁目15番1号"]);
        assert_eq!(names("hid her at 緑2丁目4-17."), ["緑2丁目4-17"]);
        assert_eq!(names("at 児島味野町756番地."), ["児島味野町756番地"]);
        assert_eq!(names("その2丁目の角"), ["2丁目"], "a particle ends the town");
    }

    #[test]
    fn street_addresses_in_english_romaji_and_vietnamese() {
        assert_eq!(names("lived at No. 126, Lane 63, Sec. 2, Zhongshan Rd., Yongkang Dist."), ["No. 126, Lane 63, Sec. 2, Zhongshan Rd."]);
        assert_eq!(names("was at 5-6-1 Akamatsu, a shack"), ["5-6-1 Akamatsu"]);
        assert_eq!(names("nhà ở số 111 ngõ 286 Lạch Tray."), ["số 111 ngõ 286 Lạch Tray"]);
        assert!(names("No. 5 was the best. The score was 3-1-0 Final.").is_empty());
        assert_eq!(names("ở ngõ 5 thì"), ["ngõ 5"], "a lane alone is its word and number");
        assert_eq!(names("nhà ở Số 1/38/144 Ngõ 54 Phố 25 xã"), ["Số 1/38/144 Ngõ 54 Phố 25"], "a street word ends the lane's street");
    }

    #[test]
    fn vietnamese_localities_named_with_ordinary_words() {
        assert_eq!(names("Nhà chú ở ấp Phú An, cách nhà em chừng hai cây số."), ["Phú An"]);
        assert_eq!(names("Nhà bác ở xóm An An, cách xa."), ["An An"]);
        assert_eq!(names("Em ở thôn số 5, xã Tân An"), ["thôn số 5", "Tân An"]);
        assert_eq!(names("thôn so 5 người"), Vec::<String>::new(), "`so` without its diacritics is no `số`");
        // In lower case, ordinary words; without a locality word, an article.
        assert_eq!(names("ở xóm an toàn"), Vec::<String>::new());
        assert_eq!(names("She lived in An old house"), Vec::<String>::new());
    }

    /// Places the sixth corpus showed as classes: a town with its suffix, Chinese particles inside
    /// names, romaji towns with their unit, Taiwanese addresses in English, Vietnamese lanes and
    /// house numbers.
    #[test]
    fn towns_with_their_suffix_and_addresses_written_many_ways() {
        assert_eq!(names("Chị ấy trốn sang 松川村, ở nhờ nhà bạn."), ["松川村"]);
        assert_eq!(names("寮は大和川町にあった。"), ["大和川町"], "`和` inside a name");
        assert_eq!(names("She stayed at 中和里 for a week."), ["中和里"]);
        assert!(names("市町村の窓口で聞いた。町内会の人も村人も親切だった。").is_empty());
        assert_eq!(names("Địa chỉ: 1-14-7 Takada-machi, gần ga."), ["1-14-7 Takada-machi"]);
        assert_eq!(names("She lived at No.7, Aly. 5, Ln. 12, Heping Rd., then moved."), ["No.7, Aly. 5, Ln. 12, Heping Rd."]);
        assert_eq!(names("Em ở tổ 4, khu phố 2 từ năm ngoái."), ["tổ 4", "khu phố 2"]);
        assert_eq!(names("Nhà chị ở kiệt 18 đường Hùng Vương."), ["kiệt 18 đường Hùng Vương"]);
        assert_eq!(names("Em thuê phòng ở ngõ 42/7 Kim Mã."), ["ngõ 42/7 Kim Mã"]);
        assert_eq!(names("Quê em: số nhà 8 ngõ 12 Lê Duẩn."), ["số nhà 8 ngõ 12 Lê Duẩn"]);
        assert_eq!(names("Nhà ở số 12/3/45 Bạch Đằng, gần chợ."), ["số 12/3/45 Bạch Đằng"]);
        assert_eq!(names("Chú ấy ở ngõ 9 Lý Thường Kiệt."), ["ngõ 9 Lý Thường Kiệt"], "`Kiệt` is a name's");
        assert_eq!(names("dorm at 若葉町3番地2 / tel"), ["若葉町3番地2"]);
        assert_eq!(names("Em làm ở 本町4丁目2-1 ba tháng."), ["本町4丁目2-1"], "a town of one character alone");
        assert_eq!(names("寮は北区赤羽2-3-4にある。"), ["赤羽2-3-4"], "a town with no suffix after its ward");
        assert_eq!(names("Em ở Takada-machi 1-14-7, gần ga."), ["Takada-machi 1-14-7"]);
        assert_eq!(names("She lived at No. 12, Zhongshan Rd., Sec. 2, Taichung."), ["No. 12, Zhongshan Rd., Sec. 2"]);
        assert!(names("市川さんは区役所に行った。").iter().all(|n| n == "市川"));
        // Dates and slogans written with `/`.
        assert!(names("Ngày 12/5 Minh đến đón em.").is_empty());
        assert!(names("We worked 24/7 Support Team shifts.").is_empty());
    }

    /// Ninth round (issue 18): a village after `chợ`, a Japanese town of one character before
    /// `町` with no number; the words alike left.
    #[test]
    fn villages_after_a_market_and_towns_of_one_character() {
        assert_eq!(names("Chị thuê nhà ở gần chợ Bãi Sậy."), ["Bãi Sậy"]);
        assert_eq!(names("通町の縫製工場から逃げてきた。"), ["通町"]);
        assert_eq!(names("浜町のアパートに六人で住んでいる。"), ["浜町"]);
        assert_eq!(names("実習先は原川電子株式会社（和知町3丁目5番地）で、"), ["原川電子", "和知町3丁目5番地"]);
        assert_eq!(names("Lý Quyênさんは買田48-11のアパートから来た。")[1], "買田48-11");
        assert_eq!(names("寮は河内郡上三川町上三川52-29にあり、"), ["上三川町上三川52-29"]);
        assert_eq!(names("東的場町6-11-5のアパートに五人いる。"), ["東的場町6-11-5"]);
        // A phone, a date, a count: no lot number.
        assert!(names("電話090-1234-5678に電話した。2024-05-01に来た。第3-2回。").is_empty());
        // `cho` (for), a market's kind or day, a province; `下町`, `隣町`, a town inside a word.
        assert!(names("Em gửi tiền cho Bãi Sậy.").is_empty());
        assert!(names("Đi chợ Tết với mẹ. Hôm nay đi chợ Đêm.").is_empty());
        assert!(names("gần chợ Hà Nội").is_empty());
        assert!(names("下町の風景が好きだ。隣町に住んでいる。").is_empty());
    }

    #[test]
    fn towns_with_particle_characters_and_lot_numbers_among_latin_words() {
        assert_eq!(names("寮は和田4丁目1-3にあり、駅から遠い。"), ["和田4丁目1-3"]);
        assert_eq!(names("The dormitory is at 堀込3-24-8, a walk from the plant."), ["堀込3-24-8"]);
        assert_eq!(names("Nhóm ở chung một căn hộ tại 国納1-38-17; tiền nhà trừ vào lương."), ["国納1-38-17"]);
        // Two groups among Latin words, or numbers in a Chinese sentence, stay.
        assert!(names("Shift 平日 9-17 every week.").is_empty());
        assert!(names("比分是中国3-1-0领先。").is_empty());
    }

    #[test]
    fn plain_hamlets() {
        assert_eq!(names("nha e o ap My Quang, gan cho"), ["My Quang"]);
        assert!(names("AP Photo reported it").is_empty());
    }

    #[test]
    fn chinese_towns() {
        assert_eq!(names("她以前在石龙镇的工厂打工。"), ["石龙镇"]);
        assert!(names("她住在一个小镇，每个镇都有市场。").is_empty());
        assert!(names("他们在微信群里找工作。").is_empty());
        assert_eq!(names("他躲在新營區韓樓里的一間鐵皮屋。"), ["韓樓里"]);
    }

    #[test]
    fn house_numbers_and_streets_before_a_locality_or_a_province() {
        assert_eq!(names("Case 41: last address in Vietnam 267 Xuân Lam, Hải Dương."), ["267 Xuân Lam"]);
        assert_eq!(names("Địa chỉ trong hợp đồng: 200 Sơn Nguyên, phường Khe Tre."), ["200 Sơn Nguyên", "Khe Tre"]);
        // A count before capitalised words and a province, or no comma: no address.
        assert!(names("She paid 300 Dollars, Hà Nội office.").is_empty());
    }
}
