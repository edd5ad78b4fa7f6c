/**
 * The string arguments of the port's reads and writes (an id, a code, a mechanism's name): a value that is not a
 * string is a bad argument, refused with InvalidInput by every store (graph/store/CONTRACT.md, "Errors").
 */
import { StoreError } from './store-error';

export function requireString({ operation, name, value }: { operation: string; name: string; value: unknown }): string {
  if (typeof value !== 'string') throw new StoreError('InvalidInput', `${operation}: ${name} must be a string`);
  return value;
}
