//! The researcher's analysis export: two bundles from a fieldworker (the second after a
//! participant withdrew) become one data set that pandas, DuckDB (the CSV and the Parquet
//! files), R (haven, reading the Stata files' value labels) and the Frictionless validator load
//! with working joins and the expected row counts, with a codebook that renders in Chromium.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use age::secrecy::ExposeSecret;
use fieldvault::analysis::{self, AnalysisError, Dataset, Options, RemovalReason};
use fieldvault::bundle::{self, ExportOptions};
use fieldvault::deid::Policy;
use fieldvault::profile::{Fieldworker, Member, Profile};
use fieldvault::vault::{CreateOptions, Vault};

use crate::util::{cli, fixtures, pass, py_tool, root};

/// A project whose fieldworker exported twice: before and after Huong withdrew.
struct Study {
    dir: tempfile::TempDir,
    /// The two bundles, oldest first.
    bundles: Vec<PathBuf>,
    identity: PathBuf,
    profile: PathBuf,
    researcher: age::x25519::Identity,
    /// Huong's pseudonymous interview id.
    withdrawn_id: String,
    /// Rows per table of the second bundle, which holds exactly the interviews still in.
    expected_rows: BTreeMap<String, usize>,
}

fn study() -> Study {
    let dir = tempfile::tempdir().unwrap();
    let researcher = age::x25519::Identity::generate();
    let mut profile = Profile::new("Migration infrastructures");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
    let opts = CreateOptions { work_factor: Some(fieldvault::keys::MIN_WORK_FACTOR), profile: Some(profile.clone()) };
    let mut vault = Vault::create(&dir.path().join("field.vault"), &pass(), &opts).unwrap();
    let ids = vault.add_records(&fixtures()).unwrap();
    // k = 1: five interviews could not leave under the study's k of 5 (tested in export.rs).
    let policy = Policy { k: 1, ..Policy::default() };
    let at = |t: &str| ExportOptions { now: t.parse().unwrap(), policy: Some(policy.clone()), interviews: None, allow_suppression: false };
    let first = dir.path().join("2024-05.fvb");
    bundle::export(&mut vault, &first, &at("2024-05-01T09:00:00Z")).unwrap();
    let mut huong = fixtures()[0].clone();
    huong.consent.withdrawal = Some(fieldvault::schema::Withdrawal { date: "2024-06".parse().unwrap(), note: None });
    vault.update_record(&ids[0], &huong).unwrap();
    let second = dir.path().join("2024-07.fvb");
    let summary = bundle::export(&mut vault, &second, &at("2024-07-01T09:00:00Z")).unwrap();
    let withdrawn_id = summary
        .manifest
        .exclusions
        .iter()
        .find(|e| e.reason == fieldvault::deid::ExclusionReason::Withdrawn)
        .and_then(|e| e.interview_id.clone())
        .expect("the second bundle names the withdrawn interview");

    profile.fieldworkers.push(Fieldworker { name: "Fieldworker 1".into(), minisign_public_key: vault.signing_public_key().unwrap() });
    let profile_path = dir.path().join("project.json");
    std::fs::write(&profile_path, profile.to_json()).unwrap();
    let identity = dir.path().join("researcher.key");
    std::fs::write(&identity, format!("{}\n", researcher.to_string().expose_secret())).unwrap();
    Study {
        bundles: vec![first, second],
        identity,
        profile: profile_path,
        researcher,
        withdrawn_id,
        expected_rows: summary.manifest.counts.rows.clone(),
        dir,
    }
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{cmd:?} failed:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `fieldvault analysis export` over the study's bundles into `out`.
fn export_cli(s: &Study, out: &Path) -> std::process::Output {
    let mut c = cli();
    c.args(["analysis", "export", "--out"]).arg(out);
    for b in &s.bundles {
        c.arg("--bundle").arg(b);
    }
    c.arg("--identity").arg(&s.identity).arg("--profile").arg(&s.profile);
    c.output().unwrap()
}

fn which(cmd: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(cmd)).find(|p| p.is_file()))
}

/// A system tool a test needs: missing is a failure under CI, a skip (with a note) elsewhere.
fn tool(cmd: &str, install: &str) -> Option<PathBuf> {
    let found = which(cmd);
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "{cmd} is missing under CI: {install}");
        eprintln!("note: {cmd} is not installed ({install}); that check is skipped");
    }
    found
}

