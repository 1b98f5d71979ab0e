//! The `fieldvault` command line: a thin shell over the core library.
//!
//! Arguments are parsed, passphrases gathered, one library call made, and the result printed.
//! Errors print their whole chain and exit with a documented code (see `ExitCode` below and
//! the README).

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, bail, Context, Result};
use clap::{Parser, Subcommand};
use fieldvault::bundle::{self, BundleError, ExportOptions};
use fieldvault::deid::{DeidError, Policy, PolicyError};
use fieldvault::profile::{Fieldworker, Member, Profile, ProfileError};
use fieldvault::schema::parse_interview;
use fieldvault::vault::{CreateOptions, RecordState, Vault, VaultError};
use fieldvault::{demo, keys};
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
    /// Inspect the audit log.
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
        #[arg(value_parser = ["interview", "profile", "deid-policy", "deid-record", "bundle-manifest", "default-policy"], default_value = "interview")]
        which: String,
    },
    /// Export the shareable interviews as a de-identified, signed bundle encrypted to the
    /// project's researchers and reviewers.
    Export {
        /// The bundle to write (`.fvb`); it must not exist yet.
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
}

#[derive(Subcommand)]
enum BundleCmd {
    /// Decrypt a bundle, check that a fieldworker given by --signer or on the --profile roster signed
    /// it (one of the two is required), check every hash and record, and print its manifest.
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
    /// Save a new revision of an interview from a JSON file (or -).
    Edit {
        /// Record id.
        id: String,
        /// The interview JSON.
        file: PathBuf,
    },
    /// Print an interview as JSON.
    Show {
        /// Record id.
        id: String,
        /// Include id, revision and times around the interview.
        #[arg(long)]
        with_meta: bool,
    },
    /// List interviews.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print every revision of an interview as JSON.
    History {
        /// Record id.
        id: String,
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

/// Exit codes, documented in the README.
mod code {
    pub const OTHER: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const WRONG_KEY: u8 = 3;
    pub const IN_USE: u8 = 4;
    pub const INVALID: u8 = 5;
    pub const NOT_FOUND: u8 = 6;
    pub const DAMAGED: u8 = 7;
    pub const TOO_NEW: u8 = 8;
    pub const DISK_FULL: u8 = 9;
    pub const WITHDRAWN: u8 = 10;
}

fn exit_code(e: &anyhow::Error) -> u8 {
    for cause in e.chain() {
        if let Some(v) = cause.downcast_ref::<VaultError>() {
            return vault_code(v);
        }
        if cause.is::<fieldvault::schema::ValidationErrors>()
            || cause.is::<ProfileError>()
            || cause.is::<fieldvault::input::DocumentError>()
        {
            return code::INVALID;
        }
        if let Some(k) = cause.downcast_ref::<keys::KeyError>() {
            return match k {
                keys::KeyError::WrongPassphrase | keys::KeyError::WrongRecoveryIdentity => code::WRONG_KEY,
                keys::KeyError::Damaged(_) | keys::KeyError::WorkFactorTooLow { .. } => code::DAMAGED,
                _ => code::INVALID,
            };
        }
        if cause.is::<fieldvault::audit::AuditError>() {
            return code::DAMAGED;
        }
        if let Some(b) = cause.downcast_ref::<BundleError>() {
            return match b {
                BundleError::Vault(v) => vault_code(v),
                BundleError::Deid(DeidError::Leak { .. }) | BundleError::Output { .. } => code::OTHER,
                _ => code::INVALID,
            };
        }
        if let Some(r) = cause.downcast_ref::<bundle::ReadError>() {
            // Damage, tampering and untrusted signers are all 7: the bundle is not to be used.
            return match r {
                bundle::ReadError::WrongKey => code::WRONG_KEY,
                bundle::ReadError::UnsupportedFormat(_) => code::TOO_NEW,
                bundle::ReadError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => code::NOT_FOUND,
                bundle::ReadError::Io { .. } => code::OTHER,
                bundle::ReadError::InvalidRosterKey { .. } => code::INVALID,
                _ => code::DAMAGED,
            };
        }
        if cause.is::<NeedsReview>() {
            return code::USAGE;
        }
        if cause.is::<DeidError>() || cause.is::<PolicyError>() {
            return code::INVALID;
        }
    }
    code::OTHER
}

fn vault_code(v: &VaultError) -> u8 {
    match v {
        VaultError::WrongPassphrase { .. } | VaultError::Locked => code::WRONG_KEY,
        VaultError::Key(keys::KeyError::Damaged(_) | keys::KeyError::WorkFactorTooLow { .. }) => code::DAMAGED,
        VaultError::Key(
            keys::KeyError::Invalid { .. }
            | keys::KeyError::ShortPassphrase
            | keys::KeyError::WeakPassphrase { .. }
            | keys::KeyError::PassphraseMismatch,
        ) => code::INVALID,
        VaultError::Key(_) => code::WRONG_KEY,
        VaultError::InUse(_) => code::IN_USE,
        VaultError::Invalid(_) | VaultError::Profile(_) | VaultError::AlreadyExists(_) => code::INVALID,
        VaultError::NotFound(_) | VaultError::RecordNotFound(_) | VaultError::NotFoundItem { .. } => code::NOT_FOUND,
        VaultError::Damaged { .. }
        | VaultError::NotAVault { .. }
        | VaultError::Audit(_)
        | VaultError::SettingsChanged { .. }
        | VaultError::CheckFailed(_)
        | VaultError::Corrupt(_) => code::DAMAGED,
        VaultError::TooNew { .. } => code::TOO_NEW,
        VaultError::DiskFull => code::DISK_FULL,
        VaultError::Withdrawn(_) => code::WITHDRAWN,
        _ => code::OTHER,
    }
}

fn main() -> ExitCode {
    // First: core dumps off, passphrase variables out of the environment (hygiene::secret_var).
    if let Err(e) = fieldvault::hygiene::harden_process() {
        eprintln!("warning: cannot turn core dumps off ({e}); a crash could write secrets to disk");
    }
    let cli = Cli::parse();
    match run(cli) {
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

/// An export has redacted texts to review but no one to review them.
#[derive(Debug)]
struct NeedsReview(usize);

impl std::fmt::Display for NeedsReview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} redacted quotes and notes need review before the bundle is sealed, and stdin is not a terminal: run the export at a terminal, or pass --review to answer on stdin, or --approve-redactions to seal them as redacted; nothing was written",
            self.0
        )
    }
}

