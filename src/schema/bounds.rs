//! Numeric bounds of the interview schema, checked on the typed record.
//!
//! [`Bounds`] is compiled once from the schema into a tree shaped like the record that keeps only
//! the branches leading to a `minimum` or `maximum`. [`Bounds::check`] walks a record through a
//! serde [`Serializer`] that follows that tree: a field with no bounds below it is not serialised
//! at all, and no `serde_json::Value` is built. A number is seen exactly as `serde_json` would
//! write it, so the bounds apply to what the JSON Schema describes.

use std::collections::BTreeMap;
use std::fmt;

use serde::ser::{self, Serialize, Serializer};
use serde_json::Value;

use super::problems::Problem;

/// The schema's numeric bounds, as a tree shaped like the record.
#[derive(Default)]
pub(super) struct Bounds {
    limits: Vec<(Option<f64>, Option<f64>)>,
    props: BTreeMap<String, Bounds>,
    items: Option<Box<Bounds>>,
}

/// One step of a field path, kept unformatted until an error needs it. Ordered like the keys of a
/// JSON object (by name) and the items of an array (by index).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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

impl Bounds {
    /// Compiles the bounds under `node` of the schema `root` (`$ref`s into `$defs` followed).
    pub(super) fn compile(root: &Value, node: &Value, depth: usize) -> Bounds {
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

    /// Reports every number of `value`'s JSON form outside the bounds that apply to it, as
    /// `err(path, problem, [(limit name, limit), ("value", number)])`, in the order of the JSON:
    /// object keys by name, array items by index.
    pub(super) fn check<T: Serialize + ?Sized>(&self, value: &T, err: &mut impl FnMut(String, Problem, &[(&str, String)])) {
        let mut ctx = Ctx { path: Vec::new(), found: Vec::new() };
        // Our serializer fails only on what serde_json could not write either (a record always
        // serialises), so there is nothing more to report.
        let _ = value.serialize(Walk { node: self, ctx: &mut ctx });
        // Fields are visited in declaration order; sort (stably) into the JSON object order.
        ctx.found.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, problem, limit, shown) in ctx.found {
            let name = if problem == Problem::BelowMinimum { "min" } else { "max" };
            err(render(&path), problem, &[(name, limit), ("value", shown)]);
        }
    }

    // `!(x >= min)` rather than `x < min`: a NaN is outside every limit.
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    fn number(&self, x: f64, shown: impl Fn() -> String, ctx: &mut Ctx<'_>) {
        for &(min, max) in &self.limits {
            if let Some(min) = min.filter(|min| !(x >= *min)) {
                ctx.found.push((ctx.path.clone(), Problem::BelowMinimum, min.to_string(), shown()));
            }
            if let Some(max) = max.filter(|max| !(x <= *max)) {
                ctx.found.push((ctx.path.clone(), Problem::AboveMaximum, max.to_string(), shown()));
            }
        }
    }
}

/// The walk's state: the current path and the problems found (unrendered path, problem, limit,
/// the number as JSON writes it).
struct Ctx<'a> {
    path: Vec<Seg<'a>>,
    found: Vec<(Vec<Seg<'a>>, Problem, String, String)>,
}

/// The serializer's error type. Never produced for a record; serde requires one.
#[derive(Debug)]
struct WalkError(String);

impl fmt::Display for WalkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WalkError {}

impl ser::Error for WalkError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        WalkError(msg.to_string())
    }
}

/// Serializes one value at one node of the bounds tree.
struct Walk<'a, 'c> {
    node: &'a Bounds,
    ctx: &'c mut Ctx<'a>,
}

impl<'a, 'c> Walk<'a, 'c> {
    fn int(self, n: impl fmt::Display + Copy, x: f64) -> Result<(), WalkError> {
        self.node.number(x, || n.to_string(), self.ctx);
        Ok(())
    }

    fn float(self, x: f64) -> Result<(), WalkError> {
        // serde_json writes a non-finite float as null, which no bound applies to.
        if let Some(n) = serde_json::Number::from_f64(x) {
            self.node.number(x, || n.to_string(), self.ctx);
        }
        Ok(())
    }

