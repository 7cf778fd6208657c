/*
 * Signing in the browser through NCALayer (or the platform's development signer, which speaks the same protocol).
 * The URL comes from <meta name="attest-ncalayer-url">, default wss://127.0.0.1:13579.
 *
 *   AttestSigner.sign(base64Data, {detached: true, purpose: 'sign', locale: 'kk'}) -> Promise<string CMS | null>
 *
 * Resolves with the CMS (armour stripped) or null when the user cancelled; rejects with an Error whose `code` is
 * 'unavailable' (no NCALayer running) or NCALayer's own error code.
 */
(function (global) {
    'use strict';

    var EKU = {sign: '1.3.6.1.5.5.7.3.4', auth: '1.3.6.1.5.5.7.3.2'};

    function url() {
        var meta = document.querySelector('meta[name="attest-ncalayer-url"]');
        return (meta && meta.content) || 'wss://127.0.0.1:13579';
    }

    function stripArmour(cms) {
        return cms.replace(/-----(BEGIN|END) CMS-----/g, '').replace(/\s+/g, '');
    }

    function fail(code, message) {
        var error = new Error(message || code);
        error.code = code;
        return error;
    }

    function sign(data, options) {
        options = options || {};
        return new Promise(function (resolve, reject) {
            var socket;
            var settled = false;
            try {
                socket = new WebSocket(url());
            } catch (e) {
                reject(fail('unavailable'));
                return;
            }
            function finish(callback, value) {
                if (!settled) {
                    settled = true;
                    callback(value);
                    try { socket.close(); } catch (ignored) { /* closing twice is harmless */ }
                }
            }
            socket.onerror = function () { finish(reject, fail('unavailable')); };
            socket.onclose = function () { finish(reject, fail('unavailable')); };
            socket.onopen = function () {
                socket.send(JSON.stringify({
                    module: 'kz.gov.pki.knca.basics',
                    method: 'sign',
                    args: {
                        allowedStorages: null,
                        format: 'cms',
                        data: data,
                        signingParams: {decode: true, encapsulate: !options.detached, digested: false},
                        signerParams: {extKeyUsageOids: [EKU[options.purpose || 'sign']]},
                        locale: options.locale || document.documentElement.lang || 'ru'
                    }
                }));
            };
            socket.onmessage = function (event) {
                var message;
                try { message = JSON.parse(event.data); } catch (e) { return; }
                if (message.result && message.result.version) {
                    return; // NCALayer's greeting
                }
                if (message.status === false) {
                    finish(reject, fail(String(message.code || 'error'), message.message));
                } else if (!message.body || message.body.result === undefined) {
                    finish(resolve, null); // cancelled by the user
                } else if (Array.isArray(message.body.result)) {
                    finish(resolve, message.body.result.map(stripArmour));
                } else {
                    finish(resolve, stripArmour(message.body.result));
                }
            };
        });
    }

    global.AttestSigner = {sign: sign};
})(window);
