import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../__tests__/render';
import { HeaderLinks } from '../HeaderLinks';

const settings = {
  documentationUrl: null,
  zapierUrl: null,
  prefix: 'sat_',
  maxLifetimeDays: null,
  expiresSoonDays: 7,
  mcp: { enabled: true, path: '/api/access-tokens/mcp' },
};

describe('HeaderLinks', () => {
  it('opens the configured documentation URL', () => {
    renderWithProviders(
      <HeaderLinks settings={{ ...settings, documentationUrl: 'https://docs.example.com' }} hasDocumentationPlugin />
    );
    expect(screen.getByRole('link', { name: /Documentation/ })).toHaveAttribute('href', 'https://docs.example.com');
  });

  it('falls back to the documentation plugin’s page when that plugin is installed', () => {
    renderWithProviders(<HeaderLinks settings={settings} hasDocumentationPlugin />);
    expect(screen.getByRole('link', { name: /Documentation/ })).toHaveAttribute('href', '/plugins/documentation');
  });

  it('falls back to the plugin’s README without a URL or the plugin, and shows Zapier when configured', () => {
    renderWithProviders(
      <HeaderLinks settings={{ ...settings, zapierUrl: 'https://zapier.com/apps/x' }} hasDocumentationPlugin={false} />
    );
    expect(screen.getByRole('link', { name: /Documentation/ })).toHaveAttribute(
      'href',
      '/settings/access-tokens/readme'
    );
    expect(screen.getByRole('link', { name: /Zapier/ })).toHaveAttribute('href', 'https://zapier.com/apps/x');
  });

  it('opens the plugin’s Zapier guide inside the admin when no Zapier URL is configured', () => {
    renderWithProviders(<HeaderLinks settings={settings} hasDocumentationPlugin={false} />);
    expect(screen.getByRole('link', { name: /Zapier/ })).toHaveAttribute('href', '/settings/access-tokens/zapier');
  });
});
