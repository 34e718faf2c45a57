import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeDataset } from '../test/makeDataset';
import { useExplorer } from '../store/store';
import { selectVisibleEvents } from '../store/selectors';
import { FilterPanel } from './FilterPanel';
import { EmptyResult } from './EmptyResult';

const visibleDates = () => selectVisibleEvents(useExplorer.getState()).map((e) => e.date.value).sort();

function setup() {
  useExplorer.getState().loadDataset(makeDataset());
  const user = userEvent.setup();
  render(<FilterPanel />);
  return { user, region: screen.getByRole('region', { name: 'Filters' }) };
}

describe('FilterPanel', () => {
  it('shows the status line and the section headings in English', () => {
    const { region } = setup();
    expect(within(region).getByRole('status')).toHaveTextContent(/^7 of 7 events$/);
    for (const h of ['Topics', 'Participants', 'Countries', 'Event types', 'Date range', 'Status', 'Search']) {
      expect(within(region).getByRole('heading', { name: h })).toBeInTheDocument();
    }
  });

  it('toggles BRICS: 3 events, the button pressed, a chip to remove it', async () => {
    const { user } = setup();
    const brics = screen.getByRole('button', { name: /^BRICS/ });
    expect(brics).toHaveAccessibleName('BRICS 3');
    await user.click(brics);
    expect(brics).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('3 of 7 events');
    expect(visibleDates()).toEqual(['2024-01-11', '2024-11-18', '2025-01-21']);
    // A topic count ignores the topic filter itself: it says what choosing that topic alone would show.
    expect(screen.getByRole('button', { name: /^Ukraine/ })).toHaveAccessibleName('Ukraine 2');
    await user.click(screen.getByRole('button', { name: 'Remove filter: BRICS' }));
    expect(screen.getByRole('status')).toHaveTextContent('7 of 7 events');
    expect(brics).toHaveAttribute('aria-pressed', 'false');
  });

  it('narrows by Ukraine and updates participant counts', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /^Ukraine/ }));
    expect(visibleDates()).toEqual(['2024-11-18', '2025-12-02']);
    expect(screen.getByRole('button', { name: /^Wang Yi/ })).toHaveAccessibleName('Wang Yi 2');
    expect(screen.getByRole('button', { name: /^Xi Jinping/ })).toHaveAccessibleName('Xi Jinping 0');
  });

  it('switches to "all of" the chosen topics', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /^BRICS/ }));
    await user.click(screen.getByRole('button', { name: /^Ukraine/ }));
    expect(screen.getByRole('status')).toHaveTextContent('4 of 7 events');
    await user.click(screen.getByRole('radio', { name: 'all of' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 7 events');
  });

  it('filters by type, status, typed dates and search, then clears all', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /^Meeting/ }));
    expect(screen.getByRole('status')).toHaveTextContent('3 of 7 events');
    await user.type(screen.getByLabelText('From'), '2024-01-01');
    expect(useExplorer.getState().filters.dateFrom).toBe('2024-01-01');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 7 events');
    await user.click(screen.getByRole('button', { name: /^Occurred/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'rio');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 7 events');
    expect(screen.getByRole('button', { name: 'Remove filter: “rio”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.getByRole('status')).toHaveTextContent('7 of 7 events');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.queryByRole('button', { name: /^Remove filter/ })).toBeNull();
  });

  it('finds the Ukraine events when searching in Indonesian or with accents', async () => {
    const { user } = setup();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(box, 'Ukrainé');
    const ids = selectVisibleEvents(useExplorer.getState()).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['e-2024-11-18-rio', 'e-2025-12-02-consult']));
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const user = userEvent.setup();
    useExplorer.getState().loadDataset(makeDataset());
    useExplorer.getState().setQuery('zzzqqq');
    render(
      <>
        <FilterPanel />
        <EmptyResult />
      </>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('0 of 7 events');
    expect(screen.getByText('No events match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('status')).toHaveTextContent('7 of 7 events');
  });

  it('speaks Indonesian when the UI language is Indonesian', () => {
    useExplorer.getState().loadDataset(makeDataset());
    useExplorer.getState().setLang('id');
    render(<FilterPanel />);
    expect(screen.getByRole('status')).toHaveTextContent(/^7 dari 7 peristiwa$/);
    for (const h of ['Topik', 'Peserta', 'Negara', 'Jenis acara', 'Rentang tanggal', 'Status', 'Cari']) {
      expect(screen.getByRole('heading', { name: h })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: /^Ukraina/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Panggilan telepon/ })).toBeInTheDocument();
  });
});
