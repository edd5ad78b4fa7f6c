/**
 * An exported picture as PNG: the SVG drawn on a canvas at twice its size, or smaller when that would pass what a
 * canvas can hold (a large concentric view), and an error — never an empty file — when the browser cannot draw it.
 */

/** Largest side and area a canvas is given (Chromium's limits are higher; these keep memory sane). */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

export async function svgToPng(svg: string, size: { width: number; height: number }): Promise<Blob> {
  const scale = Math.min(
    2,
    MAX_SIDE / size.width,
    MAX_SIDE / size.height,
    Math.sqrt(MAX_AREA / (size.width * size.height)),
  );
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(size.width * scale));
  canvas.height = Math.max(1, Math.floor(size.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error(`PNG: the browser gave no canvas of ${canvas.width}×${canvas.height} pixels`);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    image.src = url;
    await image.decode();
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || blob.size === 0)
    throw new Error(`PNG: the browser could not encode a ${canvas.width}×${canvas.height} picture`);
  return blob;
}
