/** The translated name of an administrative level (county → 县（市、区）); an unknown level shows as it is. */
import type { Translate } from './translate';
import { vocabLabel } from './vocab';

export function levelLabel(t: Translate, level: string | null): string {
  return vocabLabel(t, { kind: 'level', value: level });
}
