// What a command needs from the outside world, passed in so tests can run the CLI in process.
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour, progress lines). */
  isTTY: boolean;
}

export interface CliOutcome {
  code: number;
}
