// One formatter per --format, loaded only when asked for (cold start matters in CI).
import type { Formatter } from './types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'json':
      return (await import('./json.js')).json;
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
    case 'junit':
      return (await import('./junit.js')).junit;
  }
}
