/** Before any suite: the SQLite store's native search functions, compiled when missing or older than their source. */
import { buildSearchExtension } from '../graph/store/sqlite/native/build-search-extension';

export default function globalSetup(): void {
  buildSearchExtension();
}
