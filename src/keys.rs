//! Keys: the vault's age identity and minisign signing key, passphrase wrapping, recovery, and
//! key generation for researchers, reviewers and fieldworkers.
//!
//! Secrets live in [`secrecy`] or [`zeroize`] wrappers, have no `Debug` output, and are wiped
//! when dropped. This module encrypts and decrypts bytes; it does not know what they hold.

use std::io::Write;
use std::str::FromStr;
use std::sync::OnceLock;

use secrecy::{ExposeSecret, SecretBox, SecretString};
use zeroize::Zeroizing;

use crate::age_payload::{age_header, seal_after_header, HeaderPool};
pub use crate::age_payload::{decrypt, decrypt_with_file_key, encrypt, encrypt_to, FileKey, FileKeys, OpenError};

/// Fewest characters a new vault passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Lowest scrypt work factor (log2 N) a test build accepts: what `FIELDVAULT_KDF_WORK_FACTOR=10`
/// asks for, so tests run fast. Release builds use [`RELEASE_MIN_WORK_FACTOR`].
pub const MIN_WORK_FACTOR: u8 = 10;

/// Lowest scrypt work factor (log2 N) a release build seals with or unlocks (N = 2^18).
pub const RELEASE_MIN_WORK_FACTOR: u8 = 18;

/// Highest scrypt work factor unlock accepts (about 4 s on a laptop); sealing stays at or below it.
pub const MAX_WORK_FACTOR: u8 = 22;

/// The variable that overrides the work factor in test builds (debug assertions on); release
/// builds never read it.
pub const WORK_FACTOR_VAR: &str = "FIELDVAULT_KDF_WORK_FACTOR";

/// Whether this build honours a requested work factor (test builds only: `cfg(debug_assertions)`,
/// which the tests, the debug app of the end-to-end suite and `cargo build` have, and `--release`
/// has not).
pub const WORK_FACTOR_OVERRIDE: bool = cfg!(debug_assertions);

/// The lowest work factor this build seals with or unlocks: [`MIN_WORK_FACTOR`] in test builds,
/// [`RELEASE_MIN_WORK_FACTOR`] in release builds.
pub const fn work_factor_floor() -> u8 {
    if WORK_FACTOR_OVERRIDE {
        MIN_WORK_FACTOR
    } else {
        RELEASE_MIN_WORK_FACTOR
    }
}

/// The work factor `FIELDVAULT_KDF_WORK_FACTOR` asks for, in a test build; always `None` in a
/// release build.
pub fn work_factor_override() -> Option<u8> {
    if !WORK_FACTOR_OVERRIDE {
        return None;
    }
    std::env::var(WORK_FACTOR_VAR).ok()?.trim().parse().ok()
}

/// What went wrong with a key or a passphrase.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The passphrase does not open the vault's key.
    #[error("wrong passphrase: check the keyboard layout and Caps Lock, then try again")]
    WrongPassphrase,
    /// A new passphrase is shorter than [`MIN_PASSPHRASE_CHARS`].
    #[error("passphrase too short: use at least {MIN_PASSPHRASE_CHARS} characters (a few unrelated words work well)")]
    ShortPassphrase,
    /// A new passphrase is long enough but easy to guess (common words, names, dates, keyboard rows).
    #[error("passphrase too easy to guess: {hint}")]
    WeakPassphrase {
        /// What to do instead, from the strength estimator.
        hint: String,
    },
    /// The two entries of a new passphrase differ.
    #[error("the two passphrases differ: type the same passphrase twice")]
    PassphraseMismatch,
    /// The sealed key's scrypt work factor is below what this build accepts: the vault was made by
    /// a test build, or someone lowered it to make guessing cheaper.
    #[error(
        "the vault's passphrase protection is too weak (scrypt work factor 2^{found}, this version needs at least 2^{floor}): \
         it was made by a test build or tampered with; restore the vault from a backup"
    )]
    WorkFactorTooLow {
        /// The factor (log2 N) the sealed key carries.
        found: u8,
        /// The lowest factor this build accepts.
        floor: u8,
    },
    /// A recovery identity that does not match the vault.
    #[error("this recovery identity does not open the vault: use the project's recovery key file")]
    WrongRecoveryIdentity,
    /// Encrypted key material is damaged.
    #[error("the vault's key material is damaged ({0}): restore the vault from a backup")]
    Damaged(String),
    /// A key file that cannot be read as a key.
    #[error("{what} is not valid: {why}")]
    Invalid {
        /// What was being read.
        what: String,
        /// Why it failed.
        why: String,
    },
    /// Reading or writing failed.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
}

/// How strong a passphrase looks, for feedback while typing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Refused: shorter than [`MIN_PASSPHRASE_CHARS`].
    TooShort,
    /// Refused: the estimator guesses it in under about 10^8 tries (zxcvbn score 0-2).
    Weak,
    /// Accepted: about 10^8 to 10^10 guesses (zxcvbn score 3).
    Fair,
    /// Accepted: more than about 10^10 guesses (zxcvbn score 4).
    Strong,
}

