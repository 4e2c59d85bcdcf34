// `kehoach schema [plan|directive|agencies|config]`: prints a JSON Schema for editors
// (`# yaml-language-server: $schema=...`).
import type { Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { isSchemaName, schemaText, SCHEMA_NAMES } from '../pipeline/schema.js';
import type { CliIO } from './io.js';
import { resolveLang, type GlobalOptions, help } from './options.js';
import { t } from './messages.js';

export function registerSchema(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('schema')
    .description(help('In JSON Schema của một loại tệp (để trình soạn thảo gợi ý và kiểm tra)', 'Print the JSON Schema of a kind of file (for editor completion and checks)'))
    .argument('[kind]', help(`loại tệp: ${SCHEMA_NAMES.join(', ')}`, `kind of file: ${SCHEMA_NAMES.join(', ')}`), 'plan')
    .action((kind: string, _opts: unknown, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      if (!isSchemaName(kind)) {
        const valid = SCHEMA_NAMES.join(', ');
        throw new UserError(t(lang, 'schema.unknown', { kind, valid }));
      }
      io.stdout(schemaText(kind));
      setCode(0);
    });
}
