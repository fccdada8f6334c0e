//! The inspector: a cache of checked files in front of a small pool of workers, so front ends
//! ask without waiting.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use super::worker::{facts_bounded, worker_exe};
use super::{DocRole, Inspection, judge};

/// A file as it was when it was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Stamp(u64, Option<SystemTime>);

fn stamp(path: &Path) -> Option<Stamp> {
    std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|m| Stamp(m.len(), m.modified().ok()))
}

type Key = (PathBuf, Stamp);

/// What the inspector knows of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Not a regular file (or gone): nothing to check.
    Nothing,
    /// Being read; ask again later.
    Pending,
    Ready(Inspection),
}

struct Pool {
    jobs: Sender<Key>,
    results: Receiver<(Key, Inspection)>,
    cancel: Arc<AtomicBool>,
    /// Joined on drop when they run worker processes (they notice `cancel` within 25 ms and
    /// kill their worker, so none outlives cosell); thread fallbacks are not waited for.
    threads: Vec<std::thread::JoinHandle<()>>,
    isolated: bool,
}

impl Pool {
    pub(super) fn start(worker: Option<PathBuf>) -> Pool {
        let (jobs, queue) = mpsc::channel::<Key>();
        let (done, results) = mpsc::channel();
        let queue = Arc::new(Mutex::new(queue));
        let cancel = Arc::new(AtomicBool::new(false));
        let workers = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
            .clamp(1, 4);
        let isolated = worker.is_some();
        let mut threads = Vec::new();
        for i in 0..workers {
            let queue = Arc::clone(&queue);
            let done = done.clone();
            let cancel = Arc::clone(&cancel);
            let worker = worker.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("cosell-docs-{i}"))
                .spawn(move || {
                    loop {
                        let job = match queue.lock() {
                            Ok(q) => q.recv(),
                            Err(_) => return,
                        };
                        let Ok(key) = job else { return };
                        if cancel.load(Ordering::Relaxed) {
                            return;
                        }
                        let found = facts_bounded(&key.0, worker.as_deref(), &cancel);
                        if done.send((key, found)).is_err() {
                            return;
                        }
                    }
                });
            threads.extend(spawned);
        }
        Pool {
            jobs,
            results,
            cancel,
            threads,
            isolated,
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        // Running workers are killed; queued jobs are dropped with the channel.
        self.cancel.store(true, Ordering::Relaxed);
        let (dead, _) = mpsc::channel();
        self.jobs = dead;
        if self.isolated {
            for t in self.threads.drain(..) {
                let _ = t.join();
            }
        }
    }
}

/// Document checks by file, each file read once per change (same path, size and modification
/// time), in parallel up to the cores, never on the caller's thread: [`Inspector::get`] answers
/// at once, [`Inspector::poll`] takes what arrived, [`Inspector::wait`] waits up to a deadline.
pub struct Inspector {
    cache: HashMap<Key, Inspection>,
    pending: HashSet<Key>,
    pool: Option<Pool>,
    /// The program the workers run; None: threads (see the module's notes).
    worker: Option<PathBuf>,
}

impl Default for Inspector {
    fn default() -> Inspector {
        Inspector::with_worker(worker_exe())
    }
}

impl Inspector {
    pub fn new() -> Inspector {
        Inspector::default()
    }

    /// An inspector whose workers run this program (`cosell`), or threads with None.
    pub fn with_worker(worker: Option<PathBuf>) -> Inspector {
        Inspector {
            cache: HashMap::new(),
            pending: HashSet::new(),
            pool: None,
            worker,
        }
    }

    /// The inspection of a file for a role, when it is known; otherwise its check is started.
    pub fn get(&mut self, path: &Path, role: DocRole) -> Lookup {
        let Some(now) = stamp(path) else {
            return Lookup::Nothing;
        };
        let key = (path.to_path_buf(), now);
        if let Some(found) = self.cache.get(&key) {
            let mut judged = found.clone();
            judge(role, &mut judged);
            return Lookup::Ready(judged);
        }
        if self.pending.insert(key.clone()) {
            let worker = &self.worker;
            let pool = self.pool.get_or_insert_with(|| Pool::start(worker.clone()));
            if pool.jobs.send(key.clone()).is_err() {
                self.pending.remove(&key);
                return Lookup::Ready(Inspection::failed(crate::t!("doc-not-running")));
            }
        }
        Lookup::Pending
    }

    /// Takes the results that arrived; true when there were any.
    pub fn poll(&mut self) -> bool {
        let Some(pool) = &self.pool else {
            return false;
        };
        let mut any = false;
        while let Ok((key, found)) = pool.results.try_recv() {
            self.pending.remove(&key);
            self.cache.insert(key, found);
            any = true;
        }
        any
    }

    /// Waits until nothing is pending or `deadline` passes; true when anything arrived.
    pub fn wait(&mut self, deadline: Instant) -> bool {
        let mut any = self.poll();
        while !self.pending.is_empty() {
            let Some(pool) = &self.pool else { break };
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            match pool.results.recv_timeout(left) {
                Ok((key, found)) => {
                    self.pending.remove(&key);
                    self.cache.insert(key, found);
                    any = true;
                }
                Err(_) => break,
            }
        }
        any
    }

    /// Whether checks are still running.
    pub fn busy(&self) -> bool {
        !self.pending.is_empty()
    }
}

/// Inspects several files at once, at arm's length, waiting at most `limit` in all; a file
/// still being read then says so.
pub fn inspect_all(files: &[(PathBuf, DocRole)], limit: Duration) -> Vec<Inspection> {
    let mut inspector = Inspector::new();
    for (path, role) in files {
        inspector.get(path, *role);
    }
    inspector.wait(Instant::now() + limit);
    files
        .iter()
        .map(|(path, role)| match inspector.get(path, *role) {
            Lookup::Ready(found) => found,
            Lookup::Nothing => Inspection::default(),
            Lookup::Pending => {
                Inspection::failed(crate::t!("doc-still-reading", seconds = limit.as_secs()))
            }
        })
        .collect()
}
