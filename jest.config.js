/**
 * Projects: pure server and shared units, the integration suite against a real Strapi (and `database`, the part of it
 * that depends on the database engine, which CI runs on PostgreSQL and MariaDB too), secret-scanner rules and admin
 * components.
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const databaseSuites = require('./tests/integration/database-suites');

// A renamed or removed suite must not drop out of the database runs unnoticed.
const missingSuites = databaseSuites.filter((suite) => !existsSync(join(__dirname, 'tests/integration', suite)));
if (missingSuites.length > 0)
  throw new Error(`tests/integration/database-suites.js names missing files: ${missingSuites}`);

const transform = '<rootDir>/jest.transform.js';

const integration = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/integration'],
  transform: { '^.+\\.tsx?$': transform },
};

module.exports = {
  testTimeout: 60_000,
  // A destroyed Strapi can leave driver sockets open (seen with mysql2 on MariaDB), which would keep jest alive forever.
  forceExit: true,
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      // shared/: the rules admin and server both apply, tested once here.
      roots: ['<rootDir>/server/src', '<rootDir>/shared'],
      testMatch: ['**/__tests__/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': transform },
    },
    { displayName: 'integration', ...integration, testMatch: ['**/*.test.ts'] },
    {
      displayName: 'database',
      ...integration,
      testMatch: databaseSuites.map((suite) => `<rootDir>/tests/integration/${suite}`),
    },
    {
      // The published secret-scanner rules (scanners/), tested with @secretlint/core, an ES module that jest needs compiled.
      displayName: 'scanners',
      testEnvironment: 'node',
      roots: ['<rootDir>/scanners'],
      testMatch: ['**/__tests__/**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': transform },
      transformIgnorePatterns: ['/node_modules/(?!@secretlint/)'],
    },
    {
      displayName: 'admin',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/admin/src'],
      testMatch: ['**/__tests__/**/*.test.ts?(x)'],
      transform: { '^.+\\.[jt]sx?$': transform },
      setupFilesAfterEnv: ['<rootDir>/admin/jest.setup.ts'],
    },
  ],
};
