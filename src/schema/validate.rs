//! Validation of interview records: every problem of a record in one pass, each with its field
//! path and a message key ([`Problem`]).
//!
//! [`interview_from_value`] checks the JSON value against the interview schema (the `boon`
//! crate, which reports every failure rather than the first) and turns each failure into a
//! [`ValidationError`]. It then reads the record with serde, setting aside the values already
//! found wrong so one bad field does not hide the others, and runs [`validate_interview`]: what
//! the schema cannot say (actor references, ranges and date order, consent to store).

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use serde_json::Value;

use super::bounds::Bounds;
use super::interview::{Interview, INTERVIEW_SCHEMA_VERSION};
use super::problems::{english, field_label, location_label, node_at, parse_path, Problem, Seg};
use super::types::{ActorId, Money, PartialDate};
use crate::hygiene::quote;

/// One problem with a record, at one field.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ValidationError {
    /// Where: `migration_episodes[1].fees[0].amount.currency`; empty for the whole record.
    pub path: String,
    /// What is wrong, as a message key (`whole_number`); the UI translates it.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub key: Problem,
    /// The values the message names (`min`, `id`, `value`…), already quoted where they are text.
    pub params: BTreeMap<String, String>,
    /// The message in English, with the field's label: "Number of children must be a whole number".
    pub message: String,
}

impl ValidationError {
    /// A problem at `path`, its English message written from the form's labels.
    pub fn new(path: impl Into<String>, key: Problem, params: &[(&str, String)]) -> ValidationError {
        let path = path.into();
        let params: BTreeMap<String, String> = params.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        let message = english(key, &field_label(schema(), &path), &params);
        ValidationError { path, key, params, message }
    }

    /// The labels of the groups the field sits in ("Migration episodes 1 › Fees 2"), if any.
    pub fn location(&self) -> String {
        location_label(schema(), &self.path)
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let location = self.location();
        if !location.is_empty() {
            write!(f, "{location} › ")?;
        }
        f.write_str(&self.message)?;
        if !self.path.is_empty() {
            write!(f, " (at {})", self.path)?;
        }
        Ok(())
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
    ValidationErrors(vec![ValidationError::new(e.path, Problem::Invalid, &[("detail", e.message)])])
}

/// Parses and validates an interview record from JSON: one document, at most
/// [`MAX_INTERVIEW_BYTES`], strings in NFC and free of control characters (see [`crate::input`]).
pub fn parse_interview(json: &str) -> Result<Interview, ValidationErrors> {
    let value = crate::input::read_value(json, MAX_INTERVIEW_BYTES).map_err(from_document)?;
    checked(value)
}

/// Parses and validates an interview record from a JSON value (as it arrives over IPC).
pub fn interview_from_value(mut value: Value) -> Result<Interview, ValidationErrors> {
    crate::input::clean_value(&mut value).map_err(from_document)?;
    checked(value)
}

/// The schema check, then serde, then [`validate_interview`]: every problem found by any.
fn checked(value: Value) -> Result<Interview, ValidationErrors> {
    let mut found = schema_problems(&value);
    let record = typed(&value, &mut found);
    if let Some(record) = &record {
        if let Err(more) = validate_interview(record) {
            for e in more.0 {
                if !found.iter().any(|f| f.path == e.path) {
                    found.push(e);
                }
            }
        }
    }
    match record {
        Some(record) if found.is_empty() => Ok(record),
        _ if found.is_empty() => Err(ValidationErrors(vec![ValidationError::new(
            "",
            Problem::Invalid,
            &[("detail", "the record could not be read".to_owned())],
        )])),
        _ => Err(ValidationErrors(found)),
    }
}

/// The interview schema, generated once.
fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(super::interview_schema)
}

/// The `$id` of the interview schema.
const SCHEMA_URL: &str = "https://fieldvault.invalid/schemas/interview.schema.json";

fn compiled() -> &'static (boon::Schemas, boon::SchemaIndex) {
    static COMPILED: OnceLock<(boon::Schemas, boon::SchemaIndex)> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler.add_resource(SCHEMA_URL, schema().clone()).expect("the interview schema is a valid resource");
        let index = compiler.compile(SCHEMA_URL, &mut schemas).expect("the interview schema compiles");
        (schemas, index)
    })
}

