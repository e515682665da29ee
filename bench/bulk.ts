import { randomBytes } from 'node:crypto';

import Database from 'better-sqlite3';

import { hashToken } from '../server/src/lib/token-hash';
import { DEFAULT_PREFIX, generateToken, maskToken } from '../server/src/lib/token-format';

type Row = Record<string, unknown>;

const documentId = () => randomBytes(12).toString('hex').slice(0, 24);

/** Copies `template` without its id, with `changes`, as an INSERT into `table`. */
const inserter = (db: Database.Database, table: string, template: Row) => {
  const columns = Object.keys(template).filter((column) => column !== 'id');
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`
  );
  return (changes: Row) => statement.run({ ...template, ...changes });
};

/**
 * Adds `count` read-only tokens, straight into the token table, hashed as the plugin hashes them (HMAC-SHA-256
 * under the plugin secret). Returns up to `keep` of their values, for the cache-miss micro-benchmark.
 */
export const insertTokens = (file: string, secret: string, count: number, keep: number): string[] => {
  const db = new Database(file);
  try {
    const template = db.prepare('SELECT * FROM access_tokens_tokens ORDER BY id LIMIT 1').get() as Row | undefined;
    if (!template) throw new Error('No token to copy');
    const insert = inserter(db, 'access_tokens_tokens', template);
    const now = Date.now();
    const kept: string[] = [];
    db.transaction(() => {
      for (let i = 1; i <= count; i += 1) {
        const value = generateToken(DEFAULT_PREFIX);
        const masked = maskToken(value, DEFAULT_PREFIX);
        if (kept.length < keep) kept.push(value);
        insert({
          document_id: documentId(),
          name: `bulk ${i}`,
          name_key: `bulk ${i}`,
          key_hash: hashToken(secret, value),
          key_prefix: masked.prefix,
          key_last_four: masked.lastFour,
          previous_key_hash: null,
          previous_key_expires_at: null,
          last_used_at: null,
          created_at: now,
          updated_at: now,
        });
      }
    })();
    return kept;
  } finally {
    db.close();
  }
};

/**
 * Queues `count` copies of a delivered hook delivery again (new ids), as if that many events were waiting, and sets
 * the file's journal mode (persistent in the file): SQLite's default `delete`, or `wal`. `spread`: all to the
 * template's subscription, or in turn to every enabled subscription (each has its fair share of the worker).
 */
export const queueDeliveries = (file: string, count: number, journal: 'delete' | 'wal', spread: 'one' | 'all') => {
  const db = new Database(file);
  try {
    db.pragma(`journal_mode = ${journal}`);
    const template = db.prepare('SELECT * FROM access_tokens_hook_deliveries ORDER BY id DESC LIMIT 1').get() as
      | Row
      | undefined;
    if (!template) throw new Error('No delivery to copy');
    const subscriptionIds =
      spread === 'one'
        ? [template.subscription_id]
        : (
            db
              .prepare('SELECT id FROM access_tokens_hook_subscriptions WHERE disabled_at IS NULL ORDER BY id')
              .all() as Row[]
          ).map((row) => row.id);
    const insert = inserter(db, 'access_tokens_hook_deliveries', template);
    const now = Date.now();
    db.transaction(() => {
      for (let i = 0; i < count; i += 1) {
        insert({
          subscription_id: subscriptionIds[i % subscriptionIds.length],
          document_id: documentId(),
          webhook_id: `msg_bench${i}_${randomBytes(8).toString('hex')}`,
          status: 'pending',
          attempts: 0,
          attempt_log: '[]',
          next_attempt_at: now,
          locked_until: null,
          locked_by: null,
          last_status_code: null,
          last_error: null,
          delivered_at: null,
          created_at: now,
          updated_at: now,
        });
      }
    })();
    return subscriptionIds.length;
  } finally {
    db.close();
  }
};
