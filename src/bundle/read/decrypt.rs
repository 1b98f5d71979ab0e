//! The decryption layer: an age file in, the plaintext tar out, one 64 KiB chunk at a time.
//!
//! Nothing is decrypted ahead of what the layer above reads, so a bundle refused at its first
//! entry costs one chunk of memory, not the bundle's size. Each failure is classified: the wrong
//! identity, a header that is not age's, a file cut short, or content altered.

use std::cell::Cell;
use std::io::{self, Read};
use std::rc::Rc;

use super::{Fault, ReadError};

/// One age STREAM chunk as stored: 64 KiB of plaintext and its 16-byte tag.
const CHUNK: u64 = 64 * 1024 + 16;

/// Counts the bytes age reads from the file (the header, then the payload).
struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
    failed: Rc<Cell<bool>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf).inspect_err(|_| self.failed.set(true))?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// The plaintext of an age file, decrypted as it is read ([`decrypt`]).
///
/// A read error is an `io::Error`; [`Plaintext::take_error`] gives the precise [`ReadError`]
/// behind it.
pub struct Plaintext<R: Read> {
    stream: age::stream::StreamReader<Counting<R>>,
    count: Rc<Cell<u64>>,
    failed: Rc<Cell<bool>>,
    payload_start: u64,
    fault: Fault,
}

/// Starts decrypting an age file with `identity`: reads and opens its header, and returns the
/// plaintext as a [`Read`] that decrypts each chunk when it is reached.
pub fn decrypt<R: Read>(age_file: R, identity: &dyn age::Identity) -> Result<Plaintext<R>, ReadError> {
    let count = Rc::new(Cell::new(0));
    let failed = Rc::new(Cell::new(false));
    let source = Counting { inner: age_file, count: count.clone(), failed: failed.clone() };
    let decryptor = match age::Decryptor::new(source) {
        Ok(d) => d,
        Err(age::DecryptError::Io(e)) if e.kind() == io::ErrorKind::UnexpectedEof => {
            return Err(ReadError::Truncated("the age header is incomplete".into()))
        }
        Err(age::DecryptError::Io(source)) if failed.get() => return Err(ReadError::Io { path: "the bundle".into(), source }),
        Err(e) => return Err(ReadError::NotABundle(e.to_string())),
    };
    // `Decryptor::new` reads exactly the header and the payload nonce.
    let payload_start = count.get();
    let stream = decryptor.decrypt(std::iter::once(identity)).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys => ReadError::WrongKey,
        age::DecryptError::InvalidMac | age::DecryptError::DecryptionFailed => ReadError::Altered(format!("age header: {e}")),
        other => ReadError::NotABundle(other.to_string()),
    })?;
    Ok(Plaintext { stream, count, failed, payload_start, fault: Fault::default() })
}

impl<R: Read> Plaintext<R> {
    /// The precise error behind the last failed read, if any (taken: asked twice, `None`).
    pub fn take_error(&self) -> Option<ReadError> {
        self.fault.borrow_mut().take()
    }

    /// The slot [`Self::take_error`] reads, for the tar layer.
    pub(super) fn fault(&self) -> Fault {
        self.fault.clone()
    }

    fn classify(&self, e: &io::Error) -> ReadError {
        if self.failed.get() {
            return ReadError::Io { path: "the bundle".into(), source: io::Error::new(e.kind(), e.to_string()) };
        }
        match e.kind() {
            io::ErrorKind::UnexpectedEof => ReadError::Truncated(e.to_string()),
            _ if cut_inside_last_chunk(self.count.get() - self.payload_start) => {
                ReadError::Truncated("its last encrypted block is cut short".into())
            }
            _ => ReadError::Altered(format!("the encrypted payload does not authenticate: {e}")),
        }
    }
}

impl<R: Read> Read for Plaintext<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.stream.read(buf).map_err(|e| {
            let err = self.classify(&e);
            let message = err.to_string();
            self.fault.borrow_mut().get_or_insert(err);
            io::Error::new(e.kind(), message)
        })
    }
}

/// Whether a payload of `payload` bytes whose last chunk fails to authenticate was cut inside
/// that chunk.
///
/// age reads whole chunks, so a chunk that fails before the end of the file is a full one: that
/// is an alteration. The bundle's plaintext is a tar, a whole number of 512-byte blocks, so the
/// last chunk of an intact bundle always holds a multiple of 512 bytes; a last chunk of any other
/// length was cut short. One of the right length that fails was altered (or, one time in 512,
/// cut on a block boundary).
fn cut_inside_last_chunk(payload: u64) -> bool {
    let last = match payload % CHUNK {
        0 if payload > 0 => CHUNK,
        n => n,
    };
    last < 16 || (last - 16) % 512 != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_last_chunk_of_whole_tar_blocks_was_not_cut() {
        assert!(!cut_inside_last_chunk(CHUNK));
        assert!(!cut_inside_last_chunk(3 * CHUNK + 16 + 1024));
        assert!(cut_inside_last_chunk(3 * CHUNK + 16 + 1000));
        assert!(cut_inside_last_chunk(CHUNK + 10));
        assert!(cut_inside_last_chunk(0));
    }
}
