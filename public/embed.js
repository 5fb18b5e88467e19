/*! Goalpost embed resizer: sets each Goalpost iframe's height to the height its content reports.
 * Message: { type: 'goalpost:resize', height: <px>, url: <embed address> }. Safe to include twice. */
(function () {
  if (window.__goalpostEmbedResizer) return;
  window.__goalpostEmbedResizer = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'goalpost:resize' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 10000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + 'px';
        frames[i].setAttribute('data-goalpost-height', String(Math.ceil(data.height)));
      }
    }
  });
})();
