/** `kg stats`: what the store holds, per label and relationship type, and whether its analyses are current. */
import { analysisStatusLine } from '../analysis-status-line';
import { openStore, type StoreOptions } from '../open-store';

export async function statsCommand(options: StoreOptions): Promise<number> {
  const store = await openStore({ ...options, readOnly: true });
  try {
    const stats = await store.stats();
    console.log(`${store.kind} store: ${stats.bulletins} bulletin(s), ${stats.practices} practice(s)`);
    for (const [label, count] of Object.entries(stats.nodes)) console.log(`  ${label.padEnd(14)} ${count}`);
    for (const [type, count] of Object.entries(stats.relationships)) console.log(`  ${type.padEnd(14)} ${count}`);
    console.log(analysisStatusLine(await store.analysisStatus()));
  } finally {
    await store.close();
  }
  return 0;
}
