//! Mutation testing: the real CLI fed seeded, hostile variants of every file it reads from
//! outside (interviews, profiles, policies, identity files, vault files and bundles).
//!
//! Every run must end (a timeout per run), without a panic, with an exit code from the README's
//! table, with at most 4 KB of error output; and a JSON document with text appended after it
//! must never be accepted. `FIELDVAULT_MUTANTS` (default 48, a few seconds) and
//! `FIELDVAULT_MUTATION_SEED` (default fixed) set the campaign; the figures of a large run are in
//! docs/reliability.md ("Mutation testing").

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{cli, fixture_paths, xorshift};

/// Exit codes the README documents.
const DOCUMENTED: std::ops::RangeInclusive<i32> = 0..=10;
/// Longest error output accepted, in bytes.
const MAX_STDERR: usize = 4096;
/// A run taking longer than this is a hang.
const TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Interview,
    Profile,
    Policy,
    Identity,
    Vault,
    Bundle,
}

const KINDS: [Kind; 6] = [Kind::Interview, Kind::Profile, Kind::Policy, Kind::Identity, Kind::Vault, Kind::Bundle];

impl Kind {
    fn is_json(self) -> bool {
        matches!(self, Kind::Interview | Kind::Profile | Kind::Policy)
    }
}

/// The files a campaign starts from, all valid and accepted.
struct Seeds {
    dir: tempfile::TempDir,
    interview: Vec<u8>,
    profile: Vec<u8>,
    policy: Vec<u8>,
    identity: Vec<u8>,
    vault: PathBuf,
    bundle: Vec<u8>,
}

