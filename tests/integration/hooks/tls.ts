import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { createServer } from 'node:tls';

export interface KeyPair {
  key: string;
  cert: string;
}

/** A throwaway certificate authority (the openssl CLI), for TLS tests: `issue(name)` signs a certificate for a name. */
export const createCertificateAuthority = () => {
  const dir = mkdtempSync(join(tmpdir(), 'access-tokens-tls-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

  openssl('req', '-x509', ...newKey, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=Test CA');
  let issued = 0;

  return {
    ca: read('ca.crt'),
    issue(name: string): KeyPair {
      const file = `leaf-${(issued += 1)}`;
      writeFileSync(join(dir, `${file}.ext`), `subjectAltName=DNS:${name}\n`);
      openssl('req', ...newKey, '-keyout', `${file}.key`, '-out', `${file}.csr`, '-subj', `/CN=${name}`);
      openssl(
        'x509',
        ...['-req', '-in', `${file}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial'],
        ...['-out', `${file}.crt`, '-days', '2', '-extfile', `${file}.ext`]
      );
      return { key: read(`${file}.key`), cert: read(`${file}.crt`) };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
};

export type CertificateAuthority = ReturnType<typeof createCertificateAuthority>;

/** A TLS server on 127.0.0.1 that records the SNI names it was sent and the connections it got, and answers nothing. */
export const startTlsHost = async (pair: KeyPair) => {
  const recorded = { servernames: [] as string[], connections: 0 };
  const server = createServer({
    ...pair,
    SNICallback: (name, done) => {
      recorded.servernames.push(name);
      done(null, undefined);
    },
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    recorded.connections += 1;
    sockets.add(socket);
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    recorded,
    close: () =>
      new Promise<void>((done) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => done());
      }),
  };
};
