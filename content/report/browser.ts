// The browser named in a recognition report: brand and major version only (a full user agent
// string says more about the machine than a maintainer needs).

import { reportLabels } from '../text/fr/report';

// Order matters: Edge and Opera also say "Chrome/", and every Chromium says "Safari/".
const BRANDS: ReadonlyArray<readonly [brand: string, pattern: RegExp]> = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/u],
  ['Opera', /\bOPR\/(\d+)/u],
  ['Firefox', /\bFirefox\/(\d+)/u],
  ['Chromium', /\bChromium\/(\d+)/u],
  ['Chrome', /\bChrome\/(\d+)/u],
];

export function browserFromUserAgent(userAgent: string): string {
  for (const [brand, pattern] of BRANDS) {
    const major = pattern.exec(userAgent)?.[1];
    if (major !== undefined) return `${brand} ${major}`;
  }
  return reportLabels.unknownBrowser;
}
