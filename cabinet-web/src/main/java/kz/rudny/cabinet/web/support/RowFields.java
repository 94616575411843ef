package kz.rudny.cabinet.web.support;

import kz.rudny.cabinet.domain.errors.InvalidInputException;

/**
 * {@link FacesForms#submit} for forms with rows: a boundary names a row's field {@code lines[2].mark}, the page's
 * component is {@code lines:2:mark} (a {@code ui:repeat id="lines"} row's input {@code mark}).
 */
public final class RowFields {

    private RowFields() {
    }

    public static boolean submit(String formId, Runnable action) {
        return FacesForms.submit(formId, () -> {
            try {
                action.run();
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problems().stream().map(p -> new InvalidInputException.Problem(
                        component(p.field()), p.messageKey(), p.arguments())).toList());
            }
        });
    }

    public static String component(String field) {
        return field.replaceAll("\\[(\\d+)]\\.", ":$1:");
    }
}
