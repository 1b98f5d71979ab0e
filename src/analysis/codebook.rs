//! The codebook: every variable of every table, its type, labels in English and Vietnamese,
//! its codes and how often each occurs — as Markdown and as one self-contained HTML page (no
//! scripts, no external assets). Counts from 1 to k − 1 are shown as "< k", so the codebook can
//! travel further than the data.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{coding, Coding};
use super::{Table, Var, VarKind};
use crate::html::escape as html;

/// What a codebook is made of.
pub(super) struct Codebook<'a> {
    pub tables: &'a [Table],
    /// Each table's [`table_stats`].
    pub stats: &'a [Vec<Stats>],
    pub k: usize,
    pub created: &'a str,
    pub interviews: usize,
    pub removals: usize,
    pub resolutions: usize,
}

/// A variable's summary: present and missing counts, and its value counts or range.
pub(super) struct Stats {
    present: usize,
    missing: usize,
    /// (value, English label, Vietnamese label, count), codes in list order.
    values: Vec<(Coding, usize)>,
    distinct: usize,
    range: Option<(String, String)>,
}

/// The summary of variable `j` of `t`.
pub(super) fn stats(t: &Table, j: usize) -> Stats {
    let v = &t.vars[j];
    let cells: Vec<&str> = t.rows.iter().map(|r| r[j].as_str()).collect();
    let present = cells.iter().filter(|c| !c.is_empty()).count();
    let missing = cells.len() - present;
    let mut sorted: Vec<&str> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let distinct = sorted.len();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    // Values are counted for coded and yes/no variables only: the codebook lists no other values.
    let counted = v.meaning.codes.is_some() || v.kind == VarKind::Bool;
    let items: Box<dyn Iterator<Item = &str>> = match v.kind {
        _ if !counted => Box::new(std::iter::empty()),
        VarKind::CodeList => Box::new(cells.iter().flat_map(|c| c.split(';')).filter(|s| !s.is_empty())),
        _ => Box::new(cells.iter().copied().filter(|s| !s.is_empty())),
    };
    for s in items {
        *counts.entry(s).or_default() += 1;
    }
    let values = coding(v)
        .into_iter()
        .map(|c| {
            let n = counts.get(c.value.as_str()).copied().unwrap_or(0);
            (c, n)
        })
        .collect();
    let range = match v.kind {
        VarKind::Integer | VarKind::Number => {
            let nums: Vec<f64> = cells.iter().filter_map(|c| c.parse::<f64>().ok()).collect();
            let min = nums.iter().copied().fold(f64::INFINITY, f64::min);
            let max = nums.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            (!nums.is_empty()).then(|| (min.to_string(), max.to_string()))
        }
        _ => None,
    };
    Stats { present, missing, values, distinct, range }
}

fn type_name(v: &Var) -> &'static str {
    match v.kind {
        VarKind::Key => "key",
        VarKind::Code => "code",
        VarKind::CodeList => "list of codes (;)",
        VarKind::Text => "text",
        VarKind::Integer => "integer",
        VarKind::Number => "number",
        VarKind::Bool => "boolean",
    }
}

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

