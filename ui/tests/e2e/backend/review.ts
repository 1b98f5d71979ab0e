// The Review screen's command (src/api/review.rs, src/review/), simplified: the files a test
// names in `TestOptions.reviewFiles` stand for what is on disk, and a bundle says which checks
// it fails. Each check answers with figures and findings in the core's words (src/review/checks.rs),
// a failure while opening the bundle leaves the checks after it not run, and the errors are the
// core's: a missing file, an identity that opens nothing, a report that would overwrite a file.

import type { BundleReview, Check, CheckId, ReviewRequest, Reviewed, Risk, Status } from '../../../src/lib/bindings';
import type { Command } from '../../../src/lib/ipc';
import { clone, fail, type Core, type Handlers } from './core';
import type { ReviewFile } from './options';

/** The review's commands. */
export type ReviewCommand = Extract<Command, 'review_bundles'>;

/** Every check, in the order the core runs them (`CheckId::ALL`). */
const ALL: CheckId[] = ['signature', 'hashes', 'tar_safety', 'schema', 'no_direct_identifiers', 'policy', 'consent', 'k_anonymity', 'l_diversity', 'leak_scan', 'audit_log'];
/** The checks that open the bundle: a failure stops the reading there. */
const OPENING: CheckId[] = ['signature', 'hashes', 'tar_safety'];

const K = 3;
const IDS = ['p_3f9a0c1d2e4b5a67', 'p_8c2e71b09d4f3a15', 'p_51d0a9e3c7b2f864', 'p_e07b4c2a9f1d3658'];

/** What each check says when it holds, and when it fails (figures, findings). */
function figures(id: CheckId, file: string, signer: string, failing: boolean): [string, string[]] {
  switch (id) {
    case 'signature':
      return failing
        ? ['failed', [`${file}: the manifest is signed with key 9D41C0E2B7A35F18, which is not on the project's roster: ask the principal investigator whether this fieldworker belongs to the project`]]
        : [`signed by ${signer} with roster key 5A1C0F3E2B7D9A41`, []];
    case 'hashes':
      return failing
        ? ['failed', ['the bundle was altered after it was encrypted (the encrypted payload does not authenticate: decryption error): do not use it; ask the fieldworker to send it again']]
        : ['age-encrypted, authenticated; 6 files, 48213 bytes, every size and SHA-256 as signed', []];
    case 'tar_safety':
      return failing ? ['failed', ['records.jsonl: an entry named ../records.jsonl would be written outside its folder']] : ['8 regular files with safe names, each once, nothing after the end', []];
    case 'schema':
      return failing ? ['failed', ['records.jsonl line 2: /participant/gender is not one of the allowed codes']] : ['manifest format 1; 4 records valid against the de-identified record schema', []];
    case 'no_direct_identifiers':
      return [
        '31 direct-identifier fields looked for in 4 records and 12 table columns',
        failing ? ["tables/participants.csv: column 'full_name' (identity.full_name, a direct identifier) holds 4 values that are not pseudonyms"] : [],
      ];
    case 'policy':
      return failing
        ? ['24 field rules, k = 2, 5 quasi-identifiers; policy sha256 7e1d09a4c3b2f605: 2 differences from the approved policy', ['k: approved 3, bundle 2', 'participant.children: approved drop, bundle keep']]
        : ['24 field rules, k = 3, 5 quasi-identifiers; policy sha256 3f0b8e2d1c4a9765: the approved policy, rule for rule', []];
    case 'consent':
      return ['4 interviews and 7 quotes checked against the consent each records', failing ? [`interview ${IDS[2]}: quote 2 has no consent to quote`] : []];
    case 'k_anonymity':
      return failing
        ? [
            'k = 1 (approved: at least 3) on 5 quasi-identifiers; 4 records in 3 classes; 2 sample uniques; prosecutor risk highest 100.0%, average 75.0%; 4 records above 20.0%',
            ['2 classes (2 records) are smaller than k = 3: sizes 1, 1'],
          ]
        : ['k = 4 (approved: at least 3) on 5 quasi-identifiers; 4 records in 1 classes; 0 sample uniques; prosecutor risk highest 25.0%, average 25.0%; 4 records above 20.0%', []];
    case 'l_diversity':
      return failing
        ? ['migration_episodes[].exit_reason: l = 1 (approved: at least 2) over 3 classes', ['migration_episodes[].exit_reason: 2 classes hold fewer than 2 distinct values (fewest: 1)']]
        : ['the approved policy names no sensitive attribute: no l-diversity is required', []];
    case 'leak_scan':
      return failing
        ? ['8 files, 48213 bytes scanned with the pattern detectors and 3 deny-list entries; 1 found', ['tables/quotes.csv at byte 1822: phone']]
        : ['8 files, 48213 bytes scanned with the pattern detectors and 3 deny-list entries; 0 found', []];
    case 'audit_log':
      return failing
        ? ['audit log signed by Demo fieldworker, 57 entries; the bundle names chain entry 41 (a93f0c2e1b7d…)', [`${file} matches no export event of the log: it was not made by this vault, or the log was cut off before it`]]
        : ['audit log signed by Demo fieldworker, 57 entries; the bundle names chain entry 41 (a93f0c2e1b7d…); recorded as export event 41 at 2025-03-10T09:12:00Z', []];
  }
}

