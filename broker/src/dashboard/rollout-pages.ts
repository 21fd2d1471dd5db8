import { MAX_MANIFEST_BYTES, decode, parseManifest, pb } from '@otacast/shared';
import type { rolloutView } from '../rollouts/rollout-view.js';
import type { ReleaseRecord } from '../registry/registry.js';
import { formatBytes, formatTime, html, type SafeHtml } from './html.js';
import { failureRate } from './live-feed.js';

type RolloutStatusView = ReturnType<typeof rolloutView>;

/** Which of pause / resume / abort a rollout in `state` accepts (docs/fleet.md). */
export function applicableActions(state: string): Record<'pause' | 'resume' | 'abort', boolean> {
  const final = state === 'completed' || state === 'aborted';
  return { pause: state === 'running', resume: state === 'paused' || state === 'halted', abort: !final };
}

interface ComponentRow {
  name: string;
  version: string;
  type: string;
  size: number;
}

function componentsOf(release: ReleaseRecord): ComponentRow[] {
  try {
    const envelope = decode(pb.SignedManifest, release.signedManifest, MAX_MANIFEST_BYTES, 'signed manifest');
    if (!envelope.ok) return [];
    return parseManifest(envelope.value.manifest).components.map((c) => ({ name: c.name, version: c.version, type: c.type, size: c.size }));
  } catch {
    // A manifest that does not parse was refused at commit; show the release without its components.
    return [];
  }
}

export function releasesBody(releases: ReleaseRecord[], isCurrent: (r: ReleaseRecord) => boolean): SafeHtml {
  const sorted = [...releases].sort((a, b) => a.product.localeCompare(b.product) || b.createdMs - a.createdMs);
  return html`<table class="releases"><thead><tr><th>product</th><th>version</th><th>channel</th><th>current</th><th>components</th><th>size</th><th>created</th><th>release id</th></tr></thead>
    <tbody>${sorted.map((r) => {
      const current = isCurrent(r);
      return html`<tr class="${current ? 'current' : ''}">
        <td>${r.product}</td><td>${r.version}</td><td>${r.channel}</td>
        <td>${current ? html`<strong>current on ${r.channel}</strong>` : ''}</td>
        <td>${componentsOf(r).map((c) => html`<div>${c.name} ${c.version} <span class="muted">${c.type}, ${formatBytes(c.size)}</span></div>`)}</td>
        <td>${formatBytes(r.totalSize)}</td><td>${formatTime(r.createdMs)}</td><td class="id">${r.releaseId.slice(0, 16)}</td>
      </tr>`;
    })}</tbody></table>`;
}

function percent(rate: number): string {
  return `${(100 * rate).toFixed(1)}%`;
}

function countCells(view: RolloutStatusView): SafeHtml {
  const c = view.counts ?? {};
  return html`<td data-field="targeted">${c.targeted ?? 0}</td><td data-field="succeeded">${c.succeeded ?? 0}</td><td data-field="failed">${c.failed ?? 0}</td><td data-field="inProgress">${c.inProgress ?? 0}</td><td data-field="pending">${c.pending ?? 0}</td>`;
}

function rateCell(view: RolloutStatusView): SafeHtml {
  const rate = failureRate(view);
  const max = view.maxFailureRate ?? 0;
  return html`<td data-field="failureRate" class="${rate > max ? 'bad' : ''}">${percent(rate)} / ${percent(max)}</td>`;
}

