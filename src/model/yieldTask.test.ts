import { describe, expect, it } from 'vitest';
import { yieldTask } from './yieldTask';

describe('yieldTask', () => {
  it('yields to a new task: work queued before the yield has run when it resumes', async () => {
    const order: string[] = [];
    void Promise.resolve().then(() => order.push('microtask'));
    await yieldTask();
    order.push('after yield');
    expect(order).toEqual(['microtask', 'after yield']);
  });
});
