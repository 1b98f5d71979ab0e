//! A writer of Stata `.dta` files, format 118 (Stata 14 and later; UTF-8), with variable
//! labels and value labels.
//!
//! Written by hand: the one pure-Rust crate for the format (`dta` 0.6) cannot build a value
//! label set outside itself (its constructors are crate-private), and value labels are the point
//! of a `.dta` here. The format is Stata's documented `dta_118`: a header, a map of section
//! offsets, the variables' types, names, formats, value-label names and labels, the data row by
//! row, long strings (`strL`) as GSO blocks, then the value-label tables. Only what the
//! analysis export needs is written: `long`, `double`, `str#` and `strL` variables, no sort
//! order, no characteristics.

/// A variable's storage type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 32-bit integer (`long`).
    Long,
    /// 64-bit float (`double`).
    Double,
    /// Text: `str#` up to 2045 bytes, `strL` beyond.
    Str,
}

/// A variable: its name (at most 32 ASCII letters, digits and `_`), label, type, and the name
/// of its value-label set.
#[derive(Clone, Debug)]
pub struct Var {
    /// The name.
    pub name: String,
    /// The variable label (cut to 80 characters).
    pub label: String,
    /// The storage type.
    pub kind: Kind,
    /// The value-label set, for a [`Kind::Long`] coded variable.
    pub value_labels: Option<String>,
}

/// One cell of the data.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    /// Stata's system missing value `.`.
    Missing,
    /// An extended missing value `.a`–`.z` (the letter), which a value label can name.
    Extended(char),
    /// An integer, for [`Kind::Long`].
    Long(i32),
    /// A number, for [`Kind::Double`].
    Double(f64),
    /// Text, for [`Kind::Str`] (missing text is the empty string).
    Str(&'a str),
}

/// A value-label set: integer codes and their labels.
#[derive(Clone, Debug)]
pub struct LabelSet {
    /// The set's name (the same rules as a variable name).
    pub name: String,
    /// Codes and labels.
    pub entries: Vec<(i32, String)>,
}

/// Widest `str#` (Stata's limit).
const MAX_STR: usize = 2045;
const LONG_MISSING: i32 = 0x7fff_ffe5;
const DOUBLE_MISSING: u64 = 0x7fe0_0000_0000_0000;

/// The code of the extended missing value `.letter` (`.a`–`.z`) in a value-label set.
pub fn extended_missing(letter: char) -> i32 {
    assert!(letter.is_ascii_lowercase(), "Stata's extended missing values are .a to .z, not .{letter}");
    LONG_MISSING + 1 + (letter as i32 - 'a' as i32)
}

/// Whether `name` is a valid Stata name.
pub fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.len() <= 32
}

fn fixed(out: &mut Vec<u8>, s: &str, width: usize) {
    // Cut at a character boundary, leaving room for the terminating NUL.
    let mut end = s.len().min(width - 1);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    out.extend_from_slice(&s.as_bytes()[..end]);
    out.resize(out.len() + width - end, 0);
}

