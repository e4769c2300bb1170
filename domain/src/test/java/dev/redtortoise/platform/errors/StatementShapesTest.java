package dev.redtortoise.platform.errors;

import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StatementShapesTest {

    @Test
    void sqlKeepsItsStructureAndLosesItsValues() {
        String sql = "select a1_0.id,a1_0.email from account a1_0 where a1_0.email='jake@example.com' and a1_0.status = 2\n"
                + "  and a1_0.id in (4, 5, 6) and a1_0.bio = E'it''s me' limit 20";

        assertThat(StatementShapes.sql(sql)).isEqualTo("select a1_0.id,a1_0.email from account a1_0 where a1_0.email=? "
                + "and a1_0.status = ? and a1_0.id in (?, ...) and a1_0.bio = ? limit ?");
    }

    @Test
    void boundParametersAndDollarQuotedTextStayPlaceholders() {
        assertThat(StatementShapes.sql("select pg_sleep($1), $tag$secret text$tag$ from t where x=?"))
                .isEqualTo("select pg_sleep($1), ? from t where x=?");
    }

    @Test
    void aMongoCommandKeepsCommandCollectionFieldsAndOperatorsOnly() {
        BsonDocument find = BsonDocument.parse("{find: 'articles', filter: {author: 'jake', tagList: {$in: ['java', 'ee']},"
                + " deletedAt: {$exists: false}}, sort: {createdAt: -1}, limit: 20, $db: 'redtortoise',"
                + " lsid: {id: {$binary: {base64: 'AAAAAAAAAAAAAAAAAAAAAA==', subType: '04'}}}}");

        String shape = StatementShapes.command("find", find);

        assertThat(shape).isEqualTo("find articles {\"filter\": {\"author\": ?, \"tagList\": {\"$in\": [?]},"
                + " \"deletedAt\": {\"$exists\": ?}}, \"sort\": {\"createdAt\": ?}, \"limit\": ?}");
        assertThat(shape).doesNotContain("jake", "java", "redtortoise", "AAAA");
    }

    @Test
    void insertedDocumentsOfOneShapeShowOnce() {
        BsonDocument insert = BsonDocument.parse("{insert: 'articles', ordered: true, documents: [{slug: 'a', body: 'x'},"
                + " {slug: 'b', body: 'y'}]}");

        assertThat(StatementShapes.command("insert", insert))
                .isEqualTo("insert articles {\"ordered\": ?, \"documents\": [{\"slug\": ?, \"body\": ?}]}");
    }

    @Test
    void onlyCommandsOverTheThresholdAreReportedWithTheirShape() {
        List<String> reported = new ArrayList<>();
        SlowCommands listener = new SlowCommands(500, (shape, millis) -> reported.add(shape + " " + millis));
        ConnectionDescription connection = new ConnectionDescription(new ServerId(new ClusterId(), new ServerAddress()));
        BsonDocument fast = BsonDocument.parse("{count: 'comments', query: {article: 'x'}}");
        BsonDocument slow = BsonDocument.parse("{find: 'articles', filter: {slug: 'secret-slug'}}");

        listener.commandStarted(new CommandStartedEvent(null, 1, 1, connection, "redtortoise", "count", fast));
        listener.commandStarted(new CommandStartedEvent(null, 1, 2, connection, "redtortoise", "find", slow));
        listener.commandSucceeded(new CommandSucceededEvent(null, 1, 1, connection, "redtortoise", "count",
                new BsonDocument(), TimeUnit.MILLISECONDS.toNanos(10)));
        listener.commandSucceeded(new CommandSucceededEvent(null, 1, 2, connection, "redtortoise", "find",
                new BsonDocument(), TimeUnit.MILLISECONDS.toNanos(1200)));

        assertThat(reported).containsExactly("find articles {\"filter\": {\"slug\": ?}} 1200");
    }
}
