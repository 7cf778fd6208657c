/*
 * The candidate's test client: saves each answer at once (PUT, sequence-numbered, idempotent), keeps unsent answers
 * in a retry queue in localStorage while the network is down, shows the "saved" state, counts down from the
 * remaining seconds the server computed from its own deadline, follows pauses, and keeps review flags on the server
 * (so a seat move keeps them); a flag change made while the network is down is retried like an answer.
 */
(function () {
    'use strict';
    var exam = document.getElementById('exam');
    if (!exam) {
        return;
    }
    var d = exam.dataset;
    var attempt = d.attempt;
    var position = Number(d.position);
    var queueKey = 'attest.exam.queue.' + attempt;
    var seqKey = 'attest.exam.seq.' + attempt;
    var flagQueueKey = 'attest.exam.flag-queue.' + attempt;
    var serverFlags = JSON.parse(d.flags || '[]');
    var remaining = Number(d.remaining);
    var paused = d.paused === 'true';
    var stateEl = document.getElementById('save-state');
    var countdown = document.getElementById('countdown');
    var flushing = false;

    function meta(name) {
        var m = document.querySelector('meta[name="' + name + '"]');
        return m ? m.getAttribute('content') : '';
    }

    function read(key, fallback) {
        try {
            var v = JSON.parse(localStorage.getItem(key));
            return v === null ? fallback : v;
        } catch (e) {
            return fallback;
        }
    }

    function write(key, value) {
        localStorage.setItem(key, JSON.stringify(value));
    }

    function show(text, css) {
        stateEl.textContent = text;
        stateEl.className = 'save-state ' + css;
    }

    function nextSeq() {
        var s = Math.max(Number(read(seqKey, 0)) + 1, Number(d.storedSeq) + 1, Date.now());
        write(seqKey, s);
        return s;
    }

    function markAnswered(p) {
        var cell = document.querySelector('.question-grid a[data-position="' + p + '"]');
        if (cell && !cell.classList.contains('answered')) {
            cell.classList.add('answered');
            var count = document.getElementById('answered-count');
            count.textContent = String(Number(count.textContent) + 1);
        }
    }

    function enqueue(p, option) {
        var q = read(queueKey, []).filter(function (item) { return item.position !== p; });
        q.push({position: p, option: option, seq: nextSeq()});
        write(queueKey, q);
        flush();
    }

    function send(item) {
        var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        headers[meta('_csrf_header') || 'X-CSRF-TOKEN'] = meta('_csrf');
        return fetch(d.saveUrl + item.position, {
            method: 'PUT', headers: headers, credentials: 'same-origin',
            body: JSON.stringify({option: item.option, seq: item.seq})
        }).then(function (r) { return r.status; });
    }

    function drop(item) {
        write(queueKey, read(queueKey, []).filter(function (i) { return i.seq !== item.seq; }));
    }

    function flush() {
        if (flushing) {
            return;
        }
        var q = read(queueKey, []);
        if (!q.length) {
            return;
        }
        flushing = true;
        show(d.msgSaving, 'saving');
        var item = q[0];
        send(item).then(function (status) {
            flushing = false;
            if (status === 200) {
                drop(item);
                markAnswered(item.position);
                show(d.msgSaved, 'saved');
                flush();
            } else if (status >= 500 || status === 401 || status === 403) {
                show(d.msgQueued, 'queued');
            } else {
                drop(item);
                show(d.msgRefused, 'refused');
                poll();
                flush();
            }
        }, function () {
            flushing = false;
            show(d.msgQueued, 'queued');
        });
    }

    function setPaused(value) {
        paused = value;
        document.getElementById('paused-banner').hidden = !value;
        document.querySelectorAll('#answer input[type=radio]').forEach(function (r) { r.disabled = value; });
    }

    function render() {
        var s = Math.max(0, remaining);
        var m = Math.floor(s / 60);
        var r = s % 60;
        countdown.textContent = m + ':' + (r < 10 ? '0' : '') + r;
    }

    function poll() {
        fetch(d.statusUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (status) {
                if (!status) {
                    return;
                }
                remaining = status.remainingSeconds;
                render();
                if (status.state === 'FINISHED' || status.state === 'CANCELLED') {
                    window.location.reload();
                }
                setPaused(status.state === 'PAUSED');
            }, function () { /* offline: keep counting */ });
    }

    function flags() {
        var f = serverFlags.slice();
        read(flagQueueKey, []).forEach(function (op) {
            var i = f.indexOf(op.position);
            if (op.flagged && i < 0) {
                f.push(op.position);
            } else if (!op.flagged && i >= 0) {
                f.splice(i, 1);
            }
        });
        return f;
    }

    function renderFlags() {
        var f = flags();
        document.querySelectorAll('.question-grid a[data-position]').forEach(function (a) {
            a.classList.toggle('flagged', f.indexOf(Number(a.dataset.position)) >= 0);
        });
        document.getElementById('flag').classList.toggle('active', f.indexOf(position) >= 0);
    }

    function flushFlags() {
        var q = read(flagQueueKey, []);
        if (!q.length) {
            return;
        }
        var op = q[0];
        var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        headers[meta('_csrf_header') || 'X-CSRF-TOKEN'] = meta('_csrf');
        fetch(d.flagUrl + op.position, {
            method: 'PUT', headers: headers, credentials: 'same-origin',
            body: JSON.stringify({flagged: op.flagged})
        }).then(function (r) {
            if (r.status >= 500 || r.status === 401 || r.status === 403) {
                return null; // kept in the queue, retried later
            }
            write(flagQueueKey, read(flagQueueKey, []).filter(function (o) { return o.id !== op.id; }));
            return r.ok ? r.json() : null;
        }).then(function (state) {
            if (state && state.flagged) {
                serverFlags = state.flagged;
                renderFlags();
            }
        }, function () { /* offline: retried later */ });
    }

    document.querySelectorAll('#answer input[type=radio]').forEach(function (radio) {
        radio.addEventListener('change', function () {
            if (!paused) {
                enqueue(position, Number(radio.value));
            }
        });
    });
    document.getElementById('flag').addEventListener('click', function () {
        var flagged = flags().indexOf(position) < 0;
        var q = read(flagQueueKey, []).filter(function (op) { return op.position !== position; });
        q.push({id: String(Date.now()) + '-' + Math.random(), position: position, flagged: flagged});
        write(flagQueueKey, q);
        renderFlags();
        flushFlags();
    });
    window.addEventListener('online', flush);
    window.addEventListener('online', flushFlags);
    setInterval(flush, 3000);
    setInterval(flushFlags, 3000);
    setInterval(poll, 5000);
    setInterval(function () {
        if (!paused) {
            remaining -= 1;
            render();
            if (remaining <= 0) {
                setTimeout(function () { window.location.reload(); }, 1500);
            }
        }
    }, 1000);
    setPaused(paused);
    renderFlags();
    render();
    flush();
    flushFlags();
}());
