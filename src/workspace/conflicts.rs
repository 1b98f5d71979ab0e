//! Conflicts: two diverging revisions of one interview, both kept, until the researcher
//! chooses. [`Workspace::resolve`] records the choice as a revision of its own, with who chose
//! what ([`Resolution`]), which the analysis export carries as provenance.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{store, Origin, Result, StoredRevision, Workspace, WorkspaceError};

/// A conflict as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Conflict {
    /// Its id (`c1`, `c2`, …).
    pub id: String,
    /// Pseudonymous interview id.
    pub interview_id: String,
    /// The revision the workspace had (side A).
    pub a: Origin,
    /// The diverging revision (side B).
    pub b: Origin,
    /// When the divergence was found.
    pub opened_at: String,
    /// Whether it was resolved.
    pub resolved: bool,
}

/// One field that differs between the two sides.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldDiff {
    /// The field's path in the record (`migration_episodes[0].fees[1].amount`).
    pub path: String,
    /// Side A's value (absent: `null`).
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub a: Value,
    /// Side B's value.
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub b: Value,
}

/// A conflict with both records and their field-by-field differences.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConflictDetail {
    /// The conflict.
    pub conflict: Conflict,
    /// Every field whose value differs, in path order.
    pub diff: Vec<FieldDiff>,
    /// Side A's record.
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub record_a: Value,
    /// Side B's record.
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub record_b: Value,
}

/// What the researcher chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// Side A as it is.
    TakeA,
    /// Side B as it is.
    TakeB,
    /// A record the researcher merged by hand.
    Merged,
}

/// How a conflict was resolved: the provenance the analysis export carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Resolution {
    /// The conflict.
    pub conflict_id: String,
    /// Pseudonymous interview id.
    pub interview_id: String,
    /// What was chosen.
    pub choice: Choice,
    /// Who chose: the researcher's age recipient.
    pub resolved_by: String,
    /// When.
    pub resolved_at: String,
    /// Side A.
    pub a: Origin,
    /// Side B.
    pub b: Origin,
    /// For a merged record: the fields taken from each side, or edited (`a`, `b`, `edited`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
    /// The fingerprint of the revision the resolution made.
    pub fingerprint: String,
}

fn parse_id(id: &str) -> Result<i64> {
    id.trim().trim_start_matches(['c', 'C']).parse().map_err(|_| WorkspaceError::ConflictNotFound(id.to_owned()))
}

/// Every leaf of `v` by path (objects by key, arrays by index); an empty object or array is a leaf.
fn leaves(v: &Value, path: &mut String, out: &mut BTreeMap<String, Value>) {
    let len = path.len();
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                leaves(x, path, out);
                path.truncate(len);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                path.push_str(&format!("[{i}]"));
                leaves(x, path, out);
                path.truncate(len);
            }
        }
        _ => {
            out.insert(path.clone(), v.clone());
        }
    }
}

/// The fields whose values differ between `a` and `b`, in path order.
pub fn diff(a: &Value, b: &Value) -> Vec<FieldDiff> {
    let (mut la, mut lb) = (BTreeMap::new(), BTreeMap::new());
    leaves(a, &mut String::new(), &mut la);
    leaves(b, &mut String::new(), &mut lb);
    let paths: std::collections::BTreeSet<&String> = la.keys().chain(lb.keys()).collect();
    paths
        .into_iter()
        .filter_map(|p| {
            let (x, y) = (la.get(p).cloned().unwrap_or(Value::Null), lb.get(p).cloned().unwrap_or(Value::Null));
            (x != y).then(|| FieldDiff { path: p.clone(), a: x, b: y })
        })
        .collect()
}

