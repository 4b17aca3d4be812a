import { useState } from 'preact/hooks';
import { pageKey } from '@/lib/audit/portal';
import type { Evidence } from '@/lib/criteria/types';
import { failureOf, t, type Locale } from '@/lib/i18n/strings';
import { send } from '@/lib/messaging/client';
import type { HighlightResult } from '@/lib/messaging/protocol';
import { useLocale } from './hooks';

/** Where evidence can be shown: the tab the inspector is working in. */
export type TabTarget = () => Promise<number | undefined>;

export interface ShowResult {
  /** A sentence for the inspector. */
  status: string;
  /** Markup of elements that are there but not displayed (shown as text). */
  hidden: HighlightResult['hidden'];
}

/** Outline evidence on the page; the answer says what happened, in the UI's language. */
export async function showOnPage(tab: TabTarget, locale: Locale, items: Array<{ selector: string; label: string }>, pageUrl: string | null, scroll: boolean): Promise<ShowResult> {
  const tabId = await tab();
  if (tabId === undefined) return { status: t(locale, 'errorNoTab'), hidden: [] };
  const res = await send({ type: 'highlight', tabId, pageUrl, scroll, items });
  if (!res.ok) return { status: failureOf(locale, res), hidden: [] };
  const h = res.highlight;
  const parts: string[] = [];
  if (h.shown > 0 || (h.hidden.length === 0 && h.missing.length === 0)) parts.push(t(locale, 'highlightShown', { n: h.shown }));
  if (h.hidden.length > 0) parts.push(t(locale, 'highlightHidden', { n: h.hidden.length }));
  if (h.missing.length > 0) parts.push(t(locale, 'highlightMissing', { n: h.missing.length }));
  if (h.unlabelled > 0) parts.push(t(locale, 'highlightUnlabelled', { n: h.unlabelled }));
  return { status: parts.join(' '), hidden: h.hidden };
}

/** The markup of evidence that cannot be outlined, always as text. */
export function HiddenMarkup({ hidden }: { hidden: ShowResult['hidden'] }) {
  const { tr } = useLocale();
  if (hidden.length === 0) return null;
  return (
    <div class="hidden-evidence">
      <p>{tr('hiddenEvidence')}</p>
      {hidden.map((h, i) => (
        <pre key={i} data-testid="hidden-markup">
          {h.markup}
        </pre>
      ))}
    </div>
  );
}

/**
 * Evidence of one criterion, grouped by the page it was found on; page text
 * is always rendered as text.
 */
export function EvidenceList({ evidence, criterionId, tab, pageTitles }: { evidence: Evidence[]; criterionId: string; tab?: TabTarget; pageTitles?: Record<string, string> }) {
  const { locale, tr } = useLocale();
  const [status, setStatus] = useState<Record<number, ShowResult>>({});
  const pages = [...new Set(evidence.map((e) => pageKey(e.pageUrl)))];
  return (
    <>
      <h3>{tr('evidence')}</h3>
      {pages.map((page) => {
        const here = evidence.map((e, i) => ({ e, i })).filter(({ e }) => pageKey(e.pageUrl) === page);
        return (
          <div key={page} class="evidence-page" data-page={page}>
            {pages.length > 1 && <h4 class="url">{tr('evidenceOnPage', { page: pageTitles?.[page] || page, n: here.length })}</h4>}
            <ul class="evidence">
              {here.map(({ e, i }) => (
                <li key={i} data-evidence={i}>
                  <q>{e.text}</q>
                  <code title={e.selector}>{e.selector}</code>
                  <span class="url" title={e.pageUrl}>
                    {e.pageUrl}
                  </span>
                  {tab && (
                    <>
                      <button
                        type="button"
                        class="link"
                        data-testid="show-on-page"
                        onClick={() =>
                          void showOnPage(tab, locale, [{ selector: e.selector, label: criterionId }], e.pageUrl, true).then((s) => setStatus((prev) => ({ ...prev, [i]: s })))
                        }
                      >
                        {tr('showOnPage')}
                      </button>
                      {status[i] && (
                        <>
                          <span class="status" role="status" data-testid="highlight-status">
                            {status[i]!.status}
                          </span>
                          <HiddenMarkup hidden={status[i]!.hidden} />
                        </>
                      )}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
