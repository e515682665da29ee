import audit from './audit';
import keys from './keys';
import notifier from './notifier';
import provisioning from './provisioning';
import scopes from './scopes';
import tokens from './tokens';

export default {
  audit,
  keys,
  notifier,
  provisioning,
  scopes,
  tokens,
};
