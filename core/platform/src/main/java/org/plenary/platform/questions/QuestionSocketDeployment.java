package org.plenary.platform.questions;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deploys {@link QuestionSocket} when the application starts. Payara finds annotated endpoints in a WAR's libraries
 * by its scan for the websocket container's initializer, and that scan missed it on some starts (the path then
 * answered 404 while Faces' own, added this way, worked): adding it here, as Mojarra adds its endpoint, is reliable.
 * When the scan found it too, the second deployment is refused and the first stands.
 */
@WebListener
public class QuestionSocketDeployment implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(QuestionSocketDeployment.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Object container = event.getServletContext().getAttribute(ServerContainer.class.getName());
        if (!(container instanceof ServerContainer sockets)) {
            LOG.warning("no websocket container: Q&A lists are not pushed, pages show them as they are when loaded");
            return;
        }
        try {
            sockets.addEndpoint(QuestionSocket.class);
        } catch (DeploymentException | IllegalStateException e) {
            LOG.log(Level.FINE, "the Q&A socket was deployed already", e);
        }
    }
}
