// Bar charts for BENCHMARKS.md as standalone SVG files, drawn by recharts (the charts library of the
// apps). recharts 3 renders nothing through react-dom/server (it lays out in effects), so the chart
// is mounted in a jsdom document with react-dom/client and the finished <svg> is read back.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'SVGElement', 'Element', 'Node', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
  Object.defineProperty(globalThis, key, { value: dom.window[key], configurable: true, writable: true });
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
const React = (await import('react')).default;
const { createRoot } = await import('react-dom/client');
const { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } = await import('recharts');
const h = React.createElement;

export const COLORS = ['#2563eb', '#9ca3af', '#16a34a', '#dc2626', '#d97706'];
const escapeXml = (s) => String(s).replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);

/**
 * A grouped bar chart: one group per row of `data` (labelled by `xKey`), one bar per series.
 * Returns the SVG text, with its title, legend and the y unit drawn in.
 */
export async function barChartSvg({ title, unit, data, xKey, series, width = 860, height = 440, digits = 0 }) {
  const top = 56;
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const format = (v) => (typeof v === 'number' ? v.toFixed(digits) : '');
  await React.act(async () =>
    root.render(
      h(
        BarChart,
        { width, height: height - top, data, margin: { top: 16, right: 16, bottom: 8, left: 48 } },
        h(CartesianGrid, { strokeDasharray: '3 3', vertical: false }),
        // Slanted labels: group names like "credit-risk c=64" would overlap side by side.
        h(XAxis, { dataKey: xKey, tick: { fontSize: 11 }, interval: 0, angle: -30, textAnchor: 'end', height: 90 }),
        h(YAxis, { tick: { fontSize: 11 } }),
        ...series.map((s, i) =>
          h(Bar, { key: s.key, dataKey: s.key, name: s.name, fill: s.color ?? COLORS[i % COLORS.length], isAnimationActive: false }, h(LabelList, { dataKey: s.key, position: 'top', fontSize: 10, formatter: format })),
        ),
      ),
    ),
  );
  const chart = container.querySelector('svg.recharts-surface[role="application"]') ?? container.querySelector('.recharts-wrapper > svg');
  const inner = chart ? chart.innerHTML : '';
  await React.act(async () => root.unmount());
  container.remove();
  let x = 16;
  const legend = series
    .map((s, i) => {
      const item = `<rect x="${x}" y="34" width="12" height="12" fill="${s.color ?? COLORS[i % COLORS.length]}"/><text x="${x + 18}" y="44" font-size="12">${escapeXml(s.name)}</text>`;
      x += 36 + s.name.length * 7;
      return item;
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="22" font-size="15" font-weight="600">${escapeXml(title)}</text>`,
    `<text x="${width - 16}" y="44" font-size="12" text-anchor="end" fill="#555">${escapeXml(unit)}</text>`,
    legend,
    `<g transform="translate(0 ${top})">${inner}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
