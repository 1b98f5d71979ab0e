// Drafts: what the editor autosaves (encrypted by the core) and how it is read back.

/** Draft content as this UI saves it: versioned so a later UI can read older drafts. */
export interface DraftContent {
  format: 1;
  interview: Record<string, unknown>;
  section?: string;
}

/** The interview inside a draft's content (this UI's format, or a bare record), or null. */
export function draftInterview(c: unknown): Record<string, unknown> | null {
  if (!c || typeof c !== 'object') return null;
  const inner = (c as { interview?: unknown }).interview;
  if ((c as { format?: unknown }).format === 1 && inner && typeof inner === 'object' && !Array.isArray(inner)) {
    return inner as Record<string, unknown>;
  }
  if ('schema_version' in c && 'consent' in c) return c as Record<string, unknown>;
  return null;
}