impl std::error::Error for NeedsReview {}

/// Asks the fieldworker about each redacted text: approve it, replace it (the replacement is
/// redacted again and shown again), or quit without writing anything.
fn review_redactions(prepared: &mut bundle::Prepared, input: &mut impl std::io::BufRead, out: &mut impl Write) -> Result<()> {
    let total = prepared.review().len();
    let mut line = String::new();
    for i in 0..total {
        loop {
            let item = &prepared.review()[i];
            let (interview_id, path) = (item.interview_id.clone(), item.path.clone());
            writeln!(out, "\n[{}/{total}] {interview_id} {path}", i + 1)?;
            writeln!(out, "  in the vault:  {}", item.original)?;
            writeln!(out, "  in the bundle: {}", item.redacted)?;
            write!(out, "approve (a), replace with your own text (e), or quit without exporting (q)? ")?;
            out.flush()?;
            line.clear();
            if input.read_line(&mut line)? == 0 {
                bail!("the review ended before every text was approved: nothing was written");
            }
            match line.trim() {
                "a" | "approve" => break,
                "q" | "quit" => bail!("export cancelled during review: nothing was written"),
                "e" | "edit" => {
                    write!(out, "new text (one line): ")?;
                    out.flush()?;
                    line.clear();
                    input.read_line(&mut line)?;
                    prepared.revise(&interview_id, &path, line.trim_end_matches(['\r', '\n']))?;
                }
                other => writeln!(out, "'{other}' is not an answer: type a, e or q")?,
            }
        }
    }
    Ok(())
}

