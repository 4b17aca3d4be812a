import { useState } from 'preact/hooks';
import { failureOf } from '@/lib/i18n/strings';
import { TIME_ZONE_LABEL, vietnamTime, vietnamTimeLabelled } from '@/lib/i18n/time';
import { send } from '@/lib/messaging/client';
import { compareReports, comparisonError, type Comparison } from '@/lib/report/compare';
import { CompareView } from '../Compare';
import { useWorkspace } from './context';
import { useStrings } from './strings';

/** The portal's earlier audits: view, compare with the current one, continue, delete; and starting a new audit. */
export function HistoryPanel({ onOpenReport }: { onOpenReport: (auditId: string | null, view?: 'summary') => void }) {
  const { locale, tr, tw } = useStrings();
  const ws = useWorkspace();
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [message, setMessage] = useState('');

  const compareWith = async (auditId: string) => {
    setMessage('');
    const res = await send({ type: 'get-report', portal: ws.portal, auditId });
    if (!res.ok || !res.report) return setMessage(res.ok ? tr('errorNotFound', { detail: auditId }) : failureOf(locale, res));
    const refused = comparisonError(res.report, ws.report);
    if (refused) return setMessage(refused[locale]);
    setComparison(compareReports(res.report, ws.report));
  };

  return (
    <>
      {comparison && <CompareView cmp={comparison} onClose={() => setComparison(null)} />}
      <details class="box" data-testid="history">
        <summary>
          {tw('historyTitle')} ({ws.history.length})
        </summary>
        <p class="hint">{tw('createdAt', { at: vietnamTimeLabelled(ws.audit.createdAt, locale) })}</p>
        <ul class="pages">
          {ws.history.map((h) => (
            <li key={h.id} data-audit={h.id}>
              {vietnamTime(h.lastAuditedAt, locale)} · {h.score.formatted[locale]} · {tr('pagesAudited', { n: h.pages.length })}{' '}
              <span class="row wrap">
                <button type="button" class="link" onClick={() => onOpenReport(h.id)}>
                  {tw('view')}
                </button>
                <button type="button" class="link" data-testid="compare-with-current" onClick={() => void compareWith(h.id)}>
                  {tw('compareWithCurrent')}
                </button>
                <button
                  type="button"
                  class="link"
                  onClick={() => void send({ type: 'restore-audit', portal: ws.portal, auditId: h.id, currentAuditId: ws.audit.id }).then(ws.apply)}
                >
                  {tw('restore')}
                </button>
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    if (confirm(tw('deleteConfirm'))) void send({ type: 'delete-audit', portal: ws.portal, auditId: h.id }).then(ws.apply);
                  }}
                >
                  {tw('delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
        {ws.history.length > 0 && <p class="hint">{TIME_ZONE_LABEL[locale]}</p>}
        {message && (
          <p class="failure" role="alert">
            {message}
          </p>
        )}
        <NewAudit />
      </details>
    </>
  );
}

/** Start a new audit, offering to carry over the manual attestations (back-end facts do not change because a page was read again). */
function NewAudit() {
  const { locale, tw } = useStrings();
  const ws = useWorkspace();
  const [open, setOpen] = useState(false);
  const [carry, setCarry] = useState(true);
  const [message, setMessage] = useState('');
  const manual = ws.report.criteria.filter((c) => c.method === 'manual' && c.attestation).length;
  if (!open)
    return (
      <button type="button" data-testid="new-audit" onClick={() => (setCarry(manual > 0), setOpen(true))}>
        {tw('newAuditTitle')}
      </button>
    );
  return (
    <div class="dialog" role="group" aria-labelledby="new-audit-title" data-testid="new-audit-dialog">
      <h2 id="new-audit-title">{tw('newAuditTitle')}</h2>
      <p>{tw('newAuditText')}</p>
      {manual > 0 ? (
        <label class="row">
          <input type="checkbox" data-testid="carry-over" checked={carry} onChange={(e) => setCarry((e.currentTarget as HTMLInputElement).checked)} />
          {tw('carryOver', { n: manual })}
        </label>
      ) : (
        <p class="hint">{tw('carryOverNone')}</p>
      )}
      <div class="row">
        <button
          type="button"
          data-testid="new-audit-confirm"
          onClick={() =>
            void send({ type: 'new-audit', portal: ws.portal, auditId: ws.audit.id, carryOver: carry && manual > 0 }).then((res) => {
              if (!res.ok) setMessage(failureOf(locale, res));
              else setOpen(false);
              ws.apply(res);
            })
          }
        >
          {tw('confirm')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {tw('cancel')}
        </button>
      </div>
      {message && (
        <p class="failure" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