fn cut_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Writes a `.dta` 118 file holding `rows` of `vars`, with `labels`, to `w`; `label` is the
/// data set's label, `timestamp` Stata's `dd Mon yyyy hh:mm`. Every row must have one cell per
/// variable, of its kind (a mismatch is written as missing). The small sections are made in
/// memory with every offset computed ahead; the data and long strings stream to `w`.
pub fn write_to(
    w: &mut impl std::io::Write,
    label: &str,
    timestamp: &str,
    vars: &[Var],
    rows: &[Vec<Cell<'_>>],
    labels: &[LabelSet],
) -> std::io::Result<()> {
    // Each text variable as `str#` (its longest value's width, padded in every row) or as
    // `strL` (8 bytes a row, each non-empty text once with a 21-byte header), whichever is
    // smaller; beyond MAX_STR, always `strL`.
    let mut widths = vec![0usize; vars.len()];
    let mut strl = vec![false; vars.len()];
    for (j, v) in vars.iter().enumerate() {
        if v.kind != Kind::Str {
            continue;
        }
        let (mut width, mut as_strl) = (1usize, 0usize);
        for r in rows {
            if let Cell::Str(s) = &r[j] {
                width = width.max(s.len());
                as_strl += if s.is_empty() { 0 } else { s.len() + 21 };
            }
        }
        widths[j] = width;
        strl[j] = width > MAX_STR || rows.len() * 8 + as_strl < rows.len() * width;
    }
    let mut out: Vec<u8> = Vec::new();
    let mut map = [0u64; 14];
    out.extend_from_slice(b"<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>");
    out.extend_from_slice(&(vars.len() as u16).to_le_bytes());
    out.extend_from_slice(b"</K><N>");
    out.extend_from_slice(&(rows.len() as u64).to_le_bytes());
    out.extend_from_slice(b"</N><label>");
    let label = cut_chars(label, 80);
    out.extend_from_slice(&(label.len() as u16).to_le_bytes());
    out.extend_from_slice(label.as_bytes());
    out.extend_from_slice(b"</label><timestamp>");
    out.push(timestamp.len() as u8);
    out.extend_from_slice(timestamp.as_bytes());
    out.extend_from_slice(b"</timestamp></header>");
    map[1] = out.len() as u64;
    out.extend_from_slice(b"<map>");
    let map_at = out.len();
    out.resize(out.len() + 14 * 8, 0);
    out.extend_from_slice(b"</map>");

    map[2] = out.len() as u64;
    out.extend_from_slice(b"<variable_types>");
    for (j, v) in vars.iter().enumerate() {
        let code: u16 = match v.kind {
            Kind::Long => 65528,
            Kind::Double => 65526,
            Kind::Str if strl[j] => 32768,
            Kind::Str => widths[j] as u16,
        };
        out.extend_from_slice(&code.to_le_bytes());
    }
    out.extend_from_slice(b"</variable_types>");

    map[3] = out.len() as u64;
    out.extend_from_slice(b"<varnames>");
    vars.iter().for_each(|v| fixed(&mut out, &v.name, 129));
    out.extend_from_slice(b"</varnames>");

    map[4] = out.len() as u64;
    out.extend_from_slice(b"<sortlist>");
    out.resize(out.len() + (vars.len() + 1) * 2, 0);
    out.extend_from_slice(b"</sortlist>");

    map[5] = out.len() as u64;
    out.extend_from_slice(b"<formats>");
    for (j, v) in vars.iter().enumerate() {
        let f = match v.kind {
            Kind::Long => "%12.0g".to_owned(),
            Kind::Double => "%10.0g".to_owned(),
            Kind::Str if strl[j] => "%9s".to_owned(),
            Kind::Str => format!("%-{}s", widths[j].min(60)),
        };
        fixed(&mut out, &f, 57);
    }
    out.extend_from_slice(b"</formats>");

    map[6] = out.len() as u64;
    out.extend_from_slice(b"<value_label_names>");
    vars.iter().for_each(|v| fixed(&mut out, v.value_labels.as_deref().unwrap_or(""), 129));
    out.extend_from_slice(b"</value_label_names>");

    map[7] = out.len() as u64;
    out.extend_from_slice(b"<variable_labels>");
    vars.iter().for_each(|v| fixed(&mut out, cut_chars(&v.label, 80), 321));
    out.extend_from_slice(b"</variable_labels>");

    map[8] = out.len() as u64;
    out.extend_from_slice(b"<characteristics></characteristics>");

    // Sizes of the data and long strings, and the value-label section, ahead of writing them.
    let row_width: usize = vars
        .iter()
        .enumerate()
        .map(|(j, v)| match v.kind {
            Kind::Long => 4,
            Kind::Double => 8,
            Kind::Str if strl[j] => 8,
            Kind::Str => widths[j],
        })
        .sum();
    let gso_len: usize = (0..vars.len())
        .filter(|&j| strl[j])
        .map(|j| {
            rows.iter().map(|r| text(r.get(j).unwrap_or(&Cell::Missing))).filter(|s| !s.is_empty()).map(|s| s.len() + 21).sum::<usize>()
        })
        .sum();
    let mut lbl: Vec<u8> = b"<value_labels>".to_vec();
    for set in labels {
        let mut offsets = Vec::new();
        let mut txt = Vec::new();
        for (_, l) in &set.entries {
            offsets.push(txt.len() as i32);
            txt.extend_from_slice(cut_chars(l, 32000).as_bytes());
            txt.push(0);
        }
        let n = set.entries.len() as i32;
        let len = 8 + 8 * n + txt.len() as i32;
        lbl.extend_from_slice(b"<lbl>");
        lbl.extend_from_slice(&len.to_le_bytes());
        fixed(&mut lbl, &set.name, 129);
        lbl.extend_from_slice(&[0, 0, 0]);
        lbl.extend_from_slice(&n.to_le_bytes());
        lbl.extend_from_slice(&(txt.len() as i32).to_le_bytes());
        offsets.iter().for_each(|o| lbl.extend_from_slice(&o.to_le_bytes()));
        set.entries.iter().for_each(|(v, _)| lbl.extend_from_slice(&v.to_le_bytes()));
        lbl.extend_from_slice(&txt);
        lbl.extend_from_slice(b"</lbl>");
    }
    lbl.extend_from_slice(b"</value_labels>");

    map[9] = out.len() as u64;
    map[10] = map[9] + (b"<data>".len() + rows.len() * row_width + b"</data>".len()) as u64;
    map[11] = map[10] + (b"<strls>".len() + gso_len + b"</strls>".len()) as u64;
    map[12] = map[11] + lbl.len() as u64;
    map[13] = map[12] + b"</stata_dta>".len() as u64;
    for (k, off) in map.iter().enumerate() {
        out[map_at + 8 * k..map_at + 8 * k + 8].copy_from_slice(&off.to_le_bytes());
    }
    out.extend_from_slice(b"<data>");
    w.write_all(&out)?;

    let mut buf: Vec<u8> = Vec::with_capacity(row_width);
    for (i, row) in rows.iter().enumerate() {
        buf.clear();
        for (j, v) in vars.iter().enumerate() {
            let c = row.get(j).unwrap_or(&Cell::Missing);
            match (v.kind, c) {
                (Kind::Long, Cell::Long(n)) => buf.extend_from_slice(&n.to_le_bytes()),
                (Kind::Long, Cell::Extended(l)) => buf.extend_from_slice(&extended_missing(*l).to_le_bytes()),
                // `.a` is `.` plus 1 in the exponent's low bits, `.b` plus 2, and so on.
                (Kind::Double, Cell::Extended(l)) => {
                    let nth = (extended_missing(*l) - LONG_MISSING) as u64;
                    buf.extend_from_slice(&(DOUBLE_MISSING + (nth << 40)).to_le_bytes())
                }
                (Kind::Long, _) => buf.extend_from_slice(&LONG_MISSING.to_le_bytes()),
                (Kind::Double, Cell::Double(x)) if x.is_finite() => buf.extend_from_slice(&x.to_le_bytes()),
                (Kind::Double, _) => buf.extend_from_slice(&DOUBLE_MISSING.to_le_bytes()),
                (Kind::Str, c) if strl[j] => {
                    // (v, o): variable and observation, from 1; (0, 0) is the empty string.
                    let (vv, oo) = if text(c).is_empty() { (0u16, 0u64) } else { (j as u16 + 1, i as u64 + 1) };
                    buf.extend_from_slice(&vv.to_le_bytes());
                    buf.extend_from_slice(&oo.to_le_bytes()[..6]);
                }
                (Kind::Str, c) => {
                    let s = text(c);
                    buf.extend_from_slice(s.as_bytes());
                    buf.resize(buf.len() + widths[j] - s.len(), 0);
                }
            }
        }
        w.write_all(&buf)?;
    }
    w.write_all(b"</data><strls>")?;
    for (i, row) in rows.iter().enumerate() {
        for j in (0..vars.len()).filter(|&j| strl[j]) {
            let s = text(row.get(j).unwrap_or(&Cell::Missing));
            if s.is_empty() {
                continue;
            }
            buf.clear();
            buf.extend_from_slice(b"GSO");
            buf.extend_from_slice(&(j as u32 + 1).to_le_bytes());
            buf.extend_from_slice(&(i as u64 + 1).to_le_bytes());
            buf.push(130);
            buf.extend_from_slice(&(s.len() as u32 + 1).to_le_bytes());
            w.write_all(&buf)?;
            w.write_all(s.as_bytes())?;
            w.write_all(&[0])?;
        }
    }
    w.write_all(b"</strls>")?;
    w.write_all(&lbl)?;
    w.write_all(b"</stata_dta>")
}

fn text<'a>(c: &Cell<'a>) -> &'a str {
    match c {
        Cell::Str(s) => s,
        _ => "",
    }
}

