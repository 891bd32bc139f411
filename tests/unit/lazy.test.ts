// A schema built lazily is built once, on its first use, never at import.
import { describe, expect, it, vi } from 'vitest';
import { lazy } from '../../content/lib/lazy';

describe('lazy', () => {
  it('builds nothing until asked, then once, and gives the same value each time', () => {
    const build = vi.fn(() => ({ built: true }));
    const value = lazy(build);
    expect(build).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
