// veille web UI: clicking a highlight shows what it is in the side panel.
// Every value is inserted with textContent, never as HTML: article text and stored strings are untrusted.
(function () {
  "use strict";
  var layersNode = document.getElementById("layers");
  var panel = document.getElementById("detail");
  if (!layersNode || !panel) { return; }
  var layers = JSON.parse(layersNode.textContent);
  var entityIds = JSON.parse(document.getElementById("entity-ids").textContent);
  var words = JSON.parse(document.getElementById("words").textContent);  // the French words of the codes
  function word(kind, code) { return (words[kind] && words[kind][code]) || code; }
  var entities = {};
  layers.entities.forEach(function (entity) { entities[entity.id] = entity; });

  function row(list, label, value) {
    if (value === null || value === undefined || value === "") { return; }
    var dt = document.createElement("dt");
    var dd = document.createElement("dd");
    dt.textContent = label;
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function refName(ref) { return ref ? (ref.name || "?") : null; }

  // An event's actor or target: a link to its entity's page when the article linked it to one.
  function entityLink(ref, className) {
    if (!ref) { return null; }
    if (!ref.entity || entityIds[ref.entity] === undefined) { return refName(ref); }
    var link = document.createElement("a");
    link.href = "/entities/" + entityIds[ref.entity];
    link.textContent = refName(ref);
    link.className = className;
    return link;
  }

  function describe(kind, ref) {
    var title = document.createElement("h3");
    var list = document.createElement("dl");
    if (kind === "entity") {
      var entity = entities[ref];
      title.textContent = entity.name;
      var link = document.createElement("a");
      link.href = "/entities/" + entityIds[ref];
      link.textContent = "page de l'entité";
      link.className = "detail-entity-link";
      row(list, "type", word("label", entity.label) + " · " + entity.type.toLowerCase());
      row(list, "Wikidata", entity.kb_id);
      row(list, "mentions", entity.mentions.map(function (m) { return m.text; }).join(", "));
      row(list, "voir", link);
    } else if (kind === "quote") {
      var quote = layers.quotes[Number(ref)];
      title.textContent = "Citation (" + word("quote_kind", quote.kind) + ")";
      row(list, "locuteur", quote.speaker.name || "inconnu");
      row(list, "indice", quote.cue ? quote.cue.text : null);
      row(list, "propos", quote.text);
    } else if (kind === "timex") {
      var timex = layers.timexes[Number(ref)];
      title.textContent = timex.text;
      row(list, "type", word("timex_type", timex.type));
      row(list, "valeur", timex.value);
    } else if (kind === "event") {
      var event = layers.events[Number(ref)];
      title.textContent = event.type + (event.mode ? "/" + event.mode : "");
      row(list, "déclencheur", event.trigger.text);
      row(list, "acteur", entityLink(event.actor, "detail-actor-link"));
      row(list, "cible", entityLink(event.target, "detail-target-link"));
      row(list, "date", event.date);
      row(list, "modalité", word("modality", event.modality));
      row(list, "source", refName(event.source));
    }
    panel.replaceChildren(title, list);
    panel.dataset.kind = kind;
  }

  // A fact's proof (``#proof-START-END``, offsets into the text): those words marked and scrolled to, and the
  // event or quote found there described in the panel.
  function showProof() {
    var found = /^#proof-(\d+)-(\d+)$/.exec(window.location.hash);
    if (!found) { return; }
    var start = Number(found[1]), end = Number(found[2]);
    var range = textRange(document.getElementById("article-text"), start, end);
    if (!range) { return; }
    if (window.CSS && CSS.highlights && window.Highlight) { CSS.highlights.set("proof", new Highlight(range)); }
    var node = range.startContainer.parentElement;
    node.scrollIntoView({block: "center"});
    var events = layers.events.map(function (e, i) { return [e.sentence ? e.sentence.start : e.trigger.start, e.sentence ? e.sentence.end : e.trigger.end, "event", i]; });
    var quotes = layers.quotes.map(function (q, i) { return [q.start, q.end, "quote", i]; });
    var match = events.concat(quotes).filter(function (item) { return item[0] === start && item[1] === end; })[0];
    if (match) { describe(match[2], String(match[3])); }
  }

  function textRange(root, start, end) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var seen = 0, range = document.createRange(), begun = false, node;
    while ((node = walker.nextNode())) {
      var length = node.textContent.length;
      if (!begun && start < seen + length) { range.setStart(node, start - seen); begun = true; }
      if (begun && end <= seen + length) { range.setEnd(node, end - seen); return range; }
      seen += length;
    }
    return null;
  }

  showProof();
  window.addEventListener("hashchange", showProof);

  document.getElementById("article-text").addEventListener("click", function (click) {
    var mark = click.target.closest(".hl");
    if (!mark) { return; }
    document.querySelectorAll(".hl.selected").forEach(function (node) { node.classList.remove("selected"); });
    mark.classList.add("selected");
    describe(mark.dataset.kind, mark.dataset.ref);
  });
}());

// The maps of places: a point's title shows at once, beside it, on hover and on keyboard focus (the SVG <title>
// stays the tooltip without script). Text only, through textContent.
(function () {
  "use strict";
  var map = document.getElementById("place-map");
  if (!map) { return; }
  var tip = document.createElement("div");
  tip.className = "map-tip";
  tip.id = "map-tip";
  tip.hidden = true;
  tip.setAttribute("aria-hidden", "true");
  map.parentNode.appendChild(tip);

  function show(event) {
    var place = event.target.closest("a.place");
    if (!place) { return; }
    var circle = place.querySelector("circle").getBoundingClientRect();
    var frame = map.parentNode.getBoundingClientRect();
    tip.textContent = place.querySelector("title").textContent;
    tip.hidden = false;
    var half = tip.offsetWidth / 2;  // kept within the map
    var centre = circle.left + circle.width / 2 - frame.left;
    tip.style.left = Math.min(Math.max(centre, half), map.getBoundingClientRect().width - half) + "px";
    tip.style.top = (circle.top - frame.top) + "px";
  }
  function hide() { tip.hidden = true; }
  map.addEventListener("mouseover", show);
  map.addEventListener("focusin", show);
  map.addEventListener("mouseleave", hide);
  map.addEventListener("focusout", hide);
}());
