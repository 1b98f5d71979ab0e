#!/usr/bin/env python3
"""Thirteenth redaction corpus (issue 18, item 8): written blind.

Written by an engineer who read neither the rules (`src/deid/`), their lexicons, the docs'
record of misses nor the earlier corpora and generators, and committed before it was first
measured.

Name sources (none used by an earlier corpus):
- Debian package `enamdict` 2021.02.03-1 (source package `edict`; EDRDG General Dictionary
  Licence, CC BY-SA 4.0), file `/usr/share/edict/enamdict` (EUC-JP): Japanese family names
  (tag `s`), female and male given names (`f`, `m`) and place names (`p`, those ending in
  町 or 村), filtered to common characters below and sampled with the seed.
- Hand-written lists in this file (Vietnamese family, middle and given names, villages,
  hamlets and streets; Chinese family names and given names in traditional and simplified
  characters, Taiwanese neighbourhoods and roads; company and shop name words; handles,
  e-mail, phones and ID numbers made up by rule), written from the field study
  (`shared/seed/`), not from any package.

Regenerate (the test reads only the committed .jsonl and needs none of this):

    apt-get install -y enamdict=2021.02.03-1
    python3 tests/redaction_corpus/generate_thirteenth.py > tests/redaction_corpus/thirteenth.jsonl

Deterministic: seed 74411; two runs give the same bytes.
"""

import json
import random
import re
import sys
import unicodedata

SEED = 74411
ENAMDICT = "/usr/share/edict/enamdict"
SOURCE_E = "generate_thirteenth.py; enamdict 2021.02.03-1 (Debian, EDRDG licence) + hand-written"
SOURCE_H = "generate_thirteenth.py; hand-written lists"

rng = random.Random(SEED)

# --- Japanese names and places from enamdict -------------------------------------------------

COMMON_JA = set(
    "田中山川藤井木村本野原島松岡林森石小大高橋上下内西東北南清水谷口宮崎吉沢浜池竹佐伊加後近"
    "斎久保坂平安長千葉鈴菅杉今村関前新古増岩尾堀丸福永秋桜和江沖横寺市荒服部太細土金白黒青桑"
)
FEMALE_END = set("子美香奈恵代江里")
MALE_END = set("郎太介男樹也輔雄夫司")


def load_enamdict():
    surnames, female, male, towns = [], [], [], []
    pat = re.compile(r"^(\S+) \[(\S+)\] /\(([^)]*)\) ([A-Za-z]+)/")
    with open(ENAMDICT, encoding="euc-jp", errors="replace") as f:
        for line in f:
            m = pat.match(line)
            if not m:
                continue
            kanji, _reading, tags, roman = m.groups()
            if not all(0x4E00 <= ord(c) <= 0x9FFF for c in kanji):
                continue
            if tags == "s" and len(kanji) == 2 and all(c in COMMON_JA for c in kanji):
                surnames.append((kanji, roman))
            elif tags == "f" and len(kanji) == 2 and kanji[-1] in FEMALE_END and kanji[0] not in "〆":
                female.append((kanji, roman))
            elif tags == "m" and len(kanji) in (2, 3) and kanji[-1] in MALE_END:
                male.append((kanji, roman))
            elif tags == "p" and len(kanji) == 3 and kanji[-1] in "町村" and kanji[0] in COMMON_JA:
                towns.append(kanji)
    out = []
    for lst in (surnames, female, male, towns):
        lst = sorted(set(lst))
        out.append(rng.sample(lst, min(len(lst), 120)))
    return out


JA_SUR, JA_FEM, JA_MALE, JA_TOWN = load_enamdict()

# --- hand-written lists ------------------------------------------------------------------------

VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
             "Đỗ", "Hồ", "Ngô", "Dương", "Đinh", "Trịnh", "Lương", "Tạ", "Khúc", "Quách", "Lại",
             "Kiều", "Thân", "Triệu", "Chu", "Nông", "Mạc", "Doãn", "Giáp"]
VN_MID_F = ["Thị", "Ngọc", "Thu", "Bích", "Hồng", "Diệu", "Kim", "Thanh", "Mỹ"]
VN_MID_M = ["Văn", "Hữu", "Đức", "Quang", "Công", "Minh", "Xuân", "Đình"]
VN_GIVEN_F = ["Hằng", "Loan", "Nhung", "Thoa", "Quyên", "Trâm", "Yến", "Diệp", "Khuê", "Tuyết",
              "Phượng", "Hiền", "Oanh", "Thắm", "Nhàn", "Huệ", "Lụa", "Gấm", "Ngần", "Duyên",
              "Thảo", "Trang", "Vy", "Giang", "Nga", "Hạnh", "Lệ", "Xoan"]
VN_GIVEN_M = ["Toản", "Khải", "Thịnh", "Cường", "Tài", "Tuấn", "Khoa", "Hiếu", "Đạt", "Lợi",
              "Vỹ", "Quyết", "Chiến", "Dũng", "Tùng", "Nghĩa", "Thuận", "Hậu", "Lộc", "Trọng",
              "Kiên", "Sang", "Tú", "Hưng"]
VN_VILLAGE = ["Đồng Lư", "Bãi Sậy", "Cổ Am", "Yên Trạch", "Phù Lưu", "Kim Đôi", "Lạc Đạo",
              "Thượng Đỗ", "Mỹ Xuyên", "Vĩnh Tuy", "Đông Ngạc", "Cẩm Bào", "Hòa Mục", "Tiên Hội",
              "Nội Duệ", "Quỳnh Đôi", "Trung Lễ", "Hương Ngải", "Lỗ Khê", "Cao Xá"]
VN_STREET = ["Nguyễn Khuyến", "Lê Duẩn", "Trần Hưng Đạo", "Hùng Vương", "Phan Đình Phùng",
             "Lý Thường Kiệt", "Quang Trung", "Bà Triệu"]
