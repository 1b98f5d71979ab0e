//! Organisations: a company's name by its legal form or its trade (`Kimura Sewing Co., Ltd.`,
//! `Công ty TNHH Minh Phát`, `岡本縫製株式会社`, `Bluewater Staffing`), unions, and the
//! public bodies and acronyms that are no detection.

use super::*;

/// Legal forms after a name (folded words).
pub(super) const LEGAL_AFTERS: &[&str] = &["ltd", "inc", "corp", "llc", "jsc", "limited", "corporation", "gmbh", "plc"];

/// Legal forms after a name; the ones before a name too.
pub(super) const CJK_LEGAL: &[&str] = &[
    "株式会社",
    "有限会社",
    "合同会社",
    "(株)",
    "(有)",
    "股份有限公司",
    "有限公司",
    "企業社",
    "企业社",
    "工廠",
    "工厂",
    "製作所",
    "協同組合",
    "协同组合",
    // Twelfth round: a medical corporation before its name (`医療法人藤村会`).
    "医療法人",
];

/// Adverbs and negations of a Chinese clause (`都`, `也`, `就`, `還`, `沒`, `很`): never in a
/// factory's name ([`clause_char`]), nor at the start of a company's name after a legal form
/// ([`zh_particle_after_legal`]).
const CLAUSE_ADVERBS: &[char] = &['沒', '没', '也', '都', '很', '就', '還', '还'];

/// More characters of a clause (`不一定`, `自己`, `要`, `會`, `能`, `可`, `想`, `只記得`): never in a
/// factory's name before `工廠`, but they may open a company's name after a legal form (`不二`,
/// `可口`, `自然`), where [`zh_particle_after_legal`] leaves them.
const CLAUSE_VERBS: &[char] = &['不', '要', '會', '会', '自', '己', '能', '可', '想', '只'];

/// Chinese particles and verbs that follow a noun (`的`, `是`, `了`, `說`) and open no company's
/// name: after a legal form they say that none follows.
const ZH_PARTICLES: &[char] = &['的', '是', '了', '说', '說'];

/// Whether `c` is a character of a clause's adverbs, negations and verbs (`不一定`, `自己`,
/// `都`), never of a factory's name: [`CLAUSE_ADVERBS`] and [`CLAUSE_VERBS`].
pub(super) fn clause_char(c: char) -> bool {
    CLAUSE_ADVERBS.contains(&c) || CLAUSE_VERBS.contains(&c)
}

pub(super) const CJK_LEGAL_BEFORE: &[&str] = &["株式会社", "有限会社", "合同会社", "(株)", "(有)", "医療法人"];

/// Whether `c`, right after a Japanese legal form written in a Chinese sentence, says that no
/// company's name follows (`这家合同会社的老板`): a particle ([`ZH_PARTICLES`]) or an adverb of
/// the clause ([`CLAUSE_ADVERBS`]). The clause's other characters ([`CLAUSE_VERBS`]) and `和`
/// can open a name (`不二`, `和光`).
pub(super) fn zh_particle_after_legal(c: char) -> bool {
    ZH_PARTICLES.contains(&c) || CLAUSE_ADVERBS.contains(&c)
}

/// Folded words of a Vietnamese company's trade, written before its name (`Công ty CP Xuất
/// khẩu lao động An Khang`, `Thương mại và Dịch vụ Phúc Lộc`, `Cung ứng nhân lực`).
pub(super) const VI_TRADES: &[&str] = &[
    "xuat", "khau", "nhap", "lao", "dong", "thuong", "mai", "va", "dich", "vu", "cung", "ung", "nhan", "luc", "dau", "tu", "xay", "dung",
    "san", "ky", "thuat", "cong", "nghe", "phat", "trien", "van", "tai", "du", "lich", "dao", "tao", "thuc", "pham", "may", "mac", "hop",
    "tac", "quoc", "te", "dien", "nong", "nghiep", "thuy", "hai", "giao", "duc", "tai", "chinh", "bat", "san", "vat", "lieu", "khi",
    "kinh", "doanh", "tong", "viec", "lam", "moi", "gioi",
];

/// From word `from`, walking `step` (1 forwards, -1 backwards) over a company's trade words (any
/// case) and capitalised words (up to ten), the last capitalised word: the far end of the name,
/// when a trade word was crossed and the name holds a capitalised word that is no trade word.
pub(super) fn trade_and_name(
    from: usize,
    step: isize,
    industry: &impl Fn(usize) -> bool,
    cap: &impl Fn(usize) -> bool,
    joined: &impl Fn(usize) -> bool,
) -> Option<usize> {
    let (mut k, mut last, mut trade, mut proper) = (from, None, false, false);
    for _ in 0..10 {
        let is_trade = industry(k);
        if !is_trade && !cap(k) {
            break;
        }
        trade |= is_trade;
        proper |= !is_trade && cap(k);
        if cap(k) {
            last = Some(k);
        }
        let Some(next) = k.checked_add_signed(step) else { break };
        // Words joined to the next one (walking back: the previous one joined to this one).
        if !joined(if step > 0 { k } else { next }) {
            break;
        }
        k = next;
    }
    // Walking back the name starts with a capitalised word (`Cung ứng …`); forwards it ends with one.
    last.filter(|_| trade && proper)
}

/// A word that may be part of an organisation's name: capitalised, or digits.
pub(super) fn org_word(i: usize, namey: &impl Fn(usize) -> bool, digits: &impl Fn(usize) -> bool) -> bool {
    namey(i) || digits(i)
}

/// English words of a trade that end a company's name without a legal form (`Bluewater
/// Staffing`, `Sakura Cooperative`, `O Mon Manpower`), folded.
pub(super) const EN_TRADES: &[&str] = &[
    "staffing",
    "manpower",
    "recruitment",
    "cooperative",
    "seafood",
    "seafoods",
    "foods",
    "textiles",
    "garments",
    "garment",
    "electronics",
    "logistics",
    "trading",
    "sewing",
    "apparel",
    "fisheries",
    "industries",
    "manufacturing",
    "holdings",
    "plastics",
    "farms",
];

/// Folded lower-case words of a workshop's trade between `xưởng`/`nhà máy` and its name (`may`,
/// garments; `gỗ`, wood; `cơ khí`, machinery).
pub(super) const VI_WORKSHOP_TRADES: &[&str] = &[
    "may", "mac", "go", "det", "nhua", "in", "co", "khi", "banh", "keo", "giay", "da", "thep", "thuc", "pham", "che", "bien", "dong",
    "tau", "san", "xuat", "dien", "tu", "gach", "gom", "su", "thuy", "hai", "san", "ca", "moc", "noi", "that", "nhom", "kinh", "son",
    "giat", "ui",
];

/// Folded Vietnamese names of countries after `nhà máy`, `xưởng` (`nhà máy Nhật`, a Japanese
/// factory), which name no company.
pub(super) const NATIONALITIES: &[&str] = &["nhat", "han", "dai", "trung", "my", "thai", "viet", "duc", "phap", "anh", "uc", "nga", "hoa"];

/// Whether a detection is a public body's name or an acronym after a verb of contact, which the
/// name and organisation rules must not take (`gọi Cục Quản lý lao động ngoài nước`, `called
/// IOM`, `gọi OTIT`): a listed public body ([`public_bodies`]) starts it, or it is one word of
/// two to five capitals after a verb (an organisation's acronym, no person's name).
pub(super) fn public_or_acronym(text: &str, d: &Found) -> bool {
    if !matches!(d.label, "name" | "organisation") {
        return false;
    }
    let span = &text[d.start..d.end];
    let acronym = (2..=5).contains(&span.len()) && span.bytes().all(|b| b.is_ascii_uppercase());
    (d.rule == "detector:name_verb" && acronym) || public_bodies::starts_with_public_body(&text[d.start..])
}

