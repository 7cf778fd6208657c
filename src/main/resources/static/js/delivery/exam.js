/*
 * The candidate's test client. The page it runs on is a server-rendered question page, which works without this
 * script (the answer is posted with the page, the links load the other questions). With the script:
 * - the candidate's own form (texts and options of this stage's questions, never a key) is loaded ONCE per page load
 *   (taken from the page's #exam-form data block when the page carries it, as the page the Start leads to does; else
 *   asked of the server) and the candidate moves between questions in the browser (grid, next, previous, flags) without a page request;
 *   the address follows (history), so a reload shows the same question from the server;
 * - each answer is saved at once (PUT, sequence-numbered, idempotent); unsent answers stay in a retry queue in
 *   localStorage while the network is down and are sent again; review flags likewise;
 * - the save's answer carries the attempt's state and time left, so while the candidate saves no status poll is
 *   sent; the status is polled only after STATUS_SILENCE_MS without word from the server, or every POLL_MS while
 *   paused (to see the resume). A refused save (409) asks the status at once: a pause keeps the answer queued, a
 *   finish or removal reloads the page;
 * - the countdown runs from the remaining seconds the server computed from its own deadline;
 * - every call carries the page's exam token (header X-Exam-Token), which the server serves without the HTTP session;
 *   a call refused 401 (token expired or altered) reloads the page once, which hands out a fresh token.
 * The load generator (src/test/.../ExamLoadGenerator.java) does exactly these requests: keep the two in step.
 */
