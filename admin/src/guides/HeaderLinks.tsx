import { Flex, LinkButton } from '@strapi/design-system';
import { Book, ExternalLink, Lightning } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { useT } from '../ui/useT';

import type { PluginSettings } from '../../../shared/contracts/settings';

/** The Strapi documentation plugin's page, inside the admin (the router adds the admin's base path). */
export const DOCUMENTATION_PLUGIN_PATH = '/plugins/documentation';
/** The plugin's README, shown inside the admin when there is nothing better. */
export const README_PATH = '/settings/access-tokens/readme';
/** The plugin's Zapier guide (docs/zapier.md), shown inside the admin when no `zapierUrl` is configured. */
export const ZAPIER_GUIDE_PATH = '/settings/access-tokens/zapier';

interface HeaderLinksProps {
  settings?: PluginSettings;
  /** From `useHasDocumentationPlugin`. */
  hasDocumentationPlugin: boolean;
}

/**
 * Documentation and Zapier buttons. Documentation opens `documentationUrl` when configured, else the documentation
 * plugin's page when that plugin is installed, else the plugin's README; Zapier opens `zapierUrl` when configured,
 * else the plugin's Zapier guide.
 */
export const HeaderLinks = ({ settings, hasDocumentationPlugin }: HeaderLinksProps) => {
  const t = useT();
  const documentationLabel = t('tokens.header.documentation', 'Documentation');
  const zapierLabel = t('tokens.header.zapier', 'Zapier');

  if (!settings) return null;
  const documentation = settings.documentationUrl ? (
    <LinkButton variant="tertiary" startIcon={<Book />} href={settings.documentationUrl} isExternal>
      {documentationLabel}
    </LinkButton>
  ) : (
    <LinkButton
      variant="tertiary"
      startIcon={<Book />}
      tag={NavLink}
      to={hasDocumentationPlugin ? DOCUMENTATION_PLUGIN_PATH : README_PATH}
    >
      {documentationLabel}
    </LinkButton>
  );

  return (
    <Flex gap={2}>
      {documentation}
      {settings.zapierUrl ? (
        <LinkButton variant="tertiary" startIcon={<ExternalLink />} href={settings.zapierUrl} isExternal>
          {zapierLabel}
        </LinkButton>
      ) : (
        <LinkButton variant="tertiary" startIcon={<Lightning />} tag={NavLink} to={ZAPIER_GUIDE_PATH}>
          {zapierLabel}
        </LinkButton>
      )}
    </Flex>
  );
};
