// Help text for `npm run cli -- …` (Vietnamese: the people who run it are the editorial board's staff).
export const USAGE = `Cách dùng: npm run cli -- <lệnh> [tuỳ chọn]

Lệnh:
  init --workspace THƯ_MỤC [--sample [--password MẬT_KHẨU]]
                                             Tạo (hoặc mở) thư mục làm việc; --sample thêm hồ sơ cơ quan, bài viết mẫu và
                                             tài khoản mẫu quantri, bientap, thanhvien, truongban (mật khẩu tự sinh nếu không có --password).
  import --workspace THƯ_MỤC TỆP…           Nhập tệp .docx, .html, .txt thành bài viết mới (dòng đầu của tệp .txt là tiêu đề).
  list --workspace THƯ_MỤC [--json]          Liệt kê bài viết (--json: mảng JSON có id, title, status…).
  search --workspace THƯ_MỤC "TỪ KHÓA" [--json]  Tìm bài viết, không cần gõ dấu.
  act --workspace THƯ_MỤC --article ID --action HÀNH_ĐỘNG --user TÊN_ĐĂNG_NHẬP --password MẬT_KHẨU [--reason LÝ_DO] [--comment MÃ_BÌNH_LUẬN]… [--revision MÃ]
                                             Thực hiện một bước duyệt bài với quyền của người dùng đó (như trên giao diện);
                                             in mã băm của phiên bản; --revision: chỉ làm nếu bài vẫn đúng phiên bản đó.
                                             HÀNH_ĐỘNG: gui-duyet, chuyen-trinh-duyet, tra-lai (cần --reason), ky-duyet, huy-duyet, luu-tru,
                                             sua-bai-da-dang (bài đã đăng về Chờ duyệt để sửa, ký lại rồi cập nhật).
  history --workspace THƯ_MỤC --article ID [--json]
                                             Các phiên bản của một bài, mới nhất trước (--json: mảng JSON có id, number, kind, note…).
  verify --workspace THƯ_MỤC [--json]        Kiểm tra toàn bộ chuỗi nhật ký, mọi chữ ký duyệt, khóa ký của người dùng và lịch sử
                                             (Lịch sử, bước duyệt, thời điểm lưu) so với nhật ký; báo mục hỏng đầu tiên.
  verify --workspace THƯ_MỤC --slip "NỘI DUNG MÃ QR" [--json]
                                             Đối chiếu một phiếu duyệt đã in với thư mục làm việc: phiên bản đã ký, chuỗi nhật ký
                                             đến lúc in và niêm phong trên phiếu còn nguyên vẹn không; mã thoát khác 0 và nêu chỗ hỏng.
  verify --workspace THƯ_MỤC --seal TỆP [--json]
                                             Đối chiếu một tệp niêm phong (hoặc manifest.json, index.html của bài đã xuất bản ra thư mục)
                                             với nhật ký: chữ ký của khóa niêm phong và chuỗi nhật ký đến mục đã niêm phong còn nguyên;
                                             mã thoát khác 0 và nêu các mục bị sửa hoặc bị cắt.
  seal --workspace THƯ_MỤC --out TỆP         Niêm phong nhật ký: ghi số thứ tự và mã băm mục cuối, ký bằng khóa niêm phong của máy
                                             (tệp installation-key.pem, ngoài cơ sở dữ liệu); giữ tệp ở nơi khác để đối chiếu về sau.
  backup --workspace THƯ_MỤC --out TỆP.bbtbackup
                                             Sao lưu thành một tệp (cơ sở dữ liệu chép bằng cơ chế sao lưu trực tuyến của SQLite,
                                             ảnh và tệp đính kèm, bảng kê và niêm phong nhật ký); tệp được kiểm tra xong mới mang tên này.
                                             Chạy được cả khi ứng dụng đang mở thư mục (khi đó niêm phong không ghi vào nhật ký).
  restore --workspace THƯ_MỤC --from TỆP.bbtbackup [--force]
                                             Khôi phục từ bản sao lưu vào một thư mục mới hoặc trống, rồi kiểm tra toàn vẹn;
                                             --force: ghi đè thư mục làm việc đang có (các tệp dữ liệu cũ được chuyển vào
                                             THƯ_MỤC/backup/truoc-khoi-phuc-… trước, không xoá gì).
  verify --workspace THƯ_MỤC --target TÊN    Đọc lại các bài đã xuất bản trên cổng, so với biên nhận và chữ ký duyệt trong máy.
  target-add --workspace THƯ_MỤC --name TÊN --type folder|wordpress|sharepoint [--url URL] [--folder THƯ_MỤC] [--list TÊN_DANH_SÁCH]
             [--user U --password P | --token T]
                                             Thêm cổng xuất bản (mật khẩu/mã truy cập được mã hóa, không bao giờ in ra).
  portal-test --workspace THƯ_MỤC --target TÊN   Kiểm tra kết nối tới cổng và giải thích lỗi.
  publish --workspace THƯ_MỤC --article ID --target TÊN --user TÊN_ĐĂNG_NHẬP --password MẬT_KHẨU [--yes] [--correction "NỘI DUNG"]
                                             Xuất bản (hoặc cập nhật; --correction: cải chính) bài đã duyệt, qua cùng bước kiểm tra và
                                             quyền như giao diện; --yes xác nhận các cảnh báo. Gửi ngay nếu cổng kết nối được, nếu không bài chờ trong hàng đợi.
  take-down --workspace THƯ_MỤC --article ID --target TÊN --user TÊN_ĐĂNG_NHẬP --password MẬT_KHẨU
                                             Gỡ bài khỏi cổng (bản lưu trong máy vẫn còn).
  print --workspace THƯ_MỤC --article ID --out TỆP.pdf
                                             In bài viết ra tệp PDF (tiêu đề cơ quan, dòng tác giả, khối "Chịu trách nhiệm chính");
                                             cần Chromium, Chrome hoặc Edge đã cài (biến môi trường BBT_CHROMIUM chỉ đường dẫn khác).
  bulletin --workspace THƯ_MỤC (--issue SỐ | --articles ID,ID,…) --out TỆP.pdf
                                             In một số bản tin ra PDF (mục lục, số trang, thông tin xuất bản ở trang cuối); --articles
                                             soạn số mới từ các bài đó theo thứ tự, đánh dấu BẢN NHÁP nếu có bài chưa duyệt.
  slip --workspace THƯ_MỤC --article ID --out TỆP.pdf
                                             In phiếu duyệt tin bài (người gửi duyệt, người thẩm định, người ký duyệt, ý kiến) kèm mã QR
                                             để đối chiếu về sau; bài phải có chữ ký duyệt còn hiệu lực. Lần in được ghi vào nhật ký.
  royalties --workspace THƯ_MỤC --period 2026-11|2026-Q4 (--out TỆP.xlsx|TỆP.pdf | --json)
                                             Bảng kê nhuận bút của một tháng (2026-11) hoặc một quý (2026-Q4): theo từng người, loại bài,
                                             hệ số, ảnh, số tiền, tổng cộng và số tiền bằng chữ, khối chữ ký; định dạng theo đuôi tệp
                                             (.xlsx hoặc .pdf, PDF cần Chromium/Chrome/Edge); --json in các dòng dưới dạng JSON.
  publish-queue --workspace THƯ_MỤC --once   Gửi một lượt các bài đến hạn trong hàng đợi; mã thoát khác 0 nếu có bài lỗi.
  --help                                     Hiện hướng dẫn này.

Có thể dùng biến môi trường BBT_WORKSPACE thay cho --workspace.

Mật khẩu: nên dùng --password-stdin (mật khẩu là dòng đầu tiên của đầu vào chuẩn, ví dụ: printf '%s\\n' "$MK" | npm run cli -- act … --password-stdin)
hoặc biến môi trường BBT_PASSWORD thay cho --password MẬT_KHẨU: dòng lệnh ai dùng máy cũng xem được (ps, Task Manager)
và được lưu trong lịch sử lệnh.`;
