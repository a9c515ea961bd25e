// Sample articles for a --sample workspace: local news of a Mekong Delta town, written for this app
// (names of people are invented). States are set directly at seeding, and seedSampleWorkflow then
// adds the sign-offs and return reasons those states imply.
import type { ArticleStatus } from '../../shared/article';

export interface SampleArticle {
  title: string;
  summary: string;
  author: string;
  category: string;
  articleType: string;
  status: ArticleStatus;
  featured?: boolean;
  /** Viet Nam local time "yyyy-MM-ddTHH:mm" (UTC+7). */
  publishAt: string | null;
  createdAt: string;
  imageCaption?: string;
  /** "Văn bản thay thế" of the body's copy of the image: what it shows, not the caption. */
  imageAlt?: string;
  viewCount?: number;
  /** Index into PALETTES of a generated main image; `{{image}}` in html places the same picture in the body. */
  image?: number;
  /** Body as HTML in the editor's schema. */
  html: string;
}

export const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    title: 'Xã Bình Hiệp đạt chuẩn nông thôn mới nâng cao',
    summary:
      'Sau hơn hai năm nỗ lực, xã Bình Hiệp đã hoàn thành 19/19 tiêu chí nông thôn mới nâng cao, trở thành xã thứ hai của thị xã đạt chuẩn này.',
    author: 'Minh Thư',
    category: 'Nông thôn mới',
    articleType: 'Bài',
    status: 'da_xuat_ban',
    featured: true,
    publishAt: '2026-10-14T08:30',
    createdAt: '2026-10-13T15:10',
    imageCaption: 'Tuyến đường giao thông nông thôn ấp Gò Dầu sau khi được bê tông hóa.',
    imageAlt: 'Con đường bê tông thẳng, hai bên là ruộng lúa và hàng cây xanh.',
    image: 0,
    viewCount: 1284,
    html: `
<p>Sáng ngày 14/10, Ủy ban nhân dân thị xã Kiến Tường tổ chức lễ công bố xã Bình Hiệp đạt chuẩn nông thôn mới nâng cao năm 2026. Đến dự có đại diện Văn phòng Điều phối nông thôn mới tỉnh Long An, lãnh đạo thị xã cùng đông đảo bà con nhân dân trong xã.</p>
{{image}}
<h2>Kết quả nổi bật</h2>
<p>Trong giai đoạn 2024 – 2026, tổng nguồn vốn huy động để xây dựng nông thôn mới nâng cao của xã đạt hơn 86 tỷ đồng, trong đó nhân dân đóng góp gần 9 tỷ đồng và hàng nghìn ngày công lao động.</p>
<ul>
<li>100% tuyến đường trục ấp, liên ấp được nhựa hóa hoặc bê tông hóa;</li>
<li>Thu nhập bình quân đầu người đạt 72 triệu đồng/năm, tăng 18 triệu đồng so với năm 2023;</li>
<li>Tỷ lệ hộ nghèo giảm còn 0,6%; 98% hộ dân sử dụng nước sạch theo quy chuẩn.</li>
</ul>
<p>Phát biểu tại buổi lễ, lãnh đạo thị xã đề nghị xã tiếp tục giữ vững và nâng chất các tiêu chí đã đạt, chú trọng phát triển sản xuất gắn với liên kết tiêu thụ nông sản, bảo vệ môi trường và giữ gìn an ninh trật tự.</p>
<blockquote>“Nông thôn mới không có điểm kết thúc; điều quan trọng nhất là đời sống người dân ngày càng được nâng lên”, đại diện Ủy ban nhân dân xã chia sẻ.</blockquote>`
  },
  {
    title: 'Thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Chủ tịch UBND thị xã',
    summary: 'Chủ tịch UBND thị xã Kiến Tường tiếp công dân định kỳ vào ngày 10/12/2026 tại Trụ sở Tiếp công dân thị xã.',
    author: 'Văn phòng HĐND và UBND thị xã',
    category: 'Thông báo',
    articleType: 'Tin',
    status: 'da_xuat_ban',
    publishAt: '2026-11-25T07:45',
    createdAt: '2026-11-24T16:20',
    viewCount: 356,
    html: `
<p>Thực hiện Luật Tiếp công dân năm 2013 và Nghị định số 64/2014/NĐ-CP của Chính phủ, Ủy ban nhân dân thị xã Kiến Tường thông báo lịch tiếp công dân định kỳ tháng 12/2026 như sau:</p>
<ol>
<li>Thời gian: từ 7 giờ 30 phút, thứ Năm, ngày 10/12/2026.</li>
<li>Địa điểm: Trụ sở Tiếp công dân thị xã, số 12, đường 30/4, Phường 1.</li>
<li>Người tiếp: Chủ tịch Ủy ban nhân dân thị xã.</li>
</ol>
<p>Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh vui lòng mang theo căn cước và các giấy tờ, tài liệu liên quan. Trường hợp ủy quyền phải có giấy ủy quyền theo quy định.</p>
<p>Mọi chi tiết xin liên hệ Ban Tiếp công dân thị xã qua số điện thoại (0272) 3841981 trong giờ hành chính.</p>`
  },
  {
    title: 'Chủ động phòng trừ rầy nâu, bệnh đạo ôn trên lúa Đông Xuân 2026 – 2027',
    summary: 'Thời tiết se lạnh, ẩm độ cao tạo điều kiện cho rầy nâu và bệnh đạo ôn phát triển; nông dân cần thăm đồng thường xuyên và phòng trừ đúng lúc.',
    author: 'Phòng Kinh tế',
    category: 'Kinh tế',
    articleType: 'Bài',
    status: 'da_xuat_ban',
    publishAt: '2026-11-20T09:00',
    createdAt: '2026-11-19T10:05',
    viewCount: 742,
    html: `
<p>Vụ lúa Đông Xuân 2026 – 2027, toàn thị xã xuống giống hơn 14.500 ha, tập trung ở các xã Thạnh Hưng, Thạnh Trị, Tuyên Thạnh và Bình Tân. Hiện lúa đang ở giai đoạn đẻ nhánh đến làm đòng.</p>
<h2>Tình hình sâu bệnh</h2>
<p>Qua điều tra của Trạm Trồng trọt và Bảo vệ thực vật, mật số rầy nâu trên đồng ruộng phổ biến từ 500 đến 1.500 con/m², cục bộ có nơi trên 3.000 con/m². Bệnh đạo ôn lá xuất hiện rải rác trên các giống nhiễm với tỷ lệ 3 – 5%.</p>
<h2>Khuyến cáo của ngành nông nghiệp</h2>
<ul>
<li>Thăm đồng ít nhất hai lần mỗi tuần để phát hiện sớm rầy nâu và vết bệnh;</li>
<li>Không bón thừa phân đạm; bón cân đối đạm, lân, kali theo nguyên tắc “4 đúng”;</li>
<li>Khi mật số rầy vượt ngưỡng, sử dụng thuốc đặc trị có trong danh mục, phun sát gốc lúa;</li>
<li>Với bệnh đạo ôn, giữ nước ruộng ổn định và phun thuốc khi bệnh chớm xuất hiện.</li>
</ul>
<p>Bà con cần hỗ trợ kỹ thuật có thể liên hệ cán bộ nông nghiệp xã hoặc Trạm Trồng trọt và Bảo vệ thực vật thị xã.</p>`
  },
  {
    title: 'Đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử',
    summary: 'Năm 2026, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình tại thị xã đạt 68%.',
    author: 'Thanh Tâm',
    category: 'Cải cách hành chính',
    articleType: 'Tổng hợp',
    status: 'da_xuat_ban',
    publishAt: '2026-09-30T15:00',
    createdAt: '2026-09-29T09:40',
    viewCount: 512,
    html: `
<p>Thời gian qua, thị xã Kiến Tường tập trung cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp tại Bộ phận Một cửa thị xã và các xã, phường.</p>
<p>Từ đầu năm đến nay, Bộ phận Một cửa thị xã tiếp nhận hơn 9.200 hồ sơ, trong đó 68% hồ sơ được nộp trực tuyến qua Cổng Dịch vụ công quốc gia; 99,4% hồ sơ được giải quyết đúng và trước hạn.</p>
<h2>Những cách làm hay</h2>
<ul>
<li>Tổ công nghệ số cộng đồng ở từng ấp, khu phố hướng dẫn người dân cài đặt và sử dụng định danh điện tử;</li>
<li>Thanh toán phí, lệ phí không dùng tiền mặt tại Bộ phận Một cửa;</li>
<li>Số hóa kết quả giải quyết thủ tục hành chính để người dân không phải nộp lại giấy tờ đã có.</li>
</ul>
<p>Trong thời gian tới, thị xã tiếp tục rà soát, đơn giản hóa thủ tục, tăng cường kiểm tra công vụ và xử lý nghiêm các trường hợp gây phiền hà cho người dân.</p>`
  },
  {
    title: 'Bảo đảm an ninh trật tự dịp cuối năm và Tết Nguyên đán',
    summary: 'Công an thị xã triển khai cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh trật tự, an toàn giao thông dịp cuối năm.',
    author: 'Hoàng Nam',
    category: 'Quốc phòng – An ninh',
    articleType: 'Tin',
    status: 'da_duyet',
    publishAt: '2026-11-28T08:00',
    createdAt: '2026-11-26T14:30',
    html: `
<p>Chiều 26/11, Công an thị xã Kiến Tường tổ chức hội nghị triển khai đợt cao điểm tấn công, trấn áp các loại tội phạm, bảo đảm an ninh trật tự dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027.</p>
<p>Theo kế hoạch, lực lượng công an sẽ tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ 62, đường tỉnh 831 và khu vực cửa khẩu quốc tế Bình Hiệp; kiểm tra các cơ sở kinh doanh ngành nghề có điều kiện về an ninh trật tự.</p>
<p>Người dân phát hiện hành vi vi phạm pháp luật có thể báo tin qua đường dây nóng của Công an thị xã hoặc trực tiếp tại Công an các xã, phường.</p>`
  },
  {
    title: 'Hội thi Tiếng hát Đồng Tháp Mười năm 2026',
    summary: 'Hơn 60 thí sinh đến từ các xã, phường, cơ quan, trường học tham gia hội thi, mang đến những ca khúc đậm đà bản sắc Nam Bộ.',
    author: 'Trung tâm Văn hóa, Thể thao và Truyền thanh',
    category: 'Văn hóa – Xã hội',
    articleType: 'Tin ảnh',
    status: 'da_xuat_ban',
    publishAt: '2026-08-24T20:30',
    createdAt: '2026-08-24T17:00',
    imageCaption: 'Quảng trường thị xã trước giờ khai mạc đêm chung kết.',
    imageAlt: 'Sân khấu ngoài trời với dàn đèn sáng, khán giả ngồi kín quảng trường.',
    image: 2,
    viewCount: 968,
    html: `
<p>Tối 24/8, tại Quảng trường thị xã, Trung tâm Văn hóa, Thể thao và Truyền thanh tổ chức đêm chung kết Hội thi Tiếng hát Đồng Tháp Mười năm 2026.</p>
<p>Hội thi thu hút hơn 60 thí sinh với các thể loại dân ca, tân cổ giao duyên và ca khúc cách mạng. Nhiều tiết mục ca ngợi quê hương Kiến Tường, tình đất tình người vùng Đồng Tháp Mười được khán giả nhiệt liệt cổ vũ.</p>
{{image}}
<p>Kết quả, Ban tổ chức trao giải Nhất cho thí sinh Nguyễn Thị Mỹ Duyên (Phường 2), giải Nhì cho thí sinh Trần Văn Lộc (xã Thạnh Trị), giải Ba cho thí sinh Lê Ngọc Hân (Trường THPT Kiến Tường).</p>`
  },
  {
    title: 'Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026',
    summary: 'Các ấp, khu phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc từ ngày 01 đến 18/11/2026.',
    author: 'Ban biên tập',
    category: 'Chỉ đạo – điều hành',
    articleType: 'Tin',
    status: 'da_xuat_ban',
    publishAt: '2026-10-28T10:00',
    createdAt: '2026-10-27T08:15',
    viewCount: 201,
    html: `
<p>Ủy ban nhân dân thị xã vừa ban hành kế hoạch phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam thị xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026 tại 38 ấp, khu phố.</p>
<p>Ngày hội gồm phần lễ ôn lại truyền thống Mặt trận, biểu dương gương điển hình và phần hội với các hoạt động văn hóa, thể thao, thăm hỏi gia đình chính sách, hộ nghèo.</p>
<p>Ủy ban nhân dân các xã, phường có trách nhiệm bố trí kinh phí, hỗ trợ Ban công tác Mặt trận ấp, khu phố tổ chức ngày hội thiết thực, tiết kiệm, tránh phô trương hình thức.</p>`
  },
  {
    title: 'Lấy ý kiến nhân dân về dự thảo quy hoạch chung đô thị Kiến Tường',
    summary: 'Người dân có thể góp ý dự thảo quy hoạch trực tiếp tại UBND các xã, phường hoặc qua thư điện tử đến hết ngày 31/12/2026.',
    author: 'Phòng Quản lý đô thị',
    category: 'Văn bản',
    articleType: 'Tin',
    status: 'hen_gio',
    publishAt: '2026-12-01T07:30',
    createdAt: '2026-11-27T09:00',
    html: `
<p>Ủy ban nhân dân thị xã Kiến Tường tổ chức lấy ý kiến cơ quan, tổ chức, cộng đồng dân cư về đồ án điều chỉnh quy hoạch chung đô thị Kiến Tường đến năm 2045.</p>
<h2>Hình thức góp ý</h2>
<ul>
<li>Góp ý trực tiếp vào phiếu lấy ý kiến tại trụ sở Ủy ban nhân dân các xã, phường;</li>
<li>Gửi văn bản về Phòng Quản lý đô thị thị xã;</li>
<li>Gửi thư điện tử đến địa chỉ ubndtxkientuong@longan.gov.vn.</li>
</ul>
<p>Hồ sơ dự thảo được niêm yết công khai tại trụ sở Ủy ban nhân dân thị xã và đăng tải trên Trang thông tin điện tử thị xã.</p>`
  },
  {
    title: 'Phỏng vấn: Phát triển kinh tế cửa khẩu gắn với bảo vệ biên giới',
    summary: 'Trao đổi với lãnh đạo Ban Quản lý Khu kinh tế cửa khẩu về định hướng phát triển thương mại qua cửa khẩu quốc tế Bình Hiệp.',
    author: 'Minh Thư',
    category: 'Kinh tế',
    articleType: 'Phỏng vấn',
    status: 'cho_duyet',
    publishAt: null,
    createdAt: '2026-11-25T10:30',
    html: `
<p><strong>Phóng viên:</strong> Xin ông cho biết kết quả hoạt động xuất nhập khẩu qua cửa khẩu quốc tế Bình Hiệp trong năm 2026?</p>
<p><strong>Ông Phạm Văn Hùng:</strong> Trong 10 tháng, kim ngạch xuất nhập khẩu qua cửa khẩu đạt khoảng 410 triệu USD, tăng 12% so với cùng kỳ. Các mặt hàng chủ yếu là nông sản, vật liệu xây dựng và hàng tiêu dùng.</p>
<p><strong>Phóng viên:</strong> Thời gian tới, thị xã có những giải pháp gì để thu hút đầu tư vào khu kinh tế cửa khẩu?</p>
<p><strong>Ông Phạm Văn Hùng:</strong> Chúng tôi tập trung hoàn thiện hạ tầng giao thông, kho bãi, đẩy mạnh thông quan điện tử và phối hợp chặt chẽ với Bộ đội Biên phòng để vừa phát triển kinh tế, vừa giữ vững chủ quyền, an ninh biên giới.</p>
<p><strong>Phóng viên:</strong> Xin cảm ơn ông!</p>`
  },
  {
    title: 'Ra quân tổng vệ sinh môi trường hưởng ứng “Ngày Chủ nhật xanh”',
    summary: 'Hơn 1.200 cán bộ, đoàn viên và người dân tham gia dọn vệ sinh, trồng cây xanh tại các tuyến đường chính.',
    author: 'Thị đoàn Kiến Tường',
    category: 'Tin tức – sự kiện',
    articleType: 'Tin ảnh',
    status: 'cho_bien_tap',
    publishAt: null,
    createdAt: '2026-11-26T07:50',
    imageCaption: 'Đoàn viên thanh niên dọn vệ sinh và trồng cây xanh dọc đường 30/4.',
    imageAlt: 'Nhóm thanh niên áo xanh cầm cuốc xẻng trồng cây non bên lề đường.',
    image: 1,
    html: `
<p>Sáng Chủ nhật 22/11, Thị đoàn Kiến Tường phối hợp với các đoàn thể ra quân tổng vệ sinh môi trường hưởng ứng phong trào “Ngày Chủ nhật xanh”.</p>
{{image}}
<p>Các lực lượng đã thu gom hơn 5 tấn rác thải, phát quang bụi rậm dọc đường 30/4, đường Thiên Hộ Dương và trồng mới 300 cây xanh tại các trường học.</p>
<p>Hoạt động góp phần nâng cao ý thức bảo vệ môi trường, xây dựng cảnh quan đô thị xanh – sạch – đẹp.</p>`
  },
  {
    title: 'Tuyển sinh lớp trung cấp chăm sóc sức khỏe người cao tuổi',
    summary: 'Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên thị xã thông báo tuyển sinh năm 2026 – 2027.',
    author: 'Trung tâm GDNN-GDTX',
    category: 'Thông báo',
    articleType: 'Tin',
    status: 'cho_bien_tap',
    publishAt: null,
    createdAt: '2026-11-23T13:25',
    html: `
<p>Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên thị xã Kiến Tường thông báo tuyển sinh lớp trung cấp chăm sóc sức khỏe người cao tuổi.</p>
<p>Đối tượng: công dân đã tốt nghiệp trung học cơ sở trở lên, đủ sức khỏe học tập. Thời gian đào tạo 18 tháng, học viên thuộc hộ nghèo, cận nghèo được miễn học phí.</p>
<p>Hồ sơ nhận tại Trung tâm trong giờ hành chính đến hết ngày 20/12/2026.</p>`
  },
  {
    title: 'Phòng, chống sốt xuất huyết trong mùa mưa',
    summary: 'Số ca sốt xuất huyết tăng trong mùa mưa; người dân cần diệt lăng quăng, loại bỏ vật chứa nước đọng quanh nhà.',
    author: 'Trung tâm Y tế thị xã',
    category: 'Văn hóa – Xã hội',
    articleType: 'Bài',
    status: 'tra_lai',
    publishAt: null,
    createdAt: '2026-11-18T09:10',
    html: `
<p>Từ đầu năm đến nay, toàn thị xã ghi nhận 86 ca sốt xuất huyết, tăng 20 ca so với cùng kỳ năm trước, tập trung ở Phường 1 và Phường 3.</p>
<h2>Người dân cần làm gì?</h2>
<ol>
<li>Đậy kín các dụng cụ chứa nước; thay nước bình hoa, chén nước kê chân tủ hằng tuần;</li>
<li>Thu gom, tiêu hủy vỏ chai, lốp xe, gáo dừa có thể đọng nước;</li>
<li>Ngủ mùng kể cả ban ngày; khi sốt cao cần đến ngay cơ sở y tế, không tự ý điều trị.</li>
</ol>
<p>Trung tâm Y tế thị xã đã tổ chức phun hóa chất diệt muỗi tại các điểm có ca bệnh và tiếp tục giám sát chặt chẽ tình hình dịch.</p>`
  },
  {
    title: 'Hội nghị sơ kết công tác chuyển đổi số 9 tháng năm 2026',
    summary: 'Ban Chỉ đạo chuyển đổi số thị xã đánh giá kết quả 9 tháng và triển khai nhiệm vụ những tháng cuối năm.',
    author: 'Ban biên tập',
    category: 'Chỉ đạo – điều hành',
    articleType: 'Tường thuật',
    status: 'nhap',
    publishAt: null,
    createdAt: '2026-11-27T08:05',
    html: `
<p>Sáng 27/11, Ban Chỉ đạo chuyển đổi số thị xã tổ chức hội nghị sơ kết công tác chuyển đổi số 9 tháng năm 2026.</p>
<p>Báo cáo tại hội nghị cho biết 100% văn bản đi, đến giữa các cơ quan nhà nước được xử lý trên môi trường mạng (trừ văn bản mật); hơn 70% người trưởng thành đã có tài khoản định danh điện tử mức 2.</p>
<p>(Đang cập nhật ý kiến chỉ đạo của đồng chí Chủ tịch UBND thị xã.)</p>`
  },
  {
    title: '',
    summary: '',
    author: '',
    category: '',
    articleType: '',
    status: 'nhap',
    publishAt: null,
    createdAt: '2026-11-27T09:30',
    html: `<p>Ghi chú: viết tin về lễ khánh thành cầu Cả Môn mới, xin ảnh từ Phòng Quản lý đô thị.</p>`
  }
];
