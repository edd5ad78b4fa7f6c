/**
 * The response size cap, as Apollo's `stringifyResult`: the result tree is measured first — strings by their UTF-8
 * bytes, stopping as soon as the cap is passed — and serialized only when it fits. A result over the cap is never
 * turned into one huge string; the client gets RESPONSE_TOO_LARGE instead.
 */
import { GraphQLError } from 'graphql';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

/** Punctuation and quoting around a value or key: a generous constant, so the measure never undercounts much. */
const OVERHEAD = 4;

export function stringifyWithin(maxBytes: number): (value: unknown) => string {
  return (value) => {
    if (!fits(value, maxBytes)) {
      throw new GraphQLError(
        `the answer is larger than the limit of ${maxBytes} bytes; ask for fewer items (smaller limits), fewer fields or fewer aliases`,
        {
          extensions: { code: RESPONSE_TOO_LARGE, max: maxBytes, http: { status: 400 } },
        },
      );
    }
    return `${JSON.stringify(value)}\n`;
  };
}

/** Whether the JSON of `value` stays within `maxBytes`; walks the tree without building any text. */
function fits(value: unknown, maxBytes: number): boolean {
  let bytes = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    bytes += OVERHEAD;
    if (typeof next === 'string') bytes += Buffer.byteLength(next);
    else if (Array.isArray(next)) for (const item of next) stack.push(item);
    else if (next !== null && typeof next === 'object') {
      for (const [key, child] of Object.entries(next)) {
        bytes += key.length;
        stack.push(child);
      }
    } else bytes += 20;
    if (bytes > maxBytes) return false;
  }
  return true;
}
