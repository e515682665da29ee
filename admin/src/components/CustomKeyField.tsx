import { Box, Checkbox, Field, Flex, IconButton, TextInput } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { generateAccessKey } from '../utils/generateAccessKey';
import { getTranslation } from '../utils/getTranslation';

interface CustomKeyFieldProps {
  enabled: boolean;
  value: string;
  error?: string;
  onEnabledChange: (enabled: boolean) => void;
  onValueChange: (value: string) => void;
}

/** On create only: type a token value an integration already holds, or generate one in the browser. */
export const CustomKeyField = ({ enabled, value, error, onEnabledChange, onValueChange }: CustomKeyFieldProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });

  return (
    <Box paddingTop={5}>
      <Checkbox
        checked={enabled}
        onCheckedChange={(checked) => {
          onEnabledChange(checked === true);
          if (checked === true && !value) onValueChange(generateAccessKey());
        }}
      >
        {t('tokens.form.customKey.toggle', 'Enter my own token value')}
      </Checkbox>
      {enabled && (
        <Box paddingTop={3}>
          <Field.Root
            name="accessKey"
            error={error}
            hint={t(
              'tokens.form.customKey.hint',
              'At least 40 random characters. Leave unchecked to let the server generate one.'
            )}
          >
            <Field.Label>{t('tokens.form.customKey', 'Token value')}</Field.Label>
            <Flex gap={2}>
              <Box flex={1}>
                <TextInput
                  value={value}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => onValueChange(e.target.value)}
                />
              </Box>
              <IconButton
                label={t('tokens.form.customKey.generate', 'Generate again')}
                onClick={() => onValueChange(generateAccessKey())}
              >
                <ArrowClockwise />
              </IconButton>
            </Flex>
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Box>
      )}
    </Box>
  );
};
