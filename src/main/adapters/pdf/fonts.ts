// The print fonts shipped under resources/fonts (copied from @fontsource by scripts/copy-fonts.mjs),
// read once per process and handed to the core as base64 for @font-face data: URLs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrintFont, PrintFonts } from '../../../core/printing/ports';

interface ManifestEntry {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  unicodeRange: string;
  file: string;
}

/**
 * resources/fonts beside package.json. This module runs from src/main/adapters/pdf (tsx, tests) or is
 * bundled into out/main/index.js (the built app); both lead up to the repository root.
 */
export function defaultFontsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const up = here.includes(`${join('src', 'main', 'adapters', 'pdf')}`) ? ['..', '..', '..', '..'] : ['..', '..'];
  return join(here, ...up, 'resources', 'fonts');
}

export class BundledFonts implements PrintFonts {
  private cache: PrintFont[] | null = null;

  constructor(private readonly dir: string = defaultFontsDir()) {}

  fonts(): readonly PrintFont[] {
    if (!this.cache) {
      const manifest = JSON.parse(readFileSync(join(this.dir, 'fonts.json'), 'utf8')) as ManifestEntry[];
      this.cache = manifest.map((f) => ({
        family: f.family,
        weight: f.weight,
        style: f.style,
        unicodeRange: f.unicodeRange,
        woff2Base64: readFileSync(join(this.dir, f.file)).toString('base64')
      }));
    }
    return this.cache;
  }
}
