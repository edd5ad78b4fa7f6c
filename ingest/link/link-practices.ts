/**
 * The link stages for one document's practices: localities for the whole document first (the region and the other
 * items help each other), then per practice mechanisms (new names join the segmenter), organizations and figures.
 */
import type { LinkableItem } from '../structure/build-item';
import type { BulletinHeader } from '../structure/parse-header';
import type { IngestMessage } from '../types';
import { extractFigures } from './figures/extract-figures';
import type { Gazetteer } from './localities/gazetteer';
import { linkLocalities } from './localities/link-localities';
import { linkMechanisms } from './mechanisms/link-mechanisms';
import { linkOrganizations } from './organizations/link-organizations';
import type { LinkedPractice } from './linked-practice';
import type { MechanismLexicon } from './mechanisms/mechanism-lexicon';
import type { OrganizationPatterns } from './organizations/organization-patterns';
import type { ResolvedLocality } from './localities/resolve-locality';
import type { UnitLexicon } from './figures/unit-lexicon';

/** The knowledge the link stages read (nothing they find changes it). */
export interface LinkKnowledge {
  gazetteer: Gazetteer;
  mechanisms: MechanismLexicon;
  units: UnitLexicon;
  organizations: OrganizationPatterns;
}

export interface LinkedDocument {
  region: ResolvedLocality | null;
  practices: LinkedPractice[];
  messages: IngestMessage[];
}

export function linkPractices(input: {
  header: BulletinHeader;
  items: LinkableItem[];
  file: string;
  knowledge: LinkKnowledge;
}): LinkedDocument {
  const { header, items, file, knowledge } = input;
  const localities = linkLocalities({ header, items, file, gazetteer: knowledge.gazetteer });
  const messages: IngestMessage[] = [...localities.messages];
  const practices = items.map((item, index): LinkedPractice => {
    const locality = localities.practices[index]!;
    // A paragraph taken as a practice has no headline: its "title" is only its first clause.
    const mechanisms = linkMechanisms({
      text: item.text,
      lexicon: knowledge.mechanisms,
      title: item.form === 'paragraph' ? null : item.titleSpan,
    });
    // One figure past the cap is asked for, so a practice that reaches the cap exactly is not reported as cut.
    const cap = knowledge.units.maxFiguresPerPractice;
    const figures = extractFigures({
      text: item.text,
      units: knowledge.units,
      names: mechanisms.mentions,
      limit: cap + 1,
    });
    if (figures.length > cap) {
      figures.length = cap;
      messages.push({
        level: 'warning',
        stage: 'extractFigures',
        file,
        offset: item.offset,
        message: `item ${item.ordinal}: more than ${cap} figures (maxFiguresPerPractice in units.json); kept the first ${cap}`,
      });
    }
    return {
      item,
      locality,
      otherLocalities: localities.others[index] ?? [],
      mechanisms,
      organizations: linkOrganizations({
        text: item.text,
        reportedBy: item.reportedBy,
        locality,
        patterns: knowledge.organizations,
      }),
      figures,
    };
  });
  return { region: localities.region, practices, messages };
}
