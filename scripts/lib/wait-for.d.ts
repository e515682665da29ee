export interface WaitOptions {
  /** The deadline: how long the condition may take on a busy machine, not how long it usually takes. */
  timeoutMs?: number;
  intervalMs?: number;
  /** What was awaited, for the error at the deadline. */
  what?: string;
}

export declare const pause: (ms: number) => Promise<void>;

/** Polls `predicate` until it returns something truthy, and returns that; throws once the deadline passes. */
export declare const waitFor: <T>(
  predicate: () => T | Promise<T>,
  options?: WaitOptions
) => Promise<Exclude<T, false | 0 | '' | null | undefined>>;
