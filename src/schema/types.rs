//! Value types shared by every record: partial dates, money, coded choices with an "other" escape.
//!
//! These are first-class types rather than strings so that validation, de-identification and the
//! UI all agree on their shape. Each has a hand-written `JsonSchema` impl that carries an
//! `x-fv-type` keyword the UI uses to pick an input widget.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date known to the year, the month or the day: `2016`, `2016-04` or `2016-04-12`.
///
/// Interviewees rarely remember exact dates; forcing a day would invent precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// Four-digit year.
    pub year: u16,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day of month, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// The same date cut to its year.
    pub fn to_year(self) -> PartialDate {
        PartialDate { year: self.year, month: None, day: None }
    }
    /// The same date cut to year and month (unchanged when the month is unknown).
    pub fn to_year_month(self) -> PartialDate {
        PartialDate { day: None, ..self }
    }
}

impl FromStr for PartialDate {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("'{s}' is not a partial date: write YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse::<u32>().map_err(|_| bad())
        };
        let year = match parts.first() {
            Some(y) => num(y, 4)?,
            None => return Err(bad()),
        };
        if !(1900..=2100).contains(&year) {
            return Err(format!("year {year} in '{s}' is outside 1900–2100"));
        }
        let month = match parts.get(1) {
            Some(m) => {
                let m = num(m, 2)?;
                if !(1..=12).contains(&m) {
                    return Err(format!("month {m:02} in '{s}' is not 01–12"));
                }
                Some(m as u8)
            }
            None => None,
        };
        let day = match parts.get(2) {
            Some(d) => {
                let d = num(d, 2)?;
                let m = month.unwrap_or(1) as u32;
                let valid = chrono::NaiveDate::from_ymd_opt(year as i32, m, d).is_some();
                if !valid {
                    return Err(format!("day {d:02} in '{s}' does not exist in that month"));
                }
                Some(d as u8)
            }
            None => None,
        };
        if parts.len() > 3 {
            return Err(bad());
        }
        Ok(PartialDate { year: year as u16, month, day })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD.",
            "type": "string",
            "pattern": "^(19|20)[0-9]{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
            "examples": ["2016", "2016-04", "2016-04-12"],
            "x-fv-type": "partial-date"
        })
    }
}

/// An ISO 4217 currency code such as `VND`, `JPY`, `TWD` or `USD`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Currency(String);

impl Currency {
    /// Currencies the field study meets most; the UI offers them first.
    pub const COMMON: [&'static str; 4] = ["VND", "JPY", "TWD", "USD"];
    /// The three-letter code.
    pub fn code(&self) -> &str {
        &self.0
    }
}

impl FromStr for Currency {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(Currency(s.to_owned()))
        } else {
            Err(format!("'{s}' is not an ISO 4217 currency code: use three capital letters such as VND, JPY, TWD or USD"))
        }
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Currency {
    fn schema_name() -> Cow<'static, str> {
        "Currency".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "ISO 4217 currency code.",
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "examples": Currency::COMMON,
            "x-fv-type": "currency"
        })
    }
}

/// What a sum of money is counted per, for wages, incomes and remittances.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// Per hour.
    Hour,
    /// Per day.
    Day,
    /// Per month.
    Month,
    /// Per year.
    Year,
    /// A single payment.
    Once,
}

/// An amount of money in a named currency, optionally a range and a rate.
///
/// Interviewees often give ranges ("120,000–130,000 yen a month"): `amount` is the low end and
/// `amount_max` the high end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-fv-type" = "money"))]
pub struct Money {
    /// The amount, or the low end of a range.
    #[schemars(range(min = 0), extend("x-fv-class" = "quasi", "x-fv-deid" = "round"))]
    pub amount: f64,
    /// The high end of a range, when the amount was given as one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0), extend("x-fv-class" = "quasi", "x-fv-deid" = "round"))]
    pub amount_max: Option<f64>,
    /// ISO 4217 currency code.
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub currency: Currency,
    /// What the amount is counted per (month, hour, …); absent for a one-off sum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-fv-class" = "none", "x-fv-deid" = "keep"))]
    pub per: Option<Period>,
}

impl Money {
    /// A one-off amount with no range and no period.
    pub fn new(amount: f64, currency: &str) -> Result<Money, String> {
        Ok(Money { amount, amount_max: None, currency: currency.parse()?, per: None })
    }
}

/// A coded answer: one of the enumeration's values, or `other: <free text>`.
///
/// Field research keeps meeting answers no list foresaw; the escape keeps them without
/// loosening the code list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Choice<T> {
    /// One of the listed values.
    Known(T),
    /// An answer outside the list, in the interviewer's words.
    Other(String),
}

