/** Placeholder until the feature lands: the region exists so the layout and its landmarks are fixed. */
export function ArticlePanel() {
  return <section aria-label="Article" className="placeholder" />;
}
