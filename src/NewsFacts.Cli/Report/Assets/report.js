// newsfacts report: the document pages' side panel. Everything else works without script.
// A highlighted quote (mark.ev, or one of its continuation parts) that is hovered, focused or clicked shows the
// facts it supports in #facts-panel, each linked to its page. Enter on a quote moves into the panel, Escape back.
(function () {
  "use strict";
  var panel = document.getElementById("facts-panel-body");
  var dataElement = document.getElementById("report-data");
  if (!panel || !dataElement) { return; }
  var facts = JSON.parse(dataElement.textContent).facts;
  var active = null;

  function primaryOf(element) {
    var mark = element && element.closest ? element.closest("mark.ev") : null;
    if (!mark) { return null; }
    if (mark.hasAttribute("data-ev")) { return mark; }
    return document.getElementById(mark.getAttribute("data-ev-cont"));
  }

  function partsOf(mark) {
    var id = mark.getAttribute("data-ev");
    return [mark].concat(Array.prototype.slice.call(document.querySelectorAll('mark[data-ev-cont="' + id + '"]')));
  }

  function quoteOf(mark) {
    return partsOf(mark).map(function (part) { return part.textContent; }).join("");
  }

  function show(mark) {
    if (!mark || mark === active) { return; }
    if (active) { partsOf(active).forEach(function (part) { part.classList.remove("active"); }); }
    active = mark;
    partsOf(mark).forEach(function (part) { part.classList.add("active"); });
    panel.textContent = "";
    var quote = document.createElement("blockquote");
    quote.textContent = quoteOf(mark);
    panel.appendChild(quote);
    var ids = mark.getAttribute("data-fact").split(" ");
    var heading = document.createElement("p");
    heading.textContent = ids.length === 1 ? "This quote supports 1 fact:" : "This quote supports " + ids.length + " facts:";
    panel.appendChild(heading);
    var list = document.createElement("ul");
    ids.forEach(function (id) {
      var fact = facts[id];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = fact ? fact.href : "#";
      link.textContent = fact ? fact.label : id;
      link.setAttribute("data-fact-link", id);
      item.appendChild(link);
      if (fact) {
        var kind = document.createElement("span");
        kind.className = "kind kind-" + fact.kind;
        kind.textContent = fact.kind;
        item.appendChild(document.createTextNode(" "));
        item.appendChild(kind);
      }
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  document.addEventListener("focusin", function (event) { show(primaryOf(event.target)); });
  document.addEventListener("mouseover", function (event) { show(primaryOf(event.target)); });
  document.addEventListener("click", function (event) {
    var mark = primaryOf(event.target);
    if (mark) { show(mark); mark.focus(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches("mark.ev[data-ev]")) {
      var first = panel.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === "Escape" && active && panel.contains(event.target)) {
      event.preventDefault();
      active.focus();
    }
  });

  var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target && target.matches("mark.ev")) { show(target); }
})();
