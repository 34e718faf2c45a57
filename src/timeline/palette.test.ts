import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { EVENT_TYPES } from '../model/schema';
import { NO_TOPIC, OKABE_ITO, OTHER_COLOUR, OTHER_KEY, buildColourScale, colourKeyOf, pairingOf } from './palette';
import { SHAPE_OF, shapePath } from './shapes';

const actors = new Map(makeDataset().actors.map((a) => [a.id, a]));

describe('pairing and colour keys', () => {
  it('pairs the participants’ countries in sorted order', () => {
    expect(pairingOf(makeEvent('x', '2024-01-01', { participants: ['sergey-lavrov', 'wang-yi'] }), actors)).toBe('CN–RU');
    expect(pairingOf(makeEvent('x', '2024-01-01', { participants: ['vladimir-putin', 'sergey-lavrov'] }), actors)).toBe('RU');
  });
  it('agrees with the plain definition (distinct countries, sorted, unknown as "?") for any participants', () => {
    const ids = [...actors.keys(), 'nobody', 'somebody'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { maxLength: 5 }), (participants) => {
        const plain = [...new Set(participants.map((p) => actors.get(p)?.country || '?'))].sort().join('–');
        expect(pairingOf(makeEvent('x', '2024-01-01', { participants }), actors)).toBe(plain);
      }),
    );
  });
  it('uses the first topic as the main one, or none', () => {
    expect(colourKeyOf(makeEvent('x', '2024-01-01', { topics: ['ukraine', 'brics'] }), 'topic', actors)).toBe('ukraine');
    expect(colourKeyOf(makeEvent('x', '2024-01-01', { topics: [] }), 'topic', actors)).toBe(NO_TOPIC);
  });
});

describe('buildColourScale', () => {
  it('gives the most frequent keys the first colours and the rest grey', () => {
    const keys = ['b', 'a', 'a', ...'cdefghij'.split(''), NO_TOPIC];
    const s = buildColourScale(keys);
    expect(s.colourOf('a')).toBe(OKABE_ITO[0]);
    expect(s.colourOf('b')).toBe(OKABE_ITO[1]);
    expect(s.colourOf('j')).toBe(OTHER_COLOUR);
    expect(s.entries.map((e) => e.key).slice(-2)).toEqual([OTHER_KEY, NO_TOPIC]);
    expect(new Set(s.entries.slice(0, 7).map((e) => e.colour)).size).toBe(7);
  });
});

describe('shapes', () => {
  it('gives each event type its own shape with a path', () => {
    const shapes = EVENT_TYPES.map((t) => SHAPE_OF[t]);
    expect(new Set(shapes).size).toBe(6);
    for (const s of shapes) expect(shapePath(s, 5)).toMatch(/^M.*Z$/);
  });
});
