/** Mechanism lexicon + finder, on real sentences of the sample bulletins in data/samples. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { findMechanisms, MechanismMention } from '../../ingest/link/mechanisms/find-mechanisms';
import { loadMechanismLexicon, MechanismLexiconError } from '../../ingest/link/mechanisms/mechanism-lexicon';

const SAMPLES = join(__dirname, '..', '..', 'data', 'samples');
const lexicon = loadMechanismLexicon();

/** What the clean stage does to PDF text: a line broken inside a sentence is joined again. */
const unwrap = (t: string): string => t.replace(/([^\n。！？；：])[ \t]*\r?\n\s*(?=\S)/g, '$1');
const sample = (prefix: string): string => {
  const file = readdirSync(SAMPLES).find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`no sample ${prefix}`);
  return unwrap(readFileSync(join(SAMPLES, file), 'utf8'));
};
const ALL = readdirSync(SAMPLES).map((f) => sample(f.slice(0, 3)));

/** The practice item (△/□ …) whose heading starts with `head`, up to the next item or the distribution list. */
function practice(text: string, head: string): string {
  const start = text.search(new RegExp(`[△□]\\**${head}`));
  if (start < 0) throw new Error(`no practice ${head}`);
  const rest = text.slice(start + 1);
  const end = rest.search(/[△□]|\n\s*(?:报：|市外参考)/);
  return text.slice(start, end < 0 ? text.length : start + 1 + end);
}
const titleOf = (p: string): string => p.slice(0, p.indexOf('。') + 1);
const names = (t: string): string[] => findMechanisms({ text: t, lexicon }).map((m) => m.name);
const mentionOf = (t: string, surface: string): MechanismMention | undefined =>
  findMechanisms({ text: t, lexicon }).find((m) => m.surface.includes(surface));
/** The sentence of a sample that contains `needle` (sentences end at 。！？；). */
function sentence(prefix: string, needle: string): string {
  const found = sample(prefix)
    .split(/(?<=[。！？；\n])/)
    .find((s) => s.includes(needle));
  if (found === undefined) throw new Error(`no sentence with ${needle}`);
  return found;
}

describe('practice titles name their mechanisms', () => {
  test.each([
    ['001', '太湖县', ['党群议事会'], ['连心桥']],
    ['001', '潜山市', ['双报到'], ['微治理']],
    ['001', '大观区', ['荷塘夜话'], ['党群沟通桥梁']],
    ['002', '迎江区', ['红色物业'], []],
    ['002', '望江县', ['信用村'], []],
    ['000', '宿松县', ['合事点'], ['合事点党建工程', '党建工程']],
    ['000', '潜山市', [], ['新']],
    ['003', '张铺镇', [], ['新', '信']],
    ['000', '望江县', [], ['大屋场上']],
  ])('%s %s', (file, head, expected, rejected) => {
    const found = names(titleOf(practice(sample(file), head)));
    for (const name of expected) expect(found).toContain(name);
    for (const name of rejected) expect(found).not.toContain(name);
  });
});

describe('variants merge into one curated mechanism', () => {
  test.each([
    ['001', '双联系双报到双服务', '双报到'],
    ['002', '五联双报到', '双报到'],
    ['003', '在职党员双报到', '双报到'],
    ['000', '在职党员到居住地社区党组织报到', '双报到'],
    ['002', '党建引领信用村（社区）', '信用村'],
    ['002', '党建引领信用村(社区)', '信用村'],
    ['004', '基层吹哨、部门报到', '吹哨报到'],
    ['003', '信用村吹哨、服务团报到', '吹哨报到'],
    ['001', '群众点单、党组织派单、党员接单', '点单派单接单'],
    ['001', '群众点单、支部派单、党组织和党员接单、群众评单', '点单派单接单'],
    ['001', '“四单”联动', '点单派单接单'],
    ['003', '居民点单、组织下单、党员接单', '点单派单接单'],
    ['004', '皖美红色物业', '红色物业'],
    ['004', '新时代六尺巷工作法', '六尺巷工作法'],
    ['004', '文明超市', '积分超市'],
    ['000', '多网合一', '多网合一'],
  ])('%s %s → %s', (file, surface, name) => {
    const m = mentionOf(sentence(file, surface), surface);
    expect(m).toMatchObject({ name, curated: true, category: expect.any(String) });
    expect(m?.surface.replace(/[“”]/g, '')).toBe(surface.replace(/[“”]/g, ''));
  });

  test('a quote boundary is not crossed into a different alias (“先锋积分”制度 is not 积分制)', () => {
    const found = names(sentence('003', '先锋积分'));
    expect(found).not.toContain('积分制');
    expect(found).toContain('先锋积分');
  });
});

