//! Background work in one shape: a worker thread that reports progress and a result, can be
//! asked to stop, and is noticed when it dies without a result (a panic, a failed spawn). The
//! wizard's loop polls its tasks each tick and never waits on them (tests may, with a limit).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

enum Msg<T> {
    Progress(f32),
    Done(T),
}

/// What a worker is handed: where to say how far it is, and whether it was asked to stop.
pub struct Reporter<T> {
    tx: Sender<Msg<T>>,
    cancel: Arc<AtomicBool>,
}

impl<T> Reporter<T> {
    /// The fraction done (0.0–1.0).
    pub fn progress(&self, fraction: f32) {
        let _ = self.tx.send(Msg::Progress(fraction));
    }

    /// Whether the task was cancelled (or dropped): the worker may stop early.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// What a poll found.
#[derive(Debug, PartialEq)]
pub enum Poll<T> {
    /// Still running; `true` when the progress moved since the last poll.
    Running(bool),
    /// The result; a worker that died without one gives the task's `if_dead` value.
    Done(T),
}

/// A piece of background work that ends with a `T`.
pub struct Task<T> {
    rx: Receiver<Msg<T>>,
    cancel: Arc<AtomicBool>,
    progress: f32,
    if_dead: fn() -> T,
    finished: bool,
}

impl<T: Send + 'static> Task<T> {
    /// Runs `work` on a named thread. `if_dead` is the result when the worker ends without
    /// sending one (it panicked, or the thread could not be started).
    pub fn spawn(
        name: &str,
        if_dead: fn() -> T,
        work: impl FnOnce(&Reporter<T>) -> T + Send + 'static,
    ) -> Task<T> {
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let reporter = Reporter {
            tx,
            cancel: Arc::clone(&cancel),
        };
        // A failed spawn drops the reporter with the closure: the task is then dead at once.
        let _ = std::thread::Builder::new()
            .name(format!("cosell-{name}"))
            .spawn(move || {
                let result = work(&reporter);
                let _ = reporter.tx.send(Msg::Done(result));
            });
        Task {
            rx,
            cancel,
            progress: 0.0,
            if_dead,
            finished: false,
        }
    }
}

impl<T> Task<T> {
    /// Takes what the worker sent since the last poll, without waiting.
    pub fn poll(&mut self) -> Poll<T> {
        self.wait(Duration::ZERO)
    }

    /// As [`Task::poll`], waiting up to `limit` for the result.
    pub fn wait(&mut self, limit: Duration) -> Poll<T> {
        let deadline = std::time::Instant::now() + limit;
        let mut moved = false;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(Msg::Progress(f)) => {
                    moved = true;
                    self.progress = f;
                }
                Ok(Msg::Done(t)) => {
                    self.finished = true;
                    return Poll::Done(t);
                }
                Err(RecvTimeoutError::Timeout) => return Poll::Running(moved),
                Err(RecvTimeoutError::Disconnected) => {
                    self.finished = true;
                    return Poll::Done((self.if_dead)());
                }
            }
        }
    }

    /// The last fraction the worker reported.
    pub fn progress(&self) -> f32 {
        self.progress
    }

    /// Asks the worker to stop; its result (if any) is still delivered.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether the result (or the worker's death) was taken already.
    pub fn is_finished(&self) -> bool {
        self.finished
    }
}

impl<T> Drop for Task<T> {
    fn drop(&mut self) {
        self.cancel();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: Duration = Duration::from_secs(10);

    #[test]
    fn reports_progress_then_the_result() {
        let (go, gate) = mpsc::channel::<()>();
        let mut t = Task::spawn(
            "test",
            || 0,
            move |r| {
                r.progress(0.5);
                let _ = gate.recv();
                42
            },
        );
        while t.progress() < 0.5 {
            assert_eq!(
                t.wait(Duration::from_millis(10)),
                Poll::Running(t.progress() > 0.0)
            );
        }
        let _ = go.send(());
        assert_eq!(t.wait(LONG), Poll::Done(42));
        assert!(t.is_finished());
    }

    #[test]
    fn a_dead_worker_is_noticed() {
        let mut t: Task<i32> = Task::spawn("test", || -1, |_| panic!("the worker dies"));
        assert_eq!(t.wait(LONG), Poll::Done(-1));
    }

    #[test]
    fn cancel_reaches_the_worker() {
        let (started, ready) = mpsc::channel::<()>();
        let mut t = Task::spawn(
            "test",
            || false,
            move |r| {
                let _ = started.send(());
                while !r.cancelled() {
                    std::thread::sleep(Duration::from_millis(1));
                }
                true
            },
        );
        let _ = ready.recv();
        t.cancel();
        assert_eq!(t.wait(LONG), Poll::Done(true));
    }
}
