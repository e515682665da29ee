import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'strapi-plugin-access-tokens';

/**
 * The plugin's README, found by walking up from this file to the package root: `dist/server` once built and
 * packed, `server/src/utils` when run from the sources. Read once; null if the package ships none.
 */
let cached: string | null | undefined;
export const readPluginReadme = (): string | null => {
  if (cached !== undefined) return cached;
  cached = null;
  for (let dir = __dirname, depth = 0; depth < 5; dir = dirname(dir), depth += 1) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === PACKAGE_NAME) {
      const readme = join(dir, 'README.md');
      cached = existsSync(readme) ? readFileSync(readme, 'utf8') : null;
      break;
    }
  }
  return cached;
};
