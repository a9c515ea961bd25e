// Help text for `npm run cli -- …` (Vietnamese: the people who run it are the editorial board's staff).
export const USAGE = `Cách dùng: npm run cli -- <lệnh> [tuỳ chọn]

Lệnh:
  init --workspace THƯ_MỤC [--sample]        Tạo (hoặc mở) thư mục làm việc; --sample thêm hồ sơ cơ quan và bài viết mẫu.
  import --workspace THƯ_MỤC TỆP…           Nhập tệp .docx, .html, .txt thành bài viết mới (dòng đầu của tệp .txt là tiêu đề).
  list --workspace THƯ_MỤC [--json]          Liệt kê bài viết (--json: mảng JSON có id, title, status…).
  search --workspace THƯ_MỤC "TỪ KHÓA" [--json]  Tìm bài viết, không cần gõ dấu.
  --help                                     Hiện hướng dẫn này.

Có thể dùng biến môi trường BBT_WORKSPACE thay cho --workspace.`;