function risk(failingK: boolean): Risk {
  const sizes = failingK ? [1, 1, 2] : [4];
  const k = Math.min(...sizes);
  return {
    records: 4,
    quasi_identifiers: ['participant.birth_year', 'participant.gender', 'participant.origin.province', 'migration_episodes[].destination_country', 'migration_episodes[].visa_type'],
    k,
    class_sizes: sizes,
    size_histogram: failingK ? { 1: 2, 2: 1 } : { 4: 1 },
    sample_uniques: sizes.filter((s) => s === 1).length,
    highest_risk: 1 / k,
    average_risk: sizes.length / 4,
    records_at_risk: 4,
    l_diversity: [],
    minimal_uniques: { max_size: 3, searched: [], per_size: [0, 0, 0], records: 0, sets: [] },
    riskiest: [],
  };
}

/** The file at `path`, of the kind asked for, or the core's error for it. */
function read(core: Core, path: string, kind: ReviewFile['kind']): ReviewFile {
  const f = core.options.reviewFiles?.[path];
  if (!f) throw fail('not_found', `cannot read ${path}: No such file or directory (os error 2)`);
  if (f.kind !== kind) {
    if (kind === 'profile') throw fail('profile_invalid', `${path}: this is not a project profile (expected JSON with name, project_id and keys): ask the principal investigator for the profile file`);
    throw fail('invalid', `${path}: not a ${kind.replace('_', ' ')} file`);
  }
  return f;
}

function reviewBundle(core: Core, path: string, hasLog: boolean, opens: boolean): BundleReview {
  const f = read(core, path, 'bundle') as Extract<ReviewFile, { kind: 'bundle' }>;
  const file = path.split('/').pop() ?? path;
  if (!opens) throw fail('wrong_passphrase', `${file}: this identity cannot open the bundle, which was encrypted to other researchers or reviewers: use the age identity whose recipient is in the project profile's reviewers`);
  const failing = new Set(f.fails ?? []);
  const signer = f.signer ?? 'Demo fieldworker';
  const stopped = OPENING.find((id) => failing.has(id));
  const checks: Check[] = ALL.map((id) => {
    if (id === 'audit_log' && !hasLog) return { id, status: 'skipped', figures: "no audit log given (--log): the export was not matched to the vault's log", findings: [] };
    // A bundle that does not decrypt cannot show its signature either.
    const before = stopped === 'hashes' && id === 'signature';
    if (before || (stopped && ALL.indexOf(id) > ALL.indexOf(stopped))) return { id, status: 'not_run', figures: 'not run: the bundle could not be read past the failure above', findings: [] };
    if (id === 'l_diversity' && !failing.has(id)) return { id, status: 'skipped', figures: figures(id, file, signer, false)[0], findings: [] };
    const [fig, findings] = figures(id, file, signer, failing.has(id));
    const status: Status = failing.has(id) ? 'fail' : 'pass';
    return { id, status, figures: fig, findings };
  });
  return {
    file,
    sha256: Array.from({ length: 64 }, (_, i) => '0123456789abcdef'[(i * 7 + file.length) % 16]).join(''),
    signer: failing.has('signature') || stopped === 'hashes' ? null : `${signer} (key 5A1C0F3E2B7D9A41)`,
    created_at: '2025-03-10T09:12:00Z',
    checks,
    risk: stopped ? null : risk(failing.has('k_anonymity')),
    policy: stopped ? null : { format: 1, k: failing.has('policy') ? 2 : K },
    redactions: stopped ? {} : { name: 6, phone: 2 },
    interview_ids: stopped ? [] : [...IDS],
  };
}

export function reviewCommands(core: Core): Handlers<ReviewCommand> {
  return {
    review_bundles({ request }: { request: ReviewRequest }): Reviewed {
      const r = clone(request);
      const identity = read(core, r.identity, 'identity') as Extract<ReviewFile, { kind: 'identity' }>;
      const profile = read(core, r.profile, 'profile') as Extract<ReviewFile, { kind: 'profile' }>;
      if (r.sign) read(core, r.sign, 'signing_key');
      if (r.log) {
        read(core, r.log, 'log');
        if (!core.options.reviewFiles?.[`${r.log}.minisig`]) throw fail('not_found', `cannot read ${r.log}.minisig: No such file or directory (os error 2)`);
      }
      if (r.bundles.length === 0) throw fail('invalid', 'no bundle to review: name at least one `.fvb` file');
      const bundles = r.bundles.map((b) => reviewBundle(core, b, !!r.log, identity.opens !== false));
      const written = [r.report, r.report && r.sign ? `${r.report}.minisig` : null].filter((p): p is string => !!p);
      for (const p of written) {
        if (core.options.reviewFiles?.[p] || core.files.includes(p)) throw fail('already_exists', `cannot write ${p}: the file exists; nothing was written: choose a folder you can write to`);
      }
      core.files.push(...written);
      return {
        review: { project: profile.project, project_id: '7c1e4b2a-9d3f-4e8a-b5c6-0f1a2b3c4d5e', reviewed_at: core.now().replace(/\.\d+Z$/, 'Z'), approved_policy: { format: 1, k: K }, bundles },
        report: r.report,
        signature: r.report && r.sign ? `${r.report}.minisig` : null,
      };
    },
  };
}
