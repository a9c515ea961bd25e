// "Kiểm tra kết nối": reachability, credentials, profile, the list and its columns, a proposed mapping, and
// every problem in Vietnamese. Never throws for portal problems; they are in the report.
import type { ConnectionProblem, PortalDiscovery } from '../../../../core/publishing/ports';
import { PORTAL_FIELDS, type FieldMapping, type PortalField, type TargetConfig } from '../../../../shared/publishing';
import { isSpError, type SharePointError } from './errors';
import type { SpHttp } from './http';
import { editableColumns, loadList, type Column, type ListInfo } from './list-info';
import { columnFor, effectiveMapping, proposeMapping } from './mapping';
import { detectWeb, profileLabel, type WebInfo } from './profile';

export interface DiscoveryResult {
  report: PortalDiscovery;
  web: WebInfo | null;
  list: ListInfo | null;
}

const FIELD_LABELS: Record<PortalField, string> = {
  title: 'Tiêu đề', html: 'Nội dung', summary: 'Tóm tắt', image: 'Ảnh đại diện', imageCaption: 'Chú thích ảnh', author: 'Tác giả',
  category: 'Phân loại', articleType: 'Loại tin', publishAt: 'Ngày xuất bản', featured: 'Nổi bật', alternateLink: 'Liên kết ngoài',
  pageCount: 'Số trang', photoCount: 'Số ảnh', responsible: 'Chịu trách nhiệm', agency: 'Cơ quan', syncKey: 'Khóa đồng bộ (PortalSyncKey)',
  fingerprint: 'Dấu vân tay phê duyệt', contentHash: 'Mã băm nội dung', views: 'Số lượt xem'
};

/** A site URL the connector can use: http(s), no trailing slash, no /_api or page path. Null when unusable. */
export function normalizeWebUrl(input: string): string | null {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
  const path = u.pathname.replace(/\/(_api|_layouts|_vti_bin|Pages|SitePages|Lists)(\/.*)?$/i, '').replace(/\/[^/]+\.aspx$/i, '').replace(/\/+$/, '');
  return `${u.protocol}//${u.host}${path}`;
}

function problemOf(e: unknown, stage: 'web' | 'list', listTitle: string): ConnectionProblem {
  if (!isSpError(e)) {
    if ((e as { notSharePoint?: boolean } | null)?.notSharePoint) return { code: 'no_api', message: 'Địa chỉ này trả lời nhưng không phải trang SharePoint (không có _api/web). Kiểm tra lại địa chỉ trang.' };
    return { code: 'other', message: `Lỗi không xác định khi kiểm tra cổng: ${e instanceof Error ? e.message : String(e)}` };
  }
  const err = e as SharePointError;
  if (err.net) {
    const code = ({ bad_url: 'bad_url', dns: 'dns', tls: 'tls', timeout: 'timeout', refused: 'unreachable', reset: 'unreachable', network: 'unreachable' } as const)[err.net];
    return { code, message: err.vi };
  }
  if (err.kind === 'auth') return { code: 'auth', message: err.vi };
  if (err.kind === 'forbidden') return { code: 'forbidden', message: err.vi };
  if (err.kind === 'not_found') {
    return stage === 'list'
      ? { code: 'missing_list', message: `Trang SharePoint không có danh sách “${listTitle}”. Kiểm tra tên danh sách (đúng như trong “Site Contents”).` }
      : { code: 'no_api', message: 'Không tìm thấy trang SharePoint ở địa chỉ này (HTTP 404). Kiểm tra lại địa chỉ trang (ví dụ https://cong.gov.vn/sites/portal).' };
  }
  return { code: 'other', message: err.vi };
}

function empty(problems: ConnectionProblem[], summary: string): PortalDiscovery {
  return { ok: false, problems, summary, columns: [], proposedMapping: {}, schedules: false, uniqueKey: false, categories: [] };
}

