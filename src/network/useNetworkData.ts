import { useMemo } from 'react';
import { useExplorer } from '../store/store';
import { selectEventById, selectLookups, selectVisibleEvents } from '../store/selectors';
import { countryColors } from './palette';
import { networkModel } from './networkModel';

/** The network of the visible events, from the store: graph, drawn edges, lookups and country colours. */
export function useNetworkData() {
  // In the same render as the filters, timeline and list, at every size. Deferring it above 20,000 events
  // (useDeferredValue) cost a second render pass and paint: with the network as cheap as it is now, a 100k
  // topic toggle measured 142 → 107 ms and a keystroke 151 → 119 ms without it (first interaction after
  // load, five interleaved loads each, on a slow machine).
  const events = useExplorer(selectVisibleEvents);
  const lookups = useExplorer(selectLookups);
  const eventById = useExplorer(selectEventById);
  const includeMentioned = useExplorer((s) => s.showMentioned);
  const dataset = useExplorer((s) => s.dataset);
  const { graph, drawn } = networkModel(events, dataset, includeMentioned);
  const colors = useMemo(
    () => countryColors([...lookups.actors.values()].map((a) => a.country)),
    [lookups],
  );
  return { graph, drawn, lookups, eventById, colors, eventCount: events.length };
}
