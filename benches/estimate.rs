//! Time per estimate of the everything-claimed profile (docs/examples/everything-claimed.json),
//! and per read of its answers file. Run: `cargo bench --bench estimate`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use xicheng_data_awards::answers::Answers;
use xicheng_data_awards::date::Date;
use xicheng_data_awards::engine::estimate;
use xicheng_data_awards::lang::Lang;
use xicheng_data_awards::text;

const EVERYTHING: &str = include_str!("../docs/examples/everything-claimed.json");

/// Runs `work` in rounds until a second has passed; returns the best round's time per call.
fn measure(mut work: impl FnMut()) -> Duration {
    const PER_ROUND: u32 = 1000;
    let started = Instant::now();
    let mut best = Duration::MAX;
    while started.elapsed() < Duration::from_secs(1) {
        let round = Instant::now();
        for _ in 0..PER_ROUND {
            work();
        }
        best = best.min(round.elapsed() / PER_ROUND);
    }
    best
}

fn main() {
    let Ok(answers) = Answers::from_json(EVERYTHING) else {
        eprintln!("the everything-claimed example no longer reads");
        std::process::exit(1);
    };
    let Some(as_of) = Date::new(2026, 3, 1) else {
        return;
    };
    let result = estimate(&answers, as_of);
    println!("everything-claimed profile: total {}", text::money(result.total_wan, Lang::Zh));

    let per_estimate = measure(|| {
        black_box(estimate(black_box(&answers), as_of));
    });
    let per_read = measure(|| {
        black_box(Answers::from_json(black_box(EVERYTHING)).ok());
    });
    let per_explained = measure(|| {
        let result = estimate(black_box(&answers), as_of);
        for m in &result.measures {
            if let Some(trace) = &m.trace {
                black_box(text::calculation(trace, Lang::Zh));
            }
        }
    });
    println!("estimate:                      {:>8.2} µs per estimate", per_estimate.as_secs_f64() * 1e6);
    println!("read answers file (JSON):      {:>8.2} µs per read", per_read.as_secs_f64() * 1e6);
    println!("estimate + every calculation:  {:>8.2} µs per estimate", per_explained.as_secs_f64() * 1e6);
}
