// Formatting toolbar. Reads the selection's state on each update (cheap: only the selected block) and
// re-renders only when that state changes. Buttons keep the editor's selection (mousedown is prevented).
import { useEffect, useState, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setBlocksType } from '@lexical/selection';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $isLinkNode } from '@lexical/link';
import { $getTableCellNodeFromLexicalNode } from '@lexical/table';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementFormatType,
  type LexicalNode
} from 'lexical';
import { icons } from './icons';

type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';
type Align = 'left' | 'center' | 'right' | 'justify';

interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
  /** The caret is in a table cell: the contextual "Sửa bảng" menu button shows. */
  table: boolean;
  block: BlockType;
  align: Align;
}

const INITIAL: ToolbarState = { bold: false, italic: false, underline: false, link: false, table: false, block: 'paragraph', align: 'left' };

// No "Tiêu đề 1": on the portal the article's title is the page's level-one heading, so the body's headings start
// at level 2 (the pre-publish checklist refuses a level-one heading in the body). An old one shows as "—".
const BLOCK_OPTIONS: { value: 'paragraph' | 'h2' | 'h3'; label: string }[] = [
  { value: 'paragraph', label: 'Đoạn văn' },
  { value: 'h2', label: 'Tiêu đề 2' },
  { value: 'h3', label: 'Tiêu đề 3' }
];

const ALIGN_BUTTONS: { value: Align; label: string; icon: ReactNode }[] = [
  { value: 'left', label: 'Căn trái', icon: icons.alignLeft },
  { value: 'center', label: 'Căn giữa', icon: icons.alignCenter },
  { value: 'right', label: 'Căn phải', icon: icons.alignRight },
  { value: 'justify', label: 'Căn đều', icon: icons.alignJustify }
];

function $readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const block = topBlockOf(anchor);
  const list = $getNearestNodeOfType(anchor, ListNode);
  let type: BlockType = 'paragraph';
  if (list) type = list.getListType() === 'number' ? 'number' : 'bullet';
  else if ($isHeadingNode(block)) type = block.getTag() as BlockType;
  else if ($isQuoteNode(block)) type = 'quote';
  const format = $isElementNode(block) ? block.getFormatType() : '';
  const parentLink = $findMatchingParent(anchor, $isLinkNode);
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: parentLink !== null,
    table: $getTableCellNodeFromLexicalNode(anchor) !== null,
    block: ['h4', 'h5', 'h6'].includes(type) ? 'h3' : type,
    align: format === 'center' || format === 'right' || format === 'justify' ? format : 'left'
  };
}

function topBlockOf(node: LexicalNode): LexicalNode {
  return node.getKey() === 'root' ? node : ($findMatchingParent(node, (n) => {
    const parent = n.getParent();
    return parent !== null && $isRootOrShadowRoot(parent);
  }) ?? node);
}

function sameState(a: ToolbarState, b: ToolbarState): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.link === b.link && a.table === b.table && a.block === b.block && a.align === b.align;
}

interface ToolbarProps {
  onInsertImage: () => void;
  onInsertTable: () => void;
  onInsertLink: () => void;
  tableMenuOpen: boolean;
  /** Opens (or closes) the table menu under the given point, below the "Sửa bảng" button. */
  onTableMenu: (at: { x: number; y: number }) => void;
}

