/**
 * Secrets a page can expose to every visitor: keys in inline code and in the
 * addresses on the page. Values are masked in evidence (the key's name, at
 * most the first four characters, the length). Every RegExp is linear on
 * hostile input: bounded or unambiguous quantifiers only.
 */

export interface SecretFinding {
  /** Masked, language-neutral: `token_auth = "bc95…" (32)`. */
  text: string;
  /** Weak: a key that is public by design but must be restricted (a Google browser key). */
  weak: boolean;
}

/**
 * `key: "value"` / `"key": "value"` / `key = 'value'` where the key names a
 * secret. The key must end at the secret word (`passwordField` is not one)
 * and values with spaces (labels such as "Mật khẩu") are not taken.
 */
const SECRET_ASSIGNMENT =
  /(["']?)\b([A-Za-z0-9_$]{0,40}?(?:(?:client|app|api|jwt)?[_-]?secret(?:[_-]?key)?|api[_-]?key|api[_-]?token|access[_-]?token|refresh[_-]?token|auth[_-]?token|token[_-]?auth|private[_-]?key|password|passwd))\1\s*[:=]\s*(["'`])((?:(?!\3)[\x21-\x7e]){4,200})\3/gi;
/** Secrets as URL parameters: ?access_token=…, &token_auth=… (Matomo), &api_key=…, &key=AIza… */
const SECRET_IN_URL = /[?&#](access_token|refresh_token|id_token|client_secret|api_?key|api_?token|token_auth|auth_token)=([^&#\s"'`<>]{8,200})/gi;
/** user:password@host in an address. */
const CREDENTIALS_IN_URL = /\b(?:https?|ftp|wss?):\/\/([^\s/:@"'`<>]{1,64}):([^\s/@"'`<>]{1,64})@[\w.-]{1,253}/gi;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z]{1,20} ){0,3}PRIVATE KEY-----/;
const JWT = /\beyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,2000}/g;
/** Google API keys (Maps, Firebase): public by design but to be restricted by referrer. */
const GOOGLE_KEY = /\bAIza[0-9A-Za-z_-]{35}\b/g;
/** Values that are placeholders, not secrets. */
const PLACEHOLDER = /^(?:\*+|x+|\.+|null|undefined|none|true|false|password|matkhau|secret|changeme|your[_-].*|\$\{.*\}|\{\{.*\}\}|%.*%|<.*>)$/i;

function minLength(key: string): number {
  if (/pass/i.test(key)) return 6;
  if (/api[_-]?key/i.test(key)) return 16;
  return 8;
}

/** Key name and at most the first four characters (never more than a quarter of the value). */
export function masked(key: string, value: string): string {
  const shown = value.slice(0, Math.min(4, Math.floor(value.length / 4)));
  return `${key} = "${shown}…" (${value.length})`;
}

/** Secrets in code or text (inline scripts, a JSON configuration shown as text). */
export function secretsIn(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  const reported = new Set<string>();
  for (const m of text.matchAll(SECRET_ASSIGNMENT)) {
    const key = m[2]!;
    const value = m[4]!;
    if (value.length < minLength(key) || PLACEHOLDER.test(value)) continue;
    // Plain lower-case words are form keywords (`password: "required"`), not secrets.
    if (/^[a-z]+$/.test(value)) continue;
    if (reported.has(value)) continue;
    reported.add(value);
    found.push({ text: masked(key, value), weak: /^AIza/.test(value) });
  }
  for (const f of secretsInUrls(text)) if (!reported.has(f.value)) {
    reported.add(f.value);
    found.push(f.finding);
  }
  for (const m of text.matchAll(GOOGLE_KEY)) if (!reported.has(m[0])) {
    reported.add(m[0]);
    found.push({ text: masked('AIza key', m[0]), weak: true });
  }
  if (PRIVATE_KEY.test(text)) found.push({ text: '-----BEGIN … PRIVATE KEY----- (masked)', weak: false });
  // A token already reported under its key name is not reported twice.
  for (const m of text.matchAll(JWT)) if (![...reported].some((v) => v.includes(m[0]) || m[0].includes(v))) found.push({ text: masked('JWT', m[0]), weak: false });
  return found;
}

/** Secrets in an address (or in every address inside a text). */
export function secretsInUrls(text: string): Array<{ value: string; finding: SecretFinding }> {
  const out: Array<{ value: string; finding: SecretFinding }> = [];
  for (const m of text.matchAll(SECRET_IN_URL)) {
    const value = m[2]!;
    if (PLACEHOLDER.test(value)) continue;
    out.push({ value, finding: { text: masked(m[1]!, value), weak: /^AIza/.test(value) } });
  }
  for (const m of text.matchAll(CREDENTIALS_IN_URL)) {
    const password = m[2]!;
    if (PLACEHOLDER.test(password)) continue;
    out.push({ value: password, finding: { text: masked(`${m[1]!}:password@`, password), weak: false } });
  }
  return out;
}
