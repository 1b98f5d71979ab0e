#!/usr/bin/env node
// Translation keys for the interview form, derived from schemas/interview.schema.json.
//
// The form is rendered from the JSON Schema; every label it shows comes from
// ui/src/lib/i18n/schema.<lang>.json (en, vi, ja, zh-TW). Keys:
//
//   section.<Def>          title of an object schema ($defs entry, or `Interview` for the root)
//   field.<Def>.<prop>     short label of a property of an object schema
//   help.<Def>.<prop>      one-sentence help text of that property
//   enum.<Def>.<value>     label of a value of an enum $defs entry
//                          ("oneOf": [{"const": ...}, ...] or "enum": [...])
//
// Usage (Node 20, no dependencies):
//   node scripts/i18n-schema-keys.mjs --check     exit 1 if any file lacks a key, has an empty
//                                                 value, has a key not in the schema, or is not
//                                                 in canonical form (sorted keys, 2-space indent,
//                                                 trailing newline)
//                                                 (and problems.<lang>.json, the validation messages,
//                                                 lacks a key of problems.en.json or changes its
//                                                 {placeholders})
//   node scripts/i18n-schema-keys.mjs --write-en  (re)generate schema.en.json from the schema
//                                                 descriptions, keeping existing English entries
//                                                 and dropping keys no longer in the schema
//   node scripts/i18n-schema-keys.mjs --format    rewrite the four files in canonical form
//                                                 (no entry is added or removed)
//   node scripts/i18n-schema-keys.mjs --list      print the required keys, one a line
//
// Options: --schema <file>, --dir <i18n directory> (defaults relative to the repository).

import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const LANGS = ["en", "vi", "ja", "zh-TW"];
const ROOT_DEF = "Interview";

function usage(code) {
  const out = code === 0 ? console.log : console.error;
  out(
    "usage: node scripts/i18n-schema-keys.mjs (--check | --write-en | --format | --list)\n" +
      "       [--schema schemas/interview.schema.json] [--dir ui/src/lib/i18n]",
  );
  process.exit(code);
}

function parseArgs(argv) {
  const opts = {
    mode: null,
    schema: join(ROOT, "schemas", "interview.schema.json"),
    dir: join(ROOT, "ui", "src", "lib", "i18n"),
  };
  const modes = { "--check": "check", "--write-en": "write-en", "--format": "format", "--list": "list" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a in modes) {
      if (opts.mode) usage(2);
      opts.mode = modes[a];
    } else if (a === "--schema" || a === "--dir") {
      const v = argv[++i];
      if (v === undefined) usage(2);
      opts[a.slice(2)] = resolve(v);
    } else if (a === "-h" || a === "--help") {
      usage(0);
    } else {
      console.error(`unknown argument: ${a}`);
      usage(2);
    }
  }
  if (!opts.mode) usage(2);
  return opts;
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** Values of an enum $defs entry, with their descriptions; null when the entry is no enum. */
function enumValues(def) {
  if (Array.isArray(def.enum)) {
    return def.enum.filter((v) => v !== null).map((v) => ({ value: String(v), description: null }));
  }
  const alts = def.oneOf ?? def.anyOf;
  if (!Array.isArray(alts) || alts.length === 0) return null;
  const values = [];
  for (const alt of alts) {
    if (!isObject(alt)) return null;
    if ("const" in alt) {
      if (alt.const !== null) values.push({ value: String(alt.const), description: alt.description ?? null });
    } else if (Array.isArray(alt.enum)) {
      for (const v of alt.enum) if (v !== null) values.push({ value: String(v), description: alt.description ?? null });
    } else if (alt.type === "null") {
      // nullable enum: no label needed for null
    } else {
      return null; // a union of other schemas (e.g. a Choice_* entry): not an enum itself
    }
  }
  return values.length ? values : null;
}

const isObjectSchema = (s) => isObject(s) && isObject(s.properties);

