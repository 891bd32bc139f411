import '../../components/guidance.css';
import '../../components/options.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Options } from '../../components/Options';
import type { MyDetails } from '../../content/compose/my-details';
import { type ManagedConfig, noManaged } from '../../content/managed';
import { defaultOptions, type Options as OptionsValue } from '../../content/options';
import { optionsLabels } from '../../content/text/fr/options';
import { readManaged, watchManaged } from '../../utils/managed';
import { readMyDetails, saveMyDetails, watchMyDetails } from '../../utils/my-details';
import { eraseAllData, readOptions, saveOptions, watchOptions } from '../../utils/options-store';
import { readPanel, savePanel } from '../../utils/session-store';

/** Empties a live region, then fills it: the same words said twice are announced twice. */
function useAnnouncer(): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const announce = (next: string) => {
    setText('');
    setTimeout(() => setText(next), 50);
  };
  return [text, announce];
}

function App() {
  const [options, setOptions] = useState<OptionsValue>(defaultOptions());
  const [managed, setManaged] = useState<ManagedConfig>(noManaged());
  const [myDetails, setMyDetails] = useState<MyDetails>({});
  const [settingsStatus, announceSettings] = useAnnouncer();
  const [eraseStatus, announceErase] = useAnnouncer();
  useEffect(() => {
    readOptions().then(setOptions);
    readManaged().then(setManaged);
    readMyDetails().then(setMyDetails);
    const unwatchOptions = watchOptions(setOptions);
    const unwatchManaged = watchManaged(setManaged);
    const unwatchMyDetails = watchMyDetails(setMyDetails);
    return () => {
      unwatchOptions();
      unwatchManaged();
      unwatchMyDetails();
    };
  }, []);

  async function change(next: OptionsValue) {
    setOptions(next);
    try {
      await saveOptions(next);
      // Turned off: open ViaTrajectoire pages collapse to their tab at once. Turned back on: the
      // blockers the user dismissed may open the panel again, each once (content/options.ts).
      if (next.autoOpen !== options.autoOpen)
        await savePanel(
          next.autoOpen ? { open: true, dismissed: [] } : { ...(await readPanel()), open: false },
        );
      announceSettings(optionsLabels.saved);
    } catch {
      announceSettings(optionsLabels.saveFailed);
    }
  }

  async function erase() {
    try {
      await eraseAllData();
      setOptions(defaultOptions());
      setMyDetails({});
      announceErase(optionsLabels.erased);
    } catch {
      announceErase(optionsLabels.eraseFailed);
    }
  }

  return (
    <Options
      options={options}
      managed={managed}
      onChange={(next) => void change(next)}
      settingsStatus={settingsStatus}
      myDetails={myDetails}
      onSaveMyDetails={saveMyDetails}
      onErase={() => void erase()}
      onEraseCancelled={() => announceErase(optionsLabels.eraseCancelled)}
      eraseStatus={eraseStatus}
    />
  );
}

const root = document.getElementById('app') as HTMLElement;
root.classList.add('guidance-root');
render(<App />, root);
