// French typography applied once to every text of the guide, so the data stays readable with
// plain spaces: a no-break space (U+00A0) before « : » and inside « », a narrow no-break
// space (U+202F) before ; ! ?, and the typographic apostrophe. Addresses are left alone: they
// contain none of these patterns.
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ +:(?=\s|$)/g, '\u00a0:'],
  [/ +([;!?])/g, '\u202f$1'],
  [/« +/g, '«\u00a0'],
  [/ +»/g, '\u00a0»'],
  [/'/g, '’'],
];

export function frenchTypography(text: string): string {
  return RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** Applies frenchTypography to every string inside a plain data value. */
export function withFrenchTypography<T>(value: T): T {
  if (typeof value === 'string') return frenchTypography(value) as T;
  if (Array.isArray(value)) return value.map((entry) => withFrenchTypography(entry)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, withFrenchTypography(entry)]),
    ) as T;
  }
  return value;
}
