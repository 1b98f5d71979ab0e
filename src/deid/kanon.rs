//! k-anonymity over the quasi-identifiers of de-identified records.
//!
//! Records are grouped by the combined values of the policy's quasi-identifiers (after
//! generalisation; list fields count as the set of their values). Every group must hold at
//! least `k` records. [`evaluate`] measures; [`generalise_to_k`] first makes the
//! quasi-identifiers coarser, one rung of a fixed ladder at a time, until every group holds `k`
//! records or the ladder ends. The pipeline then decides whether to suppress the records of the
//! groups still too small or to refuse the export.
//!
//! The ladder, per kind of value (whatever the policy's first generalisation was):
//! - birth-year bands: a year or a 5-year band → 10 years (`1960-1969`) → 20 years (`1960-1979`);
//! - dates: full date → year-month → year;
//! - places: a province, prefecture or county → its region (`Hải Dương` → `Red River Delta`,
//!   `Aichi` → `Chubu`, `高雄` → `Southern Taiwan`; [`gazetteer::region_of`]) → its country
//!   (`Vietnam`);
//! - amounts of money: any amount or 1–2–5 band → a decade band (`1000000`–`10000000`).
//!
//! Each rung applies to one quasi-identifier in every record (global recoding, so a value means
//! the same in every record); the quasi-identifier with the most distinct values goes first
//! (ties: policy order). Every rung taken is reported ([`Generalised`]).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::gazetteer;
use crate::schema::PartialDate;

/// One group of records sharing the same quasi-identifier values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EquivalenceClass {
    /// How many records share these values.
    pub size: usize,
    /// The shared values, by quasi-identifier path; absent for a group smaller than `k`
    /// (its values would single its records out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<BTreeMap<String, String>>,
}

/// What the k-anonymity step found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct KAnonymityReport {
    /// The `k` required.
    pub k: u32,
    /// The quasi-identifier paths.
    pub quasi_identifiers: Vec<String>,
    /// Every group of the exported records (after any suppression), largest first.
    pub classes: Vec<EquivalenceClass>,
    /// Size of the smallest group before suppression (0 when there are no records).
    pub smallest_class: usize,
    /// Records in groups smaller than `k` before suppression.
    pub records_below_k: usize,
    /// Records left out to reach `k`.
    pub suppressed: usize,
    /// Distinct values per quasi-identifier before suppression: which field splits the records most.
    pub distinct_values: BTreeMap<String, usize>,
    /// Generalisations applied beyond the policy's to reach `k`, in order (empty when the
    /// policy's own were enough). `smallest_class`, `records_below_k` and `distinct_values`
    /// describe the records after them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub generalised: Vec<Generalised>,
}

/// One rung of the generalisation ladder, applied to every record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Generalised {
    /// The quasi-identifier path.
    pub quasi_identifier: String,
    /// What its values became.
    pub to: LadderStep,
    /// How many values changed.
    pub values_changed: usize,
    /// Records still in groups smaller than `k` afterwards.
    pub records_below_k: usize,
}

/// A rung of the ladder: what a quasi-identifier's values were made into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LadderStep {
    /// Birth years as 10-year bands.
    BirthYearBand10,
    /// Birth years as 20-year bands.
    BirthYearBand20,
    /// Dates cut to year and month.
    YearMonth,
    /// Dates cut to the year.
    Year,
    /// Provinces, prefectures and counties replaced by their region.
    Region,
    /// Places replaced by their country.
    Country,
    /// Amounts as decade bands.
    AmountDecade,
}