describe('discovered mechanisms get one canonical name', () => {
  test.each([
    ['002', '“1314”工作模式', '1314工作模式', 'numeric'],
    ['002', '“3+1”包抓机制', '3+1包抓机制', 'numeric'],
    ['000', '“54321”治理体系', '54321治理体系', 'numeric'],
    ['000', '“1+N”导师帮带模式', '1+N导师帮带模式', 'numeric'],
    ['001', '“六事”工作机制', '六事工作机制', 'suffix'],
    ['004', '“313”工作法', '313工作法', 'numeric'],
    ['002', '落实党支部联系点制度', '党支部联系点制度', 'suffix'],
    ['001', '“荷塘夜话”议事平台', '荷塘夜话', 'quoted'],
    ['000', '“5892345”服务热线平台', '5892345服务热线平台', 'numeric'],
  ])('%s %s → %s', (file, surface, name, via) => {
    const m = findMechanisms({ text: sentence(file, surface), lexicon }).find((x) => x.name === name);
    expect(m).toMatchObject({ name, via, curated: false, category: null });
  });

  test('the same mechanism written differently elsewhere gets the same name', () => {
    expect(names('构建“１３１４”工作模式')).toEqual(['1314工作模式']);
    expect(names('甘肃某县推行1314工作模式，成效明显。')).toEqual(['1314工作模式']);
    expect(names('某区依托“荷塘夜话”，议事协商。')).toEqual(['荷塘夜话']);
  });

  test('a quoted count or role names a mechanism with its suffix word, not alone', () => {
    expect(names('创新推行“三张清单”工作法，成效明显。')).toEqual(['三张清单工作法']);
    expect(names('推行“两张清单”制度。')).toEqual(['两张清单制度']);
    expect(names('推动“两个确立”落地见效，做到“三个一批”。')).toEqual([]);
    expect(names('推行“乡村振兴指导员”制度，选派干部180名。')).toEqual(['乡村振兴指导员制度']);
    expect(names('选派“乡村振兴指导员”180名。')).toEqual([]);
  });

  test('a bare number formula joins the named mechanism it opens, or is dropped (“8+3” is no mechanism)', () => {
    expect(names(sentence('001', '“8+3”'))).not.toContain('8+3');
    const found = findMechanisms({ text: '推行“1+4”工作法。“1+4”实施以来，成效明显。', lexicon });
    expect(found.map((m) => [m.name, m.surface])).toEqual([
      ['1+4工作法', '“1+4”工作法'],
      ['1+4工作法', '1+4'],
    ]);
  });

  test('a quoted named team is a mechanism; people categories and generic teams are not', () => {
    const found = names(sentence('001', '红领背包小分队'));
    expect(found).toContain('红领背包小分队');
    expect(names(sentence('001', '义务巡逻队'))).not.toContain('义务巡逻队');
  });

  test('a phone number alone is not a numeric mechanism', () => {
    expect(names('开通“5892345”服务热线')).toEqual([]);
    expect(names(sentence('001', '“8+3”'))).not.toContain('8');
  });

  test('a name accepted once is recognised wherever else it is quoted', () => {
    const items = findMechanisms({ text: practice(sample('000'), '宿松县'), lexicon }).filter(
      (m) => m.name === '合事点',
    );
    expect(items.length).toBeGreaterThanOrEqual(4);
  });
});

describe('slogans, ordinary words and generic phrases are rejected', () => {
  const everything = new Set(ALL.flatMap(names));
  test.each([
    '新',
    '连心桥',
    '最后一米',
    '老大难',
    '身边难题',
    '急难愁盼',
    '谁来议',
    '带',
    '促',
    '领',
    '五老人员',
    '拉网式',
    '全覆盖',
    '工作机制',
    '长效机制',
    '考核机制',
    '量化考核机制',
    '体制机制',
    '治理体制机制',
    '服务模式',
    '联动服务模式',
    '产业服务模式',
    '工作制度',
    '督导制度',
    '需求清单',
    '意见建议',
    '5892345',
    '项目样板',
    '智囊团',
    '小哥',
    '活动平台',
    '三级包保',
    '两新组织',
    '线上+线下',
    '集中培训+观摩学习',
    '素材库',
  ])('%s', (name) => {
    expect(everything.has(name)).toBe(false);
  });

  test('discovered names never end in a bare generic phrase', () => {
    const discovered = ALL.flatMap((t) => findMechanisms({ text: t, lexicon })).filter((m) => !m.curated);
    for (const m of discovered)
      expect(['工作机制', '长效机制', '工作制度', '服务模式', '相关制度']).not.toContain(m.name);
  });
});

