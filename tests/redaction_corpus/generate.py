#!/usr/bin/env python3
"""Generates tests/redaction_corpus/faker.jsonl: synthetic sentences with annotated identifiers.

Run once and commit the output (the Rust test reads the committed file; it does not need
Python). Needs Faker from PyPI (`pip install faker`); the version used is written into every
case. Each line: {"text", "known": [[value, kind, person]], "ids": [[substring, kind]], "source"}.
`known` are values the vault would hold; `ids` are every identifier in the text, annotated by
kind. Kinds: name, address (known to the vault), given_name (a known person's given name alone),
unknown_name, phone, email, url, social,
vn_id, jp_residence_card, tw_resident_certificate, passport (found by detectors or not at all).
"""
import json
import random
import sys
import unicodedata

import faker

SEED = 20240501
N_PER_LOCALE = 120
rng = random.Random(SEED)
FW = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def spell(name):
    """The name as a note-taker might write it."""
    r = rng.random()
    if r < 0.25:
        return name
    if r < 0.5:
        return strip_diacritics(name).lower()
    if r < 0.7:
        return strip_diacritics(name).upper()
    if r < 0.85 and name.isascii() is False and any(c.isascii() and c.isalpha() for c in name):
        return name.translate(FW)
    return name


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def vn_id():
    return "0" + f"{rng.randint(1, 96):02d}" + rng.choice("0123") + digits(8)


def jp_card():
    return letters(2) + digits(8) + letters(2)


def tw_arc():
    return letters(1) + rng.choice("ABCD89") + digits(8)


def passport(locale):
    if locale == "vi_VN":
        return rng.choice("BCN") + digits(7)
    if locale == "ja_JP":
        return letters(2) + digits(7)
    return digits(9)  # Taiwanese passports are nine digits: no pattern tells them from other numbers.


def intl_phone(locale):
    sep = rng.choice([" ", "-", ".", "", " "])
    if locale == "vi_VN":
        d = rng.choice("35789") + digits(8)
        return f"+84{rng.choice([' ', ''])}{d[:2]}{sep}{d[2:5]}{sep}{d[5:]}"
    if locale == "ja_JP":
        d = rng.choice(["70", "80", "90"]) + digits(8)
        return f"+81{rng.choice([' ', ''])}{d[:2]}{sep}{d[2:6]}{sep}{d[6:]}"
    d = "9" + digits(8)
    return f"+886{rng.choice([' ', ''])}{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"


def phone(f, locale):
    p = intl_phone(locale) if rng.random() < 0.35 else f.phone_number()
    if rng.random() < 0.1:
        p = p.translate(FW)
    return p


def social(f):
    user = f.user_name() + str(rng.randint(1, 99))
    return rng.choice(
        [
            f"facebook.com/{user}",
            f"https://www.facebook.com/{user}",
            f"zalo.me/0{rng.choice('39')}{digits(8)}",
            f"line.me/ti/p/{user}",
        ]
    )


def handle(f):
    user = f.user_name() + "_" + str(rng.randint(1, 99))
    return rng.choice(["LINE ", "Zalo: ", "LINE ID: ", "Viber "]), user


NEGATIVES = [
    "She paid 4,500 USD in 2016-04 and 100000000 VND later.",
    "He worked 12 hours a day from 6 a.m. to 6 p.m., 17 hours in winter.",
    "The base salary was 140000 JPY a month; room 305 cost 30,000 yen.",
    "From 2019 to 2021 she lived in Taipei and then Tokyo.",
    "Chị làm việc 12 tiếng mỗi ngày, lương 8.5 triệu đồng.",
    "月給は14万円で、寮費は3万円でした。",
    "每月薪水一萬七千元，休假四天。",
]

TEMPLATES = {
    "en": [
        "{name} said the broker called from {phone} and wanted {neg}",
        "Contact {name} at {email} or on {social}. {neg}",
        "Her passport {passport} was kept by the agency; she lived near {addr}.",
        "{Given} met {unknown} through {handle_kw}{handle}, then moved to {addr}.",
        "ID {vn_id}, residence card {jp_card}, ARC {tw_arc}: all confiscated by the employer. {neg}",
        "See {url} for the company; {name} ({phone}) worked there.",
    ],
    "vi": [
        "Chị {name} gọi số {phone}, CCCD {vn_id}, nhà ở {addr}.",
        "Anh {Given} liên lạc qua {handle_kw}{handle} và email {email}.",
    ],
    "ja": [
        "{name}さんの在留カード番号は{jp_card}、電話は{phone}です。",
        "{name}さんは{social}で{unknown}さんと知り合った。",
    ],
    "zh": [
        "{name}的居留證號碼是{tw_arc}，電話{phone}。",
        "{name}透過{social}認識了{unknown}，護照號碼{passport}。",
    ],
}


def case(f, locale, lang, template):
    name = f.name()
    given = name.split()[-1] if " " in name else name
    addr_full = f.address().replace("\n", ", ")
    # A part below the province (the last part is the province or city, which is exported).
    addr_parts = [p.strip() for p in addr_full.split(",")[:-1] if len(p.strip()) > 3]
    addr = rng.choice(addr_parts) if addr_parts else addr_full
    values = {
        "name": spell(name),
        "Given": given,
        "unknown": faker.Faker(locale).name(),
        "phone": phone(f, locale),
        "email": f.email(),
        "url": f.url() + rng.choice(["", "about", "jobs/" + str(rng.randint(1, 999))]),
        "social": social(f),
        "vn_id": vn_id(),
        "jp_card": jp_card(),
        "tw_arc": tw_arc(),
        "passport": passport(locale),
        "addr": addr,
        "neg": rng.choice(NEGATIVES),
    }
    kw, user = handle(f)
    values["handle_kw"], values["handle"] = kw, user
    kinds = {
        "name": "name",
        "Given": "given_name",
        "unknown": "unknown_name",
        "phone": "phone",
        "email": "email",
        "url": "url",
        "social": "social",
        "handle": "social",
        "vn_id": "vn_id",
        "jp_card": "jp_residence_card",
        "tw_arc": "tw_resident_certificate",
        "passport": "passport",
        "addr": "address",
    }
    text = template.format(**values)
    ids = []
    for key, kind in kinds.items():
        if "{" + key + "}" in template:
            ids.append([values[key], kind])
    known = [[name, "name", True], [addr_full, "address", False]]
    return {"text": text, "known": known, "ids": ids, "source": f"faker {faker.VERSION} {locale} {lang}"}


def main():
    out = []
    for locale, langs in [("vi_VN", ["en", "vi"]), ("ja_JP", ["en", "ja"]), ("zh_TW", ["en", "zh"])]:
        f = faker.Faker(locale)
        f.seed_instance(SEED)
        faker.Faker.seed(SEED)
        for i in range(N_PER_LOCALE):
            lang = langs[i % len(langs)]
            template = TEMPLATES[lang][i // len(langs) % len(TEMPLATES[lang])]
            out.append(case(f, locale, lang, template))
    for c in out:
        sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
