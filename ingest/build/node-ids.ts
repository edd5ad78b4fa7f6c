/** Stable node ids from natural keys (DESIGN.md): the same input always yields the same ids. */
import { createHash } from 'crypto';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export const nodeIds = {
  bulletin: (cleanText: string) => `bulletin:${contentHash(cleanText)}`,
  practice: (bulletinId: string, ordinal: number) => `practice:${bulletinId.slice('bulletin:'.length)}:${ordinal}`,
  locality: (code: string) => `locality:${code}`,
  mechanism: (name: string) => `mechanism:${name}`,
  organization: (name: string) => `organization:${name}`,
  metric: (practiceId: string, ordinal: number) => `metric:${practiceId.slice('practice:'.length)}:${ordinal}`,
};
