//! Research workspace import benchmark (`cargo bench --bench import`); results go in
//! docs/benchmarks.md.
//!
//! One vault of 10,000 interviews (the five fixtures, each participant's pseudonym and birth
//! year varied) exports 100 bundles of 100 interviews. Then, in the same run, three rounds of:
//! 1. the baseline: each bundle decrypted and its plaintext hashed (SHA-256), nothing else;
//! 2. each bundle opened by the reader alone (`bundle::open`: decrypt, signature, every hash,
//!    tar safety, every record against the schema);
//! 3. the import of all 100 into a new workspace (what 2 does, plus the merge, one transaction
//!    per bundle, `synchronous=FULL`);
//! 4. the import of the same 100 again (a no-op: nothing is written).
//!
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
use secrecy::SecretString;
use sha2::Digest;

/// The CLI's allocator (src/main.rs), so that what is measured is what `fieldvault import` runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PASSPHRASE: &str = "benchmark passphrase, not a secret";

/// Bundles, and interviews per bundle (`FV_BENCH_BUNDLES`, `FV_BENCH_PER_BUNDLE` override them).
fn sizes() -> (usize, usize) {
    let var = |name: &str, default: usize| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    (var("FV_BENCH_BUNDLES", 100), var("FV_BENCH_PER_BUNDLE", 100))
}

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let out = f();
    (out, t.elapsed())
}

/// The `i`-th interview: a fixture with its own participant pseudonym and birth year.
fn interview(fixtures: &[serde_json::Value], i: usize) -> Interview {
    let mut v = fixtures[i % fixtures.len()].clone();
    v["participant"]["pseudonym"] = format!("BENCH-{i:05}").into();
    v["participant"]["birth_year"] = (1960 + (i % 40) as i64).into();
    parse_interview(&v.to_string()).unwrap()
}

fn main() {
    let (n_bundles, per_bundle) = sizes();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let base = root.join("target/bench-tmp");
    std::fs::create_dir_all(&base).unwrap();
    let dir = tempfile::tempdir_in(&base).unwrap();
    let pass = SecretString::from(PASSPHRASE.to_owned());

    let fixtures: Vec<serde_json::Value> = fieldvault::demo::FIXTURES.iter().map(|(_, j)| serde_json::from_str(j).unwrap()).collect();
    let researcher = age::x25519::Identity::generate();
    let mut profile = Profile::new("Benchmark study");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
    let opts = CreateOptions { work_factor: Some(fieldvault::keys::MIN_WORK_FACTOR), profile: Some(profile.clone()) };
    let mut vault = Vault::create(&dir.path().join("field.vault"), &pass, &opts).unwrap();
    let interviews: Vec<Interview> = (0..n_bundles * per_bundle).map(|i| interview(&fixtures, i)).collect();
    let mut ids = Vec::new();
    for chunk in interviews.chunks(1000) {
        ids.extend(vault.add_records(chunk).unwrap());
    }
    // Every fixture but Thanh's consents to sharing: a bundle holds 4 in 5 of its interviews.
    let bundles_dir = dir.path().join("bundles");
    std::fs::create_dir(&bundles_dir).unwrap();
    let (bundles, made_in) = time(|| {
        ids.chunks(per_bundle)
            .enumerate()
            .map(|(i, chunk)| {
                let out = bundles_dir.join(format!("b{i:03}.fvb"));
                let options = ExportOptions {
                    now: chrono::Utc::now(),
                    policy: Some(Policy { k: 1, ..Policy::default() }),
                    interviews: Some(chunk.to_vec()),
                    allow_suppression: false,
                };
                bundle::export(&mut vault, &out, &options).unwrap();
                out
            })
            .collect::<Vec<PathBuf>>()
    });
    let bytes: u64 = bundles.iter().map(|b| std::fs::metadata(b).unwrap().len()).sum();
    eprintln!("made {} bundles ({:.1} MB) in {:.1} s", bundles.len(), bytes as f64 / 1e6, made_in.as_secs_f64());

    profile.fieldworkers.push(Fieldworker { name: "Lan".into(), minisign_public_key: vault.signing_public_key().unwrap() });
    let roster = bundle::Roster::from_profile(&profile).unwrap();
    drop(vault);

    let (mut decrypt_hash, mut open, mut import, mut reimport) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut records = 0;
    for round in 0..3 {
        let (_, d) = time(|| {
            for b in &bundles {
                let plain = fieldvault::keys::decrypt(&researcher, &std::fs::read(b).unwrap()).unwrap();
                std::hint::black_box(sha2::Sha256::digest(&plain[..]));
            }
        });
        decrypt_hash.push(d);
        let (_, d) = time(|| {
            for b in &bundles {
                std::hint::black_box(bundle::open(b, &researcher, &roster).unwrap());
            }
        });
        open.push(d);

        let path = dir.path().join(format!("research-{round}.fvw"));
        let wopts = workspace::CreateOptions { work_factor: Some(fieldvault::keys::MIN_WORK_FACTOR) };
        let mut ws = Workspace::create(&path, &pass, researcher.clone(), profile.clone(), &wopts).unwrap();
        let (s, d) = time(|| ws.import(std::slice::from_ref(&bundles_dir), &mut |_| {}));
        assert!(s.refused.is_empty(), "{:?}", s.refused);
        assert_eq!(s.imported, bundles.len());
        records = s.counts.added;
        import.push(d);
        let (s, d) = time(|| ws.import(std::slice::from_ref(&bundles_dir), &mut |_| {}));
        assert_eq!((s.counts.added, s.counts.unchanged), (0, records));
        reimport.push(d);
        eprintln!(
            "round {}: import {:.0} ms, re-import {:.0} ms",
            round + 1,
            import[round].as_secs_f64() * 1e3,
            reimport[round].as_secs_f64() * 1e3
        );
    }

    println!(
        "{} bundles, {} interviews imported ({} per bundle exported, 4 in 5 consent to sharing), {:.1} MB; median of 3 rounds:\n",
        bundles.len(),
        records,
        per_bundle,
        bytes as f64 / 1e6
    );
    println!("| step | median (ms) | target |");
    println!("|---|---:|---|");
    println!("| decrypt + SHA-256 of the plaintext, alone (baseline) | {:.0} | |", median(decrypt_hash));
    println!("| `bundle::open` alone (decrypt, signature, hashes, tar, schema) | {:.0} | |", median(open));
    println!("| import into a new workspace (open + merge, one transaction per bundle) | {:.0} | ≤ 3000 |", median(import));
    println!("| re-import of the same bundles (no-op) | {:.0} | ≤ 500 |", median(reimport));
}
