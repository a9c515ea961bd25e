// "Kiểm tra kết nối" for one target: what discovery found (summary, each problem in Vietnamese) and,
// for a portal, the mapping of the article's fields to its columns — proposed, editable, saved.
import { useState } from 'react';
import { PORTAL_FIELDS, type FieldMapping, type PortalDiscovery, type PortalField, type PublishTarget } from '../../../shared/publishing';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { PORTAL_FIELD_LABELS } from './labels';

export function TargetDiscoveryPanel({ target, onSaved }: { target: PublishTarget; onSaved: (t: PublishTarget) => void }) {
  const [discovery, setDiscovery] = useState<PortalDiscovery | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);

  async function test() {
    setTesting(true);
    setError(null);
    try {
      setDiscovery(await call('target.test', { id: target.id }));
    } catch (err) {
      setDiscovery(null);
      setError(errorMessage(err));
    } finally {
      setTesting(false);
    }
  }

  const mapped = Object.values(target.config.mapping).filter(Boolean).length;
  return (
    <section className="panel target-discovery" aria-label="Kiểm tra kết nối">
      <div className="panel-head">
        <h2>Kết nối</h2>
        <button type="button" onClick={() => void test()} disabled={testing}>
          {testing ? 'Đang kiểm tra…' : 'Kiểm tra kết nối'}
        </button>
      </div>
      {!discovery && !error && !testing && (
        <p className="muted">
          Bấm “Kiểm tra kết nối” để thử đăng nhập và đọc cấu trúc của cổng
          {target.type !== 'folder' ? (mapped ? ` (đã lưu ánh xạ ${mapped} trường; kiểm tra để xem và sửa).` : ' rồi ánh xạ các trường của bài.') : '.'}
        </p>
      )}
      {testing && !discovery && <p className="muted">Đang kết nối tới cổng…</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {discovery && <DiscoveryResult target={target} discovery={discovery} onSaved={onSaved} />}
    </section>
  );
}

function DiscoveryResult({ target, discovery, onSaved }: { target: PublishTarget; discovery: PortalDiscovery; onSaved: (t: PublishTarget) => void }) {
  return (
    <div className="discovery" role="status" aria-label="Kết quả kiểm tra kết nối">
      <p className={`discovery-verdict ${discovery.ok ? 'is-ok' : 'is-bad'}`}>{discovery.ok ? '✔ Kết nối được' : '✖ Chưa kết nối được'}</p>
      {discovery.summary && <p className="discovery-summary">{discovery.summary}</p>}
      {discovery.problems.length > 0 && (
        <ul className="discovery-problems" aria-label="Vấn đề cần xử lý">
          {discovery.problems.map((p, i) => (
            <li key={`${p.code}-${i}`}>{p.message}</li>
          ))}
        </ul>
      )}
      {target.type !== 'folder' && discovery.ok && (
        <dl className="facts discovery-facts">
          <dt>Hẹn giờ đăng</dt>
          <dd>{discovery.schedules ? 'Cổng tự đăng bài vào ngày xuất bản' : 'Cổng không tự hẹn giờ: ứng dụng giữ bài trong hàng đợi đến ngày xuất bản'}</dd>
          <dt>Khóa đồng bộ</dt>
          <dd>{discovery.uniqueKey ? 'Có cột khóa riêng: không tạo trùng bài' : 'Không có cột khóa riêng: ứng dụng tìm bài cũ trước khi tạo lại'}</dd>
          {discovery.categories.length > 0 && (
            <>
              <dt>Chuyên mục</dt>
              <dd>{discovery.categories.join(', ')}</dd>
            </>
          )}
        </dl>
      )}
      {target.type !== 'folder' && discovery.columns.length > 0 && <MappingEditor key={target.id} target={target} discovery={discovery} onSaved={onSaved} />}
    </div>
  );
}

function isEmptyMapping(m: FieldMapping): boolean {
  return !Object.values(m).some(Boolean);
}

