//! The allocator, and handing freed memory back to the system.
//!
//! mimalloc instead of glibc's malloc: its size classes fit the many small values of a
//! portfolio (a 14-byte name takes 16 bytes, not 32) and it allocates them faster. Built
//! without transparent huge pages (`no_thp`), which grew the window's memory in 2 MB
//! steps. Handing freed pages back at once (`mi_option_purge_delay` 0) saved 1 to 2 MB at
//! 100,000 initiatives but cost 100 ms of the load in page faults: not done. SQLite keeps
//! its own allocations in the system's malloc. Figures: `BENCHMARKS.md`.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Hand the memory this thread freed back to the system now, instead of keeping it for
/// later allocations: after a load and after the caches were rebuilt, when what was freed
/// (a whole portfolio, the load's scratch lists) will not be asked for again soon.
pub fn give_back() {
    // SAFETY: mi_collect only returns this thread's free pages to the system and
    // touches no live allocation.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// Whether the process ends when the work at hand is done (the binary's CLI command, not
/// a test that runs many commands, nor the window), so that what a command loaded is left
/// for the system to take back with the process (see [`done_with`]).
static LEAVE_TO_EXIT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Say that the process ends after the command: a loaded portfolio is then not freed
/// value by value, which at 100,000 initiatives took 12 ms of `summary`'s 200 (a million
/// names, lists and texts), but taken back by the system in one go when the process
/// exits.
pub fn leave_to_exit() {
    LEAVE_TO_EXIT.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Done with what was loaded (a portfolio, the register, a snapshot's text): freed now,
/// or left to the process's exit when the binary said it ends next ([`leave_to_exit`]).
pub fn done_with<T>(loaded: T) {
    release(
        loaded,
        LEAVE_TO_EXIT.load(std::sync::atomic::Ordering::Relaxed),
    );
}

/// Free `value` now, or leave it to the process's exit.
fn release<T>(value: T, leave: bool) {
    if leave {
        std::mem::forget(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts how often it was dropped.
    struct Counted(std::rc::Rc<std::cell::Cell<u32>>);

    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    #[test]
    fn a_value_is_freed_unless_left_to_the_exit() {
        let drops = std::rc::Rc::new(std::cell::Cell::new(0));
        release(Counted(drops.clone()), false);
        assert_eq!(drops.get(), 1, "freed when the process goes on");
        release(Counted(drops.clone()), true);
        assert_eq!(
            drops.get(),
            1,
            "left to the exit when the process ends next"
        );
        // Tests run many commands in one process: nothing is left to the exit there.
        assert!(!LEAVE_TO_EXIT.load(std::sync::atomic::Ordering::Relaxed));
    }
}
