// The machine-readable lines of a recognition report, shared by content/report/report.ts and
// scripts/fixture.mjs (plain JavaScript: Node 20 runs the script without a TypeScript runtime).

/** Opens the report's facts line: `<!-- vt-rapport {JSON} -->`. */
export const REPORT_FACTS = 'vt-rapport';
/** Opens the skeleton: `<!-- vt-squelette -->`. */
export const SKELETON_BEGIN = 'vt-squelette';
/** Closes the skeleton: `<!-- /vt-squelette -->`. */
export const SKELETON_END = '/vt-squelette';
/** The attribute that marks an element whose content the report left out. */
export const CUT_ATTRIBUTE = 'data-vt';
/**
 * Placeholders of masked address parts, replaced by plausible values in a fixture's links and address.
 * ⟨nombre⟩ also stands for the digits of an id, class or attribute value (content/report/tokens.ts).
 */
export const MASKED_NUMBER = '⟨nombre⟩';
export const MASKED_ID = '⟨id⟩';
export const MASKED_VALUE = '⟨valeur⟩';
/**
 * A word of an id, class, attribute value, custom element name or path that is not in the report's
 * dictionary (content/report/dictionary.ts). Left as written in a fixture: it masks to itself.
 */
export const MASKED_WORD = '⟨mot⟩';
