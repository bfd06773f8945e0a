// Progressive enhancement only: every page works without this file.
// Long facet lists get a filter box that narrows the values shown (and opens "more" while filtering).
(function () {
  "use strict";
  // On a phone the filters start folded so the results come first; without script they simply stay open.
  var panel = document.querySelector(".filter-panel");
  if (panel && window.matchMedia("(max-width: 899px)").matches) {
    panel.open = false;
  }
  document.querySelectorAll(".facet-filter").forEach(function (input) {
    var facet = input.closest(".facet");
    var details = facet.querySelector("details.more");
    input.hidden = false;
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      facet.querySelectorAll(".facet-value").forEach(function (item) {
        var label = item.querySelector(".facet-label").textContent.toLowerCase();
        item.hidden = needle !== "" && label.indexOf(needle) < 0;
      });
      if (details && needle !== "") {
        details.open = true;
      }
    });
  });
})();
