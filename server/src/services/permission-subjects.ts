import type { Core, Struct } from '@strapi/strapi';
import { contentTypes as contentTypeUtils } from '@strapi/utils';

import { permissionSubjectsOf, type ContentApiActionsMap, type ContentTypeFacts } from '../lib/permission-subjects';

import type { PermissionSubjects, SubjectLocale } from '../../../shared/contracts/permission-subjects';

/** Always readable, never granted: not listed among a type's attributes. */
const ALWAYS_READABLE = new Set(['id', 'documentId']);

interface I18nLocale {
  code: string;
  name?: string | null;
}

const i18nOf = (strapi: Core.Strapi) => (strapi.plugins.i18n ? strapi.plugin('i18n') : undefined);

/** The schema facts of a content type: kind, display name, its non-private attributes, whether it is localized. */
const factsOf = (strapi: Core.Strapi, model: Struct.ContentTypeSchema): ContentTypeFacts => {
  const localized = i18nOf(strapi)?.service('content-types').isLocalizedContentType(model) ?? false;
  const attributes = Object.entries(model.attributes)
    .filter(([name]) => !ALWAYS_READABLE.has(name) && !contentTypeUtils.isPrivateAttribute(model, name))
    .map(([name, attribute]) => ({
      name,
      type: attribute.type,
      writable: contentTypeUtils.isWritableAttribute(model, name),
    }));
  return { kind: model.kind, displayName: model.info.displayName, attributes, localized: Boolean(localized) };
};

/**
 * What the Settings page's permissions matrix offers: the content types and plugins a custom token may be granted,
 * their actions and attributes, and the app's locales. Read on each call: locales change while Strapi runs.
 */
const createPermissionSubjectsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(): Promise<PermissionSubjects> {
    const subjects = permissionSubjectsOf({
      actionsMap: strapi.contentAPI.permissions.getActionsMap() as ContentApiActionsMap,
      contentType: (uid) => {
        const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
          | Struct.ContentTypeSchema
          | undefined;
        return model ? factsOf(strapi, model) : undefined;
      },
      pluginDisplayName: (name) => strapi.plugin(name)?.packageInfo?.strapi?.displayName ?? name,
    });
    const i18nLocales = i18nOf(strapi)?.service('locales');
    const found = ((await i18nLocales?.find()) ?? []) as I18nLocale[];
    const defaultCode = found.length ? await i18nLocales?.getDefaultLocale() : undefined;
    const locales: SubjectLocale[] = found.map(({ code, name }) => ({
      code,
      name: name ?? code,
      isDefault: code === defaultCode,
    }));
    return { subjects, locales };
  },
});

export default createPermissionSubjectsService;
