/* Speelveld network graph. Draws the page's own network .json (never another source) with
 * Cytoscape.js, which scripts/build-assets installs from the npm registry; no CDN, no build step.
 * The script holds no user-facing text: labels come from the page (json_script "network-config").
 *
 * Layout: Cytoscape's own force layouts compare every pair of nodes in every iteration, which
 * is too slow at 2,000 nodes. We lay out each connected component with Fruchterman-Reingold
 * forces whose repulsion is approximated with a Barnes-Hut quadtree (O(n log n) per
 * iteration, fewer iterations for larger components), pack the components in rows, and hand
 * Cytoscape fixed ("preset") positions. Seeded, so the same network always looks the same.
 */
(function () {
  "use strict";

  const configElement = document.getElementById("network-config");
  const section = document.getElementById("network-graph");
  const container = document.getElementById("net-canvas");
  if (!configElement || !section || !container || typeof window.cytoscape !== "function") {
    return; // the table below the graph carries the same data
  }
  const config = JSON.parse(configElement.textContent);
  const T = config.text;
  const statusLine = document.getElementById("net-status");
  const details = document.getElementById("net-details");
  const focusSelect = document.getElementById("net-focus");
  const isolatesBox = document.getElementById("net-isolates");
  const stepRadios = Array.from(document.querySelectorAll('input[name="stappen"]'));
  const intro = Array.from(details.childNodes).map((node) => node.cloneNode(true));

  const IDEAL = 70; // typical tie length in model units; node sizes are chosen to match
  const GRAVITY = 0.1;
  const NAMED = 40; // in a big network only the best-connected carry a name until zoomed in
  const BIG = { nodes: 600, edges: 1500 };

  let cy = null;
  let data = null;
  let byId = new Map();
  let ties = new Map(); // node id -> [{edge, other}]
  let home = new Map(); // node id -> position of the whole-network layout
  let focused = null; // {id, steps, distance: Map}
  let isolates = null; // Cytoscape collection of the nodes without ties

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, (match, key) =>
      Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match
    );
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      node.setAttribute(key, value);
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text); // always text, never HTML: names are user input
    }
    return node;
  }

  function setStatus(text) {
    statusLine.textContent = text;
  }

  function dataUrl() {
    const params = new URLSearchParams(window.location.search);
    params.delete("focus"); // focus is applied here, on the whole network
    params.delete("stappen");
    const query = params.toString();
    return config.json + (query ? "?" + query : "");
  }

  function currentSteps() {
    const checked = stepRadios.find((radio) => radio.checked);
    const steps = checked ? parseInt(checked.value, 10) : 1;
    return Math.min(Math.max(steps || 1, 1), config.maxSteps || 2);
  }

  function colour(type) {
    return config.colours[type] || config.colours.overig;
  }

  function nodeSize(node) {
    const root = Math.sqrt(node.dg || 0);
    return node.k === "o" ? Math.min(20 + 5 * root, 60) : Math.min(14 + 4 * root, 44);
  }

  // --- layout ------------------------------------------------------------------------------

  function seededRandom(seed) {
    let state = seed >>> 0;
    return function () {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // Barnes-Hut quadtree over one component's positions, in flat typed arrays (no objects per
  // iteration). A cell's force stands in for all its nodes when it looks small from afar.
  function quadtree(px, py, weight, m) {
    const capacity = 4 * m + 64;
    const tree = {
      count: 0,
      child: new Int32Array(capacity * 4),
      mass: new Float64Array(capacity),
      sumX: new Float64Array(capacity),
      sumY: new Float64Array(capacity),
      body: new Int32Array(capacity),
      x0: new Float64Array(capacity),
      y0: new Float64Array(capacity),
      size: new Float64Array(capacity),
    };
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < m; i++) {
      minX = Math.min(minX, px[i]);
      maxX = Math.max(maxX, px[i]);
      minY = Math.min(minY, py[i]);
      maxY = Math.max(maxY, py[i]);
    }
    const cell = (x0, y0, size) => {
      if (tree.count === capacity) return -1; // only with many nodes on one spot
      const c = tree.count++;
      tree.child.fill(-1, c * 4, c * 4 + 4);
      tree.mass[c] = 0;
      tree.sumX[c] = 0;
      tree.sumY[c] = 0;
      tree.body[c] = -1;
      tree.x0[c] = x0;
      tree.y0[c] = y0;
      tree.size[c] = size;
      return c;
    };
    const childOf = (c, x, y) => {
      const half = tree.size[c] / 2;
      const q = (x >= tree.x0[c] + half ? 1 : 0) + (y >= tree.y0[c] + half ? 2 : 0);
      let k = tree.child[c * 4 + q];
      if (k < 0) {
        k = cell(tree.x0[c] + (q & 1 ? half : 0), tree.y0[c] + (q & 2 ? half : 0), half);
        if (k >= 0) tree.child[c * 4 + q] = k;
      }
      return k;
    };
    const add = (c, i) => {
      tree.mass[c] += weight[i];
      tree.sumX[c] += px[i] * weight[i];
      tree.sumY[c] += py[i] * weight[i];
    };
    cell(minX, minY, Math.max(maxX - minX, maxY - minY) + 1);
    for (let i = 0; i < m; i++) {
      let c = 0;
      for (let depth = 0; ; depth++) {
        const empty = tree.mass[c] === 0;
        add(c, i);
        if (empty) {
          tree.body[c] = i;
          break;
        }
        if (depth > 40) break; // nodes on (almost) the same spot share this cell
        const resident = tree.body[c];
        if (resident >= 0) {
          // a leaf becomes a branch: move its node one level down
          tree.body[c] = -1;
          const k = childOf(c, px[resident], py[resident]);
          if (k < 0) break;
          add(k, resident);
          tree.body[k] = resident;
        }
        const next = childOf(c, px[i], py[i]);
        if (next < 0) break;
        c = next;
      }
    }
    return tree;
  }

  function forceLayout(members, neighbours, x, y, random) {
    const m = members.length;
    const local = new Map(members.map((global, i) => [global, i]));
    const ea = [];
    const eb = [];
    members.forEach((global, i) => {
      for (const other of neighbours[global]) {
        const j = local.get(other);
        if (j !== undefined && j > i) {
          ea.push(i);
          eb.push(j);
        }
      }
    });
    // ForceAtlas2's degree-weighted repulsion: hubs push harder, so the busy core of a
    // network opens up instead of collapsing into one knot of names
    const weight = new Float64Array(m).fill(1);
    for (let e = 0; e < ea.length; e++) {
      weight[ea[e]] += 1;
      weight[eb[e]] += 1;
    }
    const side = IDEAL * Math.sqrt(m) * 1.2;
    const px = new Float64Array(m);
    const py = new Float64Array(m);
    const dx = new Float64Array(m);
    const dy = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      px[i] = (random() - 0.5) * side;
      py[i] = (random() - 0.5) * side;
    }
    // fewer iterations for larger components keeps the total work near n log n
    const iterations = Math.max(50, Math.min(300, Math.round(150000 / m)));
    const k2 = IDEAL * IDEAL;
    const THETA2 = 1.0; // theta 1: coarse, but the picture is only a map to find one's way
    const stack = new Int32Array(4 * 64 + 8);
    for (let iter = 0; iter < iterations; iter++) {
      const temperature = (side / 10) * (1 - iter / iterations) + 1;
      const tree = quadtree(px, py, weight, m);
      for (let i = 0; i < m; i++) {
        let fx = 0;
        let fy = 0;
        let top = 0;
        stack[top++] = 0;
        while (top > 0) {
          const c = stack[--top];
          const mass = tree.mass[c];
          if (mass === 0 || tree.body[c] === i) continue;
          let ddx = px[i] - tree.sumX[c] / mass;
          let ddy = py[i] - tree.sumY[c] / mass;
          let d2 = ddx * ddx + ddy * ddy;
          const size = tree.size[c];
          const base = c * 4;
          const leaf =
            tree.body[c] >= 0 ||
            (tree.child[base] < 0 &&
              tree.child[base + 1] < 0 &&
              tree.child[base + 2] < 0 &&
              tree.child[base + 3] < 0);
          if (leaf || size * size < THETA2 * d2) {
            if (d2 < 0.01) {
              ddx = random() - 0.5;
              ddy = random() - 0.5;
              d2 = ddx * ddx + ddy * ddy + 0.01;
            }
            const force = (weight[i] * mass * k2) / d2; // (k^2 / d) along (dx / d)
            fx += ddx * force;
            fy += ddy * force;
          } else {
            for (let q = 0; q < 4; q++) {
              const k = tree.child[base + q];
              if (k >= 0 && top < stack.length) stack[top++] = k;
            }
          }
        }
        dx[i] = fx;
        dy[i] = fy;
      }
      for (let e = 0; e < ea.length; e++) {
        const i = ea[e];
        const j = eb[e];
        const ddx = px[i] - px[j];
        const ddy = py[i] - py[j];
        const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
        const force = d / IDEAL; // (d^2 / k) along the unit vector
        dx[i] -= ddx * force;
        dy[i] -= ddy * force;
        dx[j] += ddx * force;
        dy[j] += ddy * force;
      }
      for (let i = 0; i < m; i++) {
        // gravity towards the middle keeps long chains and loose ends from drifting off
        dx[i] -= px[i] * GRAVITY;
        dy[i] -= py[i] * GRAVITY;
        const length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (length > 0) {
          const step = Math.min(length, temperature) / length;
          px[i] += dx[i] * step;
          py[i] += dy[i] * step;
        }
      }
    }
    // Global repulsion spreads a component well beyond the ideal length; scale it back so
    // that a typical tie is IDEAL long and nodes keep a readable size next to their ties.
    const lengths = new Float64Array(ea.length);
    for (let e = 0; e < ea.length; e++) {
      lengths[e] = Math.hypot(px[ea[e]] - px[eb[e]], py[ea[e]] - py[eb[e]]);
    }
    lengths.sort();
    const median = lengths.length ? lengths[lengths.length >> 1] : 0;
    const scale = median > 0 ? IDEAL / median : 1;
    members.forEach((global, i) => {
      x[global] = px[i] * scale;
      y[global] = py[i] * scale;
    });
  }

  function computeLayout(nodes, edges) {
    const n = nodes.length;
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const neighbours = Array.from({ length: n }, () => []);
    const parent = Int32Array.from({ length: n }, (_, i) => i);
    const find = (i) => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    };
    for (const edge of edges) {
      const a = index.get(edge.a);
      const b = index.get(edge.b);
      if (a === undefined || b === undefined || a === b) continue;
      neighbours[a].push(b);
      neighbours[b].push(a);
      parent[find(a)] = find(b);
    }
    const groups = new Map();
    for (let i = 0; i < n; i++) {
      const root = find(i);
      if (!groups.has(root)) groups.set(root, []);
      groups.get(root).push(i);
    }
    const components = Array.from(groups.values()).sort((p, q) => q.length - p.length);
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const random = seededRandom(20240917);
    const gap = IDEAL;
    const boxes = components.map((members) => {
      if (members.length > 1) forceLayout(members, neighbours, x, y, random);
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const i of members) {
        minX = Math.min(minX, x[i]);
        maxX = Math.max(maxX, x[i]);
        minY = Math.min(minY, y[i]);
        maxY = Math.max(maxY, y[i]);
      }
      return { members, minX, minY, width: maxX - minX, height: maxY - minY };
    });
    // Shelf packing, largest component first, in rows shaped like the canvas; the smaller
    // components first fill the space beside the largest one, then the rows below it.
    const aspect = Math.max(0.5, Math.min(3, container.clientWidth / (container.clientHeight || 1)));
    const area = boxes.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0);
    const first = boxes.length ? boxes[0] : { width: 0, height: 0 };
    const rowWidth = Math.max(Math.sqrt(area * aspect) * 1.1, first.width);
    let left = 0;
    let cursorX = 0;
    let cursorY = 0;
    let rowHeight = 0;
    boxes.forEach((box, index) => {
      if (index === 1) {
        left = first.width + gap < rowWidth ? first.width + gap : 0;
        cursorX = left;
        cursorY = left ? 0 : first.height + gap;
        rowHeight = 0;
      } else if (cursorX > left && cursorX + box.width > rowWidth) {
        cursorY += rowHeight + gap;
        rowHeight = 0;
        if (left && cursorY > first.height) left = 0; // below the largest: use the full width
        cursorX = left;
      }
      for (const i of box.members) {
        x[i] += cursorX - box.minX;
        y[i] += cursorY - box.minY;
      }
      cursorX += box.width + gap;
      rowHeight = Math.max(rowHeight, box.height);
    });
    const positions = new Map();
    nodes.forEach((node, i) => positions.set(node.id, { x: x[i], y: y[i] }));
    return positions;
  }

  // --- drawing -----------------------------------------------------------------------------

  function stylesheet(big) {
    return [
      {
        selector: "node",
        style: {
          "background-color": "data(colour)",
          width: "data(size)",
          height: "data(size)",
          "border-width": 1,
          "border-color": "#1c2430",
          // measuring thousands of names is most of the drawing time: big networks name few
          label: big ? "" : "data(label)",
          "font-size": "mapData(size, 14, 60, 12, 30)", // hubs keep their names longest
          "min-zoomed-font-size": 10,
          color: "#1c2430",
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-outline-color": "#ffffff",
          "text-outline-width": 2,
          "text-max-width": "180px",
          "text-wrap": "wrap",
        },
      },
      { selector: 'node[k = "o"]', style: { shape: "round-rectangle" } },
      { selector: "node[x = 1]", style: { opacity: 0.45 } },
      {
        selector: "edge",
        style: {
          width: "mapData(i, 1, 4, 1, 7)",
          "line-color": "#6b7785",
          opacity: 0.7,
          "curve-style": big ? "haystack" : "bezier",
          "haystack-radius": 0,
        },
      },
      {
        selector: "edge[s < 0]",
        style: {
          "line-color": "#c0392b",
          "line-style": "dashed",
          "line-dash-pattern": [6, 4],
          opacity: 0.9,
          "curve-style": big ? "straight" : "bezier",
        },
      },
      { selector: ".off", style: { display: "none" } },
      { selector: "node.named", style: { label: "data(label)" } },
      {
        selector: "node.near",
        style: { label: "data(label)", "min-zoomed-font-size": 0, "font-size": 16 },
      },
      {
        selector: "node.hover",
        style: { label: "data(label)", "min-zoomed-font-size": 0, "z-index": 9 },
      },
      {
        selector: "node.focus",
        style: {
          "border-width": 4,
          "font-size": 20,
          "font-weight": "bold",
          label: "data(label)",
          "min-zoomed-font-size": 0,
          "z-index": 10,
        },
      },
    ];
  }

  function draw(json) {
    data = json;
    byId = new Map(data.nodes.map((node) => [node.id, node]));
    ties = new Map(data.nodes.map((node) => [node.id, []]));
    for (const edge of data.edges) {
      if (!ties.has(edge.a) || !ties.has(edge.b)) continue;
      ties.get(edge.a).push({ edge, other: edge.b });
      ties.get(edge.b).push({ edge, other: edge.a });
    }
    const big = data.nodes.length > BIG.nodes || data.edges.length > BIG.edges;
    performance.mark("network:fetched");
    home = computeLayout(data.nodes, data.edges);
    performance.mark("network:laid-out");
    const elements = [];
    for (const node of data.nodes) {
      elements.push({
        group: "nodes",
        data: {
          id: node.id,
          k: node.k,
          label: node.n,
          colour: colour(node.t),
          size: nodeSize(node),
          x: node.x ? 1 : 0,
          iso: ties.get(node.id).length === 0,
        },
        position: { ...home.get(node.id) },
      });
    }
    for (const edge of data.edges) {
      if (!byId.has(edge.a) || !byId.has(edge.b)) continue;
      elements.push({
        group: "edges",
        data: { id: edge.id, source: edge.a, target: edge.b, i: edge.i, s: edge.s },
      });
    }
    cy = window.cytoscape({
      container,
      elements,
      style: stylesheet(big),
      layout: { name: "preset", fit: false },
      minZoom: 0.02,
      maxZoom: 5,
      boxSelectionEnabled: false,
      autounselectify: true,
      autoungrabify: big,
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      pixelRatio: big ? 1 : "auto",
    });
    isolates = cy.nodes("[?iso]");
    if (big) {
      const ranked = new Set(
        data.nodes
          .slice()
          .sort((p, q) => q.dg - p.dg)
          .slice(0, NAMED)
          .map((node) => node.id)
      );
      cy.nodes().filter((node) => ranked.has(node.id())).addClass("named");
    }
    cy.on("tap", "node", (event) => focusOn(event.target.id(), currentSteps(), false));
    cy.on("mouseover", "node", (event) => event.target.addClass("hover"));
    cy.on("mouseout", "node", (event) => event.target.removeClass("hover"));
    container.setAttribute(
      "aria-label",
      format(T.graph_label, { nodes: data.nodes.length, edges: data.edges.length })
    );
    section.dataset.nodes = String(data.nodes.length);
    section.dataset.edges = String(data.edges.length);

    const params = new URLSearchParams(window.location.search);
    const initial = params.get("focus");
    if (initial && byId.has(initial)) {
      focusOn(initial, currentSteps(), false);
    } else {
      showAll(false);
    }
    if (!data.nodes.length) setStatus(T.empty);
    section.dataset.state = "ready";
    performance.mark("network:drawn"); // the browser tests read these three marks
  }

  function visibleSummary() {
    const text = format(T.ready, { nodes: data.nodes.length, edges: data.edges.length });
    const big = data.nodes.length > BIG.nodes || data.edges.length > BIG.edges;
    return big ? text + " " + T.big : text;
  }

  function applyHome() {
    cy.nodes().positions((node) => home.get(node.id()));
  }

  function showAll(fromUser) {
    const wasFocused = focused !== null;
    focused = null;
    const showIsolates = isolatesBox.checked || data.edges.length === 0;
    // touch only what changes: restyling thousands of elements is what makes a big graph slow
    cy.batch(() => {
      cy.elements(".off, .focus, .near").removeClass("off focus near");
      if (!showIsolates) isolates.addClass("off");
      if (wasFocused) applyHome();
    });
    cy.fit(cy.elements().not(".off"), 30);
    section.dataset.focus = "";
    section.dataset.visible = String(cy.nodes().not(".off").length);
    if (focusSelect) focusSelect.value = "";
    if (fromUser) updateUrl(null, null);
    renderIntro();
    setStatus(visibleSummary());
  }

  function distances(id, steps) {
    const distance = new Map([[id, 0]]);
    let frontier = [id];
    for (let step = 1; step <= steps; step++) {
      const next = [];
      for (const current of frontier) {
        for (const tie of ties.get(current) || []) {
          if (!distance.has(tie.other)) {
            distance.set(tie.other, step);
            next.push(tie.other);
          }
        }
      }
      frontier = next;
    }
    return distance;
  }

  function focusOn(id, steps, moveFocus) {
    if (!byId.has(id)) return;
    const distance = distances(id, steps);
    focused = { id, steps, distance };
    cy.batch(() => {
      cy.elements(".off, .focus, .near").removeClass("off focus near");
      // one class change per collection, not per element
      const near = cy.nodes().filter((node) => distance.has(node.id()));
      near.addClass("near");
      cy.nodes().not(near).addClass("off");
      cy.edges()
        .filter((edge) => !(distance.has(edge.data("source")) && distance.has(edge.data("target"))))
        .addClass("off");
      cy.getElementById(id).addClass("focus");
    });
    const visible = cy.elements().not(".off");
    cy.batch(() => {
      const positions = radialLayout(id, distance);
      visible.nodes().positions((node) => positions.get(node.id()));
    });
    cy.fit(visible, 40);
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4); // a small neighbourhood should not fill the screen with three giant dots
      cy.center(visible);
    }
    const edgeCount = visible.edges().length;
    section.dataset.focus = id;
    section.dataset.visible = String(distance.size);
    if (focusSelect) focusSelect.value = id;
    for (const radio of stepRadios) radio.checked = parseInt(radio.value, 10) === steps;
    updateUrl(id, steps);
    renderDetails(id, steps, distance.size, edgeCount);
    setStatus(
      format(steps === 1 ? T.focus_1 : T.focus_2, {
        name: byId.get(id).n,
        nodes: distance.size,
        edges: edgeCount,
      })
    );
    if (moveFocus) details.focus();
  }

  // The neighbourhood view: the focus in the middle, its partners on a ring, and partners of
  // partners on an outer ring, each within the angle of the partner that reaches them.
  function radialLayout(id, distance) {
    const SPACING = 90; // along a ring, room for a name
    const ring1 = [];
    const ring2 = [];
    for (const [other, steps] of distance) {
      if (steps === 1) ring1.push(other);
      else if (steps === 2) ring2.push(other);
    }
    const byName = (p, q) => byId.get(p).n.localeCompare(byId.get(q).n);
    ring1.sort(byName);
    ring2.sort(byName);
    const children = new Map(ring1.map((other) => [other, []]));
    for (const other of ring2) {
      const via = (ties.get(other) || []).find((tie) => distance.get(tie.other) === 1);
      (via ? children.get(via.other) : children.get(ring1[0])).push(other);
    }
    const weight = (other) => Math.max(1, children.get(other).length);
    const total = ring1.reduce((sum, other) => sum + weight(other), 0) || 1;
    const r1 = Math.max(160, (ring1.length * SPACING) / (2 * Math.PI));
    const r2 = Math.max(r1 + 170, (ring2.length * SPACING) / (2 * Math.PI));
    const positions = new Map([[id, { x: 0, y: 0 }]]);
    let start = -Math.PI / 2;
    for (const other of ring1) {
      const sector = (2 * Math.PI * weight(other)) / total;
      const middle = start + sector / 2;
      positions.set(other, { x: r1 * Math.cos(middle), y: r1 * Math.sin(middle) });
      const kids = children.get(other);
      kids.forEach((kid, k) => {
        const angle = start + (sector * (k + 0.5)) / kids.length;
        positions.set(kid, { x: r2 * Math.cos(angle), y: r2 * Math.sin(angle) });
      });
      start += sector;
    }
    return positions;
  }

  function updateUrl(id, steps) {
    const params = new URLSearchParams(window.location.search);
    if (id) {
      params.set("focus", id);
      params.set("stappen", String(steps));
    } else {
      params.delete("focus");
      params.delete("stappen");
    }
    const query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  // --- details panel -----------------------------------------------------------------------

  function renderIntro() {
    details.replaceChildren(...intro.map((node) => node.cloneNode(true)));
  }

  function describe(node) {
    const labels = data.labels;
    if (node.k === "o") return [T.organisation, labels.types[node.t] || ""];
    return [node.g ? T.group : T.player, labels.roles[node.r] || node.r || ""];
  }

  function focusButton(id) {
    const button = element("button", { type: "button", class: "linklike" }, byId.get(id).n);
    button.addEventListener("click", () => focusOn(id, currentSteps(), true));
    return button;
  }

  function renderDetails(id, steps, nodeCount, edgeCount) {
    const node = byId.get(id);
    const labels = data.labels;
    const title = element("h3", { id: "net-details-title" }, node.n);
    const [kind, what] = describe(node);
    const parts = [title, element("p", {}, what ? kind + " · " + what : kind)];

    const facts = element("dl");
    const fact = (term, value) => {
      facts.appendChild(element("dt", {}, term));
      const dd = element("dd");
      if (value instanceof Node) dd.appendChild(value);
      else dd.textContent = String(value);
      facts.appendChild(dd);
    };
    fact(T.activities, node.ac);
    fact(T.ties, node.dg);
    fact(T.hinders, node.hd);
    if (node.o && byId.has(node.o)) fact(T.works_at, focusButton(node.o));
    parts.push(facts);
    if (node.x) parts.push(element("p", { class: "muted" }, T.outside));
    if (node.k === "o") {
      const url = config.organisationUrl.replace(/0\/$/, node.id.slice(1) + "/");
      parts.push(element("p", {}, null));
      parts[parts.length - 1].appendChild(element("a", { href: url }, T.org_page));
    }
    parts.push(element("h4", {}, T.ties));
    const mine = (ties.get(id) || []).slice().sort((p, q) => {
      if (q.edge.i !== p.edge.i) return q.edge.i - p.edge.i;
      return byId.get(p.other).n.localeCompare(byId.get(q.other).n);
    });
    if (!mine.length) {
      parts.push(element("p", { class: "muted" }, T.no_ties));
    } else {
      const list = element("ul", { "data-testid": "network-ties" });
      for (const { edge, other } of mine) {
        const item = element("li");
        item.appendChild(focusButton(other));
        const bits = [labels.intensities[String(edge.i)] || ""];
        if (edge.th) bits.push(T.theme + ": " + (labels.themes[edge.th] || edge.th));
        if (edge.l) bits.push(T.lifted);
        if (edge.tr) bits.push(T.trust + " " + edge.tr.toFixed(1));
        if (edge.va) bits.push(T.value + " " + edge.va.toFixed(1));
        item.appendChild(document.createTextNode(" — " + bits.join(" · ")));
        if (edge.s < 0) {
          item.appendChild(document.createTextNode(" · "));
          item.appendChild(element("strong", { class: "hindert" }, labels.signs["-1"]));
        }
        if (edge.c) item.appendChild(element("span", { class: "context" }, edge.c));
        list.appendChild(item);
      }
      parts.push(list);
    }
    details.replaceChildren(...parts);
  }

  // --- controls ----------------------------------------------------------------------------

  function wireControls() {
    if (focusSelect) {
      focusSelect.addEventListener("change", () => {
        if (!cy) return;
        if (focusSelect.value && byId.has(focusSelect.value)) {
          focusOn(focusSelect.value, currentSteps(), false);
        } else {
          showAll(true);
        }
      });
    }
    for (const radio of stepRadios) {
      radio.addEventListener("change", () => {
        if (cy && focused) focusOn(focused.id, currentSteps(), false);
      });
    }
    isolatesBox.addEventListener("change", () => {
      if (cy && !focused) showAll(false);
    });
    document.getElementById("net-all").addEventListener("click", () => cy && showAll(true));
    const zoomBy = (factor) => {
      if (!cy) return;
      const level = Math.min(Math.max(cy.zoom() * factor, cy.minZoom()), cy.maxZoom());
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    };
    document.getElementById("net-zoom-in").addEventListener("click", () => zoomBy(1.4));
    document.getElementById("net-zoom-out").addEventListener("click", () => zoomBy(1 / 1.4));
    document.getElementById("net-fit").addEventListener("click", () => {
      if (cy) cy.fit(cy.elements().not(".off"), 30);
    });
  }

  section.hidden = false;
  setStatus(T.loading);
  wireControls();
  fetch(dataUrl(), { headers: { Accept: "application/json" }, credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    })
    // let the browser paint "loading" before the layout takes the main thread
    .then((json) => new Promise((resolve) => window.setTimeout(() => resolve(json), 0)))
    .then(draw)
    .catch(() => {
      section.dataset.state = "failed";
      setStatus(T.failed);
    });

  // a seam for the browser tests (and for curious readers in the console)
  window.speelveldNetwork = {
    get cy() {
      return cy;
    },
    focus: (id, steps) => focusOn(id, steps || 1, false),
    showAll: () => showAll(true),
  };
})();
