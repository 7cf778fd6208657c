/*
 * Signs the draft's canonical content with EDS through NCALayer (AttestSigner, ncalayer.js) and submits it.
 * The button carries the draft id, the CSRF header and token, and the localized messages.
 */
(function () {
    'use strict';

    var button = document.getElementById('sign-submit');
    if (!button) {
        return;
    }
    var errorBox = document.getElementById('sign-error');

    function show(message) {
        errorBox.textContent = message;
        errorBox.hidden = false;
        button.disabled = false;
    }

    function request(method, url, body) {
        var headers = {'Accept': 'application/json'};
        headers[button.dataset.csrfHeader] = button.dataset.csrfToken;
        if (body) {
            headers['Content-Type'] = 'application/json';
        }
        return fetch(url, {method: method, headers: headers, body: body ? JSON.stringify(body) : undefined,
            credentials: 'same-origin'}).then(function (response) {
            return response.json().then(function (json) {
                if (!response.ok) {
                    throw new Error(json.title || button.dataset.failed);
                }
                return json;
            });
        });
    }

    button.addEventListener('click', function () {
        var draft = button.dataset.draft;
        var base = '/api/v1/applications/drafts/' + draft;
        button.disabled = true;
        errorBox.hidden = true;
        request('GET', base + '/content').then(function (content) {
            return AttestSigner.sign(content.content, {detached: true, purpose: 'sign'}).catch(function (e) {
                throw new Error(e.code === 'unavailable' ? button.dataset.unavailable : (e.message || button.dataset.failed));
            });
        }).then(function (cms) {
            if (!cms) {
                button.disabled = false;
                return null;
            }
            return request('POST', base + '/submit', {cms: cms});
        }).then(function (application) {
            if (application) {
                window.location.assign('/applications/' + application.id);
            }
        }).catch(function (e) {
            show(e.message);
        });
    });
}());
