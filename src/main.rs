//! The `fieldvault` command line: a thin shell over the core's API (`fieldvault::api`).
//!
//! Arguments are parsed, passphrases gathered, one API call made, and the result printed.
//! Errors print their whole chain and exit with the code their `ErrorCode` gives (documented in
//! the README).

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use fieldvault::api::{self, project, review, Export, ExportOptions, ExportReport, ExportSummary, RecordState, SealStage, Vault};
use secrecy::{ExposeSecret, SecretString};

/// mimalloc: an export allocates millions of small strings, and glibc's allocator took a quarter
/// of its time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// FieldVault: encrypted vault for confidential field interviews.
#[derive(Parser)]
#[command(version, about, propagate_version = true)]
struct Cli {
    /// The vault file (default: the platform data dir, e.g. ~/.local/share/fieldvault/default.vault).
    #[arg(long, global = true, env = "FIELDVAULT_VAULT")]
    vault: Option<PathBuf>,
    /// Read the passphrase from this file (first line) instead of the terminal or FIELDVAULT_PASSPHRASE.
    #[arg(long, global = true)]
    passphrase_file: Option<PathBuf>,
    /// The research workspace, for `workspace`, `import`, `conflicts` and `duplicates` (default:
    /// research.fvw in the platform data dir).
    #[arg(long, env = "FIELDVAULT_WORKSPACE")]
    workspace: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create, check and manage the vault.
    #[command(subcommand)]
    Vault(VaultCmd),
    /// Add, edit, show, list and withdraw interviews (JSON in and out).
    #[command(subcommand)]
    Record(RecordCmd),
    /// Inspect the audit log, or export a signed copy of it for the ethics reviewer.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// The principal investigator's project profile.
    #[command(subcommand)]
    Project(ProjectCmd),
    /// Generate an age identity and a minisign key pair for a project member.
    Keygen {
        /// Directory to write NAME.age.key, NAME.age.pub, NAME.minisign.key and NAME.minisign.pub into.
        #[arg(long, default_value = ".")]
        out_dir: PathBuf,
        /// Name of the member (used in file names and comments).
        #[arg(long)]
        name: String,
    },
    /// Create a demo vault from the study's five fixture interviews and list them.
    Demo {
        /// Replace an existing demo vault.
        #[arg(long)]
        force: bool,
    },
    /// Print a JSON Schema (interview record, project profile, export policy, de-identified
    /// record, bundle manifest) or the built-in de-identification policy (`default-policy`).
    Schema {
        /// Which schema.
        #[arg(value_parser = api::project::SCHEMAS, default_value = "interview")]
        which: String,
    },
    /// Export the shareable interviews as a de-identified, signed bundle encrypted to the
    /// project's researchers and reviewers.
    Export {
        /// The bundle to write; `.fvb` is added to a name without it. It must not exist yet.
        #[arg(long)]
        out: PathBuf,
        /// A de-identification policy (JSON) to use instead of the profile's.
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Export only this interview (repeatable; default: every one that consents to sharing).
        #[arg(long = "interview")]
        interviews: Vec<String>,
        /// Leave out interviews in groups smaller than k instead of refusing to export.
        #[arg(long)]
        allow_suppression: bool,
        /// Review each redacted quote and note before sealing, answering on stdin (the default
        /// when stdin is a terminal).
        #[arg(long, conflicts_with = "approve_redactions")]
        review: bool,
        /// Seal the redacted quotes and notes as the pipeline left them, without asking (for
        /// scripts, once a reviewed run has shown the policy redacts what it must).
        #[arg(long)]
        approve_redactions: bool,
    },
    /// Open and verify bundles.
    #[command(subcommand)]
    Bundle(BundleCmd),
    /// The researcher's workspace: create it, see what it holds.
    #[command(subcommand)]
    Workspace(WorkspaceCmd),
    /// Import bundles into the research workspace (a folder: every .fvb in it, recursively).
    Import {
        /// Bundles (`.fvb`) and folders of bundles.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Diverging revisions of one interview in the research workspace.
    #[command(subcommand)]
    Conflicts(ConflictsCmd),
    /// Possible duplicate participants in the research workspace.
    #[command(subcommand)]
    Duplicates(DuplicatesCmd),
    /// Ethics review: check bundles independently (signature, hashes, schema, policy, consent,
    /// disclosure risk, leaks, audit log) and write a report; exits 0 only when every check passes.
    Review {
        /// The bundles (`.fvb`).
        #[arg(required = true)]
        bundles: Vec<PathBuf>,
        /// Your age identity file (AGE-SECRET-KEY-1…), as a reviewer the bundles are encrypted to.
        #[arg(long)]
        identity: PathBuf,
        /// The project profile: its fieldworker roster, approved policy and deny-list.
        #[arg(long)]
        profile: PathBuf,
        /// The vault's audit-log copy (`fieldvault audit export`, with its `.minisig` beside it).
        #[arg(long)]
        log: Option<PathBuf>,
        /// Write the HTML report here (a new file).
        #[arg(long)]
        report: Option<PathBuf>,
        /// Sign the report and its verdict with this minisign secret key (writes REPORT.minisig).
        #[arg(long, requires = "report")]
        sign: Option<PathBuf>,
    },
    /// Check a vault's audit-log copy: signed by a roster key, chain unbroken, every bundle given
    /// matched to an export event; lists the exports you have not seen.
    ReviewLog {
        /// The audit-log copy (`fieldvault audit export`, with its `.minisig` beside it).
        log: PathBuf,
        /// The project profile (its fieldworker roster).
        #[arg(long)]
        profile: PathBuf,
        /// The bundles you received (`.fvb`).
        bundles: Vec<PathBuf>,
    },
    /// The researcher's analysis export: CSV, data package, Stata, codebook.
    #[command(subcommand)]
    Analysis(AnalysisCmd),
}

#[derive(Subcommand)]
enum AnalysisCmd {
    /// Write the research workspace's interviews (or, with --bundle, those of verified bundles)
    /// as an analysis data set: CSV tables with a Frictionless data package, Stata .dta files
    /// with value labels, Parquet files, a codebook (Markdown and HTML), the withdrawn
    /// interviews, the conflict resolutions, and money in US dollars where a rate is known.
    Export {
        /// The folder to write; it must not exist yet, or be empty.
        #[arg(long)]
        out: PathBuf,
        /// Export these bundles instead of the workspace (repeatable; needs --identity and --profile).
        #[arg(long = "bundle", requires_all = ["identity", "profile"])]
        bundles: Vec<PathBuf>,
        /// With --bundle: your age identity file (AGE-SECRET-KEY-1…).
        #[arg(long, requires = "bundles")]
        identity: Option<PathBuf>,
        /// With --bundle: the project profile; every bundle must be signed by a fieldworker on its roster.
        #[arg(long, requires = "bundles")]
        profile: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum WorkspaceCmd {
    /// Create a research workspace (passphrase typed twice).
    Init {
        /// Your age identity file (its recipient must be a researcher or reviewer of the profile).
        #[arg(long)]
        identity: PathBuf,
        /// The project profile from the principal investigator (roster of fieldworker keys).
        #[arg(long)]
        profile: PathBuf,
        /// scrypt work factor (log2 N); default calibrates to about a second. For tests only.
        #[arg(long, hide = true, env = "FIELDVAULT_KDF_WORK_FACTOR")]
        kdf_work_factor: Option<u8>,
    },
    /// Print the project and what the workspace holds.
    Status,
}

#[derive(Subcommand)]
enum ConflictsCmd {
    /// List conflicts, open first.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show a conflict field by field, with both records (JSON).
    Show {
        /// Conflict id (`c1`).
        id: String,
    },
    /// Resolve a conflict: take side A or B, or a merged record.
    Resolve {
        /// Conflict id (`c1`).
        id: String,
        /// The side to keep.
        #[arg(long, value_parser = ["A", "B"], ignore_case = true, required_unless_present = "merged", conflicts_with = "merged")]
        take: Option<String>,
        /// A merged de-identified record (JSON) to keep instead.
        #[arg(long)]
        merged: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum DuplicatesCmd {
    /// List possible duplicates, undecided first.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Confirm that two interviews are of the same participant.
    Confirm {
        /// Pair id (`d_…`).
        id: String,
    },
    /// Dismiss a possible duplicate: two participants.
    Dismiss {
        /// Pair id (`d_…`).
        id: String,
    },
}

#[derive(Subcommand)]
enum BundleCmd {
    /// Decrypt a bundle, check its signature and every hash, and print its manifest.
    Inspect {
        /// The bundle (`.fvb`).
        file: PathBuf,
        /// Your age identity file (AGE-SECRET-KEY-1…).
        #[arg(long)]
        identity: PathBuf,
        /// A fieldworker's minisign public key the signer may be (repeatable).
        #[arg(long = "signer")]
        signers: Vec<PathBuf>,
        /// The project profile: the signer may be any fieldworker on its roster.
        #[arg(long)]
        profile: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum VaultCmd {
    /// Create a new vault (passphrase typed twice).
    Init {
        /// Project profile from the principal investigator (adds the recovery recipient).
        #[arg(long)]
        profile: Option<PathBuf>,
        /// scrypt work factor (log2 N); default calibrates to about a second. For tests only.
        #[arg(long, hide = true, env = "FIELDVAULT_KDF_WORK_FACTOR")]
        kdf_work_factor: Option<u8>,
    },
    /// Check file integrity, the audit chain and (with the passphrase) every record.
    Check,
    /// Change the passphrase.
    Passwd,
    /// Set a new passphrase using the project's recovery identity.
    Recover {
        /// The recovery identity file (AGE-SECRET-KEY-1…).
        #[arg(long)]
        identity: PathBuf,
    },
    /// Print the vault's signing public key (for the project roster).
    Pubkey,
}

#[derive(Subcommand)]
enum RecordCmd {
    /// Add an interview from a JSON file (or - for stdin); prints its id.
    Add {
        /// The interview JSON.
        file: PathBuf,
        /// Save it this many times, printing each id once durable (for crash tests).
        #[arg(long, hide = true, default_value_t = 1)]
        repeat: u64,
    },
    /// Save a new revision of an interview, from a JSON file (or -) or edited in $EDITOR (on a
    /// private temporary file, wiped afterwards).
    Edit {
        /// Record id.
        id: String,
        /// The interview JSON (default: open the current revision in your editor).
        file: Option<PathBuf>,
    },
    /// Print an interview as JSON, to a terminal (or elsewhere with --plaintext).
    Show {
        /// Record id.
        id: String,
        /// Include id, revision and times around the interview.
        #[arg(long)]
        with_meta: bool,
        /// Print the plaintext even though stdout is not a terminal (a file or pipe keeps a
        /// copy outside the vault).
        #[arg(long)]
        plaintext: bool,
    },
    /// List interviews.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// List the revisions of an interview (number, time, damage) as JSON.
    History {
        /// Record id.
        id: String,
        /// Include each revision's interview (plaintext: see `record show`).
        #[arg(long)]
        plaintext: bool,
    },
    /// Withdraw a participant: erase the interview's content, keep a tombstone.
    Withdraw {
        /// Record id.
        id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand)]
enum AuditCmd {
    /// Verify the keyed hash chain (needs the passphrase); prints the head.
    Verify,
    /// Print every entry as JSON lines.
    Log,
    /// Write a signed, content-free copy of the audit chain for the ethics reviewer (needs the
    /// passphrase); its signature goes to OUT.minisig.
    Export {
        /// Where to write the copy (a new file).
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum ProjectCmd {
    /// Write a new project profile.
    Init {
        /// Project name.
        #[arg(long)]
        name: String,
        /// Researcher as NAME=age1… (repeatable, at least one).
        #[arg(long = "researcher", required = true)]
        researchers: Vec<String>,
        /// Ethics reviewer as NAME=age1… (repeatable).
        #[arg(long = "reviewer")]
        reviewers: Vec<String>,
        /// Recovery recipient (age1…).
        #[arg(long)]
        recovery_recipient: Option<String>,
        /// Fieldworker as NAME=PATH-TO-minisign.pub (repeatable).
        #[arg(long = "fieldworker")]
        fieldworkers: Vec<String>,
        /// A word or name never to export (repeatable): redacted from every text of every
        /// export, whatever its case or diacritics, and looked for by the leak scan.
        #[arg(long = "deny", value_name = "WORD")]
        deny: Vec<String>,
        /// A name the study may show (a union, NGO, church, ministry; repeatable): never
        /// redacted, and listed in the export preview.
        #[arg(long = "keep", value_name = "NAME")]
        keep: Vec<String>,
        /// Where to write the profile.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a profile file and print what it contains (without its secret).
    Show {
        /// The profile file.
        file: PathBuf,
    },
}

/// The exit code of a failure: its [`api::ErrorCode`]'s, 2 for a [`Usage`] error, else 1 (an
/// error of the CLI itself).
fn exit_code(e: &anyhow::Error) -> u8 {
    if e.chain().any(|cause| cause.is::<Usage>()) {
        return 2;
    }
    if let Some(r) = e.downcast_ref::<Refused>() {
        return r.0.exit_code();
    }
    e.chain().find_map(|cause| cause.downcast_ref::<api::Error>()).map_or(1, |a| a.code.exit_code())
}

/// A command used in a way it refuses (exit code 2, as clap's own usage errors).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct Usage(String);

/// An import that refused bundles: the exit code is the first refusal's.
#[derive(Debug, thiserror::Error)]
#[error("{1} bundle(s) refused (see above); the others were imported")]
struct Refused(api::ErrorCode, usize);

fn main() -> ExitCode {
    // First: core dumps off, passphrase variables out of the environment (api::secret_var).
    if let Err(e) = api::harden_process() {
        eprintln!("warning: cannot turn core dumps off ({e}); a crash could write secrets to disk");
    }
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "error: {e}");
            for cause in e.chain().skip(1) {
                let _ = writeln!(stderr, "  caused by: {cause}");
            }
            ExitCode::from(exit_code(&e))
        }
    }
}

fn run(cli: &Cli) -> Result<()> {
    match &cli.command {
        Command::Vault(cmd) => vault_cmd(cli, cmd),
        Command::Record(cmd) => record_cmd(cli, cmd),
        Command::Audit(cmd) => audit_cmd(cli, cmd),
        Command::Project(cmd) => project_cmd(cmd),
        Command::Keygen { out_dir, name } => {
            let k = project::keygen(out_dir, name)?;
            println!("age recipient: {}", k.age_recipient);
            println!("wrote {} in {}", k.files.join(", "), out_dir.display());
            Ok(())
        }
        Command::Demo { force } => demo(cli, *force),
        Command::Schema { which } => print_json(&project::schema(which)),
        Command::Export { out, policy, interviews, allow_suppression, review, approve_redactions } => {
            let how = ReviewMode::from_flags(*review, *approve_redactions);
            export(cli, out, policy.as_deref(), interviews, *allow_suppression, how)
        }
        Command::Workspace(cmd) => workspace_cmd(cli, cmd),
        Command::Import { paths } => import(cli, paths),
        Command::Conflicts(cmd) => conflicts_cmd(cli, cmd),
        Command::Duplicates(cmd) => duplicates_cmd(cli, cmd),
        Command::Review { bundles, identity, profile, log, report, sign } => {
            let request = review::ReviewRequest {
                bundles: bundles.clone(),
                identity: identity.clone(),
                profile: profile.clone(),
                log: log.clone(),
                report: report.clone(),
                sign: sign.clone(),
            };
            review_cmd(&request)
        }
        Command::ReviewLog { log, profile, bundles } => review_log_cmd(log, profile, bundles),
        Command::Analysis(cmd) => analysis_cmd(cli, cmd),
        Command::Bundle(BundleCmd::Inspect { file, identity, signers, profile }) => {
            let b = project::inspect_bundle(file, identity, signers, profile.as_deref())?;
            print_json(&serde_json::json!({
                "manifest": b.manifest,
                "checks": {
                    "decrypted": "ok",
                    "signature": "ok",
                    "signer_key_id": b.signer_key_id,
                    "signer": b.signer,
                    "signer_on_roster": "ok",
                    "files": format!("{} files, every size and SHA-256 matches the manifest", b.manifest.files.len()),
                },
            }))
        }
    }
}

/// The research workspace of this run: --workspace (or FIELDVAULT_WORKSPACE), else the default one.
fn workspace_path(cli: &Cli) -> Result<PathBuf> {
    match &cli.workspace {
        Some(p) => Ok(p.clone()),
        None => Ok(data_dir()?.join(api::workspace::DEFAULT_WORKSPACE)),
    }
}

/// `analysis export`: the workspace's data, or, with `--bundle`, verified bundles'.
fn analysis_cmd(cli: &Cli, cmd: &AnalysisCmd) -> Result<()> {
    let AnalysisCmd::Export { out, bundles, identity, profile } = cmd;
    let options = api::analysis::Options::default();
    let s = match (identity, profile) {
        (Some(identity), Some(profile)) => api::analysis::export_bundles(out, bundles, identity, profile, &options)?,
        _ => api::analysis::export_workspace(out, &open_workspace(cli)?, &options)?,
    };
    println!("wrote {} ({} interviews, {} left out as withdrawn or removed)", s.out_dir.display(), s.interviews, s.left_out);
    for (table, rows) in &s.rows {
        println!("  {table}: {rows} rows");
    }
    if s.amounts_without_usd > 0 {
        println!(
            "note: {} amounts have no USD value: {} (exchange_rates.csv lists the rates there are; VND and TWD have none)",
            s.amounts_without_usd,
            api::analysis::NO_RATE
        );
    }
    Ok(())
}

fn open_workspace(cli: &Cli) -> Result<api::workspace::Workspace> {
    let path = workspace_path(cli)?;
    let p = passphrase(cli, &format!("Passphrase for {}: ", path.display()))?;
    Ok(api::workspace::Workspace::open(&path, &p)?)
}

fn workspace_cmd(cli: &Cli, cmd: &WorkspaceCmd) -> Result<()> {
    match cmd {
        WorkspaceCmd::Init { identity, profile, kdf_work_factor } => {
            let path = workspace_path(cli)?;
            let pass = new_passphrase(cli, "New workspace passphrase")?;
            let ws = api::workspace::Workspace::create(&path, &pass, identity, profile, *kdf_work_factor)?;
            let (name, id) = ws.project();
            println!("created {} for project {name} ({id})", ws.path().display());
        }
        WorkspaceCmd::Status => {
            let ws = open_workspace(cli)?;
            let (name, id) = ws.project();
            let data = ws.analysis_data()?;
            let undecided = ws.duplicates()?.iter().filter(|d| d.decision.is_none()).count();
            println!("project: {name} ({id})");
            println!("interviews: {}", data.records.len());
            println!("withdrawn: {}", data.withdrawn.len());
            println!("conflicts: {} open, {} resolved", data.open_conflicts.len(), data.resolutions.len());
            println!("possible duplicates: {undecided} undecided");
        }
    }
    Ok(())
}

fn import(cli: &Cli, paths: &[PathBuf]) -> Result<()> {
    let mut ws = open_workspace(cli)?;
    let report = ws.import(paths, &mut |p| eprintln!("[{}/{}] {}", p.done + 1, p.total, p.path.display()));
    let c = report.counts;
    println!(
        "imported {} bundle{}: {} added, {} updated, {} unchanged, {} conflicts, {} withdrawn, {} refused",
        report.imported,
        plural(report.imported),
        c.added,
        c.updated,
        c.unchanged,
        c.conflicts,
        c.withdrawn,
        report.refused.len()
    );
    for r in &report.refused {
        println!("refused {}: {}", r.path.display(), r.message);
    }
    match report.refused.first() {
        Some(r) => Err(Refused(r.code, report.refused.len()).into()),
        None => Ok(()),
    }
}

fn conflicts_cmd(cli: &Cli, cmd: &ConflictsCmd) -> Result<()> {
    match cmd {
        ConflictsCmd::List { json } => {
            let ws = open_workspace(cli)?;
            let list = ws.conflicts()?;
            if *json {
                return print_json(&list);
            }
            println!("{:<5}  {:<18}  {:<8}  {:<24}  {:<24}", "id", "interview", "state", "A", "B");
            for c in &list {
                let side = |o: &api::workspace::Origin| format!("{} rev {}", o.signer, o.revision);
                let state = if c.resolved { "resolved" } else { "open" };
                println!("{:<5}  {:<18}  {:<8}  {:<24}  {:<24}", c.id, c.interview_id, state, side(&c.a), side(&c.b));
            }
            Ok(())
        }
        ConflictsCmd::Show { id } => {
            let ws = open_workspace(cli)?;
            let d = ws.conflict(id)?;
            eprintln!("{} fields differ:", d.diff.len());
            for f in &d.diff {
                eprintln!("  {}: A {} | B {}", f.path, f.a, f.b);
            }
            print_json(&d)
        }
        ConflictsCmd::Resolve { id, take, merged } => {
            let mut ws = open_workspace(cli)?;
            let r = match (take, merged) {
                (_, Some(file)) => ws.resolve_merged(id, file)?,
                (Some(side), None) => ws.resolve_take(id, side.eq_ignore_ascii_case("b"))?,
                (None, None) => return Err(Usage("give --take A, --take B or --merged FILE".into()).into()),
            };
            println!("resolved {} for interview {}: {:?}, recorded as revision {}", r.conflict_id, r.interview_id, r.choice, r.fingerprint);
            Ok(())
        }
    }
}

fn duplicates_cmd(cli: &Cli, cmd: &DuplicatesCmd) -> Result<()> {
    let mut ws = open_workspace(cli)?;
    match cmd {
        DuplicatesCmd::List { json } => {
            let list = ws.duplicates()?;
            if *json {
                return print_json(&list);
            }
            println!("{:<14}  {:<18}  {:<18}  {:<9}  why", "id", "a", "b", "decision");
            for d in &list {
                let decision = d.decision.map_or("undecided".to_owned(), |x| format!("{x:?}").to_lowercase());
                println!("{:<14}  {:<18}  {:<18}  {:<9}  {}", d.id, d.a, d.b, decision, d.reasons.join("; "));
            }
            Ok(())
        }
        DuplicatesCmd::Confirm { id } | DuplicatesCmd::Dismiss { id } => {
            let confirm = matches!(cmd, DuplicatesCmd::Confirm { .. });
            let d = ws.decide_duplicate(id, confirm)?;
            println!("{} {}: {} and {}", if confirm { "confirmed" } else { "dismissed" }, d.id, d.a, d.b);
            Ok(())
        }
    }
}

fn vault_cmd(cli: &Cli, cmd: &VaultCmd) -> Result<()> {
    let path = vault_path(cli)?;
    match cmd {
        VaultCmd::Init { profile, kdf_work_factor } => {
            let profile = profile.as_deref().map(project::load_profile).transpose()?;
            let pass = new_passphrase(cli, "New vault passphrase")?;
            let vault = Vault::create(&path, &pass, profile, *kdf_work_factor)?;
            println!("created {}", vault.path().display());
            match vault.recovery_recipient()? {
                Some(r) => println!("recovery: the vault key is also wrapped to the project's recovery recipient {r}"),
                None => println!("recovery: none (no project profile): a lost passphrase cannot be recovered"),
            }
        }
        VaultCmd::Check => check(cli, &path)?,
        VaultCmd::Passwd => {
            let mut vault = Vault::open(&path)?;
            let old = passphrase(cli, "Current passphrase: ")?;
            let new = replacement_passphrase()?;
            vault.change_passphrase(&old, &new)?;
            println!("passphrase changed");
        }
        VaultCmd::Recover { identity } => {
            let text = zeroize::Zeroizing::new(read_input(identity)?);
            let new = replacement_passphrase()?;
            Vault::recover(&path, &text, &new)?;
            println!("recovered: the vault now opens with the new passphrase");
        }
        // From the unlocked key: the stored copy is only trusted once its seal is checked.
        VaultCmd::Pubkey => print!("{}", open_unlocked(cli)?.signing_public_key()?),
    }
    Ok(())
}

/// `vault check`: prints the report, and fails (damaged) when it is not ok.
fn check(cli: &Cli, path: &Path) -> Result<()> {
    let mut vault = Vault::open(path)?;
    let unlocked = match passphrase(cli, &format!("Passphrase for {} (Enter to skip record checks): ", path.display())) {
        Ok(p) if !p.expose_secret().is_empty() => {
            vault.unlock(&p)?;
            true
        }
        _ => false,
    };
    let report = vault.check()?;
    print_json(&serde_json::json!({
        "integrity": report.integrity,
        "audit": match &report.audit { Ok(h) => serde_json::json!({"ok": true, "entries": h.seq, "head": h.hash}), Err(e) => serde_json::json!({"ok": false, "error": e}) },
        "records_checked": unlocked,
        "records_ok": report.records_ok,
        "records_withdrawn": report.records_withdrawn,
        "damaged": report.damaged.iter().map(|(id, why)| serde_json::json!({"id": id, "why": why})).collect::<Vec<_>>(),
        "settings": report.settings,
    }))?;
    Ok(api::check_passed(report)?)
}

fn record_cmd(cli: &Cli, cmd: &RecordCmd) -> Result<()> {
    if let RecordCmd::Show { plaintext, .. } = cmd {
        plaintext_allowed(*plaintext)?;
    }
    let mut vault = open_unlocked(cli)?;
    match cmd {
        RecordCmd::Add { file, repeat } => {
            let interview = api::parse_interview(&read_input(file)?)?;
            let mut stdout = std::io::stdout().lock();
            for _ in 0..*repeat {
                let id = vault.add_record(&interview)?;
                // Printed only after the commit is durable: an acknowledgement.
                writeln!(stdout, "{id}")?;
                stdout.flush()?;
            }
        }
        RecordCmd::Edit { id, file: Some(file) } => {
            let interview = api::parse_interview(&read_input(file)?)?;
            let rev = vault.update_record(id, &interview)?;
            println!("{id} revision {rev}");
        }
        RecordCmd::Edit { id, file: None } => edit_in_editor(&mut vault, id)?,
        RecordCmd::Show { id, with_meta, .. } => {
            let r = vault.get_record(id)?;
            if *with_meta {
                print_json(&r)?;
            } else {
                print_json(&r.interview)?;
            }
        }
        RecordCmd::List { json: true } => print_json(&vault.list_records()?)?,
        RecordCmd::List { json: false } => print_list(&vault)?,
        RecordCmd::History { id, plaintext } => {
            let h: Vec<_> = vault
                .history(id)?
                .into_iter()
                .map(|r| {
                    let mut v = serde_json::json!({"revision": r.revision, "created_at": r.created_at, "damaged": r.damaged});
                    if *plaintext {
                        v["interview"] = serde_json::to_value(&r.interview).expect("an interview serialises");
                    }
                    v
                })
                .collect();
            print_json(&h)?;
        }
        RecordCmd::Withdraw { id, yes } => {
            if !yes {
                confirm_withdrawal(id)?;
            }
            vault.withdraw(id)?;
            println!("{id} withdrawn: content erased, tombstone kept");
        }
    }
    Ok(())
}

/// Plaintext goes to a terminal, or elsewhere only when asked for with --plaintext: a file or a
/// pipe would keep the interview outside the vault.
fn plaintext_allowed(flag: bool) -> Result<()> {
    if flag || std::io::stdout().is_terminal() {
        return Ok(());
    }
    Err(Usage(
        "stdout is not a terminal, and `record show` would leave the interview's plaintext in a file or pipe, outside the vault: to change the interview run `fieldvault record edit ID` (your editor, on a private temporary file wiped afterwards); to print it anyway pass --plaintext".into(),
    )
    .into())
}

/// `record edit ID` without a file: the current revision opens in the user's editor on a
/// private temporary file ([`api::ScratchFile`]: 0600, in a 0700 folder under the runtime dir,
/// overwritten with zeros and removed afterwards, also on error), and is saved as a new
/// revision when it changed and is valid. At a terminal an invalid edit can be opened again.
fn edit_in_editor(vault: &mut Vault, id: &str) -> Result<()> {
    let current = vault.get_record(id)?;
    let text = zeroize::Zeroizing::new(serde_json::to_string_pretty(&current.interview)? + "\n");
    let scratch = api::ScratchFile::create(&format!("interview-{id}.json"), text.as_bytes())?;
    loop {
        run_editor(scratch.path())?;
        let edited = scratch.read()?;
        if edited.as_slice() == text.as_bytes() {
            eprintln!("{id}: no change, nothing saved");
            return Ok(());
        }
        let err = match api::utf8(&edited).and_then(api::parse_interview) {
            Ok(interview) => {
                let rev = vault.update_record(id, &interview)?;
                println!("{id} revision {rev}");
                return Ok(());
            }
            Err(e) => anyhow::Error::from(e).context("the edited interview is not valid: nothing was saved"),
        };
        if !std::io::stdin().is_terminal() {
            return Err(err);
        }
        eprintln!("error: {err:#}");
        let again = ask(&mut std::io::stdin().lock(), &mut std::io::stderr(), "Open it again to fix it? [Y/n] ")?;
        if again.is_none_or(|a| a.trim().eq_ignore_ascii_case("n")) {
            return Err(err.context("the edit was discarded and its temporary file wiped"));
        }
    }
}

/// Runs $VISUAL, else $EDITOR, else `vi` on `file` and waits for it. Through `sh`, as git does,
/// so that an editor given with arguments ("code --wait") works. While it runs, this process
/// ignores Ctrl+C, Ctrl+\, hang-up and termination (the editor gets them), so that it is still
/// there afterwards to wipe the file; only SIGKILL leaves the file behind, in the runtime dir.
fn run_editor(file: &Path) -> Result<()> {
    let editor =
        ["VISUAL", "EDITOR"].iter().filter_map(|v| std::env::var(v).ok()).find(|e| !e.trim().is_empty()).unwrap_or_else(|| "vi".into());
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg(&editor)
        .arg(file)
        .spawn()
        .with_context(|| format!("starting the editor '{editor}' (set VISUAL or EDITOR)"))?;
    let status = ignoring_signals(|| child.wait()).context("waiting for the editor")?;
    if !status.success() {
        bail!("the editor '{editor}' exited with {status}: nothing was saved, and the temporary file was wiped");
    }
    Ok(())
}

/// Runs `f` with SIGINT, SIGQUIT, SIGHUP and SIGTERM ignored, then restores their handlers.
fn ignoring_signals<T>(f: impl FnOnce() -> T) -> T {
    #[cfg(target_os = "linux")]
    {
        const SIGNALS: [libc::c_int; 4] = [libc::SIGINT, libc::SIGQUIT, libc::SIGHUP, libc::SIGTERM];
        // SAFETY: signal() with SIG_IGN, and then with the handler it returned, changes only
        // this process's dispositions; no Rust code runs as a handler.
        let before: Vec<libc::sighandler_t> = SIGNALS.iter().map(|&s| unsafe { libc::signal(s, libc::SIG_IGN) }).collect();
        let out = f();
        for (s, h) in SIGNALS.iter().zip(before) {
            // SAFETY: as above.
            unsafe { libc::signal(*s, h) };
        }
        out
    }
    #[cfg(not(target_os = "linux"))]
    f()
}

/// The CLI's words for a new passphrase's rating, shown after it is typed the first time.
fn strength_message(strength: api::Strength) -> String {
    match strength {
        api::Strength::TooShort => format!("too short: use at least {} characters (this one will be refused)", api::MIN_PASSPHRASE_CHARS),
        api::Strength::Weak => "weak, easy to guess: add words that do not belong together (this one will be refused)".into(),
        api::Strength::Fair => "fair: accepted".into(),
        api::Strength::Strong => "strong: accepted".into(),
    }
}

fn confirm_withdrawal(id: &str) -> Result<()> {
    if !std::io::stdin().is_terminal() {
        bail!("withdrawing erases the interview for good: confirm with --yes");
    }
    eprint!("Erase interview {id} for good, keeping only a tombstone? Type 'withdraw' to confirm: ");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    if line.trim() != "withdraw" {
        bail!("not confirmed: nothing was changed");
    }
    Ok(())
}

fn audit_cmd(cli: &Cli, cmd: &AuditCmd) -> Result<()> {
    match cmd {
        AuditCmd::Verify => {
            // Unlocked: every entry's MAC is checked with the vault's key.
            let head = open_unlocked(cli)?.verify_audit()?;
            println!("audit log ok: {} entries, head {}", head.seq, head.hash);
        }
        AuditCmd::Log => {
            for e in Vault::open(&vault_path(cli)?)?.audit_entries()? {
                println!("{}", serde_json::to_string(&e)?);
            }
        }
        AuditCmd::Export { out } => {
            let done = review::export_audit_log(&open_unlocked(cli)?, out, chrono::Utc::now())?;
            println!(
                "wrote {} ({} entries, {} exports) and its signature {}",
                done.path.display(),
                done.entries,
                done.exports,
                done.signature.display()
            );
        }
    }
    Ok(())
}

fn project_cmd(cmd: &ProjectCmd) -> Result<()> {
    match cmd {
        ProjectCmd::Init { name, researchers, reviewers, recovery_recipient, fieldworkers, deny, keep, out } => {
            let spec = project::ProfileSpec {
                name: name.clone(),
                researchers: researchers.clone(),
                reviewers: reviewers.clone(),
                recovery_recipient: recovery_recipient.clone(),
                fieldworkers: fieldworkers.clone(),
                deny: deny.clone(),
                keep: keep.clone(),
            };
            let p = project::write_profile(&spec, out)?;
            println!("wrote {} (project {}): it holds the pseudonym secret, hand it over like a key", out.display(), p.project_id);
            Ok(())
        }
        ProjectCmd::Show { file } => print_json(&project::show_profile(file)?),
    }
}

fn demo(cli: &Cli, force: bool) -> Result<()> {
    let path = match &cli.vault {
        Some(p) => p.clone(),
        None => data_dir()?.join(api::DEMO_VAULT),
    };
    let from_env = api::has_secret_var("FIELDVAULT_PASSPHRASE");
    let pass = api::secret_var("FIELDVAULT_PASSPHRASE").unwrap_or_else(|| SecretString::from(project::DEMO_PASSPHRASE.to_owned()));
    let vault = project::create_demo_vault(&path, &pass, force, None)?;
    let shown = if from_env { "from FIELDVAULT_PASSPHRASE" } else { project::DEMO_PASSPHRASE };
    println!("demo vault: {} (passphrase: {shown})", path.display());
    print_list(&vault)
}

/// How the redacted texts of an export get approved.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ReviewMode {
    /// At the terminal, or refused when there is none.
    Terminal,
    /// Answers on stdin (`--review`).
    Stdin,
    /// Approved unseen (`--approve-redactions`).
    Unseen,
}

impl ReviewMode {
    fn from_flags(review: bool, approve_redactions: bool) -> ReviewMode {
        match (review, approve_redactions) {
            (_, true) => ReviewMode::Unseen,
            (true, false) => ReviewMode::Stdin,
            (false, false) => ReviewMode::Terminal,
        }
    }
}

/// `export`: prepare, report each step, review, seal, report what was written.
fn export(cli: &Cli, out: &Path, policy: Option<&Path>, interviews: &[String], allow_suppression: bool, how: ReviewMode) -> Result<()> {
    let policy = match policy {
        Some(f) => Some(api::project::parse_policy(&read_input(f)?).with_context(|| format!("reading the policy {}", f.display()))?),
        None => None,
    };
    let mut vault = open_unlocked(cli)?;
    let options = ExportOptions {
        now: chrono::Utc::now(),
        policy,
        interviews: (!interviews.is_empty()).then(|| interviews.to_vec()),
        allow_suppression,
    };
    // A bundle that exists already, or a folder that takes no file, is refused before any work.
    let out = &api::bundle_file(out);
    api::check_bundle_output(out)?;
    // Progress on stderr, one line per step: counts only, never an identifier or a text of a
    // record (the review shows texts, on purpose).
    eprintln!("export: de-identifying (consent gate, drop, pseudonymise, generalise, redact, k-anonymity)…");
    let mut export = Export::prepare(&vault, &options)?;
    print_steps(export.report());
    let pending = export.unapproved();
    if pending > 0 {
        review(&mut export, how)?;
    }
    let recipients = export.recipients().len();
    let s = export.seal(&mut vault, out, &mut |stage| match stage {
        SealStage::Building => eprintln!("export: building the files, leak scan, signing the manifest…"),
        SealStage::Encrypting => eprintln!("export: encrypting to {recipients} recipient{}…", plural(recipients)),
        SealStage::Writing => eprintln!("export: writing the bundle and recording the export in the audit log…"),
    })?;
    print_sealed(&s);
    if how == ReviewMode::Unseen && pending > 0 {
        eprintln!("{pending} redacted texts sealed without review (--approve-redactions)");
    }
    let size = std::fs::metadata(&s.path).map(|m| m.len()).unwrap_or(0);
    eprintln!("bundle: {}, {size} bytes, sha256 {}", s.path.display(), s.bundle_sha256);
    println!("{} sha256 {}", s.path.display(), s.bundle_sha256);
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `review`: the checks, one line each, the report and its signature if asked; fails (exit 11)
/// unless every check passed.
fn review_cmd(request: &review::ReviewRequest) -> Result<()> {
    let done = review::review(request, chrono::Utc::now())?;
    print_review(&done.review);
    if let Some(r) = &done.report {
        eprintln!("report: {}", r.display());
    }
    if let Some(s) = &done.signature {
        eprintln!("signature: {}", s.display());
    }
    Ok(review::check_passed(&done.review)?)
}

/// `review-log`: the log copy's signature and chain, each bundle's export event, the exports
/// not seen; fails (exit 11) unless all hold.
fn review_log_cmd(log: &Path, profile: &Path, bundles: &[PathBuf]) -> Result<()> {
    let r = review::review_log(log, profile, bundles)?;
    let ok = |e: &Option<String>| e.as_deref().map_or("PASS".to_owned(), |e| format!("FAIL  {e}"));
    println!("signature: {}{}", ok(&r.signature_error), r.signer.as_deref().map(|s| format!(" (signed by {s})")).unwrap_or_default());
    println!("chain:     {} ({} entries)", ok(&r.chain_error), r.entries);
    for (b, e) in &r.bundles {
        match e {
            Some(seq) => println!("bundle:    PASS  {b} is export event {seq}"),
            None => println!("bundle:    FAIL  {b} matches no export event of the log"),
        }
    }
    println!("exports not seen: {}", r.unseen.len());
    for e in &r.unseen {
        println!("  event {} at {}: bundle sha256 {}", e.seq, e.at, e.bundle_sha256);
    }
    Ok(review::log_passed(&r)?)
}

/// A review's checks, one line each with its figures, findings indented, then the verdict.
fn print_review(r: &api::review::Review) {
    for b in &r.bundles {
        println!("{} (sha256 {})", b.file, b.sha256);
        for c in &b.checks {
            let status = match c.status {
                review::Status::Pass => "PASS",
                review::Status::Fail => "FAIL",
                review::Status::NotRun => "NOT RUN",
                review::Status::Skipped => "SKIPPED",
            };
            println!("  {status:<8} {}: {}", c.id.title(), c.figures);
            for f in &c.findings {
                println!("           - {f}");
            }
        }
    }
    println!("verdict: {}", r.verdict());
}

/// What steps 1–6 did, one line each.
fn print_steps(r: &ExportReport) {
    let c = &r.consent;
    eprintln!(
        "export: consent gate: {} of {} interviews pass ({} withdrawn, {} without share consent); {} quotes kept, {} without consent to quote",
        c.passed, c.considered, c.withdrawn, c.no_share_consent, c.quotes_kept, c.quotes_excluded
    );
    eprintln!("export: drop: {} values dropped", r.dropped);
    eprintln!("export: pseudonymise: {} values pseudonymised", r.pseudonymised);
    eprintln!("export: generalise: {} values generalised", r.generalised);
    eprintln!(
        "export: redact: {} spans in {} of {} strings",
        r.redaction.per_rule.values().sum::<usize>(),
        r.redaction.strings_redacted,
        r.redaction.strings_scanned
    );
    let k = &r.k_anonymity;
    eprintln!(
        "export: k-anonymity: k = {}, {} group{}, {} further generalisation{}, {} suppressed",
        k.k,
        k.classes.len(),
        plural(k.classes.len()),
        k.generalised.len(),
        plural(k.generalised.len()),
        k.suppressed
    );
}

/// What the sealed bundle holds and what was left out.
fn print_sealed(s: &ExportSummary) {
    let r = &s.manifest.report;
    let c = &r.consent;
    let left_out = c.withdrawn + c.no_share_consent + r.k_anonymity.suppressed;
    eprintln!("export: done");
    eprintln!("{} interview{} exported to {}", r.exported, plural(r.exported), s.path.display());
    eprintln!(
        "left out: {left_out} interview{} ({} withdrawn, {} without share consent, {} suppressed for k = {}); {} quotes without consent to quote",
        plural(left_out),
        c.withdrawn,
        c.no_share_consent,
        r.k_anonymity.suppressed,
        r.k_anonymity.k,
        c.quotes_excluded
    );
    eprintln!(
        "values dropped {}, pseudonymised {}, generalised {}; spans redacted {} in {} strings; leak scan: {} files, 0 hits",
        r.dropped,
        r.pseudonymised,
        r.generalised,
        r.redaction.per_rule.values().sum::<usize>(),
        r.redaction.strings_redacted,
        r.leak_scan.as_ref().map(|l| l.files).unwrap_or(0)
    );
}

/// The review step of an export with texts to approve, as `how` says.
fn review(export: &mut Export, how: ReviewMode) -> Result<()> {
    let pending = export.unapproved();
    match how {
        ReviewMode::Unseen => export.approve_all_unseen(),
        ReviewMode::Terminal if !std::io::stdin().is_terminal() => {
            return Err(anyhow::Error::from(export.check_approved().expect_err("texts wait for review")).context(format!(
                "{pending} redacted quotes and notes need review before the bundle is sealed, and stdin is not a terminal: run the export at a terminal, or pass --review to answer on stdin, or --approve-redactions to seal them as redacted; nothing was written"
            )));
        }
        ReviewMode::Terminal | ReviewMode::Stdin => {
            eprintln!("export: review: {pending} redacted quotes and notes");
            review_redactions(export, &mut std::io::stdin().lock(), &mut std::io::stderr())?;
        }
    }
    Ok(())
}

/// Asks the fieldworker about each redacted text: approve it, replace it (the replacement is
/// redacted again and shown again), or quit without writing anything.
fn review_redactions(export: &mut Export, input: &mut impl std::io::BufRead, out: &mut impl Write) -> Result<()> {
    let total = export.review_items().len();
    for i in 0..total {
        loop {
            let item = &export.review_items()[i];
            let (interview_id, path) = (item.interview_id.clone(), item.path.clone());
            // Named by the fieldworker's own code (HD-01), not the bundle's pseudonymous id.
            let name = export.label(&interview_id).unwrap_or_else(|| interview_id.clone());
            writeln!(out, "\n[{}/{total}] {name} {path}", i + 1)?;
            writeln!(out, "  in the vault:  {}", item.original)?;
            writeln!(out, "  in the bundle: {}", item.redacted)?;
            // Possible detections: redacted, but the fieldworker may restore each in one answer.
            let possible = export.possible(&interview_id, &path)?;
            for (k, (_, text, kind, restored)) in possible.iter().enumerate() {
                let state = if *restored { "restored" } else { "redacted" };
                writeln!(out, "  possible {kind} [{}]: {text} ({state})", k + 1)?;
            }
            let restore_hint = if possible.is_empty() { "" } else { ", restore a possible one (r N)" };
            let prompt = format!("approve (a), replace with your own text (e){restore_hint}, or quit without exporting (q)? ");
            let answer = ask(input, out, &prompt)?;
            let restore = answer.as_deref().map(str::trim).and_then(|a| a.strip_prefix('r')).and_then(|k| k.trim().parse::<usize>().ok());
            if let Some(k) = restore {
                match possible.get(k.wrapping_sub(1)) {
                    Some((start, ..)) => {
                        export.restore(&interview_id, &path, *start)?;
                    }
                    None => writeln!(out, "there is no possible detection {k} here")?,
                }
                continue;
            }
            match answer.as_deref().map(str::trim) {
                None => bail!("the review ended before every text was approved: nothing was written"),
                Some("a" | "approve") => {
                    export.approve(&interview_id, &path, true)?;
                    break;
                }
                Some("q" | "quit") => bail!("export cancelled during review: nothing was written"),
                Some("e" | "edit") => {
                    let text = ask(input, out, "new text (one line): ")?.unwrap_or_default();
                    export.revise(&interview_id, &path, text.trim_end_matches(['\r', '\n']))?;
                }
                Some(other) => writeln!(out, "'{other}' is not an answer: type a, e or q")?,
            }
        }
    }
    Ok(())
}

/// Shows `prompt` and reads one line (`None` at the end of the input).
fn ask(input: &mut impl std::io::BufRead, out: &mut impl Write, prompt: &str) -> Result<Option<String>> {
    write!(out, "{prompt}")?;
    out.flush()?;
    let mut line = String::new();
    Ok((input.read_line(&mut line)? > 0).then_some(line))
}

fn data_dir() -> Result<PathBuf> {
    Ok(api::data_dir()?)
}

/// The vault of this run: --vault (or FIELDVAULT_VAULT), else the default one in the data dir.
fn vault_path(cli: &Cli) -> Result<PathBuf> {
    match &cli.vault {
        Some(p) => Ok(p.clone()),
        None => Ok(data_dir()?.join(api::DEFAULT_VAULT)),
    }
}

/// Reads the passphrase: --passphrase-file, then FIELDVAULT_PASSPHRASE, then the terminal.
fn passphrase(cli: &Cli, prompt: &str) -> Result<SecretString> {
    if let Some(f) = &cli.passphrase_file {
        let text = zeroize::Zeroizing::new(std::fs::read_to_string(f).with_context(|| format!("reading passphrase file {}", f.display()))?);
        return Ok(SecretString::from(text.lines().next().unwrap_or("").to_owned()));
    }
    if let Some(p) = api::secret_var("FIELDVAULT_PASSPHRASE") {
        return Ok(p);
    }
    prompt_tty(prompt)
}

fn prompt_tty(prompt: &str) -> Result<SecretString> {
    if !std::io::stdin().is_terminal() && std::fs::File::open("/dev/tty").is_err() {
        bail!("no passphrase given: type it at a terminal, or set FIELDVAULT_PASSPHRASE, or pass --passphrase-file");
    }
    Ok(SecretString::from(rpassword::prompt_password(prompt).context("reading the passphrase from the terminal")?))
}

/// Reads a new passphrase: FIELDVAULT_NEW_PASSPHRASE for scripts, else typed twice.
fn new_passphrase(cli: &Cli, what: &str) -> Result<SecretString> {
    if let Some(p) = api::secret_var("FIELDVAULT_NEW_PASSPHRASE") {
        api::check_new_passphrase(&p, &p)?;
        return Ok(p);
    }
    if cli.passphrase_file.is_some() || api::has_secret_var("FIELDVAULT_PASSPHRASE") {
        let p = passphrase(cli, "")?;
        api::check_new_passphrase(&p, &p)?;
        return Ok(p);
    }
    let first = prompt_tty(&format!("{what}: "))?;
    eprintln!("passphrase strength: {}", strength_message(api::passphrase_strength(&first)));
    let second = prompt_tty("Type it again: ")?;
    api::check_new_passphrase(&first, &second)?;
    Ok(first)
}

/// A replacement passphrase for `passwd` and `recover`: FIELDVAULT_NEW_PASSPHRASE, else typed twice.
fn replacement_passphrase() -> Result<SecretString> {
    let (first, second) = match api::secret_var("FIELDVAULT_NEW_PASSPHRASE") {
        Some(p) => (p.clone(), p),
        None => (prompt_tty("New passphrase: ")?, prompt_tty("Type it again: ")?),
    };
    api::check_new_passphrase(&first, &second)?;
    Ok(first)
}

fn open_unlocked(cli: &Cli) -> Result<Vault> {
    let path = vault_path(cli)?;
    let mut vault = Vault::open(&path)?;
    let p = passphrase(cli, &format!("Passphrase for {}: ", path.display()))?;
    vault.unlock(&p)?;
    Ok(vault)
}

fn read_input(file: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    }
    Ok(api::utf8(&bytes).with_context(|| format!("reading {}", file.display()))?.to_owned())
}

fn print_json<T: serde::Serialize>(v: &T) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

fn print_list(vault: &Vault) -> Result<()> {
    let items = vault.list_records()?;
    println!("{:<36}  {:>3}  {:<10}  {:<10}  {:<8}  {:<24}  flags", "id", "rev", "pseudonym", "date", "to", "sectors");
    for it in &items {
        match &it.state {
            RecordState::Active { summary: s } => {
                let flags = [(s.ran_away, "ran-away"), (s.detained, "detained"), (s.shareable, "shareable")]
                    .iter()
                    .filter(|f| f.0)
                    .map(|f| f.1)
                    .collect::<Vec<_>>()
                    .join(",");
                println!(
                    "{:<36}  {:>3}  {:<10}  {:<10}  {:<8}  {:<24}  {}",
                    it.id,
                    it.revision,
                    s.pseudonym.as_deref().unwrap_or("-"),
                    s.interview_date.as_deref().unwrap_or("-"),
                    s.destinations.join(","),
                    s.sectors.join(","),
                    flags
                );
            }
            RecordState::Withdrawn { withdrawn_at } => println!("{:<36}  {:>3}  (withdrawn {withdrawn_at})", it.id, it.revision),
            RecordState::Damaged { why } => {
                println!("{:<36}  {:>3}  DAMAGED: {why}", it.id, it.revision)
            }
        }
    }
    eprintln!("{} interview{}", items.len(), plural(items.len()));
    Ok(())
}
