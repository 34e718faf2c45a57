import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageSettles } from './afterPageSettles';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  root.remove();
  vi.useRealTimers();
});
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('afterPageSettles', () => {
  it('runs at once (after the current task) when nothing is busy', async () => {
    const task = vi.fn();
    afterPageSettles(task, 5000, root);
    expect(task).not.toHaveBeenCalled();
    await flush();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('sees a view that turns busy later in the same task', async () => {
    const task = vi.fn();
    afterPageSettles(task, 5000, root);
    root.innerHTML = '<section aria-busy="true"></section>';
    await flush();
    expect(task).not.toHaveBeenCalled();
    root.querySelector('section')!.setAttribute('aria-busy', 'false');
    await flush();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits while something is busy, and runs once it is not', async () => {
    root.innerHTML = '<section aria-busy="true"></section>';
    const task = vi.fn();
    afterPageSettles(task, 5000, root);
    await flush();
    expect(task).not.toHaveBeenCalled();
    root.querySelector('section')!.removeAttribute('aria-busy');
    await flush();
    expect(task).toHaveBeenCalledTimes(1);
    root.innerHTML = '<p aria-busy="true"></p>'; // busy again later: the task has run, it stays run
    await flush();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs after the longest wait even if the page stays busy, and never when cancelled', () => {
    vi.useFakeTimers();
    root.innerHTML = '<section aria-busy="true"></section>';
    const task = vi.fn();
    const cancelled = vi.fn();
    afterPageSettles(task, 3000, root);
    afterPageSettles(cancelled, 3000, root)();
    vi.advanceTimersByTime(2999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
