/**
 * zod's jitless mode alone (see lib/zod-setup.ts for why it is needed and
 * how it is set). Pages whose zod messages never reach anyone import this
 * instead of zod-setup: the popup shows a sentence of its own for an answer
 * that fails its check (lib/messaging/client.ts), so it need not carry zod's
 * English messages and stays within its size budget.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
// The object zod's core holds once it loads: changed in place, never replaced.
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
