// Images and attachments coming in: type decided by content and size checked, with one Vietnamese
// message per rule (the editor shows the same messages before uploading: shared/file-types).
import { MAX_IMAGE_BYTES, type Article, type UserRef } from '../../shared/article';
import type { MediaInfo } from '../../shared/contract';
import { AppError, ErrorCode } from '../../shared/errors';
import { attachmentMime, attachmentProblem, detectImageMime, imageProblem, megabytes, type FileProblem } from '../../shared/file-types';
import { nfc } from '../../shared/text';
import type { ArticleService } from '../articles/article-service';
import { remoteHostOf } from '../../shared/web-address';
import type { MediaStore, RemoteFetchResult, RemoteImageFetcher } from '../ports';

export class MediaService {
  constructor(
    private readonly d: { media: MediaStore; articles: Pick<ArticleService, 'get' | 'addAttachment'>; remote: RemoteImageFetcher }
  ) {}

  uploadImage(fileName: string, bytes: Uint8Array): MediaInfo {
    const mime = detectImageMime(bytes);
    const problem = imageProblem(nfc(fileName), bytes.length, mime);
    if (problem) throw refusal(problem);
    const { hash, size } = this.d.media.put(bytes);
    return { hash, mime: mime!, size };
  }

  /**
   * A pasted or imported web image, downloaded and then stored exactly like an upload (same type sniffer,
   * same size limit). Anything else is refused with the reason the placeholder shows.
   */
  async fetchRemoteImage(url: string): Promise<MediaInfo> {
    const host = remoteHostOf(url);
    const got = await this.d.remote.fetch(url, MAX_IMAGE_BYTES);
    if (!got.ok) throw new AppError(ErrorCode.REMOTE_IMAGE_FAILED, fetchFailure(got, host));
    const declared = got.contentType.split(';')[0]!.trim().toLowerCase();
    if (declared !== '' && !declared.startsWith('image/')) {
      throw new AppError(ErrorCode.UNSUPPORTED_FILE, `Địa chỉ trên “${host}” không trả về ảnh (loại nội dung “${declared.slice(0, 60)}”).`);
    }
    return this.uploadImage(fileNameOf(url), got.bytes);
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

function fetchFailure(r: Extract<RemoteFetchResult, { ok: false }>, host: string): string {
  switch (r.reason) {
    case 'unreachable':
      return `Không kết nối được tới “${host}” (máy đang ngoại tuyến hoặc máy chủ không trả lời). Bấm “Tải lại” khi có mạng.`;
    case 'timeout':
      return `“${host}” trả lời quá chậm, đã dừng chờ. Bấm “Tải lại” để thử lần nữa.`;
    case 'too_large':
      return `Ảnh trên “${host}” nặng hơn giới hạn ${megabytes(MAX_IMAGE_BYTES)}. Hãy tải ảnh về, thu nhỏ rồi chèn từ máy.`;
    case 'http_status':
      return `“${host}” báo lỗi ${r.status ?? 'HTTP'} (không có ảnh ở địa chỉ này hoặc không được phép tải).`;
  }
}

/** The last path segment, for messages ("Tệp “anh.php” không phải ảnh…"). */
function fileNameOf(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last).slice(0, 120) : remoteHostOf(url);
  } catch {
    return remoteHostOf(url);
  }
}

function refusal(p: FileProblem): AppError {
  return new AppError(p.kind === 'too_large' ? ErrorCode.FILE_TOO_LARGE : ErrorCode.UNSUPPORTED_FILE, p.message);
}
