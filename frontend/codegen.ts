import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's schema files: every response type the
// app uses comes from here. `npm run codegen:check` (part of the build)
// fails when src/gql is stale.
const config: CodegenConfig = {
  schema: '../graph/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: 'string', Date: 'string', Time: 'string', Cursor: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
