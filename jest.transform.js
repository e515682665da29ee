/**
 * Jest transform: TypeScript and JSX through esbuild (already in the tree for the plugin build).
 * @swc/jest is not usable here: its platform packages are missing from the registry, so `npm ci` fails.
 */
const { transformSync } = require('esbuild');

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.jsx': 'jsx', '.mjs': 'js' };

module.exports = {
  process(source, filename) {
    const extension = filename.slice(filename.lastIndexOf('.'));
    const { code, map } = transformSync(source, {
      loader: LOADERS[extension] ?? 'js',
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      sourcemap: 'external',
      sourcefile: filename,
    });
    return { code, map };
  },
};
