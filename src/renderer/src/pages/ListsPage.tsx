import { useState } from 'react';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';

/** Editable lists: Phân loại (categories) and Loại bài viết (article types). */
export function ListsPage() {
  const { lists, reload, notify } = useApp();
  const [categories, setCategories] = useState(lists.categories.join('\n'));
  const [types, setTypes] = useState(lists.articleTypes.join('\n'));

  async function save() {
    try {
      await call('lists.save', { categories: lines(categories), articleTypes: lines(types) });
      notify('Đã lưu danh mục.');
      await reload();
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }

  return (
    <section className="lists-page">
      <h1>Danh mục</h1>
      <p className="muted">Mỗi dòng một mục. Bài viết cũ giữ nguyên giá trị đã chọn.</p>
      <div className="lists-grid">
        <label className="field">
          <span className="field-label">Danh sách phân loại</span>
          <textarea rows={14} value={categories} onChange={(e) => setCategories(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Danh sách loại bài viết</span>
          <textarea rows={14} value={types} onChange={(e) => setTypes(e.target.value)} />
        </label>
      </div>
      <button type="button" className="primary" onClick={() => void save()}>
        Lưu danh mục
      </button>
    </section>
  );
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}
