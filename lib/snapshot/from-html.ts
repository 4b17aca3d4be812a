import { buildSnapshot, type SnapshotOptions } from './build';
import { PageSnapshotSchema, type PageSnapshot } from './schema';
import { parseStaticDocument } from './static-dom';

/**
 * Snapshot of an HTML page given as text (already decoded), without a
 * browser: command line, tests. The markup is parsed as browsers parse it
 * (parse5, the WHATWG parser) and read by the same snapshot builder the
 * extension injects. The page's scripts never run and nothing it references
 * is loaded.
 */
export async function snapshotFromHtml(html: string, url: string, opts: Omit<SnapshotOptions, 'url'> = {}): Promise<PageSnapshot> {
  const doc = parseStaticDocument(html, url);
  // The static document has the part of the DOM the builder reads (see static-dom.ts).
  return PageSnapshotSchema.parse(buildSnapshot(doc as unknown as Document, { ...opts, url }));
}
