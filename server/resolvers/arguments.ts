/**
 * Argument checks shared by the resolvers. GraphQL has already checked types and enums; these check ranges and
 * sizes, name the field and the argument in the message, and clamp page sizes to the store's caps (the page tells
 * the client the limit it got).
 */
import { badUserInput } from '../api-errors';

/** Longest text argument (ids, names, codes, search text) accepted. */
const MAX_TEXT_LENGTH = 500;

export function nonNegativeInt({
  field,
  name,
  value,
  fallback,
}: {
  field: string;
  name: string;
  value: number | null | undefined;
  fallback: number;
}): number {
  if (value === null || value === undefined) return fallback;
  if (value < 0) throw badUserInput(`${field}: ${name} must be 0 or more (got ${value})`);
  return value;
}

/** A size limit clamped to `cap`; absent stays absent unless there is a fallback. */
export function cappedLimit({
  field,
  value,
  cap,
}: {
  field: string;
  value: number | null | undefined;
  cap: number;
}): number | undefined {
  if (value === null || value === undefined) return undefined;
  return Math.min(cap, nonNegativeInt({ field, name: 'limit', value, fallback: 0 }));
}

export function pageRequest({
  field,
  args,
  cap,
  fallback,
}: {
  field: string;
  args: { offset?: number | null; limit?: number | null };
  cap: number;
  fallback: number;
}) {
  return {
    offset: nonNegativeInt({ field, name: 'offset', value: args.offset, fallback: 0 }),
    limit: Math.min(cap, nonNegativeInt({ field, name: 'limit', value: args.limit, fallback })),
  };
}

export function text({
  field,
  name,
  value,
  options = {},
}: {
  field: string;
  name: string;
  value: string;
  options?: { allowEmpty?: boolean; maxLength?: number };
}): string {
  const trimmed = value.trim();
  if (!options.allowEmpty && trimmed === '') throw badUserInput(`${field}: ${name} must not be empty`);
  const max = options.maxLength ?? MAX_TEXT_LENGTH;
  if (trimmed.length > max) throw badUserInput(`${field}: ${name} is longer than ${max} characters`);
  return trimmed;
}

/** A list argument: null and [] both mean "no restriction". */
export function optionalList<T>(value: readonly T[] | null | undefined): T[] | undefined {
  return value && value.length > 0 ? [...value] : undefined;
}

/** `undefined` for an absent optional argument (GraphQL gives null when a client sends null explicitly). */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

/** A JSON object given as a string (Cypher parameters). */
export function jsonObject({
  field,
  name,
  value,
}: {
  field: string;
  name: string;
  value: string | null | undefined;
}): Record<string, unknown> {
  if (value === null || value === undefined || value.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw badUserInput(`${field}: ${name} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw badUserInput(`${field}: ${name} must be a JSON object`);
  return parsed as Record<string, unknown>;
}
