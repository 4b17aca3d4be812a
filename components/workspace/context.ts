import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PortalAudit } from '@/lib/audit/model';
import type { AuditResponse, Failure } from '@/lib/messaging/protocol';
import type { Report } from '@/lib/report/schema';
import type { TabTarget } from '../EvidenceList';

/** What every panel of the workspace works on: the portal shown and how to change it. */
export interface WorkspaceState {
  /** The portal shown (its key, its main origin). */
  portal: string;
  audit: PortalAudit;
  report: Report;
  history: AuditResponse['history'];
  autoAudit: boolean;
  /** The page tab evidence is shown in. */
  tab: TabTarget;
  /** The window beside whose active tab the workspace sits (screenshots). */
  windowId: number | undefined;
  /** The workspace is a tab of its own (not beside the page). */
  inTab: boolean;
  /** Apply an audit's answer (the background's) to the view; a stale refusal reloads the view. */
  apply: (res: AuditResponse | Failure) => void;
  /** Read the portal again. */
  reload: () => void;
}

export const WorkspaceContext = createContext<WorkspaceState | null>(null);

export function useWorkspace(): WorkspaceState {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside the workspace');
  return ws;
}
