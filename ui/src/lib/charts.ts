// Research mode's charts: the core's bars (already aggregated, small counts already withheld) as
// rows to draw, and a drawn chart as the bytes of an SVG or PNG file. Drawing is Observable Plot's
// (bundled by Vite, loaded when the charts are first shown).

import type { Chart, ChartBar } from './bindings';

/** One bar to draw: its label, its value (0 when withheld) and whether it is withheld (< k). */
export interface Row {
  label: string;
  value: number;
  /** Fewer than k interviews: neither count nor value is known; shown as "< k". */
  withheld: boolean;
  /** The text beside the bar: the value, or "< k". */
  text: string;
}

/**
 * The rows of `chart`, labelled by `label` (a bar's category and series) and with values
 * written by `format`. A bar the core withheld (`n` null) is a row with no value and "< k".
 */
export function chartRows(chart: Chart, k: number, label: (bar: ChartBar) => string, format: (n: number) => string): Row[] {
  return chart.bars.map((bar) => {
    const withheld = bar.n === null || bar.value === null;
    return { label: label(bar), value: withheld ? 0 : (bar.value ?? 0), withheld, text: withheld ? `< ${k}` : format(bar.value ?? 0) };
  });
}

/** The chart as a standalone SVG file. */
export function svgBytes(svg: SVGSVGElement): Uint8Array {
  // The serializer writes the SVG namespace on the root element.
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // A standalone file has no page around it: black text on white, as on screen.
  copy.style.background = 'white';
  copy.style.color = 'black';
  const text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
  return new TextEncoder().encode(text);
}

/** The chart as a PNG file, at twice its size on screen (drawn from its SVG in memory). */
export async function pngBytes(svg: SVGSVGElement): Promise<Uint8Array> {
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([svgBytes(svg) as BlobPart], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = 'white';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the chart could not be drawn as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
