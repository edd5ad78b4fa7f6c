/**
 * What the full-text indexes hold and how a query reaches them. A text is cut into runs of unit characters (no
 * whitespace, no punctuation: what a search unit is made of); each run gives its character bigrams and then its last
 * character alone, as hex-coded tokens (so no tokenizer folds case or splits a symbol). Then:
 *  - a unit of two or more characters occurs in a text exactly where the phrase of its bigrams does (a run's last
 *    token is a single character, so no phrase of bigrams spans two runs), and each occurrence is one phrase instance;
 *  - a one-character unit occurs exactly where a token starts with it (a prefix query), once per occurrence.
 * So FTS5 finds the contract's matches exactly and counts their occurrences; no jieba is needed to search.
 */

const RUN = /[^\s\p{P}]+/gu;
const CODE_POINT_HEX = 6;

function hex(character: string): string {
  return (character.codePointAt(0) as number).toString(16).padStart(CODE_POINT_HEX, '0');
}

/** The index tokens of some texts (one field's values), space-separated, as the FTS5 `ascii` tokenizer reads them. */
export function indexTokens(values: readonly string[]): string {
  const tokens: string[] = [];
  for (const value of values) {
    for (const run of value.match(RUN) ?? []) {
      const characters = Array.from(run, hex);
      for (let i = 0; i + 1 < characters.length; i++) tokens.push((characters[i] as string) + (characters[i + 1] as string));
      tokens.push(characters[characters.length - 1] as string);
    }
  }
  return tokens.join(' ');
}

/** One unit as an FTS5 phrase: its bigram tokens in order, or a prefix query for a single character. */
export function unitPhrase(unit: string): string {
  const characters = Array.from(unit, hex);
  if (characters.length === 1) return `"${characters[0] as string}"*`;
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < characters.length; i++) bigrams.push((characters[i] as string) + (characters[i + 1] as string));
  return `"${bigrams.join(' ')}"`;
}

/** The MATCH expression of a query: any unit. Built from hex tokens only, never from the user's text itself. */
export function matchExpression(units: readonly string[]): string {
  return units.map(unitPhrase).join(' OR ');
}
