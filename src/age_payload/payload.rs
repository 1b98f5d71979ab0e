//! The payload of an age v1 file (age-encryption.org/v1, "Payload"): STREAM with
//! ChaCha20-Poly1305 over 64 KiB chunks of plaintext, each sealed under the nonce
//! `11-byte big-endian chunk counter || last-chunk flag`; the last chunk is the only one that
//! may be shorter, and is empty only when the whole plaintext is.

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::ChaCha20Poly1305;
use zeroize::Zeroizing;

/// Plaintext bytes per chunk.
pub const CHUNK: usize = 64 * 1024;
/// Poly1305 tag bytes after each chunk.
pub const TAG: usize = 16;
/// Fewest chunks per thread worth starting a thread for.
const CHUNKS_PER_THREAD: usize = 16;

/// Number of chunks of a plaintext of `len` bytes.
pub fn chunks(len: usize) -> usize {
    len.div_ceil(CHUNK).max(1)
}

/// Encrypts `plaintext` with the payload key into a new buffer, after `skip` bytes left
/// zero for the caller's header. The buffer is allocated zeroed at its final size (fresh
/// pages from the OS, not written twice) and the chunks are split between the cores.
pub fn encrypt(key: &[u8; 32], plaintext: &[u8], skip: usize) -> Vec<u8> {
    let aead = ChaCha20Poly1305::new(key.into());
    let n = chunks(plaintext.len());
    let mut out = vec![0u8; skip + plaintext.len() + n * TAG];
    seal_range(&aead, 0, n, plaintext, &mut out[skip..], crate::parallel::cores());
    out
}

/// Encrypts the concatenation of `plaintext`'s pieces with the payload key to `out`,
/// [`BATCH`] chunks per core at a time: each chunk's plaintext is gathered into its place in
/// a batch buffer, the chunks are sealed there on every core, and the batch is written by a
/// thread of its own while the next one is gathered and sealed (two buffers, reused).
pub fn encrypt_to(key: &[u8; 32], plaintext: &[&[u8]], out: &mut (dyn std::io::Write + Send)) -> std::io::Result<()> {
    use std::sync::mpsc::sync_channel;
    let aead = ChaCha20Poly1305::new(key.into());
    let total: usize = plaintext.iter().map(|p| p.len()).sum();
    let n = chunks(total);
    let threads = crate::parallel::cores();
    let batch = BATCH * threads;
    let size = (CHUNK + TAG) * batch.min(n);
    let (full_tx, full_rx) = sync_channel::<(Vec<u8>, usize)>(1);
    let (empty_tx, empty_rx) = sync_channel::<Vec<u8>>(2);
    for _ in 0..2.min(n.div_ceil(batch)) {
        empty_tx.send(vec![0u8; size]).expect("the receiver is here");
    }
    std::thread::scope(|s| {
        let writer = s.spawn(move || -> std::io::Result<()> {
            for (buf, len) in full_rx {
                out.write_all(&buf[..len])?;
                // The sealer may have finished: a buffer it no longer needs is dropped.
                let _ = empty_tx.send(buf);
            }
            Ok(())
        });
        let mut pieces = plaintext.iter().copied();
        let mut current: &[u8] = &[];
        let mut first = 0;
        while first < n {
            // No buffer back means the writer stopped on an error: it is returned below.
            let Ok(mut buf) = empty_rx.recv() else { break };
            let count = batch.min(n - first);
            let mut lens = Vec::with_capacity(count);
            for (j, slot) in buf.chunks_mut(CHUNK + TAG).take(count).enumerate() {
                let len = total.saturating_sub((first + j) * CHUNK).min(CHUNK);
                gather(&mut slot[..len], &mut current, &mut pieces);
                lens.push(len);
            }
            let len = lens.iter().sum::<usize>() + count * TAG;
            seal_in_place_range(&aead, first, n, &lens, &mut buf[..len], threads);
            if full_tx.send((buf, len)).is_err() {
                break;
            }
            first += count;
        }
        drop(full_tx);
        writer.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
    })
}

/// Fills `dst` from `current` and then the next of `pieces`, consuming what it copies.
fn gather<'a>(dst: &mut [u8], current: &mut &'a [u8], pieces: &mut impl Iterator<Item = &'a [u8]>) {
    let mut at = 0;
    while at < dst.len() {
        if current.is_empty() {
            *current = pieces.next().expect("the pieces hold as many bytes as their lengths add up to");
            continue;
        }
        let k = current.len().min(dst.len() - at);
        dst[at..at + k].copy_from_slice(&current[..k]);
        *current = &current[k..];
        at += k;
    }
}

