// Manager dashboard: draws every <canvas data-chart> with Chart.js from its own data attributes
// (data-labels: JSON array of labels; data-series: JSON array of {label, values}). After drawing, each canvas gets
// data-rendered="true" and data-drawn (JSON {labels, series}) read back from the chart itself, so that a browser test
// can compare what was drawn with the figures in the tables beside it. No inline script: the page's CSP forbids it.
(function () {
  'use strict';
  var COLORS = ['#1f5fa8', '#6aa84f', '#e69138', '#cc4125', '#8e7cc3', '#45818e'];

  function draw(canvas) {
    var labels = JSON.parse(canvas.dataset.labels || '[]');
    var series = JSON.parse(canvas.dataset.series || '[]');
    var horizontal = canvas.dataset.horizontal === 'true';
    var stacked = canvas.dataset.stacked === 'true';
    var chart = new window.Chart(canvas, {
      type: canvas.dataset.type || 'bar',
      data: {
        labels: labels,
        datasets: series.map(function (s, i) {
          return { label: s.label, data: s.values, backgroundColor: COLORS[i % COLORS.length], borderWidth: 0 };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: series.length > 1, position: 'bottom', labels: { boxWidth: 12 } } },
        scales: {
          x: { stacked: stacked, beginAtZero: true, ticks: { autoSkip: false, font: { size: 11 } } },
          y: { stacked: stacked, beginAtZero: true, ticks: { autoSkip: false, font: { size: 11 } } }
        }
      }
    });
    canvas.dataset.drawn = JSON.stringify({
      labels: chart.data.labels,
      series: chart.data.datasets.map(function (d) { return { label: d.label, values: d.data }; })
    });
    canvas.dataset.rendered = 'true';
    return chart;
  }

  function start() {
    if (typeof window.Chart === 'undefined') {
      document.body.classList.add('charts-missing');
      return;
    }
    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) {
      try {
        draw(canvases[i]);
      } catch (e) {
        canvases[i].dataset.rendered = 'error';
        canvases[i].dataset.error = String(e);
      }
    }
    document.body.classList.add('charts-drawn');
    document.body.dataset.chartsReady = 'true';
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
