//! Reading an outside JSON document (an interview, a profile, a policy) the same careful way.
//!
//! [`read_document`] refuses a file over its size cap, anything after the end of the one JSON
//! document, strings over [`MAX_STRING_CHARS`], control characters and bidirectional overrides
//! ([`crate::hygiene::is_forbidden_in_text`]); it stores every string in Unicode NFC; and its
//! errors speak in field paths and plain words, quoting at most
//! [`crate::hygiene::QUOTE_CHARS`] characters of a value, never a Rust type name. What each
//! document means is checked by its own module (`schema`, `profile`, `deid::policy`).

use serde::de::DeserializeOwned;
use serde::Deserialize as _;
use serde_json::Value;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::hygiene::{is_forbidden_in_text, quote};

/// The longest string (a value or a key) a document may hold, in characters.
pub const MAX_STRING_CHARS: usize = 100_000;

/// One problem with a document, at one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentError {
    /// Where: `actors[2].name`; empty for the whole document.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for DocumentError {}

impl DocumentError {
    fn whole(message: String) -> DocumentError {
        DocumentError { path: String::new(), message }
    }
}

/// Reads one JSON document of at most `max_bytes` bytes into `T` (see the module doc).
pub fn read_document<T: DeserializeOwned>(text: &str, max_bytes: usize) -> Result<T, DocumentError> {
    let value = read_value(text, max_bytes)?;
    deserialize(&value)
}

/// [`read_document`] for a document that holds a secret (a profile's pseudonym key): every
/// string of the intermediate JSON value is zeroized before it is freed, so the secret is left
/// only in `T` (whose secret field must zeroize itself on drop).
pub fn read_secret_document<T: DeserializeOwned>(text: &str, max_bytes: usize) -> Result<T, DocumentError> {
    let mut value = read_value(text, max_bytes)?;
    let read = deserialize(&value);
    wipe(&mut value);
    read
}

/// Zeroizes every string (values and keys) of `value` in place.
fn wipe(value: &mut Value) {
    match value {
        Value::String(s) => zeroize::Zeroize::zeroize(s),
        Value::Array(items) => items.iter_mut().for_each(wipe),
        Value::Object(map) => {
            for (mut key, mut item) in std::mem::take(map) {
                zeroize::Zeroize::zeroize(&mut key);
                wipe(&mut item);
            }
        }
        _ => {}
    }
}

/// Reads one JSON document of at most `max_bytes` bytes as a cleaned JSON value (see the module
/// doc), for a caller that checks its shape itself.
pub fn read_value(text: &str, max_bytes: usize) -> Result<Value, DocumentError> {
    if text.len() > max_bytes {
        return Err(DocumentError::whole(format!("the document is {} bytes: at most {max_bytes} are accepted", text.len())));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let mut value = Value::deserialize(&mut de).map_err(|e| DocumentError::whole(plain_message(&e.to_string())))?;
    de.end().map_err(|e| DocumentError::whole(plain_message(&e.to_string())))?;
    clean_value(&mut value)?;
    Ok(value)
}

/// Puts every string of `value` in NFC and refuses over-long strings and forbidden characters.
pub fn clean_value(value: &mut Value) -> Result<(), DocumentError> {
    clean(value, &mut String::new())
}

/// Cleans a JSON value that arrived some other way (over IPC) as [`read_document`] does, then
/// reads it into `T`.
pub fn from_value<T: DeserializeOwned>(value: &mut Value) -> Result<T, DocumentError> {
    clean_value(value)?;
    deserialize(value)
}

fn deserialize<T: DeserializeOwned>(value: &Value) -> Result<T, DocumentError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        DocumentError { path: if path == "." { String::new() } else { path }, message: plain_message(&e.into_inner().to_string()) }
    })
}

