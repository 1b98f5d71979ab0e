//! The tables: how de-identified records become `data/*.csv` and `datapackage.json`.
//!
//! One CSV per repeatable section of the record (the interview itself, then each list), keyed by
//! the pseudonymous interview id and the list positions, with a Frictionless Data Package
//! descriptor (types, primary and foreign keys) so the tables load in R, pandas or
//! `frictionless validate`. [`data_files`] also writes `records.jsonl`. Public for any export
//! that writes the same layout (the analysis export). Nothing here signs, encrypts or reads.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::format::{json_bytes, Counts, FileParts};
use crate::deid::fields::{self, Field, FieldKind, Node, Prop};
use crate::deid::{Deidentified, Generalisation, Policy, Rule};

/// A value column of a table: which rule point it shows, and where its value comes from.
#[derive(Clone, Debug)]
pub struct Column {
    /// The CSV header (`participant.gender`, `amount.currency`).
    pub name: String,
    rel: Vec<String>,
    /// The rule point of the interview schema whose value the column holds.
    pub field: &'static Field,
    /// For a money field kept as an object: which member (`amount`, `currency`, …).
    pub member: Option<&'static str>,
    /// Frictionless type: `string`, `integer`, `number` or `boolean`.
    pub ty: &'static str,
    /// The schema's description of the field.
    pub description: String,
}

impl Column {
    /// The path of the value relative to the row's object (`["participant", "gender"]`).
    pub fn rel(&self) -> &[String] {
        &self.rel
    }
}

/// A CSV table: one row per interview, or per entry of a list in one.
#[derive(Clone, Debug)]
pub struct Table {
    /// The table's name (`interviews`, `migration_episodes_fees`); its file is `data/NAME.csv`.
    pub name: String,
    /// Index columns of the enclosing lists, outermost first (this table's own last); every
    /// table also begins with `interview_id`.
    pub keys: Vec<String>,
    /// The value columns, after the keys.
    pub columns: Vec<Column>,
    /// (child table index, path of its list relative to this table's row object).
    children: Vec<(usize, Vec<String>)>,
    /// The enclosing table, by index into the layout.
    pub parent: Option<usize>,
    /// One line saying what a row is.
    pub description: String,
}

fn column_type(kind: FieldKind, list: bool, rule: Rule) -> &'static str {
    if list || rule == Rule::Pseudonymise {
        return "string";
    }
    match (kind, rule) {
        (FieldKind::Year, Rule::Generalise(Generalisation::BirthYearBand5 | Generalisation::BirthYearBand10)) => "string",
        (FieldKind::Year | FieldKind::Integer, _) => "integer",
        (FieldKind::Number, _) => "number",
        (FieldKind::Bool, _) => "boolean",
        _ => "string",
    }
}

fn layout_node(node: &Node, policy: &Policy, t: usize, rel: Vec<String>, tables: &mut Vec<Table>) {
    for (name, prop) in &node.props {
        let mut path = rel.clone();
        path.push(name.clone());
        match prop {
            Prop::Rule(i) => {
                let f = &fields::fields()[*i];
                let rule = policy.rule(&f.path).unwrap_or(Rule::Drop);
                if rule == Rule::Drop {
                    continue;
                }
                let col = path.join(".");
                if f.kind == FieldKind::Money && rule != Rule::Pseudonymise {
                    for (m, ty) in
                        [("amount", "number"), ("amount_max", "number"), ("currency", "string"), ("per", "string"), ("banded", "boolean")]
                    {
                        tables[t].columns.push(Column {
                            name: format!("{col}.{m}"),
                            rel: path.clone(),
                            field: f,
                            member: Some(m),
                            ty,
                            description: format!("{} ({m})", f.description),
                        });
                    }
                } else {
                    let ty = column_type(f.kind, f.list, rule);
                    let mut description = f.description.clone();
                    if f.list {
                        description.push_str(" Several values are separated by ';'.");
                    }
                    tables[t].columns.push(Column { name: col, rel: path, field: f, member: None, ty, description });
                }
            }
            Prop::Recurse { list: false, node } => layout_node(node, policy, t, path, tables),
            Prop::Recurse { list: true, node } => {
                let name = if tables[t].parent.is_none() { path.join("_") } else { format!("{}_{}", tables[t].name, path.join("_")) };
                let mut keys = tables[t].keys.clone();
                keys.push(format!("{name}_index"));
                tables.push(Table {
                    name: name.clone(),
                    keys,
                    columns: Vec::new(),
                    children: Vec::new(),
                    parent: Some(t),
                    description: String::new(),
                });
                let c = tables.len() - 1;
                tables[t].children.push((c, path));
                layout_node(node, policy, c, Vec::new(), tables);
            }
        }
    }
}

