//! No trace outside the vault, from the command line: plaintext goes to a terminal or where the
//! user explicitly asks, every file the CLI writes is private, and `record edit` hands the
//! interview to the editor on a private temporary file that is wiped afterwards.
//!
//! Each test plays someone who finds what the CLI left behind: a world-readable file, a copy
//! of the interview in a redirected output or a temporary folder, a hard link kept to the
//! editor's file.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::util::{cli, contains, files_under, fixture_paths, read, run_with_stdin};

/// A place to work in: the vault, a runtime dir and a temp dir of its own, so that everything
/// the CLI writes is under `dir`.
struct Place {
    dir: tempfile::TempDir,
}

impl Place {
    fn new() -> Place {
        let p = Place { dir: tempfile::tempdir().unwrap() };
        for d in ["run", "tmp", "home"] {
            std::fs::create_dir(p.path(d)).unwrap();
        }
        std::fs::set_permissions(p.path("run"), std::fs::Permissions::from_mode(0o700)).unwrap();
        p
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn cmd(&self) -> Command {
        let mut c = cli();
        c.current_dir(self.dir.path())
            .env("HOME", self.path("home"))
            .env("XDG_RUNTIME_DIR", self.path("run"))
            .env("TMPDIR", self.path("tmp"))
            .env("FIELDVAULT_DATA_DIR", self.path("data"))
            .env("FIELDVAULT_VAULT", self.path("t.vault"))
            .env_remove("VISUAL")
            .env_remove("EDITOR");
        c
    }
    fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        run_with_stdin(self.cmd().args(args), stdin)
    }
    fn ok(&self, args: &[&str], stdin: Option<&str>) -> String {
        let out = self.run(args, stdin);
        assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }
    /// A vault with the first fixture interview; its id.
    fn with_interview(&self) -> String {
        self.ok(&["vault", "init"], None);
        self.ok(&["record", "add", "-"], Some(&read(&fixture_paths()[0]))).trim().to_owned()
    }
}

