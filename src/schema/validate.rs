//! Validation of interview records, with errors that name the field path.
//!
//! Two passes: serde checks shape, types, codes and formats (first error, with its path); then
//! [`validate_interview`] checks everything serde cannot: numeric bounds declared in the schema,
//! actor references, ranges and date order, and the consent needed to store a record.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use serde_json::Value;

use super::interview::{Interview, INTERVIEW_SCHEMA_VERSION};
use super::types::{ActorId, Money, PartialDate};

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

/// Parses and validates an interview record from JSON.
pub fn parse_interview(json: &str) -> Result<Interview, ValidationErrors> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let interview: Interview = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let message = e.into_inner().to_string();
        // serde_json appends " at line L column C"; keep it, it helps with hand-edited files.
        ValidationErrors(vec![ValidationError { path, message }])
    })?;
    validate_interview(&interview)?;
    Ok(interview)
}

/// Parses and validates an interview record from a JSON value (as it arrives over IPC).
pub fn interview_from_value(value: Value) -> Result<Interview, ValidationErrors> {
    let interview: Interview = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        ValidationErrors(vec![ValidationError { path, message: e.into_inner().to_string() }])
    })?;
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
    let value = serde_json::to_value(record).expect("a record serialises");
    cached_bounds().check(&value, &mut Vec::new(), &mut err);

    // Actors: unique, well-formed ids; every reference points at one.
    let mut ids = HashSet::new();
    for (i, a) in record.actors.iter().enumerate() {
        if !valid_actor_id(&a.id) {
            err(format!("actors[{i}].id"), format!("'{}' is not a valid id: use 1–40 letters, digits, '-' or '_'", a.id.0));
        }
        if !ids.insert(a.id.0.as_str()) {
            err(format!("actors[{i}].id"), format!("id '{}' is used by an earlier actor: ids must be unique", a.id.0));
        }
    }
    let mut check_ref = |path: String, r: &ActorId| {
        if !ids.contains(r.0.as_str()) {
            err(path, format!("no actor has id '{}': add it to `actors` first", r.0));
        }
    };
    for (i, a) in record.actors.iter().enumerate() {
        for (j, r) in a.same_as.iter().enumerate() {
            check_ref(format!("actors[{i}].same_as[{j}]"), r);
        }
    }
    for (i, e) in record.migration_episodes.iter().enumerate() {
        let p = format!("migration_episodes[{i}]");
        if let Some(r) = &e.employer {
            check_ref(format!("{p}.employer"), r);
        }
        for (j, r) in e.recruited_by.iter().enumerate() {
            check_ref(format!("{p}.recruited_by[{j}]"), r);
        }
        for (j, f) in e.fees.iter().enumerate() {
            if let Some(r) = &f.payee {
                check_ref(format!("{p}.fees[{j}].payee"), r);
            }
        }
        for (j, d) in e.debts.iter().enumerate() {
            if let Some(r) = &d.lender {
                check_ref(format!("{p}.debts[{j}].lender"), r);
            }
        }
        for (j, x) in e.exits.iter().enumerate() {
            for (k, r) in x.helped_by.iter().enumerate() {
                check_ref(format!("{p}.exits[{j}].helped_by[{k}]"), r);
            }
            for (k, r) in x.people_called.iter().enumerate() {
                check_ref(format!("{p}.exits[{j}].people_called[{k}]"), r);
            }
        }
        for (j, w) in e.informal_work.iter().enumerate() {
            if let Some(r) = &w.employer {
                check_ref(format!("{p}.informal_work[{j}].employer"), r);
            }
            for (k, r) in w.found_through.iter().enumerate() {
                check_ref(format!("{p}.informal_work[{j}].found_through[{k}]"), r);
            }
        }
    }
    for (i, c) in record.support_contacts.iter().enumerate() {
        check_ref(format!("support_contacts[{i}].actor"), &c.actor);
    }

    // Ranges and date order.
    let n_episodes = record.migration_episodes.len();
    for (i, e) in record.migration_episodes.iter().enumerate() {
        let p = format!("migration_episodes[{i}]");
        check_order(&format!("{p}.end"), e.start, e.end, &mut err);
        for (j, w) in e.informal_work.iter().enumerate() {
            check_order(&format!("{p}.informal_work[{j}].end"), w.start, w.end, &mut err);
        }
        let mut money = Vec::new();
        for (j, f) in e.fees.iter().enumerate() {
            money.push((format!("{p}.fees[{j}].amount"), &f.amount));
        }
        for (j, d) in e.debts.iter().enumerate() {
            if let Some(m) = &d.amount {
                money.push((format!("{p}.debts[{j}].amount"), m));
            }
        }
        for m in money {
            check_money_range(&m.0, m.1, &mut err);
        }
        if let Some(wc) = &e.working_conditions {
            if let (Some(lo), Some(hi)) = (wc.hours_per_day, wc.hours_per_day_max) {
                if hi < lo {
                    err(format!("{p}.working_conditions.hours_per_day_max"), format!("{hi} is less than hours_per_day ({lo})"));
                }
            }
        }
    }
    for (i, r) in record.remittances.iter().enumerate() {
        check_money_range(&format!("remittances[{i}].amount"), &r.amount, &mut err);
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

fn check_order(path: &str, start: Option<PartialDate>, end: Option<PartialDate>, err: &mut impl FnMut(String, String)) {
    if let (Some(s), Some(e)) = (start, end) {
        // Compare at the coarser precision of the two so "2016" .. "2016-05" is fine.
        let (s2, e2) = match (s.month.is_some() && e.month.is_some(), s.day.is_some() && e.day.is_some()) {
            (true, true) => (s, e),
            (true, false) => (s.to_year_month(), e.to_year_month()),
            _ => (s.to_year(), e.to_year()),
        };
        if e2 < s2 {
            err(path.into(), format!("ends ({e}) before it starts ({s})"));
        }
    }
}

fn check_money_range(path: &str, m: &Money, err: &mut impl FnMut(String, String)) {
    if let Some(max) = m.amount_max {
        if max < m.amount {
            err(format!("{path}.amount_max"), format!("{max} is less than amount ({})", m.amount));
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

/// One step of a field path, kept unformatted until an error needs it.
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

fn render(path: &[Seg<'_>]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The schema's numeric bounds, compiled once into a tree shaped like the record that keeps only
/// the branches leading to a `minimum` or `maximum`, so a save walks a few dozen nodes instead of
/// looking every value up in the schema.
#[derive(Default)]
struct Bounds {
    limits: Vec<(Option<f64>, Option<f64>)>,
    props: BTreeMap<String, Bounds>,
    items: Option<Box<Bounds>>,
}

impl Bounds {
    fn compile(root: &Value, node: &Value, depth: usize) -> Bounds {
        let mut b = Bounds::default();
        if depth > 64 {
            return b; // the interview schema is not recursive; stop rather than loop if it ever is
        }
        if let Some(target) =
            node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")).and_then(|n| root.get("$defs")?.get(n))
        {
            b.merge(Bounds::compile(root, target, depth + 1));
        }
        for key in ["anyOf", "oneOf", "allOf"] {
            for branch in node.get(key).and_then(Value::as_array).into_iter().flatten() {
                b.merge(Bounds::compile(root, branch, depth + 1));
            }
        }
        let (min, max) = (node.get("minimum").and_then(Value::as_f64), node.get("maximum").and_then(Value::as_f64));
        if min.is_some() || max.is_some() {
            b.limits.push((min, max));
        }
        for (k, sub) in node.get("properties").and_then(Value::as_object).into_iter().flatten() {
            let c = Bounds::compile(root, sub, depth + 1);
            if !c.is_empty() {
                b.props.entry(k.clone()).or_default().merge(c);
            }
        }
        if let Some(sub) = node.get("items") {
            let c = Bounds::compile(root, sub, depth + 1);
            if !c.is_empty() {
                b.items.get_or_insert_with(Default::default).merge(c);
            }
        }
        b
    }

    fn merge(&mut self, other: Bounds) {
        self.limits.extend(other.limits);
        for (k, v) in other.props {
            self.props.entry(k).or_default().merge(v);
        }
        if let Some(items) = other.items {
            self.items.get_or_insert_with(Default::default).merge(*items);
        }
    }

    fn is_empty(&self) -> bool {
        self.limits.is_empty() && self.props.is_empty() && self.items.is_none()
    }

    /// Reports every number in `value` outside the bounds that apply to it.
    fn check<'a>(&'a self, value: &'a Value, path: &mut Vec<Seg<'a>>, err: &mut impl FnMut(String, String)) {
        match value {
            Value::Number(n) => {
                let x = n.as_f64().unwrap_or(f64::NAN);
                for &(min, max) in &self.limits {
                    if let Some(min) = min.filter(|min| !(x >= *min)) {
                        err(render(path), format!("{n} is below the minimum of {min}"));
                    }
                    if let Some(max) = max.filter(|max| !(x <= *max)) {
                        err(render(path), format!("{n} is above the maximum of {max}"));
                    }
                }
            }
            Value::Object(map) => {
                for (k, sub) in &self.props {
                    if let Some(v) = map.get(k) {
                        path.push(Seg::Key(k));
                        sub.check(v, path, err);
                        path.pop();
                    }
                }
            }
            Value::Array(items) => {
                if let Some(sub) = &self.items {
                    for (i, v) in items.iter().enumerate() {
                        path.push(Seg::Index(i));
                        sub.check(v, path, err);
                        path.pop();
                    }
                }
            }
            _ => {}
        }
    }
}