/// Seals chunks `first..` of a payload of `n` chunks in place: `out` holds them one after
/// another, chunk `j`'s `lens[j]` plaintext bytes followed by room for its tag.
fn seal_in_place_range(aead: &ChaCha20Poly1305, first: usize, n: usize, lens: &[usize], out: &mut [u8], threads: usize) {
    let mut jobs: Vec<Job> = Vec::with_capacity(lens.len());
    let mut rest = out;
    for (j, &len) in lens.iter().enumerate() {
        let (chunk, next) = std::mem::take(&mut rest).split_at_mut(len + TAG);
        jobs.push((first + j, None, len, chunk));
        rest = next;
    }
    seal_jobs(aead, n, &mut jobs, threads);
}

/// One chunk to seal: its index, its plaintext (`None`: already at the start of its
/// output), the plaintext's length, and its output (that length plus [`TAG`]).
type Job<'a> = (usize, Option<&'a [u8]>, usize, &'a mut [u8]);

/// Seals `jobs` of a payload of `n` chunks, split between up to `threads` threads when
/// there are enough of them.
fn seal_jobs(aead: &ChaCha20Poly1305, n: usize, jobs: &mut [Job], threads: usize) {
    let run = |part: &mut [Job]| {
        for (i, plaintext, len, out) in part.iter_mut() {
            if let Some(p) = plaintext {
                out[..*len].copy_from_slice(p);
            }
            seal_in_place(aead, *i, *i + 1 == n, *len, out);
        }
    };
    let threads = threads.min(jobs.len() / CHUNKS_PER_THREAD).max(1);
    if threads == 1 {
        run(jobs);
        return;
    }
    let per = jobs.len().div_ceil(threads);
    std::thread::scope(|s| {
        for part in jobs.chunks_mut(per) {
            s.spawn(move || run(part));
        }
    });
}

/// Chunks per core per batch of [`encrypt_to`] (2 MiB).
const BATCH: usize = 32;

/// Seals chunks `first..` of a payload of `n` chunks: `text` is their plaintext (whole
/// chunks but maybe the last of the payload), `out` exactly its length plus a tag per chunk.
/// Large ranges are split between up to `threads` threads.
fn seal_range(aead: &ChaCha20Poly1305, first: usize, n: usize, text: &[u8], out: &mut [u8], threads: usize) {
    let mut jobs: Vec<Job> = if text.is_empty() {
        // Only an empty payload has an empty chunk: its one, last chunk.
        vec![(first, None, 0, out)]
    } else {
        text.chunks(CHUNK).zip(out.chunks_mut(CHUNK + TAG)).enumerate().map(|(k, (p, o))| (first + k, Some(p), p.len(), o)).collect()
    };
    seal_jobs(aead, n, &mut jobs, threads);
}

/// Opens a whole payload with the payload key; `None` if any chunk does not authenticate,
/// or the payload is truncated or extended (the last-chunk flag, and no empty last chunk
/// but for an empty plaintext).
pub fn decrypt(key: &[u8; 32], payload: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let aead = ChaCha20Poly1305::new(key.into());
    let mut out = Zeroizing::new(Vec::with_capacity(payload.len()));
    let mut rest = payload;
    let mut i: u64 = 0;
    loop {
        let last = rest.len() <= CHUNK + TAG;
        let (chunk, next) = rest.split_at(if last { rest.len() } else { CHUNK + TAG });
        if chunk.len() < TAG || (last && chunk.len() == TAG && i > 0) {
            return None;
        }
        let (text, tag) = chunk.split_at(chunk.len() - TAG);
        let mut nonce = [0u8; 12];
        nonce[3..11].copy_from_slice(&i.to_be_bytes());
        nonce[11] = u8::from(last);
        let start = out.len();
        out.extend_from_slice(text);
        aead.decrypt_in_place_detached(&nonce.into(), b"", &mut out[start..], tag.into()).ok()?;
        if last {
            return Some(out);
        }
        rest = next;
        i += 1;
    }
}

/// Chunk `i`, whose `len` plaintext bytes are at the start of `out`: they are encrypted
/// where they are and the tag is written after them.
fn seal_in_place(aead: &ChaCha20Poly1305, i: usize, last: bool, len: usize, out: &mut [u8]) {
    let mut nonce = [0u8; 12];
    nonce[3..11].copy_from_slice(&(i as u64).to_be_bytes());
    nonce[11] = u8::from(last);
    let (text, tag) = out.split_at_mut(len);
    let t = aead.encrypt_in_place_detached(&nonce.into(), b"", text).expect("a 64 KiB chunk is far below ChaCha20's block limit");
    tag[..TAG].copy_from_slice(&t);
}
