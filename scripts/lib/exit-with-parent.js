/**
 * Preloaded (`node -r`) into every Strapi that start-strapi.js starts: when the parent goes away, even killed with
 * SIGKILL, the child's stdin closes, and the child stops as on SIGTERM (Strapi's own handler destroys it, then exits).
 * So a test run or a script that dies leaves no Strapi behind.
 */
const stop = () => process.kill(process.pid, 'SIGTERM');

process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
// Listening must not keep a process alive that would otherwise exit.
process.stdin.unref();
