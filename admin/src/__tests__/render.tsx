/** Test wrapper: the providers the plugin's components expect, without the Strapi admin app. */
import * as React from 'react';
import { DesignSystemProvider } from '@strapi/design-system';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';

interface Options extends Omit<RenderOptions, 'wrapper'> {
  initialEntries?: string[];
}

export const renderWithProviders = (ui: React.ReactElement, { initialEntries = ['/'], ...options }: Options = {}) => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Wrapper = ({ children }: { children: React.ReactNode }) => (
    <MemoryRouter initialEntries={initialEntries} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <QueryClientProvider client={queryClient}>
        <IntlProvider locale="en" messages={{}} onError={() => {}}>
          <DesignSystemProvider locale="en">{children}</DesignSystemProvider>
        </IntlProvider>
      </QueryClientProvider>
    </MemoryRouter>
  );
  return { user: userEvent.setup(), ...render(ui, { wrapper: Wrapper, ...options }) };
};

type User = ReturnType<typeof userEvent.setup>;

/** Opens the select labelled `name` and answers the texts of its options, in order. */
export const optionTexts = async (user: User, name: string) => {
  await user.click(screen.getByRole('combobox', { name }));
  return (await screen.findAllByRole('option')).map((option) => option.textContent);
};

/** Asserts that an element (a table row) shows each of these texts. */
export const expectTexts = (element: HTMLElement, texts: string[]) =>
  texts.forEach((text) => expect(within(element).getByText(text)).toBeInTheDocument());

/** A confirmation dialog's Cancel closes it and confirms nothing. */
export const expectCancelConfirmsNothing = async ({
  user,
  onConfirm,
  onClose,
}: {
  user: User;
  onConfirm: jest.Mock;
  onClose: jest.Mock;
}) => {
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(onClose).toHaveBeenCalled();
  expect(onConfirm).not.toHaveBeenCalled();
};
