//! The review's report: one self-contained HTML file (no external asset, no script, print
//! styles), which a browser shows and prints to PDF as it is.
//!
//! It holds the verdict; per bundle a line per check with its figures, what it proves and what
//! failed; the policy in plain words per field; the redaction counts per rule; a histogram of
//! equivalence-class sizes and a chart of records by re-identification risk (inline SVG); the
//! ten riskiest classes with their values generalised; the minimal sample uniques; and the
//! pseudonymous interview ids. Written by hand with [`esc`] rather than with a template crate:
//! one page of fixed layout did not warrant a dependency.

use std::fmt::Write as _;

use super::risk::{Risk, RISK_THRESHOLD};
use super::{checks::policy_differences, BundleReview, Review, Status};
use crate::deid::{Generalisation, Policy, Rule};

pub use crate::html::escape as esc;

/// A rule in plain words ("5-year band").
pub fn plain(rule: Rule) -> &'static str {
    match rule {
        Rule::Drop => "left out",
        Rule::Keep => "kept as recorded",
        Rule::Pseudonymise => "replaced by a keyed pseudonym",
        Rule::RedactText => "kept, with identifiers in the text redacted",
        Rule::Generalise(g) => match g {
            Generalisation::Year => "date → year",
            Generalisation::YearMonth => "date → year and month",
            Generalisation::BirthYearBand5 => "birth year → 5-year band",
            Generalisation::BirthYearBand10 => "birth year → 10-year band",
            Generalisation::Region => "place → province or larger, finer places left out",
            Generalisation::AmountBand => "amount → 1–2–5 band",
            Generalisation::Round => "number → two significant digits",
        },
    }
}

const STYLE: &str = r#"
:root { --pass: #1b6e3a; --fail: #a4161a; --muted: #555; --line: #ccc; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; color: #111; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #111; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.verdict { font-size: 1.3rem; font-weight: 700; padding: .6rem 1rem; border: 3px solid; border-radius: 6px; display: inline-block; }
.verdict.pass { color: var(--pass); } .verdict.fail { color: var(--fail); }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid var(--line); }
th { font-size: .85rem; color: var(--muted); font-weight: 600; }
.status { font-weight: 700; white-space: nowrap; }
.status.pass { color: var(--pass); } .status.fail { color: var(--fail); } .status.not_run, .status.skipped { color: var(--muted); }
.proves { color: var(--muted); font-size: .88rem; }
ul.findings { margin: .3rem 0 0; padding-left: 1.1rem; color: var(--fail); font-size: .9rem; }
.diff { color: var(--fail); font-weight: 600; }
.ids { columns: 3 12rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; word-break: break-all; }
svg text { font: 11px system-ui, "DejaVu Sans", sans-serif; fill: #111; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure { margin: 0; } figcaption { font-size: .85rem; color: var(--muted); }
section.bundle { page-break-before: always; }
section.bundle:first-of-type { page-break-before: auto; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  tr, figure, li { page-break-inside: avoid; }
  h2, h3 { page-break-after: avoid; }
}
"#;

/// The report of `review` as one HTML document.
pub fn html(review: &Review) -> String {
    let mut h = String::new();
    let verdict = review.verdict();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Ethics review: {} — {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&review.project),
        verdict.to_uppercase()
    );
    let _ = write!(
        h,
        "<h1>Ethics review of {} export{}</h1>\n<p class=\"meta\">Project <b>{}</b> (<span class=\"mono\">{}</span>) · reviewed {} with FieldVault {}</p>\n",
        review.bundles.len(),
        if review.bundles.len() == 1 { "" } else { "s" },
        esc(&review.project),
        esc(&review.project_id),
        esc(&review.reviewed_at),
        crate::VERSION
    );
    let failing: usize = review.bundles.iter().map(|b| b.failed().len()).sum();
    let _ = write!(
        h,
        "<p class=\"verdict {verdict}\">Verdict: {}</p>\n<p>{}</p>\n",
        if review.passed() { "PASS — every check holds" } else { "FAIL — do not accept these exports as they are" },
        if review.passed() {
            "Every check below passed for every bundle. Each line says what it proves and what it does not.".to_owned()
        } else {
            format!("{failing} check{} failed; the failing lines are marked and list what was found.", if failing == 1 { "" } else { "s" })
        }
    );
    for b in &review.bundles {
        bundle(&mut h, b, &review.approved_policy);
    }
    h.push_str("<h2>About this report</h2>\n<p>The checks ran on the bundles as received, with the reviewer's own key and the project profile; they do not rely on anything the bundle says about itself. They cannot show what was never entered in the vault, nor protect against a compromised laptop (a keylogger, screen capture). Values of records are never shown: interview ids are keyed pseudonyms and group values are generalised one step further.</p>\n<p>If this report comes with a <code>.minisig</code> file, check it with <code>minisign -Vm report.html -p reviewer.pub</code>; the signature's trusted comment carries the verdict and each bundle's SHA-256.</p>\n</body>\n</html>\n");
    h
}

