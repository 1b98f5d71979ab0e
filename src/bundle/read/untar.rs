//! The tar layer: a bundle's plaintext, entry by entry, never trusting its headers.
//!
//! The first entry must be `manifest.json` and the second its signature, each under its own
//! cap; they are [`verify`]d before anything else is read. Every later entry must be a regular
//! file with a safe name, listed in the signed manifest at the size it lists, and appear once; it
//! is hashed against the manifest as soon as it is read. A byte budget under the `tar` crate
//! bounds even what the crate reads by itself (long-name and extension headers): before the
//! signature, the two first entries' caps; after it, the signed sizes. What follows the tar's
//! end must be zeros. Entry order is the writer's ([`crate::bundle::tar_order`]).

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Read};
use std::rc::Rc;

use super::verify::{parse_records, verify};
use super::{safe_path, shown, Bundle, Fault, ReadError, Roster, MAX_FILES, MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES};
use crate::bundle::format::{MANIFEST, SIGNATURE};

/// Bytes a tar may spend on an entry besides its data: its header, a long-name header and its
/// block, and padding.
const ENTRY_OVERHEAD: u64 = 4 * 512;

/// Zeros the writer never exceeds after the last entry (two blocks), with room for tars padded
/// to a 10 KiB record by other tools.
const END_ALLOWANCE: u64 = 20 * 512;

/// Reads a bundle's plaintext tar (from [`super::decrypt`] or anywhere else) and checks it
/// against `roster`, as the module doc says; returns the checked bundle.
pub fn untar<R: Read>(tar: R, roster: &Roster) -> Result<Bundle, ReadError> {
    read_tar(tar, roster, &Fault::default())
}

/// Stops reading past a budget, leaving [`ReadError::Oversized`] in the fault slot.
struct Budget<R> {
    inner: R,
    left: Rc<Cell<u64>>,
    limit: Rc<Cell<u64>>,
    fault: Fault,
}

impl<R: Read> Read for Budget<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        if self.left.get() == 0 {
            // One byte more than allowed tells a tar that ends on the budget from one that goes on.
            let mut probe = [0u8; 1];
            if self.inner.read(&mut probe)? == 0 {
                return Ok(0);
            }
            let limit = self.limit.get();
            self.fault.borrow_mut().get_or_insert(ReadError::Oversized { limit });
            return Err(io::Error::other("the bundle holds more than its manifest lists"));
        }
        let want = buf.len().min(usize::try_from(self.left.get()).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left.set(self.left.get() - n as u64);
        Ok(n)
    }
}

/// [`untar`], with the fault slot of the layer below.
pub(super) fn read_tar<R: Read>(tar: R, roster: &Roster, fault: &Fault) -> Result<Bundle, ReadError> {
    let first = MAX_MANIFEST_BYTES + MAX_SIGNATURE_BYTES + 2 * ENTRY_OVERHEAD;
    let left = Rc::new(Cell::new(first));
    let limit = Rc::new(Cell::new(first));
    let budget = Budget { inner: tar, left: left.clone(), limit: limit.clone(), fault: fault.clone() };
    let failed = |e: io::Error| {
        fault.borrow_mut().take().unwrap_or_else(|| match e.kind() {
            io::ErrorKind::UnexpectedEof => ReadError::Truncated(e.to_string()),
            _ => ReadError::NotATar(e.to_string()),
        })
    };
    let mut archive = tar::Archive::new(budget);
    let mut entries = archive.entries().map_err(failed)?;

    let manifest = read_first(&mut entries, MANIFEST, MAX_MANIFEST_BYTES, &failed)?;
    let signature = read_first(&mut entries, SIGNATURE, MAX_SIGNATURE_BYTES, &failed)?;
    let verified = verify(&manifest, &signature, roster)?;
    let spent = first - left.get();
    let allowed = spent + verified.listed_bytes() + (verified.manifest.files.len() as u64) * ENTRY_OVERHEAD + END_ALLOWANCE;
    left.set(allowed - spent);
    limit.set(allowed);

    let mut files = BTreeMap::from([(MANIFEST.to_owned(), manifest), (SIGNATURE.to_owned(), signature)]);
    for entry in entries {
        let mut entry = entry.map_err(failed)?;
        let path = entry_path(&entry)?;
        if files.contains_key(&path) {
            return Err(ReadError::DuplicateEntry { path: shown(&path) });
        }
        if files.len() >= MAX_FILES {
            return Err(ReadError::TooManyFiles { limit: MAX_FILES });
        }
        let listed = verified.listed(&path).ok_or_else(|| ReadError::UnlistedFile { path: shown(&path) })?;
        if entry.size() != listed.size {
            return Err(ReadError::HashMismatch { path: shown(&path) });
        }
        let data = read_entry(&mut entry, &path, listed.size, &failed)?;
        verified.check_file(&path, &data)?;
        files.insert(path, data);
    }
    verified.check_complete(&files.keys().map(String::as_str).collect::<BTreeSet<_>>())?;

    // Read to the end: the age layer authenticates its last chunk only there, and nothing but
    // the tar's closing zeros may follow.
    let mut rest = archive.into_inner();
    let mut buf = [0u8; 4096];
    loop {
        let n = rest.read(&mut buf).map_err(failed)?;
        if n == 0 {
            break;
        }
        if buf[..n].iter().any(|&b| b != 0) {
            return Err(ReadError::TrailingData);
        }
    }
    let records = match files.get("records.jsonl") {
        Some(records) => parse_records(records)?,
        None => return Err(ReadError::MissingFile { path: "records.jsonl".into() }),
    };
    Ok(Bundle { manifest: verified.manifest, files, signer_key_id: verified.signer_key_id, signer: verified.signer, records })
}

