// The organisation's référents' addresses (managed policy), given once by each page's entry to
// every « Écrire à mes référents » link below it, however deep: the panel, the popup's checklist.
import { createContext } from 'preact';

export const ReferentsAddresses = createContext<readonly string[]>([]);