/// Prefix that marks a free-text answer outside a code list.
pub const OTHER_PREFIX: &str = "other:";

impl<T: Serialize> Serialize for Choice<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Choice::Known(t) => t.serialize(s),
            Choice::Other(text) => s.collect_str(&format_args!("{OTHER_PREFIX} {text}")),
        }
    }
}

impl<'de, T: Deserialize<'de> + JsonSchema> Deserialize<'de> for Choice<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if let Some(rest) = s.strip_prefix(OTHER_PREFIX) {
            let text = rest.trim();
            if text.is_empty() {
                return Err(serde::de::Error::custom("'other:' needs a description after it, e.g. 'other: village chief'"));
            }
            return Ok(Choice::Other(text.to_owned()));
        }
        let de = serde::de::value::StringDeserializer::<serde::de::value::Error>::new(s.clone());
        match T::deserialize(de) {
            Ok(t) => Ok(Choice::Known(t)),
            Err(_) => {
                let values = enum_values::<T>().join(", ");
                Err(serde::de::Error::custom(format!("unknown value '{s}': use one of {values}, or 'other: <description>'")))
            }
        }
    }
}

/// The string values of a unit-variant enum, read from its generated schema.
pub fn enum_values<T: JsonSchema>() -> Vec<String> {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
    if let Some(values) = schema.get("enum").and_then(|v| v.as_array()) {
        return values.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect();
    }
    // Enums with documented variants become `oneOf: [{const, description}, …]`.
    schema
        .get("oneOf")
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|v| v.get("const")?.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

impl<T: JsonSchema> JsonSchema for Choice<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Choice_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let known = generator.subschema_for::<T>();
        json_schema!({
            "anyOf": [
                known,
                {
                    "type": "string",
                    "pattern": "^other: ?\\S",
                    "description": "An answer outside the list: 'other: <description>'."
                }
            ],
            "x-fv-type": "choice"
        })
    }
}

/// Local id of an actor within one interview (`a1`, `broker-hanoi`), referenced by other sections.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ActorId(pub String);

impl JsonSchema for ActorId {
    fn schema_name() -> Cow<'static, str> {
        "ActorId".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Id of an entry in this interview's `actors` list.",
            "type": "string",
            "pattern": "^[A-Za-z0-9_-]{1,40}$",
            "x-fv-type": "actor-ref"
        })
    }
}

/// Defines a string newtype checked by a predicate on parse, with a schema pattern.
macro_rules! checked_string {
    ($(#[$doc:meta])* $name:ident, $pattern:literal, $check:expr, $hint:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// The value as written.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let check: fn(&str) -> bool = $check;
                if check(s) {
                    Ok($name(s.to_owned()))
                } else {
                    Err(format!(concat!("'{}' is not valid: ", $hint), s))
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string", "pattern": $pattern, "description": $hint })
            }
        }
    };
}

checked_string!(
    /// An ISO 3166-1 alpha-2 country code such as `VN`, `JP`, `TW`.
    CountryCode,
    "^[A-Z]{2}$",
    |s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()),
    "use a two-letter ISO 3166 country code such as VN, JP or TW"
);

checked_string!(
    /// A BCP 47 language tag such as `vi`, `ja`, `zh-TW`.
    LanguageTag,
    "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    |s| {
        let mut parts = s.split('-');
        let first = parts.next().unwrap_or("");
        (2..=3).contains(&first.len())
            && first.bytes().all(|b| b.is_ascii_lowercase())
            && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
    },
    "use a BCP 47 language tag such as vi, ja, zh-TW or en"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_parse_and_print() {
        for s in ["2016", "2016-04", "2016-04-12", "2000-02-29"] {
            assert_eq!(s.parse::<PartialDate>().unwrap().to_string(), s);
        }
        for s in ["16", "2016-4", "2016-13", "2016-02-30", "2016-04-12-1", "2016/04", "1800"] {
            assert!(s.parse::<PartialDate>().is_err(), "{s} should fail");
        }
        let d: PartialDate = "2016-04-12".parse().unwrap();
        assert_eq!(d.to_year().to_string(), "2016");
        assert_eq!(d.to_year_month().to_string(), "2016-04");
    }

    #[test]
    fn currency_codes_are_three_capitals() {
        assert!("VND".parse::<Currency>().is_ok());
        assert!("vnd".parse::<Currency>().is_err());
        assert!("YEN".parse::<Currency>().is_ok());
        assert!("DOLLAR".parse::<Currency>().is_err());
    }
}
