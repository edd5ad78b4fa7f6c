/**
 * The linked graph of the five sample bulletins, with expectations written by reading them: each practice's
 * locality (with its GB/T 2260 code and PART_OF chain), the mechanisms its title names, merged variants, slogans
 * that are not mechanisms, organizations, and figures with their units — every fact with its evidence.
 */
import type { GraphDocument, GraphNode } from '../../graph/graph-document';
import { ingestSample, SAMPLE_FILES } from '../helpers/sample-bulletins';

const docs = Object.fromEntries(Object.values(SAMPLE_FILES).map((f) => [f, ingestSample(f).document])) as Record<
  string,
  GraphDocument
>;

function practices(file: string): GraphNode[] {
  return docs[file]!.nodes.filter((n) => n.labels.includes('Practice')).sort(
    (a, b) => Number(a.properties.ordinal) - Number(b.properties.ordinal),
  );
}

function targets(doc: GraphDocument, from: string, type: string): GraphNode[] {
  const ids = doc.relationships.filter((r) => r.start === from && r.type === type).map((r) => r.end);
  return ids.map((id) => doc.nodes.find((n) => n.id === id)!);
}

function localityCode(file: string, ordinal: number): string {
  const p = practices(file)[ordinal - 1]!;
  return String(targets(docs[file]!, p.id, 'LOCATED_IN')[0]?.properties.code);
}

function chainNames(doc: GraphDocument, code: string): string[] {
  const names: string[] = [];
  let node = doc.nodes.find((n) => n.id === `locality:${code}`);
  while (node) {
    names.push(String(node.properties.name));
    node = targets(doc, node.id, 'PART_OF')[0];
  }
  return names;
}

function mechanisms(file: string, ordinal: number): string[] {
  const p = practices(file)[ordinal - 1]!;
  return targets(docs[file]!, p.id, 'USES').map((m) => String(m.properties.name));
}

