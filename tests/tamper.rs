//! The "evil maid": someone who can write the vault file while it is locked (a laptop left in a
//! hotel, a border search) and give it back. Every change to what unlock, reading and export
//! rely on is refused with its own error, through the library and the real CLI (exit 7).

use std::path::{Path, PathBuf};

use fieldvault::keys::{self, MIN_WORK_FACTOR};
use fieldvault::profile::{Member, Profile};
use fieldvault::vault::{CreateOptions, Vault, VaultError};
use rusqlite::Connection;
use sha2::{Digest, Sha256};

use crate::util::{cli, fixtures, pass};

/// A new vault with a project profile (and so a recovery wrap) and one interview, closed;
/// returns the interview's id.
fn vault_with_profile(path: &Path, work_factor: u8) -> String {
    let mut profile = Profile::new("Study");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: keys::generate_member_keys("pi").age_recipient });
    profile.recovery_recipient = Some(keys::generate_member_keys("recovery").age_recipient);
    let options = CreateOptions { work_factor: Some(work_factor), profile: Some(profile) };
    let mut vault = Vault::create(path, &pass(), &options).unwrap();
    vault.add_record(&fixtures()[0]).unwrap()
}

/// One such vault in a temp dir: the dir, the vault's path and its interview's id.
fn one_vault() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.vault");
    let id = vault_with_profile(&path, MIN_WORK_FACTOR);
    (dir, path, id)
}

/// Two vaults in one temp dir: the victim's (`mine`) and the attacker's (`other`).
fn two_vaults() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (mine, other) = (dir.path().join("mine.vault"), dir.path().join("other.vault"));
    vault_with_profile(&mine, MIN_WORK_FACTOR);
    vault_with_profile(&other, MIN_WORK_FACTOR + 1);
    (dir, mine, other)
}

