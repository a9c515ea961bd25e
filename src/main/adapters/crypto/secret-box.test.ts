import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileKeySecretBox, SECRET_KEY_FILE } from './secret-box';

const dirs: string[] = [];
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'bbt-secret-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('FileKeySecretBox', () => {
  it('seals so that the sealed text does not contain the secret, and opens it again with the same key file', () => {
    const ws = dir();
    const sealed = new FileKeySecretBox(ws).seal('Mật-khẩu-cổng-2026');
    expect(sealed).not.toContain('Mật');
    expect(new FileKeySecretBox(ws).open(sealed)).toBe('Mật-khẩu-cổng-2026');
    expect(statSync(join(ws, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('refuses a tampered secret or another workspace\'s key with a Vietnamese message', () => {
    const a = dir();
    const sealed = new FileKeySecretBox(a).seal('bi-mat');
    const parts = sealed.split(':');
    const flipped = Buffer.from(parts[3]!, 'base64');
    flipped[0]! ^= 1;
    expect(() => new FileKeySecretBox(a).open([...parts.slice(0, 3), flipped.toString('base64')].join(':'))).toThrow(/nhập lại mật khẩu/);
    expect(() => new FileKeySecretBox(dir()).open(sealed)).toThrow(/nhập lại mật khẩu/);
    const broken = dir();
    writeFileSync(join(broken, SECRET_KEY_FILE), 'ngắn');
    expect(() => new FileKeySecretBox(broken)).toThrow(/bị hỏng/);
    expect(readFileSync(join(a, SECRET_KEY_FILE), 'utf8')).not.toBe('');
  });
});
