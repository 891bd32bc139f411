import type { Added } from '../content/guide';
import { labels } from '../content/text';

/** Says, in words on the page, that what precedes is the extension's addition, not the guide's. */
export function AddedNote({ added }: { added: Added }) {
  return (
    <span class="added-note">
      <strong>{labels.addedByUs}</strong> {labels.addedSource(added.source)}
    </span>
  );
}
