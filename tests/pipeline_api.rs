//! The pipeline as library API and as a command: every input accounted for, the same report
//! whatever the threads or the order of the inputs, and an earlier report never lost.

// Test helpers fail loudly, like the tests they serve.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use vncoop::output::{write_report, write_run, Format, DIAGNOSTICS_COLUMNS};
use vncoop::pipeline::{find_inputs, Input, Outcome, Pipeline, PipelineError};
use vncoop::stats::Report;

fn sample_inputs() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    find_inputs(&[dir]).unwrap()
}

fn outputs(report: &Report) -> (String, String) {
    (report.to_csv().unwrap(), report.to_json().unwrap())
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vncoop-test-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// The samples seven times over, each copy under its own name: more inputs than a worker
/// takes at once, so that batches are cut and put back together.
fn many_inputs() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    (0..7)
        .flat_map(|copy| {
            paths.iter().map(move |path| {
                let name = path.file_name().unwrap().to_string_lossy();
                Input::bytes(format!("{copy}-{name}"), fs::read(path).unwrap())
            })
        })
        .collect()
}

#[test]
fn threads_and_input_order_do_not_change_the_report() {
    let inputs = many_inputs();
    assert!(inputs.len() > 40);
    let one = Pipeline::new().threads(1).run(&inputs).unwrap();
    let mut reversed = inputs.clone();
    reversed.reverse();
    let many = Pipeline::new().threads(4).run(&reversed).unwrap();
    assert!(one.observations() > 50);
    assert_eq!(one.observations(), many.observations());
    assert_eq!(outputs(&one.report), outputs(&many.report));
    // Outcomes stay in the order the inputs were given.
    let names: Vec<&str> = many.documents.iter().map(|d| d.name.as_str()).collect();
    let expected: Vec<&str> = reversed.iter().map(Input::name).collect();
    assert_eq!(names, expected);
}