/// Trade words after a company's name that has no legal form (`福源機械`, `鑫隆五金`, `坂本縫製`,
/// `宏泰仲介`), in Japanese and in traditional and simplified Chinese.
pub(super) const CJK_TRADES: &[&str] = &[
    "建設",
    "建设",
    "營造",
    "营造",
    "工務店",
    "機械",
    "机械",
    "精機",
    "精工",
    "五金",
    "縫製",
    "缝制",
    "紡織",
    "纺织",
    "水産",
    "水產",
    "水产",
    "食品",
    "工業",
    "工业",
    "産業",
    "產業",
    "产业",
    "興業",
    "兴业",
    "電子",
    "电子",
    "電機",
    "电机",
    "電装",
    "電工",
    "塑膠",
    "塑胶",
    "鋳造",
    "鑄造",
    "铸造",
    "鉄工",
    "鐵工",
    "铁工",
    "金属",
    "金屬",
    "製造",
    "物流",
    "運輸",
    "运输",
    "商事",
    "仲介",
    "人力",
    "農園",
    "农园",
    "化工",
    "科技",
    "實業",
    "实业",
    "実業",
    "企業",
    "企业",
    "精密",
    "光電",
    "光电",
    "繊維",
    "纖維",
    "纤维",
    "紡績",
    "商店",
    "商会",
    "商會",
    "運送",
    "重工",
    "鋼鐵",
    "钢铁",
    "農場",
    "农场",
    "牧場",
    "フーズ",
    "ファーム",
    "制衣",
    "製衣",
    // Thirteenth round: garments (`博尘服装`).
    "服装",
    "服裝",
    // Ninth round: shops and remittance counters of migrant workers, hospitals and clinics.
    "小吃",
    "匯款",
    "汇款",
    "匯兌",
    "汇兑",
    "病院",
    "医院",
    "醫院",
    "診所",
    "诊所",
    "クリニック",
    // Eleventh round: staffing and labour-export agencies (`サクラスタッフ`, `順發人材`, `鴻興劳务`).
    "スタッフ",
    "人材",
    "人才",
    "勞務",
    "劳务",
];

/// Whether `name` is trade words only ([`CJK_TRADES`]: `人力仲介`, `電子`): a kind of company,
/// no company's name.
pub(super) fn trade_words_only(name: &str) -> bool {
    let mut rest = name;
    while let Some(w) = CJK_TRADES.iter().find(|w| rest.starts_with(**w)) {
        rest = &rest[w.len()..];
    }
    rest.is_empty() && !name.is_empty()
}

/// What may follow the trade word that ends a company's name, besides a particle or punctuation:
/// a factory, a shop, a legal form, or in Chinese a verb of working there (`在宏泰仲介工作`).
const TRADE_AFTER: &[&str] = &[
    "工場",
    "工廠",
    "工厂",
    "廠",
    "厂",
    "公司",
    "行",
    "株式会社",
    "有限会社",
    "股份",
    "有限公司",
    "協同組合",
    "企業社",
    "企业社",
    // Tuned in session 13: a company's group (`「アイテック工業グループ」`).
    "グループ",
    "工作",
    "做",
    "上班",
    // Ninth round: verbs of sending money and of working there (`在順利匯款寄錢`, `で働`).
    "寄錢",
    "寄钱",
    "匯錢",
    "汇钱",
    "打工",
];

/// Characters trade names are made of (字號): the auspicious characters of the traditional rhyme
/// of shop names (`順裕興隆瑞永昌，…萬…豐祥，泰和茂盛…德，謙吉…仁…鼎…，聚益…義，…恆壽…發…`) with
/// their simplified and Japanese forms, and the commonest others (`金`, `鑫`, `鴻`, `宏`, `佳`,
/// `嘉`, `福`, `富`, `旭`, `栄`, `華`, `億`). Those that are also common in ordinary compounds
/// (`元`, `利`, `通`, `信`, `光`, `同`, `中`, `公`, `長`, `成`) are left out.
const TRADE_NAME_CHARS: &[char] = &[
    '順', '顺', '裕', '興', '兴', '隆', '瑞', '永', '昌', '亨', '萬', '万', '豐', '丰', '豊', '祥', '泰', '和', '茂', '盛', '德', '徳',
    '謙', '谦', '吉', '仁', '鼎', '聚', '益', '義', '义', '恆', '恒', '壽', '寿', '發', '发', '金', '鑫', '鴻', '鸿', '宏', '佳', '嘉',
    '福', '富', '旭', '栄', '榮', '荣', '華', '华', '億', '亿',
];

/// Chinese particles that are also characters inside names (`中和里`, `大和川`, `日向`).
pub(super) const INNER_PARTICLES: &[char] = &['和', '向', '我'];

/// A company's name before the trade word at `t[s..e]`, with no legal form (`福源機械`, `吉祥食品`,
/// `サクラ精機`, `Em làm ở ひまわり縫製`): the name and its trade words, when the name is
/// one to four characters opening a clause and the trades end a word (a particle, punctuation,
/// a factory or legal form, or in Chinese a verb follows). The name must stand alone among Latin
/// words, hold katakana or a trade name's character (`順`, `興`, `佳`): ordinary compounds
/// (`大型機械を`, `建設業`, `建設現場`) are left, and so are provinces and countries (`日本食品`).
pub(super) fn trade_name(t: &str, s: usize, e: usize, jp: bool) -> Option<(usize, usize, Confidence)> {
    // A second trade word (`永昌建設電子`): the first one took it.
    if CJK_TRADES.iter().any(|w| t[..s].ends_with(w)) {
        return None;
    }
    let mut end = e;
    while let Some(w) = CJK_TRADES.iter().find(|w| t[end..].starts_with(**w)) {
        end += w.len();
    }
    let after = TRADE_AFTER.iter().find(|w| t[end..].starts_with(**w)).map_or(end, |w| end + w.len());
    let ends = |k: usize| {
        t[k..].chars().next().is_none_or(|c| !(is_han(c) || is_katakana(c)) || CJK_STOPS.contains(&c) || ZH_CLAUSE_AFTER.contains(&c))
    };
    // Thirteenth round: `一直` (all along) after the trade ends it too ([`framed`]).
    if !ends(end) && after == end && !t[end..].starts_with("一直") {
        return None;
    }
    // Up to four kanji, or eight characters with katakana (`サクラ精機`).
    let mut start = name_run_back(t, s, 8, jp, is_katakana);
    if !t[start..s].chars().any(is_katakana) {
        start = name_run_back(t, s, 4, jp, |_| false);
    }
    // Thirteenth round: a legal form after the trade (`ひまわり水産株式会社`).
    let legal = CJK_LEGAL.iter().any(|w| t[end..].starts_with(w));
    let mut hiragana = false;
    if start == s {
        // A name in hiragana only, standing alone (`Em làm ở ひまわり縫製`); thirteenth round: or
        // three to five of them before a legal form, at the text's start or after a particle
        // (`監理団体のひまわり繊維株式会社に`).
        start = run_back(t, s, 4, is_hiragana);
        if t[..start].chars().next_back().is_some_and(is_cjk) {
            start = run_back(t, s, 5, |c| is_hiragana(c) && !JA_PARTICLES_BEFORE_A_NAME.contains(&c));
            let after_particle = t[..start].ends_with(JA_PARTICLES_BEFORE_A_NAME);
            if !legal || !after_particle {
                return None;
            }
        }
        hiragana =
            legal && t[start..s].chars().count() >= 3 && !["この", "その", "あの", "どの"].iter().any(|w| t[start..s].starts_with(w));
    }
    // Never across a legal form, another trade or a shop (`株式会社大和農園`: the name is `大和`;
    // `食品行和五金行` names none), nor from a particle.
    let word_end = |k: usize| CJK_LEGAL.iter().chain(CJK_TRADES).chain(TRADE_AFTER).any(|w| t[..k].ends_with(w));
    if let Some(k) = t[start..s].char_indices().map(|(k, c)| start + k + c.len_utf8()).rfind(|&k| word_end(k)) {
        start = k;
    }
    start += t[start..s].chars().take_while(|c| CJK_STOPS.contains(c)).map(char::len_utf8).sum::<usize>();
    // Thirteenth round: nor from a verb of saying (`同事说博尘服装`: the name is `博尘`).
    if let Some(k) = t[start..s].rfind(['说', '說']) {
        start += k + '说'.len_utf8();
    }
    let name = &t[start..s];
    if name.is_empty() || name.chars().all(is_number_char) || CJK_NOT_NAMES.contains(&name) || gazetteer::is_province_or_larger(name) {
        return None;
    }
    // Among Latin words: a space or a Latin letter before, and no CJK word goes on after.
    let alone = t[..start].chars().next_back().is_some_and(|c| c.is_ascii() || c.is_whitespace()) && ends(after);
    let shaped = name.chars().any(|c| is_katakana(c) || TRADE_NAME_CHARS.contains(&c));
    // Twelfth round: a factory's word after the trade is the name's too (`三貂紡織廠`).
    let end = ["工廠", "工厂", "工場", "廠", "厂"].iter().find(|w| t[end..].starts_with(**w)).map_or(end, |w| end + w.len());
    (alone || shaped || hiragana || framed(t, start, end, after, name) || hospital_by_its_name(t, s, e, name, jp)).then_some((
        start,
        end,
        if alone { Confidence::High } else { Confidence::Possible },
    ))
}

