//! `parquet/*.parquet`: each table of the export as an Apache Parquet file, with the column
//! types `datapackage.json` gives the CSV files.
//!
//! Written with the `parquet` crate's low-level column writer (no Arrow, no compression codec:
//! its build cost is measured in docs/analysis.md). Types: `interview_id` a required string, the
//! list positions required `INT64`, integers optional `INT64`, numbers optional `DOUBLE`, yes/no
//! optional `BOOLEAN`, everything else (codes, lists of codes joined by `;`, dates, text) an
//! optional `BYTE_ARRAY` annotated `STRING`, dictionary-encoded by the writer where that is
//! smaller. An empty CSV cell (a labelled missing value) is a null. Dates stay text, as in the
//! CSV: they are partial (`2019`, `2019-03`, `2019-03-15`) and the policy cuts them to a year or
//! month, so a Parquet `DATE` would invent days.

use std::io::Write;
use std::sync::Arc;

use ::parquet::basic::{LogicalType, Repetition, Type as Physical};
use ::parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
use ::parquet::file::properties::WriterProperties;
use ::parquet::file::writer::SerializedFileWriter;
use ::parquet::schema::types::Type;

use super::{Table, VarKind};

/// Rows per row group: a table of the 10,000-interview benchmark fits in a few.
const ROW_GROUP: usize = 65_536;

/// How a variable's cells are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Text,
    Int,
    Double,
    Bool,
}

fn column(t: &Table, j: usize) -> (Column, Repetition) {
    match t.vars[j].kind {
        VarKind::Key if j == 0 => (Column::Text, Repetition::REQUIRED),
        VarKind::Key => (Column::Int, Repetition::REQUIRED),
        VarKind::Integer => (Column::Int, Repetition::OPTIONAL),
        VarKind::Number => (Column::Double, Repetition::OPTIONAL),
        VarKind::Bool => (Column::Bool, Repetition::OPTIONAL),
        VarKind::Code | VarKind::CodeList | VarKind::Text => (Column::Text, Repetition::OPTIONAL),
    }
}

fn schema(t: &Table) -> ::parquet::errors::Result<Type> {
    let fields = (0..t.vars.len())
        .map(|j| {
            let (c, repetition) = column(t, j);
            let (physical, logical) = match c {
                Column::Text => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
                Column::Int => (Physical::INT64, None),
                Column::Double => (Physical::DOUBLE, None),
                Column::Bool => (Physical::BOOLEAN, None),
            };
            Type::primitive_type_builder(&t.vars[j].name, physical)
                .with_repetition(repetition)
                .with_logical_type(logical)
                .build()
                .map(Arc::new)
        })
        .collect::<::parquet::errors::Result<Vec<_>>>()?;
    Type::group_type_builder(&t.name).with_fields(fields).build()
}

fn bad_cell(t: &Table, j: usize, cell: &str) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        format!("{}.{} holds {cell:?}, which is not of the column's type: please report this as a bug", t.name, t.vars[j].name),
    )
}

fn to_io(e: ::parquet::errors::ParquetError) -> std::io::Error {
    match e {
        ::parquet::errors::ParquetError::External(inner) => match inner.downcast::<std::io::Error>() {
            Ok(io) => *io,
            Err(other) => std::io::Error::other(other),
        },
        other => std::io::Error::other(other),
    }
}

/// One column of rows `rows`: present values parsed to `T`, and a definition level per row
/// (1 present, 0 null).
fn values<T>(t: &Table, j: usize, rows: &[Vec<String>], parse: impl Fn(&str) -> Option<T>) -> std::io::Result<(Vec<T>, Vec<i16>)> {
    let mut present = Vec::with_capacity(rows.len());
    let mut levels = Vec::with_capacity(rows.len());
    for r in rows {
        let cell = r[j].as_str();
        if cell.is_empty() {
            levels.push(0);
        } else {
            present.push(parse(cell).ok_or_else(|| bad_cell(t, j, cell))?);
            levels.push(1);
        }
    }
    Ok((present, levels))
}

