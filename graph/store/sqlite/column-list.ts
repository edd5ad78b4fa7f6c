/** A column list for INSERT statements: quoted names, comma-separated. */
import { quoted } from './sqlite-tables';

export function columnList(columns: readonly string[]): string {
  return columns.map(quoted).join(', ');
}
