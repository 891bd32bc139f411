// The interface's icons, drawn in SVG so they look the same on every machine (text characters such
// as ✎ or ✉ render from whatever font the system has). Decorative: hidden from screen readers, the
// control they sit in carries the words. 24×24 paths, stroked in the text's colour.

const PATHS = {
  /** Writing a message. */
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  /** A mail. */
  mail: 'M3 6h18v12H3zM3 7l9 6 9-6',
  /** Copying to the clipboard. */
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  /** Done. */
  check: 'M5 12l5 5L20 7',
  /** Reducing the panel to its tab, towards the right or the left edge. */
  'chevron-right': 'M9 6l6 6-6 6',
  'chevron-left': 'M15 6l-6 6 6 6',
  /** Unfolding and folding a list. */
  'chevron-down': 'M6 9l6 6 6-6',
  'chevron-up': 'M6 15l6-6 6 6',
  /** Seen on ViaTrajectoire. */
  eye: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  /** Something to fix (a field's problem, a value cut). */
  alert: 'M12 3L2 21h20L12 3zM12 10v5M12 18h.01',
  /** Adding a row. */
  plus: 'M12 5v14M5 12h14',
  /** A link that opens elsewhere. */
  external: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
