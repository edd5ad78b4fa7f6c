/** Loads one level's boundaries on first use (a chunk of its own, see web/map-data/map-data-plugin.ts). */
import type { MapData } from '../../map-data/build-map-data';
import type { RollupLevel } from '../api/types';

const loaded = new Map<RollupLevel, Promise<MapData>>();

export function loadMapData(level: RollupLevel): Promise<MapData> {
  let data = loaded.get(level);
  if (!data) {
    data = (
      level === 'province'
        ? import('virtual:china-map/province')
        : level === 'city'
          ? import('virtual:china-map/city')
          : import('virtual:china-map/county')
    ).then((m) => m.default);
    loaded.set(level, data);
    data.catch(() => loaded.delete(level));
  }
  return data;
}
