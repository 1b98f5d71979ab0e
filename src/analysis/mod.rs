//! The analysis export: a research data set of the current de-identified interviews, in the
//! forms researchers load — CSV with a Frictionless data package, Stata `.dta`, a codebook —
//! with the list of withdrawn and removed interviews and the provenance of conflict resolutions.
//!
//! - [`Dataset`]: what is exported (records in the bundle's de-identified form, removals,
//!   resolutions). The research workspace makes one; [`Dataset::from_bundles`] makes one from
//!   verified bundles directly.
//! - [`export`]: writes the folder atomically ([`Summary`], [`AnalysisError`]).
//! - [`labels`]: labels and code lists in English and Vietnamese; [`rates`]: the shipped table
//!   of yearly exchange rates; [`dta`]: the `.dta` writer; `parquet`: the Parquet files.
//!
//! The tables are [`crate::bundle::tables`]'s (one layout for bundles and analysis). This
//! module decides nothing about de-identification: it writes what the records hold, and keeps
//! small counts out of the codebook (shown as "< k").

pub mod charts;
pub mod dta;
pub mod labels;
pub mod rates;

mod codebook;
mod package;
mod parquet;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::bundle::{self, tables};
use crate::deid::fields::FieldKind;
use crate::deid::{ExclusionReason, Policy};
use labels::Meaning;

/// Why an interview is not in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// The participant withdrew consent.
    Withdrawn,
    /// The interview was deleted (a tombstone).
    Removed,
    /// Left out by the fieldworker's export to reach k-anonymity.
    SuppressedKAnonymity,
}

/// An interview (or, when the sender could not name them, several) left out, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// Pseudonymous interview id, when known.
    pub interview_id: Option<String>,
    /// Why.
    pub reason: RemovalReason,
    /// How many interviews (1 when the id is known).
    pub count: usize,
    /// When it was recorded (RFC 3339).
    pub recorded_at: String,
    /// Where it came from: the bundle and its signer, or the workspace event.
    pub source: String,
}

/// How a conflict between two diverging revisions of an interview was resolved, and by whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    /// The conflict's id in the workspace.
    pub conflict_id: String,
    /// Pseudonymous interview id.
    pub interview_id: String,
    /// One revision (`A`): its id or content hash.
    pub revision_a: String,
    /// The other revision (`B`).
    pub revision_b: String,
    /// What was chosen: `A`, `B` or `merged`.
    pub choice: String,
    /// The revision the resolution recorded.
    pub result_revision: String,
    /// Who chose.
    pub resolved_by: String,
    /// When (RFC 3339).
    pub resolved_at: String,
    /// The fields where the chosen revision differs from the one not chosen (`;`-separated
    /// paths), when known.
    pub fields: String,
}

/// What an analysis export writes: the current de-identified records (one JSON object per
/// interview, as a bundle's `records.jsonl` holds them), the policy that shaped them, and what
/// is not in them.
#[derive(Clone, Debug)]
pub struct Dataset {
    /// The project (UUID from the profile).
    pub project_id: String,
    /// The de-identification policy of the records: it decides the columns, and its `k` the
    /// codebook's smallest shown count.
    pub policy: Policy,
    /// The current records, valid against `schemas/deid-record.schema.json`.
    pub records: Vec<Value>,
    /// Withdrawn and removed interviews. An interview listed here with its id is left out of the
    /// data even when `records` still holds it.
    pub removals: Vec<Removal>,
    /// Conflict resolutions and their provenance.
    pub resolutions: Vec<Resolution>,
}

/// Choices of an export.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The export's time (default: now); fixed in tests for byte-stable output.
    pub now: Option<chrono::DateTime<chrono::Utc>>,
    /// Smallest count the codebook shows (default: the policy's k).
    pub k: Option<usize>,
}

/// What an export wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The folder written.
    pub out_dir: PathBuf,
    /// Interviews in the data.
    pub interviews: usize,
    /// Rows per table.
    pub rows: BTreeMap<String, usize>,
    /// Interviews left out because they are withdrawn or removed.
    pub left_out: usize,
    /// Rows of `withdrawn.csv`.
    pub removals: usize,
    /// Rows of `resolutions.csv`.
    pub resolutions: usize,
    /// Amounts with no USD value: [`rates::NO_RATE`] (a currency or year the rate table lacks,
    /// such as every VND and TWD amount).
    pub amounts_without_usd: usize,
    /// Every file written, relative to the folder, sorted.
    pub files: Vec<String>,
}

