import { browser } from 'wxt/browser';
import { responseSchemaOf, type Request, type ResponseOf } from './protocol';

/** Send a request to the background and validate its answer against that request's own response type. */
export async function send<R extends Request>(request: R): Promise<ResponseOf<R['type']>> {
  try {
    const raw: unknown = await browser.runtime.sendMessage(request);
    const parsed = responseSchemaOf(request.type).safeParse(raw);
    if (parsed.success) return parsed.data as ResponseOf<R['type']>;
    return { ok: false, code: 'unknown', detail: 'unexpected answer from the background' };
  } catch (err) {
    return { ok: false, code: 'unknown', detail: err instanceof Error ? err.message : String(err) };
  }
}
