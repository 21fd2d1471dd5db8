import { labelsMatch } from '../registry/device-labels.js';
import type { DeviceRecord, StatusLogEntry } from '../registry/registry.js';
import { agentStateName, outcomeName, toDeviceInfo, type DeviceInfo } from '../sdk/admin.js';
import { formatTime, html, type SafeHtml } from './html.js';
import { downloadPercent, type Progress } from '../registry/device-activity.js';

/** GET / query parameters: each narrows the table; empty means any. */
export interface FleetFilter {
  product: string;
  version: string;
  /** key=value */
  label: string;
  state: string;
  /** "yes", "no" or "". */
  online: string;
}

export function fleetFilter(query: Record<string, unknown>): FleetFilter {
  const get = (key: string): string => (typeof query[key] === 'string' ? (query[key] as string).trim().slice(0, 200) : '');
  return { product: get('product'), version: get('version'), label: get('label'), state: get('state'), online: get('online') };
}

function matches(d: DeviceInfo, f: FleetFilter): boolean {
  if (f.product !== '' && d.product !== f.product) return false;
  if (f.version !== '' && d.installedVersion !== f.version) return false;
  if (f.state !== '' && d.state !== (f.state === 'unknown' ? '' : f.state)) return false;
  if (f.online !== '' && d.online !== (f.online === 'yes')) return false;
  if (f.label !== '') {
    const eq = f.label.indexOf('=');
    const selector = eq < 0 ? undefined : { [f.label.slice(0, eq)]: f.label.slice(eq + 1) };
    if (selector === undefined ? !(f.label in d.labels) : !labelsMatch(d.labels, selector)) return false;
  }
  return true;
}

function labelList(labels: Record<string, string>): SafeHtml {
  return html`${Object.entries(labels).map(([k, v]) => html`<span class="label">${k}=${v}</span> `)}`;
}

export function progressBar(p: Progress | null): SafeHtml {
  if (p === null) return html`<progress hidden max="1" value="0"></progress><span class="pct"></span>`;
  const pct = downloadPercent(p) ?? 0;
  return html`<progress max="${p.total}" value="${p.done}"></progress><span class="pct">${pct}%</span>`;
}

function select(name: string, current: string, options: string[]): SafeHtml {
  return html`<select name="${name}" id="f-${name}"><option value="">any</option>${options.map((o) => html`<option value="${o}" ${o === current ? 'selected' : ''}>${o}</option>`)}</select>`;
}

function deviceRow(d: DeviceInfo, progress: Progress | null): SafeHtml {
  return html`<tr data-device="${d.id}">
    <td><a href="/devices/${encodeURIComponent(d.id)}">${d.id}</a></td>
    <td>${d.product}</td><td>${d.channel}</td>
    <td data-field="installedVersion">${d.installedVersion}</td>
    <td data-field="targetVersion">${d.targetVersion}</td>
    <td data-field="state">${d.state || 'unknown'}</td>
    <td data-field="outcome">${d.outcome}</td>
    <td data-field="lastError" class="code">${d.lastError.split(':')[0]}</td>
    <td data-field="lastSeenMs">${formatTime(d.lastSeenMs)}</td>
    <td data-field="online" class="${d.online ? 'on' : 'off'}">${d.online ? 'online' : 'offline'}</td>
    <td data-field="progress" class="progress">${progressBar(progress)}</td>
    <td>${labelList(d.labels)}</td>
  </tr>`;
}

export function fleetBody(records: DeviceRecord[], isOnline: (id: string) => boolean, progressOf: (id: string) => Progress | null, filter: FleetFilter): SafeHtml {
  const all = records.map((r) => toDeviceInfo({ ...r, online: isOnline(r.deviceId) })).sort((a, b) => a.id.localeCompare(b.id));
  const shown = all.filter((d) => matches(d, filter));
  const products = [...new Set(all.map((d) => d.product))].sort();
  const states = [...new Set(all.map((d) => d.state || 'unknown'))].sort();
  const filtered = Object.values(filter).some((v) => v !== '');
  return html`
    <form method="get" action="/" class="filters">
      <label>product ${select('product', filter.product, products)}</label>
      <label>version <input name="version" value="${filter.version}" size="8" /></label>
      <label>label <input name="label" value="${filter.label}" placeholder="key=value" size="12" /></label>
      <label>state ${select('state', filter.state, states)}</label>
      <label>online ${select('online', filter.online, ['yes', 'no'])}</label>
      <button type="submit">Filter</button> <a href="/">clear</a>
    </form>
    <p class="count"><span id="shown">${shown.length}</span> of <span id="total">${all.length}</span> devices</p>
    <table class="devices" id="devices" data-filtered="${filtered ? '1' : '0'}">
      <thead><tr><th>id</th><th>product</th><th>channel</th><th>installed</th><th>target</th><th>state</th><th>outcome</th><th>last error</th><th>last seen</th><th>online</th><th>download</th><th>labels</th></tr></thead>
      <tbody>${shown.map((d) => deviceRow(d, progressOf(d.id)))}</tbody>
    </table>`;
}

export function deviceBody(record: DeviceRecord, online: boolean, progress: Progress | null, log: StatusLogEntry[]): SafeHtml {
  const d = toDeviceInfo({ ...record, online });
  const errors = log.filter((e) => e.lastError !== '');
  const facts: [string, SafeHtml | string][] = [
    ['product', d.product],
    ['channel', d.channel],
    ['installed version', d.installedVersion || '(never reported)'],
    ['target version', d.targetVersion],
    ['state', d.state || 'unknown'],
    ['outcome', d.outcome],
    ['last error', d.lastError],
    ['last seen', formatTime(d.lastSeenMs)],
    ['online', d.online ? 'online' : 'offline'],
    ['download', progressBar(progress)],
    ['labels', labelList(d.labels)],
  ];
  return html`
    <table class="facts" data-device="${d.id}">${facts.map(([k, v]) => html`<tr><th>${k}</th><td>${v}</td></tr>`)}</table>
    <h2>Installed components</h2>
    <table><thead><tr><th>component</th><th>version</th></tr></thead>
      <tbody>${Object.entries(d.components).map(([name, version]) => html`<tr><td>${name}</td><td>${version}</td></tr>`)}</tbody></table>
    <h2>Errors</h2>
    ${errors.length === 0 ? html`<p>No errors reported.</p>` : html`<table><thead><tr><th>received</th><th>code</th><th>message</th><th>release</th></tr></thead>
      <tbody>${errors.map((e) => {
        const colon = e.lastError.indexOf(':');
        return html`<tr><td>${formatTime(e.receivedMs)}</td><td class="code">${colon < 0 ? e.lastError : e.lastError.slice(0, colon)}</td><td>${colon < 0 ? '' : e.lastError.slice(colon + 1).trim()}</td><td class="id">${e.releaseId}</td></tr>`;
      })}</tbody></table>`}
    <h2>Status history</h2>
    <table><thead><tr><th>seq</th><th>received</th><th>device time</th><th>state</th><th>outcome</th><th>installed</th><th>release</th><th>error</th></tr></thead>
      <tbody>${log.map((e) => html`<tr><td>${e.seq}</td><td>${formatTime(e.receivedMs)}</td><td>${formatTime(e.deviceMs)}</td><td>${agentStateName(e.state)}</td><td>${outcomeName(e.outcome)}</td><td>${e.installedVersion}</td><td class="id">${e.releaseId}</td><td class="code">${e.lastError}</td></tr>`)}</tbody></table>`;
}
