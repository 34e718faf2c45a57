import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeDataset } from '../test/makeDataset';
import { useExplorer } from '../store/store';
import type { Dataset } from '../model/schema';
import { ArticlePanel } from './ArticlePanel';

function open(eventId: string, ds: Dataset = makeDataset()) {
  useExplorer.getState().loadDataset(ds);
  useExplorer.getState().selectEvent(eventId);
  const user = userEvent.setup();
  render(<ArticlePanel />);
  return { user, panel: () => screen.getByRole('complementary', { name: 'Article' }) };
}

describe('ArticlePanel', () => {
  it('stays closed while no event is selected', () => {
    useExplorer.getState().loadDataset(makeDataset());
    render(<ArticlePanel />);
    expect(screen.queryByRole('complementary', { name: 'Article' })).toBeNull();
  });

  it("shows the event's article: headline, outlet, link, date basis and confidence", () => {
    const { panel } = open('e-2024-11-18-rio');
    const p = within(panel());
    expect(p.getByRole('heading', { name: 'Menlu Tiongkok dan Rusia Bahas Hubungan Bilateral di Rio de Janeiro' })).toBeInTheDocument();
    expect(p.getByRole('heading', { name: 'Wang Yi – Lavrov meeting in Rio de Janeiro' })).toBeInTheDocument();
    expect(p.getByText('Test Wire')).toBeInTheDocument();
    expect(p.getByRole('link', { name: 'Original article' })).toHaveAttribute('href', 'https://example.org/a2');
    expect(p.getByRole('heading', { name: 'Why this date' })).toBeInTheDocument();
    expect(p.getByText("'2024-11-18' stated in the text")).toBeInTheDocument();
    expect(p.getByText('Confidence: 90% (high)')).toBeInTheDocument();
  });

  it('highlights participant names and topic terms, and marks the evidence', () => {
    const { panel } = open('e-2024-11-18-rio');
    const text = panel().querySelector('.article-text')!;
    // The evidence range [0, 20) ends inside "Lavrov", so that name is marked in two pieces.
    const marks = [...text.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Wang Yi', 'Lavr', 'ov', 'BRICS', 'Ukraina']);
    const evidence = [...text.querySelectorAll('.evidence')].map((e) => e.textContent).join('');
    expect(evidence).toBe('EvidenceWang Yi bertemu Lavr');
    expect(text.querySelectorAll('.evidence-label')).toHaveLength(1);
    expect(text.textContent).toBe('EvidenceWang Yi bertemu Lavrov di Rio. Kedua pihak membahas BRICS dan krisis Ukraina di Moskow. <b>inert</b>');
  });

  it('shows HTML and scripts in the text as inert text, and links only http(s) addresses', () => {
    const ds = makeDataset();
    ds.articles[2] = { ...ds.articles[2]!, url: 'javascript:alert(1)', text: 'Halo <script>window.pwned = 1</script> <img src=x onerror=alert(1)>' };
    const { panel } = open('e-2024-11-18-rio', ds);
    expect(within(panel()).queryByRole('link')).toBeNull();
    expect(panel().querySelector('.article-text')!.textContent).toContain('<script>window.pwned = 1</script> <img src=x onerror=alert(1)>');
    expect(panel().querySelector('script, img, b')).toBeNull();
  });

  it('moves to the next and previous visible event in time order', async () => {
    const { user } = open('e-2024-11-18-rio');
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(useExplorer.getState().selectedEventId).toBe('e-2025-01-21-video');
    expect(screen.getByRole('heading', { name: 'Xi Jinping Dan Putin Gelar Dialog' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous event' }));
    await user.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(useExplorer.getState().selectedEventId).toBe('e-2024-01-11-call');
  });

  it('disables "Next event" at the last event', () => {
    open('e-2025-12-02-consult');
    expect(screen.getByRole('button', { name: 'Next event' })).toBeDisabled();
  });

  it('closes with the Close button and with Esc', async () => {
    const { user } = open('e-2024-11-18-rio');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Article' })).toBeNull();
    act(() => useExplorer.getState().selectEvent('e-2024-11-18-rio'));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(useExplorer.getState().selectedEventId).toBeNull();
  });

  it('gives focus back to what opened it when it closes', async () => {
    useExplorer.getState().loadDataset(makeDataset());
    const user = userEvent.setup();
    render(
      <>
        <button type="button" onClick={() => useExplorer.getState().selectEvent('e-2024-11-18-rio')}>
          Rio row
        </button>
        <ArticlePanel />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Rio row' }));
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Rio row' })).toHaveFocus();
  });

  it("lists the article's events and shows them all as a filter", async () => {
    const { user, panel } = open('e-2023-02-22-putin');
    const list = within(panel()).getByRole('heading', { name: 'Events in this article' }).parentElement!;
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    await user.click(within(list).getByRole('button', { name: /Patrushev/ }));
    expect(useExplorer.getState().selectedEventId).toBe('e-2023-02-21-consult');
    await user.click(screen.getByRole('button', { name: 'Show all events from this article' }));
    expect(useExplorer.getState().filters.article).toBe('a1');
  });

  it('fetches text served separately, showing a loading state first', async () => {
    const ds = makeDataset();
    ds.articles[4] = { ...ds.articles[4]!, text: undefined, textUrl: 'texts/a4.json' };
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ text: 'Xi dan Putin berbicara lewat video.' })));
    vi.stubGlobal('fetch', fetchMock);
    open('e-2025-01-21-video', ds);
    expect(screen.getByText('Loading the article text…')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.article-text')?.textContent).toContain('berbicara lewat video'));
    expect(fetchMock).toHaveBeenCalledWith(new URL('texts/a4.json', window.location.href).href);
    vi.unstubAllGlobals();
  });

  it('marks the evidence that a separately served text brings in its own file, and says when it is missing', async () => {
    const ds = makeDataset();
    const text = 'Xi dan Putin berbicara lewat video. Mereka membahas BRICS.';
    ds.articles[4] = { ...ds.articles[4]!, text: undefined, textUrl: 'texts/a4-evidence.json' };
    const i = ds.events.findIndex((e) => e.id === 'e-2025-01-21-video');
    ds.events[i] = { ...ds.events[i]!, sources: [{ articleId: 'a4' }] };
    const evidence = { 'e-2025-01-21-video': { date: [], participants: [[0, 35]], type: [[0, 35]], location: [], topics: {}, summary: [[0, 35]] } };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ text, evidence }))));
    open('e-2025-01-21-video', ds);
    const marked = () => [...document.querySelectorAll('.article-text .evidence')].map((e) => e.textContent).join('');
    await waitFor(() => expect(marked()).toContain('berbicara lewat video.'));
    expect(marked()).not.toContain('BRICS');
    expect(screen.queryByText(/evidence for this event is missing/)).toBeNull();
    vi.unstubAllGlobals();
  });

  it('shows a separately served text unmarked, with a notice, when its file lacks the evidence', async () => {
    const ds = makeDataset();
    ds.articles[4] = { ...ds.articles[4]!, text: undefined, textUrl: 'texts/a4-bare.json' };
    const i = ds.events.findIndex((e) => e.id === 'e-2025-01-21-video');
    ds.events[i] = { ...ds.events[i]!, sources: [{ articleId: 'a4' }] };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ text: 'Xi dan Putin berbicara.', evidence: { 'e-2025-01-21-video': { date: 'oops' } } }))));
    open('e-2025-01-21-video', ds);
    await screen.findByText('The evidence for this event is missing from texts/a4-bare.json, so the text is shown unmarked.');
    expect(document.querySelector('.article-text')?.textContent).toContain('Xi dan Putin berbicara.');
    vi.unstubAllGlobals();
  });

  it('switches between source articles with tabs', async () => {
    const ds = makeDataset();
    const rio = ds.events[4]!;
    ds.events[4] = { ...rio, sources: [...rio.sources, { articleId: 'a0', evidence: rio.sources[0]!.evidence }] };
    const { user } = open('e-2024-11-18-rio', ds);
    const tabs = screen.getAllByRole('tab');
    expect(tabs).toHaveLength(2);
    await user.click(screen.getByRole('tab', { name: 'Source 2' }));
    expect(screen.getByRole('heading', { name: 'Wang Yi Adakan Pembicaraan Telepon dengan Menlu Rusia' })).toBeInTheDocument();
  });
});
