package dev.redtortoise.articles.boundary;

import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.profiles.boundary.ProfileView;

/** An article as one viewer sees it: its author, and whether the viewer favorited it. */
public record ArticleView(Article article, ProfileView author, boolean favorited) {
}
