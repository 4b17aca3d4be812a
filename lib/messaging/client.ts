import { browser } from 'wxt/browser';
import { ResponseSchema, type Request, type Response } from './protocol';

/** Send a request to the background and validate its answer. */
export async function send(request: Request): Promise<Response> {
  try {
    const raw: unknown = await browser.runtime.sendMessage(request);
    const parsed = ResponseSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    return { ok: false, code: 'unknown', detail: 'unexpected answer from the background' };
  } catch (err) {
    return { ok: false, code: 'unknown', detail: err instanceof Error ? err.message : String(err) };
  }
}
