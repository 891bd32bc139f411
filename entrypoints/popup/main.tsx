import '../../components/guidance.css';
import '../../components/popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { ShowOnPageContext } from '../../components/ShowOnPage';
import { type Checklist, defaultChecklist, prerequisiteStatuses } from '../../content/checklist';
import type { FormId } from '../../content/compose/ids';
import type { PrerequisiteId } from '../../content/guide';
import type { Learnt } from '../../content/learnt';
import { seenPrerequisites } from '../../content/session';
import { composerUrl } from '../../utils/composer-url';
import { readSession, watchSession } from '../../utils/session-store';
import { showOnPageApi } from '../../utils/show-on-page';
import { readChecklist, saveChecklist, watchChecklist } from '../../utils/storage';

/**
 * The composer opens on its own page, as from the in-page panel: a long form needs more than a
 * 400 px popup, which also closes (and loses the form's focus) as soon as the user looks
 * elsewhere. The draft is kept either way.
 */
function openComposer(form: FormId) {
  void browser.tabs.create({ url: composerUrl(form) }).then(() => window.close());
}

function App() {
  const [checklist, setChecklist] = useState<Checklist>(defaultChecklist());
  const [learnt, setLearnt] = useState<Learnt>({});
  useEffect(() => {
    readChecklist().then(setChecklist);
    readSession(Date.now()).then((session) => setLearnt(session.learnt));
    const unwatchChecklist = watchChecklist(setChecklist);
    const unwatchLearnt = watchSession((session) => setLearnt(session.learnt));
    return () => {
      unwatchChecklist();
      unwatchLearnt();
    };
  }, []);

  function toggle(id: PrerequisiteId, ticked: boolean) {
    const next = { ticked: { ...checklist.ticked, [id]: ticked } };
    setChecklist(next);
    void saveChecklist(next);
  }

  return (
    <ShowOnPageContext.Provider value={showOnPageApi}>
      <Popup
        statuses={prerequisiteStatuses(checklist, seenPrerequisites(learnt))}
        onToggle={toggle}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onCompose={openComposer}
      />
    </ShowOnPageContext.Provider>
  );
}

const root = document.getElementById('app') as HTMLElement;
root.classList.add('guidance-root');
render(<App />, root);
