import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import { hookServices } from './hooks';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  controllers,
  policies,
  routes,
  // The hook feature builds its services together (hooks/index.ts).
  services: { ...services, ...hookServices },
};
