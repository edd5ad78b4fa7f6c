/**
 * What a file really is, from its first bytes. Extensions lie: WPS and some sites save HTML or DOCX as `.doc`, and
 * browsers save pages as `.htm` that are MHTML. Returns null when the bytes show no known container (plain text).
 */

export type ContainerKind = 'pdf' | 'docx' | 'doc' | 'html' | 'mhtml' | 'rtf';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Bytes looked at for a text signature: a saved page's doctype, or a MIME header block, comes first. */
const HEAD_BYTES = 2048;

export function sniffFormat(bytes: Uint8Array): ContainerKind | null {
  if (startsWith(bytes, OLE2)) return 'doc';
  if (startsWith(bytes, ZIP)) return 'docx';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('latin1');
  // The PDF header may follow some junk bytes (the specification lets readers look within the first 1024).
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf';
  const start = head.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/^[\s\0]+/, '');
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (/^(?:[\w-]+:[^\n]*\r?\n)*?MIME-Version:/i.test(start) && /Content-Type:\s*multipart\/related/i.test(head))
    return 'mhtml';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta|title|body)\b/i.test(start))
    return 'html';
  return null;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
