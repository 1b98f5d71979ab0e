//! The `.fvb` export bundle: write, open and verify.
//!
//! A bundle is an age file encrypted to the project's researchers and reviewers, holding a
//! deterministic tar (sorted paths, mtime 0, uid/gid 0, mode 0644, regular files only) with:
//! `datapackage.json` (a Frictionless Data Package describing `data/*.csv`, with foreign keys),
//! `data/*.csv` (one table per repeatable section, keyed by the pseudonymous interview id),
//! `records.jsonl` (the same records nested, valid against `schemas/deid-record.schema.json`),
//! `manifest.json` ([`Manifest`]: hashes, policy, counts, exclusions, redactions, k-anonymity,
//! audit-chain head) and `manifest.json.minisig` (the fieldworker's minisign signature).
//!
//! [`export`] is the one call that de-identifies a vault's interviews ([`crate::deid`]), builds,
//! leak-scans, signs and encrypts the bundle, writes it atomically and records the export in the
//! audit log; [`prepare`] and [`Prepared::seal`] split it so the fieldworker can review the
//! redacted text in between. [`open`] reads a bundle without trusting it: size limits, safe
//! paths only, the signature and every hash checked before anything is returned. This module
//! does not decide what is identifying; `deid` does.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::deid::fields::{self, FieldKind, Node, Prop};
use crate::deid::{self, DeidError, Deidentified, Exclusion, Generalisation, Policy, PolicyError, Report, Rule};
use crate::keys;
use crate::profile::Profile;
use crate::vault::VaultError;

mod export;

pub use export::{
    check_output, effective_policy, export, prepare, seal, Approval, ExportOptions, ExportSummary, Prepared, SealContext, SealStage, Sealed,
};

/// Format marker of the bundles this build writes and reads.
pub const BUNDLE_FORMAT: &str = "fieldvault-bundle-1";

/// Largest bundle file [`open`] reads.
pub const MAX_BUNDLE_BYTES: u64 = 512 * 1024 * 1024;

/// Most files a bundle may hold.
pub const MAX_FILES: usize = 1000;

/// Name of the manifest inside the tar.
pub const MANIFEST: &str = "manifest.json";

/// Name of the manifest's signature inside the tar.
pub const SIGNATURE: &str = "manifest.json.minisig";

/// What went wrong writing or reading a bundle. Each message says what to do next.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BundleError {
    /// De-identification refused the export.
    #[error(transparent)]
    Deid(#[from] DeidError),
    /// The project's policy is not valid.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// The vault failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// No project profile: no recipients, no pseudonym secret.
    #[error("this vault has no project profile, so there is no one to export to: create the vault with the principal investigator's profile (`fieldvault vault init --profile P`)")]
    NoProfile,
    /// The output file exists.
    #[error("{0} already exists: choose another file name; nothing was overwritten")]
    OutputExists(PathBuf),
    /// The output cannot be written.
    #[error("cannot write {path}: {source}; no bundle was written: choose a folder you can write to, with room for the bundle")]
    Output {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The bundle file cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The bundle is larger than [`MAX_BUNDLE_BYTES`].
    #[error("the bundle is {size} bytes, more than the {limit}-byte limit: it is not a FieldVault bundle, or it was padded")]
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Not an age file.
    #[error("not a FieldVault bundle ({0}): check the file")]
    NotABundle(String),
    /// None of the bundle's recipients is this identity.
    #[error("this identity cannot open the bundle: it was encrypted to other researchers or reviewers. Use the age identity whose recipient is in the project profile")]
    WrongKey,
    /// The encrypted file ends early.
    #[error("the bundle is truncated ({0}): copy it again from the sender")]
    Truncated(String),
    /// The content does not match what was signed or encrypted.
    #[error("the bundle was altered after it was made ({0}): do not use it; ask the fieldworker to export it again")]
    Tampered(String),
    /// A file in the tar has an unsafe or unexpected name or type.
    #[error("the bundle holds an unsafe entry '{path}' ({why}): do not unpack it; ask the fieldworker to export it again")]
    Unsafe {
        /// The entry name.
        path: String,
        /// What is wrong with it.
        why: String,
    },
    /// The signer is not on the project's roster.
    #[error("the bundle is signed by key {key_id}, which is not on the project's fieldworker roster: check who sent it")]
    UntrustedSigner {
        /// The signer's minisign key id.
        key_id: String,
    },
    /// A newer or unknown bundle format.
    #[error("bundle format '{0}' is not supported: this build reads {BUNDLE_FORMAT}; update FieldVault")]
    Format(String),
    /// The approval given to [`Prepared::seal`] is for other texts than the export holds now.
    #[error(
        "the redacted texts changed since they were approved (or the approval is another export's): review them again; nothing was written"
    )]
    NotApproved,
}

