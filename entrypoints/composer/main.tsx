// The composer page (composer.html#<form>): opened by the in-page panel through the background
// (utils/open-composer.ts), or directly. An unlisted extension page, not web-accessible.
import '../../components/guidance.css';
import '../../components/composer.css';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Composer } from '../../components/composer/Composer';
import { FormChooser } from '../../components/composer/FormChooser';
import type { Draft } from '../../content/compose/drafts';
import { blankDraft, FORMS, withoutReferents, withPrefill, withReferents } from '../../content/compose/forms';
import { type FormId, isFormId } from '../../content/compose/ids';
import { composerLabels } from '../../content/guide/composer-labels';
import { clearDraft, forgetAllDrafts, readDraft, saveDraft } from '../../utils/drafts';
import { readManaged } from '../../utils/managed';
import { onAllDataErased } from '../../utils/options-store';
import { takeComposerPrefill } from './prefill';

function formInHash(): FormId | undefined {
  const name = decodeURIComponent(window.location.hash.slice(1));
  return isFormId(name) ? name : undefined;
}

interface Start {
  draft: Draft;
  prefilled: string[];
  shortened: string[];
  /** The organisation's référents' addresses (managed policy): they fill an empty « to ». */
  referents: readonly string[];
}

interface ComposerPageProps {
  form: FormId;
  focusOnMount: boolean;
  /** How many times all the data was erased since the page opened. */
  erasures: number;
}

/** One form: its draft (or a blank one) with the page's names in its empty fields. */
function ComposerPage({ form, focusOnMount, erasures }: ComposerPageProps) {
  const [start, setStart] = useState<Start | undefined>();
  const erasuresNow = useRef(erasures);
  erasuresNow.current = erasures;
  useEffect(() => {
    const erasuresBefore = erasuresNow.current;
    void Promise.all([readDraft(form), takeComposerPrefill(form), readManaged()]).then(
      ([saved, prefill, managed]) => {
        const referents = managed.values.referentsAddresses ?? [];
        // Erased while this was read: what was read is gone (the policy is not the user's data).
        if (erasuresNow.current !== erasuresBefore) {
          const blank = withReferents(FORMS[form], blankDraft(FORMS[form]), referents);
          setStart({ draft: blank, prefilled: [], shortened: [], referents });
          return;
        }
        const { draft, prefilled } = withPrefill(
          FORMS[form],
          saved?.draft ?? blankDraft(FORMS[form]),
          prefill,
        );
        setStart({
          draft: withReferents(FORMS[form], draft, referents),
          prefilled,
          shortened: saved?.shortened ?? [],
          referents,
        });
      },
    );
  }, [form]);
  if (!start) return null;
  return (
    <Composer
      form={form}
      initialDraft={start.draft}
      prefilled={start.prefilled}
      shortened={start.shortened}
      onDraftChange={(next) => void saveDraft(form, withoutReferents(next, start.referents))}
      onDraftForget={() => void clearDraft(form)}
      erasures={erasures}
      focusOnMount={focusOnMount}
      referents={start.referents}
    />
  );
}

function App() {
  const [form, setForm] = useState(formInHash);
  // Focus goes to the form's heading when the user picked it here, not on the page's first load.
  const [picked, setPicked] = useState(false);
  const [erasures, setErasures] = useState(0);
  useEffect(
    () =>
      onAllDataErased(() => {
        // At once, before the form empties: writes this page asked for are cancelled.
        void forgetAllDrafts();
        setErasures((count) => count + 1);
      }),
    [],
  );
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
            <ComposerPage key={form} form={form} focusOnMount={picked} erasures={erasures} />
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
