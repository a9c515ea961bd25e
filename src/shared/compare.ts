// The result of comparing two versions, shaped for a non-technical approver to read.
// Filled in by the compare engine (src/core/compare); the renderer draws it side by side or inline.

export interface TextPart {
  text: string;
  /** 'same' | 'added' | 'removed'; formatting changes are flagged separately. */
  change: 'same' | 'added' | 'removed';
  /** e.g. ['đậm'] when only formatting changed on this text. */
  formatChanged?: string[];
}

export interface BlockChange {
  change: 'same' | 'added' | 'removed' | 'changed';
  /** Paragraph, Tiêu đề 2, Danh sách, Trích dẫn, Ảnh, Bảng… (Vietnamese). */
  kind: string;
  before: TextPart[] | null;
  after: TextPart[] | null;
  /** Before and after merged in reading order, for the inline ("Gộp") view. */
  parts: TextPart[];
  /** For images and tables: a short Vietnamese description of what changed. */
  note?: string;
  /** The same block was taken out here and put back elsewhere (one 'removed' and one 'added' entry). */
  moved?: boolean;
}

export interface FieldChange {
  field: string;
  /** The portal's field name (Tiêu đề, Tóm tắt, Phân loại…). */
  label: string;
  before: string;
  after: string;
  parts?: TextPart[];
}

export interface VersionComparison {
  from: { id: string; number: number; createdAt: string; by: string };
  to: { id: string; number: number; createdAt: string; by: string };
  fields: FieldChange[];
  blocks: BlockChange[];
  /** Words added and removed (body and text fields), blocks not 'same' (a moved block counts once), fields changed. */
  summary: { added: number; removed: number; changedBlocks: number; changedFields: number };
}