/// Rates a passphrase with the `zxcvbn` estimator (dictionaries, names, dates, keyboard patterns,
/// repeats), after the length rule.
pub fn passphrase_strength(passphrase: &str) -> Strength {
    rate(passphrase).0
}

/// The rating and, for a weak passphrase, the estimator's advice.
fn rate(passphrase: &str) -> (Strength, Option<String>) {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return (Strength::TooShort, None);
    }
    let estimate = zxcvbn::zxcvbn(passphrase, &[]);
    let strength = match estimate.score() {
        zxcvbn::Score::Four => Strength::Strong,
        zxcvbn::Score::Three => Strength::Fair,
        _ => Strength::Weak,
    };
    let hint = (strength == Strength::Weak).then(|| {
        let advice = estimate.feedback().map(|f| {
            let warning = f.warning().map(|w| format!("{}. ", w.to_string().trim_end_matches('.'))).unwrap_or_default();
            let tips: Vec<String> = f.suggestions().iter().map(|s| s.to_string()).collect();
            format!("{warning}{}", tips.join(" "))
        });
        advice.filter(|a| !a.trim().is_empty()).unwrap_or_else(|| "add another word or two that do not belong together".into())
    });
    (strength, hint)
}

/// Checks that a new passphrase may protect a vault: long enough and not rated weak.
pub fn check_passphrase_strength(passphrase: &SecretString) -> Result<(), KeyError> {
    match rate(passphrase.expose_secret()) {
        (Strength::TooShort, _) => Err(KeyError::ShortPassphrase),
        (Strength::Weak, hint) => Err(KeyError::WeakPassphrase { hint: hint.unwrap_or_default() }),
        _ => Ok(()),
    }
}

/// Checks a new passphrase typed twice.
pub fn check_new_passphrase(first: &SecretString, second: &SecretString) -> Result<(), KeyError> {
    if first.expose_secret() != second.expose_secret() {
        return Err(KeyError::PassphraseMismatch);
    }
    check_passphrase_strength(first)
}

/// A vault's keys: its age identity (records are encrypted to it), its minisign signing key,
/// and the symmetric key of the summary index.
pub struct VaultKeys {
    identity: age::x25519::Identity,
    signing_secret: SecretBox<[u8]>,
    signing_public: minisign::PublicKey,
    index_key: SecretBox<[u8; 32]>,
    /// Whether the vault these keys open authenticates its settings and audit log with
    /// [`Self::mac`] (every vault made or unlocked since that came in); kept in the sealed
    /// secret, so nobody without the passphrase or the recovery identity can turn it off.
    authenticated: bool,
    /// Age headers to the vault's own recipient, prepared ahead (started by the first
    /// [`Self::encrypt_to_self`]; wiped with the keys).
    headers: OnceLock<Option<HeaderPool>>,
}

/// minisign's secret key, wiped when dropped: the crate's `SecretKey` has no `Drop`, so every copy
/// it makes would otherwise stay in freed memory.
struct WipedMinisignKey(minisign::SecretKey);

// minisign 0.10's `SecretKey` is byte arrays only: algorithm, KDF and checksum ids (2 each), salt
// (32), ops and memory limits (8 each), key id (8), secret key (64), checksum (32). A version that
// adds a pointer or changes the layout fails here instead of being wiped wrongly.
const _: () = assert!(std::mem::size_of::<minisign::SecretKey>() == 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32);

impl WipedMinisignKey {
    /// Overwrites the key's bytes with zeros.
    fn wipe(&mut self) {
        // SAFETY: the assertion above pins the type to plain byte arrays (alignment 1, no
        // padding, no pointers), so its memory is `size_of` initialised bytes and all zeros is
        // a valid value.
        let bytes = unsafe {
            std::slice::from_raw_parts_mut(
                (&mut self.0 as *mut minisign::SecretKey).cast::<u8>(),
                std::mem::size_of::<minisign::SecretKey>(),
            )
        };
        zeroize::Zeroize::zeroize(bytes);
    }

    /// The key's bytes, in a box of exactly their size (no spare capacity left unwiped).
    fn to_secret_box(&self) -> SecretBox<[u8]> {
        let bytes = Zeroizing::new(self.0.to_bytes());
        SecretBox::from(Box::<[u8]>::from(bytes.as_slice()))
    }
}

impl Drop for WipedMinisignKey {
    fn drop(&mut self) {
        self.wipe();
    }
}

/// Random 32 bytes from the OS.
fn random_key() -> SecretBox<[u8; 32]> {
    let mut k = Box::new([0u8; 32]);
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut k[..]);
    SecretBox::new(k)
}

