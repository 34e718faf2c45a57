/**
 * Runs `task` in a task of its own once the browser has painted the current frame (or at once in the next
 * task where frames are not available); returns a function that cancels it. For work whose result is not
 * on screen in this frame anyway, so that it does not hold the frame back.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  else timer = setTimeout(task, 0);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
