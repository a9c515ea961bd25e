// WordPress connector (REST API v2 with application passwords).
export { WordPressClient, normalizeBaseUrl, type RouteStyle, type WordPressClientOptions, type RequestOptions, type WordPressResponse } from './client';
export { WordPressError, WORDPRESS_ERROR_CODES, classifyHttpError, classifyNetworkError, isWordPressError, parseRetryAfter, type WordPressErrorCode } from './errors';
export {
  BBT_META_KEYS,
  createPost,
  createPostOnce,
  deletePostPermanently,
  findPostBySyncKey,
  findPostsBySlug,
  getPost,
  trashPost,
  unpublishPost,
  updatePost,
  type WpPostInput,
  type UpdateOptions
} from './posts';
export { asciiFileName, deleteMedia, findMediaBySlug, getMedia, mimeTypeFor, uploadMedia, type MediaUpload } from './media';
export { findCategoryBySlug, listCategories } from './categories';
export { discover, testConnection, type ConnectionTest, type WordPressDiscovery } from './discover';
export { dateToWpGmt, wpGmtToDate, type WpCategory, type WpMedia, type WpPost, type WpPostStatus } from './schemas';
export { portalErrorKind } from './portal-error-kind';