impl VaultKeys {
    /// Fresh keys for a new vault.
    pub fn generate() -> VaultKeys {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().expect("the OS random source works");
        let sk = WipedMinisignKey(kp.sk);
        VaultKeys {
            identity: age::x25519::Identity::generate(),
            signing_secret: sk.to_secret_box(),
            signing_public: kp.pk,
            index_key: random_key(),
            authenticated: true,
            headers: OnceLock::new(),
        }
    }

    /// Fresh keys around an existing age identity (a researcher's, for a research workspace):
    /// a new signing key and index key, sealed like a vault's.
    pub fn with_identity(identity: age::x25519::Identity) -> VaultKeys {
        VaultKeys { identity, ..VaultKeys::generate() }
    }

    /// Whether the vault's settings and audit log are authenticated under these keys; `false`
    /// only for keys sealed by a build from before that, until [`Self::mark_authenticated`].
    pub fn is_authenticated(&self) -> bool {
        self.authenticated
    }

    /// Records that the vault is now authenticated (its migration); seal the keys again after.
    pub(crate) fn mark_authenticated(&mut self) {
        self.authenticated = true;
    }

    /// HMAC-SHA256 of `parts` (each length-prefixed, after `label`) under a key derived from the
    /// index key for this use alone: what authenticates the vault's settings and audit log, so
    /// that changing them consistently needs the passphrase or the recovery identity.
    pub fn mac(&self, label: &str, parts: &[&[u8]]) -> [u8; 32] {
        use hmac::Mac;
        type HmacSha256 = hmac::Hmac<sha2::Sha256>;
        let mut derive = <HmacSha256 as Mac>::new_from_slice(self.index_key.expose_secret()).expect("HMAC takes a key of any length");
        derive.update(b"fieldvault-mac-key-v1");
        let key = Zeroizing::new(<[u8; 32]>::from(derive.finalize().into_bytes()));
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&key[..]).expect("HMAC takes a key of any length");
        for part in std::iter::once(label.as_bytes()).chain(parts.iter().copied()) {
            mac.update(&(part.len() as u64).to_le_bytes());
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }

    /// Encrypts `plaintext` to the vault's own identity as an age file, like [`encrypt`] with
    /// [`Self::recipient`], but with a header prepared ahead on a background thread when one is
    /// ready (see [`HeaderPool`]), so the X25519 work is not on the caller's path.
    ///
    /// Also returns the file's file key, which [`decrypt_with_file_key`] opens it with, without
    /// the X25519 step; the caller keeps it only sealed (see [`Self::seal_index`]).
    pub fn encrypt_to_self(&self, plaintext: &[u8]) -> (Vec<u8>, FileKey) {
        let pool = self.headers.get_or_init(|| HeaderPool::start(self.recipient()));
        let (header, keys) = match pool.as_ref().and_then(HeaderPool::take) {
            Some(p) => (p.header, p.keys),
            None => age_header(&[&self.recipient()]),
        };
        (seal_after_header(&header, &keys.payload, plaintext), keys.file)
    }

