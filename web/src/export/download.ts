/** Saves text, a blob or a data URL as a file through a temporary link (no server round trip). */

export function downloadText({
  fileName,
  text,
  type = 'text/csv;charset=utf-8',
}: {
  fileName: string;
  text: string;
  type?: string;
}): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(fileName, url);
  // The click starts the download synchronously; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadUrl(fileName: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
