/** linkedom, loaded once through Node's own require (it depends on ES-module-only packages; see node-require). */
import { nodeRequire } from '../node-require';

export type Linkedom = typeof import('linkedom');

let loaded: Linkedom | undefined;

export function loadLinkedom(): Linkedom {
  loaded ??= nodeRequire<Linkedom>('linkedom');
  return loaded;
}
