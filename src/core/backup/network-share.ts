// The live database must never live on a network share: SQLite's locking and WAL need one machine's
// memory-mapped index, and network filesystems break them (SQLite's own FAQ). A backup folder may be on a
// share. Pure: the caller passes the platform and, on Linux, the text of /proc/mounts.
// Limit: a Windows drive letter mapped to a share (Z:) is not a UNC path and is not detected here.

/** Linux filesystem types that are network filesystems. */
const NETWORK_TYPES = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'fuse.sshfs', 'sshfs', '9p', 'afs', 'ncpfs', 'davfs', 'fuse.davfs2']);

/** A description of the share (`\\server\share`, `cifs //server/share`) when `path` is on one, else null. */
export function networkShareOf(path: string, env: { platform: string; mounts?: string | null }): string | null {
  if (env.platform === 'win32') return windowsShare(path);
  if (env.platform === 'linux' && env.mounts) return linuxShare(path, env.mounts);
  return null;
}

function windowsShare(path: string): string | null {
  const p = path.replace(/\//g, '\\');
  // \\?\UNC\server\share is the long form of \\server\share; \\?\C:\ and \\.\ are local.
  const long = /^\\\\\?\\UNC\\([^\\]+)\\([^\\]+)/i.exec(p);
  if (long) return `\\\\${long[1]}\\${long[2]}`;
  const unc = /^\\\\([^\\?.][^\\]*)\\([^\\]+)/.exec(p);
  return unc ? `\\\\${unc[1]}\\${unc[2]}` : null;
}

function linuxShare(path: string, mounts: string): string | null {
  let best: { point: string; type: string; device: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [device, rawPoint, type] = line.split(' ');
    if (!device || !rawPoint || !type) continue;
    // /proc/mounts writes space, tab, newline and backslash as octal escapes.
    const point = rawPoint.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
    const inside = point === '/' || path === point || path.startsWith(point.endsWith('/') ? point : `${point}/`);
    // The longest mount point containing the path decides; a later line for the same point overrides (mounted over).
    if (inside && (!best || point.length >= best.point.length)) best = { point, type, device };
  }
  return best && NETWORK_TYPES.has(best.type) ? `${best.type} ${best.device}` : null;
}
