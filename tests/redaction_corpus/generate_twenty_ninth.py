"""Twenty-ninth blind redaction corpus (issue 18, item 8): a shelter's and a union's case notes,
interview transcripts with the interviewer's questions, SMS/Zalo/LINE threads, remittance slips
and police statements retold, about Vietnamese migrant workers in Japan and Taiwan.

Written blind: without reading the redactor (src/), its lexicons, docs/deidentification.md, the
other corpora or their generators. Labels follow tests/redaction_corpus/convention.py (applied
through `normalise`).

Sources (extracted once into the lists below; nothing is downloaded at run time):
- English given names: npm `@fakerjs/firstname` 1.0.1 (MIT), locales/en_US/female.json and
  male.json; English family names: npm `@fakerjs/lastname` 1.0.1 (MIT), locales/en_US/lastnames.json.
  Regenerate: `cd /tmp && npm pack @fakerjs/firstname@1.0.1 @fakerjs/lastname@1.0.1`, untar, and
  `json.load` the three files (sorted, deduplicated).
- Japanese family names (entries annotated `;姓`), given names (`;名`) and place names (`;地名`), kanji
  only (1-3 characters, hiragana reading): Debian `skkdic` 20230109-1 (GPL-2+), /usr/share/skk/SKK-JISYO.L.
  Regenerate: `apt-get download skkdic && dpkg -x skkdic_*.deb d && iconv -f euc-jp -t utf-8
  d/usr/share/skk/SKK-JISYO.L`, then keep the candidates of each line `reading /cand;note/...`
  whose note is exactly 姓, 名 or 地名 and whose candidate matches [\\u4e00-\\u9fff々]{1,3}.
- Vietnamese syllables: npm `@cspell/dict-vi-vn` 3.0.6 (MIT), vi.trie.gz (8,217 words, read with npm
  `cspell-trie-lib` 10.x `importTrie`/`iteratorTrieWords`). No registry package reachable here that
  earlier corpora did not use gives Vietnamese personal or hamlet names, so the Vietnamese family,
  middle and given names and the hamlet/commune/street names below are HAND-WRITTEN; every syllable
  of them was checked once to be a word of @cspell/dict-vi-vn (the dictionary is not committed).
- Chinese (Taiwan, traditional; mainland, simplified) surnames, given names, road names and company
  words: HAND-WRITTEN (the npm packages of surnames reachable here were all used by earlier corpora).
- Templates, organisations' name words, phones, handles, e-mail, ID numbers: HAND-WRITTEN and
  random (fixed seed 29).

Run: `python3 tests/redaction_corpus/generate_twenty_ninth.py` (writes twenty_ninth.jsonl beside it;
two runs give the same bytes).
"""

import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convention import normalise  # noqa: E402

