// What an organisation's IT sets by policy for this extension (browser.storage.managed: Chrome's
// and Edge's `3rdparty` policy, checked against assets/managed_schema.json, or Firefox's): each
// field validated on its own, a bad one ignored with its reason. Pure: utils/managed.ts
// reads the browser's area.
import * as v from 'valibot';
import { MAX_LENGTH, MAX_NAME_LENGTH, MAX_REFERENTS } from './compose/limits';
import { isEmail } from './compose/validate';
import { CONTACT_ADDRESS } from './guide/guide';
import { lazy } from './lib/lazy';
import { type Options, PANEL_SIDES, PANEL_TAB_MODES, type PanelSide, type PanelTabMode } from './options';

/** The most référents' addresses a policy may give: as many as a structure's référents the composer lists. */
export const MAX_REFERENTS_ADDRESSES = MAX_REFERENTS;

/** The values a policy sets, each one absent unless it was valid. */
export interface Managed {
  referentsAddresses?: string[];
  organisationName?: string;
  panelSide?: PanelSide;
  autoOpen?: boolean;
  panelTab?: PanelTabMode;
  reportAddress?: string;
}

export type ManagedKey = keyof Managed;

/** The keys, in the order the options page lists them (and the schema file declares them). */
export const MANAGED_KEYS = [
  'referentsAddresses',
  'organisationName',
  'panelSide',
  'autoOpen',
  'panelTab',
  'reportAddress',
] as const satisfies readonly ManagedKey[];

/** Why a managed value was ignored (content/text/fr/options.ts says it in words). */
export type ManagedProblem =
  | { code: 'unknown-key' }
  | { code: 'wrong-type'; key: ManagedKey }
  | { code: 'empty' }
  | { code: 'email'; address: string }
  | { code: 'too-many'; count: number; max: number }
  /** Characters: the name's, or the addresses' once joined into the composer's « to » field. */
  | { code: 'too-long'; length: number; max: number }
  | { code: 'sesan' };

export interface IgnoredManaged {
  /** The key as the policy wrote it (cut for display). */
  key: string;
  problem: ManagedProblem;
}

export interface ManagedConfig {
  values: Managed;
  ignored: IgnoredManaged[];
}

/** No policy (a personal install, or a browser without managed storage): today's behaviour. */
export function noManaged(): ManagedConfig {
  return { values: {}, ignored: [] };
}

/** Longer keys and addresses are cut in what the options page shows: a policy is not a page to fill. */
const SHOWN_LENGTH = 80;
const shown = (text: string): string =>
  text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;

type FieldResult<T> = { value: T } | { problem: ManagedProblem };

/** The type each key must have: what the schema file declares, checked again where no browser did. */
const TYPES = lazy(() => ({
  referentsAddresses: v.array(v.string()),
  organisationName: v.string(),
  panelSide: v.picklist(PANEL_SIDES),
  autoOpen: v.boolean(),
  panelTab: v.picklist(PANEL_TAB_MODES),
  reportAddress: v.string(),
}));

/** `@sesan.fr`, from the guide's contact address. */
const SESAN_DOMAIN = CONTACT_ADDRESS.slice(CONTACT_ADDRESS.indexOf('@')).toLowerCase();

function oneAddress(raw: string): FieldResult<string> {
  const address = raw.trim();
  if (address === '') return { problem: { code: 'empty' } };
  if (!isEmail(address)) return { problem: { code: 'email', address: shown(address) } };
  return { value: address };
}

/** What each key must hold beyond its type; Chrome checks the type against the schema, Firefox does not. */
const CHECKS: {
  [K in ManagedKey]-?: (value: v.InferOutput<ReturnType<typeof TYPES>[K]>) => FieldResult<Managed[K]>;
} = {
  referentsAddresses(list) {
    if (list.length === 0) return { problem: { code: 'empty' } };
    if (list.length > MAX_REFERENTS_ADDRESSES)
      return { problem: { code: 'too-many', count: list.length, max: MAX_REFERENTS_ADDRESSES } };
    const addresses: string[] = [];
    for (const raw of list) {
      const checked = oneAddress(raw);
      if ('problem' in checked) return checked;
      if (!addresses.some((kept) => kept.toLowerCase() === checked.value.toLowerCase()))
        addresses.push(checked.value);
    }
    // They fill the composer's « to » field, which holds this many characters.
    const length = addresses.join(', ').length;
    if (length > MAX_LENGTH.emails) return { problem: { code: 'too-long', length, max: MAX_LENGTH.emails } };
    return { value: addresses };
  },
  organisationName(raw) {
    const name = raw.trim();
    if (name === '') return { problem: { code: 'empty' } };
    if (name.length > MAX_NAME_LENGTH)
      return { problem: { code: 'too-long', length: name.length, max: MAX_NAME_LENGTH } };
    return { value: name };
  },
  panelSide: (side) => ({ value: side }),
  autoOpen: (autoOpen) => ({ value: autoOpen }),
  panelTab: (mode) => ({ value: mode }),
  reportAddress(raw) {
    const checked = oneAddress(raw);
    if ('problem' in checked) return checked;
    // SESAN references structures (the référents create accounts); it does not maintain this extension (as wxt.config.ts's build check).
    if (checked.value.toLowerCase().endsWith(SESAN_DOMAIN)) return { problem: { code: 'sesan' } };
    return checked;
  },
};

const isManagedKey = (key: string): key is ManagedKey => (MANAGED_KEYS as readonly string[]).includes(key);

function parseField<K extends ManagedKey>(key: K, raw: unknown): FieldResult<Managed[K]> {
  const typed = v.safeParse(TYPES()[key], raw);
  if (!typed.success) return { problem: { code: 'wrong-type', key } };
  return CHECKS[key](typed.output as never) as FieldResult<Managed[K]>;
}

/**
 * The managed area's content, field by field: a valid field is kept, any other (unknown key, wrong
 * type, invalid e-mail, list too long…) is left out and listed with its reason. Never throws.
 */
export function parseManaged(raw: unknown): ManagedConfig {
  const config = noManaged();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return config;
  try {
    for (const [key, value] of Object.entries(raw)) {
      if (!isManagedKey(key)) {
        config.ignored.push({ key: shown(key), problem: { code: 'unknown-key' } });
        continue;
      }
      const result = parseField(key, value);
      if ('problem' in result) config.ignored.push({ key, problem: result.problem });
      else (config.values as Record<ManagedKey, unknown>)[key] = result.value;
    }
  } catch {
    // A value no structured clone could give (a throwing getter): as if no policy were set.
    return noManaged();
  }
  return config;
}

/** The options in force: the organisation's value where it set one, the user's own elsewhere. */
export function effectiveOptions(own: Options, managed: Managed): Options {
  return {
    panelSide: managed.panelSide ?? own.panelSide,
    autoOpen: managed.autoOpen ?? own.autoOpen,
    panelTab: managed.panelTab ?? own.panelTab,
  };
}