/** Required keys (with English defaults from the schema) and schema-shape problems. */
function requiredKeys(schema) {
  const keys = new Map(); // key -> English default
  const problems = [];
  const defs = isObject(schema.$defs) ? schema.$defs : {};

  const addObject = (name, s, sectionDefault) => {
    keys.set(`section.${name}`, sectionDefault);
    for (const [prop, p] of Object.entries(s.properties)) {
      keys.set(`field.${name}.${prop}`, humanize(prop));
      keys.set(`help.${name}.${prop}`, helpText(p, defs));
    }
  };

  if (isObjectSchema(schema)) addObject(ROOT_DEF, schema, ROOT_DEF);
  else problems.push("the root schema has no properties");

  for (const [name, def] of Object.entries(defs)) {
    if (!isObject(def)) continue;
    if (name === ROOT_DEF) problems.push(`$defs/${name} clashes with the root object's key prefix`);
    if (isObjectSchema(def)) {
      addObject(name, def, humanize(splitCamel(name)));
      continue;
    }
    const values = enumValues(def);
    if (values) {
      for (const { value, description } of values) {
        keys.set(`enum.${name}.${value}`, description ? cleanText(description).replace(/\.$/, "") : humanize(value));
      }
    }
  }

  // Enums or objects written inline (not as a $defs entry) have no key under this scheme:
  // report them so a schema change cannot silently leave labels untranslated.
  const walk = (node, ptr, isDefRoot) => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => walk(v, `${ptr}/${i}`, false));
      return;
    }
    if (!isObject(node)) return;
    if (!isDefRoot) {
      if (isObjectSchema(node)) problems.push(`inline object schema at #${ptr}: move it to $defs to give it keys`);
      if (enumValues(node))
        problems.push(`inline enum at #${ptr}: move it to $defs to give it keys`);
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "$defs" || k === "const" || k === "enum" || k === "examples" || k === "default") continue;
      if ((k === "oneOf" || k === "anyOf") && isDefRoot && enumValues(node)) continue; // the enum's own alternatives
      walk(v, `${ptr}/${k}`, false);
    }
  };
  walk(schema, "", true);
  for (const [name, def] of Object.entries(defs)) walk(def, `/$defs/${name}`, true);

  return { keys, problems };
}