VN_ORG = ["Hưng Thịnh Phát", "Đại Dương Xanh", "Sao Việt Nhật", "Phú An Khang", "Hoàng Long Vina",
          "Thiên Ân", "Bảo Minh Quân", "Tân Đô", "Kim Hải Âu", "Nhật Quang Việt"]
VN_SHOP = ["Kim Ngân", "Phát Tài", "Hai Lúa", "Ba Miền", "Cô Tư", "Quê Nhà"]

ZH_FAM = [("陳", "陈"), ("林", "林"), ("黃", "黄"), ("張", "张"), ("劉", "刘"), ("蔡", "蔡"),
          ("楊", "杨"), ("許", "许"), ("鄭", "郑"), ("謝", "谢"), ("洪", "洪"), ("郭", "郭"),
          ("邱", "邱"), ("曾", "曾"), ("廖", "廖"), ("賴", "赖"), ("葉", "叶"), ("莊", "庄"),
          ("呂", "吕"), ("蕭", "萧"), ("羅", "罗"), ("簡", "简"), ("鍾", "钟"), ("游", "游"),
          ("詹", "詹"), ("盧", "卢"), ("顏", "颜"), ("柯", "柯"), ("翁", "翁"), ("魏", "魏")]
ZH_GIVEN = [("淑芬", "淑芬"), ("美玲", "美玲"), ("雅婷", "雅婷"), ("怡君", "怡君"), ("俊傑", "俊杰"),
            ("志明", "志明"), ("建宏", "建宏"), ("家豪", "家豪"), ("宗翰", "宗翰"), ("佩珊", "佩珊"),
            ("麗華", "丽华"), ("國強", "国强"), ("文雄", "文雄"), ("春嬌", "春娇"), ("素貞", "素贞"),
            ("玉蘭", "玉兰"), ("振宇", "振宇"), ("嘉慧", "嘉慧"), ("秋月", "秋月"), ("金龍", "金龙"),
            ("明輝", "明辉"), ("碧霞", "碧霞")]
ZH_ROMAN = ["Lin Mei-hua", "Chen Chih-wei", "Huang Ya-ting", "Tsai Ming-chun", "Hsu Kuo-liang",
            "Chang Shu-fen", "Liao Wen-hsiung", "Yeh Chia-hui", "Kuo Tsung-han", "Chiu Yu-lan"]
