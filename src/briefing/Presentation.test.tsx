import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeDataset } from '../test/makeDataset';
import { useExplorer } from '../store/store';
import { PresentButton } from './PresentButton';
import { Presentation } from './Presentation';
import { nextSlide, usePresentation } from './presentation';
import { useSavedViews } from './savedViews';

function setup() {
  useExplorer.getState().loadDataset(makeDataset());
  usePresentation.setState({ deck: null });
  render(
    <>
      <PresentButton />
      <Presentation />
    </>,
  );
  return userEvent.setup();
}
const counter = () => within(screen.getByRole('dialog', { name: 'Presentation' })).getByRole('status');

describe('presentation', () => {
  it('opens on an overview slide, then steps through the events in date order with the keys', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /present/i }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    expect(dialog).toHaveFocus();
    expect(counter()).toHaveTextContent('Overview');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('China–Russia contacts');
    expect(within(dialog).getByRole('img', { name: /timeline of 7 events/i })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'By topic' })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(counter()).toHaveTextContent('1 / 7');
    expect(counter()).toHaveAccessibleName('Slide 1 of 7');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Wang Yi – Patrushev strategic security consultation');
    expect(within(dialog).getByText('21 February 2023')).toBeInTheDocument();

    await user.keyboard(' ');
    expect(counter()).toHaveTextContent('2 / 7');
    await user.keyboard('{PageDown}');
    expect(counter()).toHaveTextContent('3 / 7');
    await user.keyboard('{ArrowLeft}');
    expect(counter()).toHaveTextContent('2 / 7');
    await user.keyboard('{PageUp}');
    expect(counter()).toHaveTextContent('1 / 7');

    await user.keyboard('{End}');
    expect(counter()).toHaveTextContent('7 / 7');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Wang Yi – Shoigu strategic security consultation');
    await user.keyboard('{ArrowRight}');
    expect(counter()).toHaveTextContent('7 / 7');
    await user.keyboard('{Home}');
    expect(counter()).toHaveTextContent('Overview');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /present/i })).toHaveFocus();
  });

  it('shows the event slide facts: participants with country, place, topics and the source', async () => {
    const user = setup();
    act(() => useExplorer.getState().toggleTopic('brics'));
    await user.click(screen.getByRole('button', { name: /present/i }));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    expect(counter()).toHaveTextContent('2 / 3');
    expect(within(dialog).getByText('Wang Yi (China), Sergey Lavrov (Russia)')).toBeInTheDocument();
    expect(within(dialog).getByText('Rio de Janeiro')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['BRICS', 'SCO', 'Ukraine']);
    expect(within(dialog).getByText(/Menlu Tiongkok dan Rusia Bahas Hubungan Bilateral/)).toBeInTheDocument();
    expect(within(dialog).getByRole('img', { name: /where this event stands among the 3 events/i })).toBeInTheDocument();
  });

  it('keeps Tab inside the open presentation and its buttons work', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /present/i }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    for (let i = 0; i < 6; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Next slide' }));
    expect(counter()).toHaveTextContent('1 / 7');
    await user.click(within(dialog).getByRole('button', { name: /leave presentation/i }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('presents saved views in order, applying each, and restores the view afterwards', async () => {
    const user = setup();
    const s = useExplorer.getState();
    useSavedViews.setState({ views: [] });
    act(() => s.toggleTopic('brics'));
    useSavedViews.getState().save('BRICS contacts', useExplorer.getState());
    act(() => useExplorer.getState().setFilters({ topics: ['ukraine'] }));
    useSavedViews.getState().save('Ukraine', useExplorer.getState());
    act(() => useExplorer.getState().clearFilters());
    act(() => usePresentation.getState().start('views'));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    expect(counter()).toHaveTextContent('1 / 2');
    expect(within(dialog).getByText('BRICS contacts')).toBeInTheDocument();
    expect(useExplorer.getState().filters.topics).toEqual(['brics']);
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('Ukraine', { selector: '.slide-kicker' })).toBeInTheDocument();
    expect(useExplorer.getState().filters.topics).toEqual(['ukraine']);
    await user.keyboard('{Escape}');
    expect(useExplorer.getState().filters.topics).toEqual([]);
    useSavedViews.setState({ views: [] });
  });
});

describe('nextSlide', () => {
  it('maps keys to slide moves, clamped to the deck', () => {
    expect(nextSlide('ArrowRight', 0, 4)).toBe(1);
    expect(nextSlide(' ', 3, 4)).toBe(3);
    expect(nextSlide('PageUp', 0, 4)).toBe(0);
    expect(nextSlide('End', 1, 4)).toBe(3);
    expect(nextSlide('Home', 3, 4)).toBe(0);
    expect(nextSlide('a', 1, 4)).toBeNull();
  });
});
