import { describe, expect, it } from 'vitest';
import { networkShareOf } from './network-share';

const MOUNTS = [
  'sysfs /sys sysfs rw 0 0',
  '/dev/sda1 / ext4 rw,relatime 0 0',
  '/dev/sdb1 /home ext4 rw 0 0',
  '//may-chu/du-lieu /mnt/so\\040lieu cifs rw,vers=3.0 0 0',
  'nas:/export /home/bbt/nfs nfs4 rw 0 0',
  'user@host:/x /media/ssh fuse.sshfs rw 0 0',
  '/dev/sdc1 /home/bbt/nfs/local ext4 rw 0 0'
].join('\n');
const linux = (path: string) => networkShareOf(path, { platform: 'linux', mounts: MOUNTS });
const win = (path: string) => networkShareOf(path, { platform: 'win32' });

describe('network share detection', () => {
  it('finds UNC paths on Windows, in either slash style and in the long form', () => {
    expect(win('\\\\may-chu\\du-lieu\\bbt')).toBe('\\\\may-chu\\du-lieu');
    expect(win('//may-chu/du-lieu/bbt')).toBe('\\\\may-chu\\du-lieu');
    expect(win('\\\\?\\UNC\\may-chu\\du-lieu\\bbt')).toBe('\\\\may-chu\\du-lieu');
  });

  it('leaves local Windows paths alone, long forms and device paths included', () => {
    expect(win('C:\\Users\\bbt\\Ban Bien Tap')).toBeNull();
    expect(win('\\\\?\\C:\\Users\\bbt')).toBeNull();
    expect(win('\\\\.\\PhysicalDrive0')).toBeNull();
  });

  it('finds cifs, nfs and sshfs mounts on Linux, escaped spaces included', () => {
    expect(linux('/mnt/so lieu/bbt')).toBe('cifs //may-chu/du-lieu');
    expect(linux('/home/bbt/nfs/ws')).toBe('nfs4 nas:/export');
    expect(linux('/media/ssh')).toBe('fuse.sshfs user@host:/x');
  });

  it('decides by the longest mount point: a local disk mounted inside a share is local, a look-alike prefix is not inside', () => {
    expect(linux('/home/bbt/nfs/local/ws')).toBeNull();
    expect(linux('/home/bbt/nfs-copy/ws')).toBeNull();
    expect(linux('/home/bbt/ws')).toBeNull();
  });

  it('says nothing where it cannot tell', () => {
    expect(networkShareOf('/Volumes/share', { platform: 'darwin' })).toBeNull();
    expect(networkShareOf('/mnt/x', { platform: 'linux', mounts: null })).toBeNull();
  });
});