    /// Encrypts a small index entry (a list summary) with XChaCha20-Poly1305, bound to `aad`.
    ///
    /// Listing must not cost an X25519 operation per record, so summaries use the vault's
    /// symmetric index key instead of age; record content itself is always age-encrypted.
    pub fn seal_index(&self, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
        use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, Payload};
        let cipher = chacha20poly1305::XChaCha20Poly1305::new(self.index_key.expose_secret().into());
        let nonce = chacha20poly1305::XChaCha20Poly1305::generate_nonce(&mut rand::rngs::OsRng);
        let ct = cipher.encrypt(&nonce, Payload { msg: plaintext, aad }).expect("in-memory encryption cannot fail");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        out
    }

    /// Decrypts what [`Self::seal_index`] sealed with the same `aad`.
    pub fn open_index(&self, aad: &[u8], blob: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyError> {
        use chacha20poly1305::aead::{Aead, KeyInit, Payload};
        if blob.len() < 24 + 16 {
            return Err(KeyError::Damaged("index entry too short".into()));
        }
        let cipher = chacha20poly1305::XChaCha20Poly1305::new(self.index_key.expose_secret().into());
        let (nonce, ct) = blob.split_at(24);
        cipher
            .decrypt(nonce.into(), Payload { msg: ct, aad })
            .map(Zeroizing::new)
            .map_err(|_| KeyError::Damaged("index entry does not authenticate".into()))
    }

    /// The age recipient records are encrypted to (public).
    pub fn recipient(&self) -> age::x25519::Recipient {
        self.identity.to_public()
    }

    /// The age identity that decrypts records.
    pub fn identity(&self) -> &age::x25519::Identity {
        &self.identity
    }

    /// The signing public key as a minisign `.pub` file.
    pub fn signing_public_key(&self) -> String {
        self.signing_public.to_box().expect("a public key encodes").into_string()
    }

    /// Signs `data` the way `minisign -S` does; returns the `.minisig` file text.
    ///
    /// The signature is minisign's prehashed `ED` kind: an Ed25519 signature of the BLAKE2b-512
    /// hash of `data`, then a global Ed25519 signature of that signature followed by
    /// `trusted_comment`. Unlike `minisign::sign`, which mixes random noise into every nonce,
    /// this uses plain RFC 8032 Ed25519 (`ed25519-dalek`), so the same key, data and comment
    /// always give the same text, byte for byte what `minisign -S` (which uses libsodium's
    /// deterministic Ed25519) writes for the same key; `minisign -V` verifies it.
    /// `trusted_comment` must be one line.
    pub fn sign(&self, data: &[u8], trusted_comment: &str) -> Result<String, KeyError> {
        sign_minisign(self.signing_secret.expose_secret(), &self.signing_public, data, trusted_comment)
    }

    /// Serialises the secrets (for sealing only; the result is wiped on drop).
    pub(crate) fn to_secret_bytes(&self) -> Zeroizing<Vec<u8>> {
        let age_line = self.identity.to_string();
        let sk_hex = Zeroizing::new(hex::encode(self.signing_secret.expose_secret()));
        let pk = self.signing_public.to_base64();
        // Sized up front: a growing Vec would leave copies of the secrets in freed memory.
        let capacity = age_line.expose_secret().len() + sk_hex.len() + pk.len() + 2 * 32 + 64 + AUTHENTICATED_LINE.len() + 1;
        let mut out = Zeroizing::new(Vec::with_capacity(capacity));
        writeln!(out, "{}", age_line.expose_secret()).ok();
        writeln!(out, "minisign-secret {}", sk_hex.as_str()).ok();
        writeln!(out, "minisign-public {pk}").ok();
        let ik = Zeroizing::new(hex::encode(self.index_key.expose_secret()));
        writeln!(out, "index-key {}", ik.as_str()).ok();
        if self.authenticated {
            writeln!(out, "{AUTHENTICATED_LINE}").ok();
        }
        debug_assert!(out.len() <= capacity, "to_secret_bytes grew its buffer");
        out
    }

    /// Parses what [`Self::to_secret_bytes`] wrote.
    pub(crate) fn from_secret_bytes(bytes: &[u8]) -> Result<VaultKeys, KeyError> {
        let damaged = |why: &str| KeyError::Damaged(why.to_owned());
        let text = std::str::from_utf8(bytes).map_err(|_| damaged("not text"))?;
        let mut lines = text.lines();
        let identity = lines.next().and_then(|l| age::x25519::Identity::from_str(l).ok()).ok_or_else(|| damaged("age identity"))?;
        let sk = lines
            .next()
            .and_then(|l| l.strip_prefix("minisign-secret "))
            .and_then(|h| hex::decode(h).ok())
            .ok_or_else(|| damaged("signing key"))?;
        let pk = lines
            .next()
            .and_then(|l| l.strip_prefix("minisign-public "))
            .and_then(|b| minisign::PublicKey::from_base64(b).ok())
            .ok_or_else(|| damaged("signing public key"))?;
        let ik = lines
            .next()
            .and_then(|l| l.strip_prefix("index-key "))
            .and_then(|h| hex::decode(h).ok())
            .map(Zeroizing::new)
            .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok())
            .ok_or_else(|| damaged("index key"))?;
        let authenticated = match lines.next() {
            None => false,
            Some(AUTHENTICATED_LINE) => true,
            Some(_) => return Err(damaged("unknown entry after the index key")),
        };
        Ok(VaultKeys {
            identity,
            signing_secret: SecretBox::from(sk),
            signing_public: pk,
            index_key: SecretBox::new(Box::new(ik)),
            authenticated,
            headers: OnceLock::new(),
        })
    }
}

