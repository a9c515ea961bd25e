// Reading one article by id with the user-facing "not found" message. Built straight on the repository
// so that services constructed before ArticleService (the edit guard, comments) can read articles too.
import type { Article } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import type { ArticleRepository } from '../ports';

const NOT_FOUND = 'Không tìm thấy bài viết; có thể bài đã bị xoá hoặc đường dẫn không đúng.';

export class ArticleReader {
  constructor(private readonly articles: Pick<ArticleRepository, 'get'>) {}

  get(id: string): Article {
    const article = this.articles.get(id);
    if (!article) throw new AppError(ErrorCode.NOT_FOUND, NOT_FOUND);
    return article;
  }
}
