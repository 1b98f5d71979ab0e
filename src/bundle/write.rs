//! Writing a bundle: the deterministic tar and its encryption to the project's researchers and
//! reviewers.
//!
//! The tar holds `manifest.json` and `manifest.json.minisig` first ([`tar_order`]), so a reader
//! checks the signature before it reads any data, then the other files in path order; mtime 0,
//! uid/gid 0, mode 0644, regular files only. [`tar_pieces`] borrows the files' bytes and
//! [`encrypt_to`] encrypts the pieces straight into the output, so no buffer the size of the
//! bundle is made. Building the files is [`super::tables`]' job, signing the manifest and the
//! export's order of steps [`super::export`]'s; nothing here reads a bundle.

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::format::{FileParts, MANIFEST, SIGNATURE};
use crate::deid::{self, Deidentified};
use crate::keys;
use crate::profile::Profile;

/// What went wrong writing a bundle. Each message says what to do next.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// The profile names no researcher or reviewer to encrypt to.
    #[error("the project profile names no researcher or reviewer, so there is no one to encrypt the bundle to: ask the principal investigator for the profile")]
    NoRecipients,
    /// A researcher's or reviewer's age recipient in the profile does not parse.
    #[error("a recipient in the project profile is not valid ({0}): ask the principal investigator for a fresh copy of the profile")]
    Recipient(#[source] keys::KeyError),
    /// The output cannot be written.
    #[error("cannot write {path}: {source}; no bundle was written: choose a folder you can write to, with room for the bundle")]
    Output {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Puts a bundle's files in the tar's order: the manifest, its signature, then every other file
/// by path. Readers refuse a bundle that does not begin with the manifest and its signature.
pub fn tar_order(files: &mut [(String, FileParts)]) {
    files.sort_by(|a, b| {
        let rank = |p: &str| match p {
            MANIFEST => 0,
            SIGNATURE => 1,
            _ => 2,
        };
        rank(&a.0).cmp(&rank(&b.0)).then_with(|| a.0.cmp(&b.0))
    });
}

/// Step 7 over a bundle's files as they are made ([`data_files`]), part by part
/// ([`Deidentified::leak_scan_parts`]).
pub fn leak_scan(deid: &mut Deidentified, files: &[(String, FileParts)]) -> std::result::Result<deid::LeakScanReport, deid::DeidError> {
    let parts: Vec<(String, Vec<&[u8]>)> = files.iter().map(|(p, f)| (p.clone(), f.slices())).collect();
    deid.leak_scan_parts(&parts)
}

/// Writes files into a deterministic tar: given order, mtime 0, uid/gid 0, mode 0644, no
/// owner names, regular files only. The bytes of [`tar_pieces`], joined.
pub fn tar_bytes(files: &[(String, FileParts)]) -> Vec<u8> {
    tar_pieces(files).concat()
}

/// The header of a bundle's file of `len` bytes, before its path is set.
fn tar_header(len: usize) -> tar::Header {
    let mut h = tar::Header::new_ustar();
    h.set_entry_type(tar::EntryType::Regular);
    h.set_size(len as u64);
    h.set_mode(0o644);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(0);
    h
}

/// Zero bytes for a tar's padding and its end (two zero blocks).
static TAR_ZEROS: [u8; 1024] = [0; 1024];

/// The tar of [`tar_bytes`] as pieces in order, the files' bytes borrowed: each file's header
/// (made by the `tar` crate), its bytes, zeros up to the next 512-byte block; then the two
/// zero blocks that end a tar. Encrypting the pieces ([`encrypt_to`]) never copies the files
/// into a tar the size of the bundle.
pub fn tar_pieces(files: &[(String, FileParts)]) -> Vec<Cow<'_, [u8]>> {
    let mut pieces = Vec::with_capacity(files.iter().map(|(_, f)| f.0.len() + 2).sum::<usize>() + 1);
    for (path, data) in files {
        let len = data.len();
        let mut h = tar_header(len);
        // The header alone (with any extension header a long path needs): an entry appended
        // with no data is written without padding, and the end blocks are not yet written.
        let mut b = tar::Builder::new(Vec::new());
        b.mode(tar::HeaderMode::Deterministic);
        b.append_data(&mut h, path, std::io::empty()).expect("writing a tar header to memory cannot fail");
        pieces.push(Cow::Owned(std::mem::take(b.get_mut())));
        pieces.extend(data.0.iter().map(|p| Cow::Borrowed(p.as_slice())));
        let pad = (512 - len % 512) % 512;
        pieces.push(Cow::Borrowed(&TAR_ZEROS[..pad]));
    }
    pieces.push(Cow::Borrowed(&TAR_ZEROS[..]));
    pieces
}

/// Encrypts a tar to the profile's researchers and reviewers.
pub fn encrypt(profile: &Profile, tar: &[u8]) -> Result<Vec<u8>, WriteError> {
    let recipients = recipients(profile)?;
    let dyns: Vec<&dyn age::Recipient> = recipients.iter().map(|r| r as &dyn age::Recipient).collect();
    Ok(keys::encrypt(&dyns, tar))
}

/// [`encrypt`], writing the age file to `out` as it is encrypted instead of returning it
/// ([`keys::encrypt_to`]: no output buffer the size of the bundle), of the concatenation of
/// `tar`'s pieces. `path` names `out` in a write error.
pub fn encrypt_to<W: Write + Send>(profile: &Profile, tar: &[&[u8]], out: W, path: &Path) -> Result<W, WriteError> {
    let recipients = recipients(profile)?;
    let dyns: Vec<&dyn age::Recipient> = recipients.iter().map(|r| r as &dyn age::Recipient).collect();
    keys::encrypt_to(&dyns, tar, out).map_err(|source| WriteError::Output { path: path.to_owned(), source })
}

/// The profile's researchers and reviewers as age recipients (at least one).
fn recipients(profile: &Profile) -> Result<Vec<age::x25519::Recipient>, WriteError> {
    let mut recipients = Vec::new();
    for m in profile.researchers.iter().chain(&profile.reviewers) {
        recipients.push(keys::parse_recipient(&m.age_recipient).map_err(WriteError::Recipient)?);
    }
    if recipients.is_empty() {
        return Err(WriteError::NoRecipients);
    }
    Ok(recipients)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    /// The tar crate's own archive of `files`, as `tar_bytes` made it before it was built
    /// from pieces.
    fn tar_by_the_crate(files: &[(String, Vec<u8>)]) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        b.mode(tar::HeaderMode::Deterministic);
        for (path, data) in files {
            let mut h = tar_header(data.len());
            b.append_data(&mut h, path, data.as_slice()).unwrap();
        }
        b.into_inner().unwrap()
    }

    #[test]
    fn tar_pieces_join_into_the_tar_crates_archive() {
        let long = format!("data/{}.csv", "x".repeat(120));
        let files: Vec<(String, Vec<u8>)> = [0usize, 1, 511, 512, 513, 1024, 70_000]
            .iter()
            .enumerate()
            .map(|(i, &n)| (format!("data/t{i}.csv"), (0..n).map(|j| (j % 251) as u8).collect()))
            .chain([(long, b"a long path".to_vec())])
            .collect();
        let whole: Vec<(String, FileParts)> = files.iter().map(|(p, b)| (p.clone(), b.clone().into())).collect();
        assert_eq!(tar_bytes(&whole), tar_by_the_crate(&files));
        assert_eq!(tar_bytes(&[]), tar_by_the_crate(&[]));
        let tar = tar_bytes(&whole);
        let mut read_back = tar::Archive::new(&tar[..]);
        let mut t6 = read_back.entries().unwrap().nth(6).unwrap().unwrap();
        assert_eq!(t6.path_bytes().as_ref(), b"data/t6.csv");
        let mut data = Vec::new();
        t6.read_to_end(&mut data).unwrap();
        assert_eq!(data, files[6].1);
        // A file in parts (empty ones too, cut anywhere) makes the same tar as the file whole.
        let cut: Vec<(String, FileParts)> = files
            .iter()
            .map(|(p, b)| {
                let mut parts = vec![Vec::new()];
                let (mut at, mut i) = (0, 0);
                while at < b.len() {
                    let end = (at + [7usize, 0, 500, 1, 4000][i % 5] + i % 3).min(b.len());
                    parts.push(b[at..end].to_vec());
                    (at, i) = (end, i + 1);
                }
                (p.clone(), FileParts(parts))
            })
            .collect();
        assert!(cut[6].1 .0.len() > 10);
        assert_eq!(cut.iter().map(|(_, f)| f.to_vec()).collect::<Vec<_>>(), files.iter().map(|(_, b)| b.clone()).collect::<Vec<_>>());
        assert_eq!(tar_bytes(&cut), tar_by_the_crate(&files));
    }

    #[test]
    fn tar_is_deterministic_and_plain() {
        let files = vec![("a.txt".to_string(), b"hello".to_vec().into()), ("data/b.csv".to_string(), b"x,y\r\n".to_vec().into())];
        let t1 = tar_bytes(&files);
        assert_eq!(t1, tar_bytes(&files));
        assert!(t1.windows(5).any(|w| w == b"x,y\r\n"));
    }

    #[test]
    fn the_manifest_and_its_signature_come_first() {
        let mut files: Vec<(String, FileParts)> = ["records.jsonl", SIGNATURE, "data/a.csv", MANIFEST, "datapackage.json"]
            .iter()
            .map(|p| (p.to_string(), FileParts::default()))
            .collect();
        tar_order(&mut files);
        let order: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(order, [MANIFEST, SIGNATURE, "data/a.csv", "datapackage.json", "records.jsonl"]);
    }
}
