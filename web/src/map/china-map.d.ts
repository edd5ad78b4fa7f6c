/** The lazy map-data modules of web/map-data/map-data-plugin.ts. */
declare module 'virtual:china-map/*' {
  import type { MapData } from '../../map-data/build-map-data';
  const data: MapData;
  export default data;
}
