import { describe, expect, it } from 'vitest';
import { initialScripts } from './bundleSize';

describe('initialScripts', () => {
  it('finds the entry script and module preloads, not stylesheets or lazy chunks', () => {
    const html = `<head><script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js"><link rel="stylesheet" href="./assets/index.css"></head>`;
    expect(initialScripts(html)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
  });
});
