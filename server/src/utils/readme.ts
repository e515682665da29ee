import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'strapi-plugin-access-tokens';

/** The package root, found by walking up from this file: `dist/server` once built and packed, `server/src/utils` from the sources. */
const findPackageRoot = (): string | null => {
  for (let dir = __dirname, depth = 0; depth < 5; dir = dirname(dir), depth += 1) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === PACKAGE_NAME) return dir;
  }
  return null;
};

/** A document the package ships (README.md, docs/zapier.md), read once; null if the package has none. */
const cache = new Map<string, string | null>();
export const readPackagedDoc = (path: string): string | null => {
  if (!cache.has(path)) {
    const root = findPackageRoot();
    const file = root && join(root, path);
    cache.set(path, file && existsSync(file) ? readFileSync(file, 'utf8') : null);
  }
  return cache.get(path) ?? null;
};

export const readPluginReadme = () => readPackagedDoc('README.md');

/**
 * The Zapier guide, shown as text inside the admin: its links to the other guides (`[hooks.md](hooks.md)`) lead
 * nowhere there, so each becomes the plain path of that file in the package, `docs/hooks.md`.
 */
export const readZapierGuide = () =>
  readPackagedDoc('docs/zapier.md')?.replace(
    /\[([^\]]+)\]\((?![a-z]+:|#)([^)\s]+)\)/gi,
    (_, text: string, target: string) => (text === target ? `docs/${target}` : `${text} (docs/${target})`)
  ) ?? null;
