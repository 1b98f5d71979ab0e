//! Value transforms: keyed-hash pseudonyms and generalisation of dates, years, places and money.
//!
//! Pseudonyms are HMAC-SHA256 under the project's pseudonym secret over a domain tag and the
//! folded value, shown as `p_` and 16 hex digits (64 bits). The same employer written
//! "Agribank" or "AGRIBANK" gets the same pseudonym in every interview and every fieldworker's
//! export; without the secret a pseudonym cannot be reversed or recomputed, and it encodes no
//! time or device.

use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;
use zeroize::Zeroizing;

use super::gazetteer;
use super::normalize::fold_key;
use super::policy::Generalisation;
use super::DeidError;
use crate::profile::Profile;
use crate::schema::PartialDate;

/// Keyed-hash pseudonyms under one project secret.
pub struct Pseudonymiser {
    secret: Zeroizing<Vec<u8>>,
}

impl Pseudonymiser {
    /// A pseudonymiser with this 32-byte secret (a project's: [`Self::for_project`]).
    pub fn new(secret: Zeroizing<Vec<u8>>) -> Pseudonymiser {
        Pseudonymiser { secret }
    }

    /// The project's pseudonymiser, under the secret of its profile. The one place the secret
    /// is taken from the profile: every export and preview asks this.
    pub fn for_project(profile: &Profile) -> Result<Pseudonymiser, DeidError> {
        let secret = Zeroizing::new(profile.pseudonym_secret.bytes().unwrap_or_default());
        if secret.len() != 32 {
            return Err(DeidError::BadSecret);
        }
        Ok(Pseudonymiser::new(secret))
    }

    /// The pseudonym of `value` in `domain` (`interview`, `actor`, `participant`, a field path).
    pub fn pseudonym(&self, domain: &str, value: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.secret).expect("HMAC takes any key length");
        mac.update(b"fieldvault-pseudonym-v1\0");
        mac.update(domain.as_bytes());
        mac.update(b"\0");
        mac.update(fold_key(value).as_bytes());
        let tag = mac.finalize().into_bytes();
        format!("p_{}", hex::encode(&tag[..8]))
    }
}

impl Pseudonymiser {
    /// The token by which a bundle announces that the interview with pseudonymous id
    /// `interview_id` was withdrawn: a keyed hash of that id, so the manifest names no interview
    /// that anyone without the project's secret could link, while a research workspace (which
    /// holds the secret) finds the interview it removes. The one owner of this rule.
    pub fn withdrawal_token(&self, interview_id: &str) -> String {
        self.pseudonym("withdrawn", interview_id)
    }
}

/// Whether `s` has the shape of a pseudonym this module makes.
pub fn is_pseudonym(s: &str) -> bool {
    s.len() == 18 && s.starts_with("p_") && s[2..].bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// A number rounded to two significant digits.
pub fn round2(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = 10f64.powi(x.abs().log10().floor() as i32 - 1);
    (x / mag).round() * mag
}

/// The 1–2–5 band holding `x`: `[low, high)`.
pub fn amount_band(x: f64) -> (f64, f64) {
    if x <= 0.0 || !x.is_finite() {
        return (0.0, 1.0);
    }
    let decade = 10f64.powi(x.log10().floor() as i32);
    let m = x / decade;
    let (lo, hi) = if m < 2.0 {
        (1.0, 2.0)
    } else if m < 5.0 {
        (2.0, 5.0)
    } else {
        (5.0, 10.0)
    };
    (lo * decade, hi * decade)
}

fn num(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        json!(x as i64)
    } else {
        json!(x)
    }
}

/// Applies a generalisation to a JSON value; `None` means the value is dropped (a place finer
/// than a province, or a value of the wrong shape).
pub fn generalise(g: Generalisation, v: &Value) -> Option<Value> {
    match g {
        Generalisation::Year | Generalisation::YearMonth => {
            let d: PartialDate = v.as_str()?.parse().ok()?;
            let d = if g == Generalisation::Year { d.to_year() } else { d.to_year_month() };
            Some(Value::String(d.to_string()))
        }
        Generalisation::BirthYearBand5 | Generalisation::BirthYearBand10 => {
            let y = v.as_u64()?;
            let w = if g == Generalisation::BirthYearBand5 { 5 } else { 10 };
            let lo = y / w * w;
            Some(Value::String(format!("{lo}-{}", lo + w - 1)))
        }
        Generalisation::Region => {
            let s = v.as_str()?;
            gazetteer::is_province_or_larger(s).then(|| Value::String(s.to_owned()))
        }
        Generalisation::Round => match v {
            Value::Number(n) => Some(num(round2(n.as_f64()?))),
            Value::Object(m) => {
                let mut m = m.clone();
                for k in ["amount", "amount_max"] {
                    if let Some(x) = m.get(k).and_then(Value::as_f64) {
                        m.insert(k.into(), num(round2(x)));
                    }
                }
                Some(Value::Object(m))
            }
            _ => None,
        },
        Generalisation::AmountBand => {
            let m = v.as_object()?;
            let lo = m.get("amount")?.as_f64()?;
            let hi = m.get("amount_max").and_then(Value::as_f64).unwrap_or(lo);
            let (band_lo, _) = amount_band(lo);
            let (_, band_hi) = amount_band(hi);
            let mut out = serde_json::Map::new();
            out.insert("amount".into(), num(band_lo));
            out.insert("amount_max".into(), num(band_hi));
            out.insert("banded".into(), Value::Bool(true));
            for k in ["currency", "per"] {
                if let Some(x) = m.get(k) {
                    out.insert(k.into(), x.clone());
                }
            }
            Some(Value::Object(out))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_keyed_stable_and_fold_insensitive() {
        let p = Pseudonymiser::new(Zeroizing::new(vec![7u8; 32]));
        let q = Pseudonymiser::new(Zeroizing::new(vec![8u8; 32]));
        let a = p.pseudonym("actor", "Agribank");
        assert!(is_pseudonym(&a), "{a}");
        assert_eq!(a, p.pseudonym("actor", "AGRIBANK"));
        assert_ne!(a, p.pseudonym("participant", "Agribank"));
        assert_ne!(a, q.pseudonym("actor", "Agribank"));
    }

    #[test]
    fn generalisations() {
        use Generalisation as G;
        assert_eq!(generalise(G::Year, &json!("2016-04-12")), Some(json!("2016")));
        assert_eq!(generalise(G::YearMonth, &json!("2016-04-12")), Some(json!("2016-04")));
        assert_eq!(generalise(G::BirthYearBand5, &json!(1966)), Some(json!("1965-1969")));
        assert_eq!(generalise(G::BirthYearBand10, &json!(1966)), Some(json!("1960-1969")));
        assert_eq!(generalise(G::Region, &json!("Taipei")), Some(json!("Taipei")));
        assert_eq!(generalise(G::Region, &json!("Shibuya")), None);
        assert_eq!(generalise(G::Round, &json!(13456)), Some(json!(13000)));
        assert_eq!(
            generalise(G::AmountBand, &json!({"amount": 4000000, "currency": "VND", "per": "year"})),
            Some(json!({"amount": 2000000, "amount_max": 5000000, "banded": true, "currency": "VND", "per": "year"}))
        );
    }
}
