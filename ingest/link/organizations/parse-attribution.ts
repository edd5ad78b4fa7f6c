/** Reads the reporting organization of a practice, e.g. the （潜山市委组织部） after an item or 中共桐城市委 under a title. */
import type { OrganizationKind, OrganizationPatterns } from './organization-patterns';
import { extractOrganizations } from './extract-organizations';

/** The reporting organization: `name` normalized like OrganizationMention.name (中共 dropped), `surface` as written. */
export interface Attribution {
  name: string;
  surface: string;
  kind: OrganizationKind;
}

/**
 * Parses an attribution string. The whole string names one organization, so when the patterns do not recognize it,
 * it is still returned as written with kind `other` (an unknown reporter is still a reporter). A joint attribution
 * (A、B) yields its first organization. Returns null for an empty string. Brackets and spaces around it are ignored.
 */
export function parseAttribution(attribution: string, patterns: OrganizationPatterns): Attribution | null {
  const surface = attribution.replace(/^[\s（(【[]+|[\s）)】\]]+$/g, '');
  if (surface.length === 0) return null;
  const mentions = extractOrganizations(surface, patterns);
  const whole = mentions.find((m) => m.start === 0 && m.end === surface.length);
  if (whole !== undefined) return { name: whole.name, surface, kind: whole.kind };
  // A joint attribution (桐城市委组织部、桐城市民政局): the first reporter stands for the item.
  const first = mentions[0];
  if (first !== undefined && first.start === 0 && /^[、，,\s]/.test(surface.slice(first.end))) {
    return { name: first.name, surface: first.surface, kind: first.kind };
  }
  const bare = surface.replace(/\s+/g, '');
  const prefix = patterns.stripPrefixes.find((w) => bare.startsWith(w) && bare.length > w.length);
  const name = prefix === undefined ? bare : bare.slice(prefix.length);
  // Not a full match (a 联合 attribution, an unknown office): take the kind of the word it ends with, if any.
  const core = patterns.cores.find((c) => name.endsWith(c.word) && c.kind !== 'inherit');
  return { name, surface, kind: core === undefined || core.kind === 'inherit' ? 'other' : core.kind };
}
