/** Where two JSON values first differ, as a path a reviewer can find in the golden file (`items[2].titleSpan.end`). */
export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

export function firstDifference(expected: unknown, actual: unknown): Difference | null {
  return differenceAt(expected, actual, '');
}

/** `at`: the path of `expected` and `actual` inside the values compared. */
function differenceAt(expected: unknown, actual: unknown, at: string): Difference | null {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const found = differenceAt(expected[i], actual[i], `${at}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (isObject(expected) && isObject(actual) && !Array.isArray(expected) && !Array.isArray(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = differenceAt(expected[key], actual[key], at === '' ? key : `${at}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return Object.is(expected, actual) ? null : { path: at || '(root)', expected, actual };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
