/* cors-tck comparison page: filter rule rows by text and by "targets differ". */
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('#compare tbody tr'));
  var text = document.getElementById('c-text'), diff = document.getElementById('c-diff');
  var count = document.getElementById('c-count');
  var labels = rows.map(function (r) { return r.querySelector('th').textContent.toLowerCase(); });
  function apply() {
    var q = text.value.trim().toLowerCase(), visible = 0;
    rows.forEach(function (r, i) {
      var show = (q === '' || labels[i].indexOf(q) >= 0) && (!diff.checked || r.dataset.differs === 'true');
      r.hidden = !show;
      if (show) { visible++; }
    });
    count.textContent = visible === rows.length ? rows.length + ' rules' : visible + ' of ' + rows.length + ' rules';
  }
  text.addEventListener('input', apply);
  diff.addEventListener('change', apply);
  document.body.dataset.ready = 'true';
})();