/// One rung up the ladder for a value of the quasi-identifier at `path`: its coarser form and
/// the rung, or `None` at the top (or for a value the ladder does not know).
pub fn coarser(path: &str, v: &Value) -> Option<(Value, LadderStep)> {
    match v {
        Value::Number(n) if path.ends_with("year") => {
            let y = n.as_u64().filter(|y| (1000..=9999).contains(y))?;
            let lo = y / 10 * 10;
            Some((Value::String(format!("{lo}-{}", lo + 9)), LadderStep::BirthYearBand10))
        }
        Value::String(s) => {
            if let Some((a, b)) = s.split_once('-').and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?))) {
                if a >= 1000 && b >= a && s.len() == 9 {
                    let (lo, w, step) = match b + 1 - a {
                        w if w < 10 => (a / 10 * 10, 10, LadderStep::BirthYearBand10),
                        w if w < 20 => (a / 20 * 20, 20, LadderStep::BirthYearBand20),
                        _ => return None,
                    };
                    return Some((Value::String(format!("{lo}-{}", lo + w - 1)), step));
                }
            }
            if let Ok(d) = s.parse::<PartialDate>() {
                let ym = d.to_year_month();
                if ym != d {
                    return Some((Value::String(ym.to_string()), LadderStep::YearMonth));
                }
                let y = d.to_year();
                return (y != d).then(|| (Value::String(y.to_string()), LadderStep::Year));
            }
            if let Some(r) = gazetteer::region_of(s) {
                return Some((Value::String(r.to_owned()), LadderStep::Region));
            }
            gazetteer::country_of(s).map(|c| (Value::String(c.to_owned()), LadderStep::Country))
        }
        Value::Object(m) => {
            let lo = m.get("amount")?.as_f64().filter(|x| *x > 0.0)?;
            let hi = m.get("amount_max").and_then(Value::as_f64).unwrap_or(lo);
            let band_lo = 10f64.powi(lo.log10().floor() as i32);
            let band_hi = if m.get("banded") == Some(&Value::Bool(true)) { 10f64.powi(hi.log10().ceil() as i32) } else { band_lo * 10.0 };
            let band_hi = if band_hi <= band_lo { band_lo * 10.0 } else { band_hi };
            if m.get("banded") == Some(&Value::Bool(true)) && lo == band_lo && hi == band_hi {
                return None;
            }
            let mut out = serde_json::Map::new();
            out.insert("amount".into(), json!(band_lo as i64));
            out.insert("amount_max".into(), json!(band_hi as i64));
            out.insert("banded".into(), Value::Bool(true));
            for k in ["currency", "per"] {
                if let Some(x) = m.get(k) {
                    out.insert(k.into(), x.clone());
                }
            }
            Some((Value::Object(out), LadderStep::AmountDecade))
        }
        _ => None,
    }
}

/// Applies `f` to every value at `path` in `record` (list items one by one); returns how many
/// changed.
fn map_path(record: &mut Value, path: &str, f: &mut dyn FnMut(&Value) -> Option<Value>) -> usize {
    let (seg, rest) = match path.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (path, None),
    };
    let (name, list) = match seg.strip_suffix("[]") {
        Some(n) => (n, true),
        None => (seg, false),
    };
    let Some(v) = record.get_mut(name) else { return 0 };
    let mut targets: Vec<&mut Value> = match v {
        Value::Array(items) if list || rest.is_none() => items.iter_mut().collect(),
        other => vec![other],
    };
    let mut changed = 0;
    for t in targets.iter_mut() {
        match rest {
            Some(r) => changed += map_path(t, r, f),
            None => {
                if let Some(new) = f(t) {
                    **t = new;
                    changed += 1;
                }
            }
        }
    }
    changed
}

/// Generalises the quasi-identifiers of `records` up the ladder until every group holds `k`
/// records or no rung is left; returns the report (before any suppression, with the rungs
/// taken) and the indices of records still in groups smaller than `k`.
pub fn generalise_to_k(records: &mut [Value], quasi_identifiers: &[String], k: u32) -> (KAnonymityReport, Vec<usize>) {
    let (mut report, mut below) = evaluate(records, quasi_identifiers, k);
    let mut taken = Vec::new();
    let mut exhausted: Vec<&String> = Vec::new();
    while !below.is_empty() {
        // The quasi-identifier splitting the records most, among those with a rung left.
        let mut order: Vec<&String> = quasi_identifiers.iter().filter(|q| !exhausted.contains(q)).collect();
        order.sort_by_key(|q| std::cmp::Reverse(report.distinct_values.get(*q).copied().unwrap_or(0)));
        let Some(q) = order.first().copied() else { break };
        // One rung: the lowest rung any of its values can take, applied to every value that can.
        let mut rung: Option<LadderStep> = None;
        for r in records.iter_mut() {
            map_path(r, q, &mut |v| {
                if let Some((_, step)) = coarser(q, v) {
                    rung = Some(rung.map_or(step, |s| s.min(step)));
                }
                None
            });
        }
        let Some(step) = rung else {
            exhausted.push(q);
            continue;
        };
        let mut changed = 0;
        for r in records.iter_mut() {
            changed += map_path(r, q, &mut |v| coarser(q, v).filter(|(_, s)| *s == step).map(|(nv, _)| nv));
        }
        (report, below) = evaluate(records, quasi_identifiers, k);
        taken.push(Generalised { quasi_identifier: q.clone(), to: step, values_changed: changed, records_below_k: below.len() });
    }
    report.generalised = taken;
    (report, below)
}

