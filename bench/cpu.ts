/**
 * The server's CPU time, read from /proc/<pid>/stat around a measurement: on a shared machine it varies less than
 * requests per second, which count the waits for the CPU as well.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Units of the times in /proc/<pid>/stat (`getconf CLK_TCK`; 100 on Linux). */
const clockTicks = () => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
};
const TICKS_PER_SECOND = clockTicks();

/** User plus system CPU time the process has used so far, in ms; null where there is no /proc (not Linux). */
export const cpuTimeMs = (pid: number): number | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; after it, field 3 (state) comes first, so
    // utime (field 14) and stime (field 15) are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
};