/** Mapped columns the list lacks, and required columns nothing is mapped to. */
export function mappingProblems(mapping: FieldMapping, columns: Column[]): ConnectionProblem[] {
  const problems: ConnectionProblem[] = [];
  const missing = PORTAL_FIELDS.filter((f) => mapping[f] && !columnFor(mapping, f, columns));
  if (missing.length) {
    problems.push({ code: 'missing_columns', message: `Danh sách không có các cột đã ghép: ${missing.map((f) => `${FIELD_LABELS[f]} → “${mapping[f]}”`).join('; ')}.` });
  }
  const mappedNames = new Set(PORTAL_FIELDS.map((f) => columnFor(mapping, f, columns)?.internalName).filter(Boolean));
  const unmapped = editableColumns(columns).filter((c) => c.required && !c.readOnly && !mappedNames.has(c.internalName));
  if (unmapped.length) {
    problems.push({ code: 'missing_columns', message: `Các cột bắt buộc của cổng chưa được ghép với trường nào của bài: ${unmapped.map((c) => `“${c.title}” (${c.internalName})`).join(', ')}.` });
  }
  return problems;
}

/** A unique key the portal enforces: the sync-key column has EnforceUniqueValues (or is PortalSyncKey and indexed). */
export function hasUniqueKey(mapping: FieldMapping, columns: Column[]): boolean {
  const col = columnFor(mapping, 'syncKey', columns);
  return !!col && (col.unique || (col.internalName.toLowerCase() === 'portalsynckey' && col.indexed));
}

export async function discover(http: SpHttp, config: TargetConfig): Promise<DiscoveryResult> {
  if (normalizeWebUrl(config.url) === null) {
    return { report: empty([{ code: 'bad_url', message: `Địa chỉ trang SharePoint “${config.url}” không hợp lệ (cần dạng https://cong.gov.vn/sites/portal).` }], 'Địa chỉ không hợp lệ'), web: null, list: null };
  }
  let web: WebInfo;
  try {
    web = await detectWeb(http, config.profile);
  } catch (e) {
    return { report: empty([problemOf(e, 'web', config.list)], 'Không kết nối được tới trang SharePoint'), web: null, list: null };
  }
  if (!config.list.trim()) {
    return { report: empty([{ code: 'missing_list', message: 'Chưa nhập tên danh sách tin bài của cổng SharePoint.' }], profileLabel(web)), web, list: null };
  }
  let list: ListInfo;
  try {
    http.format = web.format;
    list = await loadList(http, config.list);
  } catch (e) {
    return { report: empty([problemOf(e, 'list', config.list)], profileLabel(web)), web, list: null };
  }
  const visible = editableColumns(list.columns);
  const proposed = proposeMapping(visible);
  const mapping = effectiveMapping(config.mapping, list.columns);
  const problems = mappingProblems(mapping, list.columns);
  const uniqueKey = hasUniqueKey(mapping, list.columns);
  const category = columnFor(mapping, 'category', list.columns);
  const articleType = columnFor(mapping, 'articleType', list.columns);
  const notes = [
    `${profileLabel(web)}, danh sách “${list.title}”, ${visible.length} cột`,
    list.moderated ? 'danh sách có kiểm duyệt nội dung' : '',
    list.schedules ? 'có hẹn giờ đăng (cổng tự đăng bài vào ngày xuất bản)' : 'không có hẹn giờ đăng: bài hẹn giờ chờ trong hàng đợi đến giờ',
    uniqueKey ? 'có cột khóa đồng bộ duy nhất' : 'không có cột khóa đồng bộ duy nhất: gửi lại sẽ tìm bài theo dấu trong nội dung trước'
  ].filter(Boolean);
  return {
    report: {
      ok: problems.length === 0,
      problems,
      summary: notes.join('; '),
      columns: visible.map((c) => ({ name: c.internalName, title: c.title, type: c.type, required: c.required })),
      proposedMapping: proposed,
      schedules: list.schedules,
      uniqueKey,
      categories: category?.choices ?? [],
      articleTypes: articleType?.choices ?? []
    },
    web,
    list
  };
}
