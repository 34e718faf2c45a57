/** Placeholder until the feature lands: the region exists so the layout and its landmarks are fixed. */
export function NetworkView() {
  return <section aria-label="Participants network" className="placeholder" />;
}
