//! What the interview list shows of a record: enough to find it, nothing more.

use serde::{Deserialize, Serialize};

use super::interview::{ExitKind, Interview};
use super::types::Choice;

/// A one-line view of an interview for lists, search and filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Summary {
    /// Field pseudonym or code.
    pub pseudonym: Option<String>,
    /// Interview date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub interview_date: Option<String>,
    /// Destination countries, in order of episodes.
    pub destinations: Vec<String>,
    /// Sectors worked in, as codes.
    pub sectors: Vec<String>,
    /// Legal statuses held, as codes.
    pub statuses: Vec<String>,
    /// The participant ran away from an employer at least once.
    pub ran_away: bool,
    /// The participant was detained or deported at least once.
    pub detained: bool,
    /// Consent allows sharing a de-identified version.
    pub shareable: bool,
}

fn code<T: Serialize>(c: &Choice<T>) -> String {
    match serde_json::to_value(c) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn push_unique(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

impl Summary {
    /// The list view of `interview`, which may or may not be `shareable`: a consent decision
    /// this module does not make. `Interview::summary` (in `deid::consent`) asks the consent
    /// rules and calls this.
    pub(crate) fn of(interview: &Interview, shareable: bool) -> Summary {
        let mut s = Summary {
            pseudonym: interview.participant.pseudonym.clone(),
            interview_date: interview.interview.date.map(|d| d.to_string()),
            destinations: Vec::new(),
            sectors: Vec::new(),
            statuses: Vec::new(),
            ran_away: false,
            detained: false,
            shareable,
        };
        for e in &interview.migration_episodes {
            push_unique(&mut s.destinations, e.destination_country.as_str().to_owned());
            if let Some(sector) = &e.sector {
                push_unique(&mut s.sectors, code(sector));
            }
            if let Some(status) = &e.status {
                push_unique(&mut s.statuses, code(status));
            }
            for w in &e.informal_work {
                if let Some(sector) = &w.sector {
                    push_unique(&mut s.sectors, code(sector));
                }
            }
            for x in &e.exits {
                match x.kind {
                    Choice::Known(ExitKind::RunningAway) => s.ran_away = true,
                    Choice::Known(ExitKind::Detention | ExitKind::Deportation) => s.detained = true,
                    _ => {}
                }
            }
        }
        s
    }
}
