/**
 * The build stage: a structured and linked bulletin → its GraphDocument. Every edge that states a fact carries
 * the sentence it came from; offsets refer to the practice's stored text.
 */
import {
  relationshipId,
  type GraphDocument,
  type GraphNode,
  type GraphRelationship,
  type PropertyValue,
} from '../../graph/graph-document';
import type { NodeLabel, RelationshipType } from '../../graph/schema';
import type { PageStart } from '../clean/locate-pages';
import type { LinkedPractice } from '../link/linked-practice';
import type { MechanismLexicon } from '../link/mechanisms/mechanism-lexicon';
import type { ResolvedLocality } from '../link/localities/resolve-locality';
import type { SourceText } from '../read/read-source';
import type { BulletinStructure } from '../structure/structure-bulletin';
import { nodeIds } from './node-ids';
import { pageAt } from './page-at';
import { sentenceSpan } from '../link/text-reading/sentence-span';

export interface BuildInput {
  source: Pick<SourceText, 'file' | 'format' | 'encoding' | 'traditional'>;
  /** The bulletin's id: the hash of its cleaned text (nodeIds.bulletin), kept when a stored bulletin is relinked. */
  bulletinId: string;
  /** Where the source's pages begin in the cleaned text (empty when it has none). */
  pages: readonly PageStart[];
  structure: Pick<BulletinStructure, 'kind' | 'header'>;
  /** The document's region and its chain up to the province (region first); empty when none was found. */
  regionChain: ResolvedLocality[];
  practices: LinkedPractice[];
  lexicon: MechanismLexicon;
}

class DocumentBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, GraphRelationship>();

  node(id: string, label: NodeLabel, properties: Record<string, PropertyValue>): string {
    const seen = this.nodes.get(id);
    if (!seen) this.nodes.set(id, { id, labels: [label], properties });
    else if (Array.isArray(seen.properties.aliases) && Array.isArray(properties.aliases)) {
      seen.properties.aliases = [...new Set([...seen.properties.aliases, ...properties.aliases])];
    }
    return id;
  }

  relate(type: RelationshipType, start: string, end: string, properties: Record<string, PropertyValue> = {}): void {
    const id = relationshipId({ type, start, end });
    if (!this.relationships.has(id)) this.relationships.set(id, { id, type, start, end, properties });
  }

  document(): GraphDocument {
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }
}

export function buildDocument(input: BuildInput): GraphDocument {
  const { header } = input.structure;
  const b = new DocumentBuilder();
  const bulletinId = b.node(input.bulletinId, 'Bulletin', {
    source: input.source.file,
    format: input.source.format,
    kind: input.structure.kind,
    title: header.title,
    issue: header.issue,
    date: header.date,
    publisher: header.publisher,
    encoding: input.source.encoding,
    traditional: input.source.traditional,
    region: input.regionChain[0]?.code ?? null,
  });
  const regionId = addChain(b, input.regionChain);
  if (regionId) b.relate('IN_REGION', bulletinId, regionId);
  const descriptions = new Map(input.lexicon.entries.map((e) => [e.name, e.description]));
  for (const linked of input.practices) addPractice(b, { bulletinId, pages: input.pages, descriptions }, linked);
  return b.document();
}

/** What every practice of one bulletin is built with. */
interface PracticeContext {
  bulletinId: string;
  pages: readonly PageStart[];
  /** The lexicon's description of each curated mechanism, by name. */
  descriptions: ReadonlyMap<string, string>;
}

/** The practice, contained in its bulletin, with its localities, mechanisms, organizations and figures. */
function addPractice(b: DocumentBuilder, context: PracticeContext, linked: LinkedPractice): void {
  const { item } = linked;
  // Offsets of the practice's text are relative to its start in the cleaned bulletin text.
  const page = (offset: number) => pageAt(context.pages, item.offset + offset);
  const practiceId = b.node(nodeIds.practice(context.bulletinId, item.ordinal), 'Practice', {
    title: item.title,
    text: item.text,
    section: item.section,
    reportedBy: item.reportedBy,
    date: item.date,
    ordinal: item.ordinal,
    page: page(0),
    localityPhrase: item.localityPhrase,
    subMeasures: item.subMeasures.map((m) => m.title),
    form: item.form,
    titleStart: item.titleSpan.start,
    titleEnd: item.titleSpan.end,
    pageBreaks: pageBreaks(context.pages, item.offset, item.text.length),
  });
  b.relate('CONTAINS', context.bulletinId, practiceId);
  addLocality(b, practiceId, linked);
  addMechanisms(b, { practiceId, linked, page, descriptions: context.descriptions });
  addOrganizations(b, practiceId, linked);
  linked.figures.forEach((f, index) => {
    const metricId = b.node(nodeIds.metric(practiceId, index + 1), 'Metric', {
      value: f.value,
      valueMax: f.valueMax ?? null,
      unit: f.unit,
      object: f.object,
      approximate: f.approximate,
      text: f.text,
      start: f.start,
      end: f.end,
      page: page(f.start),
    });
    b.relate('REPORTS', practiceId, metricId);
  });
}

