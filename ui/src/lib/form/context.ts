// What every form widget gets from the editor: read and write the record by path, the errors
// attached to a path, and the record's actors (for actor references).

import { getContext, setContext } from 'svelte';
import type { Path } from './paths';

export interface ActorOption {
  id: string;
  kind: string;
  name: string;
}

export interface RemovedItem {
  path: Path;
  index: number;
  value: unknown;
  label: string;
}

export interface FormContext {
  get(path: Path): unknown;
  set(path: Path, value: unknown): void;
  /** Clears a field (and drops optional objects left empty). */
  remove(path: Path): void;
  /** Array operations on the array at `path`. */
  addItem(path: Path, value: unknown): number;
  removeItem(path: Path, index: number, label: string): void;
  moveItem(path: Path, from: number, to: number): void;
  /** Errors the core reported for exactly this rendered path (after mapping to known paths). */
  errorsAt(path: string): string[];
  actors(): ActorOption[];
}

const KEY = Symbol('fieldvault-form');

export function setForm(ctx: FormContext): void {
  setContext(KEY, ctx);
}

export function getForm(): FormContext {
  const ctx = getContext<FormContext>(KEY);
  if (!ctx) throw new Error('form widget outside an editor');
  return ctx;
}
