module.exports = {
  async articles(ctx) {
    const total = await strapi.documents('api::article.article').count({});
    ctx.body = { data: { articles: total } };
  },
  async rebuild(ctx) {
    ctx.body = { data: { rebuilt: true } };
  },
};
