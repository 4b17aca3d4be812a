import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The audit is started as an inspector starts it: a real keyboard shortcut
 * (a user gesture, which grants activeTab). That needs a real display, so
 * the browsers run headed on a private Xvfb server, and xdotool types.
 */
export async function startDisplay(): Promise<{ display: string; stop(): void }> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const n = 100 + Math.floor(Math.random() * 800);
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const proc: ChildProcess = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const ok = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        if (existsSync(`/tmp/.X11-unix/X${n}`)) {
          clearInterval(timer);
          resolve(true);
        }
      }, 50);
      proc.once('exit', () => {
        clearInterval(timer);
        resolve(false);
      });
    });
    if (ok) return { display: `:${n}`, stop: () => proc.kill() };
  }
  throw new Error('could not start Xvfb');
}

/** Press keys in the focused window of the given display, as a person would. */
export async function pressKeys(display: string, keys: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const p = spawn('xdotool', ['key', '--clearmodifiers', keys], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
    p.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`xdotool exited ${code}`))));
  });
}
