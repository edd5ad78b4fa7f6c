/**
 * Words of the data shown in the researcher's language: mechanism categories, organization kinds, document kinds and
 * formats, how a mechanism was linked, relationship types and property names. The labels are messages
 * (`category.party_building` …); a value the messages do not know yet shows as it is, never hidden.
 */
import { hasMessage, type Translate } from './translate';

export type VocabKind = 'category' | 'orgKind' | 'docKind' | 'format' | 'via' | 'level' | 'prop' | 'rel';

export function vocabLabel(
  t: Translate,
  { kind, value }: { kind: VocabKind; value: string | null | undefined },
): string {
  if (value === null || value === undefined || value === '') return '';
  const key = `${kind}.${value}`;
  return hasMessage(key) ? t(key) : value;
}
