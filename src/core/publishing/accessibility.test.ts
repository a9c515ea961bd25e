import { describe, expect, it } from 'vitest';
import { checkAccessibility } from './accessibility';

/** A published fragment as render.ts wraps it. */
const frag = (inner: string) => `<div lang="vi">${inner}</div>`;
const messages = (html: string) => checkAccessibility(html).map((f) => f.message);
const errorsOf = (html: string) => checkAccessibility(html).filter((f) => f.severity === 'error');

describe('checkAccessibility: images', () => {
  it('passes an image with a describing alt and a decorative image marked with alt=""', () => {
    expect(checkAccessibility(frag('<figure><img src="https://a.vn/x.png" alt="Thanh niên trải đá trên đường"><figcaption>Ra quân</figcaption></figure><img src="https://a.vn/hoa-van.png" alt="">'))).toEqual([]);
  });

  it('blocks an image without alt, naming it by order and caption and quoting its surroundings', () => {
    const [f, ...rest] = checkAccessibility(frag('<p>Mở đầu</p><img src="https://a.vn/a.png" alt="Bản đồ xã"><p>Trước ảnh hai</p><figure><img src="media:ab"><figcaption>Lễ khai mạc hội thi</figcaption></figure>'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', place: { kind: 'image', index: 1 }, quote: 'Lễ khai mạc hội thi' });
    expect(f!.message).toBe('Ảnh thứ 2 (chú thích “Lễ khai mạc hội thi”) chưa có văn bản thay thế: hãy bấm vào ảnh, điền “Văn bản thay thế” (tả ảnh cho thấy gì), hoặc đánh dấu “Ảnh trang trí”.');
  });

  it('names an uncaptioned image by its file and quotes the paragraph before it; whitespace alt is missing alt', () => {
    const [f] = checkAccessibility(frag('<p>Đoạn trước ảnh</p><img src="https://a.vn/anh/cau-moi.jpg" alt="  ">'));
    expect(f!.message).toMatch(/^Ảnh thứ 1 \(tệp “cau-moi\.jpg”\) chưa có văn bản thay thế/);
    expect(f!.quote).toBe('Đoạn trước ảnh');
  });

  it('blocks a file name or a bare “ảnh”/“hình” (with or without diacritics) as alt', () => {
    expect(messages(frag('<img src="https://a.vn/cau-moi.jpg" alt="cau-moi">'))[0]).toMatch(/là tên tệp \(“cau-moi”\)/);
    expect(messages(frag('<img src="https://a.vn/x" alt="DSC_0012.JPG">'))[0]).toMatch(/là tên tệp/);
    expect(messages(frag('<img src="https://a.vn/x" alt="IMG_2024">'))[0]).toMatch(/là tên tệp/);
    for (const alt of ['ảnh', 'Hình', 'hinh anh', 'Ảnh 1', 'ảnh minh họa']) {
      expect(messages(frag(`<img src="media:ab" alt="${alt}">`)), alt).toEqual([
        `Ảnh thứ 1 có văn bản thay thế chỉ là “${alt}”; hãy tả ảnh cho thấy gì (người, việc, nơi chốn).`
      ]);
    }
    expect(messages(frag('<img src="https://a.vn/x" alt="Ảnh chụp cầu Mới bắc qua kênh Thủ Thừa">'))).toEqual([]);
  });
});

describe('checkAccessibility: headings', () => {
  it('accepts a body that starts at level 2 and goes down one level at a time, and back up freely', () => {
    expect(checkAccessibility(frag('<h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2><h3>E</h3>'))).toEqual([]);
  });

  it('blocks level 1 in a fragment: the portal shows the article title as its h1', () => {
    expect(messages(frag('<h1>Kết quả nổi bật</h1>'))).toEqual(['Tiêu đề “Kết quả nổi bật” dùng cấp 1, cấp đã dành cho tên bài trên cổng; hãy đổi thành “Tiêu đề 2”.']);
  });

  it('blocks a skip (h2 → h4) and a body that starts below level 2, pointing at the heading', () => {
    const found = checkAccessibility(frag('<h3>Mở đầu</h3><p>x</p><h2>Phần một</h2><h4>Chi tiết</h4>'));
    expect(found.map((f) => f.message)).toEqual([
      'Tiêu đề “Mở đầu” nhảy cấp: cấp 3 ngay đầu bài; hãy đổi thành “Tiêu đề 2” hoặc thêm tiêu đề cấp 2 phía trên.',
      'Tiêu đề “Chi tiết” nhảy cấp: cấp 4 sau một tiêu đề cấp 2; hãy đổi thành “Tiêu đề 3” hoặc thêm tiêu đề cấp 3 phía trên.'
    ]);
    expect(found.map((f) => f.place)).toEqual([{ kind: 'heading', index: 0 }, { kind: 'heading', index: 2 }]);
  });

  it('lets a whole page (folder target, print) start at its own h1', () => {
    expect(checkAccessibility('<!doctype html><html lang="vi"><head><title>T</title></head><body><h1>Tên bài</h1><h2>Mục</h2></body></html>')).toEqual([]);
    expect(messages('<html lang="vi"><body><h1>Tên bài</h1><h3>Mục</h3></body></html>')[0]).toMatch(/“Mục” nhảy cấp: cấp 3 sau một tiêu đề cấp 1/);
  });
});

describe('checkAccessibility: tables', () => {
  it('accepts a table with a header row', () => {
    expect(checkAccessibility(frag('<table><tbody><tr><th scope="col">Xã</th><th scope="col">Số hộ</th></tr><tr><td>Tân Lập</td><td>12</td></tr></tbody></table>'))).toEqual([]);
  });

  it('blocks a table without header cells, quoting its first cell', () => {
    const [f] = errorsOf(frag('<p>Bảng kết quả:</p><table><tr><td>Xã Tân Lập</td><td>12</td></tr></table><table><tr><th>A</th></tr></table>'));
    expect(f).toMatchObject({ place: { kind: 'table', index: 0 }, quote: 'Xã Tân Lập' });
    expect(f!.message).toBe('Bảng thứ 1 (ô đầu “Xã Tân Lập”) chưa có ô tiêu đề: hãy bấm chuột phải vào hàng đầu và bật “Hàng tiêu đề”.');
  });
});

describe('checkAccessibility: links', () => {
  it('accepts links that say where they go, and an e-mail address as text', () => {
    expect(checkAccessibility(frag('<p>Xem <a href="https://a.vn/qd">Quyết định số 12/QĐ-UBND</a>, hỏi <a href="mailto:bbt@a.vn">bbt@a.vn</a></p>'))).toEqual([]);
  });

  it('blocks “tại đây”, “xem thêm”, “click here” and their unaccented forms, with text, address and sentence', () => {
    for (const text of ['tại đây', 'Tại đây.', 'tai day', 'ở đây', 'Xem thêm »', 'click here', 'link']) {
      const found = errorsOf(frag(`<p>Toàn văn quyết định xem <a href="https://a.vn/qd.pdf">${text}</a></p>`));
      expect(found, text).toHaveLength(1);
      expect(found[0]!.message).toBe(`Liên kết “${text}” (tới “https://a.vn/qd.pdf”) không nói nó dẫn tới đâu; hãy dùng chữ nói rõ nội dung, ví dụ tên văn bản.`);
      expect(found[0]!.quote).toBe(`Toàn văn quyết định xem ${text}`);
      expect(found[0]!.place).toEqual({ kind: 'link', index: 0 });
    }
  });

  it('blocks a link without text, and only warns about a bare address as text', () => {
    expect(messages(frag('<p><a href="https://a.vn/x"> </a></p>'))).toEqual(['Liên kết tới “https://a.vn/x” không có chữ nào; hãy ghi rõ liên kết dẫn tới đâu.']);
    const [bare] = checkAccessibility(frag('<p>Nguồn: <a href="https://baolongan.vn/tin">https://baolongan.vn/tin</a></p>'));
    expect(bare).toMatchObject({ severity: 'warning', place: { kind: 'link', index: 0 } });
    expect(bare!.message).toMatch(/^Liên kết ghi nguyên địa chỉ “https:\/\/baolongan\.vn\/tin”/);
  });

  it('counts an image alt as a link’s text', () => {
    expect(checkAccessibility(frag('<a href="https://a.vn"><img src="https://a.vn/logo.png" alt="Cổng thông tin tỉnh Long An"></a>'))).toEqual([]);
  });
});

describe('checkAccessibility: language', () => {
  it('wants lang="vi" on the fragment sent to a portal', () => {
    expect(messages('<p>Nội dung</p>')).toEqual(['Nội dung gửi lên cổng chưa khai báo ngôn ngữ tiếng Việt (lang="vi"); trình đọc màn hình sẽ đọc sai giọng.']);
    expect(checkAccessibility('<div lang="vi-VN"><p>Nội dung</p></div>')).toEqual([]);
    expect(checkAccessibility('')).toEqual([]);
  });

  it('wants <html lang="vi"> on a whole page', () => {
    expect(messages('<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>')).toEqual([
      'Trang chưa khai báo ngôn ngữ tiếng Việt (<html lang="vi">); trình đọc màn hình sẽ đọc sai giọng.'
    ]);
    expect(messages('<html lang="en"><body><p>x</p></body></html>')).toHaveLength(1);
  });
});
