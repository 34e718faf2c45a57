import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NetworkView } from './NetworkView';
import { useExplorer } from '../store/store';
import { selectVisibleEvents } from '../store/selectors';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { FakeLayoutWorker, afterNextPaint } from '../test/fakeLayoutWorker';
import { layOutEarly } from './earlyLayout';

const PEOPLE = ['Nikolai Patrushev', 'Sergei Shoigu', 'Sergey Lavrov', 'Vladimir Putin', 'Wang Yi', 'Xi Jinping'];

function setup() {
  useExplorer.getState().loadDataset(makeDataset());
  const user = userEvent.setup();
  render(<NetworkView />);
  const region = screen.getByRole('region', { name: 'Participants network' });
  const node = (name: string) => within(region).getByRole('button', { name: new RegExp(`^${name},`) });
  return { user, region, node };
}
const visibleCount = () => selectVisibleEvents(useExplorer.getState()).length;

describe('NetworkView', () => {
  it('shows one button per participant, named after the person first', () => {
    const { region } = setup();
    const names = within(region)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? '')
      .filter((n) => n.includes(',') && !n.includes(' – '));
    expect(names.map((n) => n.split(',')[0])).toEqual(PEOPLE);
    expect(within(region).getByRole('button', { name: 'Wang Yi, China, 6 events' })).toBeInTheDocument();
  });

  it('labels the Wang Yi – Lavrov link with its 3 shared events', () => {
    const { region } = setup();
    expect(within(region).getByRole('button', { name: 'Wang Yi – Sergey Lavrov, 3 shared events' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Vladimir Putin – Xi Jinping, 1 shared event' })).toBeInTheDocument();
  });

  it('toggles the participant filter when a person is clicked, leaving 6 of 7 events', async () => {
    const { user, node } = setup();
    await user.click(node('Wang Yi'));
    expect(useExplorer.getState().filters.participants).toEqual(['wang-yi']);
    expect(visibleCount()).toBe(6);
    expect(node('Wang Yi')).toHaveAttribute('aria-pressed', 'true');
    await user.click(node('Wang Yi'));
    expect(useExplorer.getState().filters.participants).toEqual([]);
  });

  it('zooms with the buttons and with + and - inside the region, and leaves typing alone', async () => {
    const { user, region, node } = setup();
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(region.querySelector('g[transform*="scale"]')!.getAttribute('transform')!)![1]);
    const before = scale();
    await user.click(within(region).getByRole('button', { name: 'Zoom in' }));
    expect(scale()).toBeCloseTo(before * 1.5);
    await user.click(within(region).getByRole('button', { name: 'Zoom out' }));
    expect(scale()).toBeCloseTo(before);
    node('Wang Yi').focus();
    await user.keyboard('+');
    expect(scale()).toBeCloseTo(before * 1.5);
    await user.keyboard('-');
    expect(scale()).toBeCloseTo(before);
  });

  it('toggles the filter with Enter from the keyboard', async () => {
    const { user, node } = setup();
    node('Wang Yi').focus();
    await user.keyboard('{Enter}');
    expect(useExplorer.getState().filters.participants).toEqual(['wang-yi']);
    expect(visibleCount()).toBe(6);
  });

  it('reaches every person with Tab', async () => {
    const { user, node } = setup();
    const reached = new Set<Element | null>();
    for (let i = 0; i < 20; i++) {
      await user.tab();
      reached.add(document.activeElement);
    }
    for (const name of PEOPLE) expect(reached.has(node(name))).toBe(true);
  });

  it('keeps only the people of BRICS events when that topic is on', () => {
    const { region } = setup();
    act(() => useExplorer.getState().toggleTopic('brics'));
    const people = within(region)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? '')
      .filter((n) => n.includes(',') && !n.includes(' – '))
      .map((n) => n.split(',')[0]);
    expect(people).toEqual(['Sergey Lavrov', 'Vladimir Putin', 'Wang Yi', 'Xi Jinping']);
    expect(within(region).getByRole('button', { name: 'Sergey Lavrov – Wang Yi, 2 shared events' })).toBeInTheDocument();
  });

  it('shows the shared events of a drawn link on hover, moves to the next link, and hides on leaving', async () => {
    const { user, region } = setup();
    await user.hover(region.querySelector('[data-edge="sergey-lavrov|wang-yi"] .net-edge-line')!);
    expect(within(region).getByRole('tooltip')).toHaveTextContent(/3 shared events/);
    await user.hover(region.querySelector('[data-edge="vladimir-putin|xi-jinping"] .net-edge-line')!);
    expect(within(region).getByRole('tooltip')).toHaveTextContent(/1 shared event/);
    await user.unhover(region.querySelector('[data-edge="vladimir-putin|xi-jinping"] .net-edge-line')!);
    expect(within(region).queryByRole('tooltip')).toBeNull();
  });

  it('filters to the events two people share when their link is clicked', async () => {
    const { user, region } = setup();
    const drawnLink = region.querySelector('[data-edge="sergey-lavrov|wang-yi"]')!;
    await user.click(drawnLink);
    expect(useExplorer.getState().filters).toMatchObject({ participants: ['sergey-lavrov', 'wang-yi'], participantMode: 'all' });
    expect(visibleCount()).toBe(3);
  });

  it('filters to the shared events with Enter on a link, reached by Tab after the people', async () => {
    const { user, node, region } = setup();
    node('Xi Jinping').focus();
    await user.tab();
    expect(document.activeElement).toBe(within(region).getByRole('button', { name: 'Wang Yi – Nikolai Patrushev, 1 shared event' }));
    within(region).getByRole('button', { name: /^Wang Yi – Sergey Lavrov/ }).focus();
    await user.keyboard('{Enter}');
    expect(useExplorer.getState().filters).toMatchObject({ participants: ['sergey-lavrov', 'wang-yi'], participantMode: 'all' });
    expect(visibleCount()).toBe(3);
  });

  it('sets the hovered actor on hover and shows a tooltip with roles and contacts', async () => {
    const { user, node } = setup();
    await user.hover(node('Wang Yi'));
    expect(useExplorer.getState().hoveredActorId).toBe('wang-yi');
    const tip = screen.getByRole('tooltip');
    expect(node('Wang Yi')).toHaveAttribute('aria-describedby', tip.id);
    expect(tip).toHaveTextContent('Foreign Minister · since 30 Dec 2022');
    expect(tip).toHaveTextContent('First contact21 Feb 2023');
    expect(tip).toHaveTextContent('Last contact2 Dec 2025');
    expect(node('Sergey Lavrov')).toHaveAttribute('data-highlight', 'neighbour');
    expect(node('Xi Jinping')).not.toHaveAttribute('data-highlight');
    await user.unhover(node('Wang Yi'));
    expect(useExplorer.getState().hoveredActorId).toBeNull();
  });

  it('lists the shared events by date in the tooltip of a link', () => {
    const { region } = setup();
    fireEvent.focus(within(region).getByRole('button', { name: /^Wang Yi – Sergey Lavrov/ }));
    const items = within(screen.getByRole('tooltip')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '22 Feb 2023 Wang Yi – Lavrov meeting',
      '11 Jan 2024 Wang Yi – Lavrov phone call',
      '18 Nov 2024 Wang Yi – Lavrov meeting in Rio de Janeiro',
    ]);
  });

  it("highlights the hovered event's participants and the selected event's", () => {
    const { node } = setup();
    act(() => useExplorer.getState().hoverEvent('e-2025-01-21-video'));
    expect(node('Xi Jinping')).toHaveAttribute('data-highlight', 'event');
    expect(node('Vladimir Putin')).toHaveAttribute('data-highlight', 'event');
    expect(node('Wang Yi')).not.toHaveAttribute('data-highlight');
    act(() => useExplorer.getState().hoverEvent(null));
    act(() => useExplorer.getState().selectEvent('e-2023-02-21-consult'));
    expect(node('Nikolai Patrushev')).toHaveAttribute('data-selected', 'true');
    expect(node('Xi Jinping')).not.toHaveAttribute('data-selected');
  });

  it('adds mentioned-only people, marked as such, with the toggle', async () => {
    const ds = makeDataset();
    ds.events.push(makeEvent('e-extra', '2025-06-01', { participants: ['wang-yi', 'sergey-lavrov'], mentioned: ['ghost'] }));
    ds.actors.push({ id: 'ghost', name: 'Mentioned Person', country: 'CN', roles: [] });
    useExplorer.getState().loadDataset(ds);
    const user = userEvent.setup();
    render(<NetworkView />);
    expect(screen.queryByRole('button', { name: /^Mentioned Person/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show mentioned' }));
    expect(useExplorer.getState().showMentioned).toBe(true);
    expect(screen.getByRole('button', { name: 'Mentioned Person, China, mentioned only, 1 event' })).toBeInTheDocument();
  });

  it('speaks Indonesian when the UI language is id', () => {
    useExplorer.getState().loadDataset(makeDataset());
    useExplorer.getState().setLang('id');
    render(<NetworkView />);
    const region = screen.getByRole('region', { name: 'Jaringan peserta' });
    expect(within(region).getByRole('button', { name: 'Wang Yi, Tiongkok, 6 peristiwa' })).toBeInTheDocument();
  });

  it('moves a dragged person without toggling their filter', () => {
    const { node } = setup();
    const before = node('Xi Jinping').getAttribute('transform');
    fireEvent.pointerDown(node('Xi Jinping'), { button: 0, pointerId: 1, clientX: 100, clientY: 100 });
    fireEvent.pointerMove(node('Xi Jinping'), { pointerId: 1, clientX: 160, clientY: 130 });
    fireEvent.pointerUp(node('Xi Jinping'), { pointerId: 1, clientX: 160, clientY: 130 });
    fireEvent.click(node('Xi Jinping'));
    expect(node('Xi Jinping').getAttribute('transform')).not.toBe(before);
    expect(useExplorer.getState().filters.participants).toEqual([]);
    fireEvent.click(node('Xi Jinping'));
    expect(useExplorer.getState().filters.participants).toEqual(['xi-jinping']);
  });

  it('lays out again from scratch with Reset layout, keeping every person', async () => {
    const { user, region } = setup();
    await user.click(within(region).getByRole('button', { name: 'Reset layout' }));
    await user.click(within(region).getByRole('button', { name: 'Fit' }));
    expect(within(region).getAllByRole('button', { name: /, \d+ events?$/ })).toHaveLength(6);
  });

  it('shows a legend naming each country', () => {
    const { region } = setup();
    expect(region).toHaveTextContent('China (CN)');
    expect(region).toHaveTextContent('Russia (RU)');
  });

  describe('a network large enough for the layout worker', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      FakeLayoutWorker.reset();
    });

    /** A ring of 160 people: above the size that is laid out in a worker. */
    function loadRing() {
      vi.stubGlobal('Worker', FakeLayoutWorker);
      const base = makeDataset();
      const actors = Array.from({ length: 160 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, country: i % 2 ? 'RU' : 'CN', roles: [] }));
      const events = actors.map((a, i) => makeEvent(`e${String(i).padStart(3, '0')}`, '2024-01-11', { participants: [a.id, actors[(i + 1) % 160]!.id] }));
      useExplorer.getState().loadDataset(makeDataset({ actors: [...base.actors, ...actors], events }));
    }

    it('draws the layout the loader started before the view mounted: one layout job in all', async () => {
      loadRing();
      layOutEarly(useExplorer.getState());
      const early = FakeLayoutWorker.last!;
      render(<NetworkView />);
      const region = screen.getByRole('region', { name: 'Participants network' });
      expect(FakeLayoutWorker.last).toBe(early);
      await act(async () => void early.answer());
      expect(region).not.toHaveAttribute('aria-busy');
      expect(early.jobs).toHaveLength(1);
      expect(FakeLayoutWorker.last).toBe(early);
      expect(within(region).getAllByRole('button', { name: /^Person \d+,/ })).toHaveLength(160);
    });

    it('says it is busy (aria-busy) until the layout has arrived', async () => {
      loadRing();
      render(<NetworkView />);
      const region = screen.getByRole('region', { name: 'Participants network' });
      expect(region).toHaveAttribute('aria-busy', 'true');
      await afterNextPaint();
      expect(region).toHaveAttribute('aria-busy', 'true');
      act(() => void FakeLayoutWorker.last!.answer());
      expect(region).not.toHaveAttribute('aria-busy');
    });
  });
});