impl Workspace {
    /// Every conflict, open first, then by id.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let rows: Vec<(i64, String, i64, i64, String, Option<i64>)> = self
            .conn
            .prepare(
                "SELECT c.id, c.interview_id, c.a, c.b, c.opened_at, c.resolution FROM conflicts c \
                 JOIN interviews i ON i.id = c.interview_id WHERE i.withdrawn_at IS NULL \
                 ORDER BY c.resolution IS NOT NULL, c.id",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(id, interview_id, a, b, opened_at, resolution)| {
                Ok(Conflict {
                    id: format!("c{id}"),
                    interview_id,
                    a: self.revision(a)?.1.origin,
                    b: self.revision(b)?.1.origin,
                    opened_at,
                    resolved: resolution.is_some(),
                })
            })
            .collect()
    }

    fn conflict_row(&self, id: &str) -> Result<(i64, String, i64, i64, Option<i64>)> {
        let n = parse_id(id)?;
        self.conn
            .query_row(
                "SELECT c.id, c.interview_id, c.a, c.b, c.resolution FROM conflicts c JOIN interviews i ON i.id = c.interview_id \
                 WHERE c.id = ?1 AND i.withdrawn_at IS NULL",
                [n],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?
            .ok_or_else(|| WorkspaceError::ConflictNotFound(id.to_owned()))
    }

    /// One conflict with both records and their field-by-field diff.
    pub fn conflict(&self, id: &str) -> Result<ConflictDetail> {
        let (n, interview_id, a, b, resolution) = self.conflict_row(id)?;
        let (_, ra) = self.revision(a)?;
        let (_, rb) = self.revision(b)?;
        let conflict = Conflict {
            id: format!("c{n}"),
            interview_id,
            a: ra.origin.clone(),
            b: rb.origin.clone(),
            opened_at: self.conn.query_row("SELECT opened_at FROM conflicts WHERE id = ?1", [n], |r| r.get(0))?,
            resolved: resolution.is_some(),
        };
        Ok(ConflictDetail { conflict, diff: diff(&ra.record, &rb.record), record_a: ra.record, record_b: rb.record })
    }

    /// The resolution of a resolved conflict.
    pub fn resolution_of(&self, id: &str) -> Result<Resolution> {
        let (_, _, _, _, resolution) = self.conflict_row(id)?;
        let row = resolution.ok_or_else(|| WorkspaceError::ConflictNotFound(format!("{id} (not resolved yet)")))?;
        let (_, rev) = self.revision(row)?;
        rev.resolution
            .ok_or_else(|| WorkspaceError::Damaged { what: format!("resolution of conflict {id}"), why: "it records no choice".into() })
    }

    /// Resolves a conflict: side A, side B, or a `merged` record (which must be a valid
    /// de-identified record of the same interview). The choice becomes the interview's current
    /// revision, recorded with who chose what; both sides stay in the history.
    pub fn resolve(&mut self, id: &str, choice: Choice, merged: Option<Value>) -> Result<Resolution> {
        let (n, interview_id, a, b, resolution) = self.conflict_row(id)?;
        if resolution.is_some() {
            return Err(WorkspaceError::AlreadyResolved(format!("c{n}")));
        }
        let (_, ra) = self.revision(a)?;
        let (_, rb) = self.revision(b)?;
        let invalid = |why: String| WorkspaceError::InvalidMerged { interview_id: interview_id.clone(), why };
        let (record, fields) = match (choice, merged) {
            (Choice::TakeA, _) => (ra.record.clone(), BTreeMap::new()),
            (Choice::TakeB, _) => (rb.record.clone(), BTreeMap::new()),
            (Choice::Merged, None) => return Err(invalid("no merged record was given".into())),
            (Choice::Merged, Some(m)) => {
                if m.get("interview_id").and_then(Value::as_str) != Some(interview_id.as_str()) {
                    return Err(invalid("its interview_id is not the conflict's".into()));
                }
                let line = serde_json::to_vec(&m).expect("JSON serialises");
                crate::bundle::read::check_records(&line).map_err(|e| invalid(e.to_string()))?;
                let fields = merged_fields(&ra.record, &rb.record, &m);
                (crate::deid::canonical(&m), fields)
            }
        };
        let at = store::now();
        let fingerprint = {
            use sha2::Digest;
            let mut h = sha2::Sha256::new();
            for part in [
                interview_id.as_str(),
                &ra.origin.fingerprint,
                &rb.origin.fingerprint,
                &at,
                &serde_json::to_string(&record).unwrap_or_default(),
            ] {
                h.update((part.len() as u64).to_le_bytes());
                h.update(part.as_bytes());
            }
            format!("r_{}", &hex::encode(h.finalize())[..16])
        };
        let resolution = Resolution {
            conflict_id: format!("c{n}"),
            interview_id: interview_id.clone(),
            choice,
            resolved_by: self.recipient(),
            resolved_at: at.clone(),
            a: ra.origin.clone(),
            b: rb.origin.clone(),
            fields,
            fingerprint: fingerprint.clone(),
        };
        let mut covers: Vec<String> = ra.covers.iter().chain(&rb.covers).cloned().collect();
        covers.push(fingerprint.clone());
        covers.sort();
        covers.dedup();
        let stored = StoredRevision {
            record,
            line: vec![fingerprint.clone()],
            covers,
            origin: Origin {
                signer: self.recipient(),
                key_id: String::new(),
                created_at: at,
                revision: 0,
                fingerprint: fingerprint.clone(),
            },
            resolution: Some(resolution.clone()),
        };
        let sealed = store::seal(&self.keys, "revisions", &format!("{interview_id}/{fingerprint}"), &stored);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO revisions (interview_id, fingerprint, bundle_id, sealed) VALUES (?1, ?2, NULL, ?3)",
            params![interview_id, fingerprint, sealed],
        )?;
        let rev = tx.last_insert_rowid();
        tx.execute("UPDATE interviews SET head = ?2 WHERE id = ?1", params![interview_id, rev])?;
        tx.execute("UPDATE conflicts SET resolution = ?2 WHERE id = ?1", params![n, rev])?;
        // Another open conflict of the same interview now sits against the resolution.
        tx.execute("UPDATE conflicts SET a = ?2 WHERE interview_id = ?1 AND resolution IS NULL", params![interview_id, rev])?;
        tx.commit()?;
        Ok(resolution)
    }
}

