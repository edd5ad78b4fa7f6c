/** Reads the JSON `properties` string the server sends with each node and edge. */

export type Properties = Record<string, unknown>;

/** The properties object; an empty object when the string is not a JSON object (never throws). */
export function parseProperties(json: string): Properties {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Properties) : {};
  } catch {
    return {};
  }
}

export function stringProperty(properties: Properties, key: string): string | null {
  const value = properties[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

export function numberProperty(properties: Properties, key: string): number | null {
  const value = properties[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function stringListProperty(properties: Properties, key: string): string[] {
  const value = properties[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
