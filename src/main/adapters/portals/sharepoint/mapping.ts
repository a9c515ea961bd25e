// Proposing a FieldMapping from the list's columns: Vietnamese titles and internal names, compared without
// diacritics ("Ngày xuất bản" ~ "NgayXuatBan" ~ "ngayxuatban"), with the column type as a tie-breaker.
import type { FieldMapping, PortalField } from '../../../../shared/publishing';
import type { Column } from './list-info';

/** Names (already folded) per article field, best first; and the column types that can hold it. */
const CANDIDATES: ReadonlyArray<{ field: PortalField; names: string[]; types: string[] }> = [
  { field: 'title', names: ['tieude', 'title'], types: ['Text'] },
  { field: 'html', names: ['noidung', 'noidungbaiviet', 'publishingpagecontent', 'body', 'content'], types: ['HTML', 'Note'] },
  { field: 'summary', names: ['tomtat', 'trichyeu', 'sapo', 'mota', 'summary', 'description'], types: ['Note', 'Text', 'HTML'] },
  { field: 'imageCaption', names: ['chuthichanh', 'chuthichhinhanh', 'imagecaption'], types: ['Text', 'Note'] },
  { field: 'image', names: ['anhdaidien', 'hinhanh', 'hinhdaidien', 'anhminhhoa', 'image', 'publishingrollupimage', 'publishingpageimage'], types: ['URL', 'Image', 'Text'] },
  { field: 'author', names: ['tacgia', 'butdanh', 'author'], types: ['Text'] },
  { field: 'category', names: ['phanloai', 'chuyenmuc', 'danhmuc', 'category'], types: ['Choice', 'Text'] },
  { field: 'articleType', names: ['loaitin', 'loaibai', 'articletype'], types: ['Choice', 'Text'] },
  { field: 'publishAt', names: ['ngayxuatban', 'ngaydang', 'ngaybanhanh', 'publishdate', 'articlestartdate'], types: ['DateTime'] },
  { field: 'featured', names: ['noibat', 'tinnoibat', 'featured'], types: ['Boolean'] },
  { field: 'alternateLink', names: ['lienketngoai', 'duongdanngoai', 'lienket', 'alternatelink'], types: ['URL', 'Text'] },
  { field: 'pageCount', names: ['sotrang', 'pagecount'], types: ['Number', 'Integer'] },
  { field: 'photoCount', names: ['soanh', 'sohinhanh', 'photocount'], types: ['Number', 'Integer'] },
  { field: 'responsible', names: ['chiutrachnhiem', 'nguoichiutrachnhiem', 'chiutrachnhiemchinh'], types: ['Text', 'Note'] },
  { field: 'agency', names: ['coquan', 'donvi', 'coquanbanhanh', 'agency'], types: ['Text'] },
  { field: 'syncKey', names: ['portalsynckey', 'synckey', 'khoadongbo', 'madongbo'], types: ['Text'] },
  { field: 'fingerprint', names: ['dauvantay', 'dauvantaypheduyet', 'fingerprint'], types: ['Text', 'Note'] },
  { field: 'contentHash', names: ['bamnoidung', 'mabamnoidung', 'contenthash'], types: ['Text', 'Note'] },
  { field: 'views', names: ['soluotxem', 'luotxem', 'soluotdoc', 'views'], types: ['Number', 'Integer'] }
];

/** "Ngày xuất bản" / "Ngu_x1ed3_n_x0020_tin" → "ngayxuatban" / "nguontin". */
export function fold(name: string): string {
  return name
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** 3: exact name, 2: the column's name starts with it, 1: contains it; 0: no match. */
function score(column: Column, names: string[]): number {
  let best = 0;
  for (const raw of [column.title, column.internalName]) {
    const n = fold(raw);
    for (const name of names) {
      if (n === name) best = Math.max(best, 3);
      else if (name.length >= 5 && n.startsWith(name)) best = Math.max(best, 2);
      else if (name.length >= 6 && n.includes(name)) best = Math.max(best, 1);
    }
  }
  return best;
}

/** The best column per article field; a column is used once. Read-only columns only for `views`. */
export function proposeMapping(columns: Column[]): FieldMapping {
  const mapping: FieldMapping = {};
  const used = new Set<string>();
  // Exact matches first across all fields, then weaker ones, so "Chú thích ảnh" never takes "Ảnh đại diện"'s place.
  for (const minimum of [3, 2, 1]) {
    for (const c of CANDIDATES) {
      if (mapping[c.field]) continue;
      const ranked = columns
        .filter((col) => !used.has(col.internalName) && (c.field === 'views' || !col.readOnly) && c.types.includes(col.type))
        .map((col) => ({ col, s: score(col, c.names) }))
        .filter((x) => x.s >= minimum)
        .sort((a, b) => b.s - a.s);
      const pick = ranked[0]?.col;
      if (pick) {
        mapping[c.field] = pick.internalName;
        used.add(pick.internalName);
      }
    }
  }
  return mapping;
}

/** The mapping in force: the configured one, or the proposal when none is configured yet. */
export function effectiveMapping(configured: FieldMapping, columns: Column[]): FieldMapping {
  return Object.values(configured).some((v) => typeof v === 'string' && v !== '') ? configured : proposeMapping(columns);
}

/** The column a field is mapped to, when the list has it (by internal name, or title as a courtesy). */
export function columnFor(mapping: FieldMapping, field: PortalField, columns: Column[]): Column | null {
  const name = mapping[field];
  if (!name) return null;
  return columns.find((c) => c.internalName === name) ?? columns.find((c) => c.internalName.toLowerCase() === name.toLowerCase() || c.title === name) ?? null;
}
