import { styled } from 'styled-components';

/** Token values and masks, in a monospace font. */
export const Mono = styled.code`
  font-family: 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
  font-size: ${({ theme }) => theme.fontSizes[2]};
  color: ${({ theme }) => theme.colors.neutral800};
  word-break: break-all;
`;