/// Whether a trade's name from `start` to its trade words' `end` (`after`: past a verb or a
/// factory that follows) stands where only a business's name stands (ninth round): between
/// Chinese `在` and a verb of working or sending money (`在阿芳越南小吃寄錢`, `在宏泰仲介工作`),
/// before Japanese `で働` (`坂本縫製で働いた`), or before `の` and a job title (`竹上電子の東浜部長`).
/// Two characters of name or more, not all hiragana (`この病院`), no conjunction (`工地或農場`).
fn framed(t: &str, start: usize, end: usize, after: usize, name: &str) -> bool {
    // Two places or trades joined by `或`, `與` (`在工地或農場工作`) name no business.
    if name.chars().count() < 2 || name.chars().all(is_hiragana) || name.contains(['或', '与', '與', '及', '跟', '和']) {
        return false;
    }
    let verb = after > end && !TRADE_FACTORY.iter().chain(CJK_LEGAL).any(|w| t[end..after] == **w);
    let located = (t[..start].ends_with('在') && verb) || t[end..].starts_with("で働");
    // Thirteenth round: two characters after `的` or a village's or town's unit, before the trade,
    // a factory and a verb of working (`附近的光庄电子厂做工`, `金角村附近的胜西五金厂做工`); or
    // after a verb of saying or being, before `一直` (`同事说博尘服装一直招越南人`).
    let factory = TRADE_FACTORY[..4].iter().any(|w| t[..end].ends_with(w))
        && ["做工", "打工", "工作", "上班"].iter().any(|w| t[end..].starts_with(w))
        && t[..start].ends_with(['的', '村', '镇', '鎮', '区', '區']);
    let subject = t[..start].ends_with(['说', '說', '是']) && t[end..].starts_with("一直");
    let located = located || (name.chars().count() == 2 && (factory || subject));
    // A job title in the next few characters of kanji (`の東浜部長は`).
    let titled = t[end..].strip_prefix('の').is_some_and(|rest| {
        let k = rest.char_indices().take(7).find(|&(_, c)| !is_han(c)).map(|(k, _)| k);
        k.is_some_and(|k| JA_JOB_TITLES.iter().chain(["社長", "専務", "常務"].iter()).any(|x| rest[..k].ends_with(x)))
    });
    located || titled
}

/// Words of a hospital's kind before `病院` or `医院`, no hospital's own name (`大学病院`, a
/// university hospital; `総合病院`, a general one; `市民病院`).
const HOSPITAL_KINDS: &[&str] = &[
    "大学",
    "総合",
    "市民",
    "市立",
    "県立",
    "府立",
    "都立",
    "国立",
    "公立",
    "私立",
    "中央",
    "記念",
    "救急",
    "精神",
    "労災",
    "赤十字",
    "日赤",
    "地元",
    "近所",
    "近く",
    "大きな",
    "小さな",
    "同じ",
    "別の",
    "動物",
    "専門",
    "民間",
    "大型",
    "小児",
];

/// Whether a Japanese hospital's name of two or three kanji stands before `病院`, `医院` or
/// `クリニック` at `t[s..e]` (`谷井病院に`): in Japanese text (kana), no kind of hospital
/// ([`HOSPITAL_KINDS`]) nor a specialty ([`MEDICAL_SPECIALTIES`]: `歯科病院`).
fn hospital_by_its_name(t: &str, s: usize, e: usize, name: &str, jp: bool) -> bool {
    let len = name.chars().count();
    jp && matches!(&t[s..e], "病院" | "医院" | "クリニック")
        && (2..=3).contains(&len)
        && name.chars().all(is_han)
        && !HOSPITAL_KINDS.iter().chain(MEDICAL_SPECIALTIES).any(|k| name.ends_with(k))
}

/// English trade words that end a company's name (`Sasaki Construction`, `Mizuno Metal Works`,
/// `Takagi Precision`), beside [`EN_TRADES`] and with its flag.
pub(super) const EN_TRADES_MORE: &[&str] = &[
    "construction",
    "precision",
    "products",
    "works",
    "metalworks",
    "engineering",
    "machinery",
    "company",
    "agency",
    "factory",
    "farm",
    "fishery",
    "shipbuilding",
    "packaging",
    "fishing",
    "restaurant",
    "hotel",
    "bakery",
    // Ninth round: trades of care, remittance, parts, textiles, travel and placement.
    "care",
    "home",
    "remit",
    "remittance",
    "parts",
    "textile",
    "knit",
    "knitwear",
    "tour",
    "tours",
    "travel",
    "placement",
    // Twelfth round: a private clinic (`Kagotani Clinic`, `Mendoza Family Clinic`).
    "clinic",
];

/// A company named in Chinese or Japanese characters after Vietnamese `công ty` (`công ty
/// 栗原塗装`).
pub(super) fn company_in_characters_after_cong_ty(v: &Words, i: usize) -> Option<Found> {
    let ok = v.is(i, &["công", "cong"]) && v.is(i + 1, &["ty"]) && v.spaced(i) && v.spaced(i + 1) && v.han(i + 2);
    let chars = if ok { v.written(i + 2).chars().count() } else { 0 };
    (2..=10).contains(&chars).then(|| v.found(i + 2, i + 2, "detector:organisation", "organisation", Confidence::High))
}

/// A company named after a province below a country, with a trade word (`Chiba Industries`,
/// `Fukushima Marine Products`): the province's name stays alone, not inside a company's.
pub(super) fn company_named_after_a_province(v: &Words, i: usize) -> Option<Found> {
    if !v.namey(i) || v.marked(i) || (i > 0 && v.word(i - 1) == "the") || !trade_word_after(v, i) {
        return None;
    }
    let province = |a: usize, b: usize| {
        let name = &v.text[v.range(a).0..v.range(b).1];
        gazetteer::is_province_or_larger(name) && gazetteer::country_of(name).is_some()
    };
    let p = (i..i + 2).rev().find(|&k| k < v.n && (k == i || v.joined(i) && v.namey(k)) && province(i, k))?;
    let mut k = p;
    // One more word of the name before the trade (`Marine`).
    if v.joined(k) && v.namey(k + 1) && v.fl(k + 1) & EN_TRADE == 0 {
        k += 1;
    }
    if !(v.joined(k) && v.cap(k + 1) && v.fl(k + 1) & EN_TRADE != 0) {
        return None;
    }
    Some(v.found(i, k + 1, "detector:organisation", "organisation", Confidence::High))
}