/** One USES per mechanism mention, citing its sentence and page. */
function addMechanisms(
  b: DocumentBuilder,
  {
    practiceId,
    linked,
    page,
    descriptions,
  }: {
    practiceId: string;
    linked: LinkedPractice;
    page: (offset: number) => number | null;
    descriptions: ReadonlyMap<string, string>;
  },
): void {
  const { text } = linked.item;
  for (const m of linked.mechanisms.mentions) {
    const mechanismId = b.node(nodeIds.mechanism(m.name), 'Mechanism', {
      name: m.name,
      aliases: aliasesOf(m.name, linked.mechanisms.surfaces.get(m.name)),
      category: m.category,
      curated: m.curated,
      description: descriptions.get(m.name) ?? null,
    });
    b.relate('USES', practiceId, mechanismId, {
      evidence: text.slice(m.sentence.start, m.sentence.end),
      start: m.start,
      end: m.end,
      via: m.via,
      page: page(m.sentence.start),
    });
  }
}

/** The organizations a practice involves (each citing its sentence) and the one that reported it. */
function addOrganizations(b: DocumentBuilder, practiceId: string, linked: LinkedPractice): void {
  const { text } = linked.item;
  for (const o of linked.organizations.involves) {
    const orgId = b.node(nodeIds.organization(o.name), 'Organization', { name: o.name, kind: o.kind });
    const sentence = sentenceSpan(text, o.mention);
    b.relate('INVOLVES', practiceId, orgId, { evidence: text.slice(sentence.start, sentence.end) });
  }
  const reporter = linked.organizations.reportedBy;
  if (reporter) {
    b.relate(
      'REPORTED_BY',
      practiceId,
      b.node(nodeIds.organization(reporter.name), 'Organization', { name: reporter.name, kind: reporter.kind }),
    );
  }
}

/** One LOCATED_IN per locality the practice is about (its main one first), each citing its own sentence. */
function addLocality(b: DocumentBuilder, practiceId: string, linked: LinkedPractice): void {
  for (const { locality, chain, evidence } of [linked.locality, ...linked.otherLocalities]) {
    if (!locality) continue;
    addChain(b, chain);
    b.relate('LOCATED_IN', practiceId, nodeIds.locality(locality.code), { evidence });
  }
}

/** A locality chain (most specific first) as Locality nodes joined by PART_OF; returns the first node's id. */
function addChain(b: DocumentBuilder, chain: readonly ResolvedLocality[]): string | null {
  let child: string | null = null;
  for (const entry of chain) {
    const id = b.node(nodeIds.locality(entry.code), 'Locality', {
      code: entry.code,
      name: entry.name,
      level: entry.level,
      shortName: entry.shortName,
    });
    if (child) b.relate('PART_OF', child, id);
    child = id;
  }
  return chain[0] ? nodeIds.locality(chain[0].code) : null;
}

/** The pages that begin inside a practice's text, as "offset:page" with offsets in the text (schema: Practice.pageBreaks). */
function pageBreaks(pages: readonly PageStart[], offset: number, length: number): string[] {
  return pages.filter((p) => p.start > offset && p.start < offset + length).map((p) => `${p.start - offset}:${p.page}`);
}

/** Surface forms seen for a mechanism, without quote marks and without the canonical name itself. */
function aliasesOf(name: string, surfaces: Set<string> | undefined): string[] {
  const aliases = new Set([...(surfaces ?? [])].map((s) => s.replace(/[“”"「」『』]/g, '')));
  aliases.delete(name);
  return [...aliases];
}
