import { useEffect, useState } from 'react';
import { PROFILE_LABELS, type ProfileVersion } from '../../../shared/profile';
import { call } from '../api';
import { useApp } from '../app-context';
import { ProfileForm } from '../components/ProfileForm';
import { dateWithWeekday } from '../format';

export function ProfilePage() {
  const { profile, reload, notify } = useApp();
  const [history, setHistory] = useState<ProfileVersion[]>([]);
  const [round, setRound] = useState(0);

  useEffect(() => {
    call('profile.history', {}).then(setHistory, () => undefined);
  }, [round]);

  return (
    <section className="profile-page">
      <h1>Thông tin cơ quan</h1>
      <p className="muted">
        Mỗi lần lưu tạo một phiên bản mới có ngày áp dụng; phiên bản cũ được giữ nguyên để bài đã xuất bản luôn mang đúng thông tin tại
        ngày xuất bản.
      </p>
      <ProfileForm
        key={profile?.id ?? 'none'}
        initial={profile}
        submitLabel="Lưu thông tin cơ quan"
        onSaved={() => {
          notify('Đã lưu thông tin cơ quan.');
          setRound((r) => r + 1);
          void reload();
        }}
      />
      <h2>Các phiên bản</h2>
      <table className="profile-history">
        <thead>
          <tr>
            <th>Áp dụng từ</th>
            <th>{PROFILE_LABELS.agencyName}</th>
            <th>{PROFILE_LABELS.responsibleName}</th>
            <th>Chức vụ</th>
          </tr>
        </thead>
        <tbody>
          {history.map((v) => (
            <tr key={v.id}>
              <td>{dateWithWeekday(v.effectiveFrom)}</td>
              <td>{v.agencyName}</td>
              <td>{v.responsibleName}</td>
              <td>{v.responsiblePosition}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
