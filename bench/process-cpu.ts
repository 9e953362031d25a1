// CPU time of one Chromium's processes from /proc (Linux): the whole browser (every process started
// with its --user-data-dir) and its extension process (--extension-process: the service worker runs
// there). The CDP page metrics see only the page's main thread; this also counts the worker and the
// browser process relaying the port's messages. Elsewhere than Linux: null.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ProcessCpu {
  /** CPU seconds (user + system) of every process of this browser so far. */
  browser: number;
  /** CPU seconds of its extension process(es). */
  extension: number;
}

export function processCpu(profileDir: string): ProcessCpu | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const result: ProcessCpu = { browser: 0, extension: 0 };
  for (const pid of entries) {
    try {
      // Chromium rewrites its child processes' titles: their cmdline is one space-joined string.
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (!` ${cmdline} `.includes(` --user-data-dir=${profileDir} `)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name "(...)": state is field 3, utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
      result.browser += seconds;
      if (cmdline.includes(' --extension-process')) result.extension += seconds;
    } catch {
      // The process ended meanwhile.
    }
  }
  return result;
}
