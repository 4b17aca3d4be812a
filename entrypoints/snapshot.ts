import { buildSnapshot } from '@/lib/snapshot/build';

/**
 * Injected into the audited tab on the inspector's request. It reads the
 * page once and returns plain data; it changes nothing and sends nothing.
 */
export default defineUnlistedScript(() => {
  const type = document.contentType || 'text/html';
  if (!/html/i.test(type)) return { ok: false, reason: 'not-html', contentType: type };
  return { ok: true, snapshot: buildSnapshot(document) };
});
