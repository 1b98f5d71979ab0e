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
    let fast = fieldvault::vault::CreateOptions { work_factor: Some(fieldvault::keys::work_factor_floor()), profile: None };
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
        tx.execute("INSERT INTO r VALUES (?1, ?2, ?3)", (uuid::Uuid::now_v7().to_string(), "2026-11-24T00:00:00Z", &json)).unwrap();
        tx.commit().unwrap();
        total += t.elapsed();
    }
    println!("plain insert without fsync {:?}", total / saves);

    // The save's four statements replayed on a bare connection (same pragmas, same blob
    // sizes), against the plain insert, interleaved: SQLite's share of a save's cost.
    replay_save_statements(dir.path(), &json);
}

/// Times the vault's save statements against a plain insert, alternating, with `fsync`.
fn replay_save_statements(dir: &std::path::Path, json: &str) {
    const SCHEMA: &str = "
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE records (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL, withdrawn_at TEXT, summary BLOB, content_key BLOB, audit_head TEXT,
            revision_base INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
        CREATE TABLE revisions (id INTEGER PRIMARY KEY, record_id TEXT NOT NULL REFERENCES records(id),
            revision INTEGER NOT NULL, created_at TEXT NOT NULL, blob BLOB);
        CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, event TEXT NOT NULL, record_id TEXT,
            revision INTEGER, detail TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
        INSERT INTO audit VALUES (1, 'x', 'x', NULL, NULL, NULL, 'x', 'x');
        CREATE TABLE r (id TEXT PRIMARY KEY, at TEXT, body TEXT);";
    let open = |name: &str| {
        let conn = rusqlite::Connection::open(dir.join(name)).unwrap();
        for (k, v) in [("journal_mode", "WAL"), ("synchronous", "FULL"), ("foreign_keys", "ON"), ("secure_delete", "ON")] {
            conn.pragma_update(None, k, v).unwrap();
        }
        conn.pragma_update(None, "cache_size", -fieldvault::store::PAGE_CACHE_KIB).unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        conn
    };
    let (replay, plain) = (open("replay.db"), open("plain-replay.db"));
    let blob = vec![0x5au8; 13_600];
    let summary = vec![0xa5u8; 300];
    let content_key = vec![0x3cu8; 56];
    let hash = "ab".repeat(32);
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..1000 {
        let id = uuid::Uuid::now_v7().to_string();
        let at = "2026-11-24T00:00:00.000000Z";
        let t = Instant::now();
        let tx = replay.unchecked_transaction().unwrap();
        // As `Vault::add_records`: the audit entry, then the record's row with the chain's head
        // and its revision base, then the revision at row id base + 1.
        let seq: i64 =
            tx.prepare_cached("SELECT seq FROM audit ORDER BY seq DESC LIMIT 1").unwrap().query_row([], |r| r.get::<_, i64>(0)).unwrap()
                + 1;
        tx.prepare_cached("INSERT INTO audit VALUES (?1, ?2, 'record_created', ?3, 1, NULL, ?4, ?4)")
            .unwrap()
            .execute((seq, at, &id, &hash))
            .unwrap();
        let base = seq << 20;
        tx.prepare_cached(
            "INSERT INTO records (id, created_at, updated_at, revision, summary, content_key, audit_head, revision_base) \
             VALUES (?1, ?2, ?2, 1, ?3, ?4, ?5, ?6)",
        )
        .unwrap()
        .execute((&id, at, &summary, &content_key, format!("{seq}:{hash}"), base))
        .unwrap();
        tx.prepare_cached("INSERT INTO revisions (id, record_id, revision, created_at, blob) VALUES (?1, ?2, 1, ?3, ?4)")
            .unwrap()
            .execute((base + 1, &id, at, &blob))
            .unwrap();
        tx.commit().unwrap();
        a.push(t.elapsed());
        let t = Instant::now();
        let tx = plain.unchecked_transaction().unwrap();
        tx.prepare_cached("INSERT INTO r VALUES (?1, ?2, ?3)").unwrap().execute((&id, at, json)).unwrap();
        tx.commit().unwrap();
        b.push(t.elapsed());
    }
    a.sort();
    b.sort();
    let (ra, rb) = (a[a.len() / 2], b[b.len() / 2]);
    println!(
        "the save's statements alone, with fsync {ra:?} against a plain insert {rb:?} (median of 1000, interleaved): {:.2}×",
        ra.as_secs_f64() / rb.as_secs_f64()
    );
}
