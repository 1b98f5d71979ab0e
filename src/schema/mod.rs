//! The interview record: types, JSON Schema generation and validation.
//!
//! [`Interview`] is the record; [`parse_interview`] turns JSON into a validated record or a list
//! of every [`ValidationError`] found, each naming the field path (`migration_episodes[1].fees[0].amount`)
//! and a message key ([`Problem`]).
//! [`interview_schema`] renders the JSON Schema (2020-12) committed under `schemas/`. This module
//! knows nothing of storage or encryption.

mod bounds;
mod interview;
mod problems;
mod summary;
mod types;
mod validate;

pub use interview::*;
pub use problems::{english, field_label, location_label, Problem};
pub use summary::Summary;
pub use types::{enum_values, ActorId, Choice, CountryCode, Currency, LanguageTag, Money, PartialDate, Period, OTHER_PREFIX};
pub use validate::{interview_from_value, parse_interview, validate_interview, ValidationError, ValidationErrors};

/// Identifier classes a schema field may declare in `x-fv-class`.
pub const IDENTIFIER_CLASSES: [&str; 4] = ["direct", "quasi", "sensitive", "none"];

/// Default de-identification rules a schema field may declare in `x-fv-deid`.
pub const DEID_RULES: [&str; 11] = [
    "keep",
    "drop",
    "recurse",
    "pseudonymise",
    "redact_text",
    "generalise_year",
    "generalise_year_month",
    "generalise_region",
    "band_birth_year",
    "band_amount",
    "round",
];

/// The JSON Schema (2020-12) of the interview record, with the custom keywords.
pub fn interview_schema() -> serde_json::Value {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<Interview>();
    serde_json::to_value(schema).expect("a generated schema is valid JSON")
}
