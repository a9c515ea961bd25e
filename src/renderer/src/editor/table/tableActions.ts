// What the table cell menu can do to the table around the selection, and whether each item applies.
// Everything here runs inside one editor update, so each action is one undo step and autosave sees it.
import {
  $computeTableMap,
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $getTableCellNodeFromLexicalNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableRowNode,
  $isTableSelection,
  $setTableRowIsHeader,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode
} from '@lexical/table';
import { $createParagraphNode, $getSelection, $isElementNode, $isRangeSelection, type LexicalNode } from 'lexical';

export type TableAction =
  | 'row-above'
  | 'row-below'
  | 'column-left'
  | 'column-right'
  | 'delete-row'
  | 'delete-column'
  | 'delete-table'
  | 'toggle-header-row';

export interface TableMenuState {
  /** False when the selection covers every row: that would be "Xóa bảng", which is its own item. */
  canDeleteRow: boolean;
  canDeleteColumn: boolean;
  /** The first row is a header row (<th> cells, exported as such). */
  headerRow: boolean;
}

interface Located {
  table: TableNode;
  selectedRows: number;
  selectedColumns: number;
  rowCount: number;
  columnCount: number;
}

/** The table the selection is in and how much of it is selected; null when the selection is not (only) in one table. */
function $locate(): Located | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) && !$isTableSelection(selection)) return null;
  const anchor = $getTableCellNodeFromLexicalNode(selection.anchor.getNode());
  const focus = $getTableCellNodeFromLexicalNode(selection.focus.getNode());
  if (!anchor || !focus) return null;
  const table = anchor.getParent()?.getParent();
  if (!table || focus.getParent()?.getParent() !== table) return null;
  const [map, a, f] = $computeTableMap(table as TableNode, anchor, focus);
  const top = Math.min(a.startRow, f.startRow);
  const bottom = Math.max(a.startRow + anchor.getRowSpan(), f.startRow + focus.getRowSpan());
  const left = Math.min(a.startColumn, f.startColumn);
  const right = Math.max(a.startColumn + anchor.getColSpan(), f.startColumn + focus.getColSpan());
  return {
    table: table as TableNode,
    selectedRows: bottom - top,
    selectedColumns: right - left,
    rowCount: map.length,
    columnCount: map[0]?.length ?? 0
  };
}

function isHeaderRow(row: LexicalNode | null): boolean {
  const first = $isTableRowNode(row) ? row.getFirstChild() : null;
  return $isTableCellNode(first) && first.hasHeaderState(TableCellHeaderStates.ROW);
}

export function $readTableMenuState(): TableMenuState | null {
  const at = $locate();
  if (!at) return null;
  return {
    canDeleteRow: at.selectedRows < at.rowCount,
    canDeleteColumn: at.selectedColumns < at.columnCount,
    headerRow: isHeaderRow(at.table.getFirstChild())
  };
}

/** The cell the caret is in, for keyboard users opening the menu where they are typing. */
export function $selectedCell(): TableCellNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) && !$isTableSelection(selection)) return null;
  return $getTableCellNodeFromLexicalNode(selection.focus.getNode());
}

/** Runs one menu item on the table around the selection; an item that does not apply does nothing. */
export function $runTableAction(action: TableAction): void {
  const at = $locate();
  if (!at) return;
  switch (action) {
    case 'row-above': {
      const row = $insertTableRowAtSelection(false);
      // Lexical gives a new row plain cells. Above a header row that would push the header band down
      // and leave a plain row on top, so the new row joins the header instead.
      if (row && isHeaderRow(row.getNextSibling())) $setTableRowIsHeader(at.table, row.getIndexWithinParent(), true);
      return;
    }
    case 'row-below':
      $insertTableRowAtSelection(true);
      return;
    case 'column-left':
      $insertTableColumnAtSelection(false);
      return;
    case 'column-right':
      $insertTableColumnAtSelection(true);
      return;
    case 'delete-row':
      if (at.selectedRows < at.rowCount) $deleteTableRowAtSelection();
      return;
    case 'delete-column':
      if (at.selectedColumns < at.columnCount) $deleteTableColumnAtSelection();
      return;
    case 'delete-table':
      $deleteTable(at.table);
      return;
    case 'toggle-header-row':
      $toggleHeaderRow(at.table);
      return;
  }
}

/** On: the first row becomes the header. Off: every header row at the top (see 'row-above') goes back to plain cells. */
function $toggleHeaderRow(table: TableNode): void {
  if (!isHeaderRow(table.getFirstChild())) {
    $setTableRowIsHeader(table, 0, true);
    return;
  }
  for (let i = 0; i < table.getChildrenSize() && isHeaderRow(table.getChildAtIndex(i)); i++) $setTableRowIsHeader(table, i, false);
}

/** Removes the table and leaves the caret where it stood, in a paragraph (made if there is none to go to). */
function $deleteTable(table: TableNode): void {
  const next = table.getNextSibling();
  const prev = table.getPreviousSibling();
  if ($isElementNode(next)) next.selectStart();
  else if ($isElementNode(prev)) prev.selectEnd();
  else {
    const paragraph = $createParagraphNode();
    table.insertAfter(paragraph);
    paragraph.select();
  }
  table.remove();
}