fn bundle(h: &mut String, b: &BundleReview, approved: &Policy) {
    let verdict = if b.passed() { "pass" } else { "fail" };
    let _ = write!(
        h,
        "<section class=\"bundle\">\n<h2>{} — <span class=\"status {verdict}\">{}</span></h2>\n<p class=\"meta\">SHA-256 <span class=\"mono\">{}</span>{}{}</p>\n",
        esc(&b.file),
        verdict.to_uppercase(),
        esc(&b.sha256),
        b.signer.as_deref().map(|s| format!(" · signed by {}", esc(s))).unwrap_or_default(),
        b.created_at.as_deref().map(|s| format!(" · made {}", esc(s))).unwrap_or_default(),
    );
    h.push_str("<h3>Checks</h3>\n<table class=\"checks\">\n<tr><th>Result</th><th>Check</th><th>Figures and what it proves</th></tr>\n");
    for c in &b.checks {
        let (class, label) = match c.status {
            Status::Pass => ("pass", "PASS"),
            Status::Fail => ("fail", "FAIL"),
            Status::NotRun => ("not_run", "NOT RUN"),
            Status::Skipped => ("skipped", "SKIPPED"),
        };
        let _ = write!(
            h,
            "<tr id=\"check-{}\"><td class=\"status {class}\">{label}</td><td>{}</td><td>{}<div class=\"proves\">{}</div>",
            serde_json::to_value(c.id).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
            esc(c.id.title()),
            esc(&c.figures),
            esc(c.id.proves())
        );
        if !c.findings.is_empty() {
            h.push_str("<ul class=\"findings\">");
            for f in &c.findings {
                let _ = write!(h, "<li>{}</li>", esc(f));
            }
            h.push_str("</ul>");
        }
        h.push_str("</td></tr>\n");
    }
    h.push_str("</table>\n");
    if let Some(r) = &b.risk {
        risk(h, r);
    }
    if let Some(p) = &b.policy {
        policy(h, p, approved);
    }
    h.push_str("<h3>Redactions per rule</h3>\n");
    if b.redactions.is_empty() {
        h.push_str("<p>The manifest records no redaction.</p>\n");
    } else {
        h.push_str("<table><tr><th>Rule</th><th>Spans redacted</th></tr>\n");
        for (rule, n) in &b.redactions {
            let _ = writeln!(h, "<tr><td class=\"mono\">{}</td><td>{n}</td></tr>", esc(rule));
        }
        h.push_str("</table>\n");
    }
    let _ = write!(h, "<h3>Interviews ({})</h3>\n<div class=\"ids\">", b.interview_ids.len());
    for id in &b.interview_ids {
        let _ = write!(h, "<div>{}</div>", esc(id));
    }
    h.push_str("</div>\n</section>\n");
}

