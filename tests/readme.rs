//! The README's command-line walkthrough works as written: users copy those commands.
//!
//! The fenced block between `<!-- walkthrough:begin -->` and `<!-- walkthrough:end -->` runs
//! from an empty temporary folder, with the built `fieldvault` on PATH, in bash with `set -e`:
//! bash reads it command by command as a pasted shell session would (a here-document or a
//! line continued with `\` is one command), and the first command that fails stops the run and
//! is named. It runs at a terminal (util-linux `script`), as a user's shell does; what the user
//! would type is given the way scripts give it: the passphrase through `FIELDVAULT_PASSPHRASE`
//! and `FIELDVAULT_NEW_PASSPHRASE`, the export's approvals as answers on the terminal, and the
//! edit by an `$EDITOR` that changes the interview's notes. Nothing is written outside the
//! temporary folder.

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{root, PASS};

/// The shell code of the README's walkthrough block.
fn walkthrough() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let (_, after) = readme.split_once("<!-- walkthrough:begin -->").expect("the README marks its walkthrough");
    let (block, _) = after.split_once("<!-- walkthrough:end -->").expect("the walkthrough's end marker");
    let block = block.trim();
    let code = block.strip_prefix("```sh\n").and_then(|b| b.strip_suffix("```")).expect("one ```sh block between the markers");
    assert!(!code.contains("```"), "one fenced block only");
    code.to_owned()
}

#[test]
fn the_readme_walkthrough_runs_command_by_command_from_an_empty_folder() {
    let Some(script) = which("script") else {
        assert!(std::env::var_os("CI").is_none(), "util-linux `script` is missing under CI");
        eprintln!("note: no `script` (util-linux): the README walkthrough was not run");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for d in ["work", "home", "run", "tmp"] {
        std::fs::create_dir(dir.path().join(d)).unwrap();
    }
    std::fs::set_permissions(dir.path().join("run"), std::fs::Permissions::from_mode(0o700)).unwrap();
    let trace = dir.path().join("trace.log");
    let shell = format!(
        "set -euo pipefail\nshopt -s inherit_errexit\nexec 9>'{trace}'\nBASH_XTRACEFD=9\nPS4='+ README: '\nset -x\n{code}\n",
        trace = trace.display(),
        code = walkthrough()
    );
    std::fs::write(dir.path().join("walkthrough.sh"), shell).unwrap();
    // The user's edit: the notes get another sentence.
    let editor = dir.path().join("editor.sh");
    std::fs::write(&editor, "#!/bin/sh\nsed 's/community centre\\./community centre. Edited in the walkthrough./' \"$1\" > \"$1.new\" && cat \"$1.new\" > \"$1\" && rm \"$1.new\"\n").unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o700)).unwrap();

    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_fieldvault")).parent().unwrap().to_owned();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let mut child = Command::new(script)
        .args(["-qec", &format!("bash {}", dir.path().join("walkthrough.sh").display()), "/dev/null"])
        .current_dir(dir.path().join("work"))
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir.path().join("home"))
        .env("XDG_RUNTIME_DIR", dir.path().join("run"))
        .env("TMPDIR", dir.path().join("tmp"))
        .env("SHELL", "/bin/sh")
        .env("TERM", "dumb")
        .env("LANG", "C.UTF-8")
        .env("EDITOR", &editor)
        .env("FIELDVAULT_PASSPHRASE", PASS)
        .env("FIELDVAULT_NEW_PASSPHRASE", PASS)
        .env("FIELDVAULT_KDF_WORK_FACTOR", "10")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Approvals for the export's review, typed ahead.
    use std::io::Write;
    child.stdin.take().unwrap().write_all("a\n".repeat(20).as_bytes()).unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        let _ = stdout.read_to_string(&mut out);
        out
    });
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > Duration::from_secs(300) {
            let _ = child.kill();
            panic!("the walkthrough did not finish in 5 minutes (a command waiting for input?)");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let out = reader.join().unwrap().replace("\r\n", "\n");
    let traced = std::fs::read_to_string(&trace).unwrap_or_default();
    let last = traced.lines().rfind(|l| l.starts_with("+ README: ")).unwrap_or("(none)").to_owned();
    assert!(status.success(), "the walkthrough stopped at: {last}\n--- terminal ---\n{out}");

    // It did what it says: a second revision from the editor, a sealed bundle, a tombstone.
    let work = dir.path().join("work/fieldvault-try");
    assert!(out.contains("\"pseudonym\": \"Lan\""), "record show printed the interview at the terminal:\n{out}");
    assert!(out.contains(" revision 2"), "record edit saved the editor's change as revision 2:\n{out}");
    assert!(
        out.contains("[1/1] ") && out.contains("in the bundle: ") && out.contains("[REDACTED:phone]"),
        "the export asked to review the redacted note:\n{out}"
    );
    assert!(work.join("2024-05.fvb").is_file(), "the bundle was written");
    assert!(out.contains("withdrawn: content erased"), "{out}");
    assert!(!work.join("interview.json").exists());
}

fn which(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join(name)).find(|p| p.is_file()))
}