fn data_dir() -> Result<PathBuf> {
    Ok(fieldvault::paths::data_dir()?)
}

fn default_vault(cli_vault: &Option<PathBuf>) -> Result<PathBuf> {
    match cli_vault {
        Some(p) => Ok(p.clone()),
        None => Ok(data_dir()?.join("default.vault")),
    }
}

/// Reads the passphrase: --passphrase-file, then FIELDVAULT_PASSPHRASE, then the terminal.
fn passphrase(cli: &Cli, prompt: &str) -> Result<SecretString> {
    if let Some(f) = &cli.passphrase_file {
        let text = zeroize::Zeroizing::new(std::fs::read_to_string(f).with_context(|| format!("reading passphrase file {}", f.display()))?);
        return Ok(SecretString::from(text.lines().next().unwrap_or("").to_owned()));
    }
    if let Some(p) = fieldvault::hygiene::secret_var("FIELDVAULT_PASSPHRASE") {
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
    if let Some(p) = fieldvault::hygiene::secret_var("FIELDVAULT_NEW_PASSPHRASE") {
        keys::check_new_passphrase(&p, &p)?;
        return Ok(p);
    }
    if cli.passphrase_file.is_some() || fieldvault::hygiene::has_secret_var("FIELDVAULT_PASSPHRASE") {
        let p = passphrase(cli, "")?;
        keys::check_new_passphrase(&p, &p)?;
        return Ok(p);
    }
    let first = prompt_tty(&format!("{what}: "))?;
    eprintln!("strength: {:?}", keys::passphrase_strength(first.expose_secret()));
    let second = prompt_tty("Type it again: ")?;
    keys::check_new_passphrase(&first, &second)?;
    Ok(first)
}

/// A replacement passphrase for `passwd` and `recover`: FIELDVAULT_NEW_PASSPHRASE, else typed twice.
fn replacement_passphrase() -> Result<SecretString> {
    let (first, second) = match fieldvault::hygiene::secret_var("FIELDVAULT_NEW_PASSPHRASE") {
        Some(p) => (p.clone(), p),
        None => (prompt_tty("New passphrase: ")?, prompt_tty("Type it again: ")?),
    };
    keys::check_new_passphrase(&first, &second)?;
    Ok(first)
}

fn open_unlocked(cli: &Cli) -> Result<Vault> {
    let path = default_vault(&cli.vault)?;
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
    Ok(fieldvault::input::utf8(&bytes).with_context(|| format!("reading {}", file.display()))?.to_owned())
}

fn print_json<T: serde::Serialize>(v: &T) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

fn write_new(path: &Path, contents: &str, secret: bool) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    if secret {
        opts.mode(0o600);
    }
    let mut f = opts.open(path).with_context(|| format!("creating {} (it must not exist yet)", path.display()))?;
    f.write_all(contents.as_bytes())?;
    f.sync_all()?;
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
    eprintln!("{} interview{}", items.len(), if items.len() == 1 { "" } else { "s" });
    Ok(())
}

fn split_pair(s: &str, what: &str) -> Result<(String, String)> {
    s.split_once('=').map(|(a, b)| (a.trim().to_owned(), b.trim().to_owned())).ok_or_else(|| anyhow!("{what} '{s}' must be NAME=VALUE"))
}

