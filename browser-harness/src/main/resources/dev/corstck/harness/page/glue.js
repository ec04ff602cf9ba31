// cors-tck fetch glue: performs fetch() calls and reports, as a JSON string, what JavaScript saw.
// window.__corsTck.run(spec) ALWAYS resolves (never rejects) to {"origin": self.origin, "results": [...]}.
// spec = {calls: [call...], parallel: bool, fetchTimeoutMs: n, bodyLimit: n}
// call = {id, url, method, headers: [[name, value]...], body: {kind, content, blobType}, mode, credentials, redirect}
// In a page that hosts the sandboxed frame (opaque origin), run() forwards the spec to the frame by postMessage.
(function () {
  'use strict';
  var now = function () { return performance.timeOrigin + performance.now(); };

  function buildBody(body) {
    switch (body.kind) {
      case 'TEXT': return body.content;
      case 'URL_SEARCH_PARAMS': return new URLSearchParams(body.content);
      case 'FORM_DATA': {
        var form = new FormData();
        new URLSearchParams(body.content).forEach(function (v, k) { form.append(k, v); });
        return form;
      }
      case 'BLOB': return new Blob([body.content], { type: body.blobType });
      default: return undefined;
    }
  }

  function errorOf(e) {
    return { errorName: (e && e.name) || 'Error', errorMessage: (e && e.message !== undefined) ? String(e.message) : String(e) };
  }

  function assign(target, source) { for (var k in source) { target[k] = source[k]; } return target; }

  async function runOne(call, spec) {
    var r = { id: call.id, requestUrl: '', phase: '', started: now() };
    var controller = new AbortController();
    var init = { method: call.method, headers: call.headers, mode: call.mode, credentials: call.credentials,
      redirect: call.redirect, signal: controller.signal };
    var body = buildBody(call.body);
    if (body !== undefined) { init.body = body; }
    try {
      // The Request constructor performs every synchronous check of fetch() (see fetch#dom-request).
      r.requestUrl = new Request(call.url, init).url;
    } catch (e) {
      return assign(assign(r, { phase: 'threw', settled: now() }), errorOf(e));
    }
    var timer = setTimeout(function () { controller.abort(); }, spec.fetchTimeoutMs);
    try {
      var response = await fetch(call.url, init);
      r.settled = now();
      assign(r, { phase: 'resolved', type: response.type, status: response.status, statusText: response.statusText,
        url: response.url, redirected: response.redirected, headers: [] });
      response.headers.forEach(function (v, k) { r.headers.push([k, v]); });
      try {
        var text = await response.text();
        r.body = text.length > spec.bodyLimit ? text.substring(0, spec.bodyLimit) : text;
      } catch (e) {
        r.bodyError = String(e);
      }
    } catch (e) {
      r.settled = now();
      assign(assign(r, { phase: controller.signal.aborted ? 'timeout' : 'rejected' }), errorOf(e));
    } finally {
      clearTimeout(timer);
      r.finished = now();
    }
    return r;
  }

  async function runAll(spec) {
    var results = [];
    try {
      if (spec.parallel) {
        results = await Promise.all(spec.calls.map(function (c) { return runOne(c, spec); }));
      } else {
        for (var i = 0; i < spec.calls.length; i++) { results.push(await runOne(spec.calls[i], spec)); }
      }
      return JSON.stringify({ origin: self.origin, results: results });
    } catch (e) {
      return JSON.stringify({ origin: self.origin, glueError: String(e) });
    }
  }

  // Top page hosting the sandboxed frame: forward to it and wait for its answer.
  var frameReady = null;
  var pending = {};
  var sequence = 0;
  function forward(spec) {
    var frame = document.querySelector('iframe[data-cors-tck]');
    var answer = frameReady.then(function () {
      return new Promise(function (resolve) {
        var nonce = 'n' + (++sequence);
        pending[nonce] = resolve;
        frame.contentWindow.postMessage({ kind: 'run', nonce: nonce, spec: spec }, '*');
      });
    });
    var limit = spec.fetchTimeoutMs * (spec.parallel ? 1 : Math.max(1, spec.calls.length)) + 2000;
    var silence = new Promise(function (resolve) {
      setTimeout(function () {
        resolve(JSON.stringify({ origin: 'null', glueError: 'the sandboxed frame did not answer within ' + limit + ' ms' }));
      }, limit);
    });
    return Promise.race([answer, silence]);
  }

  if (window.parent !== window) {
    // Inside the sandboxed frame: run what the parent asks, answer with the JSON.
    window.addEventListener('message', function (event) {
      if (event.source !== window.parent || !event.data || event.data.kind !== 'run') { return; }
      runAll(event.data.spec).then(function (json) {
        window.parent.postMessage({ kind: 'result', nonce: event.data.nonce, json: json }, '*');
      });
    });
    window.parent.postMessage({ kind: 'ready' }, '*');
  } else {
    frameReady = new Promise(function (resolve) {
      window.addEventListener('message', function (event) {
        var data = event.data || {};
        if (data.kind === 'ready') { resolve(); }
        if (data.kind === 'result' && pending[data.nonce]) { pending[data.nonce](data.json); delete pending[data.nonce]; }
      });
    });
  }

  window.__corsTck = {
    run: function (spec) {
      var hostsFrame = window.parent === window && document.querySelector('iframe[data-cors-tck]') !== null;
      return hostsFrame ? forward(spec) : runAll(spec);
    }
  };
})();
