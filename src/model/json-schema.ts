// The published JSON Schemas (schemas/*.json, `kehoach schema`), generated from the zod
// model so the two cannot drift; test/schemas.test.ts fails when the committed files are stale.
import { z } from 'zod';
import { Agencies, Config, Directive, Plan } from './schemas.js';

export const SCHEMA_NAMES = ['plan', 'directive', 'agencies', 'config'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const models = { plan: Plan, directive: Directive, agencies: Agencies, config: Config } as const;
const titles: Record<SchemaName, string> = {
  plan: 'Kế hoạch (kehoach plan)',
  directive: 'Văn bản cấp trên (kehoach directive)',
  agencies: 'Danh mục cơ quan (kehoach agencies)',
  config: 'Cấu hình kehoach (kehoach.config.yaml)',
};

export function jsonSchema(name: SchemaName): Record<string, unknown> {
  // io: 'input' describes what an author writes (ids may be numbers before they become text).
  const schema = z.toJSONSchema(models[name], { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return { title: titles[name], ...schema };
}

export function jsonSchemaText(name: SchemaName): string {
  return JSON.stringify(jsonSchema(name), null, 2) + '\n';
}
