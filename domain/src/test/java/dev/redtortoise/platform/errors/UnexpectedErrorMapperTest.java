package dev.redtortoise.platform.errors;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are a store that cannot be reached (503, try again) and which are defects (500). */
class UnexpectedErrorMapperTest {

    @Test
    void aPostgreSqlThatRefusesIsShuttingDownOrStartingIsUnreachable() {
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new SQLException("The connection attempt failed.", "08001"))))
                .isTrue();
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new SQLException("FATAL: the database system is shutting down", "57P03"))))
                .isTrue();
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new ConnectException("Connection refused")))).isTrue();
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new SocketException("Connection reset")))).isTrue();
    }

    @Test
    void aMongoDbWhoseConnectionsWereDroppedIsUnreachable() {
        ServerAddress server = new ServerAddress("127.0.0.1", 27017);
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new MongoConnectionPoolClearedException(
                new ServerId(new ClusterId(), server), new MongoSocketReadException("Prematurely reached end of stream", server)))))
                .isTrue();
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new MongoServerUnavailableException(
                "The server at 127.0.0.1:27017 is no longer available")))).isTrue();
    }

    @Test
    void aPoolWithNoConnectionToGiveIsUnreachable() {
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new ResourceAllocationException(
                "In-use connections equal max-pool-size and expired max-wait-time. Cannot allocate more connections."))))
                .isTrue();
    }

    @Test
    void aRefusedStatementOrABugIsNot() {
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(UnexpectedErrorMapper.storeUnreachable(wrapped(new SQLException("no state")))).isFalse();
        assertThat(UnexpectedErrorMapper.storeUnreachable(new IllegalStateException("a bug"))).isFalse();
    }

    private static RuntimeException wrapped(Exception cause) {
        return new PersistenceException("could not execute", new IllegalStateException("in between", cause));
    }
}