fn run(cli: Cli) -> Result<()> {
    match &cli.command {
        Command::Vault(cmd) => match cmd {
            VaultCmd::Init { profile, kdf_work_factor } => {
                let path = default_vault(&cli.vault)?;
                let profile = profile.as_deref().map(Profile::load).transpose()?;
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir)?;
                }
                let pass = new_passphrase(&cli, "New vault passphrase")?;
                let recovery = profile.as_ref().and_then(|p| p.recovery_recipient.clone());
                let vault = Vault::create(&path, &pass, &CreateOptions { work_factor: *kdf_work_factor, profile })?;
                println!("created {}", vault.path().display());
                match recovery {
                    Some(r) => println!("recovery: the vault key is also wrapped to the project's recovery recipient {r}"),
                    None => println!("recovery: none (no project profile): a lost passphrase cannot be recovered"),
                }
            }
            VaultCmd::Check => {
                let path = default_vault(&cli.vault)?;
                let mut vault = Vault::open(&path)?;
                let unlocked = match passphrase(&cli, &format!("Passphrase for {} (Enter to skip record checks): ", path.display())) {
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
                report.into_result()?;
            }
            VaultCmd::Passwd => {
                let path = default_vault(&cli.vault)?;
                let mut vault = Vault::open(&path)?;
                let old = passphrase(&cli, "Current passphrase: ")?;
                let new = replacement_passphrase()?;
                vault.change_passphrase(&old, &new)?;
                println!("passphrase changed");
            }
            VaultCmd::Recover { identity } => {
                let path = default_vault(&cli.vault)?;
                let text = std::fs::read_to_string(identity).with_context(|| format!("reading {}", identity.display()))?;
                let id = keys::parse_identity_file(&text)?;
                let new = replacement_passphrase()?;
                Vault::recover(&path, &id, &new)?;
                println!("recovered: the vault now opens with the new passphrase");
            }
            VaultCmd::Pubkey => {
                // From the unlocked key: the stored copy is only trusted once its seal is checked.
                let vault = open_unlocked(&cli)?;
                print!("{}", vault.signing_public_key()?);
            }
        },
        Command::Record(cmd) => {
            let mut vault = open_unlocked(&cli)?;
            match cmd {
                RecordCmd::Add { file, repeat } => {
                    let interview = parse_interview(&read_input(file)?)?;
                    let mut stdout = std::io::stdout().lock();
                    for _ in 0..*repeat {
                        let id = vault.add_record(&interview)?;
                        // Printed only after the commit is durable: an acknowledgement.
                        writeln!(stdout, "{id}")?;
                        stdout.flush()?;
                    }
                }
                RecordCmd::Edit { id, file } => {
                    let interview = parse_interview(&read_input(file)?)?;
                    let rev = vault.update_record(id, &interview)?;
                    println!("{id} revision {rev}");
                }
                RecordCmd::Show { id, with_meta } => {
                    let r = vault.get_record(id)?;
                    if *with_meta {
                        print_json(&r)?;
                    } else {
                        print_json(&r.interview)?;
                    }
                }
                RecordCmd::List { json } => {
                    if *json {
                        print_json(&vault.list_records()?)?;
                    } else {
                        print_list(&vault)?;
                    }
                }
                RecordCmd::History { id } => {
                    let h: Vec<_> = vault
                        .history(id)?
                        .into_iter()
                        .map(|r| {
                            serde_json::json!({
                                "revision": r.revision,
                                "created_at": r.created_at,
                                "interview": r.interview,
                                "damaged": r.damaged,
                            })
                        })
                        .collect();
                    print_json(&h)?;
                }
                RecordCmd::Withdraw { id, yes } => {
                    if !yes {
                        if !std::io::stdin().is_terminal() {
                            bail!("withdrawing erases the interview for good: confirm with --yes");
                        }
                        eprint!("Erase interview {id} for good, keeping only a tombstone? Type 'withdraw' to confirm: ");
                        let mut line = String::new();
                        std::io::stdin().read_line(&mut line)?;
                        if line.trim() != "withdraw" {
                            bail!("not confirmed: nothing was changed");
                        }
                    }
                    vault.withdraw(id)?;
                    println!("{id} withdrawn: content erased, tombstone kept");
                }
            }
        }
        Command::Audit(cmd) => match cmd {
            AuditCmd::Verify => {
                // Unlocked: every entry's MAC is checked with the vault's key.
                let head = open_unlocked(&cli)?.verify_audit()?;
                println!("audit log ok: {} entries, head {}", head.seq, head.hash);
            }
            AuditCmd::Log => {
                for e in Vault::open(&default_vault(&cli.vault)?)?.audit_entries()? {
                    println!("{}", serde_json::to_string(&e)?);
                }
            }
        },
        Command::Project(cmd) => match cmd {
            ProjectCmd::Init { name, researchers, reviewers, recovery_recipient, fieldworkers, deny, out } => {
                let mut p = Profile::new(name);
                for r in researchers {
                    let (name, age_recipient) = split_pair(r, "--researcher")?;
                    p.researchers.push(Member { name, age_recipient });
                }
                for r in reviewers {
                    let (name, age_recipient) = split_pair(r, "--reviewer")?;
                    p.reviewers.push(Member { name, age_recipient });
                }
                p.recovery_recipient = recovery_recipient.clone();
                p.deny_list = deny.clone();
                for f in fieldworkers {
                    let (name, path) = split_pair(f, "--fieldworker")?;
                    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
                    let pk = keys::parse_minisign_public(&text)?;
                    p.fieldworkers.push(Fieldworker { name, minisign_public_key: pk.to_base64() });
                }
                p.check()?;
                write_new(out, &p.to_json(), true)?;
                println!("wrote {} (project {}): it holds the pseudonym secret, hand it over like a key", out.display(), p.project_id);
            }
            ProjectCmd::Show { file } => {
                let p = Profile::load(file)?;
                let mut v = serde_json::to_value(&p)?;
                v["pseudonym_secret"] = "(hidden)".into();
                print_json(&v)?;
            }
        },
        Command::Keygen { out_dir, name } => {
            if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
                bail!("--name must be letters, digits, '-' or '_' (it becomes part of file names)");
            }
            let k = keys::generate_member_keys(name);
            std::fs::create_dir_all(out_dir)?;
            write_new(&out_dir.join(format!("{name}.age.key")), k.age_identity_file.expose_secret(), true)?;
            write_new(&out_dir.join(format!("{name}.age.pub")), &format!("{}\n", k.age_recipient), false)?;
            write_new(&out_dir.join(format!("{name}.minisign.key")), k.minisign_secret_file.expose_secret(), true)?;
            write_new(&out_dir.join(format!("{name}.minisign.pub")), &k.minisign_public_file, false)?;
            println!("age recipient: {}", k.age_recipient);
            println!("wrote {name}.age.key, {name}.age.pub, {name}.minisign.key, {name}.minisign.pub in {}", out_dir.display());
        }
        Command::Demo { force } => {
            let path = match &cli.vault {
                Some(p) => p.clone(),
                None => data_dir()?.join("demo.vault"),
            };
            if path.exists() {
                if !force {
                    bail!("{} exists: pass --force to replace the demo vault", path.display());
                }
                for suffix in ["", "-wal", "-shm"] {
                    let mut p = path.clone().into_os_string();
                    p.push(suffix);
                    let _ = std::fs::remove_file(PathBuf::from(p));
                }
            }
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            let pass = fieldvault::hygiene::secret_var("FIELDVAULT_PASSPHRASE")
                .unwrap_or_else(|| SecretString::from(demo::DEMO_PASSPHRASE.to_owned()));
            let vault = demo::create_demo_vault(&path, &pass, None)?;
            println!(
                "demo vault: {} (passphrase: {})",
                path.display(),
                if fieldvault::hygiene::has_secret_var("FIELDVAULT_PASSPHRASE") {
                    "from FIELDVAULT_PASSPHRASE"
                } else {
                    demo::DEMO_PASSPHRASE
                }
            );
            print_list(&vault)?;
        }
        Command::Schema { which } => {
            let s = match which.as_str() {
                "profile" => fieldvault::profile::profile_schema(),
                "deid-policy" => fieldvault::deid::policy_schema(),
                "deid-record" => fieldvault::deid::deid_record_schema(),
                "bundle-manifest" => bundle::manifest_schema(),
                "default-policy" => serde_json::to_value(Policy::default())?,
                _ => fieldvault::schema::interview_schema(),
            };
            print_json(&s)?;
        }
        Command::Export { out, policy, interviews, allow_suppression, review, approve_redactions } => {
            let policy = match policy {
                Some(f) => Some(Policy::from_json(&read_input(f)?).with_context(|| format!("reading the policy {}", f.display()))?),
                None => None,
            };
            let mut vault = open_unlocked(&cli)?;
            let options = ExportOptions {
                now: chrono::Utc::now(),
                policy,
                interviews: (!interviews.is_empty()).then(|| interviews.clone()),
                allow_suppression: *allow_suppression,
            };
            // A bundle that exists already, or a folder that takes no file, is refused before any work.
            bundle::check_output(out)?;
            // Progress on stderr, one line per step: counts only, never an identifier or a text
            // of a record (the review below shows texts, on purpose).
            eprintln!("export: de-identifying (consent gate, drop, pseudonymise, generalise, redact, k-anonymity)…");
            let mut prepared = bundle::prepare(&vault, &options)?;
            let r = prepared.report();
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
                if k.classes.len() == 1 { "" } else { "s" },
                k.generalised.len(),
                if k.generalised.len() == 1 { "" } else { "s" },
                k.suppressed
            );
            let pending = prepared.review().len();
            if pending > 0 && !approve_redactions {
                if !*review && !std::io::stdin().is_terminal() {
                    return Err(NeedsReview(pending).into());
                }
                eprintln!("export: review: {pending} redacted quotes and notes");
                review_redactions(&mut prepared, &mut std::io::stdin().lock(), &mut std::io::stderr())?;
            }
            let recipients = prepared.profile().researchers.len() + prepared.profile().reviewers.len();
            let s = prepared.seal_with_progress(&mut vault, out, &mut |stage| match stage {
                bundle::SealStage::Building => eprintln!("export: building the files, leak scan, signing the manifest…"),
                bundle::SealStage::Encrypting => {
                    eprintln!("export: encrypting to {recipients} recipient{}…", if recipients == 1 { "" } else { "s" })
                }
                bundle::SealStage::Writing => eprintln!("export: writing the bundle and recording the export in the audit log…"),
            })?;
            let r = &s.manifest.report;
            let c = &r.consent;
            let left_out = c.withdrawn + c.no_share_consent + r.k_anonymity.suppressed;
            let size = std::fs::metadata(&s.path).map(|m| m.len()).unwrap_or(0);
            eprintln!("export: done");
            eprintln!("{} interview{} exported to {}", r.exported, if r.exported == 1 { "" } else { "s" }, s.path.display());
            eprintln!(
                "left out: {left_out} interview{} ({} withdrawn, {} without share consent, {} suppressed for k = {}); {} quotes without consent to quote",
                if left_out == 1 { "" } else { "s" },
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
            if *approve_redactions && pending > 0 {
                eprintln!("{pending} redacted texts sealed without review (--approve-redactions)");
            }
            eprintln!("bundle: {}, {size} bytes, sha256 {}", s.path.display(), s.bundle_sha256);
            println!("{} sha256 {}", s.path.display(), s.bundle_sha256);
        }
        Command::Bundle(BundleCmd::Inspect { file, identity, signers, profile }) => {
            let text = std::fs::read_to_string(identity).with_context(|| format!("reading {}", identity.display()))?;
            let id = keys::parse_identity_file(&text)?;
            // No --signer and no --profile: an empty roster, which refuses naming the signer's key id.
            let mut roster = match profile {
                Some(p) => bundle::Roster::from_profile(&Profile::load(p)?)?,
                None => bundle::Roster::new(),
            };
            for s in signers {
                roster.add(&s.display().to_string(), &std::fs::read_to_string(s).with_context(|| format!("reading {}", s.display()))?)?;
            }
            let b = bundle::open(file, &id, &roster)?;
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
            }))?;
        }
    }
    Ok(())
}
