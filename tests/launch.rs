//! Starting: the scripts find a working toolchain. Under a fresh HOME the rustup proxy in PATH
//! has no toolchain and fails; `scripts/setup.sh` then installs Debian's cargo into /usr/bin,
//! behind that proxy on PATH, and must use it rather than report that none could be installed.

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
