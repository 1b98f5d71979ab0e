//! The age payload (STREAM) opened with a known file key, `keys::decrypt_with_file_key`.
//! The first byte picks the mode:
//! - 0: round trip: the rest, stretched to a length around the 64 KiB chunk edges, encrypts
//!   (`encrypt_to_self`) and decrypts back to itself;
//! - 1: the rest is the payload after a valid header and nonce: it must not open unless it
//!   is the payload that was sealed;
//! - other: the rest is a whole age file.
#![no_main]

use std::sync::LazyLock;

use fieldvault::keys::{self, VaultKeys};
use libfuzzer_sys::fuzz_target;

static KEYS: LazyLock<VaultKeys> = LazyLock::new(VaultKeys::generate);
/// An age file of an empty plaintext, its file key, and where its payload starts.
static EMPTY: LazyLock<(Vec<u8>, [u8; 16], usize)> = LazyLock::new(|| {
    let (file, key) = KEYS.encrypt_to_self(b"");
    let key = *key;
    // Header, nonce (16 bytes), then one empty last chunk: its tag (16 bytes).
    let payload = file.len() - 16;
    (file, key, payload)
});

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let (empty, key, payload) = &*EMPTY;
    match mode {
        0 => {
            let Some((len, seed)) = rest.split_first_chunk::<2>() else { return };
            // Lengths up to 4 chunks, each within 32 bytes of a multiple of 16 KiB.
            let n = u16::from_le_bytes(*len) as usize;
            let len = ((n >> 12) * 16384 + (n & 63)).saturating_sub(32);
            let plain: Vec<u8> = seed.iter().copied().cycle().take(if seed.is_empty() { 0 } else { len }).collect();
            let (file, fk) = KEYS.encrypt_to_self(&plain);
            assert_eq!(keys::decrypt_with_file_key(&fk, &file).unwrap().as_slice(), plain.as_slice());
        }
        1 => {
            let file = [&empty[..*payload], rest].concat();
            let opened = keys::decrypt_with_file_key(key, &file);
            assert_eq!(opened.is_ok(), rest == &empty[*payload..]);
        }
        _ => {
            let _ = keys::decrypt_with_file_key(key, rest);
        }
    }
});
