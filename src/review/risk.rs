//! Disclosure risk, recomputed from a bundle's records on the quasi-identifiers the policy
//! names.
//!
//! Records are grouped into equivalence classes by [`crate::deid::kanon::QiTable`], the one
//! grouping the export's k-anonymity step uses too (a value of a quasi-identifier is
//! [`crate::deid::kanon::qi_value`]: a list counts as the set of its values). From the classes:
//!
//! - **k**: the size of the smallest class (k-anonymity holds for any k up to it);
//! - **sample uniques**: records alone in their class;
//! - **prosecutor risk**: a record's chance of being picked out by someone who knows it is in
//!   the data and knows its quasi-identifiers, 1 / its class's size; the highest, the average
//!   over records (the share of classes among records, the "global risk" HDX publishes below
//!   3%), and the records above [`RISK_THRESHOLD`];
//! - **distinct l-diversity** per sensitive attribute: the fewest distinct values of it in a
//!   class (pycanon's `l_diversity`);
//! - **minimal sample uniques** (SUDA-style, bounded): per record, the smallest sets of
//!   quasi-identifiers, of at most [`MSU_MAX`] of them, on which it is unique while being unique
//!   on no smaller set; records with one are at risk even when the full combination is not
//!   rare.
//!
//! Measures only: the thresholds are the review's ([`super::checks`]).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use serde_json::Value;

use crate::deid::kanon::{coarser, QiTable};

/// A record is counted at risk when its prosecutor risk is above this (a class of fewer than 5).
pub const RISK_THRESHOLD: f64 = 0.2;

/// The largest set of quasi-identifiers the minimal-sample-unique search looks at.
pub const MSU_MAX: usize = 3;

/// The most quasi-identifiers the minimal-sample-unique search takes (the sets grow as their
/// binomial coefficients); more are searched as the first this many, and the report says so.
pub const MSU_MAX_QUASI_IDENTIFIERS: usize = 12;

/// How many of the riskiest classes the report lists.
pub const RISKIEST: usize = 10;

/// Distinct l-diversity of one sensitive attribute.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LDiversity {
    /// The attribute's field path.
    pub attribute: String,
    /// The fewest distinct values of it in a class (0 when there are no records).
    pub l: usize,
    /// Per class, in class order, its number of distinct values.
    pub per_class: Vec<usize>,
}

/// Minimal sample uniques found, bounded by [`MSU_MAX`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MinimalUniques {
    /// The largest set searched.
    pub max_size: usize,
    /// The quasi-identifiers searched (at most [`MSU_MAX_QUASI_IDENTIFIERS`]).
    pub searched: Vec<String>,
    /// Per set size from 1, how many minimal sample uniques of that size.
    pub per_size: Vec<usize>,
    /// Records with at least one.
    pub records: usize,
    /// The sets of quasi-identifiers that single records out, with how many records each,
    /// most first (at most [`RISKIEST`]).
    pub sets: Vec<(Vec<String>, usize)>,
}

/// One of the riskiest classes: its size and its values made coarser.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RiskyClass {
    /// Records in it.
    pub size: usize,
    /// Their prosecutor risk, 1 / size.
    pub risk: f64,
    /// Per quasi-identifier, its value one rung up the generalisation ladder, or `•` where the
    /// ladder has no rung (the value itself is never shown).
    pub values: Vec<(String, String)>,
}

/// Every measure of a set of records.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Risk {
    /// Records measured.
    pub records: usize,
    /// The quasi-identifiers.
    pub quasi_identifiers: Vec<String>,
    /// The smallest class's size (0 when there are no records).
    pub k: usize,
    /// Per class, its size, in class order (the order of their values).
    pub class_sizes: Vec<usize>,
    /// Class size → how many classes of that size.
    pub size_histogram: BTreeMap<usize, usize>,
    /// Records alone in their class.
    pub sample_uniques: usize,
    /// The highest prosecutor risk, 1 / k.
    pub highest_risk: f64,
    /// The average prosecutor risk over records (classes / records).
    pub average_risk: f64,
    /// Records whose risk is above [`RISK_THRESHOLD`].
    pub records_at_risk: usize,
    /// Per sensitive attribute.
    pub l_diversity: Vec<LDiversity>,
    /// Minimal sample uniques.
    pub minimal_uniques: MinimalUniques,
    /// The smallest classes, smallest first (at most [`RISKIEST`]).
    pub riskiest: Vec<RiskyClass>,
}

impl Risk {
    /// The fewest distinct values of any sensitive attribute in a class, if any is named.
    pub fn l(&self) -> Option<usize> {
        self.l_diversity.iter().map(|l| l.l).min()
    }
}