/// Puts every string in NFC and refuses over-long strings and forbidden characters.
fn clean(value: &mut Value, path: &mut String) -> Result<(), DocumentError> {
    match value {
        Value::String(s) => clean_string(s, path),
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                clean(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(map) => {
            let entries = std::mem::take(map);
            for (mut key, mut item) in entries {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                clean_string(&mut key, path)?;
                path.push_str(&key);
                clean(&mut item, path)?;
                path.truncate(len);
                map.insert(key, item);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn clean_string(s: &mut String, path: &str) -> Result<(), DocumentError> {
    let at = |message: String| DocumentError { path: path.to_owned(), message };
    let n = s.chars().count();
    if n > MAX_STRING_CHARS {
        return Err(at(format!("the text is {n} characters long: at most {MAX_STRING_CHARS} are accepted")));
    }
    if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| is_forbidden_in_text(*c)) {
        return Err(at(format!(
            "character {} of {} is U+{:04X}, a control or direction-override character: remove it",
            i + 1,
            quote(s),
            c as u32
        )));
    }
    if is_nfc_quick(s.chars()) != IsNormalized::Yes {
        *s = s.nfc().collect();
    }
    Ok(())
}

/// Rewrites a serde or serde_json message in plain words: no Rust type names, values quoted
/// with [`quote`].
pub fn plain_message(message: &str) -> String {
    use std::sync::OnceLock;
    static RULES: OnceLock<Vec<(regex::Regex, &'static str)>> = OnceLock::new();
    let rules = RULES.get_or_init(|| {
        [
            (r"expected (?:u8|u16|u32|u64|usize)\b", "expected a whole number of zero or more"),
            (r"expected (?:i8|i16|i32|i64|isize)\b", "expected a whole number"),
            (r"expected (?:f32|f64)\b", "expected a number"),
            (r"expected struct \w+", "expected an object with named fields"),
            (r"expected (?:enum|variant of enum) \w+|expected variant identifier", "expected one of the codes listed in the schema"),
            (r"expected unit struct \w+|expected unit", "expected null"),
            (r"expected a sequence", "expected a list"),
            (r"expected a map", "expected an object"),
            (r"expected a borrowed string", "expected a string"),
            (r"expected field identifier", "expected a field name"),
            (r"expected (?:tuple struct|newtype struct) \w+", "expected a value of the documented kind"),
            (r"trailing characters", "unexpected text after the end of the JSON document"),
            (r"invalid type: (\w+)", "wrong kind of value: $1"),
            (r"unknown variant", "unknown code"),
        ]
        .into_iter()
        .map(|(re, with)| (regex::Regex::new(re).expect("a valid pattern"), with))
        .collect()
    });
    static QUOTED: OnceLock<regex::Regex> = OnceLock::new();
    // serde quotes values as `value` or "value".
    let quoted = QUOTED.get_or_init(|| regex::Regex::new(r#"`([^`]*)`|"((?:[^"\\]|\\.)*)""#).expect("a valid pattern"));
    let mut out =
        quoted.replace_all(message, |c: &regex::Captures| quote(c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str()))).into_owned();
    for (re, with) in rules {
        out = re.replace_all(&out, *with).into_owned();
    }
    // A message never runs on: a value serde echoed whole is cut by `quote`, the rest is bounded.
    if out.chars().count() > 1000 {
        out = out.chars().take(1000).collect::<String>() + "…";
    }
    out
}

/// Reads bytes as UTF-8 text, naming the byte offset of the first invalid sequence.
pub fn utf8(bytes: &[u8]) -> Result<&str, DocumentError> {
    std::str::from_utf8(bytes)
        .map_err(|e| DocumentError::whole(format!("the file is not UTF-8 text: invalid byte sequence at byte offset {}", e.valid_up_to())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        n: u16,
    }

    #[test]
    fn a_secret_document_reads_alike_and_its_intermediate_strings_are_wiped() {
        let doc: Doc = read_secret_document(r#"{"name": "0123abcd", "n": 7}"#, 1000).unwrap();
        assert_eq!((doc.name.as_str(), doc.n), ("0123abcd", 7));
        let mut value = serde_json::json!(["0123abcd", {"pseudonym_secret": "0123abcd", "list": ["x"]}, 3]);
        wipe(&mut value);
        assert_eq!(value, serde_json::json!(["", {}, 3]));
    }

    #[test]
    fn fail_trailing_data_after_the_document() {
        let e = read_document::<Doc>(r#"{"name": "a", "n": 1} {"name": "b"}"#, 1000).unwrap_err();
        assert!(e.message.contains("after the end of the JSON document"), "{}", e.message);
        assert!(read_document::<Doc>("{\"name\": \"a\", \"n\": 1}\n  ", 1000).is_ok());
    }

    #[test]
    fn fail_messages_use_plain_words_and_short_quotes() {
        let e = read_document::<Doc>(r#"{"name": "a", "n": "x"}"#, 1000).unwrap_err();
        assert_eq!(e.path, "n");
        assert!(!e.message.contains("u16"), "{}", e.message);
        let e = read_document::<Doc>(r#"{"name": "a"}"#, 1000).unwrap_err();
        assert!(e.message.contains("'n'") && !e.message.contains('`'), "{}", e.message);
        let huge = format!(r#"{{"name": "a", "n": 1, "{}": 1}}"#, "k".repeat(50_000));
        let e = read_document::<Doc>(&huge, 1 << 20).unwrap_err();
        assert!(e.message.len() < 600, "{}", e.message.len());
    }

    #[test]
    fn fail_control_and_override_characters_and_oversize() {
        let e = read_document::<Doc>(r#"{"name": "V\u202dN", "n": 1}"#, 1000).unwrap_err();
        assert_eq!(e.path, "name");
        assert!(e.message.contains("U+202D") && e.message.contains("\\u{202d}"), "{}", e.message);
        assert!(read_document::<Doc>(r#"{"name": "a\u0000", "n": 1}"#, 1000).is_err());
        assert!(read_document::<Doc>(r#"{"name": "a", "n": 1}"#, 5).unwrap_err().message.contains("at most 5"));
        let e = utf8(b"ok\xffno").unwrap_err();
        assert!(e.message.contains("byte offset 2"), "{}", e.message);
    }

    #[test]
    fn strings_are_stored_in_nfc() {
        let d: Doc = read_document("{\"name\": \"Nguye\u{302}\u{303}n\", \"n\": 1}", 1000).unwrap();
        assert_eq!(d.name, "Nguyễn");
    }
}
