/** Saving files made in the browser: the CSV exports. */

/** Thrown when the browser cannot save a file made on the page. */
export class DownloadUnsupportedError extends Error {
  constructor() {
    super('This browser cannot save files created on the page (URL.createObjectURL is missing).');
    this.name = 'DownloadUnsupportedError';
  }
}

/** CSV text as a file: UTF-8 with a byte order mark, so Excel reads Cyrillic as Cyrillic. */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

/** Offers `blob` for saving as `filename` through a temporary `<a download>`; frees the URL afterwards. */
export function downloadBlob(filename: string, blob: Blob): void {
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') {
    throw new DownloadUnsupportedError();
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download starts on click; revoking on the next task leaves the browser time to pick it up.
    setTimeout(() => URL.revokeObjectURL?.(url), 0);
  }
}
