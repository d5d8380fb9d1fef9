package org.plenary.platform.console;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;

import java.io.IOException;
import java.util.Iterator;

/**
 * Turns {@link NotAllowed} into 403 and {@link NotFound} into 404, wherever a page bean throws them (view action,
 * getter, action), so that beans just throw and no refusal shows as an error page with a stack trace.
 */
public class RefusalHandler extends ExceptionHandlerWrapper {

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalHandler(getWrapped().getExceptionHandler());
        }
    }

    public RefusalHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            int status = status(t);
            if (status != 0) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                if (!faces.getResponseComplete()) {
                    try {
                        faces.getExternalContext().responseReset();
                        faces.getExternalContext().responseSendError(status, null);
                    } catch (IOException | IllegalStateException e) {
                        throw new FacesException(e);
                    }
                    faces.responseComplete();
                }
            }
        }
        getWrapped().handle();
    }

    private static int status(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof NotAllowed) {
                return 403;
            }
            if (c instanceof NotFound) {
                return 404;
            }
        }
        return 0;
    }
}
