#!/usr/bin/env python3
"""Twenty-seventh blind corpus for FieldVault's de-identification (issue 18, item 8).

Written without reading the redactor, its lexicons, its docs or the other corpora; templates are new
(shelter case files, union intake forms, interview transcripts with the interviewer's questions,
SMS/chat threads, remittance slips, police statements retold, phone-dictated notes).

Sources (names drawn from registry packages; the lists below are a fixed extraction, embedded):
- npm `@zxcvbn-ts/language-ja` 3.0.2 (MIT): `dictionary.firstnames` (2,857) and `dictionary.lastnames`
  (483), romaji Japanese given and family names -> JA_FIRST, JA_LAST.
- npm `@zxcvbn-ts/language-en` 4.1.1 (MIT): `dictionary['firstnames-en']` (4,945) and
  `dictionary['lastnames-en']` (88,799) -> EN_FIRST, EN_LAST (words among the first 8,000 of
  `commonWords-en` removed, so that no surname is an ordinary English word).
- Debian apt `hunspell-vi` 1:7.5.0-1 (GPL-2+ / LGPL-2.1+, Vietnamese hunspell dictionary): used once, at
  writing time, to check the spelling of every Vietnamese syllable in the hand-written name, place and
  company pools against `vi_VN.dic` (all found except the English words Global/Star, Hoằng, and Hòa/Thủy,
  which the dictionary spells hoà/thuỷ). Not read at run time.
- Hand-written (no new npm/Debian package gives them): Vietnamese family/middle/given names, Japanese
  names in kanji, Chinese/Taiwanese names, every place (Vietnamese hamlets/communes/streets, Japanese
  丁目/番地 addresses, Taiwanese 里/巷/弄/號 addresses), organisation names, phones, handles, e-mail and
  ID numbers (synthetic formats).

Regenerate the embedded lists:
  mkdir /tmp/x && cd /tmp/x && npm init -y && npm install @zxcvbn-ts/language-ja@3.0.2 @zxcvbn-ts/language-en@4.1.1
  node -e "const ja=require('@zxcvbn-ts/language-ja').dictionary, en=require('@zxcvbn-ts/language-en').dictionary;
    const common=new Set(en['commonWords-en'].slice(0,8000));
    const pick=(a,step,n)=>{const o=[];for(let i=0;i<a.length&&o.length<n;i+=step){const w=a[i];
      if(/^[a-z]{3,10}$/.test(w)&&!common.has(w))o.push(w)}return o};
    console.log(JSON.stringify([pick(ja.firstnames,19,120),pick(ja.lastnames,3,120),
      pick(en['firstnames-en'],23,150),pick(en['lastnames-en'],31,150)]))"
  apt-get download hunspell-vi && dpkg -x hunspell-vi_*.deb hv   # optional spelling check
Regenerate the corpus: python3 tests/redaction_corpus/generate_twenty_seventh.py
"""

import json
import os
import random
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from convention import normalise  # noqa: E402

R = random.Random(27_2026_1207)
OUT = os.path.join(HERE, "twenty_seventh.jsonl")
SRC_ZX = "npm @zxcvbn-ts/language-ja 3.0.2, @zxcvbn-ts/language-en 4.1.1"
SRC_HAND = "hand-written"

# ---- hand-written pools (no new npm/Debian package gives these) ----
VN_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
          "Lý", "Đinh", "Trịnh", "Lương", "Mai", "Tạ", "Quách", "Cao", "Lã", "Khúc", "Kiều"]
VN_MID_M = ["Văn", "Hữu", "Đức", "Quang", "Minh", "Công", "Xuân", "Thành", "Tiến", "Bá"]
VN_MID_F = ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Hồng", "Mỹ", "Bích", "Diệu", "Phương"]
VN_GIV_M = ["Tuấn", "Hùng", "Dũng", "Khải", "Thắng", "Lộc", "Phúc", "Quyết", "Sơn", "Toàn", "Hiếu", "Nghĩa",
            "Trung", "Cường", "Tài", "Kiên", "Hưng", "Đạt", "Vinh", "Thịnh", "Khoa", "Luân"]
VN_GIV_F = ["Hằng", "Nhung", "Trang", "Huyền", "Thảo", "Yến", "Oanh", "Loan", "Quyên", "Duyên", "Nga", "Hạnh",
            "Thủy", "Liên", "Gấm", "Xoan", "Nguyệt", "Trinh", "Vân", "Tuyết", "Hiền", "Lụa"]
JA_FAM_K = ["佐々木", "高野", "村井", "菅原", "堀内", "長谷川", "大西", "松浦", "浅野", "今井", "野口", "平田",
            "川端", "杉山", "丸山", "岩崎", "小野寺", "西村", "横山", "福田"]
JA_GIV_K = ["健太", "直美", "真由美", "浩二", "和也", "恵子", "由紀", "隆", "明美", "翔太", "美穂", "誠", "陽子", "大輔"]
ZH_FAM = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖",
          "賴", "周", "歐陽", "張簡", "范姜"]
ZH_GIV = ["志明", "淑芬", "雅婷", "家豪", "美玲", "俊傑", "怡君", "建宏", "秀英", "冠宇", "惠如", "文雄", "佳蓉",
          "國華", "麗珠", "宗翰", "玉蘭", "明德"]
ZH_FAM_S = ["陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "许", "郑", "谢", "郭"]
ZH_GIV_S = ["志明", "淑芬", "雅婷", "家豪", "美玲", "俊杰", "怡君", "建宏", "秀英", "国华", "丽珠", "玉兰"]

VN_HAMLET = ["Đông Hạ", "Phú Mỹ", "Tràng Cát", "Yên Thái", "Lạc Thủy", "Bình Lư", "Thượng Lâm", "Cổ Đạm",
             "Kim Liên", "Tân Hợp", "Đồng Quang", "Vĩnh Lại", "Hưng Đạo", "Quỳnh Đôi", "Nam Trung", "Cẩm Bào"]
VN_COMMUNE = ["Diễn Kỷ", "Thạch Văn", "Hải Lý", "Nghi Xuân", "Quảng Lưu", "Hoằng Phụ", "Kỳ Tân", "Yên Trung",
              "Đức Thịnh", "Xuân Hội", "Tiên Lữ", "Thái Học", "An Lão", "Đông Sơn"]
VN_STREET = ["Lê Hồng Phong", "Trần Phú", "Nguyễn Du", "Hai Bà Trưng", "Quang Trung", "Lý Thường Kiệt",
             "Nguyễn Thái Học", "Phan Đình Phùng", "Bà Triệu", "Hùng Vương"]
VN_PROV = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Nam Định", "Thái Bình", "Hải Dương", "Quảng Bình", "Bắc Giang",
           "Hưng Yên", "Phú Thọ", "Hà Nam", "Ninh Bình"]
