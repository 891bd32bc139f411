// Where the panel may show: ViaTrajectoire's top frame, or a frame big enough to hold it when
// the top page is not ViaTrajectoire's (a hospital record system can frame its login page).

/** Smaller frames keep the page to themselves: the panel would cover what they show. */
export const MIN_FRAME_SIZE = { width: 720, height: 480 };

export interface FramePlacement {
  isTop: boolean;
  /** undefined when the top page is of another origin (reading it throws). */
  topHost: string | undefined;
  width: number;
  height: number;
}

export function framePlacement(win: Window): FramePlacement {
  const isTop = win.top === win;
  let topHost: string | undefined;
  try {
    topHost = win.top?.location.hostname;
  } catch {
    topHost = undefined;
  }
  return { isTop, topHost, width: win.innerWidth, height: win.innerHeight };
}

export function panelBelongsHere(placement: FramePlacement, ownHost: string): boolean {
  if (placement.isTop) return true;
  // The top page is ViaTrajectoire too: its own panel is enough ("never twice").
  if (placement.topHost === ownHost) return false;
  return placement.width >= MIN_FRAME_SIZE.width && placement.height >= MIN_FRAME_SIZE.height;
}
