import { useMemo } from 'react';
import type { TimelineEvent } from '../model/schema';
import { selectVisibleEventsByDate } from '../store/selectors';
import { useExplorer } from '../store/store';

export type SortOrder = 'asc' | 'desc';

/** The visible events in the list's sort order (a reversed copy only when newest first). */
export function useRows(order: SortOrder): TimelineEvent[] {
  const byDate = useExplorer(selectVisibleEventsByDate);
  return useMemo(() => (order === 'asc' ? byDate : [...byDate].reverse()), [byDate, order]);
}
