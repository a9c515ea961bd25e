import { useApp } from '../app-context';
import { ProfileForm } from '../components/ProfileForm';

export function FirstRunPage() {
  const { reload } = useApp();
  return (
    <main className="first-run">
      <h1>Chào mừng đến với Ban Biên Tập</h1>
      <p>
        Bước 2/2: nhập thông tin cơ quan chủ quản của cổng thông tin. Các thông tin này (đặc biệt là “Chịu trách
        nhiệm chính”) sẽ đi kèm mỗi bài viết khi xuất bản và có thể sửa sau trong mục “Thông tin cơ quan”.
      </p>
      <ProfileForm initial={null} onSaved={() => void reload()} submitLabel="Lưu và bắt đầu" />
    </main>
  );
}
