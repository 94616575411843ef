package kz.rudny.cabinet.web.materials;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.rudny.cabinet.web.support.Attachments;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.materials.boundary.Materials;

/**
 * Downloads: {@code /files/material/<fileId>} (a file of the caller's school) and {@code /files/shared/<id>}
 * (a file of a material shared to the district). The boundaries decide who may have which file; anything
 * they refuse answers 404, so an id of another school tells nothing.
 */
@WebServlet("/files/*")
public class FileDownloadServlet extends HttpServlet {

    @Inject
    Materials materials;

    @Inject
    DistrictExchange exchange;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[2].matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(parts[2]);
        try {
            switch (parts[1]) {
                case "material" -> Attachments.send(response, materials.download(id));
                case "shared" -> Attachments.send(response, exchange.download(id));
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException | AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
