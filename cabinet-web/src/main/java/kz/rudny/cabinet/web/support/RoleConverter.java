package kz.rudny.cabinet.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import kz.rudny.cabinet.domain.security.Role;

/** Roles in multi-select lists (a List of enums needs an explicit converter). */
@FacesConverter("roleConverter")
public class RoleConverter implements Converter<Role> {

    @Override
    public Role getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(Texts.validation("role.unknown"));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Role value) {
        return value == null ? "" : value.name();
    }
}