/// The value of a quasi-identifier in a record: a scalar as text, a list as its sorted distinct
/// values joined by `;`, an absent value as the empty string.
pub fn qi_value(record: &Value, path: &str) -> String {
    let mut vals = Vec::new();
    values_at(record, &parse_path(path), &mut vals);
    value_text(&vals).into_owned()
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A parsed quasi-identifier path: its segments, each a field name and whether it is a list.
fn parse_path(path: &str) -> Vec<(&str, bool)> {
    path.split('.')
        .map(|seg| match seg.strip_suffix("[]") {
            Some(n) => (n, true),
            None => (seg, false),
        })
        .collect()
}

/// The values at a parsed path, as [`qi_value`] finds them.
fn values_at<'a>(record: &'a Value, segs: &[(&str, bool)], out: &mut Vec<&'a Value>) {
    out.clear();
    // Fast path: no list segment, so at most one value (the common case: `participant.gender`).
    if segs.iter().all(|(_, list)| !list) {
        let mut v = record;
        for (name, _) in segs {
            match v.get(*name) {
                Some(Value::Null) | None => return,
                Some(x) => v = x,
            }
        }
        out.push(v);
        return;
    }
    out.push(record);
    let mut next = Vec::new();
    for (name, list) in segs {
        next.clear();
        for v in out.iter() {
            match v.get(*name) {
                Some(Value::Array(items)) if *list => next.extend(items.iter()),
                Some(Value::Null) | None => {}
                Some(x) => next.push(x),
            }
        }
        std::mem::swap(out, &mut next);
    }
}

/// The text of the values found by [`values_at`]: borrowed when it is a single string (no
/// allocation), else built as [`qi_value`] builds it.
fn value_text<'a>(vals: &[&'a Value]) -> Cow<'a, str> {
    match vals {
        [] => Cow::Borrowed(""),
        [Value::String(s)] => Cow::Borrowed(s.as_str()),
        _ => {
            let mut texts: Vec<String> = vals
                .iter()
                .flat_map(|v| match v {
                    Value::Array(a) => a.iter().map(text).collect::<Vec<_>>(),
                    other => vec![text(other)],
                })
                .collect();
            texts.sort();
            texts.dedup();
            Cow::Owned(texts.join(";"))
        }
    }
}

/// A value's fingerprint: its length and its first and last 8 bytes (for a value of up to 16
/// bytes, the whole value, so equal fingerprints mean equal values; the middle of a longer
/// value is folded into the first word), and a hash of them whose high bits are the best.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    len: usize,
    a: u64,
    b: u64,
}

impl Fingerprint {
    #[inline]
    fn of(s: &[u8]) -> Self {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let n = s.len();
        let word = |b: &[u8]| u64::from_le_bytes(b.try_into().expect("8 bytes"));
        let (mut a, b) = if n >= 8 {
            (word(&s[..8]), word(&s[n - 8..]))
        } else if n >= 4 {
            let half = |b: &[u8]| u64::from(u32::from_le_bytes(b.try_into().expect("4 bytes")));
            (half(&s[..4]), half(&s[n - 4..]))
        } else if n > 0 {
            (u64::from(s[0]) | u64::from(s[n / 2]) << 8 | u64::from(s[n - 1]) << 16, 0)
        } else {
            (0, 0)
        };
        if n > 16 {
            for c in s[8..n - 8].chunks(8) {
                let mut w = [0u8; 8];
                w[..c.len()].copy_from_slice(c);
                a = (a.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
            }
        }
        Fingerprint { len: n, a, b }
    }

    #[inline]
    fn hash(&self) -> u64 {
        ((self.a ^ (self.len as u64).rotate_right(8)).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29) ^ self.b)
            .wrapping_mul(0xff51_afd7_ed55_8ccd)
    }
}

/// One quasi-identifier's column: each distinct value gets a code (0, 1, … in order of first
/// appearance) from a small open-addressing table, and each row its value's code. A column
/// has few distinct values, so the table stays in cache.
struct Column<'a> {
    /// Per slot, 1 + the code of its value (0: empty); linear probing, at most an eighth full
    /// (few collisions, so few mispredicted branches).
    slots: Vec<u32>,
    /// 64 − log2 of the number of slots: a hash's high bits pick its slot.
    shift: u32,
    /// Per code, the value and its fingerprint.
    values: Vec<Cow<'a, str>>,
    prints: Vec<Fingerprint>,
}

