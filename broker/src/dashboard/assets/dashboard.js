/* global document, window, EventSource, fetch, URLSearchParams, FormData, CSS */
// otacast dashboard live updates: no framework. Follows /api/v1/events (the
// session cookie authenticates it) and updates the rows, bars and counts on
// the page in place; the pages read fine without it. Values are set with
// textContent only, never as HTML.
(function () {
  'use strict';
  var live = document.getElementById('live');

  function setText(root, field, text) {
    var cell = root.querySelector('[data-field="' + field + '"]');
    if (cell && cell.textContent !== text) cell.textContent = text;
    return cell;
  }

  function time(ms) {
    return ms > 0 ? new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') : 'never';
  }

  // The percent comes with the event (progressPercent: the server's one downloadPercent), the bar from its bytes.
  function setProgress(root, p, percent) {
    var bar = root.querySelector('progress');
    var pct = root.querySelector('.pct');
    if (!bar) return;
    if (!p) {
      bar.hidden = true;
      if (pct) pct.textContent = '';
      return;
    }
    bar.hidden = false;
    bar.max = p.total;
    bar.value = p.done;
    if (pct) pct.textContent = percent === null || percent === undefined ? '' : percent + '%';
  }

  function cell(tr, text, field) {
    var td = document.createElement('td');
    if (field) td.setAttribute('data-field', field);
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  // A device the page has not seen yet: a new row, when the table is not filtered.
  function newRow(d) {
    var table = document.getElementById('devices');
    if (!table || table.getAttribute('data-filtered') !== '0') return null;
    var tr = document.createElement('tr');
    tr.setAttribute('data-device', d.id);
    var a = document.createElement('a');
    a.href = '/devices/' + encodeURIComponent(d.id);
    a.textContent = d.id;
    cell(tr, '').appendChild(a);
    cell(tr, d.product);
    cell(tr, d.channel);
    ['installedVersion', 'targetVersion', 'state', 'outcome', 'lastError', 'lastSeenMs', 'online'].forEach(function (f) { cell(tr, '', f); });
    var progress = cell(tr, '', 'progress');
    progress.className = 'progress';
    var bar = document.createElement('progress');
    bar.hidden = true;
    progress.appendChild(bar);
    var pct = document.createElement('span');
    pct.className = 'pct';
    progress.appendChild(pct);
    cell(tr, Object.keys(d.labels).map(function (k) { return k + '=' + d.labels[k]; }).join(' '));
    table.tBodies[0].appendChild(tr);
    var shown = document.getElementById('shown');
    if (shown) shown.textContent = String(table.tBodies[0].rows.length);
    var total = document.getElementById('total');
    if (total) total.textContent = String(Number(total.textContent) + 1);
    return tr;
  }

  function onDevice(d) {
    var rows = document.querySelectorAll('[data-device="' + CSS.escape(d.id) + '"]');
    if (rows.length === 0) {
      var row = newRow(d);
      rows = row ? [row] : [];
    }
    Array.prototype.forEach.call(rows, function (root) {
      setText(root, 'installedVersion', d.installedVersion);
      setText(root, 'targetVersion', d.targetVersion);
      setText(root, 'state', d.state || 'unknown');
      setText(root, 'outcome', d.outcome);
      setText(root, 'lastError', d.lastError.split(':')[0]);
      setText(root, 'lastSeenMs', time(d.lastSeenMs));
      var online = setText(root, 'online', d.online ? 'online' : 'offline');
      if (online) online.className = d.online ? 'on' : 'off';
      setProgress(root, d.progress, d.progressPercent);
    });
  }

  function pctText(rate) {
    return (100 * rate).toFixed(1) + '%';
  }

  function onRollout(r) {
    var roots = document.querySelectorAll('[data-rollout="' + CSS.escape(r.id) + '"]');
    Array.prototype.forEach.call(roots, function (root) {
      setText(root, 'state', r.state);
      setText(root, 'haltReason', r.haltReason);
      Object.keys(r.counts).forEach(function (k) { setText(root, k, String(r.counts[k])); });
      var rate = setText(root, 'failureRate', pctText(r.failureRate) + ' / ' + pctText(r.maxFailureRate));
      if (rate) rate.className = r.failureRate > r.maxFailureRate ? 'bad' : '';
      var waveCell = root.querySelector('tr[data-rollout] [data-field="wave"]');
      if (waveCell) waveCell.textContent = waveCell.textContent.replace(/^\d+/, String(r.wave + 1));
    });
    var final = r.state === 'completed' || r.state === 'aborted';
    var can = { pause: r.state === 'running', resume: r.state === 'paused' || r.state === 'halted', abort: !final };
    Array.prototype.forEach.call(document.querySelectorAll('form.action[data-action]'), function (form) {
      form.hidden = !can[form.getAttribute('data-action')];
    });
  }

  // Rollout buttons post in the background; the new state arrives as an event.
  Array.prototype.forEach.call(document.querySelectorAll('form.action'), function (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var button = form.querySelector('button');
      if (button) button.disabled = true;
      fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), headers: { accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (res) { return res.json().then(function (body) { return { ok: res.ok, body: body }; }); })
        .then(function (r) {
          if (!r.ok) window.alert((r.body.code || 'error') + ': ' + (r.body.message || ''));
        })
        .catch(function (err) { window.alert(String(err)); })
        .then(function () { if (button) button.disabled = false; });
    });
  });

  if (!window.EventSource) return;
  var source = new EventSource('/api/v1/events');
  source.onopen = function () { if (live) { live.textContent = 'live'; live.className = 'live on'; } };
  source.onerror = function () { if (live) { live.textContent = 'offline'; live.className = 'live'; } };
  source.addEventListener('device', function (e) { onDevice(JSON.parse(e.data)); });
  source.addEventListener('rollout', function (e) { onRollout(JSON.parse(e.data)); });
})();
