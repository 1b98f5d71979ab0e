//! Where a save's time goes: validation, serialisation, age encryption and decryption of one
//! interview (run with `cargo bench --bench components`). Complements `benches/vault.rs`.

use fieldvault::schema::{parse_interview, validate_interview};
use std::time::Instant;
fn main() {
    let json = std::fs::read_to_string("tests/fixtures/interviews/03_xuan.json").unwrap();
    let i = parse_interview(&json).unwrap();
    let n = 2000;
    let t = Instant::now();
    for _ in 0..n {
        validate_interview(&i).unwrap();
    }
    println!("validate {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        let _ = serde_json::to_vec(&i).unwrap();
    }
    println!("to_vec {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        let _ = serde_json::to_value(&i).unwrap();
    }
    println!("to_value {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        let _ = i.summary();
    }
    println!("summary {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        let _: fieldvault::schema::Interview = serde_json::from_str(&json).unwrap();
    }
    println!("from_str {:?}", t.elapsed() / n);
    let id = age::x25519::Identity::generate();
    let r = id.to_public();
    let bytes = serde_json::to_vec(&i).unwrap();
    let t = Instant::now();
    for _ in 0..n {
        let _ = fieldvault::keys::encrypt(&[&r], &bytes);
    }
    println!("encrypt {:?}", t.elapsed() / n);
    // The vault's own path: a header prepared ahead on a background thread (the thread is
    // given time to refill between saves, as the fsync of each save gives it in the vault).
    let keys = fieldvault::keys::VaultKeys::generate();
    let _ = keys.encrypt_to_self(&bytes); // starts the thread
    let mut total = std::time::Duration::ZERO;
    for _ in 0..n {
        std::thread::sleep(std::time::Duration::from_micros(300));
        let t = Instant::now();
        let _ = keys.encrypt_to_self(&bytes);
        total += t.elapsed();
    }
    println!("encrypt_to_self (header prepared ahead) {:?}", total / n);
    let c = fieldvault::keys::encrypt(&[&r], &bytes);
    let t = Instant::now();
    for _ in 0..n {
        let _ = fieldvault::keys::decrypt(&id, &c).unwrap();
    }
    println!("decrypt {:?}", t.elapsed() / n);
    let small = fieldvault::keys::encrypt(&[&r], b"{\"pseudonym\":\"x\"}");
    let t = Instant::now();
    for _ in 0..n {
        let _ = fieldvault::keys::decrypt(&id, &small).unwrap();
    }
    println!("decrypt small {:?}", t.elapsed() / n);

    // A whole save without the fsync (synchronous=OFF), against a plain insert without it: the
    // CPU a save costs beyond SQLite's, apart from the disk.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let pass = secrecy::SecretString::from("benchmark passphrase".to_owned());
    let fast = fieldvault::vault::CreateOptions { work_factor: Some(fieldvault::keys::MIN_WORK_FACTOR), profile: None };
    let mut vault = fieldvault::vault::Vault::create(&dir.path().join("v.vault"), &pass, &fast).unwrap();
    vault.connection().pragma_update(None, "synchronous", "OFF").unwrap();
    let saves = 1000;
    let mut total = std::time::Duration::ZERO;
    for _ in 0..saves {
        std::thread::sleep(std::time::Duration::from_micros(300)); // the time an fsync would give
        let t = Instant::now();
        vault.add_record(&i).unwrap();
        total += t.elapsed();
    }
    println!("save without fsync {:?}", total / saves);
    let conn = rusqlite::Connection::open(dir.path().join("plain.db")).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "OFF").unwrap();
    conn.execute_batch("CREATE TABLE r (id TEXT PRIMARY KEY, at TEXT, body TEXT)").unwrap();
    let mut total = std::time::Duration::ZERO;
    for _ in 0..saves {
        std::thread::sleep(std::time::Duration::from_micros(300));
        let t = Instant::now();
        let tx = conn.unchecked_transaction().unwrap();
        tx.execute("INSERT INTO r VALUES (?1, ?2, ?3)", (uuid::Uuid::new_v4().to_string(), "2026-11-24T00:00:00Z", &json)).unwrap();
        tx.commit().unwrap();
        total += t.elapsed();
    }
    println!("plain insert without fsync {:?}", total / saves);
}
