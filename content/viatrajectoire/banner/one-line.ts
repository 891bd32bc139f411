// A name in the banner written in one text node: « Établissement : Centre X | Unité : Y ». Each
// text node of the banner's own chrome (never a form control's, never a nested content's) is cut
// into pairs; a name is the value after an exact label. A guess [I 2026-11].

import { collapse, FORM_CONTROLS } from '../dom';
import { matchesNameLabel } from '../normalize';
import { PageText } from '../page-text';
import { contextLabelCandidates } from './label-value';
import { type BannerRecogniser, FIELD_LABELS, looksLikeMoreThanAName, readableInBanner } from './shared';

/** Separators between "Libellé : valeur" pairs in one text node, captured to rejoin a value. */
export const ONE_LINE_SEPARATORS = /(\s*\|\s*|\s[–·]\s)/u; // [I 2026-11] « X | Y », with – or · too

const NOT_TEXT = 'script, style, template, noscript';
const LABEL_ELEMENTS = `${contextLabelCandidates.join(', ')}, th`;
const PAIR = /^([^:]+?)\s*:\s*(.*)$/u;

/** The "label : value" pairs of one line; a part with no label belongs to the value before it (a name may hold " – "). */
function pairsInLine(line: string): { label: string; value: string }[] {
  const parts = line.split(ONE_LINE_SEPARATORS);
  const pairs: { label: string; value: string }[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const part = parts[index] ?? '';
    const pair = PAIR.exec(part);
    const previous = pairs.at(-1);
    if (pair) pairs.push({ label: pair[1] ?? '', value: pair[2] ?? '' });
    else if (previous) previous.value += `${parts[index - 1] ?? ''}${part}`;
  }
  return pairs;
}

export const oneLine: BannerRecogniser = {
  vocabulary: [],
  find(banner, field) {
    const walker = banner.ownerDocument.createTreeWalker(banner, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = (node as Text).data;
      const parent = node.parentElement;
      if (!text.includes(':') || parent === null || !readableInBanner(banner, parent)) continue;
      // A label element holds a label ("Structure : nom" in a dt is not a pair): the exact-label rule stays.
      if (parent.closest(`${FORM_CONTROLS}, ${NOT_TEXT}, ${LABEL_ELEMENTS}`) !== null) continue;
      for (const pair of pairsInLine(collapse(text))) {
        if (!matchesNameLabel(pair.label, FIELD_LABELS[field]) || looksLikeMoreThanAName(pair.value))
          continue;
        const found = PageText.of(pair.value);
        if (found !== undefined) return { text: found, via: 'one-line' };
      }
    }
    return undefined;
  },
};
