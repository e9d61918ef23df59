/*
 * The search page opens with the results for `?q=`: the address the front page's
 * WebSite names for its SearchAction, and the one a reader copies to share a search.
 * The query goes into Pagefind's input as if typed; what the reader types then stays in
 * the address. Without this script the page asks for a query, as before.
 */
(function () {
  "use strict";
  var search = document.querySelector("[data-kiosk=search]");
  if (!search) return;
  var PARAM = search.getAttribute("data-query-param");

  function start(input) {
    var query = new URLSearchParams(location.search).get(PARAM);
    input.addEventListener("input", function () {
      var url = new URL(location.href);
      if (input.value) url.searchParams.set(PARAM, input.value);
      else url.searchParams.delete(PARAM);
      history.replaceState(history.state, "", url);
    });
    if (query) {
      input.value = query;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  // Pagefind draws its input once its script has run; this one may run first.
  var input = search.querySelector(".pf-input");
  if (input) return start(input);
  var observer = new MutationObserver(function () {
    var drawn = search.querySelector(".pf-input");
    if (!drawn) return;
    observer.disconnect();
    start(drawn);
  });
  observer.observe(search, { childList: true, subtree: true });
})();
