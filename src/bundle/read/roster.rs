//! The fieldworkers whose signatures a reader accepts.
//!
//! A [`Roster`] holds minisign public keys, each with the name it came under (the profile's
//! `fieldworkers` list, or a `--signer` file). It is the only source of trust of the reader:
//! [`super::verify`] checks a manifest with the roster key whose key id the signature names and
//! with no other key, least of all the one the manifest carries.

use crate::keys;
use crate::profile::Profile;

use super::ReadError;

/// Fieldworkers' minisign public keys a reader trusts; empty trusts no one.
#[derive(Clone, Debug, Default)]
pub struct Roster {
    members: Vec<(String, minisign::PublicKey)>,
}

impl Roster {
    /// An empty roster: every bundle is refused with [`ReadError::NoRoster`].
    pub fn new() -> Roster {
        Roster::default()
    }

    /// The profile's `fieldworkers` roster.
    pub fn from_profile(profile: &Profile) -> Result<Roster, ReadError> {
        let mut roster = Roster::new();
        for f in &profile.fieldworkers {
            roster.add(&f.name, &f.minisign_public_key)?;
        }
        Ok(roster)
    }

    /// Adds a key: a minisign `.pub` file's text or its base64 line. `name` says where it came
    /// from (a fieldworker's name, a file name) in messages.
    pub fn add(&mut self, name: &str, key: &str) -> Result<(), ReadError> {
        let pk =
            keys::parse_minisign_public(key).map_err(|e| ReadError::InvalidRosterKey { name: super::shown(name), why: e.to_string() })?;
        self.members.push((name.to_owned(), pk));
        Ok(())
    }

    /// Whether the roster trusts no one.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The member whose key verifies `sig` over `data`: the signature's key id must be a
    /// roster key's ([`ReadError::NoRoster`], [`ReadError::UnknownSigner`]) and the signature
    /// must verify with that key ([`ReadError::BadSignature`]); `sig` comes from
    /// [`signature_box`], which checks what the crate does not. Legacy (not prehashed)
    /// signatures are refused: FieldVault never makes them.
    pub(super) fn signer<'a>(
        &'a self,
        sig: &'a minisign::SignatureBox,
        data: &[u8],
    ) -> Result<(&'a str, &'a minisign::PublicKey), ReadError> {
        let key_id = crate::bundle::format::key_id_hex(sig.keynum());
        if self.is_empty() {
            return Err(ReadError::NoRoster { key_id });
        }
        let mut candidates = self.with_key_id(sig.keynum()).peekable();
        if candidates.peek().is_none() {
            return Err(ReadError::UnknownSigner { key_id });
        }
        candidates
            .find(|(_, pk)| minisign::verify(pk, sig, std::io::Cursor::new(data), true, false, false).is_ok())
            .ok_or(ReadError::BadSignature { key_id })
    }

    /// Who on the roster signed `data`: `signature` is a minisign `.minisig` file's text
    /// ([`ReadError::SignatureInvalid`] if it is not one), checked as [`super::verify`] checks
    /// a manifest's. Returns the member's name and key id.
    pub fn verify_detached(&self, data: &[u8], signature: &str) -> Result<(String, String), ReadError> {
        let sig = signature_box(signature)?;
        let (name, pk) = self.signer(&sig, data)?;
        Ok((name.to_owned(), crate::bundle::format::key_id(pk)))
    }

    /// The members whose key id is `keynum` (the 8 bytes of a signature), with their names.
    pub(super) fn with_key_id<'a>(&'a self, keynum: &'a [u8]) -> impl Iterator<Item = (&'a str, &'a minisign::PublicKey)> + 'a {
        self.members.iter().filter(move |(_, pk)| pk.keynum() == keynum).map(|(n, pk)| (n.as_str(), pk))
    }
}

/// Bytes of an Ed25519 signature: the global signature (a minisign file's fourth line) must
/// decode to exactly this many.
const GLOBAL_SIGNATURE_BYTES: usize = 64;

/// Parses a minisign `.minisig` file's text ([`ReadError::SignatureInvalid`] if it is not one).
///
/// The `minisign` crate (0.10) checks the length of the first signature but not of the global
/// one over the trusted comment, and slices it as 64 bytes when verifying: a bundle whose
/// signature file has a shortened fourth line would panic the reader after its first signature
/// verified (found by the `bundle_untar` fuzz target). So that length is checked here, before
/// the crate sees the file.
pub(super) fn signature_box(text: &str) -> Result<minisign::SignatureBox, ReadError> {
    use base64::Engine as _;
    let sig = minisign::SignatureBox::from_string(text).map_err(|e| ReadError::SignatureInvalid(e.to_string()))?;
    let global = text.lines().nth(3).map(str::trim).unwrap_or_default();
    match base64::engine::general_purpose::STANDARD.decode(global) {
        Ok(bytes) if bytes.len() == GLOBAL_SIGNATURE_BYTES => Ok(sig),
        Ok(bytes) => Err(ReadError::SignatureInvalid(format!(
            "its global signature (the fourth line) is {} bytes, not {GLOBAL_SIGNATURE_BYTES}",
            bytes.len()
        ))),
        Err(e) => Err(ReadError::SignatureInvalid(format!("its global signature (the fourth line) is not base64: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new key signs `data`; returns a roster of that key and the signature file.
    fn signed(data: &[u8]) -> (Roster, String) {
        let keys = crate::keys::VaultKeys::generate();
        let mut roster = Roster::new();
        roster.add("me", &keys.signing_public_key()).unwrap();
        (roster, keys.sign(data, "test").unwrap())
    }

    /// A signature file whose global signature (fourth line) was cut short, after a first
    /// signature that verifies: refused as an invalid signature, where `minisign::verify`
    /// would slice past its end and panic.
    #[test]
    fn a_short_global_signature_is_refused_not_a_panic() {
        use base64::Engine as _;
        let (roster, good) = signed(b"manifest");
        assert!(roster.verify_detached(b"manifest", &good).is_ok());
        let b64 = base64::engine::general_purpose::STANDARD;
        for len in [0usize, 1, 32, 63, 65, 128] {
            let mut lines: Vec<String> = good.lines().map(str::to_owned).collect();
            let global = b64.decode(lines[3].trim()).unwrap();
            let mut forged = global.clone();
            forged.resize(len, 7);
            lines[3] = b64.encode(&forged);
            let text = lines.join("\n") + "\n";
            let err = roster.verify_detached(b"manifest", &text).unwrap_err();
            assert!(matches!(err, ReadError::SignatureInvalid(_)), "{len} bytes: {err:?}");
            assert!(err.to_string().contains(&format!("{len} bytes")), "{len}: {err}");
        }
        let mut lines: Vec<String> = good.lines().map(str::to_owned).collect();
        lines[3] = "not base64!".into();
        let err = roster.verify_detached(b"manifest", &(lines.join("\n") + "\n")).unwrap_err();
        assert!(matches!(err, ReadError::SignatureInvalid(_)), "{err:?}");
    }
}
