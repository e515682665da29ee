import adminInfo from './admin-info';
import hookAdmin from './hook-admin';
import hooks from './hooks';
import leaks from './leaks';
import me from './me';
import tokenUsage from './token-usage';
import tokens from './tokens';

export default {
  'admin-info': adminInfo,
  'hook-admin': hookAdmin,
  hooks,
  leaks,
  me,
  tokens,
  'token-usage': tokenUsage,
};
