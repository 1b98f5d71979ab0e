//! The de-identification policy: one rule per field of the interview schema, the
//! quasi-identifiers and `k` for k-anonymity.
//!
//! [`Policy::default`] derives the built-in policy from the schema's `x-fv-deid` keywords;
//! [`Policy::from_json`] reads a project's policy and [`Policy::check`] refuses one that misses a
//! field (deny by default), names an unknown field, keeps a direct identifier or applies a rule
//! to a value it cannot transform. The committed `schemas/deid-policy.schema.json` is generated
//! from these types.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::fields::{self, FieldKind, IdClass};

/// Version of the policy format this build reads and writes.
pub const POLICY_FORMAT: u32 = 1;

/// `k` when a policy does not set one.
pub const DEFAULT_K: u32 = 5;

/// A project's de-identification policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "FieldVault de-identification policy",
    extend("$id" = "https://fieldvault.invalid/schemas/deid-policy.schema.json")
)]
pub struct Policy {
    /// Format version (currently 1).
    pub format: u32,
    /// Smallest group of interviews allowed to share the same quasi-identifier values.
    #[serde(default = "default_k")]
    #[schemars(range(min = 1, max = 1000))]
    pub k: u32,
    /// Field paths whose combined (de-identified) values must be shared by at least `k` interviews.
    #[serde(default)]
    pub quasi_identifiers: Vec<String>,
    /// Field paths of sensitive attributes (what a group of quasi-identifier values must not
    /// reveal): every group must hold at least `l` distinct values of each. Empty: no
    /// l-diversity is required. Checked by the ethics review (`crate::review`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sensitive_attributes: Vec<String>,
    /// Distinct values of each sensitive attribute every group must hold (distinct
    /// l-diversity); absent: [`DEFAULT_L`] when sensitive attributes are named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 1000))]
    pub l: Option<u32>,
    /// The rule for every field path of the interview schema (`participant.birth_year`,
    /// `migration_episodes[].fees[].amount.amount`). A field without a rule blocks export.
    pub rules: BTreeMap<String, Rule>,
}

/// `l` when a policy names sensitive attributes without one.
pub const DEFAULT_L: u32 = 2;

fn default_k() -> u32 {
    DEFAULT_K
}

/// What happens to one field on export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Leave the field out.
    Drop,
    /// Export the value as it is (free text inside is still redacted).
    Keep,
    /// Replace the value with a keyed-hash pseudonym (`p_` and 16 hex digits), the same for the
    /// same value in every interview and every fieldworker's export.
    Pseudonymise,
    /// Export free text with every identifier found in it replaced by `[REDACTED:kind]`.
    RedactText,
    /// Export a coarser value.
    Generalise(Generalisation),
}

/// How a value is made coarser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Generalisation {
    /// A date cut to its year.
    Year,
    /// A date cut to year and month.
    YearMonth,
    /// A birth year as a five-year band (`1965-1969`).
    BirthYearBand5,
    /// A birth year as a ten-year band (`1960-1969`).
    BirthYearBand10,
    /// A place name kept only when it names a province, prefecture, county or larger region in
    /// the built-in gazetteer; anything finer is dropped.
    Region,
    /// An amount of money as a 1–2–5 band (`amount` low end, `amount_max` high end, `banded`).
    AmountBand,
    /// A number rounded to two significant digits.
    Round,
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(s)) => f.write_str(&s),
            Ok(v) => write!(f, "{v}"),
            Err(_) => f.write_str("?"),
        }
    }
}

/// What is wrong with a policy. Each message names the field and what to change.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The policy is not valid JSON of the right shape.
    #[error("the de-identification policy is not valid at {path}: {message}")]
    Invalid {
        /// JSON path inside the policy.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A format this build does not read.
    #[error("policy format {0} is not supported: this build reads format {POLICY_FORMAT}")]
    Format(u32),
    /// A field of the interview schema has no rule (deny by default).
    #[error("no de-identification rule for field {0}: every field needs one, so nothing is exported; add a rule for it to the policy (e.g. \"drop\")")]
    MissingRule(String),
    /// The policy names a field the interview schema does not have.
    #[error("the policy names unknown field {0}: check the spelling against `fieldvault schema interview` (lists use `[]`, e.g. migration_episodes[].employer)")]
    UnknownField(String),
    /// A direct identifier would be exported as it is.
    #[error("field {0} is a direct identifier and cannot be kept: use \"drop\" or \"pseudonymise\"")]
    DirectKept(String),
    /// The rule cannot transform this kind of value.
    #[error("rule {rule} does not apply to field {path} (a {kind} value): {hint}")]
    NotApplicable {
        /// The field.
        path: String,
        /// The rule.
        rule: String,
        /// The value's kind.
        kind: String,
        /// Which rules do apply.
        hint: String,
    },
    /// A quasi-identifier that is not a field.
    #[error("quasi-identifier {0} is not a field of the interview schema")]
    UnknownQuasiIdentifier(String),
    /// `k` out of range.
    #[error("k = {0} is out of range: use a value from 1 to 1000 (5 is the project default)")]
    BadK(u32),
    /// A sensitive attribute that is not a field.
    #[error("sensitive attribute {0} is not a field of the interview schema: check the spelling against `fieldvault schema interview`")]
    UnknownSensitiveAttribute(String),
    /// `l` out of range.
    #[error("l = {0} is out of range: use a value from 1 to 1000 (2 is the default)")]
    BadL(u32),
}

