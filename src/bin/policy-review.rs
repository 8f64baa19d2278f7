//! Writes `docs/policy-review.md`, the policy review sheet, from the policy tables and the engine.
//! Run from the project's folder: `cargo run --bin policy-review`.

use std::path::Path;

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/policy-review.md");
    if let Err(error) = std::fs::write(&path, xicheng_data_awards::review::sheet()) {
        eprintln!("cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
    println!("wrote {}", path.display());
}
