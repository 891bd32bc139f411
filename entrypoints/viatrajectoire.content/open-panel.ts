// What only the open panel needs: its contents, « Ce que l'extension a compris » with its report,
// and its whole style sheet. The controller imports it when the panel first opens: the bundle
// inlines it as a module evaluated on that first call, so a page where the panel stays a tab never
// runs it, nor styles the panel's hundreds of rules (bench/README.md, CPU per load).
import guidanceCss from '../../components/guidance.css?inline';
import panelCss from '../../components/panel.css?inline';
import panelTabCss from '../../components/panel-tab.css?inline';

export { PanelBody } from '../../components/PanelBody';
export { browserFromUserAgent } from '../../content/report/browser';
export { reportOfPage, understandPage } from '../../content/understanding';

/** The shadow root's style sheet once the panel has opened: the tab's, and the open panel's. */
export const OPEN_PANEL_CSS = `${guidanceCss}\n${panelTabCss}\n${panelCss}`;
