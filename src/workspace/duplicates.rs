//! Possible duplicates: the same participant interviewed twice (often by two fieldworkers),
//! found in the de-identified records only — the participant's keyed-hash pseudonym, and the
//! generalised quasi-identifiers compared fuzzily (birth band, origin province, gender,
//! destinations, year of first departure within a tolerance). No plaintext identifier exists
//! in a workspace to compare.
//!
//! Candidates are found afresh from the current records on each listing ([`Workspace::duplicates`]);
//! the researcher's decisions ([`Workspace::decide_duplicate`]) are kept by pair.

use std::collections::{BTreeSet, HashMap};

use rusqlite::params;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::{store, Result, Workspace, WorkspaceError};

/// Years a first departure may differ by and still match.
pub const DEPARTURE_TOLERANCE_YEARS: i64 = 1;

/// Years birth bands may lie apart and still match (bands are already coarse).
pub const BIRTH_TOLERANCE_YEARS: i64 = 1;

/// The researcher's decision on a possible duplicate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// The same participant.
    Confirmed,
    /// Two participants.
    Dismissed,
}

impl Decision {
    fn as_str(self) -> &'static str {
        match self {
            Decision::Confirmed => "confirmed",
            Decision::Dismissed => "dismissed",
        }
    }
}

/// Two interviews that may be of the same participant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PossibleDuplicate {
    /// The pair's id (`d_…`, stable).
    pub id: String,
    /// One interview (pseudonymous id; the smaller).
    pub a: String,
    /// The other.
    pub b: String,
    /// What matched.
    pub reasons: Vec<String>,
    /// The researcher's decision, if any.
    pub decision: Option<Decision>,
}

/// What is compared of a record.
#[derive(Debug, Default)]
struct Features {
    pseudonym: Option<String>,
    birth: Option<(i64, i64)>,
    gender: Option<Value>,
    province: Option<String>,
    destinations: BTreeSet<String>,
    departure: Option<i64>,
}

fn year_range(v: &Value) -> Option<(i64, i64)> {
    match v {
        Value::Number(n) => n.as_i64().map(|y| (y, y)),
        Value::String(s) => {
            let (a, b) = s.split_once('-')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        }
        _ => None,
    }
}

fn year_of(v: &Value) -> Option<i64> {
    v.as_str().and_then(|s| s.get(..4)).and_then(|y| y.parse().ok()).or_else(|| v.as_i64())
}

fn features(r: &Value) -> Features {
    let p = &r["participant"];
    let episodes = r["migration_episodes"].as_array().map(Vec::as_slice).unwrap_or_default();
    Features {
        pseudonym: p["pseudonym"].as_str().map(str::to_owned),
        birth: year_range(&p["birth_year"]),
        gender: Some(p["gender"].clone()).filter(|g| !g.is_null()),
        province: p["origin"]["province"].as_str().map(str::to_owned),
        destinations: episodes.iter().filter_map(|e| e["destination_country"].as_str().map(str::to_owned)).collect(),
        departure: episodes.iter().filter_map(|e| year_of(&e["start"])).min(),
    }
}

