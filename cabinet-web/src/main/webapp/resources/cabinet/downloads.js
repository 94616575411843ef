/* Downloads that take a while (the department's reports): a link marked data-download-status="<id>" says in that
   element (a role="status" region) that the file is being prepared, and that it is ready once the server's answer
   has set the cookie cabinetDownload to the token the link was sent with (DepartmentReportServlet). Works for a
   click and for Enter on the focused link alike. (A file of the application itself: the CSP allows it.) */
document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-download-status]') : null;
    if (!link) {
        return;
    }
    var status = document.getElementById(link.getAttribute('data-download-status'));
    if (!status) {
        return;
    }
    var token = (Date.now().toString(36) + Math.random().toString(36).slice(2, 10)).slice(0, 32);
    var url = new URL(link.href, document.baseURI);
    url.searchParams.set('token', token);
    link.href = url.toString();
    status.textContent = status.getAttribute('data-busy') + ' ' + link.getAttribute('data-title');
    status.classList.add('busy');
    var started = Date.now();
    var timer = setInterval(function () {
        var done = document.cookie.split('; ').indexOf('cabinetDownload=' + token) >= 0;
        if (done || Date.now() - started > 120000) {
            clearInterval(timer);
            status.classList.remove('busy');
            status.textContent = done ? status.getAttribute('data-done') + ' ' + link.getAttribute('data-title') : '';
        }
    }, 300);
});
