import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { descendantTicks, parseProcStat, type ProcStat } from './cpuTime';

describe('parseProcStat', () => {
  it('reads the parent and user + system ticks, also when the command name holds spaces and parentheses', () => {
    const line = '4242 (chromium (renderer) x) S 4100 4242 4100 0 -1 4194560 100 0 0 0 250 37 0 0 20 0 12 0 999 1 1';
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4100, ticks: 287 });
  });
  it('refuses what is not a stat line', () => {
    expect(parseProcStat('')).toBeNull();
    expect(parseProcStat('nonsense')).toBeNull();
  });
});

describe('descendantTicks', () => {
  it('sums children and grandchildren of the root, not the root, its parent or strangers', () => {
    const procs: ProcStat[] = [
      { pid: 10, ppid: 1, ticks: 1000 }, // the root's parent
      { pid: 20, ppid: 10, ticks: 500 }, // root
      { pid: 30, ppid: 20, ticks: 7 }, // child
      { pid: 31, ppid: 30, ticks: 11 }, // grandchild
      { pid: 40, ppid: 1, ticks: 900 }, // stranger
      { pid: 41, ppid: 99, ticks: 13 }, // orphan of a gone parent
    ];
    expect(descendantTicks(procs, 20)).toBe(18);
  });
  it('counts each descendant once: the sum over all roots never exceeds the total', () => {
    const tree = fc.array(fc.record({ parent: fc.nat(30), ticks: fc.nat(1000) }), { maxLength: 30 }).map((xs) =>
      // Process i + 2 hangs under an earlier process or init, as a real tree does.
      xs.map((x, i) => ({ pid: i + 2, ppid: x.parent % (i + 2) < 2 ? 1 : x.parent % (i + 2), ticks: x.ticks })),
    );
    fc.assert(
      fc.property(tree, (procs) => {
        const total = procs.reduce((s, p) => s + p.ticks, 0);
        const underInit = descendantTicks(procs, 1);
        expect(underInit).toBe(total);
        for (const p of procs) expect(descendantTicks(procs, p.pid)).toBeLessThanOrEqual(total - p.ticks);
      }),
    );
  });
});
