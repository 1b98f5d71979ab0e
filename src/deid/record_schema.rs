//! The de-identified record's JSON Schema, derived from the interview schema.
//!
//! Each rule point's schema becomes the union of what the rules applicable to it can produce
//! (a pseudonym, a birth-year band, a banded amount, or the original shape), so one committed
//! schema (`schemas/deid-record.schema.json`) validates records made under any valid policy.
//! Direct identifiers that can only be dropped (the whole `identity` section) are absent from
//! it, no property is required except the pseudonymous `interview_id`, and unknown properties
//! stay forbidden: a field the schema does not expect fails validation.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::fields::FieldKind;
use super::policy::{applicable_rules, Generalisation, Rule};
use crate::schema::interview_schema;

fn def_name(r: &str) -> &str {
    r.rsplit('/').next().unwrap_or(r)
}

/// The property's value schema, its def name and whether it is a list (as in `fields`).
fn target_def(prop: &Value) -> Option<String> {
    let mut s = prop;
    if let Some(any) = s.get("anyOf").and_then(Value::as_array) {
        if any.len() == 2 {
            if let Some(x) = any.iter().find(|a| a.get("type").and_then(Value::as_str) != Some("null")) {
                s = x;
            }
        }
    }
    if s.get("type").and_then(Value::as_str) == Some("array") {
        s = &s["items"];
    }
    s.get("$ref").and_then(Value::as_str).map(|r| def_name(r).to_owned())
}

fn strip_meta(p: &Value) -> Value {
    let mut p = p.clone();
    if let Some(m) = p.as_object_mut() {
        m.retain(|k, _| !k.starts_with("x-fv-") && k != "description");
    }
    p
}

fn transform_def(orig: &Value, root: &mut Value, name: &str, done: &mut BTreeSet<String>) {
    if !done.insert(name.to_owned()) {
        return;
    }
    let Some(props) = root["$defs"][name].get("properties").and_then(Value::as_object).cloned() else {
        return;
    };
    let mut new_props = Map::new();
    let mut recurse_into = Vec::new();
    for (k, p) in props {
        match transform_prop(orig, &p) {
            Some((np, Some(def))) => {
                recurse_into.push(def);
                new_props.insert(k, np);
            }
            Some((np, None)) => {
                new_props.insert(k, np);
            }
            None => {}
        }
    }
    let def = &mut root["$defs"][name];
    def["properties"] = Value::Object(new_props);
    if let Some(m) = def.as_object_mut() {
        m.remove("required");
    }
    for d in recurse_into {
        transform_def(orig, root, &d, done);
    }
}

/// The de-identified schema of one property, and the def to transform next when it recurses;
/// `None` when every applicable rule drops it.
fn transform_prop(orig: &Value, p: &Value) -> Option<(Value, Option<String>)> {
    let keyword = p.get("x-fv-deid").and_then(Value::as_str).unwrap_or("");
    if keyword == "recurse" {
        return Some((p.clone(), target_def(p)));
    }
    let class = p.get("x-fv-class").and_then(Value::as_str).unwrap_or("none");
    let (kind, list) = kind_of(orig, p);
    let mut rules = applicable_rules(kind);
    if class == "direct" {
        rules.retain(|r| matches!(r, Rule::Drop | Rule::Pseudonymise));
    }
    let mut alternatives: Vec<Value> = Vec::new();
    let mut names = Vec::new();
    for r in &rules {
        names.push(r.to_string());
        let alt = match r {
            Rule::Drop => continue,
            Rule::Pseudonymise if list => json!({"type": "array", "items": {"$ref": "#/$defs/Pseudonym"}}),
            Rule::Pseudonymise => json!({"$ref": "#/$defs/Pseudonym"}),
            Rule::Generalise(Generalisation::BirthYearBand5 | Generalisation::BirthYearBand10) => {
                json!({"$ref": "#/$defs/YearBand"})
            }
            _ => strip_meta(p),
        };
        if !alternatives.contains(&alt) {
            alternatives.push(alt);
        }
    }
    if alternatives.is_empty() {
        return None;
    }
    let mut out = if alternatives.len() == 1 { alternatives.remove(0) } else { json!({ "anyOf": alternatives }) };
    let m = out.as_object_mut().expect("schemas are objects");
    for key in ["description", "x-fv-class"] {
        if let Some(v) = p.get(key) {
            m.insert(key.into(), v.clone());
        }
    }
    m.insert("x-fv-deid-rules".into(), json!(names));
    Some((out, None))
}

