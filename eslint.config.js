// Lint rules that keep the layering of `../shared/docs/style.md` true in code, not only in prose:
// domain imports nothing; ingestion's pure steps import only domain; only the adapters touch
// their drivers; api never reaches an adapter, server or cli; nothing imports cli.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const neo4jDriver = { name: 'neo4j-driver', message: 'only src/graph/neo4j talks to Neo4j' };
const embeddedEngine = {
  name: '@ladybugdb/core',
  message: 'only src/graph/embedded talks to the embedded engine',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.tmp/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'domain imports nothing',
            },
            {
              target: './src/ingest',
              from: ['./src/graph', './src/api', './src/server', './src/cli'],
              message:
                'ingestion is pure; only src/ingest/io/load-reports.ts may write to the store',
            },
            {
              target: './src/graph',
              from: ['./src/api', './src/server', './src/cli', './src/ingest'],
            },
            {
              target: './src/api',
              from: ['./src/graph/embedded', './src/graph/neo4j', './src/server', './src/cli'],
            },
            {
              target: './src/server',
              from: ['./src/graph/embedded', './src/graph/neo4j', './src/cli'],
            },
            {
              // Every file under src except the cli's own: the commands share their helpers.
              target: ['./src/!(cli)/**', './src/*.ts'],
              from: './src/cli',
              message: 'cli holds composition roots only',
            },
          ],
        },
      ],
    },
  },
  {
    // The one place ingestion meets the store: the final load step.
    files: ['src/ingest/io/load-reports.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/graph/neo4j/**', 'src/graph/embedded/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [neo4jDriver, embeddedEngine] }] },
  },
  {
    files: ['src/graph/neo4j/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [embeddedEngine] }] },
  },
  {
    files: ['src/graph/embedded/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [neo4jDriver] }] },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import-x/no-restricted-paths': 'off',
    },
  },
);
