// Only a person acts through the extension's controls. The page's scripts (or any script) can
// call click() or dispatch events, but such events have isTrusted false: they are ignored, and
// their default action (following a link, opening a <details>) is cancelled. PRIVACY.md, "La page".

/** The handler, run only for an event the browser made from the user's own input. */
export function onlyTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
    else event.preventDefault();
  };
}

/** For links and summaries that need no handler of their own: a script's click does nothing. */
export const refuseUntrusted = onlyTrusted(() => {});
