import type { CrawlProgress } from './crawl/crawl';
import { plain } from '../lib/report/text';

/**
 * The live line of a crawl on a terminal: pages done, queued and failed,
 * elapsed time and the page being read. Only when stderr is a terminal;
 * never on stdout, so `--json` output stays exactly the report.
 */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): { update(p: CrawlProgress): void; done(): void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  let pending: CrawlProgress | null = null;
  const draw = (p: CrawlProgress) => {
    const s = Math.floor(p.elapsedMs / 1000);
    const elapsed = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    const head = `${p.done} done · ${p.queued} queued · ${p.failed} failed · ${elapsed} `;
    const width = Math.max(20, (stream.columns || 100) - 1);
    const url = plain(p.current ?? '');
    const room = width - head.length;
    const tail = room <= 1 ? '' : url.length > room ? `…${url.slice(url.length - room + 1)}` : url;
    stream.write(`\r\x1b[2K${(head + tail).slice(0, width)}`);
    shown = true;
  };
  return {
    update(p) {
      pending = p;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      draw(p);
    },
    done() {
      if (pending && shown) draw(pending);
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
