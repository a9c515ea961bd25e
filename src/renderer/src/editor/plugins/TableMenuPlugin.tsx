// Opens the table cell menu the ways a Word user expects: right-click in a cell, the keyboard's menu
// key or Shift+F10 in a cell, and the toolbar's "Sửa bảng" button (which calls `onOpen` itself).
// Items act through editor.update, so each is one undo step and autosave picks it up.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getTableCellNodeFromLexicalNode } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $setSelection,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  type BaseSelection,
  type LexicalEditor
} from 'lexical';
import { TableMenu } from '../table/TableMenu';
import { $readTableMenuState, $runTableAction, $selectedCell, type TableAction } from '../table/tableActions';

export interface TableMenuPoint {
  x: number;
  y: number;
}

interface Props {
  /** Where the menu is open (viewport coordinates), or null when closed. Owned by the editor so the toolbar can show it. */
  at: TableMenuPoint | null;
  onOpen: (at: TableMenuPoint) => void;
  onClose: () => void;
}

/** Just below the caret's cell, where a keyboard user is looking. */
function belowSelectedCell(editor: LexicalEditor): TableMenuPoint | null {
  const key = editor.getEditorState().read(() => $selectedCell()?.getKey() ?? null);
  const rect = key ? editor.getElementByKey(key)?.getBoundingClientRect() : null;
  return rect ? { x: rect.left, y: rect.bottom } : null;
}

export function TableMenuPlugin({ at, onOpen, onClose }: Props) {
  const [editor] = useLexicalComposerContext();
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  useEffect(
    () =>
      mergeRegister(
        editor.registerRootListener((root) => {
          if (!root) return;
          const onContextMenu = (event: MouseEvent) => {
            if (!editor.isEditable()) return;
            const cellElement = (event.target as Element | null)?.closest?.('td, th');
            if (cellElement && !placeCaretIn(editor, cellElement)) return;
            // The menu key fires this on the editor itself, not on a cell: open at the caret's cell.
            const point = cellElement ? { x: event.clientX, y: event.clientY } : belowSelectedCell(editor);
            if (!point) return;
            event.preventDefault();
            onOpenRef.current(point);
          };
          root.addEventListener('contextmenu', onContextMenu);
          // Lexical calls this when the root changes or the plugin goes away.
          return () => root.removeEventListener('contextmenu', onContextMenu);
        }),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event: KeyboardEvent) => {
            const menuKey = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey && !event.ctrlKey && !event.altKey);
            if (!menuKey || !editor.isEditable()) return false;
            const point = belowSelectedCell(editor);
            if (!point) return false;
            event.preventDefault();
            onOpenRef.current(point);
            return true;
          },
          COMMAND_PRIORITY_NORMAL
        )
      ),
    [editor]
  );

  // What the items act on and how they look is fixed when the menu opens (it closes after every action).
  const opened = useMemo(() => {
    if (!at) return null;
    return editor.getEditorState().read(() => {
      const state = $readTableMenuState();
      return state ? { state, selection: $getSelection()?.clone() ?? null } : null;
    });
  }, [editor, at]);

  const close = useCallback(
    (returnFocus: boolean) => {
      onClose();
      if (returnFocus && opened) {
        editor.update(() => $restore(opened.selection));
        editor.focus();
      }
    },
    [editor, onClose, opened]
  );

  const act = useCallback(
    (action: TableAction) => {
      if (!opened) return;
      editor.update(() => {
        $restore(opened.selection);
        $runTableAction(action);
      });
      onClose();
      editor.focus();
    },
    [editor, onClose, opened]
  );

  useEffect(() => {
    // The selection left the table before the menu could open (e.g. a click outside it): nothing to show.
    if (at && !opened) onClose();
  }, [at, opened, onClose]);

  if (!at || !opened) return null;
  return <TableMenu x={at.x} y={at.y} state={opened.state} onAction={act} onClose={close} />;
}

function $restore(selection: BaseSelection | null): void {
  if (selection) $setSelection(selection.clone());
}

/**
 * A right-click acts on the cell under the pointer, as in Word: unless the selection already covers
 * that cell, the caret moves into it. Returns false when the element is not one of this editor's cells.
 */
function placeCaretIn(editor: LexicalEditor, cellElement: Element): boolean {
  let found = false;
  editor.update(
    () => {
      const node = $getNearestNodeFromDOMNode(cellElement);
      const cell = node ? $getTableCellNodeFromLexicalNode(node) : null;
      if (!cell) return;
      found = true;
      const selection = $getSelection();
      const covered = selection?.getNodes().some((node) => node.is(cell) || cell.isParentOf(node)) ?? false;
      if (!covered) cell.selectStart();
    },
    { discrete: true }
  );
  return found;
}
