// The floor of what authentication can cost, for the bench: the articles controller on a route that skips it.
module.exports = {
  routes: [{ method: 'GET', path: '/articles-open', handler: 'article.find', config: { auth: false } }],
};
