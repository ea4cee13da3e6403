import { BuildInUseError } from '../lib/build/dist-dir';
import { ContentError } from '../lib/content/load';
import { DatabaseUnreachableError } from '../lib/db/url';
import { MigrationError } from '../lib/db/migrate';

/** A mistake in how the command was called; its message says how to call it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A numeric option (`--minutes 10`) of the command line, or `fallback` when absent or not a number. */
export function numberOption(name: string, fallback: number, argv = process.argv.slice(2)): number {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) || fallback : fallback;
}

/** Runs a command-line entry point: known failures print one clear message and exit 1. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    // a command may set process.exitCode to report a failed check after printing its results
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      const known =
        error instanceof ContentError ||
        error instanceof DatabaseUnreachableError ||
        error instanceof MigrationError ||
        error instanceof UsageError ||
        error instanceof BuildInUseError ||
        (error instanceof Error && error.message.startsWith('Invalid environment'));
      // Known failures are the user's to fix: their message says how. Anything else gets its stack.
      const text =
        error instanceof Error ? (known ? error.message : (error.stack ?? error.message)) : String(error);
      console.error(`\n✖ ${text}`);
      process.exit(1);
    },
  );
}