/// Shorthand for bundle results.
pub type Result<T, E = BundleError> = std::result::Result<T, E>;

/// A file in the bundle, as listed in the manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Path inside the tar.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// Hex SHA-256 of the content.
    pub sha256: String,
}

/// A file of a bundle before it is encrypted, as the parts it was made of, in order: the header
/// row and each record's rows of a table, each record's line of `records.jsonl`; other files are
/// one part. A file of a hundred megabytes is never copied into one buffer: the leak scan, the
/// manifest's hashes and the tar read the parts in turn, and every part ends at a record's end.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileParts(pub Vec<Vec<u8>>);

impl FileParts {
    /// Size in bytes.
    pub fn len(&self) -> usize {
        self.0.iter().map(Vec::len).sum()
    }

    /// Whether the file is empty.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Vec::is_empty)
    }

    /// The parts, borrowed.
    pub fn slices(&self) -> Vec<&[u8]> {
        self.0.iter().map(Vec::as_slice).collect()
    }

    /// The file's bytes in one buffer.
    pub fn to_vec(&self) -> Vec<u8> {
        self.0.concat()
    }

    /// Hex SHA-256 of the file's bytes.
    pub fn sha256(&self) -> String {
        let mut h = Sha256::new();
        self.0.iter().for_each(|p| h.update(p));
        hex::encode(h.finalize())
    }
}

impl From<Vec<u8>> for FileParts {
    fn from(bytes: Vec<u8>) -> FileParts {
        FileParts(vec![bytes])
    }
}

/// Who exported the bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exporter {
    /// The minisign key id, as `minisign` prints it (16 hex digits).
    pub key_id: String,
    /// The minisign public key (base64 line of the `.pub` file).
    pub public_key: String,
}

/// The vault's audit chain when the bundle was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuditRef {
    /// The event the export appends to the vault's log once the bundle is sealed.
    pub event: String,
    /// Entries in the chain before that event.
    pub chain_seq: i64,
    /// Hash of the last entry before that event.
    pub chain_head: String,
}

/// Counts of what is in the bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Interviews exported.
    pub interviews: usize,
    /// Rows per CSV table.
    pub rows: BTreeMap<String, usize>,
}

/// `manifest.json`: what the bundle holds and how it was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "FieldVault bundle manifest", extend("$id" = "https://fieldvault.invalid/schemas/bundle-manifest.schema.json"))]
pub struct Manifest {
    /// Bundle format (`fieldvault-bundle-1`).
    pub format: String,
    /// The project (UUID v4 from the profile).
    pub project_id: String,
    /// Who signed it.
    pub exporter: Exporter,
    /// When it was made (UTC, RFC 3339).
    pub created_at: String,
    /// FieldVault version that made it.
    pub fieldvault_version: String,
    /// What is in it.
    pub counts: Counts,
    /// Every other file of the bundle with its SHA-256, sorted by path.
    pub files: Vec<FileEntry>,
    /// The de-identification policy applied, in full.
    pub policy: Policy,
    /// Hex SHA-256 of the policy's canonical JSON.
    pub policy_sha256: String,
    /// Interviews and quotes left out, and why.
    pub exclusions: Vec<Exclusion>,
    /// Spans redacted in free text, per rule.
    pub redactions: BTreeMap<String, usize>,
    /// Every pipeline step's counts, the k-anonymity report and the leak scan.
    pub report: Report,
    /// The vault's audit chain.
    pub audit: AuditRef,
}

