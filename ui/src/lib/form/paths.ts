// Field paths as the core reports them: `migration_episodes[1].fees[0].amount.currency`.
// A path is a list of segments: property names (string) and array indices (number).

export type Seg = string | number;
export type Path = readonly Seg[];

/** `['a', 1, 'b']` → `a[1].b`; `[]` → `''` (the whole record). */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** `a[1].b` → `['a', 1, 'b']`. Accepts the core's `.` for the root and tolerates `?` segments. */
export function parsePath(text: string): Seg[] {
  const out: Seg[] = [];
  if (text === '' || text === '.') return out;
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(m[1]);
  }
  return out;
}

/** A DOM id for the input of a path; unique per path. */
export function fieldId(path: Path): string {
  let out = 'f';
  for (const seg of path) out += typeof seg === 'number' ? `-${seg}` : `__${seg}`;
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function getAt(root: unknown, path: Path): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** Sets a value, creating missing objects (before a name) and arrays (before an index). */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  if (path.length === 0) throw new Error('cannot replace the root');
  let cur: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i];
    const next = cur[seg];
    if (next === null || typeof next !== 'object') {
      cur[seg] = typeof path[i + 1] === 'number' ? [] : {};
    }
    // Read back: a reactive store may wrap what was assigned (e.g. in a proxy).
    cur = cur[seg] as Record<string | number, unknown>;
  }
  cur[path[path.length - 1]] = value;
}

/** Removes a property (or sets an array slot to undefined; use array ops to remove items). */
export function deleteAt(root: unknown, path: Path): void {
  if (path.length === 0) return;
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') {
    if (last < parent.length) parent[last] = undefined;
  } else if (isObj(parent) && typeof last === 'string') {
    delete parent[last];
  }
}

/** Whether `prefix` is `path` or one of its ancestors. */
export function isPrefix(prefix: Path, path: Path): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((s, i) => s === path[i]);
}

export interface PathError {
  path: string;
  message: string;
}

/**
 * Attaches each error to the nearest path the form shows: the exact field when it is rendered,
 * else its closest rendered ancestor (e.g. a "missing field" error on a new fee lands on the fee),
 * else the record as a whole (`''`).
 */
export function mapErrors(errors: readonly PathError[], known: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of errors) {
    const segs = parsePath(e.path);
    let target = '';
    for (let n = segs.length; n > 0; n--) {
      const candidate = formatPath(segs.slice(0, n));
      if (known.has(candidate)) {
        target = candidate;
        break;
      }
    }
    const list = out.get(target) ?? [];
    list.push(e.message);
    out.set(target, list);
  }
  return out;
}
