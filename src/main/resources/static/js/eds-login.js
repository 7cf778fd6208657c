/* Sign-in with the EDS authentication key: fetch a challenge, let NCALayer sign it, post the CMS. */
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        var form = document.getElementById('eds-form');
        var button = document.getElementById('eds-sign-in');
        var status = document.getElementById('eds-status');
        if (!form || !button) {
            return;
        }
        button.addEventListener('click', function () {
            status.textContent = '';
            button.disabled = true;
            fetch(form.dataset.challengeUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (response) { return response.json(); })
                .then(function (body) { return window.AttestSigner.sign(body.challenge, {purpose: 'auth', detached: false}); })
                .then(function (cms) {
                    if (!cms) {
                        status.textContent = form.dataset.msgCancelled;
                        button.disabled = false;
                        return;
                    }
                    document.getElementById('eds-cms').value = cms;
                    form.submit();
                })
                .catch(function () {
                    status.textContent = form.dataset.msgUnavailable;
                    button.disabled = false;
                });
        });
    });
})();
