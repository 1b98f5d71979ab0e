//! The audit chain detects every kind of tampering; rewriting it consistently needs the passphrase.

use fieldvault::vault::Vault;
use rusqlite::Connection;

use crate::util::{fixtures, new_vault};

/// A vault with a dozen audit entries, closed; returns its dir and path.
fn vault_with_history() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, mut vault) = new_vault();
    for f in fixtures() {
        let id = vault.add_record(&f).unwrap();
        vault.update_record(&id, &f).unwrap();
    }
    vault.verify_audit().unwrap();
    drop(vault);
    let path = dir.path().join("test.vault");
    (dir, path)
}

/// Tampers with the raw file, as someone with the laptop could (triggers dropped first).
fn tamper(path: &std::path::Path, sql: &str) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;").unwrap();
    conn.execute_batch(sql).unwrap();
}

/// Unlocks the vault (its entry goes on the log first), then tampers with the file as `sql`
/// says, then verifies the chain with the vault's key.
fn tampered_and_verified(path: &std::path::Path, sql: &str) -> Result<(), String> {
    let mut vault = Vault::open(path).unwrap();
    vault.unlock(&crate::util::pass()).unwrap();
    tamper(path, sql);
    vault.verify_audit().map(|_| ()).map_err(|e| e.to_string())
}

#[test]
fn the_log_is_append_only_in_sqlite_too() {
    let (_dir, path) = vault_with_history();
    let conn = Connection::open(&path).unwrap();
    assert!(conn.execute("UPDATE audit SET event = 'x' WHERE seq = 2", []).is_err());
    assert!(conn.execute("DELETE FROM audit WHERE seq = 2", []).is_err());
}

#[test]
fn fail_edited_entry() {
    let (_dir, path) = vault_with_history();
    let e = tampered_and_verified(&path, "UPDATE audit SET event = 'record_withdrawn' WHERE seq = 3").unwrap_err();
    assert!(e.contains("entry 3") && e.contains("edited"), "{e}");
}

#[test]
fn fail_removed_entry() {
    let (_dir, path) = vault_with_history();
    let e = tampered_and_verified(&path, "DELETE FROM audit WHERE seq = 4").unwrap_err();
    assert!(e.contains("entry 5"), "{e}");
}

#[test]
fn fail_removed_last_entries() {
    let (_dir, path) = vault_with_history();
    let e = tampered_and_verified(&path, "DELETE FROM audit WHERE seq >= (SELECT max(seq) - 1 FROM audit)").unwrap_err();
    assert!(e.contains("cut from the end"), "{e}");
}

/// The head after an event about no interview (an unlock) is kept apart from the interviews'
/// rows: cutting that one entry is found too; and an interview's anchor that names another
/// entry than the log holds is found.
#[test]
fn fail_removed_last_entry_after_an_unlock_and_a_replaced_entry() {
    let (_dir, path) = vault_with_history();
    let e = tampered_and_verified(&path, "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)").unwrap_err();
    assert!(e.contains("cut from the end") && e.contains("metadata"), "{e}");

    let (_dir, path) = vault_with_history();
    // The first interview's row names its last event (its revision, entry 3) with another
    // hash than the log's entry 3 has.
    let conn = Connection::open(&path).unwrap();
    let head: String = conn.query_row("SELECT audit_head FROM records WHERE audit_head LIKE '3:%'", [], |r| r.get(0)).unwrap();
    drop(conn);
    let e = tampered_and_verified(&path, &format!("UPDATE records SET audit_head = '3:{}' WHERE audit_head = '{head}'", "0".repeat(64)))
        .unwrap_err();
    assert!(e.contains("entry 3") && e.contains("replaced"), "{e}");
}

#[test]
fn fail_inserted_entry() {
    let (_dir, path) = vault_with_history();
    // Make room and slip an entry in, copying a neighbour's hashes.
    let e = tampered_and_verified(
        &path,
        "UPDATE audit SET seq = seq + 1000 WHERE seq > 5; UPDATE audit SET seq = seq - 999 WHERE seq > 1000;
         INSERT INTO audit SELECT 6, at, 'record_withdrawn', record_id, revision, detail, hash, hash FROM audit WHERE seq = 5;",
    )
    .unwrap_err();
    assert!(e.contains("entry 6"), "{e}");
}

#[test]
fn fail_reordered_entries() {
    let (_dir, path) = vault_with_history();
    let e = tampered_and_verified(
        &path,
        "UPDATE audit SET seq = -1 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 4; UPDATE audit SET seq = 4 WHERE seq = -1;",
    )
    .unwrap_err();
    assert!(e.contains("entry 3"), "{e}");
}

#[test]
fn entries_carry_no_interview_content() {
    let (_dir, path) = vault_with_history();
    let conn = Connection::open(&path).unwrap();
    let dump: Vec<String> = conn
        .prepare("SELECT coalesce(event,'') || coalesce(record_id,'') || coalesce(detail,'') FROM audit")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let all = dump.join("\n");
    for f in fixtures() {
        if let Some(p) = f.participant.pseudonym {
            assert!(!all.contains(&p));
        }
    }
}
