//! `passage-graphql [serve|migrate|schema|...]`: see `--help`; each
//! subcommand is a file of `passage_graphql::commands`. The program is
//! [`passage_graphql::Server`] with nothing added; this file only tunes the
//! allocator.

// glibc's malloc was ~17% of the server's CPU under load (bench/run, perf).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How long freed memory stays with mimalloc before it goes back to the OS,
/// in milliseconds. mimalloc 3 waits a second, and only purges when it is
/// called again: after a burst of large requests an idle server kept what
/// they had used (bench/document_memory.py, about 100 MiB after 40 requests
/// of 900 KB). 10 ms is mimalloc 2's default; `MIMALLOC_PURGE_DELAY` in the
/// environment still wins.
const PURGE_DELAY_MS: std::ffi::c_long = 10;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_t` (libmimalloc-sys
/// only exports the options with its `extended` feature).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

unsafe extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

fn main() -> std::process::ExitCode {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets an option of the allocator linked in above; mimalloc
        // reads options atomically and allows setting them at any time.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
    // No transparent huge pages: mimalloc asks for them on its arenas, and
    // a 2 MiB page stays resident while any of it is in use, so purging
    // what a burst freed gave little back (bench/document_memory.py: growth
    // 20 MiB with them, 7 without, and 10 MiB less at rest). mimalloc's own
    // switch (`MIMALLOC_ALLOW_THP=0`) acts before `main`; this is the same
    // prctl, for the memory touched from here on (children inherit it).
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process.
        unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
    passage_graphql::Server::new().run()
}
