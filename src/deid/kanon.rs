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
//! - places: a province, prefecture, county or region → its country (`Hải Dương` → `Vietnam`);
//! - amounts of money: any amount or 1–2–5 band → a decade band (`1000000`–`10000000`).
//!
//! Each rung applies to one quasi-identifier in every record (global recoding, so a value means
//! the same in every record); the quasi-identifier with the most distinct values goes first
//! (ties: policy order). Every rung taken is reported ([`Generalised`]).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

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

/// A fast hash for the rows of short strings of [`QiTable`] (the multiply-rotate
/// hash of rustc's `FxHasher`): the table is built from the user's own records, so the
/// resistance to chosen collisions of the standard `SipHash` buys nothing here and costs time.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    /// The state through MurmurHash3's 64-bit finaliser: the multiply mixes well only into the
    /// high bits, and the hash table picks buckets by the low ones.
    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// Groups rows as they are pushed: each distinct combination of values (hashed as one key, so
/// one table probe per row) gets the next group number.
struct Grouper<'a> {
    index: FxMap<Box<[Cow<'a, str>]>, u32>,
    group: Vec<u32>,
}

impl<'a> Grouper<'a> {
    fn with_capacity(rows: usize) -> Self {
        Grouper { index: FxMap::default(), group: Vec::with_capacity(rows) }
    }

    /// Adds a row (its values, one per quasi-identifier); leaves `row` empty.
    fn push(&mut self, row: &mut Vec<Cow<'a, str>>) {
        let g = match self.index.get(&row[..]) {
            Some(&g) => g,
            None => {
                let g = self.index.len() as u32;
                self.index.insert(row.as_slice().into(), g);
                g
            }
        };
        row.clear();
        self.group.push(g);
    }

    fn finish(self, quasi_identifiers: &[String]) -> QiTable<'a> {
        let mut keys: Vec<Box<[Cow<'a, str>]>> = vec![Box::default(); self.index.len()];
        for (key, g) in self.index {
            keys[g as usize] = key;
        }
        QiTable { quasi_identifiers: quasi_identifiers.to_vec(), group: self.group, keys }
    }
}

/// The quasi-identifier table of a set of records, grouped: per row its group, per group its
/// values. Built in one pass ([`QiTable::from_records`] from the pipeline's JSON records, or
/// [`QiTable::from_rows`] from a table of text), with no allocation for a value that is a
/// single string; [`QiTable::evaluate`] then counts the groups and writes the report.
pub struct QiTable<'a> {
    quasi_identifiers: Vec<String>,
    /// Per row, its group (0, 1, … in order of first appearance).
    group: Vec<u32>,
    /// Per group, its values, one per quasi-identifier.
    keys: Vec<Box<[Cow<'a, str>]>>,
}

impl<'a> QiTable<'a> {
    /// The quasi-identifier values of `records` ([`qi_value`] of each), grouped.
    pub fn from_records(records: &'a [Value], quasi_identifiers: &[String]) -> QiTable<'a> {
        let paths: Vec<Vec<(&str, bool)>> = quasi_identifiers.iter().map(|q| parse_path(q)).collect();
        let mut grouper = Grouper::with_capacity(records.len());
        let (mut vals, mut row) = (Vec::new(), Vec::with_capacity(paths.len()));
        for r in records {
            for segs in &paths {
                values_at(r, segs, &mut vals);
                row.push(value_text(&vals));
            }
            grouper.push(&mut row);
        }
        grouper.finish(quasi_identifiers)
    }

    /// A table of text: `rows` yields each row's values, one per quasi-identifier, in order.
    pub fn from_rows<R, S>(quasi_identifiers: &[String], rows: impl IntoIterator<Item = R>) -> QiTable<'a>
    where
        R: IntoIterator<Item = S>,
        S: Into<Cow<'a, str>>,
    {
        let mut grouper = Grouper::with_capacity(0);
        let mut row = Vec::with_capacity(quasi_identifiers.len());
        for values in rows {
            row.extend(values.into_iter().map(Into::into));
            assert_eq!(row.len(), quasi_identifiers.len(), "a row has one value per quasi-identifier");
            grouper.push(&mut row);
        }
        grouper.finish(quasi_identifiers)
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.group.len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.group.is_empty()
    }

    /// Counts the rows of each group. Returns the report (before suppression) and the indices
    /// of rows in groups smaller than `k`.
    pub fn evaluate(&self, k: u32) -> (KAnonymityReport, Vec<usize>) {
        let mut size = vec![0usize; self.keys.len()];
        for &g in &self.group {
            size[g as usize] += 1;
        }
        let ku = k as usize;
        let below: Vec<usize> = self.group.iter().enumerate().filter(|(_, &g)| size[g as usize] < ku).map(|(i, _)| i).collect();
        let distinct_values = self
            .quasi_identifiers
            .iter()
            .enumerate()
            .map(|(n, q)| {
                let values: std::collections::HashSet<&str, std::hash::BuildHasherDefault<FxHasher>> =
                    self.keys.iter().map(|key| key[n].as_ref()).collect();
                (q.clone(), values.len())
            })
            .collect();
        // Largest first; among equal sizes, in the order of their values.
        let mut order: Vec<usize> = (0..self.keys.len()).collect();
        order.sort_by(|&a, &b| size[b].cmp(&size[a]).then_with(|| self.keys[a].cmp(&self.keys[b])));
        let classes = order
            .into_iter()
            .map(|g| EquivalenceClass {
                size: size[g],
                values: (size[g] >= ku)
                    .then(|| self.quasi_identifiers.iter().cloned().zip(self.keys[g].iter().map(|v| v.clone().into_owned())).collect()),
            })
            .collect();
        let report = KAnonymityReport {
            k,
            quasi_identifiers: self.quasi_identifiers.clone(),
            smallest_class: size.iter().copied().min().unwrap_or(0),
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
        assert_eq!(up("p.origin.province", json!("Hải Dương")), Some((json!("Vietnam"), LadderStep::Country)));
        assert_eq!(up("p.origin.province", json!("Aichi")), Some((json!("Japan"), LadderStep::Country)));
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
        assert_eq!(steps, [("p.birth_year", LadderStep::BirthYearBand10), ("p.province", LadderStep::Country)]);
        assert_eq!(r.generalised[0].values_changed, 4);
        assert_eq!(r.classes.len(), 1);
        assert_eq!(records[0]["p"]["province"], "Vietnam");

        // k out of reach: every rung is taken, then the rest is left to suppression.
        let mut two = vec![json!({"p": {"g": "woman"}}), json!({"p": {"g": "man"}})];
        let (r, below) = generalise_to_k(&mut two, &["p.g".to_string()], 2);
        assert_eq!((below.len(), r.generalised.len()), (2, 0));
    }
}