/// Whether one of the three words after word `i` is a capitalised trade word (`Industries`,
/// `Manpower`): what both company rules of the seventh round need before they look up a
/// province's name (a fold and a hash per capitalised word otherwise).
fn trade_word_after(v: &Words, i: usize) -> bool {
    (i + 1..=i + 3).any(|k| k < v.n && v.cap(k) && v.fl(k) & EN_TRADE != 0)
}

/// Thirteenth round: the issuer of a receipt or paper between `do` (by) and `cấp` (issued: `Biên
/// nhận do Hàm Rồng cấp`, `do Win Win cấp`): one to three capitalised words, no public body,
/// place or platform. Possible.
pub(super) fn issuer_before_cap(e: &Entities, v: &Words, i: usize) -> Option<Found> {
    if i == 0 || !v.spaced(i - 1) || !v.is(i - 1, &["do"]) {
        return None;
    }
    let word = |k: usize| k < v.n && v.cap(k) && v.letters(k) && v.fl(k) & (PLATFORM | BODY | LEGAL_BEFORE | LOCALITY) == 0;
    if !word(i) {
        return None;
    }
    let mut k = i;
    while k < i + 2 && v.spaced(k) && word(k + 1) {
        k += 1;
    }
    let (s, t) = (v.range(i).0, v.range(k).1);
    let issued = k + 1 < v.n && v.spaced(k) && v.is(k + 1, &["cấp"]);
    (issued && !e.place_like(v.ft, v.toks[i].0, v.toks[k].1, &v.text[s..t]))
        .then(|| v.found(i, k, "detector:organisation", "organisation", Confidence::Possible))
}

/// Japanese particles before a company's name in hiragana (`監理団体のひまわり繊維株式会社`).
const JA_PARTICLES_BEFORE_A_NAME: &[char] = &['の', 'は', 'が', 'を', 'に', 'で', 'と', 'も'];

/// What may follow a company's trade words in Chinese before the clause goes on: a factory,
/// `公司` (`凯文食品厂`).
const TRADE_FACTORY: &[&str] = &["工廠", "工厂", "廠", "厂", "公司"];

/// English labels of a form before an employer's name and a colon (`last employer: Hahn Farms`).
pub(super) const EN_EMPLOYER_LABELS: &[&str] = &["employer", "company", "factory", "workplace", "agency", "broker", "recruiter"];

/// Medical specialties between a clinic's own name and its word (`田島整形外科クリニック`,
/// `許婦產科診所`), in Japanese and Chinese.
const MEDICAL_SPECIALTIES: &[&str] = &[
    "整形外科",
    "形成外科",
    "外科",
    "内科",
    "內科",
    "皮膚科",
    "皮肤科",
    "眼科",
    "歯科",
    "牙科",
    "小児科",
    "小兒科",
    "小儿科",
    "産婦人科",
    "婦人科",
    "婦產科",
    "妇产科",
    "婦産科",
    "耳鼻科",
    "耳鼻咽喉科",
    "耳鼻喉科",
    "泌尿器科",
    "泌尿科",
    "骨科",
    "中醫",
    "中医",
];

/// The words of a clinic or a private hospital after its specialty.
const CLINIC_WORDS: &[&str] = &["クリニック", "医院", "醫院", "診所", "诊所", "診療所", "病院"];

impl Entities {
    /// Twelfth round: a clinic by its own name, its specialty and its word, the word at `t[s..e]`
    /// (`田島整形外科クリニック`, `許婦產科診所`): one to three kanji of a name after no kanji or a
    /// stop, a listed surname when it is one character or in Chinese text, no kind of hospital
    /// (`大学`), no province. The whole, from the name to the word.
    pub(super) fn clinic_with_its_specialty(&self, t: &str, s: usize, e: usize, jp: bool) -> Option<(usize, usize)> {
        if !CLINIC_WORDS.contains(&&t[s..e]) {
            return None;
        }
        let mut k = s;
        while let Some(w) = MEDICAL_SPECIALTIES.iter().find(|w| t[..k].ends_with(**w)) {
            k -= w.len();
        }
        if k == s {
            return None;
        }
        let start = run_back(t, k, 3, |c| is_han(c) && !CJK_STOPS.contains(&c) && !clause_char(c));
        let name = &t[start..k];
        let count = name.chars().count();
        let first = &t[start..start + name.chars().next()?.len_utf8()];
        let surname = self.family_han.contains(first) || self.family_han.contains(name);
        let fits = count >= 1
            && (surname || (jp && count >= 2))
            && !HOSPITAL_KINDS.iter().any(|h| name.ends_with(h))
            && !CJK_NOT_NAMES.contains(&name)
            && !gazetteer::is_province_or_larger(name);
        fits.then_some((start, e))
    }

    /// A company's name before its trade words at `t[s..e]` that [`trade_name`] leaves: a
    /// listed family name after a boundary (`櫻井縫製の`, `島田精工から`), or two characters after
    /// a city or ward (`昆明市凯文食品厂`); the trade words end the clause or come before a
    /// factory. Never a province or a country. Possible.
    pub(super) fn trade_after_family_or_city(&self, t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
        if CJK_TRADES.iter().any(|w| t[..s].ends_with(w)) {
            return None;
        }
        let mut end = e;
        while let Some(w) = CJK_TRADES.iter().find(|w| t[end..].starts_with(**w)) {
            end += w.len();
        }
        let after = TRADE_FACTORY.iter().chain(TRADE_AFTER).find(|w| t[end..].starts_with(**w)).map_or(end, |w| end + w.len());
        let ends = t[after..]
            .chars()
            .next()
            .is_none_or(|c| !(is_han(c) || is_katakana(c)) || CJK_STOPS.contains(&c) || ZH_CLAUSE_AFTER.contains(&c));
        if !ends {
            return None;
        }
        let name_char = |c: char| is_han(c) && !CJK_STOPS.contains(&c);
        for len in [2, 3] {
            let start = t[..s].char_indices().rev().nth(len - 1).map(|(k, _)| k)?;
            let name = &t[start..s];
            let numerals = name.chars().all(is_number_char);
            if !name.chars().all(name_char) || numerals || gazetteer::is_province_or_larger(name) || CJK_NOT_NAMES.contains(&name) {
                return None;
            }
            let before = t[..start].chars().next_back();
            let boundary = before.is_none_or(|c| !is_han(c) || CJK_STOPS.contains(&c));
            let after_city = len == 2 && before.is_some_and(|c| matches!(c, '市' | '區' | '区' | '縣' | '县' | '省'));
            if (boundary && self.family_han.contains(name)) || after_city {
                return Some((start, end));
            }
        }
        None
    }
}

/// A company's name before two or three trade words (`Sunrise Recruitment Agency`, `Hikari
/// Food Packaging Company`), which the one-word trade rule would cut after the first: one to
/// three capitalised words, not after `the`, no place's name, not one word opening a sentence.
/// Possible.
pub(super) fn company_before_trade_words(v: &Words, i: usize) -> Option<Found> {
    let trade = |k: usize| k < v.n && v.cap(k) && v.fl(k) & EN_TRADE != 0;
    if !v.namey(i) || trade(i) || (i > 0 && v.word(i - 1) == "the") || !trade_word_after(v, i) {
        return None;
    }
    let mut k = i;
    while k < i + 2 && v.joined(k) && v.namey(k + 1) && !trade(k + 1) {
        k += 1;
    }
    // Vietnamese syllables with their marks name a company only two or more together (`Kim Liên
    // Tour`, not `Đi Tour`).
    if k == i && v.marked(i) {
        return None;
    }
    let mut end = k;
    while end < k + 3 && v.joined(end) && trade(end + 1) {
        end += 1;
    }
    let before = v.text[..v.range(i).0].trim_end();
    let opens = before.is_empty() || before.ends_with(['.', '!', '?', ':', '"']);
    let place = gazetteer::is_province_or_larger(&v.text[v.range(i).0..v.range(k).1]);
    // One trade word after two name words too: a person's name before it names the company
    // (`Golden Bay Manpower`, not the person Golden Bay).
    (end >= k + 1 + usize::from(k == i) && !(k == i && opens) && !place)
        .then(|| v.found(i, end, "detector:organisation", "organisation", Confidence::Possible))
}

