#!/usr/bin/env node
/**
 * Fails when server/src holds an import cycle, type-only imports included (ESLint's import-x/no-cycle skips those).
 * Each module's imports are read with TypeScript's own pre-processor; a cycle is a strongly connected component of
 * more than one module, or a module importing itself. Usage: node scripts/check-import-cycles.js [root]
 */
const { existsSync, readFileSync, readdirSync, statSync } = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');
const ts = require('typescript');

const root = resolve(process.argv[2] ?? join(__dirname, '..', 'server', 'src'));

const sourceFiles = (folder) =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

/** The file a relative specifier names, as TypeScript resolves it: `x.ts`, `x.tsx` or `x/index.ts`. */
const resolveImport = (from, specifier) => {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? null;
};

const files = sourceFiles(root);
const known = new Set(files);
const edges = new Map(
  files.map((file) => [
    file,
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map(({ fileName }) => resolveImport(file, fileName))
      .filter((target) => target && known.has(target)),
  ])
);

/** Tarjan's strongly connected components. */
const components = () => {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  const visit = (file) => {
    const entry = { index, low: index, onStack: true };
    index += 1;
    state.set(file, entry);
    stack.push(file);
    for (const target of edges.get(file)) {
      if (!state.has(target)) {
        visit(target);
        entry.low = Math.min(entry.low, state.get(target).low);
      } else if (state.get(target).onStack) entry.low = Math.min(entry.low, state.get(target).index);
    }
    if (entry.low !== entry.index) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== file);
    found.push(component);
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
};

const cycles = components().filter(
  (component) => component.length > 1 || edges.get(component[0]).includes(component[0])
);
for (const cycle of cycles) {
  console.error(
    `Import cycle (type-only imports included) among:\n  ${cycle.map((file) => relative(root, file)).join('\n  ')}`
  );
}
if (cycles.length) process.exit(1);
console.log(`No import cycle among ${files.length} modules of ${relative(process.cwd(), root) || '.'}.`);