/// [`write_to`] into memory.
pub fn write(label: &str, timestamp: &str, vars: &[Var], rows: &[Vec<Cell<'_>>], labels: &[LabelSet]) -> Vec<u8> {
    let mut out = Vec::new();
    write_to(&mut out, label, timestamp, vars, rows, labels).expect("writing to memory cannot fail");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(hay: &[u8], needle: &[u8]) -> usize {
        hay.windows(needle.len()).position(|w| w == needle).unwrap()
    }

    #[test]
    fn the_map_points_at_each_section_and_cells_sit_where_the_types_say() {
        let vars = vec![
            Var { name: "id".into(), label: "Id".into(), kind: Kind::Str, value_labels: None },
            Var { name: "kind".into(), label: "Kind".into(), kind: Kind::Long, value_labels: Some("kind".into()) },
            Var { name: "x".into(), label: "X".into(), kind: Kind::Double, value_labels: None },
            Var { name: "long_text".into(), label: "Text".into(), kind: Kind::Str, value_labels: None },
        ];
        let long = "é".repeat(1500);
        let rows = vec![
            vec![Cell::Str("a"), Cell::Long(1), Cell::Double(2.5), Cell::Str(&long)],
            vec![Cell::Str("bcd"), Cell::Missing, Cell::Missing, Cell::Str("")],
        ];
        let labels = vec![LabelSet { name: "kind".into(), entries: vec![(1, "One".into()), (2, "Two".into())] }];
        let b = write("test", "06 Dec 2026 12:00", &vars, &rows, &labels);
        let map_at = find(&b, b"<map>") + 5;
        let off = |k: usize| u64::from_le_bytes(b[map_at + 8 * k..map_at + 8 * k + 8].try_into().unwrap()) as usize;
        for (k, tag) in
            [(2, "<variable_types>"), (3, "<varnames>"), (9, "<data>"), (10, "<strls>"), (11, "<value_labels>"), (12, "</stata_dta>")]
        {
            assert_eq!(&b[off(k)..off(k) + tag.len()], tag.as_bytes(), "map entry {k}");
        }
        assert_eq!(off(13), b.len());
        // id is str3, then a long, a double and a strL (8 bytes) per row: 23 bytes a row.
        let data = off(9) + 6;
        assert_eq!(&b[data..data + 3], b"a\0\0");
        assert_eq!(i32::from_le_bytes(b[data + 3..data + 7].try_into().unwrap()), 1);
        assert_eq!(f64::from_le_bytes(b[data + 7..data + 15].try_into().unwrap()), 2.5);
        assert_eq!(i32::from_le_bytes(b[data + 26..data + 30].try_into().unwrap()), LONG_MISSING);
        assert_eq!(&b[data + 46..data + 53], b"</data>");
        assert!(find(&b, long.as_bytes()) > off(10));
        assert!(valid_name("fees_amount_usd") && !valid_name("1x") && !valid_name("a.b") && !valid_name(&"a".repeat(33)));
    }
}