/// The rules that can transform a value of this kind.
pub fn applicable_rules(kind: FieldKind) -> Vec<Rule> {
    use Generalisation as G;
    let mut v = vec![Rule::Drop];
    match kind {
        FieldKind::ActorRef => v.push(Rule::Pseudonymise),
        FieldKind::Text => v.extend([Rule::Keep, Rule::Pseudonymise, Rule::RedactText, Rule::Generalise(G::Region)]),
        FieldKind::Date => v.extend([Rule::Keep, Rule::Generalise(G::Year), Rule::Generalise(G::YearMonth)]),
        FieldKind::Year => {
            v.extend([Rule::Keep, Rule::Generalise(G::BirthYearBand5), Rule::Generalise(G::BirthYearBand10), Rule::Generalise(G::Round)])
        }
        FieldKind::Integer | FieldKind::Number => v.extend([Rule::Keep, Rule::Generalise(G::Round)]),
        FieldKind::Money => v.extend([Rule::Keep, Rule::Generalise(G::AmountBand), Rule::Generalise(G::Round)]),
        FieldKind::Code | FieldKind::Bool | FieldKind::Object => v.push(Rule::Keep),
    }
    v
}

/// The rules a field accepts: those applicable to its kind, and for a direct identifier only
/// drop or pseudonymise.
pub fn allowed_rules(field: &fields::Field) -> Vec<Rule> {
    let mut v = applicable_rules(field.kind);
    if field.class == IdClass::Direct {
        v.retain(|r| matches!(r, Rule::Drop | Rule::Pseudonymise));
    }
    v
}

