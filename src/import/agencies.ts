// Agency names read in a document → the registry's keys (import.md: names, aliases, short
// forms; case, spacing and "ủy"/"uỷ" insensitive, through the one name normalisation of
// src/vi/names.ts). A name the registry does not have gets a proposed entry.
import type { Repository } from '../repository/repository.js';
import type { AgencyModel } from '../model/schemas.js';
import { nameKey } from '../vi/names.js';

export interface ProposedAgency {
  key: string;
  entry: { name: string; type: AgencyModel['type'] };
}

/** "Sở Lao động - Thương binh và Xã hội" → "so-lao-dong-thuong-binh-va-xa-hoi". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** What kind of body a name is, from its head word (decides "Đề nghị" in the print). */
function guessType(name: string): AgencyModel['type'] {
  const n = nameKey(name);
  if (/^(ủy ban mặt trận|hội |đoàn thanh niên|tỉnh đoàn|huyện đoàn)/.test(n)) return 'mass_org';
  if (/^(liên đoàn lao động|công đoàn)/.test(n)) return 'union';
  if (/^(ban tuyên giáo|ban dân vận|ban tổ chức|ủy ban kiểm tra|tỉnh ủy|huyện ủy|thành ủy|đảng ủy|ban thường vụ)/.test(n)) return 'party';
  return 'state';
}

export class AgencyResolver {
  private readonly byName = new Map<string, string>();
  readonly proposed = new Map<string, ProposedAgency>();

  constructor(repo: Repository | undefined) {
    // Full names first: another agency's short form or alias never shadows a name.
    const agencies = [...(repo?.agencies ?? [])];
    for (const [key, { agency }] of agencies) if (!this.byName.has(nameKey(agency.name))) this.byName.set(nameKey(agency.name), key);
    for (const [key, { agency }] of agencies) {
      for (const name of [agency.short, ...(agency.aliases ?? [])]) {
        if (name && !this.byName.has(nameKey(name))) this.byName.set(nameKey(name), key);
      }
    }
  }

  /** The registry's key of this name, or undefined. */
  known(name: string): string | undefined {
    return this.byName.get(nameKey(name));
  }

  /** The key for this name: the registry's, else a proposed one (remembered for --agencies-out). */
  key(name: string): string {
    const known = this.known(name);
    if (known) return known;
    const norm = nameKey(name);
    for (const p of this.proposed.values()) if (nameKey(p.entry.name) === norm) return p.key;
    let key = slug(name) || 'co-quan';
    for (let n = 2; this.proposed.has(key); n++) key = `${slug(name)}-${n}`;
    this.proposed.set(key, { key, entry: { name: name.trim(), type: guessType(name) } });
    return key;
  }
}
