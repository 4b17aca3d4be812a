import { runOverlay, type OverlayCommand } from '@/lib/snapshot/overlay';

/**
 * Injected on request to show evidence on the page. It registers the
 * overlay once in the extension's isolated world (later injections keep the
 * first, so its state — what is drawn — survives); each command then calls it.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as { __dvcInspectorOverlay?: (c: OverlayCommand) => unknown };
  g.__dvcInspectorOverlay ??= runOverlay;
});
