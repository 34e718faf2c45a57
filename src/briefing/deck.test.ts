import { describe, expect, it } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { citationsOf, eventSlide } from './deck';
import { toEventRecords } from './eventRecords';

const dataset = makeDataset();
const rio = toEventRecords(dataset.events.filter((e) => e.id === 'e-2024-11-18-rio'), dataset, 'en')[0]!;

describe('PowerPoint slide specs', () => {
  it('an event slide carries the long date, title, who, where, topics, summary, counter and citation', () => {
    const slide = eventSlide(rio, 'en', 2, 3);
    expect(slide).toEqual({
      kicker: '18 November 2024',
      title: 'Wang Yi – Lavrov meeting in Rio de Janeiro',
      lines: ['Meeting · Participants: Wang Yi, Sergey Lavrov', 'Place: Rio de Janeiro', 'BRICS · SCO · Ukraine', 'Wang Yi – Lavrov meeting in Rio de Janeiro summary.'],
      image: undefined,
      citations: ['Test Wire, “Menlu Tiongkok dan Rusia Bahas Hubungan Bilateral di Rio de Janeiro”, 20 Nov 2024, https://example.org/a2'],
      counter: '2 / 3',
    });
  });
  it('is written in the UI language and leaves out what is unknown', () => {
    const noUrl = { ...rio, place: null, topics: [], sources: [{ title: 'Judul', outlet: null, published: null, url: null }] };
    const slide = eventSlide(noUrl, 'id', 1, 1);
    expect(slide.kicker).toBe('18 November 2024');
    expect(slide.lines).toEqual(['Pertemuan · Peserta: Wang Yi, Sergey Lavrov', 'Wang Yi – Lavrov meeting in Rio de Janeiro summary.']);
    expect(citationsOf(noUrl, 'id')).toEqual(['“Judul”']);
  });
});
