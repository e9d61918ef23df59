/*
 * Kiosk's "Teilen" control (src/components/ShareLink.astro). Without this script it is a
 * mailto: link. With it, a button: the system's share sheet where the browser has one,
 * otherwise the article's address copied, said in the control's status region. Where the
 * browser can do neither, the mail link stays. Deferred: the page is parsed when it runs.
 */
(function () {
  "use strict";
  var share = document.querySelector("[data-kiosk=share]");
  var clipboard = navigator.clipboard;
  if (!share || !(navigator.share || clipboard)) return;
  var link = share.querySelector("a");
  var status = share.querySelector("[role=status]");
  var data = { title: share.getAttribute("data-title"), url: share.getAttribute("data-url") };
  var button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.textContent = link.textContent;
  link.replaceWith(button);

  function mail() {
    location.href = link.href;
  }

  function copy() {
    if (!clipboard) return mail();
    clipboard.writeText(data.url).then(function () {
      status.textContent = share.getAttribute("data-copied");
    }, mail);
  }

  button.addEventListener("click", function () {
    // Emptied first, so that a second copy is announced again.
    status.textContent = "";
    if (!navigator.share) return copy();
    navigator.share(data).catch(function (error) {
      // The reader closed the share sheet: nothing to do. It failed: copy instead.
      if (error.name !== "AbortError") copy();
    });
  });
})();
