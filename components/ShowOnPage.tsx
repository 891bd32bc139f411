// « Afficher le guide sur cette page », in the toolbar popup: on a ViaTrajectoire tab, it puts the
// in-page panel there, open, also where the extension shows nothing by itself (the four
// prerequisites met, or the tab set to « Jamais »). The popup's entry gives the way to the active
// tab (utils/show-on-page.ts) through ShowOnPageContext: this component sends nothing itself.
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { labels } from '../content/text';

export interface ShowOnPageApi {
  /** Resolves true when the active tab is a ViaTrajectoire page whose panel is not open. */
  available: () => Promise<boolean>;
  /** Opens the panel in that tab. */
  show: () => Promise<void>;
}

export const ShowOnPageContext = createContext<ShowOnPageApi | undefined>(undefined);

/** The button, only once the active tab said it is ViaTrajectoire and its panel is closed. */
export function ShowOnPage() {
  const api = useContext(ShowOnPageContext);
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let live = true;
    api
      ?.available()
      .then((yes) => live && setAvailable(yes))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [api]);
  if (!api || !available) return null;
  return (
    <p class="show-on-page">
      <button type="button" class="button" onClick={() => void api.show()}>
        {labels.tab.showOnPage}
      </button>
    </p>
  );
}
