//! Export benchmarks (run with `cargo bench --bench export`, or `scripts/bench-export.sh` for
//! the pycanon side too); results go in docs/benchmarks.md.
//!
//! 1. Exporting 10,000 interviews with every pipeline step (consent gate, drop, pseudonymise,
//!    generalise, redact, k-anonymity, leak scan, sign, tar, age encryption, atomic write and
//!    audit event), then each step timed on its own.
//! 2. The k-anonymity check (`deid::kanon`) against pycanon's `k_anonymity` on the same
//!    quasi-identifier tables, written to `target/bench-export/qi.csv` (the exported records)
//!    and `qi-100k.csv` (100,000 rows drawn from its columns); pycanon runs when
//!    `target/benchvenv/bin/python` exists (`scripts/bench-export.sh` makes it). Each side runs
//!    in a fresh process loading the same CSV, alternately, three rounds.
//! 3. age encryption of the same payload to the same two recipients: `bundle::encrypt_to`
//!    /dev/null (and `bundle::encrypt` into memory) against Debian's `age` CLI to /dev/null.
//!
//! `FV_BENCH_ONLY=kanon`, `=age`, `=redact`, `=steps` or a comma-separated list runs only those
//! parts (the vault is still built); `redact` times the matchers alone, `steps` the export's
//! costliest steps seven times each. `FV_BENCH_KEEP_VAULT=path` keeps the benchmark vault there
//! and stops; then `FV_BENCH_EXPORT_VAULT=path FV_BENCH_EXPORT_OUT=x.fvb` runs one export of it
//! in this process and prints its timing as JSON (how two builds are compared alternately).
//!
//! The 10,000 interviews are the five fixtures with every identifying value replaced by a
//! generated one (names, other names, phones, ids, actor names, wherever they occur, free text
//! included), and birth year, origin province and interview year varied, so that redaction,
//! pseudonym linking and k-anonymity do real work. Hand-rolled timing (median of several runs),
//! as in `benches/vault.rs`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use fieldvault::bundle::{self, ExportOptions};
use fieldvault::deid::{self, kanon, Policy, SourceRecord};
use fieldvault::profile::{Member, Profile};
use fieldvault::schema::{parse_interview, Interview};
use fieldvault::vault::{CreateOptions, Vault};
use secrecy::SecretString;
use serde_json::Value;

/// The CLI's allocator (src/main.rs), so that what is measured is what `fieldvault export` runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Interviews in the benchmark vault (`FV_BENCH_N` overrides it, e.g. 1000 while iterating).
fn n_interviews() -> usize {
    std::env::var("FV_BENCH_N").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000)
}

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let out = f();
    (out, t.elapsed())
}

/// splitmix64: a fixed pseudo-random stream, so every run builds the same interviews.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn pick<'a>(list: &[&'a str], seed: u64) -> &'a str {
    list[(mix(seed) % list.len() as u64) as usize]
}

const FAMILY: [&str; 16] =
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const WOMAN: [&str; 12] = ["Hằng", "Thảo", "Trang", "Nga", "Hạnh", "Dung", "Hiền", "Loan", "Nhung", "Thúy", "Diệp", "Oanh"];
const MAN: [&str; 12] = ["Tuấn", "Hùng", "Dũng", "Cường", "Thắng", "Toàn", "Khoa", "Lộc", "Tùng", "Hiếu", "Đạt", "Kiên"];
const MIDDLE: [&str; 6] = ["Minh", "Ngọc", "Đức", "Hữu", "Xuân", "Thu"];
const FIRM: [&str; 12] = [
    "Tân Tiến",
    "Đại Việt",
    "Kim Phát",
    "Hòa Bình",
    "Thành Công",
    "Phú Cường",
    "Việt Mỹ",
    "Trường Thịnh",
    "An Khang",
    "Hưng Thịnh",
    "Đông Dương",
    "Sao Mai",
];
const PROVINCES: [&str; 10] =
    ["Hải Dương", "Hưng Yên", "Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Thái Bình", "Nam Định", "Bắc Giang", "Quảng Bình", "Phú Thọ"];

fn person(seed: u64, woman: bool) -> (String, String) {
    let given = if woman { pick(&WOMAN, seed ^ 1) } else { pick(&MAN, seed ^ 1) };
    let middle = if woman && mix(seed ^ 2).is_multiple_of(2) {
        "Thị"
    } else if mix(seed ^ 2).is_multiple_of(2) {
        "Văn"
    } else {
        pick(&MIDDLE, seed ^ 3)
    };
    (format!("{} {middle} {given}", pick(&FAMILY, seed)), given.to_owned())
}

