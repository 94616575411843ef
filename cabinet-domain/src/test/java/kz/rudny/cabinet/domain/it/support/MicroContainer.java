package kz.rudny.cabinet.domain.it.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.protocol.servlet5.ServletMethodExecutor;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's Micro adapter (arquillian-payara-micro-managed 3.1, the newest there is) with one race of its own
 * mended. It watches Micro's console every 200 ms and stops watching as soon as the instance's description has
 * printed its ports, then reads the deployed applications from the same description. When its check falls
 * between the port lines and the application lines (a loaded 2-core machine: CI once), it reads no application,
 * returns a context without the test runner servlet, and every test of the suite fails with "ArquillianServletRunnerEE9
 * not found" although the WAR deployed. The context it returns has the right host and port; a WAR deployed to Micro
 * answers under its own name, so the runner's place is known, and it is added when the adapter missed it.
 */
public class MicroContainer extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(MicroContainer.class.getName());

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData deployed = super.deploy(archive);
        String contextRoot = "/" + archive.getName().replaceFirst("\\.war$", "");
        for (HTTPContext context : deployed.getContexts(HTTPContext.class)) {
            if (context.getServletByName(ServletMethodExecutor.ARQUILLIAN_SERVLET_NAME) == null) {
                LOG.warning("The Micro adapter read the deployment before Micro had described it; the test runner is at "
                        + contextRoot);
                context.add(new Servlet(ServletMethodExecutor.ARQUILLIAN_SERVLET_NAME, contextRoot));
            }
        }
        return deployed;
    }
}
