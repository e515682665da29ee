import { VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useT } from '../ui/useT';
import { USAGE_SERIES } from './usageSeries';

import type { TokenUsageDay } from '../../../shared/contracts/usage';

/** The chart's numbers as a table, for screen readers: the days with any use, newest first. */
export const UsageTable = ({ days }: { days: TokenUsageDay[] }) => {
  const t = useT();
  const { formatDate, formatNumber } = useIntl();
  const used = days.filter((day) => USAGE_SERIES.some((series) => series.count(day) > 0)).reverse();

  return (
    <VisuallyHidden>
      <table>
        <caption>{t('tokens.usage.table', 'Use per day (UTC), days without use left out')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.usage.day', 'Day')}</th>
            {USAGE_SERIES.map((series) => (
              <th key={series.key} scope="col">
                {t(`tokens.usage.series.${series.key}`, series.defaultMessage)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {used.map((day) => (
            <tr key={day.date}>
              <th scope="row">{formatDate(`${day.date}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}</th>
              {USAGE_SERIES.map((series) => (
                <td key={series.key}>{formatNumber(series.count(day))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
};
