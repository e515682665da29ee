import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of server/src (docs/architecture.md), lowest first. A module imports only from its own layer or below;
 * each rule names the folders a layer may not reach. Type-only imports count: a type pulls its module's layer in.
 */
/** Where requests and the plugin's lifecycle enter: the top of the layers, which no service imports. */
const SURFACES = [
  'register',
  'bootstrap',
  'destroy',
  'routes',
  'controllers',
  'policies',
  'strategies',
  'graphql',
  'documentation',
];
const SERVER_FOLDERS = [
  ...SURFACES,
  'services',
  'hooks',
  'mcp',
  'validation',
  'data',
  'config',
  'utils',
  'content-types',
  'permissions',
];

/** An import of `folders` from anywhere in server/src: `./x`, `../x/…`, `../../x/…`. */
const importOf = (folders) => `^(\\./|(\\.\\./)+)(${folders.join('|')})(/|$)`;

const layer = (files, folders, message, paths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns: [{ regex: importOf(folders), message }] }] },
});

/** I/O has no place in lib/: network, files and Strapi belong to services and adapters. */
const IO_MODULES = [
  'ioredis',
  'node:net',
  'node:dns',
  'node:http',
  'node:https',
  'node:tls',
  'node:fs',
  '@strapi/strapi',
];

const layers = [
  {
    files: ['shared/**/*.ts'],
    // Its tests check that the admin and the server apply its rules alike.
    ignores: ['shared/**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(server|admin)/', message: 'shared/ is pure: the admin and the server import it.' },
          ],
        },
      ],
    },
  },
  layer(
    ['server/src/lib/**/*.ts'],
    SERVER_FOLDERS.filter((folder) => folder !== 'lib'),
    'lib/ is pure and imports nothing above it: only lib/ and shared/.',
    IO_MODULES.map((name) => ({ name, message: 'lib/ is pure: I/O belongs in services/ or hooks/.' }))
  ),
  layer(
    ['server/src/data/**/*.ts'],
    SERVER_FOLDERS.filter((folder) => !['data', 'content-types'].includes(folder)),
    'data/ is the lowest layer that queries: it imports lib/ and shared/ only, never services.'
  ),
  layer(
    ['server/src/permissions/**/*.ts'],
    SERVER_FOLDERS.filter((folder) => !['permissions', 'utils'].includes(folder)),
    'permissions/ decides for every surface: it imports lib/, shared/ and utils/ only; the surfaces import it.'
  ),
  layer(
    ['server/src/{services,hooks,validation,config,utils}/**/*.ts'],
    [...SURFACES, 'mcp'],
    'Services never import strategies, controllers, routes, policies or mcp/: those call services.'
  ),
  layer(
    ['server/src/mcp/**/*.ts'],
    [...SURFACES, 'hooks'],
    'mcp/ serves MCP requests over the services: its controller calls it, and it calls no strategy, route or hook.'
  ),
  layer(
    ['server/src/controllers/**/*.ts'],
    ['data', 'strategies', 'routes', 'register', 'bootstrap'],
    'Controllers call services; they never query data/ themselves.'
  ),
  layer(
    ['server/src/strategies/**/*.ts'],
    ['routes', 'graphql', 'controllers', 'data', 'register', 'bootstrap'],
    'The request path is strategy → authenticator → data/tokens: a strategy imports neither routes nor GraphQL.'
  ),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tests/app/.tmp/**',
      'tests/app/.strapi/**',
      'tests/app/types/generated/**',
      'tests/app/build/**',
      'coverage/**',
      'bench/.work/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['admin/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...layers,
  {
    // No import cycle in server/src. import-x skips type-only imports here; scripts/check-import-cycles.js does not.
    files: ['server/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'server/tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  }
);
