import { useEffect, useState } from 'preact/hooks';
import { methodLabel, stateLabel } from '@/lib/i18n/strings';
import type { ReportCriterion } from '@/lib/report/schema';
import { AttestationView, References } from '../Criterion';
import { EvidenceList } from '../EvidenceList';
import { AttestationForm } from './AttestationForm';
import { useWorkspace } from './context';
import { useStrings } from './strings';

/** The criteria the inspector attests: assisted (the page shows evidence) and manual (back-end facts). */
export const guidedCriteria = (criteria: readonly ReportCriterion[]) => criteria.filter((c) => c.method === 'assisted' || c.method === 'manual');

/**
 * The guided assessment (as in Accessibility Insights): the criteria that
 * need the inspector, one at a time, with progress, the steps to verify
 * each, its evidence, and the attestation form (pass / fail / not
 * applicable, note, screenshot).
 */
export function GuidedAssessment() {
  const { locale, tr, tw } = useStrings();
  const ws = useWorkspace();
  const all = guidedCriteria(ws.report.criteria);
  const attested = all.filter((c) => c.attestation).length;
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const list = onlyOpen ? all.filter((c) => !c.attestation || c.id === currentId) : all;
  const index = Math.max(0, list.findIndex((c) => c.id === currentId));
  const current = list[index];
  useEffect(() => {
    if (!currentId && all[0]) setCurrentId((all.find((c) => !c.attestation) ?? all[0]).id);
  }, [ws.audit.id]);

  const go = (delta: number) => {
    if (list.length === 0) return;
    setCurrentId(list[(index + delta + list.length) % list.length]!.id);
  };
  const next = () => {
    const rest = [...all.slice(all.findIndex((c) => c.id === currentId) + 1), ...all];
    const open = rest.find((c) => !c.attestation && c.id !== currentId);
    if (open) setCurrentId(open.id);
    else go(1);
  };

  return (
    <section class="guided" data-testid="guided" aria-labelledby="guided-title">
      <h2 id="guided-title">{tw('viewGuided')}</h2>
      <p class="hint">{tw('guidedIntro')}</p>
      <div class="progress-row">
        <progress max={all.length} value={attested} aria-labelledby="guided-progress" />
        <span id="guided-progress" data-testid="guided-progress">
          {tw('guidedProgress', { n: attested, total: all.length })}
        </span>
      </div>
      <div class="row wrap">
        <label>
          <span>{tw('guidedJump')}</span>
          <select data-testid="guided-jump" value={current?.id ?? ''} onChange={(e) => setCurrentId((e.currentTarget as HTMLSelectElement).value)}>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.attestation ? '✓' : '○'} {c.id} · {c.title[locale]}
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen((e.currentTarget as HTMLInputElement).checked)} />
          {tw('guidedOnlyOpen')}
        </label>
      </div>
      {attested === all.length && all.length > 0 && <p class="status">{tw('guidedDone')}</p>}
      {current && (
        <article class="guided-item" data-testid="guided-item" data-criterion={current.id} data-state={current.state}>
          <p class="muted" data-testid="guided-position">
            {tw('guidedPosition', { i: index + 1, n: list.length })}
          </p>
          <h3>
            <span class={`badge ${current.state}`}>{stateLabel(locale, current.state)}</span> <span class="cid">{current.id}</span> {current.title[locale]}
          </h3>
          <p class="meta">{methodLabel(locale, current.method)}</p>
          {current.help && (
            <>
              <h4>{tw('steps')}</h4>
              <ol class="steps" data-testid="guided-steps">
                {current.help.steps[locale].map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ol>
              <p class="help">
                <strong>{tr('whyItMatters')}:</strong> {current.help.why[locale]}
              </p>
            </>
          )}
          <p class="how">
            <strong>{tr('howToVerify')}:</strong> {current.howToVerify[locale]}
          </p>
          {current.evidence.length > 0 && <EvidenceList evidence={current.evidence} criterionId={current.id} tab={ws.tab} />}
          {current.attestation && <AttestationView result={current} />}
          <References result={current} markers={ws.report.basisMarkers} />
          <AttestationForm result={current} submitLabel={tw('saveAndNext')} onSaved={() => next()} />
          <div class="row nav">
            <button type="button" data-testid="guided-previous" onClick={() => go(-1)}>
              ← {tw('guidedPrevious')}
            </button>
            <button type="button" data-testid="guided-next" onClick={() => go(1)}>
              {tw('guidedNext')} →
            </button>
          </div>
        </article>
      )}
    </section>
  );
}
