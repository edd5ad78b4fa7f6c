/**
 * `kg mechanisms promote|reject|merge|rename`: one curation decision written to the data directory's lexicon overlay
 * (`mechanism-overlay.json`, MECHANISMS.md "Lexicon overlay"), checked and written atomically. Names must be known —
 * a stored mechanism, or a name or alias of the lexicon as the overlay leaves it — so a typo is refused, not stored.
 * The stored graph changes with `kg relink`.
 */
import { existsSync } from 'fs';
import path from 'path';
import type { GraphStore } from '../../graph/store/graph-store';
import { StoreError } from '../../graph/store/store-error';
import { nodeIds } from '../../ingest/build/node-ids';
import { editMechanismOverlay, type OverlayEdit } from '../../ingest/link/mechanisms/edit-mechanism-overlay';
import { loadMechanismLexicon, type MechanismLexicon } from '../../ingest/link/mechanisms/mechanism-lexicon';
import { readMechanismJson } from '../../ingest/link/mechanisms/mechanism-lexicon-error';
import { MECHANISM_OVERLAY_FILE, parseMechanismOverlay } from '../../ingest/link/mechanisms/mechanism-overlay';
import { withMechanismOverlay } from '../../ingest/link/mechanisms/with-mechanism-overlay';
import { writeMechanismOverlay } from '../../ingest/link/mechanisms/write-mechanism-overlay';
import { EXIT } from '../exit-codes';
import { dataDirectory, openStore, type StoreOptions } from '../open-store';

export interface PromoteOptions extends StoreOptions {
  category?: string;
  alias?: string[];
}

export const promoteCommand = (name: string, options: PromoteOptions) =>
  curate(options, async ({ known, lexicon, store }) => {
    await known(name, 'promote');
    const category = options.category ?? (await storedCategory(store, name, lexicon));
    if (category === null) {
      throw invalid(`promote: "${name}" needs --category (one of: ${[...lexicon.categories.keys()].join(', ')})`);
    }
    if (!lexicon.categories.has(category))
      throw invalid(`promote: unknown category "${category}" (one of: ${[...lexicon.categories.keys()].join(', ')})`);
    const aliases = (options.alias ?? []).map((a) => a.trim()).filter((a) => a !== '' && a !== name);
    return {
      edit: { kind: 'promote', name, category, aliases },
      done: `promoted ${name} (${category}${aliases.length > 0 ? `; aliases ${aliases.join('、')}` : ''})`,
    };
  });

export const rejectCommand = (name: string, options: StoreOptions) =>
  curate(options, async ({ known }) => {
    await known(name, 'reject');
    return { edit: { kind: 'reject', name }, done: `rejected ${name}` };
  });

export const mergeCommand = (alias: string, options: StoreOptions & { into: string }) =>
  curate(options, async ({ known }) => {
    if (alias === options.into) throw invalid(`merge: "${alias}" cannot be merged into itself`);
    await known(alias, 'merge');
    await known(options.into, 'merge --into');
    return { edit: { kind: 'merge', alias, into: options.into }, done: `merged ${alias} into ${options.into}` };
  });

export const renameCommand = (from: string, options: StoreOptions & { to: string }) =>
  curate(options, async ({ known }) => {
    const to = options.to.trim();
    if (to === '' || to === from) throw invalid(`rename: --to must be a new, non-empty name (got "${options.to}")`);
    await known(from, 'rename');
    return { edit: { kind: 'rename', from, to }, done: `renamed ${from} to ${to}` };
  });

interface CurationContext {
  store: GraphStore;
  /** The shipped lexicon with the current overlay. */
  lexicon: MechanismLexicon;
  /** Refuses a name that is neither stored nor in the lexicon; `operation` names the command in the message. */
  known: (name: string, operation: string) => Promise<void>;
}

async function curate(
  options: StoreOptions,
  decide: (context: CurationContext) => Promise<{ edit: OverlayEdit; done: string }>,
): Promise<number> {
  const file = path.join(dataDirectory(options), MECHANISM_OVERLAY_FILE);
  const shipped = loadMechanismLexicon();
  const data = existsSync(file) ? readMechanismJson(file) : null;
  const lexicon = data === null ? shipped : withMechanismOverlay(shipped, parseMechanismOverlay(data, file));
  const store = await openStore({ ...options, readOnly: true });
  try {
    const known = async (name: string, operation: string): Promise<void> => {
      if (name.trim() === '') throw invalid(`${operation}: the name is empty`);
      if (inLexicon(lexicon, name) || (await store.node(nodeIds.mechanism(name))) !== null) return;
      throw invalid(
        `${operation}: no mechanism "${name}" in the store or the lexicon (\`kg mechanisms\` lists the stored ones)`,
      );
    };
    const { edit, done } = await decide({ store, lexicon, known });
    writeMechanismOverlay({ file, data: editMechanismOverlay(data, edit), lexicon: shipped });
    console.log(`${done} in ${file}`);
    console.error('kg: run `kg relink` to link the stored bulletins with it');
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

function inLexicon(lexicon: MechanismLexicon, name: string): boolean {
  return lexicon.entries.some((e) => e.name === name || e.aliases.includes(name));
}

/** A stored mechanism's category, when it is one of the lexicon's (a discovered name may carry a rule's own). */
async function storedCategory(store: GraphStore, name: string, lexicon: MechanismLexicon): Promise<string | null> {
  const category = (await store.node(nodeIds.mechanism(name)))?.properties.category;
  return typeof category === 'string' && lexicon.categories.has(category) ? category : null;
}

function invalid(message: string): StoreError {
  return new StoreError('InvalidInput', message);
}