/// Why `x` and `y` may be the same participant, or `None`.
fn matches(x: &Features, y: &Features) -> Option<Vec<String>> {
    if x.pseudonym.is_some() && x.pseudonym == y.pseudonym {
        return Some(vec!["same participant pseudonym (keyed hash)".into()]);
    }
    let mut reasons = Vec::new();
    let (bx, by) = (x.birth?, y.birth?);
    if bx.0 > by.1 + BIRTH_TOLERANCE_YEARS || by.0 > bx.1 + BIRTH_TOLERANCE_YEARS {
        return None;
    }
    reasons.push("birth years overlap".to_owned());
    if x.province.is_none() || x.province != y.province {
        return None;
    }
    reasons.push("same origin province".to_owned());
    if let (Some(g), Some(h)) = (&x.gender, &y.gender) {
        if g != h {
            return None;
        }
        reasons.push("same gender".to_owned());
    }
    let shared: Vec<&String> = x.destinations.intersection(&y.destinations).collect();
    if shared.is_empty() {
        return None;
    }
    reasons.push(format!("same destination ({})", shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")));
    if let (Some(d), Some(e)) = (x.departure, y.departure) {
        if (d - e).abs() > DEPARTURE_TOLERANCE_YEARS {
            return None;
        }
        reasons.push(format!("first departure within {DEPARTURE_TOLERANCE_YEARS} year"));
    }
    Some(reasons)
}

/// The stable id of the pair (`a` < `b`).
fn pair_id(a: &str, b: &str) -> String {
    let h = Sha256::digest(format!("{a}\0{b}"));
    format!("d_{}", &hex::encode(h)[..12])
}

impl Workspace {
    /// Every possible duplicate among the current records, with the researcher's decisions,
    /// undecided first.
    pub fn duplicates(&self) -> Result<Vec<PossibleDuplicate>> {
        let current = self.current()?;
        let feats: Vec<(String, Features)> = current.iter().map(|(id, r)| (id.clone(), features(&r.record))).collect();
        // Blocks: a pair is compared only when it shares a pseudonym or an origin province.
        let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (_, f)) in feats.iter().enumerate() {
            if let Some(p) = &f.pseudonym {
                blocks.entry(format!("p\0{p}")).or_default().push(i);
            }
            if let Some(p) = &f.province {
                blocks.entry(format!("o\0{p}")).or_default().push(i);
            }
        }
        let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
        for members in blocks.values() {
            for (k, &i) in members.iter().enumerate() {
                for &j in &members[k + 1..] {
                    pairs.insert((i.min(j), i.max(j)));
                }
            }
        }
        let decisions: HashMap<String, String> = self
            .conn
            .prepare("SELECT id, status FROM duplicates")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out: Vec<PossibleDuplicate> = pairs
            .into_iter()
            .filter_map(|(i, j)| {
                let reasons = matches(&feats[i].1, &feats[j].1)?;
                let (a, b) = (feats[i].0.clone(), feats[j].0.clone());
                let id = pair_id(&a, &b);
                let decision = decisions.get(&id).map(|s| if s == "confirmed" { Decision::Confirmed } else { Decision::Dismissed });
                Some(PossibleDuplicate { id, a, b, reasons, decision })
            })
            .collect();
        out.sort_by(|x, y| (x.decision.is_some(), &x.a, &x.b).cmp(&(y.decision.is_some(), &y.a, &y.b)));
        Ok(out)
    }

    /// Records the researcher's decision on a possible duplicate (a later one replaces it).
    pub fn decide_duplicate(&mut self, id: &str, decision: Decision) -> Result<PossibleDuplicate> {
        let mut d =
            self.duplicates()?.into_iter().find(|d| d.id == id.trim()).ok_or_else(|| WorkspaceError::DuplicateNotFound(id.to_owned()))?;
        self.conn.execute(
            "INSERT INTO duplicates (id, a, b, status, decided_at) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT(id) DO UPDATE SET status = excluded.status, decided_at = excluded.decided_at",
            params![d.id, d.a, d.b, decision.as_str(), store::now()],
        )?;
        d.decision = Some(decision);
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rec(pseudonym: &str, birth: Value, province: &str, dest: &str, start: &str) -> Value {
        json!({"interview_id": "p_x", "participant": {"pseudonym": pseudonym, "birth_year": birth, "gender": "woman",
            "origin": {"province": province}}, "migration_episodes": [{"destination_country": dest, "start": start}]})
    }

    #[test]
    fn a_shared_pseudonym_or_fuzzy_quasi_identifiers_match() {
        let a = features(&rec("p_aaaaaaaaaaaaaaaa", json!("1965-1969"), "Hải Dương", "JP", "2003-04"));
        let same_pseudonym = features(&rec("p_aaaaaaaaaaaaaaaa", json!(1980), "Nghệ An", "TW", "2010"));
        assert!(matches(&a, &same_pseudonym).is_some());
        let fuzzy = features(&rec("p_bbbbbbbbbbbbbbbb", json!(1966), "Hải Dương", "JP", "2004"));
        assert!(matches(&a, &fuzzy).unwrap().iter().any(|r| r.starts_with("first departure")));
        for other in [
            rec("p_cccccccccccccccc", json!(1975), "Hải Dương", "JP", "2003"),
            rec("p_cccccccccccccccc", json!(1966), "Nghệ An", "JP", "2003"),
            rec("p_cccccccccccccccc", json!(1966), "Hải Dương", "TW", "2003"),
            rec("p_cccccccccccccccc", json!(1966), "Hải Dương", "JP", "2008"),
        ] {
            assert!(matches(&a, &features(&other)).is_none(), "{other}");
        }
    }
}
