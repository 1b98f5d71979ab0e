//! Training the name tagger, and the leave-one-corpus-out measurement: `#[ignore]`d tests, run
//! by hand (`data/README.md`), with the features of [`super::features`] (there is no second copy).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crfs::train::Trainer;
use serde_json::Value;

use super::{features, tokens, NameModel, Tagging};
use crate::deid::redact::Redactor;

/// The corpora measured one by one, each left out of its model's training.
const HELD_OUT: [&str; 10] = ["unseen", "heldout", "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
/// Corpora of another format, always trained on.
const ALWAYS: [&str; 2] = ["faker", "hard_cases"];

/// One text of a corpus: its persons' names, its other identifiers, and whether it has none.
struct Case {
    text: String,
    names: Vec<String>,
    others: Vec<String>,
    clean: bool,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus(name: &str) -> Vec<Case> {
    let path = root().join("tests/redaction_corpus").join(format!("{name}.jsonl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("a JSON line");
            let ids: Vec<(String, String)> = v["ids"]
                .as_array()
                .map(|a| a.iter().map(|i| (i[0].as_str().unwrap_or("").to_owned(), i[1].as_str().unwrap_or("").to_owned())).collect())
                .unwrap_or_default();
            let name = |k: &str| matches!(k, "name" | "given_name" | "unknown_name");
            Case {
                text: v["text"].as_str().expect("a text").to_owned(),
                names: ids.iter().filter(|(_, k)| name(k)).map(|(v, _)| v.clone()).collect(),
                others: ids.iter().filter(|(_, k)| !name(k)).map(|(v, _)| v.clone()).collect(),
                clean: v["clean"].as_bool().unwrap_or(ids.is_empty()),
            }
        })
        .collect()
}

/// The labels of `text`'s words: every occurrence of a name is `B-name I-name…`.
fn labels(text: &str, toks: &[(usize, usize)], names: &[String]) -> Vec<&'static str> {
    let mut out = vec!["O"; toks.len()];
    for n in names.iter().filter(|n| !n.is_empty()) {
        for (at, _) in text.match_indices(n.as_str()) {
            let end = at + n.len();
            let mut first = true;
            for (k, &(s, e)) in toks.iter().enumerate() {
                if s >= at && e <= end {
                    out[k] = if first { "B-name" } else { "I-name" };
                    first = false;
                }
            }
        }
    }
    out
}

/// Trains a model on `cases` into `path`.
fn train(cases: &[&Case], path: &Path) {
    let rules = Redactor::new(&[]).with_name_model(Tagging::Off);
    let mut trainer = Trainer::lbfgs();
    for c in cases {
        let toks = tokens(&c.text);
        if toks.is_empty() {
            continue;
        }
        let found: Vec<(usize, usize, &'static str)> = rules.find(&c.text).iter().map(|s| (s.start, s.end, s.label)).collect();
        trainer.append(&features(&c.text, &toks, &found), &labels(&c.text, &toks, &c.names)).expect("one label per word");
    }
    let p = trainer.params_mut();
    p.set_c1(0.05).expect("c1");
    p.set_c2(0.01).expect("c2");
    p.set_max_iterations(150).expect("iterations");
    trainer.train(path).expect("the model is written");
}

/// Names found (of all), words of identifier-free texts kept (of all), the model's spans and
/// those of them on no identifier at all.
#[derive(Default, Debug)]
struct Score {
    names: (usize, usize),
    words: (usize, usize),
    model_spans: usize,
    model_wrong: usize,
}

fn score(cases: &[Case], r: &Redactor, misses: &mut Vec<String>) -> Score {
    let mut out = Score::default();
    for c in cases {
        let spans = r.find(&c.text);
        for s in spans.iter().filter(|s| s.rule == super::RULE) {
            out.model_spans += 1;
            let on_id = c
                .names
                .iter()
                .chain(&c.others)
                .any(|v| c.text.match_indices(v.as_str()).any(|(at, _)| s.start < at + v.len() && s.end > at));
            if !on_id {
                out.model_wrong += 1;
                misses.push(format!("  wrong: {:?} in {:?}", &c.text[s.start..s.end], c.text));
            }
        }
        if c.clean {
            let words = tokens(&c.text);
            out.words.1 += words.len();
            out.words.0 += words.iter().filter(|&&(a, e)| !spans.iter().any(|s| s.start < e && s.end > a)).count();
            continue;
        }
        for n in &c.names {
            let Some(at) = c.text.find(n.as_str()) else { continue };
            out.names.1 += 1;
            if spans.iter().any(|s| s.start <= at && s.end >= at + n.len()) {
                out.names.0 += 1;
            } else {
                misses.push(format!("  miss: {n:?} in {:?}", c.text));
            }
        }
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

fn model_dir() -> PathBuf {
    let d = root().join("target/names_model");
    std::fs::create_dir_all(&d).expect("target/names_model");
    d
}

fn load(path: &Path) -> &'static NameModel {
    let bytes: &'static [u8] = Box::leak(std::fs::read(path).expect("a trained model").into_boxed_slice());
    Box::leak(Box::new(NameModel::new(bytes).expect("a CRFsuite model")))
}

/// For each corpus: a model trained on all the others, and the recall of names (nothing known
/// to the vault) and the words kept on its identifier-free texts, by the rules alone and by the
/// rules and that model. Run by hand: `cargo test --locked --lib names_model::training::leave_one_corpus_out -- --ignored --nocapture`.
#[test]
#[ignore = "trains ten models (minutes); run by hand"]
fn leave_one_corpus_out() {
    let all: BTreeMap<&str, Vec<Case>> = HELD_OUT.iter().chain(&ALWAYS).map(|&n| (n, corpus(n))).collect();
    let only: Option<String> = std::env::var("FV_LOCO_ONLY").ok();
    let mut rows = Vec::new();
    for held in HELD_OUT.iter().filter(|h| only.as_deref().is_none_or(|o| o.split(',').any(|x| x == **h))) {
        let training: Vec<&Case> = all.iter().filter(|(n, _)| *n != held).flat_map(|(_, c)| c).collect();
        let path = model_dir().join(format!("without_{held}.crfsuite"));
        train(&training, &path);
        let model = load(&path);
        let mut misses = Vec::new();
        let rules = score(&all[held], &Redactor::new(&[]).with_name_model(Tagging::Off), &mut Vec::new());
        let both = score(&all[held], &Redactor::new(&[]).with_name_model(Tagging::Given(model)), &mut misses);
        println!("{held}: model {} bytes", std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0));
        for m in &misses {
            println!("{m}");
        }
        rows.push((*held, rules, both));
    }
    print_table(&rows);
}

/// Trains the committed model on every corpus: run by hand (`data/README.md`), then commit
/// `src/deid/data/names_model.crfsuite`.
#[test]
#[ignore = "trains the committed model (a minute or more); run by hand"]
fn train_the_committed_model() {
    let all: Vec<Case> = HELD_OUT.iter().chain(&ALWAYS).flat_map(|n| corpus(n)).collect();
    let refs: Vec<&Case> = all.iter().collect();
    let path = root().join("src/deid/data/names_model.crfsuite");
    train(&refs, &path);
    let model = load(&path);
    assert!(model.names("Xoan sends money to her mother every month.", &[]).len() <= 1);
}

/// The committed model (trained on every corpus above) on corpora it has never seen, named in
/// `FV_NAME_MODEL_CORPORA` (e.g. `eleventh,twelfth`: files of `tests/redaction_corpus/`), by the
/// rules alone and by the rules and the model. For the blind corpora written after it: run by
/// hand, `FV_NAME_MODEL_CORPORA=eleventh,twelfth cargo test --locked --lib
/// names_model::training::the_committed_model_on_new_corpora -- --ignored --nocapture`.
#[test]
#[ignore = "for corpora written after the model; run by hand"]
fn the_committed_model_on_new_corpora() {
    let names = std::env::var("FV_NAME_MODEL_CORPORA").expect("FV_NAME_MODEL_CORPORA=eleventh,twelfth (corpus files)");
    let mut rows = Vec::new();
    for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        assert!(!HELD_OUT.contains(&name) && !ALWAYS.contains(&name), "{name} is trained on: use leave_one_corpus_out");
        let cases = corpus(name);
        let mut misses = Vec::new();
        let rules = score(&cases, &Redactor::new(&[]), &mut Vec::new());
        let both = score(&cases, &Redactor::new(&[]).with_name_model(Tagging::Committed), &mut misses);
        for m in &misses {
            println!("{m}");
        }
        rows.push((name.to_owned(), rules, both));
    }
    print_table(&rows);
}

fn print_table<N: std::fmt::Display>(rows: &[(N, Score, Score)]) {
    println!("| corpus | names, rules | names, rules + model | gain | words kept, rules | words kept, rules + model | model spans | of them on no identifier |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (held, r, b) in rows {
        println!(
            "| {held} | {:.1}% ({}/{}) | {:.1}% ({}/{}) | {:+.1} | {:.2}% | {:.2}% | {} | {} |",
            pct(r.names),
            r.names.0,
            r.names.1,
            pct(b.names),
            b.names.0,
            b.names.1,
            pct(b.names) - pct(r.names),
            pct(r.words),
            pct(b.words),
            b.model_spans,
            b.model_wrong
        );
    }
}

#[test]
fn labels_mark_every_occurrence_of_a_name() {
    let t = "Loan gọi Loan Phạm";
    let toks = tokens(t);
    assert_eq!(labels(t, &toks, &["Loan Phạm".to_owned()]), ["O", "O", "B-name", "I-name"]);
    assert_eq!(labels(t, &toks, &["Loan".to_owned()]), ["B-name", "O", "B-name", "O"]);
}