/// Signs `data` with minisign secret key bytes `raw` (the layout of
/// `minisign::SecretKey::to_bytes`, unencrypted) whose public key is `public`, as
/// [`VaultKeys::sign`] describes: deterministic, prehashed, verifiable with `minisign -V`.
fn sign_minisign(raw: &[u8], public: &minisign::PublicKey, data: &[u8], trusted_comment: &str) -> Result<String, KeyError> {
    use base64::Engine as _;
    use blake2::Digest as _;
    use ed25519_dalek::Signer as _;

    if trusted_comment.contains(['\n', '\r']) {
        return Err(KeyError::Invalid { what: "trusted comment".into(), why: "it must be a single line".into() });
    }
    let sk = WipedMinisignKey(minisign::SecretKey::from_bytes(raw).map_err(|e| KeyError::Damaged(format!("signing key: {e}")))?);
    if sk.0.is_encrypted() {
        return Err(KeyError::Damaged("signing key: still encrypted".into()));
    }
    // minisign's secret key layout: algorithm (2), KDF (2), checksum algorithm (2), salt
    // (32), ops limit (8), memory limit (8), key id (8), Ed25519 seed (32) and public key
    // (32), checksum (32).
    const KEYNUM: std::ops::Range<usize> = 54..62;
    const SEED: std::ops::Range<usize> = 62..94;
    const PUBLIC: std::ops::Range<usize> = 94..126;
    let seed = Zeroizing::new(<[u8; 32]>::try_from(&raw[SEED]).map_err(|_| KeyError::Damaged("signing key: too short".into()))?);
    let signing = ed25519_dalek::SigningKey::from_bytes(&seed);
    let public = public.to_bytes();
    // The public key file is "Ed" ‖ key id ‖ Ed25519 public key.
    if signing.verifying_key().as_bytes()[..] != raw[PUBLIC] || public[2..10] != raw[KEYNUM] || public[10..42] != raw[PUBLIC] {
        return Err(KeyError::Damaged("signing key: the secret and public keys do not match".into()));
    }
    let signature = signing.sign(&blake2::Blake2b512::digest(data)).to_bytes();
    let mut signed_comment = signature.to_vec();
    signed_comment.extend_from_slice(trusted_comment.as_bytes());
    let global = signing.sign(&signed_comment).to_bytes();
    let mut line = b"ED".to_vec();
    line.extend_from_slice(&raw[KEYNUM]);
    line.extend_from_slice(&signature);
    let b64 = base64::engine::general_purpose::STANDARD;
    Ok(format!(
        "untrusted comment: signature from minisign secret key\n{}\ntrusted comment: {trusted_comment}\n{}\n",
        b64.encode(&line),
        b64.encode(global)
    ))
}

/// A member's minisign secret key, read from its file (`fieldvault keygen`'s
/// `NAME.minisign.key`, or `minisign -G -W`), for signing outside a vault: a reviewer signs
/// a review report with it. No `Debug`; its bytes are wiped when dropped.
pub struct SigningKey {
    secret: SecretBox<[u8]>,
    public: minisign::PublicKey,
}

impl SigningKey {
    /// Reads an unencrypted minisign secret key file's text. A password-protected key is
    /// refused with what to do.
    pub fn from_file_text(text: &str) -> Result<SigningKey, KeyError> {
        let invalid = |why: String| KeyError::Invalid { what: "minisign secret key file".into(), why };
        let sk_box = minisign::SecretKeyBox::from_string(text).map_err(|e| invalid(e.to_string()))?;
        let sk = WipedMinisignKey(
            sk_box
                .into_unencrypted_secret_key()
                .map_err(|e| invalid(format!("{e}; use an unencrypted key (`fieldvault keygen` writes one, or `minisign -G -W`)")))?,
        );
        if sk.0.is_encrypted() {
            return Err(invalid("it is protected by a password: use an unencrypted key (`minisign -G -W`)".into()));
        }
        let public = minisign::PublicKey::from_secret_key(&sk.0).map_err(|e| invalid(e.to_string()))?;
        Ok(SigningKey { secret: sk.to_secret_box(), public })
    }

    /// Signs `data` the way `minisign -S` does ([`VaultKeys::sign`]); `trusted_comment` must
    /// be one line.
    pub fn sign(&self, data: &[u8], trusted_comment: &str) -> Result<String, KeyError> {
        sign_minisign(self.secret.expose_secret(), &self.public, data, trusted_comment)
    }

    /// The public key, as a minisign `.pub` file.
    pub fn public_key_file(&self) -> String {
        self.public.to_box().expect("a public key encodes").into_string()
    }
}

/// The line of the sealed secret that marks an authenticated vault ([`VaultKeys::is_authenticated`]).
const AUTHENTICATED_LINE: &str = "authenticated v1";

/// Encrypts `secret` with a passphrase (age scrypt).
///
/// In a test build `work_factor` (log2 N) is used as asked, raised to [`MIN_WORK_FACTOR`]; a
/// release build ignores it and lets age calibrate to about one second on this machine. Either
/// way the factor is at least [`work_factor_floor`] and at most [`MAX_WORK_FACTOR`].
pub fn seal_with_passphrase(secret: &[u8], passphrase: &SecretString, work_factor: Option<u8>) -> Vec<u8> {
    seal_at_least(secret, passphrase, work_factor, work_factor_floor())
}

/// Seals `secret` under a new passphrase with a work factor no lower than that of `previous`,
/// the blob it replaces: a passphrase change never makes guessing cheaper. A test build keeps
/// the previous factor; a release build calibrates again and keeps the higher of the two.
pub fn reseal_with_passphrase(previous: &[u8], secret: &[u8], passphrase: &SecretString) -> Vec<u8> {
    let previous = sealed_work_factor(previous);
    let at_least = previous.unwrap_or(0).max(work_factor_floor());
    seal_at_least(secret, passphrase, previous, at_least)
}

