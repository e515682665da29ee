const { registerBenchTypes } = require('./bench-types');

module.exports = {
  /**
   * Two custom GraphQL queries, as an app adds them: one without an auth scope (it cannot be attributed to a
   * content type or a plugin) and one that declares the action it serves.
   */
  register({ strapi }) {
    strapi
      .plugin('graphql')
      .service('extension')
      .use(() => ({
        typeDefs: 'type Query { reportStatus: String articleCount: Int }',
        resolvers: {
          Query: {
            reportStatus: () => 'ok',
            articleCount: () => strapi.documents('api::article.article').count({}),
          },
        },
        resolversConfig: { 'Query.articleCount': { auth: { scope: ['api::article.article.find'] } } },
      }));
    if (process.env.BENCH_GENERATED_TYPES) registerBenchTypes(strapi, Number(process.env.BENCH_GENERATED_TYPES));
  },
  bootstrap() {},
};