/// Reads the entry that must come next, `name`, of at most `cap` bytes.
fn read_first<R: Read>(
    entries: &mut tar::Entries<'_, R>,
    name: &str,
    cap: u64,
    failed: &impl Fn(io::Error) -> ReadError,
) -> Result<Vec<u8>, ReadError> {
    let mut entry = match entries.next() {
        None => return Err(ReadError::ManifestNotFirst { expected: name.into(), found: "end of archive".into() }),
        Some(e) => e.map_err(failed)?,
    };
    let path = entry_path(&entry)?;
    if path != name {
        return Err(ReadError::ManifestNotFirst { expected: name.into(), found: shown(&path) });
    }
    if entry.size() > cap {
        return Err(ReadError::EntryTooLarge { path, size: entry.size(), limit: cap });
    }
    let size = entry.size();
    read_entry(&mut entry, name, size, failed)
}

/// The data of an entry of `size` bytes (already checked against a cap).
fn read_entry<R: Read>(
    entry: &mut tar::Entry<'_, R>,
    path: &str,
    size: u64,
    failed: &impl Fn(io::Error) -> ReadError,
) -> Result<Vec<u8>, ReadError> {
    let mut data = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    entry.take(size).read_to_end(&mut data).map_err(failed)?;
    if data.len() as u64 != size {
        return Err(ReadError::Truncated(format!("'{}' ends after {} of its {size} bytes", shown(path), data.len())));
    }
    Ok(data)
}

/// The entry's name, if it is a regular file with a safe one.
fn entry_path<R: Read>(entry: &tar::Entry<'_, R>) -> Result<String, ReadError> {
    let path = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
    let kind = entry.header().entry_type();
    if kind != tar::EntryType::Regular {
        let what = match kind {
            tar::EntryType::Symlink => "a symbolic link".to_owned(),
            tar::EntryType::Link => "a hard link".to_owned(),
            tar::EntryType::Directory => "a folder".to_owned(),
            other => format!("an entry of type {:?}", other.as_byte() as char),
        };
        return Err(ReadError::UnsafeEntry { path: shown(&path), why: format!("{what}; bundles hold regular files only") });
    }
    if !safe_path(&path) {
        return Err(ReadError::UnsafeEntry {
            path: shown(&path),
            why: "an absolute, hidden or parent-directory path, or characters bundles never use".into(),
        });
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tar header of `kind` for `name`, claiming `size` bytes.
    fn header(name: &[u8], kind: tar::EntryType, size: u64) -> Vec<u8> {
        let mut h = tar::Header::new_gnu();
        h.as_mut_bytes()[..name.len()].copy_from_slice(name);
        h.set_size(size);
        h.set_mode(0o644);
        h.set_entry_type(kind);
        h.set_cksum();
        h.as_bytes().to_vec()
    }

    #[test]
    fn fail_a_huge_manifest_is_refused_from_its_header_alone() {
        let tar = header(MANIFEST.as_bytes(), tar::EntryType::Regular, 1 << 40);
        let err = untar(&tar[..], &Roster::new()).unwrap_err();
        assert!(matches!(err, ReadError::EntryTooLarge { size, .. } if size == 1 << 40), "{err:?}");
    }

    #[test]
    fn fail_a_huge_long_name_stops_at_the_budget() {
        // The tar crate reads a GNU long name whole; the budget under it stops that at the cap.
        let size = 200 << 20;
        let tar = io::Cursor::new(header(b"././@LongLink", tar::EntryType::GNULongName, size)).chain(io::repeat(b'a').take(size + 2048));
        let err = untar(tar, &Roster::new()).unwrap_err();
        assert!(matches!(err, ReadError::Oversized { limit } if limit < size), "{err:?}");
    }
}
