/** Returns the URL when it is an absolute http(s) address, else null (javascript:, data: and the like are never linked). */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Resolves a same-origin path against the page; null when it points at another origin or scheme. */
export function sameOriginUrl(raw: string, pageHref: string): string | null {
  try {
    const url = new URL(raw, pageHref);
    const page = new URL(pageHref);
    return url.origin === page.origin && /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
