/**
 * Which region of the map stands for a locality: its own code when the map has it, else the unit above it that the
 * map has — a city of a municipality (110100 市辖区) is drawn as the municipality (110000); a county whose code
 * changed since the boundaries' edition falls back to its city. GB/T 2260 codes nest, so the unit above is a prefix.
 */

export function mapRegionCode(code: string, regions: ReadonlySet<string>): string | null {
  const six = code.slice(0, 6);
  if (!/^\d{6}$/.test(six)) return null;
  for (const candidate of [six, `${six.slice(0, 4)}00`, `${six.slice(0, 2)}0000`])
    if (regions.has(candidate)) return candidate;
  return null;
}
