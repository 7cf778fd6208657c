// Tells a file that is too large next to its field, before it is sent (issue 14). The server checks again.
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
        return;
    }
    var limit = Number(input.getAttribute('data-max-bytes'));
    var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > limit; });
    input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
    if (tooLarge) {
        input.reportValidity();
    }
});
