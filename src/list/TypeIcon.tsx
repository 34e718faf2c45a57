import type { EventType } from '../model/schema';

// One distinct silhouette per type, so type reads without colour (same vocabulary as the timeline marks).
const SHAPES: Record<EventType, string> = {
  phone_call: 'M6 1 L11 6 L6 11 L1 6 Z',
  video_call: 'M1 2 H11 V10 H1 Z',
  meeting: 'M6 1 A5 5 0 1 1 5.99 1 Z',
  consultation: 'M6 1 L11 11 H1 Z',
  summit: 'M6 0.5 L7.6 4.3 L11.7 4.6 L8.6 7.3 L9.5 11.3 L6 9.2 L2.5 11.3 L3.4 7.3 L0.3 4.6 L4.4 4.3 Z',
  visit: 'M1 6 L6 1 L11 6 L8 6 L8 11 L4 11 L4 6 Z',
};

/** A small shape standing for an event type; decorative, the label beside it carries the meaning. */
export function TypeIcon({ type }: { type: EventType }) {
  return (
    <svg className={`type-icon type-${type}`} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d={SHAPES[type]} />
    </svg>
  );
}
