/**
 * A small memo of recent answers: the same explorer query arrives again and again, and a flood repeats one text
 * thousands of times, so the token count and the price of a query need not be worked out each time. Oldest first
 * out; bounded in entries, so it never grows with the traffic.
 */
export interface RecentAnswers<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function recentAnswers<V>(maxEntries: number): RecentAnswers<V> {
  const entries = new Map<string, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        // Re-inserted: a Map iterates in insertion order, so the first key is always the least recently used.
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}
