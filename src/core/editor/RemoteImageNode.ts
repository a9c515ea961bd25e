// A pasted or imported web image that is not in the workspace yet: a visible box "Ảnh chưa tải về: <host>"
// with the reason and a "Tải lại" button. The address is kept only as data (JSON, a data attribute), never
// as an <img src>, so neither the editor nor any exported HTML loads anything from a remote server.
// The editor's RemoteImagePlugin asks the main process to download it and swaps in an ImageNode.
import {
  $applyNodeReplacement,
  $getDocument,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread
} from 'lexical';
import { nfc } from '../../shared/text';
import { remoteHostOf } from '../../shared/web-address';

export interface RemoteImagePayload {
  url: string;
  altText: string;
  caption: string;
  /** Why the last download failed (Vietnamese); empty while not tried yet or downloading. */
  reason?: string;
}

export type SerializedRemoteImageNode = Spread<{ url: string; altText: string; caption: string; reason: string }, SerializedLexicalNode>;

export const REMOTE_IMAGE_CLASS = 'bbt-remote-image';
export const RETRY_ACTION = 'retry-remote-image';

export function remoteImageLabel(url: string): string {
  return `Ảnh chưa tải về: ${remoteHostOf(url)}`;
}

export class RemoteImageNode extends DecoratorNode<null> {
  __url: string;
  __altText: string;
  __caption: string;
  __reason: string;

  static override getType(): string {
    return 'remote-image';
  }

  static override clone(node: RemoteImageNode): RemoteImageNode {
    return new RemoteImageNode({ url: node.__url, altText: node.__altText, caption: node.__caption, reason: node.__reason }, node.__key);
  }

  constructor(payload: RemoteImagePayload, key?: NodeKey) {
    super(key);
    this.__url = payload.url;
    this.__altText = nfc(payload.altText);
    this.__caption = nfc(payload.caption);
    this.__reason = nfc(payload.reason ?? '');
  }

  static override importJSON(json: SerializedRemoteImageNode): RemoteImageNode {
    return $createRemoteImageNode({
      url: String(json.url ?? ''),
      altText: String(json.altText ?? ''),
      caption: String(json.caption ?? ''),
      reason: String(json.reason ?? '')
    });
  }

  override exportJSON(): SerializedRemoteImageNode {
    return { type: 'remote-image', version: 1, url: this.__url, altText: this.__altText, caption: this.__caption, reason: this.__reason };
  }

  /** Exported HTML (print, portal preview) shows the same notice as text; the publishing checklist blocks it anyway. */
  override exportDOM(): DOMExportOutput {
    const p = $getDocument().createElement('p');
    p.textContent = `[${remoteImageLabel(this.__url)}]`;
    return { element: p };
  }

  override createDOM(): HTMLElement {
    const doc = $getDocument();
    const box = doc.createElement('div');
    box.className = REMOTE_IMAGE_CLASS;
    box.contentEditable = 'false';
    box.setAttribute('data-remote-url', this.__url);
    this.fill(box, doc);
    return box;
  }

  override updateDOM(prev: RemoteImageNode, dom: HTMLElement): boolean {
    if (prev.__url !== this.__url) return true;
    if (prev.__reason !== this.__reason || prev.__caption !== this.__caption) {
      dom.replaceChildren();
      this.fill(dom, $getDocument());
    }
    return false;
  }

  private fill(box: HTMLElement, doc: Document): void {
    const label = doc.createElement('strong');
    label.textContent = remoteImageLabel(this.__url);
    const reason = doc.createElement('span');
    reason.className = 'bbt-remote-image-reason';
    reason.textContent = this.__reason === '' ? 'Đang tải ảnh về kho…' : this.__reason;
    const retry = doc.createElement('button');
    retry.type = 'button';
    retry.textContent = 'Tải lại';
    retry.setAttribute('data-action', RETRY_ACTION);
    box.append(label, reason, retry);
    if (this.__caption !== '') {
      const caption = doc.createElement('span');
      caption.className = 'bbt-remote-image-caption';
      caption.textContent = `Chú thích: ${this.__caption}`;
      box.append(caption);
    }
  }

  override decorate(): null {
    return null;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return this.__caption;
  }

  getUrl(): string {
    return this.getLatest().__url;
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  getCaption(): string {
    return this.getLatest().__caption;
  }

  getReason(): string {
    return this.getLatest().__reason;
  }

  setReason(reason: string): this {
    const writable = this.getWritable();
    writable.__reason = nfc(reason);
    return writable;
  }
}

export function $createRemoteImageNode(payload: RemoteImagePayload): RemoteImageNode {
  return $applyNodeReplacement(new RemoteImageNode(payload));
}

export function $isRemoteImageNode(node: LexicalNode | null | undefined): node is RemoteImageNode {
  return node instanceof RemoteImageNode;
}