(function () {
    'use strict';
    var POLL_MS = 5000;
    var STATUS_SILENCE_MS = 20000;
    var FLUSH_MS = 3000;
    var exam = document.getElementById('exam');
    if (!exam) {
        return;
    }
    var d = exam.dataset;
    var attempt = d.attempt;
    var position = Number(d.position);
    var count = Number(d.count);
    var queueKey = 'attest.exam.queue.' + attempt;
    var seqKey = 'attest.exam.seq.' + attempt;
    var flagQueueKey = 'attest.exam.flag-queue.' + attempt;
    var serverFlags = JSON.parse(d.flags || '[]');
    var remaining = Number(d.remaining);
    var paused = d.paused === 'true';
    var stateEl = document.getElementById('save-state');
    var countdown = document.getElementById('countdown');
    var answerForm = document.getElementById('answer');
    var flushing = false;
    var form = null;          // the candidate's form once loaded: {questions: [...], ...}
    var acknowledged = {};    // position -> option the server stored
    var sequences = {};       // position -> sequence number the server stored
    var lastHeard = Date.now();
    var formRetry = 0;

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

    /** The exam token when the page has one (no session, no CSRF token needed), else the session's CSRF token. */
    function authorised(headers) {
        if (d.examToken) {
            headers['X-Exam-Token'] = d.examToken;
        } else {
            headers[meta('_csrf_header') || 'X-CSRF-TOKEN'] = meta('_csrf');
        }
        return headers;
    }

    function jsonHeaders() {
        return authorised({'Content-Type': 'application/json', 'Accept': 'application/json'});
    }

    /** A 401 to a call with the token: the token expired or was altered; the page (on the session) hands a new one. */
    function tokenRefused(status) {
        if (status !== 401 || !d.examToken) {
            return;
        }
        var key = 'attest.exam.token-reload';
        var last = Number(sessionStorage.getItem(key) || 0);
        if (Date.now() - last > 60000) {
            sessionStorage.setItem(key, String(Date.now()));
            window.location.reload();
        }
    }

    function nextSeq(p) {
        var stored = p === Number(d.position) ? Number(d.storedSeq) : 0;
        var s = Math.max(Number(read(seqKey, 0)) + 1, stored + 1, Number(sequences[p] || 0) + 1, Date.now());
        write(seqKey, s);
        return s;
    }

    function gridCell(p) {
        return document.querySelector('.question-grid a[data-position="' + p + '"]');
    }

    function markAnswered(p) {
        var cell = gridCell(p);
        if (cell && !cell.classList.contains('answered')) {
            cell.classList.add('answered');
            var answeredCount = document.getElementById('answered-count');
            answeredCount.textContent = String(Number(answeredCount.textContent) + 1);
        }
    }

    /** The option shown as chosen: the one waiting in the queue, else the one the server stored. */
    function chosen(p) {
        var pending = read(queueKey, []).filter(function (item) { return item.position === p; });
        if (pending.length) {
            return pending[pending.length - 1].option;
        }
        return acknowledged.hasOwnProperty(p) ? acknowledged[p] : null;
    }

    function enqueue(p, option) {
        var q = read(queueKey, []).filter(function (item) { return item.position !== p; });
        q.push({position: p, option: option, seq: nextSeq(p)});
        write(queueKey, q);
        flush();
    }

    function send(item) {
        return fetch(d.saveUrl + item.position, {
            method: 'PUT', headers: jsonHeaders(), credentials: 'same-origin',
            body: JSON.stringify({option: item.option, seq: item.seq})
        }).then(function (r) {
            if (r.status !== 200) {
                return {status: r.status};
            }
            return r.json().then(function (body) { return {status: 200, body: body}; },
                function () { return {status: 200}; });
        });
    }

    function drop(item) {
        write(queueKey, read(queueKey, []).filter(function (i) { return i.seq !== item.seq; }));
    }

    function refused(item) {
        drop(item);
        show(d.msgRefused, 'refused');
        if (item.position === position) {
            renderAnswer();
        }
        flush();
    }

    function flush() {
        if (flushing || paused) {
            return;
        }
        var q = read(queueKey, []);
        if (!q.length) {
            return;
        }
        flushing = true;
        show(d.msgSaving, 'saving');
        var item = q[0];
        send(item).then(function (r) {
            flushing = false;
            if (r.status === 200) {
                drop(item);
                acknowledged[item.position] = item.option;
                sequences[item.position] = item.seq;
                markAnswered(item.position);
                show(d.msgSaved, 'saved');
                if (r.body && r.body.state) {
                    applyStatus(r.body);
                }
                flush();
            } else if (r.status >= 500 || r.status === 401 || r.status === 403) {
                show(d.msgQueued, 'queued');
                tokenRefused(r.status);
            } else if (r.status === 409) {
                // refused by the attempt's state: a pause keeps the answer for after the resume
                poll().then(function (status) {
                    if (status && status.state === 'PAUSED') {
                        show(d.msgQueued, 'queued');
                    } else if (status) {
                        refused(item);
                    }
                });
            } else {
                refused(item);
                poll();
            }
        }, function () {
            flushing = false;
            show(d.msgQueued, 'queued');
        });
    }

    function setPaused(value) {
        var resumed = paused && !value;
        paused = value;
        document.getElementById('paused-banner').hidden = !value;
        document.querySelectorAll('#answer input[type=radio]').forEach(function (r) { r.disabled = value; });
        if (resumed) {
            flush();
        }
    }

    function render() {
        var s = Math.max(0, remaining);
        var m = Math.floor(s / 60);
        var r = s % 60;
        countdown.textContent = m + ':' + (r < 10 ? '0' : '') + r;
    }

    function applyStatus(status) {
        lastHeard = Date.now();
        remaining = status.remainingSeconds;
        render();
        if (status.state === 'FINISHED' || status.state === 'CANCELLED') {
            window.location.reload();
            return;
        }
        setPaused(status.state === 'PAUSED');
    }

    /** The attempt's status (one primary-key read on the server); resolves to it, or null when there is none. */
    function poll() {
        return fetch(d.statusUrl, {headers: authorised({'Accept': 'application/json'}), credentials: 'same-origin'})
            .then(function (r) { tokenRefused(r.status); return r.ok ? r.json() : null; })
            .then(function (status) {
                if (status) {
                    applyStatus(status);
                }
                return status;
            }, function () { return null; /* offline: keep counting */ });
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
        fetch(d.flagUrl + op.position, {
            method: 'PUT', headers: jsonHeaders(), credentials: 'same-origin',
            body: JSON.stringify({flagged: op.flagged})
        }).then(function (r) {
            if (r.status >= 500 || r.status === 401 || r.status === 403) {
                tokenRefused(r.status);
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

    // ------------------------------------------------------------------ moving between questions in the browser

    function questionUrl(p) {
        return d.questionUrl + p;
    }

    function text(template, args) {
        return template.replace(/\{(\d)\}/g, function (all, i) { return String(args[Number(i)]); });
    }

    /** The "previous" or "next" link, created when the server-rendered page had none (first or last question). */
    function link(id, label, before) {
        var a = document.getElementById(id);
        if (!a) {
            a = document.createElement('a');
            a.id = id;
            a.textContent = label;
            var actions = document.querySelector('.exam-actions');
            actions.insertBefore(a, before ? actions.firstChild : document.getElementById('finish'));
        }
        return a;
    }

    function renderAnswer() {
        var option = chosen(position);
        answerForm.querySelectorAll('input[type=radio]').forEach(function (r) {
            r.checked = option !== null && Number(r.value) === option;
        });
    }

    function renderQuestion() {
        var q = form.questions[position - 1];
        var section = document.getElementById('situation');
        if (q.situation) {
            if (!section) {
                section = document.createElement('section');
                section.id = 'situation';
                section.className = 'situation';
                section.appendChild(document.createElement('h2'));
                section.appendChild(document.createElement('p'));
                exam.insertBefore(section, document.getElementById('question-number'));
            }
            section.hidden = false;
            section.querySelector('h2').textContent = text(d.msgCase, [q.caseNumber]);
            section.querySelector('p').textContent = q.situation;
        } else if (section) {
            section.hidden = true;
        }
        document.getElementById('question-number').textContent = text(d.msgNumber, [position, count]);
        document.querySelector('#exam .stem').textContent = q.stem;
        answerForm.setAttribute('action', answerForm.getAttribute('action').replace(/\/questions\/\d+$/,
            '/questions/' + position));
        var seq = answerForm.querySelector('input[name=seq]');
        if (seq) {
            seq.value = String(Number(sequences[position] || 0) + 1);
        }
        var list = answerForm.querySelector('.options');
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        q.options.forEach(function (option, i) {
            var li = document.createElement('li');
            var label = document.createElement('label');
            var radio = document.createElement('input');
            radio.type = 'radio';
            radio.name = 'option';
            radio.value = String(i);
            radio.disabled = paused;
            var span = document.createElement('span');
            span.textContent = option;
            label.appendChild(radio);
            label.appendChild(span);
            li.appendChild(label);
            list.appendChild(li);
        });
        renderAnswer();
        var previous = link('previous', d.msgPrevious, true);
        previous.hidden = position <= 1;
        previous.href = questionUrl(Math.max(1, position - 1));
        var next = link('next', d.msgNext, false);
        next.hidden = position >= count;
        next.href = questionUrl(Math.min(count, position + 1));
        document.querySelectorAll('.question-grid a[data-position]').forEach(function (a) {
            a.classList.toggle('current', Number(a.dataset.position) === position);
        });
        renderFlags();
    }

    function go(p, push) {
        if (!form || p < 1 || p > count || p === position && push) {
            return;
        }
        position = p;
        renderQuestion();
        if (push) {
            history.pushState({position: p}, '', questionUrl(p));
            window.scrollTo(0, 0);
        }
    }

    /** Takes the candidate's form (from the page or the server) unless one is taken already; false if unusable. */
    function useForm(f) {
        if (!f || !f.questions || f.questions.length !== count || form) {
            return false;
        }
        form = f;
        Object.keys(f.answers || {}).forEach(function (p) { acknowledged[Number(p)] = f.answers[p]; });
        Object.keys(f.sequences || {}).forEach(function (p) { sequences[Number(p)] = f.sequences[p]; });
        if (f.flagged) {
            serverFlags = f.flagged;
        }
        history.replaceState({position: position}, '', questionUrl(position));
        exam.setAttribute('data-form-loaded', 'true');
        applyStatus(f);
        renderFlags();
        return true;
    }

    /** The form the page carries (the page the Start leads to), once: a later load asks the server. */
    function embeddedForm() {
        var block = document.getElementById('exam-form');
        if (!block) {
            return null;
        }
        block.parentNode.removeChild(block);
        try {
            return JSON.parse(block.textContent);
        } catch (e) {
            return null;
        }
    }

    function loadForm() {
        if (form || useForm(embeddedForm())) {
            return;
        }
        fetch(d.formUrl, {headers: authorised({'Accept': 'application/json'}), credentials: 'same-origin'})
            .then(function (r) { tokenRefused(r.status); return r.ok ? r.json() : null; })
            .then(useForm, function () { /* offline: the links still work; tried again later */ });
    }

    function target(a) {
        if (a.dataset.position) {
            return Number(a.dataset.position);
        }
        var m = /\/questions\/(\d+)$/.exec(a.getAttribute('href') || '');
        return m && (a.id === 'next' || a.id === 'previous') ? Number(m[1]) : null;
    }

    document.addEventListener('click', function (e) {
        var a = e.target.closest ? e.target.closest('a') : null;
        if (!form || !a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) {
            return;
        }
        var p = target(a);
        if (p !== null && (a.closest('.question-grid') || a.id === 'next' || a.id === 'previous')) {
            e.preventDefault();
            go(p, true);
        }
    });
    window.addEventListener('popstate', function (e) {
        if (e.state && e.state.position) {
            go(e.state.position, false);
        }
    });
    answerForm.addEventListener('change', function (e) {
        var radio = e.target;
        if (radio.name === 'option' && radio.type === 'radio' && !paused) {
            enqueue(position, Number(radio.value));
        }
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
    window.addEventListener('online', loadForm);
    setInterval(flush, FLUSH_MS);
    setInterval(flushFlags, FLUSH_MS);
    setInterval(function () {
        if (paused || Date.now() - lastHeard >= STATUS_SILENCE_MS) {
            poll();
        }
        if (!form && ++formRetry % 6 === 0) {
            loadForm(); // the form could not be loaded (network): again every 30 s until it is
        }
    }, POLL_MS);
    setInterval(function () {
        if (!paused) {
            remaining -= 1;
            render();
            if (remaining <= 0) {
                setTimeout(function () { window.location.reload(); }, 1500);
            }
        }
    }, 1000);
    var shown = answerForm.querySelector('input[type=radio]:checked');
    if (shown) {
        acknowledged[position] = Number(shown.value); // what the server rendered as stored
    }
    setPaused(paused);
    renderFlags();
    render();
    renderAnswer();
    loadForm();
    flush();
    flushFlags();
}());