# ---- extracted data (see the docstring) ----
JA_FAMILY = [
    "一方井", "三岩", "上窪", "中元", "中原", "中小路", "中島", "中崎", "中嶋", "中東", "中沢", "中澤", "中畑", "中里", "中陦",
    "久住", "今藤", "今間", "仲島", "仲崎", "仲沢", "仲里", "任田", "伊角", "保呂草", "保屋野", "信岡", "倉木", "八並", "八丹",
    "八反田", "八木沢", "内橋", "冬野", "勝井", "北越", "友國", "古庄", "吹越", "和谷", "喜田", "圓川", "土性", "坊屋", "城井",
    "埴岡", "塔矢", "外崎", "大仏", "大佛", "大曽根", "大津寄", "奈瀬", "奥西", "姉帯", "宇井", "宇多田", "宇澤", "安江", "宮西",
    "宿口", "小屋迫", "小鳥遊", "尾角", "岸谷", "岸部", "川幡", "川澄", "川畑", "川端", "巻上", "広井", "庵原", "彦生", "彩花",
    "御石", "志築", "成毛", "戸張", "日野森", "早藤", "時弘", "暦本", "月森", "有島", "木川", "末谷", "本島", "杜塚", "来栖川",
    "松室", "板谷", "枝野", "柄井", "柄谷", "栃沢", "桑谷", "森清", "椎尾", "椛田", "槐", "樫又", "樽木", "正力", "殿馬", "江渡",
    "池森", "池脇", "河端", "河部", "油本", "油田", "沼尻", "法花堂", "浜村", "深田", "渡久地", "満島", "澁佐", "片見", "犬童",
    "生越", "田中", "田仲", "田治米", "田郷", "田頭", "白潟", "白砂", "相場", "相米", "矢井田", "矢彦沢", "硴崎", "祐安", "神岸",
    "福泉", "私市", "稲掛", "稲継", "窪塚", "立羽", "竹房", "竹政", "築根", "米川", "紀", "結縁", "縫田", "置鮎", "羽山", "羽間",
    "舟阪", "花森", "芳垣", "芳賀", "茂呂田", "荘口", "葛西", "藍原", "藤懸", "西之園", "角藤", "諸井", "豊崎", "貝沼", "越路",
    "軸原", "造田", "道満", "郷司", "都木", "野首", "鉄炮塚", "鏑木", "長森", "開高", "関前", "陸名", "霜崎", "飯尾", "鴇沢", "鷲家",
    "鷲巣", "麻績村", "黒住", "黒瀬", "黒田", "黒野", "黒須",
]
JA_GIVEN = [
    "一兵", "一紀", "七華", "乃毅", "乙葉", "五十年", "人志", "保江", "光範", "公暁", "円宮", "冴美", "利一", "利恵", "利枝", "利栄",
    "功晶", "匡章", "千影", "南平", "博嗣", "厳夫", "友美子", "吉四六", "和佳奈", "和時", "咲耶", "喜三雄", "喜太郎", "園生", "夢二",
    "大樹", "天弓", "孝佳", "安恵", "官九郎", "州光", "広徳", "康恵", "恭之助", "悦吏子", "愛日", "愛葉", "愛里", "慶大", "憲作",
    "憲冊", "憲嗣", "敦士", "敦紀", "文太", "新太", "春歌", "智英", "暁", "欣一", "正大", "武子", "江美弥", "泰明", "涼香", "清兵衛",
    "清正", "玄白", "理一", "理一郎", "理央", "理恵", "理絵", "瑞希", "由綺", "百夏", "直大", "真帆呂", "篤郎", "素道", "統", "良作",
    "良吾", "良太郎", "芙美", "花穂", "英卓", "茂一", "莉英", "萌梨", "萌絵", "衣里", "詩穂", "豊太郎", "豪将", "貞郎", "賀悟",
    "賢崇", "郁", "里恵", "里枝", "里絵", "銀二", "長治", "雅弓", "雛子", "鞠絵", "香穂", "鷹生", "麻央", "龍平",
]
JA_PLACE = [
    "万座", "三国", "三朝", "三潴", "三野", "上津", "下道", "久世", "五箇", "代沢", "佐久", "佐原", "佐治", "佐波", "佐用", "余呉",
    "信貴", "八女", "八尾木", "八洲国", "八街", "八鹿", "六合", "内子", "出町", "別府町", "利根", "加治", "加治木", "南陽", "博多津",
    "印西", "合志", "吉都", "向日", "周智", "和気", "喜界", "四万", "団子坂", "国分", "城西", "壮瞥", "多古", "多賀", "夜須", "大方",
    "大栄", "大樹", "天台山", "太地", "太良", "妙見山", "姉小路", "姶良", "宇根", "安南", "安濃", "宗像", "富来", "小俣", "小将",
    "山陰道", "山陽道", "川内", "巫山", "布津", "師勝", "広陵", "当麻", "御台場", "御荘", "志免", "志賀", "恵那", "愛甲", "揖斐",
    "斜里", "新名", "新得", "日置", "普代", "曳馬", "更埴", "有年", "朝地", "木城", "東児", "東山道", "東陽", "杷木", "松濤", "栗東",
    "根来", "桐生", "泊", "洞爺", "津具", "浅羽", "淮河", "深見", "潮来", "玄海", "用賀", "甲佐", "白楽", "知覧", "磐梯", "祖谷",
    "穴太", "笠置", "紋別", "紫波", "美合", "美浜", "羽咋", "臼杵", "荒牧", "葛城山", "葛西", "西彼", "諫早", "貴志", "賀陽",
    "足柄山", "遠賀", "都城", "醍醐山", "野洲", "雄踏", "靭", "飫肥", "飯能", "飾磨", "香春", "騎西", "高塩", "鴨緑江", "鹿央",
]
EN_GIVEN = [
    "Aaliyah", "Abagail", "Abbey", "Abbie", "Abbigail", "Abbott", "Abby", "Abernathy", "Abigail",
    "Abigale", "Abigayle", "Abshire", "Ada", "Adah", "Adaline", "Adams", "Addie", "Addison",
    "Adela", "Adele", "Adelia", "Adeline", "Adell", "Adella", "Adelle", "Aditya", "Adriana",
    "Adrianna", "Adrienne", "Aglae", "Agnes", "Agustina", "Aida", "Aileen", "Aimee", "Aisha",
    "Aiyana", "Alaina", "Alana", "Alanis", "Alanna", "Alayna", "Alba", "Alberta", "Albertha",
    "Albina", "Alda", "Aleen", "Alejandra", "Alena", "Alene", "Alessandra", "Alessia", "Aletha",
    "Alexa", "Alexandra", "Alexandrea", "Alexandria", "Alexandrine", "Alexane", "Alexanne",
    "Alfreda", "Alia", "Alice", "Alicia", "Alisa", "Alisha", "Alison", "Alivia", "Aliya", "Aliyah",
    "Aliza", "Alize", "Allene", "Allie", "Allison", "Ally", "Alta", "Altenwerth", "Althea", "Alva",
    "Alvena", "Alvera", "Alverta", "Alvina", "Alyce", "Alycia", "Alysa", "Alysha", "Alyson",
    "Alysson", "Amalia", "Amanda", "Amara", "Amaya", "Amber", "Amelia", "Amelie", "Amely",
    "America", "Amie", "Amina", "Amira", "Amiya", "Amy", "Amya", "Ana", "Anabel", "Anabelle",
    "Anahi", "Anais", "Anastasia", "Anderson", "Andreane", "Andreanne", "Angela", "Angelica",
    "Angelina", "Angeline", "Angelita", "Angie", "Anika", "Anissa", "Anita", "Aniya", "Aniyah",
    "Anjali", "Ankunding", "Anna", "Annabel", "Annabell", "Annabelle", "Annalise", "Annamae",
    "Annamarie", "Anne", "Annetta", "Annette", "Annie", "Antoinette", "Antonetta", "Antonette",
    "Antonia", "Antonietta", "Antonina", "Anya", "April", "Ara", "Araceli", "Aracely", "Ardella",
    "Ardith", "Ariane", "Arianna", "Arielle", "Arlene", "Arlie", "Armstrong", "Arvilla", "Aryanna",
    "Asa", "Asha", "Ashlee", "Ashleigh", "Ashley", "Ashly", "Ashlynn", "Ashtyn", "Asia", "Assunta",
    "Astrid", "Athena", "Aubree", "Aubrey", "Audie", "Audra", "Audreanne", "Audrey", "Auer",
    "Aufderhar", "Augusta", "Augustine", "Aurelia", "Aurelie", "Aurore", "Autumn", "Ava", "Avis",
    "Ayana", "Ayla", "Aylin", "Baby", "Bahringer", "Bailee", "Bailey", "Balistreri", "Barbara",
    "Barrows", "Bartell", "Bartoletti", "Barton", "Bashirian", "Batz", "Bauch", "Baumbach", "Bayer",
    "Beahan", "Beatrice", "Beatty", "Beaulah", "Bechtelar", "Becker", "Bednar", "Beer", "Beier",
    "Bella", "Belle", "Berenice", "Berge", "Bergnaum", "Bergstrom", "Bernadette", "Bernadine",
    "Berneice", "Bernhard", "Bernice", "Berniece", "Bernier", "Bernita", "Bert", "Beryl", "Bessie",
    "Beth", "Bethany", "Bethel", "Betsy", "Bette", "Bettie", "Betty", "Bettye", "Beulah", "Beverly",
    "Bianka", "Billie", "Bins", "Birdie", "Blanca", "Blanche", "Blanda", "Blick", "Block", "Bode",
    "Boehm", "Bogan", "Bogisich", "Bonita", "Bonnie", "Borer", "Bosco", "Botsford", "Boyer",
    "Boyle", "Bradtke", "Brakus", "Brandi", "Brandy", "Brandyn", "Braun", "Breana", "Breanna",
    "Breanne", "Breitenberg", "Brekke", "Brenda", "Brenna", "Bria", "Briana", "Brianne", "Bridget",
    "Bridgette", "Bridie", "Brielle", "Brigitte", "Brionna", "Brisa", "Britney", "Brittany",
    "Brooke", "Brooklyn", "Brown", "Bruen", "Bryana", "Buckridge", "Bulah", "Burdette", "Burnice",
    "Caitlyn", "Caleigh", "Cali", "Calista", "Callie", "Camila", "Camilla", "Camille", "Camylle",
    "Candace", "Candice", "Candida", "Cara", "Carissa", "Carlee", "Carley", "Carli", "Carlie",
    "Carlotta", "Carmela", "Carmella", "Carmen", "Carolanne", "Carole", "Carolina", "Caroline",
    "Carolyn", "Carolyne", "Carrie", "Carroll", "Carter", "Cartwright", "Casandra", "Casper",
    "Cassandra", "Cassandre", "Cassidy", "Cassie", "Cassin", "Catalina", "Caterina", "Catharine",
    "Catherine", "Cathrine", "Cathryn", "Cathy", "Cayla", "Cecelia", "Cecile", "Cecilia",
    "Celestine", "Celia", "Celine", "Champlin", "Chanel", "Chanelle", "Charity", "Charlene",
    "Charlotte", "Chasity", "Chaya", "Chelsea", "Chelsie", "Cheyanne", "Cheyenne", "Chloe",
    "Christa", "Christelle", "Christiana", "Christiansen", "Christina", "Christine", "Christy",
    "Chyna", "Ciara", "Cierra", "Cindy", "Citlalli", "Claire", "Clara", "Clarabelle", "Clare",
    "Clarissa", "Claudia", "Claudie", "Claudine", "Clementina", "Clementine", "Clemmie", "Cleora",
    "Cleta", "Clotilde", "Cole", "Colleen", "Collier", "Collins", "Concepcion", "Conn", "Connelly",
    "Connie", "Conroy", "Considine", "Constance", "Cora", "Coralie", "Cordia", "Cordie", "Corene",
    "Corine", "Corkery", "Cormier", "Corrine", "Cortney", "Corwin", "Courtney", "Cremin", "Creola",
    "Crist", "Cristal", "Crona", "Cronin", "Crooks", "Cruickshank", "Crystal", "Crystel",
    "Cummerata", "Cummings", "Cydney", "Cynthia", "D'Amore", "Dach", "Dahlia", "Daija", "Daisha",
    "Daisy", "Dakota", "Damaris", "Dana", "Dandre", "Daniel", "Daniela", "Daniella", "Danielle",
    "Danika", "Dannie", "Danyka", "Daphne", "Daphnee", "Daphney", "Darby", "Dare", "Dariana",
    "Darlene", "Dasia", "Daugherty", "Davis", "Dawn", "Dayana", "Dayna", "Deanna", "Deborah",
    "Deckow", "Deja", "Dejah", "Delfina", "Delia", "Delilah", "Della", "Delores", "Delpha",
    "Delphia", "Delphine", "Delta", "Demetris", "Dena", "Denesik", "Desiree", "Dessie", "Destany",
    "Destinee", "Destiney", "Destini", "Destiny", "Diana", "Dianna", "Dibbert", "Dickens", "Dicki",
    "Dickinson", "Dietrich", "Dina", "Dixie", "Dolly", "Dolores", "Domenica", "Dominique", "Donna",
    "Donnelly", "Dooley", "Dora", "Dorothea", "Dorothy", "Dorris", "Dortha", "Douglas", "Dovie",
    "Doyle", "Drew", "DuBuque", "Duane", "Dulce", "Durgan", "Earlene", "Earline", "Earnestine",
    "Ebba", "Ebert", "Ebony", "Eda", "Eden", "Edna", "Edwina", "Edyth", "Edythe", "Effertz",
    "Effie", "Eichmann", "Eileen", "Elaina", "Elda", "Eldora", "Eldridge", "Eleanora", "Eleanore",
    "Electa", "Elena", "Elenor", "Elenora", "Eleonore", "Elfrieda", "Eliane", "Elinor", "Elinore",
    "Elisa", "Elisabeth", "Elise", "Elisha", "Elissa", "Eliza", "Elizabeth", "Ella", "Ellen",
    "Ellie", "Elmira", "Elna", "Elnora", "Elody", "Eloisa", "Eloise", "Elouise", "Elsa", "Else",
    "Elsie", "Elta", "Elva", "Elvera", "Elvie", "Elyse", "Elyssa", "Elza", "Emard", "Emelia",
    "Emelie", "Emely", "Emie", "Emilia", "Emilie", "Emily", "Emma", "Emmalee", "Emmanuelle",
    "Emmerich", "Emmie", "Emmy", "Ena", "Enola", "Era", "Erdman", "Erica", "Ericka", "Erika",
    "Erna", "Ernestina", "Ernestine", "Ernser", "Eryn", "Esmeralda", "Esperanza", "Esta",
    "Estefania", "Estel", "Estell", "Estella", "Estelle", "Esther", "Estrella", "Etha", "Ethelyn",
    "Ethyl", "Ettie", "Eudora", "Eugenia", "Eula", "Eulah", "Eulalia", "Euna", "Eunice", "Eva",
    "Evalyn", "Evangeline", "Eve", "Eveline", "Evelyn", "Everette", "Evie", "Fabiola", "Fadel",
    "Fae", "Fahey", "Fannie", "Fanny", "Farrell", "Fatima", "Fay", "Faye", "Feeney", "Feest",
    "Feil", "Felicia", "Felicita", "Felicity", "Felipa", "Ferry", "Filomena", "Fiona", "Fisher",
    "Flatley", "Flavie", "Fleta", "Flo", "Florence", "Florida", "Florine", "Flossie", "Frami",
    "Frances", "Francesca", "Francisca", "Franecki", "Freda", "Frederique", "Freeda", "Freida",
    "Frida", "Frieda", "Friesen", "Fritsch", "Funk", "Gabriella", "Gabrielle", "Gail", "Gaylord",
    "Genesis", "Genevieve", "Genoveva", "Georgette", "Georgiana", "Georgianna", "Geraldine",
    "Gerda", "Gerhold", "Gerlach", "Germaine", "Gerry", "Gertrude", "Gia", "Gibson", "Gilda",
    "Gina", "Giovanna", "Gislason", "Gisselle", "Gladyce", "Gladys", "Gleason", "Gleichner",
    "Glenda", "Glenna", "Gloria", "Glover", "Golda", "Goldner", "Goodwin", "Gorczany", "Gottlieb",
    "Goyette", "Grace", "Gracie", "Graciela", "Grady", "Graham", "Grant", "Green", "Greenfelder",
    "Greenholt", "Gregoria", "Greta", "Gretchen", "Grimes", "Guadalupe", "Gudrun", "Gulgowski",
    "Gusikowski", "Gutkowski", "Gutmann", "Gwen", "Gwendolyn", "Haag", "Hackett", "Hagenes", "Hahn",
    "Hailee", "Hailie", "Haley", "Halie", "Hallie", "Halvorson", "Hamill", "Hammes", "Hand", "Hane",
    "Hanna", "Hannah", "Hansen", "Harber", "Harmony", "Harris", "Hartmann", "Harvey", "Hassie",
    "Hattie", "Hauck", "Haven", "Hayes", "Haylee", "Haylie", "Heaney", "Heath", "Heathcote",
    "Heather", "Heaven", "Hegmann", "Heidenreich", "Heidi", "Helen", "Helena", "Helene", "Helga",
    "Hellen", "Heller", "Heloise", "Henriette", "Herman", "Hermann", "Hermina", "Herminia",
    "Hermiston", "Herta", "Hertha", "Herzog", "Hessel", "Hettie", "Hettinger", "Hickle", "Hilda",
    "Hildegard", "Hill", "Hillary", "Hills", "Hilma", "Hilpert", "Hintz", "Hirthe", "Hodkiewicz",
    "Hoeger", "Hollie", "Holly", "Homenick", "Hope", "Hoppe", "Hortense", "Hosea", "Howe", "Howell",
    "Hudson", "Huel", "Huels", "Hulda", "Hyatt", "Icie", "Ida", "Idell", "Idella", "Ila", "Ilene",
    "Iliana", "Ima", "Imelda", "Imogene", "Ines", "Irma", "Isabel", "Isabell", "Isabella",
    "Isabelle", "Isobel", "Itzel", "Iva", "Ivah", "Ivory", "Ivy", "Izabella", "Jacinthe",
    "Jackeline", "Jackie", "Jacklyn", "Jacky", "Jaclyn", "Jacobi", "Jacobs", "Jacobson",
    "Jacquelyn", "Jacynthe", "Jada", "Jade", "Jadyn", "Jaida", "Jailyn", "Jakayla", "Jakubowski",
    "Jalyn", "Jammie", "Jana", "Janae", "Jane", "Janelle", "Janessa", "Janet", "Janice", "Janie",
    "Janis", "Janiya", "Jannie", "Jany", "Jaquelin", "Jaqueline", "Jaskolski", "Jast", "Jaunita",
    "Jayda", "Jayne", "Jazlyn", "Jazmin", "Jazmyn", "Jazmyne", "Jeanette", "Jeanie", "Jeanne",
    "Jena", "Jenifer", "Jenkins", "Jennie", "Jennifer", "Jennyfer", "Jerde", "Jermaine", "Jessica",
    "Jessika", "Jessyca", "Jewel", "Jewell", "Joana", "Joanie", "Joanne", "Joannie", "Joanny",
    "Jodie", "Jody", "Joelle", "Johanna", "Johns", "Johnson", "Johnston", "Jolie", "Jones",
    "Jordane", "Josefa", "Josefina", "Josephine", "Josiane", "Josianne", "Josie", "Joy", "Joyce",
    "Juana", "Juanita", "Jude", "Judy", "Julia", "Juliana", "Julianne", "Julie", "Juliet", "June",
    "Justina", "Justine", "Kaci", "Kacie", "Kaela", "Kaelyn", "Kaia", "Kailee", "Kailey", "Kailyn",
    "Kaitlin", "Kaitlyn", "Kali", "Kallie", "Kamille", "Kara", "Karelle", "Karen", "Kari",
    "Kariane", "Karianne", "Karina", "Karine", "Karlee", "Karli", "Karlie", "Karolann", "Kasandra",
    "Kasey", "Kassandra", "Kassulke", "Katarina", "Katelin", "Katelyn", "Katelynn", "Katharina",
    "Katherine", "Katheryn", "Kathleen", "Kathlyn", "Kathryn", "Kathryne", "Katlyn", "Katlynn",
    "Katrina", "Katrine", "Kattie", "Kautzer", "Kavon", "Kaya", "Kaycee", "Kayla", "Kaylah",
    "Kaylee", "Kayli", "Kaylie", "Kaylin", "Keara", "Keebler", "Keeling", "Keely", "Keira", "Kelli",
    "Kellie", "Kelly", "Kelsi", "Kelsie", "Kemmer", "Kendra", "Kenna", "Kenya", "Kenyatta",
    "Kerluke", "Kertzmann", "Kessler", "Kiana", "Kianna", "Kiara", "Kiarra", "Kiehn", "Kiera",
    "Kihn", "Kilback", "Kimberly", "King", "Kira", "Kirlin", "Kirsten", "Kirstin", "Kitty", "Klein",
    "Kling", "Klocko", "Koch", "Koelpin", "Koepp", "Kohler", "Konopelski", "Koss", "Kovacek",
    "Kozey", "Krajcik", "Kreiger", "Kris", "Krista", "Kristin", "Kristina", "Kristy", "Krystal",
    "Krystel", "Krystina", "Kshlerin", "Kub", "Kuhic", "Kuhlman", "Kuhn", "Kulas", "Kunde", "Kunze",
    "Kuphal", "Kutch", "Kuvalis", "Kyla", "Kylee", "Kylie", "Kyra", "Labadie", "Lacey", "Lacy",
    "Laila", "Laisha", "Lakin", "Laney", "Lang", "Langosh", "Langworth", "Larissa", "Larkin",
    "Larson", "Laura", "Lauren", "Laurence", "Lauretta", "Lauriane", "Laurianne", "Laurie",
    "Laurine", "Laury", "Lauryn", "Lavada", "Lavina", "Lavinia", "Lavonne", "Layla", "Lea", "Leann",
    "Leanna", "Leanne", "Leannon", "Leatha", "Lebsack", "Leda", "Ledner", "Leffler", "Legros",
    "Lehner", "Leila", "Leilani", "Lela", "Lelah", "Lelia", "Lemke", "Lempi", "Lenna", "Lenora",
    "Lenore", "Leola", "Leonie", "Leonor", "Leonora", "Leora", "Lera", "Lesch", "Leslie", "Lesly",
    "Lessie", "Leta", "Letha", "Letitia", "Leuschke", "Lexi", "Lexie", "Lia", "Liana", "Libbie",
    "Libby", "Lila", "Lilian", "Liliana", "Liliane", "Lilla", "Lillian", "Lilliana", "Lillie",
    "Lilly", "Lily", "Lilyan", "Lina", "Lind", "Linda", "Lindgren", "Lindsay", "Linnea", "Linnie",
    "Lisa", "Lisette", "Littel", "Little", "Litzy", "Liza", "Lizeth", "Lizzie", "Lockman", "Lois",
    "Lola", "Lolita", "Loma", "Lonie", "Lora", "Loraine", "Loren", "Lorena", "Lori", "Lorine",
    "Lorna", "Lottie", "Lou", "Lowe", "Loyce", "Lubowitz", "Lucie", "Lucienne", "Lucile", "Lucinda",
    "Lucy", "Ludie", "Lue", "Lueilwitz", "Luella", "Luettgen", "Luisa", "Lulu", "Luna", "Lupe",
    "Lura", "Lurline", "Luz", "Lyda", "Lydia", "Lyla", "Lynch", "Lynn", "Lysanne", "Mabel",
    "Mabelle", "Mable", "Macejkovic", "Maci", "Macie", "Macy", "Madaline", "Madalyn", "Maddison",
    "Madeline", "Madelyn", "Madelynn", "Madge", "Madie", "Madilyn", "Madisyn", "Madonna", "Mae",
    "Maegan", "Maeve", "Mafalda", "Magali", "Magdalen", "Magdalena", "Maggie", "Maggio", "Magnolia",
    "Maia", "Maida", "Maiya", "Makayla", "Makenzie", "Malika", "Malinda", "Mallie", "Malvina",
    "Mandy", "Mann", "Mante", "Mara", "Marcelina", "Marcella", "Marcelle", "Marcia", "Margaret",
    "Margarete", "Margarett", "Margaretta", "Margarette", "Margarita", "Marge", "Margie", "Margot",
    "Margret", "Marguerite", "Maria", "Mariah", "Mariam", "Marian", "Mariana", "Mariane",
    "Marianna", "Marianne", "Maribel", "Marie", "Mariela", "Marielle", "Marietta", "Marilie",
    "Marilou", "Marilyne", "Marina", "Marion", "Marisa", "Marisol", "Maritza", "Marjolaine",
    "Marjorie", "Marjory", "Marks", "Marlee", "Marlen", "Marlene", "Marquardt", "Marquise", "Marta",
    "Martina", "Martine", "Marvin", "Mary", "Maryam", "Maryjane", "Maryse", "Mathilde", "Matilda",
    "Matilde", "Mattie", "Maud", "Maude", "Maudie", "Maureen", "Maurine", "Maxie", "Maximillia",
    "May", "Maya", "Maybell", "Maybelle", "Maye", "Mayer", "Mayert", "Maymie", "Mayra", "Mazie",
    "McClure", "McCullough", "McDermott", "McGlynn", "McKenzie", "McLaughlin", "Mckayla", "Meagan",
    "Meaghan", "Meda", "Medhurst", "Megane", "Meggie", "Meghan", "Melba", "Melisa", "Melissa",
    "Mellie", "Melody", "Melyna", "Melyssa", "Mercedes", "Meredith", "Mertie", "Mertz", "Meta",
    "Metz", "Mia", "Micaela", "Michaela", "Michele", "Michelle", "Mikayla", "Miller", "Millie",
    "Mills", "Mina", "Minerva", "Minnie", "Miracle", "Mireille", "Mireya", "Missouri", "Misty",
    "Mitchell", "Mittie", "Modesta", "Moen", "Mohr", "Mollie", "Molly", "Mona", "Monahan", "Monica",
    "Monique", "Moore", "Morar", "Morissette", "Mosciski", "Mossie", "Mozell", "Mozelle", "Mraz",
    "Mueller", "Muller", "Murazik", "Muriel", "Murphy", "Murray", "Mya", "Myah", "Mylene", "Myra",
    "Myriam", "Myrna", "Myrtice", "Myrtie", "Myrtis", "Myrtle", "Nader", "Nadia", "Nakia", "Name",
    "Nannie", "Naomi", "Naomie", "Natalia", "Natalie", "Natasha", "Nayeli", "Nedra", "Neha",
    "Nelda", "Nella", "Nelle", "Nellie", "Neoma", "Nettie", "Neva", "Nia", "Nichole", "Nicolas",
    "Nicole", "Nicolette", "Nienow", "Nikita", "Nikki", "Nikolaus", "Nina", "Nitzsche", "Noelia",
    "Noemi", "Noemie", "Noemy", "Nola", "Nolan", "Nona", "Nora", "Norene", "Norma", "Nova",
    "Novella", "Nya", "Nyah", "Nyasia", "O'Connell", "O'Conner", "O'Hara", "O'Keefe", "O'Kon",
    "O'Reilly", "Oberbrunner", "Oceane", "Ocie", "Octavia", "Odessa", "Odie", "Ofelia", "Okuneva",
    "Oleta", "Olga", "Ollie", "Olson", "Oma", "Ona", "Ondricka", "Onie", "Opal", "Ophelia", "Ora",
    "Orie", "Orn", "Orpha", "Ortiz", "Osinski", "Otha", "Otilia", "Ottilie", "Ova", "Ozella",
    "Pacocha", "Padberg", "Pagac", "Paige", "Palma", "Pamela", "Pansy", "Parisian", "Parker",
    "Pascale", "Pasquale", "Pat", "Patience", "Patricia", "Patsy", "Pattie", "Paucek", "Paula",
    "Pauline", "Pearl", "Pearlie", "Pearline", "Peggie", "Penelope", "Petra", "Pfannerstill",
    "Pfeffer", "Phoebe", "Phyllis", "Pink", "Pinkie", "Piper", "Pollich", "Polly", "Pouros",
    "Powlowski", "Precious", "Predovic", "Price", "Princess", "Priscilla", "Prohaska", "Prosacco",
    "Providenci", "Prudence", "Purdy", "Queen", "Queenie", "Quigley", "Quitzon", "Rachael",
    "Rachel", "Rachelle", "Rae", "Raegan", "Rafaela", "Rahsaan", "Raina", "Ramona", "Raphaelle",
    "Raquel", "Rath", "Ratke", "Rau", "Raynor", "Reanna", "Reba", "Rebeca", "Rebecca", "Rebeka",
    "Rebekah", "Reichel", "Reichert", "Reilly", "Reina", "Reinger", "Rempel", "Renee", "Renner",
    "Ressie", "Reta", "Retha", "Retta", "Reva", "Reyna", "Reynolds", "Rhea", "Rhianna", "Rhoda",
    "Rice", "Rippin", "Rita", "Ritchie", "River", "Robel", "Roberta", "Roberts", "Robyn",
    "Rodriguez", "Rogahn", "Rohan", "Rolfson", "Roma", "Romaguera", "Romaine", "Roob", "Rosa",
    "Rosalee", "Rosalia", "Rosalind", "Rosalinda", "Rosalyn", "Rosamond", "Rosanna", "Rose",
    "Rosella", "Roselyn", "Rosemarie", "Rosemary", "Rosenbaum", "Rosetta", "Rosie", "Rosina",
    "Roslyn", "Rossie", "Rowe", "Rowena", "Roxane", "Roxanne", "Rozella", "Rubie", "Ruby", "Rubye",
    "Ruecker", "Runolfsdottir", "Runolfsson", "Runte", "Russel", "Ruth", "Ruthe", "Rutherford",
    "Ruthie", "Ryan", "Rylee", "Sabina", "Sabrina", "Sabryna", "Sadie", "Sadye", "Sallie", "Sally",
    "Salma", "Samanta", "Samantha", "Samara", "Sandra", "Sandrine", "Sandy", "Sanford", "Santina",
    "Sarah", "Sarai", "Sarina", "Sasha", "Satterfield", "Sauer", "Savanah", "Savanna", "Savannah",
    "Sawayn", "Scarlett", "Schaden", "Schaefer", "Schamberger", "Schiller", "Schimmel", "Schinner",
    "Schmeler", "Schmidt", "Schmitt", "Schneider", "Schoen", "Schowalter", "Schroeder", "Schulist",
    "Schultz", "Schumm", "Schuppe", "Schuster", "Selena", "Selina", "Senger", "Serena", "Serenity",
    "Shaina", "Shakira", "Shana", "Shanahan", "Shanel", "Shanelle", "Shania", "Shanie", "Shaniya",
    "Shanna", "Shannon", "Shanny", "Shanon", "Shany", "Sharon", "Shawna", "Shaylee", "Shayna",
    "Shea", "Sheila", "Shemar", "Shields", "Shirley", "Shyann", "Shyanne", "Sibyl", "Sienna",
    "Sierra", "Simone", "Simonis", "Sincere", "Sipes", "Sister", "Skiles", "Skyla", "Smith",
    "Smitham", "Sonia", "Sonya", "Sophia", "Sophie", "Spencer", "Spinka", "Sporer", "Stacey",
    "Stacy", "Stamm", "Stanton", "Stark", "Stefanie", "Stehr", "Stella", "Stephania", "Stephanie",
    "Stephany", "Steuber", "Stiedemann", "Stokes", "Stoltenberg", "Stracke", "Streich", "Stroman",
    "Strosin", "Summer", "Sunny", "Susan", "Susana", "Susanna", "Susie", "Suzanne", "Swaniawski",
    "Swift", "Syble", "Sydnee", "Sydni", "Sydnie", "Sylvia", "Tabitha", "Talia", "Tamara", "Tamia",
    "Tania", "Tanya", "Tara", "Taryn", "Tatyana", "Taya", "Teagan", "Telly", "Teresa", "Terry",
    "Tess", "Tessie", "Thalia", "Thea", "Thelma", "Theodora", "Theresa", "Therese", "Theresia",
    "Thiel", "Thompson", "Thora", "Tia", "Tiana", "Tianna", "Tiara", "Tierra", "Tiffany", "Tillman",
    "Tina", "Tomasa", "Torp", "Torphy", "Towne", "Toy", "Tracy", "Trantow", "Tremblay", "Tressa",
    "Tressie", "Treutel", "Treva", "Trinity", "Trisha", "Tromp", "Trudie", "Trycia", "Turcotte",
    "Turner", "Twila", "Tyra", "Ullrich", "Una", "Upton", "Ursula", "Vada", "Valentina",
    "Valentine", "Valerie", "Vallie", "Vandervort", "Vanessa", "Veda", "Velda", "Vella", "Velma",
    "Velva", "Vena", "Verda", "Verdie", "Vergie", "Verla", "Verlie", "Verna", "Vernice", "Vernie",
    "Verona", "Veronica", "Vesta", "Veum", "Vicenta", "Vickie", "Vicky", "Victoria", "Vida",
    "Vilma", "Vincenza", "Viola", "Violet", "Violette", "Virgie", "Virginia", "Virginie", "Vita",
    "Viva", "Vivian", "Viviane", "Vivianne", "Vivien", "Vivienne", "Volkman", "Von", "VonRueden",
    "Waelchi", "Walker", "Walsh", "Walter", "Wanda", "Ward", "Waters", "Watsica", "Wava", "Weber",
    "Wehner", "Weimann", "Weissnat", "Welch", "Wendy", "West", "White", "Whitney", "Wiegand",
    "Wilderman", "Wilhelmine", "Wilkinson", "Will", "Willa", "Williamson", "Willie", "Willms",
    "Willow", "Wilma", "Windler", "Winifred", "Winnifred", "Winona", "Wintheiser", "Wisoky",
    "Wisozk", "Witting", "Wiza", "Wolf", "Wolff", "Wuckert", "Wunsch", "Wyman", "Yadira", "Yasmeen",
    "Yasmin", "Yasmine", "Yazmin", "Yesenia", "Yessenia", "Yolanda", "Yoshiko", "Yost", "Yundt",
    "Yvette", "Yvonne", "Zaria", "Zboncak", "Zelda", "Zella", "Zelma", "Zemlak", "Zena", "Zetta",
    "Ziemann", "Zieme", "Zita", "Zoe", "Zoey", "Zoie", "Zoila", "Zola", "Zora", "Zula", "Zulauf",
]
EN_FAMILY = [
    "Abbott", "Abernathy", "Abshire", "Adams", "Altenwerth", "Anderson", "Ankunding", "Armstrong",
    "Auer", "Aufderhar", "Bahringer", "Bailey", "Balistreri", "Barrows", "Bartell", "Bartoletti",
    "Barton", "Bashirian", "Batz", "Bauch", "Baumbach", "Bayer", "Beahan", "Beatty", "Bechtelar",
    "Becker", "Bednar", "Beer", "Beier", "Berge", "Bergnaum", "Bergstrom", "Bernhard", "Bernier",
    "Bins", "Blanda", "Blick", "Block", "Bode", "Boehm", "Bogan", "Bogisich", "Borer", "Bosco",
    "Botsford", "Boyer", "Boyle", "Bradtke", "Brakus", "Braun", "Breitenberg", "Brekke", "Brown",
    "Bruen", "Buckridge", "Carroll", "Carter", "Cartwright", "Casper", "Cassin", "Champlin",
    "Christiansen", "Cole", "Collier", "Collins", "Conn", "Connelly", "Conroy", "Considine",
    "Corkery", "Cormier", "Corwin", "Cremin", "Crist", "Crona", "Cronin", "Crooks", "Cruickshank",
    "Cummerata", "Cummings", "D'Amore", "Dach", "Daniel", "Dare", "Daugherty", "Davis", "Deckow",
    "Denesik", "Dibbert", "Dickens", "Dicki", "Dickinson", "Dietrich", "Donnelly", "Dooley",
    "Douglas", "Doyle", "DuBuque", "Durgan", "Ebert", "Effertz", "Eichmann", "Emard", "Emmerich",
    "Erdman", "Ernser", "Fadel", "Fahey", "Farrell", "Fay", "Feeney", "Feest", "Feil", "Ferry",
    "Fisher", "Flatley", "Frami", "Franecki", "Friesen", "Fritsch", "Funk", "Gaylord", "Gerhold",
    "Gerlach", "Gibson", "Gislason", "Gleason", "Gleichner", "Glover", "Goldner", "Goodwin",
    "Gorczany", "Gottlieb", "Goyette", "Grady", "Graham", "Grant", "Green", "Greenfelder",
    "Greenholt", "Grimes", "Gulgowski", "Gusikowski", "Gutkowski", "Gutmann", "Haag", "Hackett",
    "Hagenes", "Hahn", "Haley", "Halvorson", "Hamill", "Hammes", "Hand", "Hane", "Hansen", "Harber",
    "Harris", "Hartmann", "Harvey", "Hauck", "Hayes", "Heaney", "Heathcote", "Hegmann",
    "Heidenreich", "Heller", "Herman", "Hermann", "Hermiston", "Herzog", "Hessel", "Hettinger",
    "Hickle", "Hill", "Hills", "Hilpert", "Hintz", "Hirthe", "Hodkiewicz", "Hoeger", "Homenick",
    "Hoppe", "Howe", "Howell", "Hudson", "Huel", "Huels", "Hyatt", "Jacobi", "Jacobs", "Jacobson",
    "Jakubowski", "Jaskolski", "Jast", "Jenkins", "Jerde", "Johns", "Johnson", "Johnston", "Jones",
    "Kassulke", "Kautzer", "Keebler", "Keeling", "Kemmer", "Kerluke", "Kertzmann", "Kessler",
    "Kiehn", "Kihn", "Kilback", "King", "Kirlin", "Klein", "Kling", "Klocko", "Koch", "Koelpin",
    "Koepp", "Kohler", "Konopelski", "Koss", "Kovacek", "Kozey", "Krajcik", "Kreiger", "Kris",
    "Kshlerin", "Kub", "Kuhic", "Kuhlman", "Kuhn", "Kulas", "Kunde", "Kunze", "Kuphal", "Kutch",
    "Kuvalis", "Labadie", "Lakin", "Lang", "Langosh", "Langworth", "Larkin", "Larson", "Leannon",
    "Lebsack", "Ledner", "Leffler", "Legros", "Lehner", "Lemke", "Lesch", "Leuschke", "Lind",
    "Lindgren", "Littel", "Little", "Lockman", "Lowe", "Lubowitz", "Lueilwitz", "Luettgen", "Lynch",
    "Macejkovic", "Maggio", "Mann", "Mante", "Marks", "Marquardt", "Marvin", "Mayer", "Mayert",
    "McClure", "McCullough", "McDermott", "McGlynn", "McKenzie", "McLaughlin", "Medhurst", "Mertz",
    "Metz", "Miller", "Mills", "Mitchell", "Moen", "Mohr", "Monahan", "Moore", "Morar",
    "Morissette", "Mosciski", "Mraz", "Mueller", "Muller", "Murazik", "Murphy", "Murray", "Nader",
    "Nicolas", "Nienow", "Nikolaus", "Nitzsche", "Nolan", "O'Connell", "O'Conner", "O'Hara",
    "O'Keefe", "O'Kon", "O'Reilly", "Oberbrunner", "Okuneva", "Olson", "Ondricka", "Orn", "Ortiz",
    "Osinski", "Pacocha", "Padberg", "Pagac", "Parisian", "Parker", "Paucek", "Pfannerstill",
    "Pfeffer", "Pollich", "Pouros", "Powlowski", "Predovic", "Price", "Prohaska", "Prosacco",
    "Purdy", "Quigley", "Quitzon", "Rath", "Ratke", "Rau", "Raynor", "Reichel", "Reichert",
    "Reilly", "Reinger", "Rempel", "Renner", "Reynolds", "Rice", "Rippin", "Ritchie", "Robel",
    "Roberts", "Rodriguez", "Rogahn", "Rohan", "Rolfson", "Romaguera", "Roob", "Rosenbaum", "Rowe",
    "Ruecker", "Runolfsdottir", "Runolfsson", "Runte", "Russel", "Rutherford", "Ryan", "Sanford",
    "Satterfield", "Sauer", "Sawayn", "Schaden", "Schaefer", "Schamberger", "Schiller", "Schimmel",
    "Schinner", "Schmeler", "Schmidt", "Schmitt", "Schneider", "Schoen", "Schowalter", "Schroeder",
    "Schulist", "Schultz", "Schumm", "Schuppe", "Schuster", "Senger", "Shanahan", "Shields",
    "Simonis", "Sipes", "Skiles", "Smith", "Smitham", "Spencer", "Spinka", "Sporer", "Stamm",
    "Stanton", "Stark", "Stehr", "Steuber", "Stiedemann", "Stokes", "Stoltenberg", "Stracke",
    "Streich", "Stroman", "Strosin", "Swaniawski", "Swift", "Terry", "Thiel", "Thompson", "Tillman",
    "Torp", "Torphy", "Towne", "Toy", "Trantow", "Tremblay", "Treutel", "Tromp", "Turcotte",
    "Turner", "Ullrich", "Upton", "Vandervort", "Veum", "Volkman", "Von", "VonRueden", "Waelchi",
    "Walker", "Walsh", "Walter", "Ward", "Waters", "Watsica", "Weber", "Wehner", "Weimann",
    "Weissnat", "Welch", "West", "White", "Wiegand", "Wilderman", "Wilkinson", "Will", "Williamson",
    "Willms", "Windler", "Wintheiser", "Wisoky", "Wisozk", "Witting", "Wiza", "Wolf", "Wolff",
    "Wuckert", "Wunsch", "Wyman", "Yost", "Yundt", "Zboncak", "Zemlak", "Ziemann", "Zieme",
    "Zulauf",
]

