/** The translated name of a relationship type (USES → 采用); an unknown type shows as it is. */
import type { Translate } from '../i18n/translate';
import { vocabLabel } from '../i18n/vocab';

export function relationLabel(t: Translate, type: string): string {
  return vocabLabel(t, { kind: 'rel', value: type });
}
