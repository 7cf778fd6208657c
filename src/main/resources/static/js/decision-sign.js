/*
 * The head signs the prepared motivated decision (¶7) with EDS through NCALayer (AttestSigner, ncalayer.js).
 * The button carries the application id, the CSRF header and token, and the localized messages.
 */
(function () {
    'use strict';

    var button = document.getElementById('decision-sign');
    if (!button) {
        return;
    }
    var errorBox = document.getElementById('sign-error');

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
        var base = '/api/v1/applications/' + button.dataset.application + '/decision';
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
            return request('POST', base + '/sign', {cms: cms});
        }).then(function (application) {
            if (application) {
                window.location.assign('/office/applications/' + application.id);
            }
        }).catch(function (e) {
            errorBox.textContent = e.message;
            errorBox.hidden = false;
            button.disabled = false;
        });
    });
}());