/// The tables `policy` gives: `interviews` first, then each list's table after its parent's,
/// each with the columns of the rule points the policy does not drop.
pub fn layout(policy: &Policy) -> Vec<Table> {
    let mut tables = vec![Table {
        name: "interviews".into(),
        keys: Vec::new(),
        columns: Vec::new(),
        children: Vec::new(),
        parent: None,
        description: "One row per interview.".into(),
    }];
    layout_node(fields::root(), policy, 0, Vec::new(), &mut tables);
    for t in tables.iter_mut().skip(1) {
        t.description = format!("One row per entry of {} in an interview.", t.name);
    }
    tables
}

fn get<'a>(v: &'a Value, rel: &[String]) -> Option<&'a Value> {
    rel.iter().try_fold(v, |v, k| v.get(k))
}

fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a.iter().map(|x| cell(Some(x))).collect::<Vec<_>>().join(";"),
        Some(other) => other.to_string(),
    }
}

/// One record's rows of one table, as CSV.
struct Rows {
    csv: csv::Writer<Vec<u8>>,
    count: usize,
}

impl Rows {
    fn new() -> Rows {
        // A small buffer: a writer is made per table of each record, and the default 8 KiB,
        // zeroed each time, cost more than the rows it held.
        Rows { csv: csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).buffer_capacity(512).from_writer(Vec::new()), count: 0 }
    }

    fn into_bytes(self) -> Vec<u8> {
        self.csv.into_inner().expect("writing CSV to memory cannot fail")
    }
}

/// Where [`fill_rows`] puts the cells: CSV writers for a bundle, plain cells for other exports.
trait Sink {
    fn cell(&mut self, t: usize, value: &str);
    fn end_row(&mut self, t: usize);
}

impl Sink for [Rows] {
    fn cell(&mut self, t: usize, value: &str) {
        self[t].csv.write_field(value).expect("writing CSV to memory cannot fail");
    }
    fn end_row(&mut self, t: usize) {
        self[t].csv.write_record(None::<&[u8]>).expect("writing CSV to memory cannot fail");
        self[t].count += 1;
    }
}

/// One record's rows as cells: per table, per row, the cells in [`header`] order.
struct Cells(Vec<Vec<Vec<String>>>, Vec<String>);

impl Sink for Cells {
    fn cell(&mut self, _t: usize, value: &str) {
        self.1.push(value.to_owned());
    }
    fn end_row(&mut self, t: usize) {
        self.0[t].push(std::mem::take(&mut self.1));
    }
}

/// Writes the row of `row_obj` to table `t` and its children's rows; `keys` are the interview
/// id and the enclosing list positions. Cells are written as they are read: a string straight
/// from the record, other values through [`cell`].
fn fill_rows<S: Sink + ?Sized>(tables: &[Table], t: usize, row_obj: &Value, keys: &mut Vec<String>, rows: &mut S) {
    let table = &tables[t];
    for k in keys.iter() {
        rows.cell(t, k);
    }
    for c in &table.columns {
        let v = get(row_obj, &c.rel);
        let v = match c.member {
            Some(m) => v.and_then(|x| x.get(m)),
            None => v,
        };
        match v {
            Some(Value::String(s)) => rows.cell(t, s),
            v => rows.cell(t, &cell(v)),
        }
    }
    rows.end_row(t);
    for (child, rel) in &table.children {
        if let Some(Value::Array(items)) = get(row_obj, rel) {
            for (i, item) in items.iter().enumerate() {
                keys.push(i.to_string());
                fill_rows(tables, *child, item, keys, rows);
                keys.pop();
            }
        }
    }
}

/// One de-identified record's rows in the tables of [`layout`]: per table, per row, the cells
/// in [`header`] order, as the bundle's CSV holds them (`""` for a missing value, lists joined
/// by `;`). For exports that write the same tables in other formats.
pub fn record_rows(tables: &[Table], record: &Value) -> Vec<Vec<Vec<String>>> {
    let id = record.get("interview_id").and_then(Value::as_str).unwrap_or("").to_owned();
    let mut cells = Cells(vec![Vec::new(); tables.len()], Vec::new());
    fill_rows(tables, 0, record, &mut vec![id], &mut cells);
    cells.0
}

/// Rows as CSV (CRLF line ends, quoted only where needed): rows written one call at a time
/// join into exactly the bytes of writing them all at once.
fn csv_bytes(rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for r in rows {
        w.write_record(r).expect("writing CSV to memory cannot fail");
    }
    w.into_inner().expect("writing CSV to memory cannot fail")
}

