//! Starting: `scripts/run.sh` goes straight to the window when nothing changed, and the scripts
//! find a working toolchain. Under a fresh HOME the rustup proxy in PATH has no toolchain and
//! fails; `scripts/setup.sh` then installs Debian's cargo into /usr/bin, behind that proxy on
//! PATH, and must use it rather than report that none could be installed.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use crate::util::root;

fn fake_cargo(dir: &Path, script: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("cargo"), format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(dir.join("cargo"), std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// `use_working_cargo` run under a fresh HOME with PATH = `path`: its status and the cargo
/// it put first.
fn pick(home: &Path, path: &str) -> (bool, String) {
    let out = Command::new("bash")
        .args(["-c", "source scripts/toolchain.sh && use_working_cargo && command -v cargo"])
        .current_dir(root())
        .env("HOME", home)
        .env("PATH", path)
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

#[test]
fn the_cargo_installed_behind_a_broken_rustup_proxy_is_the_one_used() {
    let dir = tempfile::tempdir().unwrap();
    let (proxy, old, debian) = (dir.path().join("proxy"), dir.path().join("old"), dir.path().join("debian"));
    fake_cargo(&proxy, "echo 'error: rustup could not choose a version of cargo to run' >&2; exit 1");
    fake_cargo(&old, "echo 'cargo 1.65.0'");
    fake_cargo(&debian, "echo 'cargo 1.96.0 (Debian 1.96.0+dfsg1-1~deb12u2)'");
    let sys = "/usr/bin:/bin";
    let home = dir.path().join("home");
    // Before the install: nothing works, so setup installs cargo-web.
    let (ok, _) = pick(&home, &format!("{}:{}:{sys}", proxy.display(), old.display()));
    assert!(!ok, "a failing proxy and a cargo older than 1.89 do not count");
    // After it: the new cargo behind the proxy is found and put first.
    let (ok, cargo) = pick(&home, &format!("{}:{}:{}:{sys}", proxy.display(), old.display(), debian.display()));
    assert!(ok, "the installed cargo was not found");
    assert_eq!(cargo, debian.join("cargo").display().to_string());
    // A working cargo in ~/.cargo/bin (rustup's with a toolchain) comes first.
    fake_cargo(&home.join(".cargo/bin"), "echo 'cargo 1.95.0 (f2d3ce0bd 2026-03-21)'");
    let (ok, cargo) = pick(&home, &format!("{}:{sys}", debian.display()));
    assert!(ok);
    assert_eq!(cargo, home.join(".cargo/bin/cargo").display().to_string());
}

/// A copy of `scripts/run.sh` in a scratch tree where setup, npm, cargo and the app are
/// stand-ins that log their calls: what a launch runs.
struct Tree {
    dir: tempfile::TempDir,
}

impl Tree {
    fn new() -> Tree {
        let t = Tree { dir: tempfile::tempdir().unwrap() };
        let p = |rel: &str| t.dir.path().join(rel);
        for d in ["scripts", "ui/src", "schemas", "src", "bin", "home"] {
            std::fs::create_dir_all(p(d)).unwrap();
        }
        for f in ["scripts/run.sh", "scripts/toolchain.sh"] {
            std::fs::copy(root().join(f), p(f)).unwrap();
        }
        let log = p("calls.log");
        let script = |rel: &str, body: &str| {
            std::fs::write(p(rel), format!("#!/bin/sh\n{body}\n")).unwrap();
            std::fs::set_permissions(p(rel), std::fs::Permissions::from_mode(0o755)).unwrap();
        };
        script("scripts/setup.sh", &format!("echo \"setup $*\" >> {}", log.display()));
        // npm: `ci` makes node_modules, `run build` writes dist/ from src/.
        script(
            "bin/npm",
            &format!(
                "echo \"npm $*\" >> {}\nmkdir -p node_modules dist\n[ \"$1\" = run ] && cat src/* > dist/index.html\nexit 0",
                log.display()
            ),
        );
        // cargo: a version, and a build that writes the app and its dep-info (src and the UI).
        script(
            "bin/cargo",
            &format!(
                "[ \"$1\" = --version ] && {{ echo 'cargo 1.95.0 (stand-in)'; exit 0; }}\necho \"cargo $*\" >> {log}\nmkdir -p target/debug\nprintf '#!/bin/sh\\necho app \"$@\" >> {log}\\n' > target/debug/fieldvault-app\nchmod +x target/debug/fieldvault-app\necho \"$PWD/target/debug/fieldvault-app: $PWD/src/main.rs $PWD/ui/dist/index.html\" > target/debug/fieldvault-app.d",
                log = log.display()
            ),
        );
        for (f, text) in
            [("ui/package-lock.json", "{}"), ("ui/src/App.svelte", "<p>one</p>"), ("schemas/a.json", "{}"), ("src/main.rs", "fn main() {}")]
        {
            std::fs::write(p(f), text).unwrap();
        }
        for f in ["Cargo.toml", "Cargo.lock"] {
            std::fs::write(p(f), "").unwrap();
        }
        std::fs::create_dir_all(p("src-tauri")).unwrap();
        std::fs::write(p("src-tauri/Cargo.toml"), "").unwrap();
        t
    }

    /// Runs run.sh; returns the calls it made, in order.
    fn launch(&self) -> Vec<String> {
        let log = self.dir.path().join("calls.log");
        let _ = std::fs::remove_file(&log);
        let out = Command::new("bash")
            .arg(self.dir.path().join("scripts/run.sh"))
            .arg("--demo")
            .env("HOME", self.dir.path().join("home"))
            .env("PATH", format!("{}:/usr/bin:/bin", self.dir.path().join("bin").display()))
            .env("DISPLAY", ":0")
            .output()
            .unwrap();
        assert!(out.status.success(), "run.sh failed: {}", String::from_utf8_lossy(&out.stderr));
        std::fs::read_to_string(&log).unwrap_or_default().lines().map(str::to_owned).collect()
    }
}

#[test]
fn run_sh_skips_setup_and_every_build_when_nothing_changed() {
    let t = Tree::new();
    let first = t.launch();
    assert_eq!(
        first,
        [
            "setup app",
            "npm ci --no-audit --no-fund --loglevel=error",
            "npm run build",
            "cargo build --locked --quiet -p fieldvault-app",
            "app --demo"
        ]
    );
    // Nothing changed: straight to the app.
    assert_eq!(t.launch(), ["app --demo"]);
    // A UI source changes: the UI is built again, and so is the app that embeds it.
    std::fs::write(t.dir.path().join("ui/src/App.svelte"), "<p>two</p>").unwrap();
    assert_eq!(t.launch(), ["npm run build", "cargo build --locked --quiet -p fieldvault-app", "app --demo"]);
    assert_eq!(t.launch(), ["app --demo"]);
    // A Rust source the app was built from changes: only cargo runs.
    std::fs::write(t.dir.path().join("src/main.rs"), "fn main() { println!(); }").unwrap();
    assert_eq!(t.launch(), ["cargo build --locked --quiet -p fieldvault-app", "app --demo"]);
    // The lock file of the UI's packages changes: npm ci and the UI build; the UI came out the
    // same, so the app is not rebuilt.
    std::fs::write(t.dir.path().join("ui/package-lock.json"), "{\"v\": 2}").unwrap();
    assert_eq!(t.launch(), ["npm ci --no-audit --no-fund --loglevel=error", "npm run build", "app --demo"]);
    // Setup's own script changes: setup runs again.
    let setup = t.dir.path().join("scripts/setup.sh");
    let text = std::fs::read_to_string(&setup).unwrap();
    std::fs::write(&setup, format!("{text}# changed\n")).unwrap();
    assert_eq!(t.launch(), ["setup app", "app --demo"]);
}
