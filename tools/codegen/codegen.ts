import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every GraphQL operation of the web app from the schema the API serves.
 *
 * Schema: `apps/api/schema.gql` (written and committed by the API).
 * Documents: the `.graphql` files in the `data-access/` folders of the web libraries.
 * Output: `libs/shared/graphql-types/src/generated.ts` (committed; run `npm run codegen`).
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/src/lib/**/*.graphql'],
  generates: {
    'libs/shared/graphql-types/src/generated.ts': {
      plugins: [
        'typescript',
        'typescript-operations',
        'typed-document-node',
      ],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        nonOptionalTypename: false,
        skipTypename: false,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
