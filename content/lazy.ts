/**
 * A value built on its first use. For zod schemas: each costs its construction when its module is
 * evaluated, which in the content script is before the page's load event, on every page, for
 * schemas the page may never parse (about 1.5 ms measured for all of them in a CPU profile).
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
