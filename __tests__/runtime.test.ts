import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  // The action runs on GitHub's node24 runtime; the `node` devDependency must put Node 24 first on PATH.
  it('tests run on Node 24', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
