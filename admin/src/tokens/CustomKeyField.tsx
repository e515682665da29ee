import { Box, Checkbox, Field, Flex, IconButton, TextInput } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';

import {
  CUSTOM_TOKEN_MAX_LENGTH,
  CUSTOM_TOKEN_MIN_BITS,
  CUSTOM_TOKEN_MIN_LENGTH,
  estimateEntropyBits,
} from '../../../shared/token-rules';
import { generateAccessKey } from '../utils/generateAccessKey';
import { useT } from '../ui/useT';

interface CustomKeyFieldProps {
  enabled: boolean;
  value: string;
  error?: string;
  onEnabledChange: (enabled: boolean) => void;
  onValueChange: (value: string) => void;
}

/**
 * On create only: type a token value an integration already holds, or generate one in the browser. The hint shows
 * the estimate of shared/token-rules.ts that the server applies.
 */
export const CustomKeyField = ({ enabled, value, error, onEnabledChange, onValueChange }: CustomKeyFieldProps) => {
  const t = useT();
  const bits = value.length <= CUSTOM_TOKEN_MAX_LENGTH ? estimateEntropyBits(value) : 0;

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
              "At least {minLength} characters carrying {minBits} bits of randomness by the server's estimate; " +
                'this value: {bits} bits. Leave unchecked to let the server generate one.',
              { minLength: CUSTOM_TOKEN_MIN_LENGTH, minBits: CUSTOM_TOKEN_MIN_BITS, bits }
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
