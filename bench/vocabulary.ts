// Real Vietnamese administrative/news vocabulary (NFC, full diacritics) for generated articles.

export const AGENCIES = [
  'Ủy ban nhân dân thị xã', 'Hội đồng nhân dân thị xã', 'Ban Thường vụ Thị ủy', 'Phòng Tài chính – Kế hoạch',
  'Phòng Văn hóa và Thông tin', 'Công an thị xã', 'Ban Chỉ huy Quân sự thị xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã',
  'Thị đoàn', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Trung tâm Y tế', 'Phòng Giáo dục và Đào tạo',
  'Chi cục Thuế khu vực', 'Ngân hàng Chính sách xã hội', 'Phòng Tài nguyên và Môi trường', 'Phòng Kinh tế',
  'Phòng Quản lý đô thị', 'Bảo hiểm xã hội', 'Ban Quản lý dự án đầu tư xây dựng', 'Đảng ủy phường', 'Liên đoàn Lao động',
  'Phòng Lao động – Thương binh và Xã hội', 'Phòng Tư pháp', 'Thanh tra thị xã', 'Văn phòng HĐND và UBND thị xã',
  'Trung tâm Văn hóa – Thể thao và Truyền thanh', 'Hội Chữ thập đỏ', 'Ban Dân vận Thị ủy'
];

export const VERBS = [
  'tổ chức', 'triển khai', 'tổng kết', 'sơ kết', 'kiểm tra', 'phát động', 'ban hành', 'hướng dẫn', 'thông báo',
  'đẩy mạnh', 'tăng cường', 'chỉ đạo', 'rà soát', 'hỗ trợ', 'trao tặng', 'khánh thành', 'khởi công', 'tuyên truyền',
  'thực hiện', 'đánh giá', 'phê duyệt', 'tiếp nhận', 'giải quyết', 'bàn giao', 'ra quân', 'giám sát', 'tập huấn',
  'kêu gọi', 'biểu dương', 'khen thưởng', 'công bố', 'lấy ý kiến về'
];

export const TOPICS = [
  'hội nghị tổng kết công tác năm', 'phong trào thi đua yêu nước', 'chương trình xây dựng nông thôn mới',
  'công tác phòng, chống dịch bệnh', 'kế hoạch cải cách hành chính', 'thủ tục hành chính một cửa', 'dịch vụ công trực tuyến',
  'công trình đường giao thông nông thôn', 'nhà tình nghĩa', 'học bổng cho học sinh nghèo vượt khó', 'công tác tuyển quân',
  'phòng cháy, chữa cháy', 'an toàn giao thông', 'bảo vệ môi trường', 'chuyển đổi số', 'đề án phát triển kinh tế – xã hội',
  'vệ sinh an toàn thực phẩm', 'bảo hiểm y tế hộ gia đình', 'giảm nghèo bền vững', 'lễ hội truyền thống', 'giải bóng đá thanh niên',
  'tiêm chủng mở rộng', 'phòng, chống thiên tai', 'quy hoạch sử dụng đất', 'thu ngân sách nhà nước', 'xuất khẩu lúa gạo',
  'mô hình trồng thanh long', 'hợp tác xã nông nghiệp', 'đợt cao điểm tấn công trấn áp tội phạm', 'ngày hội đại đoàn kết toàn dân tộc',
  'kỳ thi tốt nghiệp trung học phổ thông', 'chiến dịch thanh niên tình nguyện hè', 'cuộc bầu cử đại biểu Hội đồng nhân dân',
  'dự án nâng cấp hệ thống thủy lợi', 'chính sách hỗ trợ doanh nghiệp nhỏ và vừa', 'công tác tiếp công dân', 'đề án đô thị văn minh',
  'tháng hành động vì người cao tuổi', 'chương trình mỗi xã một sản phẩm', 'chỉnh trang khu dân cư', 'phòng, chống tham nhũng',
  'quỹ vì người nghèo', 'hiến máu tình nguyện', 'cấp giấy chứng nhận quyền sử dụng đất', 'kiểm định chất lượng giáo dục'
];

