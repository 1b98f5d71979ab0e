//! The header of an age file: a new one written by the `age` crate with the keys of its file, and
//! the header MAC of an existing one checked under a known file key.

use std::cell::RefCell;
use std::collections::HashSet;

use zeroize::Zeroizing;

use super::OpenError;

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
    let payload = payload_key(&file_key, &nonce);
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

/// The payload key of an age file: HKDF-SHA256 of its file key, salt the payload nonce, info
/// `payload` (age-encryption.org/v1, "Payload").
pub(crate) fn payload_key(file_key: &[u8; 16], nonce: &[u8]) -> Zeroizing<[u8; 32]> {
    Zeroizing::new(age_core::primitives::hkdf(nonce, b"payload", file_key))
}

/// Checks the header of the age file `file` under `file_key`, exactly as age does after
/// unwrapping the key: the version line, then the header MAC (HMAC-SHA256 under HKDF(file key,
/// `header`)) over the header up to and including `---`. Returns the payload nonce and the
/// payload after it.
///
/// The stanzas are stepped over, not parsed: the MAC under a file key FieldVault kept itself
/// proves the header was written by a holder of that key.
pub(super) fn open<'a>(file_key: &[u8; 16], file: &'a [u8]) -> Result<(&'a [u8], &'a [u8]), OpenError> {
    use hmac::Mac;
    const INTRO: &[u8] = b"age-encryption.org/v1\n";
    const MAC_LINE: &[u8] = b"\n--- ";
    // "--- " + 43 characters of unpadded base64 (32 bytes) + "\n".
    const ENCODED_MAC: usize = 43;
    if !file.starts_with(INTRO) {
        return Err(OpenError::Header);
    }
    // Stanza lines begin with "-> " or are base64, so the first "\n--- " is the MAC line.
    let at = file.windows(MAC_LINE.len()).position(|w| w == MAC_LINE).ok_or(OpenError::Header)?;
    let mac_start = at + MAC_LINE.len();
    let header_end = mac_start + ENCODED_MAC + 1;
    if file.len() < header_end + 16 || file[header_end - 1] != b'\n' {
        return Err(OpenError::Header);
    }
    let mac = base64::Engine::decode(&base64::engine::general_purpose::STANDARD_NO_PAD, &file[mac_start..header_end - 1])
        .map_err(|_| OpenError::Header)?;
    let mac_key = Zeroizing::new(age_core::primitives::hkdf(&[], b"header", file_key));
    let mut hmac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(&mac_key[..]).expect("HMAC takes a key of any length");
    hmac.update(&file[..mac_start - 1]);
    hmac.verify_slice(&mac).map_err(|_| OpenError::HeaderMac)?;
    Ok(file[header_end..].split_at(16))
}
