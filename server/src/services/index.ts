import audit from './audit';
import authenticator from './authenticator';
import keys from './keys';
import notifier from './notifier';
import provisioning from './provisioning';
import scopes from './scopes';
import tokens from './tokens';

export default {
  audit,
  authenticator,
  keys,
  notifier,
  provisioning,
  scopes,
  tokens,
};
