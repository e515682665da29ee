import auditEntry from './audit-entry';
import token from './token';

export default {
  token,
  'audit-entry': auditEntry,
};