/// A Japanese supervising union as Vietnamese workers name it, after `nghiệp đoàn` (`nghiệp
/// đoàn Hikari`, `nghiệp đoàn 光協同組合`): capitalised words or a word in characters.
pub(super) fn union_after_nghiep_doan(v: &Words, i: usize) -> Option<Found> {
    if i == 0 || v.word(i) != "doan" || v.word(i - 1) != "nghiep" || !v.joined(i - 1) || !v.joined(i) {
        return None;
    }
    if v.han(i + 1) {
        return Some(v.found(i + 1, i + 1, "detector:organisation", "organisation", Confidence::High));
    }
    let name = |k: usize| k < v.n && v.cap(k) && v.letters(k) && v.fl(k) & STOP == 0;
    if !name(i + 1) {
        return None;
    }
    let mut k = i + 1;
    while k < i + 4 && v.joined(k) && name(k + 1) {
        k += 1;
    }
    Some(v.found(i + 1, k, "detector:organisation", "organisation", Confidence::High))
}

/// Verbs and nouns of work, money and contact before the word that leads to an organisation's
/// name (`worked at`, `sent to`, `placed by`, `men from`), folded: the second word, then the
/// first words it may follow.
pub(super) const EN_CUES_BEFORE_ORG: &[(&str, &[&str])] = &[
    ("at", &["worked", "work", "works", "working", "employed", "job", "jobs", "interned", "trained"]),
    ("for", &["worked", "work", "works", "working", "interned"]),
    ("to", &["sent", "paid", "wired", "transferred", "owed", "owes", "fee", "fees", "money", "debt", "sold"]),
    ("from", &["men", "man", "people", "staff", "someone", "guys", "agent", "agents", "broker", "brokers", "recruiter", "recruiters"]),
    ("by", &["placed", "recruited", "hired", "employed", "sponsored", "brought", "trained"]),
];

/// Words of money and passage that lead to an organisation's name alone (`paid X`, `through
/// X`, `via X`), folded.
pub(super) const EN_CUES_ALONE: &[&str] = &["paid", "through", "via"];

/// Vietnamese cues, as written (lower case): the word before the name and the words it may
/// follow (`làm ở`, `làm việc tại`, `làm cho`, `đi qua`, `gửi tiền về qua`,
/// `đường của`, `đường dây của`). Not `tiền cho` (money for a person).
pub(super) const VI_CUES_BEFORE_ORG: &[(&str, &[&str])] = &[
    ("ở", &["làm", "việc"]),
    ("tại", &["làm", "việc"]),
    ("cho", &["làm", "việc"]),
    ("qua", &["đi", "gửi", "về", "chuyển", "tiền", "sang"]),
    ("của", &["đường", "dây"]),
];

/// An organisation's name with no legal form after a verb or noun of work, money or contact
/// ([`EN_CUES_BEFORE_ORG`], [`EN_CUES_ALONE`], [`VI_CUES_BEFORE_ORG`]): two to four capitalised
/// words (`Worked at Golden Gate Remit`, `paid Trường An`, `đi qua Nhật Quang Việt`, `two men
/// from Taishin Textile`). Not a province or country (`đi qua Hàn Quốc`), no platform (`through
/// Facebook Messenger`), not a Vietnamese full name of family, middle and given name (the name
/// rules' own). Only the shape tells: possible.
pub(super) fn organisation_after_a_verb_of_work(e: &Entities, v: &Words, i: usize) -> Option<Found> {
    if i == 0 || !v.name_word(i) || !v.spaced(i - 1) {
        return None;
    }
    let prev = v.word(i - 1);
    let before = |k: usize, words: &[&str]| k < i && v.spaced(k) && words.contains(&v.word(k));
    let cue = EN_CUES_ALONE.contains(&prev)
        || EN_CUES_BEFORE_ORG.iter().any(|(w, first)| prev == *w && i >= 2 && before(i - 2, first))
        || VI_CUES_BEFORE_ORG.iter().any(|(w, first)| v.is(i - 1, &[w]) && i >= 2 && v.is(i - 2, first) && v.spaced(i - 2));
    if !cue {
        return None;
    }
    let trade = |k: usize| k < v.n && v.cap(k) && v.fl(k) & EN_TRADE != 0;
    // After the first word, a Vietnamese syllable that is also an English word (`An`, `Do`).
    let syllable = |k: usize| k < v.n && v.cap(k) && has(v, k, VI_GIVEN | VI_MIDDLE | VI_FAMILY) && v.letters(k);
    // A legal form ends the name (`Kimura Sewing Co., Ltd.`: its own rule's).
    let legal = |k: usize| has(v, k, LEGAL_AFTER | LEGAL_BEFORE) || (v.word(k) == "co" && v.between(k).starts_with('.'));
    let mut k = i;
    while k < i + 3 && v.joined(k) && v.spaced(k) && (v.name_word(k + 1) || trade(k + 1) || syllable(k + 1)) && !legal(k + 1) {
        k += 1;
    }
    if k == i || (i..=k).any(|j| v.fl(j) & PLATFORM != 0) {
        return None;
    }
    let (s, end) = (v.range(i).0, v.range(k).1);
    if e.place_like(v.ft, v.toks[i].0, v.toks[k].1, &v.text[s..end]) || gazetteer::is_province_or_larger(v.written(i)) {
        return None;
    }
    let person = k == i + 2 && has(v, i, VI_FAMILY) && has(v, i + 1, VI_MIDDLE) && has(v, i + 2, VI_GIVEN | VI_MIDDLE);
    (!person).then(|| v.found(i, k, "detector:organisation", "organisation", Confidence::Possible))
}

/// Words for a shop or a company before its name in corner brackets (`ベトナム食材店「Hai
/// Lúa」`, `小吃店「阿芳」`), or after it with `という` (`「Hai Lúa」という店`).
const SHOP_WORDS: &[&str] =
    &["店", "ショップ", "レストラン", "食堂", "餐廳", "餐厅", "小吃", "商店", "超市", "会社", "公司", "工場", "工廠", "工厂"];

/// Shops' and companies' names in corner brackets next to a word for one ([`SHOP_WORDS`]):
/// `食材店「Hai Lúa」の掲示板`, `「ひまわり」という店`; up to sixteen characters with no
/// sentence's punctuation (a quotation is none: `部長は「うちの子たち」と`). Possible.
pub(super) fn names_in_corner_brackets(w: &Width, out: &mut Vec<Found>) {
    let t = w.text.as_ref();
    for (k, _) in t.match_indices('「') {
        let inner = k + '「'.len_utf8();
        let Some(len) = t[inner..].find('」') else { continue };
        let name = &t[inner..inner + len];
        if name.trim().is_empty() || name.chars().count() > 16 || name.contains(['。', '、', '，', '！', '？', '!', '?', '「']) {
            continue;
        }
        let after = &t[inner + len + '」'.len_utf8()..];
        let shop_before = SHOP_WORDS.iter().any(|w| t[..k].ends_with(w));
        let shop_after = after.strip_prefix("という").is_some_and(|a| SHOP_WORDS.iter().any(|w| a.starts_with(w)));
        if shop_before || shop_after {
            let (start, end) = w.original_range(inner, inner + len);
            out.push(Found { start, end, rule: "detector:organisation", label: "organisation", confidence: Confidence::Possible });
        }
    }
}

