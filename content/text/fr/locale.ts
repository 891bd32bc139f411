// The interface's locale: every date and number the interface writes goes through Intl with it.

export const INTERFACE_LOCALE = 'fr-FR';

// Made at first use: the content script loads this module on every page but rarely writes a number.
let numbers: Intl.NumberFormat | undefined;

/** A number as French readers write it: 1 800, thousands grouped by a narrow no-break space. */
export function formatNumber(value: number): string {
  numbers ??= new Intl.NumberFormat(INTERFACE_LOCALE);
  return numbers.format(value);
}
