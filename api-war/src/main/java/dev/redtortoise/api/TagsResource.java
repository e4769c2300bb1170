package dev.redtortoise.api;

import dev.redtortoise.articles.boundary.Tags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagsResource {

    public record TagsJson(List<String> tags) {
    }

    @Inject
    Tags tags;

    @GET
    public TagsJson popular() {
        return new TagsJson(tags.popular());
    }
}
