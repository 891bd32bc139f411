// The panel never waits for a slow managed read beyond MANAGED_WAIT_MS, and still gets the policy.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ManagedConfig } from '../../content/managed';
import { MANAGED_WAIT_MS, managedAtStart } from '../../utils/managed';

const POLICY: ManagedConfig = { values: { referentsAddresses: ['referents@hopital.example'] }, ignored: [] };

describe('managedAtStart', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts with a policy the browser answers within the wait, and calls nothing later', async () => {
    const onLate = vi.fn();
    const start = managedAtStart(Promise.resolve(POLICY), onLate);
    await expect(start).resolves.toEqual(POLICY);
    await vi.runAllTimersAsync();
    expect(onLate).not.toHaveBeenCalled();
  });

  it('starts without a policy once the wait is over, then hands the late policy over once', async () => {
    let answer: (config: ManagedConfig) => void = () => {};
    const read = new Promise<ManagedConfig>((resolve) => (answer = resolve));
    const onLate = vi.fn();
    let started: ManagedConfig | undefined;
    void managedAtStart(read, onLate).then((config) => (started = config));
    await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS - 1);
    expect(started).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual({ values: {}, ignored: [] });
    expect(onLate).not.toHaveBeenCalled();
    answer(POLICY);
    await vi.runAllTimersAsync();
    expect(onLate).toHaveBeenCalledTimes(1);
    expect(onLate).toHaveBeenCalledWith(POLICY);
  });
});
