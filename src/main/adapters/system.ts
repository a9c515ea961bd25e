// Real clock, UUIDv7 ids and SHA-256 for the core ports.
import { createHash } from 'node:crypto';
import { v7 } from 'uuid';
import type { Clock, Hasher, IdGenerator } from '../../core/ports';

export const systemClock: Clock = { now: () => new Date() };

export const uuidV7Ids: IdGenerator = { newId: () => v7() };

export const nodeHasher: Hasher = {
  sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex')
};
