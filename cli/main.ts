#!/usr/bin/env node
/**
 * dvc-inspector: the command line. Verbs: audit (one page; the default),
 * crawl (a whole portal), compare (two reports), survey (many portals). A verb is one module in
 * cli/commands that registers itself on the program: add a file and one
 * line below.
 *
 * Exit codes: 0 done, 1 failed (input, network, output), 3 under
 * --min-score, 64 usage, 130 interrupted.
 */
import '../lib/zod-setup';
import { Command, CommanderError } from 'commander';
import { EXIT, UsageError, toolVersion } from './common';
import { registerAudit } from './commands/audit';
import { registerCompare } from './commands/compare';
import { registerCrawl } from './commands/crawl';
import { registerSurvey } from './commands/survey';

const VERBS: Array<(program: Command) => void> = [registerAudit, registerCrawl, registerCompare, registerSurvey];

export function buildProgram(): Command {
  const program = new Command('dvc-inspector')
    .description('Audit Vietnamese public-service portals against the 83-criteria checklist (vn-dvc-2023).')
    .version(toolVersion(), '-V, --version')
    .showSuggestionAfterError(true)
    // `survey merge … --out`: the options after a verb's subcommand are the subcommand's.
    .enablePositionalOptions()
    .addHelpText('after', '\nExit codes: 0 done · 1 failed · 3 under --min-score · 64 usage · 130 interrupted');
  for (const register of VERBS) register(program);
  // Errors are ours to print: one line, then the exit code.
  const configure = (cmd: Command) => {
    cmd.exitOverride().configureOutput({ outputError: () => undefined });
    cmd.commands.forEach(configure);
  };
  configure(program);
  return program;
}

async function errorMessage(err: unknown): Promise<string> {
  const z = await import('zod/mini');
  if (err instanceof z.core.$ZodError)
    return `internal error: the report does not match its schema at ${err.issues[0]?.path.join('.')}: ${err.issues[0]?.message}`;
  return err instanceof Error ? err.message : String(err);
}

export async function run(argv: string[]): Promise<number> {
  try {
    process.exitCode = 0;
    await buildProgram().parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      process.stderr.write(`dvc-inspector: ${err.message.replace(/^error: /, '').split('\n')[0]}\n`);
      return EXIT.usage;
    }
    const { plain } = await import('../lib/report/text');
    process.stderr.write(`dvc-inspector: ${plain((await errorMessage(err)).split('\n')[0]!)}\n`);
    return err instanceof UsageError ? EXIT.usage : EXIT.failure;
  }
}

run(process.argv.slice(2)).then((code) =>
  // Let a large report reach a slow pipe before exiting.
  process.stdout.write('', () => process.exit(code)),
);
