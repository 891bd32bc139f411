// Where the panel may show: the top page of a tab only, never a frame.
//
// In a frame, the panel would be drawn inside another page's layout, under that page's control:
// a site of any origin can frame ViaTrajectoire, lay its own elements over the panel, and lead a
// person to click through them. Only a frame whose every ancestor is ViaTrajectoire's could be
// trusted, and there the top page is ViaTrajectoire's too and shows its own panel ("never twice").
// So no frame ever gets one. The manifest does not inject the script into frames at all
// (`allFrames` is off in entrypoints/viatrajectoire.content/index.tsx); this check is for a
// browser that would run it there anyway. It needs no `location.ancestorOrigins`, which Firefox
// lacks: whatever the ancestors, a frame shows nothing, in every browser.

/** Whether the panel belongs in this window: only a tab's top page. */
export function panelBelongsHere(win: Window): boolean {
  return win.top === win;
}
