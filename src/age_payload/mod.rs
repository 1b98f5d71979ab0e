//! The age file engine: age v1 files (age-encryption.org/v1) in memory, written and read here.
//!
//! The `age` crate writes each file's header (the file key wrapped to each recipient, the header
//! MAC) and the payload nonce (`header.rs`); the payload (STREAM, ChaCha20-Poly1305 over 64 KiB
//! chunks, `payload.rs`) is encrypted here, on every core, and a file whose file key is known is
//! opened here without the X25519 step ([`decrypt_with_file_key`]). [`HeaderPool`] prepares
//! headers ahead on a background thread (`pool.rs`). Files opened with an identity or a
//! passphrase go through the `age` crate whole ([`decrypt`]). Checked against the age project's
//! known-answer vectors (`tests/vectors/age/`). This module knows nothing of vaults or keys'
//! storage.

use std::io::{Read, Write};
use std::iter;

use zeroize::Zeroizing;

mod header;
mod payload;
mod pool;
#[cfg(test)]
mod vectors;

pub(crate) use header::age_header;
pub use header::{FileKey, FileKeys};
pub use pool::{HeaderPool, PreparedHeader};

/// Encrypts `plaintext` to every recipient, in memory.
pub fn encrypt(recipients: &[&dyn age::Recipient], plaintext: &[u8]) -> Vec<u8> {
    // The `age` crate writes the header (file key wrapped to each recipient, header MAC) and
    // the payload nonce; the payload is then encrypted here, straight into an output buffer of
    // the exact final size, on every core for a large plaintext. The crate's own stream writer
    // copies each 64 KiB chunk four times (into its chunk buffer, into a new `Vec`, again when
    // the tag grows that `Vec`, into the output) and runs on one core.
    let (header, keys) = age_header(recipients);
    seal_after_header(&header, &keys.payload, plaintext)
}

/// The age file of `header` (with its payload nonce) and `plaintext` sealed with `payload_key`.
pub(crate) fn seal_after_header(header: &[u8], payload_key: &[u8; 32], plaintext: &[u8]) -> Vec<u8> {
    let mut out = payload::encrypt(payload_key, plaintext, header.len());
    out[..header.len()].copy_from_slice(header);
    out
}

/// Like [`encrypt`], but writes the age file to `out` as it goes, a few MiB at a time through
/// two reused buffers (one written on a thread of its own while the next is sealed), instead of
/// building it in memory (a large output buffer costs a page
/// fault per 4 KiB the first time it is written). The plaintext is the concatenation of
/// `plaintext`'s pieces, which are gathered chunk by chunk: it never has to exist in one piece
/// (a bundle's tar is its files' bytes between tar headers). Returns `out`.
pub fn encrypt_to<W: Write + Send>(recipients: &[&dyn age::Recipient], plaintext: &[&[u8]], mut out: W) -> std::io::Result<W> {
    let (header, keys) = age_header(recipients);
    out.write_all(&header)?;
    payload::encrypt_to(&keys.payload, plaintext, &mut out)?;
    Ok(out)
}

/// Why [`decrypt_with_file_key`] could not open an age file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    /// Not an age v1 file, or its header is cut short.
    #[error("not an age v1 file with a complete header")]
    Header,
    /// The header MAC does not match: the header was changed, or this is not the file's key.
    #[error("the header does not authenticate with this file key")]
    HeaderMac,
    /// A payload chunk does not authenticate, or the payload is truncated.
    #[error("the payload is damaged or truncated")]
    Payload,
}

