package dev.redtortoise.articles.boundary;

import java.util.List;

/** One page of articles, and how many match in all. */
public record ArticlePage(List<ArticleView> articles, long articlesCount) {
}
