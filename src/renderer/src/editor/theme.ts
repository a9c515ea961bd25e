// Class names Lexical puts on the editor's DOM; styled in editor.css.
import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'bbt-p',
  quote: 'bbt-quote',
  heading: { h1: 'bbt-h1', h2: 'bbt-h2', h3: 'bbt-h3', h4: 'bbt-h3', h5: 'bbt-h3', h6: 'bbt-h3' },
  list: {
    ul: 'bbt-ul',
    ol: 'bbt-ol',
    listitem: 'bbt-li',
    nested: { listitem: 'bbt-li-nested' }
  },
  link: 'bbt-link',
  text: { bold: 'bbt-bold', italic: 'bbt-italic', underline: 'bbt-underline' },
  table: 'bbt-table',
  tableRow: 'bbt-tr',
  tableCell: 'bbt-td',
  tableCellHeader: 'bbt-th',
  tableSelection: 'bbt-table-selection',
  tableCellSelected: 'bbt-td-selected',
  image: 'bbt-image-node'
};
