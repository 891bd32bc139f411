import { useId, useState } from 'preact/hooks';
import type { Added } from '../content/guide';
import { labels } from '../content/text';
import { onlyTrusted } from './trusted';

/**
 * Says, lightly and in words, that what precedes is the extension's addition, not the guide's: a
 * short inline « (ajout de l'extension) » that shows its source on a click, and hides it again.
 */
export function AddedNote({ added }: { added: Added }) {
  const [shown, setShown] = useState(false);
  const sourceId = useId();
  return (
    <span class="added-note">
      <button
        type="button"
        class="added-toggle"
        aria-expanded={shown}
        aria-controls={sourceId}
        title={labels.addedShowSource}
        onClick={onlyTrusted(() => setShown(!shown))}
      >
        ({labels.addedByUs})
      </button>
      <span class="added-source" id={sourceId} hidden={!shown}>
        {' '}
        {labels.addedSource(added.source)}
      </span>
    </span>
  );
}