/// The JSON Schema (2020-12) of `manifest.json`.
pub fn manifest_schema() -> Value {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<Manifest>();
    let mut v = serde_json::to_value(schema).expect("a generated schema is valid JSON");
    // The embedded policy keeps no `$id` of its own: with one, validators resolve the
    // `#/$defs/…` references inside it against the policy schema, where they do not exist.
    if let Some(policy) = v.pointer_mut("/$defs/Policy").and_then(Value::as_object_mut) {
        policy.remove("$id");
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Tables.

/// Where a CSV column's value comes from, relative to the row's object.
#[derive(Clone, Debug)]
struct Column {
    name: String,
    rel: Vec<String>,
    /// For a money field kept as an object: which member.
    member: Option<&'static str>,
    ty: &'static str,
    description: String,
}

#[derive(Clone, Debug)]
struct Table {
    name: String,
    /// Index columns of the enclosing lists, outermost first (this table's own last).
    keys: Vec<String>,
    columns: Vec<Column>,
    /// (child table index, path of its list relative to this table's row object).
    children: Vec<(usize, Vec<String>)>,
    parent: Option<usize>,
    description: String,
}

fn column_type(kind: FieldKind, list: bool, rule: Rule) -> &'static str {
    if list || rule == Rule::Pseudonymise {
        return "string";
    }
    match (kind, rule) {
        (FieldKind::Year, Rule::Generalise(Generalisation::BirthYearBand5 | Generalisation::BirthYearBand10)) => "string",
        (FieldKind::Year | FieldKind::Integer, _) => "integer",
        (FieldKind::Number, _) => "number",
        (FieldKind::Bool, _) => "boolean",
        _ => "string",
    }
}

fn layout_node(node: &Node, policy: &Policy, t: usize, rel: Vec<String>, tables: &mut Vec<Table>) {
    for (name, prop) in &node.props {
        let mut path = rel.clone();
        path.push(name.clone());
        match prop {
            Prop::Rule(i) => {
                let f = &fields::fields()[*i];
                let rule = policy.rule(&f.path).unwrap_or(Rule::Drop);
                if rule == Rule::Drop {
                    continue;
                }
                let col = path.join(".");
                if f.kind == FieldKind::Money && rule != Rule::Pseudonymise {
                    for (m, ty) in
                        [("amount", "number"), ("amount_max", "number"), ("currency", "string"), ("per", "string"), ("banded", "boolean")]
                    {
                        tables[t].columns.push(Column {
                            name: format!("{col}.{m}"),
                            rel: path.clone(),
                            member: Some(m),
                            ty,
                            description: format!("{} ({m})", f.description),
                        });
                    }
                } else {
                    let ty = column_type(f.kind, f.list, rule);
                    let mut description = f.description.clone();
                    if f.list {
                        description.push_str(" Several values are separated by ';'.");
                    }
                    tables[t].columns.push(Column { name: col, rel: path, member: None, ty, description });
                }
            }
            Prop::Recurse { list: false, node } => layout_node(node, policy, t, path, tables),
            Prop::Recurse { list: true, node } => {
                let name = if tables[t].parent.is_none() { path.join("_") } else { format!("{}_{}", tables[t].name, path.join("_")) };
                let mut keys = tables[t].keys.clone();
                keys.push(format!("{name}_index"));
                tables.push(Table {
                    name: name.clone(),
                    keys,
                    columns: Vec::new(),
                    children: Vec::new(),
                    parent: Some(t),
                    description: String::new(),
                });
                let c = tables.len() - 1;
                tables[t].children.push((c, path));
                layout_node(node, policy, c, Vec::new(), tables);
            }
        }
    }
}

fn layout(policy: &Policy) -> Vec<Table> {
    let mut tables = vec![Table {
        name: "interviews".into(),
        keys: Vec::new(),
        columns: Vec::new(),
        children: Vec::new(),
        parent: None,
        description: "One row per interview.".into(),
    }];
    layout_node(fields::root(), policy, 0, Vec::new(), &mut tables);
    for t in tables.iter_mut().skip(1) {
        t.description = format!("One row per entry of {} in an interview.", t.name);
    }
    tables
}

fn get<'a>(v: &'a Value, rel: &[String]) -> Option<&'a Value> {
    rel.iter().try_fold(v, |v, k| v.get(k))
}

fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a.iter().map(|x| cell(Some(x))).collect::<Vec<_>>().join(";"),
        Some(other) => other.to_string(),
    }
}

/// One record's rows of one table, as CSV.
struct Rows {
    csv: csv::Writer<Vec<u8>>,
    count: usize,
}

impl Rows {
    fn new() -> Rows {
        // A small buffer: a writer is made per table of each record, and the default 8 KiB,
        // zeroed each time, cost more than the rows it held.
        Rows { csv: csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).buffer_capacity(512).from_writer(Vec::new()), count: 0 }
    }

    fn into_bytes(self) -> Vec<u8> {
        self.csv.into_inner().expect("writing CSV to memory cannot fail")
    }
}