export function Toolbar({ onInsertImage, onInsertTable, onInsertLink, tableMenuOpen, onTableMenu }: ToolbarProps) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(() => $readToolbarState(), { editor });
          if (next) setState((prev) => (sameState(prev, next) ? prev : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW)
      ),
    [editor]
  );

  function setBlock(type: 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote') {
    if (state.block === 'bullet' || state.block === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () =>
        type === 'paragraph' ? $createParagraphNode() : type === 'quote' ? $createQuoteNode() : $createHeadingNode(type)
      );
    });
    editor.focus();
  }

  function toggleList(kind: 'bullet' | 'number') {
    if (state.block === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    editor.focus();
  }

  const selectValue = BLOCK_OPTIONS.some((o) => o.value === state.block) ? state.block : '';

  return (
    <div className="bbt-toolbar" role="toolbar" aria-label="Định dạng nội dung">
      <ToolButton label="Hoàn tác" shortcut="Ctrl+Z" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        {icons.undo}
      </ToolButton>
      <ToolButton label="Làm lại" shortcut="Ctrl+Y" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        {icons.redo}
      </ToolButton>
      <span className="bbt-toolbar-sep" />
      <select
        className="bbt-block-select"
        aria-label="Kiểu đoạn văn"
        title="Kiểu đoạn văn"
        value={selectValue}
        onChange={(e) => setBlock(e.target.value as 'paragraph' | 'h1' | 'h2' | 'h3')}
      >
        {selectValue === '' && <option value="">—</option>}
        {BLOCK_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <span className="bbt-toolbar-sep" />
      <ToolButton label="Đậm" shortcut="Ctrl+B" pressed={state.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
        <b className="bbt-letter">B</b>
      </ToolButton>
      <ToolButton label="Nghiêng" shortcut="Ctrl+I" pressed={state.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
        <i className="bbt-letter bbt-letter-italic">I</i>
      </ToolButton>
      <ToolButton label="Gạch chân" shortcut="Ctrl+U" pressed={state.underline} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}>
        <u className="bbt-letter">U</u>
      </ToolButton>
      <span className="bbt-toolbar-sep" />
      <ToolButton label="Danh sách dấu chấm" pressed={state.block === 'bullet'} onClick={() => toggleList('bullet')}>
        {icons.bullets}
      </ToolButton>
      <ToolButton label="Danh sách số" pressed={state.block === 'number'} onClick={() => toggleList('number')}>
        {icons.numbers}
      </ToolButton>
      <ToolButton label="Trích dẫn" pressed={state.block === 'quote'} onClick={() => setBlock(state.block === 'quote' ? 'paragraph' : 'quote')}>
        {icons.quote}
      </ToolButton>
      <span className="bbt-toolbar-sep" />
      {ALIGN_BUTTONS.map((b) => (
        <ToolButton
          key={b.value}
          label={b.label}
          pressed={state.align === b.value}
          onClick={() => editor.dispatchCommand(FORMAT_ELEMENT_COMMAND, b.value as ElementFormatType)}
        >
          {b.icon}
        </ToolButton>
      ))}
      <span className="bbt-toolbar-sep" />
      <ToolButton label="Chèn liên kết" shortcut="Ctrl+K" pressed={state.link} onClick={onInsertLink}>
        {icons.link}
      </ToolButton>
      <ToolButton label="Chèn ảnh" onClick={onInsertImage}>
        {icons.image}
      </ToolButton>
      <ToolButton label="Chèn bảng" onClick={onInsertTable}>
        {icons.table}
      </ToolButton>
      {state.table && (
        // Word shows its table tools only while the caret is in a table; so does this button.
        <button
          type="button"
          className={'bbt-tool bbt-tool-text' + (tableMenuOpen ? ' is-active' : '')}
          title="Sửa bảng (hoặc bấm chuột phải, Shift+F10 trong ô)"
          aria-haspopup="menu"
          aria-expanded={tableMenuOpen}
          data-table-menu-button
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => {
            const rect = e.currentTarget.getBoundingClientRect();
            onTableMenu({ x: rect.left, y: rect.bottom + 2 });
          }}
        >
          Sửa bảng <span aria-hidden="true">▾</span>
        </button>
      )}
    </div>
  );
}

interface ToolButtonProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  /** Only undo/redo are ever unavailable (nothing to undo); the toolbar is hidden when the text is read-only. */
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={'bbt-tool' + (pressed ? ' is-active' : '')}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={pressed === undefined ? undefined : pressed}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