fn kind_of(orig: &Value, p: &Value) -> (FieldKind, bool) {
    let (inner, list, def) = super::fields::unwrap(orig, p);
    (super::fields::kind_of(inner, def), list)
}

/// The JSON Schema (2020-12) of a de-identified record (one line of `records.jsonl`).
pub fn deid_record_schema() -> Value {
    let mut root = interview_schema();
    root["$id"] = json!("https://fieldvault.invalid/schemas/deid-record.schema.json");
    root["title"] = json!("FieldVault de-identified interview record");
    root["description"] = json!(
        "One interview after de-identification: direct identifiers dropped, linking values pseudonymised, quasi-identifiers generalised, free text redacted. Every id is a keyed-hash pseudonym."
    );
    root["$defs"]["Pseudonym"] = json!({
        "description": "Keyed-hash pseudonym: HMAC-SHA256 under the project's secret, first 64 bits in hex.",
        "type": "string",
        "pattern": "^p_[0-9a-f]{16}$"
    });
    root["$defs"]["YearBand"] = json!({
        "description": "A band of years, first and last year included (`1965-1969`).",
        "type": "string",
        "pattern": "^[0-9]{4}-[0-9]{4}$"
    });
    root["$defs"]["Money"]["properties"]["banded"] = json!({
        "description": "The amount is a band: `amount` is its low end (included) and `amount_max` its high end (excluded).",
        "type": "boolean"
    });
    // The root is transformed like a def.
    let root_props = root["properties"].clone();
    root["$defs"]["__root"] = json!({ "properties": root_props });
    let orig = interview_schema();
    let mut done = BTreeSet::new();
    transform_def(&orig, &mut root, "__root", &mut done);
    let mut props = root["$defs"]["__root"]["properties"].as_object().cloned().unwrap_or_default();
    root["$defs"].as_object_mut().expect("defs").remove("__root");
    props.insert(
        "interview_id".into(),
        json!({"$ref": "#/$defs/Pseudonym", "description": "Pseudonymous interview id.", "x-fv-class": "none"}),
    );
    root["properties"] = Value::Object(props);
    root["required"] = json!(["interview_id"]);
    prune_defs(&mut root);
    super::canonical(&root)
}

fn collect_refs(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let Some(r) = m.get("$ref").and_then(Value::as_str) {
                out.insert(def_name(r).to_owned());
            }
            m.values().for_each(|x| collect_refs(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

/// Removes definitions nothing refers to any more (the identity section's).
fn prune_defs(root: &mut Value) {
    let mut reachable = BTreeSet::new();
    collect_refs(&root["properties"], &mut reachable);
    loop {
        let mut next = reachable.clone();
        for d in &reachable {
            collect_refs(&root["$defs"][d], &mut next);
        }
        if next == reachable {
            break;
        }
        reachable = next;
    }
    if let Some(defs) = root["$defs"].as_object_mut() {
        defs.retain(|k, _| reachable.contains(k));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_is_gone_and_ids_are_pseudonyms() {
        let s = deid_record_schema();
        assert!(s["properties"].get("identity").is_none());
        assert!(s["$defs"].get("Identity").is_none());
        assert_eq!(s["properties"]["interview_id"]["$ref"], "#/$defs/Pseudonym");
        assert_eq!(s["$defs"]["Actor"]["properties"]["id"]["$ref"], "#/$defs/Pseudonym");
        assert_eq!(s["$defs"]["Actor"]["properties"]["contact"]["$ref"], "#/$defs/Pseudonym");
        assert!(s["$defs"]["Fee"].get("required").is_none());
    }
}
