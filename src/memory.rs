//! The allocator, and handing freed memory back to the system.
//!
//! mimalloc instead of glibc's malloc: its size classes fit the many small values of a
//! portfolio (a 14-byte name takes 16 bytes, not 32) and it allocates them faster. At
//! 100,000 initiatives the window's load took 948 ms and its memory 119 MB over the demo
//! with glibc; with mimalloc (and the memory given back below) see `BENCHMARKS.md`.
//! SQLite keeps its own allocations in the system's malloc.

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

/// mimalloc's `mi_option_purge_delay` (mimalloc.h, v3): milliseconds before freed pages
/// are handed back.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// For the window, which lives long and should hold only what it shows: freed pages go
/// back to the system at once, not after a delay that an idle thread never reaches (the
/// store's thread frees a load's scratch lists and then waits). 12 MB less at 100,000
/// initiatives, at no measurable cost to the load.
pub fn give_back_at_once() {
    // SAFETY: setting an option is allowed at any time; it changes no allocation.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) }
}