    /// Walks `value` as the member `key` of an object at this node, if any bound lies below it.
    fn member<T: Serialize + ?Sized>(node: &'a Bounds, ctx: &mut Ctx<'a>, key: &str, value: &T) -> Result<(), WalkError> {
        if let Some((k, sub)) = node.props.get_key_value(key) {
            ctx.path.push(Seg::Key(k));
            let r = value.serialize(Walk { node: sub, ctx });
            ctx.path.pop();
            r?;
        }
        Ok(())
    }

    fn compound(self) -> Compound<'a, 'c> {
        Compound { node: self.node, ctx: self.ctx, index: 0, key: None, pushed: false }
    }

    /// The `{"variant": …}` wrapper serde_json writes around a non-unit enum variant.
    fn variant(self, variant: &'static str) -> Compound<'a, 'c> {
        match self.node.props.get_key_value(variant) {
            Some((k, sub)) => {
                self.ctx.path.push(Seg::Key(k));
                Compound { node: sub, ctx: self.ctx, index: 0, key: None, pushed: true }
            }
            None => Compound { node: &EMPTY, ctx: self.ctx, index: 0, key: None, pushed: false },
        }
    }
}

/// A node with no bounds: everything under it is skipped.
static EMPTY: Bounds = Bounds { limits: Vec::new(), props: BTreeMap::new(), items: None };

/// A sequence, map, struct or variant being walked: `index` counts the items, `key` is the pending
/// map key, `pushed` says the variant's name was pushed on the path (and is popped at the end).
struct Compound<'a, 'c> {
    node: &'a Bounds,
    ctx: &'c mut Ctx<'a>,
    index: usize,
    key: Option<String>,
    pushed: bool,
}

impl<'a> Compound<'a, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WalkError> {
        let i = self.index;
        self.index += 1;
        if let Some(sub) = &self.node.items {
            self.ctx.path.push(Seg::Index(i));
            let r = value.serialize(Walk { node: sub, ctx: self.ctx });
            self.ctx.path.pop();
            r?;
        }
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), WalkError> {
        Walk::member(self.node, self.ctx, key, value)
    }

    fn end(self) -> Result<(), WalkError> {
        if self.pushed {
            self.ctx.path.pop();
        }
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WalkError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WalkError> {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WalkError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WalkError> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WalkError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WalkError> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WalkError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WalkError> {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), WalkError> {
        // serde_json writes map keys as strings (numbers and booleans quoted, as they print).
        let name = serde_json::to_value(key).map_err(ser::Error::custom)?;
        let name = match name {
            Value::String(s) => s,
            other => other.to_string(),
        };
        self.key = Some(name);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WalkError> {
        let key = self.key.take().unwrap_or_default();
        self.field(&key, value)
    }
    fn end(self) -> Result<(), WalkError> {
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), WalkError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), WalkError> {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), WalkError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), WalkError> {
        Compound::end(self)
    }
}

impl<'a, 'c> Serializer for Walk<'a, 'c> {
    type Ok = ();
    type Error = WalkError;
    type SerializeSeq = Compound<'a, 'c>;
    type SerializeTuple = Compound<'a, 'c>;
    type SerializeTupleStruct = Compound<'a, 'c>;
    type SerializeTupleVariant = Compound<'a, 'c>;
    type SerializeMap = Compound<'a, 'c>;
    type SerializeStruct = Compound<'a, 'c>;
    type SerializeStructVariant = Compound<'a, 'c>;

