/**
 * The organization stage for one practice: typed organization mentions in the text, and the reporting body
 * from the attribution. Names relative to the place (县委, 镇党委, 社区党委 …) are qualified with the practice's
 * locality, so the 县委 of two counties are two organizations, not one.
 */
import type { LocalityResolution } from '../localities/resolve-locality';
import { extractOrganizations, type OrganizationMention } from './extract-organizations';
import type { OrganizationKind, OrganizationPatterns } from './organization-patterns';
import { parseAttribution } from './parse-attribution';

export interface LinkedOrganization {
  name: string;
  kind: OrganizationKind;
  /** The mention, with offsets into the practice text. */
  mention: OrganizationMention;
}

export interface LinkedOrganizations {
  involves: LinkedOrganization[];
  reportedBy: { name: string; kind: OrganizationKind } | null;
}

export function linkOrganizations(input: {
  text: string;
  reportedBy: string | null;
  locality: LocalityResolution;
  patterns: OrganizationPatterns;
}): LinkedOrganizations {
  const chain = input.locality.chain;
  const qualify = (name: string): string => {
    // A name that starts with a bare level word names an organization only together with a place.
    const level = input.patterns.relativeNameWords.find((word) => name.startsWith(word));
    if (!level || chain.length === 0) return name;
    // 市委 in an item of 迎江区 is 安庆市委 (the nearest place of that level up the chain); 村党组织 in a county's
    // item has no such place and stands for the county's villages collectively: 望江县村党组织.
    const owner = chain.find((place) => place.name.endsWith(level));
    return owner ? owner.name + name.slice(level.length) : (chain[0]?.name ?? '') + name;
  };
  const seen = new Set<string>();
  const involves: LinkedOrganization[] = [];
  for (const mention of extractOrganizations(input.text, input.patterns)) {
    const name = qualify(mention.name);
    if (seen.has(name)) continue;
    seen.add(name);
    involves.push({ name, kind: mention.kind, mention });
  }
  const attribution = input.reportedBy ? parseAttribution(input.reportedBy, input.patterns) : null;
  return { involves, reportedBy: attribution ? { name: qualify(attribution.name), kind: attribution.kind } : null };
}
