// For the connector's tests: a target config for the emulator's seed portal, a sample post, a connector.
import type { PortalPost } from '../../../../core/publishing/ports';
import type { FieldMapping, TargetConfig } from '../../../../shared/publishing';
import type { SharePointEmulator } from '../sharepoint-emulator';
import { SharePointConnector, type SharePointConnectorOptions } from './connector';

export const LIST = 'Tin Tức Mở Rộng';
export const PASSWORD = 'Mat-khau-SP-2026';

/** The seed list's columns, as discovery proposes them. */
export const SEED_MAPPING: FieldMapping = {
  title: 'Title', html: 'NoiDung', summary: 'TomTat', image: 'AnhDaiDien', imageCaption: 'ChuThichAnh', author: 'TacGia',
  category: 'PhanLoai', articleType: 'LoaiTin', publishAt: 'NgayXuatBan', featured: 'NoiBat', responsible: 'ChiuTrachNhiem',
  syncKey: 'PortalSyncKey', fingerprint: 'DauVanTay', views: 'SoLuotXem'
};

export function targetConfig(sp: SharePointEmulator, patch: Partial<TargetConfig> = {}): TargetConfig {
  return {
    url: sp.webUrl, folder: '', list: LIST, profile: 'auto', auth: 'basic', user: 'PORTAL\\bbt',
    mapping: SEED_MAPPING, required: [], appendImprint: true, categories: [], articleTypes: [], schedules: false, ...patch
  };
}

export function connector(sp: SharePointEmulator, patch: Partial<TargetConfig> = {}, options: SharePointConnectorOptions = {}, secret = PASSWORD): SharePointConnector {
  return new SharePointConnector(targetConfig(sp, patch), secret, { timeoutMs: 5000, warn: () => {}, ...options });
}

let counter = 0;

export function samplePost(patch: Partial<PortalPost> = {}): PortalPost {
  counter++;
  const key = patch.key ?? `0192f3a4-7b1c-7def-8a90-${String(counter).padStart(12, '0')}`;
  return {
    key,
    slug: `bai-${counter}`,
    title: 'Khai mạc Hội chợ Xuân Kiến Tường 2026',
    html: '<p>Sáng 27/11, UBND thị xã Kiến Tường khai mạc <strong>Hội chợ</strong>.</p><p>Chịu trách nhiệm chính: Ông Trần Quốc Bảo</p>',
    summary: 'Hội chợ thu hút hơn 200 gian hàng.',
    image: { remoteId: '/sites/portal/PublishingImages/2026/anh.jpg', url: 'http://127.0.0.1/sites/portal/PublishingImages/2026/anh.jpg', caption: 'Quang cảnh lễ khai mạc' },
    author: 'Nguyễn Thị Hồng Nhung',
    category: 'Kinh tế',
    articleType: 'Tin',
    alternateLink: '',
    publishAt: '2026-11-27T03:00:00.000Z',
    scheduled: false,
    featured: true,
    pageCount: 1,
    photoCount: 1,
    imprint: {
      agencyName: 'UBND thị xã Kiến Tường', responsible: 'Chịu trách nhiệm chính: Ông Trần Quốc Bảo - Phó Chủ tịch UBND thị xã',
      responsibleName: 'Trần Quốc Bảo', responsiblePosition: 'Phó Chủ tịch UBND thị xã', address: '', phone: '', fax: '', email: '', licence: ''
    },
    fingerprint: 'k1:9f2c1d0a',
    contentHash: 'a'.repeat(64),
    seal: null,
    correctionNote: null,
    attachments: [],
    ...patch
  };
}

/** Items of the seed list carrying this sync key. */
export function withKey(sp: SharePointEmulator, key: string) {
  return sp.items(LIST).filter((i) => i.values.PortalSyncKey === key);
}
