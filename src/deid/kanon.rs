//! k-anonymity over the quasi-identifiers of de-identified records.
//!
//! Records are grouped by the combined values of the policy's quasi-identifiers (after
//! generalisation; list fields count as the set of their values). Every group must hold at
//! least `k` records. This module measures and reports; the pipeline decides whether to
//! suppress the records of small groups or to refuse the export.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

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
}

/// The value of a quasi-identifier in a record: a scalar as text, a list as its sorted distinct
/// values joined by `;`, an absent value as the empty string.
pub fn qi_value(record: &Value, path: &str) -> String {
    let mut current = vec![record];
    for seg in path.split('.') {
        let (name, list) = match seg.strip_suffix("[]") {
            Some(n) => (n, true),
            None => (seg, false),
        };
        let mut next = Vec::new();
        for v in current {
            match v.get(name) {
                Some(Value::Array(items)) if list => next.extend(items.iter()),
                Some(Value::Null) | None => {}
                Some(x) => next.push(x),
            }
        }
        current = next;
    }
    let mut vals: Vec<String> = current
        .into_iter()
        .flat_map(|v| match v {
            Value::Array(a) => a.iter().map(text).collect::<Vec<_>>(),
            other => vec![text(other)],
        })
        .collect();
    vals.sort();
    vals.dedup();
    vals.join(";")
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Groups `records` by their quasi-identifier values. Returns the report (before suppression)
/// and the indices of records in groups smaller than `k`.
pub fn evaluate(records: &[Value], quasi_identifiers: &[String], k: u32) -> (KAnonymityReport, Vec<usize>) {
    let mut groups: BTreeMap<Vec<String>, Vec<usize>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        let key: Vec<String> = quasi_identifiers.iter().map(|q| qi_value(r, q)).collect();
        groups.entry(key).or_default().push(i);
    }
    let mut distinct_values = BTreeMap::new();
    for (n, q) in quasi_identifiers.iter().enumerate() {
        let mut vals: Vec<&String> = groups.keys().map(|key| &key[n]).collect();
        vals.sort();
        vals.dedup();
        distinct_values.insert(q.clone(), vals.len());
    }
    let k = k as usize;
    let mut below = Vec::new();
    let mut classes = Vec::new();
    for (key, members) in &groups {
        if members.len() < k {
            below.extend(members.iter().copied());
            classes.push(EquivalenceClass { size: members.len(), values: None });
        } else {
            let values = quasi_identifiers.iter().cloned().zip(key.iter().cloned()).collect();
            classes.push(EquivalenceClass { size: members.len(), values: Some(values) });
        }
    }
    classes.sort_by_key(|c| std::cmp::Reverse(c.size));
    below.sort_unstable();
    let report = KAnonymityReport {
        k: k as u32,
        quasi_identifiers: quasi_identifiers.to_vec(),
        smallest_class: groups.values().map(Vec::len).min().unwrap_or(0),
        records_below_k: below.len(),
        suppressed: 0,
        classes,
        distinct_values,
    };
    (report, below)
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
}