/// Runs the CLI on `vault`; returns its exit code and stderr.
fn run(vault: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = cli().arg("--vault").arg(vault).args(args).output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Puts the other vault's value of `entry` (`meta.recipient`, `keys.profile`) into mine, as
/// SQL on the file can.
fn swap(mine: &Path, other: &Path, entry: &str) {
    let conn = Connection::open(mine).unwrap();
    conn.execute("ATTACH DATABASE ?1 AS other", [other.to_str().unwrap()]).unwrap();
    let n = match entry.split_once('.').unwrap() {
        ("meta", key) => {
            conn.execute("UPDATE meta SET value = (SELECT value FROM other.meta WHERE key = ?1) WHERE key = ?1", [key]).unwrap()
        }
        (_, kind) => conn.execute("UPDATE keys SET blob = (SELECT blob FROM other.keys WHERE kind = ?1) WHERE kind = ?1", [kind]).unwrap(),
    };
    assert_eq!(n, 1, "{entry}");
}

/// Unlocking gives `SettingsChanged` naming `entry`.
fn assert_refused(path: &Path, entry: &str) {
    let mut vault = Vault::open(path).unwrap();
    match vault.unlock(&pass()) {
        Err(VaultError::SettingsChanged { entry: e, why }) => assert!(e.contains(entry), "{e} {why}"),
        other => panic!("expected SettingsChanged naming {entry}, got {:?}", other.err()),
    }
    assert!(!vault.is_unlocked());
}

#[test]
fn fail_settings_swapped_while_locked_are_refused_at_unlock() {
    for (entry, words) in [
        ("keys.profile", "the project profile (keys.profile)"),
        ("meta.recipient", "the vault's recipient (meta.recipient)"),
        ("meta.signing_public_key", "the signing public key (meta.signing_public_key)"),
        ("meta.work_factor", "the passphrase work factor (meta.work_factor)"),
        ("keys.recovery", "the recovery wrap (keys.recovery)"),
        ("meta.vault_id", "the vault id (meta.vault_id)"),
    ] {
        let (_dir, mine, other) = two_vaults();
        swap(&mine, &other, entry);
        assert_refused(&mine, words);
        for args in [&["record", "list"][..], &["vault", "check"], &["vault", "pubkey"]] {
            let (code, err) = run(&mine, args);
            assert_eq!(code, Some(7), "{args:?}: {err}");
            assert!(err.contains(&format!("the vault's settings were changed outside FieldVault: {words}")), "{args:?}: {err}");
        }
    }
}

/// Removing the seal does not make the vault look like one from before seals: the sealed key
/// itself says the vault is sealed.
#[test]
fn fail_removed_seal_is_not_taken_for_an_old_vault() {
    let (_dir, mine, other) = two_vaults();
    swap(&mine, &other, "keys.profile");
    Connection::open(&mine).unwrap().execute_batch("DELETE FROM meta WHERE key = 'settings_seal';").unwrap();
    assert_refused(&mine, "(meta.settings_seal)");
    let (code, err) = run(&mine, &["record", "list"]);
    assert_eq!(code, Some(7), "{err}");
}

/// A recipient swapped while the vault is open does not receive drafts or attachments: they
/// are encrypted to the unlocked identity.
#[test]
fn drafts_and_attachments_go_to_the_unlocked_identity() {
    let (_dir, mine, other) = two_vaults();
    let mut vault = Vault::open(&mine).unwrap();
    vault.unlock(&pass()).unwrap();
    let id = vault.list_records().unwrap()[0].id.clone();
    swap(&mine, &other, "meta.recipient");
    let draft = uuid::Uuid::new_v4().to_string();
    vault.save_draft(&draft, None, &serde_json::json!({ "notes": "x" })).unwrap();
    assert_eq!(vault.load_draft(&draft).unwrap(), serde_json::json!({ "notes": "x" }));
    let info = vault.add_attachment(&id, "a.txt", "text/plain", &mut &b"attachment"[..]).unwrap();
    let mut out = Vec::new();
    vault.read_attachment(&info.id, &mut out).unwrap();
    assert_eq!(out, b"attachment");
    let swapped: String = vault.connection().query_row("SELECT value FROM meta WHERE key = 'recipient'", [], |r| r.get(0)).unwrap();
    assert_ne!(vault.recipient().unwrap().to_string(), swapped, "the recipient comes from the unlocked key, not from meta");
}

/// The envelope a revision's plaintext is (public: anyone can read the code).
fn forged_revision(recipient: &str, id: &str, revision: i64) -> Vec<u8> {
    let plain = serde_json::json!({ "record": id, "revision": revision, "interview": fixtures()[1] });
    let recipient = keys::parse_recipient(recipient).unwrap();
    keys::encrypt(&[&recipient], plain.to_string().as_bytes())
}

#[test]
fn fail_revision_injected_without_a_sealed_key() {
    let (_dir, path, id) = one_vault();
    {
        // A new current revision, encrypted to the public recipient, with no sealed key.
        let conn = Connection::open(&path).unwrap();
        let recipient: String = conn.query_row("SELECT value FROM meta WHERE key = 'recipient'", [], |r| r.get(0)).unwrap();
        let base: i64 = conn.query_row("SELECT revision_base FROM records WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
        conn.execute(
            "INSERT INTO revisions (id, record_id, revision, created_at, blob, content_key) VALUES (?1, ?2, 2, '2026-01-01T00:00:00Z', ?3, NULL)",
            rusqlite::params![base + 2, id, forged_revision(&recipient, &id, 2)],
        )
        .unwrap();
        conn.execute("UPDATE records SET revision = 2 WHERE id = ?1", [&id]).unwrap();
    }
    let mut vault = Vault::open(&path).unwrap();
    vault.unlock(&pass()).unwrap();
    match vault.get_record(&id) {
        Err(VaultError::Damaged { revision: 2, why, .. }) => assert!(why.contains("no sealed content key"), "{why}"),
        other => panic!("expected Damaged, got {other:?}"),
    }
    // What export reads.
    assert!(matches!(vault.current_records(), Err(VaultError::Damaged { revision: 2, .. })));
    let report = vault.check().unwrap();
    assert_eq!(report.damaged.len(), 1);
    drop(vault);
    let (code, err) = run(&path, &["record", "show", &id, "--plaintext"]);
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains("no sealed content key"), "{err}");
    let (code, err) = run(&path, &["vault", "check"]);
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains(&format!("interview {id}")) && err.contains("revision 2"), "{err}");
    assert!(!err.contains("(see report)"), "{err}");
}

/// An older revision replaced by one anyone could write shows as damaged in the history and
/// in the check.
#[test]
fn fail_older_revision_replaced_is_damage_in_history_and_check() {
    let (_dir, path, id) = one_vault();
    let mut vault = Vault::open(&path).unwrap();
    vault.unlock(&pass()).unwrap();
    vault.update_record(&id, &fixtures()[2]).unwrap();
    drop(vault);
    {
        let conn = Connection::open(&path).unwrap();
        let recipient: String = conn.query_row("SELECT value FROM meta WHERE key = 'recipient'", [], |r| r.get(0)).unwrap();
        conn.execute(
            "UPDATE revisions SET blob = ?2, content_key = NULL WHERE record_id = ?1 AND revision = 1",
            rusqlite::params![id, forged_revision(&recipient, &id, 1)],
        )
        .unwrap();
    }
    let mut vault = Vault::open(&path).unwrap();
    vault.unlock(&pass()).unwrap();
    let history = vault.history(&id).unwrap();
    assert!(history[0].interview.is_none() && history[0].damaged.as_deref().unwrap().contains("no sealed content key"));
    assert_eq!(history[1].interview.as_ref(), Some(&fixtures()[2]));
    drop(vault);
    let (code, err) = run(&path, &["vault", "check"]);
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains(&format!("interview {id}")) && err.contains("revision 1"), "{err}");
}

