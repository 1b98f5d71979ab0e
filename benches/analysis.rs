//! Analysis export benchmark (`cargo bench --bench analysis`); results go in
//! docs/benchmarks.md ("Analysis export").
//!
//! 10,000 de-identified interviews: the study's fixtures as a fieldworker's export makes them
//! (`bundle::prepare`, k = 1), copied under fresh pseudonymous ids with the birth band, gender
//! and fees varied. Timed, median of five runs each, alternately in the same process:
//! 1. `analysis::export`: CSV, data package, Stata `.dta`, Parquet, codebook (Markdown and HTML),
//!    withdrawn and resolution lists, into a new folder (atomic rename included);
//! 2. the baseline: the same tables' rows (`bundle::tables::record_rows`) written as plain CSV
//!    files, nothing else — what any tabular export of these records costs.
//!
//! Each run's CPU time (user + system, all threads, `getrusage`) is taken too, and the load
//! average before and after: on a shared machine the wall time says little without them.
//!
//! `FV_BENCH_N` changes the number of interviews.

use std::time::{Duration, Instant};

use fieldvault::analysis::{self, Dataset, Options};
use fieldvault::bundle::{self, tables, ExportOptions};
use fieldvault::deid::Policy;
use fieldvault::profile::{Member, Profile};
use fieldvault::schema::parse_interview;
use fieldvault::vault::{CreateOptions, Vault};
use secrecy::SecretString;
use serde_json::{json, Value};

/// The CLI's allocator (src/main.rs), so that what is measured is what the CLI runs.
mod common;
use common::{cpu_time, load};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn records(n: usize) -> (Policy, Vec<Value>) {
    let dir = tempfile::tempdir().unwrap();
    let researcher = age::x25519::Identity::generate();
    let mut profile = Profile::new("bench");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
    let opts = CreateOptions { work_factor: Some(fieldvault::keys::work_factor_floor()), profile: Some(profile) };
    let mut vault =
        Vault::create(&dir.path().join("bench.vault"), &SecretString::from("bench passphrase for the analysis".to_owned()), &opts).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/interviews");
    let mut paths: Vec<_> = std::fs::read_dir(root).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let fixtures: Vec<_> = paths.iter().map(|p| parse_interview(&std::fs::read_to_string(p).unwrap()).unwrap()).collect();
    vault.add_records(&fixtures).unwrap();
    let policy = Policy { k: 1, ..Policy::default() };
    let o = ExportOptions { now: chrono::Utc::now(), policy: Some(policy.clone()), interviews: None, allow_suppression: false };
    let base = bundle::prepare(&vault, &o).unwrap().records().to_vec();
    let bands = ["1965-1969", "1970-1974", "1975-1979", "1980-1984", "1985-1989", "1990-1994", "1995-1999"];
    let out = (0..n)
        .map(|i| {
            let mut r = base[i % base.len()].clone();
            r["interview_id"] = json!(format!("p_{:016x}", (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)));
            if let Some(p) = r.get_mut("participant").and_then(Value::as_object_mut) {
                if p.contains_key("birth_year") {
                    p.insert("birth_year".into(), json!(bands[i % bands.len()]));
                }
                p.insert("gender".into(), json!(["woman", "man"][i % 2]));
            }
            if let Some(eps) = r.get_mut("migration_episodes").and_then(Value::as_array_mut) {
                for e in eps {
                    for f in e.get_mut("fees").and_then(Value::as_array_mut).into_iter().flatten() {
                        if let Some(a) = f.pointer_mut("/amount/amount") {
                            *a = json!((a.as_f64().unwrap_or(0.0) * (1.0 + (i % 7) as f64 / 10.0)).round());
                        }
                    }
                }
            }
            r
        })
        .collect();
    (policy, out)
}

fn plain_csv(dir: &std::path::Path, policy: &Policy, records: &[Value]) {
    let layout = tables::layout(policy);
    std::fs::create_dir_all(dir).unwrap();
    let mut writers: Vec<csv::Writer<std::io::BufWriter<std::fs::File>>> = layout
        .iter()
        .map(|t| {
            let mut w =
                csv::Writer::from_writer(std::io::BufWriter::new(std::fs::File::create(dir.join(format!("{}.csv", t.name))).unwrap()));
            w.write_record(tables::header(t)).unwrap();
            w
        })
        .collect();
    for r in records {
        for (t, rows) in tables::record_rows(&layout, r).into_iter().enumerate() {
            for row in rows {
                writers[t].write_record(&row).unwrap();
            }
        }
    }
    for w in writers {
        w.into_inner().unwrap().into_inner().unwrap().sync_all().unwrap();
    }
}

fn main() {
    let n = std::env::var("FV_BENCH_N").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let (policy, recs) = records(n);
    let rows: usize = {
        let layout = tables::layout(&policy);
        recs.iter().map(|r| tables::record_rows(&layout, r).iter().map(Vec::len).sum::<usize>()).sum()
    };
    let dataset = Dataset {
        project_id: "00000000-0000-4000-8000-000000000000".into(),
        policy: policy.clone(),
        records: recs,
        removals: Vec::new(),
        resolutions: Vec::new(),
    };
    let scratch = tempfile::tempdir().unwrap();
    let (mut full, mut plain, mut full_cpu, mut plain_cpu) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut summary = None;
    let load_before = load();
    for run in 0..5 {
        let out = scratch.path().join(format!("analysis-{run}"));
        let (t, c) = (Instant::now(), cpu_time());
        summary = Some(analysis::export(&out, &dataset, &Options::default()).unwrap());
        full.push(t.elapsed());
        full_cpu.push(cpu_time() - c);
        let (t, c) = (Instant::now(), cpu_time());
        plain_csv(&scratch.path().join(format!("plain-{run}")), &policy, &dataset.records);
        plain.push(t.elapsed());
        plain_cpu.push(cpu_time() - c);
    }
    let load_after = load();
    let s = summary.unwrap();
    let size: u64 = s.files.iter().map(|f| std::fs::metadata(scratch.path().join("analysis-4").join(f)).unwrap().len()).sum();
    println!("load average {load_before:.1} before, {load_after:.1} after\n");
    println!("| what ({n} interviews, {rows} rows in {} tables) | wall, median of 5 (ms) | CPU user+sys, median (ms) |", s.rows.len());
    println!("|---|---:|---:|");
    println!(
        "| `analysis::export`: CSV + datapackage.json + .dta + Parquet + codebook (md, html) + lists, {:.1} MB | {:.0} | {:.0} |",
        size as f64 / 1e6,
        median(full),
        median(full_cpu)
    );
    println!("| baseline: the same rows as plain CSV files alone | {:.0} | {:.0} |", median(plain), median(plain_cpu));
}
