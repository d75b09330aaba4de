/**
 * What Linux says of a process in /proc (the pool's memory watch, the bench's measures). Zero or
 * empty where /proc is missing (another OS) or the process is gone.
 */
import { readFileSync } from 'node:fs';

/** A `kB` field of /proc/PID/status (VmRSS: resident now, VmHWM: the peak), in bytes. */
export function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Linux's USER_HZ: /proc/PID/stat counts CPU time in hundredths of a second. */
const CLOCK_TICKS = 100;

/** CPU seconds of a process and of its children it has waited for (utime + stime + cutime + cstime). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number);
    return fields.reduce((sum, ticks) => sum + ticks, 0) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** The processes a process started (its main thread's children). */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