function cleanText(s) {
  // First paragraph, on one line, without Markdown code marks.
  return String(s).split(/\n\s*\n/)[0].replace(/`/g, "").replace(/\s+/g, " ").trim();
}

function helpText(prop, defs) {
  if (typeof prop.description === "string" && prop.description.trim()) return ensurePeriod(cleanText(prop.description));
  const ref = refTarget(prop);
  if (ref && defs[ref] && typeof defs[ref].description === "string") return ensurePeriod(cleanText(defs[ref].description));
  return "";
}

function refTarget(s) {
  if (!isObject(s)) return null;
  if (typeof s.$ref === "string") return s.$ref.split("/").pop();
  for (const k of ["anyOf", "oneOf", "allOf"]) {
    if (Array.isArray(s[k])) for (const alt of s[k]) { const r = refTarget(alt); if (r) return r; }
  }
  if (isObject(s.items)) return refTarget(s.items);
  return null;
}

const ensurePeriod = (s) => (s && !/[.!?…]$/.test(s) ? `${s}.` : s);
const splitCamel = (s) => s.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ");

function humanize(s) {
  const words = String(s).replace(/_/g, " ").trim().split(/\s+/);
  const out = words.map((w, i) => {
    if (/^id$/i.test(w)) return "ID";
    return i === 0 ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase();
  });
  return out.join(" ");
}

const fileOf = (dir, lang) => join(dir, `schema.${lang}.json`);

function sortedObject(obj) {
  const out = {};
  for (const k of Object.keys(obj).sort()) out[k] = obj[k];
  return out;
}

const canonical = (obj) => `${JSON.stringify(sortedObject(obj), null, 2)}\n`;

/** { data, text } for a translation file, { missingFile } or { error }. */
function loadFile(path) {
  if (!existsSync(path)) return { missingFile: true };
  const text = readFileSync(path, "utf8");
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `not valid JSON: ${e.message}` };
  }
  if (!isObject(data)) return { error: "not a JSON object" };
  return { data, text };
}

function check(opts, keys, problems) {
  let failed = problems.length > 0;
  const required = [...keys.keys()].sort();
  for (const lang of LANGS) {
    const path = fileOf(opts.dir, lang);
    const rel = path.startsWith(`${ROOT}/`) ? path.slice(ROOT.length + 1) : path;
    const f = loadFile(path);
    if (f.missingFile) {
      console.log(`${rel}: file missing (${required.length} missing)`);
      for (const k of required) console.log(`  missing: ${k}`);
      failed = true;
      continue;
    }
    if (f.error) {
      console.log(`${rel}: ${f.error}`);
      failed = true;
      continue;
    }
    const missing = [];
    const empty = [];
    for (const k of required) {
      if (!Object.prototype.hasOwnProperty.call(f.data, k)) missing.push(k);
      else if (typeof f.data[k] !== "string" || f.data[k].trim() === "") empty.push(k);
    }
    const extra = Object.keys(f.data).filter((k) => !keys.has(k)).sort();
    const notCanonical = f.text !== canonical(f.data);
    if (missing.length || empty.length || extra.length || notCanonical) {
      failed = true;
      const parts = [];
      if (missing.length) parts.push(`${missing.length} missing`);
      if (empty.length) parts.push(`${empty.length} empty`);
      if (extra.length) parts.push(`${extra.length} extra`);
      if (notCanonical) parts.push("not in canonical form");
      console.log(`${rel}: ${parts.join(", ")}`);
      for (const k of missing) console.log(`  missing: ${k}`);
      for (const k of empty) console.log(`  empty:   ${k}`);
      for (const k of extra) console.log(`  extra:   ${k}`);
      if (notCanonical)
        console.log("  format:  keys must be sorted, 2-space indent, trailing newline (run with --format)");
    } else {
      console.log(`${rel}: ok`);
    }
  }
  if (failed) {
    if (problems.length) console.log(`FAILED: ${problems.length} schema part(s) the key scheme cannot label (see above)`);
    console.log(`FAILED: ${required.length} keys required per language`);
    process.exit(1);
  }
  console.log(`OK: ${required.length} keys in each of ${LANGS.length} files (${LANGS.join(", ")})`);
  checkProblems(opts);
}

/**
 * The validation messages (problems.<lang>.json, keyed by the core's `Problem`s; the Rust tests
 * tie the English file to them): every language has every English key, non-empty, with the same
 * `{placeholders}`, in canonical form.
 */
function checkProblems(opts) {
  const holes = (s) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(",");
  const en = loadFile(join(opts.dir, "problems.en.json"));
  if (en.missingFile || en.error) {
    console.log(`problems.en.json: ${en.error ?? "file missing"}`);
    process.exit(1);
  }
  let failed = false;
  for (const lang of LANGS) {
    const f = loadFile(join(opts.dir, `problems.${lang}.json`));
    const bad = f.missingFile || f.error
      ? [f.error ?? "file missing"]
      : [
          ...Object.keys(en.data).filter((k) => typeof f.data[k] !== "string" || f.data[k].trim() === "").map((k) => `missing or empty: ${k}`),
          ...Object.keys(f.data).filter((k) => !(k in en.data)).map((k) => `extra: ${k}`),
          ...Object.keys(en.data).filter((k) => k in f.data && holes(f.data[k]) !== holes(en.data[k])).map((k) => `placeholders differ: ${k}`),
          ...(f.text !== canonical(f.data) ? ["not in canonical form (run with --format)"] : []),
        ];
    console.log(`problems.${lang}.json: ${bad.length ? bad.join("; ") : "ok"}`);
    failed ||= bad.length > 0;
  }
  if (failed) {
    console.log("FAILED: validation messages");
    process.exit(1);
  }
}

function writeEn(opts, keys) {
  const path = fileOf(opts.dir, "en");
  const f = loadFile(path);
  if (f.error) {
    console.error(`${path}: ${f.error}; not overwriting it`);
    process.exit(1);
  }
  const existing = f.data ?? {};
  const out = {};
  let kept = 0;
  let added = 0;
  for (const [k, dflt] of keys) {
    const cur = existing[k];
    if (typeof cur === "string" && cur.trim() !== "") {
      out[k] = cur;
      kept++;
    } else {
      out[k] = dflt;
      added++;
    }
  }
  const dropped = Object.keys(existing).filter((k) => !keys.has(k)).sort();
  writeFileSync(path, canonical(out));
  console.log(`wrote ${path}: ${kept} kept, ${added} generated, ${dropped.length} dropped`);
  for (const k of dropped) console.log(`  dropped: ${k} (not in the schema)`);
  const blank = Object.entries(out).filter(([, v]) => !v).map(([k]) => k);
  for (const k of blank) console.log(`  empty:   ${k} (the schema has no description; write one)`);
}

function format(opts) {
  for (const lang of LANGS) {
    const path = fileOf(opts.dir, lang);
    const f = loadFile(path);
    if (f.missingFile) continue;
    if (f.error) {
      console.error(`${path}: ${f.error}`);
      process.exitCode = 1;
      continue;
    }
    const text = canonical(f.data);
    if (text !== f.text) {
      writeFileSync(path, text);
      console.log(`formatted ${path}`);
    }
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let schema;
  try {
    schema = JSON.parse(readFileSync(opts.schema, "utf8"));
  } catch (e) {
    console.error(`cannot read schema ${opts.schema}: ${e.message}`);
    process.exit(2);
  }
  const { keys, problems } = requiredKeys(schema);
  for (const p of problems) console.error(`schema: ${p}`);
  if (opts.mode === "list") for (const k of [...keys.keys()].sort()) console.log(k);
  else if (opts.mode === "check") check(opts, keys, problems);
  else if (opts.mode === "write-en") writeEn(opts, keys);
  else if (opts.mode === "format") format(opts);
}

main();