export function rolloutsBody(views: RolloutStatusView[]): SafeHtml {
  return html`<table class="rollouts"><thead><tr><th>id</th><th>product</th><th>channel</th><th>version</th><th>state</th><th>wave</th><th>targeted</th><th>succeeded</th><th>failed</th><th>in progress</th><th>pending</th><th>failure rate / threshold</th><th>halt reason</th><th>started</th></tr></thead>
    <tbody>${views.map(
      (v) => html`<tr data-rollout="${v.id}">
        <td><a href="/rollouts/${encodeURIComponent(v.id ?? '')}">${v.id}</a></td><td>${v.product}</td><td>${v.channel}</td><td>${v.version}</td>
        <td data-field="state" class="state">${v.state}</td><td data-field="wave">${(v.wave ?? 0) + 1} of ${(v.waves ?? []).length}</td>
        ${countCells(v)}${rateCell(v)}<td data-field="haltReason">${v.haltReason}</td><td>${formatTime(Number(v.createdAtMs ?? 0))}</td>
      </tr>`,
    )}</tbody></table>
    <p class="hint">Start a rollout with <code>otacast rollout start --product P --version V</code> (docs/fleet.md).</p>`;
}

/** The rollout page; `csrf` is set only when the session may act on rollouts (no buttons otherwise). */
export function rolloutBody(v: RolloutStatusView, csrf: string | undefined): SafeHtml {
  const id = v.id ?? '';
  const can = applicableActions(v.state ?? '');
  const button = (action: 'pause' | 'resume' | 'abort', label: string) =>
    html`<form method="post" action="/rollouts/${encodeURIComponent(id)}/${action}" class="inline action" data-action="${action}" ${can[action] ? '' : html`hidden`}>
      <input type="hidden" name="csrf" value="${csrf}" /><button type="submit" id="${action}-button">${label}</button></form>`;
  const waves = v.waves ?? [];
  return html`
    <div data-rollout="${id}">
    <table class="facts">
      <tr><th>product / channel</th><td>${v.product} / ${v.channel}</td></tr>
      <tr><th>version</th><td>${v.version} <span class="id">${v.releaseId}</span></td></tr>
      <tr><th>state</th><td data-field="state" class="state" id="rollout-state">${v.state}</td></tr>
      <tr><th>halt reason</th><td data-field="haltReason">${v.haltReason}</td></tr>
      <tr><th>selector</th><td>${Object.entries(v.select ?? {}).map(([k, val]) => html`<span class="label">${k}=${val}</span> `)}</td></tr>
      <tr><th>started</th><td>${formatTime(Number(v.createdAtMs ?? 0))}</td></tr>
    </table>
    ${csrf === undefined ? '' : html`<p class="actions">${button('pause', 'Pause')} ${button('resume', 'Resume')} ${button('abort', 'Abort')}</p>`}
    <h2>Counts</h2>
    <table><thead><tr><th>targeted</th><th>succeeded</th><th>failed</th><th>in progress</th><th>pending</th><th>failure rate / threshold</th></tr></thead>
      <tbody><tr>${countCells(v)}${rateCell(v)}</tr></tbody></table>
    <h2>Waves</h2>
    <table><thead><tr><th>wave</th><th>cumulative %</th><th>devices</th><th></th></tr></thead>
      <tbody>${waves.map((w, i) => html`<tr><td>${i + 1}</td><td>${w.percent}%</td><td>${w.devices}</td><td data-wave="${i}">${i === (v.wave ?? 0) ? 'current' : i < (v.wave ?? 0) ? 'reached' : ''}</td></tr>`)}</tbody></table>
    </div>
    <h2>Targets</h2>
    <table><thead><tr><th>device</th><th>wave</th><th>phase</th><th>reason</th></tr></thead>
      <tbody>${(v.targets ?? []).map((t) => html`<tr><td><a href="/devices/${encodeURIComponent(t.deviceId ?? '')}">${t.deviceId}</a></td><td>${(t.wave ?? 0) + 1}</td><td>${t.phase}</td><td class="code">${t.reason}</td></tr>`)}</tbody></table>
    <h2>History</h2>
    <table><thead><tr><th>time</th><th>kind</th><th>device</th><th>detail</th></tr></thead>
      <tbody>${(v.history ?? []).map((e) => html`<tr><td>${formatTime(Number(e.atMs ?? 0))}</td><td>${e.kind}</td><td>${e.deviceId}</td><td>${e.detail}</td></tr>`)}</tbody></table>`;
}
