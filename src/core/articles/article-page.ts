// What the open article page asks of the domain beyond plain reads: saving returns everything the page
// shows after a save (a save may void a sign-off), and "seen" records the revision the user looked at.
import type { SessionUser } from '../../shared/accounts';
import type { ArticleFields } from '../../shared/article';
import type { ArticleSaved } from '../../shared/contract';
import type { ArticleViewRepository } from '../versions/ports';
import type { WorkflowService } from '../workflow/workflow-service';
import type { ArticleService } from './article-service';

export interface ArticlePageDeps {
  articles: ArticleService;
  workflow: Pick<WorkflowService, 'view'>;
  views: Pick<ArticleViewRepository, 'record'>;
}

export class ArticlePage {
  constructor(private readonly d: ArticlePageDeps) {}

  save(id: string, baseRevisionId: string, fields: ArticleFields, user: SessionUser): ArticleSaved {
    const article = this.d.articles.save(id, baseRevisionId, fields, user);
    return { article, view: this.d.workflow.view(id, user), history: this.d.articles.history(id) };
  }

  /** "The last version I saw" (the default start of "So sánh"); the revision must be the article's current or an older one it showed. */
  seen(id: string, revisionId: string, user: SessionUser): void {
    this.d.articles.get(id);
    this.d.views.record(user.id, id, revisionId);
  }
}
