// Registers the NFC text transform (see src/core/editor/nfcTransform.ts) on the live editor.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerNfcTransform } from '../../../../core/editor/nfcTransform';

export function NfcPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerNfcTransform(editor), [editor]);
  return null;
}
