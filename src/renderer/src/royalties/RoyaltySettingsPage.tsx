// "Cài đặt nhuận bút" (administrator): the effective-dated versions and the form of a new one, started from
// the version in force — or from the shipped example table, clearly marked as such.
import { useApp } from '../app-context';
import { formatDate } from '../format';
import { hrefOf } from '../router';
import { SettingsEditor } from './SettingsEditor';
import { SettingsVersions } from './SettingsVersions';
import { useRoyaltyAccess } from './useRoyaltyAccess';
import { useRoyaltySettings } from './useRoyaltySettings';
import './royalties.css';

const EXAMPLE_LABEL = 'Bảng mẫu — hãy thay bằng quy định của tỉnh/huyện';

export function RoyaltySettingsPage() {
  const { notify } = useApp();
  const { state, error, save } = useRoyaltySettings();
  const access = useRoyaltyAccess();
  if (!access) return null;
  if (!access.admin) {
    return (
      <section className="royalties-page">
        <h1>Cài đặt nhuận bút</h1>
        <p className="form-error" role="alert">
          Chỉ quản trị viên sửa được bảng nhuận bút.
        </p>
      </section>
    );
  }
  const from = state ? (state.current ?? state.example) : null;
  return (
    <section className="royalties-page royalty-settings">
      <div className="page-head">
        <h1>Cài đặt nhuận bút</h1>
        <a href={hrefOf({ page: 'royalties', period: null })}>Bảng kê nhuận bút</a>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!state && !error && <p className="muted">Đang tải…</p>}
      {state && from && (
        <>
          <h2>Các phiên bản</h2>
          <SettingsVersions versions={state.history} currentId={state.current?.id ?? null} />
          <h2 className="royalty-new-title">Tạo phiên bản mới</h2>
          <p className="hint">
            {state.current ? `Bắt đầu từ bảng đang áp dụng (từ ${formatDate(state.current.effectiveFrom)}).` : 'Chưa có bảng nào được lưu: bắt đầu từ bảng mẫu.'}
          </p>
          {from.example && (
            <p className="role-warning royalty-example" role="note">
              <strong>{EXAMPLE_LABEL}.</strong> Các hệ số dưới đây lấy từ ví dụ đã công bố của tỉnh, chỉ để tham khảo.
            </p>
          )}
          <SettingsEditor
            key={state.current?.id ?? 'example'}
            from={from}
            onSave={async (fields, effectiveFrom) => {
              const saved = await save(fields, effectiveFrom);
              notify(`Đã lưu bảng nhuận bút áp dụng từ ${formatDate(saved.effectiveFrom)}.`);
            }}
          />
        </>
      )}
    </section>
  );
}
