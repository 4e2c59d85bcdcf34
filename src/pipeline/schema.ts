// `kehoach schema [kind]`: the JSON Schema of one kind of file, generated from the zod model
// (model/json-schema.ts), so what editors complete and hover is exactly what validate accepts.
import { SCHEMA_NAMES, jsonSchemaText, type SchemaName } from '../model/json-schema.js';

export { SCHEMA_NAMES, type SchemaName };

export function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}

/** The schema as printed: pretty JSON with a final newline (the same text as schemas/<name>.json). */
export function schemaText(name: SchemaName): string {
  return jsonSchemaText(name);
}