/// Folded lower-case words of a shop's trade between `tiệm`, `cửa hàng` or `quán` and its name
/// (`tiệm chuyển tiền Ba Miền`, remittance; `tiệm vàng`, gold; `quán cơm`, rice).
pub(super) const VI_SHOP_TRADES: &[&str] = &[
    "chuyen", "tien", "vang", "bac", "dien", "thoai", "tap", "hoa", "thuoc", "com", "pho", "toc", "may", "sua", "xe", "ao", "cuoi", "banh",
    "my", "an", "nail", "nuoc", "ca", "phe", "thit", "gao", "do", "gia", "dung",
];

/// The words for a shop before its name and its trade's words (`tiệm`, `hàng` of `cửa hàng`,
/// `quán`), the cues of [`shop_after_its_word`] with [`VI_SHOP_TRADES`] ([`PRECEDES_SHOP`] in
/// the lexicon).
pub(super) const VI_SHOP_WORDS: &[&str] = &["tiệm", "hàng", "quán"];

/// A shop's name after `tiệm` or `cửa hàng` and the words of its trade (`Tiệm chuyển tiền Ba
/// Miền`, `cửa hàng Minh Anh`), or after `quán` and at least one (`quán cơm Bà Tư`): one to
/// three capitalised syllables, no province. Asked at the name's first word, which looks back
/// at the shop's word. Possible.
pub(super) fn shop_after_its_word(e: &Entities, v: &Words, i: usize) -> Option<Found> {
    if i == 0 || !v.name_word(i) || !v.spaced(i - 1) {
        return None;
    }
    let mut j = i - 1;
    // A clinic's kind may be capitalised as part of its name (`Phòng khám Đa khoa Phước Chánh`).
    let clinic_kind = |k: usize| VI_CLINIC_KINDS.contains(&v.word(k));
    while j + 4 > i && j > 0 && (!v.cap(j) || clinic_kind(j)) && (VI_SHOP_TRADES.contains(&v.word(j)) || clinic_kind(j)) && v.spaced(j - 1)
    {
        j -= 1;
    }
    let trades = i - 1 - j;
    let two = |a: &[&str], b: &[&str]| j > 0 && v.is(j, b) && v.is(j - 1, a);
    // Twelfth round: a restaurant (`nhà hàng`), a clinic (`phòng khám`), and `Quán` capitalised
    // as its name's first word inside a sentence (`ở Quán Kiều Nga`).
    let opens = |k: usize| {
        let before = v.text[..v.range(k).0].trim_end();
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '\n'])
    };
    let quan_named = v.is(j, &["quán"]) && v.cap(j) && !opens(j);
    let shop = v.is(j, &["tiệm"])
        || two(&["cửa"], &["hàng"])
        || two(&["nhà"], &["hàng"])
        || two(&["phòng"], &["khám"])
        || (v.is(j, &["quán"]) && (trades > 0 || quan_named));
    if !shop {
        return None;
    }
    let k = v.short_name_not_a_place(e, i)?;
    // Twelfth round: the shop's words too when its name begins with them, capitalised (`Tiệm
    // nail Linh`, `Nhà hàng Tuấn Kiệt`, `Phòng khám Đa khoa …`).
    let first = if two(&["cửa", "nhà", "phòng"], &["hàng", "khám"]) { j - 1 } else { j };
    let start = if v.cap(first) && !opens(first) { first } else { i };
    Some(v.found(start, k, "detector:organisation", "organisation", Confidence::Possible))
}

/// Folded words of a clinic's kind after `phòng khám`, often capitalised with its name (`Đa
/// khoa`, general; `Nha khoa`, dental; `tư`, private).
pub(super) const VI_CLINIC_KINDS: &[&str] = &["da", "khoa", "nha", "tu", "nhan", "san"];

/// Fourteenth round: Vietnamese words for a company or workshop before its name in Han
/// characters or katakana (`Xưởng may 三河パック ở`, `công ty 富士見印刷`), longest first.
const VI_ORG_WORDS_BEFORE_CJK: &[&str] = &["xưởng may", "nhà máy", "công ty", "xưởng", "hãng", "cty"];

/// Fourteenth round: a private clinic's word after its name in Chinese (`博愛診所`).
const ZH_CLINICS: &[&str] = &["牙醫診所", "中醫診所", "診所", "诊所"];

/// Fourteenth round: what a Japanese clinic's name ends with after `医療法人` (`さくら整形外科`).
const JA_CLINIC_ENDS: &[&str] = &["整形外科", "クリニック", "診療所", "内科", "外科", "歯科", "医院", "眼科", "皮膚科", "小児科"];

