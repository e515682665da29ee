/**
 * Step 2 of the install test: a fresh app from tests/install-app, pinned to one Strapi release, with the packed
 * plugin installed by npm as a site builder would, then `strapi build`.
 */
const { spawnSync } = require('node:child_process');
const { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { run } = require('../lib/processes');

const STRAPI_PACKAGES = ['@strapi/strapi', '@strapi/plugin-graphql', '@strapi/plugin-users-permissions'];

// One copy each, or the plugin breaks: two @strapi/utils turn its errors into 500s, two React, react-intl or
// design-system copies break the admin's contexts.
const SINGLE_COPY = [
  '@strapi/admin',
  '@strapi/core',
  '@strapi/utils',
  '@strapi/design-system',
  '@strapi/icons',
  'react-intl',
  'react',
  'react-dom',
  'react-router-dom',
  'styled-components',
];

/**
 * Pins this registry needs beyond the repository's own `overrides`: before 5.13, @strapi/upload wants sharp 0.32,
 * whose install downloads libvips from outside the npm registry; 0.33 ships it as npm packages.
 */
const registryOverrides = (strapiVersion) => {
  const [major, minor] = strapiVersion.split('.').map(Number);
  return major === 5 && minor < 13 ? { sharp: '0.33.5' } : {};
};

const createApp = ({ root, appDir, tarball, strapiVersion }) => {
  cpSync(path.join(root, 'tests', 'install-app'), appDir, { recursive: true });
  copyFileSync(tarball, path.join(appDir, path.basename(tarball)));
  copyFileSync(path.join(root, 'tests', 'app', 'favicon.png'), path.join(appDir, 'favicon.png'));
  mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });

  const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const pkgFile = path.join(appDir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  for (const name of STRAPI_PACKAGES) pkg.dependencies[name] = strapiVersion;
  pkg.dependencies['strapi-plugin-access-tokens'] = `file:./${path.basename(tarball)}`;
  // The repository's pins: versions whose platform packages all exist in the registry.
  pkg.overrides = { ...rootPkg.overrides, ...registryOverrides(strapiVersion) };
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
};

/** Names of SINGLE_COPY packages the lock file holds more than once, with where. */
const duplicatedPackages = (appDir) => {
  const lock = JSON.parse(readFileSync(path.join(appDir, 'package-lock.json'), 'utf8'));
  const copies = {};
  for (const [where, entry] of Object.entries(lock.packages)) {
    const name = where.replace(/^.*node_modules\//, '');
    if (SINGLE_COPY.includes(name)) (copies[name] ??= []).push(`${entry.version} in ${where}`);
  }
  return Object.entries(copies)
    .filter(([, where]) => where.length > 1)
    .map(([name, where]) => `${name} (${where.length} copies: ${where.join('; ')})`);
};

const installApp = async ({ appDir, work, report }) => {
  const took = await run(
    'npm install (fresh app)',
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    {
      cwd: appDir,
      logFile: path.join(work, 'install.log'),
      deadline: Date.now() + 1_200_000,
    }
  );
  const installed = JSON.parse(
    readFileSync(path.join(appDir, 'node_modules', '@strapi', 'strapi', 'package.json'), 'utf8')
  );
  if (!existsSync(path.join(appDir, 'node_modules', 'strapi-plugin-access-tokens', 'package.json'))) {
    throw new Error("the plugin is not in the app's node_modules");
  }
  report.pass(`npm install of the tarball into a fresh app with @strapi/strapi ${installed.version} (${took} s)`);
  const sqlite = spawnSync(process.execPath, ['-e', "require('better-sqlite3')(':memory:')"], {
    cwd: appDir,
    encoding: 'utf8',
  });
  if (sqlite.status !== 0) throw new Error(`better-sqlite3 does not load: ${sqlite.stderr}`);

  const duplicates = duplicatedPackages(appDir);
  report.check(
    duplicates.length === 0,
    `one copy each of ${SINGLE_COPY.join(', ')}`,
    `the install has several copies of packages Strapi provides: ${duplicates.join(', ')}`
  );
  return installed.version;
};

/** `strapi build`, then the plugin's Settings bundle in the admin build: resolves with that chunk's file name. */
const buildApp = async ({ appDir, work, env, report }) => {
  const took = await run('strapi build', path.join(appDir, 'node_modules', '.bin', 'strapi'), ['build'], {
    cwd: appDir,
    env,
    logFile: path.join(work, 'build.log'),
    deadline: Date.now() + 900_000,
  });
  report.pass(`strapi build (${took} s)`);
  // A TypeScript app's admin build is dist/build.
  const buildDir = ['dist/build', 'build']
    .map((dir) => path.join(appDir, dir))
    .find((dir) => existsSync(path.join(dir, 'index.html')));
  if (!buildDir) throw new Error('no admin build (index.html) under dist/build or build');
  const chunk = readdirSync(buildDir).find(
    (file) => file.endsWith('.js') && readFileSync(path.join(buildDir, file), 'utf8').includes('settings.link.tokens')
  );
  report.check(
    chunk,
    `the admin build contains the plugin's Settings bundle (${chunk})`,
    "no chunk of the admin build contains the plugin's translations (settings.link.tokens)"
  );
  return chunk;
};

module.exports = { buildApp, createApp, installApp };
