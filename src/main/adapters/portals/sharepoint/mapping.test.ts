// Pure helpers: mapping proposals for other portals' column names, Retry-After, network error causes.
import { describe, expect, it } from 'vitest';
import { netCause, parseRetryAfter } from './errors';
import type { Column } from './list-info';
import { fold, proposeMapping } from './mapping';

function col(internalName: string, title: string, type: string, extra: Partial<Column> = {}): Column {
  return { internalName, property: internalName, title, type, required: false, readOnly: false, indexed: false, unique: false, choices: [], fillIn: false, fromBaseType: false, ...extra };
}

describe('proposeMapping', () => {
  it('matches another portal\'s Vietnamese titles and escaped internal names, by type', () => {
    const columns = [
      col('Title', 'Tiêu đề', 'Text'),
      col('Chuy_x00ea_n_x0020_m_x1ee5_c', 'Chuyên mục', 'Choice'),
      col('HinhAnh', 'Hình ảnh', 'URL'),
      col('ChuThichHinhAnh', 'Chú thích hình ảnh', 'Text'),
      col('NgayDang', 'Ngày đăng', 'DateTime'),
      col('NoiDungBaiViet', 'Nội dung bài viết', 'Note'),
      col('TrichYeu', 'Trích yếu', 'Note'),
      col('LuotXem', 'Lượt xem', 'Number', { readOnly: true }),
      col('TinNoiBat', 'Tin nổi bật', 'Boolean'),
      col('NguoiChiuTrachNhiem', 'Người chịu trách nhiệm', 'Text'),
      col('NoiBatText', 'Nổi bật (ghi chú)', 'Text')
    ];
    expect(proposeMapping(columns)).toEqual({
      title: 'Title', category: 'Chuy_x00ea_n_x0020_m_x1ee5_c', image: 'HinhAnh', imageCaption: 'ChuThichHinhAnh', publishAt: 'NgayDang',
      html: 'NoiDungBaiViet', summary: 'TrichYeu', views: 'LuotXem', featured: 'TinNoiBat', responsible: 'NguoiChiuTrachNhiem'
    });
  });

  it('folds diacritics, đ and _xHHHH_ escapes', () => {
    expect(fold('Ngu_x1ed3_n_x0020_tin')).toBe('nguontin');
    expect(fold('Đơn vị')).toBe('donvi');
  });
});

describe('errors', () => {
  it('Retry-After in seconds or as an HTTP date', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(new Date(now + 30_000).toUTCString(), now)).toBe(30_000);
    expect(parseRetryAfter(new Date(now - 30_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('sớm thôi', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('network causes from undici codes and Chromium net::ERR_* messages', () => {
    const undici = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
    expect(netCause(undici('ENOTFOUND'))).toBe('dns');
    expect(netCause(undici('ECONNREFUSED'))).toBe('refused');
    expect(netCause(undici('UND_ERR_SOCKET'))).toBe('reset');
    expect(netCause(undici('DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe('tls');
    expect(netCause(new DOMException('signal timed out', 'TimeoutError'))).toBe('timeout');
    expect(netCause(new Error('net::ERR_NAME_NOT_RESOLVED'))).toBe('dns');
    expect(netCause(new Error('net::ERR_CERT_AUTHORITY_INVALID'))).toBe('tls');
    expect(netCause(new Error('net::ERR_CONNECTION_RESET'))).toBe('reset');
  });
});
