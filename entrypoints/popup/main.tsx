import '../../components/guidance.css';
import '../../components/popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup } from '../../components/Popup';
import { type Checklist, defaultChecklist, prerequisiteStatuses } from '../../content/checklist';
import type { PrerequisiteId } from '../../content/guide';
import type { Learnt } from '../../content/learnt';
import { seenPrerequisites } from '../../content/session';
import { readSession, watchSession } from '../shared/session-store';
import { readChecklist, saveChecklist, watchChecklist } from '../shared/storage';

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

  return <Popup statuses={prerequisiteStatuses(checklist, seenPrerequisites(learnt))} onToggle={toggle} />;
}

const root = document.getElementById('app') as HTMLElement;
root.classList.add('guidance-root');
render(<App />, root);
