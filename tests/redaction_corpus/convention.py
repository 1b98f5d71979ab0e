"""The corpora's annotation convention, applied to a generator's labels before they are written.

Every corpus since the fourth annotates what a redaction must hide, not the words it leaves standing
(docs/deidentification.md, "Fourth corpus (blind)"): a person's name without its honorific, an
organisation without its legal form, a place's name after its locality word (a locality word with a
number, `xóm 4`, `tổ 12`, is the place), and a whole street address. The fifteenth and sixteenth
corpora's writers were told, wrongly, that an organisation's span includes its legal form and were
not told about locality words; this step brings their labels to the convention. It reads nothing but
the label and its text (not the redactor, not its output), and never changes a text.
"""

import re

# The legal forms of issue 18's item 2, and their spellings in the corpora (before or after a name).
LEGAL_BEFORE = [
    "Công ty TNHH", "Công ty CP", "Công ty cổ phần", "Công ty Cổ phần", "Công ty", "Cong ty TNHH", "Cong ty", "Cty", "cty",
    "株式会社", "有限会社", "合同会社", "(株)", "（株）", "㈱", "医療法人",
]
LEGAL_AFTER = [
    "Co., Ltd.", "Co., Ltd", "Co.,Ltd.", "Ltd.", "Corp.", "Inc.", "LLC", "JSC", "K.K.",
    "株式会社", "有限会社", "合同会社", "(株)", "㈱", "股份有限公司", "有限公司", "企業社", "工廠", "工厂",
]
# Vietnamese locality words below a district, with and without diacritics, longest first.
LOCALITY = sorted(
    ["thị trấn", "thi tran", "khu phố", "khu pho", "xã", "xa", "thôn", "thon", "ấp", "ap", "phường",
     "phuong", "xóm", "xom", "bản", "ban", "làng", "lang", "tổ", "to", "khu"],
    key=len, reverse=True)


def _org(v: str) -> str:
    for w in LEGAL_BEFORE:
        if v.startswith(w) and len(v) > len(w):
            v = v[len(w):].lstrip()
            break
    for w in LEGAL_AFTER:
        if v.endswith(w) and len(v) > len(w):
            v = v[: -len(w)].rstrip(" ,")
            break
    return v


def _place(v: str) -> list[str]:
    parts = [p.strip() for p in v.split(", ")] if ", " in v else [v]
    out = []
    for p in parts:
        for w in LOCALITY:
            if p.startswith(w + " "):
                rest = p[len(w) + 1:]
                if not re.match(r"\d", rest):
                    p = rest
                break
        out.append(p)
    return out


def normalise(text: str, ids: list) -> list:
    """`ids` ([[value, kind], ...]) brought to the convention; each value still occurs in `text`."""
    out = []
    for v, k in ids:
        vs = [_org(v)] if k == "org" else _place(v) if k == "place" else [v]
        for x in vs:
            assert x and x in text, (x, text)
            out.append([x, k])
    return out
