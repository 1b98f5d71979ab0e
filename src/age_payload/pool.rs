//! Age headers prepared ahead of time, so that saving a record does not wait for X25519.
//!
//! The header of an age file (file key wrapped to the recipient, header MAC) and its payload
//! nonce do not depend on the plaintext. A [`HeaderPool`] has a background thread write a few of
//! them in advance for one recipient with the `age` crate, each with its own fresh file key,
//! ephemeral X25519 key and nonce, exactly as [`super::encrypt`] would; a save takes one,
//! uses it once, and the thread writes the next, in the idle scheduling class so that it never
//! takes the save's core. The CPU per file is unchanged: only the wait is shorter. The file and
//! payload keys wait in [`zeroize::Zeroizing`] memory and are wiped when the pool is dropped (when the vault
//! locks).

use std::sync::mpsc::{self, Receiver};
use std::sync::{Mutex, PoisonError};
use std::thread::JoinHandle;

use super::header::FileKeys;

/// Headers kept ready besides the one the thread is writing.
const READY: usize = 2;

/// One unused age header with the key its payload must be encrypted with.
pub struct PreparedHeader {
    /// The header and the payload nonce, the first bytes of the age file.
    pub header: Vec<u8>,
    /// The file key and the payload key (HKDF of the file key and the nonce); wiped on drop.
    pub keys: FileKeys,
}

/// A background thread keeping [`READY`] age headers prepared for one recipient.
pub struct HeaderPool {
    ready: Mutex<Option<Receiver<PreparedHeader>>>,
    worker: Option<JoinHandle<()>>,
}

impl HeaderPool {
    /// Starts preparing headers for `recipient`; `None` if no thread can be started.
    pub fn start(recipient: age::x25519::Recipient) -> Option<HeaderPool> {
        let (tx, rx) = mpsc::sync_channel::<PreparedHeader>(READY);
        let worker = std::thread::Builder::new()
            .name("fieldvault-age-headers".into())
            .spawn(move || {
                idle_priority();
                loop {
                    let (header, keys) = super::header::age_header(&[&recipient]);
                    // Blocks while READY headers wait; ends when the pool is dropped (the unsent
                    // header's key is wiped as it drops).
                    if tx.send(PreparedHeader { header, keys }).is_err() {
                        break;
                    }
                }
            })
            .ok()?;
        Some(HeaderPool { ready: Mutex::new(Some(rx)), worker: Some(worker) })
    }

    /// A prepared header, never handed out twice; `None` when the thread has fallen behind.
    pub fn take(&self) -> Option<PreparedHeader> {
        let ready = self.ready.lock().unwrap_or_else(PoisonError::into_inner);
        ready.as_ref()?.try_recv().ok()
    }
}

/// Puts the calling thread in Linux's idle scheduling class: it then runs only on a core nothing
/// else wants. Without it, the save that takes a header wakes this thread, which (having slept)
/// takes the save's own core for its X25519 (about 0.1 ms) before the save goes on. When every
/// core is busy the thread waits, the pool runs dry, and a save writes its header itself.
fn idle_priority() {
    #[cfg(target_os = "linux")]
    {
        let param = libc::sched_param { sched_priority: 0 };
        // SAFETY: `param` is a valid `sched_param`; pid 0 is the calling thread. A failure
        // leaves the thread at normal priority, which is only slower.
        unsafe { libc::sched_setscheduler(0, libc::SCHED_IDLE, &param) };
    }
}

impl Drop for HeaderPool {
    fn drop(&mut self) {
        // Dropping the receiver wipes the waiting keys and stops the thread at its next send.
        drop(self.ready.get_mut().unwrap_or_else(PoisonError::into_inner).take());
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scheduling policy of this process's thread named `name` (field 41 of its `stat`).
    #[cfg(target_os = "linux")]
    fn policy_of_thread(name: &str) -> Option<u32> {
        for task in std::fs::read_dir("/proc/self/task").ok()? {
            let dir = task.ok()?.path();
            if std::fs::read_to_string(dir.join("comm")).ok()?.trim_end() == name {
                let stat = std::fs::read_to_string(dir.join("stat")).ok()?;
                // Fields after the parenthesised name, which may hold spaces: state is field 3.
                let rest = &stat[stat.rfind(')')? + 2..];
                return rest.split(' ').nth(41 - 3)?.parse().ok();
            }
        }
        None
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn the_header_thread_runs_in_the_idle_class() {
        let identity = age::x25519::Identity::generate();
        let pool = HeaderPool::start(identity.to_public()).expect("a thread starts");
        let mut header = None;
        for _ in 0..200 {
            header = pool.take();
            if header.is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(header.is_some(), "the thread prepares a header");
        // The comm name is the thread's name cut to 15 bytes.
        assert_eq!(policy_of_thread("fieldvault-age-"), Some(libc::SCHED_IDLE as u32));
    }
}
