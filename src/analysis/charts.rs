//! The charts of Research mode: a few aggregates of the workspace's current de-identified
//! records, computed here so that the desktop app only draws them.
//!
//! The one rule: **no figure rests on fewer than k interviews**. A bar counts interviews
//! (each interview once per bar, however many fees, debts or exits it lists); a bar of 1 to
//! k − 1 interviews comes out with neither its count nor its value ([`ChartBar::n`] and
//! [`ChartBar::value`] are `None`), and the app shows "< k". Zero is no one and is shown.
//! Nor can one come out of a subtraction: the bars by destination add up to the number of
//! interviews shown beside them, so the smallest of them are withheld too until the interviews
//! left out of every shown bar are none or at least k.

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
    /// The median, over the bar's interviews, of a number of hours.
    MedianHours,
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
    /// Interviews with a support contact, by the contacted actor's kind (the category) and its
    /// dimension of the migration infrastructure (the series): both as the interview's `actors`
    /// list records them (`kind`, `dimension`), never derived.
    SupportByKindDimension,
    /// Who helped at which cost: the median of what one migration paid to actors of a kind, in
    /// USD at the year paid (the departure year when the fee has no date), by the payee actor's
    /// kind. Only fees whose `payee` names an actor of the interview count.
    HelpCostByActorKind,
    /// The median usual hours worked per day, by destination.
    HoursByDestination,
    /// The median hourly wage, in USD at the departure year's rate, by destination. No
    /// minimum-wage line: the app ships no checked table of minimum wages.
    HourlyWageByDestination,
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
        let visible = self.interviews.values().map(|set| shown(set.len(), k)).collect();
        self.chart_with(id, measure, visible)
    }

    /// A chart whose bars the reader can add up against a total shown beside it (`total`
    /// interviews, each in at most one bar when each went to one country): besides the bars of
    /// fewer than k, the smallest shown bars are withheld too until the interviews left out of
    /// every shown bar are none or at least k, so that no subtraction gives a count below k.
    fn chart_against_total(self, id: ChartId, measure: ChartMeasure, k: u32, total: usize) -> Chart {
        let sets: Vec<&BTreeSet<usize>> = self.interviews.values().collect();
        let mut visible: Vec<bool> = sets.iter().map(|set| shown(set.len(), k)).collect();
        loop {
            let covered: BTreeSet<usize> = sets.iter().zip(&visible).filter(|(_, v)| **v).flat_map(|(s, _)| s.iter().copied()).collect();
            let left_out = total - covered.len();
            if left_out == 0 || left_out >= k as usize {
                break;
            }
            let smallest = (0..sets.len()).filter(|&i| visible[i] && !sets[i].is_empty()).min_by_key(|&i| sets[i].len());
            match smallest {
                Some(i) => visible[i] = false,
                None => break,
            }
        }
        self.chart_with(id, measure, visible)
    }

    /// The chart, showing the bars `visible` says (in the tally's order).
    fn chart_with(self, id: ChartId, measure: ChartMeasure, visible: Vec<bool>) -> Chart {
        let mut amounts = self.amounts;
        let bars = self
            .interviews
            .into_iter()
            .zip(visible)
            .map(|(((category, series), set), visible)| {
                let n = visible.then_some(set.len() as u32);
                let value = match measure {
                    ChartMeasure::Interviews => n.map(f64::from),
                    ChartMeasure::MedianUsd | ChartMeasure::MedianHours => {
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

/// The `kind` (its code) and `dimension` of the actor `id` in `record`'s `actors` list.
fn actor<'a>(record: &'a Value, id: &Value) -> Option<(&'a str, &'a str)> {
    let a = items(record, "actors").find(|a| a.get("id") == Some(id))?;
    Some((a.get("kind").and_then(code)?, a.get("dimension").and_then(Value::as_str).unwrap_or_default()))
}

/// Every chart of `records` (the de-identified record form) under the project's `k`.
pub fn charts(records: &[Value], k: u32) -> Charts {
    let mut by_destination = Tally::default();
    let mut fees = Tally::default();
    let mut debts = Tally::default();
    let mut overtime = Tally::default();
    let mut exits = Tally::default();
    let mut support = Tally::default();
    let mut help_cost = Tally::default();
    let mut hours = Tally::default();
    let mut wages = Tally::default();
    for (i, record) in records.iter().enumerate() {
        for contact in items(record, "support_contacts") {
            if let Some((kind, dimension)) = contact.get("actor").and_then(|id| actor(record, id)) {
                support.count(kind, dimension, i);
            }
        }
        for episode in items(record, "migration_episodes") {
            let start = episode.get("start").and_then(year);
            let mut paid: BTreeMap<&str, f64> = BTreeMap::new();
            for fee in items(episode, "fees") {
                let usd = (|| {
                    let (kind, _) = actor(record, fee.get("payee")?)?;
                    let m = fee.get("amount")?;
                    let y = fee.get("paid").and_then(year).or(start)?;
                    Some((kind, rates::to_usd(m.get("amount")?.as_f64()?, m.get("currency")?.as_str()?, y)?))
                })();
                if let Some((kind, usd)) = usd {
                    *paid.entry(kind).or_default() += usd;
                }
            }
            for (kind, usd) in paid {
                help_cost.amount(kind, "", i, (usd * 100.0).round() / 100.0);
            }
            let Some(country) = episode.get("destination_country").and_then(Value::as_str) else { continue };
            by_destination.count(country, "", i);
            let conditions = episode.get("working_conditions");
            if let Some(h) = conditions.and_then(|c| c.get("hours_per_day")).and_then(Value::as_f64) {
                hours.amount(country, "", i, h);
            }
            // An hourly wage is per hour, whether or not `per` says so.
            let wage = conditions.and_then(|c| c.get("hourly_wage")).filter(|m| m.get("per").is_none_or(|p| p.is_null() || p == "hour"));
            if let Some(usd) = wage.zip(start).and_then(|(m, y)| rates::to_usd(m.get("amount")?.as_f64()?, m.get("currency")?.as_str()?, y))
            {
                wages.amount(country, "", i, usd);
            }
            if let Some(y) = start {
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
            // The only chart whose bars add up to the total shown beside the charts.
            by_destination.chart_against_total(ChartId::InterviewsByDestination, ChartMeasure::Interviews, k, records.len()),
            fees.chart(ChartId::FeesByDestinationYear, ChartMeasure::MedianUsd, k),
            debts.chart(ChartId::DebtByLenderKind, ChartMeasure::Interviews, k),
            overtime.chart(ChartId::UnpaidOvertimeByDestination, ChartMeasure::Interviews, k),
            exits.chart(ChartId::ExitsByReason, ChartMeasure::Interviews, k),
            support.chart(ChartId::SupportByKindDimension, ChartMeasure::Interviews, k),
            help_cost.chart(ChartId::HelpCostByActorKind, ChartMeasure::MedianUsd, k),
            hours.chart(ChartId::HoursByDestination, ChartMeasure::MedianHours, k),
            wages.chart(ChartId::HourlyWageByDestination, ChartMeasure::MedianUsd, k),
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
        // JP's 3 is withheld too: 5 shown beside the charts − 3 would give TW's 2.
        assert_eq!(
            bar(&c, ChartId::InterviewsByDestination, "JP"),
            &ChartBar { category: "JP".into(), series: "".into(), n: None, value: None }
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

    /// The attacker subtracts: the number of interviews shown beside the charts minus the
    /// bars shown by destination (one country each) would give a withheld bar's count. The
    /// smallest bars are withheld too until what is left out is none or at least k.
    #[test]
    fn no_count_below_k_comes_out_of_the_total_minus_the_bars_shown() {
        let by = |countries: &[(&str, usize)], k: u32| {
            let records: Vec<Value> =
                countries.iter().flat_map(|&(c, n)| (0..n).map(move |_| interview(c, "2019", 1000.0, "relatives"))).collect();
            let c = charts(&records, k);
            let chart = c.charts.iter().find(|c| c.id == ChartId::InterviewsByDestination).unwrap().clone();
            let left = c.interviews.map(|t| t - chart.bars.iter().filter_map(|b| b.n).sum::<u32>());
            assert!(left.is_none_or(|l| l == 0 || l >= k), "{c:?}: total − shown bars = {left:?}");
            chart.bars.iter().map(|b| (b.category.clone(), b.n)).collect::<Vec<_>>()
        };
        let s = |v: &[(&str, Option<u32>)]| v.iter().map(|&(c, n)| (c.to_owned(), n)).collect::<Vec<_>>();
        assert_eq!(by(&[("JP", 4), ("MY", 3), ("TW", 2)], 3), s(&[("JP", Some(4)), ("MY", None), ("TW", None)]), "MY withheld too");
        assert_eq!(by(&[("JP", 4), ("TW", 1), ("VN", 2)], 3), s(&[("JP", Some(4)), ("TW", None), ("VN", None)]), "3 left out: enough");
        assert_eq!(by(&[("JP", 4), ("MY", 3)], 3), s(&[("JP", Some(4)), ("MY", Some(3))]), "nothing withheld, nothing more");
        assert_eq!(by(&[("JP", 9), ("MY", 1)], 5), s(&[("JP", None), ("MY", None)]), "the only other bar goes too");
    }

    /// A participant's support, helpers, hours and wage, with the actors they name.
    fn helped(country: &str, helper: (&str, &str), fee: f64, hours: f64, wage: f64) -> Value {
        json!({
            "actors": [
                {"id": "a1", "kind": helper.0, "dimension": helper.1},
                {"id": "a2", "kind": "union", "dimension": "humanitarian"},
            ],
            "support_contacts": [{"actor": "a2"}, {"actor": "a2", "help": ["legal"]}, {"actor": "missing"}],
            "migration_episodes": [{
                "destination_country": country, "start": "2019-04",
                "fees": [
                    {"amount": {"amount": fee, "currency": "USD"}, "payee": "a1"},
                    {"amount": {"amount": fee, "currency": "USD"}, "payee": "a1", "paid": "2019"},
                    {"amount": {"amount": 99999.0, "currency": "USD"}, "payee_kind": "broker"},
                ],
                "working_conditions": {
                    "hours_per_day": hours,
                    "hourly_wage": {"amount": wage, "currency": "USD", "per": "hour"},
                },
            }],
        })
    }

    /// The charts added for the list (support, who helped at which cost, hours, hourly
    /// wage): a group of fewer than k interviews carries neither count nor value either.
    #[test]
    fn support_help_cost_hours_and_wages_withhold_small_groups() {
        let mut records: Vec<Value> = (0..3)
            .map(|i| helped("JP", ("broker", "commercial"), 1000.0 * f64::from(i + 1), 8.0 + f64::from(i), 7.0 + f64::from(i)))
            .collect();
        records.push(helped("TW", ("relative", "social"), 500.0, 12.0, 4.0));
        let c = charts(&records, 3);
        let union = bar(&c, ChartId::SupportByKindDimension, "union");
        assert_eq!(
            (union.series.as_str(), union.n, union.value),
            ("humanitarian", Some(4), Some(4.0)),
            "two contacts of one interview count once"
        );
        assert_eq!(c.charts.iter().find(|c| c.id == ChartId::SupportByKindDimension).unwrap().bars.len(), 1, "an unknown actor is no bar");
        let broker = bar(&c, ChartId::HelpCostByActorKind, "broker");
        assert_eq!((broker.n, broker.value), (Some(3), Some(4000.0)), "per migration: 2000, 4000, 6000; a fee to no actor is not counted");
        assert_eq!(
            bar(&c, ChartId::HelpCostByActorKind, "relative"),
            &ChartBar { category: "relative".into(), series: "".into(), n: None, value: None }
        );
        assert_eq!(bar(&c, ChartId::HoursByDestination, "JP").value, Some(9.0));
        assert_eq!(bar(&c, ChartId::HourlyWageByDestination, "JP").value, Some(8.0));
        for id in [ChartId::HoursByDestination, ChartId::HourlyWageByDestination] {
            assert_eq!((bar(&c, id, "TW").n, bar(&c, id, "TW").value), (None, None), "one interview's hours or wage is never shown");
        }
        let monthly = json!({"migration_episodes": [{"destination_country": "JP", "start": "2019",
            "working_conditions": {"hourly_wage": {"amount": 1500.0, "currency": "USD", "per": "month"}}}]});
        assert!(
            charts(&[monthly], 1).charts.iter().find(|c| c.id == ChartId::HourlyWageByDestination).unwrap().bars.is_empty(),
            "a monthly sum is no hourly wage"
        );
    }

    #[test]
    fn under_k_1_every_count_is_shown() {
        let c = charts(&[interview("KR", "2018", 10.0, "friends")], 1);
        assert_eq!(bar(&c, ChartId::FeesByDestinationYear, "KR").value, Some(10.0));
        assert!(shown(0, 5) && !shown(4, 5) && shown(5, 5));
    }
}
