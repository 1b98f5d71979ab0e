//! Process hygiene: what the CLI and the desktop app do first, before any secret is in memory.
//!
//! [`harden_process`] turns core dumps off (`RLIMIT_CORE` 0 and `PR_SET_DUMPABLE` 0, so a crash
//! writes no memory image and another process of the same user cannot attach a debugger or read
//! this one's memory) and moves the passphrase variables out of the environment: their text is
//! wiped where the kernel shows it (`/proc/<pid>/environ`) and children never inherit them.
//! [`secret_var`] hands out what was moved.
//!
//! It also owns how an outside value is shown in a message: [`quote`] escapes control and
//! format characters and cuts long values, so an error can neither be spoofed (a right-to-left
//! override that makes `'V\u{202d}N'` look like `'VN'`) nor flood the terminal. Reading outside
//! documents is [`crate::input`]'s job.

use std::collections::HashMap;
use std::sync::OnceLock;

use secrecy::SecretString;

/// The variables that carry passphrases for scripts; [`harden_process`] takes them out of the
/// environment.
pub const SECRET_VARS: [&str; 2] = ["FIELDVAULT_PASSPHRASE", "FIELDVAULT_NEW_PASSPHRASE"];

static SECRETS: OnceLock<HashMap<&'static str, SecretString>> = OnceLock::new();

/// Makes the process safe to hold secrets: core dumps off, passphrase variables moved out of the
/// environment (read them with [`secret_var`]), and every file it creates private
/// ([`private_umask`]).
///
/// Call it first thing in `main`, before any thread starts (changing the environment is not
/// thread-safe). Returns an error if the kernel refused to turn core dumps off; the caller
/// decides whether to go on.
pub fn harden_process() -> std::io::Result<()> {
    let taken = SECRET_VARS.iter().filter_map(|name| take_var(name).map(|v| (*name, v))).collect();
    // A second call finds the variables gone and keeps what the first one took.
    let _ = SECRETS.set(taken);
    private_umask();
    disable_core_dumps()
}

/// Sets the file-mode creation mask to 077: whatever this process creates (a vault and its
/// journal, WAL and lock files, key files, profiles, bundles, temporary files, and what SQLite,
/// GTK or WebKit write) is readable by its owner only (0600, folders 0700), whether or not the
/// code that creates it asks for a mode.
pub fn private_umask() {
    #[cfg(target_os = "linux")]
    // SAFETY: umask only sets this process's mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
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

/// How many characters of an outside value a message shows.
pub const QUOTE_CHARS: usize = 80;

/// Whether `c` may not appear in a name, a code or an identifier: every control character (Cc)
/// and the invisible format characters (Cf) that can disguise text. Zero-width joiner and
/// non-joiner (U+200C, U+200D) stay allowed: Persian, Indic and emoji spelling needs them.
///
/// Written by hand: the standard library has no general-category lookup and no crate already in
/// the tree has one; the Cf list is Unicode 15's.
pub fn is_forbidden_in_name(c: char) -> bool {
    c.is_control() || (is_format(c) && !matches!(c, '\u{200c}' | '\u{200d}'))
}

/// Whether `c` may not appear in free text: control characters other than tab and line breaks,
/// and the bidirectional embedding, override and isolate controls (which reorder what a reader
/// sees). Other format characters are kept: free text in many scripts needs them.
pub fn is_forbidden_in_text(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || is_bidi_control(c)
}

/// The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Unicode general category Cf (format characters).
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// An outside value as a message shows it: in single quotes, at most [`QUOTE_CHARS`] characters
/// (then `…` and how many more), with control and format characters, quotes and backslashes
/// escaped (`\u{202e}`).
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len().min(4 * QUOTE_CHARS) + 2);
    out.push('\'');
    for (shown, c) in value.chars().enumerate() {
        if shown == QUOTE_CHARS {
            let rest = value.chars().count() - QUOTE_CHARS;
            out.push_str(&format!("…' ({rest} more characters)"));
            return out;
        }
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_format(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_what_hides_text_and_cuts_long_values() {
        assert_eq!(quote("V\u{202d}N"), "'V\\u{202d}N'");
        assert_eq!(quote("a\0b'"), "'a\\u{0}b\\''");
        let long = "x".repeat(8 << 20);
        let q = quote(&long);
        assert!(q.len() < 200, "{}", q.len());
        assert!(q.ends_with("(8388528 more characters)"));
        assert!(is_forbidden_in_name('\u{202e}') && is_forbidden_in_name('\0') && is_forbidden_in_name('\n'));
        assert!(!is_forbidden_in_name('\u{200c}') && !is_forbidden_in_name('é'));
        assert!(is_forbidden_in_text('\u{2066}') && !is_forbidden_in_text('\n') && !is_forbidden_in_text('\u{200f}'));
    }

    #[test]
    fn core_dumps_are_off_after_disabling_them() {
        disable_core_dumps().unwrap();
        assert!(core_dumps_disabled());
    }
}
