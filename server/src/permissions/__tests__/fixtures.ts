import type { Catalog } from '../types';
import type { Model } from '../output';

/** A model as the narrowing reads it: its UID and attributes. */
const defineModel = (uid: string, attributes: Model['attributes']): Model => ({ uid, attributes });
/** A many-to-many relation to `target`, the one kind of relation these tests need. */
const relation = (target: string) => ({ type: 'relation', relation: 'manyToMany', target });

export const article = defineModel('api::article.article', {
  title: { type: 'string' },
  body: { type: 'text' },
  category: relation('api::category.category'),
  pages: relation('api::page.page'),
  cover: { type: 'media' },
  seo: { type: 'component', component: 'shared.seo' },
  blocks: { type: 'dynamiczone' },
});
export const category = defineModel('api::category.category', { name: { type: 'string' }, code: { type: 'string' } });
export const page = defineModel('api::page.page', {
  title: { type: 'string' },
  locale: { type: 'string' },
  localizations: relation('api::page.page'),
});
export const seo = defineModel('shared.seo', {
  metaTitle: { type: 'string' },
  related: relation('api::category.category'),
});
export const file = defineModel('plugin::upload.file', { url: { type: 'string' }, name: { type: 'string' } });

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