export const PLACES = [
  'Phường 1', 'Phường 2', 'Phường 3', 'xã Bình Hiệp', 'xã Bình Tân', 'xã Tuyên Thạnh', 'xã Thạnh Trị', 'xã Thạnh Hưng',
  'khu phố 4', 'ấp Cả Rưng', 'trên địa bàn thị xã', 'tại hội trường Ủy ban', 'tỉnh Long An', 'vùng Đồng Tháp Mười',
  'ấp Gò Gòn', 'khu phố Bình Đông', 'đường 30/4', 'cửa khẩu Bình Hiệp', 'chợ Kiến Tường', 'Trường THCS Thạnh Trị'
];

export const TIMES = [
  'năm 2024', 'năm 2025', 'quý I', 'quý III', '6 tháng đầu năm', 'giai đoạn 2021 – 2025', 'dịp Tết Nguyên đán',
  'tháng 9', 'mùa mưa bão', 'nhiệm kỳ 2020 – 2025', 'đầu năm học mới', 'cuối năm', 'trong tuần qua', 'sáng ngày 15/8'
];

export const PEOPLE = [
  'Nguyễn Văn An', 'Trần Thị Bích', 'Lê Quang Tửu', 'Phạm Minh Đức', 'Hoàng Thị Thu', 'Võ Thanh Hải', 'Đặng Văn Dũng',
  'Bùi Thị Hạnh', 'Đỗ Quốc Việt', 'Huỳnh Ngọc Ánh', 'Phan Thanh Tùng', 'Dương Văn Lộc', 'Ngô Thị Mai', 'Trương Công Định',
  'Lý Thị Ngọc', 'Châu Văn Phúc', 'Đinh Thị Yến', 'Tạ Minh Quân', 'Ung Thị Xuân', 'Âu Dương Khánh'
];

export const POSITIONS = [
  'Phó Chủ tịch UBND thị xã', 'Chủ tịch UBND xã', 'Bí thư Đảng ủy phường', 'Trưởng phòng Văn hóa và Thông tin',
  'Giám đốc Trung tâm Y tế', 'Chủ tịch Ủy ban MTTQ Việt Nam thị xã', 'Bí thư Thị đoàn', 'Chánh Văn phòng HĐND và UBND thị xã'
];

export const BYLINES = [
  'Ban biên tập', 'Phòng Văn hóa và Thông tin', 'Trung tâm Văn hóa – Thể thao và Truyền thanh', 'Văn phòng HĐND và UBND', ...PEOPLE
];

export const OPENERS = [
  'Theo đó,', 'Đồng thời,', 'Bên cạnh đó,', 'Qua đó,', 'Tại buổi làm việc,', 'Phát biểu chỉ đạo,', 'Trong thời gian tới,',
  'Kết quả,', 'Thực hiện kế hoạch,', 'Nhằm kịp thời', 'Để đạt mục tiêu đề ra,', 'Theo báo cáo,'
];

export const GOALS = [
  'nâng cao chất lượng phục vụ người dân', 'hiệu quả hoạt động của bộ máy', 'đời sống vật chất và tinh thần của nhân dân',
  'góp phần hoàn thành thắng lợi nhiệm vụ chính trị', 'các chỉ tiêu kinh tế – xã hội', 'đảm bảo an ninh chính trị, trật tự an toàn xã hội',
  'tạo sự đồng thuận trong nhân dân', 'rút ngắn thời gian giải quyết hồ sơ', 'thu hút đầu tư vào địa phương',
  'nâng cao nhận thức của cộng đồng', 'xây dựng chính quyền thân thiện, gần dân', 'phát huy vai trò của người đứng đầu'
];

export const FIGURES = [
  'với tổng kinh phí hơn {n} triệu đồng', 'có {n} hộ dân tham gia', 'đạt {p}% kế hoạch năm', 'thu hút hơn {n} lượt người',
  'giải quyết {n} hồ sơ đúng hạn', 'tăng {p}% so với cùng kỳ', 'trao {n} suất quà cho hộ nghèo', 'vận động được {n} đơn vị máu'
];
