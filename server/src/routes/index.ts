import admin from './admin';
import contentApi from './content-api';
import mcp from './mcp';

export default {
  admin,
  'content-api': contentApi,
  mcp,
};
