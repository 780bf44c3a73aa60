//! Test plumbing: a hermetic `whosaid` command, temp dirs, the shared corpus location.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// `whosaid` with a clean environment and the given database.
pub fn whosaid(db: &Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("whosaid"));
    cmd.env_remove("WHOSAID_DB").env_remove("NO_COLOR").env_remove("COLUMNS");
    cmd.arg("--db").arg(db);
    cmd
}

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled seed article.
pub fn seed() -> PathBuf {
    root().join("seeds/000_95e29a5b85b68a4f.txt")
}

/// A file of ../shared, or None (with a notice) when ../shared is absent. Under CI=true
/// its absence is a failure: CI always has it.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = root().join("../shared").join(rel);
    if p.exists() {
        return Some(p);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing, but CI=true: the shared corpus must be present", p.display());
    }
    eprintln!("notice: {} not found; skipping this test", p.display());
    None
}

/// Run a command and parse its stdout as JSON.
pub fn json(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.output().expect("whosaid runs");
    assert!(out.status.success(), "failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}
