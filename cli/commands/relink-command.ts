/**
 * `kg relink`: links every stored bulletin again from its stored practice texts with the current knowledge and the
 * data directory's lexicon overlay — no source files — writes back the bulletins that changed (each replaced whole,
 * in its own savepoint or transaction), settles the mechanisms (properties and aliases as a fresh ingest would give
 * them; names no practice uses any more go), reports what changed and recomputes the analyses.
 */
import { relinkBulletin } from '../../ingest/relink-bulletin';
import { analysisContext } from '../analysis-context';
import { EXIT } from '../exit-codes';
import { knowledgeOnce } from '../knowledge-once';
import { dataDirectory, openStore, type StoreOptions } from '../open-store';
import { terminalProgress } from '../progress-bar';
import { refreshAnalyses } from '../refresh-analyses';
import { formatRelinkChanges, RelinkChangeCounter } from '../relink-changes';
import { RelinkedMechanisms } from '../relinked-mechanisms';
import { writeBulletins, type BulletinToStore, type StoreTally } from '../store-bulletins';

/** Bulletins linked and written per round: the progress bar moves, and memory holds one round of documents. */
const ROUND = 100;

export async function relinkCommand(options: StoreOptions): Promise<number> {
  const start = performance.now();
  const dataDir = dataDirectory(options);
  // The knowledge first: a bad overlay fails here, before the store is touched.
  const knowledge = knowledgeOnce(dataDir);
  const store = await openStore(options);
  try {
    const stored = await store.storedBulletins();
    if (stored.length === 0) {
      console.log(`relink: the ${store.kind} store holds no bulletin; nothing to do`);
      return EXIT.ok;
    }
    const analysis = analysisContext(knowledge, dataDir);
    const fingerprint = await analysis.fingerprint();
    const changes = new RelinkChangeCounter();
    const mechanisms = new RelinkedMechanisms();
    const tally: StoreTally = { created: 0, unchanged: 0, replaced: 0, refused: 0 };
    const progress = terminalProgress(process.stderr, 'relink');
    progress.start(stored.length);
    try {
      for (let at = 0; at < stored.length; at += ROUND) {
        const round: BulletinToStore[] = stored.slice(at, at + ROUND).map((bulletin) => {
          const relinked = relinkBulletin(bulletin, knowledge);
          changes.add(bulletin, relinked.document);
          mechanisms.add(relinked.document);
          progress.tick(String(bulletin.bulletin.properties.source ?? bulletin.bulletin.id));
          return { document: relinked.document, terms: relinked.terms };
        });
        // Unchanged documents are recognised by the store (same id, same content) and not written.
        const written = await writeBulletins({ store, bulletins: round, fingerprint });
        tally.replaced += written.replaced;
        tally.unchanged += written.unchanged;
        tally.created += written.created;
        tally.refused += written.refused;
      }
    } finally {
      progress.stop();
    }
    const removed = await store.replaceMechanisms(mechanisms.nodes());
    for (const line of formatRelinkChanges(changes.result())) console.log(line);
    console.log(
      `stored in ${store.kind}: ${tally.replaced} bulletin(s) rewritten, ${tally.unchanged} unchanged${tally.refused > 0 ? `, ${tally.refused} refused` : ''}; ${removed.length} unused mechanism(s) removed`,
    );
    if (tally.replaced + tally.created > 0 || removed.length > 0)
      console.log(await refreshAnalyses({ store, context: analysis }));
    console.error(`relink: ${stored.length} bulletin(s) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return tally.refused > 0 ? EXIT.inputFailed : EXIT.ok;
  } finally {
    await store.close();
  }
}
