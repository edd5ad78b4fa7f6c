/** extractOrganizations and parseAttribution on sentences copied from the sample bulletins, plus the pattern loader. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { extractOrganizations } from '../../ingest/link/organizations/extract-organizations';
import {
  DEFAULT_ORGANIZATIONS_PATH,
  loadOrganizationPatterns,
} from '../../ingest/link/organizations/organization-patterns';
import { parseAttribution } from '../../ingest/link/organizations/parse-attribution';

const patterns = loadOrganizationPatterns();
const orgs = (text: string): Array<[string, string]> =>
  extractOrganizations(text, patterns).map((m) => [m.name, m.kind]);

describe('extractOrganizations: typed mentions', () => {
  test('迎江区 红色物业: party committee, residents committee, property company', () => {
    expect(orgs('构建社区党委、社区居委会和物业公司、各方力量组成的“1+2+X”工作体系')).toEqual([
      ['社区党委', 'party_org'],
      ['社区居委会', 'community_org'],
      ['物业公司', 'enterprise'],
    ]);
    expect(orgs('推动街道党工委和相关职能部门及时对物业公司加强工作指导和监督')).toEqual([
      ['街道党工委', 'party_org'],
      ['物业公司', 'enterprise'],
    ]);
  });

  test('安图县: the five-level chain and a branch inside an association (longest reading wins)', () => {
    expect(orgs('不断建立完善“街道党工委—社区党委—网格党支部—楼宇党小组—单元党员中心户”五级组织体系')).toEqual([
      ['街道党工委', 'party_org'],
      ['社区党委', 'party_org'],
      ['网格党支部', 'party_org'],
      ['楼宇党小组', 'party_org'],
    ]);
    expect(orgs('坚持党建引领物业治理，成立物业行业协会党支部，解决老旧小区改造后物业问题')).toEqual([
      ['物业行业协会党支部', 'party_org'],
    ]);
    expect(orgs('推动公安、应急、消防等力量，在一线帮助基层解决实际问题')).toEqual([['公安', 'government']]);
  });

  test('张铺镇: service stations, a rural commercial bank; 组织部门 and 金融机构 are not organizations', () => {
    expect(
      orgs('统筹镇组织部门、农业经济服务站、工业经济指导站等部门，联合镇农村商业银行等金融机构，抽调80余名优秀人才'),
    ).toEqual([
      ['农业经济服务站', 'government'],
      ['工业经济指导站', 'government'],
      ['镇农村商业银行', 'financial'],
    ]);
  });

  test('天长 items: owners committees, enterprises, law-enforcement team, village supervision committee', () => {
    expect(orgs('从公安、城管等9个部门抽调执法人员常驻街道，组建街道综合执法队')).toEqual([
      ['公安', 'government'],
      ['城管', 'government'],
      ['街道综合执法队', 'government'],
    ]);
    expect(orgs('统筹驻区单位、业主委员会、物业企业、非公企业和社会组织等组成小区党建联盟')).toEqual([
      ['业主委员会', 'community_org'],
      ['物业企业', 'enterprise'],
      ['非公企业', 'enterprise'],
    ]);
    expect(
      orgs(
        '由镇党委牵头，纪检、宣传等部门参与乡风文明工作全过程，包村镇干部负责全程指导，村务监督委员会负责全程监督。',
      ),
    ).toEqual([
      ['镇党委', 'party_org'],
      ['村务监督委员会', 'community_org'],
    ]);
    expect(orgs('定期组织业委会、物业企业召开多方议事会')).toEqual([
      ['业委会', 'community_org'],
      ['物业企业', 'enterprise'],
    ]);
  });

  test('quoted proper names belong to the name; surface keeps the quotes, name drops them', () => {
    const [team] = extractOrganizations('搭建参与治安巡逻的活动平台，成立“移动哨点”志愿服务队等', patterns);
    expect(team).toMatchObject({ name: '移动哨点志愿服务队', surface: '“移动哨点”志愿服务队', kind: 'social_org' });
    expect(orgs('成立24个社区“德邻社”志愿服务组织，发动党员群众广泛参与社区治理')).toEqual([
      ['社区德邻社志愿服务组织', 'social_org'],
    ]);
    expect(orgs('创新组建“义务巡逻队”“便民为民服务队”等特色治理服务团队')).toEqual([
      ['义务巡逻队', 'social_org'],
      ['便民为民服务队', 'social_org'],
    ]);
  });

  test('government offices with short suffixes need a level word; inheriting suffixes take the inner kind', () => {
    expect(orgs('会上，桐城市、潜山市、迎江区、安庆经开区、市金融局、市交控集团等6家单位作了交流发言')).toEqual([
      ['市金融局', 'government'],
      ['市交控集团', 'enterprise'],
    ]);
    expect(orgs('报：部领导，滁州市委组织部研究室，市委办公室、市政府办公室。')).toEqual([
      ['滁州市委组织部研究室', 'party_org'],
      ['市委办公室', 'party_org'],
      ['市政府办公室', 'government'],
    ]);
    expect(orgs('成立县委城乡基层治理工作委员会，先后召开会议')).toEqual([['县委城乡基层治理工作委员会', 'party_org']]);
  });

  test('中共 is dropped from the name, kept in the surface; offsets index the input', () => {
    const text = '以党建为引领 以人民为中心\n中共桐城市委\n党的十八大以来';
    const [m] = extractOrganizations(text, patterns);
    expect(m).toMatchObject({ name: '桐城市委', surface: '中共桐城市委', kind: 'party_org' });
    expect(text.slice(m?.start, m?.end)).toBe('中共桐城市委');
  });

  test('qualifiers stop at verbs, classifiers and modifiers', () => {
    expect(orgs('推动9个“两新组织”与社区党组织结成对子，吸纳到社区党支部参加组织生活')).toEqual([
      ['社区党组织', 'party_org'],
      ['社区党支部', 'party_org'],
    ]);
    expect(orgs('建立16个网格党支部，选聘优秀党员志愿者')).toEqual([['网格党支部', 'party_org']]);
    expect(orgs('对先进大屋场党支部和先进个人进行表彰奖励')).toEqual([['大屋场党支部', 'party_org']]);
    expect(orgs('逐步形成县委统一领导、组织部门牵头抓总的基层治理格局')).toEqual([['县委', 'party_org']]);
    // A role and what its holder does are not part of a name: 村党支部书记带头领办合作社 holds one organization.
    expect(orgs('东冲村党支部书记带头领办合作社')).toEqual([['东冲村党支部', 'party_org']]);
    // Office names joined by 和/与 (the standard names of government departments) are one name.
    expect(orgs('联合县人力资源和社会保障局、县海洋与渔业局和县公安局开展')).toEqual([
      ['县人力资源和社会保障局', 'government'],
      ['县海洋与渔业局', 'government'],
      ['县公安局', 'government'],
    ]);
  });
});

describe('extractOrganizations: not organizations', () => {
  test.each([
    ['mechanism 党群议事会', '以党群议事会为中心，构建以“大屋场”为单元的微网格'],
    ['mechanism 村民说事会', '组织“五老”成立村民说事会，通过“说、商、办、评”四步法'],
    ['kind labels', '推动党组织和群团组织应建尽建，统筹企业和社会组织'],
    ['collective', '各级基层党组织党委（党组）书记、班子成员对所属党支部进行精准联系'],
    ['distribution list', '送：各县（市、区）委书记、组织部长，市委各部委、市直各单位党组（党委、工委）负责同志。'],
    ['meetings and venues', '召开党小组会、村民小组会、支委会，建设党小组之家'],
    ['words ending like offices', '打造城乡基层治理新格局，镇村书记领办，实现全市码上办'],
    ['financial institutions as a kind', '选派10名金融机构中层干部挂任'],
  ])('%s', (_label, text) => {
    const found = extractOrganizations(text, patterns).filter((m) => m.name !== '市委');
    expect(found).toEqual([]);
  });
});

describe('extractOrganizations on the sample bulletins', () => {
  const dir = join(__dirname, '..', '..', 'data', 'samples');
  test.each(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort(),
  )('%s: offsets exact, disjoint, names normalized', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const found = extractOrganizations(text, patterns);
    expect(found.length).toBeGreaterThan(3);
    let last = -1;
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.name).not.toMatch(/[\s“”]|^中共/);
      last = m.end;
    }
  });
});

describe('parseAttribution', () => {
  test.each([
    ['潜山市委组织部', { name: '潜山市委组织部', surface: '潜山市委组织部', kind: 'party_org' }],
    ['（望江县委组织部）', { name: '望江县委组织部', surface: '望江县委组织部', kind: 'party_org' }],
    ['中共桐城市委', { name: '桐城市委', surface: '中共桐城市委', kind: 'party_org' }],
    [
      '中共安庆市委组织部研究室',
      { name: '安庆市委组织部研究室', surface: '中共安庆市委组织部研究室', kind: 'party_org' },
    ],
    ['市金融局', { name: '市金融局', surface: '市金融局', kind: 'government' }],
    ['桐城市委组织部、桐城市民政局', { name: '桐城市委组织部', surface: '桐城市委组织部', kind: 'party_org' }],
    ['安庆经开区', { name: '安庆经开区', surface: '安庆经开区', kind: 'other' }],
  ])('%s', (input, expected) => {
    expect(parseAttribution(input, patterns)).toEqual(expected);
  });

  test('empty gives null', () => {
    expect(parseAttribution(' （） ', patterns)).toBeNull();
  });
});

describe('loadOrganizationPatterns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgs-'));
  const valid = JSON.parse(readFileSync(DEFAULT_ORGANIZATIONS_PATH, 'utf8')) as { kinds: Record<string, unknown> };
  const write = (name: string, data: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
    return path;
  };

  test('names the file when it is missing or not JSON', () => {
    expect(() => loadOrganizationPatterns(join(dir, 'nope.json'))).toThrow(
      /loadOrganizationPatterns: .*nope\.json: cannot read/,
    );
    expect(() => loadOrganizationPatterns(write('bad.json', '[1,'))).toThrow(/bad\.json: cannot read or parse/);
  });

  test('rejects an unknown kind and a word listed twice', () => {
    const unknown = write('unknown.json', {
      ...valid,
      kinds: { ...valid.kinds, club: { names: [], suffixes: ['俱乐部'] } },
    });
    expect(() => loadOrganizationPatterns(unknown)).toThrow(/unknown\.json: unknown kind "club"/);
    const twice = write('twice.json', {
      ...valid,
      kinds: { ...valid.kinds, other: { names: ['县委'], suffixes: [] } },
    });
    expect(() => loadOrganizationPatterns(twice)).toThrow(/twice\.json: "县委" is listed more than once/);
  });
});
