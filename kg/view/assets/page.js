// kg graph view: builds the vis-network from the JSON block; every graph text goes in via textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var SAFE_URL = /^https?:\/\//i;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function row(card, key, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    var line = el("div", null, "kg-row");
    line.appendChild(el("span", key + ": ", "kg-key"));
    line.appendChild(el("span", Array.isArray(value) ? value.join(", ") : value));
    card.appendChild(line);
  }

  function link(card, url, text) {
    if (!url || !SAFE_URL.test(url)) return;
    var line = el("div", null, "kg-row");
    var a = el("a", text || url);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    line.appendChild(a);
    card.appendChild(line);
  }

  function more(list, extra) {
    return extra ? list.concat(["and " + extra + " more"]) : list;
  }

  function nodeCard(info) {
    var card = el("div", null, "kg-card");
    card.appendChild(el("div", info.title || info.name, "kg-name"));
    card.appendChild(el("div", info.type, "kg-type"));
    if (info.type === "Paper") {
      row(card, "authors", more(info.authors || [], info.more_authors));
      row(card, "categories", info.categories);
      row(card, "id", (info.aliases || []).join(", "));
      link(card, info.url);
      if (info.abstract) card.appendChild(el("blockquote", info.abstract));
    } else {
      row(card, "aliases", more(info.aliases || [], info.more_aliases));
      row(card, "papers", info.papers);
      if (info.result) Object.keys(info.result).forEach(function (k) { row(card, k.replace("_name", ""), info.result[k]); });
      link(card, info.url);
    }
    row(card, "connections", info.degree);
    return card;
  }

  var names = {};
  data.nodes.forEach(function (n) { names[n.id] = n.kg.title || n.kg.name; });

  function edgeCard(edge) {
    var info = edge.kg;
    var card = el("div", null, "kg-card");
    card.appendChild(el("div", info.type, "kg-name"));
    card.appendChild(el("div", names[edge.from] + " \u2192 " + names[edge.to], "kg-type"));
    (info.evidence || []).forEach(function (ev) {
      var where = ev.section + " of " + ev.paper + (ev.papers > 1 ? " and " + (ev.papers - 1) + " more papers" : "");
      row(card, "section", where + (ev.rule ? " (" + ev.rule + ")" : ""));
      var sentence = data.sentences[ev.s];
      if (sentence) card.appendChild(el("blockquote", sentence));
    });
    if (info.more_evidence) card.appendChild(el("div", "and " + info.more_evidence + " more", "kg-type"));
    return card;
  }

  var nodeItems = data.nodes.map(function (n) { return Object.assign({}, n, { title: nodeCard(n.kg) }); });
  var edgeItems = data.edges.map(function (e) { return Object.assign({}, e, { title: edgeCard(e) }); });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var container = document.getElementById("kg-network");
  var status = document.getElementById("kg-status");
  var state = { nodes: nodes, edges: edges, meta: data.meta, stabilized: false, startedAt: performance.now() };
  window.kgView = state;
  // Details panel: click a node to pin its card (links are clickable there).
  var details = document.getElementById("kg-details");
  function showDetails(id) {
    var item = nodes.get(id);
    if (!item) return;
    details.replaceChildren(nodeCard(item.kg));
  }
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  state.network = network;

  function ready() {
    if (state.stabilized) return;
    network.setOptions({ physics: { enabled: false } });
    state.stabilized = true;
    state.stabilizeMs = performance.now() - state.startedAt;
    status.textContent = "layout done in " + (state.stabilizeMs / 1000).toFixed(1) + " s; physics off (drag nodes to move them)";
    document.body.dataset.state = "ready";
    if (data.meta.focus && nodes.get(data.meta.focus)) {
      network.selectNodes([data.meta.focus]);
      showDetails(data.meta.focus);
    }
  }
  network.on("stabilizationProgress", function (p) { status.textContent = "laying out\u2026 " + p.iterations + "/" + p.total; });
  network.once("stabilizationIterationsDone", ready);
  network.once("stabilized", ready);
  if (!nodeItems.length) ready();

  network.on("click", function (params) {
    if (params.nodes.length) showDetails(params.nodes[0]);
    else if (params.edges.length) details.replaceChildren(edgeCard(edges.get(params.edges[0])));
  });

  // Search by name or alias: exact match first, then prefix, then substring.
  var datalist = document.getElementById("kg-names");
  var seenNames = {};
  nodeItems.forEach(function (n) {
    [n.kg.name].concat(n.kg.aliases || []).forEach(function (name) {
      if (!name || seenNames[name]) return;
      seenNames[name] = true;
      var option = document.createElement("option");
      option.value = name;
      datalist.appendChild(option);
    });
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var keys = function (n) { return [n.kg.name, n.kg.title].concat(n.kg.aliases || []).filter(Boolean).map(function (s) { return String(s).toLowerCase(); }); };
    var tests = [function (k) { return k === q; }, function (k) { return k.indexOf(q) === 0; }, function (k) { return k.indexOf(q) >= 0; }];
    for (var i = 0; i < tests.length; i++) {
      var hits = nodeItems.filter(function (n) { return keys(n).some(tests[i]); });
      if (hits.length) {
        hits.sort(function (a, b) { return (b.kg.degree - a.kg.degree) || (a.id < b.id ? -1 : 1); });
        return hits[0].id;
      }
    }
    return null;
  }
  function focusNode(id) {
    var item = nodes.get(id);
    var box = document.querySelector('#kg-legend input[data-type="' + CSS.escape(item.kg.type) + '"]');
    if (box && !box.checked) { box.checked = true; applyFilter(); }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showDetails(id);
  }
  state.find = find;
  var searchStatus = document.getElementById("kg-search-status");
  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("kg-search").value;
    var id = find(query);
    if (id === null) { searchStatus.textContent = "not in this view"; return; }
    searchStatus.textContent = "found " + nodes.get(id).kg.name;
    focusNode(id);
  });

  // Type filter: the legend's checkboxes hide or show the nodes of a type and their edges.
  function applyFilter() {
    var hiddenTypes = {};
    document.querySelectorAll("#kg-legend input[data-type]").forEach(function (box) { hiddenTypes[box.dataset.type] = !box.checked; });
    var hiddenNodes = {};
    nodes.update(nodes.get().map(function (n) { hiddenNodes[n.id] = !!hiddenTypes[n.kg.type]; return { id: n.id, hidden: hiddenNodes[n.id] }; }));
    edges.update(edges.get().map(function (e) { return { id: e.id, hidden: hiddenNodes[e.from] || hiddenNodes[e.to] }; }));
  }
  document.querySelectorAll("#kg-legend input[data-type]").forEach(function (box) { box.addEventListener("change", applyFilter); });
})();
