// Custom routes guarded by the plugin's route policy (see the README's "Route policy").
module.exports = {
  routes: [
    {
      method: 'GET',
      path: '/reports/articles',
      handler: 'report.articles',
      config: {
        policies: [{ name: 'plugin::access-tokens.require-token', config: { access: 'read-only', scopes: ['api::article.article'] } }],
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
  ],
};
