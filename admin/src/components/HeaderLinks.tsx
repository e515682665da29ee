import { Flex, LinkButton } from '@strapi/design-system';
import { Book, ExternalLink } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import type { PluginSettings } from '../api/settings';

/** Documentation and Zapier buttons, shown only when their URL is configured. */
export const HeaderLinks = ({ settings }: { settings?: PluginSettings }) => {
  const { formatMessage } = useIntl();
  if (!settings?.documentationUrl && !settings?.zapierUrl) return null;

  return (
    <Flex gap={2}>
      {settings.documentationUrl && (
        <LinkButton variant="tertiary" startIcon={<Book />} href={settings.documentationUrl} isExternal>
          {formatMessage({ id: getTranslation('tokens.header.documentation'), defaultMessage: 'Documentation' })}
        </LinkButton>
      )}
      {settings.zapierUrl && (
        <LinkButton variant="tertiary" startIcon={<ExternalLink />} href={settings.zapierUrl} isExternal>
          {formatMessage({ id: getTranslation('tokens.header.zapier'), defaultMessage: 'Zapier' })}
        </LinkButton>
      )}
    </Flex>
  );
};
