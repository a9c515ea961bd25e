// Child process for the crash test: saves articles through the store, reports each committed
// save on stdout, and keeps saving until it is killed.
import { createSqliteStore } from './store';
import { makeArticle } from './test-fixtures';

const store = createSqliteStore(process.argv[2] as string);
for (let i = 0; ; i++) {
  const article = makeArticle({ title: `Bài lưu trước khi mất điện ${i}`, bodyText: 'Nội dung '.repeat(200) });
  store.articles.insert(article);
  process.stdout.write(`${article.id}\n`);
}
