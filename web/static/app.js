// isnad: small enhancements; every page works without this script.
// On an article page, clicking a highlighted span shows its details (the
// links already do this through :target) and marks the span while shown.
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll("a.ann.on, .detail.on").forEach(function (e) { e.classList.remove("on"); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("a-") !== 0) return;
    var key = id.slice(2);
    document.querySelectorAll('a.ann[href="#a-' + CSS.escape(key) + '"]').forEach(function (e) { e.classList.add("on"); });
  }
  window.addEventListener("hashchange", mark);
  document.addEventListener("DOMContentLoaded", mark);
})();