fn digits(seed: u64, n: usize) -> String {
    (0..n).map(|i| char::from(b'0' + (mix(seed.wrapping_add(i as u64)) % 10) as u8)).collect()
}

fn json_inner(s: &str) -> String {
    let q = serde_json::to_string(s).unwrap();
    q[1..q.len() - 1].to_owned()
}

/// Strips Vietnamese diacritics the way the fixtures' English notes write names ("Huong").
fn ascii_fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd().filter(|c| c.is_ascii()).collect::<String>().replace('đ', "d").replace('Đ', "D")
}

/// Interview `i`: fixture `i % 5` with its identifiers replaced everywhere in its JSON text.
fn variant(fixture_text: &str, fixture: &Value, i: usize) -> Interview {
    let seed = (i as u64).wrapping_mul(0x1000_0000_01b3);
    let woman = fixture["participant"]["gender"] == "woman";
    let (full, given) = person(seed, woman);
    let id = &fixture["identity"];
    let old_full = id["full_name"].as_str().unwrap();
    let old_given = old_full.rsplit(' ').next().unwrap();
    let mut subs: Vec<(String, String)> = vec![(old_full.to_owned(), full.clone())];
    // Actor names: people get people's names, organisations a firm's; drawn from a pool of a
    // few hundred, so that one broker or company turns up in many interviews.
    for (j, a) in fixture["actors"].as_array().unwrap().iter().enumerate() {
        let Some(name) = a["name"].as_str() else { continue };
        let kind = a["kind"].as_str().unwrap_or("");
        let pool_seed = mix(seed ^ (j as u64 + 17)) % 300;
        let new = if matches!(kind, "broker" | "friend" | "relative" | "co_villager" | "volunteer" | "informal_job_agent") {
            person(pool_seed * 7919, mix(pool_seed).is_multiple_of(2)).0
        } else {
            format!("Công ty TNHH Nhân lực {} {}", pick(&FIRM, pool_seed), pool_seed)
        };
        subs.push((name.to_owned(), new));
    }
    for (n, v) in id["other_names"].as_array().into_iter().flatten().enumerate() {
        let v = v.as_str().unwrap();
        let new = if v.contains(old_given) { v.replace(old_given, &given) } else { format!("{given} {}", n + 1) };
        subs.push((v.to_owned(), new));
    }
    for (n, p) in id["phones"].as_array().into_iter().flatten().enumerate() {
        let p = p.as_str().unwrap();
        let new: String = p
            .chars()
            .enumerate()
            .map(|(k, c)| if c.is_ascii_digit() && k > 3 { digits(seed ^ (n as u64 * 31 + k as u64), 1).remove(0) } else { c })
            .collect();
        let (od, nd): (String, String) =
            (p.chars().filter(char::is_ascii_digit).collect(), new.chars().filter(char::is_ascii_digit).collect());
        subs.push((p.to_owned(), new));
        subs.push((od, nd));
    }
    for (n, x) in id["id_numbers"].as_array().into_iter().flatten().enumerate() {
        let num = x["number"].as_str().unwrap();
        let new: String = num
            .chars()
            .enumerate()
            .map(|(k, c)| if c.is_ascii_digit() && k > 1 { digits(seed ^ (n as u64 * 131 + k as u64), 1).remove(0) } else { c })
            .collect();
        subs.push((num.to_owned(), new));
    }
    // Longest first, so that a full name is replaced before a part of it.
    subs.sort_by_key(|(old, _)| std::cmp::Reverse(old.len()));
    let mut text = fixture_text.to_owned();
    for (old, new) in &subs {
        text = text.replace(&json_inner(old), &json_inner(new));
    }
    for (old, new) in [(old_given.to_owned(), given.clone()), (ascii_fold(old_given), ascii_fold(&given))] {
        let re = regex::Regex::new(&format!(r"\b{}\b", regex::escape(&old))).unwrap();
        text = re.replace_all(&text, new.as_str()).into_owned();
    }
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["participant"]["birth_year"] = Value::from(1960 + mix(seed ^ 5) % 40);
    v["participant"]["origin"]["province"] = Value::from(pick(&PROVINCES, seed ^ 6));
    let year = 2012 + mix(seed ^ 7) % 10;
    v["interview"]["date"] = Value::from(year.to_string());
    v["consent"]["date"] = Value::from(year.to_string());
    parse_interview(&v.to_string()).unwrap_or_else(|e| panic!("interview {i}: {e}"))
}

