/* The calendar page's schedule: on a phone-sized window (under 600px) it opens as a list, which reads better
   than a month grid there; the view buttons still switch to month or week. (An extender: CSP allows scripts
   of the application itself.) */
window.cabinetCalendar = function () {
    if (window.innerWidth < 600) {
        this.cfg.options.initialView = 'listWeek';
        this.cfg.options.headerToolbar = {start: 'prev,next', center: 'title', end: 'dayGridMonth,timeGridWeek,listWeek'};
    }
};

/* "Copy" buttons next to the feed's link: copy the named field's text (the field stays selectable by hand). */
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-copy]') : null;
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) {
        return;
    }
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value);
    } else {
        document.execCommand('copy');
    }
});
