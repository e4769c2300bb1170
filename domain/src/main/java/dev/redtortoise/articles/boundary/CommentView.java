package dev.redtortoise.articles.boundary;

import dev.redtortoise.articles.entity.Comment;
import dev.redtortoise.profiles.boundary.ProfileView;

public record CommentView(Comment comment, ProfileView author) {
}