/// Writes table `t` as a Parquet file to `w`.
pub(super) fn write_to<W: Write + Send>(w: W, t: &Table) -> std::io::Result<()> {
    let props = WriterProperties::builder()
        .set_created_by(format!("FieldVault {}", env!("CARGO_PKG_VERSION")))
        .set_max_row_group_row_count(Some(ROW_GROUP))
        .build();
    let schema = Arc::new(schema(t).map_err(to_io)?);
    let mut file = SerializedFileWriter::new(w, schema, Arc::new(props)).map_err(to_io)?;
    for rows in t.rows.chunks(ROW_GROUP) {
        let mut group = file.next_row_group().map_err(to_io)?;
        let mut j = 0;
        while let Some(mut col) = group.next_column().map_err(to_io)? {
            let (kind, repetition) = column(t, j);
            if repetition == Repetition::REQUIRED {
                if let Some(r) = rows.iter().find(|r| r[j].is_empty()) {
                    return Err(bad_cell(t, j, &r[j]));
                }
            }
            // A required column has no definition levels.
            let optional = repetition == Repetition::OPTIONAL;
            let written = match kind {
                Column::Text => {
                    let (v, l) = values(t, j, rows, |s| Some(ByteArray::from(s)))?;
                    col.typed::<ByteArrayType>().write_batch(&v, optional.then_some(l.as_slice()), None)
                }
                Column::Int => {
                    let (v, l) = values(t, j, rows, |s| s.parse().ok())?;
                    col.typed::<Int64Type>().write_batch(&v, optional.then_some(l.as_slice()), None)
                }
                Column::Double => {
                    let (v, l) = values(t, j, rows, |s| s.parse::<f64>().ok().filter(|x| x.is_finite()))?;
                    col.typed::<DoubleType>().write_batch(&v, optional.then_some(l.as_slice()), None)
                }
                Column::Bool => {
                    let (v, l) = values(t, j, rows, |s| match s {
                        "true" => Some(true),
                        "false" => Some(false),
                        _ => None,
                    })?;
                    col.typed::<BoolType>().write_batch(&v, optional.then_some(l.as_slice()), None)
                }
            };
            written.map_err(to_io)?;
            col.close().map_err(to_io)?;
            j += 1;
        }
        group.close().map_err(to_io)?;
    }
    file.close().map_err(to_io)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use ::parquet::file::reader::{FileReader, SerializedFileReader};
    use ::parquet::record::Field;

    use super::super::{labels::Meaning, Source, Var};
    use super::*;

    fn table(rows: &[[&str; 6]]) -> Table {
        let kinds = [VarKind::Key, VarKind::Key, VarKind::Integer, VarKind::Number, VarKind::Bool, VarKind::Code];
        let names = ["interview_id", "fees_index", "hours", "amount", "banded", "kind"];
        let vars = names
            .iter()
            .zip(kinds)
            .enumerate()
            .map(|(i, (name, kind))| Var {
                name: (*name).into(),
                stata: (*name).into(),
                kind,
                field: None,
                meaning: Meaning { en: String::new(), vi: String::new(), help: String::new(), codes: None },
                source: Source::Cell(i),
            })
            .collect();
        Table {
            name: "fees".into(),
            description: String::new(),
            parent: None,
            parent_keys: Vec::new(),
            keys: vec!["interview_id".into(), "fees_index".into()],
            vars,
            rows: rows.iter().map(|r| r.iter().map(|c| (*c).to_owned()).collect()).collect(),
        }
    }

    #[test]
    fn cells_come_back_typed_and_missing_cells_as_nulls() {
        let t = table(&[
            ["i1", "0", "12", "1500000.5", "true", "broker"],
            ["i1", "1", "", "", "", ""],
            ["i2", "0", "-3", "7", "false", "other"],
        ]);
        let mut file = tempfile::tempfile().unwrap();
        write_to(&mut file, &t).unwrap();
        let reader = SerializedFileReader::new(file).unwrap();
        let rows: Vec<Vec<Field>> =
            reader.get_row_iter(None).unwrap().map(|r| r.unwrap().get_column_iter().map(|(_, f)| f.clone()).collect()).collect();
        let s = |x: &str| Field::Str(x.into());
        assert_eq!(
            rows,
            vec![
                vec![s("i1"), Field::Long(0), Field::Long(12), Field::Double(1500000.5), Field::Bool(true), s("broker")],
                vec![s("i1"), Field::Long(1), Field::Null, Field::Null, Field::Null, Field::Null],
                vec![s("i2"), Field::Long(0), Field::Long(-3), Field::Double(7.0), Field::Bool(false), s("other")],
            ]
        );
    }

    #[test]
    fn fail_a_cell_not_of_its_columns_type_or_a_missing_key_is_an_error_not_a_null() {
        for (row, column) in [
            (["i1", "0", "12.5", "", "", ""], "fees.hours"),
            (["i1", "0", "", "1,5", "", ""], "fees.amount"),
            (["i1", "0", "", "", "yes", ""], "fees.banded"),
            (["i1", "", "", "", "", ""], "fees.fees_index"),
            (["", "0", "", "", "", ""], "fees.interview_id"),
        ] {
            let e = write_to(Vec::new(), &table(&[row])).unwrap_err();
            assert_eq!(e.kind(), std::io::ErrorKind::InvalidData, "{row:?}: {e}");
            assert!(e.to_string().starts_with(column), "{row:?}: {e}");
        }
    }
}
