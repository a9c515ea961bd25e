// Preloaded (--import) into tools that try the internet but work without it (electronegativity fetches
// translations): every host name lookup fails at once, so nothing leaves the machine and nothing waits.
import dns from 'node:dns';
import Module from 'node:module';

const offlineError = (what) => Object.assign(new Error(`offline: ${what}`), { code: 'ENOTFOUND' });
dns.lookup = (hostname, options, callback) => {
  const cb = typeof options === 'function' ? options : callback;
  process.nextTick(() => cb(offlineError(`no lookup of ${hostname}`)));
};
dns.promises.lookup = (hostname) => Promise.reject(offlineError(`no lookup of ${hostname}`));

// `got` retries a failed lookup with back-off (seconds of waiting): its CommonJS callers get an immediate failure.
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request !== 'got') return load.call(this, request, parent, isMain);
  const offline = () => Promise.reject(offlineError('got disabled'));
  return Object.assign(offline, { default: offline, head: offline, get: offline, __esModule: true });
};
