import { buildSnapshotAsync } from '@/lib/snapshot/build';

/**
 * Injected into the audited tab on the inspector's request. It reads the
 * page once and returns plain data; it changes nothing and sends nothing.
 * The walk runs in slices and gives the page its main thread back between
 * them, so a huge page stays responsive; executeScript waits for the
 * returned promise (Chromium and Firefox alike).
 */
export default defineUnlistedScript(async () => {
  const type = document.contentType || 'text/html';
  if (!/html/i.test(type)) return { ok: false, reason: 'not-html', contentType: type };
  // One string crosses to the extension much faster than thousands of objects.
  return { ok: true, json: JSON.stringify(await buildSnapshotAsync(document)) };
});