JA_TOWN = ["大沢町", "本郷町", "緑町", "栄町", "若松町", "旭町", "昭和町", "中島町", "東雲町", "桜木町"]
JA_PREF = ["愛知県", "岐阜県", "茨城県", "広島県", "埼玉県", "群馬県", "静岡県", "香川県"]
TW_ROAD = ["中正路", "民族路", "復興路", "建國路", "成功路", "光明路", "和平東路", "中山北路", "自強街", "忠孝路"]
TW_LI = ["大林里", "新興里", "福德里", "頂寮里", "南勢里", "埔心里", "後湖里", "三民里"]
TW_CITY = ["桃園", "台中", "彰化", "新竹", "台南", "高雄", "雲林", "苗栗"]

JA_TRADE = ["縫製", "食品", "工業", "水産", "建設", "精工", "農園", "電機"]
JA_TRADE_EN = ["Sewing", "Foods", "Industries", "Marine", "Construction", "Precision", "Farm", "Electric"]
TW_CO = ["大成電子", "永豐紡織", "順發金屬", "宏利塑膠", "祥和食品", "聯興機械", "金泰鋼鐵", "美華照顧"]
VN_CO = ["Phúc An", "Hưng Thịnh", "Việt Nhật Star", "Đông Á Nhân Lực", "Minh Khang", "Thiên Phát", "Sao Mai Global",
         "Hòa Bình Xanh", "Kim Ngân", "Tân Long"]
VN_SHOP = ["Kim Hoa", "Bảo Tín Thanh", "Ngọc Thẩm", "Phú Quý", "Mỹ Ngọc"]

# ---- extracted from npm (see docstring) ----
JA_FIRST = ['aito', 'akira', 'arihide', 'ukon', 'osamu', 'kazutaka', 'kazuya', 'katsuyoshi', 'kiyohito', 'keika', 'genki', 'koushien', 'sadanori', 'shizuaki', 'shouji', 'shingo', 'seiki', 'sousuke', 'daisaku', 'takashige', 'takiya', 'takehiko', 'tatsuhiko', 'tsunehiro', 'terukazu', 'toshikazu', 'tomo', 'tomoyasu', 'naohiko', 'nikori', 'nobuyuki', 'haruaki', 'hisanori', 'hidehito', 'hiroo', 'hiromitsu', 'fumitaka', 'masaaki', 'masahide', 'mamoru', 'mitsuharu', 'motoki', 'yasutoyo', 'yuuei', 'yuuma', 'youki', 'yoshito', 'raito', 'rima', 'ryouga', 'reo', 'aina', 'aoba', 'akino', 'asaki', 'atsuna', 'ayase', 'ayuno', 'awano', 'ikuna', 'itsuna', 'irei', 'umie', 'eran', 'ooaya', 'kako', 'kazuho', 'kanari', 'kayo', 'kikuko', 'kino', 'kiyu', 'kiyoha', 'kura', 'koue', 'kozue', 'kotoyo', 'komaki', 'saika', 'saki', 'sasa', 'satoko', 'sahori', 'shiimi', 'shiori', 'shizuma', 'shuuko', 'juho', 'shouna', 'suzuha', 'seikai', 'seri', 'tamami', 'chikage', 'chizuki', 'chura', 'teruyo', 'toshika', 'tomoha', 'nachi', 'nanao', 'nanon', 'nayo', 'nijiha', 'nobuko', 'hasumi', 'hanaha', 'haruno', 'hikana', 'hitona', 'hiyumi', 'fuuna', 'fumie', 'hoshino', 'maaya', 'makie', 'matsuyo', 'manon', 'mayuka', 'marin']
JA_LAST = ['satou', 'suzuki', 'watanabe', 'nakamura', 'katou', 'sasaki', 'inoue', 'nakajima', 'hashimoto', 'ishikawa', 'fujita', 'hasegawa', 'kondou', 'aoki', 'fukuda', 'fujiwara', 'nakagawa', 'ono', 'kaneko', 'ishida', 'kojima', 'miyazaki', 'yokoyama', 'takagi', 'yaguchi', 'maruyama', 'fujimoto', 'ueno', 'koyama', 'sugahara', 'chiba', 'kinoshita', 'kikuchi', 'sano', 'furukawa', 'komatsu', 'yokawa', 'nishikawa', 'fukushima', 'hirata', 'iida', 'sawada', 'nakanishi', 'tsuji', 'kawakami', 'matsuoka', 'morimoto', 'ooshima', 'tsuchiya', 'yoshioka', 'ookubo', 'noda', 'hoshino', 'ozaki', 'mochizuki', 'nishiyama', 'hirai', 'honma', 'hayakawa', 'narita', 'ishibashi', 'sudou', 'konishi', 'miyake', 'minami', 'kataoka', 'sekiguchi', 'oka', 'uehara', 'imamura', 'shibuya', 'nakao', 'makino', 'sakaguchi', 'kawai', 'miyashita', 'ogasawara', 'amano', 'sakata', 'kakuta', 'sekine', 'morishita', 'sakuma', 'yamane', 'miyagawa', 'horiuchi', 'enomoto', 'moriyama', 'kamiya', 'tani', 'imano', 'tashiro', 'tsuda', 'nagao', 'morikawa', 'miyoshi', 'yoneda', 'muramatsu', 'saeki', 'kaneda', 'fujisawa', 'izumi', 'nishino', 'furuta', 'shinden', 'tominaga', 'yamakawa', 'sugita', 'miki', 'kasahara', 'ootake', 'kawabata', 'kajiwara', 'iguchi', 'mukai', 'fujikawa', 'kawara', 'fukazawa', 'yoshihara', 'fukumoto']
EN_FIRST = ['aaren', 'addy', 'adria', 'aindrea', 'alene', 'alida', 'allis', 'alverta', 'amandi', 'amye', 'andrei', 'annadiane', 'annora', 'arabele', 'ariana', 'arlyne', 'atlante', 'aurea', 'avril', 'barbi', 'beitris', 'benoite', 'bette', 'biddie', 'blancha', 'bobinette', 'brenn', 'brit', 'brynn', 'camala', 'caralie', 'carlene', 'carmencita', 'caterina', 'catlin', 'celia', 'chelsy', 'chickie', 'christiane', 'cindra', 'clarita', 'cloe', 'conni', 'cordelie', 'corly', 'crin', 'cynde', 'danila', 'darda', 'dasya', 'debee', 'dela', 'devora', 'dionis', 'dominique', 'dorelle', 'drucy', 'dynah', 'edita', 'elbertine', 'elisa', 'ellyn', 'elvira', 'emiline', 'enrichetta', 'ernaline', 'ethelda', 'evangelina', 'fawne', 'feodora', 'fiorenze', 'florry', 'freda', 'gabriela', 'gayleen', 'georgette', 'gert', 'gillian', 'giustina', 'godiva', 'grethel', 'gustie', 'harri', 'hedwiga', 'henriette', 'hildy', 'ianthe', 'imogene', 'irena', 'ivonne', 'janeczka', 'janka', 'jeanette', 'jeniffer', 'jerrylee', 'jilli', 'jobyna', 'johna', 'jordanna', 'kaila', 'kandy', 'karita', 'kary', 'katharyn', 'katrinka', 'kelila', 'kerry', 'kimberlyn', 'korrie', 'kyla', 'lani', 'lauralee', 'layne', 'leila', 'leonora', 'lexine', 'lilas', 'lindy', 'lissy', 'lolly', 'lotty', 'lyndell', 'mable', 'madonna', 'maisie', 'mandie', 'marga', 'marguerite', 'mariellen', 'marja', 'marni', 'marya', 'matilde', 'mellisa', 'merissa', 'michaela', 'milena', 'minnnie', 'mitzi', 'morganica', 'myrle', 'nanci', 'natalina', 'nelli', 'nichol', 'ninetta', 'nollie', 'odele', 'orelee', 'pammi']
EN_LAST = ['lopez', 'richardson', 'gonzales', 'webb', 'ferguson', 'mccoy', 'medina', 'barrett', 'salazar', 'maxwell', 'norton', 'wilkerson', 'callahan', 'leblanc', 'barron', 'mejia', 'hendricks', 'hurley', 'rowland', 'mullen', 'cote', 'lancaster', 'puckett', 'newell', 'gregg', 'lutz', 'lyon', 'eldridge', 'fritz', 'cuevas', 'crockett', 'teague', 'lilly', 'draper', 'holbrook', 'hutchison', 'salgado', 'rosenberg', 'prater', 'horner', 'hedrick', 'pritchett', 'stapleton', 'ybarra', 'corona', 'dennison', 'huddleston', 'benavides', 'ogden', 'cronin', 'bowser', 'eckert', 'escobedo', 'couture', 'rader', 'poirier', 'nugent', 'deaton', 'pyle', 'helm', 'willey', 'christy', 'lankford', 'schell', 'switzer', 'cabral', 'menard', 'mackenzie', 'tomlin', 'gandy', 'wren', 'meehan', 'eggleston', 'herrmann', 'bobo', 'brink', 'phan', 'wahl', 'wilbur', 'hawes', 'gulley', 'hutcherson', 'rust', 'bourne', 'jobe', 'vickery', 'fuchs', 'slocum', 'cady', 'warfield', 'hutchings', 'chisolm', 'tierney', 'mcmurray', 'strand', 'wasson', 'taggart', 'stiltner', 'paterson', 'manson', 'tice', 'concepcion', 'heckman', 'hussey', 'hammett', 'ingle', 'wooldridge', 'byars', 'lash', 'stillwell', 'camarillo', 'simonson', 'funderburk', 'mears', 'gatewood', 'veal', 'seymore', 'hutchens', 'seidel', 'fryer', 'blythe', 'woodbury', 'boatwright', 'tejeda', 'schindler', 'hudgens', 'lashley', 'forster', 'terrill', 'sherry', 'cowell', 'pettway', 'sacco', 'rey', 'lundgren', 'collett', 'ballou', 'musselman', 'madigan', 'mcnamee', 'mendes', 'pettus', 'lavallee', 'rolfe', 'portis', 'propst', 'szymanski', 'aucoin', 'henriquez', 'marrs']