fn seal_at_least(secret: &[u8], passphrase: &SecretString, work_factor: Option<u8>, at_least: u8) -> Vec<u8> {
    let at_least = at_least.min(MAX_WORK_FACTOR);
    let seal = |wf: Option<u8>| {
        let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
        if let Some(wf) = wf {
            recipient.set_work_factor(wf.clamp(at_least, MAX_WORK_FACTOR));
        }
        encrypt(&[&recipient], secret)
    };
    let requested = work_factor.filter(|_| WORK_FACTOR_OVERRIDE);
    let sealed = seal(requested);
    match sealed_work_factor(&sealed) {
        Some(wf) if (at_least..=MAX_WORK_FACTOR).contains(&wf) => sealed,
        // Calibration on a slow (or very fast) machine landed outside the bounds.
        Some(wf) => seal(Some(wf)),
        None => sealed,
    }
}

/// The scrypt work factor (log2 N) of a passphrase-sealed blob, read from its age header
/// (`-> scrypt <salt> <log2 N>`); `None` if the blob has no scrypt stanza.
pub fn sealed_work_factor(blob: &[u8]) -> Option<u8> {
    let header_end = blob.windows(4).position(|w| w == b"\n---").unwrap_or(blob.len());
    let header = std::str::from_utf8(&blob[..header_end]).ok()?;
    let stanza = header.lines().find_map(|l| l.strip_prefix("-> scrypt "))?;
    stanza.split(' ').nth(1)?.parse().ok()
}

/// Decrypts what [`seal_with_passphrase`] sealed. A blob sealed with a work factor below
/// [`work_factor_floor`] is refused before any passphrase is tried.
pub fn open_with_passphrase(blob: &[u8], passphrase: &SecretString) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    let floor = work_factor_floor();
    match sealed_work_factor(blob) {
        Some(found) if found < floor => return Err(KeyError::WorkFactorTooLow { found, floor }),
        Some(_) => {}
        None => return Err(KeyError::Damaged("the passphrase-sealed key has no scrypt stanza".into())),
    }
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    decrypt(&identity, blob).map_err(|e| match e {
        age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys | age::DecryptError::KeyDecryptionFailed => {
            KeyError::WrongPassphrase
        }
        other => KeyError::Damaged(other.to_string()),
    })
}

/// A new key pair for a project member, in the file formats of `age-keygen` and `minisign -G`.
pub struct MemberKeys {
    /// Contents of the age identity file (`# public key: …` then `AGE-SECRET-KEY-1…`).
    pub age_identity_file: SecretString,
    /// The age recipient (`age1…`), to put in a project profile.
    pub age_recipient: String,
    /// Contents of the unencrypted minisign secret key file.
    pub minisign_secret_file: SecretString,
    /// Contents of the minisign public key file (`untrusted comment: …` then the key).
    pub minisign_public_file: String,
}

/// Generates an age identity and a minisign key pair for a researcher, reviewer or fieldworker.
pub fn generate_member_keys(comment: &str) -> MemberKeys {
    let id = age::x25519::Identity::generate();
    let recipient = id.to_public().to_string();
    let created = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let age_identity_file = SecretString::from(format!(
        "# created: {created}\n# for: {comment}\n# public key: {recipient}\n{}\n",
        id.to_string().expose_secret()
    ));
    let kp = minisign::KeyPair::generate_unencrypted_keypair().expect("the OS random source works");
    let sk = WipedMinisignKey(kp.sk);
    let sk_box = sk.0.to_box(Some(comment)).expect("a secret key encodes").into_string();
    let pk_box = kp.pk.to_box().expect("a public key encodes").into_string();
    MemberKeys {
        age_identity_file,
        age_recipient: recipient,
        minisign_secret_file: SecretString::from(sk_box),
        minisign_public_file: pk_box,
    }
}

/// Reads the first `AGE-SECRET-KEY-1…` line of an identity file.
pub fn parse_identity_file(text: &str) -> Result<age::x25519::Identity, KeyError> {
    let invalid = |why: &str| KeyError::Invalid { what: "identity file".into(), why: why.into() };
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .ok_or_else(|| invalid("no AGE-SECRET-KEY-1 line found; pass the file written by `fieldvault keygen` or age-keygen"))?;
    age::x25519::Identity::from_str(line).map_err(|_| invalid("the AGE-SECRET-KEY line is malformed"))
}

/// Parses an age recipient (`age1…`).
pub fn parse_recipient(s: &str) -> Result<age::x25519::Recipient, KeyError> {
    age::x25519::Recipient::from_str(s.trim()).map_err(|e| KeyError::Invalid { what: format!("age recipient '{s}'"), why: e.to_string() })
}

