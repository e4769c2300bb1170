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

    /** The last tag list and its JSON: the boundary hands out the same list until the tags change. */
    private record Rendered(List<String> tags, String json) {
    }

    @Inject
    Tags tags;

    private volatile Rendered rendered = new Rendered(null, null);

    @GET
    public String popular() {
        List<String> popular = tags.popular();
        Rendered last = rendered;
        if (last.tags() != popular) {
            last = new Rendered(popular, ContractJson.write(Map.of("tags", popular)));
            rendered = last;
        }
        return last.json();
    }
}
