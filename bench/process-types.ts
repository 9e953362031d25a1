// CPU time of one Chromium's processes by process type and by thread, from /proc (Linux): where the
// CPU that all of the browser's processes add goes (issue 22). The type is Chromium's --type= switch
// of each process (none: the browser process), renderers split into the extension's
// (--extension-process: its worker and pages) and the others (the web page's), utility processes by
// their --utility-sub-type (network.mojom.NetworkService -> "utility (network)"). Threads are grouped
// by name within a type, a trailing number dropped (ThreadPoolForegroundWorker 1, 2, ... as one;
// /proc shows the first 15 characters of a name).
// Elsewhere than Linux: null.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) so far, per process and per thread of it. */
export interface ProcessReading {
  pid: string;
  type: string;
  seconds: number;
  /** Thread id -> its name (as /proc/<pid>/task/<tid>/comm, trailing digits dropped) and CPU seconds. */
  threads: Map<string, { name: string; seconds: number }>;
}

export function processType(cmdline: string): string {
  const type = / --type=(\S+)/.exec(cmdline)?.[1];
  if (type === undefined) return 'browser';
  if (type === 'renderer') return cmdline.includes(' --extension-process') ? 'renderer (extension)' : 'renderer (page)';
  if (type === 'utility') {
    const sub = / --utility-sub-type=(\S+)/.exec(cmdline)?.[1] ?? '';
    const short = sub.split('.')[0] || sub || 'other';
    return `utility (${short})`;
  }
  return type;
}

/** The CPU seconds in a /proc stat line: utime (field 14) + stime (field 15). */
function statSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

export const threadGroup = (comm: string) => comm.trim().replace(/[\s_-]*\d+$/, '') || comm.trim();

export function readProcesses(profileDir: string): ProcessReading[] | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const readings: ProcessReading[] = [];
  for (const pid of entries) {
    try {
      // Chromium rewrites its child processes' titles: their cmdline is one space-joined string.
      const cmdline = ` ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')} `;
      if (!cmdline.includes(` --user-data-dir=${profileDir} `)) continue;
      const seconds = statSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      const threads = new Map<string, { name: string; seconds: number }>();
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        try {
          // The main thread's comm is the program's name ("chromium"): called "main" here.
          const name = tid === pid ? 'main' : threadGroup(readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8'));
          threads.set(tid, { name, seconds: statSeconds(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')) });
        } catch {
          // The thread ended meanwhile.
        }
      }
      readings.push({ pid, type: processType(cmdline), seconds, threads });
    } catch {
      // The process ended meanwhile.
    }
  }
  return readings;
}

/** CPU seconds spent between two readings, per process type and per "type / thread". */
export interface CpuByType {
  types: Map<string, number>;
  threads: Map<string, number>;
}

/**
 * Per process and per thread, after minus before (one that started in between counts from zero; one
 * that ended is lost, as it is for the whole-browser figure). A thread's CPU stays in its process's
 * after it ends, so a type's threads may sum to a little less than the type.
 */
export function spentBetween(before: readonly ProcessReading[], after: readonly ProcessReading[]): CpuByType {
  const earlier = new Map(before.map((r) => [r.pid, r]));
  const types = new Map<string, number>();
  const threads = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, seconds: number) => map.set(key, (map.get(key) ?? 0) + seconds);
  for (const now of after) {
    const then = earlier.get(now.pid);
    add(types, now.type, now.seconds - (then?.seconds ?? 0));
    for (const [tid, thread] of now.threads) add(threads, `${now.type} / ${thread.name}`, thread.seconds - (then?.threads.get(tid)?.seconds ?? 0));
  }
  return { types, threads };
}
