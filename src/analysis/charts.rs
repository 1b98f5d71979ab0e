//! The charts of Research mode: a few aggregates of the workspace's current de-identified
//! records, computed here so that the desktop app only draws them.
//!
//! The one rule: **no figure rests on fewer than k interviews**. A bar counts interviews
//! (each interview once per bar, however many fees, debts or exits it lists); a bar of 1 to
//! k − 1 interviews comes out with neither its count nor its value ([`ChartBar::n`] and
//! [`ChartBar::value`] are `None`), and the app shows "< k". Zero is no one and is shown.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use super::rates;

/// What a chart's bars measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ChartMeasure {
    /// The number of interviews.
    Interviews,
    /// The median, over the bar's interviews, of an amount in US dollars.
    MedianUsd,
}

/// Which chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ChartId {
    /// Interviews by destination country (an interview counts once per country it went to).
    InterviewsByDestination,
    /// Median recruitment fees per migration, in USD at the departure year's rate, by
    /// destination and departure year.
    FeesByDestinationYear,
    /// Interviews whose migration was financed by a debt, by kind of lender.
    DebtByLenderKind,
    /// Interviews reporting unpaid overtime, by destination.
    UnpaidOvertimeByDestination,
    /// Interviews that left a job early, by reason.
    ExitsByReason,
}

/// One bar.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChartBar {
    /// The category: a country code, or a code of the schema's lists (`other` for "other: …").
    pub category: String,
    /// The series within the category (a year), or empty.
    pub series: String,
    /// Interviews behind the bar; `None` when fewer than k ("< k").
    pub n: Option<u32>,
    /// The bar's value (the count itself for [`ChartMeasure::Interviews`]); `None` when fewer than k.
    pub value: Option<f64>,
}

/// One chart's data.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Chart {
    /// Which chart.
    pub id: ChartId,
    /// What its values are.
    pub measure: ChartMeasure,
    /// Its bars, by category then series.
    pub bars: Vec<ChartBar>,
}

/// Every chart of a workspace's data.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Charts {
    /// The project's k: no figure rests on fewer interviews.
    pub k: u32,
    /// Interviews the charts are made of (`None` when fewer than k).
    pub interviews: Option<u32>,
    /// The charts.
    pub charts: Vec<Chart>,
}

/// Whether a count of interviews may be shown under `k`: zero, or at least k.
pub fn shown(n: usize, k: u32) -> bool {
    n == 0 || n >= k as usize
}

/// Interviews per category (and series), then, for each, the amounts to take the median of.
#[derive(Default)]
struct Tally {
    interviews: BTreeMap<(String, String), BTreeSet<usize>>,
    amounts: BTreeMap<(String, String), Vec<f64>>,
}

impl Tally {
    fn count(&mut self, category: &str, series: &str, interview: usize) {
        self.interviews.entry((category.to_owned(), series.to_owned())).or_default().insert(interview);
    }

    fn amount(&mut self, category: &str, series: &str, interview: usize, usd: f64) {
        self.count(category, series, interview);
        self.amounts.entry((category.to_owned(), series.to_owned())).or_default().push(usd);
    }

    fn chart(self, id: ChartId, measure: ChartMeasure, k: u32) -> Chart {
        let mut amounts = self.amounts;
        let bars = self
            .interviews
            .into_iter()
            .map(|((category, series), set)| {
                let visible = shown(set.len(), k);
                let n = visible.then_some(set.len() as u32);
                let value = match measure {
                    ChartMeasure::Interviews => n.map(f64::from),
                    ChartMeasure::MedianUsd => {
                        visible.then(|| median(amounts.remove(&(category.clone(), series.clone())).unwrap_or_default())).flatten()
                    }
                };
                ChartBar { category, series, n, value }
            })
            .collect();
        Chart { id, measure, bars }
    }
}

fn median(mut xs: Vec<f64>) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(f64::total_cmp);
    let m = xs.len() / 2;
    let v = if xs.len() % 2 == 1 { xs[m] } else { (xs[m - 1] + xs[m]) / 2.0 };
    Some((v * 100.0).round() / 100.0)
}

/// A coded answer's code: `other` for "other: …".
fn code(v: &Value) -> Option<&str> {
    let s = v.as_str()?;
    Some(if s.starts_with("other:") { super::OTHER } else { s })
}

fn items<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// The year of a partial date (`2016`, `2016-04`, `2016-04-12`).
fn year(v: &Value) -> Option<i32> {
    v.as_str()?.get(..4)?.parse().ok()
}

