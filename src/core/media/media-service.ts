// Images and attachments coming in: type decided by content and size checked, with one Vietnamese
// message per rule (the editor shows the same messages before uploading: shared/file-types).
import type { Article, UserRef } from '../../shared/article';
import type { MediaInfo } from '../../shared/contract';
import { AppError, ErrorCode } from '../../shared/errors';
import { attachmentMime, attachmentProblem, detectImageMime, imageProblem, type FileProblem } from '../../shared/file-types';
import { nfc } from '../../shared/text';
import type { ArticleService } from '../articles/article-service';
import type { MediaStore } from '../ports';

export class MediaService {
  constructor(private readonly d: { media: MediaStore; articles: Pick<ArticleService, 'get' | 'addAttachment'> }) {}

  uploadImage(fileName: string, bytes: Uint8Array): MediaInfo {
    const mime = detectImageMime(bytes);
    const problem = imageProblem(nfc(fileName), bytes.length, mime);
    if (problem) throw refusal(problem);
    const { hash, size } = this.d.media.put(bytes);
    return { hash, mime: mime!, size };
  }

  addAttachment(articleId: string, file: { fileName: string; mime: string; bytes: Uint8Array }, user: UserRef): Article {
    this.d.articles.get(articleId);
    const name = nfc(file.fileName);
    const stored = attachmentMime(file.mime, name, file.bytes);
    const problem = attachmentProblem(name, file.bytes.length, stored);
    if (problem) throw refusal(problem);
    return this.d.articles.addAttachment(articleId, { name, mime: stored!, bytes: file.bytes }, user);
  }
}

function refusal(p: FileProblem): AppError {
  return new AppError(p.kind === 'too_large' ? ErrorCode.FILE_TOO_LARGE : ErrorCode.UNSUPPORTED_FILE, p.message);
}
