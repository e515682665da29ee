import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../__tests__/render';
import { TokenFormModal, type TokenFormModalProps } from '../TokenFormModal';
import { SUBJECTS } from '../permissions/__tests__/subjectsFixture';

const NOW = new Date('2030-01-01T00:00:00.000Z');

/**
 * The form for a new token (or `props.token`) on 1 January 2030, with one content-type scope, the permission
 * subjects of subjectsFixture and mocked callbacks.
 */
export const setup = (props: Partial<TokenFormModalProps> = {}) => {
  const onSubmit = jest.fn().mockResolvedValue(undefined);
  const onError = jest.fn();
  const onClose = jest.fn();
  const utils = renderWithProviders(
    <TokenFormModal
      scopes={[{ uid: 'api::article.article', kind: 'content-type', displayName: 'Article' }]}
      permissionSubjects={{ data: SUBJECTS, isLoading: false, isError: false, refetch: jest.fn() }}
      onSubmit={onSubmit}
      onError={onError}
      onClose={onClose}
      now={() => NOW}
      {...props}
    />
  );
  return { ...utils, onSubmit, onError, onClose };
};

export const saveButton = () => screen.getByRole('button', { name: 'Save' });
