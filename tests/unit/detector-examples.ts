// Every page detector's example addresses, with the kind each must give: one list for the tests that
// loop over all of them (the lists themselves sit next to their detectors, in urls.ts).
import {
  isAccount_,
  isDashboard_,
  isEstablishment_,
  isLogin_,
  isPublicHome_,
  isRequest_,
  other_,
  type PageKind,
} from '../../content/viatrajectoire/urls';

export const EXAMPLES_BY_KIND: ReadonlyArray<readonly [PageKind, readonly string[]]> = [
  ['public-home', isPublicHome_],
  ['login', isLogin_],
  ['dashboard', isDashboard_],
  ['request', isRequest_],
  ['account', isAccount_],
  ['establishment', isEstablishment_],
  ['other', other_],
];

export const ALL_EXAMPLE_ADDRESSES: readonly string[] = EXAMPLES_BY_KIND.flatMap(
  ([, addresses]) => addresses,
);
