//! Plaintext handed to another program (the CLI's `record edit` opens a record in `$EDITOR`),
//! kept private and short-lived.
//!
//! A [`ScratchFile`] is created readable by its owner only (0600), in a folder of its own (0700,
//! a random name) under the runtime dir (`$XDG_RUNTIME_DIR`: on most Linux systems a per-user
//! tmpfs, so memory rather than disk) or else the temp dir. When it is dropped — after the edit,
//! or on any error — every file in that folder is overwritten with zeros, synced and removed,
//! then the folder: an editor's swap or backup file next to it (vim's `.swp`, `file~`) goes too.
//!
//! What it is not: a defence against a program that copies the text elsewhere (an editor set to
//! keep swap files in a folder of its own, a clipboard manager), nor a guarantee that the
//! storage under a disk-backed temp dir keeps no old copy (zeros are written over the file's
//! blocks where the file system writes in place; journalling or copy-on-write file systems and
//! SSDs may keep earlier blocks).

use std::fs::{DirBuilder, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::error::{Result, SessionError};

/// A private file of plaintext, wiped and removed with its folder when dropped.
pub struct ScratchFile {
    dir: PathBuf,
    path: PathBuf,
}

impl ScratchFile {
    /// Writes `contents` to a new private file named `name` in a new private folder under the
    /// runtime dir (else the temp dir).
    pub fn create(name: &str, contents: &[u8]) -> Result<ScratchFile> {
        let base = dirs::runtime_dir().filter(|d| d.is_dir()).unwrap_or_else(std::env::temp_dir);
        ScratchFile::create_in(&base, name, contents)
    }

    /// As [`ScratchFile::create`], under `base`.
    pub fn create_in(base: &Path, name: &str, contents: &[u8]) -> Result<ScratchFile> {
        let dir = base.join(format!("fieldvault-{}", uuid::Uuid::new_v4().simple()));
        DirBuilder::new().mode(0o700).create(&dir).map_err(|source| SessionError::DataDir { path: dir.clone(), source })?;
        // From here on the folder exists: dropping `scratch` on an error below wipes it.
        let scratch = ScratchFile { path: dir.join(name), dir };
        let err = |source| SessionError::DataDir { path: scratch.path.clone(), source };
        let mut f = OpenOptions::new().write(true).create_new(true).mode(0o600).open(&scratch.path).map_err(err)?;
        f.write_all(contents).and_then(|()| f.sync_all()).map_err(err)?;
        Ok(scratch)
    }

    /// The file's path, to hand to the other program.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's contents now (wiped from memory when dropped).
    pub fn read(&self) -> Result<Zeroizing<Vec<u8>>> {
        let bytes = std::fs::read(&self.path).map_err(|source| SessionError::Read { path: self.path.clone(), source })?;
        Ok(Zeroizing::new(bytes))
    }
}

impl Drop for ScratchFile {
    fn drop(&mut self) {
        wipe_dir(&self.dir);
    }
}

/// Overwrites every file under `dir` with zeros, syncs and removes it, then removes `dir`.
/// Best effort: what cannot be wiped is still removed.
fn wipe_dir(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => wipe_dir(&path),
                Ok(t) if t.is_file() => {
                    let _ = zero_fill(&path);
                    let _ = std::fs::remove_file(&path);
                }
                _ => {
                    let _ = std::fs::remove_file(&path);
                }
            }
        }
    }
    let _ = std::fs::remove_dir(dir);
}

/// Writes zeros over the whole length of the file at `path`, in place, and syncs it.
fn zero_fill(path: &Path) -> std::io::Result<()> {
    let mut f = OpenOptions::new().write(true).open(path)?;
    let mut left = f.metadata()?.len();
    let zeros = [0u8; 64 * 1024];
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        f.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    f.sync_all()
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn the_file_is_private_and_wiped_with_its_folder_and_its_neighbours() {
        let base = tempfile::tempdir().unwrap();
        let s = ScratchFile::create_in(base.path(), "record.json", b"{\"secret\": 1}").unwrap();
        let dir = s.path().parent().unwrap().to_owned();
        assert_eq!((mode(s.path()), mode(&dir)), (0o600, 0o700));
        assert_eq!(&*s.read().unwrap(), b"{\"secret\": 1}");
        // An editor's swap file beside it, and a hard link kept elsewhere by someone watching.
        std::fs::write(dir.join(".record.json.swp"), b"swap secret").unwrap();
        let kept = base.path().join("kept");
        std::fs::hard_link(s.path(), &kept).unwrap();
        drop(s);
        assert!(!dir.exists(), "the folder is gone");
        assert_eq!(std::fs::read(&kept).unwrap(), vec![0u8; 13], "the file's bytes were overwritten with zeros");
    }

    #[test]
    fn fail_a_missing_base_folder_leaves_nothing() {
        let base = tempfile::tempdir().unwrap();
        assert!(ScratchFile::create_in(&base.path().join("missing"), "x.json", b"x").is_err());
        assert_eq!(std::fs::read_dir(base.path()).unwrap().count(), 0);
    }
}
