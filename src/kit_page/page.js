
(function () {
  'use strict';
  var root = document.documentElement;
  var key = 'cosell-kit:' + root.getAttribute('data-kit');

  // The page's words come with it, in the reader's language: data-say-* on the root element.
  function say(name) { return root.getAttribute('data-say-' + name) || ''; }
  var plurals = null;
  try { plurals = new Intl.PluralRules(root.lang || 'en'); } catch (e) { plurals = null; }
  function count(name, n, values) {
    var form = plurals ? plurals.select(n) : (n === 1 ? 'one' : 'other');
    var text = root.getAttribute('data-say-' + name + '-' + form);
    if (text === null) { text = say(name + '-other'); }
    Object.keys(values).forEach(function (k) { text = text.split('{' + k + '}').join(String(values[k])); });
    return text;
  }

  // Ticks, kept in this browser under the kit's fingerprint.
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }
  var ticks = {};
  try { ticks = JSON.parse((store && store.getItem(key)) || '{}') || {}; } catch (e) { ticks = {}; }
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-tick]'));
  function progress() {
    var done = boxes.filter(function (b) { return b.checked; }).length;
    var p = document.getElementById('progress');
    if (p) { p.textContent = count('progress', boxes.length, { done: done, total: boxes.length }); }
  }
  boxes.forEach(function (b) {
    var id = b.getAttribute('data-tick');
    var li = b.closest('li');
    b.checked = ticks[id] === true;
    if (li) { li.classList.toggle('done', b.checked); }
    b.addEventListener('change', function () {
      if (b.checked) { ticks[id] = true; } else { delete ticks[id]; }
      if (li) { li.classList.toggle('done', b.checked); }
      try { if (store) { store.setItem(key, JSON.stringify(ticks)); } } catch (e) { /* private mode */ }
      progress();
    });
  });
  progress();

  // Paths of the kit's files, in full once the page knows where it is, for the upload dialogs.
  Array.prototype.forEach.call(document.querySelectorAll('code.path[data-rel]'), function (el) {
    try {
      var u = new URL(el.getAttribute('data-rel'), window.location.href);
      if (u.protocol === 'file:') {
        var p = decodeURIComponent(u.pathname);
        if (/^\/[A-Za-z]:\//.test(p)) { p = p.slice(1).replace(/\//g, '\\'); }
        el.textContent = p;
      }
    } catch (e) { /* keep the relative path */ }
  });

  // Copy: the Clipboard API where the browser allows it, else the value selected for Ctrl+C.
  function flash(btn, text, ok) {
    btn.textContent = text;
    btn.classList.toggle('done', ok);
    window.setTimeout(function () { btn.textContent = say('copy'); btn.classList.remove('done'); }, 2500);
  }
  function select(btn, el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    flash(btn, copied ? say('copied') : say('selected'), copied);
  }
  document.addEventListener('click', function (ev) {
    var btn = ev.target.closest ? ev.target.closest('button.copy') : null;
    if (!btn) { return; }
    var el = document.getElementById(btn.getAttribute('data-for'));
    if (!el) { return; }
    var text = el.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { flash(btn, say('copied'), true); }, function () { select(btn, el); });
    } else {
      select(btn, el);
    }
  });

  // The contacts filter.
  var filter = document.getElementById('filter');
  var shown = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#contacts tbody tr'));
  if (filter) {
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      var n = 0;
      rows.forEach(function (tr) {
        var hit = q === '' || tr.textContent.toLowerCase().indexOf(q) >= 0;
        tr.hidden = !hit;
        if (hit) { n += 1; }
      });
      if (shown) {
        shown.textContent = q === ''
          ? count('contacts', rows.length, { n: rows.length })
          : count('shown', rows.length, { n: n, total: rows.length });
      }
    });
  }
  // On paper every folded section is shown (warnings included).
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
})();
