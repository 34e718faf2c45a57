import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint';

afterEach(() => vi.unstubAllGlobals());

describe('afterPaint', () => {
  it('runs the task in a task after the next frame, not in the frame itself', async () => {
    const order: string[] = [];
    afterPaint(() => order.push('task'));
    requestAnimationFrame(() => order.push('frame'));
    expect(order).toEqual([]);
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    expect(order).toEqual(['frame', 'task']);
  });

  it('never runs a cancelled task', async () => {
    const task = vi.fn();
    afterPaint(task)();
    await new Promise((r) => setTimeout(r, 50));
    expect(task).not.toHaveBeenCalled();
  });

  it('runs in the next task where there are no frames', async () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const task = vi.fn();
    afterPaint(task);
    expect(task).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(task).toHaveBeenCalledTimes(1);
  });
});
