import '@/lib/zod-setup';
import { render } from 'preact';
import { Workspace } from '@/components/workspace/Workspace';

/** `?tabId=` when the workspace is opened in a tab for a given page; beside the page it follows the active tab. */
const fromQuery = new URLSearchParams(location.search).get('tabId');

render(<Workspace {...(fromQuery && /^\d+$/.test(fromQuery) ? { explicitTabId: Number(fromQuery) } : {})} />, document.getElementById('app')!);