fn kind_name(kind: FieldKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The built-in rule for a schema keyword, for a value of `kind`.
fn rule_for_keyword(keyword: &str, kind: FieldKind) -> Rule {
    use Generalisation as G;
    match keyword {
        "keep" if kind == FieldKind::ActorRef => Rule::Pseudonymise,
        "keep" => Rule::Keep,
        "pseudonymise" => Rule::Pseudonymise,
        "redact_text" => Rule::RedactText,
        "generalise_year" => Rule::Generalise(G::Year),
        "generalise_year_month" => Rule::Generalise(G::YearMonth),
        "generalise_region" => Rule::Generalise(G::Region),
        "band_birth_year" => Rule::Generalise(G::BirthYearBand5),
        "band_amount" => Rule::Generalise(G::AmountBand),
        "round" => Rule::Generalise(G::Round),
        // "drop", and anything unknown: deny.
        _ => Rule::Drop,
    }
}

/// Quasi-identifiers of the built-in policy: facts an acquaintance or an official could know.
pub const DEFAULT_QUASI_IDENTIFIERS: [&str; 5] = [
    "participant.birth_year",
    "participant.gender",
    "participant.origin.province",
    "migration_episodes[].destination_country",
    "migration_episodes[].status",
];

impl Default for Policy {
    /// The built-in policy: each field's `x-fv-deid` keyword, except that actor ids are
    /// pseudonymised even where the keyword says `keep` (local ids such as `yamada` can name
    /// someone).
    fn default() -> Policy {
        let rules = fields::fields().iter().map(|f| (f.path.clone(), rule_for_keyword(&f.keyword, f.kind))).collect();
        Policy {
            format: POLICY_FORMAT,
            k: DEFAULT_K,
            quasi_identifiers: DEFAULT_QUASI_IDENTIFIERS.iter().map(|s| s.to_string()).collect(),
            sensitive_attributes: Vec::new(),
            l: None,
            rules,
        }
    }
}

/// The largest policy read, in bytes.
pub const MAX_POLICY_BYTES: usize = 1 << 20;

impl Policy {
    /// Parses a policy from JSON (one document, at most [`MAX_POLICY_BYTES`]) and checks it.
    pub fn from_json(text: &str) -> Result<Policy, PolicyError> {
        let p: Policy =
            crate::input::read_document(text, MAX_POLICY_BYTES).map_err(|e| PolicyError::Invalid { path: e.path, message: e.message })?;
        p.check()?;
        Ok(p)
    }

    /// The de-identification policy the project approved: `profile`'s own, else the built-in
    /// one. The review's reference and the analysis export's columns.
    pub fn approved(profile: &crate::profile::Profile) -> Result<Policy, PolicyError> {
        match &profile.deid_policy {
            Some(v) => Policy::from_value(v),
            None => Ok(Policy::default()),
        }
    }

    /// Reads a policy from a JSON value (a profile's `deid_policy`) and checks it.
    pub fn from_value(value: &serde_json::Value) -> Result<Policy, PolicyError> {
        Policy::from_json(&value.to_string())
    }

    /// The policy as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a policy serialises") + "\n"
    }

    /// Hex SHA-256 of the policy's canonical JSON (keys sorted, no spaces).
    pub fn sha256(&self) -> String {
        let v = super::canonical(&serde_json::to_value(self).expect("a policy serialises"));
        hex::encode(Sha256::digest(serde_json::to_vec(&v).expect("JSON serialises")))
    }

    /// The `l` of distinct l-diversity: the policy's, else [`DEFAULT_L`].
    pub fn l_or_default(&self) -> u32 {
        self.l.unwrap_or(DEFAULT_L)
    }

    /// The rule for a field path.
    pub fn rule(&self, path: &str) -> Option<Rule> {
        self.rules.get(path).copied()
    }

    /// Checks the policy against the interview schema. The first problem found is returned;
    /// unknown fields are reported before missing ones.
    pub fn check(&self) -> Result<(), PolicyError> {
        if self.format != POLICY_FORMAT {
            return Err(PolicyError::Format(self.format));
        }
        if !(1..=1000).contains(&self.k) {
            return Err(PolicyError::BadK(self.k));
        }
        for path in self.rules.keys() {
            if fields::field(path).is_none() {
                return Err(PolicyError::UnknownField(path.clone()));
            }
        }
        for q in &self.quasi_identifiers {
            if fields::field(q).is_none() {
                return Err(PolicyError::UnknownQuasiIdentifier(q.clone()));
            }
        }
        for a in &self.sensitive_attributes {
            if fields::field(a).is_none() {
                return Err(PolicyError::UnknownSensitiveAttribute(a.clone()));
            }
        }
        if let Some(l) = self.l.filter(|l| !(1..=1000).contains(l)) {
            return Err(PolicyError::BadL(l));
        }
        for f in fields::fields() {
            let rule = self.rules.get(&f.path).ok_or_else(|| PolicyError::MissingRule(f.path.clone()))?;
            if f.class == IdClass::Direct && *rule == Rule::Keep {
                return Err(PolicyError::DirectKept(f.path.clone()));
            }
            let ok = allowed_rules(f);
            if !ok.contains(rule) {
                return Err(PolicyError::NotApplicable {
                    path: f.path.clone(),
                    rule: rule.to_string(),
                    kind: kind_name(f.kind),
                    hint: format!("use one of {}", ok.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(", ")),
                });
            }
        }
        Ok(())
    }
}

/// The JSON Schema (2020-12) of the de-identification policy.
pub fn policy_schema() -> serde_json::Value {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<Policy>();
    serde_json::to_value(schema).expect("a generated schema is valid JSON")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_policy_covers_every_field_and_checks() {
        let p = Policy::default();
        p.check().unwrap();
        assert_eq!(p.rules.len(), fields::fields().len());
        assert_eq!(p.rule("identity"), Some(Rule::Drop));
        assert_eq!(p.rule("actors[].id"), Some(Rule::Pseudonymise));
        assert_eq!(p.rule("participant.birth_year"), Some(Rule::Generalise(Generalisation::BirthYearBand5)));
        let back = Policy::from_json(&p.to_json()).unwrap();
        assert_eq!(back, p);
        assert_eq!(back.sha256(), p.sha256());
    }

    #[test]
    fn fail_missing_unknown_direct_kept_and_inapplicable() {
        let mut p = Policy::default();
        p.rules.remove("participant.birth_year");
        assert_eq!(p.check(), Err(PolicyError::MissingRule("participant.birth_year".into())));
        let mut p = Policy::default();
        p.rules.insert("participant.favourite_colour".into(), Rule::Keep);
        assert_eq!(p.check(), Err(PolicyError::UnknownField("participant.favourite_colour".into())));
        let mut p = Policy::default();
        p.rules.insert("identity".into(), Rule::Keep);
        assert_eq!(p.check(), Err(PolicyError::DirectKept("identity".into())));
        let mut p = Policy::default();
        p.rules.insert("interview.date".into(), Rule::Generalise(Generalisation::AmountBand));
        assert!(matches!(p.check(), Err(PolicyError::NotApplicable { .. })));
        let mut p = Policy::default();
        p.rules.insert("actors[].id".into(), Rule::Keep);
        assert!(matches!(p.check(), Err(PolicyError::NotApplicable { .. })));
    }
}
