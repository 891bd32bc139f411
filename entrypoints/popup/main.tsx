import '../../components/guidance.css';
import '../../components/popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup } from '../../components/Popup';
import { type Checklist, defaultChecklist, prerequisiteStatuses } from '../../content/checklist';
import type { PrerequisiteId } from '../../content/guide';
import { readChecklist, saveChecklist, watchChecklist } from '../shared/storage';

function App() {
  const [checklist, setChecklist] = useState<Checklist>(defaultChecklist());
  useEffect(() => {
    readChecklist().then(setChecklist);
    return watchChecklist(setChecklist);
  }, []);

  function toggle(id: PrerequisiteId, ticked: boolean) {
    const next = { ticked: { ...checklist.ticked, [id]: ticked } };
    setChecklist(next);
    void saveChecklist(next);
  }

  return <Popup statuses={prerequisiteStatuses(checklist)} onToggle={toggle} />;
}

const root = document.getElementById('app') as HTMLElement;
root.classList.add('guidance-root');
render(<App />, root);
