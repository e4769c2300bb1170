package dev.redtortoise.api;

import dev.redtortoise.articles.boundary.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

@Path("tags")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagsResource {

    @Inject
    Tags tags;

    @Inject
    RenderedLists rendered;

    /** The boundary hands out the same list until the tags change, so its JSON is made once per list. */
    @GET
    public byte[] popular() {
        List<String> popular = tags.popular();
        return rendered.json(RenderedLists.TAGS, popular, () -> ContractJson.write(Map.of("tags", popular)));
    }
}