/// Parses a minisign public key: the whole `.pub` file or just its base64 line.
pub fn parse_minisign_public(s: &str) -> Result<minisign::PublicKey, KeyError> {
    let line = s.lines().map(str::trim).rfind(|l| !l.is_empty() && !l.starts_with("untrusted comment:")).unwrap_or("");
    minisign::PublicKey::from_base64(line).map_err(|e| KeyError::Invalid { what: "minisign public key".into(), why: e.to_string() })
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::age_payload::tests::payload_sizes;

    #[test]
    fn the_file_key_opens_what_the_identity_opens_and_nothing_else() {
        let k = VaultKeys::generate();
        for len in payload_sizes() {
            let plain: Vec<u8> = (0..len).map(|i| (i * 13 + i / 65536) as u8).collect();
            let (blob, fk) = k.encrypt_to_self(&plain);
            assert!(decrypt_with_file_key(&fk, &blob).unwrap()[..] == plain[..], "{len} bytes");
            assert!(decrypt(k.identity(), &blob).unwrap()[..] == plain[..], "{len} bytes");
            let mut wrong = *fk;
            wrong[0] ^= 1;
            assert!(matches!(decrypt_with_file_key(&wrong, &blob), Err(OpenError::HeaderMac)), "{len} bytes");
            // A changed header byte (in the stanza) fails the header MAC.
            let mut bad = blob.clone();
            bad[30] ^= 1;
            assert!(matches!(decrypt_with_file_key(&fk, &bad), Err(OpenError::HeaderMac)), "{len} bytes");
            // A changed last byte, a cut or an extra byte fails the payload.
            let mut bad = blob.clone();
            *bad.last_mut().unwrap() ^= 1;
            assert!(matches!(decrypt_with_file_key(&fk, &bad), Err(OpenError::Payload)), "{len} bytes");
            let mut longer = blob.clone();
            longer.push(0);
            assert!(matches!(decrypt_with_file_key(&fk, &longer), Err(OpenError::Payload)), "{len} bytes");
            if len > 65536 {
                // Cut at a chunk boundary: the last-chunk flag makes it fail.
                let cut = blob.len() - (len - 1) % 65536 - 1 - 16;
                assert!(matches!(decrypt_with_file_key(&fk, &blob[..cut]), Err(OpenError::Payload)), "{len} bytes");
            }
            assert!(matches!(decrypt_with_file_key(&fk, &blob[..40]), Err(OpenError::Header)));
        }
        assert!(matches!(decrypt_with_file_key(&[0; 16], b"not an age file"), Err(OpenError::Header)));
    }

    #[test]
    fn encrypt_to_self_uses_each_prepared_header_once() {
        let k = VaultKeys::generate();
        let first = k.encrypt_to_self(b"first").0; // starts the pool; written inline
        std::thread::sleep(std::time::Duration::from_millis(300));
        let mut stanzas = HashSet::new();
        for n in 0..8 {
            let blob = if n == 0 { first.clone() } else { k.encrypt_to_self(format!("record {n}").as_bytes()).0 };
            let line = blob.split(|b| *b == b'\n').nth(1).unwrap().to_vec();
            assert!(line.starts_with(b"-> X25519 "));
            assert!(stanzas.insert(line), "an ephemeral share was used twice");
            let want = if n == 0 { b"first".to_vec() } else { format!("record {n}").into_bytes() };
            assert_eq!(decrypt(k.identity(), &blob).unwrap()[..], want[..]);
        }
        drop(k); // stops the thread and wipes the waiting keys
    }

    #[test]
    fn passphrase_seal_round_trips_and_refuses_wrong_passphrase() {
        let pass = SecretString::from("correct horse battery");
        let blob = seal_with_passphrase(b"secret", &pass, Some(MIN_WORK_FACTOR));
        assert_eq!(open_with_passphrase(&blob, &pass).unwrap().as_slice(), b"secret");
        let wrong = SecretString::from("wrong horse battery");
        assert!(matches!(open_with_passphrase(&blob, &wrong), Err(KeyError::WrongPassphrase)));
    }

    #[test]
    fn vault_keys_round_trip_and_sign() {
        let k = VaultKeys::generate();
        let k2 = VaultKeys::from_secret_bytes(&k.to_secret_bytes()).unwrap();
        assert_eq!(k.recipient().to_string(), k2.recipient().to_string());
        let sig = k2.sign(b"manifest", "test").unwrap();
        let pk = parse_minisign_public(&k.signing_public_key()).unwrap();
        let sig_box = minisign::SignatureBox::from_string(&sig).unwrap();
        minisign::verify(&pk, &sig_box, std::io::Cursor::new(b"manifest"), true, false, false).unwrap();
        assert!(minisign::verify(&pk, &sig_box, std::io::Cursor::new(b"tampered"), true, false, false).is_err());
    }

    #[test]
    fn signatures_are_deterministic_and_refuse_a_multi_line_comment() {
        let k = VaultKeys::generate();
        assert_eq!(k.sign(b"manifest", "c").unwrap(), k.sign(b"manifest", "c").unwrap());
        assert_ne!(k.sign(b"manifest", "c").unwrap(), k.sign(b"manifest", "d").unwrap());
        assert!(matches!(k.sign(b"manifest", "a\ntrusted comment: b"), Err(KeyError::Invalid { .. })));
    }

    /// Debian's `minisign -S` (libsodium's Ed25519, deterministic) writes the very same file for
    /// the same key, data and trusted comment: a known answer from the reference tool.
    #[test]
    fn debian_minisign_writes_the_same_signature() {
        let Some(minisign) =
            std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|p| p.join("minisign")).find(|p| p.is_file()))
        else {
            assert!(std::env::var_os("CI").is_none(), "minisign is needed under CI: apt-get install minisign");
            return;
        };
        let k = VaultKeys::generate();
        let dir = tempfile::tempdir().unwrap();
        let sk = minisign::SecretKey::from_bytes(k.signing_secret.expose_secret()).unwrap();
        let key_file = dir.path().join("k.key");
        std::fs::write(&key_file, sk.to_box(None).unwrap().into_string()).unwrap();
        let data = dir.path().join("manifest.json");
        std::fs::write(&data, b"{\"format\": \"x\"}\n").unwrap();
        let sig_file = dir.path().join("manifest.json.minisig");
        let comment = "fieldvault bundle 00ff project p at 2024-05-01T09:00:00Z";
        let out = std::process::Command::new(&minisign)
            .arg("-S")
            .arg("-s")
            .arg(&key_file)
            .arg("-m")
            .arg(&data)
            .arg("-t")
            .arg(comment)
            .arg("-x")
            .arg(&sig_file)
            .output()
            .unwrap();
        assert!(out.status.success(), "minisign -S: {}", String::from_utf8_lossy(&out.stderr));
        let ours = k.sign(b"{\"format\": \"x\"}\n", comment).unwrap();
        assert_eq!(std::fs::read_to_string(&sig_file).unwrap(), ours);
    }

    #[test]
    fn strength_follows_the_estimator_after_the_length_rule() {
        assert_eq!(passphrase_strength("short"), Strength::TooShort);
        assert_eq!(passphrase_strength("aaaaaaaaaaaa"), Strength::Weak);
        assert_eq!(passphrase_strength("password1234"), Strength::Weak);
        assert_eq!(passphrase_strength("river lamp tiger cloud"), Strength::Strong);
        for p in [
            "demo field vault",
            "bench passphrase 1",
            "benchmark passphrase",
            "new passphrase after recovery",
            "third passphrase after recovery",
            "a different long passphrase",
            "a brand new long passphrase",
            "not the passphrase",
        ] {
            // The passphrases of the demo, the benchmarks and the tests stay acceptable.
            assert!(passphrase_strength(p) >= Strength::Fair, "{p}");
        }
        assert_eq!(passphrase_strength("abcdefghijk"), Strength::Weak);
    }

    #[test]
    fn the_minisign_secret_is_wiped() {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let mut sk = WipedMinisignKey(kp.sk);
        assert!(sk.0.to_bytes().iter().any(|b| *b != 0));
        sk.wipe();
        assert!(sk.0.to_bytes().iter().all(|b| *b == 0));
    }

    #[test]
    fn the_serialised_secrets_fit_the_buffer_sized_for_them() {
        // to_secret_bytes debug-asserts that its buffer never grew (a grown Vec leaves a copy).
        let k = VaultKeys::generate();
        assert!(VaultKeys::from_secret_bytes(&k.to_secret_bytes()).is_ok());
    }

    #[test]
    fn fail_a_blob_sealed_below_the_floor_is_refused_before_scrypt_runs() {
        let pass = SecretString::from("river lamp tiger cloud".to_owned());
        let mut recipient = age::scrypt::Recipient::new(pass.clone());
        recipient.set_work_factor(work_factor_floor() - 1);
        let blob = encrypt(&[&recipient], b"secret");
        assert_eq!(sealed_work_factor(&blob), Some(work_factor_floor() - 1));
        assert!(matches!(open_with_passphrase(&blob, &pass), Err(KeyError::WorkFactorTooLow { .. })));
    }

    #[test]
    fn resealing_keeps_the_higher_work_factor() {
        let pass = SecretString::from("river lamp tiger cloud".to_owned());
        let first = seal_with_passphrase(b"secret", &pass, Some(MIN_WORK_FACTOR + 2));
        assert_eq!(sealed_work_factor(&first), Some(MIN_WORK_FACTOR + 2));
        let second = reseal_with_passphrase(&first, b"secret", &pass);
        assert_eq!(sealed_work_factor(&second), Some(MIN_WORK_FACTOR + 2));
        // Asking for less than the floor gets the floor.
        assert_eq!(sealed_work_factor(&seal_with_passphrase(b"s", &pass, Some(1))), Some(work_factor_floor()));
    }
}