impl<'a> Column<'a> {
    fn new() -> Self {
        Column { slots: vec![0; 256], shift: 64 - 8, values: Vec::new(), prints: Vec::new() }
    }

    /// The code of a value.
    #[inline]
    fn code(&mut self, v: Cow<'a, str>) -> u32 {
        let p = Fingerprint::of(v.as_bytes());
        let h = p.hash();
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize;
        loop {
            let c = self.slots[i].wrapping_sub(1);
            if c == u32::MAX {
                break;
            }
            if self.prints[c as usize] == p && (p.len <= 16 || *self.values[c as usize] == *v) {
                return c;
            }
            i = (i + 1) & mask;
        }
        let c = self.values.len() as u32;
        self.slots[i] = c + 1;
        self.values.push(v);
        self.prints.push(p);
        if self.values.len() * 8 > self.slots.len() {
            self.grow();
        }
        c
    }

    fn grow(&mut self) {
        self.shift -= 1;
        self.slots = vec![0; self.slots.len() * 2];
        let mask = self.slots.len() - 1;
        for (c, p) in self.prints.iter().enumerate() {
            let mut i = (p.hash() >> self.shift) as usize;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = c as u32 + 1;
        }
    }

    /// Per code, the rank of its value among the column's values in text order.
    fn ranks(&self) -> Vec<u32> {
        let mut by_text: Vec<u32> = (0..self.values.len() as u32).collect();
        by_text.sort_unstable_by(|&a, &b| self.values[a as usize].cmp(&self.values[b as usize]));
        let mut rank = vec![0; by_text.len()];
        for (r, &c) in by_text.iter().enumerate() {
            rank[c as usize] = r as u32;
        }
        rank
    }
}

/// Replaces each key by its rank among the distinct keys (so their order is kept); returns
/// how many there are.
fn compact(keys: &mut [u64]) -> u64 {
    let mut distinct = keys.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    for k in keys.iter_mut() {
        *k = distinct.partition_point(|&x| x < *k) as u64;
    }
    distinct.len() as u64
}

/// The quasi-identifier table of a set of records, grouped: per row its group, per group its
/// size and values. Built in one pass ([`QiTable::from_records`] from the pipeline's JSON
/// records, or [`QiTable::from_rows`] from a table of text) that turns each value into a small
/// integer code per column, with no allocation for a value that is a single string; rows are
/// then grouped on integers, and [`QiTable::evaluate`] writes the report.
pub struct QiTable<'a> {
    quasi_identifiers: Vec<String>,
    /// Per quasi-identifier, its distinct values by code.
    values: Vec<Vec<Cow<'a, str>>>,
    /// Per row, its key (see [`QiTable::group`]).
    key: Vec<u64>,
    /// Per key, its group; groups are numbered in the order of their values (compared as text,
    /// quasi-identifier by quasi-identifier).
    group: Vec<u32>,
    /// Per group, its number of rows.
    size: Vec<u32>,
    /// Per group, the codes of its values, one per quasi-identifier.
    group_codes: Vec<u32>,
    /// Per row, the code of each of its values (row after row).
    codes: Vec<u32>,
}

