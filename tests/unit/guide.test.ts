import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  FORMS,
  HABILITATION_OPTIONS,
  REFERENT_FIELDS,
  STRUCTURE_KIND_OPTIONS,
} from '../../content/compose/forms';
import { CONTACT_ADDRESS, guide, PREREQUISITE_IDS, SITUATION_IDS } from '../../content/guide';
import { askHabilitation, mailTexts, mailWords } from '../../content/guide/mail-texts';
import { guideSchema } from '../../content/guide/schema';
import { badgeLabels } from '../../content/text/fr/badge';
import { composeButtonLabels, composerLabels } from '../../content/text/fr/composer';
import { formFieldLabels, formTexts } from '../../content/text/fr/forms';
import { openOptionsLabel, optionsLabels } from '../../content/text/fr/options';
import { labels } from '../../content/text/fr/panel';
import { popupLabels } from '../../content/text/fr/popup';
import { reportLabels } from '../../content/text/fr/report';
import { frenchTypography } from '../../content/text/fr/typography';
import {
  FACT_NAMES,
  KIND_SOURCE_NAMES,
  PAGE_KIND_NAMES,
  RULE_SENTENCES,
  SIGNAL_NAMES,
  understandingLabels,
} from '../../content/text/fr/understanding';

// Read from the project root: happy-dom gives import.meta.url an http: scheme.
const seed = readFileSync(resolve(process.cwd(), 'tests/fixtures/guide-sesan-2025-11-18.txt'), 'utf8');

/** Compares wording across the seed and the data: case, accents, apostrophes, hyphens, spaces, dots. */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\.\.\.|…/g, '…')
    .replace(/\\([()])/g, '$1')
    .replace(/\[([^\]]*)\]\(#\)/g, '$1') // the seed's markdown links, all to "#"
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The seed's own spelling mistakes, corrected in the data (see the header of guide.ts). */
function correctSeed(text: string): string {
  return text.replace('décrise', 'décrite').replace('une habilitations', 'une habilitation');
}

/** Bulleted lines of the seed that follow `heading`, until the first blank-line gap. */
function bulletsAfter(heading: string): string[] {
  const start = seed.indexOf(heading);
  expect(start, `the seed has "${heading}"`).toBeGreaterThan(-1);
  const lines = seed.slice(start + heading.length).split('\n');
  const bullets: string[] = [];
  for (const line of lines) {
    if (/^\s*-\s/.test(line)) bullets.push(line.replace(/^\s*-\s*/, '').trim());
    else if (bullets.length > 0 && line.trim() === '') break;
  }
  return bullets;
}

const allGuideText = normalize(JSON.stringify(guide));

/**
 * Every constant text of the interface, written already typeset (nothing typesets them at load).
 * Functions are left out (the ones that insert a value apply frenchTypography themselves), except
 * the panel's announcement, which types its no-break space by hand: its sentence for every
 * situation is checked.
 */
const INTERFACE_TEXTS = {
  guide,
  labels,
  popupLabels,
  composerLabels,
  composeButtonLabels,
  formFieldLabels,
  formTexts,
  mailWords,
  mailTexts,
  askHabilitation: askHabilitation('Gestionnaire administratif et social'),
  optionsLabels,
  openOptionsLabel,
  badgeLabels,
  reportLabels,
  REFERENT_FIELDS,
  HABILITATION_OPTIONS,
  STRUCTURE_KIND_OPTIONS,
  FORMS,
  situationAnnounce: guide.situations.map((situation) => labels.situationAnnounce(situation.title)),
  understandingLabels,
  PAGE_KIND_NAMES,
  KIND_SOURCE_NAMES,
  FACT_NAMES,
  RULE_SENTENCES,
  SIGNAL_NAMES,
  // The sentences that insert a value, with a value of each kind they are given.
  understandingSentences: [
    understandingLabels.fact(
      FACT_NAMES.hasUnit,
      understandingLabels.no,
      understandingLabels.atTime('9', '05'),
    ),
    understandingLabels.onDay('2 décembre', understandingLabels.atTime('14', '30')),
    ...Object.values(SIGNAL_NAMES).map(understandingLabels.notFound),
  ],
};

/** Each string inside a data value, with where it is (`labels.copyFailed`, `guide.intro[0]`). */
function textsOf(path: string, value: unknown): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((entry, index) => textsOf(`${path}[${index}]`, entry));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, entry]) => textsOf(`${path}.${key}`, entry));
  return [];
}

/** Tells a contributor what to type: the text to paste, and where its invisible spaces go. */
function typesetMessage(path: string, problem: string, text: string, expected: string): string {
  // A mail body is many lines: only the lines to change.
  const written = text.split('\n');
  const lines = expected.split('\n').filter((line, index) => line !== written[index]);
  const visible = (line: string) => line.replace(/\u00a0/g, '[U+00A0]').replace(/\u202f/g, '[U+202F]');
  return [
    `${path} ${problem}. Write ${lines.length < expected.split('\n').length ? 'these lines' : 'it'} as (copy and paste):`,
    ...lines.map((line) => `  ${line}`),
    'that is, with the spaces shown:',
    ...lines.map((line) => `  ${visible(line)}`),
    'French typography: a no-break space U+00A0 before « : » and inside « », a narrow no-break space',
    "U+202F before ; ! ?, and the apostrophe ’ (U+2019), not '.",
  ].join('\n');
}

