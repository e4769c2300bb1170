package dev.redtortoise.system;

import dev.redtortoise.jobs.control.BatchRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payara's job repository tables, as the Payara this build runs creates them, hold every table and column
 * that {@link BatchRepository} reads and repairs: a Payara release that renames or drops one fails here,
 * naming it, rather than in a console listing or the repair of an interrupted run.
 */
class BatchRepositoryIT {

    @Test
    void theTablesPayaraCreatesHaveEveryColumnTheAdapterReliesOn() throws Exception {
        JsonObject run = Operations.awaitEnd(Operations.start("aggregate", "{}"), Duration.ofSeconds(120));
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");

        Map<String, Set<String>> schema = new TreeMap<>();
        try (Connection db = Conduit.jdbc(); Statement statement = db.createStatement();
             ResultSet columns = statement.executeQuery("""
                     SELECT table_name, column_name FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name LIKE 'jbatch%'""")) {
            while (columns.next()) {
                schema.computeIfAbsent(columns.getString(1), table -> new TreeSet<>()).add(columns.getString(2));
            }
        }
        System.out.println("Payara's batch tables: " + schema);
        assertThat(schema).as("Payara's batch tables in the suite's database").isNotEmpty();
        assertThat(BatchRepository.missing(schema))
                .as("what BatchRepository reads and repairs but Payara's job repository no longer has").isEmpty();
    }
}
