package kz.rudny.cabinet.web.support;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link CabinetExceptionHandler}. */
public class CabinetExceptionHandlerFactory extends ExceptionHandlerFactory {

    public CabinetExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new CabinetExceptionHandler(getWrapped().getExceptionHandler());
    }
}