fn main() {
    if let Some(csv_path) = std::env::var_os(KANON_CSV) {
        return kanon_process(Path::new(&csv_path));
    }
    if let (Some(vault), Some(out)) = (std::env::var_os(EXPORT_VAULT), std::env::var_os(EXPORT_OUT)) {
        return export_process(Path::new(&vault), Path::new(&out));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = root.join("target/bench-export");
    std::fs::create_dir_all(&out_dir).unwrap();
    let base = root.join("target/bench-tmp");
    std::fs::create_dir_all(&base).unwrap();
    let dir = tempfile::tempdir_in(&base).unwrap();
    let mut report = String::new();
    #[allow(non_snake_case)]
    let N = n_interviews();
    // `FV_BENCH_EXPORT_ONLY=1`: the export and its steps only (no pycanon, no age comparison).
    let export_only = std::env::var_os("FV_BENCH_EXPORT_ONLY").is_some();

    // The vault: 10,000 varied interviews, a profile with a researcher and a reviewer.
    let fixtures: Vec<(String, Value)> = {
        let mut paths: Vec<_> = std::fs::read_dir(root.join("tests/fixtures/interviews")).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .map(|p| {
                let t = std::fs::read_to_string(p).unwrap();
                let v = serde_json::from_str(&t).unwrap();
                (t, v)
            })
            .collect()
    };
    let interviews: Vec<Interview> = (0..N).map(|i| variant(&fixtures[i % 5].0, &fixtures[i % 5].1, i)).collect();
    let researcher = age::x25519::Identity::generate();
    let reviewer = age::x25519::Identity::generate();
    let mut profile = Profile::new("Benchmark study");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
    profile.reviewers.push(Member { name: "Ethics".into(), age_recipient: reviewer.to_public().to_string() });
    let pass = SecretString::from(PASSPHRASE.to_owned());
    let opts = CreateOptions { work_factor: Some(fieldvault::keys::work_factor_floor()), profile: Some(profile) };
    let mut vault = Vault::create(&dir.path().join("export.vault"), &pass, &opts).unwrap();
    for chunk in interviews.chunks(1000) {
        vault.add_records(chunk).unwrap();
    }
    let profile = vault.profile().unwrap().unwrap();
    let policy = Policy::default();
    let options = export_options();

    // `FV_BENCH_ONLY=kanon,age` (either or both): skip the export and its steps; k-anonymity
    // runs on records de-identified once here, age on the fixtures' JSON text repeated.
    if let Ok(only) = std::env::var("FV_BENCH_ONLY") {
        let parts: Vec<&str> = only.split(',').map(str::trim).collect();
        if parts.contains(&"kanon") {
            let records = source_records(&vault);
            let ps = deid::Pseudonymiser::for_project(&profile).unwrap();
            let d = deid::deidentify(&deid_input(&records, &policy, &ps)).unwrap();
            report += &bench_kanon(root, &out_dir, &d.records, &policy);
        }
        if parts.contains(&"steps") {
            report += &bench_steps(&vault, &profile, &policy);
        }
        if parts.contains(&"redact") {
            report += &bench_redact(&vault, &profile, &policy);
        }
        if parts.contains(&"age") {
            let unit: Vec<u8> = fixtures.iter().flat_map(|(t, _)| t.bytes()).collect();
            report += &bench_age(dir.path(), &profile, &researcher, &reviewer, &unit, "the fixtures' JSON, repeated");
        }
        println!("\n| benchmark | FieldVault | baseline, same run | result |\n|---|---|---|---|\n{report}");
        std::fs::write(out_dir.join("results-only.md"), &report).unwrap();
        return;
    }

    // 1. The whole export, five times, each in a fresh process that opens and unlocks the vault
    // (not timed) and exports once, as `fieldvault export` does: no run inherits the memory,
    // caches or allocator state of an earlier one.
    let vault_path = dir.path().join("export.vault");
    // A vault is opened by one process at a time: this one lets go of it for the runs.
    drop(vault);
    // `FV_BENCH_KEEP_VAULT=path`: the vault is copied there and the benchmark stops, so that two
    // builds can be timed alternately on the same vault (`FV_BENCH_EXPORT_VAULT`).
    if let Some(keep) = std::env::var_os("FV_BENCH_KEEP_VAULT") {
        std::fs::copy(&vault_path, &keep).unwrap();
        println!("vault kept at {}", Path::new(&keep).display());
        return;
    }
    let mut runs = Vec::new();
    let mut child = Value::Null;
    for n in 0..EXPORT_RUNS {
        let out = dir.path().join(format!("export-{n}.fvb"));
        let o = Command::new(std::env::current_exe().unwrap()).env(EXPORT_VAULT, &vault_path).env(EXPORT_OUT, &out).output().unwrap();
        assert!(o.status.success(), "export process: {}", String::from_utf8_lossy(&o.stderr));
        child = serde_json::from_slice(&o.stdout).unwrap();
        runs.push(Duration::from_secs_f64(child["ms"].as_f64().unwrap() / 1000.0));
    }
    let mut vault = Vault::open(&vault_path).unwrap();
    vault.unlock(&pass).unwrap();
    let export_ms = median(runs.clone());
    let bundle_size = std::fs::metadata(dir.path().join("export-0.fvb")).unwrap().len();
    println!(
        "exported {} of {N} interviews ({} suppressed for k = {}), {} strings redacted, bundle {:.1} MB; runs in fresh processes: {:?}; last run: CPU {} ms, {} minor page faults",
        child["exported"],
        child["suppressed"],
        policy.k,
        child["redacted"],
        bundle_size as f64 / 1e6,
        runs.iter().map(|d| format!("{:.0} ms", d.as_secs_f64() * 1000.0)).collect::<Vec<_>>(),
        child["cpu_ms"],
        child["minflt"],
    );
    report += &format!(
        "| export {N} interviews, every step (`bundle::export`), each run in a fresh process | median **{export_ms:.0} ms** of {EXPORT_RUNS} ({} exported, {} suppressed, {} strings redacted, {:.1} MB bundle) | — | ≤ 3,000 ms: **{}** |\n",
        child["exported"],
        child["suppressed"],
        child["redacted"],
        bundle_size as f64 / 1e6,
        if export_ms <= 3000.0 { "met" } else { "not met" }
    );

    // Each step on its own (one run each, after the warm runs above).
    let (records, load) = time(|| source_records(&vault));
    let ps = deid::Pseudonymiser::for_project(&profile).unwrap();
    let input = deid_input(&records, &policy, &ps);
    let (mut d, deid_t) = time(|| deid::deidentify(&input).unwrap());
    let created_at = "2024-05-01T09:00:00Z";
    let ((files, _), files_t) = time(|| bundle::data_files(&d, &policy, &profile.project_id.to_string(), created_at));
    let (_, scan_t) = time(|| bundle::leak_scan(&mut d, &files).unwrap());
    let head = vault.verify_audit().unwrap();
    let ctx = bundle::SealContext { profile: &profile, policy: &policy, now: options.now, audit_head: (head.seq, head.hash) };
    let (sealed, seal_t) = time(|| bundle::seal(&mut d, &ctx, &vault).unwrap());
    let tar = sealed.tar();
    let (_, enc_t) = time(|| bundle::encrypt(&profile, &tar).unwrap());
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let steps = format!(
        "read and decrypt {N} records {:.0} ms; de-identify (consent … k-anonymity) {:.0} ms; build CSV, JSONL, datapackage {:.0} ms; leak scan of those files {:.0} ms; seal (files + leak scan of all, manifest, sign) {:.0} ms; age encryption of the {:.1} MB tar {:.0} ms",
        ms(load),
        ms(deid_t),
        ms(files_t),
        ms(scan_t),
        ms(seal_t),
        tar.len() as f64 / 1e6,
        ms(enc_t)
    );
    println!("steps: {steps}");

    if export_only {
        println!("\n| benchmark | FieldVault | baseline, same run | result |\n|---|---|---|---|\n{report}");
        println!("Where the export's time goes: {steps}.");
        return;
    }

    // 2. k-anonymity against pycanon, on the same quasi-identifier tables.
    report += &bench_kanon(root, &out_dir, &d.records, &policy);

    // 3. age encryption, same payload, same two recipients, against Debian's age.
    report += &bench_age(dir.path(), &profile, &researcher, &reviewer, &tar, "the bundle's tar, repeated");

    println!("\n| benchmark | FieldVault | baseline, same run | result |\n|---|---|---|---|\n{report}");
    println!("Where the export's time goes: {steps}.");
    std::fs::write(out_dir.join("results.md"), format!("{report}\nWhere the export's time goes: {steps}.\n")).unwrap();
}

/// `FV_BENCH_ONLY=steps`: the export's costliest steps, each run seven times on the same
/// input (fastest and median, wall time on every core), for comparing two builds on a machine
/// whose speed drifts: reading, de-identification, building the files and the leak scan.
fn bench_steps(vault: &Vault, profile: &Profile, policy: &Policy) -> String {
    // CPU time of the whole process (every thread), in clock ticks of 10 ms: steady where wall
    // time is not, when other programs share the cores.
    fn cpu() -> Duration {
        process_usage().0
    }
    fn timed<T>(wall: &mut Vec<Duration>, cpus: &mut Duration, f: impl FnOnce() -> T) -> T {
        let c = cpu();
        let (out, t) = time(f);
        wall.push(t);
        *cpus += cpu() - c;
        out
    }
    fn stat(name: &str, v: Vec<Duration>, c: Duration) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let (fastest, runs) = (ms(*v.iter().min().expect("runs")), v.len() as f64);
        format!("{name} {fastest:.0}/{:.0} ms (CPU {:.0} ms)", median(v), ms(c) / runs)
    }
    let (mut read, mut deid_t, mut files_t, mut scan_t) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut c = [Duration::ZERO; 4];
    let ps = deid::Pseudonymiser::for_project(profile).unwrap();
    for _ in 0..7 {
        let records = timed(&mut read, &mut c[0], || source_records(vault));
        let input = deid_input(&records, policy, &ps);
        let mut d = timed(&mut deid_t, &mut c[1], || deid::deidentify(&input).unwrap());
        drop(records);
        let (files, _) =
            timed(&mut files_t, &mut c[2], || bundle::data_files(&d, policy, &profile.project_id.to_string(), "2024-05-01T09:00:00Z"));
        timed(&mut scan_t, &mut c[3], || bundle::leak_scan(&mut d, &files).unwrap());
    }
    let line = format!(
        "steps, fastest/median of 7 (mean CPU): {}; {}; {}; {}",
        stat("read", read, c[0]),
        stat("de-identify", deid_t, c[1]),
        stat("files", files_t, c[2]),
        stat("leak scan", scan_t, c[3])
    );
    println!("{line}");
    format!("| {line} | | | |\n")
}

