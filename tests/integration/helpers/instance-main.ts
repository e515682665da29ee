/**
 * One Strapi instance in its own process, for the multi-instance tests: boots tests/app on the database
 * named by the environment and prints `READY <url>`. Run with `node -r esbuild-register`.
 */
import { bootStrapi } from './app';

bootStrapi({})
  .then(({ strapi, url }) => {
    process.stdout.write(`READY ${url}\n`);
    const stop = () => strapi.destroy().finally(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  })
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
