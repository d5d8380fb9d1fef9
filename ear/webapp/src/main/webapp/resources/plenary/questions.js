/* Plenary: keeps a session's Q&A live (WEB-INF/includes/questions.xhtml). The session's web socket (data-live)
   sends the approved questions after each change: the list is redrawn from them, pinned first, then by votes.
   Votes are sent without leaving the page. Without this script the page works the same, by reloading. */
(function () {
  'use strict';
  var box = document.getElementById('questions');
  if (!box || !window.WebSocket || !window.JSON) { return; }
  var list = document.getElementById('question-list');
  var none = document.getElementById('questions-none');
  var live = document.getElementById('questions-live');
  var problem = document.getElementById('questions-problem');
  var state = document.getElementById('questions-state');
  var template = document.getElementById('question-template');
  var ask = document.getElementById('ask');
  var session = Number(box.getAttribute('data-session'));
  var open = box.getAttribute('data-open') === 'true';
  var voted = {};
  (box.getAttribute('data-voted') || '').split(' ').forEach(function (id) { if (id) { voted[id] = true; } });

  function item(q) {
    var li = list.querySelector('li[data-id="' + q.id + '"]');
    if (!li) {
      li = template.content.firstElementChild.cloneNode(true);
      li.setAttribute('data-id', q.id);
      var field = li.querySelector('input[name="question"]');
      if (field) { field.value = q.id; }
    }
    return li;
  }

  function show(li, q) {
    li.querySelector('.question-text').textContent = q.text;
    var asker = li.querySelector('.asker');
    asker.textContent = q.name || asker.getAttribute('data-anonymous');
    li.querySelector('.count').textContent = q.votes;
    li.querySelector('.pinned-mark').hidden = !q.pinned;
    li.querySelector('.answered-mark').hidden = !q.answered;
    li.classList.toggle('pinned', q.pinned);
    li.classList.toggle('answered', q.answered);
    var form = li.querySelector('form.vote');
    if (form) {
      form.hidden = !!voted[q.id] || !open;
      li.querySelector('.voted-mark').hidden = !voted[q.id];
      form.querySelector('.visually-hidden').textContent = ': ' + q.text;
    }
  }

  function rank(a, b) {
    return (b.pinned - a.pinned) || (b.votes - a.votes);
  }

  function apply(message) {
    if (message.session !== session) { return; }
    open = message.open;
    var before = list.children.length;
    var items = message.questions.slice().sort(rank).map(function (q) {
      var li = item(q);
      show(li, q);
      return li;
    });
    Array.prototype.slice.call(list.children).forEach(function (li) {
      if (items.indexOf(li) < 0) { list.removeChild(li); }
    });
    items.forEach(function (li, i) {
      if (list.children[i] !== li) { list.insertBefore(li, list.children[i] || null); }
    });
    none.hidden = items.length > 0;
    message.questions.forEach(function (q) {
      var waiting = document.querySelector('#questions-waiting li[data-id="' + q.id + '"]');
      if (waiting) { waiting.parentNode.removeChild(waiting); }
    });
    var waitingBox = document.getElementById('questions-waiting-box');
    if (waitingBox && !waitingBox.querySelector('li')) { waitingBox.hidden = true; }
    if (ask) { ask.hidden = !open; }
    state.textContent = box.getAttribute(open ? 'data-open-text' : 'data-closed-text');
    if (items.length !== before) { live.textContent = box.getAttribute('data-updated-text'); }
  }

  function connect(wait) {
    var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + box.getAttribute('data-live'));
    socket.onopen = function () { wait = 1000; };
    socket.onmessage = function (event) {
      apply(JSON.parse(event.data));
      box.setAttribute('data-connected', 'true');
    };
    socket.onclose = function (event) {
      box.setAttribute('data-connected', 'false');
      if (event.code !== 1008) { setTimeout(function () { connect(Math.min(wait * 2, 30000)); }, wait); }
    };
  }
  connect(1000);

  if (!window.fetch || !window.URLSearchParams) { return; }
  list.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList.contains('vote')) { return; }
    event.preventDefault();
    var id = form.querySelector('input[name="question"]').value;
    fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin',
        headers: {'Accept': 'application/json'}}).then(function (answer) {
      if (answer.status === 204) {
        voted[id] = true;
        form.hidden = true;
        var mark = form.parentNode.querySelector('.voted-mark');
        mark.hidden = false;
        mark.setAttribute('tabindex', '-1');
        mark.focus();
        problem.hidden = true;
        return null;
      }
      return answer.json().then(function (body) {
        problem.textContent = body.message;
        problem.hidden = false;
      });
    }).catch(function () { form.submit(); });
  });
})();
