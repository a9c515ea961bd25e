// "Nhập từ Word": a file becomes a new draft. Reading the file (docx, html, txt) is the adapter's job.
import type { Body, ImportedArticle, UserRef } from '../../shared/article';
import type { ArticleService } from './article-service';

export interface ArticleImportDeps {
  articles: Pick<ArticleService, 'importDocument'>;
  /**
   * Turns the file's bytes into a title and an editor body (images go to the media store), with
   * Vietnamese notes on what could not be kept or was changed (e.g. legacy-font text converted).
   */
  read(bytes: Uint8Array, fileName: string): Promise<{ title: string; body: Body; warnings: string[] }>;
}


export class ArticleImport {
  constructor(private readonly d: ArticleImportDeps) {}

  async importFile(bytes: Uint8Array, fileName: string, user: UserRef): Promise<ImportedArticle> {
    const doc = await this.d.read(bytes, fileName);
    return { article: this.d.articles.importDocument(doc.title, doc.body, user, fileName), warnings: doc.warnings };
  }
}
