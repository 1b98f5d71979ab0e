//! The age project's known-answer vectors (C2SP testkit, `tests/vectors/age/`, see its README)
//! run through this engine: every file opens with its file key exactly as the vector expects,
//! and every plaintext the vector holds encrypts back to the vector's very payload.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{decrypt_with_file_key, header, payload, OpenError};

/// What a vector expects of a decryption (the testkit's `expect:` line).
#[derive(Debug, PartialEq)]
enum Expect {
    /// Success, with the SHA-256 of the plaintext.
    Success([u8; 32]),
    /// The header is malformed.
    HeaderFailure,
    /// The header MAC does not verify.
    HmacFailure,
    /// The payload does not authenticate.
    PayloadFailure,
}

/// One testkit file: its expectation, its file key and the age file.
struct Vector {
    expect: Expect,
    file_key: [u8; 16],
    age_file: Vec<u8>,
}

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/age")
}

/// Parses the testkit format: `key: value` lines, an empty line, then the age file (zlib
/// compressed when a `compressed: zlib` line says so).
fn parse(path: &Path) -> Vector {
    let mut r = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let mut fields = Vec::new();
    loop {
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (k, v) = line.split_once(": ").unwrap_or_else(|| panic!("{}: bad line {line:?}", path.display()));
        fields.push((k.to_owned(), v.to_owned()));
    }
    let field = |k: &str| fields.iter().find(|(f, _)| f == k).map(|(_, v)| v.as_str());
    let hash = || hex::decode(field("payload").expect("a payload hash")).unwrap().try_into().unwrap();
    let expect = match field("expect").expect("an expect line") {
        "success" => Expect::Success(hash()),
        "header failure" => Expect::HeaderFailure,
        "HMAC failure" => Expect::HmacFailure,
        "payload failure" => Expect::PayloadFailure,
        other => panic!("{}: expectation {other:?} is not one this engine can meet", path.display()),
    };
    assert_ne!(field("armored"), Some("yes"), "{}: the engine reads binary age files only", path.display());
    let file_key = hex::decode(field("file key").expect("a file key")).unwrap().try_into().expect("a 16-byte file key");
    let mut age_file = Vec::new();
    match field("compressed") {
        Some("zlib") => flate2::read::ZlibDecoder::new(r).read_to_end(&mut age_file).unwrap(),
        None => r.read_to_end(&mut age_file).unwrap(),
        Some(other) => panic!("{}: unknown compression {other}", path.display()),
    };
    Vector { expect, file_key, age_file }
}

/// What the engine made of a vector, in the testkit's terms.
fn outcome(result: &Result<Zeroizing<Vec<u8>>, OpenError>) -> Expect {
    match result {
        Ok(plain) => Expect::Success(Sha256::digest(&plain[..]).into()),
        Err(OpenError::Header) => Expect::HeaderFailure,
        Err(OpenError::HeaderMac) => Expect::HmacFailure,
        Err(OpenError::Payload) => Expect::PayloadFailure,
    }
}

#[test]
fn every_copied_c2sp_vector_opens_as_the_age_project_expects() {
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(vectors_dir()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_none()).collect();
    paths.sort();
    assert_eq!(paths.len(), 45, "the README lists 45 vectors");
    let (mut successes, mut failures) = (0, 0);
    for path in &paths {
        let v = parse(path);
        let result = decrypt_with_file_key(&v.file_key, &v.age_file);
        assert_eq!(outcome(&result), v.expect, "{}", path.display());
        let Ok(plain) = result else {
            failures += 1;
            continue;
        };
        successes += 1;
        // The encryption direction: the same payload key seals the plaintext into the vector's
        // very payload (STREAM is deterministic), in memory and streamed in pieces.
        let nonce_at = v.age_file.len() - (plain.len() + payload::chunks(plain.len()) * payload::TAG) - 16;
        let key = header::payload_key(&v.file_key, &v.age_file[nonce_at..nonce_at + 16]);
        let want = &v.age_file[nonce_at + 16..];
        assert!(payload::encrypt(&key, &plain, 0) == want, "{}: payload::encrypt differs", path.display());
        // Streamed too, but for the three 16 MiB vectors: unoptimised test builds seal about
        // 3 MB/s, and the in-memory pass above already checks their 257th and 258th chunks.
        if plain.len() <= 1 << 20 {
            let (a, b) = plain.split_at(plain.len() / 3);
            let mut streamed = Vec::new();
            payload::encrypt_to(&key, &[a, b], &mut streamed).unwrap();
            assert!(streamed == want, "{}: payload::encrypt_to differs", path.display());
        }
    }
    assert_eq!((successes, failures), (14, 31));
}
