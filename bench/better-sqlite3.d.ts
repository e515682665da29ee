/** The part of better-sqlite3 the benchmark uses (no @types package is installed). */
declare module 'better-sqlite3' {
  namespace Database {
    interface Statement {
      run(params?: Record<string, unknown>): unknown;
      get(params?: Record<string, unknown>): unknown;
      all(params?: Record<string, unknown>): unknown[];
    }
    interface Database {
      prepare(sql: string): Statement;
      pragma(source: string): unknown;
      transaction<T extends () => void>(fn: T): T;
      close(): void;
    }
  }
  const Database: new (file: string) => Database.Database;
  export = Database;
}
