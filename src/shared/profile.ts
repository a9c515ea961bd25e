// Agency profile ("Chịu trách nhiệm chính" and contact details), kept with effective-from dates.
import { z } from 'zod';

export const ProfileFieldsSchema = z.object({
  agencyName: z.string(),
  parentAgency: z.string(),
  address: z.string(),
  phone: z.string(),
  fax: z.string(),
  email: z.string(),
  website: z.string(),
  licenceNumber: z.string(),
  licenceDate: z.string(),
  responsibleName: z.string(),
  responsiblePosition: z.string(),
  boardHead: z.string()
});
export type ProfileFields = z.infer<typeof ProfileFieldsSchema>;

export interface ProfileVersion extends ProfileFields {
  id: string;
  /** ISO date-time from which this version applies. */
  effectiveFrom: string;
  createdAt: string;
  createdBy: string;
}

export const PROFILE_LABELS: Record<keyof ProfileFields, string> = {
  agencyName: 'Tên cơ quan',
  parentAgency: 'Cơ quan chủ quản',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  fax: 'Fax',
  email: 'Thư điện tử',
  website: 'Trang thông tin điện tử',
  licenceNumber: 'Giấy phép số',
  licenceDate: 'Ngày cấp giấy phép',
  responsibleName: 'Chịu trách nhiệm chính',
  responsiblePosition: 'Chức vụ người chịu trách nhiệm chính',
  boardHead: 'Trưởng ban biên tập'
};
