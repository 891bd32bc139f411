import { useEffect, useRef } from 'preact/hooks';
import { FORM_IDS } from '../../content/compose/form-ids';
import { FORMS } from '../../content/compose/forms';
import { composerLabels as text } from '../../content/text/fr/composer';
import { AddedNote } from '../AddedNote';

/** The composer page's list of forms, when its address names none. */
export function FormChooser({ focusOnMount }: { focusOnMount?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);
  return (
    <div class="composer-chooser composer">
      <h1 tabIndex={-1} ref={heading}>
        {text.chooserTitle}
      </h1>
      <p>{text.chooserLead}</p>
      <ul>
        {FORM_IDS.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{FORMS[id].title}</a>
            <br />
            <span class="composer-hint">
              {FORMS[id].purpose}
              {FORMS[id].added ? (
                <>
                  {' '}
                  <AddedNote added={FORMS[id].added} />
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
