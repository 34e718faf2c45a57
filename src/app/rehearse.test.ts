import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { resetExplorer, useExplorer } from '../store/store';
import { emptyFilters } from '../store/filters';
import { selectVisibleEvents } from '../store/selectors';
import { rehearsalFilters, rehearsalSteps, rehearseFirstChange, runInTasks } from './rehearse';

afterEach(() => {
  vi.useRealTimers();
  resetExplorer();
});

describe('rehearsalFilters', () => {
  it('picks the topic with the median count (ties by id), never one the reader has chosen', () => {
    // brics 3, then sco, taiwan and ukraine with 2 each.
    const dataset = makeDataset();
    expect(rehearsalFilters(dataset, emptyFilters())?.topics).toEqual(['taiwan']);
    expect(rehearsalFilters(dataset, { ...emptyFilters(), topics: ['taiwan'] })?.topics).toEqual(['sco']);
  });

  it('keeps the other filters and is null when no event has a topic', () => {
    const dataset = makeDataset();
    const filters = { ...emptyFilters(), types: ['meeting' as const], query: 'lavrov' };
    expect(rehearsalFilters(dataset, filters)).toMatchObject({ types: ['meeting'], query: 'lavrov', topicMode: 'any' });
    expect(rehearsalFilters(makeDataset({ events: [makeEvent('e1', '2024-01-01')] }), emptyFilters())).toBeNull();
  });
});

describe('rehearsalSteps', () => {
  it('runs every step of a filter change without touching the store', async () => {
    useExplorer.getState().loadDataset(makeDataset());
    const before = useExplorer.getState();
    const visible = selectVisibleEvents(before);
    const steps = rehearsalSteps(before, rehearsalFilters(before.dataset!, before.filters)!, 800);
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) step();
    await Promise.resolve();
    const after = useExplorer.getState();
    expect(after).toEqual(before);
    expect(after.filters).toBe(before.filters);
    expect(selectVisibleEvents(after)).toBe(visible);
  });

  it('has nothing to do without a dataset', () => {
    expect(rehearsalSteps(useExplorer.getState(), emptyFilters(), 800)).toEqual([]);
  });
});

describe('runInTasks', () => {
  it('runs the steps in order, one per task', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    runInTasks([0, 1, 2].map((n) => () => ran.push(n)), () => true);
    expect(ran).toEqual([0]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0, 1]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0, 1, 2]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops when no longer wanted, or cancelled', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    let wanted = true;
    runInTasks([0, 1, 2].map((n) => () => ran.push(n)), () => wanted);
    wanted = false;
    vi.runAllTimers();
    expect(ran).toEqual([0]);
    const cancel = runInTasks([3, 4].map((n) => () => ran.push(n)), () => true);
    cancel();
    vi.runAllTimers();
    expect(ran).toEqual([0, 3]);
  });
});

describe('rehearseFirstChange', () => {
  it('rehearses once the page has settled, and leaves the store as it was', () => {
    vi.useFakeTimers();
    useExplorer.getState().loadDataset(makeDataset());
    const before = useExplorer.getState();
    let settle: (() => void) | null = null;
    rehearseFirstChange(useExplorer.getState, (task) => {
      settle = task;
      return () => {};
    });
    expect(vi.getTimerCount()).toBe(0);
    settle!();
    expect(vi.getTimerCount()).toBeGreaterThan(0); // the next step waits for its task
    vi.runAllTimers();
    expect(useExplorer.getState()).toEqual(before);
    expect(useExplorer.getState().filters).toBe(before.filters);
  });

  it('does nothing when the dataset was replaced before the page settled, or once cancelled', () => {
    vi.useFakeTimers();
    useExplorer.getState().loadDataset(makeDataset());
    rehearseFirstChange(useExplorer.getState, (task) => {
      useExplorer.getState().loadDataset(makeDataset());
      task();
      return () => {};
    });
    expect(vi.getTimerCount()).toBe(0);

    let settle: (() => void) | null = null;
    const cancelSettle = vi.fn();
    const cancel = rehearseFirstChange(useExplorer.getState, (task) => {
      settle = task;
      return cancelSettle;
    });
    settle!();
    cancel();
    expect(cancelSettle).toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