/// Per column of `table`, per row, the code of its value (equal codes: equal values).
fn columns(table: &QiTable, n: usize) -> Vec<Vec<u32>> {
    (0..n).map(|c| table.column_codes(c).collect()).collect()
}

/// Measures `records` on `quasi_identifiers`, with distinct l-diversity of `sensitive`.
pub fn measure(records: &[Value], quasi_identifiers: &[String], sensitive: &[String]) -> Risk {
    let table = QiTable::from_records(records, quasi_identifiers);
    let groups: Vec<usize> = table.row_groups().collect();
    let class_sizes: Vec<usize> = table.group_sizes().iter().map(|&s| s as usize).collect();
    let n = records.len();
    let k = class_sizes.iter().copied().min().unwrap_or(0);
    let mut size_histogram = BTreeMap::new();
    for &s in &class_sizes {
        *size_histogram.entry(s).or_insert(0) += 1;
    }
    let sample_uniques = size_histogram.get(&1).copied().unwrap_or(0);
    let records_at_risk = class_sizes.iter().filter(|&&s| 1.0 / s as f64 > RISK_THRESHOLD).sum();

    let sensitive_codes = columns(&QiTable::from_records(records, sensitive), sensitive.len());
    let l_diversity = sensitive
        .iter()
        .zip(sensitive_codes)
        .map(|(attribute, values)| {
            let mut pairs: Vec<(usize, u32)> = groups.iter().copied().zip(values).collect();
            pairs.sort_unstable();
            pairs.dedup();
            let mut per_class = vec![0usize; class_sizes.len()];
            for (g, _) in pairs {
                per_class[g] += 1;
            }
            LDiversity { attribute: attribute.clone(), l: per_class.iter().copied().min().unwrap_or(0), per_class }
        })
        .collect();

    let mut order: Vec<usize> = (0..class_sizes.len()).collect();
    order.sort_by_key(|&g| class_sizes[g]);
    let riskiest = order
        .iter()
        .take(RISKIEST)
        .map(|&g| RiskyClass {
            size: class_sizes[g],
            risk: 1.0 / class_sizes[g] as f64,
            values: quasi_identifiers
                .iter()
                .zip(table.group_values(g))
                .map(|(q, v)| {
                    let shown = coarser(q, &Value::String(v.to_owned()))
                        .map(|(c, _)| match c {
                            Value::String(s) => s,
                            Value::Object(m) => format!(
                                "{}–{} {}",
                                m.get("amount").map(Value::to_string).unwrap_or_default(),
                                m.get("amount_max").map(Value::to_string).unwrap_or_default(),
                                m.get("currency").and_then(Value::as_str).unwrap_or("")
                            ),
                            other => other.to_string(),
                        })
                        .unwrap_or_else(|| "•".to_owned());
                    (q.clone(), shown)
                })
                .collect(),
        })
        .collect();

    Risk {
        records: n,
        quasi_identifiers: quasi_identifiers.to_vec(),
        k,
        highest_risk: if k == 0 { 0.0 } else { 1.0 / k as f64 },
        average_risk: if n == 0 { 0.0 } else { class_sizes.len() as f64 / n as f64 },
        class_sizes,
        size_histogram,
        sample_uniques,
        records_at_risk,
        l_diversity,
        minimal_uniques: minimal_uniques(&columns(&table, quasi_identifiers.len()), quasi_identifiers, n),
        riskiest,
    }
}

