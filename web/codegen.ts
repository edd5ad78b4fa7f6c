/**
 * GraphQL Code Generator: the explorer's API types (web/src/api/generated/graphql.ts) from server/schema.graphql and the
 * documents the explorer sends. `npm run codegen` rewrites the file; tests/web/api-types-current.test.ts fails when it is
 * stale. Paths are relative to the repository root, where npm runs scripts.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';

export const GENERATED_TYPES = 'web/src/api/generated/graphql.ts';

/** The generated file as Prettier leaves it, so formatting the repository never makes it stale. */
export async function formatGenerated(path: string, content: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(content, { ...options, filepath: path });
}

const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  documents: ['web/src/api/fragments.ts', 'web/src/api/queries.ts', 'web/src/api/view-queries.ts'],
  generates: {
    [GENERATED_TYPES]: {
      // Operation types only: the answers' shapes as the documents select them, the schema's enums as string unions.
      plugins: ['typescript-operations'],
    },
  },
  hooks: { beforeOneFileWrite: [formatGenerated] },
};

export default config;
