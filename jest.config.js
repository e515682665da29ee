/** Four projects: pure server and shared units, the integration suite against a real Strapi, secret-scanner rules and admin components. */
const transform = '<rootDir>/jest.transform.js';

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
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': transform },
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
