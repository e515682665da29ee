const ARTICLE = 'api::article.article';

module.exports = {
  async articles(ctx) {
    const total = await strapi.documents(ARTICLE).count({});
    ctx.body = { data: { articles: total } };
  },
  /** Reads articles as a core controller would: the query and the output go through the caller's permissions. */
  async latestArticles(ctx) {
    const schema = strapi.getModel(ARTICLE);
    const auth = ctx.state.auth;
    await strapi.contentAPI.validate.query(ctx.query, schema, { auth });
    const query = await strapi.contentAPI.sanitize.query(ctx.query, schema, { auth });
    const articles = await strapi.documents(ARTICLE).findMany({ ...query, sort: { createdAt: 'desc' }, limit: 5 });
    ctx.body = { data: await strapi.contentAPI.sanitize.output(articles, schema, { auth }) };
  },
  /** Guarded by a require-token policy that names a plugin, not a content type of the app. */
  async members(ctx) {
    const total = await strapi.db.query('plugin::users-permissions.user').count({});
    ctx.body = { data: { members: total } };
  },
  async rebuild(ctx) {
    ctx.body = { data: { rebuilt: true } };
  },
};
