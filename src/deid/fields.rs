//! The interview schema seen as de-identification rule points.
//!
//! A *rule point* is a schema property whose `x-fv-deid` keyword is not `recurse`: the policy
//! gives each one a [`Rule`](super::Rule). Properties marked `recurse` are containers whose
//! children carry their own rules. Paths read like `migration_episodes[].fees[].amount.amount`.
//! This module only reads the generated interview schema; it transforms nothing.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::schema::interview_schema;

/// Identifier class a field declares in `x-fv-class`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdClass {
    /// Identifies a person on its own (name, phone, address).
    Direct,
    /// Identifies in combination with other fields (birth year, origin, dates).
    Quasi,
    /// Free text that may hold anything.
    Sensitive,
    /// Not identifying.
    None,
}

/// The shape of a rule point's value, which decides which rules apply to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// Free text.
    Text,
    /// A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    Date,
    /// A calendar year (birth or marriage year).
    Year,
    /// Another whole number.
    Integer,
    /// A decimal number.
    Number,
    /// An amount of money with its currency.
    Money,
    /// One actor id or a list of them.
    ActorRef,
    /// A coded value (enumeration, currency, country, language), or a list of them.
    Code,
    /// True or false.
    Bool,
    /// A whole nested object (kept or dropped as one).
    Object,
}

/// One rule point of the interview schema.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Field {
    /// Path such as `participant.birth_year` or `migration_episodes[].employer`.
    pub path: String,
    /// Declared identifier class.
    pub class: IdClass,
    /// Shape of the value.
    pub kind: FieldKind,
    /// Whether the value is a list (of `kind`).
    pub list: bool,
    /// The schema's default rule keyword (`x-fv-deid`).
    pub keyword: String,
    /// The schema's description of the field.
    pub description: String,
}

/// A container in the schema: each property is a rule point or a nested container.
#[derive(Debug)]
pub(crate) struct Node {
    pub props: BTreeMap<String, Prop>,
}

/// One property of a [`Node`].
#[derive(Debug)]
pub(crate) enum Prop {
    /// A rule point, by index into [`fields`].
    Rule(usize),
    /// A nested object (or list of objects) whose properties have their own rules.
    Recurse { list: bool, node: Node },
}

struct Walked {
    fields: Vec<Field>,
    root: Node,
}

fn walked() -> &'static Walked {
    static W: OnceLock<Walked> = OnceLock::new();
    W.get_or_init(|| {
        let schema = interview_schema();
        let mut fields = Vec::new();
        let root = walk(&schema, &schema, "", &mut fields);
        Walked { fields, root }
    })
}

/// Every rule point of the interview schema, sorted by path.
pub fn fields() -> &'static [Field] {
    &walked().fields
}

/// The rule point at `path`, if there is one.
pub fn field(path: &str) -> Option<&'static Field> {
    fields().iter().find(|f| f.path == path)
}

pub(crate) fn root() -> &'static Node {
    &walked().root
}

fn def_name(r: &str) -> &str {
    r.rsplit('/').next().unwrap_or(r)
}

fn resolve<'a>(root: &'a Value, s: &'a Value) -> (&'a Value, Option<&'a str>) {
    match s.get("$ref").and_then(Value::as_str) {
        Some(r) => (&root["$defs"][def_name(r)], Some(def_name(r))),
        None => (s, None),
    }
}

/// The schema of a property's value with `null` alternatives and `$ref`s removed, whether it is
/// a list, and the name of the definition it refers to.
pub(crate) fn unwrap<'a>(root: &'a Value, prop: &'a Value) -> (&'a Value, bool, Option<&'a str>) {
    let mut s = prop;
    if let Some(any) = s.get("anyOf").and_then(Value::as_array) {
        if let Some(non_null) = any.iter().find(|a| a.get("type").and_then(Value::as_str) != Some("null")) {
            if any.len() == 2 {
                s = non_null;
            }
        }
    }
    let is_array = s.get("type").and_then(Value::as_str) == Some("array");
    if is_array {
        let (inner, name) = resolve(root, &s["items"]);
        return (inner, true, name);
    }
    let (inner, name) = resolve(root, s);
    (inner, false, name)
}

