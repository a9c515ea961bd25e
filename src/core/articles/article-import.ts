// "Nhập từ Word": a file becomes a new draft. Reading the file (docx, html, txt) is the adapter's job.
import type { Article, Body, UserRef } from '../../shared/article';
import type { ArticleService } from './article-service';

export interface ArticleImportDeps {
  articles: Pick<ArticleService, 'importDocument'>;
  /** Turns the file's bytes into a title and an editor body (images go to the media store). */
  read(bytes: Uint8Array, fileName: string): Promise<{ title: string; body: Body }>;
}

export class ArticleImport {
  constructor(private readonly d: ArticleImportDeps) {}

  async importFile(bytes: Uint8Array, fileName: string, user: UserRef): Promise<Article> {
    const doc = await this.d.read(bytes, fileName);
    return this.d.articles.importDocument(doc.title, doc.body, user, fileName);
  }
}
