import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimeAxis } from './TimeAxis';

const year = (y: number) => Date.UTC(y, 0, 1);
const tickOf = (container: HTMLElement, label: string) => [...container.querySelectorAll('g')].find((g) => g.textContent === label);

describe('TimeAxis', () => {
  it('moves a tick during a pan instead of making it again', () => {
    const { container, rerender } = render(<TimeAxis window={{ start: year(2000), end: year(2010) }} width={800} lang="en" />);
    const before = tickOf(container, '2004')!;
    const at = before.getAttribute('transform');
    rerender(<TimeAxis window={{ start: year(2000) + 30 * 86_400_000, end: year(2010) + 30 * 86_400_000 }} width={800} lang="en" />);
    const after = tickOf(container, '2004')!;
    expect(after).toBe(before);
    expect(after.getAttribute('transform')).not.toBe(at);
  });
});
