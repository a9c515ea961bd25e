import { afterEach, describe, expect, it } from 'vitest';
import { call, settled } from './api';

function fakeBridge() {
  const pending: (() => void)[] = [];
  (globalThis as unknown as { window: unknown }).window = {
    bridge: {
      invoke: () => new Promise((resolve) => pending.push(() => resolve({ ok: true, value: null })))
    }
  };
  return { answer: () => pending.shift()?.() };
}

describe('settled', () => {
  afterEach(() => {
    delete (globalThis as unknown as { window?: unknown }).window;
  });

  it('waits for calls in flight and for the calls their callers chain on them', async () => {
    const bridge = fakeBridge();
    const steps: string[] = [];
    void call('article.get', { id: 'a1' }).then(async () => {
      steps.push('first answered');
      await call('article.history', { id: 'a1' });
      steps.push('second answered');
    });
    const done = settled().then(() => steps.push('settled'));
    bridge.answer();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(steps).toEqual(['first answered']);
    bridge.answer();
    await done;
    expect(steps).toEqual(['first answered', 'second answered', 'settled']);
  });

  it('resolves at once (a task later) when nothing is in flight', async () => {
    fakeBridge();
    await expect(settled()).resolves.toBeUndefined();
  });
});
