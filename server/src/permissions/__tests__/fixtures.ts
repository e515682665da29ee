import type { Catalog } from '../types';
import type { Model } from '../output';

export const article: Model = {
  uid: 'api::article.article',
  attributes: {
    title: { type: 'string' },
    body: { type: 'text' },
    category: { type: 'relation', relation: 'manyToMany', target: 'api::category.category' },
    pages: { type: 'relation', relation: 'manyToMany', target: 'api::page.page' },
    cover: { type: 'media' },
    seo: { type: 'component', component: 'shared.seo' },
    blocks: { type: 'dynamiczone' },
  },
};
export const category: Model = {
  uid: 'api::category.category',
  attributes: { name: { type: 'string' }, code: { type: 'string' } },
};
export const page: Model = {
  uid: 'api::page.page',
  attributes: {
    title: { type: 'string' },
    locale: { type: 'string' },
    localizations: { type: 'relation', relation: 'manyToMany', target: 'api::page.page' },
  },
};
export const seo: Model = {
  uid: 'shared.seo',
  attributes: {
    metaTitle: { type: 'string' },
    related: { type: 'relation', relation: 'manyToMany', target: 'api::category.category' },
  },
};
export const file: Model = {
  uid: 'plugin::upload.file',
  attributes: { url: { type: 'string' }, name: { type: 'string' } },
};

const models = [article, category, page, seo, file];
export const getModel = (uid: string) => models.find((model) => model.uid === uid);
export const isLocalized = (uid: string) => uid === 'api::page.page';

export const catalog: Catalog = {
  contentTypes: new Map([
    ['api::article.article', { localized: false }],
    ['api::category.category', { localized: false }],
    ['api::page.page', { localized: true }],
    ['plugin::upload.file', { localized: false }],
    ['plugin::users-permissions.user', { localized: false }],
  ]),
  pluginActions: new Map([
    [
      'plugin::upload',
      [
        { action: 'content-api.find', reads: true },
        { action: 'content-api.upload', reads: false },
      ],
    ],
    ['plugin::users-permissions', [{ action: 'user.me', reads: true }]],
  ]),
};
