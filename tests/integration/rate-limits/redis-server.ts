import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

import { waitFor } from '../helpers/wait';

/** A loopback port nothing listens on (free a moment ago). */
export const closedPort = async () => {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
};

const answersPing = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(200, () => socket.destroy());
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });

export interface RedisServer {
  url: string;
  process: ChildProcess;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

/** A private redis-server on `port`, without persistence, that a test may kill, pause and restart. */
export const startRedisServer = async (port: number): Promise<RedisServer> => {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' }
  );
  await waitFor(() => answersPing(port), { timeoutMs: 10_000, intervalMs: 50, what: `redis-server on port ${port}` });
  return {
    url: `redis://127.0.0.1:${port}`,
    process: child,
    kill: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGKILL');
      }),
  };
};
