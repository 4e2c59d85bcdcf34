// What a command needs from the outside world, passed in so tests can run the CLI in process.
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour). */
  isTTY: boolean;
  /** Whether stderr is a terminal: the progress line is drawn there and only there. */
  isStderrTTY: boolean;
  /** A monotonic clock in milliseconds (tests pass a fake one); defaults to performance.now. */
  now?: () => number;
}