/// Every current record of the vault, as the export reads them (`Vault::current_records`).
fn source_records(vault: &Vault) -> Vec<SourceRecord> {
    vault.current_records().unwrap().0.into_iter().map(|r| SourceRecord { id: r.id, interview: r.interview }).collect()
}

/// The pipeline's input for every record, with the built-in policy's suppression allowed.
fn deid_input<'a>(records: &'a [SourceRecord], policy: &'a Policy, pseudonymiser: &'a deid::Pseudonymiser) -> deid::Input<'a> {
    deid::Input {
        records,
        selected: None,
        withdrawn_tombstones: 0,
        policy,
        pseudonymiser,
        allow_suppression: true,
        deny_list: &[],
        keep_list: &[],
    }
}

/// CPU time of this thread so far (`/proc/thread-self/schedstat`), so that a measurement of one
/// thread's work holds up while other programs share the cores.
fn thread_cpu() -> Duration {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap();
    Duration::from_nanos(s.split_whitespace().next().unwrap().parse().unwrap())
}

/// `FV_BENCH_ONLY=redact`: the matchers alone, on one thread, in CPU time: `Redactor::find` over
/// every string of every interview, and `Redactor::find_known` over the bundle's files.
fn bench_redact(vault: &Vault, profile: &Profile, policy: &Policy) -> String {
    let records = source_records(vault);
    let ps = deid::Pseudonymiser::for_project(profile).unwrap();
    let d = deid::deidentify(&deid_input(&records, policy, &ps)).unwrap();
    let (files, _) = bundle::data_files(&d, policy, "p", "2024-05-01T09:00:00Z");
    fn strings(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            Value::Object(m) => m.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for r in &records {
        strings(&serde_json::to_value(&r.interview).unwrap(), &mut texts);
    }
    let text_mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let c = thread_cpu();
    let spans: usize = texts.iter().map(|t| d.redactor.find(t).len()).sum();
    let find = (thread_cpu() - c).as_secs_f64();
    let file_mb = files.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
    let c = thread_cpu();
    let hits: usize = files.iter().map(|(_, b)| d.redactor.find_known(&String::from_utf8_lossy(&b.to_vec())).len()).sum();
    let known = (thread_cpu() - c).as_secs_f64();
    let c = thread_cpu();
    let folded: usize = files.iter().map(|(_, b)| deid::normalize::fold_key(&String::from_utf8_lossy(&b.to_vec())).len()).sum();
    let fold = (thread_cpu() - c).as_secs_f64();
    let c = thread_cpu();
    let known_in_texts: usize = texts.iter().map(|t| d.redactor.find_known(t).len()).sum();
    let known_texts = (thread_cpu() - c).as_secs_f64();
    let line = format!(
        "| matchers alone, one thread, CPU time | `find` over {} strings ({text_mb:.1} MB): {:.0} ms = {:.0} MB/s ({spans} spans); `find_known` over the same strings: {:.0} ms ({known_in_texts} spans); `find_known` over the files ({file_mb:.1} MB): {:.0} ms = {:.0} MB/s ({hits} hits), of which folding them: {:.0} ms ({folded} B) | — | — |\n",
        texts.len(),
        find * 1000.0,
        text_mb / find,
        known_texts * 1000.0,
        known * 1000.0,
        file_mb / known,
        fold * 1000.0
    );
    print!("{line}");
    line
}

/// Runs of each k-anonymity measurement (ours and pycanon's) per round.
const KANON_RUNS: usize = 15;
/// Rounds of the k-anonymity comparison: ours, then pycanon's, then ours again…
const KANON_ROUNDS: usize = 3;
/// Exports timed in fresh processes ([`export_process`]).
const EXPORT_RUNS: usize = 5;
/// Set to the benchmark vault (with [`EXPORT_OUT`]), the benchmark binary opens and unlocks it
/// and times one export ([`export_process`]) instead of benchmarking.
const EXPORT_VAULT: &str = "FV_BENCH_EXPORT_VAULT";
/// The bundle [`EXPORT_VAULT`]'s export writes.
const EXPORT_OUT: &str = "FV_BENCH_EXPORT_OUT";

/// The options of every benchmark export: the built-in policy (k = 5), with the groups below k
/// suppressed, as a real export of this size would be told to.
fn export_options() -> ExportOptions {
    ExportOptions {
        now: "2024-05-01T09:00:00Z".parse().unwrap(),
        policy: Some(Policy::default()),
        interviews: None,
        allow_suppression: true,
    }
}

/// CPU time (user + system, every thread) and minor page faults of this process so far, from
/// `/proc/self/stat`.
fn process_usage() -> (Duration, u64) {
    let s = std::fs::read_to_string("/proc/self/stat").unwrap();
    let f: Vec<&str> = s.rsplit(')').next().unwrap().split_whitespace().collect();
    (Duration::from_millis(10 * (f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap())), f[7].parse().unwrap())
}

/// One export in a process of its own: opens and unlocks the vault (not timed), then times
/// `bundle::export` and prints JSON (wall and CPU time, page faults, counts).
fn export_process(vault_path: &Path, out: &Path) {
    let mut vault = Vault::open(vault_path).unwrap();
    vault.unlock(&SecretString::from(PASSPHRASE.to_owned())).unwrap();
    let options = export_options();
    let (cpu0, faults0) = process_usage();
    let (s, t) = time(|| bundle::export(&mut vault, out, &options).unwrap());
    let (cpu1, faults1) = process_usage();
    let r = &s.manifest.report;
    println!(
        "{}",
        serde_json::json!({
            "ms": t.as_secs_f64() * 1000.0,
            "cpu_ms": (cpu1 - cpu0).as_millis() as u64,
            "minflt": faults1 - faults0,
            "exported": r.exported,
            "suppressed": r.k_anonymity.suppressed,
            "redacted": r.redaction.strings_redacted,
        })
    );
}

/// The benchmark vault's passphrase.
const PASSPHRASE: &str = "benchmark passphrase";

/// Set to a quasi-identifier CSV, the benchmark binary times our k-anonymity check on it
/// ([`kanon_process`]) instead of benchmarking.
const KANON_CSV: &str = "FV_BENCH_KANON_CSV";
/// The k for [`KANON_CSV`].
const KANON_K: &str = "FV_BENCH_KANON_K";

/// Our side of the k-anonymity comparison, in a process of its own like pycanon's
/// (`scripts/bench-kanon.py`): loads the CSV as text rows (not timed), then times
/// `QiTable::from_rows` + `evaluate` [`KANON_RUNS`] times. Prints JSON as the script does.
fn kanon_process(csv_path: &Path) {
    let k: u32 = std::env::var(KANON_K).unwrap().parse().unwrap();
    let mut reader = csv::Reader::from_path(csv_path).unwrap();
    let qis: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let table: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
    let mut times = Vec::new();
    let mut smallest = 0;
    for _ in 0..KANON_RUNS {
        let (rep, t) = time(|| kanon::QiTable::from_rows(&qis, table.iter().map(|r| r.iter().map(String::as_str))).evaluate(k).0);
        smallest = rep.smallest_class;
        times.push(t.as_secs_f64() * 1000.0);
    }
    println!("{}", serde_json::json!({ "k": smallest, "times_ms": times, "rows": table.len() }));
}

/// The run times of a k-anonymity process's JSON (ours or pycanon's).
fn durations(v: &Value) -> Vec<Duration> {
    v["times_ms"].as_array().unwrap().iter().map(|t| Duration::from_secs_f64(t.as_f64().unwrap() / 1000.0)).collect()
}

/// k-anonymity against pycanon's `k_anonymity`, on the quasi-identifier table of the exported
/// records (`target/bench-export/qi.csv`) and on a 100,000-row table drawn from its columns
/// (`qi-100k.csv`). Returns rows of the results table.
///
/// What is timed, on both sides, is the same stage: from the table in memory, each value as
/// text, to the result. Each side runs in a fresh process of its own that loads the same CSV
/// (not timed): pycanon as a pandas DataFrame (`dtype=str`), FieldVault as rows of strings
/// ([`kanon_process`]), timing `QiTable::from_rows` (interning every value as an integer) plus
/// `QiTable::evaluate` (grouping, class sizes, the report). The two alternate for
/// [`KANON_ROUNDS`] rounds. For the exported table, `kanon::evaluate` over the JSON records as
/// the pipeline holds them (extraction of the quasi-identifiers included) is timed too, here.
fn bench_kanon(root: &Path, out_dir: &Path, records: &[Value], policy: &Policy) -> String {
    let qis = &policy.quasi_identifiers;
    let exported: Vec<Vec<String>> = records.iter().map(|r| qis.iter().map(|q| kanon::qi_value(r, q)).collect()).collect();
    // Each value drawn from the same column of a pseudo-random row of the exported table.
    let big: Vec<Vec<String>> = (0..100_000u64)
        .map(|i| (0..qis.len()).map(|j| exported[(mix(i * 64 + j as u64) % exported.len() as u64) as usize][j].clone()).collect())
        .collect();
    let python = root.join("target/benchvenv/bin/python");
    let mut report = String::new();
    for (name, table, json) in [("qi.csv", &exported, Some(records)), ("qi-100k.csv", &big, None)] {
        let csv_path = out_dir.join(name);
        let mut w = csv::Writer::from_path(&csv_path).unwrap();
        w.write_record(qis).unwrap();
        for row in table {
            w.write_record(row).unwrap();
        }
        w.flush().unwrap();
        let python_ok = python.is_file();
        let (mut runs, mut py_runs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        let mut k_found = 0;
        let mut version = String::new();
        // Rounds alternate ours and pycanon's, so both meet the machine in the same state.
        for _ in 0..KANON_ROUNDS {
            // Ours in a fresh process, as pycanon's: both load the same CSV, load excluded.
            let out = Command::new(std::env::current_exe().unwrap())
                .env(KANON_CSV, &csv_path)
                .env(KANON_K, policy.k.to_string())
                .output()
                .unwrap();
            assert!(out.status.success(), "k-anonymity process: {}", String::from_utf8_lossy(&out.stderr));
            let v: Value = serde_json::from_slice(&out.stdout).unwrap();
            k_found = v["k"].as_u64().unwrap() as usize;
            let round = durations(&v);
            let ours = median(round.clone());
            runs.extend(round);
            if !python_ok {
                continue;
            }
            let out =
                Command::new(&python).arg(root.join("scripts/bench-kanon.py")).arg(&csv_path).arg(KANON_RUNS.to_string()).output().unwrap();
            assert!(out.status.success(), "pycanon: {}", String::from_utf8_lossy(&out.stderr));
            let v: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(v["k"].as_u64().unwrap() as usize, k_found, "pycanon and FieldVault disagree on k ({name})");
            let times = durations(&v);
            ratios.push(median(times.clone()) / ours);
            py_runs.extend(times);
            version = v["version"].as_str().unwrap().to_owned();
        }
        let all = runs.len();
        let ours = median(runs);
        let from_json = json.map(|records| {
            let mut runs = Vec::new();
            for _ in 0..KANON_RUNS {
                let (rep, t) = time(|| kanon::evaluate(records, qis, policy.k).0);
                assert_eq!(rep.smallest_class, k_found, "evaluate over JSON and over the text table disagree");
                runs.push(t);
            }
            median(runs)
        });
        let ours_text = match from_json {
            Some(j) => format!(
                "median **{ours:.2} ms** of {all} from the text table (`QiTable::from_rows` + `evaluate`); {j:.2} ms from the JSON records (`kanon::evaluate`, extraction included)"
            ),
            None => format!("median **{ours:.2} ms** of {all} from the text table (`QiTable::from_rows` + `evaluate`)"),
        };
        let what = format!("k-anonymity, `{name}` ({} rows × {} quasi-identifiers, k found = {k_found})", table.len(), qis.len());
        if !python_ok {
            report += &format!("| {what} | {ours_text} | pycanon not run: `scripts/bench-export.sh` installs it | — |\n");
            continue;
        }
        let py = median(py_runs);
        ratios.sort_by(f64::total_cmp);
        let json_ratio = from_json.map(|j| format!(" (from the JSON records: {:.1}×)", py / j)).unwrap_or_default();
        let rounds = ratios.iter().map(|r| format!("{r:.1}×")).collect::<Vec<_>>().join(", ");
        report += &format!(
            "| {what} | {ours_text} | pycanon {version} `k_anonymity`, DataFrame loaded before timing: median {py:.2} ms of {all} | **{:.1}×** faster{json_ratio}; rounds {rounds}; ≥ 10×: **{}** |\n",
            py / ours,
            if py / ours >= 10.0 { "met" } else { "not met" }
        );
    }
    report
}

/// age encryption of `unit` repeated to 256 MiB, to the profile's two recipients:
/// `bundle::encrypt_to` /dev/null (and `bundle::encrypt` into memory) against Debian's `age` CLI
/// (file in the page cache, output to /dev/null). Returns a row of the results table.
fn bench_age(
    dir: &Path,
    profile: &Profile,
    researcher: &age::x25519::Identity,
    reviewer: &age::x25519::Identity,
    unit: &[u8],
    what: &str,
) -> String {
    let mut payload = Vec::with_capacity(256 << 20);
    while payload.len() < 256 << 20 {
        payload.extend_from_slice(&unit[..unit.len().min((256 << 20) - payload.len())]);
    }
    let payload_path = dir.join("payload.tar");
    std::fs::write(&payload_path, &payload).unwrap();
    let mb = payload.len() as f64 / 1e6;
    // Once untimed: what is timed must decrypt to the payload.
    let sealed = bundle::encrypt(profile, &payload).unwrap();
    assert!(fieldvault::keys::decrypt(reviewer, &sealed).unwrap()[..] == payload[..], "bundle::encrypt does not round-trip");
    drop(sealed);
    let mut eruns = Vec::new();
    for _ in 0..5 {
        eruns.push(time(|| bundle::encrypt(profile, &payload).unwrap()).1);
    }
    let in_memory = median(eruns);
    // Streamed to /dev/null, as the age CLI below writes.
    let null = Path::new("/dev/null");
    let mut sruns = Vec::new();
    for _ in 0..5 {
        let f = std::fs::OpenOptions::new().write(true).open(null).unwrap();
        sruns.push(time(|| bundle::encrypt_to(profile, &[&payload[..]], f, null).unwrap()).1);
    }
    let ours_e = median(sruns);
    let age_cli = std::env::var_os("PATH").and_then(|p| std::env::split_paths(&p).map(|d| d.join("age")).find(|p| p.is_file()));
    let Some(age_cli) = age_cli else {
        return format!("| age encryption of a {mb:.0} MB payload to 2 recipients | median **{ours_e:.0} ms** of 5 (to /dev/null), {in_memory:.0} ms into memory | Debian `age` not installed | — |\n");
    };
    let mut aruns = Vec::new();
    for _ in 0..5 {
        let (st, t) = time(|| {
            Command::new(&age_cli)
                .arg("-r")
                .arg(researcher.to_public().to_string())
                .arg("-r")
                .arg(reviewer.to_public().to_string())
                .arg("-o")
                .arg("/dev/null")
                .arg(&payload_path)
                .status()
                .unwrap()
        });
        assert!(st.success());
        aruns.push(t);
    }
    let theirs = median(aruns);
    let (ours_mbs, theirs_mbs) = (mb / (ours_e / 1000.0), mb / (theirs / 1000.0));
    format!(
        "| age encryption of a {mb:.0} MB payload ({what}) to 2 recipients | median **{ours_e:.0} ms = {ours_mbs:.0} MB/s** of 5 (`bundle::encrypt_to` /dev/null); into memory (`bundle::encrypt`): median {in_memory:.0} ms = {:.0} MB/s of 5 | Debian `age -r R1 -r R2 -o /dev/null FILE` (file in the page cache): median {theirs:.0} ms = {theirs_mbs:.0} MB/s of 5 | **{:.2}×** its throughput; ≥ 0.8×: **{}** |\n",
        mb / (in_memory / 1000.0),
        ours_mbs / theirs_mbs,
        if ours_mbs / theirs_mbs >= 0.8 { "met" } else { "not met" }
    )
}
