// Ctrl+K (⌘K) opens the link dialog; Lexical's own handlers cover bold/italic/underline and undo/redo.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';

export function ShortcutPlugin({ onLink }: { onLink: () => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
            event.preventDefault();
            onLink();
            return true;
          }
          return false;
        },
        COMMAND_PRIORITY_NORMAL
      ),
    [editor, onLink]
  );
  return null;
}