/// Why an analysis export failed. Nothing is left behind: the folder is written whole or not
/// at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AnalysisError {
    /// The output folder exists and holds files.
    #[error("{} exists and is not empty: choose a new folder (the export writes a whole folder, and never mixes with old files)", .0.display())]
    OutputNotEmpty(PathBuf),
    /// The output folder's parent does not exist.
    #[error("the folder {} does not exist: create it, or choose an output folder in an existing one", .0.display())]
    NoParent(PathBuf),
    /// Writing failed (the temporary folder is removed).
    #[error("writing {}: {source}; nothing was exported (check the disk's free space and permissions)", .path.display())]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A bundle could not be read.
    #[error("{path}: {source}")]
    Bundle {
        /// The bundle file.
        path: String,
        /// Why it was refused.
        source: bundle::ReadError,
    },
    /// Bundles of different projects.
    #[error("{path} belongs to project {found}, the others to {expected}: export one project's bundles at a time")]
    OtherProject {
        /// The bundle file.
        path: String,
        /// Its project.
        found: String,
        /// The first bundle's project.
        expected: String,
    },
    /// Bundles made under different de-identification policies, whose tables would differ.
    #[error("{path} was made under another de-identification policy than the first bundle (SHA-256 {found} against {expected}): ask the fieldworkers to export again with the project's current profile, or export each policy's bundles apart")]
    PoliciesDiffer {
        /// The bundle file.
        path: String,
        /// Its policy's hash.
        found: String,
        /// The first bundle's policy hash.
        expected: String,
    },
    /// No bundle was given.
    #[error("no bundle to export: name at least one `.fvb` file")]
    NoBundles,
}

impl Dataset {
    /// A dataset from verified bundles of one project (each given with its file name, for
    /// messages and provenance). The interim path for researchers without a workspace: a newer
    /// bundle's record of an interview replaces an older one's, withdrawals and suppressions in
    /// the manifests become [`Removal`]s (a withdrawal removes the interview whatever bundle
    /// holds it), and there are no resolutions.
    pub fn from_bundles(bundles: &[(String, bundle::Bundle)]) -> Result<Dataset, AnalysisError> {
        let (_, first) = bundles.first().ok_or(AnalysisError::NoBundles)?;
        let mut order: Vec<&(String, bundle::Bundle)> = bundles.iter().collect();
        order.sort_by(|a, b| a.1.manifest.created_at.cmp(&b.1.manifest.created_at));
        let mut records: BTreeMap<String, Value> = BTreeMap::new();
        let mut removals = Vec::new();
        for (name, b) in order {
            let m = &b.manifest;
            if m.project_id != first.manifest.project_id {
                return Err(AnalysisError::OtherProject {
                    path: name.clone(),
                    found: m.project_id.clone(),
                    expected: first.manifest.project_id.clone(),
                });
            }
            if m.policy_sha256 != first.manifest.policy_sha256 {
                return Err(AnalysisError::PoliciesDiffer {
                    path: name.clone(),
                    found: m.policy_sha256.clone(),
                    expected: first.manifest.policy_sha256.clone(),
                });
            }
            for r in b.records().map_err(|source| AnalysisError::Bundle { path: name.clone(), source })? {
                let id = r.get("interview_id").and_then(Value::as_str).unwrap_or_default().to_owned();
                records.insert(id, r);
            }
            for e in &m.exclusions {
                let reason = match (&e.reason, &e.interview_id) {
                    (ExclusionReason::Withdrawn, Some(_)) => RemovalReason::Withdrawn,
                    (ExclusionReason::Withdrawn, None) => RemovalReason::Removed,
                    (ExclusionReason::KAnonymity, _) => RemovalReason::SuppressedKAnonymity,
                    _ => continue,
                };
                removals.push(Removal {
                    interview_id: e.interview_id.clone(),
                    reason,
                    count: e.count,
                    recorded_at: m.created_at.clone(),
                    source: format!("{name} (signed by {}, key {})", b.signer, b.signer_key_id),
                });
            }
        }
        Ok(Dataset {
            project_id: first.manifest.project_id.clone(),
            policy: first.manifest.policy.clone(),
            records: records.into_values().collect(),
            removals,
            resolutions: Vec::new(),
        })
    }
}

