/** Placeholder until the feature lands: the region exists so the layout and its landmarks are fixed. */
export function FilterPanel() {
  return <section aria-label="Filters" className="placeholder" />;
}
