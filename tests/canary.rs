//! No plaintext on disk: canary strings in every text field never appear in the vault file,
//! its `-wal`/`-shm` files, or the temp dir.

use fieldvault::schema::{interview_schema, parse_interview};
use serde_json::{json, Value};

use crate::util::{cli, contains, fast, files_under, pass, run_with_stdin};

const MARK: &str = "CANARY";

/// Builds an interview from the schema with every field present and a unique canary in every
/// free-text value (coded answers get `other: CANARY…`).
fn canary_interview() -> (Value, Vec<String>) {
    let schema = interview_schema();
    let mut canaries = Vec::new();
    let mut v = fill(&schema, &schema, &mut canaries);
    v["schema_version"] = json!(1);
    (v, canaries)
}

fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => &root["$defs"][r.trim_start_matches("#/$defs/")],
        None => node,
    }
}

fn fill(root: &Value, node: &Value, canaries: &mut Vec<String>) -> Value {
    let mut canary = || {
        let c = format!("{MARK}{:03}QZ", canaries.len());
        canaries.push(c.clone());
        c
    };
    let target = resolve(root, node);
    match target.get("x-fv-type").and_then(Value::as_str) {
        Some("choice") => return json!(format!("other: {}", canary())),
        Some("partial-date") => return json!("2017-08"),
        Some("currency") => return json!("JPY"),
        Some("actor-ref") => return json!("a1"),
        _ => {}
    }
    if let Some(branches) = target.get("anyOf").and_then(Value::as_array) {
        let branch = branches.iter().find(|b| b.get("type") != Some(&json!("null"))).unwrap();
        return fill(root, branch, canaries);
    }
    if let Some(consts) = target.get("oneOf").and_then(Value::as_array) {
        return consts[0]["const"].clone();
    }
    let ty = match target.get("type") {
        Some(Value::Array(types)) => types.iter().find(|t| *t != "null").cloned().unwrap_or(Value::Null),
        Some(t) => t.clone(),
        None => Value::Null,
    };
    match ty.as_str() {
        Some("object") => {
            let mut out = serde_json::Map::new();
            for (k, sub) in target["properties"].as_object().unwrap() {
                out.insert(k.clone(), fill(root, sub, canaries));
            }
            Value::Object(out)
        }
        Some("array") => json!([fill(root, &target["items"], canaries)]),
        Some("string") => match target.get("pattern").and_then(Value::as_str) {
            Some("^[A-Z]{2}$") => json!("JP"),
            Some(p) if p.starts_with("^[a-z]{2,3}") => json!("vi"),
            _ => json!(canary()),
        },
        Some("integer") | Some("number") => target.get("minimum").cloned().unwrap_or(json!(1)),
        Some("boolean") => json!(true),
        other => panic!("no filler for {other:?} in {target}"),
    }
}

/// Canaries found in any file under the given dirs: (file, canary).
fn scan(dirs: &[&std::path::Path], canaries: &[String]) -> Vec<(String, String)> {
    let mut hits = Vec::new();
    for dir in dirs {
        for f in files_under(dir) {
            let Ok(bytes) = std::fs::read(&f) else {
                continue;
            };
            if contains(&bytes, MARK.as_bytes()) {
                let which = canaries.iter().find(|c| contains(&bytes, c.as_bytes())).cloned().unwrap_or_else(|| MARK.into());
                hits.push((f.display().to_string(), which));
            }
        }
    }
    hits
}

#[test]
fn the_canary_record_fills_every_text_field() {
    let (v, canaries) = canary_interview();
    assert!(canaries.len() > 50, "only {} text fields filled", canaries.len());
    parse_interview(&v.to_string()).expect("the canary record is valid");
}

#[test]
fn no_canary_reaches_the_vault_files() {
    let (v, canaries) = canary_interview();
    let interview = parse_interview(&v.to_string()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("canary.vault");
    let mut vault = fieldvault::vault::Vault::create(&path, &pass(), &fast()).unwrap();
    let id = vault.add_record(&interview).unwrap();
    vault.update_record(&id, &interview).unwrap();
    vault.save_draft(&uuid::Uuid::new_v4().to_string(), Some(&id), &v).unwrap();
    let audio = format!("RIFF....WAVE {} {}", canaries[0], canaries[1]).repeat(1000);
    vault.add_attachment(&id, &format!("{}.wav", canaries[2]), "audio/wav", &mut audio.as_bytes()).unwrap();
    assert_eq!(vault.get_record(&id).unwrap().interview, interview, "the canaries are really stored");

    // While open: main file, -wal and -shm.
    let wal = std::fs::read(dir.path().join("canary.vault-wal")).unwrap();
    assert!(wal.len() > 10_000, "the WAL holds the recent writes ({} bytes)", wal.len());
    assert_eq!(scan(&[dir.path()], &canaries), vec![], "plaintext found in the open vault's files");
    vault.lock();
    drop(vault);
    assert_eq!(scan(&[dir.path()], &canaries), vec![], "plaintext found in the closed vault's files");
}

#[test]
fn no_canary_reaches_disk_through_the_cli_or_its_temp_dir() {
    let (v, canaries) = canary_interview();
    let work = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let vault = work.path().join("cli.vault");
    let run = |args: &[&str], stdin: Option<&str>| {
        let out = run_with_stdin(cli().env("TMPDIR", tmp.path()).arg("--vault").arg(&vault).args(args), stdin);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["vault", "init"], None);
    let id = run(&["record", "add", "-"], Some(&v.to_string())).trim().to_owned();
    let shown = run(&["record", "show", &id, "--plaintext"], None);
    assert!(shown.contains(&canaries[5]), "the CLI shows what was stored");
    run(&["record", "edit", &id, "-"], Some(&v.to_string()));
    run(&["record", "list"], None);
    run(&["record", "history", &id, "--plaintext"], None);
    assert_eq!(scan(&[work.path(), tmp.path()], &canaries), vec![]);
}