/// The minimal sample uniques of `records` on sets of at most [`MSU_MAX`] of the first
/// [`MSU_MAX_QUASI_IDENTIFIERS`] quasi-identifiers.
///
/// Sets are searched by size; a record unique on a set is a minimal sample unique there when it
/// is unique on none of the set's subsets one smaller (uniqueness on a smaller set would make it
/// unique on those too).
fn minimal_uniques(all_columns: &[Vec<u32>], quasi_identifiers: &[String], n: usize) -> MinimalUniques {
    let searched: Vec<String> = quasi_identifiers.iter().take(MSU_MAX_QUASI_IDENTIFIERS).cloned().collect();
    let columns = &all_columns[..searched.len()];
    let radix: Vec<u64> = columns.iter().map(|c| c.iter().copied().max().map_or(1, |m| u64::from(m) + 1)).collect();
    let max_size = MSU_MAX.min(searched.len());
    // Per set (a bit mask of columns), which records are unique on it.
    let mut unique: HashMap<u32, Vec<bool>> = HashMap::new();
    let mut minimal = vec![false; n];
    let mut per_size = vec![0usize; max_size];
    let mut sets: Vec<(Vec<String>, usize)> = Vec::new();
    let mut keys = vec![0u64; n];
    for size in 1..=max_size {
        for mask in masks(searched.len(), size) {
            let cols: Vec<usize> = (0..searched.len()).filter(|c| mask & (1 << c) != 0).collect();
            // Mixed-radix keys (at most 3 columns of at most n codes each: no overflow below
            // 2^21 records), counted in an array when they span little, else by rank.
            keys.iter_mut().for_each(|k| *k = 0);
            let mut span = 1u64;
            for &c in &cols {
                for (k, &code) in keys.iter_mut().zip(&columns[c]) {
                    *k = *k * radix[c] + u64::from(code);
                }
                span *= radix[c];
            }
            if span > (4 * n as u64).max(1 << 12) {
                let mut distinct = keys.clone();
                distinct.sort_unstable();
                distinct.dedup();
                keys.iter_mut().for_each(|k| *k = distinct.partition_point(|&x| x < *k) as u64);
                span = distinct.len() as u64;
            }
            let mut count = vec![0u32; span as usize];
            for &k in &keys {
                count[k as usize] += 1;
            }
            let here: Vec<bool> = keys.iter().map(|&k| count[k as usize] == 1).collect();
            let subsets: Vec<&Vec<bool>> =
                if size == 1 { Vec::new() } else { cols.iter().filter_map(|&c| unique.get(&(mask & !(1 << c)))).collect() };
            let mut found = 0;
            for row in (0..n).filter(|&r| here[r] && subsets.iter().all(|s| !s[r])) {
                minimal[row] = true;
                found += 1;
            }
            if found > 0 {
                per_size[size - 1] += found;
                sets.push((cols.iter().map(|&c| searched[c].clone()).collect(), found));
            }
            unique.insert(mask, here);
        }
    }
    sets.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.len().cmp(&b.0.len())));
    sets.truncate(RISKIEST);
    MinimalUniques { max_size, searched, per_size, records: minimal.iter().filter(|&&m| m).count(), sets }
}

/// Every bit mask of `size` bits set among the low `n` bits, in increasing order.
fn masks(n: usize, size: usize) -> Vec<u32> {
    (0u32..(1 << n)).filter(|m| m.count_ones() as usize == size).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn qis(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn classes_uniques_risk_and_l_on_a_small_table() {
        let records: Vec<Value> = [
            ("1960-1964", "woman", "a"),
            ("1960-1964", "woman", "b"),
            ("1960-1964", "woman", "a"),
            ("1965-1969", "man", "a"),
            ("1965-1969", "man", "a"),
            ("1970-1974", "man", "c"),
        ]
        .iter()
        .map(|(y, g, s)| json!({"p": {"y": y, "g": g}, "s": s}))
        .collect();
        let r = measure(&records, &qis(&["p.y", "p.g"]), &qis(&["s"]));
        assert_eq!((r.k, r.sample_uniques, r.records_at_risk), (1, 1, 6), "every class is under 5");
        assert_eq!(r.class_sizes, vec![3, 2, 1]);
        assert_eq!(r.size_histogram, BTreeMap::from([(1, 1), (2, 1), (3, 1)]));
        assert_eq!(r.highest_risk, 1.0);
        assert!((r.average_risk - 0.5).abs() < 1e-12);
        assert_eq!(r.l_diversity[0].per_class, vec![2, 1, 1]);
        assert_eq!(r.l(), Some(1));
        assert_eq!(r.riskiest[0].size, 1);
        assert_eq!(r.riskiest[0].values[0], ("p.y".to_string(), "1970-1979".to_string()), "one rung coarser");
        assert_eq!(r.riskiest[0].values[1].1, "•", "no rung: withheld");
        // The 1970s record is unique on the birth band alone; the man born in the 1960s is
        // unique on nothing (two share every value).
        assert_eq!(r.minimal_uniques.per_size, vec![1, 0]);
        assert_eq!(r.minimal_uniques.records, 1);
        assert_eq!(r.minimal_uniques.sets, vec![(qis(&["p.y"]), 1)]);
    }

    #[test]
    fn a_record_unique_only_on_a_pair_is_a_minimal_unique_of_size_two() {
        let records: Vec<Value> =
            [("a", "x"), ("a", "y"), ("b", "x"), ("b", "y"), ("b", "y")].iter().map(|(a, b)| json!({"a": a, "b": b})).collect();
        let r = measure(&records, &qis(&["a", "b"]), &[]);
        assert_eq!(r.minimal_uniques.per_size, vec![0, 3]);
        assert_eq!(r.sample_uniques, 3);
        assert_eq!(measure(&[], &qis(&["a"]), &qis(&["b"])).k, 0);
    }
}
