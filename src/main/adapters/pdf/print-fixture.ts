// A sample-like article for print tests: Vietnamese text (NFC), a table and images in the media store.
import { htmlToBody } from '../../../core/editor/body';
import type { MediaStore } from '../../../core/ports';
import type { Article } from '../../../shared/article';
import type { ProfileVersion } from '../../../shared/profile';
import { SAMPLE_PROFILE } from '../../sample/profile';
import { PALETTES, landscapePng } from '../../sample/images';
import { parseHtml } from '../html/parse-html';

export const PRINT_TITLE = 'Thị xã Kiến Tường đẩy mạnh xây dựng nông thôn mới nâng cao, giữ vững an ninh trật tự';
export const PRINT_SENTENCES = [
  'Năm 2025, toàn thị xã đã bê tông hóa thêm 18,5 km đường giao thông nông thôn, đạt 112% kế hoạch.',
  'Người dân ấp Gò Dầu phấn khởi vì đường sá khang trang, việc đi lại và vận chuyển nông sản thuận lợi hơn.'
];

export function memoryMedia(): MediaStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  let n = 0;
  return {
    files,
    put(bytes) {
      const hash = (++n).toString(16).padStart(64, '0');
      files.set(hash, bytes);
      return { hash, size: bytes.length };
    },
    get: (hash) => files.get(hash) ?? null,
    has: (hash) => files.has(hash)
  };
}

export const PRINT_PROFILE: ProfileVersion = {
  ...SAMPLE_PROFILE,
  id: 'p1',
  effectiveFrom: '2020-01-01T00:00:00+07:00',
  createdAt: '2020-01-01T00:00:00Z',
  createdBy: 'Quản trị'
};

export function printArticleFixture(media: MediaStore, extraHtml = ''): Article {
  const mainImage = media.put(landscapePng(PALETTES[0]!)).hash;
  const bodyImage = media.put(landscapePng(PALETTES[1]!, 480, 270)).hash;
  const html = `<p>${PRINT_SENTENCES[0]}</p>
<h2>Kết quả các tiêu chí</h2>
<table><tbody>
<tr><th>Tiêu chí</th><th>Kế hoạch</th><th>Thực hiện</th></tr>
<tr><td>Đường giao thông nông thôn</td><td>16,5 km</td><td>18,5 km</td></tr>
<tr><td>Hộ dùng nước sạch</td><td>95%</td><td>97,2%</td></tr>
</tbody></table>
<p><img src="media:${bodyImage}" alt="Đường ấp Gò Dầu"></p>
<p>${PRINT_SENTENCES[1]}</p>
<p>Ông <strong>Nguyễn Văn Dũng</strong>, Chủ tịch UBND xã Bình Hiệp, cho biết: <em>“Chúng tôi sẽ tiếp tục vận động nhân dân hiến đất mở rộng đường.”</em></p>
${extraHtml}`;
  const now = '2025-06-07T09:00:00.000Z';
  const user = { id: 'u1', name: 'Biên tập viên' };
  return {
    id: 'a1',
    title: PRINT_TITLE,
    imageHash: mainImage,
    imageCaption: 'Tuyến đường giao thông nông thôn ấp Gò Dầu sau khi được bê tông hóa.',
    summary: 'Năm 2025, thị xã Kiến Tường tập trung nguồn lực xây dựng nông thôn mới nâng cao, chăm lo đời sống nhân dân.',
    body: htmlToBody(html, parseHtml),
    alternateLink: '',
    publishAt: '2025-06-07T09:00:00.000Z',
    featured: false,
    author: 'Minh Tâm',
    category: 'Kinh tế',
    articleType: 'Tin',
    pageCount: { value: 1, overridden: false },
    photoCount: { value: 2, overridden: false },
    status: 'da_xuat_ban',
    approvalStatus: 0,
    viewCount: 0,
    attachments: [],
    version: 1,
    revisionId: 'r1',
    contentHash: '0'.repeat(64),
    bodyText: '',
    wordCount: 100,
    createdAt: now,
    createdBy: user,
    modifiedAt: now,
    modifiedBy: user
  };
}
