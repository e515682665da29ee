import type { Core, Struct } from '@strapi/strapi';

import { getService } from '../utils';
import type { SubjectSchema } from '../validation/permissions';

import type {
  PermissionSubject,
  PermissionSubjectKind,
  PermissionSubjects,
} from '../../../shared/contracts/permission-subjects';

const KIND_ORDER: Record<PermissionSubjectKind, number> = { collectionType: 0, singleType: 1, plugin: 2 };

interface I18nLocale {
  code: string;
  name?: string | null;
}

/**
 * What the Settings page's permissions matrix offers: the permission catalog (services/permission-catalog.ts, the
 * very list validation accepts) with the names people read: display names, attribute types, locale names.
 */
const createPermissionSubjectsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const modelOf = (uid: string) =>
    strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as Struct.ContentTypeSchema | undefined;

  const subjectOf = (uid: string, schema: SubjectSchema): PermissionSubject => {
    const model = modelOf(uid);
    const pluginName = uid.slice('plugin::'.length);
    return {
      uid,
      displayName:
        schema.kind === 'plugin'
          ? (strapi.plugin(pluginName)?.packageInfo?.strapi?.displayName ?? pluginName)
          : (model?.info.displayName ?? uid),
      kind: schema.kind,
      actions: [...schema.actions],
      attributes: schema.readable.map((name) => ({
        name,
        type: model?.attributes[name]?.type ?? 'unknown',
        writable: schema.writable.includes(name),
      })),
      localized: schema.localized,
    };
  };

  /** The names of the app's locales, and the default one's code. */
  const i18nLocales = async () => {
    const locales = strapi.plugin('i18n')?.service('locales');
    const found = ((await locales?.find()) ?? []) as I18nLocale[];
    const defaultCode = found.length ? ((await locales?.getDefaultLocale()) as string | undefined) : undefined;
    return { names: new Map(found.map(({ code, name }) => [code, name ?? code])), defaultCode };
  };

  return {
    async list(): Promise<PermissionSubjects> {
      const catalog = await getService('permissionCatalog', { strapi }).catalog();
      const subjects = [...catalog.subjects]
        .map(([uid, schema]) => subjectOf(uid, schema))
        .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.displayName.localeCompare(b.displayName));
      const { names, defaultCode } = await i18nLocales();
      const locales = catalog.locales.map((code) => ({
        code,
        name: names.get(code) ?? code,
        isDefault: code === defaultCode,
      }));
      return { subjects, locales };
    },
  };
};

export default createPermissionSubjectsService;
