import { numberVi } from '../format';

/** "n bình luận chưa giải quyết" as a small badge (nothing when there are none). */
export function CommentCount({ count }: { count: number }) {
  if (count <= 0) return null;
  const label = `${numberVi.format(count)} bình luận chưa giải quyết`;
  return (
    <span className="comment-count" title={label}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
        <path d="M2 2h12v9H6l-3 3v-3H2z" fill="currentColor" />
      </svg>
      {numberVi.format(count)}
      <span className="visually-hidden"> bình luận chưa giải quyết</span>
    </span>
  );
}