fn type_is(s: &Value, t: &str) -> bool {
    match s.get("type") {
        Some(Value::String(x)) => x == t,
        Some(Value::Array(xs)) => xs.iter().any(|x| x == t),
        _ => false,
    }
}

pub(crate) fn kind_of(s: &Value, def: Option<&str>) -> FieldKind {
    match def {
        Some("PartialDate") => return FieldKind::Date,
        Some("Money") => return FieldKind::Money,
        Some("ActorId") => return FieldKind::ActorRef,
        Some("Currency" | "CountryCode" | "LanguageTag") => return FieldKind::Code,
        Some(d) if d.starts_with("Choice_") => return FieldKind::Code,
        _ => {}
    }
    if s.get("enum").is_some() || s.get("oneOf").is_some() {
        FieldKind::Code
    } else if s.get("properties").is_some() {
        FieldKind::Object
    } else if type_is(s, "integer") {
        if s.get("minimum").and_then(Value::as_f64) == Some(1900.0) {
            FieldKind::Year
        } else {
            FieldKind::Integer
        }
    } else if type_is(s, "number") {
        FieldKind::Number
    } else if type_is(s, "boolean") {
        FieldKind::Bool
    } else {
        FieldKind::Text
    }
}

fn class_of(p: &Value) -> IdClass {
    match p.get("x-fv-class").and_then(Value::as_str) {
        Some("direct") => IdClass::Direct,
        Some("quasi") => IdClass::Quasi,
        Some("sensitive") => IdClass::Sensitive,
        _ => IdClass::None,
    }
}

fn walk(root: &Value, obj: &Value, prefix: &str, out: &mut Vec<Field>) -> Node {
    let mut props = BTreeMap::new();
    let Some(map) = obj.get("properties").and_then(Value::as_object) else {
        return Node { props };
    };
    let mut names: Vec<&String> = map.keys().collect();
    names.sort();
    for name in names {
        let p = &map[name];
        let keyword = p.get("x-fv-deid").and_then(Value::as_str).unwrap_or("").to_owned();
        let (inner, list, def) = unwrap(root, p);
        let path = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
        if keyword == "recurse" {
            let child_prefix = if list { format!("{path}[]") } else { path };
            let node = walk(root, inner, &child_prefix, out);
            props.insert(name.clone(), Prop::Recurse { list, node });
        } else {
            let description = p.get("description").and_then(Value::as_str).unwrap_or("").to_owned();
            out.push(Field { path, class: class_of(p), kind: kind_of(inner, def), list, keyword, description });
            props.insert(name.clone(), Prop::Rule(out.len() - 1));
        }
    }
    Node { props }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_points_cover_the_schema_with_kinds() {
        let f = |p: &str| field(p).unwrap_or_else(|| panic!("no rule point {p}"));
        assert_eq!(f("participant.birth_year").kind, FieldKind::Year);
        assert_eq!(f("interview.date").kind, FieldKind::Date);
        assert_eq!(f("participant.pre_migration_income").kind, FieldKind::Money);
        assert_eq!(f("migration_episodes[].fees[].amount.amount").kind, FieldKind::Number);
        assert_eq!(f("migration_episodes[].exits[].helped_by").kind, FieldKind::ActorRef);
        assert!(f("migration_episodes[].exits[].helped_by").list);
        assert_eq!(f("identity").kind, FieldKind::Object);
        assert_eq!(f("identity").class, IdClass::Direct);
        assert_eq!(f("participant.gender").kind, FieldKind::Code);
        assert_eq!(f("notes").kind, FieldKind::Text);
        assert!(field("migration_episodes[].fees[].amount").is_none(), "money under recurse is a container");
        assert!(fields().len() > 100);
    }
}