/// Renders `html` in headless Chromium (no network: a dead proxy) into
/// `target/screenshots/NAME.png`, and into `$FIELDVAULT_SCREENSHOTS` when set.
fn screenshot(html: &Path, name: &str, scratch: &Path) {
    let Some(chromium) = tool("chromium", "apt-get install chromium (scripts/setup.sh app)") else {
        return;
    };
    let shots = root().join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let png = shots.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&png);
    run(Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--proxy-server=127.0.0.1:9"])
        .arg(format!("--user-data-dir={}", scratch.join("chromium-profile").display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg("--window-size=1200,1500")
        .arg(format!("file://{}", html.display())));
    let bytes = std::fs::read(&png).expect("chromium wrote the screenshot");
    assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 20_000, "the screenshot is empty ({} bytes)", bytes.len());
    if let Some(dir) = std::env::var_os("FIELDVAULT_SCREENSHOTS") {
        std::fs::copy(&png, root().join(dir).join(format!("{name}.png"))).unwrap();
    }
}

#[test]
fn the_cli_exports_the_bundles_and_pandas_duckdb_r_and_frictionless_load_it() {
    let s = study();
    let out = s.dir.path().join("analysis");
    let o = export_cli(&s, &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(said.contains("3 interviews, 1 left out"), "{said}");
    // VND has no verified rate: its amounts get no USD value, and the CLI counts them.
    let without_usd: usize = said
        .lines()
        .find_map(|l| l.strip_prefix("note: ")?.strip_suffix(" amounts have no USD value: no verified rate for this currency and year (exchange_rates.csv lists the rates there are; VND and TWD have none)"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count of amounts without USD value: {said}"));
    assert!(without_usd > 0, "{said}");

    // The data: the second bundle's interviews (Huong withdrawn, Thanh never shared), and no
    // trace of Huong's id except in withdrawn.csv.
    let interviews = std::fs::read_to_string(out.join("data/interviews.csv")).unwrap();
    assert_eq!(interviews.lines().count(), 1 + s.expected_rows["interviews"]);
    for f in crate::util::files_under(&out) {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        let named = text.contains(&s.withdrawn_id);
        assert_eq!(named, f.ends_with("withdrawn.csv"), "{}: names the withdrawn interview: {named}", f.display());
    }
    let withdrawn = std::fs::read_to_string(out.join("withdrawn.csv")).unwrap();
    assert!(withdrawn.lines().any(|l| l.starts_with(&format!("{},withdrawn,1,2024-07-01T09:00:00Z,", s.withdrawn_id))), "{withdrawn}");
    let expected = serde_json::to_string(&s.expected_rows).unwrap();

    // pandas: every table with its row count, every foreign key joins (no orphan row), money in
    // USD at the shipped yearly rate.
    if let Some(python) = py_tool("python") {
        let script = r#"
import json, sys, pandas as pd
out, expected = sys.argv[1], json.loads(sys.argv[2])
pkg = json.load(open(f"{out}/datapackage.json"))
frames = {}
for r in pkg["resources"]:
    frames[r["name"]] = pd.read_csv(f"{out}/{r['path']}", dtype={"interview_id": str}, keep_default_na=False, na_values=[""])
for name, n in expected.items():
    assert len(frames[name]) == n, (name, len(frames[name]), n)
joins = 0
for r in pkg["resources"]:
    for fk in r["schema"].get("foreignKeys", []):
        child, parent = frames[r["name"]], frames[fk["reference"]["resource"]]
        m = child.merge(parent[fk["reference"]["fields"]].drop_duplicates(), how="left", on=fk["fields"], indicator=True, validate="many_to_one")
        assert (m["_merge"] == "both").all(), (r["name"], fk)
        joins += 1
assert joins >= 5, joins
coded = 0
for r in pkg["resources"]:
    for f in r["schema"]["fields"]:
        if "categories" in f:
            allowed = {c["value"] for c in f["categories"]}
            col = frames[r["name"]][f["name"]].dropna().astype(str)
            items = col.str.split(";").explode() if f["type"] == "list" else col
            assert set(items) <= allowed, (r["name"], f["name"], set(items) - allowed)
            coded += len(items)
assert coded > 50, coded
exits = frames["migration_episodes_exits"]
assert (exits.loc[exits["kind"] == "other", "kind_other"].str.len() > 0).all()
fees = frames["migration_episodes_fees"]
rates = frames["exchange_rates"].set_index(["currency", "year"])["per_usd"]
assert not {"VND", "TWD"} & {c for c, _ in rates.index}, "VND and TWD have no verified rate"
usd = fees.dropna(subset=["amount.amount_usd"])
assert len(usd) > 0
for _, f in usd.iterrows():
    if f["amount.currency"] == "USD":
        assert abs(f["amount.amount_usd"] - f["amount.amount"]) < 0.01
    else:
        assert any(abs(f["amount.amount"] / rate - f["amount.amount_usd"]) < 0.01 for (c, y), rate in rates.items() if c == f["amount.currency"]), f
# Every *_usd column: a JPY amount converts at a JPY rate of the table, a VND amount is an empty
# cell labelled as having no verified rate, and the empty cells are the CLI's count.
converted, empty = {"JPY": 0}, 0
for r in pkg["resources"]:
    for f in r["schema"]["fields"]:
        if not f["name"].endswith(("amount_usd", "amount_max_usd")):
            continue
        assert "no verified rate for this currency and year" in f["missingValues"][0]["label"], f
        base = f["name"][:-4]
        t = frames[r["name"]]
        cur = t[base[: base.rfind("amount")] + "currency"]
        present = t[base].notna()
        empty += int((present & t[f["name"]].isna()).sum())
        assert t.loc[present & cur.isin(["VND", "TWD"]), f["name"]].isna().all(), (r["name"], f["name"])
        for a, u in t.loc[present & (cur == "JPY"), [base, f["name"]]].itertuples(index=False):
            assert any(abs(a / rates[("JPY", y)] - u) < 0.01 for y in rates["JPY"].index), (a, u)
            converted["JPY"] += 1
assert converted["JPY"] > 0 and empty == int(sys.argv[3]), (converted, empty, sys.argv[3])
assert len(frames["withdrawn"]) == 1 and frames["withdrawn"]["reason"][0] == "withdrawn"
print("pandas ok", joins)
"#;
        let said = run(Command::new(&python).arg("-c").arg(script).arg(&out).arg(&expected).arg(without_usd.to_string()));
        assert!(said.contains("pandas ok"), "{said}");

        // DuckDB: the same counts, and the fees join their episodes and interviews in SQL.
        let script = r#"
import json, sys, duckdb
out, expected = sys.argv[1], json.loads(sys.argv[2])
con = duckdb.connect()
for name in expected:
    con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_csv('{out}/data/{name}.csv', header=true, all_varchar=true)")
    assert con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == expected[name], name
fees = expected["migration_episodes_fees"]
joined = con.execute("""SELECT count(*) FROM migration_episodes_fees f
    JOIN migration_episodes e USING (interview_id, migration_episodes_index)
    JOIN interviews i USING (interview_id)""").fetchone()[0]
assert joined == fees, (joined, fees)
by_kind = con.execute('SELECT "kind", count(*) FROM migration_episodes_exits GROUP BY 1').fetchall()
assert sum(n for _, n in by_kind) == expected["migration_episodes_exits"]
print("duckdb ok", joined)
"#;
        let said = run(Command::new(&python).arg("-c").arg(script).arg(&out).arg(&expected));
        assert!(said.contains("duckdb ok"), "{said}");

        // Parquet: pandas (through pyarrow) and DuckDB load every table's file with the CSV's
        // rows, the column types datapackage.json gives (missing values as nulls), and the same
        // cells; the fees join their episodes and interviews.
        let script = r#"
import json, sys
import duckdb, pandas as pd, pyarrow as pa, pyarrow.parquet as pq
out, expected = sys.argv[1], json.loads(sys.argv[2])
pkg = json.load(open(f"{out}/datapackage.json"))
arrow = {"string": pa.string(), "list": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
duck = {"string": "VARCHAR", "list": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN"}
def same(cell, value, ty):
    if cell == "":
        return value is None
    if ty == "integer":
        return value == int(cell)
    if ty == "number":
        return value == float(cell)
    if ty == "boolean":
        return value == (cell == "true") and cell in ("true", "false")
    return value == cell
con = duckdb.connect()
tables = [r for r in pkg["resources"] if r["path"].startswith("data/")]
assert sorted(r["name"] for r in tables) == sorted(expected), [r["name"] for r in tables]
nulls, typed = 0, set()
for r in tables:
    name, fields = r["name"], r["schema"]["fields"]
    path = f"{out}/parquet/{name}.parquet"
    schema = pq.read_schema(path)
    assert schema.names == [f["name"] for f in fields], name
    for f in fields:
        got = schema.field(f["name"])
        assert got.type == arrow[f["type"]], (name, f["name"], got.type, f["type"])
        assert got.nullable != f.get("constraints", {}).get("required", False), (name, f["name"])
        typed.add(f["type"])
    frame = pd.read_parquet(path)
    assert len(frame) == expected[name], (name, len(frame), expected[name])
    csv = pd.read_csv(f"{out}/{r['path']}", dtype=str, keep_default_na=False)
    assert list(csv.columns) == list(frame.columns), name
    rows = pq.read_table(path).to_pylist()
    assert len(rows) == len(csv), name
    for i, line in enumerate(csv.itertuples(index=False)):
        for f, cell in zip(fields, line):
            value = rows[i][f["name"]]
            assert same(cell, value, f["type"]), (name, i, f["name"], cell, value)
            nulls += value is None
    con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
    described = {c: t for c, t, *_ in con.execute(f"DESCRIBE {name}").fetchall()}
    assert described == {f["name"]: duck[f["type"]] for f in fields}, (name, described)
    assert con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == expected[name], name
    assert [tuple(x.values()) for x in rows] == con.execute(f"SELECT * FROM {name}").fetchall(), name
assert typed == set(arrow) and nulls > 0, (typed, nulls)
fees = pd.read_parquet(f"{out}/parquet/migration_episodes_fees.parquet")
episodes = pd.read_parquet(f"{out}/parquet/migration_episodes.parquet")
assert len(fees.merge(episodes, on=["interview_id", "migration_episodes_index"], validate="many_to_one")) == len(fees)
joined = con.execute("""SELECT count(*) FROM migration_episodes_fees f
    JOIN migration_episodes e USING (interview_id, migration_episodes_index)
    JOIN interviews i USING (interview_id)""").fetchone()[0]
assert joined == expected["migration_episodes_fees"] > 0, joined
print("parquet ok", len(tables), nulls)
"#;
        let script = format!("{script}\n{PYARROW_EXIT}");
        let said = run(Command::new(&python).arg("-c").arg(script).arg(&out).arg(&expected));
        assert!(said.contains("parquet ok"), "{said}");
    }

    // R with haven: every .dta has the table's rows, coded variables carry their value labels,
    // amounts without a verified rate are `.a` (labelled, as many as the CLI counted), and a
    // child table merges onto its parent.
    if let Some(rscript) = tool("Rscript", "apt-get install r-base-core r-cran-haven (scripts/setup.sh app)") {
        let script = r#"
suppressMessages(library(haven))
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
pairs <- strsplit(strsplit(gsub('[{}"]', '', args[2]), ",")[[1]], ":")
no_rate <- 0
for (p in pairs) {
  d <- read_dta(file.path(out, "stata", paste0(p[1], ".dta")))
  stopifnot(nrow(d) == as.integer(p[2]))
  # An amount without a verified rate: its USD value is .a, labelled with the reason.
  for (v in grep("amount(_max)?_usd$", names(d), value = TRUE)) {
    labs <- attr(d[[v]], "labels")
    stopifnot(is_tagged_na(labs, "a"), grepl("no verified rate for this currency and year", names(labs)))
    no_rate <- no_rate + sum(is_tagged_na(d[[v]], "a"))
  }
}
stopifnot(no_rate == as.integer(args[3]))
i <- read_dta(file.path(out, "stata", "interviews.dta"))
labs <- attr(i$participant_gender, "labels")
stopifnot(!is.null(labs), "Woman" %in% names(labs))
g <- as_factor(i$participant_gender)
stopifnot(sum(!is.na(g)) > 0, all(levels(g) %in% c(names(labs))))
e <- read_dta(file.path(out, "stata", "migration_episodes.dta"))
x <- read_dta(file.path(out, "stata", "migration_episodes_exits.dta"))
stopifnot(!is.null(attr(x$kind, "labels")), "kind_other" %in% names(x))
stopifnot(all(nchar(x$kind_other[!is.na(x$kind) & x$kind == 0]) > 0))
m <- merge(x, e, by = c("interview_id", "migration_episodes_index"))
stopifnot(nrow(m) == nrow(x))
cat("R ok", nrow(m), as.character(g[1]), "\n")
"#;
        let said = run(Command::new(&rscript).arg("-e").arg(script).arg(&out).arg(&expected).arg(without_usd.to_string()));
        assert!(said.contains("R ok"), "{said}");
    }

    // The Frictionless validator accepts the package: types, keys, foreign keys, categories,
    // labelled missing values.
    if let Some(fl) = py_tool("frictionless") {
        let report = run(Command::new(fl).arg("validate").arg("datapackage.json").current_dir(&out));
        assert!(report.contains("VALID") && !report.contains("INVALID"), "{report}");
    }

    // The codebook: self-contained, bilingual, and it renders in Chromium.
    let html = std::fs::read_to_string(out.join("codebook.html")).unwrap();
    for external in ["<script", "<link", "src=", "url(", "http://", "https://"] {
        assert!(!html.contains(external), "the codebook is not self-contained: {external}");
    }
    assert!(html.contains("Tiếng Việt") && html.contains("Bỏ trốn"), "Vietnamese labels are missing");
}

#[test]
fn the_codebook_hides_counts_below_k_and_the_stata_file_matches_the_csv() {
    let s = study();
    let opened: Vec<(String, bundle::Bundle)> = s
        .bundles
        .iter()
        .map(|p| (p.display().to_string(), bundle::open(p, &s.researcher, &crate::util::roster_of_its_exporter(p, &s.researcher)).unwrap()))
        .collect();
    let dataset = Dataset::from_bundles(&opened).unwrap();
    assert_eq!(dataset.records.len(), 4, "both bundles' interviews, before the withdrawal is applied");
    assert!(dataset
        .removals
        .iter()
        .any(|r| r.reason == RemovalReason::Withdrawn && r.interview_id.as_deref() == Some(s.withdrawn_id.as_str())));
    let out = s.dir.path().join("k5");
    let opts = Options { now: Some("2024-08-01T00:00:00Z".parse().unwrap()), k: Some(5) };
    let summary = analysis::export(&out, &dataset, &opts).unwrap();
    assert_eq!((summary.interviews, summary.left_out), (3, 1));
    assert_eq!(summary.rows["interviews"], 3);
    let md = std::fs::read_to_string(out.join("codebook.md")).unwrap();
    assert!(md.contains("| < 5 |"), "no count is hidden");
    // The codebook with hidden counts, as a researcher sees it in a browser.
    screenshot(&out.join("codebook.html"), "analysis-codebook", s.dir.path());
    // Every count cell is 0, "< 5" or at least 5.
    for line in md.lines().filter(|l| l.starts_with("| `")) {
        let last = line.trim_end_matches('|').rsplit('|').next().unwrap().trim();
        assert!(last == "0" || last == "< 5" || last.parse::<usize>().is_ok_and(|n| n >= 5), "{line}");
    }
    // Readable by the researcher alone, like a bundle.
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o700);
        for f in crate::util::files_under(&out) {
            assert_eq!(std::fs::metadata(&f).unwrap().permissions().mode() & 0o777, 0o600, "{}", f.display());
        }
    }
    // The same export again is the same bytes (a fixed time), and the .dta holds the rows.
    let again = s.dir.path().join("k5-again");
    analysis::export(&again, &dataset, &opts).unwrap();
    for f in &summary.files {
        assert_eq!(std::fs::read(out.join(f)).unwrap(), std::fs::read(again.join(f)).unwrap(), "{f} differs between two runs");
    }
    let dta = std::fs::read(out.join("stata/interviews.dta")).unwrap();
    let n_at = dta.windows(3).position(|w| w == b"<N>").unwrap() + 3;
    assert_eq!(u64::from_le_bytes(dta[n_at..n_at + 8].try_into().unwrap()), 3);
}

#[test]
fn fail_a_used_folder_an_unknown_signer_or_another_project_writes_nothing() {
    let s = study();
    // A folder with a file in it: refused, left as it was.
    let used = s.dir.path().join("used");
    std::fs::create_dir(&used).unwrap();
    std::fs::write(used.join("notes.txt"), "mine").unwrap();
    let o = export_cli(&s, &used);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not empty"), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(crate::util::files_under(&used).len(), 1);

    // A bundle signed by a key the profile does not list: the file is named, nothing written.
    let mut stranger = Profile::from_json(&std::fs::read_to_string(&s.profile).unwrap()).unwrap();
    stranger.fieldworkers.clear();
    let pk = fieldvault::keys::generate_member_keys("someone else").minisign_public_file;
    stranger.fieldworkers.push(Fieldworker { name: "someone else".into(), minisign_public_key: pk });
    let other_profile = s.dir.path().join("stranger.json");
    std::fs::write(&other_profile, stranger.to_json()).unwrap();
    let out = s.dir.path().join("refused");
    let mut c = cli();
    c.args(["analysis", "export", "--out"]).arg(&out).arg("--bundle").arg(&s.bundles[0]);
    c.arg("--identity").arg(&s.identity).arg("--profile").arg(&other_profile);
    let o = c.output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("2024-05.fvb") && err.contains("not on the project's fieldworker roster"), "{err}");
    assert!(!out.exists());
    let leftovers: Vec<_> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "a temporary folder was left behind");

    // Bundles of two projects cannot be mixed.
    let opened = |p: &PathBuf| bundle::open(p, &s.researcher, &crate::util::roster_of_its_exporter(p, &s.researcher)).unwrap();
    let mut b = opened(&s.bundles[1]);
    b.manifest.project_id = "00000000-0000-4000-8000-000000000000".into();
    let err = Dataset::from_bundles(&[("a.fvb".into(), opened(&s.bundles[0])), ("b.fvb".into(), b)]).unwrap_err();
    assert!(matches!(err, AnalysisError::OtherProject { .. }), "{err}");
    // Nor bundles made under two policies (their columns differ).
    let mut b = opened(&s.bundles[1]);
    b.manifest.policy_sha256 = "0".repeat(64);
    let err = Dataset::from_bundles(&[("a.fvb".into(), opened(&s.bundles[0])), ("b.fvb".into(), b)]).unwrap_err();
    assert!(matches!(err, AnalysisError::PoliciesDiffer { ref path, .. } if path == "b.fvb"), "{err}");
    assert!(matches!(Dataset::from_bundles(&[]), Err(AnalysisError::NoBundles)));
}

/// The fenced code blocks of `lang` in `docs/analysis.md`.
fn doc_snippets(lang: &str) -> Vec<String> {
    let doc = std::fs::read_to_string(root().join("docs/analysis.md")).unwrap();
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        match &mut current {
            None if line.trim_end() == format!("```{lang}") => current = Some(String::new()),
            Some(_) if line.starts_with("```") => out.extend(current.take()),
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    out
}

/// Appended to a Python script that has read Parquet with pyarrow: leave at once once its output
/// is flushed. pyarrow's thread pools can abort the interpreter's own teardown after the
/// script's work is done ("terminate called without an active exception", apache/arrow#34314,
/// open), which this suite met under load; the script's checks have all run by then.
const PYARROW_EXIT: &str = "import os as _os, sys as _sys\n_sys.stdout.flush()\n_sys.stderr.flush()\n_os._exit(0)";

#[test]
fn the_snippets_in_docs_analysis_md_run() {
    let s = study();
    let o = export_cli(&s, &s.dir.path().join("analysis"));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let python = doc_snippets("python");
    let r = doc_snippets("r");
    assert_eq!((python.len(), r.len()), (2, 1), "the pandas, DuckDB and R snippets");
    if let Some(py) = py_tool("python") {
        for snippet in &python {
            let script = format!("{snippet}\n{PYARROW_EXIT}");
            let said = run(Command::new(&py).arg("-c").arg(script).current_dir(s.dir.path()));
            assert!(said.contains("JP") || said.contains("TW"), "the snippet printed no destination:\n{said}");
        }
    }
    if let Some(rscript) = tool("Rscript", "apt-get install r-base-core r-cran-haven (scripts/setup.sh app)") {
        let said = run(Command::new(&rscript).arg("-e").arg(&r[0]).current_dir(s.dir.path()));
        assert!(said.contains("Ran away"), "the R snippet printed no exit kind:\n{said}");
    }
}