fn risk(h: &mut String, r: &Risk) {
    h.push_str("<h3>Disclosure risk</h3>\n");
    let _ = writeln!(
        h,
        "<p>On the quasi-identifiers {}: {} records in {} equivalence classes; the smallest holds {} (k = {}); {} sample uniques; prosecutor risk highest {:.1}%, average {:.1}% (HDX publishes below 3% global risk); {} records above {:.0}%.</p>",
        r.quasi_identifiers.iter().map(|q| format!("<code>{}</code>", esc(q))).collect::<Vec<_>>().join(", "),
        r.records,
        r.class_sizes.len(),
        r.k,
        r.k,
        r.sample_uniques,
        r.highest_risk * 100.0,
        r.average_risk * 100.0,
        r.records_at_risk,
        RISK_THRESHOLD * 100.0
    );
    h.push_str("<div class=\"charts\">\n");
    histogram(h, r);
    risk_chart(h, r);
    h.push_str("</div>\n");
    if !r.l_diversity.is_empty() {
        h.push_str("<table><tr><th>Sensitive attribute</th><th>l (fewest distinct values in a class)</th></tr>\n");
        for d in &r.l_diversity {
            let _ = writeln!(h, "<tr><td class=\"mono\">{}</td><td>{}</td></tr>", esc(&d.attribute), d.l);
        }
        h.push_str("</table>\n");
    }
    h.push_str("<h3>The riskiest classes</h3>\n<p>The smallest groups of interviews sharing their quasi-identifier values. Sizes only: each value is shown one step coarser, or • where there is no coarser form.</p>\n<table><tr><th>Records</th><th>Risk</th>");
    for q in &r.quasi_identifiers {
        let _ = write!(h, "<th class=\"mono\">{}</th>", esc(q));
    }
    h.push_str("</tr>\n");
    for c in &r.riskiest {
        let _ = write!(h, "<tr><td>{}</td><td>{:.1}%</td>", c.size, c.risk * 100.0);
        for (_, v) in &c.values {
            let _ = write!(h, "<td>{}</td>", esc(v));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n");
    let m = &r.minimal_uniques;
    let _ = writeln!(
        h,
        "<p>Minimal sample uniques (SUDA-style, sets of up to {} of {} quasi-identifiers): {} records are unique on a small set of values; by set size: {}.</p>",
        m.max_size,
        m.searched.len(),
        m.records,
        m.per_size.iter().enumerate().map(|(i, n)| format!("{} of size {}", n, i + 1)).collect::<Vec<_>>().join(", ")
    );
    if !m.sets.is_empty() {
        h.push_str("<table><tr><th>Quasi-identifiers that single records out</th><th>Records</th></tr>\n");
        for (set, n) in &m.sets {
            let _ = writeln!(h, "<tr><td class=\"mono\">{}</td><td>{n}</td></tr>", esc(&set.join(" + ")));
        }
        h.push_str("</table>\n");
    }
}

/// Bars of `(label, value)` as an inline SVG, with a title.
fn bars(h: &mut String, title: &str, caption: &str, data: &[(String, usize)], danger: impl Fn(usize) -> bool) {
    let (w, ht, left, bottom) = (420.0f64, 200.0f64, 36.0f64, 34.0f64);
    let max = data.iter().map(|d| d.1).max().unwrap_or(0).max(1) as f64;
    let slot = (w - left - 8.0) / data.len().max(1) as f64;
    let _ = write!(
        h,
        "<figure><svg role=\"img\" aria-label=\"{}\" width=\"{w}\" height=\"{ht}\" viewBox=\"0 0 {w} {ht}\"><title>{}</title>",
        esc(title),
        esc(title)
    );
    let _ = write!(h, "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#111\"/>", ht - bottom, w - 4.0, ht - bottom);
    let _ = write!(h, "<text x=\"{}\" y=\"12\" text-anchor=\"end\">{}</text>", left - 4.0, max as usize);
    for (i, (label, v)) in data.iter().enumerate() {
        let bh = (ht - bottom - 16.0) * (*v as f64) / max;
        let x = left + i as f64 * slot + slot * 0.12;
        let fill = if danger(i) { "#a4161a" } else { "#2f5f8a" };
        let _ = write!(
            h,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{bh:.1}\" fill=\"{fill}\"><title>{}: {v}</title></rect>",
            ht - bottom - bh,
            slot * 0.76,
            esc(label)
        );
        if *v > 0 {
            let _ = write!(h, "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{v}</text>", x + slot * 0.38, ht - bottom - bh - 3.0);
        }
        let _ =
            write!(h, "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>", x + slot * 0.38, ht - bottom + 14.0, esc(label));
    }
    let _ = writeln!(h, "</svg><figcaption>{}</figcaption></figure>", esc(caption));
}

/// Classes by size: sizes 1 to 9 each, then 10–19, 20–49, 50+.
fn histogram(h: &mut String, r: &Risk) {
    let buckets: [(&str, usize, usize); 12] = [
        ("1", 1, 1),
        ("2", 2, 2),
        ("3", 3, 3),
        ("4", 4, 4),
        ("5", 5, 5),
        ("6", 6, 6),
        ("7", 7, 7),
        ("8", 8, 8),
        ("9", 9, 9),
        ("10+", 10, 19),
        ("20+", 20, 49),
        ("50+", 50, usize::MAX),
    ];
    let data: Vec<(String, usize)> =
        buckets.iter().map(|(l, lo, hi)| (l.to_string(), r.size_histogram.range(*lo..=*hi).map(|(_, n)| n).sum())).collect();
    bars(h, "Equivalence classes by size", "Number of classes of each size (red: fewer than 5 records).", &data, |i| i < 4);
}

/// Records by prosecutor risk band.
fn risk_chart(h: &mut String, r: &Risk) {
    let bands: [(&str, f64, f64); 6] =
        [("≤5%", 0.0, 0.05), ("≤10%", 0.05, 0.10), ("≤20%", 0.10, 0.20), ("≤34%", 0.20, 0.34), ("≤50%", 0.34, 0.50), ("100%", 0.50, 1.0)];
    let data: Vec<(String, usize)> = bands
        .iter()
        .map(|(l, lo, hi)| {
            let n = r.class_sizes.iter().filter(|&&s| s > 0 && 1.0 / s as f64 > *lo && 1.0 / s as f64 <= *hi).sum();
            (l.to_string(), n)
        })
        .collect();
    bars(h, "Records by re-identification risk", "Records by prosecutor risk, 1 / the size of their class (red: above 20%).", &data, |i| {
        i >= 3
    });
}

fn policy(h: &mut String, p: &Policy, approved: &Policy) {
    let diffs = policy_differences(p, approved);
    let _ = write!(
        h,
        "<h3>The policy in plain words</h3>\n<p>k = {}; quasi-identifiers: {}; sensitive attributes: {}.{}</p>\n<table><tr><th>Field</th><th>In the bundle</th></tr>\n",
        p.k,
        esc(&p.quasi_identifiers.join(", ")),
        if p.sensitive_attributes.is_empty() { "none".to_owned() } else { esc(&p.sensitive_attributes.join(", ")) },
        if diffs.is_empty() { " It is the approved policy.".to_owned() } else { format!(" <span class=\"diff\">{} differences from the approved policy, marked below.</span>", diffs.len()) }
    );
    for (path, rule) in &p.rules {
        let differs = approved.rules.get(path) != Some(rule);
        let approved_rule =
            approved.rules.get(path).map(|r| format!(" (approved: {})", plain(*r))).unwrap_or_else(|| " (no approved rule)".into());
        let _ = writeln!(
            h,
            "<tr><td class=\"mono\">{}</td><td{}>{}{}</td></tr>",
            esc(path),
            if differs { " class=\"diff\"" } else { "" },
            esc(plain(*rule)),
            if differs { esc(&approved_rule) } else { String::new() }
        );
    }
    h.push_str("</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
