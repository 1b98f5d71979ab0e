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
    /// must verify with that key ([`ReadError::BadSignature`]). Legacy (not prehashed)
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
        let sig = minisign::SignatureBox::from_string(signature).map_err(|e| ReadError::SignatureInvalid(e.to_string()))?;
        let (name, pk) = self.signer(&sig, data)?;
        Ok((name.to_owned(), crate::bundle::format::key_id(pk)))
    }

    /// The members whose key id is `keynum` (the 8 bytes of a signature), with their names.
    pub(super) fn with_key_id<'a>(&'a self, keynum: &'a [u8]) -> impl Iterator<Item = (&'a str, &'a minisign::PublicKey)> + 'a {
        self.members.iter().filter(move |(_, pk)| pk.keynum() == keynum).map(|(n, pk)| (n.as_str(), pk))
    }
}