/// Every chart of `records` (the de-identified record form) under the project's `k`.
pub fn charts(records: &[Value], k: u32) -> Charts {
    let mut by_destination = Tally::default();
    let mut fees = Tally::default();
    let mut debts = Tally::default();
    let mut overtime = Tally::default();
    let mut exits = Tally::default();
    for (i, record) in records.iter().enumerate() {
        for episode in items(record, "migration_episodes") {
            let Some(country) = episode.get("destination_country").and_then(Value::as_str) else { continue };
            by_destination.count(country, "", i);
            if let Some(y) = episode.get("start").and_then(year) {
                let usd: Vec<f64> = items(episode, "fees")
                    .filter_map(|f| {
                        let m = f.get("amount")?;
                        rates::to_usd(m.get("amount")?.as_f64()?, m.get("currency")?.as_str()?, y)
                    })
                    .collect();
                if !usd.is_empty() {
                    fees.amount(country, &y.to_string(), i, usd.iter().sum());
                }
            }
            for debt in items(episode, "debts") {
                if let Some(kind) = debt.get("lender_kind").and_then(code) {
                    debts.count(kind, "", i);
                }
            }
            if episode.pointer("/working_conditions/unpaid_overtime") == Some(&Value::Bool(true)) {
                overtime.count(country, "", i);
            }
            for exit in items(episode, "exits") {
                for reason in items(exit, "reasons").filter_map(code) {
                    exits.count(reason, "", i);
                }
            }
        }
    }
    Charts {
        k,
        interviews: shown(records.len(), k).then_some(records.len() as u32),
        charts: vec![
            by_destination.chart(ChartId::InterviewsByDestination, ChartMeasure::Interviews, k),
            fees.chart(ChartId::FeesByDestinationYear, ChartMeasure::MedianUsd, k),
            debts.chart(ChartId::DebtByLenderKind, ChartMeasure::Interviews, k),
            overtime.chart(ChartId::UnpaidOvertimeByDestination, ChartMeasure::Interviews, k),
            exits.chart(ChartId::ExitsByReason, ChartMeasure::Interviews, k),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn interview(country: &str, start: &str, fee_usd: f64, lender: &str) -> Value {
        json!({"migration_episodes": [{
            "destination_country": country, "start": start,
            "fees": [{"amount": {"amount": fee_usd, "currency": "USD", "banded": false}}],
            "debts": [{"lender_kind": lender}, {"lender_kind": lender}],
            "working_conditions": {"unpaid_overtime": true},
            "exits": [{"reasons": ["low_wages", "other: the boss left"]}],
        }]})
    }

    fn bar<'a>(c: &'a Charts, id: ChartId, category: &str) -> &'a ChartBar {
        let chart = c.charts.iter().find(|c| c.id == id).unwrap();
        chart.bars.iter().find(|b| b.category == category).unwrap()
    }

    /// The attacker reads a chart to single out a participant: a bar of one or two interviews
    /// under k = 3 carries neither count nor value, in any chart; bars of k or more do.
    #[test]
    fn no_figure_rests_on_fewer_than_k_interviews() {
        let mut records: Vec<Value> = (0..3).map(|i| interview("JP", "2019-04", 1000.0 + f64::from(i) * 1000.0, "relatives")).collect();
        records.push(interview("TW", "2019", 9000.0, "moneylender"));
        records.push(interview("TW", "2020", 5000.0, "moneylender"));
        let c = charts(&records, 3);
        assert_eq!(c.interviews, Some(5));
        assert_eq!(
            bar(&c, ChartId::InterviewsByDestination, "JP"),
            &ChartBar { category: "JP".into(), series: "".into(), n: Some(3), value: Some(3.0) }
        );
        assert_eq!(bar(&c, ChartId::InterviewsByDestination, "TW").n, None, "2 interviews < k");
        assert_eq!(bar(&c, ChartId::InterviewsByDestination, "TW").value, None);
        let jp = bar(&c, ChartId::FeesByDestinationYear, "JP");
        assert_eq!((jp.series.as_str(), jp.n, jp.value), ("2019", Some(3), Some(2000.0)), "the median of 1000, 2000, 3000");
        assert_eq!(bar(&c, ChartId::FeesByDestinationYear, "TW").value, None, "one interview's fee is never shown");
        assert_eq!(bar(&c, ChartId::DebtByLenderKind, "relatives").n, Some(3), "two debts of one interview count once");
        assert_eq!(bar(&c, ChartId::DebtByLenderKind, "moneylender").n, None);
        assert_eq!(bar(&c, ChartId::UnpaidOvertimeByDestination, "TW").n, None);
        assert_eq!(bar(&c, ChartId::ExitsByReason, "other").n, Some(5), "'other: …' answers are one code");
        let all: Vec<&ChartBar> = c.charts.iter().flat_map(|c| &c.bars).collect();
        assert!(all.iter().all(|b| b.n.is_none_or(|n| n >= 3)), "{all:?}");
        assert!(all.iter().all(|b| b.n.is_some() || b.value.is_none()), "{all:?}");
        assert_eq!(charts(&records[..2], 3).interviews, None, "the total too");
    }

    #[test]
    fn under_k_1_every_count_is_shown() {
        let c = charts(&[interview("KR", "2018", 10.0, "friends")], 1);
        assert_eq!(bar(&c, ChartId::FeesByDestinationYear, "KR").value, Some(10.0));
        assert!(shown(0, 5) && !shown(4, 5) && shown(5, 5));
    }
}