# ---- hand-written pools (see the docstring) ----
VI_FAMILY = ["Khổng", "Thạch", "Lục", "Mẫn", "Giáp", "Ninh", "Âu", "Diệp", "Lã", "Quan", "Tiêu",
             "Nghiêm", "Bế", "Hứa", "Đàm", "Kiều", "Lạc", "Cù", "Khúc", "Ung", "Mạc", "Phí", "Đồng",
             "Tôn", "Thân", "Triệu", "Trịnh", "Lương", "Tạ", "Doãn", "Vi", "Hoàng", "Nông", "Chu"]
VI_MIDDLE = ["Thị", "Văn", "Hữu", "Đình", "Ngọc", "Xuân", "Minh", "Thanh", "Bảo", "Quang", "Kim",
             "Hồng", "Thu", "Mỹ", "Công", "Duy", "Thế", "Bích"]
VI_GIVEN = ["Khuyên", "Lành", "Thơm", "Diệu", "Tươi", "Nhàn", "Huệ", "Sen", "Trinh", "Yến", "Lụa",
            "Thắm", "Hậu", "Quyết", "Tiến", "Luyện", "Chiến", "Thuận", "Lợi", "Xoan", "Phượng",
            "Nguyệt", "Diễm", "Trâm", "Thoa", "Ngần", "Duyên", "Thêu", "Kha", "Toàn", "Sang", "Cảnh",
            "Thiện", "Nhâm", "Hoài", "Tuyết", "Mận", "Quế", "Lượng", "Khải", "Vinh", "Tám", "Mừng"]