const LOCALITIES: [string, number, string, string[]][] = [
  [SAMPLE_FILES.anqingNoHeaderA, 1, '340882', ['潜山市', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqingNoHeaderA, 2, '340827', ['望江县', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqingNoHeaderA, 3, '340826', ['宿松县', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqingNoHeaderA, 4, '222426', ['安图县', '延边朝鲜族自治州', '吉林省']],
  [SAMPLE_FILES.anqing37, 1, '340825', ['太湖县', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqing37, 2, '340882', ['潜山市', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqing37, 3, '340803', ['大观区', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqingNoHeaderB, 1, '340828', ['岳西县', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqingNoHeaderB, 2, '340802', ['迎江区', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqingNoHeaderB, 3, '340827', ['望江县', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqingNoHeaderB, 4, '620921', ['金塔县', '酒泉市', '甘肃省']],
  [SAMPLE_FILES.tianchang116, 1, '341181004-上城风景小区', ['上城风景小区', '千秋街道', '天长市', '滁州市', '安徽省']],
  [SAMPLE_FILES.tianchang116, 2, '341181003', ['广陵街道', '天长市', '滁州市', '安徽省']],
  [SAMPLE_FILES.tianchang116, 3, '341181108', ['仁和集镇', '天长市', '滁州市', '安徽省']],
  [SAMPLE_FILES.tianchang116, 4, '341181111', ['张铺镇', '天长市', '滁州市', '安徽省']],
  [SAMPLE_FILES.tianchang116, 5, '341181103', ['大通镇', '天长市', '滁州市', '安徽省']],
  [SAMPLE_FILES.anqing24Speeches, 1, '340881', ['桐城市', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqing24Speeches, 2, '340882', ['潜山市', '安庆市', '安徽省']],
  [SAMPLE_FILES.anqing24Speeches, 3, '340802', ['迎江区', '安庆市', '安徽省']],
];

test.each(LOCALITIES)(
  '%s item %i is located in %s, with its chain up to the province',
  (file, ordinal, code, chain) => {
    expect(localityCode(file, ordinal)).toBe(code);
    expect(chainNames(docs[file]!, code)).toEqual(chain);
  },
);

test('a bulletin without a masthead gets its region from its items; one with a masthead from the masthead', () => {
  const region = (file: string) => docs[file]!.nodes.find((n) => n.labels.includes('Bulletin'))!.properties.region;
  expect(region(SAMPLE_FILES.anqingNoHeaderA)).toBe('340800');
  expect(region(SAMPLE_FILES.anqingNoHeaderB)).toBe('340800');
  expect(region(SAMPLE_FILES.anqing37)).toBe('340800');
  expect(region(SAMPLE_FILES.tianchang116)).toBe('341181');
});

const TITLE_MECHANISMS: [string, number, string[]][] = [
  [SAMPLE_FILES.anqingNoHeaderA, 3, ['合事点']],
  [SAMPLE_FILES.anqing37, 1, ['党群议事会']],
  [SAMPLE_FILES.anqing37, 2, ['双报到']],
  [SAMPLE_FILES.anqing37, 3, ['荷塘夜话']],
  [SAMPLE_FILES.anqingNoHeaderB, 2, ['红色物业']],
  [SAMPLE_FILES.anqingNoHeaderB, 3, ['信用村']],
  [SAMPLE_FILES.tianchang116, 3, ['乡风文明评议']],
];

test.each(TITLE_MECHANISMS)(
  '%s item %i: the mechanisms its title names are linked, citing the title',
  (file, ordinal, names) => {
    const doc = docs[file]!;
    const p = practices(file)[ordinal - 1]!;
    const title = String(p.properties.title);
    const text = String(p.properties.text);
    for (const name of names) {
      const uses = doc.relationships.find(
        (r) => r.start === p.id && r.type === 'USES' && r.end === `mechanism:${name}`,
      );
      expect(uses).toBeDefined();
      const { start, end, evidence, via } = uses!.properties as {
        start: number;
        end: number;
        evidence: string;
        via: string;
      };
      const titleStart = text.indexOf(title);
      expect(start).toBeGreaterThanOrEqual(titleStart);
      expect(end).toBeLessThanOrEqual(titleStart + title.length);
      expect(evidence).toContain(text.slice(start, end));
      expect(text).toContain(evidence);
      expect(['lexicon', 'pattern', 'quoted', 'suffix', 'numeric']).toContain(via);
    }
  },
);

test('variants merge into one mechanism, keeping the surface forms as aliases', () => {
  expect(mechanisms(SAMPLE_FILES.tianchang116, 1)).toContain('双报到'); // 在职党员双报到
  expect(mechanisms(SAMPLE_FILES.anqingNoHeaderB, 4)).toContain('双报到'); // 五联双报到
  expect(mechanisms(SAMPLE_FILES.anqing24Speeches, 1)).toEqual(
    expect.arrayContaining(['双报到', '红色物业', '信用村', '吹哨报到']),
  );
  const redProperty = docs[SAMPLE_FILES.anqing24Speeches]!.nodes.find((n) => n.id === 'mechanism:红色物业')!;
  expect(redProperty.properties.aliases).toContain('皖美红色物业');
  const orders = [
    mechanisms(SAMPLE_FILES.anqing37, 1), // 群众点单、党组织派单、党员接单
    mechanisms(SAMPLE_FILES.anqing37, 2), // 群众点单、支部派单、党组织和党员接单、群众评单
    mechanisms(SAMPLE_FILES.tianchang116, 1), // 居民点单、组织下单、党员接单
  ];
  const shared = orders.map((names) => names.filter((n) => /点单/.test(n)));
  expect(shared.every((s) => s.length === 1 && s[0] === shared[0]![0])).toBe(true);
});

test('a chain named by its level count is that mechanism, and the curated ones inside it are linked too (安图县)', () => {
  expect(mechanisms(SAMPLE_FILES.anqingNoHeaderA, 4)).toEqual(
    expect.arrayContaining(['五级组织体系', '支部建在网格上', '党员中心户']),
  );
  const levels = docs[SAMPLE_FILES.anqingNoHeaderA]!.nodes.find((n) => n.id === 'mechanism:五级组织体系')!;
  expect(levels.properties.aliases).toContain('街道党工委—社区党委—网格党支部—楼宇党小组—单元党员中心户');
});

test('slogans, generic phrases and quoted ordinary words are not mechanisms', () => {
  const all = new Set(
    Object.values(docs).flatMap((d) =>
      d.nodes.filter((n) => n.labels.includes('Mechanism')).map((n) => String(n.properties.name)),
    ),
  );
  for (const word of [
    '连心桥',
    '新',
    '新力量',
    '最后一米',
    '老大难',
    '身边难题',
    '急难愁盼',
    '谁来议',
    '三张牌',
    '一盘棋',
    '工作机制',
    '长效机制',
  ]) {
    expect(all.has(word)).toBe(false);
  }
  const discovered = Object.values(docs).flatMap((d) =>
    d.nodes.filter((n) => n.labels.includes('Mechanism') && n.properties.curated === false),
  );
  expect(discovered.map((n) => n.properties.name)).toEqual(
    expect.arrayContaining(['合事点', '荷塘夜话', '1314工作模式', '3+1包抓机制']),
  );
});

test('the reporting body of an attributed item is linked as REPORTED_BY, typed as a party organization', () => {
  const file = SAMPLE_FILES.anqingNoHeaderA;
  const reporter = targets(docs[file]!, practices(file)[0]!.id, 'REPORTED_BY');
  expect(reporter.map((o) => [o.properties.name, o.properties.kind])).toEqual([['潜山市委组织部', 'party_org']]);
});

test('organizations of different kinds are extracted with evidence, relative names qualified by place', () => {
  const file = SAMPLE_FILES.anqingNoHeaderB;
  const doc = docs[file]!;
  const orgs = targets(doc, practices(file)[1]!.id, 'INVOLVES').map((o) => [o.properties.name, o.properties.kind]);
  expect(orgs).toEqual(
    expect.arrayContaining([
      ['物业公司', 'enterprise'],
      ['迎江区社区党委', 'party_org'],
    ]),
  );
  const credit = targets(doc, practices(file)[2]!.id, 'INVOLVES').map((o) => String(o.properties.name));
  expect(credit).toContain('望江县委');
  const speeches = SAMPLE_FILES.anqing24Speeches;
  const provincial = targets(docs[speeches]!, practices(speeches)[1]!.id, 'INVOLVES').map((o) =>
    String(o.properties.name),
  );
  expect(provincial).toContain('安徽省委');
  for (const r of doc.relationships.filter((x) => x.type === 'INVOLVES'))
    expect(String(r.properties.evidence).length).toBeGreaterThan(0);
});

function figures(file: string, ordinal: number): string[] {
  const p = practices(file)[ordinal - 1]!;
  return targets(docs[file]!, p.id, 'REPORTS').map(
    (m) => `${m.properties.value}${m.properties.unit}${m.properties.approximate ? '~' : ''}`,
  );
}

test('figures: every count of hand-checked items is found with its value, unit and approximation', () => {
  // Written by reading the items; ~ marks 余/近/约/超.
  const expected: [string, number, string[]][] = [
    [SAMPLE_FILES.anqing37, 1, ['1281个', '1131个', '1375次', '583条', '339个', '800次~', '225次']],
    [SAMPLE_FILES.anqingNoHeaderA, 1, ['9个', '5个', '100人次~', '13个', '50名~', '45条']],
    [SAMPLE_FILES.anqingNoHeaderA, 3, ['11个', '33名', '200条~', '20件~', '60场次~', '65件']],
    [
      SAMPLE_FILES.tianchang116,
      4,
      ['5080户', '65家', '11户', '80名~', '162次', '11家', '73户', '882.9万元', '7户', '250万元', '11万元', '12.4万元'],
    ],
    [
      SAMPLE_FILES.anqingNoHeaderB,
      3,
      ['29项', '2名', '1名', '1个', '10名', '135个', '8家', '127户', '3178万元', '2654万元', '215家', '23个', '14个'],
    ],
  ];
  let wanted = 0;
  let found = 0;
  for (const [file, ordinal, list] of expected) {
    const got = figures(file, ordinal);
    wanted += list.length;
    found += list.filter((f) => got.includes(f)).length;
  }
  expect(found / wanted).toBeGreaterThanOrEqual(0.9);
  expect(figures(SAMPLE_FILES.tianchang116, 5)).toContain('100%');
});

test('dates, years, issue numbers, numeric names and phone numbers are not figures', () => {
  const all = Object.values(docs).flatMap((d) =>
    d.nodes.filter((n) => n.labels.includes('Metric')).map((n) => String(n.properties.text)),
  );
  for (const text of all) {
    expect(text).not.toMatch(/年$|^\d{4}年|期$|^第/);
    expect(text).not.toMatch(/5892345|1\+N|1314|54321|3\+1/);
  }
});

test('every metric cites its own span of the practice text', () => {
  for (const doc of Object.values(docs)) {
    for (const r of doc.relationships.filter((x) => x.type === 'REPORTS')) {
      const practice = doc.nodes.find((n) => n.id === r.start)!;
      const metric = doc.nodes.find((n) => n.id === r.end)!;
      const { start, end, text } = metric.properties as { start: number; end: number; text: string };
      expect(String(practice.properties.text).slice(start, end)).toBe(text);
    }
  }
});
