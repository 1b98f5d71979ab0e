//! Validation of interview records, with errors that name the field path.
//!
//! Two passes: serde checks shape, types, codes and formats (first error, with its path); then
//! [`validate_interview`] checks everything serde cannot: numeric bounds declared in the schema,
//! actor references, ranges and date order, and the consent needed to store a record.

use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

use serde_json::Value;

use super::bounds::Bounds;
use super::interview::{Interview, INTERVIEW_SCHEMA_VERSION};
use super::types::{ActorId, Money, PartialDate};
use crate::hygiene::quote;

/// One problem with a record, at one field.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ValidationError {
    /// Where: `migration_episodes[1].fees[0].amount.currency`; empty for the whole record.
    pub path: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every problem found in a record (never empty).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "the record is not valid ({n} problem{})", if n == 1 { "" } else { "s" })?;
        for e in &self.0 {
            write!(f, "\n  - {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// The largest interview file read, in bytes.
pub const MAX_INTERVIEW_BYTES: usize = 4 << 20;

fn from_document(e: crate::input::DocumentError) -> ValidationErrors {
    ValidationErrors(vec![ValidationError { path: e.path, message: e.message }])
}

/// Parses and validates an interview record from JSON: one document, at most
/// [`MAX_INTERVIEW_BYTES`], strings in NFC and free of control characters (see [`crate::input`]).
pub fn parse_interview(json: &str) -> Result<Interview, ValidationErrors> {
    let interview: Interview = crate::input::read_document(json, MAX_INTERVIEW_BYTES).map_err(from_document)?;
    validate_interview(&interview)?;
    Ok(interview)
}

/// Parses and validates an interview record from a JSON value (as it arrives over IPC).
pub fn interview_from_value(mut value: Value) -> Result<Interview, ValidationErrors> {
    let interview: Interview = crate::input::from_value(&mut value).map_err(from_document)?;
    validate_interview(&interview)?;
    Ok(interview)
}

/// Checks what the types alone cannot. Returns every problem found.
pub fn validate_interview(record: &Interview) -> Result<(), ValidationErrors> {
    let mut errs = Vec::new();
    let mut err = |path: String, message: String| errs.push(ValidationError { path, message });

    if record.schema_version != INTERVIEW_SCHEMA_VERSION {
        err(
            "schema_version".into(),
            format!("version {} is not supported: this build reads version {INTERVIEW_SCHEMA_VERSION}", record.schema_version),
        );
    }
    if !record.consent.scopes.store {
        err(
            "consent.scopes.store".into(),
            "the participant has not consented to storage: record their consent before saving the interview".into(),
        );
    }

    // Numeric bounds, read from the schema so the two never disagree.
    // Checked on the typed record: no `serde_json::Value` is built (see `bounds`).
    cached_bounds().check(record, &mut err);

    // Actors: unique, well-formed ids; every reference points at one.
    let mut ids = HashSet::new();
    for (i, a) in record.actors.iter().enumerate() {
        if !valid_actor_id(&a.id) {
            err(format!("actors[{i}].id"), format!("{} is not a valid id: use 1–40 letters, digits, '-' or '_'", quote(&a.id.0)));
        }
        if !ids.insert(a.id.0.as_str()) {
            err(format!("actors[{i}].id"), format!("id {} is used by an earlier actor: ids must be unique", quote(&a.id.0)));
        }
    }
    // Paths are formatted only for an error: a valid record allocates none of them.
    let mut check_ref = |path: &dyn Fn() -> String, r: &ActorId| {
        if !ids.contains(r.0.as_str()) {
            err(path(), format!("no actor has id {}: add it to 'actors' first", quote(&r.0)));
        }
    };
    for (i, a) in record.actors.iter().enumerate() {
        for (j, r) in a.same_as.iter().enumerate() {
            check_ref(&|| format!("actors[{i}].same_as[{j}]"), r);
        }
    }
    for (i, e) in record.migration_episodes.iter().enumerate() {
        let p = || format!("migration_episodes[{i}]");
        if let Some(r) = &e.employer {
            check_ref(&|| format!("{}.employer", p()), r);
        }
        for (j, r) in e.recruited_by.iter().enumerate() {
            check_ref(&|| format!("{}.recruited_by[{j}]", p()), r);
        }
        for (j, f) in e.fees.iter().enumerate() {
            if let Some(r) = &f.payee {
                check_ref(&|| format!("{}.fees[{j}].payee", p()), r);
            }
        }
        for (j, d) in e.debts.iter().enumerate() {
            if let Some(r) = &d.lender {
                check_ref(&|| format!("{}.debts[{j}].lender", p()), r);
            }
        }
        for (j, x) in e.exits.iter().enumerate() {
            for (k, r) in x.helped_by.iter().enumerate() {
                check_ref(&|| format!("{}.exits[{j}].helped_by[{k}]", p()), r);
            }
            for (k, r) in x.people_called.iter().enumerate() {
                check_ref(&|| format!("{}.exits[{j}].people_called[{k}]", p()), r);
            }
        }
        for (j, w) in e.informal_work.iter().enumerate() {
            if let Some(r) = &w.employer {
                check_ref(&|| format!("{}.informal_work[{j}].employer", p()), r);
            }
            for (k, r) in w.found_through.iter().enumerate() {
                check_ref(&|| format!("{}.informal_work[{j}].found_through[{k}]", p()), r);
            }
        }
    }
    for (i, c) in record.support_contacts.iter().enumerate() {
        check_ref(&|| format!("support_contacts[{i}].actor"), &c.actor);
    }

    // Ranges and date order.
    let n_episodes = record.migration_episodes.len();
    for (i, e) in record.migration_episodes.iter().enumerate() {
        let p = || format!("migration_episodes[{i}]");
        check_order(&|| format!("{}.end", p()), e.start, e.end, &mut err);
        for (j, w) in e.informal_work.iter().enumerate() {
            check_order(&|| format!("{}.informal_work[{j}].end", p()), w.start, w.end, &mut err);
        }
        for (j, f) in e.fees.iter().enumerate() {
            check_money_range(&|| format!("{}.fees[{j}].amount", p()), &f.amount, &mut err);
        }
        for (j, d) in e.debts.iter().enumerate() {
            if let Some(m) = &d.amount {
                check_money_range(&|| format!("{}.debts[{j}].amount", p()), m, &mut err);
            }
        }
        if let Some(wc) = &e.working_conditions {
            if let (Some(lo), Some(hi)) = (wc.hours_per_day, wc.hours_per_day_max) {
                if hi < lo {
                    err(format!("{}.working_conditions.hours_per_day_max", p()), format!("{hi} is less than hours_per_day ({lo})"));
                }
            }
        }
    }
    for (i, r) in record.remittances.iter().enumerate() {
        check_money_range(&|| format!("remittances[{i}].amount"), &r.amount, &mut err);
        if let Some(ep) = r.episode {
            if ep as usize >= n_episodes {
                err(format!("remittances[{i}].episode"), format!("there is no migration episode {ep} (episodes are numbered from 0)"));
            }
        }
    }
    for (i, c) in record.support_contacts.iter().enumerate() {
        if let Some(ep) = c.episode {
            if ep as usize >= n_episodes {
                err(format!("support_contacts[{i}].episode"), format!("there is no migration episode {ep} (episodes are numbered from 0)"));
            }
        }
    }

    if errs.is_empty() {
        Ok(())
    } else {
        Err(ValidationErrors(errs))
    }
}

fn valid_actor_id(id: &ActorId) -> bool {
    (1..=40).contains(&id.0.len()) && id.0.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn check_order(path: &dyn Fn() -> String, start: Option<PartialDate>, end: Option<PartialDate>, err: &mut impl FnMut(String, String)) {
    if let (Some(s), Some(e)) = (start, end) {
        // Compare at the coarser precision of the two so "2016" .. "2016-05" is fine.
        let (s2, e2) = match (s.month.is_some() && e.month.is_some(), s.day.is_some() && e.day.is_some()) {
            (true, true) => (s, e),
            (true, false) => (s.to_year_month(), e.to_year_month()),
            _ => (s.to_year(), e.to_year()),
        };
        if e2 < s2 {
            err(path(), format!("ends ({e}) before it starts ({s})"));
        }
    }
}

fn check_money_range(path: &dyn Fn() -> String, m: &Money, err: &mut impl FnMut(String, String)) {
    if let Some(max) = m.amount_max {
        if max < m.amount {
            err(format!("{}.amount_max", path()), format!("{max} is less than amount ({})", m.amount));
        }
    }
}

fn cached_bounds() -> &'static Bounds {
    static BOUNDS: OnceLock<Bounds> = OnceLock::new();
    BOUNDS.get_or_init(|| {
        let schema = super::interview_schema();
        Bounds::compile(&schema, &schema, 0)
    })
}
