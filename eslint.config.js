// Lint rules that keep the layering of `../shared/docs/style.md` true in code, not only in prose:
// domain imports nothing; ingestion's pure steps import only domain; only the adapters touch
// their drivers; api never reaches an adapter, server, cli or ingestion; export never reaches
// an adapter; nothing imports cli; runtime code never imports tooling/ nor a devDependency.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const neo4jDriver = { name: 'neo4j-driver', message: 'only src/graph/neo4j talks to Neo4j' };
const embeddedEngine = {
  name: '@ladybugdb/core',
  message: 'only src/graph/embedded talks to the embedded engine',
};
const fileSystem = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises'].map((name) => ({
  name,
  message: 'under src/ingest only io/ and vocabulary/vocabulary.ts touch the file system',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      '.tmp/**',
      'explorer/generated/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
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
          // Zones are relative to this file, wherever eslint is started from.
          basePath: import.meta.dirname,
          zones: [
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'domain imports nothing',
            },
            {
              // Every ingestion file but the store-loading one.
              target: [
                './src/ingest/!(io)/**',
                './src/ingest/*.ts',
                './src/ingest/io/!(load-reports).ts',
              ],
              from: ['./src/graph', './src/api', './src/server', './src/cli', './src/export'],
              message:
                'ingestion is pure; only src/ingest/io/load-reports.ts may write to the store',
            },
            {
              // The one place ingestion meets the store, and only through the port: the
              // GraphStore interface and the engine-neutral loading on top of it.
              target: './src/ingest/io/load-reports.ts',
              from: './src/graph',
              except: ['./store.ts', './load-dataset.ts', './graph-version.ts', './queries.ts'],
              message:
                'src/ingest/io/load-reports.ts reaches the store only through the GraphStore port',
            },
            {
              target: './src/ingest/io/load-reports.ts',
              from: ['./src/api', './src/server', './src/cli', './src/export'],
            },
            {
              target: './src/graph',
              from: ['./src/api', './src/server', './src/cli', './src/ingest'],
            },
            {
              target: './src/api',
              from: [
                './src/graph/embedded',
                './src/graph/neo4j',
                './src/server',
                './src/cli',
                './src/ingest',
              ],
              message: 'api reads the graph through the port; shared vocabulary is in src/domain',
            },
            {
              target: './src/export',
              from: ['./src/graph/embedded', './src/graph/neo4j', './src/cli'],
              message: 'export works on any GraphStore; the cli picks the adapter',
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
            {
              target: './src',
              from: './tooling',
              message: 'tooling/ builds and checks the project; runtime code never imports it',
            },
            {
              // The explorer is a client of the public GraphQL API, like any other front end.
              target: './explorer',
              from: ['./src', './tooling', './test'],
              message: 'the explorer page talks to the API over HTTP only',
            },
            {
              target: ['./src', './tooling', './test'],
              from: './explorer',
              message: 'the explorer page is a separate build; nothing imports it',
            },
          ],
        },
      ],
    },
  },
  {
    // Runtime code runs on the dependencies alone: a devDependency imported under src would
    // be missing from a production install.
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: false, optionalDependencies: false, peerDependencies: false },
      ],
    },
  },
  {
    // The explorer's libraries are bundled at build time, so they are devDependencies.
    files: ['tooling/**/*.ts', 'test/**/*.ts', 'explorer/**/*.ts'],
    rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: true }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/graph/neo4j/**', 'src/graph/embedded/**', 'src/ingest/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [neo4jDriver, embeddedEngine] }] },
  },
  {
    // Ingestion is pure: files are read in io/ and the vocabulary is loaded by its loader.
    files: ['src/ingest/**/*.ts'],
    ignores: ['src/ingest/io/**', 'src/ingest/vocabulary/vocabulary.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [neo4jDriver, embeddedEngine, ...fileSystem] }],
    },
  },
  {
    files: ['src/ingest/io/**', 'src/ingest/vocabulary/vocabulary.ts'],
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