fn ok(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn seeds() -> Seeds {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let keys = d.join("keys");
    for name in ["pi", "fw"] {
        ok(cli().args(["keygen", "--name", name, "--out-dir"]).arg(&keys));
    }
    let pi = std::fs::read_to_string(keys.join("pi.age.pub")).unwrap();
    let profile = d.join("profile.json");
    ok(cli()
        .args(["project", "init", "--name", "Mutation study", "--researcher", &format!("PI={}", pi.trim()), "--fieldworker"])
        .arg(format!("FW={}", keys.join("fw.minisign.pub").display()))
        .arg("--out")
        .arg(&profile));
    let vault = d.join("seed.vault");
    ok(cli().arg("--vault").arg(&vault).args(["vault", "init", "--profile"]).arg(&profile));
    for f in fixture_paths() {
        ok(cli().arg("--vault").arg(&vault).args(["record", "add"]).arg(f));
    }
    // The built-in policy with k = 1: five interviews are too few for the default k.
    let mut policy: serde_json::Value = serde_json::from_slice(&ok(cli().args(["schema", "default-policy"]))).unwrap();
    policy["k"] = 1.into();
    let policy = serde_json::to_vec_pretty(&policy).unwrap();
    std::fs::write(d.join("policy.json"), &policy).unwrap();
    let bundle = d.join("seed.fvb");
    ok(cli()
        .arg("--vault")
        .arg(&vault)
        .args(["export", "--approve-redactions", "--allow-suppression", "--policy"])
        .arg(d.join("policy.json"))
        .arg("--out")
        .arg(&bundle));
    Seeds {
        interview: std::fs::read(&fixture_paths()[0]).unwrap(),
        profile: std::fs::read(&profile).unwrap(),
        policy,
        identity: std::fs::read(keys.join("pi.age.key")).unwrap(),
        bundle: std::fs::read(&bundle).unwrap(),
        vault,
        dir,
    }
}

/// One seeded change to `bytes`; returns whether it appended text after a JSON document.
fn mutate(bytes: &mut Vec<u8>, seed: &mut u64, json: bool) -> bool {
    let mut pick = |n: usize| (xorshift(seed) % n.max(1) as u64) as usize;
    let len = bytes.len();
    let op = pick(if json { 11 } else { 8 });
    match op {
        // Flip one to eight random bits.
        0 => {
            for _ in 0..=pick(8) {
                let i = pick(len);
                let bit = pick(8);
                bytes[i] ^= 1 << bit;
            }
        }
        // Overwrite a byte with a boundary value.
        1 => {
            let i = pick(len);
            bytes[i] = [0x00, 0xff, 0x7f, 0x80, b'"', b'\\', b'{', b'\n'][pick(8)];
        }
        // Cut the file short.
        2 => bytes.truncate(pick(len)),
        // Remove a run.
        3 => {
            let i = pick(len);
            let n = pick(64).min(len - i);
            bytes.drain(i..i + n);
        }
        // Repeat a run in place.
        4 => {
            let i = pick(len);
            let n = pick(256).min(len - i);
            let run: Vec<u8> = bytes[i..i + n].to_vec();
            let at = pick(len);
            bytes.splice(at..at, run);
        }
        // Insert random bytes.
        5 => {
            let at = pick(len);
            let junk: Vec<u8> = (0..=pick(32)).map(|_| pick(256) as u8).collect();
            bytes.splice(at..at, junk);
        }
        // Grow a run enormously (a megabyte).
        6 => {
            let at = pick(len);
            let b = bytes[pick(len)];
            bytes.splice(at..at, std::iter::repeat_n(b, 1 << 20));
        }
        // Swap two runs.
        7 => {
            let (a, b) = (pick(len), pick(len));
            let n = pick(32).min(len - a.max(b));
            for k in 0..n {
                bytes.swap(a + k, b + k);
            }
        }
        // JSON only: text after the document.
        8 => {
            let tail: &[&[u8]] = &[b"{}", b" x", b"\n{\"format\": 1}", b"]", b"null", b"\0"];
            bytes.extend_from_slice(tail[pick(tail.len())]);
            return true;
        }
        // JSON only: a hidden or control character inside a string.
        9 => {
            if let Some(q) = bytes.iter().enumerate().filter(|(_, b)| **b == b'"').map(|(i, _)| i).nth(pick(64)) {
                let hidden: &[&[u8]] = &["\u{202e}".as_bytes(), b"\\u0000", "\u{200b}".as_bytes(), b"\\u001b[2J", "\u{2066}".as_bytes()];
                bytes.splice(q + 1..q + 1, hidden[pick(hidden.len())].iter().copied());
            }
        }
        // JSON only: a number or string replaced by a huge or odd value.
        _ => {
            if let Some(colon) = bytes.iter().enumerate().filter(|(_, b)| **b == b':').map(|(i, _)| i).nth(pick(128)) {
                let odd = ["1e999", "-1", "18446744073709551616", "\"\"", "[]", "{}", "true", "\"x\""];
                let big = format!("\"{}\"", "A".repeat(1 << 16));
                let value = if pick(4) == 0 { big } else { odd[pick(odd.len())].to_owned() };
                // Replace up to the next ',' or '}' after the colon.
                let end = bytes[colon + 1..].iter().position(|b| matches!(b, b',' | b'}' | b']')).map_or(bytes.len(), |p| colon + 1 + p);
                bytes.splice(colon + 1..end, format!(" {value}").into_bytes());
            }
        }
    }
    false
}

/// How one run ended.
struct Outcome {
    code: Option<i32>,
    stderr: Vec<u8>,
    hung: bool,
    elapsed: Duration,
}

fn run(mut cmd: Command, scratch: &Path) -> Outcome {
    let err_path = scratch.join("stderr");
    let err = std::fs::File::create(&err_path).unwrap();
    let start = Instant::now();
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(err).spawn().unwrap();
    let (code, hung) = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break (status.code(), false);
        }
        if start.elapsed() > TIMEOUT {
            child.kill().ok();
            child.wait().ok();
            break (None, true);
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Outcome { code, stderr: std::fs::read(&err_path).unwrap(), hung, elapsed: start.elapsed() }
}

/// Runs the CLI on one mutant of `kind`.
fn try_mutant(s: &Seeds, kind: Kind, seed: &mut u64, scratch: &Path) -> (Outcome, bool) {
    let original = match kind {
        Kind::Interview => s.interview.clone(),
        Kind::Profile => s.profile.clone(),
        Kind::Policy => s.policy.clone(),
        Kind::Identity => s.identity.clone(),
        Kind::Vault => std::fs::read(&s.vault).unwrap(),
        Kind::Bundle => s.bundle.clone(),
    };
    let mut bytes = original;
    let trailing = mutate(&mut bytes, seed, kind.is_json());
    let file = scratch.join("mutant");
    std::fs::write(&file, &bytes).unwrap();
    let bundle = s.dir.path().join("seed.fvb");
    let identity = s.dir.path().join("keys/pi.age.key");
    let mut cmd = cli();
    match kind {
        Kind::Interview => {
            let vault = scratch.join("scratch.vault");
            if !vault.exists() {
                std::fs::copy(&s.vault, &vault).unwrap();
            }
            cmd.arg("--vault").arg(vault).args(["record", "add"]).arg(&file);
        }
        Kind::Profile => {
            cmd.args(["project", "show"]).arg(&file);
        }
        Kind::Policy => {
            let out = scratch.join("policy.fvb");
            let _ = std::fs::remove_file(&out);
            cmd.arg("--vault")
                .arg(&s.vault)
                .args(["export", "--approve-redactions", "--allow-suppression", "--policy"])
                .arg(&file)
                .arg("--out")
                .arg(out);
        }
        Kind::Identity => {
            cmd.args(["bundle", "inspect", "--identity"]).arg(&file).arg(bundle);
        }
        Kind::Vault => {
            cmd.arg("--vault").arg(&file).args(["vault", "check"]);
        }
        Kind::Bundle => {
            cmd.args(["bundle", "inspect", "--identity"]).arg(identity).arg(&file);
        }
    }
    (run(cmd, scratch), trailing)
}

/// The campaign's figures.
#[derive(Default)]
struct Figures {
    runs: usize,
    by_kind: BTreeMap<String, BTreeMap<i32, usize>>,
    failures: Vec<String>,
    trailing_tried: usize,
    slowest: Duration,
    longest_stderr: usize,
    /// The first error line of the first run of each kind that ended with each exit code.
    samples: BTreeMap<(String, i32), String>,
}

fn campaign(count: usize, seed: u64) -> Figures {
    let s = seeds();
    let threads = 2;
    let per = count.div_ceil(threads);
    let results: Vec<Figures> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let s = &s;
                scope.spawn(move || {
                    let scratch = tempfile::tempdir().unwrap();
                    let mut f = Figures::default();
                    for n in 0..per {
                        let index = t * per + n;
                        if index >= count {
                            break;
                        }
                        let kind = KINDS[index % KINDS.len()];
                        // Each mutant has its own stream: the campaign is the same whatever the threads.
                        let mut stream = seed ^ (index as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
                        xorshift(&mut stream);
                        let (o, trailing) = try_mutant(s, kind, &mut stream, scratch.path());
                        let stderr = String::from_utf8_lossy(&o.stderr);
                        let what = format!("mutant {index} ({kind:?}, seed {seed:#x})");
                        if o.hung {
                            f.failures.push(format!("{what}: no answer in {TIMEOUT:?}"));
                        } else if o.code == Some(101) || stderr.contains("panicked") {
                            f.failures.push(format!("{what}: panic: {}", stderr.chars().take(300).collect::<String>()));
                        } else if !o.code.is_some_and(|c| DOCUMENTED.contains(&c)) {
                            f.failures.push(format!(
                                "{what}: exit {:?} is not documented: {}",
                                o.code,
                                stderr.chars().take(300).collect::<String>()
                            ));
                        }
                        if o.stderr.len() > MAX_STDERR {
                            f.failures.push(format!("{what}: {} bytes of error output", o.stderr.len()));
                        }
                        if trailing {
                            f.trailing_tried += 1;
                            if o.code == Some(0) {
                                f.failures.push(format!("{what}: text after the JSON document was accepted"));
                            }
                        }
                        f.runs += 1;
                        *f.by_kind.entry(format!("{kind:?}")).or_default().entry(o.code.unwrap_or(-1)).or_default() += 1;
                        let first_line = stderr.lines().find(|l| l.starts_with("error")).unwrap_or_default();
                        f.samples
                            .entry((format!("{kind:?}"), o.code.unwrap_or(-1)))
                            .or_insert_with(|| first_line.chars().take(200).collect());
                        f.slowest = f.slowest.max(o.elapsed);
                        f.longest_stderr = f.longest_stderr.max(o.stderr.len());
                    }
                    f
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut all = Figures::default();
    for f in results {
        all.runs += f.runs;
        all.trailing_tried += f.trailing_tried;
        all.failures.extend(f.failures);
        all.slowest = all.slowest.max(f.slowest);
        all.longest_stderr = all.longest_stderr.max(f.longest_stderr);
        for (k, line) in f.samples {
            all.samples.entry(k).or_insert(line);
        }
        for (k, codes) in f.by_kind {
            for (c, n) in codes {
                *all.by_kind.entry(k.clone()).or_default().entry(c).or_default() += n;
            }
        }
    }
    all
}

#[test]
fn mutated_inputs_never_panic_hang_or_flood_and_exit_with_documented_codes() {
    let count = std::env::var("FIELDVAULT_MUTANTS").ok().and_then(|v| v.parse().ok()).unwrap_or(48);
    let seed = std::env::var("FIELDVAULT_MUTATION_SEED")
        .ok()
        .and_then(|v| u64::from_str_radix(v.trim_start_matches("0x"), 16).ok())
        .unwrap_or(0x5eed_f1e1_d0a7_2026);
    let started = Instant::now();
    let f = campaign(count, seed);
    eprintln!(
        "mutation: {} runs (seed {seed:#x}) in {:.1} s; slowest run {:.2} s; longest error output {} bytes; {} with text after a JSON document",
        f.runs,
        started.elapsed().as_secs_f64(),
        f.slowest.as_secs_f64(),
        f.longest_stderr,
        f.trailing_tried
    );
    for (kind, codes) in &f.by_kind {
        eprintln!("mutation: {kind}: exit codes {codes:?}");
    }
    for ((kind, code), line) in &f.samples {
        eprintln!("mutation: {kind} exit {code}, e.g. {line}");
    }
    assert_eq!(f.runs, count);
    assert!(f.failures.is_empty(), "{} failures:\n{}", f.failures.len(), f.failures.join("\n"));
}
