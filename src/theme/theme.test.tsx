import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { THEME_STORAGE_KEY, pickInitialTheme, startThemeSync, useTheme } from './theme';
import { ThemeToggle } from './ThemeToggle';
import { prefersReducedMotion } from './reducedMotion';
import { vi } from 'vitest';

describe('theme', () => {
  it('starts from the remembered choice, else the system preference', () => {
    expect(pickInitialTheme('dark', false)).toBe('dark');
    expect(pickInitialTheme('light', true)).toBe('light');
    expect(pickInitialTheme(null, true)).toBe('dark');
    expect(pickInitialTheme('nonsense', false)).toBe('light');
  });

  it('toggles with a pressed button, writes data-theme and remembers the choice', async () => {
    useTheme.setState({ theme: 'light' });
    const stop = startThemeSync();
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: /dark theme/i });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    await userEvent.click(button);
    expect(document.documentElement.dataset.theme).toBe('light');
    stop();
    localStorage.clear();
  });
});

describe('reduced motion', () => {
  it('reads the system preference, and is off where matchMedia is missing', () => {
    expect(prefersReducedMotion()).toBe(false);
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce'), addEventListener() {}, removeEventListener() {} }));
    expect(prefersReducedMotion()).toBe(true);
    vi.unstubAllGlobals();
  });
});
