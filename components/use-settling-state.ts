import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** How long copy feedback stays before the status goes quiet again. */
export const FEEDBACK_MS = 4000;

/**
 * A status that goes back to `idle` FEEDBACK_MS after each change (copy feedback). The timer is
 * cleared on unmount, and a change that comes after it (a late clipboard promise) is ignored.
 */
export function useSettlingState<S>(idle: S): [S, (next: S) => void] {
  const [state, setState] = useState<S>(idle);
  const timer = useRef<number | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
      window.clearTimeout(timer.current);
    },
    [],
  );
  const settle = useCallback(
    (next: S) => {
      if (!mounted.current) return;
      setState(next);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setState(idle), FEEDBACK_MS);
    },
    [idle],
  );
  return [state, settle];
}
