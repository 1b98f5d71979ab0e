//! Process hygiene: what the CLI and the desktop app do first, before any secret is in memory.
//!
//! [`harden_process`] turns core dumps off (`RLIMIT_CORE` 0 and `PR_SET_DUMPABLE` 0, so a crash
//! writes no memory image and another process of the same user cannot attach a debugger or read
//! this one's memory) and moves the passphrase variables out of the environment: their text is
//! wiped where the kernel shows it (`/proc/<pid>/environ`) and children never inherit them.
//! [`secret_var`] hands out what was moved.
//!
//! This module is not about files or input: see [`crate::schema`] and [`crate::profile`].

use std::collections::HashMap;
use std::sync::OnceLock;

use secrecy::SecretString;

/// The variables that carry passphrases for scripts; [`harden_process`] takes them out of the
/// environment.
pub const SECRET_VARS: [&str; 2] = ["FIELDVAULT_PASSPHRASE", "FIELDVAULT_NEW_PASSPHRASE"];

static SECRETS: OnceLock<HashMap<&'static str, SecretString>> = OnceLock::new();

/// Makes the process safe to hold secrets: core dumps off, passphrase variables moved out of the
/// environment (read them with [`secret_var`]).
///
/// Call it first thing in `main`, before any thread starts (changing the environment is not
/// thread-safe). Returns an error if the kernel refused to turn core dumps off; the caller
/// decides whether to go on.
pub fn harden_process() -> std::io::Result<()> {
    let taken = SECRET_VARS.iter().filter_map(|name| take_var(name).map(|v| (*name, v))).collect();
    // A second call finds the variables gone and keeps what the first one took.
    let _ = SECRETS.set(taken);
    disable_core_dumps()
}

/// A passphrase variable [`harden_process`] took out of the environment, or, if it was not
/// called, the variable itself.
pub fn secret_var(name: &str) -> Option<SecretString> {
    match SECRETS.get() {
        Some(taken) => taken.get(name).cloned(),
        None => std::env::var(name).ok().map(SecretString::from),
    }
}

/// Whether a passphrase variable was given (see [`secret_var`]).
pub fn has_secret_var(name: &str) -> bool {
    match SECRETS.get() {
        Some(taken) => taken.contains_key(name),
        None => std::env::var_os(name).is_some(),
    }
}

/// Sets the core-file size limit to 0 (soft and hard, so it cannot be raised again) and marks
/// the process not dumpable.
pub fn disable_core_dumps() -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        let zero = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        // SAFETY: setrlimit reads the struct we pass; prctl with PR_SET_DUMPABLE takes integers.
        if unsafe { libc::setrlimit(libc::RLIMIT_CORE, &zero) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        if unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Whether core dumps are off for this process: the core limit is 0 and it is not dumpable.
pub fn core_dumps_disabled() -> bool {
    #[cfg(target_os = "linux")]
    {
        let mut limit = libc::rlimit { rlim_cur: 1, rlim_max: 1 };
        // SAFETY: getrlimit writes into the struct we own; PR_GET_DUMPABLE takes no pointer.
        let limit_ok = unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut limit) } == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
        let dumpable = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        limit_ok && dumpable == 0
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

/// Reads `name`, wipes its text in the process's environment block, and removes it.
fn take_var(name: &str) -> Option<SecretString> {
    let value = std::env::var(name).ok()?;
    wipe_env_text(name);
    std::env::remove_var(name);
    Some(SecretString::from(value))
}

/// Overwrites the value of `name=value` in place in the C environment, so `/proc/<pid>/environ`
/// (which shows the original block, whatever `unsetenv` does) no longer holds it.
#[cfg(target_os = "linux")]
fn wipe_env_text(name: &str) {
    extern "C" {
        static mut environ: *mut *mut libc::c_char;
    }
    let prefix = format!("{name}=");
    // SAFETY: called before any other thread exists (see `harden_process`); every entry of
    // `environ` is a NUL-terminated string in writable memory (the initial stack block or the
    // heap), and we only overwrite bytes before its NUL.
    unsafe {
        let mut entry = environ;
        while !entry.is_null() && !(*entry).is_null() {
            let text = std::ffi::CStr::from_ptr(*entry);
            if text.to_bytes().starts_with(prefix.as_bytes()) {
                let len = text.to_bytes().len();
                let bytes = std::slice::from_raw_parts_mut((*entry as *mut u8).add(prefix.len()), len - prefix.len());
                zeroize::Zeroize::zeroize(bytes);
            }
            entry = entry.add(1);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn wipe_env_text(_name: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_dumps_are_off_after_disabling_them() {
        disable_core_dumps().unwrap();
        assert!(core_dumps_disabled());
    }
}
