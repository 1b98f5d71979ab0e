//! What a column means, in English and Vietnamese: the field's label and help, and the code
//! list of a coded field with each code's labels.
//!
//! Labels come from the interview schema (its code lists and descriptions) and the desktop
//! app's translations of it (`ui/src/lib/i18n/schema.{en,vi}.json`, keyed `field.DEF.PROP`,
//! `help.DEF.PROP`, `enum.DEF.CODE`), so the codebook says what the form said. This module only
//! reads them; the tables themselves are [`crate::bundle::tables`]'s.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::Value;

use crate::deid::fields::{self, Field};
use crate::schema::interview_schema;

/// One code of a code list, with its labels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// The value as the data holds it (`running_away`).
    pub value: String,
    /// English label.
    pub en: String,
    /// Vietnamese label.
    pub vi: String,
}

/// A code list: the schema definition it comes from and its codes, in the schema's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeList {
    /// The definition's name in the schema (`ExitKind`).
    pub name: String,
    /// The codes.
    pub codes: Vec<Code>,
    /// Whether an answer outside the list (`other: …`) is allowed.
    pub open: bool,
}

/// What a column means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meaning {
    /// English label.
    pub en: String,
    /// Vietnamese label.
    pub vi: String,
    /// English help text (the schema's description when the app has none).
    pub help: String,
    /// The code list, for a coded field.
    pub codes: Option<CodeList>,
}

fn translations(lang: &str) -> &'static BTreeMap<String, String> {
    static EN: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    static VI: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    let (cell, text) = match lang {
        "vi" => (&VI, include_str!("../../ui/src/lib/i18n/schema.vi.json")),
        _ => (&EN, include_str!("../../ui/src/lib/i18n/schema.en.json")),
    };
    cell.get_or_init(|| serde_json::from_str(text).expect("the app's schema translations are JSON objects of strings"))
}

fn schema() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(interview_schema)
}

fn tr(lang: &str, key: &str) -> Option<&'static str> {
    translations(lang).get(key).map(String::as_str)
}

/// The code list of schema definition `def` (`Gender`, `Choice_Gender`), if it has one.
fn code_list(root: &Value, def: &str) -> Option<CodeList> {
    let (name, open) = match def.strip_prefix("Choice_") {
        Some(inner) => (inner, true),
        None => (def, false),
    };
    let d = root["$defs"].get(name)?;
    let values: Vec<(String, String)> = if let Some(one_of) = d.get("oneOf").and_then(Value::as_array) {
        one_of
            .iter()
            .filter_map(|c| {
                let v = c.get("const")?.as_str()?;
                Some((v.to_owned(), c.get("description").and_then(Value::as_str).unwrap_or(v).to_owned()))
            })
            .collect()
    } else {
        d.get("enum")?.as_array()?.iter().filter_map(Value::as_str).map(|v| (v.to_owned(), v.to_owned())).collect()
    };
    let codes = values
        .into_iter()
        .map(|(value, description)| {
            let key = format!("enum.{name}.{value}");
            let en = tr("en", &key).map(str::to_owned).unwrap_or(description);
            let vi = tr("vi", &key).map(str::to_owned).unwrap_or_else(|| en.clone());
            Code { value, en, vi }
        })
        .collect();
    Some(CodeList { name: name.to_owned(), codes, open })
}

/// Labels of the members of a money value, which the app's translations do not name.
fn money_member(member: &str) -> (&'static str, &'static str) {
    match member {
        "amount" => ("amount (or low end of a range)", "số tiền (hoặc mức thấp của khoảng)"),
        "amount_max" => ("high end of a range", "mức cao của khoảng"),
        "currency" => ("currency (ISO 4217)", "đơn vị tiền tệ (ISO 4217)"),
        "per" => ("counted per", "tính theo"),
        "banded" => ("the amount is a band", "số tiền là một khoảng"),
        "amount_usd" => ("amount in US dollars at the year's average rate", "số tiền quy ra đô la Mỹ theo tỷ giá bình quân năm"),
        "amount_max_usd" => ("high end in US dollars at the year's average rate", "mức cao quy ra đô la Mỹ theo tỷ giá bình quân năm"),
        _ => ("", ""),
    }
}

