// "Thông tin bản tin": what art. 34 of the Press Law asks on page 1 and on the last page, and the page
// set-up. Each save is a new version from a chosen date, so an old issue reprints as it was. Admins
// edit; everyone else reads.
import { useEffect, useState } from 'react';
import {
  BULLETIN_PAGE_SIZE_LABELS,
  BULLETIN_PAGE_SIZES,
  BULLETIN_PROFILE_LABELS,
  DEFAULT_BULLETIN_MARGINS,
  MARGIN_LABELS,
  type BulletinMargins,
  type BulletinPageSize,
  type BulletinProfileFields,
  type BulletinProfileVersion,
  type BulletinTextField
} from '../../../shared/bulletin';
import { ApiError, call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { FieldError, FormError } from '../components/FormParts';
import { VnDateInput } from '../components/VnDateInput';
import { dateWithWeekday } from '../format';

const TEXT_KEYS = Object.keys(BULLETIN_PROFILE_LABELS) as BulletinTextField[];
const HINTS: Partial<Record<BulletinTextField, string>> = { licenceDate: 'ngày/tháng/năm', printRun: 'số bản, ví dụ 1.000', frequency: 'ví dụ: 1 tháng/kỳ' };

const EMPTY: BulletinProfileFields = {
  name: '',
  agency: '',
  licenceNumber: '',
  licenceDate: '',
  printingPlace: '',
  printRun: '',
  frequency: '',
  responsibleName: '',
  pageSize: '19x27',
  margins: DEFAULT_BULLETIN_MARGINS['19x27']
};

export function BulletinProfilePage() {
  const { notify, session } = useApp();
  const isAdmin = session.user.roles.includes('quan_tri');
  const [history, setHistory] = useState<BulletinProfileVersion[] | null>(null);
  const [fields, setFields] = useState<BulletinProfileFields>(EMPTY);
  const [effective, setEffective] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function load() {
    void Promise.all([call('bulletinProfile.current', {}), call('bulletinProfile.history', {})]).then(
      ([current, all]) => {
        setHistory(all);
        const base = current ?? all[0] ?? null;
        if (base) setFields(pick(base));
      },
      (err: unknown) => notify(errorMessage(err), 'error')
    );
  }
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once on opening
  useEffect(load, []);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaving(true);
    setMessage(null);
    try {
      await call('bulletinProfile.save', { fields, effectiveFrom: effective ?? undefined });
      setErrors({});
      notify('Đã lưu thông tin bản tin.');
      load();
    } catch (err) {
      if (err instanceof ApiError) {
        setErrors(Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v])));
        setMessage(err.message);
      } else setMessage('Chưa lưu được thông tin bản tin.');
    } finally {
      setSaving(false);
    }
  }

  const setMargin = (k: keyof BulletinMargins, v: string) => setFields({ ...fields, margins: { ...fields.margins, [k]: Number(v.replace(',', '.')) } });
  const setPageSize = (size: BulletinPageSize) => setFields({ ...fields, pageSize: size, margins: DEFAULT_BULLETIN_MARGINS[size] });

  return (
    <section className="profile-page bulletin-profile">
      <h1>Thông tin bản tin</h1>
      <p className="muted">
        Trang 1 in “BẢN TIN”, tên bản tin, cơ quan xuất bản và ngày phát hành; trang cuối in giấy phép, nơi in, số lượng in, kỳ hạn xuất bản và
        người chịu trách nhiệm xuất bản (Luật Báo chí 2016, điều 34). Mỗi lần lưu tạo một phiên bản mới có ngày áp dụng.
      </p>
      <form className="profile-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="form-fields" disabled={!isAdmin || saving}>
          <div className="profile-grid">
            {TEXT_KEYS.map((k) => (
              <div className="field" key={k}>
                <label htmlFor={`b-${k}`} className="field-label required">
                  {BULLETIN_PROFILE_LABELS[k]}
                </label>
                <input id={`b-${k}`} value={fields[k]} aria-required placeholder={HINTS[k]} onChange={(e) => setFields({ ...fields, [k]: e.target.value })} />
                <FieldError message={errors[k]} />
              </div>
            ))}
            <div className="field">
              <label htmlFor="b-pageSize" className="field-label">
                Khổ giấy
              </label>
              <select id="b-pageSize" value={fields.pageSize} onChange={(e) => setPageSize(e.target.value as BulletinPageSize)}>
                {BULLETIN_PAGE_SIZES.map((s) => (
                  <option key={s} value={s}>
                    {BULLETIN_PAGE_SIZE_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            {(Object.keys(MARGIN_LABELS) as (keyof BulletinMargins)[]).map((k) => (
              <div className="field" key={k}>
                <label htmlFor={`b-margin-${k}`} className="field-label">
                  {MARGIN_LABELS[k]} (mm)
                </label>
                <input id={`b-margin-${k}`} type="number" min={8} max={40} step={1} value={fields.margins[k]} onChange={(e) => setMargin(k, e.target.value)} />
                <FieldError message={errors[`margins.${k}`]} />
              </div>
            ))}
            <div className="field">
              <label htmlFor="b-effective" className="field-label">
                Áp dụng từ ngày
              </label>
              <VnDateInput id="b-effective" value={effective} onChange={setEffective} />
              <span className="hint">Để trống: áp dụng từ bây giờ. Các số đã in trước đó giữ thông tin cũ.</span>
            </div>
          </div>
          <FormError message={message} />
          {isAdmin ? (
            <button type="submit" className="primary">
              Lưu thông tin bản tin
            </button>
          ) : (
            <p className="muted">Chỉ quản trị viên sửa được thông tin này.</p>
          )}
        </fieldset>
      </form>
      <h2>Các phiên bản</h2>
      {history && history.length === 0 ? (
        <p className="muted">Chưa có thông tin bản tin.</p>
      ) : (
        <table className="profile-history">
          <thead>
            <tr>
              <th>Áp dụng từ</th>
              <th>{BULLETIN_PROFILE_LABELS.name}</th>
              <th>{BULLETIN_PROFILE_LABELS.licenceNumber}</th>
              <th>{BULLETIN_PROFILE_LABELS.responsibleName}</th>
            </tr>
          </thead>
          <tbody>
            {(history ?? []).map((v) => (
              <tr key={v.id}>
                <td>{dateWithWeekday(v.effectiveFrom)}</td>
                <td>{v.name}</td>
                <td>{v.licenceNumber}</td>
                <td>{v.responsibleName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function pick(v: BulletinProfileVersion): BulletinProfileFields {
  return { ...Object.fromEntries(TEXT_KEYS.map((k) => [k, v[k]])), pageSize: v.pageSize, margins: { ...v.margins } } as BulletinProfileFields;
}
