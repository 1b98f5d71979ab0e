//! Shared helpers: temp dirs, fixtures, fast vault options.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Paths of the five fixture interviews, sorted.
pub fn fixture_paths() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("tests/fixtures/interviews"))
        .expect("tests/fixtures/interviews exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

/// The JSON text of a file.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

use fieldvault::schema::{parse_interview, Interview};
use fieldvault::vault::{CreateOptions, Vault};
use secrecy::SecretString;

/// The passphrase every test vault uses.
pub const PASS: &str = "correct horse battery staple";

/// The test passphrase as a secret.
pub fn pass() -> SecretString {
    SecretString::from(PASS.to_owned())
}

/// Vault options with the cheapest scrypt work factor, so tests run fast.
pub fn fast() -> CreateOptions {
    CreateOptions { work_factor: Some(fieldvault::keys::MIN_WORK_FACTOR), profile: None }
}

/// The five fixture interviews, parsed and validated.
pub fn fixtures() -> Vec<Interview> {
    fixture_paths().iter().map(|p| parse_interview(&read(p)).unwrap()).collect()
}

/// A fresh temp dir and a new unlocked vault inside it.
pub fn new_vault() -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::create(&dir.path().join("test.vault"), &pass(), &fast()).unwrap();
    (dir, vault)
}

/// The `fieldvault` binary built for these tests.
pub fn cli() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_fieldvault"));
    c.env("FIELDVAULT_PASSPHRASE", PASS).env("FIELDVAULT_KDF_WORK_FACTOR", "10").env_remove("FIELDVAULT_VAULT");
    c
}

/// Every file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Whether `needle` occurs in `hay`.
pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A tool from the Python venv that `scripts/setup.sh app` makes in `target/pytools`
/// (frictionless, python with jsonschema). Missing is a failure under CI, a skip elsewhere.
pub fn py_tool(name: &str) -> Option<PathBuf> {
    let p = root().join("target/pytools/bin").join(name);
    if p.is_file() {
        return Some(p);
    }
    assert!(std::env::var_os("CI").is_none(), "{} is missing under CI: scripts/setup.sh app installs it", p.display());
    None
}

/// Compares a committed schema in `schemas/` with the generated one; `FIELDVAULT_BLESS=1`
/// rewrites it instead.
pub fn check_committed(file: &str, generated: &serde_json::Value) {
    let path = root().join("schemas").join(file);
    let text = serde_json::to_string_pretty(generated).unwrap() + "\n";
    if std::env::var_os("FIELDVAULT_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "schemas/{file} differs from the Rust types: run `FIELDVAULT_BLESS=1 cargo test committed` and commit the result"
    );
}

/// Runs a prepared command with `stdin` piped in (closed at once when `None`); returns its output.
pub fn run_with_stdin(cmd: &mut std::process::Command, stdin: Option<&str>) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(s) = stdin {
        input.write_all(s.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// The lines `r` gives (a child's stdout or stderr), sent as they come by a thread of their
/// own; the channel closes when `r` ends.
pub fn lines_of(r: impl std::io::Read + Send + 'static) -> (std::sync::mpsc::Receiver<String>, std::thread::JoinHandle<()>) {
    use std::io::BufRead;
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in std::io::BufReader::new(r).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (rx, reader)
}

/// The next number of a fixed xorshift stream (random delays that are the same every run).
pub fn xorshift(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// A roster holding the key a bundle's own manifest names, read without any check: for tests
/// about what a bundle holds, where the vault that signed it is out of reach (a session's). Tests
/// about who signed give the vault's key or a profile's roster instead.
pub fn roster_of_its_exporter(bundle: &Path, identity: &age::x25519::Identity) -> fieldvault::bundle::Roster {
    let tar = fieldvault::keys::decrypt(identity, &std::fs::read(bundle).unwrap()).unwrap();
    let mut archive = tar::Archive::new(&tar[..]);
    let mut first = archive.entries().unwrap().next().unwrap().unwrap();
    let manifest: fieldvault::bundle::Manifest = serde_json::from_reader(&mut first).unwrap();
    let mut roster = fieldvault::bundle::Roster::new();
    roster.add("its exporter", &manifest.exporter.public_key).unwrap();
    roster
}