/// How a variable's values are typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VarKind {
    /// `interview_id` and the list positions.
    Key,
    /// A code of a code list.
    Code,
    /// Several codes, `;`-separated.
    CodeList,
    /// Free text, or a string with no code list (pseudonyms, dates, bands, currencies).
    Text,
    /// A whole number.
    Integer,
    /// A decimal number.
    Number,
    /// `true` or `false`.
    Bool,
}

/// Where a variable's cells come from.
#[derive(Clone, Copy, Debug)]
enum Source {
    /// A cell of the table's rows.
    Cell(usize),
    /// A coded cell of an open code list, with answers outside the list as [`OTHER`].
    Coded(usize),
    /// The texts of the answers outside the list in a coded cell (`;`-separated).
    OtherText(usize),
    /// An amount (cell) in a currency (cell), in US dollars.
    Usd { amount: usize, currency: usize },
}

/// The code an answer outside an open code list gets; its text goes to the `_other` column.
pub const OTHER: &str = "other";

fn coded(cell: &str, list: bool) -> String {
    if !list {
        return if cell.starts_with(crate::schema::OTHER_PREFIX) { OTHER.to_owned() } else { cell.to_owned() };
    }
    cell.split(';').map(|c| if c.starts_with(crate::schema::OTHER_PREFIX) { OTHER } else { c }).collect::<Vec<_>>().join(";")
}

fn other_text(cell: &str, list: bool) -> String {
    let items: Vec<&str> = if list { cell.split(';').collect() } else { vec![cell] };
    items.iter().filter_map(|c| c.strip_prefix(crate::schema::OTHER_PREFIX)).map(str::trim).collect::<Vec<_>>().join(";")
}

/// One variable of an exported table.
#[derive(Clone, Debug)]
struct Var {
    /// The CSV header.
    name: String,
    /// The Stata name.
    stata: String,
    kind: VarKind,
    /// The interview schema's rule point, for value columns.
    field: Option<String>,
    meaning: Meaning,
    source: Source,
}

/// One exported table: its variables and its rows of cells (as text, `""` missing).
#[derive(Clone, Debug)]
struct Table {
    name: String,
    description: String,
    parent: Option<String>,
    /// Key columns of the parent (`interview_id`, its list positions).
    parent_keys: Vec<String>,
    /// This table's key columns.
    keys: Vec<String>,
    vars: Vec<Var>,
    rows: Vec<Vec<String>>,
}

fn key_meaning(name: &str) -> Meaning {
    if name == "interview_id" {
        Meaning {
            en: "Interview (pseudonymous id)".into(),
            vi: "Cuộc phỏng vấn (mã ẩn danh)".into(),
            help: "Keyed-hash pseudonym of the interview; joins the tables.".into(),
            codes: None,
        }
    } else {
        Meaning {
            en: format!("Position in the list ({name}), from 0"),
            vi: format!("Vị trí trong danh sách ({name}), từ 0"),
            help: "With interview_id and the enclosing positions, identifies the row; joins to child tables.".into(),
            codes: None,
        }
    }
}

