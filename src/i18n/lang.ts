/** The UI languages. Article texts are never translated. */
export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];

/** Returns a supported language for a browser language tag such as "id-ID", or null. */
export function langFromTag(tag: string | null | undefined): Lang | null {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return base === 'id' || base === 'in' ? 'id' : base === 'en' ? 'en' : null;
}

/** BCP 47 locale used for dates and numbers in each UI language. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', id: 'id-ID' };
