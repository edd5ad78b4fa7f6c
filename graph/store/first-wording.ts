/** Finds where a node is written in a practice text, for highlighting its evidence span (both stores). */

/** The first of several wordings (a locality's phrase, name, short name) found in a practice text, for highlighting. */
export function firstWordingIn(text: string, wordings: (string | null)[]): { start: number; end: number } | null {
  for (const wording of wordings) {
    if (!wording || wording.length < 2) continue;
    const at = text.indexOf(wording);
    if (at >= 0) return { start: at, end: at + wording.length };
  }
  return null;
}
