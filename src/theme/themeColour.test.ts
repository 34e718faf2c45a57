import { afterEach, describe, expect, it } from 'vitest';
import { themeColour } from './themeColour';

describe('themeColour', () => {
  afterEach(() => document.documentElement.style.removeProperty('--probe'));

  it('reads a custom property once per theme, and again under another theme', () => {
    const el = document.body.appendChild(document.createElement('div'));
    document.documentElement.style.setProperty('--probe', ' #123456 ');
    expect(themeColour(el, 'light-test', '--probe', 'red')).toBe('#123456');
    document.documentElement.style.setProperty('--probe', '#abcdef');
    // Same theme: the first reading stands (no computed-style read per redraw).
    expect(themeColour(el, 'light-test', '--probe', 'red')).toBe('#123456');
    expect(themeColour(el, 'dark-test', '--probe', 'red')).toBe('#abcdef');
    el.remove();
  });

  it('falls back when the property is missing, and does not keep a reading from a detached element', () => {
    expect(themeColour(null, 'x-test', '--missing', 'red')).toBe('red');
    const loose = document.createElement('div');
    expect(themeColour(loose, 'y-test', '--probe', 'blue')).toBe('blue');
    const el = document.body.appendChild(document.createElement('div'));
    document.documentElement.style.setProperty('--probe', '#010203');
    expect(themeColour(el, 'y-test', '--probe', 'blue')).toBe('#010203');
    el.remove();
  });
});
