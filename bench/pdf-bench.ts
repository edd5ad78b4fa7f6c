/**
 * PDF reading speed: the sample bulletins' paragraphs laid out on 200 A4 pages, printed to PDF by Debian's chromium
 * (playwright-core), then read (pages/s) and ingested, beside the same paragraphs as a .txt file: PDF reading must
 * not make ingest more than 3× slower than from text. Files are written under data/bench (not committed).
 */
import { existsSync, promises as fs } from 'fs';
import path from 'path';
import { chromium } from 'playwright-core';
import { ingestFiles } from '../ingest/ingest-files';
import { createKnowledge } from '../ingest/knowledge/create-knowledge';
import { readSource } from '../ingest/read/read-source';

const PAGES = 200;
/** Characters set on one page: well under an A4 page at 14px, so no page overflows and the PDF has exactly PAGES pages. */
const PAGE_CHARS = 1000;

export async function pdfBench(root: string): Promise<Record<string, string>> {
  const dir = path.join(root, 'data', 'bench', 'pdf');
  await fs.mkdir(dir, { recursive: true });
  const pages = await pageParagraphs(path.join(root, 'data', 'samples'));
  const pdf = path.join(dir, 'bench-200-pages.pdf');
  const txt = path.join(dir, 'bench-200-pages.txt');
  await printPages(pages, pdf);
  await fs.writeFile(txt, pages.flat().join('\n\n') + '\n');

  // Each figure is the best of a few runs after a warm-up one (module loading, JIT), on a machine others share.
  const read = await readSource(pdf);
  if (!read.ok) throw new Error(`pdf bench: ${read.reason}`);
  const printed = read.source.text.split('\f').length;
  const readSeconds = await bestOf(async () => void (await readSource(pdf)));

  const knowledge = createKnowledge();
  let practices = { txt: 0, pdf: 0 };
  const ingest = (format: 'txt' | 'pdf') => async () => {
    const run = await ingestFiles([format === 'txt' ? txt : pdf], { knowledge, workers: 1 });
    if (run.summary.errors > 0) throw new Error(`pdf bench: the ${format} file was not ingested`);
    practices = { ...practices, [format]: run.summary.practices };
  };
  await ingest('txt')();
  const fromText = { seconds: await bestOf(ingest('txt')), practices: practices.txt };
  const fromPdf = { seconds: await bestOf(ingest('pdf')), practices: practices.pdf };
  return {
    'pdf file': `${printed} pages, ${((await fs.stat(pdf)).size / 1024 / 1024).toFixed(1)} MB, ${read.source.text.length} characters of text`,
    'pdf reading': `${readSeconds.toFixed(2)} s (${(printed / readSeconds).toFixed(0)} pages/s)`,
    'ingest from txt / from pdf': `${fromText.seconds.toFixed(2)} s / ${fromPdf.seconds.toFixed(2)} s (${fromText.practices} / ${fromPdf.practices} practices)`,
    'pdf / txt ingest': `${(fromPdf.seconds / fromText.seconds).toFixed(2)}× (target ≤ 3×)`,
  };
}

const RUNS = 3;

async function bestOf(work: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

/** The samples' paragraphs (cycled) cut into PAGES pages of about PAGE_CHARS characters. */
async function pageParagraphs(samplesDir: string): Promise<string[][]> {
  const names = (await fs.readdir(samplesDir)).filter((f) => f.endsWith('.txt')).sort();
  const paragraphs: string[] = [];
  for (const name of names) {
    const text = (await fs.readFile(path.join(samplesDir, name), 'utf8')).replace(/\*\*/g, '');
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      for (let i = 0; i < trimmed.length; i += PAGE_CHARS / 2) paragraphs.push(trimmed.slice(i, i + PAGE_CHARS / 2));
    }
  }
  const pages: string[][] = [];
  let next = 0;
  while (pages.length < PAGES) {
    const page: string[] = [];
    let chars = 0;
    while (chars < PAGE_CHARS - PAGE_CHARS / 2) {
      const paragraph = paragraphs[next++ % paragraphs.length] as string;
      page.push(paragraph);
      chars += paragraph.length;
    }
    pages.push(page);
  }
  return pages;
}

async function printPages(pages: string[][], out: string): Promise<void> {
  const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`pdf bench: no chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = pages
      .map((paragraphs) => `<section>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</section>`)
      .join('');
    const style =
      "body { font: 14px/1.7 'Noto Serif CJK SC', serif; } section { break-after: page; } p { text-indent: 2em; margin: 0 0 4px; }";
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`,
    );
    await page.pdf({
      path: out,
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size: 9px; width: 100%; text-align: center;">基层治理经验交流材料汇编</div>',
      footerTemplate:
        '<div style="font-size: 9px; width: 100%; text-align: center;">— <span class="pageNumber"></span> —</div>',
      margin: { top: '60px', bottom: '60px', left: '56px', right: '56px' },
    });
  } finally {
    await browser.close();
  }
}
