/** Saves `blob` as a file named `filename` through a temporary blob URL and an `<a download>`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file-name-safe stem with today's date, e.g. "contacts-timeline-2026-11-22". */
export function fileStem(what: string, now = new Date()): string {
  return `contacts-${what}-${now.toISOString().slice(0, 10)}`;
}
