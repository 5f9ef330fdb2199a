/**
 * The one database interface of Kernplan. Two adapters implement it: embedded PGlite (default)
 * and a PostgreSQL server (DATABASE_URL). SQL is PostgreSQL dialect only.
 */
export interface QueryResult<T> {
  rows: T[];
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * COPY in binary format (PostgreSQL's COPY BINARY layout) into `doel`, e.g. `tabel (kolom, ...)`.
   * Much faster than INSERT for bulk data such as an import of police figures.
   */
  kopieerBinair(doel: string, gegevens: Uint8Array<ArrayBuffer>): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgresql';
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A start-up problem the user can fix; main prints the message as one line and exits with 1. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * Whether a prepared query failed only because its plan no longer holds, so it may be tried once more
 * unprepared: 0A000 'cached plan must not change result type' (a table changed under the statement,
 * e.g. during a restore) and 26000 (the statement is gone on the server, DISCARD ALL).
 */
export function planVerlopen(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === '0A000' || code === '26000';
}
