// The live workspace is on a network share: SQLite's locking and write-ahead log are not safe there, and a
// dropped connection can damage the database. Shown to admins only: they are the ones who can move the
// workspace (ordinary users can do nothing about it, and a warning on every page they cannot act on
// teaches everyone to ignore banners, the damaged-database one included).
import { useState } from 'react';

export function NetworkShareBanner({ share }: { share: string }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="banner banner-share" role="alert" aria-label="Cảnh báo ổ mạng">
      <div>
        <p>
          <strong>Dữ liệu đang nằm trên ổ mạng ({share}).</strong> Cơ sở dữ liệu không an toàn trên ổ mạng: khi mạng chập chờn hoặc hai máy cùng mở, dữ liệu
          có thể bị hỏng hoặc mất.
        </p>
        <p>
          Hãy chuyển thư mục dữ liệu về ổ đĩa của máy này (ví dụ ổ C:) và chỉ dùng ổ mạng làm nơi chứa bản sao lưu (trang “Sao lưu”). Trong lúc chờ, đừng mở
          cùng thư mục dữ liệu từ máy khác.
        </p>
      </div>
      <button type="button" onClick={() => setDismissed(true)}>
        Đã hiểu
      </button>
    </div>
  );
}
