//! Key files from outside: age identity files, age recipients, minisign public keys, and the
//! passphrase-sealed key blob (age scrypt; the seed is a vault's, sealed with the demo
//! passphrase). What parses prints back to what parses the same.
#![no_main]

use fieldvault::{demo, keys};
use libfuzzer_sys::fuzz_target;
use secrecy::{ExposeSecret, SecretString};

/// Whether every scrypt stanza asks for at most 2^10 work: the target opens the blob, and
/// scrypt up to the vault's limit (2^22, 4 GiB) would only measure the fuzzer's patience.
fn cheap_scrypt(blob: &[u8]) -> bool {
    blob.split(|&b| b == b'\n').filter(|l| l.starts_with(b"-> scrypt")).all(|l| {
        let last = l.rsplit(|&b| b == b' ').next().unwrap_or_default();
        std::str::from_utf8(last).ok().and_then(|s| s.parse::<u8>().ok()).is_some_and(|n| n <= 10)
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(id) = keys::parse_identity_file(text) {
            let again = keys::parse_identity_file(id.to_string().expose_secret()).unwrap();
            assert_eq!(again.to_public().to_string(), id.to_public().to_string());
        }
        if let Ok(r) = keys::parse_recipient(text) {
            assert_eq!(keys::parse_recipient(&r.to_string()).unwrap().to_string(), r.to_string());
        }
        if let Ok(pk) = keys::parse_minisign_public(text) {
            assert_eq!(keys::parse_minisign_public(&pk.to_base64()).unwrap(), pk);
        }
    }
    // A blob opens only if the work factor the floor check read is at least the floor.
    let work_factor = keys::sealed_work_factor(data);
    if cheap_scrypt(data) && keys::open_with_passphrase(data, &SecretString::from(demo::DEMO_PASSPHRASE)).is_ok() {
        assert!(work_factor.is_some_and(|n| n >= keys::work_factor_floor()), "{work_factor:?}");
    }
});