/// The unkeyed hash an entry had before the log was keyed (what anyone can compute).
fn plain_hash(prev: &str, seq: i64, fields: [&str; 5]) -> String {
    let mut h = Sha256::new();
    let seq = seq.to_le_bytes();
    for b in [&b"fieldvault-audit-v1"[..], prev.as_bytes(), &seq].into_iter().chain(fields.iter().map(|f| f.as_bytes())) {
        h.update((b.len() as u64).to_le_bytes());
        h.update(b);
    }
    hex::encode(h.finalize())
}

#[test]
fn fail_rewritten_audit_chain() {
    let (_dir, path, _) = one_vault();
    assert_eq!(run(&path, &["audit", "verify"]).0, Some(0));
    {
        // Rewrite the whole chain consistently, hiding an event on the way, and every anchor.
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; UPDATE audit SET event = 'unlocked' WHERE event = 'profile_imported';")
            .unwrap();
        type Row = (i64, String, String, Option<String>, Option<i64>, Option<String>);
        let rows: Vec<Row> = conn
            .prepare("SELECT seq, at, event, record_id, revision, detail FROM audit ORDER BY seq")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut prev = "0".repeat(64);
        for (seq, at, event, record_id, revision, detail) in rows {
            let revision = revision.map(|r| r.to_string()).unwrap_or_default();
            let hash =
                plain_hash(&prev, seq, [&at, &event, record_id.as_deref().unwrap_or(""), &revision, detail.as_deref().unwrap_or("")]);
            conn.execute("UPDATE audit SET prev_hash = ?2, hash = ?3 WHERE seq = ?1", rusqlite::params![seq, prev, hash]).unwrap();
            conn.execute("UPDATE records SET audit_head = ?1 WHERE audit_head LIKE ?2", [format!("{seq}:{hash}"), format!("{seq}:%")])
                .unwrap();
            conn.execute(
                "UPDATE meta SET value = ?1 WHERE key = 'audit_head' AND value LIKE ?2",
                [format!("{seq}:{hash}"), format!("{seq}:%")],
            )
            .unwrap();
            prev = hash;
        }
    }
    // Without the key the rewritten chain is consistent; with it, it is not the vault's.
    let (code, err) = run(&path, &["audit", "verify"]);
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains("audit log broken at entry 1") && err.contains("not authenticated with the vault's key"), "{err}");
    let (code, err) = run(&path, &["vault", "check"]);
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains("the audit log"), "{err}");
    // Moving where the keyed log starts, to pass the rewrite off as an old vault's, is a
    // changed setting.
    Connection::open(&path).unwrap().execute("UPDATE meta SET value = '1000' WHERE key = 'audit_keyed_from'", []).unwrap();
    let (code, err) = run(&path, &["audit", "verify"]);
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains("the start of the keyed audit log (meta.audit_keyed_from) does not match its seal"), "{err}");
}

#[test]
fn fail_damaged_recovery_wrap_is_found_by_vault_check() {
    let (_dir, path, _) = one_vault();
    assert_eq!(run(&path, &["vault", "check"]).0, Some(0));
    // A byte changed inside the wrapped key: still an age file; only the seal shows it.
    let conn = Connection::open(&path).unwrap();
    let mut blob: Vec<u8> = conn.query_row("SELECT blob FROM keys WHERE kind = 'recovery'", [], |r| r.get(0)).unwrap();
    let last = blob.len() - 1;
    blob[last] ^= 1;
    conn.execute("UPDATE keys SET blob = ?1 WHERE kind = 'recovery'", [&blob]).unwrap();
    let (code, err) = run(&path, &["vault", "check"]);
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains("the recovery wrap (keys.recovery) does not match its seal"), "{err}");
    // Cut short: no longer an age file, which shows even without the passphrase.
    conn.execute("UPDATE keys SET blob = substr(blob, 1, 40) WHERE kind = 'recovery'", []).unwrap();
    drop(conn);
    let out = cli().arg("--vault").arg(&path).args(["vault", "check"]).env("FIELDVAULT_PASSPHRASE", "").output().unwrap();
    let (stdout, err) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(stdout.contains("\"records_checked\": false"), "{stdout}");
    assert!(err.contains("the recovery wrap (keys.recovery) is not an age file"), "{err}");
}