impl<'a> QiTable<'a> {
    /// The quasi-identifier values of `records` ([`qi_value`] of each), grouped.
    pub fn from_records(records: &'a [Value], quasi_identifiers: &[String]) -> QiTable<'a> {
        let paths: Vec<Vec<(&str, bool)>> = quasi_identifiers.iter().map(|q| parse_path(q)).collect();
        let mut columns: Vec<Column<'a>> = paths.iter().map(|_| Column::new()).collect();
        let mut codes = Vec::with_capacity(records.len() * paths.len());
        let mut vals = Vec::new();
        for r in records {
            for (segs, col) in paths.iter().zip(columns.iter_mut()) {
                values_at(r, segs, &mut vals);
                codes.push(col.code(value_text(&vals)));
            }
        }
        QiTable::group(quasi_identifiers, columns, codes, records.len())
    }

    /// A table of text: `rows` yields each row's values, one per quasi-identifier, in order.
    pub fn from_rows<R, S>(quasi_identifiers: &[String], rows: impl IntoIterator<Item = R>) -> QiTable<'a>
    where
        R: IntoIterator<Item = S>,
        S: Into<Cow<'a, str>>,
    {
        let rows = rows.into_iter();
        let q = quasi_identifiers.len();
        let mut columns: Vec<Column<'a>> = (0..q).map(|_| Column::new()).collect();
        let mut codes = Vec::with_capacity(rows.size_hint().0 * q);
        let mut n = 0;
        for values in rows {
            let mut values = values.into_iter();
            for col in columns.iter_mut() {
                codes.push(col.code(values.next().expect("a row has one value per quasi-identifier").into()));
            }
            assert!(values.next().is_none(), "a row has one value per quasi-identifier");
            n += 1;
        }
        QiTable::group(quasi_identifiers, columns, codes, n)
    }

    /// Groups `n` rows by their codes. Each row gets a key that orders rows as their values do:
    /// the ranks of its values, mixed radix, first quasi-identifier most significant. When the
    /// product of the radices outgrows a few times `n`, the keys so far are replaced by their
    /// rank among the distinct keys, so the keys of the rows stay small and they are counted in
    /// an array indexed by key, whose walk numbers the groups in order.
    fn group(quasi_identifiers: &[String], columns: Vec<Column<'a>>, codes: Vec<u32>, n: usize) -> QiTable<'a> {
        let q = columns.len();
        let dense = (4 * n as u64).max(1 << 12);
        let mut key = vec![0u64; n];
        let mut span = 1u64;
        for (j, col) in columns.iter().enumerate() {
            let radix = col.values.len().max(1) as u64;
            if span.checked_mul(radix).is_none_or(|s| s > dense) {
                span = compact(&mut key);
            }
            let rank = col.ranks();
            for (k, &c) in key.iter_mut().zip(codes.iter().skip(j).step_by(q)) {
                *k = *k * radix + u64::from(rank[c as usize]);
            }
            span *= radix;
        }
        if span > dense {
            span = compact(&mut key);
        }
        // Rows per key, then the group number per key.
        let mut slot = vec![0u32; span as usize];
        for &k in &key {
            slot[k as usize] += 1;
        }
        let mut size = Vec::new();
        for s in slot.iter_mut().filter(|s| **s > 0) {
            size.push(*s);
            *s = size.len() as u32 - 1;
        }
        // The codes of each group's values, from its first row.
        let mut group_codes = vec![u32::MAX; size.len() * q];
        let mut seen = vec![false; size.len()];
        for (row, &k) in key.iter().enumerate() {
            let g = slot[k as usize] as usize;
            if !seen[g] {
                seen[g] = true;
                group_codes[g * q..(g + 1) * q].copy_from_slice(&codes[row * q..(row + 1) * q]);
            }
        }
        let values = columns.into_iter().map(|c| c.values).collect();
        QiTable { quasi_identifiers: quasi_identifiers.to_vec(), values, key, group: slot, size, group_codes, codes }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.key.len()
    }

    /// Per row, in order, the number of its group (groups are numbered from 0 in the order of
    /// their values).
    pub fn row_groups(&self) -> impl Iterator<Item = usize> + '_ {
        self.key.iter().map(|&k| self.group[k as usize] as usize)
    }

    /// Per row, in order, the code of its value of quasi-identifier `column` (equal codes, equal
    /// values; codes are numbered in the order values first appear).
    pub fn column_codes(&self, column: usize) -> impl Iterator<Item = u32> + '_ {
        let q = self.quasi_identifiers.len();
        self.codes.iter().skip(column).step_by(q.max(1)).copied()
    }

    /// Per group, its number of rows.
    pub fn group_sizes(&self) -> &[u32] {
        &self.size
    }

    /// A group's values, one per quasi-identifier, in order.
    pub fn group_values(&self, group: usize) -> Vec<&str> {
        let q = self.quasi_identifiers.len();
        self.group_codes[group * q..(group + 1) * q].iter().zip(&self.values).map(|(&c, vals)| &*vals[c as usize]).collect()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.key.is_empty()
    }