def c(seq):
    return R.choice(seq)


def plain(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def vn(fem=None):
    fem = R.random() < 0.55 if fem is None else fem
    mid = c(VN_MID_F if fem else VN_MID_M)
    giv = c(VN_GIV_F if fem else VN_GIV_M)
    return f"{c(VN_FAM)} {mid} {giv}", giv


def jr():
    return c(JA_LAST).capitalize(), c(JA_FIRST).capitalize()


def jk():
    return c(JA_FAM_K), c(JA_GIV_K)


def zh():
    return c(ZH_FAM) + c(ZH_GIV)


def zhs():
    return c(ZH_FAM_S) + c(ZH_GIV_S)


def en():
    return c(EN_FIRST).capitalize(), c(EN_LAST).capitalize()


def d(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def vn_phone():
    p = c(["91", "98", "97", "86", "35", "36", "39", "88", "77", "70"]) + d(7)
    f = R.randrange(5)
    if f == 0:
        return f"0{p[:3]} {p[3:6]} {p[6:]}"
    if f == 1:
        return f"+84 {p[:2]} {p[2:5]} {p[5:]}"
    if f == 2:
        return "84" + p
    if f == 3:
        return f"0{p[:2]}.{p[2:5]}.{p[5:]}"
    return "0" + p


def jp_phone():
    p = c(["90", "80", "70"]) + d(8)
    f = R.randrange(3)
    if f == 0:
        return f"0{p[:2]}-{p[2:6]}-{p[6:]}"
    if f == 1:
        return f"+81 {p[:2]} {p[2:6]} {p[6:]}"
    return "81" + p


def tw_phone():
    p = "9" + d(8)
    f = R.randrange(3)
    if f == 0:
        return f"0{p[:3]}-{p[3:6]}-{p[6:]}"
    if f == 1:
        return f"+886 {p[:3]} {p[3:6]} {p[6:]}"
    return "886" + p


def handle(base):
    b = plain(base).lower().replace(" ", c([".", "_", ""]))
    return b + c(["", str(R.randint(80, 99)), "_" + d(2), ".vn", "x"])


def email(base):
    b = plain(base).lower().replace(" ", c([".", "_", ""]))
    return b + c(["", str(R.randint(80, 99)), d(2)]) + "@" + c(["gmail.com", "yahoo.com.vn", "outlook.com", "icloud.com", "docomo.ne.jp"])


def passport():
    return c(["C", "N", "P"]) + d(7)


def cccd():
    return "0" + c(["38", "40", "42", "36", "30"]) + d(9)


def rcard():
    return c(["AB", "UH", "EK", "RT"]) + d(8) + c(["CD", "FA", "JK"])


def arc():
    return c(["A", "F", "H"]) + c(["8", "9"]) + d(8)


def bank():
    return c([d(13), d(10), d(4) + " " + d(4) + " " + d(4)])


def vn_place():
    k = R.randrange(6)
    if k == 0:
        return f"thôn {c(VN_HAMLET)}", c(VN_HAMLET)
    if k == 1:
        return f"xóm {R.randint(1, 14)}", None
    if k == 2:
        return f"xã {c(VN_COMMUNE)}", None
    if k == 3:
        return f"tổ {R.randint(2, 30)}", None
    if k == 4:
        return f"ấp {c(VN_HAMLET)}", None
    return f"{R.randint(3, 420)} {c(VN_STREET)}", None


def ja_addr():
    return f"{c(JA_TOWN)}{R.randint(1, 6)}丁目{R.randint(1, 40)}番地"


def tw_addr():
    return f"{c(TW_ROAD)}{R.randint(1, 3)}段{R.randint(10, 400)}巷{R.randint(1, 30)}弄{R.randint(1, 60)}號"


def tw_addr_short():
    return f"{c(TW_ROAD)}{R.randint(1, 500)}號"


# ---- templates with identifiers: each returns (text, ids, lang) ----
T = []


def t(fn):
    T.append(fn)
    return fn


@t
def a1():
    n, g = vn(True)
    p = vn_place()[0]
    return (f"Case 14-{d(2)}: {n}, from {p}, {c(VN_PROV)}. Arrived at the shelter on a Tuesday night with one bag "
            f"and no passport; says the company kept it.", [[n, "name"], [p, "place"]], "en")


@t
def a2():
    n, _ = vn(False)
    g = c(VN_GIV_F)
    ph = vn_phone()
    return (f"Em {g} nhắn: “Chị ơi, anh {n} bên môi giới gọi em hoài, số {ph}, em không dám bắt máy.”",
            [[g, "name"], [n, "name"], [ph, "phone"]], "vi")


@t
def a3():
    l, f = jr()
    co = c(JA_LAST).capitalize() + " " + c(JA_TRADE_EN)
    return (f"Q: Who was your supervisor at {co} Co., Ltd.?\nA: Mr. {l}. {f} {l}? No — {l} {f}. He shouted a lot.",
            [[co + " Co., Ltd.", "org"], [l, "name"], [f"{f} {l}", "name"], [f"{l} {f}", "name"]], "en")


@t
def a4():
    fam, giv = jk()
    co = c(JA_FAM_K) + c(JA_TRADE)
    addr = ja_addr()
    return (f"{co}株式会社の寮（{addr}）から逃げた。社長の{fam}{giv}さんは「パスポートは預かる」と言った。",
            [[co + "株式会社", "org"], [addr, "place"], [fam + giv, "name"]], "ja")


@t
def a5():
    n = zh()
    addr = tw_addr()
    co = c(TW_CO)
    return (f"雇主{n}先生住在{c(TW_CITY)}市{addr}，工廠是{co}有限公司。她說老闆娘每天只給兩餐。",
            [[n, "name"], [addr, "place"], [co + "有限公司", "org"]], "zh-tw")


@t
def a6():
    n, g = vn()
    h = handle(n)
    return (f"chi oi em la {plain(g)} o {plain(c(VN_PROV))}, zalo em {h} nha, ngay mai em qua nha tho",
            [[plain(g), "name"], [h, "social"]], "vi-nd")


@t
def a7():
    n, g = vn(True)
    pp = passport()
    cc = cccd()
    return (f"Hồ sơ: họ tên {n}; hộ chiếu số {pp}; CCCD {cc}. Người nhà giữ bản photo.",
            [[n, "name"], [pp, "id_number"], [cc, "id_number"]], "vi")


@t
def a8():
    f, l = en()
    em = email(f + " " + l)
    return (f"Volunteer {f} {l} from the parish legal desk (write to {em}) drove her to the labour office.",
            [[f"{f} {l}", "name"], [em, "email"]], "en")


@t
def a9():
    n, g = vn()
    b = bank()
    return (f"Biên lai chuyển tiền: người nhận {n}, tài khoản {b}, số tiền 18.500.000 đồng, nội dung “tra no”.",
            [[n, "name"], [b, "id_number"]], "vi")


@t
def a10():
    fam, giv = jk()
    ph = jp_phone()
    return (f"（電話メモ）組合の{fam}さんから折り返し。携帯 {ph}。明日の面談は午後二時。",
            [[fam, "name"], [ph, "phone"]], "ja")


@t
def a11():
    n = zh()
    a = arc()
    ph = tw_phone()
    return (f"仲介公司的{n}小姐要她把居留證（{a}）交出來，還傳LINE說：有問題打 {ph}。",
            [[n, "name"], [a, "id_number"], [ph, "phone"]], "zh-tw")


@t
def a12():
    n, g = vn(False)
    co = c(VN_CO)
    return (f"Ông {n}, giám đốc Công ty TNHH {co}, nói phí xuất cảnh là 7.000 USD, “không có hợp đồng gì hết”.",
            [[n, "name"], [co, "org"]], "vi")


@t
def a13():
    n, g = vn(True)
    pl, _ = vn_place()
    return (f"Dictated 21:40 — spoke with {g}'s mother by phone. The family still lives in {pl}; "
            f"the lender comes every month.", [[g, "name"], [pl, "place"]], "en")


@t
def a14():
    l, f = jr()
    rc = rcard()
    return (f"Residence card {rc} (expired). Employer contact on the card back: {l}-san. She calls him "
            f"'{f}' only when drunk, she laughs.", [[rc, "id_number"], [l, "name"], [f, "name"]], "en")


@t
def a15():
    n, g = vn()
    h = handle(n)
    g2 = c(VN_GIV_F)
    return (f"[Messenger] {h}: anh ơi, bên Nhật có đơn thực phẩm, bay tháng 3, phí 190tr bao ăn ở.\n"
            f"[Messenger] me: ai giới thiệu em?\n[Messenger] {h}: chị {g2} ạ",
            [[h, "social"], [g2, "name"]], "vi")


@t
def a16():
    s = zhs()
    addr = f"{c(['长安', '和平', '人民', '解放'])}路{R.randint(10, 300)}号"
    return (f"她在深圳转机时，中介{s}把她带到{addr}的一间旅馆，收走了手机。",
            [[s, "name"], [addr, "place"]], "zh-cn")


@t
def a17():
    n, g = vn(True)
    n2, g2 = vn(False)
    return (f"“Cái đêm đó em với {g2} trốn qua cửa sau, {n2} chở em bằng xe máy ra ga,” {g} kể, giọng nhỏ lại.",
            [[g2, "name"], [n2, "name"], [g, "name"]], "vi")


@t
def a18():
    co = c(JA_LAST).capitalize()
    ph = jp_phone()
    return (f"Clinic: {co} Orthopaedics (private), tel {ph}. The doctor did not ask about the visa.",
            [[co + " Orthopaedics", "org"], [ph, "phone"]], "en")


@t
def a19():
    n = zh()
    li = c(TW_LI)
    nb = f"{R.randint(1, 25)}鄰"
    return (f"警察筆錄轉述：阿姨住{c(TW_CITY)}{li}{nb}，照顧的阿公九十歲，兒子{n}常罵她。",
            [[li, "place"], [nb, "place"], [n, "name"]], "zh-tw")


@t
def a20():
    f, l = en()
    ph = vn_phone()
    return (f"Text thread, 3 May\n> {f}: is she safe?\n> me: yes, at the church now\n> {f}: her brother keeps "
            f"calling me from {ph}", [[f, "name"], [ph, "phone"]], "en")


@t
def a21():
    n, g = vn()
    pl, _ = vn_place()
    pl2 = f"xã {c(VN_COMMUNE)}"
    return (f"Phiếu tiếp nhận công đoàn — Họ tên: {n}. Quê quán: {pl}, {pl2}, huyện {c(['Diễn Châu', 'Can Lộc', 'Quỳnh Lưu', 'Tĩnh Gia'])}, {c(VN_PROV)}.",
            [[n, "name"], [pl, "place"], [pl2, "place"]], "vi")


@t
def a22():
    fam, giv = jk()
    co = c(JA_FAM_K) + c(JA_TRADE)
    return (f"監理団体の担当は{fam}氏。受入企業は{co}（有限会社）で、残業代は時給400円だったという。",
            [[fam, "name"], [co, "org"]], "ja")


@t
def a23():
    n, g = vn(True)
    e = email(n)
    return (f"anh ơi gửi giúp em cv qua mail {e} nha, em tên {plain(n)}, bên kia bảo gửi trước thứ 6",
            [[e, "email"], [plain(n), "name"]], "vi-nd")


@t
def a24():
    n, g = vn(False)
    cm = d(9)
    w = f"{c(VN_FAM)} {c(VN_MID_F)} {c(VN_GIV_F)}"
    return (f"He still carries the old CMND, number {cm}, because the new card was 'lost' by the broker's wife, "
            f"{c(['Mrs', 'Ms'])} {w}.", [[cm, "id_number"], [w, "name"]], "en")


@t
def a25():
    co = c(TW_CO)
    n = zh()
    ph = tw_phone()
    return (f"({co}企業社) 老闆{n}：「你再去找工會就不用回來了。」她錄了音，電話是{ph}打來的。",
            [[co + "企業社", "org"], [n, "name"], [ph, "phone"]], "zh-tw")


@t
def a26():
    n, g = vn(True)
    h = handle(g + " " + c(VN_FAM))
    return (f"LINE ID: {h} — that is {g}'s, the girl who runs the Facebook group for runaways in Saitama.",
            [[h, "social"], [g, "name"]], "en")


@t
def a27():
    l, f = jr()
    pl = ja_addr()
    return (f"Bác sĩ {l} ở phòng khám gần {pl} khám cho em không lấy tiền.",
            [[l, "name"], [pl, "place"]], "mixed")


@t
def a28():
    n, g = vn(True)
    co = c(VN_CO)
    ph = vn_phone()
    return (f"Interviewer: And the agency?\n{g}: {co}, in Hà Nội. The lady there, her number was {ph}. "
            f"I paid 150 million.", [[g, "name"], [co, "org"], [ph, "phone"]], "mixed")


@t
def a29():
    s = zhs()
    e = email(c(EN_FIRST) + " " + d(3))
    return (f"工会志愿者{s}的邮箱是{e}，她说可以帮忙翻译劳动合同。", [[s, "name"], [e, "email"]], "zh-cn")


@t
def a30():
    n, g = vn(False)
    sh = c(VN_SHOP)
    return (f"Tiền gửi về qua tiệm vàng {sh} ở chợ huyện; người nhận là vợ, {n}.",
            [[sh, "org"], [n, "name"]], "vi")


@t
def a31():
    fam, giv = jk()
    h = handle(c(JA_FIRST) + " " + d(2))
    return (f"求人はFacebookで見た。投稿者のアカウントは {h}、名前は{fam}{giv}と書いてあった。",
            [[h, "social"], [fam + giv, "name"]], "ja")


@t
def a32():
    f, l = en()
    a = arc()
    return (f"The hospital social worker, {f} {l}, photocopied the ARC ({a}) and the wage slips.",
            [[f"{f} {l}", "name"], [a, "id_number"]], "en")


@t
def a33():
    g = c(VN_GIV_M)
    t_ = f"tổ {R.randint(1, 25)}"
    ph_ = plain(c(VN_COMMUNE))
    return (f"ghi am 2: ong {plain(g)} noi no 40 trieu, nha o {plain(t_)} phuong {ph_}, lai 5 phan",
            [[plain(g), "name"], [plain(t_), "place"], ["phuong " + ph_, "place"]], "vi-nd")


@t
def a34():
    n = zh()
    co = c(TW_CO)
    ui = arc()
    return (f"勞資爭議調解紀錄：申訴人統一證號{ui}；雇主{co}股份有限公司，代表人{n}。",
            [[ui, "id_number"], [co + "股份有限公司", "org"], [n, "name"]], "zh-tw")


@t
def a35():
    n, g = vn(True)
    rc = rcard()
    return (f"在留カード番号 {rc}。本人（{n}）は「名前を出さないで」と何度も言った。",
            [[rc, "id_number"], [n, "name"]], "mixed")


@t
def a36():
    l, f = jr()
    co = c(JA_LAST).capitalize() + " " + c(JA_TRADE_EN)
    ph = jp_phone()
    return (f"Chú {l} bên {co} gọi lúc 11h đêm, số {ph}, bảo em quay lại thì tha.",
            [[l, "name"], [co, "org"], [ph, "phone"]], "mixed")


@t
def a37():
    n, g = vn()
    h = "@" + handle(n)
    return (f"Tiktok {h} đăng clip tuyển 'đơn bay gấp Đài Loan', nhiều em trong nhóm đã nộp cọc.",
            [[h, "social"]], "vi")


@t
def a38():
    pl, _ = vn_place()
    n, g = vn(True)
    m = f"{n.split()[0]} {c(VN_MID_F)} {c(VN_GIV_F)}"
    return (f"Về thăm nhà {g} ở {pl}: mái tôn mới, cái tivi mua bằng tiền ở Đài. Mẹ {g} là bà {m}.",
            [[pl, "place"], [g, "name"], [m, "name"]], "vi")


@t
def a39():
    fam, giv = jk()
    pl = ja_addr()
    ph = jp_phone()
    return (f"教会のシェルター：{pl}。牧師の{fam}先生（{ph}）に連絡すれば泊まれる。",
            [[pl, "place"], [fam, "name"], [ph, "phone"]], "ja")


@t
def a40():
    n, g = vn(False)
    b = bank()
    pp = passport()
    return (f"Police statement (retold): {n} gave his passport {pp} to the dispatch man; wages went to account {b} "
            f"which he never saw.", [[n, "name"], [pp, "id_number"], [b, "id_number"]], "en")


@t
def a41():
    s = zhs()
    ph = "86" + "1" + d(10)
    return (f"微信上那个招工的叫{s}，留的号码{ph}，说去日本的单子包签。",
            [[s, "name"], [ph, "phone"]], "zh-cn")


@t
def a42():
    a = tw_addr_short()
    n = zh()
    return (f"庇護中心的社工把她接到{c(TW_CITY)}{a}，隔天帶去醫院，主治是{n}醫師。",
            [[a, "place"], [n, "name"]], "zh-tw")


@t
def a43():
    n, g = vn(True)
    ph = jp_phone()
    h = handle(g)
    return (f"em {plain(g)} day, so nhat cua em {ph}, line {h}, dung goi zalo vi bi khoa roi",
            [[plain(g), "name"], [ph, "phone"], [h, "social"]], "vi-nd")


@t
def a44():
    f, l = en()
    co = c(JA_LAST).capitalize() + " " + c(JA_TRADE_EN)
    return (f"Note from {f} (union organiser): {co} K.K. has 11 Vietnamese trainees; two left in June.",
            [[f, "name"], [co + " K.K.", "org"]], "en")


@t
def a45():
    n, g = vn()
    e = email(g + " " + d(4))
    cc = cccd()
    return (f"Đơn khiếu nại gửi Cục Quản lý lao động ngoài nước: người làm đơn {n}, CCCD {cc}, email {e}.",
            [[n, "name"], [cc, "id_number"], [e, "email"]], "vi")


# ---- light templates: one identifier each (used twice per deck) ----
S = []


def s(fn):
    S.append(fn)
    return fn


@s
def b1():
    h = c(VN_HAMLET)
    pl = f"thôn {h}"
    return (c([f"Cả {pl} có bảy người đi Nhật năm 2018, giờ còn hai người ở lại hợp pháp.",
               f"Người ở {pl} ai cũng biết nhà em nợ, nên mẹ em ít ra đường.",
               f"Em hỏi: “Chị về {pl} thì đi xe gì?” — xe khách đêm, rồi xe ôm.",
               f"Cuối năm, {pl} làm lễ cầu an cho những người đi xa."]), [[pl, "place"]], "vi")


@s
def b2():
    pl = ja_addr()
    return (c([f"寮の住所は{pl}。二段ベッドが六つ、トイレは一つ。",
               f"逃げた夜、{pl}のコンビニの前で友達の車を待った。",
               f"手紙は{pl}の古いアパートに届くことになっている。",
               f"「{pl}に行けば仕事がある」と先輩に言われた。"]), [[pl, "place"]], "ja")


@s
def b3():
    pl = tw_addr()
    return (c([f"The agency's dormitory was at {pl}, {c(TW_CITY)} — eight women to a room.",
               f"Her last employer's flat: {pl}. The grandfather never left the fourth floor.",
               f"Chị ấy nhớ mãi địa chỉ {pl}, nơi làm giúp việc hai năm.",
               f"She wrote the address on my notebook herself, slowly: {pl}."]), [[pl, "place"]], "mixed")


@s
def b4():
    pl = f"xom {R.randint(1, 12)}"
    return (c([f"nha em o {pl} gan truong cap 2, co gi chi cu hoi ba ban hang nuoc",
               f"bo em nam vien roi, ca {pl} gop tien cho",
               f"chi ve que thi qua {pl} nhe, nha co cay mit to truoc cong"]), [[pl, "place"]], "vi-nd")


@s
def b5():
    pl = f"{c(TW_LI)}"
    return (c([f"她說村長就住在{pl}的活動中心旁邊，大家都知道她逃跑了。",
               f"雇主家在{pl}，附近只有一間越南小吃店。",
               f"{pl}的里長幫她打電話給社工。"]), [[pl, "place"]], "zh-tw")


@s
def b6():
    pl = f"{R.randint(5, 380)} {c(VN_STREET)}"
    return c([(f"The moneylender's shop is at {pl}, opposite the market; it has no sign.", [[pl, "place"]], "en"),
              (f"Văn phòng môi giới cũ ở số {pl}, giờ đã đổi thành quán cà phê.", [[pl, "place"]], "vi"),
              (f"Her cousin rents a room above a pharmacy at {pl}.", [[pl, "place"]], "en")])


@s
def b7():
    co = c(JA_FAM_K) + c(JA_TRADE)
    return (c([f"{co}では、実習生が辞めると「違約金」を請求された。",
               f"{co}の工場長は、ベトナム語で「早く」だけ覚えていた。",
               f"組合は{co}に団体交渉を申し入れた。"]), [[co, "org"]], "ja")


@s
def b8():
    co = plain(c(VN_CO))
    return (c([f"Cong ty {co} thu phi 8000 do, hua bay sau 2 thang nhung 1 nam chua thay gi",
               f"ben {co} bao dong them 30tr moi co visa, em khong con tien",
               f"ai tung di qua Cty {co} chua, cho em hoi phi bao nhieu"]), [[co, "org"]], "vi-nd")


@s
def b9():
    co = c(TW_CO)
    return (c([f"她後來轉到{co}工廠做夜班，薪水比較好。",
               f"{co}工廠的宿舍在工廠後面，鐵皮屋。",
               f"{co}工廠一年發生兩次工傷，都沒有報。"]), [[co + "工廠", "org"]], "zh-tw")


@s
def b10():
    co = c(JA_LAST).capitalize() + " " + c(JA_TRADE_EN)
    return (c([f"All six women from the district had been placed with {co} Ltd. by the same broker.",
               f"{co} Ltd. paid the trainees in cash, in envelopes, on the 25th.",
               f"When the inspector came, {co} Ltd. moved the two runaways' beds out of the dormitory."]),
            [[co + " Ltd.", "org"]], "en")


@s
def b11():
    co = c(VN_CO)
    return (c([f"Trung tâm đào tạo của {co} bắt học viên ký giấy nợ trước khi học tiếng.",
               f"Năm đó {co} tuyển hai mươi người ở huyện, toàn con gái.",
               f"Nhân viên {co} đến tận nhà, ngồi uống nước với bố em cả buổi chiều."]), [[co, "org"]], "vi")


@s
def b12():
    h = handle(c(VN_GIV_F) + " " + c(VN_FAM))
    return c([(f"Zalo: {h} — the account that posted the 'fast visa' offer; deleted a week later.", [[h, "social"]], "en"),
              (f"The recruiter's Zalo name is {h}; the avatar is a photo of Mount Fuji.", [[h, "social"]], "en"),
              (f"Nick Facebook của chị ấy là {h}, nhưng chị ấy ít khi online.", [[h, "social"]], "vi")])


@s
def b13():
    h = handle(c(JA_FIRST) + " " + c(["jp", "job", "vn"]))
    return (c([f"chi oi em thay tin tuyen tren telegram, nick {h}, co phai lua dao khong",
               f"add line {h} di, anh ay bao co viec o nha may banh",
               f"tai khoan {h} tren tiktok dang tuyen nguoi, ai biet khong"]), [[h, "social"]], "vi-nd")


@s
def b14():
    h = handle(c(VN_GIV_M) + " " + c(["dailoan", "tw", "job"]))
    return (c([f"臉書上的招工帳號 {h} 一直私訊她，說可以幫忙找「黑工」。",
               f"她把LINE帳號{h}給了同鄉，結果被拉進一個賭博群組。",
               f"TikTok帳號{h}每天直播，賣越南小吃也介紹工作。"]), [[h, "social"]], "zh-tw")


@s
def b15():
    g = c(VN_GIV_F)
    return (c([f"“Chị {g} cho em ở nhờ ba tuần, không lấy đồng nào,” em nói, mắt đỏ hoe.",
               f"Người đưa em đến nhà thờ là cô {g}, bán rau ở chợ.",
               f"Em gọi cho {g} lúc ba giờ sáng, nó đến đón ngay."]), [[g, "name"]], "vi")


@s
def b16():
    f, l = en()
    return (c([f"Sister {f} {l} keeps the shelter's intake book; she asked me not to copy it.",
               f"The interpreter, {f} {l}, left halfway through; the police waited an hour for another.",
               f"{f} {l} from the union brought rice and a phone card."]), [[f"{f} {l}", "name"]], "en")


@s
def b17():
    fam, giv = jk()
    return c([(f"同じ寮の{giv}ちゃんは日本人の先輩で、一番やさしかった。", [[giv, "name"]], "ja"),
              (f"パートの{fam}さんだけが、休憩室でベトナム語を覚えようとしていた。", [[fam, "name"]], "ja"),
              (f"{fam}{giv}という弁護士が無料で相談に乗ってくれた。", [[fam + giv, "name"]], "ja")])


# ---- identifier-free sentences (hard: platforms, legal forms alone, public bodies, provinces, kinship) ----
CLEAN = {
    "vi": [
        "Em nói công ty bên Nhật không cho nghỉ chủ nhật, ai xin nghỉ là bị trừ lương.",
        "Mẹ em vay ngân hàng chính sách ở huyện để đóng tiền cọc cho môi giới.",
        "Chị ấy kể hồi ở Đài Loan làm giúp việc, bà cụ bị lẫn, đêm nào cũng gọi.",
        "Bố mẹ ở Nghệ An không biết em đã bỏ trốn, em chỉ nói là đổi chỗ làm.",
        "Nhóm Zalo có hơn hai nghìn người, toàn người đi xuất khẩu lao động.",
        "Anh ấy bảo: “Công ty TNHH gì đó, em cũng không nhớ tên, chỉ nhớ cái cổng màu xanh.”",
        "Đại sứ quán Việt Nam ở Tokyo có số nóng, nhưng em gọi mấy lần không ai nghe.",
        "Hoa nở đầy sân nhà thờ, mấy chị em ngồi ăn cơm chung sau lễ.",
        "Người ta bảo ở phía nam tỉnh đi Hàn nhiều hơn đi Nhật, phía bắc thì đi Đài.",
        "Em trai em năm nay vào lớp mười, học phí cũng là tiền chị gửi về.",
        "Chú bảo cứ nộp đơn ở Sở Lao động, nhưng ở quê ai cũng sợ phiền.",
        "Tháng nào cũng phải trả nợ tám triệu, lãi chồng lãi.",
        "Bà ngoại nuôi hai đứa nhỏ từ hồi mẹ chúng đi Đài.",
        "Cô giáo ở trung tâm tiếng Nhật dạy ba tháng rồi cho thi luôn.",
        "Bệnh viện không nhận vì không có bảo hiểm, phải đi phòng khám tư.",
        "Thanh Hóa, Hà Tĩnh, Quảng Bình: ở xã nào cũng có người đi lao động nước ngoài.",
        "Ông bà nội em vẫn nghĩ em đang làm ở xưởng may.",
        "Phúc lợi không có, hợp đồng thì viết bằng tiếng Nhật, em ký mà không hiểu.",
    ],
    "vi-nd": [
        "chi oi cty ben do co bao hiem khong, em bi dau lung may tuan nay",
        "zalo em bi khoa roi, nhan tin qua messenger nha chi",
        "anh oi don nay phi bao nhieu, bay thang may",
        "em dang o nha tho, cac soeur cho an cho ngu, dung lo",
        "me em o que hoi suot, em chua dam noi la em tron",
        "cong ty tnhh gi ma khong co dia chi, chi thay so dien thoai thoi",
        "ben cong doan bao mai len lam giay to, mang theo the ngoai kieu",
        "tien no van con 60 trieu, thang nay em gui ve duoc 5 trieu",
        "co ai biet cho lam o saitama khong, em can gap",
        "anh o phong ben canh bi tai nan, tay bi may cat, cong ty bao tu lo",
    ],
    "en": [
        "She said the company held everyone's passports in a safe in the office.",
        "The embassy told her to go to the Immigration Services Agency herself.",
        "Friday: the union's lawyer came to the shelter and explained the process.",
        "Her father borrowed from a moneylender in the village to pay the fee.",
        "Zalo, LINE, Facebook: she has all three and uses none of them with her family.",
        "A Co., Ltd. in Hanoi recruited her; she never saw its office.",
        "Many runaways work on construction sites in the Kanto region, paid by the day.",
        "The IOM leaflet was in Vietnamese, but nobody at the dormitory had seen it.",
        "Mother says the debt is now larger than when she left.",
        "She laughed when I asked whether the Ministry of Labour had ever called back.",
        "The church in the next town runs a Sunday lunch for workers.",
        "Grace, she told me, is what she prays for before every shift.",
        "Hope was the word she used most, and then, later, shame.",
        "Nothing in the contract mentioned overtime; the interpreter skipped that page.",
        "Her brother works in Taiwan as well, at a factory in Taoyuan.",
        "We met at a station café; she ordered nothing and watched the door.",
        "Remittances go home every month through an agent, never a bank.",
        "The police asked for her residence card and she had none.",
    ],
    "ja": [
        "会社はパスポートを預かると言って、返してくれなかった。",
        "株式会社という名前だけで、どんな会社か分からなかった。",
        "実習生の多くは愛知県や岐阜県の工場で働いている。",
        "入管に行くのが怖くて、ずっと友達の部屋にいた。",
        "労働基準監督署に相談したが、通訳がいなかった。",
        "教会の日曜ミサの後、みんなでご飯を食べた。",
        "母は毎晩LINEで電話してくる。",
        "残業は月百時間を超えていたという。",
        "監理団体の人は一度も寮に来なかった。",
        "病院では保険証がないと言われ、全額払った。",
        "彼女は「ベトナムに帰りたくない」と小さな声で言った。",
        "Facebookのグループで仕事を探すのが普通だそうだ。",
    ],
    "zh-tw": [
        "仲介費一共付了六千美金，還要每個月扣服務費。",
        "她說雇主把護照收走了，居留證也不在身上。",
        "勞動部的1955專線有越南語，但她一直打不通。",
        "阿姨每天晚上都要起來照顧阿公三四次。",
        "有限公司的名字她記不得了，只記得在桃園。",
        "工會的人說可以幫忙申請轉換雇主。",
        "她在教會認識了很多同鄉，週日一起做禮拜。",
        "老闆娘說如果跑掉就要報警。",
        "醫院說要先付押金才能住院。",
        "很多移工用臉書和LINE找工作。",
    ],
    "zh-cn": [
        "她说中介费是在越南付的，到了台湾还要再扣。",
        "工厂里一共有三十多个越南工人，住在宿舍。",
        "警察来检查的时候，她躲在仓库里。",
        "她用微信给家里人打视频电话，从来不说辛苦。",
        "股份有限公司听起来很正规，其实是个小作坊。",
        "教会的志愿者帮她找到了律师。",
    ],
    "mixed": [
        "Em nói “jikkenshusei” thay vì thực tập sinh, như người Nhật nói.",
        "The shelter's rule: no Zalo calls after 10 p.m., no visitors without the sister's okay.",
        "She switched mid-sentence: “会社 không trả lương tháng 5, anh ạ.”",
        "Chị ấy gọi ông chủ là 老闆, gọi bà chủ là 老闆娘.",
        "“Overtime” là tiếng đầu tiên em học ở xưởng.",
        "In Taiwan she was a 看護工; in Vietnam she had been a teacher.",
    ],
}

# A few clean texts shaped like records, with numbers that are not identifiers.
def clean_record():
    k = R.randrange(5)
    if k == 0:
        return (f"Interview {R.randint(3, 60)}, {R.randint(1, 28)}/{R.randint(1, 12)}. Duration {R.randint(35, 140)} min. "
                f"Consent: oral. Province of origin: {c(VN_PROV)}. Destination: {c(['Japan', 'Taiwan'])}.", "en")
    if k == 1:
        return (f"Phí môi giới: {R.randint(5, 12)}.000 USD; nợ còn lại: {R.randint(20, 190)} triệu; "
                f"số năm ở {c(['Nhật', 'Đài Loan'])}: {R.randint(1, 6)}.", "vi")
    if k == 2:
        return (f"{c(JA_PREF)}の工場で{R.randint(1, 3)}年働いた。手取りは月{R.randint(9, 15)}万円だった。", "ja")
    if k == 3:
        return (f"她{R.randint(2016, 2023)}年來台，在{c(TW_CITY)}做了{R.randint(1, 5)}年看護。", "zh-tw")
    return (f"Công ty, công đoàn, nhà thờ, bệnh viện: {R.randint(2, 6)} nơi em đã đến xin giúp trong {R.randint(2, 9)} tháng.", "vi")


def clean_text():
    if R.random() < 0.2:
        return clean_record()
    lang = R.choices(list(CLEAN), weights=[26, 14, 24, 14, 10, 5, 7])[0]
    k = R.choice([1, 2, 2, 3])
    sents = R.sample(CLEAN[lang], min(k, len(CLEAN[lang])))
    sep = "\n" if lang == "vi-nd" else ("" if lang in ("ja", "zh-tw", "zh-cn") else " ")
    return sep.join(sents), lang


def main():
    rows = []
    langs = Counter()
    kinds = Counter()
    n_texts, n_clean = 440, 190
    plan = [True] * n_clean + [False] * (n_texts - n_clean)
    R.shuffle(plan)
    order = []
    seen = set()
    for is_clean in plan:
        if is_clean:
            text, lang = clean_text()
            while text in seen:
                text, lang = clean_text()
            ids = []
        else:
            if not order:
                order = T[:] + S[:] + S[:]
                R.shuffle(order)
            fn = order.pop()
            text = None
            while text is None or text in seen:  # a drawn text seen before is drawn again
                text, ids, lang = fn()
                if R.random() < 0.35:  # some context from the same language around the identifiers
                    pool = CLEAN.get(lang) or CLEAN["en"]
                    extra = c(pool)
                    sep = "" if lang in ("ja", "zh-tw", "zh-cn") else ("\n" if lang == "vi-nd" else " ")
                    text = (extra + sep + text) if R.random() < 0.5 else (text + sep + extra)
            ids = normalise(text, ids)
            for v, k in ids:
                assert v in text, (v, text)
        assert text not in seen, text
        seen.add(text)
        src = "generate_twenty_seventh.py; " + (SRC_ZX + " (names), " if ids else "") + SRC_HAND + " templates"
        rows.append({"text": text, "ids": ids, "clean": not ids, "source": src})
        langs[(lang, "clean" if not ids else "ids")] += 1
        for _, k in ids:
            kinds[k] += 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"texts {len(rows)}, clean {sum(r['clean'] for r in rows)}, ids {sum(kinds.values())}", file=sys.stderr)
    print("kinds", dict(kinds), file=sys.stderr)
    print("langs", sorted(langs.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
