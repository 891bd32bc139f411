// The props of the in-page panel (Panel.tsx) and of its open contents (PanelBody.tsx), in a module
// of their own: the panel receives the contents' component as a prop and the contents take part of
// the panel's props. Each file needs a type of the other; with the types here, neither imports the
// other.
import type { ComponentType, Ref } from 'preact';
import type { FormId } from '../content/compose/ids';
import type { SituationId } from '../content/guide';
import type { Decision, MatchedSituation } from '../content/match';
import type { PanelSide } from '../content/options';
import type { PageKind } from '../content/viatrajectoire/urls';
import type { UnderstandingProps } from './Understanding';

export interface PanelProps {
  pageKind: PageKind;
  situation: MatchedSituation;
  /** The user's own choice, which overrides detection until undone. */
  chosen?: SituationId;
  /** How the situation was decided (content/match.ts, decisionOf): the status line says it. */
  decision?: Decision;
  /** The app's banner shows the user's current structure, unit (content/viatrajectoire/read.ts: booleans, no names). */
  structureShown?: boolean;
  unitShown?: boolean;
  open: boolean;
  /** The page edge the panel and its tab sit on (the user's option); right by default. */
  side?: PanelSide;
  /** Where the panel starts, in px from the viewport's top: below the site's banner (content/placement.ts). */
  top?: number;
  onOpenChange: (open: boolean) => void;
  onChoose: (situation: SituationId | undefined) => void;
  /** Opens the message composer (on its own page) for a form of this situation. */
  onCompose?: (form: FormId) => void;
  /** « Ce que l'extension a compris »: its lines and the recognition report, each built only on demand. */
  understanding?: Omit<UnderstandingProps, 'reportAddress'>;
  /** The maintainers' address set at build time, if any. */
  reportAddress?: string;
  /**
   * What the open panel shows (./PanelBody.tsx), passed in rather than imported: the content script
   * evaluates that code when the panel first opens, and paints it open only once it has it.
   */
  Body?: ComponentType<PanelBodyProps>;
}

export interface PanelBodyProps
  extends Pick<
    PanelProps,
    | 'pageKind'
    | 'situation'
    | 'chosen'
    | 'decision'
    | 'structureShown'
    | 'unitShown'
    | 'side'
    | 'onCompose'
    | 'understanding'
    | 'reportAddress'
  > {
  /** The panel's heading: focus goes there when the user opens the panel. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The situation's heading, or the « unknown » line in its place: focus goes there after a choice. */
  situationHeadingRef: (element: HTMLElement | null) => void;
  onCollapse: () => void;
  onChoose: (situation: SituationId | undefined) => void;
}
