// Copies the print fonts (Noto Serif, Noto Sans: latin + latin-ext + vietnamese subsets, 400 and 700,
// Noto Serif italic too) from the installed @fontsource packages into resources/fonts/, with a
// manifest (fonts.json) giving each file's family, weight, style and unicode-range. The copies are
// committed: the app ships them and prints with them (inlined as data: URLs). Run again after
// upgrading @fontsource: `node scripts/copy-fonts.mjs`.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'resources', 'fonts');
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'];
const FACES = [
  { pkg: 'noto-serif', family: 'Noto Serif', styles: ['normal', 'italic'] },
  { pkg: 'noto-sans', family: 'Noto Sans', styles: ['normal'] }
];
const WEIGHTS = [400, 700];

mkdirSync(out, { recursive: true });
const manifest = [];
for (const face of FACES) {
  const dir = join(root, 'node_modules', '@fontsource', face.pkg);
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8'));
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  copyFileSync(join(dir, 'LICENSE'), join(out, `${face.pkg}-LICENSE.txt`));
  for (const style of face.styles) {
    for (const weight of WEIGHTS) {
      for (const subset of SUBSETS) {
        const file = `${face.pkg}-${subset}-${weight}-${style}.woff2`;
        copyFileSync(join(dir, 'files', file), join(out, file));
        manifest.push({ family: face.family, weight, style, subset, unicodeRange: ranges[subset], file, source: `@fontsource/${face.pkg}@${version}` });
      }
    }
  }
}
writeFileSync(join(out, 'fonts.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`${manifest.length} font files copied to ${out}`);
