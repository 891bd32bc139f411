import { useState } from 'preact/hooks';
import type { Added } from '../content/guide';
import { labels, popupLabels } from '../content/text';

/**
 * A light mark after what the extension adds to the guide: « (ajout de l'extension) », a button
 * that shows the addition's source, one click away.
 */
export function AddedMark({ added }: { added: Added }) {
  const [open, setOpen] = useState(false);
  return (
    <span class="added-mark">
      <button type="button" class="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {popupLabels.addedMark}
      </button>
      {open ? <span class="added-source"> {labels.addedSource(added.source)}</span> : null}
    </span>
  );
}
