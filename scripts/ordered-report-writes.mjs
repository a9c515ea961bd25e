// Preloaded (--import) into electronegativity: it writes its CSV report with two fs.writeFile calls at once,
// the header ('w', truncating) and the findings ('a'), which race. When the header lands last it overwrites the
// start of the first finding (seen as a record missing its first 76 characters, or split over two lines).
// Here every fs.writeFile runs synchronously, in call order, before its callback is scheduled.
import fs from 'node:fs';

fs.writeFile = (file, data, options, callback) => {
  const cb = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' ? undefined : options;
  let error = null;
  try {
    fs.writeFileSync(file, data, opts);
  } catch (err) {
    error = err;
  }
  if (cb) process.nextTick(cb, error);
};
