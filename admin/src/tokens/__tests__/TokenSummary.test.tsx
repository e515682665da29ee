import { screen } from '@testing-library/react';

import { makeToken } from '../../__tests__/fixtures';
import { renderWithProviders } from '../../__tests__/render';
import { TokenSummary } from '../TokenSummary';

describe('TokenSummary', () => {
  it('shows the last refusal with its reason, time and address', () => {
    renderWithProviders(
      <TokenSummary
        token={makeToken({
          lastRefusal: { at: '2024-03-04T05:06:07.000Z', reason: 'ip-not-allowed', ip: '198.51.100.9' },
        })}
      />
    );
    expect(screen.getByText('Last refused')).toBeInTheDocument();
    expect(screen.getByText(/^Address not in the IP allowlist on .+, from 198\.51\.100\.9$/)).toBeInTheDocument();
  });

  it('shows no refusal for a token never refused', () => {
    renderWithProviders(<TokenSummary token={makeToken()} />);
    expect(screen.queryByText('Last refused')).not.toBeInTheDocument();
  });
});
