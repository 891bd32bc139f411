// Text written by the page, held inside the reader only. It can be compared with another page
// text (is this fiche the user's own establishment?) but never read back: no getter, no
// toString, and JSON.stringify gives `{}`. So a recogniser may hand a name to the reader, and
// the type system stops it from going any further (PageContext has no field of this type).

import { normalizeLabel } from './normalize';

export class PageText {
  readonly #normalized: string;

  private constructor(normalized: string) {
    this.#normalized = normalized;
  }

  /** The text, white space collapsed and compared without case or accents; undefined when empty. */
  static of(raw: string): PageText | undefined {
    const normalized = normalizeLabel(raw);
    return normalized === '' ? undefined : new PageText(normalized);
  }

  /** Whether two page texts say the same thing (case, accents and spaces ignored). */
  sameAs(other: PageText): boolean {
    return this.#normalized === other.#normalized;
  }

  toJSON(): Record<string, never> {
    return {};
  }

  toString(): string {
    return '';
  }
}