VI_PLACE_A = ["Đông", "Tây", "Thượng", "Hạ", "Phú", "Tân", "Vĩnh", "Hưng", "Thạch", "Liên", "Cẩm",
              "Yên", "Quỳnh", "Mỹ", "Đồng", "Kim", "Hòa", "Lạc"]
VI_PLACE_B = ["Lạc", "Xá", "Trạch", "Khê", "Điền", "Lộc", "Thọ", "Sơn", "Bồng", "Châu", "Cốc",
              "Giang", "Mai", "Trung", "Phong", "Hải", "Tảo", "Dương"]
VI_STREET = ["Lê Văn Hưu", "Trần Khát Chân", "Phó Đức Chính", "Nguyễn Khuyến", "Đào Duy Từ",
             "Bạch Đằng", "Lý Tự Trọng", "Ngô Gia Tự", "Hàn Thuyên", "Chu Văn An"]
ZH_FAM_T = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪",
            "邱", "曾", "廖", "賴", "徐", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "簡",
            "歐陽", "范姜", "張簡"]
ZH_GIV_T = ["淑芬", "雅婷", "志明", "俊傑", "美玲", "家豪", "怡君", "建宏", "秀英", "冠宇", "佩珊",
            "宗翰", "麗華", "文雄", "惠如", "信宏", "玉蘭", "承恩", "素貞", "國榮", "明德", "嘉玲"]
