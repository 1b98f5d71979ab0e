#!/usr/bin/env python3
"""Generates tests/redaction_corpus/unseen.jsonl: an independent check of the detectors of
names, organisations and places the vault does not know (src/deid/entities.rs).

Independent of the detectors: the detectors' lexicons come from npm @faker-js/faker 10.6.0 and
PyPI Faker 40.63.0 (scripts/lexicons.py); this generator takes its Japanese, Chinese and
English names and its ordinary sentences from PyPI mimesis 18.0.0 (MIT), its Vietnamese names
from the hand-written lists below (the study's own pseudonyms among them, and family names
rarer than any generator lists), its Vietnamese ordinary sentences from Faker's vi_VN word list,
and its sentences from templates written for it, not the detectors' tests. It was written once,
run once, and its output committed; the detectors were not changed to fit it (see
docs/deidentification.md, "Measured quality").

Run: python3 -m venv v && v/bin/pip install mimesis==18.0.0 faker==40.63.0 &&
     v/bin/python tests/redaction_corpus/generate_unseen.py > tests/redaction_corpus/unseen.jsonl

Each line: {"text", "ids": [[substring, kind]], "clean": bool, "source"}. Kinds: name, org,
place, phone, social, email, id_number. `clean` texts hold no identifier: every word of them
should be left as it is.
"""
import json
import random
import unicodedata

import faker
import mimesis
from mimesis.locales import Locale

SEED = 18
rng = random.Random(SEED)
ja = mimesis.Person(Locale.JA, seed=SEED)
zh = mimesis.Person(Locale.ZH, seed=SEED)
en = mimesis.Person(Locale.EN, seed=SEED)
ja_text = mimesis.Text(Locale.JA, seed=SEED)
zh_text = mimesis.Text(Locale.ZH, seed=SEED)
en_text = mimesis.Text(Locale.EN, seed=SEED)
vi_fake = faker.Faker("vi_VN")
vi_fake.seed_instance(SEED)

# Vietnamese names, hand-written: common and rare family names, middle and given names.
VI_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
             "Dương", "Lý", "Lương", "Tạ", "Kiều", "Quách", "Mạc", "Lã", "Khúc", "Thái", "Cao", "Chu", "Đoàn", "Tô"]
VI_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Xuân", "Quốc", "Công", "Đình", "Bảo", "Thu", "Kim"]
VI_GIVEN = ["Anh", "Xuân", "Huy", "Hương", "Lan", "Tuấn", "Hạnh", "Nga", "Phượng", "Dũng", "Thảo", "Trang", "Hiếu", "Khoa",
            "Loan", "Nhung", "Quyên", "Sơn", "Tâm", "Vy", "Yến", "Toàn", "Lực", "Kiên", "Diệp", "Thắm", "Luyến", "Giang"]
JA_ROMAJI = ["Ishikawa Kenji", "Morimoto Aya", "Fujita Shun", "Hasegawa Rie", "Kondo Takumi", "Nishimura Yui",
             "Okada Daiki", "Sakamoto Mai", "Murata Sho", "Takeuchi Emi", "Hirano Yuto", "Kikuchi Nana"]
PUBLIC = ["the Vietnamese Women's Union", "Caritas Japan", "the Ministry of Labour", "the Immigration Services Agency",
          "the Department of Labor", "the Catholic Church", "the Red Cross", "IOM", "the labour union", "the embassy",
          "Hội Liên hiệp Phụ nữ Việt Nam", "Bộ Lao động", "Đại sứ quán", "入国管理局", "労働基準監督署", "勞動部", "外籍勞工諮詢中心"]
PROVINCES = ["Hà Tĩnh", "Nghệ An", "Hai Duong", "Thanh Hóa", "Bắc Giang", "Aichi", "Osaka", "Gifu", "Taoyuan", "Tainan",
             "Taichung", "Kaohsiung", "Tokyo", "Hanoi", "Japan", "Taiwan", "Vietnam", "Korea"]
PLATFORMS = ["Zalo", "Facebook", "LINE", "Messenger", "Viber", "TikTok", "WeChat", "Telegram"]
LEGAL_ALONE = ["a Co., Ltd.", "some Inc.", "an LLC", "công ty TNHH", "công ty cổ phần", "株式会社", "有限公司", "工廠"]