/// Every place `value` departs from the interview schema.
fn schema_problems(value: &Value) -> Vec<ValidationError> {
    let (schemas, index) = compiled();
    let mut out = Vec::new();
    if let Err(e) = schemas.validate(value, *index) {
        collect(&e, value, &mut out);
    }
    let mut seen = HashSet::new();
    out.retain(|e| seen.insert((e.path.clone(), e.key)));
    out
}

fn instance_path(loc: &boon::InstanceLocation<'_>) -> String {
    let mut out = String::new();
    for t in &loc.tokens {
        match t {
            boon::InstanceToken::Prop(p) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(p);
            }
            boon::InstanceToken::Item(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// The schema node a boon error was raised by (`…#/$defs/Currency` → the `Currency`
/// definition), with the name of the `$defs` entry it is in, if any.
fn keyword_owner(schema_url: &str) -> (Option<&str>, Option<&'static Value>) {
    let owner = schema_url.split_once('#').map_or("", |(_, f)| f);
    let def = owner.strip_prefix("/$defs/").map(|rest| rest.split('/').next().unwrap_or(rest));
    (def, schema().pointer(owner))
}

/// The codes an enum definition (`oneOf` of `const`s, or `enum`) allows, quoted and joined.
fn choices(def: Option<&Value>) -> String {
    let consts =
        def.and_then(|d| d.get("oneOf")).and_then(Value::as_array).map(|a| a.iter().filter_map(|b| b.get("const")).collect::<Vec<_>>());
    let listed = def.and_then(|d| d.get("enum")).and_then(Value::as_array).map(|a| a.iter().collect::<Vec<_>>());
    consts.or(listed).unwrap_or_default().iter().filter_map(|v| v.as_str()).map(quote).collect::<Vec<_>>().join(", ")
}

/// Whether a boon error only says "not null" (the `null` branch of an optional field).
fn only_not_null(e: &boon::ValidationError<'_, '_>) -> bool {
    matches!(&e.kind, boon::ErrorKind::Type { want, .. } if want.iter().all(|t| t == boon::Type::Null))
}

/// Turns one boon error (and its causes) into problems.
fn collect(e: &boon::ValidationError<'_, '_>, value: &Value, out: &mut Vec<ValidationError>) {
    use boon::ErrorKind as K;
    let path = instance_path(&e.instance_location);
    let here = || value.pointer(&e.instance_location.to_string());
    let shown = || here().map_or_else(String::new, |v| v.as_str().map_or_else(|| v.to_string(), quote));
    let push = |out: &mut Vec<ValidationError>, path: String, key: Problem, params: &[(&str, String)]| {
        out.push(ValidationError::new(path, key, params));
    };
    match &e.kind {
        K::AnyOf | K::OneOf(None) => {
            let (_, owner) = keyword_owner(e.schema_url);
            let is = |kind: &str| owner.and_then(|o| o.get("x-fv-type")).and_then(Value::as_str) == Some(kind);
            if is("choice") {
                match here().and_then(Value::as_str) {
                    Some(s) if s.starts_with(super::OTHER_PREFIX) => push(out, path, Problem::OtherNeedsText, &[]),
                    Some(_) => {
                        let list = owner.and_then(|o| o.get("anyOf")).and_then(Value::as_array).and_then(|a| a.first());
                        let list = list.map(|l| super::problems::resolve(schema(), l, None).1);
                        push(out, path, Problem::NotInList, &[("value", shown()), ("choices", choices(list))]);
                    }
                    None => push(out, path, Problem::Text, &[]),
                }
                return;
            }
            let consts =
                owner.and_then(|o| o.get("oneOf")).and_then(Value::as_array).is_some_and(|a| a.iter().all(|b| b.get("const").is_some()));
            if consts {
                push(out, path, Problem::NotInList, &[("value", shown()), ("choices", choices(owner))]);
                return;
            }
            let real: Vec<_> = e.causes.iter().filter(|c| !only_not_null(c)).collect();
            match real.as_slice() {
                [one] => collect(one, value, out),
                _ => push(out, path, Problem::Invalid, &[("detail", e.kind.to_string())]),
            }
        }
        K::Type { want, .. } => {
            let key = if want.contains(boon::Type::Integer) {
                Problem::WholeNumber
            } else if want.contains(boon::Type::Number) {
                Problem::Number
            } else if want.contains(boon::Type::String) {
                Problem::Text
            } else if want.contains(boon::Type::Boolean) {
                Problem::YesNo
            } else if want.contains(boon::Type::Array) {
                Problem::List
            } else if want.contains(boon::Type::Object) {
                Problem::Group
            } else {
                Problem::Invalid
            };
            push(out, path, key, &[("detail", e.kind.to_string())]);
        }
        K::Required { want } => {
            for name in want {
                push(out, join(&path, name), Problem::Required, &[]);
            }
        }
        K::AdditionalProperties { got } => {
            for name in got {
                push(out, join(&path, name), Problem::UnknownField, &[]);
            }
        }
        K::Minimum { want, .. } => push(out, path, Problem::BelowMinimum, &[("min", want.to_string()), ("value", shown())]),
        K::Maximum { want, .. } => push(out, path, Problem::AboveMaximum, &[("max", want.to_string()), ("value", shown())]),
        K::Pattern { .. } => {
            let (def, owner) = keyword_owner(e.schema_url);
            let fv = owner.and_then(|o| o.get("x-fv-type")).and_then(Value::as_str);
            let key = match (fv, def) {
                (Some("partial-date"), _) => Problem::PartialDate,
                (Some("currency"), _) => Problem::CurrencyCode,
                (Some("actor-ref"), _) => Problem::ActorId,
                (_, Some("CountryCode")) => Problem::CountryCode,
                (_, Some("LanguageTag")) => Problem::LanguageTag,
                _ => Problem::Format,
            };
            push(out, path, key, &[("value", shown())]);
        }
        K::Const { .. } | K::Enum { .. } => {
            push(out, path, Problem::NotInList, &[("value", shown()), ("choices", choices(keyword_owner(e.schema_url).1))])
        }
        _ if !e.causes.is_empty() => {
            for c in &e.causes {
                collect(c, value, out);
            }
        }
        other => push(out, path, Problem::Invalid, &[("detail", other.to_string())]),
    }
}

/// Reads the record with serde. Values already `found` wrong are set aside first (in a copy),
/// and each value serde refuses is reported and set aside in turn, so that what remains can be
/// read and checked further. `None` when no readable record remains.
fn typed(value: &Value, found: &mut Vec<ValidationError>) -> Option<Interview> {
    let mut work: Option<Value> = None;
    for e in found.iter() {
        let work = work.get_or_insert_with(|| value.clone());
        // A number out of bounds is read as its bound, so a required amount keeps the record readable.
        let limit = e.params.get("min").or_else(|| e.params.get("max")).and_then(|l| serde_json::from_str::<Value>(l).ok());
        match (e.key, limit, work.pointer_mut(&pointer(&e.path))) {
            (Problem::BelowMinimum | Problem::AboveMaximum, Some(limit), Some(at)) => *at = limit,
            _ => {
                remove_at(work, &e.path);
            }
        }
    }
    for _ in 0..64 {
        let v = work.as_ref().unwrap_or(value);
        match serde_path_to_error::deserialize::<_, Interview>(v) {
            Ok(record) => return Some(record),
            Err(e) => {
                let path = e.path().to_string();
                let path = if path == "." { String::new() } else { path };
                // A field set aside above can make its parent unreadable: that is already said.
                let within =
                    |p: &str| path.is_empty() || p == path || p.starts_with(&format!("{path}.")) || p.starts_with(&format!("{path}["));
                if found.iter().any(|f| within(&f.path)) {
                    return None;
                }
                let detail = crate::input::plain_message(&e.into_inner().to_string());
                let is_date = node_at(schema(), &path).and_then(|n| n.get("x-fv-type")).and_then(Value::as_str) == Some("partial-date");
                let shown = v.pointer(&pointer(&path)).and_then(Value::as_str).map(quote).unwrap_or_default();
                found.push(if is_date {
                    ValidationError::new(path.clone(), Problem::NotADate, &[("value", shown)])
                } else {
                    ValidationError::new(path.clone(), Problem::Invalid, &[("detail", detail)])
                });
                if !remove_at(work.get_or_insert_with(|| value.clone()), &path) {
                    return None;
                }
            }
        }
    }
    None
}

/// `a.b[2]` → `/a/b/2`.
fn pointer(path: &str) -> String {
    parse_path(path)
        .iter()
        .map(|s| match s {
            Seg::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
            Seg::Index(i) => format!("/{i}"),
        })
        .collect()
}

/// Removes the object member at `path`; false if there is none (or it is an array item).
fn remove_at(value: &mut Value, path: &str) -> bool {
    let segs = parse_path(path);
    let Some((Seg::Key(last), parent)) = segs.split_last() else { return false };
    let parent = super::problems::render_path(parent);
    value.pointer_mut(&pointer(&parent)).and_then(Value::as_object_mut).is_some_and(|o| o.remove(last).is_some())
}

/// Checks what the types alone cannot. Returns every problem found.
pub fn validate_interview(record: &Interview) -> Result<(), ValidationErrors> {
    let mut errs = Vec::new();
    let mut err = |path: String, key: Problem, params: &[(&str, String)]| errs.push(ValidationError::new(path, key, params));

    if record.schema_version != INTERVIEW_SCHEMA_VERSION {
        err(
            "schema_version".into(),
            Problem::UnsupportedVersion,
            &[("version", record.schema_version.to_string()), ("supported", INTERVIEW_SCHEMA_VERSION.to_string())],
        );
    }
    if !record.consent.scopes.store {
        err("consent.scopes.store".into(), Problem::NoConsentToStore, &[]);
    }

    // Numeric bounds, read from the schema so the two never disagree.
    // Checked on the typed record: no `serde_json::Value` is built (see `bounds`).
    cached_bounds().check(record, &mut |path, key, params| err(path, key, params));

    // Actors: unique, well-formed ids; every reference points at one.
    let mut ids = HashSet::new();
    for (i, a) in record.actors.iter().enumerate() {
        if !valid_actor_id(&a.id) {
            err(format!("actors[{i}].id"), Problem::ActorId, &[("value", quote(&a.id.0))]);
        }
        if !ids.insert(a.id.0.as_str()) {
            err(format!("actors[{i}].id"), Problem::DuplicateActorId, &[("id", quote(&a.id.0))]);
        }
    }
    // Paths are formatted only for an error: a valid record allocates none of them.
    let mut check_ref = |path: &dyn Fn() -> String, r: &ActorId| {
        if !ids.contains(r.0.as_str()) {
            err(path(), Problem::UnknownActor, &[("id", quote(&r.0))]);
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
                    err(
                        format!("{}.working_conditions.hours_per_day_max", p()),
                        Problem::MaxBelowMin,
                        &[("min", lo.to_string()), ("max", hi.to_string())],
                    );
                }
            }
        }
    }
    for (i, r) in record.remittances.iter().enumerate() {
        check_money_range(&|| format!("remittances[{i}].amount"), &r.amount, &mut err);
        if let Some(ep) = r.episode {
            if ep as usize >= n_episodes {
                err(format!("remittances[{i}].episode"), Problem::UnknownEpisode, &episode(ep, n_episodes));
            }
        }
    }
    for (i, c) in record.support_contacts.iter().enumerate() {
        if let Some(ep) = c.episode {
            if ep as usize >= n_episodes {
                err(format!("support_contacts[{i}].episode"), Problem::UnknownEpisode, &episode(ep, n_episodes));
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

/// The parameters of [`Problem::UnknownEpisode`]: episodes counted from 1, as the form shows them.
fn episode(index: u16, count: usize) -> [(&'static str, String); 2] {
    [("episode", (u32::from(index) + 1).to_string()), ("count", count.to_string())]
}

type Err<'a> = dyn FnMut(String, Problem, &[(&str, String)]) + 'a;

fn check_order(path: &dyn Fn() -> String, start: Option<PartialDate>, end: Option<PartialDate>, err: &mut Err<'_>) {
    if let (Some(s), Some(e)) = (start, end) {
        // Compare at the coarser precision of the two so "2016" .. "2016-05" is fine.
        let (s2, e2) = match (s.month.is_some() && e.month.is_some(), s.day.is_some() && e.day.is_some()) {
            (true, true) => (s, e),
            (true, false) => (s.to_year_month(), e.to_year_month()),
            _ => (s.to_year(), e.to_year()),
        };
        if e2 < s2 {
            err(path(), Problem::EndsBeforeStart, &[("start", s.to_string()), ("end", e.to_string())]);
        }
    }
}

fn check_money_range(path: &dyn Fn() -> String, m: &Money, err: &mut Err<'_>) {
    if let Some(max) = m.amount_max {
        if max < m.amount {
            err(format!("{}.amount_max", path()), Problem::MaxBelowMin, &[("min", m.amount.to_string()), ("max", max.to_string())]);
        }
    }
}

fn cached_bounds() -> &'static Bounds {
    static BOUNDS: OnceLock<Bounds> = OnceLock::new();
    BOUNDS.get_or_init(|| Bounds::compile(schema(), schema(), 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Value {
        serde_json::json!({
            "schema_version": 1,
            "interview": { "date": "2023-04", "mode": "in_person" },
            "consent": { "date": "2023-04-01", "form": "oral", "scopes": { "store": true } },
            "participant": {},
            "identity": {},
            "migration_episodes": [{ "destination_country": "JP" }],
            "actors": [{ "id": "broker-1", "kind": "broker", "dimension": "commercial" }]
        })
    }

    fn problems(v: Value) -> Vec<(String, Problem)> {
        match interview_from_value(v) {
            Ok(_) => Vec::new(),
            Err(e) => e.0.into_iter().map(|e| (e.path, e.key)).collect(),
        }
    }

    #[test]
    fn a_good_record_has_no_problems() {
        assert_eq!(problems(record()), []);
    }

    #[test]
    fn every_fault_of_a_record_is_found_in_one_pass() {
        let mut v = record();
        v["participant"]["children"] = "two".into();
        v["participant"]["birth_year"] = 1850.into();
        v["participant"]["favourite_colour"] = "blue".into();
        v["interview"]["date"] = "April".into();
        v["migration_episodes"][0]["status"] = "trainee".into();
        v["participant"]["gender"] = "other:".into();
        v["consent"]["scopes"]["store"] = false.into();
        v["remittances"] = serde_json::json!([{ "amount": { "amount": 5, "currency": "VND" }, "episode": 3 }]);
        let mut found = problems(v);
        found.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            found,
            [
                ("consent.scopes.store".to_owned(), Problem::NoConsentToStore),
                ("interview.date".to_owned(), Problem::PartialDate),
                ("migration_episodes[0].status".to_owned(), Problem::NotInList),
                ("participant.birth_year".to_owned(), Problem::BelowMinimum),
                ("participant.children".to_owned(), Problem::WholeNumber),
                ("participant.favourite_colour".to_owned(), Problem::UnknownField),
                ("participant.gender".to_owned(), Problem::OtherNeedsText),
                ("remittances[0].episode".to_owned(), Problem::UnknownEpisode),
            ]
        );
    }

    #[test]
    fn missing_fields_are_named_at_the_field_and_calendar_dates_are_checked() {
        let mut v = record();
        v.as_object_mut().unwrap().remove("consent");
        v["interview"]["date"] = "2017-02-30".into();
        let found = problems(v);
        assert!(found.contains(&("consent".to_owned(), Problem::Required)), "{found:?}");
        let mut v = record();
        v["interview"]["date"] = "2017-02-30".into();
        assert_eq!(problems(v), [("interview.date".to_owned(), Problem::NotADate)]);
        // A required field set aside leaves no readable record: its own problem is still said,
        // and nothing is made up about the fields it hides.
        let mut v = record();
        v["migration_episodes"][0]["destination_country"] = "Japan".into();
        v["consent"]["scopes"]["store"] = false.into();
        assert_eq!(problems(v), [("migration_episodes[0].destination_country".to_owned(), Problem::CountryCode)]);
    }

    #[test]
    fn messages_use_the_form_labels_and_the_cli_line_names_the_place() {
        let mut v = record();
        v["participant"]["children"] = "two".into();
        let e = interview_from_value(v).unwrap_err();
        assert_eq!(e.0[0].message, "Number of children must be a whole number");
        assert_eq!(e.0[0].to_string(), "Participant › Number of children must be a whole number (at participant.children)");
        let mut v = record();
        v["remittances"] = serde_json::json!([{ "amount": { "amount": 5, "currency": "VND" }, "episode": 1 }]);
        let e = interview_from_value(v).unwrap_err();
        assert_eq!(e.0[0].params["episode"], "2");
        assert!(!e.to_string().contains("u16") && !e.to_string().contains("Option"), "{e}");
    }
}
