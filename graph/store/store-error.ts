/** Store errors with stable codes, translated once at the store boundary (driver and file errors become these). */

/** `Locked`: another writer holds the store; `Corrupt`: the store's file is damaged or is not a store at all. */
export type StoreErrorCode =
  'NotFound' | 'InvalidInput' | 'StoreUnavailable' | 'Locked' | 'Corrupt' | 'ReadOnly' | 'Timeout' | 'Aborted';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}
