import type { ChildProcess } from 'node:child_process';

export interface StartStrapiOptions {
  /** What follows `node`: a script and its arguments (e.g. `['-r', 'esbuild-register', 'instance-main.ts']`). */
  args: string[];
  cwd: string;
  /** The child's whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** The port it listens on (passed as PORT): ready once /_health answers. Without it, once it prints `READY <url>`. */
  port?: number;
  /** Appends its stdout and stderr there. */
  logFile?: string;
  /** Echoes its output to this terminal. */
  echo?: boolean;
  /** Deadline of the start (default 180 s). */
  timeoutMs?: number;
  /** Its name in errors. */
  label?: string;
}

export interface StrapiProcess {
  url: string;
  pid: number;
  process: ChildProcess;
  /** Resolves with its exit code (1 when a signal ended it). */
  exited: Promise<number>;
  /** SIGTERM to its process group, SIGKILL after `graceMs` (default 30 s); resolves once it is gone. */
  stop(graceMs?: number): Promise<void>;
}

export declare const startStrapi: (options: StartStrapiOptions) => Promise<StrapiProcess>;