/// Writes the row of `row_obj` to table `t` and its children's rows; `keys` are the interview
/// id and the enclosing list positions. Cells are written as they are read: a string straight
/// from the record, other values through [`cell`].
fn fill_rows(tables: &[Table], t: usize, row_obj: &Value, keys: &mut Vec<String>, rows: &mut [Rows]) {
    let table = &tables[t];
    let w = &mut rows[t].csv;
    let fail = "writing CSV to memory cannot fail";
    for k in keys.iter() {
        w.write_field(k).expect(fail);
    }
    for c in &table.columns {
        let v = get(row_obj, &c.rel);
        let v = match c.member {
            Some(m) => v.and_then(|x| x.get(m)),
            None => v,
        };
        match v {
            Some(Value::String(s)) => w.write_field(s),
            v => w.write_field(cell(v)),
        }
        .expect(fail);
    }
    w.write_record(None::<&[u8]>).expect(fail);
    rows[t].count += 1;
    for (child, rel) in &table.children {
        if let Some(Value::Array(items)) = get(row_obj, rel) {
            for (i, item) in items.iter().enumerate() {
                keys.push(i.to_string());
                fill_rows(tables, *child, item, keys, rows);
                keys.pop();
            }
        }
    }
}

/// Rows as CSV (CRLF line ends, quoted only where needed): rows written one call at a time
/// join into exactly the bytes of writing them all at once.
fn csv_bytes(rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for r in rows {
        w.write_record(r).expect("writing CSV to memory cannot fail");
    }
    w.into_inner().expect("writing CSV to memory cannot fail")
}

fn header(t: &Table) -> Vec<String> {
    let mut h = vec!["interview_id".to_string()];
    h.extend(t.keys.iter().cloned());
    h.extend(t.columns.iter().map(|c| c.name.clone()));
    h
}

fn datapackage(tables: &[Table], project_id: &str, created_at: &str) -> Value {
    let resources: Vec<Value> = tables
        .iter()
        .map(|t| {
            let mut fields = vec![json!({"name": "interview_id", "type": "string", "description": "Pseudonymous interview id.", "constraints": {"required": true, "pattern": "p_[0-9a-f]{16}"}})];
            for k in &t.keys {
                fields.push(json!({"name": k, "type": "integer", "description": "Position in the list, from 0.", "constraints": {"required": true, "minimum": 0}}));
            }
            for c in &t.columns {
                fields.push(json!({"name": c.name, "type": c.ty, "description": c.description}));
            }
            let mut pk = vec!["interview_id".to_string()];
            pk.extend(t.keys.iter().cloned());
            let mut fks = Vec::new();
            if let Some(p) = t.parent {
                let parent = &tables[p];
                let mut fk_fields = vec!["interview_id".to_string()];
                fk_fields.extend(parent.keys.iter().cloned());
                fks.push(json!({"fields": fk_fields, "reference": {"resource": parent.name, "fields": fk_fields}}));
                if p != 0 {
                    fks.push(json!({"fields": ["interview_id"], "reference": {"resource": "interviews", "fields": ["interview_id"]}}));
                }
            }
            json!({
                "name": t.name,
                "path": format!("data/{}.csv", t.name),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": t.description,
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": true},
                "schema": {"fields": fields, "primaryKey": pk, "foreignKeys": fks, "missingValues": [""]},
            })
        })
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": "fieldvault-export",
        "title": "FieldVault de-identified interviews",
        "id": format!("urn:uuid:{project_id}"),
        "created": created_at,
        "licenses": [{"name": "other-closed", "title": "Confidential research data: use only under the project's ethics approval"}],
        "resources": resources,
    })
}

fn json_bytes(v: &Value) -> Vec<u8> {
    let mut b = serde_json::to_vec_pretty(&deid::canonical(v)).expect("JSON serialises");
    b.push(b'\n');
    b
}

