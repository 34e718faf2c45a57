import { describe, expect, it } from 'vitest';
import { commandForKey } from './chartKeys';

describe('commandForKey', () => {
  it('steps and jumps through events in time order, stopping at the ends', () => {
    expect(commandForKey('ArrowRight', -1, 5)).toEqual({ kind: 'select', index: 0 });
    expect(commandForKey('ArrowRight', 4, 5)).toEqual({ kind: 'select', index: 4 });
    expect(commandForKey('ArrowLeft', -1, 5)).toEqual({ kind: 'select', index: 4 });
    expect(commandForKey('ArrowLeft', 0, 5)).toEqual({ kind: 'select', index: 0 });
    expect(commandForKey('Home', 3, 5)).toEqual({ kind: 'select', index: 0 });
    expect(commandForKey('End', 0, 5)).toEqual({ kind: 'select', index: 4 });
  });
  it('zooms with + and -, and ignores other keys or an empty chart', () => {
    expect(commandForKey('+', -1, 0)).toEqual({ kind: 'zoom', factor: 2 });
    expect(commandForKey('-', -1, 0)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(commandForKey('ArrowRight', -1, 0)).toBeNull();
    expect(commandForKey('Enter', 0, 5)).toBeNull();
  });
});
