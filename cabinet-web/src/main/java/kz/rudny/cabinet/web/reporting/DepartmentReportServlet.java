package kz.rudny.cabinet.web.reporting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.security.ClientAddresses;
import kz.rudny.cabinet.domain.export.ExportedFile;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReport;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReports;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * A department report as a file:
 * {@code /district/reports/export?report=COURSE_COVERAGE&year=2026&format=xlsx|pdf&lang=kk|ru[&school=ID]} (district
 * roles: the district's report, or one school's with {@code school}) and {@code /school/reports/export?...&school=ID}
 * (a school's methodologist: the own school only). Anything else, another school's id included, is not found.
 * With {@code token}, the answer sets the cookie {@value #DONE_COOKIE} to it: the page's script shows the report
 * being prepared until it comes (downloads.js).
 */
@WebServlet({"/district/reports/export", "/school/reports/export"})
public class DepartmentReportServlet extends HttpServlet {

    static final String DONE_COOKIE = "cabinetDownload";

    @Inject
    DepartmentReports reports;

    @Inject
    ClientAddresses addresses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String report = request.getParameter("report");
        String year = request.getParameter("year");
        String format = request.getParameter("format");
        String lang = request.getParameter("lang");
        String school = request.getParameter("school");
        boolean district = request.getServletPath().startsWith("/district/");
        if (report == null || !report.matches("[A-Z_]{1,40}") || year == null || !year.matches("\\d{4}")
                || format == null || !format.matches("xlsx|pdf") || lang == null || !lang.matches("kk|ru")
                || (school == null ? !district : !school.matches("\\d{1,18}"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            DepartmentReport which = DepartmentReport.valueOf(report);
            Language language = Language.fromCode(lang).orElseThrow();
            DocumentFormat file = DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT));
            ExportedFile exported = school == null
                    ? reports.district(which, Integer.parseInt(year), language, file)
                    : reports.school(which, Long.parseLong(school), Integer.parseInt(year), language, file);
            String token = request.getParameter("token");
            if (token != null && token.matches("[0-9a-z]{1,32}")) {
                Cookie done = new Cookie(DONE_COOKIE, token);
                done.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                done.setSecure(addresses.secure(request));
                done.setAttribute("SameSite", "Strict");
                response.addCookie(done);
            }
            Attachments.send(response, exported.fileName(), file.mediaType(), exported.bytes().length,
                    new ByteArrayInputStream(exported.bytes()));
        } catch (NotFoundException | AccessDeniedException | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