/// Decrypts an in-memory age file whose file key is already known (kept sealed at save time),
/// exactly as age does after unwrapping it: the header MAC is checked (HMAC-SHA256 under
/// HKDF(file key, `header`)), then the payload is opened with the key derived from the file key
/// and the payload nonce. Skips only the X25519 step of [`decrypt`]. The plaintext is wiped on
/// drop.
pub fn decrypt_with_file_key(file_key: &[u8; 16], ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, OpenError> {
    let (nonce, body) = header::open(file_key, ciphertext)?;
    payload::decrypt(&header::payload_key(file_key, nonce), body).ok_or(OpenError::Payload)
}

/// Decrypts an in-memory age file with one identity. The plaintext is wiped on drop.
pub fn decrypt(identity: &dyn age::Identity, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, age::DecryptError> {
    let dec = age::Decryptor::new_buffered(ciphertext)?;
    let mut r = dec.decrypt(iter::once(identity))?;
    let mut out = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
    r.read_to_end(&mut out)?;
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Plaintexts around the chunk edges (empty, one byte, a chunk less one, one chunk, one
    /// more byte, exact multiples) and large enough to be split between threads.
    pub(crate) fn payload_sizes() -> Vec<usize> {
        const C: usize = 64 * 1024;
        vec![0, 1, C - 1, C, C + 1, 2 * C, 40 * C, 40 * C + 7, 150 * C + 3]
    }

    #[test]
    fn encrypt_round_trips_through_the_age_crate_for_every_recipient() {
        let (a, b) = (age::x25519::Identity::generate(), age::x25519::Identity::generate());
        let (ra, rb) = (a.to_public(), b.to_public());
        for len in payload_sizes() {
            let plain: Vec<u8> = (0..len).map(|i| (i * 7 + i / 65536) as u8).collect();
            let in_memory = encrypt(&[&ra, &rb], &plain);
            let streamed = encrypt_to(&[&ra, &rb], &[&plain], Vec::new()).unwrap();
            // The same plaintext in pieces that cut chunks anywhere, empty ones included.
            let cuts = [0, 1, len / 3, len / 3, len / 2 + 7, len.saturating_sub(1), len];
            let mut cuts: Vec<usize> = cuts.iter().map(|&c| c.min(len)).collect();
            cuts.sort_unstable();
            let pieces: Vec<&[u8]> = cuts.windows(2).map(|w| &plain[w[0]..w[1]]).chain([&plain[len..]]).collect();
            let gathered = encrypt_to(&[&ra, &rb], &pieces, Vec::new()).unwrap();
            for blob in [&in_memory, &streamed, &gathered] {
                for id in [&a, &b] {
                    assert!(decrypt(id, blob).unwrap()[..] == plain[..], "{len} bytes");
                }
            }
            // A wrong identity, or a flipped byte in the last tag, is refused.
            assert!(decrypt(&age::x25519::Identity::generate(), &in_memory).is_err());
            let mut bad = in_memory.clone();
            *bad.last_mut().unwrap() ^= 1;
            assert!(decrypt(&a, &bad).is_err(), "{len} bytes");
            // Truncated at a chunk boundary: the last-chunk flag makes it fail.
            if len > 65536 {
                let cut = in_memory.len() - (len - 1) % 65536 - 1 - 16;
                assert!(decrypt(&a, &in_memory[..cut]).is_err(), "{len} bytes cut");
            }
        }
    }

    /// A writer that takes `left` bytes, then fails as a full disk does.
    struct FullAfter {
        left: usize,
        written: Vec<u8>,
    }

    impl Write for FullAfter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.left == 0 {
                return Err(std::io::Error::from(std::io::ErrorKind::StorageFull));
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            self.written.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A write error while the payload is encrypted (its batches are written on a thread of
    /// their own) is returned, at whatever batch it happens, and stops the encryption.
    #[test]
    fn fail_encrypt_to_returns_the_writers_error() {
        let id = age::x25519::Identity::generate();
        let r = id.to_public();
        let plain = vec![7u8; 9 << 20];
        for left in [0, 100, 1 << 20, 4 << 20, 5 << 20, 9 << 20] {
            let err = encrypt_to(&[&r], &[&plain], FullAfter { left, written: Vec::new() }).err();
            assert_eq!(err.map(|e| e.kind()), Some(std::io::ErrorKind::StorageFull), "full after {left} bytes");
        }
        let whole = encrypt_to(&[&r], &[&plain], FullAfter { left: usize::MAX, written: Vec::new() }).unwrap();
        assert!(decrypt(&id, &whole.written).unwrap()[..] == plain[..]);
    }
}
