import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compileCorpus';
import { repoData, repoOptions } from './fixtures/repo';

// Small articles: "welcomed/received/hosted/greeted X", "menyambut/menjamu/menerima X" are meetings only with a person right after.
const enc = (s: string) => new TextEncoder().encode(s);
const events = (body: string) => compileCorpus([{ file: 'a.txt', bytes: enc(`Judul Berita Yang Cukup Panjang\n\nKamis, 08 Mei 2025 16:12 WIB\n\n${body}`) }], repoData(), repoOptions()).dataset.events;
const shape = (body: string) => events(body).map((e) => [e.type, [...e.participants].sort().join('+'), e.location].join(' '));

describe('welcome and host cues', () => {
  it.each([
    ['Russian President Vladimir Putin welcomed Chinese President Xi Jinping to the Kremlin on Thursday for talks on energy.', 'meeting vladimir-putin+xi-jinping moscow'],
    ['Putin welcomes Xi Jinping at the Kremlin.', 'meeting vladimir-putin+xi-jinping moscow'],
    ['Putin warmly welcomed Xi Jinping in Moscow on Thursday.', 'meeting vladimir-putin+xi-jinping moscow'],
    ['Xi Jinping greeted Vladimir Putin at the Great Hall of the People on Thursday.', 'meeting vladimir-putin+xi-jinping beijing'],
    ['Xi Jinping hosts Vladimir Putin in Zhongnanhai on Thursday.', 'meeting vladimir-putin+xi-jinping beijing'],
    ['Xi Jinping hosted Vladimir Putin for talks in Beijing on Thursday.', 'meeting vladimir-putin+xi-jinping beijing'],
    ['Presiden Vladimir Putin menyambut Presiden China Xi Jinping di Kremlin untuk pembicaraan, Kamis (8/5).', 'meeting vladimir-putin+xi-jinping moscow'],
    ['Putin menyambut hangat Xi Jinping di Moskow, Kamis (8/5).', 'meeting vladimir-putin+xi-jinping moscow'],
    ['Xi Jinping disambut Vladimir Putin di Kremlin, Kamis (8/5).', 'meeting vladimir-putin+xi-jinping moscow'],
    ['Presiden Xi Jinping menjamu Presiden Rusia Vladimir Putin di Zhongnanhai, Kamis (8/5).', 'meeting vladimir-putin+xi-jinping beijing'],
    ['Xi Jinping menerima Vladimir Putin di Balai Agung Rakyat, Kamis (8/5).', 'meeting vladimir-putin+xi-jinping beijing'],
    ['Presiden Rusia Vladimir Putin menerima Menlu China Wang Yi di Kremlin, Kamis (8/5).', 'meeting vladimir-putin+wang-yi moscow'],
    // A title the data does not know between the cue and the person.
    ['Presiden China Xi Jinping menerima Ketua Partai Rusia Bersatu Dmitry Medvedev di Beijing, Kamis (8/5).', 'meeting dmitry-medvedev+xi-jinping beijing'],
    ['Xi Jinping received former Russian President Dmitry Medvedev in Beijing on Thursday.', 'meeting dmitry-medvedev+xi-jinping beijing'],
  ])('%s → %s', (body, expected) => {
    expect(shape(body)).toEqual([expected]);
  });

  it.each([
    // No person after the cue: an agreement, a decision, a proposal owned by someone.
    'Vladimir Putin welcomed the agreement reached by Xi Jinping and Narendra Modi on Thursday.',
    "Vladimir Putin welcomed Xi Jinping's peace proposal on Thursday.",
    'Putin menyambut baik keputusan Xi Jinping soal Ukraina, Kamis (8/5).',
    "Putin received Xi Jinping's letter on Thursday.",
    'Xi Jinping, who arrived in Moscow on Wednesday, will attend the parade with Vladimir Putin on Friday.',
    'Xi Jinping menerima surat dari Presiden Rusia Vladimir Putin, Kamis (8/5).',
  ])('no contact: %s', (body) => {
    expect(events(body)).toEqual([]);
  });
});
