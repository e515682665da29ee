/** Step 1 of the install test: build the plugin, `npm pack` it, and check what the tarball holds. */
const { spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const path = require('node:path');
const { run } = require('../lib/processes');

// Only the built plugin and its documents (the Zapier guide is served to the Settings page): no sources, tests,
// playground or scripts.
const ALLOWED =
  /^(dist\/.+|strapi-server\.js|strapi-admin\.js|package\.json|README\.md|LICENSE|CHANGELOG\.md|docs\/zapier\.md)$/;
const REQUIRED = [
  'dist/server/index.js',
  'dist/admin/index.js',
  'strapi-server.js',
  'strapi-admin.js',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'docs/zapier.md',
];

const capture = (command, args, options) => {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`);
  return result.stdout;
};

/** Resolves with the tarball's path. Throws when there is none; reports the content checks. */
const packPlugin = async ({ root, work, report, skipBuild }) => {
  if (!skipBuild) {
    await run('plugin build (npm run build)', 'npm', ['run', 'build'], {
      cwd: root,
      logFile: path.join(work, 'plugin-build.log'),
      deadline: Date.now() + 600_000,
    });
  }
  console.log('\n== npm pack');
  const [packed] = JSON.parse(capture('npm', ['pack', '--json', '--pack-destination', work], { cwd: root }));
  const tarball = path.join(work, packed.filename);
  if (!existsSync(tarball)) throw new Error('npm pack produced no tarball');
  report.pass(
    `npm pack: ${packed.filename} (${Math.round(statSync(tarball).size / 1024)} kB, ${packed.entryCount} files)`
  );

  const files = capture('tar', ['-tzf', tarball])
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''));
  const unexpected = files.filter((file) => !ALLOWED.test(file));
  report.check(
    unexpected.length === 0,
    'the tarball holds only dist/, the entry files, package.json, README.md, LICENSE and CHANGELOG.md',
    `the tarball has unexpected files:\n  ${unexpected.join('\n  ')}`
  );
  const missing = REQUIRED.filter((file) => !files.includes(file));
  report.check(
    missing.length === 0,
    `the tarball holds ${REQUIRED.join(', ')}`,
    `the tarball lacks ${missing.join(', ')}`
  );
  return tarball;
};

module.exports = { packPlugin };
