import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeDataset } from '../test/makeDataset';
import { useExplorer } from '../store/store';
import { SavedViewsMenu } from './SavedViewsMenu';
import { SAVED_VIEWS_KEY, useSavedViews } from './savedViews';
import { parseSavedViewsFile, savedViewsToFile } from './savedViewsFile';

afterEach(() => {
  useSavedViews.setState({ views: [] });
  localStorage.clear();
});

async function setup() {
  useExplorer.getState().loadDataset(makeDataset());
  useSavedViews.setState({ views: [] });
  const user = userEvent.setup();
  render(<SavedViewsMenu />);
  await user.click(screen.getByRole('button', { name: /saved views/i }));
  return user;
}

async function saveAs(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: 'Save current view' }));
  await user.type(screen.getByRole('textbox', { name: 'Name' }), `${name}{Enter}`);
}
const names = () => within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.querySelector('.saved-view-name')?.textContent);

describe('saved views', () => {
  it('saves the current view under a name and persists it in localStorage', async () => {
    const user = await setup();
    act(() => {
      useExplorer.getState().toggleTopic('brics');
      useExplorer.getState().selectEvent('e-2024-11-18-rio');
      useExplorer.getState().setLaneBy('type');
    });
    await saveAs(user, 'BRICS');
    expect(names()).toEqual(['BRICS']);
    const stored = JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY)!);
    expect(stored.state.views[0]).toMatchObject({ name: 'BRICS', filters: { topics: ['brics'] }, selectedEventId: 'e-2024-11-18-rio', laneBy: 'type' });
  });

  it('applies a saved view to the explorer when its name is clicked', async () => {
    const user = await setup();
    act(() => useExplorer.getState().toggleTopic('ukraine'));
    await saveAs(user, 'Ukraine');
    act(() => useExplorer.getState().clearFilters());
    await user.click(screen.getByRole('button', { name: 'Ukraine' }));
    expect(useExplorer.getState().filters.topics).toEqual(['ukraine']);
  });

  it('renames, reorders and deletes views', async () => {
    const user = await setup();
    await saveAs(user, 'One');
    await saveAs(user, 'Two');
    await saveAs(user, 'Three');
    expect(names()).toEqual(['One', 'Two', 'Three']);

    await user.click(screen.getByRole('button', { name: 'Rename Two' }));
    const input = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(input);
    await user.type(input, 'Second{Enter}');
    expect(names()).toEqual(['One', 'Second', 'Three']);

    await user.click(screen.getByRole('button', { name: 'Move Three up' }));
    expect(names()).toEqual(['One', 'Three', 'Second']);
    await user.click(screen.getByRole('button', { name: 'Move One down' }));
    expect(names()).toEqual(['Three', 'One', 'Second']);
    expect(screen.getByRole('button', { name: 'Move Three up' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Delete One' }));
    expect(names()).toEqual(['Three', 'Second']);
    expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY)!).state.views.map((v: { name: string }) => v.name)).toEqual(['Three', 'Second']);
  });

  it('does not save an empty name', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: 'Save current view' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '   ');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByText('No saved views yet.')).toBeInTheDocument();
  });

  it('imports a good file and rejects a bad one with a clear message, keeping what was there', async () => {
    const user = await setup();
    await saveAs(user, 'Mine');
    const upload = screen.getByLabelText('Import saved views', { selector: 'input' });
    const bad = new File([JSON.stringify({ kind: 'contact-timeline-saved-views', version: 1, views: [{ id: 'x', name: 'X', filters: { types: ['lunch'] } }] })], 'views.json', { type: 'application/json' });
    await user.upload(upload, bad);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Import failed: views\.json: views\[0\]\.filters\.types\[0\]/);
    expect(names()).toEqual(['Mine']);

    await user.upload(upload, new File(['not json'], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/broken\.json: the file is not valid JSON/);

    const good = savedViewsToFile([{ ...useSavedViews.getState().views[0]!, name: 'Theirs' }]);
    await user.upload(upload, new File([good], 'good.json', { type: 'application/json' }));
    expect(await screen.findByRole('status')).toHaveTextContent('1 views imported.');
    expect(names()).toEqual(['Mine', 'Theirs']);
    const ids = useSavedViews.getState().views.map((v) => v.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('saved views menu', () => {
  it('closes on Escape and on a click outside, giving focus back to its button', async () => {
    const user = await setup();
    expect(screen.getByRole('region', { name: 'Saved views' })).toBeVisible();
    await user.keyboard('{Tab}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Saved views' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /saved views/i })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /saved views/i }));
    expect(screen.getByRole('region', { name: 'Saved views' })).toBeVisible();
    await user.click(document.body);
    expect(screen.queryByRole('region', { name: 'Saved views' })).not.toBeInTheDocument();
  });
});

describe('saved-views file', () => {
  it('names the problem: wrong kind, bad window, missing name', () => {
    expect(parseSavedViewsFile('{"kind":"other","version":1,"views":[]}')).toEqual({ error: expect.stringMatching(/^kind: this is not a saved-views file/) });
    const view = { id: 'a', name: 'A', filters: {}, window: { start: 5, end: 1 } };
    expect(parseSavedViewsFile(JSON.stringify({ kind: 'contact-timeline-saved-views', version: 1, views: [view] }))).toEqual({ error: expect.stringMatching(/^views\[0\]\.window: window end must be after its start/) });
    expect(parseSavedViewsFile(JSON.stringify({ kind: 'contact-timeline-saved-views', version: 1, views: [{ id: 'a', name: ' ', filters: {} }] }))).toEqual({ error: expect.stringMatching(/a view needs a name/) });
  });
  it('fills missing filter fields with defaults', () => {
    const r = parseSavedViewsFile(JSON.stringify({ kind: 'contact-timeline-saved-views', version: 1, views: [{ id: 'a', name: 'A', filters: { topics: ['brics'] } }] }));
    expect('views' in r && r.views[0]).toMatchObject({ filters: { topics: ['brics'], query: '', dateFrom: null, article: null }, laneBy: 'none', colorBy: 'pairing' });
  });
});