/// A Stata name for `name`, unique among `taken`: `.` and other signs as `_`, long names
/// shortened (leading parts to three letters, then cut with a number).
fn stata_name(name: &str, taken: &mut BTreeSet<String>) -> String {
    let clean: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    let mut base = if clean.starts_with(|c: char| c.is_ascii_digit()) { format!("_{clean}") } else { clean };
    if base.len() > 32 {
        let parts: Vec<&str> = name.split('.').collect();
        let last = parts.last().copied().unwrap_or("");
        let mut short: Vec<String> =
            parts[..parts.len() - 1].iter().map(|p| p.chars().filter(|c| c.is_ascii_alphanumeric()).take(3).collect()).collect();
        short.push(last.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect());
        base = short.join("_");
    }
    if base.len() > 32 {
        base.truncate(32);
    }
    let mut candidate = base.clone();
    let mut n = 1;
    while taken.contains(&candidate) || !dta::valid_name(&candidate) {
        let suffix = format!("_{n}");
        let keep = base.len().min(32 - suffix.len());
        candidate = format!("{}{suffix}", &base[..keep]);
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

/// The year an amount of a row is converted at: the enclosing migration episode's start,
/// else the interview's date.
fn rate_year(record: &Value, episode: Option<usize>) -> Option<i32> {
    let year = |v: Option<&Value>| v.and_then(Value::as_str).and_then(|s| s.get(..4)).and_then(|y| y.parse::<i32>().ok());
    episode
        .and_then(|i| year(record.get("migration_episodes")?.get(i)?.get("start")))
        .or_else(|| year(record.get("interview").and_then(|i| i.get("date"))))
}

fn build(dataset: &Dataset) -> (Vec<Table>, usize, usize) {
    let layout = tables::layout(&dataset.policy);
    let removed: BTreeSet<&str> = dataset.removals.iter().filter_map(|r| r.interview_id.as_deref()).collect();
    let mut out: Vec<Table> = Vec::new();
    for t in &layout {
        let mut taken = BTreeSet::new();
        let header = tables::header(t);
        let mut vars = Vec::new();
        let n_keys = 1 + t.keys.len();
        for (i, k) in header.iter().take(n_keys).enumerate() {
            vars.push(Var {
                name: k.clone(),
                stata: stata_name(k, &mut taken),
                kind: VarKind::Key,
                field: None,
                meaning: key_meaning(k),
                source: Source::Cell(i),
            });
        }
        for (j, c) in t.columns.iter().enumerate() {
            let idx = n_keys + j;
            let meaning = labels::meaning(c.field, c.member);
            let kind = match (c.ty, &meaning.codes, c.field.list && c.member.is_none()) {
                (_, Some(_), true) => VarKind::CodeList,
                (_, Some(_), false) => VarKind::Code,
                ("integer", _, _) => VarKind::Integer,
                ("number", _, _) => VarKind::Number,
                ("boolean", _, _) => VarKind::Bool,
                _ => VarKind::Text,
            };
            let kind = if c.field.kind == FieldKind::Code && meaning.codes.is_none() { VarKind::Text } else { kind };
            let open = meaning.codes.as_ref().is_some_and(|l| l.open);
            let other = open.then(|| {
                let name = format!("{}_other", c.name);
                Var {
                    stata: stata_name(&name, &mut taken),
                    kind: VarKind::Text,
                    field: Some(c.field.path.clone()),
                    meaning: Meaning {
                        en: format!("{}: answer outside the list", meaning.en),
                        vi: format!("{}: câu trả lời khác", meaning.vi),
                        help: format!("The text of the answers coded '{OTHER}' in {}.", c.name),
                        codes: None,
                    },
                    name,
                    source: Source::OtherText(idx),
                }
            });
            vars.push(Var {
                name: c.name.clone(),
                stata: stata_name(&c.name, &mut taken),
                kind,
                field: Some(c.field.path.clone()),
                meaning,
                source: if open { Source::Coded(idx) } else { Source::Cell(idx) },
            });
            vars.extend(other);
            // After a money value's currency, its amounts in US dollars.
            if c.name == "currency" || c.name.ends_with(".currency") {
                let prefix = c.name.trim_end_matches("currency");
                let find = |m: &str| header.iter().position(|h| *h == format!("{prefix}{m}"));
                for m in ["amount", "amount_max"] {
                    if let Some(amount) = find(m) {
                        let name = format!("{prefix}{m}_usd");
                        let of = &t.columns[amount - n_keys];
                        vars.push(Var {
                            stata: stata_name(&name, &mut taken),
                            name,
                            kind: VarKind::Number,
                            field: Some(of.field.path.clone()),
                            meaning: Meaning {
                                help: format!(
                                    "In US dollars at the year's average rate (exchange_rates.csv). Empty when the amount is, or when there is {} (exchange_rates.csv lists the rates there are).",
                                    rates::NO_RATE
                                ),
                                ..labels::meaning(of.field, Some(&format!("{m}_usd")))
                            },
                            source: Source::Usd { amount, currency: idx },
                        });
                    }
                }
            }
        }
        let parent = t.parent.map(|p| &layout[p]);
        let mut parent_keys = vec!["interview_id".to_owned()];
        parent_keys.extend(parent.map(|p| p.keys.clone()).unwrap_or_default());
        let mut keys = vec!["interview_id".to_owned()];
        keys.extend(t.keys.iter().cloned());
        out.push(Table {
            name: t.name.clone(),
            description: t.description.clone(),
            parent: parent.map(|p| p.name.clone()),
            parent_keys,
            keys,
            vars,
            rows: Vec::new(),
        });
    }
    // Each record's rows on every core, then appended in record order.
    let episode_keys: Vec<Option<usize>> =
        layout.iter().map(|t| t.keys.iter().position(|k| k == "migration_episodes_index").map(|p| p + 1)).collect();
    let vars: Vec<&[Var]> = out.iter().map(|t| t.vars.as_slice()).collect();
    let per_record = crate::parallel::map(dataset.records.iter().collect(), 64, |record: &Value| {
        let id = record.get("interview_id").and_then(Value::as_str).unwrap_or_default();
        if removed.contains(id) {
            return None;
        }
        let mut without_usd = 0;
        let tables: Vec<Vec<Vec<String>>> = tables::record_rows(&layout, record)
            .into_iter()
            .enumerate()
            .map(|(t, rows)| {
                rows.into_iter()
                    .map(|mut cells| {
                        let episode = episode_keys[t].and_then(|p| cells[p].parse().ok());
                        // Derived values first (they read cells), then the cells moved, not copied.
                        let mut derived: Vec<String> = vars[t]
                            .iter()
                            .filter_map(|v| match v.source {
                                Source::Cell(_) => None,
                                Source::Coded(i) => Some(coded(&cells[i], v.kind == VarKind::CodeList)),
                                Source::OtherText(i) => Some(other_text(&cells[i], true)),
                                Source::Usd { amount, currency } => {
                                    let (a, c) = (&cells[amount], &cells[currency]);
                                    if a.is_empty() {
                                        return Some(String::new());
                                    }
                                    let usd =
                                        a.parse::<f64>().ok().zip(rate_year(record, episode)).and_then(|(a, y)| rates::to_usd(a, c, y));
                                    Some(match usd {
                                        Some(x) => format!("{x:.2}"),
                                        None => {
                                            without_usd += 1;
                                            String::new()
                                        }
                                    })
                                }
                            })
                            .collect();
                        derived.reverse();
                        vars[t]
                            .iter()
                            .map(|v| match v.source {
                                Source::Cell(i) => std::mem::take(&mut cells[i]),
                                _ => derived.pop().unwrap_or_default(),
                            })
                            .collect::<Vec<String>>()
                    })
                    .collect()
            })
            .collect();
        Some((tables, without_usd))
    });
    let (mut left_out, mut without_usd) = (0, 0);
    for r in per_record {
        match r {
            None => left_out += 1,
            Some((tables, n)) => {
                without_usd += n;
                for (t, rows) in tables.into_iter().enumerate() {
                    out[t].rows.extend(rows);
                }
            }
        }
    }
    (out, left_out, without_usd)
}

fn csv_bytes<I, R>(rows: I) -> Vec<u8>
where
    I: IntoIterator<Item = R>,
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
{
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.write_record(r).expect("writing CSV to memory cannot fail");
    }
    w.into_inner().expect("writing CSV to memory cannot fail")
}

fn removals_csv(removals: &[Removal]) -> Vec<u8> {
    let head = ["interview_id", "reason", "count", "recorded_at", "source"].map(String::from).to_vec();
    let rows = removals.iter().map(|r| {
        let reason = serde_json::to_value(r.reason).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        vec![r.interview_id.clone().unwrap_or_default(), reason, r.count.to_string(), r.recorded_at.clone(), r.source.clone()]
    });
    csv_bytes(std::iter::once(head).chain(rows))
}

fn resolutions_csv(resolutions: &[Resolution]) -> Vec<u8> {
    let head = package::RESOLUTION_COLUMNS.map(String::from).to_vec();
    let rows = resolutions.iter().map(|r| {
        vec![
            r.conflict_id.clone(),
            r.interview_id.clone(),
            r.revision_a.clone(),
            r.revision_b.clone(),
            r.choice.clone(),
            r.result_revision.clone(),
            r.resolved_by.clone(),
            r.resolved_at.clone(),
            r.fields.clone(),
        ]
    });
    csv_bytes(std::iter::once(head).chain(rows))
}

/// One value of a coded or yes/no variable: as the CSV holds it, as Stata does, and its labels.
#[derive(Clone, Debug)]
struct Coding {
    value: String,
    stata: i32,
    en: String,
    vi: String,
}

/// How `v`'s values are coded, the one place the Stata codes are decided: a code list's codes
/// from 1 in the list's order and [`OTHER`] as 0, yes as 1 and no as 0; empty for other variables.
fn coding(v: &Var) -> Vec<Coding> {
    let c = |value: &str, stata: i32, en: &str, vi: &str| Coding { value: value.into(), stata, en: en.into(), vi: vi.into() };
    match (&v.meaning.codes, v.kind) {
        (Some(list), _) => {
            let mut out: Vec<Coding> = list.codes.iter().zip(1..).map(|(code, i)| c(&code.value, i, &code.en, &code.vi)).collect();
            if list.open {
                out.push(c(OTHER, 0, &format!("other answer (text in {}_other)", v.name), "câu trả lời khác"));
            }
            out
        }
        (None, VarKind::Bool) => vec![c("true", 1, "yes", "có"), c("false", 0, "no", "không")],
        _ => Vec::new(),
    }
}

/// A table as Stata data: variables, rows, value labels. Coded variables become labelled
/// integers (codes numbered from 1 in the code list's order, [`OTHER`] as 0); lists of codes
/// stay text.
fn stata_file(w: &mut impl Write, table: &Table, label: &str, timestamp: &str) -> std::io::Result<()> {
    enum Conv {
        Text,
        Long,
        Double,
        Code(BTreeMap<String, i32>),
        /// A USD value, and the position of its amount: empty beside an amount is `.a`.
        Usd(usize),
    }
    let mut vars = Vec::new();
    let mut sets: BTreeMap<String, dta::LabelSet> = BTreeMap::new();
    let mut convs: Vec<Conv> = Vec::new();
    for (j, v) in table.vars.iter().enumerate() {
        let (kind, value_labels, conv) = match (v.kind, &v.meaning.codes) {
            (VarKind::Code, Some(list)) => {
                let set_name: String = list.name.to_lowercase().chars().take(32).collect();
                let codes = coding(v);
                sets.entry(set_name.clone()).or_insert_with(|| dta::LabelSet {
                    name: set_name.clone(),
                    entries: codes
                        .iter()
                        .map(|c| (c.stata, if c.value == OTHER { format!("{OTHER} (text in the _other variable)") } else { c.en.clone() }))
                        .collect(),
                });
                (dta::Kind::Long, Some(set_name), Conv::Code(codes.into_iter().map(|c| (c.value, c.stata)).collect()))
            }
            (VarKind::Bool, _) => {
                sets.entry("yesno".into()).or_insert_with(|| dta::LabelSet {
                    name: "yesno".into(),
                    entries: coding(v).into_iter().map(|c| (c.stata, c.en)).collect(),
                });
                (dta::Kind::Long, Some("yesno".to_owned()), Conv::Code(coding(v).into_iter().map(|c| (c.value, c.stata)).collect()))
            }
            (VarKind::Integer, _) | (VarKind::Key, _) if j > 0 => (dta::Kind::Long, None, Conv::Long),
            (VarKind::Number, _) => match v.source {
                // No rate beside a present amount: `.a`, labelled with the reason.
                Source::Usd { amount, .. } => {
                    let at = table.vars.iter().position(|a| matches!(a.source, Source::Cell(i) if i == amount));
                    sets.entry("no_rate".into()).or_insert_with(|| dta::LabelSet {
                        name: "no_rate".into(),
                        entries: vec![(dta::extended_missing('a'), format!("missing: {}", rates::NO_RATE))],
                    });
                    (dta::Kind::Double, Some("no_rate".to_owned()), at.map_or(Conv::Double, Conv::Usd))
                }
                _ => (dta::Kind::Double, None, Conv::Double),
            },
            _ => (dta::Kind::Str, None, Conv::Text),
        };
        vars.push(dta::Var { name: v.stata.clone(), label: v.meaning.en.clone(), kind, value_labels });
        convs.push(conv);
    }
    let rows: Vec<Vec<dta::Cell>> = table
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .zip(&convs)
                .map(|(s, conv)| match conv {
                    Conv::Text => dta::Cell::Str(s),
                    Conv::Long => s.parse().map(dta::Cell::Long).unwrap_or(dta::Cell::Missing),
                    Conv::Double => s.parse().map(dta::Cell::Double).unwrap_or(dta::Cell::Missing),
                    Conv::Usd(amount) => s.parse().map(dta::Cell::Double).unwrap_or(if r[*amount].is_empty() {
                        dta::Cell::Missing
                    } else {
                        dta::Cell::Extended('a')
                    }),
                    Conv::Code(codes) => codes.get(s.as_str()).map(|c| dta::Cell::Long(*c)).unwrap_or(dta::Cell::Missing),
                })
                .collect()
        })
        .collect();
    let sets: Vec<dta::LabelSet> = sets.into_values().collect();
    dta::write_to(w, label, timestamp, &vars, &rows, &sets)
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> AnalysisError {
    let path = path.to_path_buf();
    move |source| AnalysisError::Write { path, source }
}

