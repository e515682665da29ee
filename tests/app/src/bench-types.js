const { factories } = require('@strapi/strapi');

/**
 * For the benchmark only (bench/mcp.ts): BENCH_GENERATED_TYPES=40 registers 40 simple collection types, each an API
 * of its own with Strapi's core router, controller and service (api::bench-type-01.bench-type-01 …), so that one
 * token reaches 40 content types over MCP. Unset (every other boot of tests/app), nothing is registered.
 */
const schemaOf = (name) => ({
  kind: 'collectionType',
  collectionName: name.replace(/-/g, '_'),
  info: { singularName: name, pluralName: `${name}s`, displayName: name.replace(/-/g, ' ') },
  options: { draftAndPublish: false },
  attributes: {
    title: { type: 'string', required: true },
    summary: { type: 'text' },
    rank: { type: 'integer' },
    featured: { type: 'boolean' },
    publishedOn: { type: 'date' },
  },
});

/** In the app's register, as src/api/<name> would give them: the registry loads each API's parts as it adds it. */
const registerBenchTypes = (strapi, count) => {
  for (let index = 1; index <= count; index += 1) {
    const name = `bench-type-${String(index).padStart(2, '0')}`;
    const uid = `api::${name}.${name}`;
    strapi.get('apis').add(name, {
      contentTypes: { [name]: { schema: schemaOf(name) } },
      routes: { [name]: factories.createCoreRouter(uid) },
      controllers: { [name]: factories.createCoreController(uid) },
      services: { [name]: factories.createCoreService(uid) },
    });
  }
};

module.exports = { registerBenchTypes };
