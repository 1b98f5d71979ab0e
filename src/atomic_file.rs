//! Files that appear whole or not at all.
//!
//! A [`PendingFile`] is written with no name of its own in the folder it will appear in, and
//! is given its final name only by [`PendingFile::persist`], which never replaces an existing
//! file. On Linux it is an unnamed file (`O_TMPFILE`): if the process is killed while writing,
//! the kernel frees it and nothing is left behind, not even a temporary name. Where unnamed
//! files are not available (another OS, a file system without them such as FAT on a USB
//! stick, no `/proc`), it is a hidden temporary name in the same folder, removed when the file
//! is dropped unpersisted, and moved to its name by a hard link or, where the file system has
//! none, a rename that refuses to replace a file.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// Writes `data` to `path`, a new file (never over an existing one), whole or not at all.
pub fn write_new(path: &Path, data: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let mut f = PendingFile::create(dir, &name)?;
    f.file().write_all(data)?;
    f.persist(path)
}

/// A file being written in `dir`, without its final name yet.
pub struct PendingFile {
    file: File,
    /// The temporary name, when the file has one (the fallback); `None` for an unnamed file.
    tmp: Option<PathBuf>,
}

impl PendingFile {
    /// Creates a file in `dir` (mode 0600) that will be named `name` by [`PendingFile::persist`].
    pub fn create(dir: &Path, name: &str) -> io::Result<PendingFile> {
        #[cfg(target_os = "linux")]
        if Path::new("/proc/self/fd").is_dir() {
            match OpenOptions::new().write(true).custom_flags(libc::O_TMPFILE).mode(0o600).open(dir) {
                Ok(file) => return Ok(PendingFile { file, tmp: None }),
                // The file system (or kernel) has no unnamed files: fall back to a named one.
                Err(e) if matches!(e.raw_os_error(), Some(libc::EOPNOTSUPP | libc::EISDIR | libc::EINVAL)) => {}
                Err(e) => return Err(e),
            }
        }
        let tmp = dir.join(format!(".{name}.partial-{}", uuid::Uuid::new_v4()));
        let file = OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp)?;
        Ok(PendingFile { file, tmp: Some(tmp) })
    }

    /// The open file, to write into.
    pub fn file(&mut self) -> &mut File {
        &mut self.file
    }

    /// Whether the file has no name at all until it is persisted (killing the process while
    /// writing leaves nothing).
    pub fn is_unnamed(&self) -> bool {
        self.tmp.is_none()
    }

    /// Syncs the file and gives it the name `path` (in the folder it was created in), failing
    /// with `AlreadyExists` rather than replacing a file. An error means the file has no name:
    /// once it has one, the folder is synced as well as it can be (a folder that cannot be
    /// opened or synced, which some file systems refuse, is no error: the file is in place).
    pub fn persist(self, path: &Path) -> io::Result<()> {
        self.file.sync_all()?;
        match &self.tmp {
            #[cfg(target_os = "linux")]
            None => {
                use std::os::fd::AsRawFd;
                use std::os::unix::ffi::OsStrExt;
                let from = std::ffi::CString::new(format!("/proc/self/fd/{}", self.file.as_raw_fd())).expect("no NUL in a number");
                let to = std::ffi::CString::new(path.as_os_str().as_bytes())
                    .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "the path holds a NUL byte"))?;
                // SAFETY: both arguments are NUL-terminated strings that outlive the call.
                let rc = unsafe { libc::linkat(libc::AT_FDCWD, from.as_ptr(), libc::AT_FDCWD, to.as_ptr(), libc::AT_SYMLINK_FOLLOW) };
                if rc != 0 {
                    return Err(io::Error::last_os_error());
                }
            }
            #[cfg(not(target_os = "linux"))]
            None => unreachable!("unnamed files are made only on Linux"),
            Some(tmp) => link_or_rename(tmp, path)?,
        }
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let _ = File::open(dir).and_then(|d| d.sync_all());
        Ok(())
    }
}

/// Gives the file `tmp` the name `path` without ever replacing a file there: a hard link
/// (then `tmp` is removed by the caller), or, on a file system without hard links (FAT), a
/// rename that refuses an existing name (`renameat2` with `RENAME_NOREPLACE` on Linux).
fn link_or_rename(tmp: &Path, path: &Path) -> io::Result<()> {
    match std::fs::hard_link(tmp, path) {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists && no_links(&e) => rename_noreplace(tmp, path),
        other => other,
    }
}

