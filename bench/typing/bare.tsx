// The reference for the typing benchmark: a bare Lexical editor (rich text + history, nothing else),
// built from the project's own node_modules, so it is the same Lexical and React as the app.
// It has the app's text box geometry and font (Noto Sans), so the comparison is of editors, not typography.
// The body (Lexical JSON) comes from `window.__BENCH_BODY__`, set by the benchmark before the page loads.
import { createRoot } from 'react-dom/client';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';

// Type-checked with the Node project (no DOM lib): the two browser globals used are declared here.
const page = globalThis as unknown as { __BENCH_BODY__?: string; document: { getElementById(id: string): unknown } };

function BareEditor() {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'bare',
        editorState: page.__BENCH_BODY__,
        onError: (error: Error) => {
          throw error;
        }
      }}
    >
      <div className="bare">
        <RichTextPlugin
          contentEditable={<ContentEditable className="bare-content" aria-label="Nội dung" role="textbox" spellCheck={false} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
    </LexicalComposer>
  );
}

createRoot(page.document.getElementById('root') as Parameters<typeof createRoot>[0]).render(<BareEditor />);
