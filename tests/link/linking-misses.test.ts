/**
 * Linking misses first seen on unseen articles (issue 14), on short texts written for these tests (other provinces,
 * other outlets): a quoted `X+` name before 工作机制, a quoted cadence without a closing word, counts of 片 and 片区,
 * a system's reform that is no mechanism, and a closing （来源：…） that names the publisher.
 */
import type { BulletinResult } from '../../ingest/pipeline';
import { ingestText } from '../helpers/sample-bulletins';

const FOREST = [
  '浙江省庆元县推行“林长+”工作机制守好生态屏障',
  '　　庆元县坚持党建引领融入集体林权制度改革，在全县推行“林长+”工作机制，县乡村三级书记担任林长，把林区划为36片区，每片配备片长1名，落实管护责任山林1300余片。',
  '　　林长联合检察官、警长开展巡护，今年以来处置林区火情隐患42处。',
  '（来源：丽水日报）',
].join('\n');

const MEETING = [
  '甘肃省徽县江洛镇“一月一议”议出民生实事',
  '　　江洛镇自2023年一月一日起在15个村推行“一月一议”，每月第一个周日由村党支部召集党员、村民代表议定村内大事，全年议定修路、引水等事项64件。',
  '来源：陇南日报',
].join('\n');

function mechanisms(result: BulletinResult): string[] {
  return [...new Set(result.practices.flatMap((p) => p.mechanisms.mentions.map((m) => m.name)))].sort();
}

function figures(result: BulletinResult): string[] {
  return result.document.nodes
    .filter((n) => n.labels.includes('Metric'))
    .map((n) => `${n.properties.text}=${n.properties.value}${n.properties.unit}`);
}

function publisher(result: BulletinResult): unknown {
  return result.document.nodes.find((n) => n.labels.includes('Bulletin'))?.properties.publisher;
}

describe('an article on forest chiefs', () => {
  const result = ingestText(FOREST, 'qingyuan-forest.txt');

  test('is one practice whose quoted “林长+” before 工作机制 is its mechanism', () => {
    expect(result.practices.map((p) => p.item.title)).toEqual(['浙江省庆元县推行“林长+”工作机制守好生态屏障']);
    expect(mechanisms(result)).toContain('林长+');
  });

  test('the reform of a system (集体林权制度改革) names no mechanism, and no clause before 制度 becomes one', () => {
    expect(mechanisms(result).filter((m) => m.includes('林权') || m.includes('融入'))).toEqual([]);
  });

  test('片区 and 片 count areas; 片长 is a role, counted in 名', () => {
    expect(figures(result)).toEqual(['36片区=36片区', '1名=1名', '1300余片=1300片', '42处=42处']);
  });

  test('the closing （来源：…） names the publisher', () => {
    expect(publisher(result)).toBe('丽水日报');
  });
});

describe('an article on a monthly meeting', () => {
  const result = ingestText(MEETING, 'huixian-meeting.txt');

  test('the quoted cadence “一月一议” is a mechanism without a closing word; the date 一月一日 is none', () => {
    expect(mechanisms(result)).toEqual(['一月一议']);
  });

  test('an unbracketed source line still names the publisher', () => {
    expect(publisher(result)).toBe('陇南日报');
  });
});

test('a bulletin of several items keeps its masthead publisher, whatever each item’s （来源：…） says', () => {
  const bulletin = [
    '组工信息',
    '第5期',
    '中共徽县县委组织部                2024年3月8日',
    '　　一、江洛镇推行“一月一议”',
    '　　江洛镇在15个村推行“一月一议”，议定事项64件。（来源：江洛镇党委）',
    '　　二、伏家镇设立“红色驿站”',
    '　　伏家镇在集镇设立“红色驿站”，服务群众1200余人次。（来源：伏家镇党委）',
  ].join('\n');
  const result = ingestText(bulletin, 'huixian-bulletin.txt');
  expect(result.practices).toHaveLength(2);
  expect(publisher(result)).toBe('中共徽县县委组织部');
});
