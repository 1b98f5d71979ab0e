//! Research workspace import benchmark (`cargo bench --bench import`); results go in
//! docs/benchmarks.md ("Research workspace import").
//!
//! Ten fieldworkers' vaults of 1,000 interviews each (the five fixtures, each participant's
//! pseudonym and birth year varied) export 100 bundles of 100 interviews, all ten fieldworkers on
//! the profile's roster. The bundles are kept in `target/bench-tmp/import-100x100/` and reused
//! by the next run (making them takes minutes, and what is measured is reading them);
//! `FV_BENCH_FRESH=1` makes them again. Then, in the same process, three rounds of:
//! 1. the baseline: each bundle decrypted and its plaintext hashed (SHA-256), nothing else;
//! 2. each bundle opened by the reader alone (`bundle::open`: decrypt, signature, every hash,
//!    tar safety, every record against the schema);
//! 3. the import of all 100 into a new workspace (what 2 does, plus the merge, one transaction
//!    per bundle, `synchronous=FULL`);
//! 4. the import of the same 100 again (a no-op: nothing is written).
//!
//! `FV_BENCH_IMPORT_ONLY=1` runs steps 3 and 4 alone (to profile them, e.g. under `perf record`).
//!
//! Each step's wall time and CPU time (user + system, all threads, `getrusage`) are taken, and
//! the load average after it: on a shared machine the wall time says little without them.
//! Targets (issue 19): import ≤ 3 s, re-import ≤ 0.5 s. The medians are printed as a Markdown
//! table. Hand-rolled timing, as in `benches/vault.rs`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fieldvault::bundle::{self, ExportOptions};
use fieldvault::deid::Policy;
use fieldvault::profile::{Fieldworker, Member, Profile};
use fieldvault::schema::{parse_interview, Interview};
use fieldvault::vault::{CreateOptions, Vault};
use fieldvault::workspace::{self, Workspace};
use secrecy::{ExposeSecret, SecretString};
use sha2::Digest;

/// The CLI's allocator (src/main.rs), so that what is measured is what `fieldvault import` runs.
mod common;
use common::{cpu_time, load};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PASSPHRASE: &str = "benchmark passphrase, not a secret";

/// Fieldworkers (vaults) the bundles come from.
const FIELDWORKERS: usize = 10;

/// Bundles, and interviews per bundle (`FV_BENCH_BUNDLES`, `FV_BENCH_PER_BUNDLE` override them).
fn sizes() -> (usize, usize) {
    let var = |name: &str, default: usize| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    (var("FV_BENCH_BUNDLES", 100), var("FV_BENCH_PER_BUNDLE", 100))
}

