// The content hash a file is known by in the results cache (result-cache.ts), computed by the
// thread that reads the file (a worker's or this one).
import { createHash } from 'node:crypto';

export function contentHash(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}
