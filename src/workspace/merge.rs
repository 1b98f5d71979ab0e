//! How an incoming revision relates to what the workspace holds: the one rule of merging.
//!
//! Each revision carries its line ([`crate::deid::Lineage`]: fingerprints of every revision from
//! the first to itself) and what it covers (for a fieldworker's revision, its line; for a
//! resolution, both sides' lines and its own fingerprint). [`relate`] compares an incoming line
//! with the current revision; the import acts on the answer. This module reads and writes
//! nothing.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// How an incoming revision relates to the current one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// Already held: the same revision, or one the current revision already covers.
    Known,
    /// A later revision on the current one's line: it replaces it (history kept).
    Newer,
    /// Neither: both are kept and the pair is a conflict.
    Diverged,
}

/// The relation of the incoming line `incoming` (oldest first, itself last) to a current
/// revision with line `line` that covers `covers`.
pub fn relate(incoming: &[String], line: &[String], covers: &[String]) -> Relation {
    let Some(last) = incoming.last() else {
        return Relation::Diverged;
    };
    if covers.contains(last) || line.last() == Some(last) {
        Relation::Known
    } else if !line.is_empty() && incoming.len() > line.len() && incoming.starts_with(line) {
        Relation::Newer
    } else {
        Relation::Diverged
    }
}

/// The line of a record from a bundle without lineage (an older build's): one fingerprint of
/// its content, so that the same content is [`Relation::Known`] and any other diverges.
pub fn content_line(record: &Value) -> Vec<String> {
    let bytes = serde_json::to_vec(&crate::deid::canonical(record)).expect("JSON serialises");
    vec![format!("c_{}", &hex::encode(Sha256::digest(bytes))[..16])]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn same_older_newer_and_diverging_lines() {
        let cur = l(&["r1", "r2"]);
        assert_eq!(relate(&l(&["r1", "r2"]), &cur, &cur), Relation::Known);
        assert_eq!(relate(&l(&["r1"]), &cur, &cur), Relation::Known, "an older revision of the line");
        assert_eq!(relate(&l(&["r1", "r2", "r3", "r4"]), &cur, &cur), Relation::Newer, "revisions in between may be missing");
        assert_eq!(relate(&l(&["r1", "x2"]), &cur, &cur), Relation::Diverged, "an edit of the same revision elsewhere");
        assert_eq!(relate(&l(&["r1", "x2", "x3"]), &cur, &cur), Relation::Diverged, "an edit of an old revision");
        assert_eq!(relate(&l(&[]), &cur, &cur), Relation::Diverged);
    }

    #[test]
    fn a_resolution_covers_both_sides_and_nothing_descends_from_it() {
        let line = l(&["res"]);
        let covers = l(&["r1", "r2", "x2", "res"]);
        assert_eq!(relate(&l(&["r1", "x2"]), &line, &covers), Relation::Known);
        assert_eq!(relate(&l(&["r1", "r2", "r3"]), &line, &covers), Relation::Diverged);
    }

    #[test]
    fn content_lines_match_on_content_only() {
        let a = serde_json::json!({"interview_id": "p_1", "x": 1});
        let b = serde_json::json!({"x": 1, "interview_id": "p_1"});
        assert_eq!(content_line(&a), content_line(&b));
        assert_ne!(content_line(&a), content_line(&serde_json::json!({"interview_id": "p_1", "x": 2})));
    }
}
