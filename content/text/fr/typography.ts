// French typography, the single definition of the rule: a no-break space (U+00A0) before « : »
// and inside « », a narrow no-break space (U+202F) before ; ! ?, and the typographic apostrophe ’.
// The interface's constant texts are written already typeset (guide.ts, the files of content/text/fr/,
// content/compose/forms.ts): tests/unit/guide.test.ts checks each of them against this function,
// so nothing runs at load. At run time it only typesets the fixed words of the few sentences that
// insert a value (a count, a title, a label), never the value itself: what the user typed, or an
// address, is left as it is.
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
