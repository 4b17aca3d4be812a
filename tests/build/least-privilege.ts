/**
 * What a built manifest may ask for. The audit runs on the tab the inspector
 * points at (activeTab, granted by the click or the shortcut), injects one
 * script there (scripting) and keeps its audits locally (storage); Chromium
 * also needs `sidePanel` to show the workspace beside the page (it grants no
 * access to pages and shows no install warning). Nothing else: no host
 * permission, no content script on every page, no eval, no remote code.
 */
export const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'sidePanel'] as const;

/** The only hosts the extension may ever *offer* to ask for: the portals. */
export const OPTIONAL_HOST = /^(\*|https?):\/\/\*\.gov\.vn\/.*$/;

/** Script sources an extension page may load code from: its own files only. */
const SAFE_SCRIPT_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);
const SCRIPT_DIRECTIVES = ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src', 'default-src'];

type Manifest = Record<string, unknown>;

const isMatchPattern = (p: string) => p === '<all_urls>' || p.includes('://') || p.startsWith('file:') || p.startsWith('*');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Every way `manifest` asks for more than the audit needs; empty when it asks for nothing more. */
export function leastPrivilegeProblems(manifest: Manifest): string[] {
  const problems: string[] = [];

  for (const p of list(manifest.permissions)) {
    if (isMatchPattern(p)) problems.push(`permissions: host match pattern ${p}`);
    else if (!(ALLOWED_PERMISSIONS as readonly string[]).includes(p)) problems.push(`permissions: ${p} is not one of ${ALLOWED_PERMISSIONS.join(', ')}`);
  }
  for (const p of list(manifest.host_permissions)) problems.push(`host_permissions: ${p}`);
  for (const key of ['optional_permissions', 'optional_host_permissions']) {
    for (const p of list(manifest[key])) {
      if (!OPTIONAL_HOST.test(p)) problems.push(`${key}: ${p} is not a *.gov.vn pattern`);
    }
  }

  const scripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as Array<{ matches?: string[] }>) : [];
  for (const cs of scripts) problems.push(`content_scripts: runs on ${list(cs.matches).join(', ') || 'pages'}`);

  const csp = manifest.content_security_policy;
  const policies =
    typeof csp === 'string' ? [['content_security_policy', csp]] : csp && typeof csp === 'object' ? Object.entries(csp as Record<string, unknown>) : [];
  for (const [where, policy] of policies) {
    if (typeof policy !== 'string') continue;
    if (/'unsafe-eval'/i.test(policy)) problems.push(`${where}: 'unsafe-eval'`);
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name || !SCRIPT_DIRECTIVES.includes(name.toLowerCase())) continue;
      for (const source of sources) {
        if (!SAFE_SCRIPT_SOURCES.has(source.toLowerCase())) problems.push(`${where}: ${name} allows ${source}`);
      }
    }
  }
  return problems;
}

/** Mozilla's listing: a fixed add-on id, and "collects no data". */
export function firefoxProblems(manifest: Manifest, geckoId: string): string[] {
  const problems: string[] = [];
  const settings = manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined;
  const gecko = settings?.gecko ?? {};
  if (gecko.id !== geckoId) problems.push(`gecko.id is ${JSON.stringify(gecko.id)}, not ${geckoId}`);
  const data = gecko.data_collection_permissions as { required?: unknown; optional?: unknown } | undefined;
  if (!data) problems.push('gecko.data_collection_permissions is missing');
  else {
    if (JSON.stringify(data.required) !== JSON.stringify(['none'])) problems.push(`data_collection_permissions.required is ${JSON.stringify(data.required)}, not ["none"]`);
    if (list(data.optional).length > 0) problems.push(`data_collection_permissions.optional asks for ${list(data.optional).join(', ')}`);
  }
  return problems;
}
