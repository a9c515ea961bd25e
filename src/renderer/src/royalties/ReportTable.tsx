// The report's table: per person, one line per article share and the person's subtotal (the page shows the total under it).
import { Fragment } from 'react';
import { PAYEE_PART_LABELS, type RoyaltyReport } from '../../../shared/royalties';
import { formatDate } from '../format';
import { hrefOf } from '../router';
import { decimalVi, formatVnd } from './numbers';

export function ReportTable({ report }: { report: RoyaltyReport }) {
  if (report.people.length === 0) return <p className="muted">Chưa có bài nào được quyết định nhuận bút trong kỳ này.</p>;
  // A wide table scrolls sideways in its own box when zoomed in; the page around it does not (WCAG 1.4.10).
  return (
    <div className="table-scroll" role="region" aria-label={`Bảng kê nhuận bút ${report.period.label}`} tabIndex={0}>
      <table className="data-table royalty-table">
        <caption className="visually-hidden">Bảng kê nhuận bút {report.period.label}</caption>
        <thead>
          <tr>
            <th scope="col">Bài viết</th>
            <th scope="col">Loại bài</th>
            <th scope="col">Ngày xuất bản</th>
            <th scope="col">Phần</th>
            <th scope="col" className="num">
              Hệ số
            </th>
            <th scope="col" className="num">
              Số ảnh
            </th>
            <th scope="col" className="num">
              Tỷ lệ hưởng
            </th>
            <th scope="col" className="money">
              Thành tiền
            </th>
          </tr>
        </thead>
        <tbody>
          {report.people.map((person) => (
            <Fragment key={person.userId ?? person.payee}>
              <tr className="royalty-person">
                <th scope="rowgroup" colSpan={8}>
                  {person.payee}
                </th>
              </tr>
              {person.rows.map((row) => (
                <tr key={`${row.articleId}-${row.part}`}>
                  <td>
                    <a href={hrefOf({ page: 'article', id: row.articleId })}>{row.title}</a>
                  </td>
                  <td>{row.articleType}</td>
                  <td>{formatDate(row.publishedAt)}</td>
                  <td>{PAYEE_PART_LABELS[row.part]}</td>
                  <td className="num">{row.part === 'photo' ? decimalVi(row.photoCoefficients) : decimalVi(row.coefficient)}</td>
                  <td className="num">{row.photos}</td>
                  <td className="num">{decimalVi(row.sharePercent)} %</td>
                  <td className="money">{formatVnd(row.amount)}</td>
                </tr>
              ))}
              <tr className="royalty-subtotal">
                <td colSpan={7}>Cộng {person.payee}</td>
                <td className="money">{formatVnd(person.total)}</td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
