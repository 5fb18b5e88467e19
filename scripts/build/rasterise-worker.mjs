// One of the build's picture workers (scripts/build/picture-pool.ts): SVG in, PNG out, with resvg.
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

parentPort.on('message', ({ id, svg, width }) => {
  try {
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      font: { fontFiles: workerData.fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    })
      .render()
      .asPng();
    parentPort.postMessage({ id, png });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