fn sha256_hex(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

/// The files of a bundle before signing: data tables, package descriptor and records, in path
/// order, each as its records' parts ([`FileParts`]). The same records, policy and time always
/// give the same bytes.
pub fn data_files(deid: &Deidentified, policy: &Policy, project_id: &str, created_at: &str) -> (Vec<(String, FileParts)>, Counts) {
    let tables = layout(policy);
    // Each record's CSV rows (per table) and JSON line, records on every core, taken in order
    // as the files' parts (never joined: see `FileParts`).
    struct Part {
        csv: Vec<Vec<u8>>,
        rows: Vec<usize>,
        json: Vec<u8>,
    }
    let parts = crate::parallel::map(deid.records.iter().collect(), 32, |r: &Value| {
        let id = r.get("interview_id").and_then(Value::as_str).unwrap_or("").to_owned();
        let mut rows: Vec<Rows> = tables.iter().map(|_| Rows::new()).collect();
        fill_rows(&tables, 0, r, &mut vec![id], &mut rows);
        let mut json = serde_json::to_vec(r).expect("JSON serialises");
        json.push(b'\n');
        Part { rows: rows.iter().map(|t| t.count).collect(), csv: rows.into_iter().map(Rows::into_bytes).collect(), json }
    });
    let mut counts = Counts { interviews: deid.records.len(), rows: BTreeMap::new() };
    let mut csvs: Vec<FileParts> = tables.iter().map(|t| FileParts::from(csv_bytes(&[header(t)]))).collect();
    let mut rows = vec![0; tables.len()];
    let mut jsonl = FileParts(Vec::with_capacity(parts.len()));
    for p in parts {
        for (t, (csv, n)) in p.csv.into_iter().zip(p.rows).enumerate() {
            rows[t] += n;
            if !csv.is_empty() {
                csvs[t].0.push(csv);
            }
        }
        jsonl.0.push(p.json);
    }
    counts.rows.extend(tables.iter().map(|t| t.name.clone()).zip(rows));
    let mut files: Vec<(String, FileParts)> = tables.iter().map(|t| format!("data/{}.csv", t.name)).zip(csvs).collect();
    files.push(("datapackage.json".into(), json_bytes(&datapackage(&tables, project_id, created_at)).into()));
    files.push(("records.jsonl".into(), jsonl));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    (files, counts)
}

/// Step 7 over a bundle's files as they are made ([`data_files`]), part by part
/// ([`Deidentified::leak_scan_parts`]).
pub fn leak_scan(deid: &mut Deidentified, files: &[(String, FileParts)]) -> std::result::Result<deid::LeakScanReport, deid::DeidError> {
    let parts: Vec<(String, Vec<&[u8]>)> = files.iter().map(|(p, f)| (p.clone(), f.slices())).collect();
    deid.leak_scan_parts(&parts)
}

/// Writes files into a deterministic tar: given order, mtime 0, uid/gid 0, mode 0644, no
/// owner names, regular files only. The bytes of [`tar_pieces`], joined.
pub fn tar_bytes(files: &[(String, FileParts)]) -> Vec<u8> {
    tar_pieces(files).concat()
}

/// The header of a bundle's file of `len` bytes, before its path is set.
fn tar_header(len: usize) -> tar::Header {
    let mut h = tar::Header::new_ustar();
    h.set_entry_type(tar::EntryType::Regular);
    h.set_size(len as u64);
    h.set_mode(0o644);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(0);
    h
}

/// Zero bytes for a tar's padding and its end (two zero blocks).
static TAR_ZEROS: [u8; 1024] = [0; 1024];

/// The tar of [`tar_bytes`] as pieces in order, the files' bytes borrowed: each file's header
/// (made by the `tar` crate), its bytes, zeros up to the next 512-byte block; then the two
/// zero blocks that end a tar. Encrypting the pieces ([`encrypt_to`]) never copies the files
/// into a tar the size of the bundle.
pub fn tar_pieces(files: &[(String, FileParts)]) -> Vec<Cow<'_, [u8]>> {
    let mut pieces = Vec::with_capacity(files.iter().map(|(_, f)| f.0.len() + 2).sum::<usize>() + 1);
    for (path, data) in files {
        let len = data.len();
        let mut h = tar_header(len);
        // The header alone (with any extension header a long path needs): an entry appended
        // with no data is written without padding, and the end blocks are not yet written.
        let mut b = tar::Builder::new(Vec::new());
        b.mode(tar::HeaderMode::Deterministic);
        b.append_data(&mut h, path, std::io::empty()).expect("writing a tar header to memory cannot fail");
        pieces.push(Cow::Owned(std::mem::take(b.get_mut())));
        pieces.extend(data.0.iter().map(|p| Cow::Borrowed(p.as_slice())));
        let pad = (512 - len % 512) % 512;
        pieces.push(Cow::Borrowed(&TAR_ZEROS[..pad]));
    }
    pieces.push(Cow::Borrowed(&TAR_ZEROS[..]));
    pieces
}

/// The minisign key id of a public key, as `minisign` prints it.
pub fn key_id(pk: &minisign::PublicKey) -> String {
    let mut k = [0u8; 8];
    k.copy_from_slice(&pk.keynum()[..8]);
    format!("{:016X}", u64::from_le_bytes(k))
}

