/* A part of a page that opens after a full-page post (the plan item's "mark done" form, below the whole plan) says
   so with data-focus-on-load on its heading: the page then scrolls to it and moves the focus there, so that the
   keyboard and a screen reader land where the person has to go on. (A file of the application itself: the CSP
   allows it.) */
document.addEventListener('DOMContentLoaded', function () {
    var target = document.querySelector('[data-focus-on-load]');
    if (target) {
        if (!target.hasAttribute('tabindex')) {
            target.setAttribute('tabindex', '-1');
        }
        target.scrollIntoView({block: 'start'});
        target.focus({preventScroll: true});
    }
});
