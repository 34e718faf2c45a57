import type { ReactNode } from 'react';

/** A titled group in the filter panel; the heading names the group for screen readers too. */
export function FilterSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="filter-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
