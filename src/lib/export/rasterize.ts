/** Why an export failed, in words a reader can act on. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new ExportError('the browser could not draw the chart picture'));
    img.src = url;
  });
}

/**
 * Draws a standalone SVG onto a canvas at `scale`× density and returns a PNG blob. Rejects loudly
 * (never resolves with nothing) when the browser has no canvas or returns no blob.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    await img.decode?.().catch(() => undefined);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportError('this browser has no 2D canvas to draw the picture on');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new ExportError('the browser returned no PNG (canvas.toBlob gave nothing)');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
