import { CONTENT_TYPE_ACTIONS, type ContentTypeAction } from '../../../../shared/contracts/permissions';
import { useT } from '../../ui/useT';

const LABELS: Record<ContentTypeAction, string> = {
  find: 'Find',
  findOne: 'Find one',
  create: 'Create',
  update: 'Update',
  delete: 'Delete',
};

const isContentTypeAction = (action: string): action is ContentTypeAction =>
  (CONTENT_TYPE_ACTIONS as readonly string[]).includes(action);

/** A content type's action in words ("Find one"); a plugin's as its routes name it (`content-api.upload`). */
export const useActionLabel = () => {
  const t = useT();
  return (action: string) =>
    isContentTypeAction(action) ? t(`tokens.permissions.action.${action}`, LABELS[action]) : action;
};