#[test]
fn every_input_is_read_rejected_or_empty_with_its_reason() {
    let dir = scratch("inputs");
    fs::write(dir.join("report.txt"), "Tỉnh có 464 hợp tác xã.").unwrap();
    fs::write(dir.join("blank.txt"), " \n\t\n").unwrap();
    fs::write(dir.join("program.txt"), b"\x7fELF\x02\x01\x01\x00\x00\x00").unwrap();
    fs::create_dir(dir.join("folder.txt")).unwrap();
    let inputs = vec![
        Input::file(dir.join("report.txt")),
        Input::file(dir.join("blank.txt")),
        Input::file(dir.join("program.txt")),
        Input::file(dir.join("gone.txt")),
        Input::file(dir.join("folder.txt")),
    ];
    let run = Pipeline::new().run(&inputs).unwrap();
    let outcomes: Vec<&Outcome> = run.documents.iter().map(|d| &d.outcome).collect();
    assert!(
        matches!(
            outcomes[0],
            Outcome::Read {
                observations: 1,
                ..
            }
        ),
        "{outcomes:?}"
    );
    assert_eq!(outcomes[1], &Outcome::Empty);
    let rejected: Vec<(&str, &str)> = run.rejected().collect();
    assert_eq!(rejected.len(), 3, "{rejected:?}");
    assert_eq!(rejected[0].0, "program.txt");
    assert!(rejected[0].1.contains("binary"), "{}", rejected[0].1);
    assert!(rejected[1].1.contains("No such file"), "{}", rejected[1].1);
    assert_eq!(rejected[2].1, "not a regular file");
    assert_eq!(run.read(), 2);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn folders_are_searched_recursively_and_a_missing_path_is_an_error() {
    let dir = scratch("walk");
    fs::create_dir_all(dir.join("2024/q1")).unwrap();
    fs::write(dir.join("b.txt"), "x").unwrap();
    fs::write(dir.join("2024/q1/a.txt"), "x").unwrap();
    fs::write(dir.join("2024/notes.md"), "x").unwrap();
    let names: Vec<String> = find_inputs(&[&dir])
        .unwrap()
        .iter()
        .map(|i| i.name().to_string())
        .collect();
    assert_eq!(names, ["2024/q1/a.txt", "b.txt"]);
    // The same name under two folders given together: each keeps its whole path.
    fs::create_dir_all(dir.join("other")).unwrap();
    fs::write(dir.join("other/b.txt"), "x").unwrap();
    let both = find_inputs(&[dir.clone(), dir.join("other")]).unwrap();
    let names: Vec<&str> = both.iter().map(Input::name).collect();
    assert_eq!(names.len(), 4);
    assert_eq!(names[0], "2024/q1/a.txt");
    assert_eq!(names[2], "other/b.txt");
    // "b.txt" below the first folder and below the second: whole paths.
    assert!(names[1].ends_with("b.txt") && names[1].len() > "b.txt".len());
    assert!(names[3].ends_with("b.txt") && names[3].len() > "other/b.txt".len());
    assert_ne!(names[1], names[3]);
    let missing = find_inputs(&[dir.join("nowhere")]).unwrap_err();
    assert!(matches!(missing, PipelineError::Path { .. }), "{missing}");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_report_replaces_the_folder_only_when_complete() {
    let dir = scratch("write");
    let out = dir.join("report");
    let report = Pipeline::new().run(&sample_inputs()).unwrap().report;
    let written = write_report(&report, &out, &[Format::Json, Format::Csv, Format::Csv]).unwrap();
    assert_eq!(written, ["observations.csv", "report.json", "facts.jsonl"]);
    let csv = fs::read_to_string(out.join("observations.csv")).unwrap();
    assert_eq!(csv, report.to_csv().unwrap());
    // A second run writing only Markdown replaces the whole folder: no stale CSV beside it.
    write_report(&report, &out, &[Format::Markdown]).unwrap();
    let mut files: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["report.md"]);
    // Nothing is left beside it.
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
    fs::remove_dir_all(&dir).unwrap();
}

/// The pipeline example: `cargo test` builds it beside this test's own executable; when only
/// this test was built, it is built here with the same cargo and profile.
fn pipeline_command() -> Command {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(Path::parent).unwrap();
    let path = profile_dir
        .join("examples")
        .join(format!("pipeline{}", std::env::consts::EXE_SUFFIX));
    if !path.is_file() {
        let mut build = Command::new(env!("CARGO"));
        build
            .args(["build", "--example", "pipeline", "--manifest-path"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"));
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            build.arg("--release");
        }
        assert!(build.status().unwrap().success(), "building the example");
    }
    Command::new(path)
}

#[test]
fn the_command_prints_help_and_keeps_an_earlier_report_on_a_missing_path() {
    let help = pipeline_command().arg("--help").output().unwrap();
    assert!(help.status.success());
    let usage = String::from_utf8_lossy(&help.stdout);
    assert!(usage.contains("Usage: pipeline"), "{usage}");
    assert!(usage.contains("--out"), "{usage}");

    let dir = scratch("command");
    let out = dir.join("vncoop-report");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("report.md"), "earlier run").unwrap();
    let run_on = |input: &Path| {
        pipeline_command()
            .arg("--out")
            .arg(&out)
            .arg(input)
            .output()
            .unwrap()
    };
    let earlier_kept = || fs::read_to_string(out.join("report.md")).unwrap() == "earlier run";
    let missing = run_on(&dir.join("no-such-folder"));
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-folder"));
    assert!(earlier_kept());

    // Nothing readable: exit 3, the earlier report still there.
    fs::write(dir.join("program.txt"), b"\x00\x01\x02").unwrap();
    let nothing = run_on(&dir.join("program.txt"));
    assert_eq!(nothing.status.code(), Some(3));
    assert!(earlier_kept());
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_number_left_out_is_a_row_of_diagnostics_csv() {
    let dir = scratch("diagnostics");
    let out = dir.join("report");
    let run = Pipeline::new().run(&sample_inputs()).unwrap();
    assert!(run.left_out() > 0);
    let written = write_run(&run, &out, Format::ALL).unwrap();
    assert!(written.contains(&"diagnostics.csv"));
    let mut table = csv::Reader::from_path(out.join("diagnostics.csv")).unwrap();
    assert_eq!(table.headers().unwrap(), DIAGNOSTICS_COLUMNS.as_slice());
    let rows: Vec<csv::StringRecord> = table.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), run.left_out());
    let texts: Vec<String> = run
        .documents
        .iter()
        .map(|d| {
            fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("examples/data")
                    .join(&d.name),
            )
            .unwrap()
        })
        .collect();
    for row in &rows {
        // Each row points at its number in its document.
        let doc = run.documents.iter().position(|d| d.name == row[0]).unwrap();
        let (start, end): (usize, usize) = (row[1].parse().unwrap(), row[2].parse().unwrap());
        assert_eq!(&texts[doc][start..end], &row[3]);
        assert!(
            [
                "not_a_figure",
                "no_indicator",
                "repeated",
                "measure",
                "not_dong",
                "single_organisation",
                "outside_sector",
                "implausible",
                "unreadable"
            ]
            .contains(&&row[4]),
            "{row:?}"
        );
    }
    // A date's digits are no figure, never unreadable.
    assert!(rows.iter().any(|r| &r[4] == "not_a_figure"));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn report_json_names_the_tool_the_hints_and_every_input_with_its_hash() {
    let out = scratch("run-json").join("report");
    let good = "In 2023, the province had 464 cooperatives.";
    let inputs = [
        Input::bytes("good.txt", good.as_bytes()),
        Input::bytes("bad.bin", b"\x00\x01\x02\x03".as_slice()),
        Input::file(scratch("run-json").join("missing.txt")),
    ];
    let run = Pipeline::new().province("Thái Bình").run(&inputs).unwrap();
    write_run(&run, &out, &[Format::Json]).unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("report.json")).unwrap()).unwrap();
    let meta = &json["run"];
    assert_eq!(meta["tool"], "vncoop");
    assert_eq!(meta["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(meta["hints"]["province"], "Thái Bình");
    assert!(meta["hints"]["lang"].is_null());
    let inputs = meta["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 3);
    assert_eq!(inputs[0]["name"], "good.txt");
    assert_eq!(inputs[0]["outcome"], "read");
    assert_eq!(inputs[0]["bytes"], good.len());
    assert_eq!(
        inputs[0]["sha256"],
        vncoop::pipeline::Fingerprint::of(good.as_bytes()).sha256
    );
    assert_eq!(inputs[0]["observations"], 1);
    assert_eq!(inputs[1]["outcome"], "rejected");
    assert_eq!(inputs[1]["bytes"], 4);
    assert!(inputs[1]["reason"].as_str().is_some_and(|r| !r.is_empty()));
    // A file that could not be read has no fingerprint.
    assert_eq!(inputs[2]["outcome"], "rejected");
    assert!(inputs[2].get("sha256").is_none());
    // Then the report, whose facts are in facts.jsonl, one per line.
    assert_eq!(json["facts"], 1);
    let lines = fs::read_to_string(out.join("facts.jsonl")).unwrap();
    let facts: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0]["observation"]["value"], "464");
    assert_eq!(
        facts[0]["sources"][0]["evidence"],
        "In 2023, the province had 464 cooperatives."
    );
}

