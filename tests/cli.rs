//! The `fieldvault` command line, as a fieldworker or a script uses it: JSON in and out,
//! documented exit codes, errors that name the problem and what to do next.

use std::process::Output;

use fieldvault::schema::parse_interview;

use crate::util::{cli, fixture_paths, read, run_with_stdin};

struct Cli {
    dir: tempfile::TempDir,
}

impl Cli {
    fn new() -> Cli {
        Cli { dir: tempfile::tempdir().unwrap() }
    }
    fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        run_with_stdin(cli().arg("--vault").arg(self.dir.path().join("cli.vault")).args(args), stdin)
    }
    fn ok(&self, args: &[&str], stdin: Option<&str>) -> String {
        let out = self.run(args, stdin);
        assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }
    fn fails(&self, args: &[&str], stdin: Option<&str>, code: i32) -> String {
        let out = self.run(args, stdin);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{err}");
        err
    }
}

#[test]
fn the_cli_story_with_exit_codes() {
    let c = Cli::new();
    c.ok(&["vault", "init"], None);
    let fixture = read(&fixture_paths()[0]);
    let id = c.ok(&["record", "add", "-"], Some(&fixture)).trim().to_owned();
    let shown_text = c.ok(&["record", "show", &id, "--plaintext"], None);
    assert!(parse_interview(&shown_text).unwrap() == parse_interview(&fixture).unwrap(), "show prints what was added");
    let shown: serde_json::Value = serde_json::from_str(&shown_text).unwrap();
    let list = c.ok(&["record", "list"], None);
    assert!(list.contains(&id) && list.contains("HD-01"), "{list}");
    let listed: serde_json::Value = serde_json::from_str(&c.ok(&["record", "list", "--json"], None)).unwrap();
    assert_eq!(listed[0]["state"], "active");

    let mut edited = shown.clone();
    edited["notes"] = "revised".into();
    assert!(c.ok(&["record", "edit", &id, "-"], Some(&edited.to_string())).contains("revision 2"));
    let history: serde_json::Value = serde_json::from_str(&c.ok(&["record", "history", &id, "--plaintext"], None)).unwrap();
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(history[1]["interview"]["notes"], "revised");

    // Bad input: each with its code and a message that says what to do.
    let mut invalid = shown.clone();
    invalid["migration_episodes"][0]["fees"][0]["amount"]["currency"] = "yen".into();
    let err = c.fails(&["record", "add", "-"], Some(&invalid.to_string()), 5);
    assert!(err.contains("migration_episodes[0].fees[0].amount.currency"), "{err}");
    let err = c.fails(&["record", "show", "00000000-0000-4000-8000-000000000000", "--plaintext"], None, 6);
    assert!(err.contains("fieldvault record list"), "{err}");
    let out = cli()
        .env("FIELDVAULT_PASSPHRASE", "not the passphrase")
        .arg("--vault")
        .arg(c.dir.path().join("cli.vault"))
        .args(["record", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong passphrase (1 failed attempt"));
    c.fails(&["record", "withdraw", &id], None, 1); // no terminal: confirmation required
    c.ok(&["record", "withdraw", &id, "--yes"], None);
    c.fails(&["record", "show", &id, "--plaintext"], None, 10);
    let verify = c.ok(&["audit", "verify"], None);
    assert!(verify.starts_with("audit log ok"), "{verify}");
    let check: serde_json::Value = serde_json::from_str(&c.ok(&["vault", "check"], None)).unwrap();
    assert_eq!(check["integrity"], "ok");
    assert_eq!(check["records_withdrawn"], 1);
}

#[test]
fn keygen_project_init_and_recovery_through_the_cli() {
    let c = Cli::new();
    let keys = c.dir.path().join("keys");
    let keys_s = keys.to_str().unwrap();
    for name in ["pi", "recovery", "fw1"] {
        c.ok(&["keygen", "--name", name, "--out-dir", keys_s], None);
    }
    let pi = std::fs::read_to_string(keys.join("pi.age.pub")).unwrap();
    let rec = std::fs::read_to_string(keys.join("recovery.age.pub")).unwrap();
    let profile = c.dir.path().join("profile.json");
    c.ok(
        &[
            "project",
            "init",
            "--name",
            "Runaway study",
            "--researcher",
            &format!("PI={}", pi.trim()),
            "--recovery-recipient",
            rec.trim(),
            "--fieldworker",
            &format!("FW1={}", keys.join("fw1.minisign.pub").display()),
            "--deny",
            "barbershop",
            "--deny",
            "Đông Lạc",
            "--out",
            profile.to_str().unwrap(),
        ],
        None,
    );
    let shown = c.ok(&["project", "show", profile.to_str().unwrap()], None);
    assert!(shown.contains("(hidden)") && shown.contains("Runaway study"), "{shown}");
    let deny = &serde_json::from_str::<serde_json::Value>(&shown).unwrap()["deny_list"];
    assert_eq!(deny, &serde_json::json!(["barbershop", "Đông Lạc"]), "{shown}");
    c.ok(&["vault", "init", "--profile", profile.to_str().unwrap()], None);
    let id = c.ok(&["record", "add", "-"], Some(&read(&fixture_paths()[1]))).trim().to_owned();

    // Forgotten passphrase: recover with the project's key, then the new passphrase opens it.
    let out = cli()
        .env("FIELDVAULT_NEW_PASSPHRASE", "new passphrase after recovery")
        .arg("--vault")
        .arg(c.dir.path().join("cli.vault"))
        .args(["vault", "recover", "--identity"])
        .arg(keys.join("recovery.age.key"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = cli()
        .env("FIELDVAULT_PASSPHRASE", "new passphrase after recovery")
        .arg("--vault")
        .arg(c.dir.path().join("cli.vault"))
        .args(["record", "show", &id, "--plaintext"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // A key file is written only once, and secret files are private.
    c.fails(&["keygen", "--name", "pi", "--out-dir", keys_s], None, 1);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(keys.join("pi.age.key")).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "identity files are not readable by others");
}
