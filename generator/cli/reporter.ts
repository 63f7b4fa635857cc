/** How much the CLI prints: errors only, the normal lines, or diagnostics plus timings. */
export type Verbosity = "quiet" | "normal" | "verbose";

/** Where every CLI line goes, so quiet and verbose modes are decided in one place. */
export interface Reporter {
  readonly verbosity: Verbosity;
  /** A result line on stdout (not in quiet mode). */
  info(line: string): void;
  /** A warning-level line on stderr (not in quiet mode). */
  warn(line: string): void;
  /** A failure on stderr, always printed. */
  error(line: string): void;
  /** Detail on stderr, only in verbose mode. */
  detail(line: string): void;
  /** A stage finished: a timing in verbose mode, a progress line on a terminal. */
  stage(name: string, elapsedMs: number): void;
}

export interface ReporterFlags {
  readonly quiet?: boolean;
  readonly verbose?: boolean;
}

/** The reporter for `--quiet` / `--verbose`; progress lines only when stderr is a terminal. */
export function createReporter(flags: ReporterFlags, stderrIsTty = process.stderr.isTTY === true): Reporter {
  const verbosity: Verbosity = flags.quiet ? "quiet" : flags.verbose ? "verbose" : "normal";
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  return {
    verbosity,
    info: (line) => verbosity !== "quiet" && out(line),
    warn: (line) => verbosity !== "quiet" && err(line),
    error: err,
    detail: (line) => verbosity === "verbose" && err(line),
    stage: (name, elapsedMs) => {
      const ms = `${elapsedMs.toFixed(0)} ms`;
      if (verbosity === "verbose") err(`chatgen: ${name} took ${ms}`);
      else if (verbosity === "normal" && stderrIsTty) err(`chatgen: ${name} done (${ms})`);
    },
  };
}