TW_LI = ["福興里", "中和里", "永安里", "三民里", "仁愛里", "光明里", "復興里", "新生里"]
TW_ROAD = ["中山路", "民族路", "建國路", "自由路", "和平東路", "成功路", "忠孝路", "文化路"]
CN_STREET = ["东兴街", "长乐路", "新华街", "胜利路", "人民巷"]
ZH_ORG_T = ["永豐紡織", "鴻昌人力仲介", "大成電子", "協和食品", "順發機械", "全盛塑膠", "聯泰精密"]
ZH_ORG_S = ["金瑞电子", "宏达人力", "顺丰制衣", "万利五金", "华茂食品"]
JA_TRADE = ["縫製", "工業", "食品", "精工", "農園", "水産", "電子", "建設", "鉄工"]
EN_TRADE = ["Foods", "Precision", "Textiles", "Agri", "Marine Products", "Metalworks"]
CHURCH_T = ["Thánh Tâm", "Phanxicô", "Mân Côi"]
EMAIL_DOM = ["gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "icloud.com", "hotmail.com"]

C = rng.choice


def ascii_vi(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def vn_full(female=None):
    f = C([True, False]) if female is None else female
    return " ".join([C(VN_FAMILY), C(VN_MID_F if f else VN_MID_M), C(VN_GIVEN_F if f else VN_GIVEN_M)])


def vn_given(female=True):
    return C(VN_GIVEN_F if female else VN_GIVEN_M)


def ja_full(female=True):
    return C(JA_SUR)[0] + C(JA_FEM if female else JA_MALE)[0]


def zh(trad=True):
    fam, giv = C(ZH_FAM), C(ZH_GIVEN)
    return (fam[0] + giv[0]) if trad else (fam[1] + giv[1])


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def phone_jp():
    p = C(["090", "080", "070"])
    a, b = digits(4), digits(4)
    return C([f"{p}-{a}-{b}", f"{p} {a} {b}", f"+81 {p[1:]}-{a}-{b}", f"{p}{a}{b}"])


def phone_tw():
    a, b = digits(3), digits(3)
    return C([f"09{digits(2)}-{a}-{b}", f"+886 9{digits(2)} {a} {b}", f"09{digits(2)}{a}{b}"])


def phone_vn():
    p = C(["98", "97", "91", "35", "86", "33", "77"])
    a, b = digits(3), digits(3)
    return C([f"0{p}{digits(1)} {a} {b}", f"+84 {p}{digits(1)} {a} {b}", f"(+84) {p}{digits(1)}{a}{b}",
              f"0{p}{digits(1)}.{a}.{b}"])


def handle():
    base = ascii_vi(C(VN_GIVEN_F + VN_GIVEN_M)).lower()
    fam = ascii_vi(C(VN_FAMILY)).lower()
    return C([f"{base}.{fam}{digits(2)}", f"{base}_{digits(4)}", f"{fam}{base}.jp", f"be.{base}{digits(2)}",
              f"{base}{fam}_tw", f"{base}.{digits(3)}"])


def email():
    base = ascii_vi(C(VN_GIVEN_F + VN_GIVEN_M)).lower()
    fam = ascii_vi(C(VN_FAMILY)).lower()
    return C([f"{base}{fam}{digits(2)}", f"{fam}.{base}", f"{base}.{digits(4)}"]) + "@" + C(EMAIL_DOM)


def passport_vn():
    return C("BCN") + digits(7)


def cccd():
    return "0" + digits(11)


def zairyu():
    return letters(2) + digits(8) + letters(2)


def arc():
    return C([letters(2) + digits(8), C("ABCDEFGH") + C("89") + digits(8)])


def mynumber():
    return C([digits(12), f"{digits(4)} {digits(4)} {digits(4)}"])


def ja_address():
    return f"{C(JA_TOWN)}{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番地"


def tw_address():
    return f"{C(TW_ROAD)}{C('一二三')}段{rng.randint(2, 300)}號"


def ja_org():
    return C(JA_SUR)[0] + C(JA_TRADE)


def en_org():
    return C(JA_SUR)[1] + " " + C(EN_TRADE)


# --- templates with identifiers ----------------------------------------------------------------
# Each returns (text, [(value, kind), ...]).


def t_vn_intro():
    n = vn_full(True)
    v = C(VN_VILLAGE)
    return (f"Chị {n}, quê ở thôn {v}, Nghệ An, sang Nhật năm 2017 theo diện thực tập sinh.",
            [(n, "name"), (v, "place")])


def t_vn_broker_fee():
    n = vn_full(False)
    o = C(VN_ORG)
    return (f"Em nộp cho công ty TNHH {o} 7.500 đô, anh {n.split()[-1]} bên môi giới bảo là phí đào tạo.",
            [(o, "org"), (n.split()[-1], "name")])


def t_vn_noaccent():
    n = ascii_vi(vn_full(True))
    p = phone_vn()
    return (f"sdt cua {n} la {p}, goi sau 9h toi vi ban ngay chi ay lam o xuong",
            [(n, "name"), (p, "phone")])


def t_ja_company():
    o = ja_org()
    a = ja_address()
    return (f"実習先は{o}株式会社（{a}）で、月の残業は80時間を超えていたという。",
            [(o, "org"), (a, "place")])


def t_ja_person_san():
    s = C(JA_SUR)[0]
    n = vn_given(True)
    return (C([f"{s}さんは寮の鍵を取り上げた。{n}さんはその夜、駅まで歩いて逃げた。",
               f"{n}ちゃんによると、指導員の{s}は毎朝怒鳴っていた。"]),
            [(s, "name"), (n, "name")])


def t_ja_shachou():
    s = ja_full(False)
    return (f"社長の{s}から「パスポートは会社が預かる」と言われました。", [(s, "name")])


def t_zh_trad_broker():
    n = zh(True)
    o = C(ZH_ORG_T)
    return (f"仲介{n}每個月從薪水扣三千元服務費，{o}有限公司說這是合法的。",
            [(n, "name"), (o, "org")])


def t_zh_simpl_friend():
    n = zh(False)
    ph = phone_tw()
    return (f"她在台中认识了{n}，对方给了她一个号码 {ph}，说可以介绍黑工。",
            [(n, "name"), (ph, "phone")])


def t_tw_address():
    a = tw_address()
    li = C(TW_LI)
    return (f"雇主家在{li}，地址是台中市北區{a}，阿嬤一個人住。",
            [(li, "place"), (a, "place")])


def t_en_fieldnote():
    n = vn_full(True)
    s = C(JA_SUR)[1]
    return (C([f"Met {n} at the shelter on Sunday. She says Mr {s}, the supervisor, kept her residence card in his desk.",
               f"{n} again today, at the clinic. {s} from the company came and waited outside.",
               f"Called {n}; she is staying with a cousin. Her old boss, {s}, has been phoning the cousin."]),
            [(n, "name"), (s, "name")])


def t_en_residence():
    n = ascii_vi(vn_full(False))
    z = zairyu()
    return (f"Case 14: {n}, residence card {z}, status expired in March; union lawyer to call immigration.",
            [(n, "name"), (z, "id_number")])


def t_vn_passport():
    n = vn_full(True)
    pp = passport_vn()
    return (C([f"Hộ chiếu số {pp} của {n} vẫn bị nghiệp đoàn giữ, chị ấy không về nước được.",
               f"{n} nhớ mang máng hộ chiếu là {pp}, bản photo thì để ở nhà bạn."]),
            [(pp, "id_number"), (n, "name")])


def t_vn_cccd_nocue():
    n = vn_given(True)
    c = cccd()
    return (f"{c} - đây là căn cước của {n}, chị gửi để bên dịch vụ chuyển tiền xác minh.",
            [(c, "id_number"), (n, "name")])


def t_chat_zalo():
    h = handle()
    return (C([f"ai cần việc ở Saitama thì nhắn zalo hoặc fb {h} nha, không cần giấy tờ",
               f"Tuyển gấp 5 nữ làm đóng gói ở Ibaraki, liên hệ Messenger: {h}",
               f"{h} trên Facebook hay đăng tin nhận người bỏ trốn, chị cẩn thận"]), [(h, "social")])


def t_chat_line():
    h = handle()
    n = ja_full(True)
    return (f"LINEのIDは {h} です。{n}先生にも伝えてください。", [(h, "social"), (n, "name")])


def t_tiktok():
    h = handle()
    return (f"Cô ấy livestream bán mỹ phẩm trên TikTok @{h} sau khi bỏ trốn khỏi công ty.", [("@" + h, "social")])


def t_email():
    e = email()
    n = vn_full(False)
    return (f"Please send the contract copy to {e} — {n} wants to check what he signed in Hanoi.",
            [(e, "email"), (n, "name")])


def t_email_vn():
    e = email()
    return (f"gửi bản scan hợp đồng qua mail {e} giúp em với ạ", [(e, "email")])


def t_remit():
    shop = C(VN_SHOP)
    ph = phone_jp()
    return (f"Tiệm chuyển tiền {shop} ở gần ga, chủ tiệm cho số {ph} để gửi tiền về không cần thẻ ngoại kiều.",
            [(shop, "org"), (ph, "phone")])


def t_church():
    ch = C(CHURCH_T)
    n = vn_full(False)
    return (f"Cha {n} ở nhà thờ giáo xứ {ch} cho các em ngủ tạm ở phòng sinh hoạt.",
            [(n, "name"), (ch, "org")])


def t_hospital_ja():
    n = vn_full(True)
    s = C(JA_SUR)[0]
    return (C([f"{n}さんは{s}病院に三日入院し、会社は治療費を給料から差し引いた。",
               f"Chị {n} được đưa vào {s}病院 lúc nửa đêm, không ai phiên dịch."]),
            [(n, "name"), (s + "病院", "org")])


def t_police_en():
    n = ascii_vi(vn_full(True))
    a = ja_address()
    return (f"Police picked up {n} at a flat in {a}, Hamamatsu; she had overstayed eight months.",
            [(n, "name"), (a, "place")])


def t_airport_zh():
    n = zh(True)
    ph = phone_tw()
    return (f"桃園機場接機的是{n}先生，手機{ph}，他把大家帶到宿舍就收走護照。",
            [(n, "name"), (ph, "phone")])


def t_arc():
    a = arc()
    n = vn_full(True)
    return (f"居留證號碼：{a}（{n}），逃跑後被雇主通報失聯。", [(a, "id_number"), (n, "name")])


def t_mynumber():
    m = mynumber()
    s = ja_full(False)
    return (C([f"マイナンバー {m} を{s}が勝手に使って口座を作ったらしい。",
               f"{s}は彼女の個人番号（{m}）で携帯を契約していた。"]), [(m, "id_number"), (s, "name")])


def t_mixed_vn_ja():
    o = ja_org()
    n = vn_given(False)
    return (f"{n} làm ở {o} được 2 năm, 残業代 không được trả đủ, tháng nào cũng thiếu khoảng 3 man.",
            [(n, "name"), (o, "org")])


def t_mixed_en_org():
    o = en_org()
    n = vn_full(True)
    return (f"{o} Co., Ltd. sent {n} back to the broker after her hand was injured on the line.",
            [(o, "org"), (n, "name")])


def t_vn_street():
    a = f"số {rng.randint(3, 180)} {C(VN_STREET)}"
    n = vn_full(False)
    return (f"Văn phòng môi giới của {n} ở {a}, thành phố Vinh, trên tầng hai tiệm điện thoại.",
            [(n, "name"), (a, "place")])


def t_vn_to():
    t = f"tổ {rng.randint(2, 19)}"
    n = vn_given(True)
    return (f"Nhà chị {n} ở {t}, phường bên cạnh chợ, mẹ chị vay lãi ngày để lo tiền đi.",
            [(n, "name"), (t, "place")])


def t_xom():
    v = C(VN_VILLAGE)
    n = vn_full(True)
    return (f"Cả xóm {v} có mười mấy người đi Đài Loan, {n} là người đầu tiên.",
            [(v, "place"), (n, "name")])


def t_letter():
    n = vn_full(True)
    m = vn_given(False)
    return (f"Con {n} kính gửi bố mẹ. Anh {m} hứa tìm việc khác cho con ở Osaka, bố mẹ đừng lo.",
            [(n, "name"), (m, "name")])


def t_simpl_factory():
    o = C(ZH_ORG_S)
    a = f"{C(CN_STREET)}{rng.randint(2, 99)}号"
    return (f"{o}有限公司在{a}，工人说每天站十二个小时。", [(o, "org"), (a, "place")])


def t_shelter_note():
    n = ascii_vi(vn_full(True))
    ph = phone_vn()
    h = handle()
    return (C([f"Intake: {n}. Mother in Ha Tinh reachable on {ph}. Friend's Facebook: {h}.",
               f"{n} / mẹ: {ph} / bạn cùng phòng cũ: {h} (Zalo)"]),
            [(n, "name"), (ph, "phone"), (h, "social")])


def t_zh_roman():
    n = C(ZH_ROMAN)
    return (f"The employer, {n}, refused to let her call the 1955 hotline.", [(n, "name")])


def t_ja_union():
    n = ja_full(True)
    v = vn_full(False)
    return (C([f"ユニオンの{n}さんが{v}さんの未払い賃金について団体交渉を申し入れた。",
               f"{v}さんは通訳の{n}さんと一緒に労基署へ行った。"]),
            [(n, "name"), (v, "name")])


def t_nocue_name():
    n = vn_full(C([True, False]))
    return (f"{n} bỏ trốn đêm 14, mang theo có cái ba lô, không lấy được lương tháng cuối.", [(n, "name")])


def t_town_only():
    t = C(JA_TOWN)
    n = vn_given(True)
    return (f"{n} lives with three other runaways in {t}, working nights at a bento factory.",
            [(n, "name"), (t, "place")])


def t_ja_station_meet():
    t = C(JA_TOWN)
    ph = phone_jp()
    return (f"{t}のアパートに移った。連絡は{ph}まで。", [(t, "place"), (ph, "phone")])


def t_quote_debt():
    n = vn_full(True)
    return (f"\"Tôi nợ 180 triệu,\" {n} nói, \"nếu về bây giờ thì nhà mất đất.\"", [(n, "name")])


def t_id_sentence_en():
    pp = passport_vn()
    n = vn_given(False)
    return (f"The agency still holds passport {pp}; {n} was told he would get it back at the airport.",
            [(pp, "id_number"), (n, "name")])


def t_handle_only_en():
    h = handle()
    return (C([f"Job ads for runaways circulate in a Facebook group run by {h}.",
               f"{h} posts daily offers of cash-in-hand work in Kanagawa.",
               f"The broker's old Telegram account was {h}; it has since been deleted."]), [(h, "social")])


def t_ap_mekong():
    v = C(VN_VILLAGE)
    ph = phone_vn()
    return (f"Gia đình ở ấp {v}, xã bên kia sông; số của mẹ: {ph}.", [(v, "place"), (ph, "phone")])


def t_ja_address_chat():
    a = ja_address()
    return (f"mọi người ơi, ai ở gần {a} cho em ở nhờ vài hôm với, em vừa ra khỏi công ty", [(a, "place")])


def t_tw_li_only():
    li = C(TW_LI)
    o = C(ZH_ORG_T)
    return (f"她在{li}的{o}工廠做了四年，夜班沒有加給。", [(li, "place"), (o, "org")])


def t_phone_bare():
    ph = C([phone_jp, phone_tw, phone_vn])()
    return (f"{ph} ← số này hay gọi rủ đi làm chui, đừng nghe máy", [(ph, "phone")])


def t_phone_zh():
    ph = phone_tw()
    return (f"有事打給我 {ph}，晚上十點以後比較方便。", [(ph, "phone")])


def t_phone_ja_shelter():
    ph = phone_jp()
    return (f"シェルターの夜間携帯は{ph}、日本語かベトナム語で。", [(ph, "phone")])


def t_handle_ig():
    h = handle()
    return (f"Check her Instagram ({h}): photos from the dorm in Gunma, before she left.", [(h, "social")])


def t_handle_zh():
    h = handle()
    return (f"臉書帳號 {h} 一直在徵逃跑外勞，一天一千二。", [(h, "social")])


def t_handle_ja():
    h = handle()
    return (f"元実習生のTikTok（@{h}）で寮の様子が拡散された。", [("@" + h, "social")])


def t_org_kumiai():
    o = C(JA_SUR)[0] + C(["事業協同組合", "協同組合"])
    name = o.replace("事業協同組合", "").replace("協同組合", "")
    return (f"監理団体の{o}は、面談に一度も来なかった。", [(name, "org")])


def t_org_vn_jsc():
    o = C(VN_ORG)
    return (f"Hợp đồng ký với Công ty Cổ phần {o} ghi phí 3.600 USD, thực tế thu gần gấp đôi.", [(o, "org")])


def t_org_en_inc():
    o = C(JA_SUR)[1] + " " + C(["Staffing", "Human Resources", "Global Partners"])
    return (C([f"The dispatch agency, {o} Inc., moved her to a different factory without telling her.",
               f"Her second employer was {o} Inc., a labour dispatcher in Gifu.",
               f"We wrote to {o} Inc. twice about the unpaid overtime; no answer."]), [(o, "org")])


def t_org_shop_ja():
    shop = C(VN_SHOP)
    t = C(JA_TOWN)
    return (f"{t}のベトナム食材店「{shop}」の掲示板に求人が貼ってある。", [(t, "place"), (shop, "org")])


def t_place_vn_khu():
    k = f"khu phố {rng.randint(1, 12)}"
    v = C(VN_VILLAGE)
    return (f"Sau khi về nước chị thuê nhà ở {k}, gần chợ {v}.", [(k.replace("khu phố ", "khu phố "), "place"), (v, "place")])


def t_place_cn_village():
    v = C(["幸福村", "红星村", "新塘村", "石桥村", "东坑村"])
    return (f"她老公是{v}的人，两人在工厂认识。", [(v, "place")])


def t_email_ja():
    e = email()
    return (C([f"診断書はPDFで {e} に送りました。", f"弁護士への連絡先：{e}", f"{e} 這個信箱是她姊姊的。"]), [(e, "email")])


def t_arc_en():
    a = arc()
    return (C([f"ARC no. {a}, expired; employer reported her missing after three days.",
               f"Her resident certificate ({a}) was cancelled once the employer reported her missing.",
               f"{a} is the number on the card she showed the clinic."]), [(a, "id_number")])


def t_airport_vn():
    n = vn_full(False)
    ph = phone_vn()
    return (f"Ra sân bay Nội Bài sẽ có người của công ty đón, tên {n}, số {ph}, đừng đi taxi.",
            [(n, "name"), (ph, "phone")])


def t_remit_zh():
    shop = C(["阿芳越南小吃", "順利匯款", "金安越南商店"])
    n = zh(True)
    return (f"她每個月在{shop}寄錢，老闆娘{n}會幫她寫地址。", [(shop, "org"), (n, "name")])


def t_police_zh():
    n = vn_given(True)
    li = C(TW_LI)
    return (f"警察在{li}的檳榔攤旁邊找到阿{n}，她已經三天沒吃東西。", [(li, "place"), (n, "name")])


def t_kinship_vn():
    n = vn_given(True)
    m = vn_full(False)
    return (f"Dì {n} cho em vay 40 triệu, còn chú {m} thì đứng ra bảo lãnh với ngân hàng.",
            [(n, "name"), (m, "name")])


def t_ja_family_name_only():
    s = C(JA_SUR)[0]
    o = ja_org()
    return (f"{o}の{s}部長は、技能実習生を「うちの子たち」と呼んでいた。", [(o, "org"), (s, "name")])


def t_en_quote_roman_ja():
    s = C(JA_SUR)[1]
    g = C(JA_FEM)[1]
    return (f"\"{g} {s} from the support group drove me to the consulate,\" she said.",
            [(f"{g} {s}", "name")])


def t_vn_summary_multi():
    n = vn_full(True)
    v = C(VN_VILLAGE)
    o = C(VN_ORG)
    return (f"Tóm tắt hồ sơ: {n}, 27 tuổi, thôn {v}; đi qua {o}, nợ 150 triệu, đã bỏ trốn năm thứ hai.",
            [(n, "name"), (v, "place"), (o, "org")])


def t_zh_simpl_arc():
    a = arc()
    n = zh(False)
    return (f"雇主{n}把她的居留证（{a}）锁在抽屉里。", [(n, "name"), (a, "id_number")])


def t_chat_name_lower():
    g = ascii_vi(vn_given(True)).lower()
    h = handle()
    return (f"c {g} oi, add zalo em di: {h}", [(g, "name"), (h, "social")])


def t_ja_address_roman():
    t = C(JA_SUR)[1]
    a = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {t}-cho"
    return (f"Dormitory address on her pay slip: {a}, Toyohashi.", [(a, "place")])


def t_shelter_tw():
    n = vn_full(True)
    o = C(["新移民關懷協會", "移工庇護中心", "外勞之家"])
    return (f"{n}現在住在教會的{o}，等勞動部的轉換雇主結果。", [(n, "name")])


def t_hospital_en_tw():
    n = C(ZH_ROMAN)
    ph = phone_tw()
    return (f"The clinic nurse, {n}, gave us her mobile ({ph}) in case the employer comes back.",
            [(n, "name"), (ph, "phone")])


WITH_IDS = [t_vn_intro, t_vn_broker_fee, t_vn_noaccent, t_ja_company, t_ja_person_san, t_ja_shachou,
            t_zh_trad_broker, t_zh_simpl_friend, t_tw_address, t_en_fieldnote, t_en_residence,
            t_vn_passport, t_vn_cccd_nocue, t_chat_zalo, t_chat_line, t_tiktok, t_email, t_email_vn,
            t_remit, t_church, t_hospital_ja, t_police_en, t_airport_zh, t_arc, t_mynumber,
            t_mixed_vn_ja, t_mixed_en_org, t_vn_street, t_vn_to, t_xom, t_letter, t_simpl_factory,
            t_shelter_note, t_zh_roman, t_ja_union, t_nocue_name, t_town_only, t_ja_station_meet,
            t_quote_debt, t_id_sentence_en, t_handle_only_en, t_ap_mekong, t_ja_address_chat,
            t_tw_li_only, t_phone_bare, t_phone_zh, t_phone_ja_shelter, t_handle_ig, t_handle_zh,
            t_handle_ja, t_org_kumiai, t_org_vn_jsc, t_org_en_inc, t_org_shop_ja, t_place_vn_khu,
            t_place_cn_village, t_email_ja, t_arc_en, t_airport_vn, t_remit_zh, t_police_zh,
            t_kinship_vn, t_ja_family_name_only, t_en_quote_roman_ja, t_vn_summary_multi,
            t_zh_simpl_arc, t_chat_name_lower, t_ja_address_roman, t_shelter_tw, t_hospital_en_tw]

# Weights steer the counts towards ~160 names, ~75 places, ~65 orgs, ~30 phones, ~35 handles,
# ~40 ID numbers, ~15 e-mail.
WEIGHTS = {t_vn_passport: 2, t_en_residence: 2, t_vn_cccd_nocue: 2, t_arc: 2, t_mynumber: 2,
           t_id_sentence_en: 2, t_chat_zalo: 2, t_tiktok: 2, t_handle_only_en: 2, t_handle_ig: 2,
           t_handle_ja: 2, t_chat_line: 2, t_handle_zh: 2, t_email: 2, t_letter: 2, t_ja_union: 2,
           t_en_fieldnote: 2, t_ja_person_san: 2}

# --- identifier-free texts ---------------------------------------------------------------------

CLEAN = [
    "Hoa nở ở sân ký túc xá, nhưng chẳng ai có thời gian ngắm.",
    "Mai em đi làm ca sáng, tối về mới nhắn được.",
    "Xuân này em không về quê, vé máy bay đắt quá.",
    "Công ty TNHH nào cũng nói là không thu phí, nhưng ai cũng phải đóng.",
    "Chị gọi đường dây nóng 1955 của Bộ Lao động Đài Loan, họ có người nói tiếng Việt.",
    "IOM và Bộ Lao động - Thương binh và Xã hội có tổ chức hội thảo ở Hà Tĩnh về di cư an toàn.",
    "Nhóm Zalo của người Nghệ An ở Nhật có hơn hai nghìn thành viên.",
    "Tôi thấy trên Facebook có người rao bán visa đi Đài Loan, 5.000 đô một suất.",
    "An toàn là trên hết, em đừng đi theo người lạ ở ga.",
    "Phúc lợi ở chỗ mới tốt hơn, có bảo hiểm và được nghỉ Chủ nhật.",
    "Thu nhập mỗi tháng chỉ khoảng 13 man sau khi trừ tiền nhà.",
    "Nhà thờ Công giáo ở Tokyo có lớp tiếng Nhật miễn phí cho người Việt vào tối thứ Bảy.",
    "Hội Phật tử Việt Nam tại Nhật Bản cho mượn chùa làm nơi ở tạm.",
    "Sau khi bỏ trốn, em làm ở công trường ở Chiba, lương ngày, không hợp đồng.",
    "Bố mẹ em cầm sổ đỏ vay ngân hàng ở Thanh Hóa để lo tiền đi.",
    "Lam kia lương cao hon nhung khong co bao hiem, em con dang suy nghi.",
    "chi oi cong ty TNHH thi co phai dong phi khong a",
    "may ban o Gifu bao la cong ty giu ho chieu cua ca nhom",
    "技能実習生の多くは来日前に百万円以上の借金を抱えている。",
    "外国人技能実習機構（OTIT）に相談したが、返事は二週間後だった。",
    "株式会社や有限会社という名前だけでは、監理団体かどうか分からない。",
    "愛知県の工場では、残業代が時給三百円で計算されていた。",
    "森の中の寮には、バスが一日二本しか来ない。",
    "彼女はLINEで故郷の母親と毎晩話している。",
    "入管に収容された後、仮放免になるまで半年かかった。",
    "労働組合の相談窓口は日曜日も開いている。",
    "ベトナム大使館はパスポートの再発行に二か月かかると言った。",
    "逃げた理由を聞くと、「借金を返せないから」と答えた。",
    "岐阜県と三重県の縫製工場で同じような話を聞いた。",
    "雇主把護照收走，說是為了保管。",
    "勞動部的1955專線可以用越南語申訴。",
    "很多移工在臉書社團找工作，也有人用LINE。",
    "她每個月寄一萬五千元回越南，剩下的錢不夠吃飯。",
    "仲介費要繳兩年，第一年幾乎拿不到薪水。",
    "林子裡的工寮沒有熱水，冬天很冷。",
    "有限公司和股份有限公司的老闆都說沒有加班費。",
    "教會的修女每週六來探望住在庇護所的女孩。",
    "逃跑的外劳在桃园和新竹之间换了好几个工作。",
    "中介说有限公司的合同都是这样写的。",
    "移民署抓到逃跑的人，会先关在收容所。",
    "高雄的渔船上有很多越南船员，每天工作十八个小时。",
    "台湾国际劳工协会帮她申请了转换雇主。",
    "The union said the company had deducted dormitory fees twice.",
    "She arrived in Taiwan with a debt of about six thousand dollars.",
    "Most trainees I met in Aichi had paid their brokers in Vietnam before leaving.",
    "Grace, she said, was what kept her going at the church shelter.",
    "Rose petals were drying on the dormitory roof when I visited.",
    "Hope, for her, meant sending money home every month.",
    "Faith groups in Osaka run Sunday kitchens for undocumented workers.",
    "Long shifts at the seafood plant left her hands cracked and swollen.",
    "Nghe An and Ha Tinh send more workers abroad than almost any other province.",
    "The IOM office in Hanoi publishes a guide on recruitment fees.",
    "A hotline run by the Ministry of Labor takes complaints in Vietnamese.",
    "Co., Ltd. companies in the supply chain refused to answer our letters.",
    "She keeps in touch with other runaways through Zalo and Facebook Messenger.",
    "Japan's Technical Intern Training Program was meant to transfer skills, not to supply cheap labour.",
    "Immigration detained him at Narita Airport on his way home.",
    "The hospital asked for a guarantor before treating her broken wrist.",
    "Police in Taiwan treat runaway caregivers as missing persons.",
    "Em gửi tiền qua tiệm chuyển tiền gần ga, phí rẻ hơn ngân hàng.",
    "Bệnh viện ở Đài Trung bắt em tự trả tiền viện phí.",
    "Công an sân bay Nội Bài giữ em lại hỏi về hợp đồng.",
    "Nhà tạm lánh của giáo xứ cho ở miễn phí ba tháng.",
    "Cảnh sát Nhật bắt hai người ở quán karaoke tối qua, giờ đang ở cục xuất nhập cảnh.",
    "Em hỏi LINE thì không ai trả lời, hỏi Zalo thì có người bảo gọi cho luật sư.",
    "Bà ngoại trông con cho em từ khi con mới một tuổi.",
    "Nợ ngân hàng chính sách xã hội lãi thấp, nhưng phải có người bảo lãnh.",
    "Thực tập sinh không được đổi công ty, muốn đổi phải bỏ trốn.",
    "シェルターの職員は英語とベトナム語が話せる。",
    "病院では通訳がいなくて、症状をうまく説明できなかった。",
    "空港で強制送還される前に、友達に荷物を預けた。",
    "教会のミサの後、ベトナム人の信者たちが食事を分け合う。",
    "送金ショップは駅前に三軒あり、どこも日曜日が一番混む。",
    "ベトナムの家族には、逃げたことをまだ話していない。",
    "Facebookのグループで仕事を探す元実習生が増えている。",
    "Zalo với LINE đều có nhóm tìm việc, nhưng nhiều tin là lừa đảo.",
    "工場 của em ở Hiroshima, 寮 thì chật, sáu người một phòng.",
    "今月の給料 chỉ có 8 man, trừ tiền nhà xong hết sạch.",
    "Sáng nay họp ở văn phòng công đoàn, có luật sư và phiên dịch viên.",
    "Phỏng vấn thứ ba: chị kể về những tháng đầu ở Đài Loan làm giúp việc.",
    "Trường tiếng Nhật ở Hà Nội thu phí ăn ở bốn tháng trước khi bay.",
    "她說，逃跑不是因為懶，是因為欠債太多。",
    "越南籍看護工在台灣沒有勞基法保障。",
    "工厂老板说，外劳跑掉了就找中介再补一个。",
    "雇主 không cho em nghỉ ngày nào, 阿嬤 đêm nào cũng dậy ba lần.",
    "Fieldnote: second visit to the shelter, four women present, two new since last month.",
    "Transcript, part two. She laughs when asked about the broker's promises.",
    "Summary: debt repaid after three years; now working without papers in construction.",
    "Interview postponed: the respondent was called in for an overnight shift.",
    "Chua co tin gi tu cong ty, em cho them may hom nua.",
    "Tu hom bo tron den gio em chua dam ra duong ban ngay.",
    "Phong kham tu nhan o Kawaguchi nhan nguoi khong co bao hiem.",
    "Song o Nhat kho nhung em khong muon ve tay trang.",
    "Ngân hàng ở quê gọi điện đòi nợ mỗi tuần.",
    "Quỹ hỗ trợ của cộng đồng góp được 40 man cho em mổ ruột thừa.",
    "Minh bạch về phí môi giới là điều người lao động cần nhất.",
    "Thanh niên trong làng gần như đi hết, chỉ còn người già và trẻ con.",
    "Kim chỉ, vải vụn, tiếng máy may: cả ngày chỉ có vậy.",
    "Khánh Hòa có nhiều người đi Hàn Quốc hơn đi Nhật.",
    "Bình an là được, tiền bạc tính sau, mẹ em nói vậy.",
    "Sang năm thứ ba em mới trả hết nợ.",
    "Lan can ký túc xá bị gãy mà công ty không sửa.",
    "Hương nhang ở chùa Việt ở Saitama lúc nào cũng nghi ngút.",
    "Hồng cả hai tay vì giặt đồ bằng nước lạnh.",
    "Đức Mẹ ở nhà thờ là nơi em đến mỗi tối thứ Năm.",
    "Chiến dịch truy bắt lao động bất hợp pháp làm mọi người sợ không dám ra ngoài.",
    "Thắng lợi duy nhất là em đã lấy lại được hộ chiếu.",
    "Cục Quản lý lao động ngoài nước nói sẽ xem xét đơn của em.",
    "Hiệp hội Xuất khẩu lao động Việt Nam có quy định về mức phí.",
    "Công đoàn ở Đài Loan giúp em viết đơn khiếu nại lên cục lao động.",
    "Bảo hiểm y tế ở Nhật trả bảy phần viện phí nếu có thẻ.",
    "Hợp đồng lao động viết bằng tiếng Nhật, em không đọc được chữ nào.",
    "Trên TikTok có nhiều video dạy cách bỏ trốn, nhiều cái là bẫy.",
    "Nhật Bản, Đài Loan hay Hàn Quốc thì người đi đều phải vay nợ.",
    "Long An và Tiền Giang ít người đi Nhật hơn miền Bắc.",
    "Vinh và Hà Tĩnh có hàng chục trung tâm dạy tiếng Nhật.",
    "技能実習制度は国際貢献を目的としているが、実態は違う。",
    "出入国在留管理庁は失踪した実習生の数を毎年公表している。",
    "林業の現場でも技能実習生が働いている。",
    "これは一人の話ではなく、制度全体の問題だ。",
    "大阪の入管で面会したとき、彼は十キロ痩せていた。",
    "送り出し機関への手数料は、法律で上限が決められている。",
    "有限会社の社長は、実習生を「研修生」と呼び続けた。",
    "ハローワークでは在留資格のない人は相談できない。",
    "カトリック教会の神父が、仮放免の保証人になってくれた。",
    "越南勞工在台灣的人數已經超過二十萬。",
    "家庭看護工不適用勞動基準法，所以沒有加班費。",
    "天主教會的神父每個月到漁港探望漁工。",
    "外籍勞工諮詢保護中心的電話在宿舍牆上。",
    "她說，高雄的工廠比台北的好，至少有休假。",
    "股份有限公司的招牌很大，工人宿舍卻很小。",
    "越南驻台北经济文化办事处帮她补办了护照。",
    "工会说，这种扣款是违法的。",
    "中国大陆的工厂和台湾的工厂，她都做过。",
    "The Catholic diocese runs two shelters for migrant women in Taipei.",
    "Minh bạch, transparency, is the word the labour ministry keeps using about fees.",
    "Ministry officials in Hanoi declined to comment on the broker fees.",
    "Amnesty and Human Rights Watch have both written about the trainee program.",
    "Sunday Mass at the cathedral is where most of the runaways meet.",
    "Western Union charges less than the banks, but the shops near the station charge even less.",
    "Overstay is not a crime that most of the women could explain to me.",
    "Tokyo Immigration Bureau holds people for months before provisional release.",
]

# --- assembling --------------------------------------------------------------------------------

def ok(text, ids):
    """Every id occurs, and its first occurrence is not inside a longer word of Latin script."""
    for v, _ in ids:
        at = text.find(v)
        if at < 0:
            return False
        end = at + len(v)
        latin = lambda c: c.isalnum() and not ("\u3040" <= c <= "\u9fff")  # noqa: E731
        if latin(v[0]) and at > 0 and latin(text[at - 1]):
            return False
        if latin(v[-1]) and end < len(text) and latin(text[end]):
            return False
    return True


# About 420 identifiers in all.
TARGETS = {"name": 160, "place": 75, "org": 65, "phone": 30, "social": 35, "id_number": 40, "email": 15}

JA_VALUES = [x[0] for x in JA_SUR + JA_FEM + JA_MALE] + [x[1] for x in JA_SUR] + JA_TOWN


def language(text):
    """The language group a clean text is paired within."""
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh"
    if any(ord(c) > 0x7F for c in text):
        return "vi"
    return "latin"


def main():
    # Texts with two or more identifiers are drawn five times as often, so that about 55% of the
    # texts hold the ~420 identifiers.
    pool = [t for t in WITH_IDS for _ in range(WEIGHTS.get(t, 1) * (5 if len(t()[1]) > 1 else 1))]
    rows = []
    counts = {k: 0 for k in TARGETS}
    for _ in range(20000):
        if all(counts[k] >= TARGETS[k] for k in TARGETS):
            break
        t = rng.choice(pool)
        text, ids = t()
        add = {}
        for _, k in ids:
            add[k] = add.get(k, 0) + 1
        if not ok(text, ids) or any(r["text"] == text for r in rows) or any(counts[k] + n > TARGETS[k] + 2 for k, n in add.items()):
            continue
        for k, n in add.items():
            counts[k] += n
        src = SOURCE_E if any(x in text for x in JA_VALUES) else SOURCE_H
        rows.append({"text": text, "ids": [list(i) for i in ids], "clean": False, "source": src})
    clean = list(CLEAN)
    # Longer notes: two identifier-free sentences of one language, one after the other.
    groups = {}
    for c in CLEAN:
        groups.setdefault(language(c), []).append(c)
    while len(clean) < 420 - len(rows):
        g = groups[rng.choice(sorted(groups))]
        a, b = rng.sample(g, 2)
        if f"{a} {b}" not in clean:
            clean.append(f"{a} {b}")
    for c in clean:
        rows.append({"text": c, "ids": [], "clean": True, "source": SOURCE_H})
    rng.shuffle(rows)
    out = sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
