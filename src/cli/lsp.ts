// `kehoach lsp`: the Language Server on stdin/stdout (spec/editor.md); runs until the client
// closes the connection.
import type { Command } from 'commander';
import type { CliIO } from './io.js';
import { help, resolveLang, type GlobalOptions } from './options.js';

export function registerLsp(program: Command, io: CliIO): void {
  program
    .command('lsp')
    .description(help('Chạy máy chủ ngôn ngữ (Language Server) cho trình soạn thảo, qua stdin/stdout', 'Run the Language Server for editors, over stdin/stdout'))
    // Editors pass --stdio by convention; stdio is the only transport.
    .option('--stdio', help('giao tiếp qua stdin/stdout (mặc định)', 'talk over stdin/stdout (the default)'))
    .action(async (_opts: unknown, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      const { startServer } = await import('../lsp/server.js');
      // The protocol decides the exit code: the server library ends the process on the client's
      // `exit` notification (0 after a `shutdown` request, else 1) or when stdin closes.
      startServer(process.stdin, process.stdout, lang);
      await new Promise<never>(() => undefined);
    });
}
