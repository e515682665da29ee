import adminInfo from './admin-info';
import me from './me';
import tokens from './tokens';

export default {
  'admin-info': adminInfo,
  me,
  tokens,
};
