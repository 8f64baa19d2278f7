//! Prints every case file of `tests/cases/` (or of the folder given) as one JSON object, file
//! name (without `.json`) → the case with its answers as the harness reads them: from the file it
//! names, and met where it says so (`case_as_read`). The end-to-end tests, the three-engine
//! journeys and the bench take their answers from here, so that they import what the case holds.
//! `cargo run --quiet --bin case-answers [folder]`.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use xicheng_data_awards::answers::case::case_as_read;

fn main() {
    let folder = std::env::args()
        .nth(1)
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"), PathBuf::from);
    match cases(&folder) {
        Ok(all) => println!("{}", Value::Object(all)),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}

fn cases(folder: &Path) -> Result<Map<String, Value>, String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.retain(|path| path.extension().is_some_and(|ext| ext == "json"));
    paths.sort();
    let mut all = Map::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let case: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let case =
            case_as_read(case, |file| std::fs::read_to_string(folder.join(file)).map_err(|e| format!("{file}: {e}")))
                .map_err(|e| format!("{}: {e}", path.display()))?;
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        all.insert(stem, case);
    }
    Ok(all)
}