/// What the column of rule point `field` means, for money the column of its `member`
/// (`amount`, `currency`, … and the export's own `amount_usd`).
pub fn meaning(field: &Field, member: Option<&str>) -> Meaning {
    let root = schema();
    // Walk the schema along the field's path, keeping the definitions that hold each property.
    let mut parents = vec!["Interview".to_owned()];
    let mut node: &Value = root;
    let segments: Vec<&str> = field.path.split('.').map(|s| s.trim_end_matches("[]")).collect();
    let mut last_def: Option<String> = None;
    for (i, seg) in segments.iter().enumerate() {
        let Some(prop) = node.get("properties").and_then(|p| p.get(*seg)) else {
            break;
        };
        let (inner, _list, def) = fields::unwrap(root, prop);
        if i + 1 == segments.len() {
            last_def = def.map(str::to_owned);
        } else {
            parents.push(def.unwrap_or("").to_owned());
            node = inner;
        }
    }
    let mut prop = segments.last().copied().unwrap_or("");
    let mut parent = parents.last().cloned().unwrap_or_default();
    let mut member = member;
    // A member of a money value: labelled as the money field, then the member.
    if parent == "Money" && segments.len() >= 2 {
        member = member.or(Some(prop));
        prop = segments[segments.len() - 2];
        parent = parents.get(parents.len().saturating_sub(2)).cloned().unwrap_or_default();
    }
    let en = tr("en", &format!("field.{parent}.{prop}")).unwrap_or(prop).to_owned();
    let vi = tr("vi", &format!("field.{parent}.{prop}")).map(str::to_owned).unwrap_or_else(|| en.clone());
    let help = tr("en", &format!("help.{parent}.{prop}")).map(str::to_owned).unwrap_or_else(|| field.description.clone());
    match member {
        Some(m) => {
            let (men, mvi) = money_member(m);
            let codes = if m == "per" { code_list(root, "Period") } else { None };
            Meaning { en: format!("{en}: {men}"), vi: format!("{vi}: {mvi}"), help, codes }
        }
        None => {
            let codes = match field.kind {
                fields::FieldKind::Code => last_def.as_deref().and_then(|d| code_list(root, d)),
                _ => None,
            };
            Meaning { en, vi, help, codes }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coded_fields_have_their_code_lists_in_english_and_vietnamese() {
        let f = fields::field("migration_episodes[].exits[].kind").expect("a rule point");
        let m = meaning(f, None);
        let codes = m.codes.clone().expect("exit kind is coded");
        assert_eq!(codes.name, "ExitKind");
        assert!(codes.open);
        let away = codes.codes.iter().find(|c| c.value == "running_away").expect("running_away is a code");
        assert_ne!(away.en, away.vi);
        assert!(!m.vi.is_empty() && m.vi != m.en, "{m:?}");
        let gender = meaning(fields::field("participant.gender").unwrap(), None);
        assert_eq!(gender.codes.unwrap().codes.len(), 4);
        let per = meaning(fields::field("participant.pre_migration_income").unwrap(), Some("per"));
        assert_eq!(per.codes.unwrap().name, "Period");
        assert!(meaning(fields::field("notes").unwrap(), None).codes.is_none());
        let fee = meaning(fields::field("migration_episodes[].fees[].amount.amount").unwrap(), None);
        assert_eq!(fee.en, format!("{}: amount (or low end of a range)", tr("en", "field.Fee.amount").unwrap()));
        let usd = meaning(fields::field("migration_episodes[].fees[].amount.amount").unwrap(), Some("amount_usd"));
        assert!(usd.en.contains("US dollars") && usd.vi.contains("đô la Mỹ"), "{usd:?}");
        let per = meaning(fields::field("migration_episodes[].fees[].amount.per").unwrap(), None);
        assert_eq!(per.codes.unwrap().name, "Period");
    }
}
