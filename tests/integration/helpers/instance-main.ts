/**
 * One Strapi instance in its own process, for the multi-instance tests: boots tests/app on the database
 * named by the environment and prints `READY <url>`. Run with `node -r esbuild-register`.
 */
import { bootStrapi } from './app';

bootStrapi({})
  .then(({ url }) => {
    process.stdout.write(`READY ${url}\n`);
    // SIGTERM and SIGINT: Strapi's own handler destroys, then exits. A second handler here ran a second
    // destroy at once, and its exit cut the first one short (plugins' destroy never finished).
  })
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
