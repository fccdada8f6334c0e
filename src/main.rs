// The binary's one unsafe item is the allocator below; the library forbids unsafe code.
#![deny(unsafe_code)]

/// The system allocator, with one addition: when an allocation fails, Rust aborts without
/// unwinding (no panic hook runs), so the terminal is put back first.
#[allow(unsafe_code)]
mod guarded_alloc {
    use std::alloc::{GlobalAlloc, Layout, System};

    pub struct Guarded;

    // SAFETY: every call is forwarded unchanged to the system allocator; on a null result the
    // terminal is restored, which allocates only what a failed large allocation leaves.
    unsafe impl GlobalAlloc for Guarded {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let p = unsafe { System.alloc(layout) };
            if p.is_null() {
                cosell::tui::on_allocation_failure();
            }
            p
        }

        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            let p = unsafe { System.alloc_zeroed(layout) };
            if p.is_null() {
                cosell::tui::on_allocation_failure();
            }
            p
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let p = unsafe { System.realloc(ptr, layout, new_size) };
            if p.is_null() {
                cosell::tui::on_allocation_failure();
            }
            p
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) }
        }
    }
}

#[global_allocator]
static ALLOCATOR: guarded_alloc::Guarded = guarded_alloc::Guarded;

fn main() -> std::process::ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    cosell::cli::choose_language(&args);
    cosell::cli::main(cosell::cli::parse(args))
}
