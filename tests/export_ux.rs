//! The fieldworker's side of an export and of the list, as the issue on field use asked: the
//! CLI review names each interview by the fieldworker's code, a bundle name gets `.fvb`, and the
//! preference that shows sensitive badges lives in the vault's sealed settings, where no one
//! without the key can turn it on.

use std::path::Path;

use fieldvault::keys::MIN_WORK_FACTOR;
use fieldvault::vault::{Preferences, Vault, VaultError};
use rusqlite::Connection;

use crate::util::{cli, fixtures, pass, run_with_stdin};

/// The demo vault (its profile, the five fixtures) in a temp dir, closed.
fn demo(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("demo.vault");
    fieldvault::demo::create_demo_vault(&path, &pass(), Some(MIN_WORK_FACTOR)).unwrap();
    path
}

#[test]
fn cli_review_names_interviews_by_their_code_and_the_bundle_gets_fvb() {
    let dir = tempfile::tempdir().unwrap();
    let vault = demo(dir.path());
    let named = dir.path().join("for-the-pi");
    let o =
        run_with_stdin(cli().arg("--vault").arg(&vault).arg("export").arg("--out").arg(&named).arg("--review"), Some(&"a\n".repeat(200)));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    let codes: Vec<String> = fixtures().iter().filter_map(|i| i.participant.pseudonym.clone()).collect();
    let heads: Vec<&str> = stderr.lines().filter(|l| l.starts_with('[') && l.contains("] ")).collect();
    assert!(!heads.is_empty(), "{stderr}");
    for head in &heads {
        let name = head.split_whitespace().nth(1).unwrap();
        assert!(codes.iter().any(|c| c == name), "each text is named by its interview's code, not a pseudonymous id: {head}");
    }
    assert!(!named.exists(), "no file without the extension");
    assert!(dir.path().join("for-the-pi.fvb").is_file(), "{stderr}");
    assert!(String::from_utf8_lossy(&o.stdout).contains("for-the-pi.fvb"));
    // The name as given is taken now: the same name again is refused before any work.
    let o = run_with_stdin(cli().arg("--vault").arg(&vault).arg("export").arg("--out").arg(&named).arg("--approve-redactions"), None);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("for-the-pi.fvb"), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn preferences_are_discreet_by_default_and_kept_sealed_in_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let mut v = Vault::open(&path).unwrap();
    assert!(matches!(v.preferences(), Err(VaultError::Locked)), "read only once unlocked");
    v.unlock(&pass()).unwrap();
    assert_eq!(v.preferences().unwrap(), Preferences { show_sensitive_badges: false });
    v.set_preferences(&Preferences { show_sensitive_badges: true }).unwrap();
    drop(v);
    let mut v = Vault::open(&path).unwrap();
    v.unlock(&pass()).unwrap();
    assert!(v.preferences().unwrap().show_sensitive_badges, "kept across a restart");
    // Kept in the vault (and SQLite's files beside it), nowhere else.
    let names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| n.starts_with("demo.vault")), "{names:?}");
}

fn sql(path: &Path, statement: &str) {
    Connection::open(path).unwrap().execute_batch(statement).unwrap();
}

fn assert_refused(path: &Path, why: &str) {
    let mut v = Vault::open(path).unwrap();
    match v.unlock(&pass()) {
        Err(VaultError::SettingsChanged { entry, why: w }) => {
            assert_eq!(entry, "the fieldworker's preferences (meta.preferences)");
            assert_eq!(w, why);
        }
        other => panic!("expected SettingsChanged, got {:?}", other.err()),
    }
}

/// The attacker writes the vault file while it is locked: turning the badges on for a
/// shoulder-surfer, or replaying an older choice, is refused at unlock like any other sealed
/// setting; the CLI says so (exit 7).
#[test]
fn fail_preferences_changed_outside_fieldvault() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    sql(&path, r#"INSERT INTO meta (key, value) VALUES ('preferences', '{"show_sensitive_badges":true}');"#);
    assert_refused(&path, "does not match its seal");
    let o = cli().arg("--vault").arg(&path).args(["record", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(7), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("meta.preferences"), "{}", String::from_utf8_lossy(&o.stderr));

    // Set by the fieldworker, then removed or rewritten by someone else.
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let mut v = Vault::open(&path).unwrap();
    v.unlock(&pass()).unwrap();
    v.set_preferences(&Preferences { show_sensitive_badges: false }).unwrap();
    drop(v);
    let copy = dir.path().join("copy.vault");
    std::fs::copy(&path, &copy).unwrap();
    sql(&path, "DELETE FROM meta WHERE key = 'preferences';");
    assert_refused(&path, "was removed");
    sql(&copy, r#"UPDATE meta SET value = '{"show_sensitive_badges":true}' WHERE key = 'preferences';"#);
    assert_refused(&copy, "does not match its seal");
}

/// A vault sealed before preferences existed has neither the entry nor its seal: it unlocks,
/// discreet. Taking both out of a newer vault gains an attacker only that same default.
#[test]
fn vaults_sealed_before_preferences_unlock_discreet() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let mut v = Vault::open(&path).unwrap();
    v.unlock(&pass()).unwrap();
    v.set_preferences(&Preferences { show_sensitive_badges: true }).unwrap();
    drop(v);
    sql(
        &path,
        "DELETE FROM meta WHERE key = 'preferences';
         UPDATE meta SET value = json_remove(value, '$.\"meta.preferences\"') WHERE key = 'settings_seal';",
    );
    let mut v = Vault::open(&path).unwrap();
    v.unlock(&pass()).unwrap();
    assert!(!v.preferences().unwrap().show_sensitive_badges);
    assert!(v.check().unwrap().settings.is_empty(), "{:?}", v.check().unwrap().settings);
    // Once set again, it is sealed like the rest.
    v.set_preferences(&Preferences { show_sensitive_badges: true }).unwrap();
    drop(v);
    sql(&path, r#"UPDATE meta SET value = '{"show_sensitive_badges":false}' WHERE key = 'preferences';"#);
    assert_refused(&path, "does not match its seal");
}