function MappingEditor({ target, discovery, onSaved }: { target: PublishTarget; discovery: PortalDiscovery; onSaved: (t: PublishTarget) => void }) {
  const { notify } = useApp();
  const [mapping, setMapping] = useState<FieldMapping>(() => (isEmptyMapping(target.config.mapping) ? { ...discovery.proposedMapping } : { ...target.config.mapping }));
  const [saving, setSaving] = useState(false);
  const byName = new Map(discovery.columns.map((c) => [c.name, c]));
  const requiredOf = (m: FieldMapping): PortalField[] => PORTAL_FIELDS.filter((f) => m[f] && byName.get(m[f]!)?.required);
  // WordPress writes title, content, excerpt, image, categories, date and sticky to its own fields itself.
  const nativeWordPress = target.type === 'wordpress';
  const unmappedRequired = nativeWordPress ? [] : discovery.columns.filter((c) => c.required && !Object.values(mapping).includes(c.name));
  const dirty = JSON.stringify(normalise(mapping)) !== JSON.stringify(normalise(target.config.mapping));

  async function save() {
    setSaving(true);
    try {
      const saved = await call('target.save', {
        id: target.id,
        name: target.name,
        type: target.type,
        config: { mapping: normalise(mapping), required: requiredOf(mapping) }
      });
      notify(`Đã lưu ánh xạ trường cho cổng “${target.name}”.`);
      onSaved(saved);
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="mapping">
      <h3>Ánh xạ trường</h3>
      <p className="hint">Mỗi trường của bài được ghi vào cột (hoặc khóa meta) nào của cổng. “Không ghi”: cổng không nhận trường đó.</p>
      {nativeWordPress && (
        <p className="hint">
          WordPress tự ghi Tiêu đề, Nội dung, Tóm tắt, Hình ảnh, Phân loại (chuyên mục), Ngày xuất bản và Tin nổi bật vào chỗ riêng của nó; chỉ cần ánh xạ các trường
          còn lại vào khóa meta.
        </p>
      )}
      <table className="data-table mapping-table" aria-label="Ánh xạ trường">
        <thead>
          <tr>
            <th>Trường của bài</th>
            <th>Cột trên cổng</th>
            <th>Bắt buộc</th>
          </tr>
        </thead>
        <tbody>
          {PORTAL_FIELDS.map((field) => {
            const value = mapping[field] ?? '';
            const column = value ? byName.get(value) : undefined;
            return (
              <tr key={field}>
                <th scope="row">{PORTAL_FIELD_LABELS[field]}</th>
                <td>
                  <select
                    aria-label={`Cột trên cổng cho “${PORTAL_FIELD_LABELS[field]}”`}
                    value={value}
                    onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || null })}
                  >
                    <option value="">— Không ghi —</option>
                    {value && !column && <option value={value}>{value} (không thấy trên cổng)</option>}
                    {discovery.columns.map((c) => (
                      <option key={c.name} value={c.name}>
                        {c.title && c.title !== c.name ? `${c.title} (${c.name})` : c.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{column?.required ? <span className="badge required-badge">Bắt buộc</span> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {unmappedRequired.length > 0 && (
        <p className="form-error">Cổng bắt buộc các cột chưa được ánh xạ: {unmappedRequired.map((c) => c.title || c.name).join(', ')}.</p>
      )}
      <div className="panel-actions">
        <button type="button" onClick={() => setMapping({ ...discovery.proposedMapping })}>
          Dùng ánh xạ đề xuất
        </button>
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          Lưu ánh xạ
        </button>
        {dirty && <span className="hint">Có thay đổi chưa lưu.</span>}
      </div>
    </div>
  );
}

/** Only the fields mapped to a column, in the contract's order (for saving and comparing). */
function normalise(m: FieldMapping): FieldMapping {
  const out: FieldMapping = {};
  for (const f of PORTAL_FIELDS) if (m[f]) out[f] = m[f];
  return out;
}
