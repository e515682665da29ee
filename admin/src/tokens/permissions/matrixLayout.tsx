/**
 * The look of Strapi's role editor (Settings → Roles → a role's permissions), scaled to fit the token form's
 * modal: a label column, then one column per action; rows stripe, and the hovered or open row turns primary.
 */
import { Box, Flex } from '@strapi/design-system';
import { styled } from 'styled-components';

export const LABEL_WIDTH = '24rem';
export const CELL_WIDTH = '10rem';
export const ROW_HEIGHT = '5.3rem';

/** Scrolls sideways rather than squeezing the columns when the window is narrow. */
export const MatrixScroll = styled(Box)`
  overflow-x: auto;
`;

/** One action's cell: a checkbox in the middle. */
export const Cell = styled(Flex)`
  width: ${CELL_WIDTH};
  flex-shrink: 0;
  justify-content: center;
  align-items: center;
`;

/** The place of an action the subject does not offer (a single type's findOne), so the columns stay aligned. */
export const EmptyCell = styled.div`
  width: ${CELL_WIDTH};
  flex-shrink: 0;
`;

/** A subject's row, striped like the role editor's; primary while hovered, focused within or open. */
export const RowBox = styled(Flex)<{ $active: boolean; $striped: boolean }>`
  min-height: ${ROW_HEIGHT};
  align-items: center;
  border: 1px solid transparent;
  background: ${({ theme, $striped }) => ($striped ? theme.colors.neutral100 : theme.colors.neutral0)};
  ${({ theme, $active }) =>
    $active &&
    `background: ${theme.colors.primary100}; border-color: ${theme.colors.primary600}; color: ${theme.colors.primary600};`}
  &:hover,
  &:focus-within {
    background: ${({ theme }) => theme.colors.primary100};
  }
`;

/** The label column of a row: its select-all checkbox, then its name (a button that opens the row). */
export const LabelCell = styled(Flex)`
  width: ${LABEL_WIDTH};
  flex-shrink: 0;
  align-items: center;
  gap: ${({ theme }) => theme.spaces[2]};
  padding-left: ${({ theme }) => theme.spaces[6]};
  padding-right: ${({ theme }) => theme.spaces[2]};
  overflow: hidden;
`;

/** The name that opens and closes a row: a bare button, so it is reachable with the keyboard. */
export const RowToggle = styled.button`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.spaces[2]};
  min-width: 0;
  border: none;
  background: none;
  padding: 0;
  cursor: pointer;
  color: inherit;
  text-align: left;

  svg {
    width: 1.2rem;
    flex-shrink: 0;
  }
`;

const DETAILS_BORDER = '1px';
const DETAILS_PADDING = '1.6rem';

/**
 * The label column inside an open row: narrower by the frame's border and padding, so that the row's own columns
 * (Read, Write) fall exactly under the matrix's first ones rather than a few pixels beside them.
 */
export const DETAILS_LABEL_WIDTH = `calc(${LABEL_WIDTH} - ${DETAILS_PADDING} - ${DETAILS_BORDER})`;

/** What a row shows when open (field rules, locales, a plugin's actions): framed in the row's colour. */
export const RowDetails = styled(Box)`
  border: ${DETAILS_BORDER} solid ${({ theme }) => theme.colors.primary600};
  border-top: none;
  padding: ${DETAILS_PADDING};
  background: ${({ theme }) => theme.colors.neutral0};
`;
