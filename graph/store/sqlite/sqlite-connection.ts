/**
 * The store's one connection and the boundary every statement passes: reads run in a read transaction (one
 * consistent snapshot, never blocked by a writer in WAL mode), writes in an immediate transaction (all or nothing),
 * both with errors translated to StoreErrors naming the file. Statements are prepared once and reused.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ReadOptions } from '../graph-store';
import { StoreError } from '../store-error';
import { translateError } from './translate-error';

export interface Sql {
  /** A prepared statement for this SQL text (prepared on first use, then cached). */
  statement(sql: string): Statement;
  /** Between statements of a read: throws StoreError('Aborted') once the read's signal has fired. */
  checkpoint(): void;
  /** Runs `body` in a savepoint of the current transaction: if it throws, only its own changes are undone. */
  savepoint<T>(body: () => T): T;
}

export class SqliteConnection {
  private readonly statements = new Map<string, Statement>();
  private db: Database | null;
  readonly file: string;
  private readonly readOnly: boolean;

  constructor({ db, file, readOnly }: { db: Database; file: string; readOnly: boolean }) {
    this.db = db;
    this.file = file;
    this.readOnly = readOnly;
  }

  /** Runs `body` in one read transaction. */
  read<T>(operation: string, options: ReadOptions | undefined, body: (sql: Sql) => T): Promise<T> {
    const signal = options?.signal;
    return this.run(operation, signal, (db, sql) => db.transaction(() => body(sql)).deferred());
  }

  /** Runs `body` in one write transaction: a failure rolls everything back. */
  write<T>(operation: string, body: (sql: Sql) => T): Promise<T> {
    if (this.readOnly)
      return Promise.reject(new StoreError('ReadOnly', `${operation}: the store ${this.file} was opened read-only`));
    return this.run(operation, undefined, (db, sql) => db.transaction(() => body(sql)).immediate());
  }

  /**
   * Runs `body` now, outside a transaction (each statement reads the newest commit): for callers that must stay
   * synchronous, as the analyses' term cache is. Throws translated errors.
   */
  now<T>(operation: string, body: (sql: Sql) => T): T {
    try {
      const db = this.connection(operation);
      return body(this.sql(db, () => undefined));
    } catch (error) {
      throw translateError({ error, operation, file: this.file });
    }
  }

  /** The raw connection, for the few statements that manage it (clear's FTS reset, close). */
  connection(operation: string): Database {
    if (!this.db)
      throw new StoreError('StoreUnavailable', `${operation}: the store ${this.file} is not open (call open() first)`);
    return this.db;
  }

  close(): void {
    this.statements.clear();
    this.db?.close();
    this.db = null;
  }

  private run<T>(operation: string, signal: AbortSignal | undefined, body: (db: Database, sql: Sql) => T): Promise<T> {
    try {
      const db = this.connection(operation);
      const checkpoint = () => {
        if (signal?.aborted) throw new StoreError('Aborted', `${operation}: the request was cancelled`);
      };
      checkpoint();
      const sql = this.sql(db, checkpoint);
      return Promise.resolve(body(db, sql));
    } catch (error) {
      return Promise.reject(translateError({ error, operation, file: this.file }));
    }
  }

  private sql(db: Database, checkpoint: () => void): Sql {
    return { statement: (text) => this.prepared(db, text), checkpoint, savepoint: (body) => db.transaction(body)() };
  }

  private prepared(db: Database, text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = db.prepare(text)));
    return statement;
  }
}
