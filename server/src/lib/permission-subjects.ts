import { PLUGIN_ID } from '../../../shared/plugin';
import { CONTENT_TYPE_ACTIONS } from '../../../shared/contracts/permissions';
import type {
  PermissionSubject,
  PermissionSubjectKind,
  SubjectAttribute,
} from '../../../shared/contracts/permission-subjects';

/**
 * Strapi's map of content-API actions (`strapi.contentAPI.permissions.getActionsMap()`), the one its own API-token
 * editor reads: `{ 'api::article': { controllers: { article: ['find', …] } }, 'plugin::upload': { … } }`. Only the
 * actions some content-API route serves are in it.
 */
export type ContentApiActionsMap = Record<string, { controllers: Record<string, string[]> }>;

/** What the matrix needs of one content type, read from its schema by the caller. */
export interface ContentTypeFacts {
  kind: Exclude<PermissionSubjectKind, 'plugin'>;
  displayName: string;
  attributes: SubjectAttribute[];
  localized: boolean;
}

export interface SubjectSources {
  actionsMap: ContentApiActionsMap;
  /** The content type of this UID, or undefined when there is none (a controller not named after a type). */
  contentType: (uid: string) => ContentTypeFacts | undefined;
  /** A plugin's display name, from its package. */
  pluginDisplayName: (name: string) => string;
}

/** Single types have no list and no creation: Strapi serves them with find, update and delete. */
const SINGLE_TYPE_ACTIONS: readonly string[] = ['find', 'update', 'delete'];

const actionsOfKind = (kind: ContentTypeFacts['kind']): readonly string[] =>
  kind === 'singleType' ? SINGLE_TYPE_ACTIONS : CONTENT_TYPE_ACTIONS;

const KIND_ORDER: Record<PermissionSubjectKind, number> = { collectionType: 0, singleType: 1, plugin: 2 };

const contentTypeSubjects = (
  apiName: string,
  controllers: Record<string, string[]>,
  contentType: SubjectSources['contentType']
): PermissionSubject[] =>
  Object.entries(controllers).flatMap(([controller, served]) => {
    const uid = `api::${apiName}.${controller}`;
    const facts = contentType(uid);
    if (!facts) return [];
    // In the role editor's order, and only what a route serves: a type routed with `only: ['find']` offers find.
    const actions = actionsOfKind(facts.kind).filter((action) => served.includes(action));
    return actions.length ? [{ uid, ...facts, actions }] : [];
  });

const pluginSubject = (
  pluginName: string,
  controllers: Record<string, string[]>,
  pluginDisplayName: SubjectSources['pluginDisplayName']
): PermissionSubject => ({
  uid: `plugin::${pluginName}`,
  displayName: pluginDisplayName(pluginName),
  kind: 'plugin',
  // `content-api.upload`: the controller keeps apart actions of the same name (users-permissions' `user.find`, `role.find`).
  actions: Object.entries(controllers).flatMap(([controller, actions]) =>
    actions.map((action) => `${controller}.${action}`)
  ),
  attributes: [],
  localized: false,
});

/**
 * What a custom token may be granted: the app's content types (`api::`) and each plugin with content-API routes,
 * never this plugin (its routes belong to every token, its types to none).
 */
export const permissionSubjectsOf = ({
  actionsMap,
  contentType,
  pluginDisplayName,
}: SubjectSources): PermissionSubject[] =>
  Object.entries(actionsMap)
    .flatMap(([source, { controllers }]) => {
      const [namespace, name] = source.split('::');
      if (namespace === 'api') return contentTypeSubjects(name, controllers, contentType);
      if (namespace === 'plugin' && name !== PLUGIN_ID) return [pluginSubject(name, controllers, pluginDisplayName)];
      return [];
    })
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.displayName.localeCompare(b.displayName));
