//! Consent: the one place that decides which interviews, and which of their quotes, may be
//! shared.
//!
//! An interview may leave the vault (de-identified) only if the participant consented to a
//! de-identified copy being shared and has not withdrawn ([`may_share`], refused with a
//! [`Refusal`]). A quote of it may be quoted only if, besides, the participant allowed verbatim
//! quotes (the interview's quote scope) and agreed to this quote ([`may_quote`]). [`verdict`]
//! gives both for one interview, with the reason something is left out. The export's consent
//! gate, the export wizard's candidate list, the interview list's [`Summary`] and the ethics
//! review all ask this module; nothing else reads the consent fields to decide (a test greps the
//! sources for other readers).
//!
//! The rules read an [`Interview`], or, for a review of a bundle, a de-identified record as the
//! bundle holds it ([`check_record`]). This module does not remove anything: the pipeline
//! ([`super::deidentify`]) leaves out what it is told.

use serde_json::Value;

use super::ExclusionReason;
use crate::schema::{Interview, Quote, Summary};

/// Why an interview may not be shared at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// The participant withdrew.
    Withdrawn,
    /// The participant did not consent to sharing a de-identified copy.
    NoShareConsent,
}

impl From<Refusal> for ExclusionReason {
    fn from(r: Refusal) -> Self {
        match r {
            Refusal::Withdrawn => ExclusionReason::Withdrawn,
            Refusal::NoShareConsent => ExclusionReason::NoShareConsent,
        }
    }
}

/// What consent allows of one interview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Why it may not be shared (`None`: it may).
    pub refusal: Option<Refusal>,
    /// Quotes that may be quoted (none when it may not be shared).
    pub quotes_kept: usize,
    /// Quotes that may not be quoted (all of them when it may not be shared).
    pub quotes_excluded: usize,
}

impl Verdict {
    /// Whether the interview may be shared.
    pub fn shareable(&self) -> bool {
        self.refusal.is_none()
    }

    /// Why the interview, or some of it, is left out: the refusal, else quotes without consent
    /// to quote if there are any, else nothing.
    pub fn reason(&self) -> Option<ExclusionReason> {
        match self.refusal {
            Some(r) => Some(r.into()),
            None => (self.quotes_excluded > 0).then_some(ExclusionReason::QuotesWithoutConsent),
        }
    }
}

/// The consent an interview records, as the rules read it: from an [`Interview`] or from a
/// de-identified record.
#[derive(Clone, Copy)]
struct Granted {
    /// Consent to share a de-identified copy.
    share: bool,
    /// Consent withdrawn.
    withdrawn: bool,
    /// Consent to quote the participant verbatim (the interview's scope).
    quote: bool,
}

impl Granted {
    fn of(interview: &Interview) -> Granted {
        let c = &interview.consent;
        Granted { share: c.scopes.share_deidentified, withdrawn: c.withdrawal.is_some(), quote: c.scopes.quote_verbatim }
    }

    /// A scope the record does not show (a policy may drop it) counts as not granted; a
    /// withdrawal it shows in any form counts as withdrawn.
    fn of_record(record: &Value) -> Granted {
        let scope = |name: &str| record.pointer(&format!("/consent/scopes/{name}")).and_then(Value::as_bool).unwrap_or(false);
        Granted {
            share: scope("share_deidentified"),
            withdrawn: record.pointer("/consent/withdrawal").is_some_and(|w| !w.is_null()),
            quote: scope("quote_verbatim"),
        }
    }

    /// The sharing rule.
    fn sharing(self) -> Result<(), Refusal> {
        if self.withdrawn {
            Err(Refusal::Withdrawn)
        } else if !self.share {
            Err(Refusal::NoShareConsent)
        } else {
            Ok(())
        }
    }

    /// The quoting rule, for a quote with (`agreed`) or without the participant's agreement.
    fn quoting(self, agreed: bool) -> bool {
        self.sharing().is_ok() && self.quote && agreed
    }
}

/// Whether `interview` may be shared de-identified, or why not.
pub fn may_share(interview: &Interview) -> Result<(), Refusal> {
    Granted::of(interview).sharing()
}

/// Whether `quote` (one of `interview`'s quotes) may be quoted: the interview may be shared,
/// its participant allowed verbatim quotes and agreed to this one.
pub fn may_quote(interview: &Interview, quote: &Quote) -> bool {
    Granted::of(interview).quoting(quote.consent_to_quote)
}

/// Whether each of `interview`'s quotes may be quoted, in order ([`may_quote`]).
pub fn quotable(interview: &Interview) -> Vec<bool> {
    let granted = Granted::of(interview);
    interview.quotes.iter().map(|q| granted.quoting(q.consent_to_quote)).collect()
}

/// What consent allows of `interview`: whether it may be shared and how many of its quotes may
/// be quoted.
pub fn verdict(interview: &Interview) -> Verdict {
    let quotes_kept = quotable(interview).into_iter().filter(|&q| q).count();
    Verdict { refusal: may_share(interview).err(), quotes_kept, quotes_excluded: interview.quotes.len() - quotes_kept }
}

/// What a de-identified record holds that its own consent does not allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breach {
    /// The record may not be shared at all.
    NotShareable(Refusal),
    /// The quote at this index of the record's `quotes` may not be quoted.
    Quote(usize),
}