impl Codebook<'_> {
    /// A count as the codebook shows it: "< k" from 1 to k − 1 (the charts' rule, [`super::charts::shown`]).
    fn count(&self, n: usize) -> String {
        if super::charts::shown(n, u32::try_from(self.k).unwrap_or(u32::MAX)) {
            n.to_string()
        } else {
            format!("< {}", self.k)
        }
    }

    /// The sentence saying which counts are hidden.
    fn hidden(&self) -> String {
        if self.k <= 1 {
            "No count is hidden (the project's k is 1).".into()
        } else {
            format!("Counts from 1 to {} are shown as \"< {}\" (the project's k).", self.k - 1, self.k)
        }
    }

    fn range(&self, s: &Stats) -> Option<String> {
        // A range from fewer than k values would show a participant's own answer.
        s.range.as_ref().filter(|_| s.present >= self.k).map(|(a, b)| format!("{a} – {b}"))
    }

    /// The codebook as Markdown.
    pub fn markdown(&self) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "# Codebook: FieldVault analysis export\n");
        let _ = writeln!(
            o,
            "Made {}. {} interviews; {} rows in `withdrawn.csv`, {} in `resolutions.csv`. {} Missing values are empty cells in the CSV files and `.` in Stata; a US dollar value whose amount has no verified rate for its currency and year is `.a` in Stata.\n",
            self.created,
            self.count(self.interviews),
            self.removals,
            self.resolutions,
            self.hidden()
        );
        for (t, stats) in self.tables.iter().zip(self.stats) {
            let _ = writeln!(
                o,
                "## Table `{}`\n\n{} File `data/{}.csv`, Stata `stata/{}.dta`; {} rows. Key: {}.",
                t.name,
                t.description,
                t.name,
                t.name,
                self.count(t.rows.len()),
                t.keys.join(", ")
            );
            if let Some(p) = &t.parent {
                let _ = writeln!(o, "Joins to `{p}` on {}.", t.parent_keys.join(", "));
            }
            o.push('\n');
            for (j, v) in t.vars.iter().enumerate() {
                let s = &stats[j];
                let _ = writeln!(o, "### `{}`\n", v.name);
                let _ = writeln!(o, "- Stata: `{}`; type: {}", v.stata, type_name(v));
                let _ = writeln!(o, "- English: {}", md(&v.meaning.en));
                let _ = writeln!(o, "- Tiếng Việt: {}", md(&v.meaning.vi));
                let _ = writeln!(o, "- {}", md(&v.meaning.help));
                if let Some(f) = &v.field {
                    let _ = writeln!(o, "- Schema field: `{f}`");
                }
                let _ = writeln!(
                    o,
                    "- Present: {}; missing: {}; distinct values: {}",
                    self.count(s.present),
                    self.count(s.missing),
                    self.count(s.distinct)
                );
                if let Some(r) = self.range(s) {
                    let _ = writeln!(o, "- Range: {r}");
                }
                if !s.values.is_empty() {
                    let _ = writeln!(o, "\n| code | Stata | English | Tiếng Việt | count |\n|---|---|---|---|---|");
                    for (c, n) in &s.values {
                        let _ = writeln!(o, "| `{}` | {} | {} | {} | {} |", md(&c.value), c.stata, md(&c.en), md(&c.vi), self.count(*n));
                    }
                }
                o.push('\n');
            }
        }
        o
    }

    /// The codebook as one self-contained HTML page.
    pub fn html(&self) -> String {
        let mut o = String::new();
        o.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Codebook: FieldVault analysis export</title>\n<style>\n");
        o.push_str(
            "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\n\
             h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #2a5d8f;padding-bottom:.2rem}h3{margin:1.6rem 0 .3rem;font-family:ui-monospace,monospace;font-size:1.02rem}\n\
             table{border-collapse:collapse;margin:.4rem 0 1rem}th,td{border:1px solid #c9c9c9;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#eef3f8}\n\
             td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-family:ui-monospace,monospace;background:#f3f3f3;padding:0 .2rem}\n\
             dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.2rem 0}dt{color:#555}dd{margin:0}\n\
             nav ul{columns:2}.vi{color:#333}\n",
        );
        o.push_str("</style>\n</head>\n<body>\n<h1>Codebook: FieldVault analysis export</h1>\n");
        let _ = writeln!(
            o,
            "<p>Made {}. {} interviews; {} rows in <code>withdrawn.csv</code>, {} in <code>resolutions.csv</code>. {} Missing values are empty cells in the CSV files and <code>.</code> in Stata; a US dollar value whose amount has no verified rate for its currency and year is <code>.a</code> in Stata.</p>",
            html(self.created),
            html(&self.count(self.interviews)),
            self.removals,
            self.resolutions,
            html(&self.hidden())
        );
        o.push_str("<nav aria-label=\"Tables\"><ul>\n");
        for t in self.tables {
            let _ = writeln!(o, "<li><a href=\"#t-{0}\">{0}</a> ({1} rows)</li>", html(&t.name), html(&self.count(t.rows.len())));
        }
        o.push_str("</ul></nav>\n");
        for (t, stats) in self.tables.iter().zip(self.stats) {
            let _ = writeln!(o, "<section id=\"t-{0}\">\n<h2>Table <code>{0}</code></h2>", html(&t.name));
            let _ = write!(
                o,
                "<p>{} File <code>data/{}.csv</code>, Stata <code>stata/{}.dta</code>; {} rows. Key: <code>{}</code>.",
                html(&t.description),
                html(&t.name),
                html(&t.name),
                html(&self.count(t.rows.len())),
                html(&t.keys.join(", "))
            );
            if let Some(p) = &t.parent {
                let _ = write!(o, " Joins to <code>{}</code> on <code>{}</code>.", html(p), html(&t.parent_keys.join(", ")));
            }
            o.push_str("</p>\n");
            for (j, v) in t.vars.iter().enumerate() {
                let s = &stats[j];
                let _ = writeln!(o, "<h3 id=\"v-{0}-{1}\">{1}</h3>\n<dl>", html(&t.name), html(&v.name));
                let _ = writeln!(o, "<dt>Stata</dt><dd><code>{}</code></dd><dt>Type</dt><dd>{}</dd>", html(&v.stata), type_name(v));
                let _ = writeln!(
                    o,
                    "<dt>English</dt><dd>{}</dd><dt>Tiếng Việt</dt><dd lang=\"vi\" class=\"vi\">{}</dd>",
                    html(&v.meaning.en),
                    html(&v.meaning.vi)
                );
                let _ = writeln!(o, "<dt>Meaning</dt><dd>{}</dd>", html(&v.meaning.help));
                if let Some(f) = &v.field {
                    let _ = writeln!(o, "<dt>Schema field</dt><dd><code>{}</code></dd>", html(f));
                }
                let _ = writeln!(
                    o,
                    "<dt>Present</dt><dd>{}</dd><dt>Missing</dt><dd>{}</dd><dt>Distinct</dt><dd>{}</dd>",
                    html(&self.count(s.present)),
                    html(&self.count(s.missing)),
                    html(&self.count(s.distinct))
                );
                if let Some(r) = self.range(s) {
                    let _ = writeln!(o, "<dt>Range</dt><dd>{}</dd>", html(&r));
                }
                o.push_str("</dl>\n");
                if !s.values.is_empty() {
                    o.push_str("<table>\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Stata</th><th scope=\"col\">English</th><th scope=\"col\" lang=\"vi\">Tiếng Việt</th><th scope=\"col\">Count</th></tr></thead>\n<tbody>\n");
                    for (c, n) in &s.values {
                        let _ = writeln!(
                            o,
                            "<tr><td><code>{}</code></td><td class=\"n\">{}</td><td>{}</td><td lang=\"vi\">{}</td><td class=\"n\">{}</td></tr>",
                            html(&c.value),
                            c.stata,
                            html(&c.en),
                            html(&c.vi),
                            html(&self.count(*n))
                        );
                    }
                    o.push_str("</tbody>\n</table>\n");
                }
            }
            o.push_str("</section>\n");
        }
        o.push_str("</body>\n</html>\n");
        o
    }
}
