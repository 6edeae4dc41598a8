//! Rewrites every preset in `scenarios/` in the layout the app writes (after a schema change):
//! `cargo run --example resave_presets`. With `--recentre`, each uncertain assumption's
//! distribution is moved to centre on the preset's own value of it.

use sco_explorer::model::Lever;

fn main() -> anyhow::Result<()> {
    let recentre = std::env::args().any(|a| a == "--recentre");
    for entry in std::fs::read_dir("scenarios")? {
        let path = entry?.path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let mut scenario = sco_explorer::file::load(&path)?.scenario;
        if recentre {
            let current = scenario.clone();
            for u in &mut scenario.uncertainty.assumptions {
                if let Some(lever) = Lever::find(&u.path) {
                    let value = lever.get(&current);
                    if value != u.distribution.centre() {
                        u.distribution = u.distribution.recentred(value, lever.range());
                        println!("  {}: recentred on {value}", u.path);
                    }
                }
            }
        }
        sco_explorer::file::save(&path, &scenario)?;
        println!("{}", path.display());
    }
    Ok(())
}
