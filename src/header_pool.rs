//! Age headers prepared ahead of time, so that saving a record does not wait for X25519.
//!
//! The header of an age file (file key wrapped to the recipient, header MAC) and its payload
//! nonce do not depend on the plaintext. A [`HeaderPool`] has a background thread write a few of
//! them in advance for one recipient with the `age` crate, each with its own fresh file key,
//! ephemeral X25519 key and nonce, exactly as [`crate::keys::encrypt`] would; a save takes one,
//! uses it once, and the thread writes the next. The CPU per file is unchanged: only the wait is
//! shorter. The payload keys wait in [`Zeroizing`] memory and are wiped when the pool is dropped
//! (when the vault locks).

use std::sync::mpsc::{self, Receiver};
use std::sync::{Mutex, PoisonError};
use std::thread::JoinHandle;

use zeroize::Zeroizing;

/// Headers kept ready besides the one the thread is writing.
const READY: usize = 2;

/// One unused age header with the key its payload must be encrypted with.
pub struct PreparedHeader {
    /// The header and the payload nonce, the first bytes of the age file.
    pub header: Vec<u8>,
    /// The payload key (HKDF of the file key and the nonce); wiped on drop.
    pub payload_key: Zeroizing<[u8; 32]>,
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
            .spawn(move || loop {
                let (header, payload_key) = crate::keys::age_header(&[&recipient]);
                // Blocks while READY headers wait; ends when the pool is dropped (the unsent
                // header's key is wiped as it drops).
                if tx.send(PreparedHeader { header, payload_key }).is_err() {
                    break;
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

impl Drop for HeaderPool {
    fn drop(&mut self) {
        // Dropping the receiver wipes the waiting keys and stops the thread at its next send.
        drop(self.ready.get_mut().unwrap_or_else(PoisonError::into_inner).take());
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}
