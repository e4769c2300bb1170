import { api } from '../../api.js';
import { ErrorMessages, PageStatus } from '../../feedback/Feedback.jsx';
import { TagList } from '../../articles/TagList.jsx';
import { TextField, useForm } from '../../forms/forms.jsx';
import { useLoad } from '../../load.js';
import { navigate } from '../../router.js';
import { useTitle } from '../../title.js';
import { TagInput } from './TagInput.jsx';

const EMPTY = { title: '', description: '', body: '', tagList: [] };

function ArticleForm({ slug, initial }) {
  const form = useForm(initial, async ({ tagList, ...changes }) => {
    const saved = slug ? await api.updateArticle(slug, changes) : await api.createArticle({ ...changes, tagList });
    navigate(`/article/${encodeURIComponent(saved.slug)}`);
  });

  return (
    <>
      <ErrorMessages error={form.error} />
      <form onSubmit={form.submit}>
        <fieldset disabled={form.busy}>
          <TextField large placeholder="Article Title" {...form.field('title')} />
          <TextField placeholder="What's this article about?" {...form.field('description')} />
          <TextField multiline placeholder="Write your article (in markdown)" {...form.field('body')} />
          {slug ? (
            // The API's update takes no tags: they are fixed once the article is published.
            <TagList tags={form.values.tagList} />
          ) : (
            <TagInput tags={form.values.tagList} onChange={(tagList) => form.setValues({ ...form.values, tagList })} />
          )}
          <button class="btn btn-lg pull-xs-right btn-primary" type="submit">
            Publish Article
          </button>
        </fieldset>
      </form>
    </>
  );
}

// A new article needs nothing from the API; an existing one is loaded first.
export default function Editor({ slug }) {
  const heading = slug ? 'Edit article' : 'New article';
  useTitle(heading);
  return slug ? <EditArticle slug={slug} heading={heading} /> : <EditorPage heading={heading} initial={EMPTY} />;
}

function EditArticle({ slug, heading }) {
  const article = useLoad(() => api.article(slug), [slug]);
  if (article.status !== 'ready') return <PageStatus result={article} missing="This article does not exist." />;
  const { title, description, body, tagList } = article.data;
  return <EditorPage key={slug} slug={slug} heading={heading} initial={{ title, description, body, tagList }} />;
}

function EditorPage({ slug, heading, initial }) {
  return (
    <div class="editor-page">
      <div class="container page">
        <div class="row">
          <div class="col-md-10 offset-md-1 col-xs-12">
            <h1 class="visually-hidden">{heading}</h1>
            <ArticleForm slug={slug} initial={initial} />
          </div>
        </div>
      </div>
    </div>
  );
}
