export interface Notice {
  id: number;
  message: string;
  kind: 'info' | 'error';
}

export function Notices({ notices }: { notices: Notice[] }) {
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          {n.message}
        </div>
      ))}
    </div>
  );
}
