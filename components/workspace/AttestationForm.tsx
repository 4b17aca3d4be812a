import { useState } from 'preact/hooks';
import { canAttest, noteRequired, verdictsFor, type AttestationVerdict } from '@/lib/audit/attest';
import { captureVisibleTab } from '@/lib/extension/capture';
import { tabById } from '@/lib/extension/tabs';
import { failureOf, stateLabel } from '@/lib/i18n/strings';
import { send } from '@/lib/messaging/client';
import type { AuditResponse, NewScreenshot } from '@/lib/messaging/protocol';
import type { ReportCriterion } from '@/lib/report/schema';
import { useInspectorName } from '../hooks';
import { useWorkspace } from './context';
import { useStrings } from './strings';

let formIds = 0;

/**
 * The inspector's attestation of one criterion: verdict, note (marked
 * required when the rules need one), name (remembered), an optional
 * screenshot of the visible tab. The background checks the same rules
 * (lib/audit/attest.ts); a refusal is said here, at the form, in the UI's
 * language.
 */
export function AttestationForm(props: { result: ReportCriterion; onSaved?: (res: AuditResponse) => void; submitLabel?: string }) {
  const ws = useWorkspace();
  // A form of its own per criterion and audit: what was typed for one never shows on another.
  return <Form key={`${ws.audit.id} ${props.result.id}`} {...props} />;
}

function Form({ result, onSaved, submitLabel }: { result: ReportCriterion; onSaved?: (res: AuditResponse) => void; submitLabel?: string }) {
  const { locale, tr, tw } = useStrings();
  const ws = useWorkspace();
  const [name, rememberName] = useInspectorName();
  const [verdict, setVerdict] = useState<AttestationVerdict | null>(result.attestation?.state ?? null);
  const [note, setNote] = useState(result.attestation?.note ?? '');
  const [author, setAuthor] = useState<string | null>(result.attestation?.author ?? null);
  const [shot, setShot] = useState<NewScreenshot | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const [id] = useState(() => `attest-${++formIds}`);

  if (!canAttest(result.method, result.automaticState)) return <p class="hint">{tw('notAttestable')}</p>;
  const required = noteRequired(result.method, result.automaticState, verdict);
  const shownAuthor = author ?? name;

  const capture = async () => {
    setError('');
    if (ws.inTab) return setError(tw('screenshotInTab'));
    const tabId = await ws.tab();
    const page = tabId === undefined ? undefined : await tabById(tabId);
    const r = await captureVisibleTab(ws.windowId);
    if (!r.ok) return setError(r.reason === 'permission' ? tw('screenshotPermission') : tw('screenshotFailed', { detail: r.detail }));
    setShot({ dataUrl: r.dataUrl, width: r.width, height: r.height, pageUrl: page?.url ?? ws.portal });
  };

  const save = async () => {
    setError('');
    setSaved('');
    if (!verdict) return setError(tw('chooseVerdict'));
    setBusy(true);
    const res = await send({
      type: 'attest',
      portal: ws.portal,
      auditId: ws.audit.id,
      criterionId: result.id,
      state: verdict,
      note,
      ...(shownAuthor.trim() ? { author: shownAuthor.trim() } : {}),
      ...(shot ? { screenshot: shot } : {}),
    });
    setBusy(false);
    if (!res.ok) {
      setError(failureOf(locale, res));
      if (res.code === 'stale') ws.reload();
      return;
    }
    if (shownAuthor.trim() !== name) rememberName(shownAuthor);
    setShot(null);
    setSaved(tw('saved'));
    ws.apply(res);
    onSaved?.(res);
  };

  return (
    <form
      class="attest"
      data-testid="attest-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{tw('attestTitle')}</h3>
      {result.attestation && (
        <button type="button" class="link" data-testid="withdraw" onClick={() => void send({ type: 'withdraw', portal: ws.portal, auditId: ws.audit.id, criterionId: result.id }).then(ws.apply)}>
          {tw('withdraw')}
        </button>
      )}
      <fieldset class="verdicts">
        <legend>{tw('verdict')}</legend>
        {verdictsFor(result.method).map((v) => (
          <label key={v} class="radio">
            <input type="radio" name="verdict" value={v} checked={verdict === v} onChange={() => setVerdict(v)} /> {stateLabel(locale, v)}
          </label>
        ))}
      </fieldset>
      <label for={`${id}-note`}>
        {tw('note')}
        {required && <span class="required"> ({tw('noteRequired')})</span>}
      </label>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={2}
        value={note}
        aria-required={required ? 'true' : 'false'}
        aria-invalid={error && required && !note.trim() ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder={tw('notePlaceholder')}
        onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <label for={`${id}-author`}>{tw('author')}</label>
      <input id={`${id}-author`} name="author" autocomplete="name" value={shownAuthor} onInput={(e) => setAuthor((e.currentTarget as HTMLInputElement).value)} />
      <div class="shot-row">
        {shot ? (
          <figure class="shot">
            <img src={shot.dataUrl} alt={tr('screenshotAlt', { page: shot.pageUrl })} width={shot.width} height={shot.height} data-testid="screenshot-preview" />
            <figcaption>
              <button type="button" class="link" onClick={() => setShot(null)}>
                {tw('removeScreenshot')}
              </button>
            </figcaption>
          </figure>
        ) : (
          <button type="button" data-testid="take-screenshot" onClick={() => void capture()}>
            {tw('takeScreenshot')}
          </button>
        )}
      </div>
      {error && (
        <p class="failure" role="alert" id={`${id}-error`} data-testid="attest-error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" disabled={busy}>
          {submitLabel ?? tw('save')}
        </button>
        <span class="status" role="status">
          {saved}
        </span>
      </div>
    </form>
  );
}
