// `kehoach render <plan>`: filled in by the render work; registered here so help lists it.
import type { Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import type { CliIO } from './io.js';

export function registerRender(program: Command, _io: CliIO, _setCode: (code: number) => void): void {
  program
    .command('render')
    .description('Trình bày một kế hoạch thành tệp DOCX')
    .argument('<plan>', 'mã (id) hoặc đường dẫn của kế hoạch')
    .action(() => {
      throw new UserError('Lệnh render chưa sẵn sàng.');
    });
}
