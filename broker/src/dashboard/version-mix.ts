// The version mix over time, drawn from the status log: at each sample time,
// how many devices had each version installed. Server-rendered SVG (stacked
// bars, a legend), so it reads with JavaScript off and costs no library.
import { html, type SafeHtml } from './html.js';

/** What one device's history says: its status log entries (any order) and its version now. */
export interface DeviceHistory {
  installedVersion: string;
  log: readonly { receivedMs: number; installedVersion: string }[];
}

export interface VersionMix {
  /** Sample times, oldest first. */
  times: number[];
  /** Per version (newest-looking first: by device count now), the devices on it at each time. */
  series: { version: string; counts: number[] }[];
}

/** Versions a device showed over time; before its first status it counts as not reporting (''). */
function versionAt(entries: readonly { receivedMs: number; installedVersion: string }[], t: number): string {
  let version = '';
  for (const e of entries) {
    if (e.receivedMs > t) break;
    if (e.installedVersion !== '') version = e.installedVersion;
  }
  return version;
}

export function versionMix(devices: readonly DeviceHistory[], fromMs: number, toMs: number, points = 24): VersionMix {
  const step = Math.max(1, Math.floor((toMs - fromMs) / Math.max(1, points - 1)));
  const times = Array.from({ length: points }, (_, i) => (i === points - 1 ? toMs : fromMs + i * step));
  const byVersion = new Map<string, number[]>();
  for (const device of devices) {
    const entries = [...device.log].sort((a, b) => a.receivedMs - b.receivedMs);
    times.forEach((t, i) => {
      // The latest sample is what the device reports now, log or not.
      const version = i === points - 1 ? device.installedVersion : versionAt(entries, t);
      if (version === '') return;
      const counts = byVersion.get(version) ?? new Array<number>(points).fill(0);
      counts[i] = (counts[i] ?? 0) + 1;
      byVersion.set(version, counts);
    });
  }
  const series = [...byVersion].map(([version, counts]) => ({ version, counts })).sort((a, b) => (b.counts.at(-1) ?? 0) - (a.counts.at(-1) ?? 0) || a.version.localeCompare(b.version));
  return { times, series };
}

const COLORS = ['#2563eb', '#15803d', '#d97706', '#9333ea', '#dc2626', '#0891b2', '#65a30d', '#db2777'];
const WIDTH = 720;
const HEIGHT = 160;

/** Stacked bars, one per sample time; versions beyond the eighth share the last color. */
export function versionMixChart(mix: VersionMix): SafeHtml {
  if (mix.series.length === 0) return html`<p class="muted">No device has reported a version yet.</p>`;
  const totals = mix.times.map((_, i) => mix.series.reduce((n, s) => n + (s.counts[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const barWidth = WIDTH / mix.times.length;
  const bars = mix.times.map((t, i) => {
    let y = HEIGHT;
    const label = new Date(t).toISOString().slice(11, 16);
    return mix.series.map((s, k) => {
      const count = s.counts[i] ?? 0;
      if (count === 0) return html``;
      const h = (count / max) * HEIGHT;
      y -= h;
      return html`<rect x="${(i * barWidth + 1).toFixed(1)}" y="${y.toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[Math.min(k, COLORS.length - 1)]}"><title>${label} UTC: ${count} on ${s.version}</title></rect>`;
    });
  });
  const legend = mix.series.map((s, k) => html`<span class="legend"><i style="background:${COLORS[Math.min(k, COLORS.length - 1)]}"></i>${s.version} (${s.counts.at(-1) ?? 0})</span>`);
  return html`<figure class="version-mix" id="version-mix">
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" height="${HEIGHT}" role="img" aria-label="devices by installed version over the last 24 hours">${bars}</svg>
      <figcaption>Installed versions over the last 24 hours (from ${new Date(mix.times[0] ?? 0).toISOString().slice(0, 16).replace('T', ' ')} UTC): ${legend}</figcaption>
    </figure>`;
}
