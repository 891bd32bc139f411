/**
 * A value built on its first use. For schemas: built when its module is evaluated, each would
 * cost its construction before the page's load event, on every page, even where it is never parsed.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