describe('the guide data', () => {
  it('is valid against its schema', () => {
    const result = v.safeParse(guideSchema, guide);
    expect(
      result.success,
      JSON.stringify(result.issues?.map((issue) => [v.getDotPath(issue), issue.message])),
    ).toBe(true);
  });

  it('has every situation and prerequisite id exactly once', () => {
    expect(guide.situations.map((situation) => situation.id).sort()).toEqual([...SITUATION_IDS].sort());
    expect(guide.prerequisites.map((prerequisite) => prerequisite.id)).toEqual([...PREREQUISITE_IDS]);
  });

  it('carries the title, version and date of the seed', () => {
    expect(normalize(seed)).toContain(normalize(guide.title));
    expect(normalize(seed)).toContain(normalize(guide.version));
    expect(guide.date).toBe('2025-11-18');
  });

  it('covers the four situations of the seed, in its words', () => {
    const titles = bulletsAfter('envoyer des demandes vers des ACT mais...');
    expect(titles).toHaveLength(4);
    const dataTitles = guide.situations
      .filter((situation) => situation.inGuide)
      .map((s) => normalize(s.title));
    for (const title of titles) expect(dataTitles).toContain(normalize(correctSeed(title)));
  });

  it('covers every prerequisite of the seed, grouped as the seed groups them', () => {
    for (const [heading, group] of [
      ["Prérequis à l'échelle de la structure :", 'structure'],
      ["Prérequis à l'échelle de l'utilisateur :", 'user'],
    ] as const) {
      const wordings = bulletsAfter(heading).filter(
        (line) => !/^(Prescripteur|Equipe|Gestionnaire)/.test(line),
      );
      const data = guide.prerequisites.filter((prerequisite) => prerequisite.group === group);
      expect(data.map((prerequisite) => normalize(prerequisite.guideWording))).toEqual(
        wordings.map((wording) => normalize(correctSeed(wording)).replace(/ :$/, '')),
      );
    }
  });

  it('lists the three habilitations of the seed', () => {
    const habilitations = bulletsAfter('Avoir une habilitations permettant').slice(0, 3);
    expect(habilitations).toHaveLength(3);
    expect(guide.habilitations.map(normalize)).toEqual(habilitations.map(normalize));
  });

  // Situation by situation: each block of the seed, cut out between its first line and the next
  // block's, must have every one of its lines in that situation's steps or « Le saviez-vous ? ».
  const SEED_BLOCKS = [
    ['no-structure', "J'interroge ma direction", '... ma structure est\ndécrise'],
    ['no-unit', "J'envoie un mail à vitrajectoire", 'Je contacte les référents'],
    ['no-account', 'Je contacte les référents', '... je ne sais pas\ncomment'],
    ['how-to-request', 'Je consulte le parcours', 'Ressources utiles'],
  ] as const;
  /** normalize, the seed's typos fixed, punctuation dropped (the data adds commas and colons). */
  const loose = (text: string) =>
    normalize(correctSeed(text).replaceAll('vitrajectoire.', 'viatrajectoire.'))
      .replace(/[.,;:!?()]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  it.each(SEED_BLOCKS)(
    '%s: every line of its seed block is in its steps or « Le saviez-vous ? »',
    (id, from, to) => {
      const start = seed.indexOf(from);
      const end = seed.indexOf(to, start + 1);
      expect(start, from).toBeGreaterThan(-1);
      expect(end, to).toBeGreaterThan(start);
      const lines = seed
        .slice(start, end)
        .split(/\n\s*\n/) // paragraphs: the seed wraps some lines
        .map((paragraph) =>
          paragraph
            .replace(/\s+/g, ' ')
            .replace(/^Le saviez-vous \? ?/, '')
            .trim(),
        )
        .flatMap((paragraph) => paragraph.split(/ (?=- )/)) // one bullet per line
        .map((line) => line.replace(/^- /, '').replace(/ Besoin d'aide \? Cliquer \[ici\]\(#\)/, ''))
        .filter((line) => line !== '' && line !== 'Le saviez-vous ?');
      const situation = guide.situations.find((candidate) => candidate.id === id);
      const text = loose(
        [
          ...(situation?.steps ?? []).flatMap((step) => [step.text, ...(step.items ?? [])]),
          situation?.didYouKnow.text ?? '',
          ...(situation?.didYouKnow.items ?? []).map((entry) => entry.text),
        ].join(' | '),
      );
      expect(lines.length, id).toBeGreaterThan(1);
      for (const line of lines) expect(text, `${id} is missing: ${line}`).toContain(loose(line));
    },
  );

  it("covers each situation's steps and « Le saviez-vous ? » from the seed", () => {
    const expectedSentences = [
      "J'interroge ma direction",
      'Demander le référencement de ma structure dans ViaTrajectoire',
      'fonction dans l’établissement',
      "l'équipe ViaTrajectoire de SESAN m'indique la démarche à suivre pour que mon établissement soit créé dans ViaTrajectoire",
      "l'équipe ViaTrajectoire de SESAN m'indique la démarche à suivre pour que mon unité soit ajoutée sur ma structure",
      'Une structure ayant une fiche établissement mais pas de fiche unité ne pourra pas réaliser de prescriptions dans ViaTrajectoire',
      'Je contacte les référents ViaTrajectoire de ma structure pour obtenir un compte',
      "Si vous n'avez pas de référents ViaTrajectoire, vous pouvez demander à ce qu'ils soient renseignés",
      'Je consulte le parcours de formation',
      "L'équipe ViaTrajectoire de SESAN organise régulièrement des webinaires, inscrivez-vous",
      'des webinaires à destination des référents',
    ];
    for (const sentence of expectedSentences) {
      expect(normalize(seed), `seed wording changed: ${sentence}`).toContain(normalize(sentence));
      expect(allGuideText, `missing from the data: ${sentence}`).toContain(normalize(sentence));
    }
  });

  it("has every resource the seed lists, each with a real address, none to '#'", () => {
    const resourceTopics = [
      "Process d'orientation en vigueur en Ile de France",
      'Webinaires (dates et inscriptions)',
      'Tutoriels',
      'Contact',
    ];
    for (const topic of resourceTopics) {
      expect(normalize(seed)).toContain(normalize(topic));
      const resource = guide.resources.find((candidate) => normalize(candidate.topic) === normalize(topic));
      expect(resource, `resource for "${topic}"`).toBeDefined();
      const target = resource?.url ?? resource?.email;
      expect(target).toMatch(/^(https:\/\/[a-z.-]+\.[a-z]+\/|[a-z.]+@[a-z.]+\.[a-z]+$)/);
    }
    // An unconfirmed address stands in with the nearest confirmed page, labelled by where it goes
    // (tests/unit/guidance-texts.test.tsx: no note about it reaches the user).
    for (const resource of guide.resources) expect(resource.url ?? resource.email).not.toMatch(/#$|^#/);
  });

  it('lists each resource once: no two resources open the same address', () => {
    const targets = guide.resources.map((resource) => resource.url ?? resource.email);
    expect(targets.length).toBeGreaterThan(5);
    expect(new Set(targets).size).toBe(targets.length);
  });

  it('writes the contact address correctly everywhere, never the seed misspelling', () => {
    expect(seed).toContain('vitrajectoire.creation@sesan.fr');
    expect(CONTACT_ADDRESS).toBe('viatrajectoire.creation@sesan.fr');
    const everything = JSON.stringify(guide) + JSON.stringify(labels) + JSON.stringify(popupLabels);
    expect(everything).not.toContain('vitrajectoire');
    const addresses = everything.match(/[\w.-]+@sesan\.fr/g) ?? [];
    expect(new Set(addresses)).toEqual(
      new Set(['viatrajectoire.creation@sesan.fr', 'viatrajectoire@sesan.fr']),
    );
  });

  it('gives each extension page a French <title>, typeset, naming the extension', () => {
    for (const page of ['popup', 'options', 'composer']) {
      const html = readFileSync(resolve(process.cwd(), `entrypoints/${page}/index.html`), 'utf8');
      expect(html, page).toMatch(/<html lang="fr">/);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, page).toMatch(/Guide ACT ViaTrajectoire$/);
      expect(title, page).toBe(frenchTypography(title));
    }
    const options = readFileSync(resolve(process.cwd(), 'entrypoints/options/index.html'), 'utf8');
    expect(options).toContain(`<title>${optionsLabels.pageTitle} – ${optionsLabels.appName}</title>`);
  });

  it('follows French typography in every constant text of the interface (typography.ts)', () => {
    const texts = Object.entries(INTERFACE_TEXTS)
      .flatMap(([name, value]) => textsOf(name, value))
      .filter(([, text]) => !/^(https:|mailto:)/.test(text));
    // Not vacuous: every constant is walked, the guide's hundreds of texts included.
    for (const name of Object.keys(INTERFACE_TEXTS))
      expect(
        texts.some(([path]) => path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`)),
        name,
      ).toBe(true);
    expect(texts.length).toBeGreaterThan(300);
    for (const [path, text] of texts) {
      const expected = frenchTypography(text);
      expect.soft(text, typesetMessage(path, 'is not typeset', text, expected)).toBe(expected);
      // The one mistake frenchTypography cannot see: the other no-break space, typed by hand.
      const fixed = text
        .replace(/\u202f:/g, '\u00a0:')
        .replace(/\u00a0([;!?])/g, '\u202f$1')
        .replace(/«\u202f/g, '«\u00a0')
        .replace(/\u202f»/g, '\u00a0»');
      expect.soft(text, typesetMessage(path, 'has the wrong no-break space', text, fixed)).toBe(fixed);
    }
  });
});