ZH_FAM_S = ["陈", "刘", "黄", "张", "杨", "赵", "吴", "孙", "马", "胡", "郭", "罗", "梁", "宋", "郑",
            "谢", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "欧阳", "司马"]
ZH_GIV_S = ["建国", "丽娟", "海燕", "志强", "晓东", "红梅", "春生", "桂兰", "宏伟", "玉凤", "立新",
            "秀云", "德胜", "婷婷", "国平"]
TW_ROAD = ["中正", "民族", "復興", "成功", "大同", "中山", "和平", "自強", "光明", "仁愛", "建國", "忠孝"]
TW_TOWN = ["觀音", "楊梅", "湖口", "竹北", "大園", "新屋", "龍潭", "清水", "大甲", "斗六", "虎尾", "員林"]
TW_CO_WORD = ["宏達", "榮興", "永豐", "金順", "福隆", "大榮", "鴻昌", "旺來", "三益", "新光明", "德豐", "聯美"]
TW_CO_KIND = ["紡織", "電子", "塑膠", "五金", "食品", "精密", "機械", "人力仲介"]
CN_CO_WORD = ["鑫达", "华丰", "金源", "恒泰", "顺发", "永利"]
JA_CO_KIND = ["縫製", "精工", "食品", "水産", "工業", "農園", "建設", "部品", "物流", "鋳造"]
EN_CO_KIND = ["Precision", "Foods", "Garment", "Marine Products", "Plastics", "Logistics", "Metalworks"]
VI_CO_WORD = ["Hưng Thịnh", "Phúc Lộc", "Kim Điền", "Đông Khê", "Vĩnh Xá", "Thạch Mai", "Quỳnh Châu",
              "Tân Bồng", "Lạc Trung", "Mỹ Phong", "Hòa Cốc", "Liên Giang"]
VI_CO_KIND = ["Xuất khẩu lao động", "Nhân lực", "Thương mại và Dịch vụ", "Đào tạo và Cung ứng nhân lực"]

R = random.Random(29)


def pick(xs):
    return R.choice(xs)


