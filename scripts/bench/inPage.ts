/**
 * Functions that run inside the benchmarked page (passed to page.evaluate): they must not use imports or
 * outer variables. Times come from the page's own clock, whose origin is the navigation start.
 */

/**
 * Waits until the status line reads `expected`, the timeline canvas is drawn and nothing is busy (the
 * network has its layout: until then its people are not drawn); returns ms since navigation, or -1 on an
 * error screen.
 */
export async function waitForComplete([expected, timeoutMs]: [string, number]): Promise<number | null> {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (document.querySelector('[role=alert]')) return -1;
    const status = [...document.querySelectorAll('[role=status]')].some((s) => s.textContent?.includes(expected));
    const canvas = document.querySelector('canvas');
    const pending = document.querySelector('[aria-busy="true"]');
    if (status && canvas && canvas.width > 0 && !pending) {
      await frame();
      await new Promise((r) => setTimeout(r, 0)); // past the paint of that frame
      return performance.now();
    }
    await frame();
  }
  return null;
}

/** Resolves once no task has run longer than 50 ms for `quietMs` (the app's background indexing is done), or after `maxMs`. */
export function waitForQuiet([quietMs, maxMs]: [number, number]): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    let last = started;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
    });
    try {
      observer.observe({ type: 'longtask', buffered: false });
    } catch {
      /* no longtask support: fall back to the fixed wait */
    }
    const check = () => {
      const now = performance.now();
      if (now - last >= quietMs || now - started >= maxMs) {
        observer.disconnect();
        resolve(now - started);
      } else setTimeout(check, 100);
    };
    setTimeout(check, 100);
  });
}

/**
 * Waits until nothing on the page is `aria-busy` (after a filter change the network's layout comes from a
 * worker a few hundred ms later), or `maxMs`; returns the ms waited. Followed by waitForQuiet, the next
 * measured interaction does not also pay for the end of the previous one.
 */
export async function waitForNotBusy(maxMs: number): Promise<number> {
  const started = performance.now();
  while (document.querySelector('[aria-busy="true"]') && performance.now() - started < maxMs) await new Promise((r) => setTimeout(r, 20));
  return performance.now() - started;
}

/** Arms a probe: records the time of the next `eventType` (click, keydown) and of the paint after the status line next changes and the network shows the same events. */
export function armStatusProbe(eventType: string): void {
  const w = window as unknown as { __probe: { start: number | null; painted: number | null } };
  const probe = (w.__probe = { start: null as number | null, painted: null as number | null });
  const status = document.querySelector('.status-line[role=status]') ?? document.querySelector('[role=status]');
  if (!status) return;
  const before = status.textContent;
  window.addEventListener(eventType, (e) => (probe.start ??= e.timeStamp), { capture: true, once: true });
  const paint = () => requestAnimationFrame(() => setTimeout(() => (probe.painted = performance.now()), 0));
  // The result counts once the network, too, shows the new events (its data-network-events attribute says
  // how many it was drawn from), should it ever follow the list and timeline in a later render.
  const network = document.querySelector('[data-network-events]');
  const observer = new MutationObserver(() => {
    if (status.textContent === before) return;
    observer.disconnect();
    const shown = /([\d.,\s\u00a0\u202f]+) (of|dari)/.exec(status.textContent ?? '')?.[1]?.replace(/\D/g, '');
    const drawn = () => !network || !shown || network.getAttribute('data-network-events') === shown;
    if (drawn()) return paint();
    const follow = new MutationObserver(() => {
      if (!drawn()) return;
      follow.disconnect();
      paint();
    });
    follow.observe(network!, { attributes: true, attributeFilter: ['data-network-events'] });
  });
  observer.observe(status, { subtree: true, childList: true, characterData: true });
}

/** Waits for the armed probe; returns ms from the input event to the painted result, or null on timeout. */
export async function readStatusProbe(timeoutMs: number): Promise<number | null> {
  const w = window as unknown as { __probe?: { start: number | null; painted: number | null } };
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const p = w.__probe;
    if (p?.start != null && p.painted != null) return p.painted - p.start;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

/** Scripted zoom and pan on the timeline (one wheel or drag step per frame); returns the frame durations, or null without a chart. */
export async function zoomAndPan(steps: number): Promise<number[] | null> {
  const canvas = document.querySelector('canvas');
  const target = (canvas?.parentElement ?? canvas) as HTMLElement | null;
  if (!canvas || !target) return null;
  const r = canvas.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + Math.min(r.height / 2, 40);
  const frames: number[] = [];
  let last = await new Promise<number>((res) => requestAnimationFrame(res));
  const mouse = (type: string, dx: number) =>
    (type === 'mousedown' ? target : window).dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x + dx, clientY: y, button: 0 }));
  for (let i = 0; i < steps * 3; i++) {
    if (i < steps) target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY: -120 }));
    else if (i < steps * 2) target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY: 120 }));
    else if (i === steps * 2) mouse('mousedown', 0);
    else mouse('mousemove', (i - steps * 2) * 8);
    const now = await new Promise<number>((res) => requestAnimationFrame(res));
    frames.push(now - last);
    last = now;
  }
  mouse('mouseup', steps * 8);
  return frames;
}

/**
 * The floor under the first render: downloads `url` as text and JSON.parses it, on a page that does
 * nothing else; returns ms from the request to the parsed value, or null when the request fails.
 */
export async function fetchAndParse(url: string): Promise<number | null> {
  const started = performance.now();
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) return null;
  JSON.parse(await response.text());
  return performance.now() - started;
}
