import { useState } from 'preact/hooks';
import { pageKey } from '@/lib/audit/portal';
import { tabById } from '@/lib/extension/tabs';
import { send } from '@/lib/messaging/client';
import type { Report } from '@/lib/report/schema';
import { HiddenMarkup, showOnPage, type ShowResult, type TabTarget } from './EvidenceList';
import { useLocale } from './hooks';

/** The page a tab shows, when the extension may read its address. */
async function tabPage(tab: TabTarget): Promise<string | null> {
  const id = await tab();
  if (id === undefined) return null;
  const url = (await tabById(id))?.url;
  return url ? pageKey(url) : null;
}

/**
 * The evidence on the page the tab shows: all of it outlined at once, or
 * one element after another (next / previous), each scrolled into view.
 */
export function EvidenceStepper({ report, tab }: { report: Report; tab: TabTarget }) {
  const { locale, tr } = useLocale();
  const [step, setStep] = useState<{ i: number; n: number; id: string; text: string } | null>(null);
  const [result, setResult] = useState<ShowResult | null>(null);

  const onThisPage = async () => {
    const here = await tabPage(tab);
    return report.criteria.flatMap((c) => c.evidence.filter((e) => pageKey(e.pageUrl) === here).map((e) => ({ id: c.id, e })));
  };

  const showAll = async () => {
    const items = await onThisPage();
    setStep(null);
    setResult(await showOnPage(tab, locale, items.map(({ id, e }) => ({ selector: e.selector, label: id })), items[0]?.e.pageUrl ?? null, false));
  };

  const go = async (delta: number) => {
    const items = await onThisPage();
    if (items.length === 0) {
      setStep(null);
      return setResult({ status: tr('noEvidenceHere'), hidden: [] });
    }
    const i = step === null ? (delta > 0 ? 0 : items.length - 1) : (step.i + delta + items.length) % items.length;
    const { id, e } = items[i]!;
    setStep({ i, n: items.length, id, text: e.text });
    setResult(await showOnPage(tab, locale, [{ selector: e.selector, label: id }], e.pageUrl, true));
  };

  const hide = async () => {
    const tabId = await tab();
    if (tabId !== undefined) await send({ type: 'clear-highlight', tabId });
    setStep(null);
    setResult(null);
  };

  return (
    <div class="stepper">
      <div class="actions">
        <button type="button" data-testid="show-all-on-page" onClick={() => void showAll()}>
          {tr('showAllOnPage')}
        </button>
        <button type="button" data-testid="evidence-previous" onClick={() => void go(-1)}>
          ← {tr('evidencePrevious')}
        </button>
        <button type="button" data-testid="evidence-next" onClick={() => void go(1)}>
          {tr('evidenceNext')} →
        </button>
        <button type="button" data-testid="hide-on-page" onClick={() => void hide()}>
          {tr('hideOnPage')}
        </button>
      </div>
      {step && (
        <p class="step">
          <span data-testid="evidence-step">{tr('evidenceStep', { i: step.i + 1, n: step.n, id: step.id })}</span> <q>{step.text}</q>
        </p>
      )}
      <p class="status" role="status" data-testid="overlay-status">
        {result?.status ?? ''}
      </p>
      {result && <HiddenMarkup hidden={result.hidden} />}
    </div>
  );
}
