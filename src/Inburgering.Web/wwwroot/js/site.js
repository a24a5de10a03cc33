// Small progressive enhancements; every page works without JavaScript.
// A form that comes back with errors: the summary takes the focus, so it is read first and its links lead to the fields.
// First, so nothing below can keep it from happening.
(function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
})();
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
});
document.querySelectorAll("[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
});

// A question that applies only to some answers ("Input.Type=Referral", "Input.Status=A|B") is shown when it applies; hidden, its controls
// are disabled so they are not posted. Without JavaScript every question shows and the server decides.
(function () {
    function valueOf(form, name) {
        var box = form.querySelector('input[type=checkbox][name="' + name + '"]');
        if (box) { return box.checked ? "true" : "false"; }
        var radio = form.querySelector('input[type=radio][name="' + name + '"]:checked');
        if (radio) { return radio.value; }
        var field = form.querySelector('select[name="' + name + '"], input:not([type=radio])[name="' + name + '"]');
        return field ? field.value : "";
    }
    document.querySelectorAll("[data-show-when]").forEach(function (block) {
        var condition = block.getAttribute("data-show-when").split("=");
        var form = block.closest("form");
        function update() {
            var show = condition[1].split("|").indexOf(valueOf(form, condition[0])) >= 0;
            block.hidden = !show;
            block.querySelectorAll("input, select, textarea").forEach(function (control) { control.disabled = !show; });
        }
        form.addEventListener("change", update);
        update();
    });
})();
