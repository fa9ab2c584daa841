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
