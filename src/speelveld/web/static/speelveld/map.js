// Speelveld area map: draws the project's own GeoJSON (the area's .geojson twin) with Leaflet.
// No tiles and no outside request unless the deployer configured a tile server
// (SPEELVELD_TILE_URL). Without JavaScript the server-drawn SVG inside the same element stays.
(function () {
  "use strict";
  function init() {
    var host = document.getElementById("areamap");
    if (!host || typeof L === "undefined") return;
    var form = document.getElementById("map-form");
    var base = host.getAttribute("data-geojson");
    var tiles = host.getAttribute("data-tiles");
    var fallback = host.innerHTML;
    var map = null, layer = null;

    function query() {
      var params = new URLSearchParams();
      if (form) {
        ["maat", "kaartthema"].forEach(function (name) {
          var field = form.elements[name];
          if (field && field.value) params.set(name, field.value);
        });
      }
      return params.toString();
    }

    function draw(data) {
      if (!map) {
        host.innerHTML = "";
        host.classList.add("leaflet-on");
        host.setAttribute("role", "region");
        host.setAttribute("aria-label", host.getAttribute("data-label") || "map");
        map = L.map(host, { zoomSnap: 0.25, attributionControl: !!tiles });
        if (tiles) L.tileLayer(tiles, { maxZoom: 19 }).addTo(map);
      }
      if (layer) map.removeLayer(layer);
      layer = L.geoJSON(data, {
        style: function (f) {
          var p = f.properties;
          if (p.outline) return { color: "#1c2430", weight: 2.5, fill: false, interactive: false };
          return { color: p.current ? "#1c2430" : "#ffffff", weight: p.current ? 3 : 1.5,
                   fillColor: p.fill || "#e5e5e5", fillOpacity: 0.9 };
        },
        onEachFeature: function (f, l) {
          var p = f.properties;
          if (p.outline) return;
          l.bindTooltip(p.name + " — " + p.label, { sticky: true });
          l.on("click", function () { window.location.href = p.url; });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    }

    function load() {
      var q = query();
      fetch(base + (q ? "?" + q : ""), { headers: { Accept: "application/geo+json" } })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(draw)
        .catch(function () { host.innerHTML = fallback; });
    }

    if (form) {
      form.addEventListener("change", function () {
        load();
        var q = query();
        history.replaceState(null, "", window.location.pathname + (q ? "?" + q : ""));
      });
    }
    load();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
