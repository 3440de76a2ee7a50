/**
 * The browser side of the HTML trend report, as text inlined after Chart.js: reads the trend
 * from its JSON element and draws the three charts. Tooltips are HTML (Chart.js external
 * tooltips) so they carry the whole commit subject and can be read by assistive technology.
 * Charts are exposed as `window.upkeepCharts` for whoever scripts the page.
 */
export const trendChartScript = String.raw`
(function () {
  'use strict';
  var trend = JSON.parse(document.getElementById('trend-data').textContent);
  var points = trend.points;
  var PALETTE = ['#0969da', '#bf3989', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#1b7c83', '#953800', '#57606a', '#0550ae'];
  var CATEGORIES = [
    ['fatal', 'F fatal', '#6e1b1b'], ['error', 'E error', '#cf222e'], ['warning', 'W warning', '#d4a72c'],
    ['refactor', 'R refactor', '#8250df'], ['convention', 'C convention', '#0969da'], ['info', 'I info', '#afb8c1']
  ];
  var movers = {};
  trend.movers.forEach(function (m) { movers[m.commit] = m; });
  var labels = points.map(function (p) { return p.date.slice(0, 10); });
  function two(x) { return x === null || x === undefined ? 'n/a' : (Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100).toFixed(2); }
  function signed(x) { return (x >= 0 ? '+' : '') + two(x); }
  function text(tag, cls, content) { var el = document.createElement(tag); if (cls) el.className = cls; el.textContent = content; return el; }

  var tooltipEl = document.getElementById('tooltip');
  function external(context) {
    var tip = context.tooltip;
    if (!tip || tip.opacity === 0 || !tip.dataPoints || !tip.dataPoints.length) { tooltipEl.hidden = true; return; }
    var index = tip.dataPoints[0].dataIndex;
    var p = points[index];
    tooltipEl.replaceChildren();
    tooltipEl.appendChild(text('div', 'title', p.subject));
    tooltipEl.appendChild(text('div', 'muted', p.commit.slice(0, 10) + ' · ' + p.author + ' · ' + p.date.slice(0, 10) + (p.commits > 1 ? ' · ' + p.commits + ' commits' : '')));
    tip.dataPoints.forEach(function (d) {
      var value = d.raw === null ? 'n/a' : (context.chart.canvas.id === 'counts-chart' ? String(d.raw) : two(d.raw));
      tooltipEl.appendChild(text('div', '', d.dataset.label + ': ' + value));
    });
    var prev = points[index - 1];
    if (prev && prev.score !== null && p.score !== null) tooltipEl.appendChild(text('div', '', 'change: ' + signed(p.score - prev.score)));
    if (p.unparseable.length) tooltipEl.appendChild(text('div', 'muted', p.unparseable.length + ' module(s) do not parse'));
    var box = context.chart.canvas.getBoundingClientRect();
    tooltipEl.hidden = false;
    var left = window.scrollX + box.left + tip.caretX + 12;
    if (left + tooltipEl.offsetWidth > window.scrollX + document.documentElement.clientWidth) left -= tooltipEl.offsetWidth + 24;
    tooltipEl.style.left = left + 'px';
    tooltipEl.style.top = (window.scrollY + box.top + tip.caretY + 12) + 'px';
  }
  var common = {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    plugins: { tooltip: { enabled: false, external: external }, legend: { position: 'bottom' } }
  };
  function options(extra) { return Object.assign({}, common, extra); }
  var scoreAxis = { min: 0, max: 10, title: { display: true, text: 'score /10' } };

  var score = new Chart(document.getElementById('score-chart'), {
    type: 'line',
    data: {
      labels: labels,
      datasets: [{
        label: 'total score',
        data: points.map(function (p) { return p.score; }),
        borderColor: PALETTE[0],
        backgroundColor: PALETTE[0],
        spanGaps: true,
        pointRadius: points.map(function (p) { return movers[p.commit] ? 6 : (points.length > 60 ? 1.5 : 3); }),
        pointBackgroundColor: points.map(function (p) { return movers[p.commit] ? '#cf222e' : PALETTE[0]; })
      }]
    },
    options: options({ scales: { y: scoreAxis } })
  });
  var groups = new Chart(document.getElementById('groups-chart'), {
    type: 'line',
    data: {
      labels: labels,
      datasets: trend.groups.paths.map(function (path, i) {
        var color = PALETTE[i % PALETTE.length];
        return { label: path === '.' ? '(root package)' : path, data: points.map(function (p) { return p.groups[path]; }), borderColor: color, backgroundColor: color, pointRadius: points.length > 60 ? 0 : 2, spanGaps: false };
      })
    },
    options: options({ scales: { y: scoreAxis } })
  });
  var counts = new Chart(document.getElementById('counts-chart'), {
    type: 'bar',
    data: {
      labels: labels,
      datasets: CATEGORIES.map(function (c) {
        return { label: c[1], data: points.map(function (p) { return p.counts[c[0]]; }), backgroundColor: c[2], stack: 'messages' };
      })
    },
    options: options({ scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: 'messages' } } } })
  });
  window.upkeepCharts = { score: score, groups: groups, counts: counts };

  // On paper: every point listed, charts sized to the page and drawn before the page is laid out.
  var details = document.querySelector('details.all-points');
  var wasOpen = false;
  window.addEventListener('beforeprint', function () {
    wasOpen = details.open; details.open = true; tooltipEl.hidden = true;
    [score, groups, counts].forEach(function (chart) { chart.resize(); });
  });
  window.addEventListener('afterprint', function () {
    details.open = wasOpen;
    [score, groups, counts].forEach(function (chart) { chart.resize(); });
  });
  document.addEventListener('mouseleave', function () { tooltipEl.hidden = true; });
})();
`;
