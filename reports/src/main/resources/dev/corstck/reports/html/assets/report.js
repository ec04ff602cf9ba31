/* cors-tck report page: filters, paging and finding details, built on demand from the embedded JSON.
   Every value from the report goes into the page through textContent or checked href, never as markup. */
(function () {
  'use strict';
  var PAGE_SIZE = 50;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var F = { target: 0, rule: 1, engine: 2, verdict: 3, level: 4, scenario: 5, expected: 6, actual: 7, reason: 8, evidence: 9, remedy: 10 };
  var findings = data.findings;
  // Most severe first (verdict ordinals are in severity order); Array.prototype.sort is stable.
  var order = findings.map(function (f, i) { return i; });
  order.sort(function (a, b) { return findings[a][F.verdict] - findings[b][F.verdict]; });
  var haystacks = new Array(findings.length);
  var evidenceText = new Array(data.evidence.length);
  var evidenceFull = new Array(data.evidence.length);
  var state = { target: '', level: '', verdict: '', engine: '', text: '', rule: '' };
  var shown = order;
  var page = 0;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function link(url, text) {
    var a = el('a', null, text);
    if (/^https?:\/\//i.test(url)) { a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer'; }
    return a;
  }

  // An evidence entry cites the page's exchanges and steps by index (each stored once); resolve it when first used.
  function evidenceOf(e) {
    if (evidenceFull[e] === undefined) {
      var cited = data.evidence[e];
      evidenceFull[e] = {
        exchanges: cited.exchanges.map(function (x) { return data.exchanges[x]; }),
        observation: cited.observation,
        explanation: cited.explanation.map(function (s) { return data.steps[s]; })
      };
    }
    return evidenceFull[e];
  }

  function haystack(i) {
    if (haystacks[i] === undefined) {
      var f = findings[i], rule = data.rules[f[F.rule]], scenario = data.scenarios[f[F.scenario]];
      var e = f[F.evidence];
      if (evidenceText[e] === undefined) { evidenceText[e] = JSON.stringify(evidenceOf(e)).toLowerCase(); }
      haystacks[i] = [rule[0], rule[1], scenario[0], scenario[1], f[F.expected], f[F.actual], f[F.reason],
        data.engines[f[F.engine]], data.targets[f[F.target]][0]].join('\n').toLowerCase() + '\n' + evidenceText[e];
    }
    return haystacks[i];
  }

  function matches(i) {
    var f = findings[i];
    if (state.target !== '' && f[F.target] !== +state.target) { return false; }
    if (state.rule !== '' && data.rules[f[F.rule]][0] !== state.rule) { return false; }
    if (state.level !== '' && data.levels[f[F.level]] !== state.level) { return false; }
    if (state.engine !== '' && data.engines[f[F.engine]] !== state.engine) { return false; }
    var verdict = data.verdicts[f[F.verdict]];
    if (state.verdict === 'problems') {
      if (verdict !== 'FAIL' && verdict !== 'ERROR' && verdict !== 'WARN') { return false; }
    } else if (state.verdict !== '' && verdict !== state.verdict) { return false; }
    return state.text === '' || haystack(i).indexOf(state.text) >= 0;
  }

  function apply() {
    shown = order.filter(matches);
    page = 0;
    render();
    saveHash();
  }

  // Filters live in the URL fragment (#verdict=FAIL&engine=webkit), so a filtered view can be linked or reloaded.
  var HASH_KEYS = ['target', 'level', 'verdict', 'engine', 'rule', 'text'];
  function saveHash() {
    var params = new URLSearchParams();
    HASH_KEYS.forEach(function (k) { if (state[k] !== '') { params.set(k, state[k]); } });
    var hash = params.toString();
    if (history.replaceState) { history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search); }
  }
  function loadHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    HASH_KEYS.forEach(function (k) { if (params.has(k)) { state[k] = params.get(k); } });
    // A value a select does not offer (an edited or stale link) falls back to "all".
    [['f-level', 'level'], ['f-verdict', 'verdict'], ['f-engine', 'engine'], ['f-target', 'target']].forEach(function (p) {
      if ($(p[0])) { $(p[0]).value = state[p[1]]; state[p[1]] = $(p[0]).value; } else { state[p[1]] = ''; }
    });
    $('f-text').value = state.text;
    state.text = state.text.trim().toLowerCase();
    setRule(state.rule);
    if (state.target !== '' && document.querySelector('[data-target-tab]')) { showTarget(state.target); }
  }

  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    var start = page * PAGE_SIZE, end = Math.min(shown.length, start + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    for (var k = start; k < end; k++) { fragment.appendChild(row(shown[k])); }
    $('list').replaceChildren(fragment);
    $('count').textContent = (shown.length === findings.length
      ? fmt(findings.length) + ' findings'
      : fmt(shown.length) + ' of ' + fmt(findings.length) + ' findings match')
      + (data.omitted ? '; ' + fmt(data.omitted) + ' more PASS findings are not in this page (report.json and'
        + ' junit.xml list every finding; the counts and matrices above include them)' : '');
    if (shown.length === 0) { $('list').appendChild(el('p', 'muted', 'No finding matches these filters.')); }
    pager(pages, start, end);
  }

  function fmt(n) { return n.toLocaleString('en-US'); }

  function pager(pages, start, end) {
    var nav = $('pager');
    nav.replaceChildren();
    if (pages <= 1) { return; }
    var prev = el('button', null, '\u2039 Previous'), next = el('button', null, 'Next \u203A');
    prev.type = next.type = 'button';
    prev.disabled = page === 0; next.disabled = page === pages - 1;
    prev.onclick = function () { page--; render(); $('findings-title').scrollIntoView(); };
    next.onclick = function () { page++; render(); $('findings-title').scrollIntoView(); };
    nav.append(prev, el('span', 'muted', (start + 1) + '\u2013' + end + ' \u00b7 page ' + (page + 1) + ' of ' + pages), next);
  }

  function row(i) {
    var f = findings[i], rule = data.rules[f[F.rule]], scenario = data.scenarios[f[F.scenario]];
    var verdict = data.verdicts[f[F.verdict]];
    var details = el('details', 'finding');
    details.setAttribute('role', 'listitem');
    details.dataset.index = i;
    details.dataset.verdict = verdict;
    var summary = el('summary');
    var rid = el('span', 'rid', rule[0]);
    rid.title = rule[1];
    var scn = el('span', 'scn', scenario[0] + (scenario[1] ? ' \u2014 ' + scenario[1] : ''));
    summary.append(el('span', 'verdict v-' + verdict.toLowerCase(), verdict), el('span', 'lvl', data.levels[f[F.level]]),
      rid, scn, el('span', 'eng', data.engines[f[F.engine]]));
    details.appendChild(summary);
    details.addEventListener('toggle', function () {
      if (details.open && details.childElementCount === 1) { details.appendChild(detail(f, rule, verdict)); }
    });
    return details;
  }

  function detail(f, rule, verdict) {
    var box = el('div', 'detail');
    var title = el('div');
    title.append(el('strong', null, rule[1] + ' '), link(rule[2], rule[2].replace(/^https?:\/\//, '')));
    if (data.targets.length > 1) { title.append(el('div', 'muted', 'Target: ' + data.targets[f[F.target]][0] + ' (' + data.targets[f[F.target]][1] + ')')); }
    box.appendChild(title);
    var ea = el('div', 'ea');
    var expected = el('div', 'expected'), actual = el('div', 'actual' + (verdict === 'FAIL' ? ' bad' : ''));
    expected.append(el('h4', null, 'Expected'), el('div', null, f[F.expected] || '\u2014'));
    actual.append(el('h4', null, 'What happened'), el('div', null, f[F.actual] || '\u2014'));
    ea.append(expected, actual);
    box.appendChild(ea);
    if (f[F.reason]) { box.appendChild(section('Reason', el('div', 'reason', f[F.reason]))); }
    if (f[F.remedy]) { box.appendChild(section('Fix', el('div', 'reason', f[F.remedy]))); }
    var evidence = evidenceOf(f[F.evidence]);
    if (evidence.explanation && evidence.explanation.length) { box.appendChild(section('Why (simulator)', steps(evidence.explanation))); }
    if (evidence.exchanges && evidence.exchanges.length) { box.appendChild(section('Wire log', wire(evidence.exchanges))); }
    if (evidence.observation) { box.appendChild(section('Browser (' + data.engines[f[F.engine]] + ')', observation(evidence.observation))); }
    if (evidence.exchanges && evidence.exchanges.length) { box.appendChild(section('Reproduce with curl', curls(evidence.exchanges))); }
    return box;
  }

  function section(title, content) {
    var s = el('section');
    s.append(el('h4', null, title), content);
    return s;
  }

  function steps(explanation) {
    var ol = el('ol', 'steps');
    explanation.forEach(function (step) {
      var li = el('li', null, step.text);
      if (step.specUrl) { li.appendChild(link(step.specUrl, step.specUrl.replace(/^https:\/\/fetch\.spec\.whatwg\.org\//, 'fetch'))); }
      ol.appendChild(li);
    });
    return ol;
  }

  function headerLines(headers) {
    return headers.map(function (h) { return h.name + ': ' + h.value; }).join('\n');
  }

  function bodyText(body) {
    if (!body || !body.excerpt) { return ''; }
    return '\n\n' + body.excerpt + (body.truncated ? '\n\u2026 (' + body.totalBytes + ' bytes in all)' : '');
  }

  function wire(exchanges) {
    var grid = el('div', 'wire');
    exchanges.forEach(function (x) {
      var box = el('div', 'exchange');
      box.dataset.kind = x.kind;
      box.appendChild(el('div', 'kind', x.kind.charAt(0) + x.kind.slice(1).toLowerCase() + ' request'));
      var r = x.request;
      box.appendChild(el('pre', 'req', r.method + ' ' + r.target + ' ' + r.httpVersion + '\n' + headerLines(r.headers) + bodyText(r.body)));
      if (x.response) {
        var s = x.response;
        box.appendChild(el('pre', 'res', ('HTTP/1.1 ' + s.status + ' ' + s.reasonPhrase).trim() + '\n' + headerLines(s.headers) + bodyText(s.body)));
      } else {
        box.appendChild(el('div', 'fail-note', 'No response: ' + x.failure));
      }
      grid.appendChild(box);
    });
    return grid;
  }

  function observation(o) {
    var wrap = el('div');
    var dl = el('dl', 'obs');
    function item(name, value) { if (value !== '' && value !== undefined) { dl.append(el('dt', null, name), el('dd', null, value)); } }
    item('Outcome', o.outcome + (o.responseType ? ' (type ' + o.responseType + ')' : ''));
    item('Status seen by JS', o.status);
    item('Preflight', o.preflight.replace('_', ' ').toLowerCase());
    item('JS error', o.jsError);
    item('Visible headers', o.visibleHeaders.length ? headerLines(o.visibleHeaders) : 'none');
    item('CORS reason', o.structuredReason);
    item('Not observable', o.notObserved.join('; '));
    wrap.appendChild(dl);
    if (o.consoleMessages.length) {
      wrap.appendChild(el('h4', null, 'Console'));
      o.consoleMessages.forEach(function (m) { wrap.appendChild(el('pre', 'console', m)); });
    }
    return wrap;
  }

  function curls(exchanges) {
    var wrap = el('div');
    exchanges.forEach(function (x) {
      var box = el('div', 'curl');
      box.appendChild(el('div', 'muted', x.kind.toLowerCase() + ' request'));
      var pre = el('pre', 'curl-line', x.curl);
      var button = el('button', 'copy', 'Copy');
      button.type = 'button';
      button.onclick = function () { copy(x.curl, button); };
      box.append(pre, button);
      wrap.appendChild(box);
    });
    return wrap;
  }

  function copy(text, button) {
    function done(ok) { button.textContent = ok ? 'Copied' : 'Select and copy'; setTimeout(function () { button.textContent = 'Copy'; }, 1500); }
    function fallback() {
      var area = el('textarea');
      area.value = text;
      area.style.position = 'fixed'; area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      done(ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else { fallback(); }
  }

  function showTarget(index) {
    document.querySelectorAll('section.target').forEach(function (s) { s.hidden = s.dataset.target !== String(index); });
    document.querySelectorAll('[data-target-tab]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.targetTab === String(index))); });
  }

  function setRule(rule) {
    state.rule = rule;
    $('f-rule').hidden = rule === '';
    $('f-rule-name').textContent = 'rule: ' + rule;
  }

  function bind() {
    [['f-level', 'level'], ['f-verdict', 'verdict'], ['f-engine', 'engine'], ['f-target', 'target']].forEach(function (p) {
      var select = $(p[0]);
      if (select) { select.addEventListener('change', function () { state[p[1]] = select.value; apply(); }); }
    });
    var timer = null;
    $('f-text').addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.text = $('f-text').value.trim().toLowerCase(); apply(); }, 120);
    });
    $('f-rule-clear').addEventListener('click', function () { setRule(''); apply(); });
    $('f-reset').addEventListener('click', function () {
      ['f-level', 'f-verdict', 'f-engine', 'f-target', 'f-text'].forEach(function (id) { if ($(id)) { $(id).value = ''; } });
      state = { target: '', level: '', verdict: '', engine: '', text: '', rule: '' };
      setRule('');
      apply();
    });
    document.querySelectorAll('[data-target-tab]').forEach(function (b) {
      b.addEventListener('click', function () {
        showTarget(b.dataset.targetTab);
        if ($('f-target')) { $('f-target').value = b.dataset.targetTab; state.target = b.dataset.targetTab; apply(); }
      });
    });
    document.querySelectorAll('button.cell-button').forEach(function (b) {
      b.addEventListener('click', function () {
        setRule(b.dataset.rule);
        state.engine = b.dataset.engine; $('f-engine').value = b.dataset.engine;
        state.verdict = ''; $('f-verdict').value = '';
        if ($('f-target')) { state.target = b.dataset.target; $('f-target').value = b.dataset.target; }
        apply();
        $('findings').scrollIntoView({ block: 'start' });
      });
    });
  }

  bind();
  loadHash();
  apply();
  document.body.dataset.ready = 'true';
  if (window.performance && performance.mark) { performance.mark('cors-tck-ready'); }
})();
