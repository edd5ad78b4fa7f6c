/** `kg ingest` on a folder mixing every format: per-format summary, bad files named, pages and formats exported. */
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runKg } from '../helpers/run-kg';
import { closeChromium, writeBulletinFiles, writeScannedPdf } from './fixtures/write-fixtures';

jest.setTimeout(180_000);

interface ExportJson {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; start: string; end: string; properties: Record<string, unknown> }[];
}

test('a folder of txt, pdf, docx, doc, html and mhtml files', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-mixed-'));
  const files = await writeBulletinFiles(dir);
  await writeScannedPdf(path.join(dir, 'scanned.pdf'));
  await closeChromium();
  const result = runKg(['ingest', dir]);
  const output = result.stdout + result.stderr;
  expect(output).toContain('read: 1 txt, 1 pdf, 1 docx, 1 doc, 3 html');
  expect(output).toContain(`${path.join(dir, 'scanned.pdf')}: no text layer: scanned PDF; OCR is not supported`);
  // The PDF, the DOCX and the text file clean to the very text of the .doc (the first in the folder): one bulletin.
  for (const twin of [files.pdf, files.docx, files.txt])
    expect(output).toContain(`${twin}: same bulletin text as ${files.doc}`);
  expect(output).toMatch(/ingested 7 file\(s\): 2 bulletin\(s\), 6 practice\(s\)/);
  // The scanned PDF is an error: the exit code says so, and the other files are stored.
  expect(result.status).toBe(1);

  const out = path.join(dir, 'pdf.json');
  expect(runKg(['ingest', files.pdf, '--export', out, '--no-save']).status).toBe(0);
  const graph = JSON.parse(readFileSync(out, 'utf8')) as ExportJson;
  expect(graph.nodes.filter((n) => n.labels.includes('Bulletin')).map((b) => b.properties.format)).toEqual(['pdf']);
  expect(graph.nodes.filter((n) => n.labels.includes('Practice')).map((p) => p.properties.page)).toEqual([1, 1, 3]);
  const uses = graph.relationships.filter((r) => r.type === 'USES');
  expect(uses.length).toBeGreaterThan(5);
  expect(uses.every((r) => typeof r.properties.page === 'number')).toBe(true);
});
