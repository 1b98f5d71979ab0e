//! What can be wrong with a record, as message keys, and how each reads in English.
//!
//! A [`Problem`] is the key the UI translates (`ui/src/lib/i18n/problems.<lang>.json`, one entry
//! per key: the English file is also what [`english`] renders, so the CLI and the UI say the same
//! thing). [`field_label`] and [`location_label`] name a field path the way the form does, from
//! the form's English labels (`ui/src/lib/i18n/schema.en.json`).

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde_json::Value;

/// One kind of problem with a field; its `snake_case` name is the message key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// A required field is missing.
    Required,
    /// A field the record format does not have.
    UnknownField,
    /// Not a whole number.
    WholeNumber,
    /// Not a number.
    Number,
    /// Not text.
    Text,
    /// Not yes or no.
    YesNo,
    /// Not a list.
    List,
    /// Not a group of fields (a JSON object).
    Group,
    /// Below the schema's minimum (`min`).
    BelowMinimum,
    /// Above the schema's maximum (`max`).
    AboveMaximum,
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    PartialDate,
    /// Shaped like a date but not on the calendar (`value`).
    NotADate,
    /// Not a two-letter country code.
    CountryCode,
    /// Not a language tag.
    LanguageTag,
    /// Not a three-letter currency code.
    CurrencyCode,
    /// Not a well-formed actor id.
    ActorId,
    /// A code outside the field's list (`value`).
    NotInList,
    /// `other:` with nothing after it.
    OtherNeedsText,
    /// Some other text format the schema asks for.
    Format,
    /// A record format version this build does not read (`version`, `supported`).
    UnsupportedVersion,
    /// The participant did not consent to storage.
    NoConsentToStore,
    /// An actor id used twice (`id`).
    DuplicateActorId,
    /// A reference to no actor (`id`).
    UnknownActor,
    /// An end before its start (`start`, `end`).
    EndsBeforeStart,
    /// The high end of a range below its low end (`min`, `max`).
    MaxBelowMin,
    /// A reference to no migration episode (`episode`, counted from 1, and `count`).
    UnknownEpisode,
    /// Anything else, in English words (`detail`).
    Invalid,
}

impl Problem {
    /// Every problem, in declaration order.
    pub const ALL: [Problem; 27] = [
        Problem::Required,
        Problem::UnknownField,
        Problem::WholeNumber,
        Problem::Number,
        Problem::Text,
        Problem::YesNo,
        Problem::List,
        Problem::Group,
        Problem::BelowMinimum,
        Problem::AboveMaximum,
        Problem::PartialDate,
        Problem::NotADate,
        Problem::CountryCode,
        Problem::LanguageTag,
        Problem::CurrencyCode,
        Problem::ActorId,
        Problem::NotInList,
        Problem::OtherNeedsText,
        Problem::Format,
        Problem::UnsupportedVersion,
        Problem::NoConsentToStore,
        Problem::DuplicateActorId,
        Problem::UnknownActor,
        Problem::EndsBeforeStart,
        Problem::MaxBelowMin,
        Problem::UnknownEpisode,
        Problem::Invalid,
    ];

    /// The message key (`whole_number`).
    pub fn key(self) -> &'static str {
        KEYS.get_or_init(|| {
            Problem::ALL
                .iter()
                .map(|p| match serde_json::to_value(p) {
                    Ok(Value::String(s)) => (*p, &*Box::leak(s.into_boxed_str())),
                    _ => unreachable!("a unit variant serialises as a string"),
                })
                .collect()
        })[&self]
    }
}

static KEYS: OnceLock<HashMap<Problem, &'static str>> = OnceLock::new();

/// The English templates, `{field}` and the problem's parameters in braces.
fn templates() -> &'static HashMap<String, String> {
    static T: OnceLock<HashMap<String, String>> = OnceLock::new();
    T.get_or_init(|| {
        serde_json::from_str(include_str!("../../ui/src/lib/i18n/problems.en.json")).expect("problems.en.json is a JSON object of strings")
    })
}

/// The form's English labels (`field.<Def>.<prop>`, `section.<Def>`).
fn labels() -> &'static HashMap<String, String> {
    static L: OnceLock<HashMap<String, String>> = OnceLock::new();
    L.get_or_init(|| {
        serde_json::from_str(include_str!("../../ui/src/lib/i18n/schema.en.json")).expect("schema.en.json is a JSON object of strings")
    })
}

/// The English message of `problem` at a field labelled `field`.
pub fn english(problem: Problem, field: &str, params: &BTreeMap<String, String>) -> String {
    let template = templates().get(problem.key()).map_or("{field}: {detail}", String::as_str);
    let mut out = String::with_capacity(template.len() + field.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match (name, params.get(name)) {
                    ("field", _) => out.push_str(field),
                    (_, Some(v)) => out.push_str(v),
                    _ => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// One step of a field path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Seg {
    Key(String),
    Index(usize),
}

/// `migration_episodes[1].fees[0].amount` → its steps.
pub(super) fn parse_path(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Seg::Key(key.to_owned()));
        }
        while let Some((n, r)) = rest.split_once(']') {
            if let Ok(i) = n.parse() {
                out.push(Seg::Index(i));
            }
            rest = r.strip_prefix('[').unwrap_or(r);
        }
    }
    out
}