/// Whether a failed hard link says the file system has none.
fn no_links(e: &io::Error) -> bool {
    #[cfg(target_os = "linux")]
    return matches!(e.raw_os_error(), Some(libc::EPERM | libc::EOPNOTSUPP | libc::EMLINK));
    #[cfg(not(target_os = "linux"))]
    return e.kind() == io::ErrorKind::Unsupported || e.kind() == io::ErrorKind::PermissionDenied;
}

/// Renames `from` to `to`, failing with `AlreadyExists` if `to` exists.
fn rename_noreplace(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::ffi::OsStrExt;
        let c = |p: &Path| {
            std::ffi::CString::new(p.as_os_str().as_bytes())
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "the path holds a NUL byte"))
        };
        let (a, b) = (c(from)?, c(to)?);
        // SAFETY: both arguments are NUL-terminated strings that outlive the call.
        let rc = unsafe { libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_NOREPLACE) };
        if rc == 0 {
            return Ok(());
        }
        let e = io::Error::last_os_error();
        // A file system (or kernel) without the flag: the check below is the best left.
        if !matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) {
            return Err(e);
        }
    }
    if to.symlink_metadata().is_ok() {
        return Err(io::Error::new(io::ErrorKind::AlreadyExists, "the file name is taken"));
    }
    std::fs::rename(from, to)
}

impl Drop for PendingFile {
    fn drop(&mut self) {
        if let Some(tmp) = &self.tmp {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn a_pending_file_has_no_name_until_persisted_and_never_replaces_one() {
        let dir = tempfile::tempdir().unwrap();
        let mut f = PendingFile::create(dir.path(), "a.fvb").unwrap();
        f.file().write_all(b"whole").unwrap();
        if f.is_unnamed() {
            assert!(names(dir.path()).is_empty(), "nothing in the folder while writing");
        } else {
            assert!(!cfg!(target_os = "linux") || !std::path::Path::new("/proc/self/fd").is_dir() || unnamed_unsupported(dir.path()));
        }
        f.persist(&dir.path().join("a.fvb")).unwrap();
        assert_eq!(std::fs::read(dir.path().join("a.fvb")).unwrap(), b"whole");

        let mut g = PendingFile::create(dir.path(), "a.fvb").unwrap();
        g.file().write_all(b"other").unwrap();
        let e = g.persist(&dir.path().join("a.fvb")).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(dir.path().join("a.fvb")).unwrap(), b"whole", "the first file is untouched");

        // Dropped without persisting: nothing is left.
        let mut h = PendingFile::create(dir.path(), "b.fvb").unwrap();
        h.file().write_all(b"half").unwrap();
        drop(h);
        assert_eq!(names(dir.path()), ["a.fvb"]);
    }

    /// Whether `dir`'s file system refuses unnamed files (overlayfs before Linux 6.6, FAT…).
    fn unnamed_unsupported(dir: &Path) -> bool {
        #[cfg(target_os = "linux")]
        return OpenOptions::new().write(true).custom_flags(libc::O_TMPFILE).mode(0o600).open(dir).is_err();
        #[cfg(not(target_os = "linux"))]
        return true;
    }

    #[test]
    fn a_rename_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b, c) = (dir.path().join("a"), dir.path().join("b"), dir.path().join("c"));
        std::fs::write(&a, b"a").unwrap();
        std::fs::write(&b, b"b").unwrap();
        assert_eq!(rename_noreplace(&a, &b).unwrap_err().kind(), io::ErrorKind::AlreadyExists);
        assert_eq!((std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap()), (b"a".to_vec(), b"b".to_vec()));
        rename_noreplace(&a, &c).unwrap();
        assert_eq!(names(dir.path()), ["b", "c"]);
    }

    #[test]
    fn the_named_fallback_is_removed_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let tmp = dir.path().join(".c.fvb.partial-test");
        let file = OpenOptions::new().write(true).create_new(true).open(&tmp).unwrap();
        let mut f = PendingFile { file, tmp: Some(tmp) };
        f.file().write_all(b"x").unwrap();
        drop(f);
        assert!(names(dir.path()).is_empty());
        let tmp = dir.path().join(".d.fvb.partial-test");
        let file = OpenOptions::new().write(true).create_new(true).open(&tmp).unwrap();
        PendingFile { file, tmp: Some(tmp) }.persist(&dir.path().join("d.fvb")).unwrap();
        assert_eq!(names(dir.path()), ["d.fvb"]);
    }
}
