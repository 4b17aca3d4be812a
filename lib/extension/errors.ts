import * as z from 'zod/mini';

/**
 * What the extension's pages are told when something fails in the
 * background: a code and one short line. A validator's dump (a JSON list of
 * issues) is never shown to an inspector; it becomes a sentence naming the
 * field.
 */
export function failureFromError(err: unknown): { code: 'storage-full' | 'unknown'; detail: string } {
  if (err instanceof z.core.$ZodError) {
    const issue = err.issues[0];
    const where = issue?.path.length ? issue.path.map(String).join('.') : 'the data';
    return { code: 'unknown', detail: oneLine(`the audit data did not pass its check at ${where}`) };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: /quota/i.test(message) ? 'storage-full' : 'unknown', detail: oneLine(message) };
}

/** The first line, without control characters, at most 300 characters. */
function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  const line = (s.split(/\r?\n/)[0] ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/[[\]{}"]/g, '');
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
