import { useEffect, useState } from 'preact/hooks';
import { accessPlan, grantedFor, requestAccess, revokeAccess, watchPermissions } from '@/lib/extension/permissions';
import { failureOf } from '@/lib/i18n/strings';
import { TIME_ZONE_LABEL, vietnamTime } from '@/lib/i18n/time';
import { send } from '@/lib/messaging/client';
import { useWorkspace } from './context';
import { useStrings } from './strings';

/** The pages of the audit, the portal's other addresses, and access for auditing while browsing. */
export function PagesPanel() {
  const { locale, tr, tw } = useStrings();
  const ws = useWorkspace();
  const [origin, setOrigin] = useState('');
  const [message, setMessage] = useState('');
  const pages = ws.report.pages;
  const act = async (p: ReturnType<typeof send>) => {
    const res = await p;
    if (!res.ok) setMessage(failureOf(locale, res));
    else setMessage('');
    if ('audit' in res || !res.ok) ws.apply(res as never);
    return res.ok;
  };
  return (
    <details class="box" data-testid="pages-panel">
      <summary>
        {tw('pages')} ({pages.length})
      </summary>
      <ul class="pages" data-testid="pages">
        {pages.map((p) => (
          <li key={p.url}>
            <span class="title">{p.title || p.url}</span> <span class="url muted">{p.url}</span>{' '}
            <span class="muted">{vietnamTime(p.auditedAt, locale)}</span>{' '}
            <button type="button" class="link" onClick={() => void act(send({ type: 'remove-page', portal: ws.portal, auditId: ws.audit.id, url: p.url }))}>
              {tw('removePage')}
            </button>
          </li>
        ))}
      </ul>
      <p class="hint">{TIME_ZONE_LABEL[locale]}</p>
      <h2>{tw('origins')}</h2>
      <ul class="origins">
        {ws.audit.origins.map((o) => (
          <li key={o} class="url">
            {o}
          </li>
        ))}
      </ul>
      <form
        class="row wrap"
        onSubmit={(e) => {
          e.preventDefault();
          void act(send({ type: 'link-origin', portal: ws.portal, auditId: ws.audit.id, origin })).then((ok) => ok && setOrigin(''));
        }}
      >
        <label class="sr-only" for="link-origin">
          {tw('linkOrigin')}
        </label>
        <input id="link-origin" value={origin} placeholder={tw('linkOriginPlaceholder')} onInput={(e) => setOrigin((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit">{tw('linkOrigin')}</button>
      </form>
      {message && (
        <p class="failure" role="alert">
          {message}
        </p>
      )}
      <AccessPanel />
    </details>
  );
}

/**
 * Auditing while browsing: asks the browser for the portal's own hosts only
 * (each under the declared optional *.gov.vn), shows what was granted, and
 * gives it back.
 */
function AccessPanel() {
  const { locale, tw } = useStrings();
  const ws = useWorkspace();
  const plan = accessPlan(ws.audit.origins);
  const [granted, setGranted] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const refresh = () => void grantedFor(ws.audit.origins).then(setGranted, () => setGranted([]));
  useEffect(() => {
    refresh();
    return watchPermissions(refresh);
  }, [ws.audit.origins.join(' ')]);

  const enable = (on: boolean) => {
    setNote('');
    if (!on) return void send({ type: 'set-auto-audit', portal: ws.portal, enabled: false }).then(ws.apply);
    // Straight from the click: the browser only asks during a user gesture.
    void requestAccess(plan.patterns).then(async (ok) => {
      if (!ok) return setNote(tw('autoAuditDenied'));
      const res = await send({ type: 'set-auto-audit', portal: ws.portal, enabled: true });
      if (!res.ok) setNote(failureOf(locale, res));
      ws.apply(res);
      refresh();
    });
  };

  const revoke = async () => {
    await revokeAccess(granted);
    const res = await send({ type: 'set-auto-audit', portal: ws.portal, enabled: false });
    ws.apply(res);
    refresh();
    setNote(tw('accessRevoked'));
  };

  const hosts = plan.patterns.map((p) => p.slice(4, -2)).join(', ');
  return (
    <div class="access" data-testid="access">
      <h2>{tw('access')}</h2>
      <label class="row">
        <input type="checkbox" data-testid="auto-audit" checked={ws.autoAudit} disabled={plan.patterns.length === 0} onChange={(e) => enable((e.currentTarget as HTMLInputElement).checked)} />
        {tw('autoAudit')}
      </label>
      <p class="hint">{plan.patterns.length === 0 ? tw('accessOutside', { origins: plan.outside.join(', ') }) : tw('accessHint', { hosts })}</p>
      {granted.length > 0 ? (
        <p data-testid="granted-origins">
          {tw('accessGranted', { patterns: granted.join(', ') })}{' '}
          <button type="button" data-testid="revoke-access" onClick={() => void revoke()}>
            {tw('revokeAccess')}
          </button>
        </p>
      ) : (
        <p class="hint">{tw('accessNone')}</p>
      )}
      {note && (
        <p class="status" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
