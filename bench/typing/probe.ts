// Runs inside each benchmarked page (added as an init script): keydown → next painted frame.
//
// Method: a capture-phase keydown listener on window (the first handler to run for the key) notes
// performance.now() and asks for the next animation frame; that frame's requestAnimationFrame callback
// posts a MessageChannel message, which runs as the first task after the frame's style, layout and paint.
// The sample is the message's time minus the keydown time: the key's handlers, Lexical's update and DOM
// reconciliation, any React work done before the frame, and the frame itself (what INP counts).
// Plain JavaScript source: a function compiled by tsx would carry helpers (__name) the page lacks.

export interface TypingProbe {
  /** The samples so far (ms), emptied. */
  take(): number[];
  /** Resolves once `n` samples exist and at least `gapMs` passed since the last keydown (the typing cadence). */
  wait(n: number, gapMs: number): Promise<void>;
}

export const TYPING_PROBE_SCRIPT = `(() => {
  const samples = [];
  let lastKeyAt = 0;
  let wake = null;
  addEventListener('keydown', () => {
    const t0 = performance.now();
    lastKeyAt = t0;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        samples.push(performance.now() - t0);
        channel.port1.close();
        if (wake) wake();
      };
      channel.port2.postMessage(0);
    });
  }, true);
  window.__typingProbe = {
    take: () => samples.splice(0),
    wait: (n, gapMs) => new Promise((resolve) => {
      const check = () => {
        if (samples.length < n) { wake = check; return; }
        wake = null;
        const left = lastKeyAt + gapMs - performance.now();
        if (left > 0) setTimeout(resolve, left); else resolve();
      };
      check();
    })
  };
})();`;