/// Damaged settings that are not swapped but broken: each is named by the check (locked).
#[test]
fn fail_unreadable_settings_are_named_by_vault_check() {
    for (sql, words) in [
        ("UPDATE meta SET value = 'not-a-uuid' WHERE key = 'vault_id'", "the vault id (meta.vault_id) is not a vault id"),
        ("UPDATE meta SET value = 'lots' WHERE key = 'work_factor'", "the passphrase work factor (meta.work_factor) is not a work factor"),
        ("UPDATE keys SET blob = x'00' WHERE kind = 'profile'", "the project profile (keys.profile) is not an age file"),
        ("UPDATE meta SET value = 'age1xyz' WHERE key = 'recipient'", "the vault's recipient (meta.recipient)"),
    ] {
        let (_dir, path, _) = one_vault();
        Connection::open(&path).unwrap().execute(sql, []).unwrap();
        let out = cli().arg("--vault").arg(&path).args(["vault", "check"]).env("FIELDVAULT_PASSPHRASE", "").output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(7), "{sql}: {err}");
        assert!(err.contains(words), "{sql}: {err}");
    }
}

/// SQLite's "database disk image is malformed" is damage (exit 7), like any other.
#[test]
fn fail_malformed_database_exits_7() {
    let (_dir, path, _) = one_vault();
    let mut vault = Vault::open(&path).unwrap();
    vault.unlock(&pass()).unwrap();
    for f in fixtures() {
        vault.add_record(&f).unwrap();
    }
    vault.checkpoint().unwrap();
    drop(vault);
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    assert!(bytes.len() > 8 * page);
    // Every page after the schema's: b-tree pages of the tables and indexes.
    for b in &mut bytes[2 * page..] {
        *b ^= 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    for args in [&["vault", "check"][..], &["record", "list"]] {
        let (code, err) = run(&path, args);
        assert_eq!(code, Some(7), "{args:?}: {err}");
        assert!(err.contains("not a readable FieldVault vault (database disk image is malformed)"), "{err}");
    }
    // Only the last pages (records' ciphertext, the log) damaged: the file opens, then SQLite
    // finds the damage.
    std::fs::copy(crate::util::root().join("tests/fixtures/vaults/main-v3.vault"), &path).unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    let len = bytes.len();
    for b in &mut bytes[len - 6 * page..] {
        *b ^= 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    let (code, err) = run(&path, &["vault", "check"]);
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains("the vault file is damaged (database disk image is malformed)"), "{err}");
}

/// A vault from before settings were sealed is sealed at its first unlock as it is, but not
/// with a recipient or signing key that is not its key's own.
#[test]
fn fail_old_vault_with_a_swapped_recipient_is_not_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.vault");
    std::fs::copy(crate::util::root().join("tests/fixtures/vaults/main-v3.vault"), &path).unwrap();
    let other = keys::generate_member_keys("other").age_recipient;
    Connection::open(&path).unwrap().execute("UPDATE meta SET value = ?1 WHERE key = 'recipient'", [other]).unwrap();
    assert_refused(&path, "the vault's recipient (meta.recipient)");
    let sealed: i64 =
        Connection::open(&path).unwrap().query_row("SELECT count(*) FROM meta WHERE key = 'settings_seal'", [], |r| r.get(0)).unwrap();
    assert_eq!(sealed, 0, "nothing was sealed");
}

/// A recovery wrap damaged after its wrapped key is damage (exit 7), not a wrong identity.
#[test]
fn fail_recovery_with_a_damaged_wrap_blames_the_wrap() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.vault");
    let fixtures = crate::util::root().join("tests/fixtures/vaults");
    std::fs::copy(fixtures.join("main-v3.vault"), &path).unwrap();
    let conn = Connection::open(&path).unwrap();
    let mut blob: Vec<u8> = conn.query_row("SELECT blob FROM keys WHERE kind = 'recovery'", [], |r| r.get(0)).unwrap();
    let last = blob.len() - 1;
    blob[last] ^= 1;
    conn.execute("UPDATE keys SET blob = ?1 WHERE kind = 'recovery'", [&blob]).unwrap();
    drop(conn);
    let out = cli()
        .arg("--vault")
        .arg(&path)
        .args(["vault", "recover", "--identity"])
        .arg(fixtures.join("main-v3.recovery.age.key"))
        .env("FIELDVAULT_NEW_PASSPHRASE", "new passphrase after recovery")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(err.contains("the recovery wrap (keys.recovery)"), "{err}");
}
