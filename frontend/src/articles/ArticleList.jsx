import { LoadError, Loading } from '../feedback/Feedback.jsx';
import { useLoad } from '../load.js';
import { ArticlePreview } from './ArticlePreview.jsx';
import { PAGE_SIZE, Pagination } from './Pagination.jsx';

// One page of articles from `load({limit, offset})`, with the pagination links `href(n)` builds.
export function ArticleList({ load, loadKey, page, href }) {
  const list = useLoad(() => load({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), [loadKey, page]);
  if (list.status === 'loading') return <Loading what="Loading articles..." />;
  if (list.status === 'error') return <LoadError error={list.error} retry={list.retry} />;
  const { articles, articlesCount } = list.data;
  if (articles.length === 0) return <div class="article-preview">No articles are here... yet.</div>;

  const replace = (changed) =>
    list.setData((data) => ({ ...data, articles: data.articles.map((a) => (a.slug === changed.slug ? changed : a)) }));
  return (
    <>
      {articles.map((article) => (
        <ArticlePreview key={article.slug} article={article} onChange={replace} />
      ))}
      <Pagination count={articlesCount} page={page} href={href} />
    </>
  );
}

export function pageParam(params) {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}
