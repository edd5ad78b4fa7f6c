/**
 * A Vite plugin serving the map data as lazy modules: `import('virtual:china-map/county')` resolves to the county
 * boundaries built by build-map-data.ts (a separate chunk, loaded only when the map shows that level). Built data
 * is cached on disk per package version, so builds after the first take no time for it.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { buildMapData, mapDataDir, MAP_LEVELS, packageVersion, type MapLevel } from './build-map-data';

const PREFIX = 'virtual:china-map/';
/** Bump when build-map-data.ts changes what it writes. */
const FORMAT = 1;

export function chinaMapPlugin({ cacheDir }: { cacheDir: string }): Plugin {
  const load = (level: MapLevel): string => {
    const cached = path.join(cacheDir, `china-map-${level}-${packageVersion()}-v${FORMAT}.json`);
    if (existsSync(cached)) return readFileSync(cached, 'utf8');
    const read = (file: string) => JSON.parse(readFileSync(path.join(mapDataDir(), file), 'utf8')) as FeatureCollection;
    const json = JSON.stringify(buildMapData(level, read));
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, json);
    return json;
  };
  return {
    name: 'china-map',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const level = id.slice(PREFIX.length + 1) as MapLevel;
      if (!(MAP_LEVELS as readonly string[]).includes(level))
        throw new Error(`china-map: no level "${level}" (${MAP_LEVELS.join(', ')})`);
      // JSON.parse of a string literal loads much faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(load(level))});`;
    },
  };
}
