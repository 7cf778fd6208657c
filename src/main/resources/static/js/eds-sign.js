/*
 * Signs a document the server prepared with EDS through NCALayer (AttestSigner, ncalayer.js) and posts the detached
 * CMS back: the applicant's submission (¶4), the head's motivated decision (¶7), the commission chair's interview
 * protocol (seeds 001, 002). Every button with data-eds-sign carries:
 *   data-content-url  GET: {content: base64 of the exact bytes to sign}
 *   data-sign-url     POST {cms}: answers with the signed object ({id, ...})
 *   data-done-url     where to go afterwards; "{id}" is replaced by the answer's id
 *   data-csrf-header, data-csrf-token, data-unavailable, data-failed (localized messages)
 * and shows errors in the element named by data-error (default #sign-error).
 */
(function () {
    'use strict';

    function request(button, method, url, body) {
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

    function wire(button) {
        var errorBox = document.querySelector(button.dataset.error || '#sign-error');
        button.addEventListener('click', function () {
            button.disabled = true;
            errorBox.hidden = true;
            request(button, 'GET', button.dataset.contentUrl).then(function (content) {
                return AttestSigner.sign(content.content, {detached: true, purpose: 'sign'}).catch(function (e) {
                    throw new Error(e.code === 'unavailable' ? button.dataset.unavailable : (e.message || button.dataset.failed));
                });
            }).then(function (cms) {
                if (!cms) {
                    button.disabled = false;
                    return null;
                }
                return request(button, 'POST', button.dataset.signUrl, {cms: cms});
            }).then(function (signed) {
                if (signed) {
                    window.location.assign(button.dataset.doneUrl.replace('{id}', encodeURIComponent(signed.id)));
                }
            }).catch(function (e) {
                errorBox.textContent = e.message;
                errorBox.hidden = false;
                button.disabled = false;
            });
        });
    }

    document.querySelectorAll('button[data-eds-sign]').forEach(wire);
}());
