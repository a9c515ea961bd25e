// For tests: the connection facts written by scripts/wordpress/wordpress-local.sh.
import { existsSync, readFileSync } from 'node:fs';

export interface WordPressTestEnv {
  url: string;
  username: string;
  appPassword: string;
  contributor: { username: string; appPassword: string };
  permalinks: 'pretty' | 'plain';
  wordpressVersion: string;
}

export const WORDPRESS_ENV_FILE = process.env.BBT_WORDPRESS_ENV || '/tmp/bbt-wordpress.json';

/**
 * The test WordPress, or undefined (with a printed reason) when its connection file is missing on a developer's
 * machine. In CI (`CI` or `BBT_WORDPRESS_REQUIRED` set) a missing file throws, so the tests fail instead of skipping.
 */
export function wordPressTestEnv(): WordPressTestEnv | undefined {
  if (!existsSync(WORDPRESS_ENV_FILE)) {
    const why = `WordPress test site not set up: ${WORDPRESS_ENV_FILE} is missing (run: sudo scripts/wordpress/wordpress-local.sh)`;
    if (process.env.CI || process.env.BBT_WORDPRESS_REQUIRED) throw new Error(`${why} — required in CI`);
    console.warn(`[skip] ${why}`);
    return undefined;
  }
  return JSON.parse(readFileSync(WORDPRESS_ENV_FILE, 'utf8')) as WordPressTestEnv;
}
