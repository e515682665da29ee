/**
 * The matrix's edits of a custom token's `permissions`, pure. Each returns a new value shaped as the contract
 * wants it (shared/contracts/permissions.ts): a subject is present only with at least one action, `fields.read` /
 * `fields.write` only when some attribute is left out, `locales` only when some locale is.
 */
import type { Permissions, SubjectPermission } from '../../../../shared/contracts/permissions';
import type { PermissionSubject } from '../../../../shared/contracts/permission-subjects';

export type FieldMode = 'read' | 'write';

/** A select-all checkbox: every box ticked, some, or none. */
export type Tick = true | false | 'indeterminate';

const tickOf = (ticked: number, total: number): Tick =>
  ticked === 0 || total === 0 ? false : ticked === total ? true : 'indeterminate';

/** `wanted` in the order of `all`, so that the value reads as the matrix does. */
const inOrder = (all: readonly string[], wanted: ReadonlySet<string>) => all.filter((item) => wanted.has(item));

const toggled = (current: readonly string[], item: string, on: boolean) => {
  const next = new Set(current);
  if (on) next.add(item);
  else next.delete(item);
  return next;
};

const withSubject = (value: Permissions, uid: string, grant: SubjectPermission | null): Permissions => {
  const { [uid]: _replaced, ...rest } = value;
  return grant ? { ...rest, [uid]: grant } : rest;
};

export const grantedActions = (value: Permissions, uid: string): string[] => value[uid]?.actions ?? [];

/** Ticks or unticks one action; a subject left without actions is removed (its field and locale rules with it). */
export const setAction = (value: Permissions, subject: PermissionSubject, action: string, on: boolean) => {
  const actions = inOrder(subject.actions, toggled(grantedActions(value, subject.uid), action, on));
  return withSubject(value, subject.uid, actions.length ? { ...value[subject.uid], actions } : null);
};

/** A row's select-all: every action of the subject, or none. */
export const setRow = (value: Permissions, subject: PermissionSubject, on: boolean) =>
  withSubject(value, subject.uid, on ? { ...value[subject.uid], actions: [...subject.actions] } : null);

export const rowTick = (value: Permissions, subject: PermissionSubject): Tick =>
  tickOf(grantedActions(value, subject.uid).length, subject.actions.length);

/** A column's select-all: this action on every subject that offers it. */
export const setColumn = (value: Permissions, subjects: readonly PermissionSubject[], action: string, on: boolean) =>
  subjects
    .filter((subject) => subject.actions.includes(action))
    .reduce((next, subject) => setAction(next, subject, action, on), value);

export const columnTick = (value: Permissions, subjects: readonly PermissionSubject[], action: string): Tick => {
  const offering = subjects.filter((subject) => subject.actions.includes(action));
  return tickOf(
    offering.filter((subject) => grantedActions(value, subject.uid).includes(action)).length,
    offering.length
  );
};

/** The attributes a mode may name: every non-private one to read, the writable ones to write. */
export const attributesFor = (subject: PermissionSubject, mode: FieldMode) =>
  subject.attributes.filter((attribute) => mode === 'read' || attribute.writable).map((attribute) => attribute.name);

/** The attributes ticked in this mode: an absent list means all of them. */
export const tickedFields = (value: Permissions, subject: PermissionSubject, mode: FieldMode): string[] =>
  value[subject.uid]?.fields?.[mode] ?? attributesFor(subject, mode);

const withFields = (value: Permissions, subject: PermissionSubject, mode: FieldMode, names: ReadonlySet<string>) => {
  const grant = value[subject.uid];
  if (!grant) return value;
  const all = attributesFor(subject, mode);
  const ticked = inOrder(all, names);
  const { [mode]: _replaced, ...others } = grant.fields ?? {};
  const fields = ticked.length === all.length ? others : { ...others, [mode]: ticked };
  const { fields: _fields, ...rest } = grant;
  return withSubject(value, subject.uid, Object.keys(fields).length ? { ...rest, fields } : rest);
};

/** Ticks or unticks one attribute in one mode; only on a subject that holds an action. */
export const setField = (value: Permissions, subject: PermissionSubject, mode: FieldMode, name: string, on: boolean) =>
  withFields(value, subject, mode, toggled(tickedFields(value, subject, mode), name, on));

export const setAllFields = (value: Permissions, subject: PermissionSubject, mode: FieldMode, on: boolean) =>
  withFields(value, subject, mode, new Set(on ? attributesFor(subject, mode) : []));

export const fieldsTick = (value: Permissions, subject: PermissionSubject, mode: FieldMode): Tick =>
  tickOf(tickedFields(value, subject, mode).length, attributesFor(subject, mode).length);

/** The locales ticked for a localized subject: an absent list means all of the app's. */
export const tickedLocales = (value: Permissions, uid: string, allCodes: readonly string[]): string[] =>
  value[uid]?.locales ?? [...allCodes];

/** Ticks or unticks one locale; none ticked stays as `[]`, which the contract refuses and the form says so. */
export const setLocale = (value: Permissions, uid: string, allCodes: readonly string[], code: string, on: boolean) => {
  const grant = value[uid];
  if (!grant) return value;
  const locales = inOrder(allCodes, toggled(tickedLocales(value, uid, allCodes), code, on));
  const { locales: _locales, ...rest } = grant;
  return withSubject(value, uid, locales.length === allCodes.length ? rest : { ...rest, locales });
};
