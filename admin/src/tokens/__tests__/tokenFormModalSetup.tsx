import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../__tests__/render';
import { TokenFormModal, type TokenFormModalProps } from '../TokenFormModal';

const NOW = new Date('2030-01-01T00:00:00.000Z');

/** The form for a new token (or `props.token`) on 1 January 2030, with one content-type scope and mocked callbacks. */
export const setup = (props: Partial<TokenFormModalProps> = {}) => {
  const onSubmit = jest.fn().mockResolvedValue(undefined);
  const onError = jest.fn();
  const onClose = jest.fn();
  const utils = renderWithProviders(
    <TokenFormModal
      scopes={[{ uid: 'api::article.article', kind: 'content-type', displayName: 'Article' }]}
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
