//! The header of a new age file, written by the `age` crate, and the keys of that file.

use std::cell::RefCell;
use std::collections::HashSet;

use zeroize::Zeroizing;

/// An age file's 16-byte file key; wiped on drop.
pub type FileKey = Zeroizing<[u8; 16]>;

/// The keys of one new age file: its file key and the payload key derived from it.
pub struct FileKeys {
    /// The file key (wrapped to each recipient in the header).
    pub file: FileKey,
    /// The payload key (HKDF-SHA256 of the file key, salt the payload nonce, info `payload`).
    pub payload: Zeroizing<[u8; 32]>,
}

/// The header of a new age file to `recipients` (with its MAC) followed by the payload nonce,
/// written by the `age` crate, and the file's keys.
pub(crate) fn age_header(recipients: &[&dyn age::Recipient]) -> (Vec<u8>, FileKeys) {
    let file_key: RefCell<Option<Zeroizing<[u8; 16]>>> = RefCell::new(None);
    let taps: Vec<KeyTap> = recipients.iter().map(|r| KeyTap { inner: *r, file_key: &file_key }).collect();
    let enc = age::Encryptor::with_recipients(taps.iter().map(|t| t as &dyn age::Recipient)).expect("at least one compatible recipient");
    let mut header = Vec::with_capacity(256 * recipients.len() + 64);
    // Only the header and the nonce are written: the stream writer is dropped unused.
    drop(enc.wrap_output(&mut header).expect("writing to memory cannot fail"));
    let file_key = file_key.into_inner().expect("age wraps the file key for each recipient");
    let nonce: [u8; 16] = header[header.len() - 16..].try_into().expect("age writes a 16-byte payload nonce");
    let payload = Zeroizing::new(age_core::primitives::hkdf(&nonce, b"payload", &file_key[..]));
    (header, FileKeys { file: file_key, payload })
}

/// Passes the file key on to a recipient, keeping a copy to encrypt the payload with.
struct KeyTap<'a> {
    inner: &'a dyn age::Recipient,
    file_key: &'a RefCell<Option<Zeroizing<[u8; 16]>>>,
}

impl age::Recipient for KeyTap<'_> {
    fn wrap_file_key(
        &self,
        file_key: &age_core::format::FileKey,
    ) -> Result<(Vec<age_core::format::Stanza>, HashSet<String>), age::EncryptError> {
        let key = Zeroizing::new(*age::secrecy::ExposeSecret::expose_secret(file_key));
        let mut slot = self.file_key.borrow_mut();
        assert!(slot.as_ref().is_none_or(|k| k[..] == key[..]), "one file key per age file");
        *slot = Some(key);
        self.inner.wrap_file_key(file_key)
    }
}
