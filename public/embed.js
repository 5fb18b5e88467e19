/*! Goalpost embed resizer: sets each Goalpost iframe's height to the height its content reports.
 * Message: { type: 'goalpost:resize', height: <px>, url: <embed address> }. Safe to include twice.
 * Only iframes marked data-goalpost-embed are touched, only by a message from that iframe's own
 * window and origin, and only to a height between 100 and 20000 px. */
(function () {
  if (window.__goalpostEmbedResizer) return;
  window.__goalpostEmbedResizer = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'goalpost:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !(height >= 100 && height <= 20000)) return;
    var frames = document.querySelectorAll('iframe[data-goalpost-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      var px = String(Math.ceil(height));
      frame.style.height = px + 'px';
      frame.setAttribute('data-goalpost-height', px);
      return;
    }
  });
})();