    fn serialize_bool(self, _: bool) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_i16(self, v: i16) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_i32(self, v: i32) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_i64(self, v: i64) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_u16(self, v: u16) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_u32(self, v: u32) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_u64(self, v: u64) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_i128(self, v: i128) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_u128(self, v: u128) -> Result<(), WalkError> {
        self.int(v, v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<(), WalkError> {
        self.float(v as f64)
    }
    fn serialize_f64(self, v: f64) -> Result<(), WalkError> {
        self.float(v)
    }
    fn serialize_char(self, _: char) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_str(self, _: &str) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), WalkError> {
        // serde_json writes bytes as an array of numbers.
        let mut seq = self.compound();
        for b in v {
            seq.element(b)?;
        }
        Ok(())
    }
    fn serialize_none(self) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), WalkError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), WalkError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), WalkError> {
        Walk::member(self.node, self.ctx, variant, value)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a, 'c>, WalkError> {
        Ok(self.compound())
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a, 'c>, WalkError> {
        Ok(self.compound())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a, 'c>, WalkError> {
        Ok(self.compound())
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Compound<'a, 'c>, WalkError> {
        Ok(self.variant(variant))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a, 'c>, WalkError> {
        Ok(self.compound())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a, 'c>, WalkError> {
        Ok(self.compound())
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Compound<'a, 'c>, WalkError> {
        Ok(self.variant(variant))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Inner {
        z: u32,
        a: f64,
        #[serde(skip_serializing_if = "Option::is_none")]
        gone: Option<i64>,
    }

    #[derive(serde::Serialize)]
    enum Shape {
        Boxed { side: i64 },
        Wrapped(Inner),
    }

    #[derive(serde::Serialize)]
    struct Outer {
        items: Vec<Inner>,
        shape: Shape,
        map: BTreeMap<String, i64>,
        ignored: Vec<String>,
    }

    fn say(k: Problem, limit: &(&str, String)) -> String {
        let side = if k == Problem::BelowMinimum { "below the minimum" } else { "above the maximum" };
        format!("is {side} of {} ({})", limit.1, limit.0)
    }

    /// The walk finds exactly what checking the `serde_json::Value` of the record finds, in the
    /// same order (keys by name, items by index), with the same paths and numbers.
    #[test]
    fn walk_reports_like_the_json_value() {
        let schema = serde_json::json!({
            "properties": {
                "items": { "items": { "properties": {
                    "z": { "maximum": 10 }, "a": { "minimum": 0.5, "maximum": 2 }, "gone": { "minimum": 0 } } } },
                "shape": { "properties": {
                    "Boxed": { "properties": { "side": { "minimum": 1 } } },
                    "Wrapped": { "properties": { "a": { "maximum": 1 } } } } },
                "map": { "properties": { "k": { "maximum": 3 } } }
            }
        });
        let bounds = Bounds::compile(&schema, &schema, 0);
        let record = Outer {
            items: vec![Inner { z: 11, a: 0.25, gone: None }, Inner { z: 1, a: 1.0, gone: None }, Inner { z: 12, a: 3.0, gone: Some(-1) }],
            shape: Shape::Boxed { side: 0 },
            map: [("k".to_owned(), 4), ("j".to_owned(), 100)].into_iter().collect(),
            ignored: vec!["x".into()],
        };
        let mut found = Vec::new();
        bounds.check(&record, &mut |p, k, params| found.push(format!("{p}: {} {}", params[1].1, say(k, &params[0]))));
        assert_eq!(
            found,
            [
                "items[0].a: 0.25 is below the minimum of 0.5 (min)",
                "items[0].z: 11 is above the maximum of 10 (max)",
                "items[2].a: 3.0 is above the maximum of 2 (max)",
                "items[2].gone: -1 is below the minimum of 0 (min)",
                "items[2].z: 12 is above the maximum of 10 (max)",
                "map.k: 4 is above the maximum of 3 (max)",
                "shape.Boxed.side: 0 is below the minimum of 1 (min)",
            ]
        );
        let wrapped =
            Outer { items: vec![], shape: Shape::Wrapped(Inner { z: 0, a: 1.5, gone: None }), map: BTreeMap::new(), ignored: vec![] };
        let mut found = Vec::new();
        bounds.check(&wrapped, &mut |p, k, params| found.push(format!("{p}: {} {}", params[1].1, say(k, &params[0]))));
        assert_eq!(found, ["shape.Wrapped.a: 1.5 is above the maximum of 1 (max)"]);
    }
}
