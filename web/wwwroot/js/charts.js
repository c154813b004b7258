// Draws every element carrying data-chart (ECharts options as JSON, written by the server) once the page has loaded.
// The numbers are in the table below each chart as well, for screen readers and for printing.
document.addEventListener('DOMContentLoaded', () => {
  for (const element of document.querySelectorAll('[data-chart]')) {
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(JSON.parse(element.dataset.chart));
    window.addEventListener('resize', () => chart.resize());
  }
});
