// Readable differences between two revisions of a record: one line per leaf field that changed,
// as `path: old → new`. Arrays are compared by position.

import { formatPath, type Seg } from './form/paths';

export type Leaf = string | number | boolean | null;

export interface Change {
  path: string;
  segs: Seg[];
  kind: 'added' | 'removed' | 'changed';
  old?: Leaf;
  new?: Leaf;
}

/** Leaf values of a JSON value by path, in document order. Empty arrays and objects are no leaves. */
export function flatten(value: unknown, prefix: Seg[] = [], out = new Map<string, { segs: Seg[]; value: Leaf }>()) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, [...prefix, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, [...prefix, k], out);
  } else if (value !== undefined) {
    out.set(formatPath(prefix), { segs: prefix, value: value as Leaf });
  }
  return out;
}

/** What changed from `before` to `after` (either may be null: a record created or erased). */
export function diffRecords(before: unknown, after: unknown): Change[] {
  const a = flatten(before ?? {});
  const b = flatten(after ?? {});
  const changes: Change[] = [];
  for (const [path, { segs, value }] of b) {
    const old = a.get(path);
    if (!old) changes.push({ path, segs, kind: 'added', new: value });
    else if (old.value !== value) changes.push({ path, segs, kind: 'changed', old: old.value, new: value });
  }
  for (const [path, { segs, value }] of a) {
    if (!b.has(path)) changes.push({ path, segs, kind: 'removed', old: value });
  }
  // Document order: fields in the order they appear (newer revision first), items by index.
  const rank = new Map<string, number>();
  for (const m of [b, a]) {
    for (const { segs } of m.values()) {
      for (let i = 1; i <= segs.length; i++) {
        const key = formatPath(segs.slice(0, i));
        if (!rank.has(key)) rank.set(key, rank.size);
      }
    }
  }
  changes.sort((x, y) => compareSegs(x.segs, y.segs, rank));
  return changes;
}

function compareSegs(a: Seg[], b: Seg[], rank: Map<string, number>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    const rx = rank.get(formatPath(a.slice(0, i + 1))) ?? 0;
    const ry = rank.get(formatPath(b.slice(0, i + 1))) ?? 0;
    return rx - ry;
  }
  return a.length - b.length;
}

/** A leaf for display: `—` for nothing, text as it is, numbers and booleans as written. */
export function showLeaf(v: Leaf | undefined): string {
  if (v === undefined || v === null || v === '') return '—';
  return String(v);
}

export interface RevisionLike {
  revision: number | bigint;
  interview: unknown | null;
  damaged: string | null;
}

export interface RevisionDiff<R extends RevisionLike> {
  revision: R;
  /** The revision compared against (the previous readable one), if any. */
  against: number | null;
  changes: Change[] | null;
}

/** Each revision with its changes against the previous readable one, newest first. Damaged
 *  revisions get `changes: null` and are skipped as a base. */
export function historyDiffs<R extends RevisionLike>(revisions: readonly R[]): RevisionDiff<R>[] {
  const sorted = [...revisions].sort((x, y) => Number(x.revision) - Number(y.revision));
  const out: RevisionDiff<R>[] = [];
  let prev: R | null = null;
  for (const r of sorted) {
    if (r.interview == null) {
      out.push({ revision: r, against: null, changes: null });
      continue;
    }
    out.push({ revision: r, against: prev ? Number(prev.revision) : null, changes: diffRecords(prev?.interview ?? null, r.interview) });
    prev = r;
  }
  return out.reverse();
}
