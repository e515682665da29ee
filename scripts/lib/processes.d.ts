/** Types of the part of processes.js that TypeScript code (the bench) uses. */
export declare const freePort: () => Promise<number>;
