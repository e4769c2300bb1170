import { api } from '../../api.js';
import { TagList } from '../../articles/TagList.jsx';
import { PageStatus } from '../../feedback/Feedback.jsx';
import { useLoad } from '../../load.js';
import { useTitle } from '../../title.js';
import { ArticleMeta } from './ArticleMeta.jsx';
import { Comments } from './Comments.jsx';
import { renderMarkdown } from './markdown.js';

export default function Article({ slug }) {
  const article = useLoad(() => api.article(slug), [slug]);
  useTitle(article.data?.title ?? 'Article');

  if (article.status !== 'ready') return <PageStatus result={article} missing="This article does not exist." />;

  const data = article.data;
  const update = (changed) => article.setData(() => changed);
  return (
    <div class="article-page">
      <div class="banner">
        <div class="container">
          <h1>{data.title}</h1>
          <ArticleMeta article={data} onChange={update} />
        </div>
      </div>
      <div class="container page">
        <div class="row article-content">
          <div class="col-md-12">
            <div dangerouslySetInnerHTML={{ __html: renderMarkdown(data.body) }} />
            <TagList tags={data.tagList} />
          </div>
        </div>
        <hr />
        <div class="article-actions">
          <ArticleMeta article={data} onChange={update} />
        </div>
        <Comments slug={slug} />
      </div>
    </div>
  );
}
