// newsflow dashboard: reads the sink's JSON API every few seconds and renders it. Every text from the API is set
// with textContent (headlines and dead-letter reasons come from untrusted pages), never as HTML.
'use strict';
(() => {
  const REFRESH_MS = 5000;
  const TIMELINE_DAYS = 30;
  const ENTITY_DAYS = 7;
  const SVG = 'http://www.w3.org/2000/svg';
  const fmt = new Intl.NumberFormat('en-US');
  const $ = (id) => document.getElementById(id);

  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  function number(n) {
    return typeof n === 'number' ? fmt.format(n) : '–';
  }

  async function getJson(url) {
    const response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let message = response.status + ' ' + response.statusText;
      try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
      throw new Error(url + ': ' + message);
    }
    return response.json();
  }

  function setText(id, value) {
    $(id).textContent = value;
  }

  function renderCounts(c) {
    setText('count-pages', number(c.pages));
    setText('count-processed', number(c.pagesProcessed));
    setText('count-empty-pages', number(c.pagesWithoutArticles));
    setText('count-dead', number(c.deadLetters));
    setText('count-articles', number(c.articles));
    setText('count-unique', number(c.unique));
    setText('count-duplicates', number(c.duplicates));
    setText('count-exact', number((c.duplicatesByKind || {}).exact || 0));
    setText('count-near', number((c.duplicatesByKind || {}).near || 0));
    renderTable('by-source', c.bySource);
    renderTable('by-wire', c.byWire);
    renderTable('by-language', c.byLanguage);
    renderTable('by-topic', c.byTopic);
    renderTable('by-reason', c.deadLettersByReason);
  }

  function renderTable(id, map) {
    const rows = Object.entries(map || {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const table = $(id);
    table.replaceChildren(...(rows.length
      ? rows.map(([k, n]) => el('tr', null, el('td', null, k), el('td', null, number(n))))
      : [el('tr', null, el('td', { class: 'empty' }, 'none'))]));
  }

  /** Stacked bars per day: unique, near, exact. Leading days with nothing are left out (7 days at least). */
  function renderTimeline(t) {
    let days = t.byDay || [];
    const first = days.findIndex((d) => d.unique + d.duplicates > 0);
    days = first < 0 ? days.slice(-7) : days.slice(Math.min(first, Math.max(0, days.length - 7)));
    setText('timeline-range', days.length ? days[0].date + ' – ' + days[days.length - 1].date
      + ' · ' + number(t.total.unique) + ' unique · ' + plural(t.total.duplicates, 'duplicate') : '');

    const W = 900, H = 220, left = 40, right = 10, top = 10, bottom = 26;
    const max = Math.max(1, ...days.map((d) => d.unique + d.duplicates));
    const step = niceStep(max);
    const yMax = Math.ceil(max / step) * step;
    const plotW = W - left - right, plotH = H - top - bottom;
    const y = (v) => top + plotH - (v / yMax) * plotH;
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img',
      'aria-label': 'Articles per day' });

    for (let v = 0; v <= yMax; v += step) {
      chart.append(svg('line', { class: 'axis', x1: left, x2: W - right, y1: y(v), y2: y(v) }));
      const label = svg('text', { class: 'tick', x: left - 6, y: y(v) + 4, 'text-anchor': 'end' });
      label.textContent = fmt.format(v);
      chart.append(label);
    }
    const slot = plotW / Math.max(1, days.length);
    const barW = Math.max(2, Math.min(40, slot * 0.7));
    const labelEvery = Math.ceil(days.length / 10);
    days.forEach((d, i) => {
      const x = left + i * slot + (slot - barW) / 2;
      let base = 0;
      for (const [cls, v] of [['unique', d.unique], ['near', d.near], ['exact', d.exact]]) {
        if (v > 0) {
          const rect = svg('rect', { class: cls, x, width: barW, y: y(base + v), height: y(base) - y(base + v) });
          const title = svg('title');
          title.textContent = `${d.date}: ${v} ${cls}`;
          rect.append(title);
          chart.append(rect);
          base += v;
        }
      }
      if (i % labelEvery === 0 || i === days.length - 1) {
        const label = svg('text', { class: 'tick', x: x + barW / 2, y: H - 8, 'text-anchor': 'middle' });
        label.textContent = d.date.slice(5);
        chart.append(label);
      }
    });
    $('timeline-chart').replaceChildren(chart);
  }

  function niceStep(max) {
    const raw = max / 4;
    const power = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
    return Math.max(1, step);
  }

  function renderStories(listing) {
    const items = (listing.stories || []).map((s) => el('li', { class: 'story', 'data-story-id': s.storyId },
      el('div', { class: 'story-headline' }, s.headline || '(no headline)'),
      el('div', { class: 'story-meta' }, 'first seen ' + when(s.firstSeen) + ' · '
        + plural(s.carriers.length, 'paper')),
      el('ul', { class: 'carriers' }, ...s.carriers.map(carrier))));
    $('stories').replaceChildren(...(items.length ? items : [el('li', { class: 'empty' }, 'no stories yet')]));
  }

  function carrier(c) {
    const e = c.edits || { changed: 0, inserted: 0, deleted: 0 };
    const changes = [[e.changed, 'changed'], [e.inserted, 'added'], [e.deleted, 'cut']]
      .filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(', ');
    const edits = changes ? el('span', { class: 'edits', title: 'sentences changed, added, cut against the canonical' },
      changes) : null;
    const kind = c.kind === 'canonical' || c.kind === 'exact' ? c.kind : `${c.kind} ${c.similarity.toFixed(2)}`;
    return el('li', { class: 'carrier', 'data-kind': c.kind },
      el('span', { class: 'carrier-publication' }, c.publication || 'unknown'),
      c.date ? ' ' + c.date : null,
      el('span', { class: 'kind ' + c.kind }, kind), edits);
  }

  function renderEntities(type, top) {
    const max = Math.max(1, ...top.entities.map((e) => e.articles));
    const items = top.entities.map((e) => el('li', { title: `${e.name}: ${e.articles} article(s)` },
      el('span', { class: 'bar', style: null }), el('span', null, e.name), el('span', { class: 'n' }, number(e.articles))));
    items.forEach((li, i) => { li.firstChild.style.width = (100 * top.entities[i].articles / max) + '%'; });
    $('entities-' + type).replaceChildren(...(items.length ? items : [el('li', { class: 'empty' }, 'none')]));
    setText('entities-range', `${top.from} – ${top.to}`);
  }

  function renderDeadLetters(listing) {
    const rows = (listing.deadLetters || []).map((d) => el('tr', null,
      el('td', null, when(d.time)),
      el('td', { class: 'reason' }, d.reason),
      el('td', { class: 'num' }, bytes(d.bytes)),
      el('td', null, d.source || '–'),
      el('td', null, d.topic ? `${d.topic} [${d.partition}] @${d.offset}` : '–')));
    $('dead-letters').replaceChildren(...(rows.length ? rows
      : [el('tr', null, el('td', { class: 'empty', colspan: 5 }, 'no dead letters'))]));
  }

  function plural(n, noun) {
    return number(n) + ' ' + noun + (n === 1 ? '' : 's');
  }

  function when(iso) {
    return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') : '–';
  }

  function bytes(n) {
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  const panels = [
    ['/api/counts', renderCounts],
    [`/api/timeline?days=${TIMELINE_DAYS}`, renderTimeline],
    ['/api/stories?sort=latest&limit=10', renderStories],
    [`/api/entities?type=people&days=${ENTITY_DAYS}&limit=10`, (t) => renderEntities('people', t)],
    [`/api/entities?type=places&days=${ENTITY_DAYS}&limit=10`, (t) => renderEntities('places', t)],
    [`/api/entities?type=organizations&days=${ENTITY_DAYS}&limit=10`, (t) => renderEntities('organizations', t)],
    ['/api/dead-letters?limit=10', renderDeadLetters],
  ];

  async function refresh() {
    const results = await Promise.allSettled(panels.map(([url, render]) => getJson(url).then(render)));
    const failed = results.filter((r) => r.status === 'rejected');
    const status = $('status');
    status.classList.toggle('error', failed.length > 0);
    status.textContent = failed.length
      ? 'cannot refresh: ' + failed[0].reason.message
      : 'updated ' + new Date().toLocaleTimeString();
    setTimeout(refresh, REFRESH_MS);
  }

  refresh();
})();
