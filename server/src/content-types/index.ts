import auditEntry from './audit-entry';
import hookDelivery from './hook-delivery';
import hookSubscription from './hook-subscription';
import token from './token';
import tokenUsage from './token-usage';

export default {
  token,
  'audit-entry': auditEntry,
  'hook-subscription': hookSubscription,
  'hook-delivery': hookDelivery,
  'token-usage': tokenUsage,
};
