// "Bản tin": the issues, newest first, and "Tạo số mới". An issue opens in the composer.
import { useEffect, useState } from 'react';
import { BULLETIN_ROLES, issueInstant, type BulletinIssueView } from '../../../shared/bulletin';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { dateWithWeekday } from '../format';
import { hrefOf, navigate } from '../router';


export function BulletinsPage() {
  const { notify, session } = useApp();
  const [issues, setIssues] = useState<BulletinIssueView[] | null>(null);
  const [creating, setCreating] = useState(false);
  const canCompose = session.user.roles.some((r) => BULLETIN_ROLES.includes(r));

  useEffect(() => {
    call('bulletin.list', {}).then(setIssues, (err: unknown) => notify(errorMessage(err), 'error'));
  }, [notify]);

  async function create() {
    setCreating(true);
    try {
      const issue = await call('bulletin.create', {});
      navigate({ page: 'bulletin', id: issue.id });
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setCreating(false);
    }
  }

  return (
    <section className="bulletins-page">
      <div className="page-head">
        <h1>Bản tin</h1>
        <a href={hrefOf({ page: 'bulletinProfile' })}>Thông tin bản tin</a>
        {canCompose && (
          <button type="button" className="primary" onClick={() => void create()} disabled={creating}>
            Tạo số mới
          </button>
        )}
      </div>
      {issues === null ? (
        <p className="muted">Đang tải…</p>
      ) : issues.length === 0 ? (
        <p className="muted">Chưa có số bản tin nào.{canCompose ? ' Bấm “Tạo số mới” để soạn số đầu tiên.' : ''}</p>
      ) : (
        <table className="bulletin-issues">
          <thead>
            <tr>
              <th>Số</th>
              <th>Ngày phát hành</th>
              <th>Số bài</th>
              <th>Tình trạng</th>
              <th>Sửa lần cuối</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i) => (
              <tr key={i.id}>
                <td>
                  <a href={hrefOf({ page: 'bulletin', id: i.id })}>Số {i.number}</a>
                </td>
                <td>{dateWithWeekday(issueInstant(i.date))}</td>
                <td>{i.articles.length}</td>
                <td>{i.articles.length === 0 ? 'Chưa có bài' : i.draft ? 'Bản nháp: có bài chưa duyệt' : 'Sẵn sàng in'}</td>
                <td>{i.updatedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
