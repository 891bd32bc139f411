// The content script's context (entrypoints/viatrajectoire.content/own-context.ts): a newer
// injection replaces the older one through the content script's own world, and the event WXT's
// contexts listen for, which any page can dispatch, invalidates nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  CONTENT_SCRIPT_NAME,
  OwnContext,
  ownContext,
} from '../../entrypoints/viatrajectoire.content/own-context';

const contexts: ContentScriptContext[] = [];
const track = <T extends ContentScriptContext>(context: T): T => {
  contexts.push(context);
  return context;
};
afterEach(() => {
  for (const context of contexts.splice(0)) context.abort();
});

/**
 * The event WXT's contexts listen for, as this test run names it (`<id>:<entrypoint>:wxt:…`; the
 * entrypoint is only known in a build).
 */
const WXT_STARTED_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;
const FORGED_DETAIL = { contentScriptName: CONTENT_SCRIPT_NAME, messageId: 'forged' };

/** What a page can dispatch, knowing the extension's id (public) and the script's name. */
function forgeStartedEvent() {
  const built = `${fakeBrowser.runtime.id}:${CONTENT_SCRIPT_NAME}:wxt:content-script-started`;
  for (const type of [built, WXT_STARTED_EVENT]) {
    document.dispatchEvent(new CustomEvent(type, { detail: FORGED_DETAIL }));
    window.postMessage({ type, ...FORGED_DETAIL }, '*');
  }
}

describe('the content script’s context', () => {
  it('a newer injection invalidates the older one, which runs its clean-up, and stays valid itself', () => {
    const older = track(new OwnContext(CONTENT_SCRIPT_NAME));
    let cleanedUp = 0;
    older.onInvalidated(() => cleanedUp++);
    expect(older.isValid).toBe(true);
    const newer = track(new OwnContext(CONTENT_SCRIPT_NAME));
    expect(older.isInvalid).toBe(true);
    expect(cleanedUp).toBe(1);
    expect(newer.isValid).toBe(true);
    const newest = track(new OwnContext(CONTENT_SCRIPT_NAME));
    expect(newer.isInvalid).toBe(true);
    expect(newest.isValid).toBe(true);
  });

  it('the event a page can forge invalidates none of ours', async () => {
    const context = track(new OwnContext(CONTENT_SCRIPT_NAME));
    forgeStartedEvent();
    // The posted form arrives a task later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(context.isValid).toBe(true);
  });

  it('the forged event does invalidate WXT’s own context: that is why ours is not it', () => {
    const wxt = track(new ContentScriptContext(CONTENT_SCRIPT_NAME));
    // WXT's listener only checks the name in the event's detail against its own.
    document.dispatchEvent(new CustomEvent(WXT_STARTED_EVENT, { detail: FORGED_DETAIL }));
    expect(wxt.isInvalid).toBe(true);
  });

  it('ownContext ends WXT’s context (its page-visible listener with it) and starts ours', () => {
    const wxt = track(new ContentScriptContext(CONTENT_SCRIPT_NAME));
    const own = track(ownContext(wxt));
    expect(wxt.isInvalid).toBe(true);
    expect(own).toBeInstanceOf(OwnContext);
    expect(own.isValid).toBe(true);
  });

  it('timers and listeners of an invalidated context no longer run', async () => {
    const older = track(new OwnContext(CONTENT_SCRIPT_NAME));
    let ticks = 0;
    older.setTimeout(() => ticks++, 0);
    older.addEventListener(window, 'resize', () => ticks++);
    track(new OwnContext(CONTENT_SCRIPT_NAME));
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ticks).toBe(0);
  });
});
