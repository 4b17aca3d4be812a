import { Window } from 'happy-dom';
import { buildSnapshot, type SnapshotOptions } from './build';
import { PageSnapshotSchema, type PageSnapshot } from './schema';

/**
 * Snapshot of an HTML string without a browser (command line, tests).
 * The page's scripts never run and nothing it references is loaded.
 */
export async function snapshotFromHtml(html: string, url: string, opts: Omit<SnapshotOptions, 'url'> = {}): Promise<PageSnapshot> {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  try {
    window.document.write(html);
    return PageSnapshotSchema.parse(buildSnapshot(window.document as unknown as Document, { ...opts, url }));
  } finally {
    // happy-dom tears the tree down recursively and overflows the stack on
    // very deep pages (a few thousand levels); the snapshot is made by then,
    // so a failed close must not replace it with a RangeError.
    await window.happyDOM.close().catch(() => undefined);
  }
}
