import { describe, expect, it } from 'vitest';
import { boundedDate, isDatelineDate, ownDate } from './dateContact';
import { findDateMentions, resolveMention } from './dates';
import { relativeClauses } from './clauses';

/** [own date words, bound date words, relation] for the cue word `cue` in `s`. */
function pick(s: string, cue: string) {
  const mentions = findDateMentions(s);
  const { own, bound } = ownDate(s, mentions, 0, s.length, s.indexOf(cue));
  return [own?.raw ?? null, bound?.mention.raw ?? null, bound?.relation ?? null];
}

describe('which date in a sentence belongs to the contact', () => {
  it.each([
    ['Volodin juga dijadwalkan bertemu Perdana Menteri Li Qiang sebelum kembali ke Moskow pada Kamis (21/11/2024).', 'bertemu', [null, 'pada Kamis (21/11/2024)', 'before']],
    ['Wang Yi bertemu Lavrov di Rio de Janeiro, Brasil, pada Senin (18/11).', 'bertemu', ['pada Senin (18/11)', null, null]],
    ["His talks with Sergei Shoigu, the former defense minister who became secretary of Russia's Security Council in May, took place on September 11.", 'talks', ['on September 11', null, null]],
    ['Setelah tiba di Moskow pada Selasa, Wang Yi bertemu Lavrov.', 'bertemu', [null, 'pada Selasa', 'after']],
    ['Sebelum bertolak ke Beijing pada Senin, Putin bertemu Lavrov.', 'bertemu', [null, 'pada Senin', 'before']],
    ['Wang Yi bertemu Putin pada Rabu, lalu bertolak ke Beijing pada Kamis.', 'bertemu', ['pada Rabu', null, null]],
    ['Wang Yi bertemu Putin, lalu bertolak ke Beijing pada Kamis.', 'bertemu', [null, 'pada Kamis', 'before']],
    ['Lavrov met Wang Yi on Tuesday after arriving in Beijing on Monday.', 'met', ['on Tuesday', null, null]],
    // "earlier" belongs to the time after it, opening no other action.
    ['Xi and Putin met in Astana, Kazakhstan, earlier this month and reached new understandings.', 'met', ['this month', null, null]],
    ['Lavrov met Wang Yi after arriving in Beijing on Monday.', 'met', [null, 'on Monday', 'after']],
    ['Lavrov will meet Wang Yi before flying to Rio on Thursday.', 'meet', [null, 'on Thursday', 'before']],
    ['Setelah bertemu Putin pada Rabu, Wang Yi terbang ke Beijing pada Kamis.', 'bertemu', ['pada Rabu', null, null]],
    ['Xi bertemu Putin pada Senin (18/11) lalu di Kremlin.', 'bertemu', ['pada Senin (18/11) lalu', null, null]],
    ['Wang Yi bertemu Lavrov di Moskow, dan sebelumnya menelepon Shoigu pada Minggu.', 'bertemu', [null, 'pada Minggu', 'after']],
    ['Xi dan Putin bertemu pada 18 September 2024 sebelum KTT.', 'bertemu', ['18 September 2024', null, null]],
    // "U.S." abbreviates: the clause runs on past it, and its date is what the call came after.
    ['The call came after Trump upended U.S. policy by holding a phone call with Putin on Feb. 12.', 'The call', [null, 'on Feb. 12', 'after']],
  ])('%s', (s, cue, expected) => {
    expect(pick(s, cue)).toEqual(expected);
  });
});

describe('a contact dated only by another action of its sentence', () => {
  const s = 'Volodin juga dijadwalkan bertemu Li Qiang sebelum kembali ke Moskow pada Kamis (21/11/2024).';
  const bound = ownDate(s, findDateMentions(s), 0, s.length, s.indexOf('bertemu')).bound!;
  const ctx = { articleDate: '2024-11-19', horizon: '2026-01-01', constraints: [], yearHints: [] };
  const b = resolveMention(bound.mention, ctx);

  it('is planned between the article date and the other action when still to come', () => {
    const d = boundedDate(bound, b, null, '2024-11-19', true);
    expect([d.value, d.earliest, d.latest]).toEqual(['2024-11-19', '2024-11-19', '2024-11-21']);
    expect(d.basis).toMatch(/^'pada Kamis \(21\/11\/2024\)' dates another action of the sentence \('sebelum …'\)/);
  });

  it('is on or shortly before it when reported after the fact and nothing else dates it', () => {
    const d = boundedDate(bound, b, null, '2024-11-25', false);
    expect([d.value, d.latest]).toEqual(['2024-11-21', '2024-11-21']);
  });

  it('follows an "after" clause: on or after that day, up to the article date', () => {
    const after = { ...bound, relation: 'after' as const, word: 'setelah' };
    const d = boundedDate(after, b, null, '2024-11-23', false);
    expect([d.value, d.earliest, d.latest]).toEqual(['2024-11-21', '2024-11-21', '2024-11-23']);
  });
});

describe('dateline dates are filing dates, never a contact date', () => {
  it.each([
    ['Beijing, 12 Juli (CRI) -- Xi Jinping menelepon Putin pada Kamis (11/7).', '12 Juli', true],
    ['Judul\n\nMoskow, 3 Maret (ANTARA) - Lavrov bertemu Wang Yi.', '3 Maret', true],
    ['Xi Jinping menelepon Putin pada Kamis (11/7) - kata kantor berita.', 'pada Kamis (11/7)', false],
    ['Lavrov bertemu Wang Yi, 3 Maret 2024 di Moskow.', '3 Maret 2024', false],
    // A city and its country, with a month abbreviation that no longer ends the sentence.
    ['SAMARKAND, Uzbekistan, Sept. 16 (Xinhua) -- Xi met Putin on Thursday.', 'Sept. 16', true],
  ])('%j: %s in a dateline = %s', (s, raw, expected) => {
    const m = findDateMentions(s).find((x) => x.raw === raw)!;
    expect(isDatelineDate(s, m)).toBe(expected);
  });
});

describe('relativeClauses', () => {
  const spans = (s: string) => relativeClauses(s, 0, s.length).map(([a, b]) => s.slice(a, b));
  it('finds a relative clause set off by commas, Indonesian and English', () => {
    expect(spans('Belousov, mantan ekonom yang menggantikan Sergei Shoigu pada Mei tahun lalu, pertama kali bertemu Dong')).toEqual([', mantan ekonom yang menggantikan Sergei Shoigu pada Mei tahun lalu']);
    expect(spans('Xi, who also met Mishustin on Tuesday, passed on greetings')).toEqual([', who also met Mishustin on Tuesday']);
    // A longer appositive before "who": "the former defense minister who became secretary … in May".
    expect(spans("His talks with Sergei Shoigu, the former defense minister who became secretary of Russia's Security Council in May, took place on September 11")).toEqual([
      ", the former defense minister who became secretary of Russia's Security Council in May",
    ]);
  });
  it('finds none without a closing comma or a relative word', () => {
    expect(spans('Putin bertemu Xi yang tiba di Moskow pada Senin.')).toEqual([]);
    expect(spans('Wang Yi, Menlu China, bertemu Lavrov.')).toEqual([]);
  });
});
