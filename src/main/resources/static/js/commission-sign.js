/*
 * The commission chair signs the prepared interview protocol (seeds 001, 002) with EDS through NCALayer (AttestSigner, ncalayer.js).
 * The button carries the interview id, the CSRF header and token, and the localized messages.
 */
(function () {
    'use strict';

    var button = document.getElementById('protocol-sign');
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
        var base = '/api/v1/interviews/' + button.dataset.interview + '/protocol';
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
        }).then(function (interview) {
            if (interview) {
                window.location.assign('/commission/interviews/' + interview.id);
            }
        }).catch(function (e) {
            errorBox.textContent = e.message;
            errorBox.hidden = false;
            button.disabled = false;
        });
    });
}());
