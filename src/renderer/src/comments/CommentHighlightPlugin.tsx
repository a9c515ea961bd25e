// Shows comment anchors in the editor and reports the selected words. Highlights use the CSS Custom
// Highlight API, so they never enter the editor state, the DOM tree or anything saved or copied.
// Between saves the anchors follow typing locally (the app rebases them for real on every save).
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, type LexicalEditor } from 'lexical';
import type { CommentAnchor } from '../../../shared/comments';
import { $textLayoutOfRoot, offsetInLayout, pointInLayout, type TextLayout } from '../../../core/editor/plainText';
import { anchorsAt, rebaseAnchor } from '../../../core/comments/anchor';

export interface AnchoredThread {
  id: string;
  anchor: CommentAnchor;
  resolved: boolean;
}

/** A selection of words in the body, as plain-text offsets of the editor's current text. */
export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

export interface CommentLayerProps {
  /** Every thread (open ones and the active one are marked); anchors are offsets in `baseText`. */
  threads: AnchoredThread[];
  baseText: string;
  activeId: string | null;
  onSelection: (selection: TextSelection | null) => void;
  /** A click in highlighted words: the threads there, innermost first. */
  onActivate: (threadIds: string[]) => void;
  /** Set by the plugin: scrolls the text of a thread into view. */
  revealRef?: React.MutableRefObject<((threadId: string) => void) | null>;
}

const ALL = 'bbt-comment';
const ACTIVE = 'bbt-comment-active';

export function CommentHighlightPlugin({ threads, baseText, activeId, onSelection, onActivate, revealRef }: CommentLayerProps) {
  const [editor] = useLexicalComposerContext();
  const shown = useRef<{ text: string; threads: AnchoredThread[] }>({ text: baseText, threads: [] });
  const callbacks = useRef({ onSelection, onActivate });
  callbacks.current = { onSelection, onActivate };

  const activeRef = useRef(activeId);
  const paintRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    const layoutNow = () => editor.getEditorState().read(() => $textLayoutOfRoot());
    /** Moves the shown anchors along with the editor's text (each update is one stretch of typing). */
    const follow = () => {
      const layout = layoutNow();
      if (layout.text !== shown.current.text) {
        const from = shown.current.text;
        shown.current = { text: layout.text, threads: shown.current.threads.map((t) => ({ ...t, anchor: rebaseAnchor(t.anchor, from, layout.text) })) };
      }
      return layout;
    };
    const paint = () => paintHighlights(editor, follow(), shown.current.threads, activeRef.current);
    paintRef.current = paint;
    // The server's anchors are exact for its text; while the editor has unsaved changes, the ones
    // already followed locally are kept and only new threads are carried over.
    const layout = follow();
    const local = new Map(shown.current.threads.map((t) => [t.id, t.anchor]));
    const current = baseText === layout.text;
    shown.current = {
      text: layout.text,
      threads: threads.map((t) => ({ ...t, anchor: current ? t.anchor : (local.get(t.id) ?? rebaseAnchor(t.anchor, baseText, layout.text)) }))
    };
    paint();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      // Per keystroke, and the layout walks the whole text: only when there is something to show.
      // Without threads nothing is followed (new threads start from `baseText` when they come), and a
      // selection-only update changes neither the text nor the DOM the ranges point into.
      if (shown.current.threads.length === 0) return;
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      paint();
    });
    if (revealRef) {
      revealRef.current = (threadId) => {
        const t = shown.current.threads.find((x) => x.id === threadId);
        const range = t && rangeOf(editor, layoutNow(), t.anchor);
        range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      };
    }
    return () => {
      unregister();
      clearHighlights();
      if (revealRef) revealRef.current = null;
    };
  }, [editor, threads, baseText, revealRef]);

  useEffect(() => {
    activeRef.current = activeId;
    paintRef.current();
  }, [activeId]);

  useEffect(() => {
    // Dragging fires many events for the same words: tell the app only when the selection changed.
    let last: TextSelection | null = null;
    const report = (next: TextSelection | null) => {
      if (next?.start === last?.start && next?.end === last?.end) return;
      last = next;
      callbacks.current.onSelection(next);
    };
    const onSelectionChange = () => {
      const root = editor.getRootElement();
      const sel = document.getSelection();
      // A caret (every keystroke moves it) selects nothing: no need to walk the document.
      if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed || !root.contains(sel.anchorNode) || !root.contains(sel.focusNode)) {
        return report(null);
      }
      const layout = editor.getEditorState().read(() => $textLayoutOfRoot());
      const range = sel.getRangeAt(0);
      const a = textOffsetOf(editor, layout, range.startContainer, range.startOffset, 'next');
      const b = textOffsetOf(editor, layout, range.endContainer, range.endOffset, 'previous');
      if (a === null || b === null) return report(null);
      report(trimmed(layout.text, Math.min(a, b), Math.max(a, b)));
    };
    const onClick = () => {
      const sel = document.getSelection();
      if (!sel || !sel.isCollapsed || !sel.anchorNode) return;
      const layout = editor.getEditorState().read(() => $textLayoutOfRoot());
      const at = textOffsetOf(editor, layout, sel.anchorNode, sel.anchorOffset, 'next');
      if (at === null) return;
      const hits = anchorsAt(shown.current.threads.filter((t) => !t.resolved), at).sort((x, y) => x.anchor.end - x.anchor.start - (y.anchor.end - y.anchor.start));
      if (hits.length > 0) callbacks.current.onActivate(hits.map((t) => t.id));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    const unregisterRoot = editor.registerRootListener((root, prev) => {
      prev?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      unregisterRoot();
    };
  }, [editor]);

  return null;
}

