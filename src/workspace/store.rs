//! The workspace's SQLite file: its tables, their migrations, and the sealing of every row's
//! content.
//!
//! The plumbing (WAL, `synchronous=FULL`, migrations by `user_version`, the lock file) is
//! [`crate::store`]'s; this module has the workspace's own schema and the one helper that seals
//! and opens content with the workspace's index key, bound to the row it belongs to. Plaintext
//! columns hold only pseudonymous ids, fingerprints, numbers and times.

use rusqlite::{Connection, Transaction};

use crate::keys::VaultKeys;

use super::WorkspaceError;

/// Format marker of the workspaces this build reads and writes (`meta.format`).
pub const WORKSPACE_FORMAT: &str = "fieldvault-workspace-1";

/// The workspace's migrations, in order; a released one is never edited, only new ones added.
pub(super) const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE keys (kind TEXT PRIMARY KEY, blob BLOB NOT NULL);
-- One row per bundle that changed something; its details (signer, time, counts) sealed. The
-- SHA-256 of the file as imported lets the same file be recognised without decrypting it again.
CREATE TABLE bundles (
    id INTEGER PRIMARY KEY,
    manifest_sha256 TEXT NOT NULL UNIQUE,
    file_sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    sealed BLOB NOT NULL
);
-- Every revision of every interview ever imported or made by a resolution; content sealed,
-- erased (NULL) when the interview is withdrawn.
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    interview_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    bundle_id INTEGER REFERENCES bundles(id),
    sealed BLOB,
    UNIQUE (interview_id, fingerprint)
);
-- One row per interview: its current revision, or its withdrawal.
CREATE INDEX bundles_by_file ON bundles (file_sha256);
CREATE TABLE interviews (
    id TEXT PRIMARY KEY,
    head INTEGER REFERENCES revisions(id),
    withdrawn_at TEXT,
    withdrawn_bundle INTEGER REFERENCES bundles(id)
);
-- Two diverging revisions of one interview; `resolution` is the revision that settled it.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interviews(id),
    a INTEGER NOT NULL REFERENCES revisions(id),
    b INTEGER NOT NULL REFERENCES revisions(id),
    opened_at TEXT NOT NULL,
    resolution INTEGER REFERENCES revisions(id)
);
-- Withdrawal tokens of interviews withdrawn in a vault (crate::deid::Pseudonymiser::withdrawal_token),
-- kept so that an older bundle imported later does not bring a withdrawn interview back.
CREATE TABLE withdrawal_tokens (
    token TEXT PRIMARY KEY,
    bundle_id INTEGER NOT NULL REFERENCES bundles(id)
);
-- The researcher's decisions on possible duplicates (found afresh on each listing).
CREATE TABLE duplicates (
    id TEXT PRIMARY KEY,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'dismissed')),
    decided_at TEXT NOT NULL
);
"#];

/// Applies the pending migrations (all or none).
pub(super) fn migrate(conn: &mut Connection, path: &std::path::Path) -> Result<(), WorkspaceError> {
    crate::store::migrate(conn, path, MIGRATIONS.len(), |tx: &Transaction, i| tx.execute_batch(MIGRATIONS[i]))?;
    Ok(())
}

/// Authenticated data binding sealed content to its table and row.
fn aad(table: &str, key: &str) -> Vec<u8> {
    format!("fieldvault-workspace-v1\0{table}\0{key}").into_bytes()
}

/// Seals `value` (as JSON) for the row `key` of `table`.
pub(super) fn seal<T: serde::Serialize>(keys: &VaultKeys, table: &str, key: &str, value: &T) -> Vec<u8> {
    let plain = zeroize::Zeroizing::new(serde_json::to_vec(value).expect("workspace content serialises"));
    keys.seal_index(&aad(table, key), &plain)
}

/// Seals an imported revision whose record is given as the bytes of its line of
/// `records.jsonl` (JSON the reader parsed and checked): the same sealed JSON as [`seal`] of a
/// [`super::StoredRevision`] without a resolution, made without serialising the record again
/// (that was a tenth of an import's time).
pub(super) fn seal_imported_revision(
    keys: &VaultKeys,
    key: &str,
    record_json: &[u8],
    line: &[String],
    covers: &[String],
    origin: &super::Origin,
) -> Vec<u8> {
    /// The fields of a `StoredRevision` after `record`, under the same names.
    #[derive(serde::Serialize)]
    struct Rest<'a> {
        line: &'a [String],
        covers: &'a [String],
        origin: &'a super::Origin,
    }
    let rest = serde_json::to_vec(&Rest { line, covers, origin }).expect("workspace content serialises");
    let mut plain = zeroize::Zeroizing::new(Vec::with_capacity(record_json.len() + rest.len() + 12));
    plain.extend_from_slice(b"{\"record\":");
    plain.extend_from_slice(record_json);
    plain.push(b',');
    plain.extend_from_slice(&rest[1..]); // `rest` is an object with fields: `{` dropped, `}` kept
    keys.seal_index(&aad("revisions", key), &plain)
}

/// Opens what [`seal`] sealed for the same row; anything else is [`WorkspaceError::Damaged`].
pub(super) fn open<T: serde::de::DeserializeOwned>(keys: &VaultKeys, table: &str, key: &str, blob: &[u8]) -> Result<T, WorkspaceError> {
    let damaged = |why: String| WorkspaceError::Damaged { what: format!("{table} {key}"), why };
    let plain = keys.open_index(&aad(table, key), blob).map_err(|e| damaged(e.to_string()))?;
    serde_json::from_slice(&plain).map_err(|e| damaged(e.to_string()))
}

/// The time now, as the workspace stores it (UTC, RFC 3339).
pub(super) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::{Origin, StoredRevision};

    #[test]
    fn an_imported_revision_sealed_from_its_bytes_opens_as_a_stored_revision() {
        let keys = VaultKeys::generate();
        let raw = br#"{"interview_id":"p_1","note":"Tr\u1ea7n \"quoted\"","n":[1,2.5,null]}"#;
        let line = vec!["f1".to_owned(), "f2".to_owned()];
        let origin = Origin {
            signer: "Lan".into(),
            key_id: "AB".into(),
            created_at: "2026-01-01T00:00:00Z".into(),
            revision: 2,
            fingerprint: "f2".into(),
        };
        let sealed = seal_imported_revision(&keys, "p_1/f2", raw, &line, &line, &origin);
        let opened: StoredRevision = open(&keys, "revisions", "p_1/f2", &sealed).unwrap();
        assert_eq!(opened.record, serde_json::from_slice::<serde_json::Value>(raw).unwrap());
        assert_eq!((opened.line, opened.covers, opened.origin, opened.resolution.is_none()), (line.clone(), line, origin, true));
        assert!(open::<StoredRevision>(&keys, "revisions", "p_1/f1", &sealed).is_err(), "bound to its row");
    }
}
