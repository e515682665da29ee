// Custom routes guarded by the plugin's route policy (see the README's "Route policy"), and routes Strapi cannot
// attribute to a content type (a function handler), which only all-scope tokens may call.
module.exports = {
  routes: [
    {
      method: 'GET',
      path: '/reports/articles',
      handler: 'report.articles',
      config: {
        policies: [
          {
            name: 'plugin::access-tokens.require-token',
            config: { access: 'read-only', scopes: ['api::article.article'] },
          },
        ],
      },
    },
    {
      method: 'GET',
      path: '/reports/latest-articles',
      handler: 'report.latestArticles',
      config: {
        policies: [
          {
            name: 'plugin::access-tokens.require-token',
            config: { access: 'read-only', scopes: ['api::article.article'] },
          },
        ],
      },
    },
    {
      method: 'GET',
      path: '/reports/members',
      handler: 'report.members',
      config: {
        policies: [
          {
            name: 'plugin::access-tokens.require-token',
            config: { access: 'read-only', scopes: ['plugin::users-permissions'] },
          },
        ],
      },
    },
    {
      method: 'POST',
      path: '/reports/rebuild',
      handler: 'report.rebuild',
      config: {
        policies: [{ name: 'plugin::access-tokens.require-token', config: { access: 'read-write' } }],
      },
    },
    {
      // Scopes and no level: the method decides whether the token must be able to write.
      method: 'POST',
      path: '/reports/articles/rebuild',
      handler: 'report.rebuild',
      config: {
        policies: [{ name: 'plugin::access-tokens.require-token', config: { scopes: ['api::article.article'] } }],
      },
    },
    {
      method: 'GET',
      path: '/reports/status',
      handler: (ctx) => {
        ctx.body = { data: { status: 'ok' } };
      },
    },
  ],
};
