// The composer page (composer.html#<form>): opened by the in-page panel through the background
// (utils/open-composer.ts), or directly. An unlisted extension page, not web-accessible.
import '../../components/guidance.css';
import '../../components/composer.css';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Composer } from '../../components/composer/Composer';
import { FormChooser } from '../../components/composer/FormChooser';
import type { Draft } from '../../content/compose/drafts';
import { type FormId, isFormId } from '../../content/compose/form-ids';
import { blankDraft, FORMS, withoutReferents } from '../../content/compose/forms';
import { type MyDetails, withMyDetails } from '../../content/compose/my-details';
import type { ManagedConfig } from '../../content/managed';
import { composerLabels } from '../../content/text/fr/composer';
import { clearDraft, forgetAllDrafts, readDraft, saveDraft } from '../../utils/drafts';
import { readManaged, watchManaged } from '../../utils/managed';
import { readMyDetails, saveMyDetails, watchMyDetails } from '../../utils/my-details';
import { onAllDataErased } from '../../utils/options-store';

function formInHash(): FormId | undefined {
  const name = decodeURIComponent(window.location.hash.slice(1));
  return isFormId(name) ? name : undefined;
}

interface Start {
  draft: Draft;
  filled: string[];
  shortened: string[];
  /** A draft was kept from an earlier visit. */
  restored: boolean;
}

interface ComposerPageProps {
  form: FormId;
  focusOnMount: boolean;
  /** How many times all the data was erased since the page opened. */
  erasures: number;
  /** « Mes coordonnées » as kept now. */
  myDetails: MyDetails;
  /** The organisation's référents' addresses (managed policy), once it answered: they fill an empty « to ». */
  referents: readonly string[];
}

/**
 * One form, shown as soon as this browser's own data is read (its draft, « Mes coordonnées »):
 * never waiting for the organisation's policy, whose référents fill « to » when it answers.
 */
function ComposerPage({ form, focusOnMount, erasures, myDetails, referents }: ComposerPageProps) {
  const [start, setStart] = useState<Start | undefined>();
  const erasuresNow = useRef(erasures);
  erasuresNow.current = erasures;
  const referentsNow = useRef(referents);
  referentsNow.current = referents;
  useEffect(() => {
    const erasuresBefore = erasuresNow.current;
    void Promise.all([readDraft(form), readMyDetails()]).then(([saved, details]) => {
      // Erased while this was read: what was read is gone.
      if (erasuresNow.current !== erasuresBefore) {
        setStart({ draft: blankDraft(FORMS[form]), filled: [], shortened: [], restored: false });
        return;
      }
      const { draft, filled } = withMyDetails(FORMS[form], saved?.draft ?? blankDraft(FORMS[form]), details);
      setStart({ draft, filled, shortened: saved?.shortened ?? [], restored: saved !== undefined });
    });
  }, [form]);
  if (!start) return null;
  return (
    <Composer
      form={form}
      initialDraft={start.draft}
      filled={start.filled}
      myDetails={myDetails}
      onSaveMyDetails={saveMyDetails}
      shortened={start.shortened}
      restored={start.restored}
      onDraftChange={(next) => void saveDraft(form, withoutReferents(next, referentsNow.current))}
      onDraftForget={() => void clearDraft(form)}
      erasures={erasures}
      focusOnMount={focusOnMount}
      referents={referents}
    />
  );
}

function App() {
  const [form, setForm] = useState(formInHash);
  // Focus goes to the form's heading when the user picked it here, not on the page's first load.
  const [picked, setPicked] = useState(false);
  const [erasures, setErasures] = useState(0);
  const [myDetails, setMyDetails] = useState<MyDetails>({});
  const [referents, setReferents] = useState<readonly string[]>([]);
  useEffect(() => {
    void readMyDetails().then(setMyDetails);
    // Chromium can take seconds to answer its first managed read: nothing waits for it.
    const fromPolicy = (managed: ManagedConfig) => setReferents(managed.values.referentsAddresses ?? []);
    void readManaged().then(fromPolicy);
    const unwatch = [
      watchMyDetails(setMyDetails),
      watchManaged(fromPolicy),
      onAllDataErased(() => {
        // At once, before the form empties: writes this page asked for are cancelled, and the
        // emptied form is not filled again with the erased details.
        void forgetAllDrafts();
        setMyDetails({});
        setErasures((count) => count + 1);
      }),
    ];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);
  useEffect(() => {
    const onHashChange = () => {
      setForm(formInHash());
      setPicked(true);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  useEffect(() => {
    document.title = `${form ? FORMS[form].title : composerLabels.chooserTitle} – ${composerLabels.appName}`;
  }, [form]);

  return (
    <>
      <header class="composer-page-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <p>{composerLabels.appName}</p>
      </header>
      <main class="composer-page">
        {form ? (
          <>
            <p class="composer-other">
              <a href="#choisir">{composerLabels.otherMessage}</a>
            </p>
            <ComposerPage
              key={form}
              form={form}
              focusOnMount={picked}
              erasures={erasures}
              myDetails={myDetails}
              referents={referents}
            />
          </>
        ) : (
          <FormChooser focusOnMount={picked} />
        )}
      </main>
    </>
  );
}

const root = document.getElementById('app') as HTMLElement;
root.classList.add('guidance-root');
render(<App />, root);