def strip_vi(s):
    """Vietnamese as typed without diacritics (đ → d)."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def vi_full():
    return f"{pick(VI_FAMILY)} {pick(VI_MIDDLE)} {pick(VI_GIVEN)}"


def vi_two():
    return f"{pick(VI_MIDDLE)} {pick(VI_GIVEN)}"


def ja_family():
    return pick(JA_FAMILY)


def ja_full():
    return pick(JA_FAMILY) + pick(JA_GIVEN)


def zh_t():
    return pick(ZH_FAM_T) + pick(ZH_GIV_T)


def zh_s():
    return pick(ZH_FAM_S) + pick(ZH_GIV_S)


def en_full():
    return f"{pick(EN_GIVEN)} {pick(EN_FAMILY)}"


def en_given():
    return pick(EN_GIVEN)


JA_TOWN = [p for p in JA_PLACE if len(p) >= 2 and p[-1] not in "町村山岳岬川江坂国道地湖島峠港線" and "々" not in p]


def ja_addr():
    return f"{pick(JA_TOWN)}町{R.randint(1, 5)}丁目{R.randint(1, 40)}番地"


def ja_addr2():
    return f"{pick(JA_TOWN)}{R.randint(1, 6)}丁目{R.randint(1, 30)}-{R.randint(1, 20)}"


def tw_addr():
    s = f"{pick(TW_ROAD)}路"
    if R.random() < 0.5:
        s += f"{R.choice('一二三')}段"
    if R.random() < 0.7:
        s += f"{R.randint(2, 300)}巷"
    if R.random() < 0.4:
        s += f"{R.randint(1, 30)}弄"
    return s + f"{R.randint(1, 120)}號"


def vi_place_name():
    a, b = pick(VI_PLACE_A), pick(VI_PLACE_B)
    while a == b:
        b = pick(VI_PLACE_B)
    return f"{a} {b}"


def vi_street():
    return f"{R.randint(3, 400)} {pick(VI_STREET)}"


def ja_org():
    return pick([pick(JA_FAMILY), pick(JA_TOWN)]) + pick(JA_CO_KIND)


def tw_org():
    return pick(TW_CO_WORD) + pick(TW_CO_KIND)


def en_org():
    return f"{pick(EN_FAMILY)} {pick(EN_CO_KIND)}"


def vi_org():
    return pick(VI_CO_WORD)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def vn_mobile():
    p = pick(["91", "98", "97", "86", "35", "39", "70", "77", "83", "94"])
    d = p + digits(7)
    style = R.randint(0, 3)
    if style == 0:
        return f"0{d[:3]} {d[3:6]} {d[6:]}"
    if style == 1:
        return f"+84 {d[:2]} {d[2:5]} {d[5:]}"
    if style == 2:
        return f"0{d}"
    return f"84{d}"


def jp_mobile():
    p = pick(["090", "080", "070"])
    if R.random() < 0.6:
        return f"{p}-{digits(4)}-{digits(4)}"
    return f"+81 {p[1:]} {digits(4)} {digits(4)}"


def tw_mobile():
    if R.random() < 0.6:
        return f"09{digits(2)}-{digits(3)}-{digits(3)}"
    return f"+886 9{digits(2)} {digits(3)} {digits(3)}"


def handle():
    a = strip_vi(pick(VI_GIVEN)).lower()
    b = strip_vi(pick(VI_FAMILY)).lower()
    return pick([f"{a}.{b}{R.randint(80, 99)}", f"{a}_{b}", f"{b}{a}{R.randint(1, 9)}{R.randint(0, 9)}",
                 f"be{a}{R.randint(10, 99)}", f"{a}xinh_{R.randint(90, 99)}", f"{b}.{a}.jp"])


def email():
    a = strip_vi(pick(VI_GIVEN)).lower()
    b = strip_vi(pick(VI_FAMILY)).lower()
    dom = pick(["gmail.com", "yahoo.com.vn", "outlook.com", "icloud.com", "yahoo.co.jp"])
    return pick([f"{a}{b}{R.randint(80, 99)}@{dom}", f"{b}.{a}@{dom}", f"{a}_{R.randint(1000, 9999)}@{dom}"])


def cccd():
    return "0" + digits(11)


def cmnd():
    return str(R.randint(1, 3)) + digits(8)


def passport_vn():
    return pick("BCNP") + digits(7)


def zairyu():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(R.choice(L) for _ in range(2)) + digits(8) + "".join(R.choice(L) for _ in range(2))


def arc_tw():
    return pick("ABCDEFHJ") + pick("89") + digits(8)


def my_number():
    d = digits(12)
    return pick([d, f"{d[:4]} {d[4:8]} {d[8:]}"])


def bank_vn():
    return digits(R.choice([10, 13, 14]))


def bank_jp():
    return pick([f"{digits(5)}-{digits(8)}", digits(7)])


def bank_tw():
    return f"{digits(3)}-{digits(3)}-{digits(6)}"


# ---- templates with identifiers: each returns (text, ids, language) ----
T = []


def tpl(f):
    T.append(f)
    return f


@tpl
def t_vi_intake():
    n, p = vi_full(), vi_place_name()
    return (f"Phiếu tiếp nhận số {R.randint(10, 99)}. Họ tên: {n}. Quê: thôn {p}, {pick(['Nghệ An', 'Hà Tĩnh', 'Thanh Hóa', 'Hải Dương'])}. "
            f"Sang Nhật năm {R.randint(2016, 2023)} theo diện thực tập sinh, bỏ trốn sau tám tháng.",
            [[n, "name"], [f"thôn {p}", "place"]], "vi")


@tpl
def t_vi_broker_fee():
    n, o = vi_full(), vi_org()
    return (f"Chị kể: người môi giới tên {n} bên Công ty TNHH {o} thu của chị {R.randint(6, 9)}.{R.randint(0, 9)}00 đô, "
            f"nói là phí đào tạo tiếng, nhưng không có biên lai nào hết.",
            [[n, "name"], [f"Công ty TNHH {o}", "org"]], "vi")


@tpl
def t_vi_question():
    n = vi_two()
    full = f"{pick(VI_FAMILY)} {n}"
    return (f"Hỏi: Lúc chị ở nhà chủ, ai giúp chị liên lạc về nhà?\nĐáp: Có em {n.split()[-1]} ở cùng phòng, "
            f"em ấy cho mượn điện thoại. Em tên đầy đủ là {full}.",
            [[n.split()[-1], "name"], [full, "name"]], "vi")


@tpl
def t_vi_church():
    n = vi_full()
    return (f"Cha xứ giới thiệu chị đến gặp sơ {n} ở nhà thờ. Sơ nói tiếng Nhật giỏi, đi cùng chị lên văn phòng công đoàn.",
            [[n, "name"]], "vi")


@tpl
def t_vi_remit():
    n, acc = vi_full(), bank_vn()
    return (f"Biên lai chuyển tiền: người nhận {n}, ngân hàng Agribank chi nhánh huyện, số tài khoản {acc}, "
            f"số tiền {R.randint(20, 90)} triệu đồng, nội dung: tra no cho vay.",
            [[n, "name"], [acc, "id_number"]], "vi")


@tpl
def t_vi_cccd():
    n, c, x, p = vi_full(), cccd(), R.randint(1, 12), vi_place_name()
    return (f"Bản sao CCCD trong hồ sơ: {n}, số {c}, nơi thường trú xóm {x} xã {p}.",
            [[n, "name"], [c, "id_number"], [f"xóm {x}", "place"], [f"xã {p}", "place"]], "vi")


@tpl
def t_vi_phone():
    n, ph = vi_two(), vn_mobile()
    return (f"Anh {n} (chồng chị ấy ở quê) gọi lại theo số {ph} lúc 9 giờ tối, hỏi bao giờ chị được về.",
            [[n, "name"], [ph, "phone"]], "vi")


@tpl
def t_vi_hamlet_story():
    p1, p2, x = vi_place_name(), vi_place_name(), R.randint(1, 15)
    return (f"Cả xóm {x} thôn {p1} có gần hai chục người đi Đài Loan, phần lớn qua một ông cò ở xã {p2} bên cạnh.",
            [[f"xóm {x}", "place"], [f"thôn {p1}", "place"], [f"xã {p2}", "place"]], "vi")


@tpl
def t_vi_street():
    a, n = vi_street(), vi_full()
    return (f"Văn phòng đại diện của công ty ở số {a}, tầng 3. Người ký hợp đồng với chị là ông {n}, giám đốc chi nhánh.",
            [[a, "place"], [n, "name"]], "vi")


@tpl
def t_vi_debt():
    n, ph = vi_two(), vn_mobile()
    return (f"Mỗi tháng chị gửi về {R.randint(5, 12)} man cho mẹ trả nợ. Mẹ chị vay bà {n} ở đầu làng, lãi 3 phân, "
            f"bà ấy gọi đòi suốt, số {ph}.",
            [[n, "name"], [ph, "phone"]], "vi")


@tpl
def t_vi_to():
    t, n, p = R.randint(2, 25), vi_full(), vi_place_name()
    return (f"Ghi chú buổi gặp gia đình: nhà ở tổ {t}, phường {p}. Người tiếp chúng tôi là bố của {n}.",
            [[f"tổ {t}", "place"], [f"phường {p}", "place"], [n, "name"]], "vi")


@tpl
def t_vi_passport():
    n, pp = vi_full(), passport_vn()
    return (f"Công ty giữ hộ chiếu của em {n} (số {pp}) từ ngày nhập cảnh, đến khi em bỏ trốn vẫn chưa trả.",
            [[n, "name"], [pp, "id_number"]], "vi")


@tpl
def t_vi_email():
    n, e = vi_full(), email()
    return (f"Em gửi bản scan hợp đồng qua email {e} cho chị nhé, tên người gửi là {n}.",
            [[e, "email"], [n, "name"]], "vi")


@tpl
def t_vi_shelter():
    n2, o = vi_full(), ja_org()
    return (f"Nhà tạm lánh ghi nhận: bé gái 6 tuổi đi cùng mẹ là {n2}, trước làm ở ㈱{o}. Hai mẹ con được xếp phòng số 4.",
            [[n2, "name"], [f"㈱{o}", "org"]], "vi")


# ---- Vietnamese without diacritics (chat) ----
@tpl
def t_nd_zalo():
    n, ph = strip_vi(vi_two()), vn_mobile()
    return (f"c oi e la {n} day, so zalo moi cua e la {ph}, so cu bi cong ty thu roi",
            [[n, "name"], [ph, "phone"]], "vi_nodiac")


@tpl
def t_nd_job():
    h, o = handle(), strip_vi(vi_org())
    return (f"TUYEN GAP 20 nu di don hang thuc pham Dai Loan, bay nhanh, phi thap. Cty {o} lien he fb: {h} hoac inbox page",
            [[h, "social"], [f"Cty {o}", "org"]], "vi_nodiac")


@tpl
def t_nd_runaway():
    n = strip_vi(vi_full())
    return (f"a oi, chi {n} tron khoi xuong roi, dung noi voi ai nha, chi ay dang o nho nha nguoi quen o Saitama",
            [[n, "name"]], "vi_nodiac")


@tpl
def t_nd_money():
    n, acc = strip_vi(vi_full()), bank_vn()
    return (f"chuyen khoan vao stk {acc} vietcombank ten {n} nha em, chuyen xong chup man hinh gui a",
            [[acc, "id_number"], [n, "name"]], "vi_nodiac")


@tpl
def t_nd_place():
    p, n = strip_vi(vi_place_name()), strip_vi(vi_two())
    return (f"nha e o thon {p}, xa ben canh la xa cua anh {n} do, gan cho huyen",
            [[f"thon {p}", "place"], [n, "name"]], "vi_nodiac")


@tpl
def t_nd_tele():
    h = handle()
    return (f"ai can lam them o Osaka ib telegram @{h} nhe, co nha o luon, khong can the",
            [[h, "social"]], "vi_nodiac")


@tpl
def t_nd_cmnd():
    n, c = strip_vi(vi_full()), cmnd()
    return (f"e gui lai thong tin: ho ten {n}, cmnd {c}, ngay sinh 12/3/1997. cong ty bao thieu giay to",
            [[n, "name"], [c, "id_number"]], "vi_nodiac")


# ---- English ----
@tpl
def t_en_volunteer():
    n, ph = en_full(), jp_mobile()
    return (f"Fieldnote, Tuesday. The volunteer who drove her to the clinic, {n}, left a number ({ph}) in case the hospital calls back.",
            [[n, "name"], [ph, "phone"]], "en")


@tpl
def t_en_employer():
    o = en_org()
    return (f"She worked eleven months at {o} Co., Ltd. in the prefecture's industrial zone, mostly night shifts on the packing line.",
            [[f"{o} Co., Ltd.", "org"]], "en")


@tpl
def t_en_statement():
    n, z = vi_full(), zairyu()
    return (f"Retold from the police statement: the respondent, {n}, residence card {z}, reported that her supervisor kept her passport.",
            [[n, "name"], [z, "id_number"]], "en")


@tpl
def t_en_lawyer():
    n, e = en_full(), email()
    return (f"The union's lawyer, Ms {n.split()[-1]}, asked us to forward the wage slips to {e} before Friday.",
            [[n.split()[-1], "name"], [e, "email"]], "en")


@tpl
def t_en_interview():
    n = vi_two()
    return (f"Q: Who told you about the job?\nA: My cousin {n.split()[-1]}. She was already in Taiwan, she said the factory was good.\n"
            f"Q: Is she still there?\nA: No, she came home after her mother got sick.",
            [[n.split()[-1], "name"]], "en")


@tpl
def t_en_address():
    a = ja_addr()
    return (f"The dormitory was at {a}, a two-storey house shared by nine trainees, three to a room.",
            [[a, "place"]], "en")


@tpl
def t_en_line():
    h, n = handle(), en_given()
    return (f"Her friend {n} from the Catholic group only uses LINE; her ID is {h}.",
            [[n, "name"], [h, "social"]], "en")


@tpl
def t_en_arc():
    n, o = zh_t(), tw_org()
    return (f"The employer, {n}, signed the release letter on the letterhead of {o} Enterprise Co., Ltd.",
            [[n, "name"], [f"{o} Enterprise Co., Ltd.", "org"]], "en")


@tpl
def t_en_broker_tw():
    o, n = tw_org(), en_full()
    return (f"Case summary: placed by {o} in Taoyuan; the case worker {n} from the shelter followed up twice.",
            [[o, "org"], [n, "name"]], "en")


@tpl
def t_en_mynumber():
    m = my_number()
    return (f"The city office letter listed her My Number as {m}; we blacked it out on our copy.",
            [[m, "id_number"]], "en")


@tpl
def t_en_village():
    p = vi_place_name()
    return (f"Her parents still farm rice in Hamlet {p}, a forty-minute motorbike ride from the district town.",
            [[p, "place"]], "en")


@tpl
def t_en_fb():
    h = handle()
    return (f"The job offer came from a Facebook account called {h}, which has since been deleted.",
            [[h, "social"]], "en")


# ---- Japanese ----
@tpl
def t_ja_company():
    o, n = ja_org(), ja_family()
    return (f"実習先は{o}株式会社で、担当の{n}さんが毎月の給料から寮費を引いていたという。",
            [[f"{o}株式会社", "org"], [n, "name"]], "ja")


@tpl
def t_ja_union():
    n, ph = ja_full(), jp_mobile()
    return (f"労働組合の相談員、{n}氏（携帯 {ph}）が同行し、労働基準監督署に申告した。",
            [[n, "name"], [ph, "phone"]], "ja")


@tpl
def t_ja_addr():
    a, n = ja_addr(), vi_two()
    return (f"本人（{n.split()[-1]}）は{a}のアパートに友人と住んでいる。",
            [[n.split()[-1], "name"], [a, "place"]], "ja")


@tpl
def t_ja_card():
    z, n = zairyu(), vi_full()
    n = strip_vi(n).upper() if R.random() < 0.4 else n
    return (f"在留カード番号：{z}\n氏名：{n}\n在留資格：技能実習2号ロ",
            [[z, "id_number"], [n, "name"]], "ja")


@tpl
def t_ja_hospital():
    o, n = ja_family(), ja_full()
    return (f"{o}医院の{n}先生が診断書を書いてくれた。腰の怪我は作業中のものだという。",
            [[o, "org"], [n, "name"]], "ja")


@tpl
def t_ja_line():
    h = handle()
    return (f"LINEのIDは「{h}」、日本語はあまり読めないのでベトナム語で連絡してほしいとのこと。",
            [[h, "social"]], "ja")


@tpl
def t_ja_bank():
    b, n = bank_jp(), vi_full()
    return (f"ゆうちょ銀行 記号番号 {b}、名義 {strip_vi(n).upper()}。給与はこの口座に振り込まれていた。",
            [[b, "id_number"], [strip_vi(n).upper(), "name"]], "ja")


@tpl
def t_ja_supervisor():
    n = ja_family()
    g = pick(JA_GIVEN)
    return (f"監理団体の巡回は年に二回だけ。社長の奥さんの{n}{g}さんが通訳もしていた。",
            [[n + g, "name"]], "ja")


@tpl
def t_ja_addr2():
    a = ja_addr2()
    return (f"逃げた後は{a}の知人宅に二週間いた。", [[a, "place"]], "ja")


@tpl
def t_ja_email():
    e, n = email(), ja_full()
    return (f"支援団体の{n}さんからメール（{e}）で面談の日程が届いた。",
            [[n, "name"], [e, "email"]], "ja")


# ---- Chinese, traditional (Taiwan) ----
@tpl
def t_tw_employer():
    n, a = zh_t(), tw_addr()
    return (f"雇主{n}住在{a}，看護工每天要照顧阿公，晚上也不能休息。",
            [[n, "name"], [a, "place"]], "zh_t")


@tpl
def t_tw_company():
    o = tw_org()
    return (f"她原本在{o}有限公司做作業員，後來因為加班費的問題跟仲介吵架。",
            [[f"{o}有限公司", "org"]], "zh_t")


@tpl
def t_tw_broker():
    n, ph = zh_t(), tw_mobile()
    return (f"仲介{n}小姐的電話是{ph}，她說如果逃跑就會被遣返。",
            [[n, "name"], [ph, "phone"]], "zh_t")


@tpl
def t_tw_shelter():
    n, ph = zh_t(), tw_mobile()
    return (f"庇護中心紀錄：社工{n}協助申請轉換雇主，聯絡電話{ph}。",
            [[n, "name"], [ph, "phone"]], "zh_t")


@tpl
def t_tw_town():
    t, n = pick(TW_TOWN), R.randint(1, 30)
    li = pick(["福興", "中興", "永安", "南勢", "東勢", "頂厝"])
    return (f"工廠在{t}鄉{li}里{n}鄰，附近只有一家便利商店。",
            [[f"{li}里{n}鄰", "place"]], "zh_t")


@tpl
def t_tw_line():
    h, n = handle(), vi_two()
    return (f"越南朋友{n.split()[-1]}用LINE傳訊息給我，她的帳號是 {h}。",
            [[n.split()[-1], "name"], [h, "social"]], "zh_t")


@tpl
def t_tw_bank():
    b, n = bank_tw(), zh_t()
    return (f"薪水匯到郵局帳號{b}，但存摺一直在雇主{n}那裡。",
            [[b, "id_number"], [n, "name"]], "zh_t")


@tpl
def t_tw_factory():
    o = pick(TW_CO_WORD)
    return (f"{o}工廠的宿舍很擠，八個人一間。", [[f"{o}工廠", "org"]], "zh_t")


# ---- Chinese, simplified ----
@tpl
def t_cn_boss():
    n, o = zh_s(), pick(CN_CO_WORD) + pick(["电子", "服装", "食品"])
    return (f"她说在{o}有限公司的老板{n}一直拖欠工资，后来才去了日本。",
            [[f"{o}有限公司", "org"], [n, "name"]], "zh_s")


@tpl
def t_cn_wechat():
    h, n = handle(), zh_s()
    return (f"中介{n}的微信号是{h}，朋友圈里天天发招工广告。",
            [[n, "name"], [h, "social"]], "zh_s")


# ---- mixed ----
@tpl
def t_mix_vi_ja():
    o, n = ja_org(), vi_two()
    return (f"Em làm ở {o}株式会社, chị {n.split()[-1]} làm cùng line với em, shachou rất hay la.",
            [[f"{o}株式会社", "org"], [n.split()[-1], "name"]], "mixed")


@tpl
def t_mix_vi_tw():
    n, a = zh_t(), tw_addr()
    return (f"Chủ nhà tên {n}, nhà ở {a}, bà cụ bị liệt nên em phải thức đêm.",
            [[n, "name"], [a, "place"]], "mixed")


@tpl
def t_mix_en_vi():
    n, ph = vi_full(), vn_mobile()
    return (f"Called {n} on Zalo ({ph}) to confirm the debt figure: she says the bank in the district wants 40 triệu by Tết.",
            [[n, "name"], [ph, "phone"]], "mixed")


@tpl
def t_mix_sms():
    ph, n = tw_mobile(), vi_two()
    return (f"[SMS {ph}] Chi {strip_vi(n)} oi, 明天 9 giờ gặp ở ga nhé, mang theo 居留證.",
            [[ph, "phone"], [strip_vi(n), "name"]], "mixed")


@tpl
def t_mix_en_ja():
    n, o = ja_full(), ja_org()
    return (f"Meeting with {n} (HR manager at {o}): he insisted the trainee 'left of her own will' and refused to pay the last month.",
            [[n, "name"], [o, "org"]], "mixed")


@tpl
def t_vi_nhan_luc():
    o, n, e = vi_org(), vi_full(), email()
    kind = pick(VI_CO_KIND)
    return (f"Hợp đồng ký với Công ty cổ phần {kind} {o}, đại diện: {n}, email liên hệ {e}.",
            [[f"{kind} {o}", "org"], [n, "name"], [e, "email"]], "vi")


@tpl
def t_vi_facebook():
    h, n = handle(), vi_full()
    return (f"Nick Facebook của anh ta là \"{h}\", tên thật là {n}, chuyên đăng bài tuyển đơn hàng đi Nhật.",
            [[h, "social"], [n, "name"]], "vi")


@tpl
def t_ja_village():
    p = pick(JA_TOWN)
    return (f"寮は{p}村の山の中にあり、最寄りの駅まで車で四十分かかる。", [[f"{p}村", "place"]], "ja")


@tpl
def t_en_mother():
    n, c = vi_full(), cccd()
    return (f"Her mother, {n}, came to the provincial office with her ID card (no. {c}) to sign the loan papers.",
            [[n, "name"], [c, "id_number"]], "en")


@tpl
def t_vi_xom():
    x, n = R.randint(1, 14), vi_full()
    p = vi_place_name()
    return (f"Nhà {n} ở xóm {x}, xã {p}; đường vào phải đi qua cầu tre.",
            [[n, "name"], [f"xóm {x}", "place"], [f"xã {p}", "place"]], "vi")


@tpl
def t_ja_yugen():
    o = ja_org()
    return (f"前の受入れ先は有限会社{o}。倒産したので別の会社に移ったが、手続きは監理団体任せだった。",
            [[f"有限会社{o}", "org"]], "ja")


@tpl
def t_ja_godo():
    o, ph = pick(JA_TOWN) + pick(["ファーム", "フーズ", "テック"]), jp_mobile()
    return (f"求人票には「{o}合同会社　TEL {ph}」とだけ書いてあった。",
            [[f"{o}合同会社", "org"], [ph, "phone"]], "ja")


@tpl
def t_vi_cp():
    o = vi_org()
    return (f"Trung tâm đào tạo tiếng của Công ty CP {o} ở ngay cạnh chợ huyện, học viên ở nội trú ba tháng.",
            [[f"Công ty CP {o}", "org"]], "vi")


@tpl
def t_en_jsc():
    o = strip_vi(vi_org())
    return (f"The recruitment agency on her papers was {o} JSC, licensed by the Ministry, which charged the legal maximum on paper only.",
            [[f"{o} JSC", "org"]], "en")


@tpl
def t_tw_qiye():
    o, a = pick(TW_CO_WORD), tw_addr()
    return (f"夜市旁邊的{o}企業社在找越南女生包裝，地址是{a}。",
            [[f"{o}企業社", "org"], [a, "place"]], "zh_t")


@tpl
def t_nd_ad():
    ph, h = vn_mobile(), handle()
    return (f"DON HANG CO KHI NHAT BAN, luong 28 man, lien he {ph} (zalo) hoac tiktok {h}",
            [[ph, "phone"], [h, "social"]], "vi_nodiac")


@tpl
def t_en_shop():
    o = en_org()
    return (f"After running away she washed dishes at {o} Inc., a restaurant supplier whose owner paid cash and asked no questions.",
            [[f"{o} Inc.", "org"]], "en")


@tpl
def t_vi_tiktok():
    h = handle()
    return (f"Kênh TikTok {h} hay livestream bán hàng, thật ra là để tuyển người đi chui sang Nhật.",
            [[h, "social"]], "vi")


@tpl
def t_ja_kabu():
    o, a = ja_org(), ja_addr2()
    return (f"（株）{o}の工場は{a}にある。実習生は全員ベトナム人だった。",
            [[f"（株）{o}", "org"], [a, "place"]], "ja")


@tpl
def t_mix_broker_vi_tw():
    o, ph = tw_org(), tw_mobile()
    return (f"Bên môi giới Đài Loan là {o}股份有限公司, số văn phòng {ph}, nhân viên người Việt nói được tiếng Hoa.",
            [[f"{o}股份有限公司", "org"], [ph, "phone"]], "mixed")


@tpl
def t_en_phone_only():
    e = email()
    return (f"The mother's niece reads e-mail for the family ({e}); the mother only answers calls after 8 pm because of the fields.",
            [[e, "email"]], "en")


@tpl
def t_nd_zalo_handle():
    h = handle()
    return (f"add zalo e di, ten zalo la {h}, e gui hinh hop dong cho", [[h, "social"]], "vi_nodiac")


@tpl
def t_vi_ltd_shop():
    o = vi_org()
    return (f"Về nước, chị xin vào làm ở xưởng may Công ty TNHH {o} ngay trong huyện, lương bằng một phần năm bên Nhật.",
            [[f"Công ty TNHH {o}", "org"]], "vi")


@tpl
def t_cn_passport():
    n, pp = zh_s(), passport_vn()
    return (f"工头{n}把她的护照（号码{pp}）锁在办公室的抽屉里，说等合同结束再还。",
            [[n, "name"], [pp, "id_number"]], "zh_s")


@tpl
def t_cn_japan():
    o, a = ja_org(), ja_addr()
    return (f"她后来到了日本，在{o}株式会社做了两年，宿舍地址是{a}。",
            [[f"{o}株式会社", "org"], [a, "place"]], "zh_s")


@tpl
def t_cn_phone():
    n, ph = zh_s(), tw_mobile()
    return (f"翻译{n}留了台湾的手机号{ph}，说有事可以随时打。",
            [[n, "name"], [ph, "phone"]], "zh_s")

# ---- identifier-free texts: each returns (text, language) ----
PROV_VN = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Hải Dương", "Nam Định", "Thái Bình", "Quảng Bình", "Bắc Giang", "Phú Thọ"]
PROV_JP = ["愛知県", "岐阜県", "広島県", "茨城県", "群馬県", "埼玉県", "香川県"]
CITY_TW = ["桃園", "台中", "新竹", "彰化", "台南", "高雄"]
KIN_VI = ["chị", "em", "anh", "mẹ", "bố", "cô", "chú", "bác", "dì", "ông", "bà"]
PLAT = ["Zalo", "Facebook", "Messenger", "LINE", "TikTok", "Telegram", "WeChat"]
C = []


def cl(f):
    C.append(f)
    return f


@cl
def c1():
    return (f"Chị nói ở {pick(PROV_VN)} bây giờ nhà nào cũng có người đi Nhật hoặc Đài Loan, ai không đi thì bị coi là lười.", "vi")


@cl
def c2():
    return (f"Công ty không trả lương làm thêm giờ. Khi {pick(KIN_VI)} hỏi thì tổ trưởng bảo: ai không thích thì về nước.", "vi")


@cl
def c3():
    return (f"Bình thường mỗi tối {pick(['chị', 'em'])} gọi {pick(PLAT)} về nhà, nhưng tháng đó điện thoại bị thu nên mất liên lạc.", "vi")


@cl
def c4():
    return ("Hỏi: Chị có biết công đoàn không?\nĐáp: Không, lúc đó em chỉ biết Đại sứ quán thôi, mà gọi mãi không ai nghe.", "vi")


@cl
def c5():
    return (f"Tâm trạng rất tệ. Bà chủ nhà già, hay quên, lúc nào cũng nghĩ em ăn cắp. Hòa thuận là điều em mong nhất.", "vi")


@cl
def c6():
    return (f"Tiền phí hết {R.randint(150, 260)} triệu, cả nhà thế chấp sổ đỏ vay ngân hàng chính sách ở huyện.", "vi")


@cl
def c7():
    return ("Ở nhà thờ Công giáo có các sơ giúp đỡ, cho ở nhờ mấy tuần, không hỏi giấy tờ gì.", "vi")


@cl
def c8():
    return (f"Phúc lợi không có, bảo hiểm không có, đến khi bị thương ở tay thì công ty bảo tự đi bệnh viện.", "vi")


@cl
def c9():
    return (f"Cục Quản lý lao động ngoài nước có đường dây nóng, nhưng {pick(KIN_VI)} nói gọi về chỉ được hướng dẫn làm đơn.", "vi")


@cl
def c10():
    return (f"Em sang Đài Loan làm giúp việc gia đình, hợp đồng ba năm, một tháng được nghỉ {R.choice(['một', 'hai'])} ngày.", "vi")


@cl
def c11():
    return ("Thầy giáo tiếng Nhật ở trung tâm rất nghiêm, ai học chậm thì bị phạt chạy quanh sân.", "vi")


@cl
def c12():
    return (f"Mẹ bảo: con cứ chịu khó, đủ {R.randint(2, 3)} năm rồi về xây nhà. Nhưng em không chịu được nữa.", "vi")


@cl
def c13():
    return (f"Đi Nhật theo diện kỹ năng đặc định bây giờ dễ hơn, nhưng công ty TNHH nào cũng đòi phí.", "vi")


@cl
def c14():
    return (f"Sau Tết, {pick(['anh', 'chồng chị', 'em trai'])} cũng định đi Hàn Quốc, nhưng thi tiếng không đỗ.", "vi")


@cl
def c15():
    return (f"Ngày {R.randint(1, 28)} tháng {R.randint(1, 12)}: buổi phỏng vấn thứ hai, chị mệt, xin dừng sau 40 phút.", "vi")


@cl
def c16():
    return (f"chi oi tren {pick(PLAT).lower()} co nhieu nguoi dang tuyen lam, nhung toan lua dao, dung tin", "vi_nodiac")


@cl
def c17():
    return (f"e dang o {pick(['Nagoya', 'Osaka', 'Tokyo', 'Chiba'])}, lam o cong truong, troi lanh qua a", "vi_nodiac")


@cl
def c18():
    return ("ma oi con gui tien roi, ma nhan duoc chua, bao bo dung lo nha", "vi_nodiac")


@cl
def c19():
    return (f"cong ty bat lam them toi {R.randint(10, 12)} gio dem ma khong tinh tien, ai cung so khong dam noi", "vi_nodiac")


@cl
def c20():
    return (f"co ai biet cho nao giup do nguoi bo tron o {pick(['Gunma', 'Ibaraki', 'Saitama'])} khong a, em can gap", "vi_nodiac")


@cl
def c21():
    return ("a oi tuan nay nghi khong, di an pho khong, e moi nhan luong", "vi_nodiac")


@cl
def c22():
    return (f"She had used {pick(PLAT)} to contact the broker in {pick(PROV_VN)}, but the account had been blocked by then.", "en")


@cl
def c23():
    return ("The embassy told her to go back to her company first. She said nobody there would listen.", "en")


@cl
def c24():
    return ("Fieldnote: the shelter is run by a church group; the staff asked that we not photograph the building.", "en")


@cl
def c25():
    return (f"Most trainees in {pick(['Aichi', 'Gifu', 'Hiroshima', 'Kagawa'])} work for small subcontractors, many of them a Co., Ltd. with fewer than twenty workers.", "en")


@cl
def c26():
    return ("Q: Did anyone explain the contract to you?\nA: The teacher read it in Japanese. We just signed.", "en")


@cl
def c27():
    return ("The Labour Standards Inspection Office opened a case, but the trainee had already left the country.", "en")


@cl
def c28():
    return (f"Remittances: about {R.randint(40, 70)}% of her wage went home each month, mostly to repay the bank loan.", "en")


@cl
def c29():
    return ("Mother and Father both came to the airport. Brother was still working in Malaysia.", "en")


@cl
def c30():
    return ("IOM and the Ministry of Labour held a meeting on recruitment fees; no worker was invited to speak.", "en")


@cl
def c31():
    return (f"She ran away in {pick(['March', 'July', 'November', 'winter', 'the rainy season'])}, taking only her phone and a small backpack.", "en")


@cl
def c32():
    return ("Grace period ended. Hope was the word she used most: hope to pay the debt, hope to go home.", "en")


@cl
def c33():
    return ("会社は技能実習生のパスポートを「預かる」と言っていたが、本人の同意はなかった。", "ja")


@cl
def c34():
    return (f"{pick(PROV_JP)}の縫製工場では、時給が最低賃金を下回っていたという証言が複数ある。", "ja")


@cl
def c35():
    return ("監理団体に相談したが、「我慢しなさい」と言われただけだった。", "ja")


@cl
def c36():
    return ("株式会社という名前でも、実際は社長と奥さんと実習生だけの小さな工場だった。", "ja")


@cl
def c37():
    return ("入管に収容された後、仮放免になったが、働くことはできない。", "ja")


@cl
def c38():
    return (f"教会のミサの後、ベトナム人が{R.randint(20, 60)}人ほど集まって食事をしていた。", "ja")


@cl
def c39():
    return ("ユニオンの事務所で話を聞いた。通訳はボランティアの学生が担当した。", "ja")


@cl
def c40():
    return ("社長は「逃げたら警察に言う」と何度も言っていた。", "ja")


@cl
def c41():
    return ("仲介公司說，如果工人逃跑，要賠償違約金。", "zh_t")


@cl
def c42():
    return (f"她在{pick(CITY_TW)}當看護工，每天工作超過十六個小時。", "zh_t")


@cl
def c43():
    return ("勞動部的申訴專線1955可以用越南語，但很多移工不知道。", "zh_t")


@cl
def c44():
    return ("阿姨說，雇主家的阿公晚上常常醒來，她根本睡不好。", "zh_t")


@cl
def c45():
    return ("有限公司的老闆不在，工廠由主任管理，主任很兇。", "zh_t")


@cl
def c46():
    return ("庇護中心的社工說，逃跑移工可以先去警察局報案，再轉到安置單位。", "zh_t")


@cl
def c47():
    return ("越南移工在台灣的人數已經超過二十萬。", "zh_t")


@cl
def c48():
    return ("中介公司收了很高的服务费，工人到日本以后还要每个月还钱。", "zh_s")


@cl
def c49():
    return (f"老板说工资下个月一起发，结果{R.choice(['三', '四', '五'])}个月都没发。", "zh_s")


@cl
def c50():
    return ("Em làm ở 株式会社 nhỏ, chỉ có mười người, buổi tối còn phải dọn nhà xưởng.", "mixed")


@cl
def c51():
    return (f"Chị bảo 仲介 bên Đài Loan thu tiền mỗi tháng, {R.randint(1500, 1800)} Đài tệ, gọi là phí phục vụ.", "mixed")


@cl
def c52():
    return (f"She called it 'đi xuất khẩu lao động', the standard phrase in {pick(PROV_VN)}, never 'migration'.", "mixed")


@cl
def c53():
    return ("Hôm qua em lên văn phòng Union, có người nói tiếng Việt, họ bảo sẽ gửi thư cho 社長.", "mixed")


@cl
def c54():
    return (f"Em nhắn qua {pick(PLAT)} cho chị rồi đó, chị xem rồi trả lời em nhé. Cảm ơn chị nhiều.", "vi")


@cl
def c55():
    return ("Nhà nước có chính sách hỗ trợ lao động về nước, nhưng về thủ tục thì ở xã không ai rõ.", "vi")


@cl
def c56():
    return ("Hỏi: Khi bỏ trốn chị có sợ không?\nĐáp: Sợ chứ. Nhưng ở lại thì còn sợ hơn.", "vi")


@cl
def c57():
    return (f"Chủ nhật các chị em hay ra công viên gần ga, mang đồ ăn theo, nói chuyện đến {R.randint(5, 8)} giờ chiều.", "vi")


@cl
def c58():
    return ("The Co., Ltd. on her contract was not the company she worked for; the name had been changed twice.", "en")


@cl
def c59():
    return ("Hospital staff asked for her residence card; she had none, so the church paid the bill in cash.", "en")


@cl
def c60():
    return ("Công đoàn Nhật có chi nhánh cho người nước ngoài, họ nhận cả người không còn visa.", "vi")


@cl
def c61():
    return ("越南工人大多通过劳务公司出国，很多人在出发前已经欠了一大笔债。", "zh_s")


@cl
def c62():
    return (f"访谈在教会的小房间里进行，她一边说一边哭，我们中途休息了{R.choice(['两', '三'])}次。", "zh_s")


@cl
def c63():
    return ("大使馆的电话总是占线，工会的志愿者就帮她写了一封信。", "zh_s")

# ---- assembly ----
N_ID, N_CLEAN = 250, 190
JOIN = {"ja": "", "zh_t": "", "zh_s": "", "vi_nodiac": "\n"}


def lang_of(lang):
    return "vi" if lang == "mixed" else lang


def main():
    clean_by_lang = {}
    for f in C:
        clean_by_lang.setdefault(f.__name__, f)
    rows, seen = [], set()
    # texts with identifiers: each template in turn, shuffled, with a clean sentence of the same
    # language before or after it now and then
    order = []
    while len(order) < N_ID:
        ts = T[:]
        R.shuffle(ts)
        order.extend(ts)
    order = order[:N_ID]
    for f in order:
        for _ in range(20):
            text, ids, lang = f()
            if R.random() < 0.35:
                same = [g for g in C if g()[1] == lang_of(lang)]
                extra, _l = pick(same)()
                j = JOIN.get(lang, " ")
                text = f"{text}{j}{extra}" if R.random() < 0.5 else f"{extra}{j}{text}"
            if text not in seen:
                break
        seen.add(text)
        ids = normalise(text, ids)
        rows.append({"text": text, "ids": ids, "clean": not ids,
                     "source": SOURCE, "_lang": lang})
    n_clean = 0
    tries = 0
    while n_clean < N_CLEAN:
        tries += 1
        assert tries < 20000
        f = pick(C)
        text, lang = f()
        if R.random() < 0.45:
            same = [g for g in C if g is not f and g()[1] == lang]
            text2, _l = pick(same)()
            text = f"{text}\n{text2}" if R.random() < 0.5 else f"{text}{JOIN.get(lang, ' ')}{text2}"
        if text in seen:
            continue
        seen.add(text)
        rows.append({"text": text, "ids": [], "clean": True, "source": SOURCE_CLEAN, "_lang": lang})
        n_clean += 1
    R.shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "twenty_ninth.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            for v, k in r["ids"]:
                assert v in r["text"], (v, r["text"])
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        kinds = Counter(k for r in rows for _v, k in r["ids"])
        langs = Counter(r["_lang"] for r in rows)
        print(len(rows), "texts;", sum(r["clean"] for r in rows), "clean;", sum(kinds.values()), "ids", dict(kinds))
        print("by language:", dict(langs))
        print("ids by language:", dict(Counter(r["_lang"] for r in rows for _ in r["ids"])))
        print("clean by language:", dict(Counter(r["_lang"] for r in rows if r["clean"])))
        print("kind x language:", dict(Counter((r["_lang"], k) for r in rows for _v, k in r["ids"])))


SOURCE = ("generate_twenty_ninth.py; npm @fakerjs/firstname 1.0.1 + @fakerjs/lastname 1.0.1 (English names), "
          "Debian skkdic 20230109-1 SKK-JISYO.L (Japanese family/given/place names), "
          "hand-written Vietnamese and Chinese names checked against npm @cspell/dict-vi-vn 3.0.6")
SOURCE_CLEAN = "generate_twenty_ninth.py; hand-written identifier-free sentences"

if __name__ == "__main__":
    main()
