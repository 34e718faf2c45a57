import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BadRow, fieldsProblem, isRecordTable, tabulate, untabulateAll } from './recordTable';

describe('tabulate', () => {
  it('writes the field names once and one row of values per record, nested objects as dotted fields', () => {
    const records = [
      { id: 'e-1', date: { value: '2024-05', precision: 'month' }, topics: ['brics'], location: null },
      { id: 'e-2', date: { value: '2024-05-16', precision: 'day' }, topics: [], location: 'beijing' },
    ];
    expect(tabulate(records)).toEqual({
      fields: ['id', 'date.value', 'date.precision', 'topics', 'location'],
      rows: [
        ['e-1', '2024-05', 'month', ['brics'], null],
        ['e-2', '2024-05-16', 'day', [], 'beijing'],
      ],
    });
  });

  it('keeps arrays of objects whole', () => {
    expect(tabulate([{ id: 'e', sources: [{ articleId: 'a', evidence: { date: [[0, 4]] } }] }])!.rows).toEqual([['e', [{ articleId: 'a', evidence: { date: [[0, 4]] } }]]]);
  });

  it('gives up (null) when the records do not share their fields, in order', () => {
    expect(tabulate([{ id: 'a', text: 'x' }, { id: 'b', textUrl: 'y' }])).toBeNull();
    expect(tabulate([{ id: 'a', n: 1 }, { n: 1, id: 'b' }])).toBeNull();
    expect(tabulate([{ id: 'a', date: { v: 1 } }, { id: 'b', date: null }])).toBeNull();
    expect(tabulate([{ 'a.b': 1 }])).toBeNull();
    expect(tabulate([{ id: 'a', optional: undefined }])).toBeNull();
    expect(tabulate([])).toBeNull();
    expect(tabulate([['not', 'a', 'record']])).toBeNull();
  });
});

describe('untabulate', () => {
  it('turns a row of the wrong length or shape into a BadRow that says why, and keeps the rest', () => {
    const records = untabulateAll({ fields: ['id', 'date.value'], rows: [['e-1', '2024'], ['e-2'], 'e-3', ['e-4', '2025']] });
    expect(records[0]).toEqual({ id: 'e-1', date: { value: '2024' } });
    expect(records[1]).toEqual(new BadRow('row 1 has 1 values for 2 fields'));
    expect(records[2]).toEqual(new BadRow('row 2 is not an array of values'));
    expect(records[3]).toEqual({ id: 'e-4', date: { value: '2025' } });
  });

  it('refuses field names it cannot read back, naming them', () => {
    expect(() => untabulateAll({ fields: ['id', 'id'], rows: [] })).toThrow('the field "id" is named twice');
    expect(() => untabulateAll({ fields: ['date', 'date.value'], rows: [] })).toThrow('"date" is both a field and a group of fields');
    expect(() => untabulateAll({ fields: ['__proto__.polluted'], rows: [[1]] })).toThrow('cannot be read');
    expect(fieldsProblem(['a.b.c'])).toMatch('cannot be read');
    expect(fieldsProblem(['id', 'date.value', 'date.precision'])).toBeNull();
  });

  it('recognises the table shape only with string field names and an array of rows', () => {
    expect(isRecordTable({ fields: ['id'], rows: [] })).toBe(true);
    expect(isRecordTable({ fields: [1], rows: [] })).toBe(false);
    expect(isRecordTable({ fields: ['id'] })).toBe(false);
    expect(isRecordTable([{ id: 'a' }])).toBe(false);
  });
});

const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', '_'), minLength: 1, maxLength: 3 }).filter((k) => k !== '__proto__');
const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.record({ articleId: fc.string() }), { maxLength: 2 }));

describe('tabulate and untabulate (properties)', () => {
  it('give back the very records, through JSON, for any list of records sharing their fields', () => {
    const shape = fc.uniqueArray(fc.tuple(key, fc.boolean(), fc.uniqueArray(key, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 5, selector: ([k]) => k });
    fc.assert(
      fc.property(
        shape.chain((fields) => {
          const record = fc.tuple(...fields.map(([, nested, subs]) => (nested ? fc.tuple(...subs.map(() => value)) : value)));
          return fc.tuple(fc.constant(fields), fc.array(record, { minLength: 1, maxLength: 20 }));
        }),
        ([fields, valueRows]) => {
          const records = valueRows.map((vals) =>
            Object.fromEntries(fields.map(([k, nested, subs], i) => [k, nested ? Object.fromEntries(subs.map((s, j) => [s, (vals[i] as unknown[])[j]])) : vals[i]])),
          );
          const table = tabulate(records);
          expect(table).not.toBeNull();
          expect(untabulateAll(JSON.parse(JSON.stringify(table)))).toEqual(records);
        },
      ),
    );
  });

  it('read any rows into exactly one record or BadRow each, never throwing once the fields are readable', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 4 }), fc.array(fc.oneof(fc.array(value, { maxLength: 5 }), value), { maxLength: 20 }), (fields, rows) => {
        const records = untabulateAll({ fields, rows });
        expect(records).toHaveLength(rows.length);
        records.forEach((r, i) => {
          const fits = Array.isArray(rows[i]) && (rows[i] as unknown[]).length === fields.length;
          expect(r instanceof BadRow).toBe(!fits);
        });
      }),
    );
  });
});