/// Runs `fieldvault ARGS` with a terminal as stdin and stdout (util-linux `script`), as a user
/// at a shell does, with the variables `without` unset; returns what the terminal showed and
/// the exit code.
fn at_terminal(place: &Place, args: &[&str], input: &str, without: &[&str]) -> (String, Option<i32>) {
    let quoted: Vec<String> = args.iter().map(|a| format!("'{}'", a.replace('\'', r"'\''"))).collect();
    let unset: String = without.iter().map(|v| format!("unset {v}; ")).collect();
    let line = format!("{unset}\"$FV\" {}", quoted.join(" "));
    let mut c = place.cmd();
    c.env("FV", env!("CARGO_BIN_EXE_fieldvault")).env("SHELL", "/bin/sh");
    let envs = c.get_envs().filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))).collect::<Vec<_>>();
    let out = run_with_stdin(Command::new("script").args(["-qec", &line, "/dev/null"]).envs(envs), Some(input));
    (String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n"), out.status.code())
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn record_show_prints_plaintext_to_a_terminal_only_unless_asked() {
    let p = Place::new();
    let id = p.with_interview();
    // Redirected to a file (a pipe here): refused, nothing printed, a usage error saying why.
    let out = p.run(&["record", "show", &id], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(out.stdout.is_empty(), "nothing on stdout");
    assert!(err.contains("not a terminal") && err.contains("record edit") && err.contains("--plaintext"), "{err}");
    // Asked for explicitly: printed.
    assert!(p.ok(&["record", "show", &id, "--plaintext"], None).contains("HD-01"));
    // At a terminal: printed.
    let (shown, code) = at_terminal(&p, &["record", "show", &id], "", &[]);
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("HD-01"), "{shown}");
}

#[test]
fn record_history_lists_revisions_and_shows_their_content_only_with_plaintext() {
    let p = Place::new();
    let id = p.with_interview();
    let mut edited: serde_json::Value = serde_json::from_str(&read(&fixture_paths()[0])).unwrap();
    edited["notes"] = "TRACECANARY revised".into();
    p.ok(&["record", "edit", &id, "-"], Some(&edited.to_string()));
    let out = p.ok(&["record", "history", &id], None);
    let h: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(h.as_array().unwrap().len(), 2, "{out}");
    assert_eq!((h[0]["revision"].as_i64(), h[1]["revision"].as_i64()), (Some(1), Some(2)));
    assert!(h[1]["created_at"].is_string() && h[1]["damaged"].is_null(), "{out}");
    assert!(!out.contains("TRACECANARY") && !out.contains("HD-01") && h[0].get("interview").is_none(), "metadata only: {out}");
    let out = p.ok(&["record", "history", &id, "--plaintext"], None);
    let h: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(h[1]["interview"]["notes"], "TRACECANARY revised");
}

/// Every file and folder the CLI creates — key files, the profile, the vault and its side files,
/// the demo vault, a bundle — is its owner's only.
#[test]
fn every_file_the_cli_writes_is_private() {
    let p = Place::new();
    p.ok(&["keygen", "--name", "pi", "--out-dir", "keys"], None);
    let pi = std::fs::read_to_string(p.path("keys/pi.age.pub")).unwrap();
    p.ok(&["project", "init", "--name", "Study", "--researcher", &format!("PI={}", pi.trim()), "--out", "profile.json"], None);
    p.ok(&["vault", "init", "--profile", "profile.json"], None);
    for f in &fixture_paths()[..2] {
        p.ok(&["record", "add", "-"], Some(&read(f)));
    }
    let policy = p.ok(&["schema", "default-policy"], None).replace("\"k\": 5", "\"k\": 1");
    std::fs::write(p.path("policy.json"), policy).unwrap();
    p.ok(&["export", "--policy", "policy.json", "--out", "out.fvb", "--approve-redactions"], None);
    p.ok(&["--vault", "demo.vault", "demo"], None);

    let mut checked = Vec::new();
    let mut stack = vec![p.dir.path().to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let path = e.path();
            // policy.json is the test's own file.
            if path.ends_with("policy.json") || ["run", "tmp", "home"].iter().any(|n| path == p.path(n)) {
                continue;
            }
            if path.is_dir() {
                stack.push(path.clone());
            }
            assert_eq!(mode(&path) & 0o077, 0, "{} is readable by others ({:o})", path.display(), mode(&path));
            checked.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    checked.sort();
    for expected in
        ["keys", "pi.age.key", "pi.age.pub", "pi.minisign.key", "pi.minisign.pub", "profile.json", "t.vault", "out.fvb", "demo.vault"]
    {
        assert!(checked.iter().any(|c| c == expected), "{expected} was not written: {checked:?}");
    }
}

/// An editor for the tests: a shell script that logs its file's path (its last argument) and
/// modes, keeps a hard link to it (someone who wants a copy), and replaces `from` with `to` in
/// place.
fn editor(p: &Place, from: &str, to: &str, exit: i32) -> PathBuf {
    let script = p.path("editor.sh");
    std::fs::write(
        &script,
        format!(
            r#"#!/bin/sh
for f in "$@"; do :; done
{{ echo "$f"; stat -c %a "$f"; stat -c %a "$(dirname "$f")"; }} > "{log}"
ln "$f" "{kept}"
text=$(sed 's/{from}/{to}/' "$f")
printf '%s\n' "$text" > "$f"
exit {exit}
"#,
            log = p.path("editor.log").display(),
            kept = p.path("kept").display(),
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();
    script
}

/// What the editor saw (its file, the file's mode, its folder's mode), and the kept link's bytes.
fn editor_saw(p: &Place) -> (PathBuf, String, String, Vec<u8>) {
    let log = std::fs::read_to_string(p.path("editor.log")).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    (PathBuf::from(lines[0]), lines[1].to_owned(), lines[2].to_owned(), std::fs::read(p.path("kept")).unwrap())
}

/// No file under the place holds `needle`, but the vault (encrypted) and the test's editor.
fn nowhere_but_the_vault(p: &Place, needle: &str) {
    for f in files_under(p.dir.path()) {
        if f.file_name().is_some_and(|n| n.to_string_lossy().starts_with("t.vault")) || f == p.path("editor.sh") {
            continue;
        }
        assert!(!contains(&std::fs::read(&f).unwrap(), needle.as_bytes()), "{} holds {needle}", f.display());
    }
}

#[test]
fn record_edit_opens_the_editor_on_a_private_file_that_is_wiped_afterwards() {
    let p = Place::new();
    let id = p.with_interview();
    let script = editor(&p, "State bank", "EDITCANARY bank", 0);
    let out = run_with_stdin(p.cmd().env("EDITOR", &script).args(["record", "edit", &id]), None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("{id} revision 2")));
    assert!(p.ok(&["record", "show", &id, "--plaintext"], None).contains("EDITCANARY bank"), "the edit was saved");

    let (file, file_mode, dir_mode, kept) = editor_saw(&p);
    assert!(file.starts_with(p.path("run")), "under the runtime dir: {}", file.display());
    assert_eq!((file_mode.as_str(), dir_mode.as_str()), ("600", "700"));
    assert!(!file.exists() && !file.parent().unwrap().exists(), "the file and its folder are gone");
    assert_eq!(std::fs::read_dir(p.path("run")).unwrap().count(), 0, "nothing left in the runtime dir");
    assert!(!kept.is_empty() && kept.iter().all(|&b| b == 0), "the file's bytes were overwritten with zeros before removal");
    nowhere_but_the_vault(&p, "EDITCANARY");
    nowhere_but_the_vault(&p, "HD-01");

    // VISUAL comes before EDITOR, as in other tools; an editor with arguments works.
    std::fs::remove_file(p.path("kept")).unwrap();
    let again = editor(&p, "EDITCANARY bank", "VISUALCANARY bank", 0);
    let out = run_with_stdin(
        p.cmd().env("EDITOR", "false").env("VISUAL", format!("{} --wait", again.display())).args(["record", "edit", &id]),
        None,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(p.ok(&["record", "show", &id, "--plaintext"], None).contains("VISUALCANARY bank"));
}

#[test]
fn fail_record_edit_saves_nothing_and_still_wipes_when_the_editor_fails_or_the_edit_is_invalid() {
    let p = Place::new();
    let id = p.with_interview();
    // The editor exits with an error after changing the file.
    let script = editor(&p, "State bank", "EDITCANARY bank", 3);
    let out = run_with_stdin(p.cmd().env("EDITOR", &script).args(["record", "edit", &id]), None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("nothing was saved"), "{err}");
    let (file, _, _, kept) = editor_saw(&p);
    assert!(!file.parent().unwrap().exists() && kept.iter().all(|&b| b == 0));
    // The edit leaves invalid JSON: refused as invalid input (no terminal to fix it at).
    std::fs::remove_file(p.path("kept")).unwrap();
    let script = editor(&p, "\"schema_version\": 1", "\"schema_version\": \"one\"", 0);
    let out = run_with_stdin(p.cmd().env("EDITOR", &script).args(["record", "edit", &id]), None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(err.contains("nothing was saved") && err.contains("schema_version"), "{err}");
    let (file, _, _, kept) = editor_saw(&p);
    assert!(!file.parent().unwrap().exists() && kept.iter().all(|&b| b == 0));
    // No change: nothing saved either.
    let out = run_with_stdin(p.cmd().env("EDITOR", "true").args(["record", "edit", &id]), None);
    assert!(out.status.success() && String::from_utf8_lossy(&out.stderr).contains("no change"));
    let h: serde_json::Value = serde_json::from_str(&p.ok(&["record", "history", &id], None)).unwrap();
    assert_eq!(h.as_array().unwrap().len(), 1, "still one revision");
    nowhere_but_the_vault(&p, "EDITCANARY");
    assert_eq!(std::fs::read_dir(p.path("run")).unwrap().count(), 0);
}

#[test]
fn fail_a_non_utf8_identity_file_is_invalid_input_naming_the_file() {
    let p = Place::new();
    p.with_interview();
    std::fs::write(p.path("bad.key"), b"AGE-SECRET-KEY-1\xff\xfe\n").unwrap();
    let out = p.run(&["vault", "recover", "--identity", "bad.key"], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(err.contains("bad.key") && err.contains("not UTF-8"), "{err}");
    std::fs::write(p.path("b.fvb"), b"not a bundle").unwrap();
    let out = p.run(&["bundle", "inspect", "b.fvb", "--identity", "bad.key"], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(err.contains("bad.key") && err.contains("not UTF-8"), "{err}");
}

#[test]
fn a_new_passphrase_is_rated_in_words() {
    let p = Place::new();
    // Typed at the terminal: a short one, twice.
    let (shown, code) = at_terminal(&p, &["vault", "init"], "short\nshort\n", &["FIELDVAULT_PASSPHRASE"]);
    assert_eq!(code, Some(5), "{shown}");
    assert!(shown.contains("passphrase strength: too short: use at least 10 characters"), "{shown}");
    assert!(!shown.contains("TooShort"), "{shown}");
}