def plain(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def vi_name():
    parts = [rng.choice(VI_FAMILY), rng.choice(VI_MIDDLE), rng.choice(VI_GIVEN)]
    r = rng.random()
    if r < 0.25:
        parts = parts[1:] + parts[:1]  # given-first, as in English notes
    name = " ".join(parts)
    return plain(name) if rng.random() < 0.3 else name


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone():
    k = rng.randrange(6)
    if k == 0:
        return "84" + rng.choice("3579") + digits(8)
    if k == 1:
        return "+84 " + rng.choice("3579") + digits(1) + " " + digits(3) + " " + digits(4)
    if k == 2:
        return "0" + rng.choice("3579") + digits(2) + "-" + digits(3) + "-" + digits(3)
    if k == 3:
        return "81 " + rng.choice(["70", "80", "90"]) + " " + digits(4) + " " + digits(4)
    if k == 4:
        return "886" + "9" + digits(8)
    return "0" + rng.choice(["70", "80", "90"]) + "-" + digits(4) + "-" + digits(4)


def handle():
    user = rng.choice(["hoa", "lan", "tuan", "xuan", "minh", "ai", "ken"]) + rng.choice(["", ".", "_"]) + rng.choice(
        ["nguyen", "tran", "92", "hn", "vn", "tw"]) + rng.choice(["", str(rng.randint(1, 99))])
    k = rng.randrange(4)
    if k == 0:
        return f"LINE ID: {user}", user
    if k == 1:
        return f"Zalo: {user}", user
    if k == 2:
        return f"Telegram: @{user}", f"@{user}"
    return f"facebook.com/{user}", f"facebook.com/{user}"


def id_number():
    k = rng.randrange(3)
    if k == 0:
        return "0" + digits(11)
    if k == 1:
        return rng.choice("BCN") + digits(7)
    return "".join(rng.choice("ABCDEFGHJK") for _ in range(2)) + digits(8) + "".join(rng.choice("ABCDEFGHJK") for _ in range(2))


def syllables(k):
    return " ".join(rng.choice(["Đông", "Tân", "Phú", "Hòa", "Lạc", "Yên", "Bình", "Thượng", "Hạ", "Trung", "Mỹ", "Khê",
                                "Vĩnh", "Cẩm", "Lộc", "Phước"]) for _ in range(k))


def vi_place():
    k = rng.randrange(5)
    if k == 0:
        n = syllables(2)
        return f"thôn {n}", n
    if k == 1:
        n = str(rng.randint(1, 15))
        return f"xóm {n}", n
    if k == 2:
        n = syllables(2)
        return f"ấp {n}", n
    if k == 3:
        n = syllables(2)
        return f"làng {n}", n
    n = str(rng.randint(1, 30))
    return f"tổ {n}", n


def ja_place():
    if rng.random() < 0.5:
        town = ja.last_name()
        return f"{town}町", town
    a = f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番地"
    return a, a


def zh_place():
    if rng.random() < 0.5:
        v = zh.last_name() + rng.choice(["興", "安", "平", "和", "福"])
        return f"{v}里", v
    road = rng.choice(["中正", "民生", "建國", "復興", "和平", "光明"])
    a = f"{road}路{rng.randint(1, 300)}巷{rng.randint(1, 20)}弄{rng.randint(1, 60)}號"
    return a, a


def en_org():
    name = f"{en.last_name()} {rng.choice(['Garment', 'Seafood', 'Electronics', 'Trading', 'Logistics', 'Foods'])}"
    form = rng.choice(["Co., Ltd.", "Inc.", "Corp.", "LLC", "JSC", "Co., Ltd"])
    return f"{name} {form}", name


def vi_org():
    name = syllables(2)
    form = rng.choice(["Công ty TNHH", "Công ty cổ phần", "Công ty", "Cty TNHH"])
    return f"{form} {name}", name


def ja_org():
    name = ja.last_name() + rng.choice(["縫製", "工業", "食品", "水産", "電子", "建設"])
    k = rng.randrange(4)
    if k == 0:
        return f"{name}株式会社", name
    if k == 1:
        return f"株式会社{name}", name
    if k == 2:
        return f"{name}有限会社", name
    return f"(株){name}", name


def zh_org():
    name = zh.last_name() + rng.choice(["記", "興", "大", "光", "泰"]) + rng.choice(["紡織", "食品", "電子", "機械", ""])
    form = rng.choice(["有限公司", "股份有限公司", "企業社", "工廠"])
    return f"{name}{form}", name


def case_en():
    name = rng.choice([en.full_name(), vi_name(), rng.choice(JA_ROMAJI)])
    org, org_name = en_org()
    p, p_id = phone(), None
    h, h_id = handle()
    t = rng.randrange(5)
    if t == 0:
        text = f"According to her, {name} drove the van that evening; the factory was {org}."
        ids = [[name, "name"], [org_name, "org"]]
    elif t == 1:
        text = f"She saved the number {p} under 'broker' and later found {name} on {h}."
        ids = [[p, "phone"], [name, "name"], [h_id, "social"]]
    elif t == 2:
        text = f"At {org} the supervisor, {name}, kept the passports in a locked drawer."
        ids = [[org_name, "org"], [name, "name"]]
    elif t == 3:
        mail = f"{plain(name).split()[0].lower()}{rng.randint(1, 99)}@mail.example"
        text = f"Her cousin {name} wrote from {mail} asking for {rng.randint(2, 9)} million dong."
        ids = [[name, "name"], [mail, "email"]]
    else:
        num = id_number()
        text = f"Documents: card {num}; emergency contact {name}, {p}."
        ids = [[num, "id_number"], [name, "name"], [p, "phone"]]
    return text, ids


def case_vi():
    name = vi_name()
    org, org_name = vi_org()
    place, place_id = vi_place()
    cue = rng.choice(["anh ", "chị ", "cô ", "chú ", "bác ", ""])
    t = rng.randrange(4)
    if t == 0:
        text = f"Nhà em ở {place}, gần nhà {cue}{name}."
        ids = [[place_id, "place"], [name, "name"]]
    elif t == 1:
        text = f"Sau khi về nước, em xin vào làm ở {org}, lương thấp hơn bên Nhật."
        ids = [[org_name, "org"]]
    elif t == 2:
        p = phone()
        text = f"Em liên lạc với {cue}{name} qua số {p} khi còn ở {place}."
        ids = [[name, "name"], [p, "phone"], [place_id, "place"]]
    else:
        h, h_id = handle()
        text = f"{cue.capitalize()}{name} cho em {h} để hỏi việc ở {org}."
        ids = [[name, "name"], [h_id, "social"], [org_name, "org"]]
    return text, ids


def case_ja():
    name = ja.last_name() + ja.first_name() if rng.random() < 0.6 else ja.last_name()
    cue = rng.choice(["さん", "様", "氏", "さん", "先生"]) if rng.random() < 0.7 or len(name) <= 2 else ""
    org, org_name = ja_org()
    place, place_id = ja_place()
    t = rng.randrange(3)
    if t == 0:
        text = f"実習先の{org}では、{name}{cue}が通訳をしていた。"
        ids = [[org_name, "org"], [name, "name"]]
    elif t == 1:
        text = f"寮は{place}にあり、{name}{cue}の車で通った。"
        ids = [[place_id, "place"], [name, "name"]]
    else:
        p = phone()
        text = f"逃げた後、{name}{cue}に電話した（{p}）。"
        ids = [[name, "name"], [p, "phone"]]
    return text, ids


def case_zh():
    name = zh.last_name() + zh.first_name()
    cue = rng.choice(["小姐", "先生", "阿姨", "老闆", ""])
    org, org_name = zh_org()
    place, place_id = zh_place()
    t = rng.randrange(3)
    if t == 0:
        text = f"她原本在{org}上班，後來{name}{cue}介紹她去照顧老人。"
        ids = [[org_name, "org"], [name, "name"]]
    elif t == 1:
        text = f"雇主家住在{place}，{name}{cue}每天早上來看。"
        ids = [[place_id, "place"], [name, "name"]]
    else:
        h, h_id = handle()
        text = f"逃跑以後，她用{h}聯絡{name}{cue}。"
        ids = [[h_id, "social"], [name, "name"]]
    return text, ids


def clean_case():
    k = rng.randrange(8)
    if k == 0:
        return f"She talked to {rng.choice(PUBLIC)} about the contract and kept in touch on {rng.choice(PLATFORMS)}."
    if k == 1:
        return f"Many trainees from {rng.choice(PROVINCES)} work for {rng.choice(LEGAL_ALONE)} in {rng.choice(PROVINCES)}."
    if k == 2:
        return f"Em nhắn tin qua {rng.choice(PLATFORMS)} với {rng.choice(PUBLIC)} khi còn ở {rng.choice(PROVINCES)}."
    if k == 3:
        return vi_fake.sentence(nb_words=12)
    if k == 4:
        return ja_text.sentence()
    if k == 5:
        return zh_text.sentence()
    if k == 6:
        return en_text.sentence()
    return f"Từ {rng.choice(PROVINCES)} sang {rng.choice(PROVINCES)}, chị làm ở một {rng.choice(LEGAL_ALONE)} may mặc."


def main():
    out = []
    makers = [("en", case_en), ("vi", case_vi), ("ja", case_ja), ("zh", case_zh)]
    for i in range(240):
        lang, make = makers[i % 4]
        text, ids = make()
        for s, _ in ids:
            assert s in text, (s, text)
        out.append({"text": text, "ids": ids, "clean": False, "source": f"mimesis {mimesis.__version__} {lang}"})
    for _ in range(200):
        out.append({"text": clean_case(), "ids": [], "clean": True, "source": f"mimesis {mimesis.__version__} / faker {faker.VERSION}"})
    for c in out:
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