describe('offsets', () => {
  test.each(readdirSync(SAMPLES))('%s: surfaces, sentences and order are consistent', (file) => {
    const text = sample(file.slice(0, 3));
    const mentions = findMechanisms({ text, lexicon });
    expect(mentions.length).toBeGreaterThan(5);
    // Sorted by start; mentions overlap only where a shaped name (a chain of named roles) wholly holds curated ones.
    let previous: MechanismMention | undefined;
    let lastStart = 0;
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.start).toBeGreaterThanOrEqual(lastStart);
      lastStart = m.start;
      if (previous !== undefined && m.start < previous.end) {
        const [outer, inner] = previous.curated ? [m, previous] : [previous, m];
        expect({ outer: outer.curated, inner: inner.curated }).toEqual({ outer: false, inner: true });
        expect(inner.start >= outer.start && inner.end <= outer.end).toBe(true);
      }
      if (previous === undefined || m.end > previous.end) previous = m;
      expect(m.sentence.start).toBeLessThanOrEqual(m.start);
      expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
      const s = text.slice(m.sentence.start, m.sentence.end);
      expect(s.slice(0, -1)).not.toMatch(/[。！？；\n]/);
    }
  });

  test('offsets in a known sentence', () => {
    const text = '标题。实行“在职党员双报到”机制，建立“1314”工作模式！';
    const [a, b] = findMechanisms({ text, lexicon });
    expect(a).toMatchObject({
      name: '双报到',
      start: 6,
      end: 13,
      surface: '在职党员双报到',
      sentence: { start: 3, end: 30 },
    });
    expect(b).toMatchObject({ name: '1314工作模式', start: 19, end: 29, surface: '“1314”工作模式' });
  });
});

describe('lexicon', () => {
  test('has at least 90 curated mechanisms, each in a declared category', () => {
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(90);
    for (const e of lexicon.entries) expect(lexicon.categories.has(e.category)).toBe(true);
  });

  const dir = mkdtempSync(join(tmpdir(), 'mech-'));
  const write = (mechanisms: unknown[]): string => {
    const file = join(dir, `lex-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ version: 1, categories: { service: 'x' }, mechanisms }));
    return file;
  };
  const ok = { name: '甲', aliases: ['甲乙'], category: 'service', description: 'd' };
  const errorOf = (file: string): MechanismLexiconError => {
    try {
      loadMechanismLexicon(file);
    } catch (e) {
      return e as MechanismLexiconError;
    }
    throw new Error('expected a validation error');
  };

  test.each([
    ['an alias shared by two entries', [ok, { ...ok, name: '丙', aliases: ['甲乙'] }], '丙'],
    ['a duplicate name', [ok, { ...ok, aliases: [] }], '甲'],
    ['a bad regex', [{ ...ok, patterns: ['甲(乙'] }], '甲'],
    ['a capturing group', [{ ...ok, patterns: ['甲(乙|丙)'] }], '甲'],
    ['a missing description', [{ name: '甲', aliases: [], category: 'service' }], '甲'],
    ['an unknown category', [{ ...ok, category: 'nope' }], '甲'],
  ])('rejects %s, naming file and entry', (_why, mechanisms, entry) => {
    const file = write(mechanisms);
    const err = errorOf(file);
    expect(err).toBeInstanceOf(MechanismLexiconError);
    expect(err.code).toBe('InvalidInput');
    expect(err.file).toBe(file);
    expect(err.entry).toBe(entry);
  });

  test('rejects a missing file', () => {
    expect(errorOf(join(dir, 'absent.json')).code).toBe('InvalidInput');
  });

  test('a valid small lexicon matches its aliases', () => {
    const small = loadMechanismLexicon(write([ok]));
    expect(findMechanisms({ text: '推行甲乙。', lexicon: small }).map((m) => [m.name, m.surface])).toEqual([
      ['甲', '甲乙'],
    ]);
  });
});
