import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { resetExplorer } from '../store/store';
import type { DatasetWarning } from '../model/parseDataset';
import { WarningsBar } from './WarningsBar';

const warning = (i: number, kind: DatasetWarning['kind'] = 'event'): DatasetWarning => ({ kind, index: i, id: `e-${i}`, message: 'unknown actor id nobody' });

describe('WarningsBar', () => {
  it('is absent when nothing was skipped', () => {
    render(<WarningsBar />);
    expect(screen.queryByRole('region', { name: 'Warnings' })).toBeNull();
  });
  it('counts the skipped records by kind and lists each with its problem', async () => {
    resetExplorer({ warnings: [warning(1), warning(2), warning(3, 'article')] });
    render(<WarningsBar />);
    const region = screen.getByRole('region', { name: 'Warnings' });
    expect(region).toHaveTextContent('3 invalid records were skipped (by kind: 2 event, 1 article)');
    await userEvent.click(screen.getByText(/invalid records were skipped/));
    expect(screen.getByText('event e-1: unknown actor id nobody')).toBeVisible();
  });
  it('lists the first 50 and says how many more there are, with English separators', () => {
    resetExplorer({ warnings: Array.from({ length: 1234 }, (_, i) => warning(i)) });
    render(<WarningsBar />);
    expect(screen.getByRole('region', { name: 'Warnings' })).toHaveTextContent('1,234 invalid records were skipped');
    expect(screen.getAllByRole('listitem', { hidden: true })).toHaveLength(51);
    expect(screen.getByText('…and 1,184 more')).toBeInTheDocument();
  });
  it('shows notices and lets the user dismiss them', async () => {
    resetExplorer({ notices: ['Ignored the date "99999-01-01" in the address.'] });
    render(<WarningsBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/99999/)).toBeNull();
  });
});
