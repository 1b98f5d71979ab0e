//! Vault benchmarks (run with `cargo bench --bench vault`); results go in docs/benchmarks.md.
//!
//! 1. Saving one interview durably, against a plain SQLite insert of the same JSON with the
//!    same durability (WAL, synchronous=FULL), measured in the same run on the same disk.
//! 2. Unlocking and listing 10,000 interviews, with the scrypt step timed apart.
//!
//! Hand-rolled timing (median and p95 of many runs) keeps the build free of a benchmark framework.

use std::path::Path;
use std::time::{Duration, Instant};

use fieldvault::schema::parse_interview;
use fieldvault::vault::{CreateOptions, Vault};
use secrecy::SecretString;

// The allocator of the CLI and the desktop app.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn stats(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(v[v.len() / 2]), ms(v[v.len() * 95 / 100]))
}

/// A plain SQLite table for the baseline: the same JSON, WAL, `synchronous=FULL`, and the
/// vault's page cache (16 MiB), so that only the work differs.
fn plain_sqlite(path: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.pragma_update(None, "cache_size", -fieldvault::store::PAGE_CACHE_KIB).unwrap();
    conn.execute_batch("CREATE TABLE r (id TEXT PRIMARY KEY, at TEXT, body TEXT)").unwrap();
    conn
}

/// One durable insert into the plain table, timed.
fn plain_insert(conn: &rusqlite::Connection, json: &str) -> Duration {
    let t = Instant::now();
    let tx = conn.unchecked_transaction().unwrap();
    tx.execute("INSERT INTO r VALUES (?1, ?2, ?3)", (uuid::Uuid::now_v7().to_string(), "2026-11-24T00:00:00Z", json)).unwrap();
    tx.commit().unwrap();
    t.elapsed()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(root.join("tests/fixtures/interviews/03_xuan.json")).unwrap();
    let interview = parse_interview(&json).unwrap();
    let pass = SecretString::from("benchmark passphrase".to_owned());
    // Same disk as the build, not a tmpfs: durability costs must be real.
    let base = root.join("target/bench-tmp");
    std::fs::create_dir_all(&base).unwrap();
    let dir = tempfile::tempdir_in(&base).unwrap();
    let mut report = String::new();

    // 1. Durable save.
    let n = 600;
    let fast = CreateOptions { work_factor: Some(fieldvault::keys::work_factor_floor()), profile: None };
    let mut vault = Vault::create(&dir.path().join("save.vault"), &pass, &fast).unwrap();
    for _ in 0..20 {
        vault.add_record(&interview).unwrap(); // warm-up
    }
    // Saves and plain inserts alternate, so both meet the disk in the same state.
    let plain_db = plain_sqlite(&dir.path().join("plain.db"));
    for _ in 0..20 {
        plain_insert(&plain_db, &json); // warm-up
    }
    let (mut saves, mut plain) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for _ in 0..n {
        let t = Instant::now();
        vault.add_record(&interview).unwrap();
        saves.push(t.elapsed());
        plain.push(plain_insert(&plain_db, &json));
    }
    let (vm, vp) = stats(saves);
    let (pm, pp) = stats(plain);
    report += &format!(
        "| save one interview durably ({} B JSON) | median {vm:.2} ms, p95 {vp:.2} ms | plain SQLite insert, same durability: median {pm:.2} ms, p95 {pp:.2} ms | ratio {:.2}× (target ≤ 1.5×, median ≤ 5 ms) |\n",
        json.len(),
        vm / pm
    );
    drop(vault);

    // 2. Unlock + list 10,000.
    let path = dir.path().join("list.vault");
    let mut vault = Vault::create(&path, &pass, &fast).unwrap();
    let batch: Vec<_> = (0..1000).map(|_| interview.clone()).collect();
    for _ in 0..10 {
        vault.add_records(&batch).unwrap();
    }
    drop(vault);
    let mut runs = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let mut v = Vault::open(&path).unwrap();
        v.unlock(&pass).unwrap(); // work factor 2^10: the scrypt step is ~1 ms here
        let list = v.list_records().unwrap();
        assert_eq!(list.len(), 10_000);
        runs.push(t.elapsed());
    }
    let (lm, lp) = stats(runs);
    report += &format!(
        "| open + unlock + list 10,000 interviews (scrypt excluded) | median {lm:.0} ms, worst {lp:.0} ms | — | target ≤ 1000 ms |\n"
    );

    // The scrypt step on its own, at the default (calibrated) work factor.
    let scrypt_path = dir.path().join("scrypt.vault");
    drop(Vault::create(&scrypt_path, &pass, &CreateOptions::default()).unwrap());
    let mut v = Vault::open(&scrypt_path).unwrap();
    let t = Instant::now();
    v.unlock(&pass).unwrap();
    report += &format!(
        "| scrypt step of unlock, default work factor | {:.0} ms | — | about a second, by design |\n",
        t.elapsed().as_secs_f64() * 1000.0
    );

    println!("| benchmark | FieldVault | baseline | result |\n|---|---|---|---|\n{report}");
    std::fs::write(root.join("target/bench-vault.md"), report).unwrap();
}
