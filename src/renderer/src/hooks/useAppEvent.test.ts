import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../shared/events';

type Listener = (event: unknown) => void;

function fakeBridge() {
  const listeners: Listener[] = [];
  const onEvent = vi.fn((l: Listener) => {
    listeners.push(l);
    return () => undefined;
  });
  (globalThis as unknown as { window: unknown }).window = { bridge: { onEvent } };
  return { onEvent, emit: (event: unknown) => listeners.forEach((l) => l(event)) };
}

const changed: AppEvent = {
  type: 'article.changed',
  payload: { articleId: 'a1', revisionId: 'r2', version: 2, status: 'nhap', title: 'Tin', by: { id: 'u1', name: 'An' }, at: '2026-12-01T01:00:00.000Z', action: 'save' }
};

describe('app events hub', () => {
  afterEach(() => {
    delete (globalThis as unknown as { window?: unknown }).window;
    vi.resetModules();
  });

  it('opens one bridge subscription for every listener and hands each its own event type', async () => {
    const bridge = fakeBridge();
    const { subscribe } = await import('./useAppEvent');
    const onChanged = vi.fn();
    const onChangedToo = vi.fn();
    const onJob = vi.fn();
    subscribe('article.changed', onChanged);
    const stop = subscribe('article.changed', onChangedToo);
    subscribe('job.progress', onJob);
    expect(bridge.onEvent).toHaveBeenCalledTimes(1);

    bridge.emit(changed);
    expect(onChanged).toHaveBeenCalledWith(changed.payload);
    expect(onChangedToo).toHaveBeenCalledTimes(1);
    expect(onJob).not.toHaveBeenCalled();

    stop();
    bridge.emit(changed);
    expect(onChanged).toHaveBeenCalledTimes(2);
    expect(onChangedToo).toHaveBeenCalledTimes(1);
  });

  it('ignores what is not an app event, and one failing listener does not stop the others', async () => {
    const bridge = fakeBridge();
    const { subscribe } = await import('./useAppEvent');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    subscribe('article.changed', () => {
      throw new Error('boom');
    });
    subscribe('article.changed', after);
    bridge.emit({ type: 'article.changed' });
    bridge.emit({ type: 'something.else', payload: {} });
    bridge.emit('text');
    expect(after).not.toHaveBeenCalled();
    bridge.emit(changed);
    expect(after).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
