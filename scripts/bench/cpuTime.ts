import fs from 'node:fs';

/** One process as /proc/<pid>/stat gives it: its parent, and the CPU time it has used (user + system, clock ticks). */
export interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

/** Reads a /proc/<pid>/stat line (the command name may hold spaces and parentheses), or null when it is not one. */
export function parseProcStat(line: string): ProcStat | null {
  const close = line.lastIndexOf(')');
  const pid = Number.parseInt(line, 10);
  if (close < 0 || !Number.isInteger(pid)) return null;
  // After "pid (comm) ": state, ppid, ... utime is the 14th field of the line and stime the 15th.
  const rest = line.slice(close + 2).split(' ');
  const ppid = Number(rest[1]);
  const ticks = Number(rest[11]) + Number(rest[12]);
  return Number.isFinite(ppid) && Number.isFinite(ticks) ? { pid, ppid, ticks } : null;
}

/** Sum of the ticks of every process below `root` in the process tree (not `root` itself). */
export function descendantTicks(procs: readonly ProcStat[], root: number): number {
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  let total = 0;
  for (const p of procs) {
    let up = p.ppid;
    // A parent chain ends at init (1), at a process that is gone (0), or at root.
    for (let hops = 0; up > 1 && up !== root && hops < 64; hops++) up = byPid.get(up)?.ppid ?? 0;
    if (up === root && p.pid !== root) total += p.ticks;
  }
  return total;
}

/** Linux's clock ticks per second for /proc CPU times (USER_HZ, 100 on every common build). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used so far by the processes this one started (the browser's processes), from /proc; null
 * where there is no /proc. Only processes still running count, so take it while the browser is open.
 */
export function childCpuSeconds(root = process.pid): number | null {
  let names: string[];
  try {
    names = fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return null;
  }
  const procs: ProcStat[] = [];
  for (const name of names) {
    try {
      const stat = parseProcStat(fs.readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) procs.push(stat);
    } catch {
      // The process ended while we looked.
    }
  }
  return descendantTicks(procs, root) / TICKS_PER_SECOND;
}

/** CPU seconds this process has used (the bench's static server and its driver of the browser). */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
