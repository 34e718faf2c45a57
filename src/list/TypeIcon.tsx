import type { EventType } from '../model/schema';
import { SHAPE_OF, shapePath } from '../timeline/shapes';

/** The event type's mark shape, as drawn on the timeline; decorative, the label beside it carries the meaning. */
export function TypeIcon({ type }: { type: EventType }) {
  return (
    <svg className={`type-icon type-${type}`} width="12" height="12" viewBox="-7 -7 14 14" aria-hidden="true" focusable="false">
      <path d={shapePath(SHAPE_OF[type], 5)} />
    </svg>
  );
}