#[test]
fn report_json_cites_the_sources_of_conflicts_and_findings_and_stays_small() {
    let out = scratch("run-json-small").join("report");
    // 464 stated by twelve reports, 470 by one.
    let mut inputs: Vec<Input> = (0..12)
        .map(|k| {
            Input::bytes(
                format!("a{k:02}.txt"),
                "In 2023, Thai Binh province had 464 cooperatives.".as_bytes(),
            )
        })
        .collect();
    inputs.push(Input::bytes(
        "b.txt",
        "In 2023, Thai Binh province had 470 cooperatives.".as_bytes(),
    ));
    let run = Pipeline::new().run(&inputs).unwrap();
    write_run(&run, &out, &[Format::Json]).unwrap();
    let text = fs::read_to_string(out.join("report.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let conflict = &json["conflicts"][0];
    let values: Vec<&str> = conflict["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["464", "470"]);
    // At most ten sources are cited; facts.jsonl has every one.
    let many = &conflict["candidates"][0];
    assert_eq!(many["sources_total"], 12);
    assert_eq!(many["sources"].as_array().map(Vec::len), Some(10));
    assert_eq!(conflict["candidates"][1]["sources_total"], 1);
    let cited = &conflict["candidates"][1]["sources"][0];
    assert_eq!(cited["document"], "b.txt");
    assert_eq!(cited["span"], serde_json::json!([32, 35]));
    assert_eq!(cited["rule"], "en.count.noun_after");
    // Sentences are cited, never copied: they are in facts.jsonl.
    assert!(!text.contains("province had"), "{text}");
}
