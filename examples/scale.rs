//! How the pipeline scales: builds a synthetic corpus of a given size from the embedded sample
//! reports, runs the whole pipeline over it from disk, and prints throughput and peak memory.
//!
//! ```text
//! cargo run --release --example scale                  # 20 MB, all cores
//! cargo run --release --example scale -- --mb 1000 -j 2
//! /usr/bin/time -v cargo run --release --example scale -- --mb 100
//! ```
//!
//! Each copy of a sample names another pre-2025 province (each of the 63 in turn, with or
//! without diacritics as the sample writes it) and moves its years back by up to seven, so the facts of
//! the copies stay apart instead of collapsing into one. Copies are packed into files of 5 to
//! 50 KB, as news sites and archives keep them, so that a run reads as many files as a real
//! corpus of that size would. Files are written once into `--corpus` (default
//! `target/scale-<MB>mb`) and read again on later runs.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use regex::Regex;
use vncoop::model::{geography, OldUnit};
use vncoop::output::{write_run, Format};
use vncoop::pipeline::{find_inputs, Pipeline};

// The sample reports the pipeline command embeds.
#[path = "pipeline/corpus.rs"]
#[allow(dead_code)]
mod corpus;

/// Builds a synthetic corpus and times the pipeline over it.
#[derive(Parser)]
#[command(name = "scale")]
struct Args {
    /// Size of the corpus in megabytes (10^6 bytes).
    #[arg(long, default_value_t = 20)]
    mb: u64,
    /// Worker threads (0: one per core).
    #[arg(short = 'j', long, default_value_t = 0)]
    threads: usize,
    /// Where the corpus is written (and read again if it is already there).
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Also write every output file into this folder, and time that too.
    #[arg(long)]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let corpus = args
        .corpus
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("target/scale-{}mb", args.mb)));
    if let Err(e) = ensure_corpus(&corpus, args.mb * 1_000_000) {
        eprintln!("could not write the corpus into {}: {e}", corpus.display());
        return ExitCode::FAILURE;
    }
    let inputs = match find_inputs(&[&corpus]) {
        Ok(inputs) => inputs,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = folder_bytes(&corpus);
    let start = Instant::now();
    let run = match Pipeline::new().threads(args.threads).run(&inputs) {
        Ok(run) => run,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let ran = start.elapsed();
    let write_start = Instant::now();
    if let Some(out) = &args.out {
        if let Err(e) = write_run(&run, out, Format::ALL) {
            eprintln!("could not write the outputs: {e}");
            return ExitCode::FAILURE;
        }
    }
    let written = write_start.elapsed();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} files, {mb:.1} MB; observations: {}, facts: {}, numbers left out: {}",
        inputs.len(),
        run.observations(),
        run.report.facts.len(),
        run.left_out()
    );
    println!(
        "extract {:.2} s, reconcile {:.2} s, write {:.2} s; pipeline {:.1} MB/s",
        run.timings.extract.as_secs_f64(),
        run.timings.reconcile.as_secs_f64(),
        written.as_secs_f64(),
        mb / ran.as_secs_f64()
    );
    match peak_rss_kib() {
        Some(kib) => println!("peak RSS: {:.0} MiB", kib as f64 / 1024.0),
        None => println!("peak RSS: not known on this system"),
    }
    ExitCode::SUCCESS
}

/// Writes copies of the samples into `dir` until they hold `target` bytes, unless `dir`
/// already holds a corpus.
fn ensure_corpus(dir: &Path, target: u64) -> std::io::Result<()> {
    if dir.is_dir() && folder_bytes(dir) > 0 {
        return Ok(());
    }
    fs::create_dir_all(dir)?;
    let provinces = geography().old_units();
    let year = Regex::new(r"\b20[12]\d\b").map_err(std::io::Error::other)?;
    // Each sample with the provinces it names (with or without diacritics).
    let samples: Vec<(String, Vec<&OldUnit>)> = corpus::EMBEDDED
        .iter()
        .map(|&(_, bytes)| {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let named = provinces
                .iter()
                .filter(|p| text.contains(&p.name_vi) || text.contains(&p.name_ascii))
                .collect();
            (text, named)
        })
        .collect();
    let mut written = 0u64;
    let mut copy = 0usize;
    let mut pack = String::new();
    let mut packs = 0usize;
    while written < target {
        let province = &provinces[copy % provinces.len()];
        let shift = (copy / provinces.len() % 8) as i32;
        for (text, named) in &samples {
            // Every province the sample names becomes this copy's, in the same spelling.
            let mut text = text.clone();
            for named in named {
                text = text
                    .replace(&named.name_vi, &province.name_vi)
                    .replace(&named.name_ascii, &province.name_ascii);
            }
            let text = year.replace_all(&text, |c: &regex::Captures<'_>| {
                let y: i32 = c[0].parse().unwrap_or(2024);
                (y - shift).to_string()
            });
            pack.push_str(&text);
            pack.push_str("\n\n");
            // Sizes spread over 5 to 50 KB, the same on every machine.
            if pack.len() >= 5_000 + packs * 7_919 % 45_000 {
                written += write_pack(dir, &mut packs, &mut pack)?;
            }
        }
        copy += 1;
    }
    if !pack.is_empty() {
        write_pack(dir, &mut packs, &mut pack)?;
    }
    Ok(())
}

/// Writes `pack` as the next file of the corpus, and empties it.
fn write_pack(dir: &Path, packs: &mut usize, pack: &mut String) -> std::io::Result<u64> {
    fs::write(dir.join(format!("{:06}.txt", *packs)), pack.as_bytes())?;
    *packs += 1;
    let bytes = pack.len() as u64;
    pack.clear();
    Ok(bytes)
}

/// Bytes of the `*.txt` files directly in `dir`.
fn folder_bytes(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

/// The process's peak resident memory in KiB (Linux: `VmHWM` in `/proc/self/status`).
fn peak_rss_kib() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}
