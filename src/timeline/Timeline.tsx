/** Placeholder until the feature lands: the region exists so the layout and its landmarks are fixed. */
export function Timeline() {
  return <section aria-label="Timeline" className="placeholder" />;
}
