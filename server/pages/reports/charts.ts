/**
 * Charts for the report pages: Observable Plot renders SVG on the server into a linkedom document, so
 * the page carries no script. Plot's own <style> element is dropped (the strict CSP allows no inline
 * style); server/pages/reports/reports.css styles the charts instead. Each chart is an image with a
 * short name; the page gives it a text summary and its data table beside it.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface Bar {
  label: string;
  value: number;
}

export interface IntervalPoint {
  label: string;
  value: number;
  low: number;
  high: number;
}

const BLUE = '#1d70b8';
const BLACK = '#0b0c0c';

/** Plot needs a document to build in; a fresh one per chart keeps requests apart. */
function render(options: Plot.PlotOptions, name: string): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const svg = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
  svg.querySelector('style')?.remove();
  // The chart is one image: names Plot gives its parts would be read out of context (and are not allowed on <g>).
  for (const part of svg.querySelectorAll('[aria-label], [aria-description]')) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
  svg.removeAttribute('class');
  svg.setAttribute('class', 'app-chart__svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', name);
  svg.setAttribute('focusable', 'false');
  return svg.outerHTML;
}

/**
 * The frame every chart shares: one row per label, room on the left for the longest label at the
 * chart's 14px type (so none is cut), the x axis titled under its ticks.
 */
function frame(labels: string[], x: { domain: [number, number]; label: string }, marginRight: number): Plot.PlotOptions {
  return {
    width: 960,
    height: 56 + 34 * Math.max(1, labels.length),
    marginLeft: Math.min(460, 16 + 7.6 * Math.max(4, ...labels.map((l) => l.length))),
    marginRight,
    marginBottom: 50,
    x: { ...x, labelAnchor: 'center', labelOffset: 42, labelArrow: 'none', grid: true },
    y: { domain: labels, label: null },
  };
}

/** How a chart's values read, in the page's language: the x axis title and each value's words. */
export interface Axis {
  title: string;
  format: (value: number) => string;
}

/** Horizontal bars, one per group, labelled with their values. */
export function barChart(name: string, bars: Bar[], { title, format }: Axis, max?: number): string {
  return render({
    ...frame(bars.map((b) => b.label), { domain: [0, max ?? Math.max(1, ...bars.map((b) => b.value))], label: title }, 56),
    marks: [
      Plot.barX(bars, { x: 'value', y: 'label', fill: BLUE }),
      Plot.text(bars, { x: 'value', y: 'label', text: (b: Bar) => format(b.value), dx: 4, textAnchor: 'start', fill: BLACK }),
      Plot.ruleX([0], { stroke: BLACK }),
    ],
  }, name);
}

/** Differences with their 95% intervals: a dot for each difference, a line across its interval, 0 marked. */
export function intervalChart(name: string, points: IntervalPoint[], axisTitle: string): string {
  const extent = Math.max(1, ...points.flatMap((p) => [Math.abs(p.low), Math.abs(p.high)]));
  return render({
    ...frame(points.map((p) => p.label), { domain: [-extent, extent], label: axisTitle }, 24),
    marks: [
      Plot.ruleX([0], { stroke: BLACK, strokeDasharray: '4,3' }),
      Plot.link(points, { x1: 'low', x2: 'high', y1: 'label', y2: 'label', stroke: BLUE, strokeWidth: 3 }),
      Plot.dot(points, { x: 'value', y: 'label', fill: BLACK, r: 4 }),
    ],
  }, name);
}
