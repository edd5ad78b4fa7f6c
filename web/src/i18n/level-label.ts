/** The translated name of an administrative level (county → 县（市、区）); an unknown level shows as it is. */
import type { Translate } from './translate';

const LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;

export function levelLabel(t: Translate, level: string | null): string {
  if (level === null) return '';
  return (LEVELS as readonly string[]).includes(level) ? t(`level.${level as (typeof LEVELS)[number]}`) : level;
}