    /// Counts the rows of each group. Returns the report (before suppression) and the indices
    /// of rows in groups smaller than `k`.
    pub fn evaluate(&self, k: u32) -> (KAnonymityReport, Vec<usize>) {
        let small: Vec<bool> = self.size.iter().map(|&s| s < k).collect();
        let below: Vec<usize> =
            self.key.iter().enumerate().filter(|(_, &k)| small[self.group[k as usize] as usize]).map(|(i, _)| i).collect();
        let distinct_values = self.quasi_identifiers.iter().cloned().zip(self.values.iter().map(Vec::len)).collect();
        // Largest first; among equal sizes, in the order of their values (the groups' order).
        let mut order: Vec<u32> = (0..self.size.len() as u32).collect();
        order.sort_by_key(|&g| std::cmp::Reverse(self.size[g as usize]));
        let q = self.quasi_identifiers.len();
        let classes = order
            .into_iter()
            .map(|g| {
                let g = g as usize;
                let values = (!small[g]).then(|| {
                    let codes = &self.group_codes[g * q..(g + 1) * q];
                    self.quasi_identifiers
                        .iter()
                        .zip(codes)
                        .zip(&self.values)
                        .map(|((qi, &c), vals)| (qi.clone(), vals[c as usize].to_string()))
                        .collect()
                });
                EquivalenceClass { size: self.size[g] as usize, values }
            })
            .collect();
        let report = KAnonymityReport {
            k,
            quasi_identifiers: self.quasi_identifiers.clone(),
            smallest_class: self.size.iter().copied().min().unwrap_or(0) as usize,
            records_below_k: below.len(),
            suppressed: 0,
            classes,
            distinct_values,
            generalised: Vec::new(),
        };
        (report, below)
    }
}

