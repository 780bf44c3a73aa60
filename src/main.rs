//! The `whosaid` binary: parse the command line, run the command, map the outcome to an exit
//! code (0 ok, 1 some inputs failed, 2 fatal error).

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: extraction, text preparation and grouping make
/// and free many small strings on several threads (and the writer frees what the reader's
/// threads made), where glibc's malloc spent a fifth of a load's CPU time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (the index of `purge_delay` in `mi_option_e` of the
/// mimalloc 3 that libmimalloc-sys builds; its Rust constants stop short of it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // Give freed memory back to the system at once instead of 10 ms later: a load frees
    // whole generations of prepared candidates, and peak RSS stays where glibc's malloc
    // kept it (same CPU time).
    // SAFETY: sets an option; called before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    match commands::run(cli::Cli::parse()) {
        Ok(code) => code,
        Err(e) => commands::report_fatal(&e),
    }
}