/// The steps back as a path string.
pub(super) fn render_path(segs: &[Seg]) -> String {
    let mut out = String::new();
    for s in segs {
        match s {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// What the schema says of one field of a path: the definition it belongs to and its name.
struct Step<'r, 's> {
    def: String,
    name: &'s str,
    /// The field's schema (its `$ref` and nullable `anyOf` followed), if the schema has it.
    node: Option<&'r Value>,
}

/// The schema node a property schema stands for: its `$ref` or the non-null branch of an
/// `anyOf`, followed; with the `$defs` name it came from.
pub(super) fn resolve<'a>(root: &'a Value, mut node: &'a Value, mut def: Option<String>) -> (Option<String>, &'a Value) {
    for _ in 0..8 {
        if let Some(name) = node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
            match root.get("$defs").and_then(|d| d.get(name)) {
                Some(target) => {
                    def = Some(name.to_owned());
                    node = target;
                    continue;
                }
                None => break,
            }
        }
        let branches: Vec<&Value> = node
            .get("anyOf")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter(|b| b.get("type").and_then(Value::as_str) != Some("null")).collect())
            .unwrap_or_default();
        if branches.len() == 1 && node.get("x-fv-type").is_none() {
            node = branches[0];
            continue;
        }
        break;
    }
    (def, node)
}

/// Walks `segs` through the interview schema.
fn steps<'r, 's>(root: &'r Value, segs: &'s [Seg]) -> Vec<Step<'r, 's>> {
    let mut out = Vec::new();
    let mut def = "Interview".to_owned();
    let mut node = Some(root);
    for seg in segs {
        match seg {
            Seg::Index(_) => {
                node = node.and_then(|n| n.get("items")).map(|n| resolve(root, n, None)).map(|(d, n)| {
                    if let Some(d) = d {
                        def = d;
                    }
                    n
                });
            }
            Seg::Key(k) => {
                let prop = node.and_then(|n| n.get("properties")).and_then(|p| p.get(k.as_str()));
                out.push(Step { def: def.clone(), name: k, node: prop.map(|p| resolve(root, p, None).1) });
                node = prop.map(|p| resolve(root, p, None)).map(|(d, n)| {
                    if let Some(d) = d {
                        def = d;
                    }
                    n
                });
            }
        }
    }
    out
}

/// The schema node of the field at `path`, if the schema has that field.
pub(super) fn node_at<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    steps(root, &parse_path(path)).last().and_then(|s| s.node)
}

fn humanize(name: &str) -> String {
    let s = name.replace('_', " ");
    let mut c = s.trim().chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

fn label_of(def: &str, name: &str) -> String {
    labels().get(&format!("field.{def}.{name}")).cloned().unwrap_or_else(|| humanize(name))
}

/// The English label of the field at `path` ("Number of children"); "The record" for `""`.
pub fn field_label(root: &Value, path: &str) -> String {
    let segs = parse_path(path);
    let trailing: Vec<usize> = segs.iter().rev().map_while(|s| if let Seg::Index(i) = s { Some(*i) } else { None }).collect();
    let named = &segs[..segs.len() - trailing.len()];
    let Some(last) = steps(root, named).pop() else { return "The record".to_owned() };
    let mut label = label_of(&last.def, last.name);
    for i in trailing.iter().rev() {
        label.push_str(&format!(" {}", i + 1));
    }
    label
}

/// The English labels of the groups around the field at `path`, joined with " › "
/// ("Migration episodes 1 › Fees 2"); empty for a top-level field.
pub fn location_label(root: &Value, path: &str) -> String {
    let segs = parse_path(path);
    let trailing = segs.iter().rev().take_while(|s| matches!(s, Seg::Index(_))).count();
    let named = &segs[..segs.len() - trailing];
    let Some(cut) = named.iter().rposition(|s| matches!(s, Seg::Key(_))) else { return String::new() };
    let outer = &named[..cut];
    let mut parts: Vec<String> = Vec::new();
    let all = steps(root, outer);
    let mut it = all.iter();
    for seg in outer {
        match seg {
            Seg::Key(_) => {
                if let Some(s) = it.next() {
                    parts.push(label_of(&s.def, s.name));
                }
            }
            Seg::Index(i) => {
                if let Some(p) = parts.last_mut() {
                    p.push_str(&format!(" {}", i + 1));
                }
            }
        }
    }
    parts.join(" › ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_has_an_english_template_and_no_template_is_unused() {
        let keys: Vec<&str> = Problem::ALL.iter().map(|p| p.key()).collect();
        for k in &keys {
            assert!(templates().contains_key(*k), "problems.en.json lacks {k}");
        }
        for k in templates().keys() {
            assert!(keys.contains(&k.as_str()), "problems.en.json has {k}, which no Problem uses");
        }
        assert_eq!(Problem::WholeNumber.key(), "whole_number");
    }

    #[test]
    fn english_fills_the_field_and_the_parameters() {
        let params = BTreeMap::from([("min".to_owned(), "0".to_owned())]);
        assert_eq!(english(Problem::WholeNumber, "Number of children", &params), "Number of children must be a whole number");
        assert_eq!(english(Problem::BelowMinimum, "Amount", &params), "Amount must be at least 0");
    }

    #[test]
    fn paths_parse_and_render_back() {
        for p in ["", "notes", "migration_episodes[1].fees[0].amount", "actors[2].same_as[0]"] {
            assert_eq!(render_path(&parse_path(p)), p);
        }
    }

    #[test]
    fn labels_name_fields_as_the_form_does() {
        let schema = super::super::interview_schema();
        assert_eq!(field_label(&schema, "participant.children"), "Number of children");
        assert_eq!(location_label(&schema, "participant.children"), "Participant");
        assert_eq!(location_label(&schema, "migration_episodes[1].fees[0].amount.currency"), "Migration episodes 2 › Fees paid 1 › Amount");
        assert_eq!(field_label(&schema, "actors[0].same_as[1]"), "Same as 2");
        assert_eq!(field_label(&schema, "participant.favourite_colour"), "Favourite colour");
        assert_eq!(field_label(&schema, ""), "The record");
    }
}
