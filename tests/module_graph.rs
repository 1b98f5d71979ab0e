//! No import cycle between the core's top-level modules: a module that needs another is built on
//! it, never the other way round too, so each can be read, tested and reused (by the research
//! workspace, by review) without the rest.
//!
//! Reads `src/`: every `crate::…` path in a module's code (comments left out) is an edge from that
//! module to the top-level module it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::util::root;

/// Module name → the modules its code names.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// The lines of `code` that are not comments: `//`, `///` and `//!` lines and `/* */` blocks go
/// (an intra-doc link is no dependency). A comment after code on the same line stays: it can only
/// add an edge, never hide one.
fn strip_comments(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut in_block = false;
    for line in code.lines() {
        let mut line = line;
        if in_block {
            match line.find("*/") {
                Some(i) => {
                    in_block = false;
                    line = &line[i + 2..];
                }
                None => continue,
            }
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if let Some(block) = trimmed.strip_prefix("/*") {
            match block.find("*/") {
                Some(j) => line = &block[j + 2..],
                None => {
                    in_block = true;
                    continue;
                }
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The first segment of every `crate::` path in `code`, groups (`crate::{a::x, b}`) included.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let ident = |s: &str| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        if code[..at].ends_with('$') || code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue; // `$crate::` in a macro, or a longer name ending in "crate"
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        found.insert(ident(group[start..i].trim_start()));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.insert(ident(group[start..i].trim_start()));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident(rest));
        }
    }
    found.remove("");
    found
}

/// Every `.rs` file under `path` (or `path` itself).
fn rust_files(path: &Path) -> Vec<std::path::PathBuf> {
    if path.is_file() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        files.extend(rust_files(&entry.unwrap().path()).into_iter().filter(|p| p.extension().is_some_and(|e| e == "rs")));
    }
    files
}

/// The graph of the core's top-level modules (`src/*.rs` and `src/*/`, but `lib.rs` and the CLI's
/// `main.rs`).
fn module_graph(src: &Path) -> Graph {
    let mut modules = BTreeMap::new();
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        if (path.is_dir() || path.extension().is_some_and(|e| e == "rs")) && name != "lib" && name != "main" {
            modules.entry(name).or_insert_with(Vec::new).extend(rust_files(&path));
        }
    }
    let names: BTreeSet<String> = modules.keys().cloned().collect();
    modules
        .into_iter()
        .map(|(name, files)| {
            let mut deps = BTreeSet::new();
            for file in files {
                let code = strip_comments(&std::fs::read_to_string(&file).unwrap());
                deps.extend(crate_paths(&code).into_iter().filter(|d| names.contains(d) && *d != name));
            }
            (name, deps)
        })
        .collect()
}

/// A cycle in `graph`, as the modules along it with the first repeated at the end; `None` if
/// there is none.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(graph: &Graph, node: &str, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(graph, next, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(graph, node, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_cycle_between_core_modules() {
    let graph = module_graph(&root().join("src"));
    assert!(graph.len() > 10 && graph.contains_key("vault") && graph["vault"].contains("keys"), "the graph was read: {graph:?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import cycle between core modules: {}; move what both need into a module of its own", cycle.join(" -> "));
    }
}

/// The checker itself finds what it must: a planted cycle, grouped and nested paths, and no edge
/// from comments, `$crate` or a longer name ending in `crate`.
#[test]
fn fail_the_checker_names_a_planted_cycle() {
    let code = strip_comments(
        "use crate::{audit::{self, Event}, keys};\n    /// [`crate::bundle`]\n//! crate::profile\n\
         let x = \"https://example.org\"; crate::vault::open();\n/* crate::deid\n crate::demo */ $crate::schema; my_crate::x();",
    );
    assert_eq!(crate_paths(&code), ["audit", "keys", "vault"].map(String::from).into());
    let graph: Graph = [("a", &["b"][..]), ("b", &["c"]), ("c", &["a"]), ("d", &[])]
        .into_iter()
        .map(|(n, deps)| (n.to_owned(), deps.iter().map(|d| d.to_string()).collect()))
        .collect();
    assert_eq!(find_cycle(&graph).unwrap().join(" -> "), "a -> b -> c -> a");
    let mut acyclic = graph.clone();
    acyclic.get_mut("c").unwrap().clear();
    assert_eq!(find_cycle(&acyclic), None);
}
