import { describe, expect, it } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { DatasetError, parseDataset } from './parseDataset';

describe('parseDataset', () => {
  it('accepts a valid dataset unchanged', () => {
    const ds = makeDataset();
    const { dataset, warnings } = parseDataset(JSON.stringify(ds));
    expect(warnings).toEqual([]);
    expect(dataset.events).toHaveLength(7);
  });
  it('says the file is truncated when it stops mid-way', () => {
    const text = JSON.stringify(makeDataset());
    expect(() => parseDataset(text.slice(0, text.length / 2))).toThrow(/truncated/);
  });
  it('names the version it found and the one it reads', () => {
    expect(() => parseDataset(JSON.stringify({ ...makeDataset(), version: 99 }))).toThrow(/version 99.*version 1/);
  });
  it('rejects non-JSON with a DatasetError that carries a hint', () => {
    try {
      parseDataset('<html>Not found</html>');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      expect((e as DatasetError).hint).toMatch(/npm run compile/);
    }
  });
  it('skips one bad event, an unknown actor and a duplicate id, and keeps the rest', () => {
    const ds = makeDataset();
    const bad = { ...ds.events[0]!, id: 'bad', date: { ...ds.events[0]!.date, value: 'yesterday' } };
    const unknown = { ...ds.events[1]!, id: 'unknown-actor', participants: ['nobody'] };
    const dup = { ...ds.events[2]! };
    const { dataset, warnings } = parseDataset({ ...ds, events: [...ds.events, bad, unknown, dup] });
    expect(dataset.events).toHaveLength(7);
    expect(warnings.map((w) => w.id)).toEqual(['bad', ds.events[2]!.id, 'unknown-actor']);
    expect(warnings.find((w) => w.id === 'unknown-actor')?.message).toMatch(/unknown actor id nobody/);
  });
});
