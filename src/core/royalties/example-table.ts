// The shipped EXAMPLE royalty table ("Bảng mẫu"): an administrator starts from it and adapts it to the
// province's own decision. Drawn from published provincial examples (see docs/domain.md): Ninh Thuận
// 2020 for tin, tin ảnh, tổng hợp/tường thuật, bình luận, nghiên cứu and news photos; a 2013 district
// rule for phỏng vấn and phóng sự (2–5); base salary 2.340.000 đồng (Nghị định 73/2024/NĐ-CP, from
// 01/07/2024); one unit = 10% of it (Decree 18/2014/NĐ-CP). It is marked `example` so that screens
// and reports warn until an administrator saves an adapted table.
import type { RoyaltySettingsFields } from '../../shared/royalties';

export const EXAMPLE_ROYALTY_SETTINGS: RoyaltySettingsFields = {
  baseSalary: 2_340_000,
  unitPercent: '10',
  siteLevelPercent: '100',
  articleTypes: [
    { type: 'Tin', min: '1', max: '1' },
    { type: 'Tin ảnh', min: '1.5', max: '1.5' },
    { type: 'Bài', min: '1.2', max: '2.5' },
    { type: 'Tổng hợp', min: '1.2', max: '2.5' },
    { type: 'Tường thuật', min: '1.2', max: '2.5' },
    { type: 'Tin lấy lại', min: '0.5', max: '0.5' },
    { type: 'Phản ánh', min: '2', max: '2.5' },
    { type: 'Bình luận', min: '2.5', max: '3' },
    { type: 'Phỏng vấn', min: '2', max: '5' },
    { type: 'Phóng sự', min: '2', max: '5' },
    { type: 'Nghiên cứu', min: '3', max: '4' }
  ],
  photos: { news: { min: '1.2', max: '1.8' }, art: { min: '1.5', max: '2.5' } },
  extras: [{ code: 'kho-khan', label: 'Tác phẩm thực hiện trong điều kiện khó khăn, nguy hiểm', percent: '10' }],
  deciderRoles: ['truong_ban'],
  basis: 'BẢNG MẪU (ví dụ theo khung của Ninh Thuận 2020 và một quy định cấp huyện 2013) – cần điều chỉnh theo quyết định của tỉnh',
  example: true
};