/// Encrypts a tar to the profile's researchers and reviewers.
pub fn encrypt(profile: &Profile, tar: &[u8]) -> Result<Vec<u8>> {
    let recipients = recipients(profile)?;
    let dyns: Vec<&dyn age::Recipient> = recipients.iter().map(|r| r as &dyn age::Recipient).collect();
    Ok(keys::encrypt(&dyns, tar))
}

/// [`encrypt`], writing the age file to `out` as it is encrypted instead of returning it
/// ([`keys::encrypt_to`]: no output buffer the size of the bundle), of the concatenation of
/// `tar`'s pieces. `path` names `out` in a write error.
pub fn encrypt_to<W: Write + Send>(profile: &Profile, tar: &[&[u8]], out: W, path: &Path) -> Result<W> {
    let recipients = recipients(profile)?;
    let dyns: Vec<&dyn age::Recipient> = recipients.iter().map(|r| r as &dyn age::Recipient).collect();
    keys::encrypt_to(&dyns, tar, out).map_err(|source| BundleError::Output { path: path.to_owned(), source })
}

/// The profile's researchers and reviewers as age recipients (at least one).
fn recipients(profile: &Profile) -> Result<Vec<age::x25519::Recipient>> {
    let mut recipients = Vec::new();
    for m in profile.researchers.iter().chain(&profile.reviewers) {
        recipients.push(keys::parse_recipient(&m.age_recipient).map_err(VaultError::from)?);
    }
    if recipients.is_empty() {
        return Err(BundleError::NoProfile);
    }
    Ok(recipients)
}

// ---------------------------------------------------------------------------------------------
// Reading.

/// A bundle whose signature and hashes have been checked.
#[derive(Debug)]
pub struct Bundle {
    /// The parsed manifest.
    pub manifest: Manifest,
    /// Every file, by path (manifest and signature included).
    pub files: BTreeMap<String, Vec<u8>>,
    /// The signer's key id.
    pub signer_key_id: String,
}

impl Bundle {
    /// The de-identified records (`records.jsonl`), parsed.
    pub fn records(&self) -> Result<Vec<Value>> {
        let data = self.files.get("records.jsonl").ok_or_else(|| BundleError::Tampered("records.jsonl is missing".into()))?;
        std::str::from_utf8(data)
            .map_err(|_| BundleError::Tampered("records.jsonl is not UTF-8".into()))?
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_str(l).map_err(|e| BundleError::Tampered(format!("records.jsonl: {e}"))))
            .collect()
    }
}

/// Options of [`open_with`].
#[derive(Clone, Debug, Default)]
pub struct OpenOptions {
    /// Minisign public keys (base64 lines or `.pub` files) the signer must be one of; empty
    /// accepts any signer whose signature verifies (integrity only, not authenticity).
    pub trusted_signers: Vec<String>,
}

/// Opens and verifies a bundle with an age identity, accepting any valid signer.
pub fn open(path: &Path, identity: &dyn age::Identity) -> Result<Bundle> {
    open_with(path, identity, &OpenOptions::default())
}

/// Opens and verifies a bundle: size limit, decryption, safe tar entries, signature (and signer
/// roster), then every file's size and SHA-256 against the manifest.
pub fn open_with(path: &Path, identity: &dyn age::Identity, options: &OpenOptions) -> Result<Bundle> {
    let read_err = |source| BundleError::Read { path: path.to_owned(), source };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if meta.len() > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge { size: meta.len(), limit: MAX_BUNDLE_BYTES });
    }
    let bytes = std::fs::read(path).map_err(read_err)?;
    open_bytes(&bytes, identity, options)
}

fn decrypt(bytes: &[u8], identity: &dyn age::Identity) -> Result<Zeroizing<Vec<u8>>> {
    let dec = match age::Decryptor::new_buffered(bytes) {
        Ok(d) => d,
        Err(age::DecryptError::Io(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            return Err(BundleError::Truncated("the age header is incomplete".into()))
        }
        Err(e) => return Err(BundleError::NotABundle(e.to_string())),
    };
    let mut r = dec.decrypt(std::iter::once(identity)).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys => BundleError::WrongKey,
        age::DecryptError::InvalidMac | age::DecryptError::DecryptionFailed => BundleError::Tampered(format!("age: {e}")),
        other => BundleError::NotABundle(other.to_string()),
    })?;
    let mut out = Zeroizing::new(Vec::new());
    let mut limited = (&mut r).take(MAX_BUNDLE_BYTES + 1);
    limited.read_to_end(&mut out).map_err(|e| match e.kind() {
        std::io::ErrorKind::UnexpectedEof => BundleError::Truncated(e.to_string()),
        _ if cut_inside_last_chunk(bytes) => BundleError::Truncated("its last encrypted block is cut short".into()),
        _ => BundleError::Tampered(format!("the encrypted payload does not authenticate: {e}")),
    })?;
    if out.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge { size: out.len() as u64, limit: MAX_BUNDLE_BYTES });
    }
    Ok(out)
}