/// A table's CSV header: `interview_id`, the list positions, then the value columns.
pub fn header(t: &Table) -> Vec<String> {
    let mut h = vec!["interview_id".to_string()];
    h.extend(t.keys.iter().cloned());
    h.extend(t.columns.iter().map(|c| c.name.clone()));
    h
}

fn datapackage(tables: &[Table], project_id: &str, created_at: &str) -> Value {
    let resources: Vec<Value> = tables
        .iter()
        .map(|t| {
            let mut fields = vec![json!({"name": "interview_id", "type": "string", "description": "Pseudonymous interview id.", "constraints": {"required": true, "pattern": "p_[0-9a-f]{16}"}})];
            for k in &t.keys {
                fields.push(json!({"name": k, "type": "integer", "description": "Position in the list, from 0.", "constraints": {"required": true, "minimum": 0}}));
            }
            for c in &t.columns {
                fields.push(json!({"name": c.name, "type": c.ty, "description": c.description}));
            }
            let mut pk = vec!["interview_id".to_string()];
            pk.extend(t.keys.iter().cloned());
            let mut fks = Vec::new();
            if let Some(p) = t.parent {
                let parent = &tables[p];
                let mut fk_fields = vec!["interview_id".to_string()];
                fk_fields.extend(parent.keys.iter().cloned());
                fks.push(json!({"fields": fk_fields, "reference": {"resource": parent.name, "fields": fk_fields}}));
                if p != 0 {
                    fks.push(json!({"fields": ["interview_id"], "reference": {"resource": "interviews", "fields": ["interview_id"]}}));
                }
            }
            json!({
                "name": t.name,
                "path": format!("data/{}.csv", t.name),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": t.description,
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": true},
                "schema": {"fields": fields, "primaryKey": pk, "foreignKeys": fks, "missingValues": [""]},
            })
        })
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": "fieldvault-export",
        "title": "FieldVault de-identified interviews",
        "id": format!("urn:uuid:{project_id}"),
        "created": created_at,
        "licenses": [{"name": "other-closed", "title": "Confidential research data: use only under the project's ethics approval"}],
        "resources": resources,
    })
}

/// The files of a bundle before signing: data tables, package descriptor and records, in path
/// order, each as its records' parts ([`FileParts`]). The same records, policy and time always
/// give the same bytes.
pub fn data_files(deid: &Deidentified, policy: &Policy, project_id: &str, created_at: &str) -> (Vec<(String, FileParts)>, Counts) {
    let tables = layout(policy);
    // Each record's CSV rows (per table) and JSON line, records on every core, taken in order
    // as the files' parts (never joined: see `FileParts`).
    struct Part {
        csv: Vec<Vec<u8>>,
        rows: Vec<usize>,
        json: Vec<u8>,
    }
    let parts = crate::parallel::map(deid.records.iter().collect(), 32, |r: &Value| {
        let id = r.get("interview_id").and_then(Value::as_str).unwrap_or("").to_owned();
        let mut rows: Vec<Rows> = tables.iter().map(|_| Rows::new()).collect();
        fill_rows(&tables, 0, r, &mut vec![id], rows.as_mut_slice());
        let mut json = serde_json::to_vec(r).expect("JSON serialises");
        json.push(b'\n');
        Part { rows: rows.iter().map(|t| t.count).collect(), csv: rows.into_iter().map(Rows::into_bytes).collect(), json }
    });
    let mut counts = Counts { interviews: deid.records.len(), rows: BTreeMap::new() };
    let mut csvs: Vec<FileParts> = tables.iter().map(|t| FileParts::from(csv_bytes(&[header(t)]))).collect();
    let mut rows = vec![0; tables.len()];
    let mut jsonl = FileParts(Vec::with_capacity(parts.len()));
    for p in parts {
        for (t, (csv, n)) in p.csv.into_iter().zip(p.rows).enumerate() {
            rows[t] += n;
            if !csv.is_empty() {
                csvs[t].0.push(csv);
            }
        }
        jsonl.0.push(p.json);
    }
    counts.rows.extend(tables.iter().map(|t| t.name.clone()).zip(rows));
    let mut files: Vec<(String, FileParts)> = tables.iter().map(|t| format!("data/{}.csv", t.name)).zip(csvs).collect();
    files.push(("datapackage.json".into(), json_bytes(&datapackage(&tables, project_id, created_at)).into()));
    files.push(("records.jsonl".into(), jsonl));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    (files, counts)
}
