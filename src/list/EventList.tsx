/** Placeholder until the feature lands: the region exists so the layout and its landmarks are fixed. */
export function EventList() {
  return <section aria-label="Events" className="placeholder" />;
}
