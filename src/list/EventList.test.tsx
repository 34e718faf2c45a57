import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { useExplorer } from '../store/store';
import { EventList } from './EventList';

const bodyRows = () => within(screen.getByRole('grid', { name: 'Events' })).getAllByRole('row').slice(1);
const firstCells = () => bodyRows().map((r) => within(r).getAllByRole('gridcell')[0]!.textContent);

function setup() {
  useExplorer.getState().loadDataset(makeDataset());
  const user = userEvent.setup();
  render(<EventList />);
  return user;
}

describe('EventList', () => {
  it('shows one row per visible event with date, type, title and participants, oldest first', () => {
    setup();
    expect(screen.getByRole('region', { name: 'Events' })).toBeInTheDocument();
    for (const name of ['Date', 'Type', 'Title', 'Participants']) expect(screen.getByRole('columnheader', { name })).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(7);
    expect(firstCells()[0]).toBe('21 Feb 2023');
    const rio = screen.getByRole('row', { name: /Lavrov meeting in Rio/ });
    expect(within(rio).getAllByRole('gridcell').map((c) => c.textContent)).toEqual([
      '18 Nov 2024',
      'Meeting',
      'Wang Yi – Lavrov meeting in Rio de Janeiro',
      'Wang Yi, Sergey Lavrov',
    ]);
  });

  it('sorts by date, newest first after pressing the Date header', async () => {
    const user = setup();
    expect(screen.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Date' }));
    expect(screen.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'descending');
    expect(firstCells()[0]).toBe('2 Dec 2025');
    expect(firstCells().at(-1)).toBe('21 Feb 2023');
  });

  it('follows the filters', () => {
    setup();
    act(() => useExplorer.getState().toggleTopic('brics'));
    expect(firstCells()).toEqual(['11 Jan 2024', '18 Nov 2024', '21 Jan 2025']);
  });

  it('selects an event by click, and by Enter on a focused row; the row is marked selected', async () => {
    const user = setup();
    await user.click(screen.getByRole('row', { name: /Xi Jinping – Putin video call/ }));
    expect(useExplorer.getState().selectedEventId).toBe('e-2025-01-21-video');
    expect(screen.getByRole('row', { name: /Xi Jinping – Putin video call/ })).toHaveAttribute('aria-selected', 'true');
    const first = bodyRows()[0]!;
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(bodyRows()[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(useExplorer.getState().selectedEventId).toBe('e-2023-02-22-lavrov');
    expect(bodyRows()[1]).toHaveAttribute('aria-selected', 'true');
  });

  it('sets the hovered event while the pointer is over a row', async () => {
    const user = setup();
    await user.hover(screen.getByRole('row', { name: /Shoigu/ }));
    expect(useExplorer.getState().hoveredEventId).toBe('e-2025-12-02-consult');
    await user.unhover(screen.getByRole('row', { name: /Shoigu/ }));
    expect(useExplorer.getState().hoveredEventId).toBeNull();
  });

  it('keeps only a window of rows in the DOM for a large list', () => {
    const events = Array.from({ length: 5000 }, (_, i) => makeEvent(`e${i}`, `20${String(10 + Math.floor(i / 365)).padStart(2, '0')}-01-01`));
    useExplorer.getState().loadDataset(makeDataset({ events }));
    render(<EventList />);
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '5001');
    expect(bodyRows().length).toBeGreaterThan(10);
    expect(bodyRows().length).toBeLessThan(60);
  });

  it('says so when nothing matches', () => {
    setup();
    act(() => useExplorer.getState().setQuery('zzzqqq'));
    expect(screen.getByText('No events match these filters')).toBeInTheDocument();
  });
});
