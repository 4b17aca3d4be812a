import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built command line (dist/cli, made by `npm run build`), run as a user runs it. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}dist/cli/dvc-inspector.js`;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; onStart?: (kill: (s: NodeJS.Signals) => void) => void; command?: string[] } = {}): Promise<Run> {
  return new Promise((done) => {
    const [cmd, ...pre] = opts.command ?? [process.execPath, BIN];
    const child = spawn(cmd!, [...pre, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    opts.onStart?.((s) => child.kill(s));
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}