/// For a merged record: where each differing field's value came from.
fn merged_fields(a: &Value, b: &Value, merged: &Value) -> BTreeMap<String, String> {
    let (mut la, mut lb, mut lm) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    leaves(a, &mut String::new(), &mut la);
    leaves(b, &mut String::new(), &mut lb);
    leaves(merged, &mut String::new(), &mut lm);
    diff(a, b)
        .into_iter()
        .map(|d| {
            let m = lm.get(&d.path).cloned().unwrap_or(Value::Null);
            let from = if m == la.get(&d.path).cloned().unwrap_or(Value::Null) {
                "a"
            } else if m == lb.get(&d.path).cloned().unwrap_or(Value::Null) {
                "b"
            } else {
                "edited"
            };
            (d.path, from.to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_names_each_changed_leaf() {
        let a = json!({"interview_id": "p_1", "notes": "x", "m": [{"v": 1}, {"v": 2}]});
        let b = json!({"interview_id": "p_1", "notes": "y", "m": [{"v": 1}], "new": true});
        let d: Vec<String> = diff(&a, &b).into_iter().map(|d| d.path).collect();
        assert_eq!(d, ["m[1].v", "new", "notes"]);
    }

    #[test]
    fn merged_fields_say_which_side() {
        let a = json!({"x": 1, "y": 1, "z": 1});
        let b = json!({"x": 2, "y": 2, "z": 2});
        let m = json!({"x": 1, "y": 2, "z": 3});
        let f = merged_fields(&a, &b, &m);
        assert_eq!(f.get("x").map(String::as_str), Some("a"));
        assert_eq!(f.get("y").map(String::as_str), Some("b"));
        assert_eq!(f.get("z").map(String::as_str), Some("edited"));
    }
}
