//! Yearly average exchange rates to the US dollar, shipped with the app
//! (`src/analysis/exchange-rates.csv`), for the analysis export's USD columns.
//!
//! One row per currency and year: units of the currency per US dollar, annual average, and its
//! source:
//! - `WB PA.NUS.FCRF`: World Bank, World Development Indicators, "Official exchange rate (LCU
//!   per US$, period average)", series PA.NUS.FCRF (licence CC BY 4.0), for VND and JPY;
//! - `CBC Taiwan`: Central Bank of the Republic of China (Taiwan), NT dollar per US dollar,
//!   annual average of the interbank closing rates (Taiwan is not in the World Bank series).
//!
//! The figures were transcribed into the file by hand; `docs/analysis.md` says how to check and
//! extend them. A currency or year the table lacks gives no USD value (never a guess), and the
//! export counts such amounts.

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The committed table, as the export copies it next to the data.
pub const TABLE: &str = include_str!("exchange-rates.csv");

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

    #[test]
    fn the_table_covers_the_studys_currencies_and_years() {
        for c in ["VND", "JPY", "TWD"] {
            let (first, last) = years(c).unwrap_or_else(|| panic!("{c} is missing"));
            assert!(first <= 2000 && last >= 2024, "{c}: {first}–{last}");
            for y in first..=last {
                assert!(per_usd(c, y).is_some_and(|r| r > 1.0), "{c} {y}");
            }
        }
        assert_eq!(to_usd(151.35, "JPY", 2024), Some(1.0));
        assert_eq!(to_usd(5.0, "USD", 1990), Some(5.0));
        assert_eq!(to_usd(5.0, "EUR", 2020), None);
        assert_eq!(to_usd(5.0, "JPY", 1990), None);
    }
}