/// Groups `records` by their quasi-identifier values. Returns the report (before suppression)
/// and the indices of records in groups smaller than `k`.
pub fn evaluate(records: &[Value], quasi_identifiers: &[String], k: u32) -> (KAnonymityReport, Vec<usize>) {
    QiTable::from_records(records, quasi_identifiers).evaluate(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn groups_by_combined_values_and_flags_small_groups() {
        let records = vec![
            json!({"p": {"g": "woman"}, "e": [{"c": "TW"}]}),
            json!({"p": {"g": "woman"}, "e": [{"c": "TW"}, {"c": "TW"}]}),
            json!({"p": {"g": "woman"}, "e": [{"c": "JP"}]}),
        ];
        let qis = vec!["p.g".to_string(), "e[].c".to_string()];
        let (r, below) = evaluate(&records, &qis, 2);
        assert_eq!(below, vec![2]);
        assert_eq!(r.smallest_class, 1);
        assert_eq!(r.classes[0].size, 2);
        assert_eq!(r.classes[0].values.as_ref().unwrap()["e[].c"], "TW");
        assert!(r.classes[1].values.is_none());
        assert_eq!(r.distinct_values["e[].c"], 2);
    }

    /// The grouping before values were interned (a `BTreeMap` keyed by the text of the values),
    /// kept as the reference `evaluate` must agree with.
    fn evaluate_by_text(records: &[Value], qis: &[String], k: u32) -> (KAnonymityReport, Vec<usize>) {
        let mut groups: BTreeMap<Vec<String>, Vec<usize>> = BTreeMap::new();
        for (i, r) in records.iter().enumerate() {
            groups.entry(qis.iter().map(|q| qi_value(r, q)).collect()).or_default().push(i);
        }
        let mut distinct_values = BTreeMap::new();
        for (n, q) in qis.iter().enumerate() {
            let vals: std::collections::BTreeSet<&String> = groups.keys().map(|key| &key[n]).collect();
            distinct_values.insert(q.clone(), vals.len());
        }
        let (mut below, mut classes) = (Vec::new(), Vec::new());
        for (key, members) in &groups {
            let small = members.len() < k as usize;
            if small {
                below.extend(members.iter().copied());
            }
            let values = (!small).then(|| qis.iter().cloned().zip(key.iter().cloned()).collect());
            classes.push(EquivalenceClass { size: members.len(), values });
        }
        classes.sort_by_key(|c| std::cmp::Reverse(c.size));
        below.sort_unstable();
        let report = KAnonymityReport {
            k,
            quasi_identifiers: qis.to_vec(),
            smallest_class: groups.values().map(Vec::len).min().unwrap_or(0),
            records_below_k: below.len(),
            suppressed: 0,
            classes,
            distinct_values,
            generalised: Vec::new(),
        };
        (report, below)
    }

    #[test]
    fn interned_grouping_agrees_with_grouping_by_text() {
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let qis: Vec<String> =
            ["p.birth_year", "p.gender", "p.origin.province", "e[].country", "e[].status", "tags"].iter().map(|s| s.to_string()).collect();
        for rows in [0usize, 1, 5, 300, 3000] {
            let records: Vec<Value> = (0..rows)
                .map(|_| {
                    let year = match next(4) {
                        0 => json!(1960 + next(40)),
                        1 => json!(format!("{}-{}", 1960 + next(4) * 5, 1964 + next(4) * 5)),
                        2 => Value::Null,
                        _ => json!(1970),
                    };
                    let episodes: Vec<Value> = (0..next(4))
                        .map(|_| {
                            let (c, st) = (["TW", "JP", "KR"][next(3) as usize], ["a", "b", "c", "d"][next(4) as usize]);
                            json!({"country": c, "status": st})
                        })
                        .collect();
                    let gender = ["woman", "man"][next(2) as usize];
                    let mut r = json!({
                        "p": {"birth_year": year, "gender": gender, "origin": {"province": format!("P{}", next(12))}},
                        "e": episodes,
                        "tags": (0..next(3)).map(|_| json!(next(3))).collect::<Vec<_>>(),
                    });
                    if next(10) == 0 {
                        r["p"].as_object_mut().unwrap().remove("origin");
                    }
                    r
                })
                .collect();
            for k in [1, 2, 5, 50] {
                let reference = evaluate_by_text(&records, &qis, k);
                assert_eq!(evaluate(&records, &qis, k), reference, "{rows} rows, k = {k}");
                let text: Vec<Vec<String>> = records.iter().map(|r| qis.iter().map(|q| qi_value(r, q)).collect()).collect();
                let table = QiTable::from_rows(&qis, text.iter().map(|r| r.iter().map(String::as_str)));
                assert_eq!(table.evaluate(k), reference, "{rows} rows, k = {k}, from text");
            }
        }
        // Many distinct combinations: the hashed (not dense) grouping.
        let qis: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let records: Vec<Value> = (0..20_000).map(|i| json!({"a": i % 997, "b": i % 991, "c": format!("{}", i % 983)})).collect();
        assert_eq!(evaluate(&records, &qis, 2), evaluate_by_text(&records, &qis, 2));
    }

    /// Text tables with many groups and many ties, some columns with many distinct values
    /// (the keys outgrow the dense count and are compacted), long values that differ only in
    /// the middle, empty and non-ASCII values: the same report and rows below `k` as the
    /// reference, whichever way the table is built.
    #[test]
    fn grouping_random_text_tables_agrees_with_grouping_by_text() {
        let mut seed = 11u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let long = "a much longer value than sixteen bytes";
        for (rows, distinct) in
            [(2000usize, [3u64, 2, 4, 1]), (5000, [40, 30, 2, 7]), (20_000, [5000, 3000, 9, 2]), (3000, [3000, 1, 3000, 2])]
        {
            let qis: Vec<String> = (0..distinct.len()).map(|j| format!("c{j}")).collect();
            let text: Vec<Vec<String>> = (0..rows)
                .map(|_| {
                    distinct
                        .iter()
                        .enumerate()
                        .map(|(j, &d)| {
                            let x = next(d);
                            match (j + x as usize) % 5 {
                                0 if x < 3 => ["", "é", "Hải Dương"][x as usize].to_string(),
                                1 => format!("{}{x}{}", &long[..20], &long[20..]),
                                2 => format!("{x:09}"),
                                _ => format!("v{x}"),
                            }
                        })
                        .collect()
                })
                .collect();
            let records: Vec<Value> =
                text.iter().map(|r| Value::Object(qis.iter().cloned().zip(r.iter().map(|v| json!(v))).collect())).collect();
            for k in [1, 2, 3, 10] {
                let reference = evaluate_by_text(&records, &qis, k);
                let table = QiTable::from_rows(&qis, text.iter().map(|r| r.iter().map(String::as_str)));
                assert_eq!(table.evaluate(k), reference, "{rows} rows, {distinct:?}, k = {k}");
                assert_eq!(evaluate(&records, &qis, k), reference, "{rows} rows, {distinct:?}, k = {k}, from JSON");
            }
        }
        // No quasi-identifier: one group of every row.
        let (r, below) = QiTable::from_rows(&[], (0..7).map(|_| std::iter::empty::<&str>())).evaluate(8);
        assert_eq!((r.classes.len(), r.smallest_class, below.len()), (1, 7, 7));
    }

    #[test]
    fn the_ladder_makes_each_kind_of_value_coarser_then_stops() {
        let up = |path: &str, v: Value| coarser(path, &v);
        assert_eq!(up("p.birth_year", json!(1966)), Some((json!("1960-1969"), LadderStep::BirthYearBand10)));
        assert_eq!(up("p.birth_year", json!("1965-1969")), Some((json!("1960-1969"), LadderStep::BirthYearBand10)));
        assert_eq!(up("p.birth_year", json!("1960-1969")), Some((json!("1960-1979"), LadderStep::BirthYearBand20)));
        assert_eq!(up("p.birth_year", json!("1960-1979")), None);
        assert_eq!(up("p.hours", json!(1966)), None, "only years are banded");
        assert_eq!(up("e.start", json!("2016-04-12")), Some((json!("2016-04"), LadderStep::YearMonth)));
        assert_eq!(up("e.start", json!("2016-04")), Some((json!("2016"), LadderStep::Year)));
        assert_eq!(up("e.start", json!("2016")), None);
        assert_eq!(up("p.origin.province", json!("Hải Dương")), Some((json!("Red River Delta"), LadderStep::Region)));
        assert_eq!(up("p.origin.province", json!("Red River Delta")), Some((json!("Vietnam"), LadderStep::Country)));
        assert_eq!(up("p.origin.province", json!("Aichi")), Some((json!("Chubu"), LadderStep::Region)));
        assert_eq!(up("p.origin.province", json!("Chubu")), Some((json!("Japan"), LadderStep::Country)));
        assert_eq!(up("p.origin.province", json!("Hokkaido")), Some((json!("Japan"), LadderStep::Country)));
        assert_eq!(up("p.origin.province", json!("Vietnam")), None);
        assert_eq!(up("p.gender", json!("woman")), None);
        let band = json!({"amount": 2000000, "amount_max": 5000000, "banded": true, "currency": "VND"});
        let decade = json!({"amount": 1000000, "amount_max": 10000000, "banded": true, "currency": "VND"});
        assert_eq!(up("f.amount", band), Some((decade.clone(), LadderStep::AmountDecade)));
        assert_eq!(up("f.amount", decade), None);
    }

    #[test]
    fn generalises_the_most_splitting_field_first_until_k_holds() {
        let mut records: Vec<Value> = [1961, 1963, 1966, 1968]
            .iter()
            .map(|y| json!({"p": {"birth_year": format!("{}-{}", y / 5 * 5, y / 5 * 5 + 4), "g": "woman", "province": "Hải Dương"}}))
            .collect();
        records[3]["p"]["province"] = json!("Thái Bình");
        let qis = vec!["p.birth_year".to_string(), "p.g".to_string(), "p.province".to_string()];
        let (r, below) = generalise_to_k(&mut records, &qis, 4);
        assert!(below.is_empty(), "{r:?}");
        let steps: Vec<(&str, LadderStep)> = r.generalised.iter().map(|g| (g.quasi_identifier.as_str(), g.to)).collect();
        assert_eq!(steps, [("p.birth_year", LadderStep::BirthYearBand10), ("p.province", LadderStep::Region)]);
        assert_eq!(r.generalised[0].values_changed, 4);
        assert_eq!(r.classes.len(), 1);
        assert_eq!(records[0]["p"]["province"], "Red River Delta");

        // Provinces of two regions meet only in their country, one rung later.
        records[3]["p"]["province"] = json!("Cần Thơ");
        for r in &mut records[..3] {
            r["p"]["province"] = json!("Hải Dương");
        }
        let (r, below) = generalise_to_k(&mut records, &qis, 4);
        assert!(below.is_empty(), "{r:?}");
        let steps: Vec<(&str, LadderStep)> = r.generalised.iter().map(|g| (g.quasi_identifier.as_str(), g.to)).collect();
        assert_eq!(steps, [("p.province", LadderStep::Region), ("p.province", LadderStep::Country)]);
        assert!(records.iter().all(|r| r["p"]["province"] == "Vietnam"));

        // k out of reach: every rung is taken, then the rest is left to suppression.
        let mut two = vec![json!({"p": {"g": "woman"}}), json!({"p": {"g": "man"}})];
        let (r, below) = generalise_to_k(&mut two, &["p.g".to_string()], 2);
        assert_eq!((below.len(), r.generalised.len()), (2, 0));
    }
}
