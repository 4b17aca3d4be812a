import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { pageKey } from '@/lib/audit/portal';
import { methodLabel, stateLabel } from '@/lib/i18n/strings';
import { vietnamTime, vietnamTimeLabelled } from '@/lib/i18n/time';
import { send } from '@/lib/messaging/client';
import type { Report, ReportCriterion } from '@/lib/report/schema';
import { EvidenceList, type TabTarget } from './EvidenceList';
import { useLocale } from './hooks';

/**
 * One criterion; expands to why it is in its state (message, evidence,
 * attestation), its legal basis as citations, why it matters, how to fix
 * and how to verify it, and whatever the caller adds (the attestation
 * form). Page text is rendered as text.
 */
export function CriterionItem({ result, report, tab, children, open }: { result: ReportCriterion; report: Report; tab?: TabTarget; children?: ComponentChildren; open?: boolean }) {
  const { locale, tr } = useLocale();
  return (
    <li class={`criterion state-${result.state}`} data-criterion={result.id} data-state={result.state} data-source={result.source}>
      <details open={open}>
        <summary>
          <span class={`badge ${result.state}`}>{stateLabel(locale, result.state)}</span>
          {result.source === 'inspector' && <span class="badge inspector">{tr('inspectorSource')}</span>}
          <span class="cid">{result.id}</span> <span class="ctitle">{result.title[locale]}</span>
        </summary>
        <CriterionDetail result={result} report={report} {...(tab ? { tab } : {})} />
        {children}
      </details>
    </li>
  );
}

export function CriterionDetail({ result, report, tab }: { result: ReportCriterion; report: Report; tab?: TabTarget }) {
  const { locale, tr } = useLocale();
  const titles = Object.fromEntries(report.pages.map((p) => [pageKey(p.url), p.title]));
  return (
    <div class="detail">
      {result.message && <p class="message">{result.message[locale]}</p>}
      {result.evidence.length > 0 ? (
        <EvidenceList evidence={result.evidence} criterionId={result.id} pageTitles={titles} {...(tab ? { tab } : {})} />
      ) : (
        !result.message && <p class="message">{tr('noEvidence')}</p>
      )}
      {result.attestation && <AttestationView result={result} />}
      <p class="meta">
        <strong>{tr('method')}:</strong> {methodLabel(locale, result.method)}
      </p>
      <References result={result} markers={report.basisMarkers} />
      {result.help && (
        <>
          <p class="help">
            <strong>{tr('whyItMatters')}:</strong> {result.help.why[locale]}
          </p>
          <p class="help">
            <strong>{tr('howToFix')}:</strong> {result.help.fix[locale]}
          </p>
        </>
      )}
      <p class="how">
        <strong>{tr('howToVerify')}:</strong> {result.howToVerify[locale]}
      </p>
    </div>
  );
}

/** The legal basis: each citation a reader can find, a link to look the text up, its markers (explained in the legend). */
export function References({ result, markers }: { result: ReportCriterion; markers: Report['basisMarkers'] }) {
  const { locale, tr } = useLocale();
  return (
    <div class="basis" data-testid="basis">
      <strong>{tr('basis')}:</strong>
      <ul class="refs">
        {result.references.map((r, i) => (
          <li key={i}>
            {r.text[locale]}
            {r.links.map((l) => (
              <>
                {' '}
                <a href={safeLink(l.url)} target="_blank" rel="noopener noreferrer">
                  {tr('lookUpDocument', { label: l.label })}
                </a>
              </>
            ))}
            {r.markers.map((m) => (
              <abbr key={m} class="marker" title={markers.find((x) => x.id === m)?.label[locale] ?? m}>
                [{m === 'mention' ? 'G mention' : m}]
              </abbr>
            ))}
          </li>
        ))}
      </ul>
      <span class="notation">
        {tr('notation')}: {result.basis}
      </span>
    </div>
  );
}

/** Links from our own data are https; an imported report could say anything, so anything else is not a link. */
const safeLink = (url: string) => (/^https:\/\//i.test(url) ? url : undefined);

/** The markers' legend, from the report itself. */
export function Legend({ report }: { report: Report }) {
  const { locale, tr } = useLocale();
  return (
    <details class="box legend" data-testid="legend">
      <summary>{tr('legendTitle')}</summary>
      <dl>
        {report.basisMarkers.map((m) => (
          <>
            <dt key={`t-${m.id}`}>{m.tag}</dt>
            <dd key={`d-${m.id}`}>{m.label[locale]}</dd>
          </>
        ))}
      </dl>
      <p class="hint">{tr('legendLinks')}</p>
    </details>
  );
}

/** The inspector's attestation: verdict, author and time, carried over or not, the note, the screenshot. */
export function AttestationView({ result }: { result: ReportCriterion }) {
  const { locale, tr } = useLocale();
  const a = result.attestation!;
  const at = vietnamTimeLabelled(a.at, locale);
  return (
    <div class="attestation" data-testid="attestation" {...(a.carriedOver ? { 'data-carried-over': a.carriedOver.fromAuditId } : {})}>
      <p>
        {a.author ? tr('attestedBy', { author: a.author, at }) : tr('attestedAt', { at })}
        {' · '}
        {tr('automaticWas', { state: stateLabel(locale, result.automaticState) })}
      </p>
      {a.carriedOver && <p class="carried">{tr('carriedOver', { at: vietnamTime(a.carriedOver.at, locale), original: vietnamTime(a.at, locale) })}</p>}
      {a.note && <p class="note">{a.note}</p>}
      {a.screenshot && <ScreenshotThumb shot={a.screenshot} />}
    </div>
  );
}

/** A screenshot kept with an attestation; its image is fetched from the background when asked for. */
function ScreenshotThumb({ shot }: { shot: NonNullable<NonNullable<ReportCriterion['attestation']>['screenshot']> }) {
  const { locale, tr } = useLocale();
  const [src, setSrc] = useState<string | null>(shot.dataUrl ?? null);
  return (
    <figure class="shot" data-testid="attestation-screenshot">
      {src ? (
        <img src={src} alt={tr('screenshotAlt', { page: shot.pageUrl })} width={shot.width} height={shot.height} />
      ) : (
        <button type="button" class="link" onClick={() => void send({ type: 'get-screenshot', id: shot.id }).then((r) => r.ok && setSrc(r.dataUrl))}>
          {tr('screenshot')}
        </button>
      )}
      <figcaption>
        {shot.pageUrl} · {vietnamTimeLabelled(shot.capturedAt, locale)}
      </figcaption>
    </figure>
  );
}
