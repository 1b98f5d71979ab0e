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
}
