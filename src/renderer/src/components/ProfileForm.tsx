import { useState } from 'react';
import { PROFILE_LABELS, type ProfileFields } from '../../../shared/profile';
import { VnDateInput } from './VnDateInput';
import { ApiError, call } from '../api';
import { FieldError, FormError } from './FormParts';

const EMPTY: ProfileFields = {
  agencyName: '',
  parentAgency: '',
  address: '',
  phone: '',
  fax: '',
  email: '',
  website: '',
  licenceNumber: '',
  licenceDate: '',
  responsibleName: '',
  responsiblePosition: '',
  boardHead: ''
};

const KEYS = Object.keys(EMPTY) as (keyof ProfileFields)[];
const REQUIRED = new Set<keyof ProfileFields>(['agencyName', 'responsibleName']);

/** Edits the agency profile; saving creates a new version effective from the chosen date. */
export function ProfileForm({ initial, onSaved, submitLabel }: { initial: ProfileFields | null; onSaved: () => void; submitLabel: string }) {
  const [fields, setFields] = useState<ProfileFields>(() => ({ ...EMPTY, ...pick(initial) }));
  const [effective, setEffective] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaving(true);
    setMessage(null);
    try {
      const effectiveFrom = effective ?? undefined;
      await call('profile.save', { fields, effectiveFrom });
      setErrors({});
      onSaved();
    } catch (err) {
      if (err instanceof ApiError) {
        setErrors(Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v])));
        setMessage(err.message);
      } else setMessage('Chưa lưu được thông tin cơ quan.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="profile-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="profile-grid">
        {KEYS.map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`p-${k}`} className={REQUIRED.has(k) ? 'field-label required' : 'field-label'}>
              {PROFILE_LABELS[k]}
            </label>
            <input
              id={`p-${k}`}
              value={fields[k]}
              type={k === 'email' ? 'email' : 'text'}
              aria-required={REQUIRED.has(k) || undefined}
              onChange={(e) => setFields({ ...fields, [k]: e.target.value })}
            />
            <FieldError message={errors[k]} />
          </div>
        ))}
        <div className="field">
          <label htmlFor="p-effective" className="field-label">
            Áp dụng từ ngày
          </label>
          <VnDateInput id="p-effective" value={effective} onChange={setEffective} />
          <span className="hint">Để trống: áp dụng từ bây giờ. Các bài đã xuất bản trước đó giữ thông tin cũ.</span>
        </div>
      </div>
      <FormError message={message} />
      <button type="submit" className="primary" disabled={saving}>
        {submitLabel}
      </button>
    </form>
  );
}

function pick(p: ProfileFields | null): Partial<ProfileFields> {
  if (!p) return {};
  return Object.fromEntries(KEYS.map((k) => [k, p[k]]));
}
