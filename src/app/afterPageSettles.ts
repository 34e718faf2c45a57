/**
 * Runs `task` once nothing on the page says it is busy (no `aria-busy="true"`), or after `maxWaitMs` at the
 * latest; returns a function that cancels it. For background work that would otherwise compete for the CPU
 * with what the reader is waiting for: at 100,000 events, indexing the search while the network's layout
 * worker runs delayed the network by ~0.1 s on a two-core machine.
 */
export function afterPageSettles(task: () => void, maxWaitMs: number, root: ParentNode & Node = document): () => void {
  let done = false;
  const busy = () => root.querySelector('[aria-busy="true"]') !== null;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    clearTimeout(look);
    task();
  };
  // Watches every change under `root` until then (a few seconds at most), with one query per batch.
  const observer = typeof MutationObserver === 'function' ? new MutationObserver(() => !busy() && run()) : null;
  const timer = setTimeout(run, maxWaitMs);
  // Looked at after the current task: a view that turns busy in the same render (a layout effect that
  // starts work) has said so by then.
  const look = setTimeout(() => {
    if (!busy()) run();
    else observer?.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  }, 0);
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    clearTimeout(look);
  };
}