/** Leading and trailing blanks (a triple-click takes the paragraph break) are not part of the quote. */
function trimmed(text: string, start: number, end: number): TextSelection | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, quote: text.slice(start, end) } : null;
}

/**
 * The plain-text offset of a DOM point inside the editor. A point on something without text of its
 * own (an empty line, before a line break) goes to the nearest text after it (a selection's start)
 * or before it (its end).
 */
function textOffsetOf(editor: LexicalEditor, layout: TextLayout, node: Node, offset: number, toward: 'next' | 'previous'): number | null {
  const root = editor.getRootElement();
  if (!root) return null;
  let text: Text | null;
  let at: number;
  if (node.nodeType === Node.TEXT_NODE) {
    text = node as Text;
    at = offset;
  } else {
    const child = node.childNodes[offset];
    text = child ? firstText(child) : lastText(node);
    at = child ? 0 : (text?.length ?? 0);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const step = () => (toward === 'next' ? walker.nextNode() : walker.previousNode()) as Text | null;
  if (!text) {
    walker.currentNode = node.childNodes[offset] ?? node;
    text = step();
    at = toward === 'next' ? 0 : (text?.length ?? 0);
  }
  while (text) {
    const found = keyOffset(editor, layout, text, at);
    if (found !== null) return found;
    walker.currentNode = text;
    text = step();
    at = toward === 'next' ? 0 : (text?.length ?? 0);
  }
  return null;
}

function keyOffset(editor: LexicalEditor, layout: TextLayout, text: Text, at: number): number | null {
  return editor.getEditorState().read(
    () => {
      const lexical = $getNearestNodeFromDOMNode(text);
      return lexical ? offsetInLayout(layout, lexical.getKey(), at) : null;
    },
    { editor }
  );
}

function firstText(node: Node): Text | null {
  if (node.nodeType === Node.TEXT_NODE) return node as Text;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

function lastText(node: Node): Text | null {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
  return last;
}

function rangeOf(editor: LexicalEditor, layout: TextLayout, anchor: CommentAnchor): Range | null {
  if (anchor.detached || anchor.end <= anchor.start) return null;
  const a = domPoint(editor, layout, anchor.start, 'start');
  const b = domPoint(editor, layout, anchor.end, 'end');
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

function domPoint(editor: LexicalEditor, layout: TextLayout, offset: number, bias: 'start' | 'end'): { node: Node; offset: number } | null {
  const point = pointInLayout(layout, offset, bias);
  const element = point && editor.getElementByKey(point.key);
  if (!point || !element) return null;
  const text = firstText(element);
  if (!text) return { node: element, offset: 0 };
  return { node: text, offset: Math.min(point.offset, text.length) };
}

function paintHighlights(editor: LexicalEditor, layout: TextLayout, threads: AnchoredThread[], activeId: string | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const all = new Highlight();
  const active = new Highlight();
  for (const t of threads) {
    if (t.resolved && t.id !== activeId) continue;
    const range = rangeOf(editor, layout, t.anchor);
    if (!range) continue;
    (t.id === activeId ? active : all).add(range);
  }
  CSS.highlights.set(ALL, all);
  CSS.highlights.set(ACTIVE, active);
}

function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(ACTIVE);
}