/// Whether an age file whose payload fails to authenticate was cut inside its last chunk.
///
/// age encrypts in chunks of 64 KiB (+16 bytes of tag) and the bundle's plaintext is a tar, a
/// whole number of 512-byte blocks, so the last chunk of an intact bundle always holds a
/// multiple of 512 bytes. A last chunk of any other length was cut short; one of the right
/// length that fails was altered (or, one time in 512, cut on a block boundary).
fn cut_inside_last_chunk(file: &[u8]) -> bool {
    const CHUNK: usize = 64 * 1024 + 16;
    // The header ends with the line `--- <mac>`; the payload nonce (16 bytes) follows it.
    let Some(mac_line) = file.windows(5).position(|w| w == b"\n--- ") else { return false };
    let Some(end) = file[mac_line + 1..].iter().position(|&b| b == b'\n') else { return false };
    let payload = file.len().saturating_sub(mac_line + 1 + end + 1 + 16);
    let last = match payload % CHUNK {
        0 if payload > 0 => CHUNK,
        n => n,
    };
    last < 16 || (last - 16) % 512 != 0
}

fn safe_path(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= 200
        && p.split('/').count() <= 2
        && p.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
        })
}

fn untar(tar_bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut files = BTreeMap::new();
    let mut archive = tar::Archive::new(tar_bytes);
    let entries = archive.entries().map_err(|e| BundleError::Tampered(format!("tar: {e}")))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| BundleError::Tampered(format!("tar: {e}")))?;
        let path = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(BundleError::Unsafe {
                path,
                why: format!("a {:?} entry; bundles hold regular files only", entry.header().entry_type()),
            });
        }
        if !safe_path(&path) {
            return Err(BundleError::Unsafe { path, why: "an absolute, hidden or parent-directory path".into() });
        }
        if files.len() >= MAX_FILES {
            return Err(BundleError::Unsafe { path, why: format!("more than {MAX_FILES} files") });
        }
        let size = entry.size();
        if size > tar_bytes.len() as u64 {
            return Err(BundleError::Truncated(format!("entry {path} claims {size} bytes")));
        }
        let mut data = Vec::with_capacity(size as usize);
        entry.read_to_end(&mut data).map_err(|e| BundleError::Truncated(format!("tar entry {path}: {e}")))?;
        if files.insert(path.clone(), data).is_some() {
            return Err(BundleError::Unsafe { path, why: "the name appears twice".into() });
        }
    }
    Ok(files)
}