/// Creates `dir/rel` (mode 0600, never an existing file), fills it with `fill` through a
/// buffer, and syncs it to disk.
fn write_file(
    dir: &Path,
    rel: &str,
    fill: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> Result<(), AnalysisError> {
    let p = dir.join(rel);
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    let f = o.open(&p).map_err(io_error(&p))?;
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, f);
    fill(&mut w).map_err(io_error(&p))?;
    let f = w.into_inner().map_err(|e| io_error(&p)(e.into_error()))?;
    f.sync_all().map_err(io_error(&p))
}

/// A table as CSV: the header, then its rows.
fn write_csv(w: &mut impl Write, t: &Table) -> std::io::Result<()> {
    let mut c = csv::Writer::from_writer(w);
    c.write_record(t.vars.iter().map(|v| v.name.as_str()))?;
    for r in &t.rows {
        c.write_record(r)?;
    }
    c.flush()
}

/// The files written for each table.
#[derive(Clone, Copy, Debug)]
enum Form {
    Csv,
    Stata,
    Parquet,
}

/// Writes the analysis export of `dataset` into the new folder `out_dir`: `data/*.csv` and
/// `datapackage.json`, `stata/*.dta`, `parquet/*.parquet`, `codebook.md` and `codebook.html`, `withdrawn.csv`,
/// `resolutions.csv` and `exchange_rates.csv`. The folder is made beside under a temporary
/// name and renamed into place when complete; an existing folder must be empty.
pub fn export(out_dir: &Path, dataset: &Dataset, options: &Options) -> Result<Summary, AnalysisError> {
    let parent = match out_dir.parent() {
        Some(p) if p.as_os_str().is_empty() => Path::new("."),
        Some(p) => p,
        None => return Err(AnalysisError::NoParent(out_dir.to_path_buf())),
    };
    if !parent.is_dir() {
        return Err(AnalysisError::NoParent(parent.to_path_buf()));
    }
    let existing_empty = match std::fs::read_dir(out_dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(AnalysisError::OutputNotEmpty(out_dir.to_path_buf()));
            }
            true
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(_) => return Err(AnalysisError::OutputNotEmpty(out_dir.to_path_buf())),
    };

    let now = options.now.unwrap_or_else(chrono::Utc::now);
    let created = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let k = options.k.unwrap_or(dataset.policy.k as usize).max(1);
    let (tables, left_out, amounts_without_usd) = build(dataset);

    let timestamp = now.format("%d %b %Y %H:%M").to_string();
    let name = out_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "analysis".into());
    let tmp = parent.join(format!(".{name}.tmp-{}", uuid::Uuid::new_v4().simple()));
    let mut files: Vec<String> = Vec::new();
    let written = (|| -> Result<(), AnalysisError> {
        // Confidential data: readable by its owner only (folders 0700, files 0600), as bundles are.
        for dir in [tmp.clone(), tmp.join("data"), tmp.join("stata"), tmp.join("parquet")] {
            let mut b = std::fs::DirBuilder::new();
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
            b.create(&dir).map_err(io_error(&dir))?;
        }
        // The large files stream from the rows to disk, each table's CSV, Stata and Parquet file
        // a task of its own on every core; the codebook's statistics likewise, a variable at a time.
        let jobs: Vec<(&Table, Form)> = tables.iter().flat_map(|t| [(t, Form::Csv), (t, Form::Stata), (t, Form::Parquet)]).collect();
        let done = crate::parallel::map(jobs, 1, |(t, form): (&Table, Form)| {
            let rel = match form {
                Form::Csv => format!("data/{}.csv", t.name),
                Form::Stata => format!("stata/{}.dta", t.name),
                Form::Parquet => format!("parquet/{}.parquet", t.name),
            };
            write_file(&tmp, &rel, |w| match form {
                Form::Csv => write_csv(w, t),
                Form::Stata => stata_file(w, t, &format!("FieldVault: {}", t.name), &timestamp),
                Form::Parquet => parquet::write_to(w, t),
            })?;
            Ok(rel)
        });
        for d in done {
            files.push(d?);
        }
        let vars: Vec<(&Table, usize)> = tables.iter().flat_map(|t| (0..t.vars.len()).map(move |j| (t, j))).collect();
        let mut stats: Vec<Vec<codebook::Stats>> = tables.iter().map(|_| Vec::new()).collect();
        let computed = crate::parallel::map(vars.clone(), 4, |(t, j): (&Table, usize)| codebook::stats(t, j));
        for ((t, _), st) in vars.into_iter().zip(computed) {
            let i = tables.iter().position(|x| std::ptr::eq(x, t)).expect("a table of the export");
            stats[i].push(st);
        }
        let interviews = tables.first().map(|t| t.rows.len()).unwrap_or(0);
        let book = codebook::Codebook {
            tables: &tables,
            stats: &stats,
            k,
            created: &created,
            interviews,
            removals: dataset.removals.len(),
            resolutions: dataset.resolutions.len(),
        };
        let small: Vec<(&str, Vec<u8>)> = vec![
            ("withdrawn.csv", removals_csv(&dataset.removals)),
            ("resolutions.csv", resolutions_csv(&dataset.resolutions)),
            ("exchange_rates.csv", rates::TABLE.as_bytes().to_vec()),
            ("datapackage.json", package::datapackage(&tables, &dataset.project_id, &created)),
            ("codebook.md", book.markdown().into_bytes()),
            ("codebook.html", book.html().into_bytes()),
        ];
        for (rel, bytes) in small {
            write_file(&tmp, rel, |w| w.write_all(&bytes))?;
            files.push(rel.to_owned());
        }
        if existing_empty {
            std::fs::remove_dir(out_dir).map_err(io_error(out_dir))?;
        }
        std::fs::rename(&tmp, out_dir).map_err(io_error(out_dir))?;
        if let Ok(d) = std::fs::File::open(parent) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    files.sort();
    let interviews = tables.first().map(|t| t.rows.len()).unwrap_or(0);
    let rows = tables.iter().map(|t| (t.name.clone(), t.rows.len())).collect();
    // Millions of small strings: freed on another thread, which the caller need not wait for.
    crate::parallel::drop_elsewhere(tables);
    Ok(Summary {
        out_dir: out_dir.to_path_buf(),
        interviews,
        rows,
        left_out,
        removals: dataset.removals.len(),
        resolutions: dataset.resolutions.len(),
        amounts_without_usd,
        files,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stata_names_are_valid_unique_and_short() {
        let mut taken = BTreeSet::new();
        assert_eq!(stata_name("participant.gender", &mut taken), "participant_gender");
        let long = stata_name("consent.scopes.share_deidentified", &mut taken);
        assert!(long.len() <= 32 && dta::valid_name(&long), "{long}");
        let again = stata_name("participant.gender", &mut taken);
        assert_ne!(again, "participant_gender");
        assert!(dta::valid_name(&again));
        assert!(dta::valid_name(&stata_name("0abc", &mut taken)));
    }
}
