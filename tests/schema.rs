//! The schema contract: committed schemas match the Rust types, every field is classified,
//! and validation errors name the field path.

use fieldvault::schema::{interview_schema, parse_interview, DEID_RULES, IDENTIFIER_CLASSES};
use serde_json::Value;

use crate::util::{check_committed, fixture_paths, read};

#[test]
fn committed_interview_schema_matches_the_rust_types() {
    check_committed("interview.schema.json", &interview_schema());
}

/// Every property of every object in the schema, with its JSON path.
fn properties(schema: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut objects: Vec<(String, &Value)> = vec![("$".into(), schema)];
    if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
        objects.extend(defs.iter().map(|(k, v)| (format!("$defs.{k}"), v)));
    }
    for (name, obj) in objects {
        if let Some(props) = obj.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                out.push((format!("{name}.{k}"), v.clone()));
            }
        }
    }
    out
}

#[test]
fn every_field_declares_an_identifier_class_and_a_deid_rule() {
    let schema = interview_schema();
    let props = properties(&schema);
    assert!(props.len() > 100, "expected the full interview schema, found {} fields", props.len());
    let mut missing = Vec::new();
    for (path, p) in &props {
        let class = p.get("x-fv-class").and_then(Value::as_str);
        let rule = p.get("x-fv-deid").and_then(Value::as_str);
        if !class.is_some_and(|c| IDENTIFIER_CLASSES.contains(&c)) || !rule.is_some_and(|r| DEID_RULES.contains(&r)) {
            missing.push(path.clone());
        }
        if class == Some("direct") && !matches!(rule, Some("drop" | "pseudonymise")) {
            missing.push(format!("{path} (direct identifier must be dropped or pseudonymised)"));
        }
    }
    assert!(missing.is_empty(), "fields without a valid x-fv-class / x-fv-deid: {missing:#?}");
}

#[test]
fn fail_a_field_without_a_class_is_caught() {
    // The walker above must notice a bare property; prove it on a doctored schema.
    let mut schema = interview_schema();
    schema["$defs"]["Fee"]["properties"]["notes"].as_object_mut().unwrap().remove("x-fv-class");
    let bare: Vec<_> = properties(&schema).into_iter().filter(|(_, p)| p.get("x-fv-class").is_none()).collect();
    assert_eq!(bare.len(), 1);
    assert_eq!(bare[0].0, "$defs.Fee.notes");
}

#[test]
fn every_fixture_is_a_valid_record() {
    let paths = fixture_paths();
    assert_eq!(paths.len(), 5, "five fixture interviews expected");
    for p in paths {
        if let Err(e) = parse_interview(&read(&p)) {
            panic!("{}: {e}", p.display());
        }
    }
}

fn first_fixture() -> Value {
    serde_json::from_str(&read(&fixture_paths()[0])).unwrap()
}

fn error_paths(v: &Value) -> Vec<String> {
    match parse_interview(&v.to_string()) {
        Ok(_) => panic!("expected a validation error"),
        Err(e) => e.0.into_iter().map(|e| e.path).collect(),
    }
}

#[test]
fn fail_bad_currency_names_the_path() {
    let mut v = first_fixture();
    v["migration_episodes"][0]["fees"][0]["amount"]["currency"] = "dollars".into();
    assert_eq!(error_paths(&v), ["migration_episodes[0].fees[0].amount.currency"]);
}

#[test]
fn fail_unknown_code_suggests_the_list_and_other() {
    let mut v = first_fixture();
    v["migration_episodes"][0]["status"] = "trainee".into();
    let err = parse_interview(&v.to_string()).unwrap_err();
    assert_eq!(err.0[0].path, "migration_episodes[0].status");
    assert!(err.0[0].message.contains("technical_intern_trainee"), "{}", err.0[0].message);
    assert!(err.0[0].message.contains("other:"), "{}", err.0[0].message);
    v["migration_episodes"][0]["status"] = "other: seasonal agricultural visa".into();
    parse_interview(&v.to_string()).expect("the other-escape is accepted");
}

#[test]
fn fail_out_of_range_numbers_and_dangling_actor_refs() {
    let mut v = first_fixture();
    v["migration_episodes"][0]["working_conditions"]["hours_per_day"] = 30.into();
    v["migration_episodes"][0]["employer"] = "nobody".into();
    v["migration_episodes"][0]["fees"][0]["amount"]["amount"] = (-5).into();
    let paths = error_paths(&v);
    assert!(paths.contains(&"migration_episodes[0].working_conditions.hours_per_day".to_string()), "{paths:?}");
    assert!(paths.contains(&"migration_episodes[0].employer".to_string()), "{paths:?}");
    assert!(paths.contains(&"migration_episodes[0].fees[0].amount.amount".to_string()), "{paths:?}");
}

#[test]
fn fail_bad_partial_date_and_unknown_field() {
    let mut v = first_fixture();
    v["interview"]["date"] = "2017-02-30".into();
    assert_eq!(error_paths(&v), ["interview.date"]);
    let mut v = first_fixture();
    v["participant"]["favourite_colour"] = "blue".into();
    assert_eq!(error_paths(&v), ["participant.favourite_colour"]);
}

#[test]
fn fail_no_consent_to_store() {
    let mut v = first_fixture();
    v["consent"]["scopes"]["store"] = false.into();
    assert_eq!(error_paths(&v), ["consent.scopes.store"]);
}
