/** Save text as a file through the browser's own download (no permission needed). */
export function download(filename: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/** dvc-inspector-<host>-<date>.<ext> */
export function reportFileName(origin: string, generatedAt: string, ext: string): string {
  let host = 'portal';
  try {
    host = new URL(origin).hostname || host;
  } catch {
    // keep the default
  }
  return `dvc-inspector-${host.replace(/[^a-z0-9.-]/gi, '_')}-${generatedAt.slice(0, 10)}.${ext}`;
}
