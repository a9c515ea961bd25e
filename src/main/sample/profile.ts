// The seed portal's agency profile (Kiến Tường town, Long An), used by --sample workspaces.
import type { ProfileFields } from '../../shared/profile';

export const SAMPLE_PROFILE: ProfileFields = {
  agencyName: 'ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG',
  parentAgency: 'Ủy ban nhân dân tỉnh Long An',
  address: 'Số 12, đường 30/4, Phường 1, thị xã Kiến Tường, tỉnh Long An',
  phone: '(0272) 3841981 - (0272) 3840958',
  fax: '(072) 3841936',
  email: 'ubndtxkientuong@longan.gov.vn',
  website: '',
  licenceNumber: '',
  licenceDate: '',
  responsibleName: 'Ông Lê Quang Tửu',
  responsiblePosition: 'Chánh Văn phòng HĐND và UBND thị xã',
  boardHead: ''
};

/** The sample profile applies from the start of the sample articles' period. */
export const SAMPLE_PROFILE_FROM = '2020-01-01T00:00:00+07:00';
