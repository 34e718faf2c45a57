import { EVENT_TYPES, type EventType } from '../model/schema';

/** The six mark shapes, one per event type. */
export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'star';

/** Event type → shape; every type has its own. */
export const SHAPE_OF: Record<EventType, Shape> = {
  phone_call: 'circle',
  video_call: 'square',
  meeting: 'diamond',
  consultation: 'triangle',
  summit: 'star',
  visit: 'cross',
};

/** The event types in legend order. */
export const TYPES_IN_ORDER: readonly EventType[] = EVENT_TYPES;

function polygon(n: number, r: number, rotate: number, inner?: number): string {
  const pts: string[] = [];
  const steps = inner === undefined ? n : n * 2;
  for (let i = 0; i < steps; i++) {
    const rr = inner !== undefined && i % 2 === 1 ? inner : r;
    const a = rotate + (i * 2 * Math.PI) / steps;
    pts.push(`${(rr * Math.cos(a)).toFixed(2)},${(rr * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join('L')}Z`;
}

/** SVG path data of `shape` centred on 0,0 with radius `r` (areas roughly equal so no shape looks heavier). */
export function shapePath(shape: Shape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'square': {
      const s = r * 0.89;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'diamond':
      return polygon(4, r * 1.2, -Math.PI / 2);
    case 'triangle':
      return polygon(3, r * 1.25, -Math.PI / 2);
    case 'cross': {
      const a = r * 1.15;
      const b = r * 0.42;
      return `M${-b},${-a}H${b}V${-b}H${a}V${b}H${b}V${a}H${-b}V${b}H${-a}V${-b}H${-b}Z`;
    }
    case 'star':
      return polygon(5, r * 1.35, -Math.PI / 2, r * 0.6);
  }
}