/// Checks a de-identified record, as a bundle holds it, against the consent it records itself:
/// what it holds that [`may_share`] and [`may_quote`] would have left out. A consent field the
/// record does not show (the project's policy may drop it) counts as not granted, so such a
/// record cannot be shown to be allowed. Empty: nothing is wrong.
pub fn check_record(record: &Value) -> Vec<Breach> {
    let granted = Granted::of_record(record);
    let mut breaches: Vec<Breach> = granted.sharing().err().map(Breach::NotShareable).into_iter().collect();
    if let Some(quotes) = record.get("quotes").and_then(Value::as_array) {
        for (i, q) in quotes.iter().enumerate() {
            if !granted.quoting(q.get("consent_to_quote").and_then(Value::as_bool).unwrap_or(false)) {
                breaches.push(Breach::Quote(i));
            }
        }
    }
    breaches
}

impl Interview {
    /// The list view of this record, with whether it may be shared decided by [`may_share`].
    /// (Made here, not in [`crate::schema`], which knows no consent rule.)
    pub fn summary(&self) -> Summary {
        Summary::of(self, may_share(self).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{LanguageTag, PartialDate, Withdrawal};

    fn quote(agreed: bool) -> Quote {
        Quote {
            text: "words".into(),
            language: "en".parse::<LanguageTag>().unwrap(),
            translation: None,
            topic: None,
            consent_to_quote: agreed,
        }
    }

    /// A fixture interview with the given consent and quotes.
    fn interview(share: bool, withdrawn: bool, quote_scope: bool, quotes: &[bool]) -> Interview {
        let text = crate::deid::test_texts::fixtures().remove(0);
        let mut i = crate::schema::parse_interview(&text).unwrap();
        i.consent.scopes.share_deidentified = share;
        i.consent.scopes.quote_verbatim = quote_scope;
        i.consent.withdrawal = withdrawn.then(|| Withdrawal { date: "2024-05".parse::<PartialDate>().unwrap(), note: None });
        i.quotes = quotes.iter().map(|&a| quote(a)).collect();
        i
    }

    /// Every combination of the consent fields: the interview is shared only with share consent
    /// and no withdrawal, a quote only with that, the quote scope and its own agreement; the
    /// interview, its summary and its record as exported agree.
    #[test]
    fn every_combination_of_consent() {
        for bits in 0..32u8 {
            let [share, withdrawn, scope, q0, q1] = [0, 1, 2, 3, 4].map(|b| bits & (1 << b) != 0);
            let i = interview(share, withdrawn, scope, &[q0, q1]);
            let refusal = if withdrawn {
                Some(Refusal::Withdrawn)
            } else if !share {
                Some(Refusal::NoShareConsent)
            } else {
                None
            };
            assert_eq!(may_share(&i).err(), refusal, "{bits:05b}");
            let want = [q0, q1].map(|q| refusal.is_none() && scope && q);
            assert_eq!(quotable(&i), want, "{bits:05b}");
            assert_eq!(i.quotes.iter().map(|q| may_quote(&i, q)).collect::<Vec<_>>(), want, "{bits:05b}");
            let v = verdict(&i);
            let kept = want.iter().filter(|&&q| q).count();
            assert_eq!(v, Verdict { refusal, quotes_kept: kept, quotes_excluded: 2 - kept }, "{bits:05b}");
            assert_eq!(i.summary().shareable, refusal.is_none());
            let reason = match refusal {
                Some(r) => Some(ExclusionReason::from(r)),
                None if kept < 2 => Some(ExclusionReason::QuotesWithoutConsent),
                None => None,
            };
            assert_eq!(v.reason(), reason, "{bits:05b}");

            // The record as it would be exported unchecked, every quote kept: the review finds
            // exactly what the gate would have left out.
            let record = serde_json::to_value(&i).unwrap();
            let mut want_breaches: Vec<Breach> = refusal.map(Breach::NotShareable).into_iter().collect();
            want_breaches.extend((0..2).filter(|&k| !want[k]).map(Breach::Quote));
            assert_eq!(check_record(&record), want_breaches, "{bits:05b}");
        }
    }

    /// A record that does not show its consent cannot be shown to be allowed.
    #[test]
    fn a_record_without_its_consent_fields_is_not_allowed() {
        let mut record = serde_json::to_value(interview(true, false, true, &[true])).unwrap();
        assert_eq!(check_record(&record), vec![]);
        record["consent"]["scopes"].as_object_mut().unwrap().remove("quote_verbatim");
        assert_eq!(check_record(&record), vec![Breach::Quote(0)]);
        record["quotes"][0].as_object_mut().unwrap().remove("consent_to_quote");
        record["consent"]["scopes"]["quote_verbatim"] = true.into();
        assert_eq!(check_record(&record), vec![Breach::Quote(0)]);
        record.as_object_mut().unwrap().remove("consent");
        assert_eq!(check_record(&record), vec![Breach::NotShareable(Refusal::NoShareConsent), Breach::Quote(0)]);
        // A withdrawal in whatever form the policy left it (a generalised date, an empty object).
        let mut record = serde_json::to_value(interview(true, false, true, &[])).unwrap();
        record["consent"]["withdrawal"] = serde_json::json!({});
        assert_eq!(check_record(&record), vec![Breach::NotShareable(Refusal::Withdrawn)]);
        record["consent"]["scopes"]["share_deidentified"] = "yes".into();
        assert_eq!(check_record(&record), vec![Breach::NotShareable(Refusal::Withdrawn)]);
        record["consent"]["withdrawal"] = Value::Null;
        assert_eq!(check_record(&record), vec![Breach::NotShareable(Refusal::NoShareConsent)], "only `true` is consent");
    }
}
