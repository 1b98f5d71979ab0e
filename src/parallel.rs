//! Data parallelism on the machine's cores, with results in input order, so that what the
//! threads did first never shows in the output (bundles stay byte-identical).

use std::sync::{Mutex, PoisonError};

/// The machine's cores, asked once per process (the call reads `/proc` and cgroup files on
/// Linux, which would cost more than some of the work it splits).
pub fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// `f` over every item, on every core (at most 4 threads), taking `chunk` items at a time; results in item
/// order. A panic in `f` is raised again in the caller.
pub fn map_mut<T: Send, R: Send>(items: &mut [T], chunk: usize, f: impl Fn(&mut T) -> R + Sync) -> Vec<R> {
    let threads = cores().min(4);
    if threads <= 1 || items.len() <= chunk {
        return items.iter_mut().map(f).collect();
    }
    let n = items.len();
    let queue = Mutex::new(items.chunks_mut(chunk.max(1)).enumerate());
    let mut done: Vec<(usize, Vec<R>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let next = queue.lock().unwrap_or_else(PoisonError::into_inner).next();
                        let Some((i, part)) = next else { break };
                        mine.push((i, part.iter_mut().map(&f).collect::<Vec<R>>()));
                    }
                    mine
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    done.sort_by_key(|(i, _)| *i);
    let out: Vec<R> = done.into_iter().flat_map(|(_, r)| r).collect();
    debug_assert_eq!(out.len(), n);
    out
}

/// [`map_mut`] over owned items.
pub fn map<T: Send, R: Send>(items: Vec<T>, chunk: usize, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    map_mut(&mut slots, chunk, |slot| f(slot.take().expect("each item is taken once")))
}

/// Frees `value` on a thread of its own: a large tree of small allocations (an export's
/// records) takes a noticeable time to free, which the caller need not wait for.
pub fn drop_elsewhere<T: Send + 'static>(value: T) {
    // When no thread can be had, the failed spawn drops the closure, and `value` with it, here.
    let _ = std::thread::Builder::new().name("fieldvault-drop".into()).spawn(move || drop(value));
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_input_order_whatever_the_threads_do() {
        let items: Vec<u64> = (0..1000).collect();
        let out = super::map(items, 7, |i| {
            if i % 13 == 0 {
                std::thread::sleep(std::time::Duration::from_micros(50));
            }
            i * 2
        });
        assert_eq!(out, (0..1000).map(|i| i * 2).collect::<Vec<_>>());
    }
}
