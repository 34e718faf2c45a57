/**
 * Clauses of a sentence that report another action than the contact: "… bertemu Li Qiang sebelum
 * kembali ke Moskow pada Kamis (21/11)", "after arriving in Beijing on Monday". A date inside such a
 * clause dates that action; it only bounds the contact (before or after it).
 */

/** Where the contact of the rest of the sentence lies relative to what the clause reports. */
export type ClauseRelation = 'before' | 'after';

/** A clause opened by a connective, as a half-open range into the text. */
export interface Clause {
  start: number;
  end: number;
  /** The connective that opens it ("sebelum", "after", ", lalu"). */
  word: string;
  relation: ClauseRelation;
}

// The contact precedes what follows "sebelum", ", lalu"; it follows what follows "setelah", ", dan sebelumnya".
const CONNECTIVE = /(?:,\s*|(?<![\p{L}])(?:dan|and)\s+)(?:(lalu|kemudian|then|later)|(sebelumnya|previously|earlier))(?![\p{L}])|(?<![\p{L}])(?:(sebelum|before|prior\s+to|ahead\s+of|menjelang)|(setelah|sesudah|seusai|usai|after|following))(?![\p{L}])/giu;

/** What makes "earlier"/"later" a time's own word: "this month", "last week", "today", "in July". */
const TIME_AFTER = /^[\s\u00a0]+(?:(?:this|last|next|that)[\s\u00a0]+(?:week|month|year|spring|summer|autumn|fall|winter)|today|(?:in|on)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![\p{L}])/iu;

/** Clauses opened by a connective in [start, end); each runs to the next comma, semicolon, sentence end or connective outside `keep`. */
export function findClauses(text: string, start: number, end: number, keep: ReadonlyArray<{ start: number; end: number }>): Clause[] {
  const inside = (o: number) => keep.some((k) => o >= k.start && o < k.end);
  const slice = text.slice(start, end);
  const opens: Array<{ at: number; word: string; relation: ClauseRelation }> = [];
  for (const m of slice.matchAll(CONNECTIVE)) {
    const at = start + m.index;
    // "dua hari sebelumnya", "Senin lalu": a connective word inside a date expression opens nothing.
    if (inside(at) || inside(at + m[0].length - 1)) continue;
    // "…, earlier this month", "later this year": the word is part of the time, not another action.
    if (/^(?:earlier|later)$/i.test(m[2] ?? m[1] ?? '') && TIME_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 30))) continue;
    opens.push({ at, word: m[0], relation: m[1] || m[3] ? 'before' : 'after' });
  }
  return opens.map((o, k) => {
    const limit = opens[k + 1]?.at ?? end;
    let stop = o.at + o.word.length;
    // A dot after a lone capital ("U.S. policy", "S. Jaishankar") abbreviates; it ends nothing.
    const ends = (at: number) => /[.!?]/.test(text[at]!) && /\s/.test(text[at + 1] ?? ' ') && !inside(at) && !(text[at] === '.' && /(?:^|[^\p{L}])\p{Lu}$/u.test(text.slice(Math.max(0, at - 2), at)));
    while (stop < limit && !(/[,;:]/.test(text[stop]!) && !inside(stop)) && !ends(stop)) stop++;
    return { start: o.at, end: stop, word: o.word.replace(/^[,\s]+/, ''), relation: o.relation };
  });
}

/** The clause holding `offset`, or null when it lies in the main clause. */
export function clauseAt(clauses: Clause[], offset: number): Clause | null {
  return clauses.find((c) => offset >= c.start && offset < c.end) ?? null;
}

/**
 * Relative clauses set off by commas in [start, end): "Belousov, mantan ekonom yang menggantikan Sergei Shoigu pada Mei
 * tahun lalu, pertama kali bertemu Dong …", "Lavrov, who replaced Igor Ivanov in 2004, met …". What they say (a person,
 * a date) describes someone, not the contact.
 */
export function relativeClauses(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.slice(start, end).matchAll(/,[\s\u00a0]*(?:[\p{L}-]+[\s\u00a0]+){0,5}?(?:yang|who|whose|which)(?![\p{L}])[^,;.!?\n]*(?=,)/giu)) {
    out.push([start + m.index, start + m.index + m[0].length]);
  }
  return out;
}

/**
 * An arrival told in a relative clause without commas, up to its date: "Shoigu yang tiba di Beijing pada Minggu malam
 * bertemu …", "Lavrov, who arrived on Monday, met …". Its date is the arrival's, not the contact's.
 */
export function arrivalClauses(text: string, start: number, end: number, mentions: ReadonlyArray<{ start: number; end: number }>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.slice(start, end).matchAll(/(?<![\p{L}])(?:yang|who|which)[\s\u00a0]+(?:baru[\s\u00a0]+|had[\s\u00a0]+)?(?:tiba|datang|mendarat|sampai|arrived|landed)(?![\p{L}])/giu)) {
    const at = start + m.index;
    const date = mentions.find((d) => d.start > at && d.start - (at + m[0].length) <= 60 && d.end <= end);
    if (date && !/[,;.]/.test(text.slice(at, date.start))) out.push([at, date.end]);
  }
  return out;
}
