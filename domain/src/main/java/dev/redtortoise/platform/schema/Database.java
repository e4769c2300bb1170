package dev.redtortoise.platform.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's PostgreSQL resource, looked up by its global name. {@code @Resource} injection goes
 * through the component's {@code java:comp/env}, which Payara has not set up yet for a library jar's beans
 * while the application is still starting (when the migrations run).
 */
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "jdbc/redtortoise";

    @Produces
    @ApplicationScoped
    DataSource dataSource() throws NamingException {
        return InitialContext.doLookup(JNDI_NAME);
    }
}
