import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import mysql from 'mysql2/promise';
import { Client } from 'pg';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface TestDatabase {
  client: DatabaseClient;
  /** Environment variables that point tests/app's config/database.js at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const selectedClient = (): DatabaseClient => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not "${client}"`);
  }
  return client;
};

const serverEnv = (client: 'postgres' | 'mysql') => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? (client === 'postgres' ? 5432 : 3306)),
  user: process.env.DATABASE_USERNAME ?? (client === 'postgres' ? 'postgres' : 'root'),
  password: process.env.DATABASE_PASSWORD ?? '',
});

/** Runs one statement against the server's maintenance database `test`. */
const runOnServer = async (client: 'postgres' | 'mysql', sql: string) => {
  const { host, port, user, password } = serverEnv(client);
  if (client === 'postgres') {
    const connection = new Client({ host, port, user, password, database: 'test' });
    await connection.connect();
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  } else {
    const connection = await mysql.createConnection({ host, port, user, password, database: 'test' });
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  }
};

/** A fresh, empty database for one test file, on the client chosen by DATABASE_CLIENT. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const client = selectedClient();
  const name = `access_tokens_${randomBytes(6).toString('hex')}`;

  if (client === 'sqlite') {
    const filename = join(tmpdir(), `${name}.db`);
    return {
      client,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      async drop() {
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(filename + suffix, { force: true });
      },
    };
  }

  await runOnServer(client, `CREATE DATABASE ${name}`);
  const { host, port, user, password } = serverEnv(client);
  return {
    client,
    env: {
      DATABASE_CLIENT: client,
      DATABASE_HOST: host,
      DATABASE_PORT: String(port),
      DATABASE_USERNAME: user,
      DATABASE_PASSWORD: password,
      DATABASE_NAME: name,
    },
    drop: () =>
      runOnServer(client, client === 'postgres' ? `DROP DATABASE ${name} WITH (FORCE)` : `DROP DATABASE ${name}`),
  };
};
