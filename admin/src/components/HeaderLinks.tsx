import { Flex, LinkButton } from '@strapi/design-system';
import { Book, ExternalLink } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { getTranslation } from '../utils/getTranslation';

import type { PluginSettings } from '../api/settings';

/** The Strapi documentation plugin's page, inside the admin (the router adds the admin's base path). */
export const DOCUMENTATION_PLUGIN_PATH = '/plugins/documentation';

interface HeaderLinksProps {
  settings?: PluginSettings;
  /** From `useHasDocumentationPlugin`. */
  hasDocumentationPlugin: boolean;
}

/**
 * Documentation and Zapier buttons. Documentation opens `documentationUrl` when configured, else the documentation
 * plugin's page when that plugin is installed, else is hidden; Zapier shows only when `zapierUrl` is configured.
 */
export const HeaderLinks = ({ settings, hasDocumentationPlugin }: HeaderLinksProps) => {
  const { formatMessage } = useIntl();
  const documentationLabel = formatMessage({
    id: getTranslation('tokens.header.documentation'),
    defaultMessage: 'Documentation',
  });

  if (!settings) return null;
  const documentation = settings.documentationUrl ? (
    <LinkButton variant="tertiary" startIcon={<Book />} href={settings.documentationUrl} isExternal>
      {documentationLabel}
    </LinkButton>
  ) : hasDocumentationPlugin ? (
    <LinkButton variant="tertiary" startIcon={<Book />} tag={NavLink} to={DOCUMENTATION_PLUGIN_PATH}>
      {documentationLabel}
    </LinkButton>
  ) : null;

  if (!documentation && !settings.zapierUrl) return null;

  return (
    <Flex gap={2}>
      {documentation}
      {settings.zapierUrl && (
        <LinkButton variant="tertiary" startIcon={<ExternalLink />} href={settings.zapierUrl} isExternal>
          {formatMessage({ id: getTranslation('tokens.header.zapier'), defaultMessage: 'Zapier' })}
        </LinkButton>
      )}
    </Flex>
  );
};