/// Wall and CPU time of one step, and the 1-minute load average after it.
#[derive(Clone, Copy)]
struct Sample {
    wall: Duration,
    cpu: Duration,
    load: f64,
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Sample) {
    let (t, c) = (Instant::now(), cpu_time());
    let out = f();
    let (wall, cpu) = (t.elapsed(), cpu_time() - c);
    (out, Sample { wall, cpu, load: load() })
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median wall, median CPU (ms), and the range of load averages of a step's rounds.
fn summary(v: &[Sample]) -> (f64, f64, f64, f64) {
    let med = |mut x: Vec<f64>| {
        x.sort_by(f64::total_cmp);
        x[x.len() / 2]
    };
    let loads: Vec<f64> = v.iter().map(|s| s.load).collect();
    (
        med(v.iter().map(|s| ms(s.wall)).collect()),
        med(v.iter().map(|s| ms(s.cpu)).collect()),
        loads.iter().copied().fold(f64::INFINITY, f64::min),
        loads.iter().copied().fold(0.0, f64::max),
    )
}

/// The `i`-th interview: a fixture with its own participant pseudonym and birth year.
fn interview(fixtures: &[serde_json::Value], i: usize) -> Interview {
    let mut v = fixtures[i % fixtures.len()].clone();
    v["participant"]["pseudonym"] = format!("BENCH-{i:05}").into();
    v["participant"]["birth_year"] = (1960 + (i % 40) as i64).into();
    parse_interview(&v.to_string()).unwrap()
}

/// The bundles, the researcher who can open them, and the profile whose roster signs them.
struct Set {
    bundles: Vec<PathBuf>,
    researcher: age::x25519::Identity,
    profile: Profile,
}

impl Set {
    /// The set kept in `dir`, if it is complete and its first bundle still opens.
    fn load(dir: &Path, n_bundles: usize) -> Option<Set> {
        let researcher: age::x25519::Identity = std::fs::read_to_string(dir.join("researcher.key")).ok()?.trim().parse().ok()?;
        let profile = Profile::from_json(&std::fs::read_to_string(dir.join("profile.json")).ok()?).ok()?;
        let mut bundles: Vec<PathBuf> = std::fs::read_dir(dir.join("bundles")).ok()?.map(|e| e.unwrap().path()).collect();
        bundles.sort();
        let roster = bundle::Roster::from_profile(&profile).ok()?;
        if bundles.len() != n_bundles || bundle::open(&bundles[0], &researcher, &roster).is_err() {
            return None;
        }
        Some(Set { bundles, researcher, profile })
    }

    /// Makes the set in `dir` (written beside it, then renamed).
    fn make(dir: &Path, n_bundles: usize, per_bundle: usize) -> Set {
        let tmp = dir.with_extension("making");
        let _ = std::fs::remove_dir_all(&tmp);
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(tmp.join("bundles")).unwrap();
        let pass = SecretString::from(PASSPHRASE.to_owned());
        let fixtures: Vec<serde_json::Value> = fieldvault::demo::FIXTURES.iter().map(|(_, j)| serde_json::from_str(j).unwrap()).collect();
        let researcher = age::x25519::Identity::generate();
        let mut profile = Profile::new("Benchmark study");
        profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
        let opts = CreateOptions { work_factor: Some(fieldvault::keys::work_factor_floor()), profile: Some(profile.clone()) };
        let per_worker = n_bundles.div_ceil(FIELDWORKERS);
        let mut made = 0;
        for w in 0..FIELDWORKERS {
            let count = per_worker.min(n_bundles - made);
            if count == 0 {
                break;
            }
            let mut vault = Vault::create(&tmp.join(format!("field-{w}.vault")), &pass, &opts).unwrap();
            let first = made * per_bundle;
            let interviews: Vec<Interview> = (first..first + count * per_bundle).map(|i| interview(&fixtures, i)).collect();
            let mut ids = Vec::new();
            for chunk in interviews.chunks(1000) {
                ids.extend(vault.add_records(chunk).unwrap());
            }
            // Every fixture but Thanh's consents to sharing: a bundle holds 4 in 5 of its interviews.
            for chunk in ids.chunks(per_bundle) {
                let options = ExportOptions {
                    now: chrono::Utc::now(),
                    policy: Some(Policy { k: 1, ..Policy::default() }),
                    interviews: Some(chunk.to_vec()),
                    allow_suppression: false,
                };
                bundle::export(&mut vault, &tmp.join(format!("bundles/b{made:03}.fvb")), &options).unwrap();
                made += 1;
            }
            profile
                .fieldworkers
                .push(Fieldworker { name: format!("Fieldworker {w}"), minisign_public_key: vault.signing_public_key().unwrap() });
            drop(vault);
            std::fs::remove_file(tmp.join(format!("field-{w}.vault"))).unwrap();
        }
        std::fs::write(tmp.join("researcher.key"), researcher.to_string().expose_secret()).unwrap();
        std::fs::write(tmp.join("profile.json"), profile.to_json()).unwrap();
        std::fs::rename(&tmp, dir).unwrap();
        Set::load(dir, n_bundles).expect("the bundles just made open")
    }
}

fn main() {
    let (n_bundles, per_bundle) = sizes();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let base = root.join("target/bench-tmp");
    std::fs::create_dir_all(&base).unwrap();
    let kept = base.join(format!("import-{n_bundles}x{per_bundle}"));
    let fresh = std::env::var_os("FV_BENCH_FRESH").is_some_and(|v| v == "1");
    let set = match Set::load(&kept, n_bundles).filter(|_| !fresh) {
        Some(set) => {
            eprintln!("using the bundles kept in {} (FV_BENCH_FRESH=1 makes them again)", kept.display());
            set
        }
        None => {
            let (set, made) = time(|| Set::make(&kept, n_bundles, per_bundle));
            eprintln!("made {} bundles in {:.1} s", set.bundles.len(), made.wall.as_secs_f64());
            set
        }
    };
    let Set { bundles, researcher, profile } = set;
    let bundles_dir = kept.join("bundles");
    let bytes: u64 = bundles.iter().map(|b| std::fs::metadata(b).unwrap().len()).sum();
    let roster = bundle::Roster::from_profile(&profile).unwrap();
    let dir = tempfile::tempdir_in(&base).unwrap();
    let pass = SecretString::from(PASSPHRASE.to_owned());

    let (mut decrypt_hash, mut open, mut import, mut reimport) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut records = 0;
    let load_before = load();
    let import_only = std::env::var_os("FV_BENCH_IMPORT_ONLY").is_some_and(|v| v == "1");
    for round in 0..3 {
        let (_, s) = time(|| {
            for b in bundles.iter().filter(|_| !import_only) {
                let plain = fieldvault::keys::decrypt(&researcher, &std::fs::read(b).unwrap()).unwrap();
                std::hint::black_box(sha2::Sha256::digest(&plain[..]));
            }
        });
        decrypt_hash.push(s);
        let (_, s) = time(|| {
            for b in bundles.iter().filter(|_| !import_only) {
                std::hint::black_box(bundle::open(b, &researcher, &roster).unwrap());
            }
        });
        open.push(s);

        let path = dir.path().join(format!("research-{round}.fvw"));
        let wopts = workspace::CreateOptions { work_factor: Some(fieldvault::keys::work_factor_floor()) };
        let mut ws = Workspace::create(&path, &pass, researcher.clone(), profile.clone(), &wopts).unwrap();
        let (s, t) = time(|| ws.import(std::slice::from_ref(&bundles_dir), &mut |_| {}));
        assert!(s.refused.is_empty(), "{:?}", s.refused);
        assert_eq!(s.imported, bundles.len());
        records = s.counts.added;
        import.push(t);
        let (s, t) = time(|| ws.import(std::slice::from_ref(&bundles_dir), &mut |_| {}));
        assert_eq!((s.counts.added, s.counts.unchanged), (0, records));
        reimport.push(t);
        eprintln!(
            "round {}: decrypt+hash {:.0} ms, reader {:.0} ms, import {:.0} ms (CPU {:.0} ms), re-import {:.0} ms",
            round + 1,
            ms(decrypt_hash[round].wall),
            ms(open[round].wall),
            ms(import[round].wall),
            ms(import[round].cpu),
            ms(reimport[round].wall)
        );
        drop(ws);
        std::fs::remove_file(&path).unwrap();
    }

    println!(
        "{} bundles, {} interviews imported ({} per bundle exported, 4 in 5 consent to sharing), {:.1} MB; \
         median of 3 rounds; load average {:.1} before, {:.1}–{:.1} during:\n",
        bundles.len(),
        records,
        per_bundle,
        bytes as f64 / 1e6,
        load_before,
        [&decrypt_hash, &open, &import, &reimport].iter().map(|v| summary(v).2).fold(f64::INFINITY, f64::min),
        [&decrypt_hash, &open, &import, &reimport].iter().map(|v| summary(v).3).fold(0.0, f64::max),
    );
    println!("| step | wall, median (ms) | CPU user+sys, median (ms) | load average after | target (wall) |");
    println!("|---|---:|---:|---|---|");
    let row = |what: &str, v: &[Sample], target: &str| {
        let (wall, cpu, lo, hi) = summary(v);
        println!("| {what} | {wall:.0} | {cpu:.0} | {lo:.1}–{hi:.1} | {target} |");
    };
    row("decrypt + SHA-256 of the plaintext, alone (baseline)", &decrypt_hash, "");
    row("`bundle::open` alone (decrypt, signature, hashes, tar, schema)", &open, "");
    row("import into a new workspace (open + merge, one transaction per bundle)", &import, "≤ 3000");
    row("re-import of the same bundles (no-op)", &reimport, "≤ 500");
}