/// [`open_with`] on bytes already in memory.
pub fn open_bytes(bytes: &[u8], identity: &dyn age::Identity, options: &OpenOptions) -> Result<Bundle> {
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge { size: bytes.len() as u64, limit: MAX_BUNDLE_BYTES });
    }
    let tar = decrypt(bytes, identity)?;
    let files = untar(&tar)?;
    let manifest_bytes = files.get(MANIFEST).ok_or_else(|| BundleError::Tampered("manifest.json is missing".into()))?;
    let sig_text = files.get(SIGNATURE).ok_or_else(|| BundleError::Tampered("manifest.json.minisig is missing".into()))?;
    let manifest: Manifest =
        serde_json::from_slice(manifest_bytes).map_err(|e| BundleError::Tampered(format!("manifest.json is not a manifest: {e}")))?;
    if manifest.format != BUNDLE_FORMAT {
        return Err(BundleError::Format(manifest.format));
    }
    // Signature first: nothing in the manifest is believed before it verifies.
    let pk =
        minisign::PublicKey::from_base64(&manifest.exporter.public_key).map_err(|e| BundleError::Tampered(format!("signer key: {e}")))?;
    let signer = key_id(&pk);
    if !options.trusted_signers.is_empty() {
        let trusted: BTreeSet<String> =
            options.trusted_signers.iter().filter_map(|s| keys::parse_minisign_public(s).ok()).map(|k| key_id(&k)).collect();
        if !trusted.contains(&signer) {
            return Err(BundleError::UntrustedSigner { key_id: signer });
        }
    }
    let sig_text = std::str::from_utf8(sig_text).map_err(|_| BundleError::Tampered("the signature is not text".into()))?;
    let sig = minisign::SignatureBox::from_string(sig_text).map_err(|e| BundleError::Tampered(format!("signature: {e}")))?;
    minisign::verify(&pk, &sig, std::io::Cursor::new(manifest_bytes), true, false, false)
        .map_err(|e| BundleError::Tampered(format!("the manifest's signature does not verify: {e}")))?;
    // Then every file against the signed manifest.
    let mut expected: BTreeSet<&str> = [MANIFEST, SIGNATURE].into_iter().collect();
    for f in &manifest.files {
        let data = files.get(&f.path).ok_or_else(|| BundleError::Tampered(format!("{} is listed but missing", f.path)))?;
        if data.len() as u64 != f.size || sha256_hex(data) != f.sha256 {
            return Err(BundleError::Tampered(format!("{} does not match its SHA-256 in the manifest", f.path)));
        }
        expected.insert(&f.path);
    }
    if let Some(extra) = files.keys().find(|k| !expected.contains(k.as_str())) {
        return Err(BundleError::Tampered(format!("{extra} is not listed in the manifest")));
    }
    Ok(Bundle { manifest, files, signer_key_id: signer })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tar crate's own archive of `files`, as `tar_bytes` made it before it was built
    /// from pieces.
    fn tar_by_the_crate(files: &[(String, Vec<u8>)]) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        b.mode(tar::HeaderMode::Deterministic);
        for (path, data) in files {
            let mut h = tar_header(data.len());
            b.append_data(&mut h, path, data.as_slice()).unwrap();
        }
        b.into_inner().unwrap()
    }

    #[test]
    fn tar_pieces_join_into_the_tar_crates_archive() {
        let long = format!("data/{}.csv", "x".repeat(120));
        let files: Vec<(String, Vec<u8>)> = [0usize, 1, 511, 512, 513, 1024, 70_000]
            .iter()
            .enumerate()
            .map(|(i, &n)| (format!("data/t{i}.csv"), (0..n).map(|j| (j % 251) as u8).collect()))
            .chain([(long, b"a long path".to_vec())])
            .collect();
        let whole: Vec<(String, FileParts)> = files.iter().map(|(p, b)| (p.clone(), b.clone().into())).collect();
        assert_eq!(tar_bytes(&whole), tar_by_the_crate(&files));
        assert_eq!(tar_bytes(&[]), tar_by_the_crate(&[]));
        assert_eq!(untar(&tar_bytes(&whole)).unwrap()["data/t6.csv"], files[6].1);
        // A file in parts (empty ones too, cut anywhere) makes the same tar as the file whole.
        let cut: Vec<(String, FileParts)> = files
            .iter()
            .map(|(p, b)| {
                let mut parts = vec![Vec::new()];
                let (mut at, mut i) = (0, 0);
                while at < b.len() {
                    let end = (at + [7usize, 0, 500, 1, 4000][i % 5] + i % 3).min(b.len());
                    parts.push(b[at..end].to_vec());
                    (at, i) = (end, i + 1);
                }
                (p.clone(), FileParts(parts))
            })
            .collect();
        assert!(cut[6].1 .0.len() > 10);
        assert_eq!(cut.iter().map(|(_, f)| f.to_vec()).collect::<Vec<_>>(), files.iter().map(|(_, b)| b.clone()).collect::<Vec<_>>());
        assert_eq!(tar_bytes(&cut), tar_by_the_crate(&files));
    }

    #[test]
    fn tar_is_deterministic_and_plain() {
        let files = vec![("a.txt".to_string(), b"hello".to_vec().into()), ("data/b.csv".to_string(), b"x,y\r\n".to_vec().into())];
        let t1 = tar_bytes(&files);
        assert_eq!(t1, tar_bytes(&files));
        let back = untar(&t1).unwrap();
        assert_eq!(back["data/b.csv"], b"x,y\r\n");
    }

    #[test]
    fn fail_unsafe_paths() {
        for p in ["../etc/passwd", "/abs", ".hidden", "a/../b", "a/b/c", "", "data/.x"] {
            assert!(!safe_path(p), "{p}");
        }
        for p in ["manifest.json", "data/interviews.csv", "records.jsonl"] {
            assert!(safe_path(p), "{p}");
        }
    }
}
