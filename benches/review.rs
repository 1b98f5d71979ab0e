//! The ethics review's disclosure-risk recomputation on 10,000 records (`cargo bench --bench
//! review`): every measure of `review::risk::measure` (classes, k, sample uniques, prosecutor
//! risk, l-diversity of two attributes, minimal sample uniques of up to three of five
//! quasi-identifiers), against baselines in the same run: the export's k-anonymity grouping
//! alone (`deid::kanon::evaluate`), a plain group-by on the values' text (a `BTreeMap`), and,
//! where `target/pycanon` exists (scripts/setup.sh app), pycanon's k and l and a pandas
//! group-by on the same table. Target (issue 20): ≤ 50 ms for 10,000 records.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use fieldvault::deid::kanon::{evaluate, qi_value};
use fieldvault::review::risk;
use serde_json::{json, Value};

const ROWS: usize = 10_000;
const RUNS: usize = 21;

/// Records shaped like a bundle's: the built-in policy's quasi-identifiers (with the
/// migration episodes as lists) and two sensitive attributes.
fn records() -> Vec<Value> {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let provinces = ["Hải Dương", "Hưng Yên", "Thái Bình", "Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Nam Định", "Bắc Giang"];
    (0..ROWS)
        .map(|i| {
            let band = 1955 + 5 * (next(6) + next(3));
            let episodes: Vec<Value> = (0..1 + next(2))
                .map(|_| {
                    let country = ["JP", "TW", "KR"][next(3) as usize];
                    let status = ["technical_intern_trainee", "specified_skilled_worker", "undocumented", "domestic_worker"][next(4) as usize];
                    json!({"destination_country": country, "status": status})
                })
                .collect();
            let gender = ["woman", "man"][next(2) as usize];
            let province = provinces[next(8) as usize];
            let marital = ["married", "single", "divorced"][next(3) as usize];
            let exit = ["ran_away", "returned", "transferred", "deported"][next(4) as usize];
            json!({
                "interview_id": format!("p_{i:016x}"),
                "participant": {"birth_year": format!("{band}-{}", band + 4), "gender": gender, "origin": {"province": province}, "marital_status": marital},
                "migration_episodes": episodes,
                "exit": exit,
            })
        })
        .collect()
}

/// Median of `RUNS` timings of `f`.
fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let records = records();
    let qis: Vec<String> = fieldvault::deid::policy::DEFAULT_QUASI_IDENTIFIERS.iter().map(|s| s.to_string()).collect();
    let sensitive: Vec<String> = vec!["participant.marital_status".into(), "exit".into()];

    let r = risk::measure(&records, &qis, &sensitive);
    println!(
        "{ROWS} records, {} quasi-identifiers: {} classes, k = {}, {} sample uniques, l = {:?}, {} records with a minimal sample unique",
        qis.len(),
        r.class_sizes.len(),
        r.k,
        r.sample_uniques,
        r.l(),
        r.minimal_uniques.records
    );
    let all = median(|| {
        std::hint::black_box(risk::measure(&records, &qis, &sensitive));
    });
    let no_suda = median(|| {
        // The classes (k, uniques, prosecutor risk) and the sensitive attributes' codes (l),
        // without the minimal-sample-unique search.
        let t = fieldvault::deid::kanon::QiTable::from_records(&records, &qis);
        std::hint::black_box(t.group_sizes().len());
        std::hint::black_box(fieldvault::deid::kanon::QiTable::from_records(&records, &sensitive).group_sizes().len());
    });
    let kanon = median(|| {
        std::hint::black_box(evaluate(&records, &qis, 5));
    });
    let by_text = median(|| {
        let mut groups: BTreeMap<Vec<String>, usize> = BTreeMap::new();
        for rec in &records {
            *groups.entry(qis.iter().map(|q| qi_value(rec, q)).collect()).or_default() += 1;
        }
        std::hint::black_box(groups.len());
    });
    println!("| what | median of {RUNS} runs |\n|---|---|");
    println!("| review::risk::measure: every measure (target ≤ 50 ms) | {:.2} ms |", all.as_secs_f64() * 1e3);
    println!("| its grouping and l-diversity alone, without minimal sample uniques | {:.2} ms |", no_suda.as_secs_f64() * 1e3);
    println!("| baseline: the export's k-anonymity (`deid::kanon::evaluate`, k only) | {:.2} ms |", kanon.as_secs_f64() * 1e3);
    println!("| baseline: a plain group-by on the values' text (`BTreeMap`) | {:.2} ms |", by_text.as_secs_f64() * 1e3);
    pycanon(&records);
}

/// pycanon's k and l and a pandas group-by on the same table, timed inside Python (the
/// interpreter's start and the CSV's reading are not counted).
fn pycanon(records: &[Value]) {
    let python = std::path::Path::new("target/pycanon/bin/python");
    if !python.exists() {
        println!("| pycanon / pandas | not installed (scripts/setup.sh app makes target/pycanon) |");
        return;
    }
    let dir = std::env::temp_dir().join(format!("fieldvault-bench-review-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut csv = csv::Writer::from_path(dir.join("t.csv")).unwrap();
    csv.write_record(["b", "g", "p", "c", "s", "m", "x"]).unwrap();
    for r in records {
        let cells = [
            "participant.birth_year",
            "participant.gender",
            "participant.origin.province",
            "migration_episodes[].destination_country",
            "migration_episodes[].status",
            "participant.marital_status",
            "exit",
        ]
        .map(|q| qi_value(r, q));
        csv.write_record(&cells).unwrap();
    }
    csv.flush().unwrap();
    let script = r#"
import sys, time, statistics
import pandas as pd
from pycanon import anonymity
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
qi = ["b", "g", "p", "c", "s"]
def med(f):
    ts = []
    for _ in range(7):
        t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    return statistics.median(ts) * 1e3
print("| pycanon k_anonymity and l_diversity (two attributes) | %.1f ms |" % med(lambda: (anonymity.k_anonymity(df, qi), anonymity.l_diversity(df, qi, ["m", "x"]))))
print("| pandas group-by sizes | %.1f ms |" % med(lambda: df.groupby(qi).size()))
"#;
    let o = std::process::Command::new(python).arg("-c").arg(script).arg(dir.join("t.csv")).output().unwrap();
    print!("{}", String::from_utf8_lossy(&o.stdout));
    if !o.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&o.stderr));
    }
    let _ = std::fs::remove_dir_all(&dir);
}