impl Entities {
    /// Fourteenth round, tuned on the twenty-seventh and twenty-eighth: organisations by a cue
    /// in another script or a bracket (each Possible):
    /// - Han characters or katakana after a Vietnamese word for a company (`Xưởng may 三河パック
    ///   ở`), two to ten, before no CJK character;
    /// - a name before its legal form in brackets (`勤務先：日進部品（有限会社）`);
    /// - who introduces themselves from a company in Chinese (`我是金門鋼構的林美玲`): the
    ///   company;
    /// - a private clinic (`在博愛診所就醫`): its name;
    /// - a clinic after `医療法人`, its kind with it (`医療法人さくら整形外科で`).
    pub(super) fn orgs_by_cue(&self, text: &str, out: &mut Vec<Found>) {
        let org_char = |c: char| (is_han(c) || is_katakana(c) || c == 'ー') && !CJK_STOPS.contains(&c);
        let mut push = |start: usize, end: usize| {
            out.push(Found { start, end, rule: "detector:organisation", label: "organisation", confidence: Confidence::Possible });
        };
        if text.bytes().any(|b| b.is_ascii_alphabetic()) {
            let lower = text.to_lowercase();
            for (s, c) in text.char_indices() {
                if !org_char(c) || !text[..s].ends_with(' ') || lower.len() != text.len() {
                    continue;
                }
                let before = &lower[..s - 1];
                let cued = VI_ORG_WORDS_BEFORE_CJK.iter().any(|w| {
                    before.ends_with(w) && before[..before.len() - w.len()].chars().next_back().is_none_or(|b| !b.is_alphanumeric())
                });
                let e = run_forward(text, s, 10, org_char);
                let name = &text[s..e];
                let legal = CJK_LEGAL.iter().chain(CJK_LEGAL_BEFORE).any(|l| name.contains(l));
                let plain = trade_words_only(name) || self.cjk_role_or_body(name);
                if cued
                    && (2..=10).contains(&name.chars().count())
                    && !text[e..].starts_with(is_cjk)
                    && !legal
                    && !plain
                    && !gazetteer::is_province_or_larger(name)
                {
                    push(s, e);
                }
            }
        }
        for form in ["（有限会社）", "（株式会社）", "(有限会社)", "(株式会社)", "（合同会社）"] {
            for (k, _) in text.match_indices(form) {
                let s = run_back(text, k, 12, org_char);
                if k > s && text[..s].chars().next_back().is_none_or(|c| !org_char(c)) {
                    push(s, k);
                }
            }
        }
        for (k, _) in text.match_indices("我是") {
            let s = k + "我是".len();
            let e = run_forward(text, s, 8, |c| is_han(c) && c != '的');
            if text[e..].starts_with('的')
                && (2..=8).contains(&text[s..e].chars().count())
                && self.zh_name_after_a_cue_at(text, e + '的'.len_utf8(), false).is_some()
            {
                push(s, e);
            }
        }
        for clinic in ZH_CLINICS {
            for (k, _) in text.match_indices(clinic) {
                let s = run_back(text, k, 4, |c| is_han(c) && !CJK_STOPS.contains(&c));
                let name = &text[s..k];
                // A specialty is no name (`婦產科診所`).
                let specialty = name.ends_with('科') || MEDICAL_SPECIALTIES.iter().any(|m| name.ends_with(m));
                if (2..=4).contains(&name.chars().count())
                    && !specialty
                    && !ZH_CLINICS.iter().any(|c| text[..k].ends_with(c))
                    && !gazetteer::is_province_or_larger(name)
                {
                    push(s, k);
                }
            }
        }
        for (k, _) in text.match_indices("医療法人") {
            let s = k + "医療法人".len();
            let e = run_forward(text, s, 12, |c| is_cjk(c) && !matches!(c, 'で' | 'を' | 'に' | 'は' | 'が' | 'の' | 'へ'));
            let name = &text[s..e];
            if JA_CLINIC_ENDS.iter().any(|x| name.ends_with(x) && name.len() > x.len()) {
                push(s, e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::deid::entities::tests::{found, names};

    #[test]
    fn fourteenth_round_organisations_by_cue() {
        let orgs = |t: &str| found(t).into_iter().filter(|x| x.1 == "organisation").map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(orgs("Xưởng may 三河パック ở 埼玉県: ông chủ bắt làm đến khuya."), ["三河パック"]);
        assert_eq!(orgs("相談票\n勤務先：日進部品（有限会社）\n連絡先：なし"), ["日進部品"]);
        assert_eq!(orgs("簡訊：我是金門鋼構的林美玲，妳的服務費還欠兩萬。"), ["金門鋼構"]);
        assert_eq!(orgs("在博愛診所就醫時，護理師幫忙翻譯。"), ["博愛"]);
        assert_eq!(orgs("医療法人さくら整形外科で指の縫合。"), ["さくら整形外科"]);
        // A trade word alone after `nhà máy` is no company's name.
        assert!(orgs("Chị làm ở nhà máy 電子 gì đó ở Đào Viên.").is_empty());
    }

    #[test]
    fn factories_after_de_garments_and_hiragana_names_before_a_legal_form() {
        assert_eq!(names("越南工人在宁波附近的光庄电子厂做工，老板说证件要押三个月。"), ["光庄电子厂"]);
        assert_eq!(names("在佛山附近的岔路服装厂做工。"), ["岔路服装厂"]);
        assert_eq!(names("同事说博尘服装一直招越南人。"), ["博尘服装"]);
        assert!(names("这家电子厂做工很累。").is_empty());
        assert_eq!(names("ひまわり水産株式会社では朝8時から働いた。"), ["ひまわり水産"]);
        assert_eq!(names("監理団体のひまわり繊維株式会社に相談した。"), ["ひまわり繊維"]);
        assert!(names("その食品を買った。").is_empty());
        assert_eq!(names("giấy biên nhận tiền cọc do Win Win cấp, đóng dấu đỏ."), ["Win Win"]);
        assert!(names("Giấy tờ do Bộ Ngoại giao cấp.").is_empty());
        assert_eq!(names("Công ty môi giới Đại Dương Xanh thu phí."), ["môi giới Đại Dương Xanh"]);
        assert_eq!(names("求人広告には「アイテック工業グループ」とだけ書かれていた。"), ["アイテック工業"]);
        assert_eq!(names("Broker: Le Hong Dien of Dac So Manpower JSC, Ha Tinh office."), ["Le Hong Dien", "Dac So Manpower"]);
    }

    #[test]
    fn companies_in_characters_after_cong_ty_a_province_or_a_family_name() {
        assert_eq!(names("Em làm ở công ty 北川電子 hai năm."), ["北川電子"]);
        assert_eq!(found("She sued Aomori Apple Products last year.")[0].0, "Aomori Apple Products");
        assert_eq!(names("He worked for Hoshino Construction in Gifu."), ["Hoshino Construction"]);
        assert_eq!(names("The night shift at Kato Metal Works ends at six."), ["Kato Metal Works"]);
        // A province alone, a country's companies in general, `the` before: no company.
        assert!(names("Aomori is cold in winter.").is_empty());
        assert!(names("Japan Products are expensive here.").is_empty());
        assert!(names("She joined the Osaka Construction union.").is_empty());
        // A listed family name before a trade, two characters after a city.
        assert_eq!(names("田村建設から逃げた"), ["田村建設"]);
        assert_eq!(names("介绍她去广州市新月制衣厂的中介"), ["新月制衣"]);
        assert!(names("冷凍食品から作った").is_empty());
    }

    #[test]
    fn more_trades_unions_and_chome_addresses() {
        assert_eq!(names("She was placed by Sunrise Recruitment Agency in 2019."), ["Sunrise Recruitment Agency"]);
        assert_eq!(names("Her passport is held by Silver Lake Staffing now."), ["Silver Lake Staffing"]);
        assert_eq!(names("Em qua Nhật theo nghiệp đoàn Hikari Kyodo năm ngoái."), ["Hikari Kyodo"]);
        assert_eq!(names("The dorm is at Kamiyama 2-chome 14-3, near the river."), ["Kamiyama 2-chome 14-3"]);
        assert_eq!(names("Her room: 4-chome 2-9 Minato."), ["4-chome 2-9 Minato"]);
        // One trade word after `the`, a sentence's one opening word: no company.
        assert!(names("She called the Recruitment Agency twice.").is_empty());
        assert!(names("Recruitment Agency staff came by.").is_empty());
    }

    #[test]
    fn organisations_by_legal_form() {
        assert_eq!(names("worked at Kimura Sewing Co., Ltd. for years"), ["Kimura Sewing"]);
        assert_eq!(names("a Co., Ltd. in Hanoi"), Vec::<String>::new());
        assert_eq!(names("Công ty TNHH Minh Phát tuyển"), ["Minh Phát"]);
        assert_eq!(names("làm ở công ty may"), Vec::<String>::new());
        assert_eq!(names("em nhờ chú hỏi Công ty TNHH Minh Long về tiền cọc"), ["Minh Long"], "a verb before the legal form");
        assert_eq!(names("em nhờ chú hỏi Công về tiền cọc"), ["Công"]);
        assert_eq!(names("岡本縫製株式会社で働いた"), ["岡本縫製"]);
        assert_eq!(names("株式会社キムラに"), ["キムラ"]);
        assert_eq!(names("在Goagle有限公司工作"), ["Goagle"]);
    }

    #[test]
    fn vietnamese_companies_with_a_trade_before_the_name() {
        assert_eq!(names("He paid Công ty CP Xuất khẩu lao động An Khang 250 million"), ["Xuất khẩu lao động An Khang"]);
        assert_eq!(names("cho Công ty TNHH MTV Thương mại và Dịch vụ Phúc Lộc tổng cộng"), ["Thương mại và Dịch vụ Phúc Lộc"]);
        assert_eq!(names("He paid Cung ứng nhân lực Minh Khang JSC 250 million"), ["Cung ứng nhân lực Minh Khang"]);
        assert_eq!(names("của Cty CP Dong A ở"), ["Dong A"]);
        // No name after the trade, or `và` before another company: the trade words are left.
        assert!(names("Công ty TNHH xuất khẩu lao động thì nhiều").is_empty());
        assert_eq!(names("ở Công ty TNHH Minh Phát và công ty khác"), ["Minh Phát"]);
    }

    #[test]
    fn legal_forms_in_japanese_and_chinese_and_clauses_before_a_factory() {
        assert_eq!(names("株式会社大和農園に月に一度来る"), ["大和農園"], "`和` is no particle in Japanese");
        assert_eq!(names("诚亿精密企业社每個月扣錢"), ["诚亿精密"]);
        assert_eq!(names("làm ở 徳山建設協同組合, cũng"), ["徳山建設"]);
        assert_eq!(names("Ishihara Logistics K.K., far"), ["Ishihara Logistics"]);
        assert!(names("股份有限公司的老闆不一定自己管工廠。").is_empty(), "a clause");
    }

    /// Sixth round (issue 18): a company's name before a trade word, with no legal form; ordinary
    /// compounds of the same words are left.
    #[test]
    fn companies_before_a_trade_word_without_a_legal_form() {
        assert_eq!(names("Chị ấy làm ở 福源機械 hai năm."), ["福源機械"], "alone among Latin words");
        assert_eq!(names("She sewed at 坂本縫製 until May."), ["坂本縫製"]);
        assert_eq!(names("前の職場は吉祥食品で、給料は安かった。"), ["吉祥食品"], "a trade name's character");
        assert_eq!(names("她在鑫隆五金工作了兩年。"), ["鑫隆五金"], "a Chinese verb after it");
        assert_eq!(names("在宏泰仲介的辦公室"), ["宏泰仲介"]);
        assert_eq!(names("実習先はサクラ精機で、毎日残業だった。"), ["サクラ精機"], "katakana");
        assert_eq!(names("Em làm ở ひまわり縫製 ba năm."), ["ひまわり縫製"], "hiragana alone");
        assert_eq!(names("Anh ấy bỏ 永昌建設電子 rồi."), ["永昌建設電子"], "trades in a row");
        assert_eq!(names("寮は株式会社福山食品の裏にある。"), ["福山食品"], "never across a legal form");
        // Ordinary words: a trade's compound, a modifier, a country, a shop's word before another.
        assert!(names("工場で大型機械を使う。建設業は人手不足で、建設現場は危ない。").is_empty());
        assert!(names("日本食品の会社で働いた。").is_empty());
        assert!(names("街には食品行和五金行が多い。").is_empty());
        assert!(names("她說電子業很辛苦。").is_empty());
        // Taiwanese trades (`科技`, `實業`), katakana ones (`フーズ`), Vietnamese workshops.
        assert_eq!(names("工作在宏達科技，老闆很兇。"), ["宏達科技"]);
        assert_eq!(names("勤め先はサクラフーズで、毎日残業だった。"), ["サクラフーズ"]);
        assert_eq!(names("Em làm ở xưởng may Minh Anh hai năm."), ["Minh Anh"]);
        assert_eq!(names("Nhà máy gỗ Hưng Thịnh trả lương chậm."), ["Hưng Thịnh"]);
        assert!(names("Em làm ở nhà máy Nhật ở Bắc Ninh. Nhà em ở gần xưởng. Minh đến.").is_empty());
    }

    /// English trades after a name with no legal form, and a one-letter Vietnamese syllable before
    /// a legal form (`O Mon` for Ô Môn).
    #[test]
    fn english_trades_and_one_letter_syllables_of_company_names() {
        assert_eq!(names("She was placed by Bluewater Staffing in May."), ["Bluewater Staffing"]);
        assert_eq!(names("We met at the office of Sakura Cooperative yesterday."), ["Sakura Cooperative"]);
        assert_eq!(names("Em đi qua O Mon Manpower JSC năm ngoái."), ["O Mon Manpower"]);
        assert!(names("Fresh Seafood is sold here.").is_empty(), "one word opening a sentence");
        assert!(names("She joined the Fishermen Cooperative.").is_empty(), "after `the`");
        assert!(names("A Cooperative effort helped.").is_empty());
        // A legal form before its name needs only spaces between.
        assert!(names("Hợp đồng ghi công ty. Thanh toán vào ngày 5.").is_empty());
    }

    /// Ninth round (issue 18): organisations with no legal form after a verb of work, money or
    /// contact, with a trade word, in corner brackets, after `tiệm`; and words alike left.
    #[test]
    fn organisations_after_a_verb_of_work_or_by_their_trade() {
        assert_eq!(names("Worked at Golden Gate Remit for fourteen months."), ["Golden Gate Remit"]);
        assert_eq!(names("She was sent to Sunrise Care Home, he to a farm."), ["Sunrise Care Home"]);
        assert_eq!(names("Her cousin wired the money through Evergreen Knit; the receipt"), ["Evergreen Knit"]);
        assert_eq!(names("Taken to the airport by two men from Taishin Textile; she"), ["Taishin Textile"]);
        assert_eq!(names("Fee paid to Trường An in Vinh: 6,500 USD."), ["Trường An"]);
        assert_eq!(names("Chị cùng đi qua Nhật Quang Việt, nợ 150 triệu."), ["Nhật Quang Việt"]);
        assert_eq!(names("Em trai cũng đi theo đường của Kim Liên Tour, mất 150 triệu."), ["Kim Liên Tour"]);
        assert_eq!(names("Em làm ở Meiwa Auto Parts hai năm."), ["Meiwa Auto Parts"]);
        // A country, a province, a platform, one word, `the`: no organisation.
        assert!(names("Chị đi qua Hàn Quốc rồi về.").is_empty());
        assert!(names("She worked at Osaka for a year.").is_empty());
        assert!(names("He sent money through Facebook Messenger twice.").is_empty());
        assert!(names("Worked at Toyota for a year.").is_empty());
        assert_eq!(names("worked at Kimura Sewing Co., Ltd. for years"), ["Kimura Sewing"]);
        assert!(names("She lives in a Care Home now.").is_empty());
        assert!(names("She paid the Recruitment Agency twice.").is_empty());
    }

    #[test]
    fn shops_and_remittance_counters_in_chinese_japanese_and_vietnamese() {
        assert_eq!(names("她每個月在阿芳越南小吃寄錢，老闆娘會幫她寫地址。"), ["阿芳越南小吃"]);
        assert_eq!(names("她每個月在順利匯款寄錢。"), ["順利匯款"]);
        assert_eq!(names("她每個月在金安越南商店寄錢。"), ["金安越南商店"]);
        assert_eq!(names("竹上電子の部長は厳しかった。"), ["竹上電子"]);
        assert_eq!(names("東海村のベトナム食材店「Hai Lúa」の掲示板に求人が貼ってある。")[1], "Hai Lúa");
        assert_eq!(names("Tiệm chuyển tiền Ba Miền ở gần ga."), ["Ba Miền"]);
        // Ordinary words: a hospital of a university, a quotation, a shop's kind with no name.
        assert_eq!(names("Phan Kim Lệさんは谷井病院に三日入院した。")[1], "谷井病院");
        assert!(names("大学病院に三日入院した。").is_empty());
        assert!(names("彼女は総合病院に行った。").is_empty());
        assert!(names("この病院の院長は優しい。").is_empty());
        assert!(names("部長は実習生を「うちの子たち」と呼んでいた。").is_empty());
        assert!(names("她在家工作，每個月寄錢。").is_empty());
        assert!(names("逃跑的看護工常常在工地或農場工作。").is_empty());
        assert!(names("Tiệm chuyển tiền ở gần ga. Cửa hàng đóng cửa.").is_empty());
    }

    #[test]
    fn clinics_by_their_specialty_and_shops_named_with_their_word() {
        assert_eq!(names("会社は田島整形外科クリニックに連れて行っただけだった。"), ["田島整形外科クリニック"]);
        assert_eq!(names("仲介帶她去許婦產科診所，說如果不拿掉就送回越南。"), ["許婦產科診所"]);
        assert_eq!(names("診療メモ：医療法人藤村会で受診した。"), ["藤村会"]);
        assert_eq!(names("Hospital note: treated at Kagotani Clinic; nobody paid."), ["Kagotani Clinic"]);
        assert_eq!(names("Em khám ở Phòng khám Đa khoa Phước Chánh, thu 2 triệu."), ["Phòng khám Đa khoa Phước Chánh"]);
        assert_eq!(names("Em làm thêm ở Tiệm nail Linh, không có dấu."), ["Tiệm nail Linh"]);
        assert_eq!(names("Cả nhóm họp ở Nhà hàng Tuấn Kiệt trước khi đi."), ["Nhà hàng Tuấn Kiệt"]);
        // A specialty or a clinic with no name of its own stays.
        assert!(names("大学病院の整形外科クリニックに行った。").is_empty());
        assert!(names("她去婦產科診所檢查。").is_empty());
        assert!(names("The free clinic opens on Sundays.").is_empty());
        assert!(names("Em đi phòng khám đa khoa gần nhà.").is_empty());
        assert_eq!(names("Shelter intake form — last employer: Hahn Farms; contact: none."), ["Hahn Farms"]);
        assert_eq!(names("工廠：三貂紡織廠。翻譯的手機壞了。"), ["三貂紡織廠"]);
    }
}
