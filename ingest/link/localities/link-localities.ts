/**
 * The locality stage for one bulletin: finds the bulletin's own region (masthead, else the items), then each
 * practice's most specific locality. Items left ambiguous on their own are retried with the localities of
 * the bulletin's other items, the last disambiguation step.
 */
import type { BulletinHeader } from '../../structure/parse-header';
import type { LinkableItem } from '../../structure/build-item';
import type { IngestMessage } from '../../types';
import type { Gazetteer } from './gazetteer';
import { findOtherLocalities } from './find-other-localities';
import { resolveBulletinRegion } from './resolve-bulletin-region';
import { resolveLocality, type LocalityResolution, type ResolvedLocality } from './resolve-locality';

export interface LinkedLocalities {
  region: ResolvedLocality | null;
  /** One resolution per item, in item order. */
  practices: LocalityResolution[];
  /** Per item, the further localities it is about (see LinkedPractice.otherLocalities). */
  others: LocalityResolution[][];
  messages: IngestMessage[];
}

export function linkLocalities(input: {
  header: BulletinHeader;
  items: LinkableItem[];
  file: string;
  gazetteer: Gazetteer;
}): LinkedLocalities {
  const { header, items, gazetteer, file } = input;
  const region = resolveBulletinRegion(
    {
      title: header.title,
      publisher: header.publisher,
      itemPhrases: items.map((i) => i.localityPhrase ?? i.reportedBy ?? '').filter(Boolean),
    },
    gazetteer,
  );
  const resolve = (item: LinkableItem, others: string[]) =>
    resolveLocality(
      {
        phrase: item.localityPhrase,
        text: item.text,
        reportedBy: item.reportedBy,
        bulletinRegion: region?.code ?? null,
        otherLocalityCodes: others,
      },
      gazetteer,
    );
  const first = items.map((item) => resolve(item, []));
  const known = first.flatMap((r) => (r.locality ? [r.locality.code] : []));
  const practices = first.map((r, index) => (r.locality ? r : resolve(items[index] as LinkableItem, known)));
  const messages: IngestMessage[] = [];
  practices.forEach((r, index) => {
    const item = items[index] as LinkableItem;
    for (const warning of r.warnings) {
      messages.push({
        level: 'warning',
        stage: 'linkLocalities',
        file,
        message: `item ${item.ordinal}: ${warning}`,
        offset: item.offset,
      });
    }
    if (!r.locality && r.warnings.length === 0) {
      messages.push({
        level: 'warning',
        stage: 'linkLocalities',
        file,
        message: `item ${item.ordinal}: no locality found`,
        offset: item.offset,
      });
    }
  });
  // An item that names its own place (a phrase, an attribution) is about that place; only an article without either
  // may be about several (see LOCALITIES.md).
  const others = practices.map((r, index) => {
    const item = items[index] as LinkableItem;
    const main = r.locality ? gazetteer.byCode(r.locality.code.split('-')[0] ?? r.locality.code) : undefined;
    if (item.localityPhrase || item.reportedBy || !main) return [];
    const found = findOtherLocalities({
      text: item.text,
      main,
      region: region ? (gazetteer.byCode(region.code) ?? null) : null,
      gazetteer,
    });
    // The main locality was only the report's scope (记者在四川采访…): the places of its clauses replace it.
    if (found.main !== null) practices[index] = found.main;
    return found.others;
  });
  return { region, practices, others, messages };
}
