//! Where FieldVault keeps its files on this machine: one answer for the CLI and the app.
//!
//! [`data_dir`] is `FIELDVAULT_DATA_DIR` when it is set, else the platform's data directory (from
//! the `dirs` crate: `~/.local/share` on Linux, `~/Library/Application Support` on macOS,
//! `%APPDATA%` on Windows) joined with `fieldvault`. The default vault, the demo vault and the
//! app's settings live there. This module only decides the path; it creates nothing.

use std::ffi::OsString;
use std::path::PathBuf;

/// The environment variable that overrides the data directory (tests, scripts, a second profile).
pub const DATA_DIR_ENV: &str = "FIELDVAULT_DATA_DIR";

/// Why no data directory could be decided.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PathsError {
    /// Neither `FIELDVAULT_DATA_DIR` nor the platform names a data directory (no home directory).
    #[error("cannot find a data directory on this system: set FIELDVAULT_DATA_DIR to one, or pass the vault's path with --vault")]
    NoDataDir,
}

/// FieldVault's data directory: `FIELDVAULT_DATA_DIR` if set and not empty, else the platform's
/// data directory joined with `fieldvault`.
pub fn data_dir() -> Result<PathBuf, PathsError> {
    data_dir_from(std::env::var_os(DATA_DIR_ENV), dirs::data_dir())
}

/// [`data_dir`] given the variable's value and the platform's data directory.
fn data_dir_from(env: Option<OsString>, platform: Option<PathBuf>) -> Result<PathBuf, PathsError> {
    match env.filter(|d| !d.is_empty()) {
        Some(dir) => Ok(PathBuf::from(dir)),
        None => platform.map(|p| p.join("fieldvault")).ok_or(PathsError::NoDataDir),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_wins_over_the_platform_dir() {
        let d = data_dir_from(Some("/tmp/fv-data".into()), Some("/home/a/.local/share".into())).unwrap();
        assert_eq!(d, PathBuf::from("/tmp/fv-data"));
    }

    #[test]
    fn without_the_variable_the_platform_dir_gets_a_fieldvault_folder() {
        for env in [None, Some(OsString::new())] {
            let d = data_dir_from(env, Some("/home/a/.local/share".into())).unwrap();
            assert_eq!(d, PathBuf::from("/home/a/.local/share/fieldvault"));
        }
    }

    #[test]
    fn fail_no_variable_and_no_platform_dir_says_what_to_set() {
        let err = data_dir_from(None, None).unwrap_err();
        assert!(err.to_string().contains("FIELDVAULT_DATA_DIR"), "{err}");
    }

    /// The process's answer is the function's answer for the process's environment (read, not
    /// changed: other tests run in parallel).
    #[test]
    fn data_dir_reads_this_process_environment() {
        assert_eq!(data_dir().ok(), data_dir_from(std::env::var_os(DATA_DIR_ENV), dirs::data_dir()).ok());
    }
}
