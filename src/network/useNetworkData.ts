import { useDeferredValue, useMemo } from 'react';
import { useExplorer } from '../store/store';
import { selectEventById, selectLookups, selectVisibleEvents } from '../store/selectors';
import { countryColors } from './palette';
import { networkModel } from './networkModel';

/** Above this many visible events (before or after a change) the network follows the other views in a deferred render. */
const DEFER_ABOVE = 20_000;

/** The network of the visible events, from the store: graph, drawn edges, lookups and country colours. */
export function useNetworkData() {
  // Deferred when large: at 100,000 events the network takes tens of milliseconds, so the filters, timeline
  // and list update first and the network follows in the next, interruptible render. Smaller sets update
  // in the same render: a second render and paint would cost more than it saves.
  const current = useExplorer(selectVisibleEvents);
  const deferred = useDeferredValue(current);
  // A rehearsal renders everything in one synchronous pass (see app/rehearse).
  const rehearsing = useExplorer((s) => s.rehearsing);
  const events = rehearsing || (current.length <= DEFER_ABOVE && deferred.length <= DEFER_ABOVE) ? current : deferred;
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
